//! stub
use crate::ast::Stmt;
use crate::errors::{SyntaxError, SyntaxErrorKind};
use crate::lines::LineIndex;
use crate::tokenizer::{Scan, TokError};
use ruff_python_parser::{Mode, ParseError, UnsupportedSyntaxError};
use ruff_text_size::TextRange;

pub(crate) struct ErrorBuilder<'a> {
    pub(crate) src: &'a str,
    pub(crate) lines: &'a LineIndex,
    pub(crate) filename: &'a str,
}

impl ErrorBuilder<'_> {
    pub(crate) fn no_position(&self, msg: &str) -> SyntaxError {
        self.at_range(TextRange::default(), msg)
    }
    pub(crate) fn recursion_error(&self) -> SyntaxError {
        self.at_range(TextRange::default(), "maximum recursion depth exceeded during compilation")
    }
    pub(crate) fn from_tok_error(&self, _e: &TokError) -> SyntaxError {
        self.at_range(TextRange::default(), "tok")
    }
    pub(crate) fn at_range(&self, r: TextRange, msg: &str) -> SyntaxError {
        let (lineno, _) = self.lines.line_col(r.start().to_u32());
        let (end_lineno, _) = self.lines.line_col(r.end().to_u32());
        SyntaxError {
            kind: SyntaxErrorKind::SyntaxError,
            msg: msg.to_string(),
            filename: self.filename.to_string(),
            lineno,
            offset: self.lines.char_offset(self.src, r.start().to_u32()),
            end_lineno,
            end_offset: self.lines.char_offset(self.src, r.end().to_u32()),
            text: Some(self.lines.line_text(self.src, lineno).to_string()),
        }
    }
}

pub(crate) fn map_parse_failure(mk: &ErrorBuilder, _tok: &Scan, errs: &[ParseError], _mode: Mode) -> SyntaxError {
    match errs.first() {
        Some(e) => mk.at_range(e.location, &e.error.to_string()),
        None => mk.no_position("invalid syntax"),
    }
}

pub(crate) fn first_unsupported(mk: &ErrorBuilder, errs: &[UnsupportedSyntaxError]) -> Option<SyntaxError> {
    errs.first().map(|e| mk.at_range(e.range, &e.to_string()))
}

pub(crate) fn check_module(_mk: &ErrorBuilder, _body: &[Stmt]) -> Result<(), SyntaxError> {
    Ok(())
}
