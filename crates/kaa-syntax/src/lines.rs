//! Source text bookkeeping shared by the converter and the error mapper: newline
//! normalisation (CPython's `compile()` of a `str` turns `\r\n` and lone `\r` into `\n`
//! before tokenizing) and the byte-offset → (1-based line, 0-based byte column) mapping that
//! CPython's `lineno`/`col_offset` use, plus character columns for `SyntaxError.offset`.

use std::borrow::Cow;

/// Returns the source with `\r\n` and lone `\r` replaced by `\n`, as CPython's string
/// tokenizer does (`translate_newlines`). Borrowed when there is nothing to translate.
pub(crate) fn normalize_newlines(src: &str) -> Cow<'_, str> {
    if !src.contains('\r') {
        return Cow::Borrowed(src);
    }
    let mut out = String::with_capacity(src.len());
    let mut chars = src.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' {
            if chars.peek() == Some(&'\n') {
                chars.next();
            }
            out.push('\n');
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Line starts of a newline-normalised source.
pub(crate) struct LineIndex {
    starts: Vec<u32>,
}

impl LineIndex {
    pub(crate) fn new(src: &str) -> Self {
        let mut starts = Vec::with_capacity(src.len() / 32 + 1);
        starts.push(0);
        for (i, b) in src.bytes().enumerate() {
            if b == b'\n' {
                starts.push(i as u32 + 1);
            }
        }
        LineIndex { starts }
    }

    /// Number of lines (a trailing newline does not start a new counted line).
    pub(crate) fn line_count(&self) -> u32 {
        self.starts.len() as u32
    }

    /// Byte offset → (1-based line, 0-based byte column).
    pub(crate) fn line_col(&self, off: u32) -> (u32, u32) {
        let idx = match self.starts.binary_search(&off) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        };
        let start = self.starts.get(idx).copied().unwrap_or(0);
        (idx as u32 + 1, off.saturating_sub(start))
    }

    /// Byte offset where 1-based `line` starts (clamped to the source).
    pub(crate) fn line_start(&self, line: u32) -> u32 {
        let i = (line.max(1) - 1) as usize;
        match self.starts.get(i) {
            Some(s) => *s,
            None => self.starts.last().copied().unwrap_or(0),
        }
    }

    /// The text of 1-based `line`, including its newline if it has one.
    pub(crate) fn line_text<'s>(&self, src: &'s str, line: u32) -> &'s str {
        let i = (line.max(1) - 1) as usize;
        let Some(&start) = self.starts.get(i) else {
            return "";
        };
        let end = self.starts.get(i + 1).copied().unwrap_or(src.len() as u32);
        src.get(start as usize..end as usize).unwrap_or("")
    }

    /// 1-based character column of byte offset `off` (CPython's `SyntaxError.offset`).
    pub(crate) fn char_offset(&self, src: &str, off: u32) -> u32 {
        let (line, _) = self.line_col(off);
        let start = self.line_start(line) as usize;
        let off = (off as usize).min(src.len());
        let text = src.get(start..off).unwrap_or("");
        text.chars().count() as u32 + 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn newlines_and_columns() {
        assert_eq!(normalize_newlines("a\r\nb\rc\n"), "a\nb\nc\n");
        let src = "ab\nçd\n";
        let li = LineIndex::new(src);
        assert_eq!(li.line_col(0), (1, 0));
        assert_eq!(li.line_col(3), (2, 0));
        assert_eq!(li.line_col(5), (2, 2));
        assert_eq!(li.char_offset(src, 5), 2);
        assert_eq!(li.line_text(src, 2), "çd\n");
        assert_eq!(li.line_text(src, 3), "");
    }
}
