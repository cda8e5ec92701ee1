//! The presets shipped inside the binary: every `presets/*.yaml` file, embedded at build time.
//! A test checks that this list and the folder agree.

/// File name and text of every shipped preset, in file-name order.
pub const EMBEDDED: &[(&str, &str)] = &[
    ("aol.yaml", include_str!("../../../../presets/aol.yaml")),
    (
        "fastmail.yaml",
        include_str!("../../../../presets/fastmail.yaml"),
    ),
    ("free.yaml", include_str!("../../../../presets/free.yaml")),
    ("gmail.yaml", include_str!("../../../../presets/gmail.yaml")),
    (
        "gmx-com.yaml",
        include_str!("../../../../presets/gmx-com.yaml"),
    ),
    (
        "gmx-net.yaml",
        include_str!("../../../../presets/gmx-net.yaml"),
    ),
    (
        "google-workspace.yaml",
        include_str!("../../../../presets/google-workspace.yaml"),
    ),
    (
        "icloud.yaml",
        include_str!("../../../../presets/icloud.yaml"),
    ),
    (
        "ionos-de.yaml",
        include_str!("../../../../presets/ionos-de.yaml"),
    ),
    (
        "ionos-es.yaml",
        include_str!("../../../../presets/ionos-es.yaml"),
    ),
    (
        "ionos-mx.yaml",
        include_str!("../../../../presets/ionos-mx.yaml"),
    ),
    (
        "libero.yaml",
        include_str!("../../../../presets/libero.yaml"),
    ),
    (
        "mail-ru.yaml",
        include_str!("../../../../presets/mail-ru.yaml"),
    ),
    (
        "microsoft-365.yaml",
        include_str!("../../../../presets/microsoft-365.yaml"),
    ),
    (
        "orange.yaml",
        include_str!("../../../../presets/orange.yaml"),
    ),
    (
        "outlook.yaml",
        include_str!("../../../../presets/outlook.yaml"),
    ),
    (
        "proton-bridge.yaml",
        include_str!("../../../../presets/proton-bridge.yaml"),
    ),
    ("uol.yaml", include_str!("../../../../presets/uol.yaml")),
    (
        "web-de.yaml",
        include_str!("../../../../presets/web-de.yaml"),
    ),
    ("yahoo.yaml", include_str!("../../../../presets/yahoo.yaml")),
    (
        "yandex.yaml",
        include_str!("../../../../presets/yandex.yaml"),
    ),
    ("zoho.yaml", include_str!("../../../../presets/zoho.yaml")),
];
