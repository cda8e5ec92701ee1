//! Provider presets: `presets/*.yaml` embedded in the binary, plus the user's own folder.
