//! The demonstration's own words, read from the catalogue's `demo-…` keys: the dashboard's
//! title-bar notice, the scenario list and the command's messages.

use std::borrow::Cow;

use mailtriage_core::i18n;

use crate::finding::Lang;

/// The title bar's notice that these are not the person's servers, longest first: the
/// dashboard shows the longest that fits the row. Each is a map read: it is drawn every frame.
pub fn banners(lang: Lang) -> [Cow<'static, str>; 4] {
    [
        i18n::text(lang, "demo-banner-long"),
        i18n::text(lang, "demo-banner-medium"),
        i18n::text(lang, "demo-banner-short"),
        i18n::text(lang, "demo-banner-tiny"),
    ]
}

/// The first line of `demo --list`.
pub fn list_heading(lang: Lang) -> Cow<'static, str> {
    i18n::text(lang, "demo-list-heading")
}

/// A scenario name nobody knows.
pub fn unknown_scenario(lang: Lang, name: &str) -> String {
    i18n::text_with(lang, "demo-unknown-scenario", &[("name", name.into())])
}

/// What may follow `--`.
pub fn usage_after_dashes(lang: Lang) -> Cow<'static, str> {
    i18n::text(lang, "demo-usage-after-dashes")
}

/// The demonstration could not start its runtime.
pub fn runtime_failed(lang: Lang, why: &str) -> String {
    i18n::text_with(lang, "demo-runtime-failed", &[("why", why.into())])
}
