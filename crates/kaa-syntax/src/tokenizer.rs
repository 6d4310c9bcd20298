//! kaa's own model of CPython 3.11's tokenizer (`Parser/tokenizer.c`), used only to find
//! the errors CPython raises while tokenizing and to know where CPython's tokens are.
//!
//! CPython reports a tokenizer error in preference to any parser error (after a failed parse
//! it tokenizes the rest of the file looking for one), so the front end scans the whole
//! source with this first: unterminated strings, unmatched or mismatched brackets, more than
//! 200 nested brackets, inconsistent dedents and tab/space mixes, invalid number literals,
//! invalid characters, stray backslashes. Each error carries CPython's exact message and its
//! `lineno`/`offset`/`end_offset` quirks. The token list (with CPython's positions: a
//! NEWLINE token is empty and sits on its `\n`) lets the error mapper point at the token
//! CPython would blame. It never builds values: ruff's lexer does that.

use crate::errors::SyntaxErrorKind;

/// Bracket nesting CPython's tokenizer allows (`MAXLEVEL`).
const MAX_LEVEL: usize = 200;
/// Indentation levels CPython's tokenizer allows (`MAXINDENT`).
const MAX_INDENT: usize = 100;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TokKind {
    Name,
    Number,
    String,
    Op,
    Newline,
    Indent,
    Dedent,
    EndMarker,
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct Tok {
    pub(crate) kind: TokKind,
    /// Byte offsets into the (newline-normalised) source.
    pub(crate) start: u32,
    pub(crate) end: u32,
    /// Bracket nesting level in force before this token.
    pub(crate) level: u32,
}

/// A tokenizer error, positioned as CPython positions it (1-based lines, 1-based character
/// offsets; `end_offset` may be CPython's -1, which is stored as 0).
#[derive(Clone, Debug)]
pub(crate) struct TokError {
    pub(crate) kind: SyntaxErrorKind,
    pub(crate) msg: String,
    pub(crate) lineno: u32,
    pub(crate) offset: u32,
    pub(crate) end_lineno: u32,
    pub(crate) end_offset: u32,
    /// Reported even before the parser runs (bracket nesting too deep to parse safely).
    pub(crate) fatal_before_parse: bool,
}

/// An opening bracket: its character, 1-based line and byte offset.
#[derive(Clone, Copy, Debug)]
pub(crate) struct OpenBracket {
    pub(crate) ch: u8,
    pub(crate) line: u32,
    pub(crate) pos: u32,
}

pub(crate) struct Scan {
    pub(crate) tokens: Vec<Tok>,
    pub(crate) error: Option<TokError>,
    /// Brackets still open at the end of the source (innermost last).
    pub(crate) unclosed: Vec<OpenBracket>,
}

struct Tokenizer<'a> {
    src: &'a [u8],
    text: &'a str,
    pos: usize,
    line: u32,
    line_start: usize,
    parens: Vec<OpenBracket>,
    indents: Vec<(u32, u32)>,
    tokens: Vec<Tok>,
}

fn is_id_start_byte(b: u8) -> bool {
    b.is_ascii_alphabetic() || b == b'_' || b >= 128
}

fn is_id_char_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b >= 128
}

/// Python's `str.isprintable()` for one character, closely enough for error messages:
/// control, format, separator (but space), surrogate, private-use characters are not.
pub(crate) fn is_printable(c: char) -> bool {
    if c == ' ' {
        return true;
    }
    if c.is_control() || c.is_whitespace() {
        return false;
    }
    let u = c as u32;
    !matches!(u,
        0xAD | 0x600..=0x605 | 0x61C | 0x6DD | 0x70F | 0x180E | 0x200B..=0x200F
        | 0x202A..=0x202E | 0x2060..=0x206F | 0xFEFF | 0xFFF9..=0xFFFB
        | 0xE000..=0xF8FF | 0xF0000..=0x10FFFF | 0xE0000..=0xE007F)
}

