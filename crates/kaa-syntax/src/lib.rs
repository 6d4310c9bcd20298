//! kaa's front end: the only crate that sees `ruff_python_parser`. It parses Python 3.11
//! source into kaa's own AST (`ast`), mirroring CPython's `ast` module, and turns parse
//! failures into `SyntaxError`s with CPython 3.11's messages and positions.

pub mod ast;
mod convert;
pub mod dump;
mod error_map;
mod errors;
mod expr;
mod lines;
mod tokenizer;

pub use errors::{SyntaxError, SyntaxErrorKind};

/// Parses a whole module (a file, `exec` source).
pub fn parse_module(source: &str, filename: &str) -> Result<ast::Module, SyntaxError> {
    convert::parse_module(source, filename)
}

/// Parses a single expression (`eval` source).
pub fn parse_expression(source: &str, filename: &str) -> Result<ast::Expr, SyntaxError> {
    convert::parse_expression(source, filename)
}
