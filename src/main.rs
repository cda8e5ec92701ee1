//! Command-line entry point.

fn main() {
    std::process::exit(2);
}