impl<'a> Tokenizer<'a> {
    fn peek(&self) -> u8 {
        self.src.get(self.pos).copied().unwrap_or(0)
    }

    fn peek_at(&self, n: usize) -> u8 {
        self.src.get(self.pos + n).copied().unwrap_or(0)
    }

    fn at_eof(&self) -> bool {
        self.pos >= self.src.len()
    }

    /// Characters between the start of the current line and byte `pos`.
    fn chars_before(&self, pos: usize) -> u32 {
        let start = self.line_start.min(pos);
        self.text
            .get(start..pos)
            .map(|s| s.chars().count() as u32)
            .unwrap_or((pos - start) as u32)
    }

    /// CPython's `syntaxerror()`: offset = characters from the line start to `pos`.
    fn err_at(&self, pos: usize, msg: String) -> TokError {
        let off = self.chars_before(pos);
        TokError {
            kind: SyntaxErrorKind::SyntaxError,
            msg,
            lineno: self.line,
            offset: off,
            end_lineno: self.line,
            end_offset: off,
            fatal_before_parse: false,
        }
    }

    /// Errors positioned at the end of the current physical line (`tok->cur = tok->inp`).
    fn err_line_end(&self, kind: SyntaxErrorKind, msg: &str) -> TokError {
        let end = self.line_end_incl();
        let mut off = self.chars_before(end);
        // compile() appends the final newline when the source lacks one.
        if end == self.src.len() && self.src.last() != Some(&b'\n') {
            off += 1;
        }
        TokError {
            kind,
            msg: msg.to_string(),
            lineno: self.line,
            offset: off,
            end_lineno: self.line,
            end_offset: 0,
            fatal_before_parse: false,
        }
    }

    /// Byte offset just past the current line's `\n` (or the end of the source).
    fn line_end_incl(&self) -> usize {
        match self.src[self.line_start..].iter().position(|&b| b == b'\n') {
            Some(i) => self.line_start + i + 1,
            None => self.src.len(),
        }
    }

    fn newline(&mut self) {
        self.line += 1;
        self.line_start = self.pos;
    }

    fn push(&mut self, kind: TokKind, start: usize, end: usize) {
        self.tokens.push(Tok {
            kind,
            start: start as u32,
            end: end as u32,
            level: self.parens.len() as u32,
        });
    }

