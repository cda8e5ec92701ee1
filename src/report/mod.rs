//! Output of a run: plain text, JSON and Markdown, and the exit code.
