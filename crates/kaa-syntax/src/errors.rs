//! `SyntaxError` as CPython reports it: the class (SyntaxError, IndentationError, TabError),
//! the message, and the position fields of the exception (`lineno`, `offset`, `end_lineno`,
//! `end_offset` — 1-based, offsets in characters — and `text`, the offending line).

/// Which subclass of SyntaxError CPython would raise.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
    /// Not a SyntaxError subclass: CPython raises `RecursionError("maximum recursion depth
    /// exceeded during compilation")` for expressions nested too deeply to compile. The
    /// position fields are 0 and `text` is `None`.
    RecursionError,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    pub filename: String,
    pub lineno: u32,
    /// 1-based character column, as `SyntaxError.offset`.
    pub offset: u32,
    pub end_lineno: u32,
    pub end_offset: u32,
    /// The source line the error is on, with its newline, as `SyntaxError.text`.
    pub text: Option<String>,
}