    fn run(&mut self) -> Result<(), TokError> {
        let mut at_bol = true;
        loop {
            if at_bol {
                at_bol = false;
                self.indentation()?;
            }
            // Skip blanks within the line.
            while matches!(self.peek(), b' ' | b'\t' | b'\x0c') {
                self.pos += 1;
            }
            if self.at_eof() {
                return Ok(());
            }
            let start = self.pos;
            let c = self.peek();
            match c {
                b'#' => {
                    while !self.at_eof() && self.peek() != b'\n' {
                        self.pos += 1;
                    }
                }
                b'\n' => {
                    let blank = self
                        .tokens
                        .last()
                        .map(|t| {
                            t.kind == TokKind::Newline
                                || t.kind == TokKind::Indent
                                || t.kind == TokKind::Dedent
                        })
                        .unwrap_or(true);
                    if !blank && self.parens.is_empty() {
                        self.push(TokKind::Newline, start, start);
                    }
                    self.pos += 1;
                    self.newline();
                    at_bol = true;
                }
                b'\\' => {
                    self.pos += 1;
                    if self.at_eof() {
                        return Err(self.err_line_end(
                            SyntaxErrorKind::SyntaxError,
                            "unexpected EOF while parsing",
                        ));
                    }
                    if self.peek() != b'\n' {
                        let col = self.chars_before(start) + 2;
                        return Err(TokError {
                            kind: SyntaxErrorKind::SyntaxError,
                            msg: "unexpected character after line continuation character"
                                .to_string(),
                            lineno: self.line,
                            offset: col,
                            end_lineno: self.line,
                            end_offset: 0,
                            fatal_before_parse: false,
                        });
                    }
                    self.pos += 1;
                    if self.at_eof() {
                        return Err(self.err_line_end(
                            SyntaxErrorKind::SyntaxError,
                            "unexpected EOF while parsing",
                        ));
                    }
                    self.newline();
                }
                b'0'..=b'9' => self.number(start)?,
                b'.' if self.peek_at(1).is_ascii_digit() => self.number(start)?,
                b'\'' | b'"' => self.string(start)?,
                _ if is_id_start_byte(c) => self.name_or_string(start)?,
                b'(' | b'[' | b'{' => {
                    if self.parens.len() >= MAX_LEVEL {
                        let mut e = self.err_at(start + 1, "too many nested parentheses".into());
                        e.fatal_before_parse = true;
                        return Err(e);
                    }
                    self.push(TokKind::Op, start, start + 1);
                    self.parens.push(OpenBracket {
                        ch: c,
                        line: self.line,
                        pos: start as u32,
                    });
                    self.pos += 1;
                }
                b')' | b']' | b'}' => {
                    self.pos += 1;
                    let Some(open) = self.parens.pop() else {
                        return Err(self.err_at(self.pos, format!("unmatched '{}'", c as char)));
                    };
                    let want = match open.ch {
                        b'(' => b')',
                        b'[' => b']',
                        _ => b'}',
                    };
                    if want != c {
                        let msg = if open.line != self.line {
                            format!(
                                "closing parenthesis '{}' does not match opening parenthesis '{}' on line {}",
                                c as char, open.ch as char, open.line
                            )
                        } else {
                            format!(
                                "closing parenthesis '{}' does not match opening parenthesis '{}'",
                                c as char, open.ch as char
                            )
                        };
                        return Err(self.err_at(self.pos, msg));
                    }
                    self.push(TokKind::Op, start, self.pos);
                }
                _ if c < 128 && !(c.is_ascii_graphic() || c == b' ') => {
                    self.pos += 1;
                    return Err(self.err_at(
                        self.pos,
                        format!("invalid non-printable character U+{:04X}", c),
                    ));
                }
                _ => self.operator(start),
            }
        }
    }

    /// Indentation at the start of a logical line (CPython's `atbol` processing).
    fn indentation(&mut self) -> Result<(), TokError> {
        let (mut col, mut alt) = (0u32, 0u32);
        let mut p = self.pos;
        loop {
            match self.src.get(p) {
                Some(b' ') => {
                    col += 1;
                    alt += 1;
                }
                Some(b'\t') => {
                    col = (col / 8 + 1) * 8;
                    alt += 1;
                }
                Some(b'\x0c') => {
                    col = 0;
                    alt = 0;
                }
                _ => break,
            }
            p += 1;
        }
        let next = self.src.get(p).copied();
        if matches!(next, None | Some(b'#') | Some(b'\n')) || !self.parens.is_empty() {
            return Ok(());
        }
        let &(cur, cur_alt) = self.indents.last().unwrap_or(&(0, 0));
        let tab_error = |t: &Self| TokError {
            kind: SyntaxErrorKind::TabError,
            msg: "inconsistent use of tabs and spaces in indentation".to_string(),
            lineno: t.line,
            offset: 1,
            end_lineno: t.line,
            end_offset: 0,
            fatal_before_parse: false,
        };
        if col == cur {
            if alt != cur_alt {
                return Err(tab_error(self));
            }
        } else if col > cur {
            if self.indents.len() + 1 >= MAX_INDENT {
                return Err(TokError {
                    kind: SyntaxErrorKind::IndentationError,
                    msg: "too many levels of indentation".to_string(),
                    lineno: self.line,
                    offset: 1,
                    end_lineno: self.line,
                    end_offset: 0,
                    fatal_before_parse: false,
                });
            }
            if alt <= cur_alt {
                return Err(tab_error(self));
            }
            self.indents.push((col, alt));
            self.push(TokKind::Indent, self.pos, p);
        } else {
            while self.indents.len() > 1 && col < self.indents.last().map(|x| x.0).unwrap_or(0) {
                self.indents.pop();
                self.push(TokKind::Dedent, p, p);
            }
            let &(now, now_alt) = self.indents.last().unwrap_or(&(0, 0));
            if col != now {
                return Err(self.err_line_end(
                    SyntaxErrorKind::IndentationError,
                    "unindent does not match any outer indentation level",
                ));
            }
            if alt != now_alt {
                return Err(tab_error(self));
            }
        }
        Ok(())
    }

