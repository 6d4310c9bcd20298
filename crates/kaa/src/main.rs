//! The kaa command.
fn main() {}
