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
pub mod surrogate;
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ast::{Constant, ExprKind, StmtKind};

    fn constant(src: &str) -> Constant {
        let m = parse_module(src, "<s>").expect("parses");
        match &m.body[0].kind {
            StmtKind::Expr(e) => match &e.kind {
                ExprKind::Constant(c) => c.clone(),
                other => panic!("not a constant: {other:?}"),
            },
            other => panic!("not an expression: {other:?}"),
        }
    }

    #[test]
    fn lone_surrogates_get_their_stand_ins() {
        // See surrogate.rs: U+D800 is stored as U+FF800.
        assert_eq!(
            constant("'\\ud800' '\\ufffd'"),
            Constant::SurrogateStr("\u{ff800}\u{fffd}".into())
        );
        assert_eq!(constant("r'\\ud800'"), Constant::Str("\\ud800".into()));
    }

    #[test]
    fn literals_decode() {
        assert_eq!(
            constant("'a\\x41\\N{BULLET}' 'b'"),
            Constant::Str("aA\u{2022}b".into())
        );
        assert_eq!(constant("b'\\xff' b'x'"), Constant::Bytes(vec![0xff, b'x']));
        assert_eq!(constant("0x_ff"), Constant::Int(255.into()));
        assert_eq!(
            constant("123456789012345678901234567890"),
            Constant::Int("123456789012345678901234567890".parse().unwrap())
        );
        assert_eq!(constant("2j"), Constant::Complex(2.0));
        assert_eq!(constant("1e400"), Constant::Float(f64::INFINITY));
    }

    #[test]
    fn decorated_def_starts_at_def() {
        let m = parse_module("@d\n@e(1)\nasync def f():\n    pass\n", "<s>").unwrap();
        let l = m.body[0].loc;
        assert_eq!((l.lineno, l.col, l.end_lineno, l.end_col), (3, 0, 4, 8));
    }

    #[test]
    fn crlf_and_error_text() {
        assert!(parse_module("x = 1\r\ny = 2\r\n", "<s>").is_ok());
        let e = parse_module("x = 1\nif x\n", "f.py").unwrap_err();
        assert_eq!(e.msg, "expected ':'");
        assert_eq!((e.lineno, e.offset), (2, 5));
        assert_eq!(e.text.as_deref(), Some("if x\n"));
        assert_eq!(e.filename, "f.py");
        let e = parse_module("if x:\npass\n", "<s>").unwrap_err();
        assert_eq!(e.kind, SyntaxErrorKind::IndentationError);
        assert_eq!(
            e.msg,
            "expected an indented block after 'if' statement on line 1"
        );
    }

    #[test]
    fn newer_syntax_is_rejected() {
        for src in [
            "type X = int\n",
            "def f[T](): pass\n",
            "class C[T]: pass\n",
            "f'{f'{x}'}'\n",
        ] {
            assert!(parse_module(src, "<s>").is_err(), "{src}");
        }
        for src in [
            "with (a as b, c as d): pass\n",
            "try:\n pass\nexcept* E:\n pass\n",
            "match x:\n case 1: pass\n",
        ] {
            assert!(parse_module(src, "<s>").is_ok(), "{src}");
        }
    }

    #[test]
    fn expression_mode() {
        let e = parse_expression("1 + 2", "<s>").unwrap();
        assert!(matches!(e.kind, ExprKind::BinOp { .. }));
        assert!(parse_expression("x = 1", "<s>").is_err());
    }
}