    fn operator(&mut self, start: usize) {
        const THREE: [&[u8]; 5] = [b"**=", b"//=", b">>=", b"<<=", b"..."];
        const TWO: [&[u8]; 22] = [
            b"!=", b"%=", b"&=", b"**", b"*=", b"+=", b"-=", b"->", b"//", b"/=", b":=", b"<<",
            b"<=", b"<>", b"==", b">=", b">>", b"@=", b"^=", b"|=", b"==", b"=>",
        ];
        let rest = &self.src[start..];
        let len = if THREE.iter().any(|op| rest.starts_with(op)) {
            3
        } else if TWO.iter().any(|op| rest.starts_with(op)) && !rest.starts_with(b"=>") {
            2
        } else {
            // One character (a multi-byte character is taken whole).
            self.text
                .get(start..)
                .and_then(|s| s.chars().next())
                .map(|c| c.len_utf8())
                .unwrap_or(1)
        };
        self.pos = start + len;
        self.push(TokKind::Op, start, self.pos);
    }

    fn name_or_string(&mut self, start: usize) -> Result<(), TokError> {
        // String prefixes: any of b, r, u, f combined as Python allows, then a quote.
        let (mut b, mut r, mut u, mut f) = (false, false, false, false);
        let mut p = start;
        loop {
            let c = self.src.get(p).copied().unwrap_or(0).to_ascii_lowercase();
            let ok = match c {
                b'b' if !(b || u || f) => {
                    b = true;
                    true
                }
                b'u' if !(b || u || r || f) => {
                    u = true;
                    true
                }
                b'r' if !(r || u) => {
                    r = true;
                    true
                }
                b'f' if !(f || b || u) => {
                    f = true;
                    true
                }
                _ => false,
            };
            if !ok {
                break;
            }
            p += 1;
            if matches!(self.src.get(p), Some(b'\'') | Some(b'"')) {
                self.pos = p;
                return self.string(start);
            }
        }
        let mut p = start;
        while p < self.src.len() && is_id_char_byte(self.src[p]) {
            p += 1;
        }
        // Non-ASCII identifiers must be valid identifiers, else "invalid character".
        let word = self.text.get(start..p).unwrap_or("");
        if !word.is_ascii() {
            for (i, ch) in word.char_indices() {
                let ok = if i == 0 {
                    ch == '_' || unicode_ident::is_xid_start(ch)
                } else {
                    unicode_ident::is_xid_continue(ch)
                };
                if !ok {
                    let at = start + i + ch.len_utf8();
                    let msg = if is_printable(ch) {
                        format!("invalid character '{}' (U+{:04X})", ch, ch as u32)
                    } else {
                        format!("invalid non-printable character U+{:04X}", ch as u32)
                    };
                    return Err(self.err_at(at, msg));
                }
            }
        }
        self.pos = p;
        self.push(TokKind::Name, start, p);
        Ok(())
    }

