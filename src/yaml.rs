//! The one module that reads YAML, so the parser can be swapped.
