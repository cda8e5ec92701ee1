//! The dashboard: a ratatui terminal UI over the same probe events and findings as `check`.