    fn string(&mut self, start: usize) -> Result<(), TokError> {
        let quote = self.peek();
        let first_line = self.line;
        let first_line_start = self.line_start;
        let triple = self.peek_at(1) == quote && self.peek_at(2) == quote;
        self.pos += if triple { 3 } else { 1 };
        let mut run = 0;
        let need = if triple { 3 } else { 1 };
        while run < need {
            if self.at_eof() || (!triple && self.peek() == b'\n') {
                // Detected at the line where scanning stopped: at the end of the source that
                // is the line holding its last character.
                let detected = if self.at_eof() && self.src.last() == Some(&b'\n') {
                    self.line - 1
                } else {
                    self.line
                };
                let msg = if triple {
                    format!(
                        "unterminated triple-quoted string literal (detected at line {detected})"
                    )
                } else {
                    format!("unterminated string literal (detected at line {detected})")
                };
                self.line = first_line;
                self.line_start = first_line_start;
                return Err(self.err_at(start + 1, msg));
            }
            let c = self.peek();
            self.pos += 1;
            if c == quote {
                run += 1;
            } else {
                run = 0;
                if c == b'\\' && !self.at_eof() {
                    if self.peek() == b'\n' {
                        self.pos += 1;
                        self.newline();
                    } else {
                        self.pos += 1;
                    }
                } else if c == b'\n' {
                    self.newline();
                }
            }
        }
        // Keep the position on the first line for the token; the line counter moved on.
        self.push(TokKind::String, start, self.pos);
        Ok(())
    }

    fn digits(&mut self) -> Result<(), TokError> {
        // CPython's decimal tail: digits, with single underscores between digits.
        loop {
            while self.peek().is_ascii_digit() {
                self.pos += 1;
            }
            if self.peek() != b'_' {
                return Ok(());
            }
            self.pos += 1;
            if !self.peek().is_ascii_digit() {
                return Err(self.err_at(self.pos, "invalid decimal literal".into()));
            }
        }
    }

    /// After a number: a keyword that may legally follow (`1if x else y`) is fine; any other
    /// identifier character makes the literal invalid.
    fn end_of_number(&mut self, kind: &str) -> Result<(), TokError> {
        let rest = &self.src[self.pos..];
        let keyword_follows = [
            &b"and"[..],
            b"else",
            b"for",
            b"if",
            b"in",
            b"is",
            b"or",
            b"not",
        ]
        .iter()
        .any(|k| rest.starts_with(k));
        if keyword_follows {
            return Ok(());
        }
        if is_id_char_byte(self.peek()) {
            return Err(self.err_at(self.pos, format!("invalid {kind} literal")));
        }
        Ok(())
    }

    fn radix_number(&mut self, name: &str, valid: fn(u8) -> bool) -> Result<(), TokError> {
        self.pos += 2;
        loop {
            if self.peek() == b'_' {
                self.pos += 1;
            }
            let c = self.peek();
            if !valid(c) {
                if name != "hexadecimal" && c.is_ascii_digit() {
                    self.pos += 1;
                    return Err(self.err_at(
                        self.pos,
                        format!("invalid digit '{}' in {name} literal", c as char),
                    ));
                }
                return Err(self.err_at(self.pos, format!("invalid {name} literal")));
            }
            while valid(self.peek()) {
                self.pos += 1;
            }
            if self.peek() != b'_' {
                break;
            }
        }
        let c = self.peek();
        if name != "hexadecimal" && c.is_ascii_digit() {
            self.pos += 1;
            return Err(self.err_at(
                self.pos,
                format!("invalid digit '{}' in {name} literal", c as char),
            ));
        }
        self.end_of_number(name)
    }

    fn number(&mut self, start: usize) -> Result<(), TokError> {
        let r = self.number_inner(start);
        if r.is_ok() {
            self.push(TokKind::Number, start, self.pos);
        }
        r
    }

