//! Saved accounts (profiles) in the user's config folder; never the password.