    fn number_inner(&mut self, start: usize) -> Result<(), TokError> {
        let c = self.peek();
        if c == b'.' {
            self.pos += 1;
            self.digits()?;
            return self.exponent_and_imag();
        }
        if c == b'0' {
            match self.peek_at(1) {
                b'x' | b'X' => return self.radix_number("hexadecimal", |b| b.is_ascii_hexdigit()),
                b'o' | b'O' => return self.radix_number("octal", |b| (b'0'..=b'7').contains(&b)),
                b'b' | b'B' => return self.radix_number("binary", |b| b == b'0' || b == b'1'),
                _ => {}
            }
            self.pos += 1;
            // Zeros (with underscores) then possibly more digits: only valid as a float.
            loop {
                if self.peek() == b'_' {
                    self.pos += 1;
                    if !self.peek().is_ascii_digit() {
                        return Err(self.err_at(self.pos, "invalid decimal literal".into()));
                    }
                }
                if self.peek() != b'0' {
                    break;
                }
                self.pos += 1;
            }
            let zeros_end = self.pos;
            let nonzero = self.peek().is_ascii_digit();
            if nonzero {
                self.digits()?;
            }
            match self.peek() {
                b'.' | b'e' | b'E' | b'j' | b'J' => return self.exponent_and_imag(),
                _ => {}
            }
            if nonzero {
                let off = self.chars_before(start) + 1;
                let end = self.chars_before(zeros_end + 1);
                return Err(TokError {
                    kind: SyntaxErrorKind::SyntaxError,
                    msg: "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers".to_string(),
                    lineno: self.line,
                    offset: off,
                    end_lineno: self.line,
                    end_offset: end,
                    fatal_before_parse: false,
                });
            }
            return self.end_of_number("decimal");
        }
        self.digits()?;
        self.exponent_and_imag()
    }

    /// The rest of a decimal number after its integer digits: fraction, exponent, `j`.
    fn exponent_and_imag(&mut self) -> Result<(), TokError> {
        if self.peek() == b'.' {
            self.pos += 1;
            if self.peek().is_ascii_digit() {
                self.digits()?;
            }
        }
        if matches!(self.peek(), b'e' | b'E') {
            let e_pos = self.pos;
            self.pos += 1;
            if matches!(self.peek(), b'+' | b'-') {
                self.pos += 1;
                if !self.peek().is_ascii_digit() {
                    return Err(self.err_at(self.pos, "invalid decimal literal".into()));
                }
            } else if !self.peek().is_ascii_digit() {
                // `1else`: the number ends before the `e`.
                self.pos = e_pos;
                return self.end_of_number("decimal");
            }
            self.digits()?;
        }
        if matches!(self.peek(), b'j' | b'J') {
            self.pos += 1;
            return self.end_of_number("imaginary");
        }
        self.end_of_number("decimal")
    }
}

/// Scans the whole source. `eval` input is one logical line-free expression; its
/// indentation is not checked.
pub(crate) fn scan(src: &str, _eval: bool) -> Scan {
    let mut t = Tokenizer {
        src: src.as_bytes(),
        text: src,
        pos: 0,
        line: 1,
        line_start: 0,
        parens: Vec::new(),
        indents: vec![(0, 0)],
        tokens: Vec::new(),
    };
    let error = t.run().err();
    if error.is_none() {
        let blank = t
            .tokens
            .last()
            .map(|k| matches!(k.kind, TokKind::Newline | TokKind::Dedent | TokKind::Indent))
            .unwrap_or(true);
        let end = src.len();
        if !blank && t.parens.is_empty() {
            t.push(TokKind::Newline, end, end);
        }
        while t.indents.len() > 1 {
            t.indents.pop();
            t.push(TokKind::Dedent, end, end);
        }
        t.push(TokKind::EndMarker, end, end);
    }
    Scan {
        tokens: t.tokens,
        error,
        unclosed: t.parens,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(src: &str) -> Option<(String, u32, u32, u32)> {
        scan(src, false)
            .error
            .map(|e| (e.msg, e.lineno, e.offset, e.end_offset))
    }

    #[test]
    fn tokenizer_errors() {
        assert_eq!(err("x = 1\n"), None);
        assert_eq!(err("x = )\n"), Some(("unmatched ')'".into(), 1, 5, 5)));
        assert_eq!(
            err("'abc\n").map(|e| e.0),
            Some("unterminated string literal (detected at line 1)".into())
        );
        assert_eq!(
            err("x = 0777\n"),
            Some((
                "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers".into(),
                1,
                5,
                6
            ))
        );
        assert_eq!(err("x = 1if y else 2\n"), None);
        assert_eq!(err("x = 0o8\n").map(|e| e.2), Some(7));
        assert_eq!(
            err("x = €\n").map(|e| e.0),
            Some("invalid character '€' (U+20AC)".into())
        );
    }
}
