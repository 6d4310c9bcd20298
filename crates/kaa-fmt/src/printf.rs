//! `%`-formatting (`str % args`, `bytes % args`) as CPython 3.11: a directive parser and the
//! numeric conversions.
//!
//! Division of labour with the VM: [`Parser`] walks the format string and yields literal
//! pieces and [`Directive`]s (mapping key, flags, width, precision, conversion character),
//! one at a time, so the VM fetches arguments in CPython's order (an argument is fetched
//! before an unknown conversion character is reported, so `'%d %y' % (1,)` is a TypeError).
//! The VM resolves `*` widths/precisions from arguments, converts the argument (`int()` for
//! `%d`, `__index__` for `%x`, `float()` for `%e`...), handles `%s %r %a` (padding them with
//! [`pad_text`]), and calls [`format_int`], [`format_bigint`], [`format_float`] or
//! [`char_code`]. The message helpers give CPython's wording for the VM-side errors.
//!
//! Conversions: `d i u` decimal; `o x X` with `#` giving `0o`/`0x`/`0X`; precision on ints is
//! a minimum digit count; `e E f F g G` with precision default 6 (`#` keeps the point and,
//! for `g`, trailing zeros); flags `-` (left-justify, beats `0`), `+`, ` `, `#`, `0` (pad
//! with zeros after the sign and prefix, also for inf and nan); length modifiers `h l L` are
//! skipped (one of them).

use std::ops::Range;

use num_bigint::{BigInt, Sign as BigSign};

use crate::layout::{float_text, pad, Align, Flags as FloatFlags, Mode};
use crate::parse::decimal_digits_checked;
use crate::FmtError;

/// The flags of a directive.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Flags {
    /// `-`
    pub left: bool,
    /// `+`
    pub plus: bool,
    /// ` `
    pub space: bool,
    /// `#`
    pub alt: bool,
    /// `0`
    pub zero: bool,
}

/// A width or precision as written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Count {
    /// Not given.
    Absent,
    /// `*`: taken from the next argument. For a width, a negative value means `-` and its
    /// absolute value; a negative precision counts as 0.
    Star,
    /// Digits (for a precision, `.` alone means 0).
    Value(usize),
}

/// One `%` directive.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Directive {
    /// `%(key)s`: the key's byte range in the format (parentheses excluded).
    pub key: Option<Range<usize>>,
    pub flags: Flags,
    pub width: Count,
    pub precision: Count,
    /// The conversion character (for bytes, the byte as a char, Latin-1).
    pub conv: char,
    /// Index of `conv` in the format, in characters (str) or bytes (bytes), for messages.
    pub conv_index: usize,
}

/// What the parser yields.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece {
    /// Text to copy: a byte range of the format (for `%%`, the second `%`).
    Literal(Range<usize>),
    Directive(Directive),
}

/// Iterates over the pieces of a `%` format; stops after the first error.
pub struct Parser<'a> {
    src: &'a [u8],
    pos: usize,
    is_str: bool,
    failed: bool,
}

impl<'a> Parser<'a> {
    /// A parser over a str format (indexes in messages count characters).
    pub fn new_str(format: &'a str) -> Self {
        Parser {
            src: format.as_bytes(),
            pos: 0,
            is_str: true,
            failed: false,
        }
    }

    /// A parser over a bytes format.
    pub fn new_bytes(format: &'a [u8]) -> Self {
        Parser {
            src: format,
            pos: 0,
            is_str: false,
            failed: false,
        }
    }

    fn incomplete(&mut self) -> FmtError {
        self.failed = true;
        FmtError::value("incomplete format")
    }

    /// The character at byte `i` (for str, decoding UTF-8; `i` is at a char boundary
    /// because everything before it that we stepped over was ASCII or a whole char).
    fn char_at(&self, i: usize) -> (char, usize) {
        if !self.is_str {
            return (self.src[i] as char, 1);
        }
        if let Some(&b) = self.src.get(i).filter(|b| b.is_ascii()) {
            return (b as char, 1);
        }
        let end = (i + 4).min(self.src.len());
        let chunk = &self.src[i..end];
        let text = match std::str::from_utf8(chunk) {
            Ok(t) => t,
            // A valid prefix exists: the source is a str and `i` is a char boundary.
            Err(e) => std::str::from_utf8(&chunk[..e.valid_up_to()]).unwrap_or(""),
        };
        text.chars()
            .next()
            .map(|c| (c, c.len_utf8()))
            .unwrap_or(('\u{FFFD}', 1))
    }

    /// Index of byte position `i` in the units used by messages.
    fn index_of(&self, i: usize) -> usize {
        if self.is_str {
            // Count characters: every byte that is not a UTF-8 continuation byte.
            self.src[..i]
                .iter()
                .filter(|&&b| (b & 0xC0) != 0x80)
                .count()
        } else {
            i
        }
    }

    fn read_count(&mut self, too_big: &'static str) -> Result<Option<usize>, FmtError> {
        let mut acc: Option<usize> = None;
        while let Some(&b) = self.src.get(self.pos).filter(|b| b.is_ascii_digit()) {
            let d = usize::from(b - b'0');
            let v = acc.unwrap_or(0);
            if v > (isize::MAX as usize - d) / 10 {
                self.failed = true;
                return Err(FmtError::value(too_big));
            }
            acc = Some(v * 10 + d);
            self.pos += 1;
        }
        Ok(acc)
    }

    fn directive(&mut self) -> Result<Piece, FmtError> {
        // self.pos is just past the '%'.
        let src = self.src;
        if self.pos >= src.len() {
            return Err(self.incomplete());
        }
        if src[self.pos] == b'%' {
            self.pos += 1;
            return Ok(Piece::Literal(self.pos - 1..self.pos));
        }
        let mut key = None;
        if src[self.pos] == b'(' {
            let start = self.pos + 1;
            let mut depth = 1usize;
            let mut i = start;
            while i < src.len() && depth > 0 {
                match src[i] {
                    b'(' => depth += 1,
                    b')' => depth -= 1,
                    _ => {}
                }
                i += 1;
            }
            if depth > 0 {
                self.failed = true;
                return Err(FmtError::value("incomplete format key"));
            }
            key = Some(start..i - 1);
            self.pos = i;
        }
        let mut flags = Flags::default();
        while let Some(&b) = src.get(self.pos) {
            match b {
                b'-' => flags.left = true,
                b'+' => flags.plus = true,
                b' ' => flags.space = true,
                b'#' => flags.alt = true,
                b'0' => flags.zero = true,
                _ => break,
            }
            self.pos += 1;
        }
        let width = if src.get(self.pos) == Some(&b'*') {
            self.pos += 1;
            Count::Star
        } else {
            match self.read_count("width too big")? {
                Some(w) => Count::Value(w),
                None => Count::Absent,
            }
        };
        let mut precision = Count::Absent;
        if src.get(self.pos) == Some(&b'.') {
            self.pos += 1;
            precision = if src.get(self.pos) == Some(&b'*') {
                self.pos += 1;
                Count::Star
            } else {
                Count::Value(self.read_count("precision too big")?.unwrap_or(0))
            };
        }
        if matches!(src.get(self.pos), Some(b'h' | b'l' | b'L')) {
            self.pos += 1;
        }
        if self.pos >= src.len() {
            return Err(self.incomplete());
        }
        let conv_index = self.index_of(self.pos);
        let (conv, len) = self.char_at(self.pos);
        self.pos += len;
        Ok(Piece::Directive(Directive {
            key,
            flags,
            width,
            precision,
            conv,
            conv_index,
        }))
    }
}

impl Iterator for Parser<'_> {
    type Item = Result<Piece, FmtError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed || self.pos >= self.src.len() {
            return None;
        }
        if self.src[self.pos] == b'%' {
            self.pos += 1;
            return Some(self.directive());
        }
        let start = self.pos;
        let end = self.src[start..]
            .iter()
            .position(|&b| b == b'%')
            .map_or(self.src.len(), |p| start + p);
        self.pos = end;
        Some(Ok(Piece::Literal(start..end)))
    }
}

/// A directive with its width and precision resolved, for the number conversions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NumSpec {
    pub flags: Flags,
    /// Minimum width (0 = none).
    pub width: usize,
    pub precision: Option<usize>,
    /// One of `d i u o x X` for ints, `e E f F g G` for floats.
    pub conv: char,
}

/// Pads a finished number `sign + prefix + body` to the width.
fn finish(sign: &str, prefix: &str, body: &str, spec: &NumSpec) -> Result<String, FmtError> {
    let text = format!("{sign}{prefix}{body}");
    let len = text.chars().count();
    let (fill, align) = if spec.flags.left {
        (' ', Align::Left)
    } else if spec.flags.zero {
        ('0', Align::AfterSign)
    } else {
        (' ', Align::Right)
    };
    pad(
        text,
        len,
        sign.len() + prefix.len(),
        fill,
        align,
        spec.width,
    )
}

fn sign_of(neg: bool, flags: &Flags) -> &'static str {
    if neg {
        "-"
    } else if flags.plus {
        "+"
    } else if flags.space {
        " "
    } else {
        ""
    }
}

fn int_common(neg: bool, mut digits: String, spec: &NumSpec) -> Result<String, FmtError> {
    if spec.conv == 'X' {
        digits.make_ascii_uppercase();
    }
    if let Some(p) = spec.precision {
        if digits.len() < p {
            let mut z = crate::layout::repeat_char('0', p - digits.len())?;
            z.push_str(&digits);
            digits = z;
        }
    }
    let prefix = match (spec.flags.alt, spec.conv) {
        (true, 'o') => "0o",
        (true, 'x') => "0x",
        (true, 'X') => "0X",
        _ => "",
    };
    finish(sign_of(neg, &spec.flags), prefix, &digits, spec)
}

/// `%d %i %u %o %x %X` of an `i64` (`spec.conv` selects; anything else formats decimal).
pub fn format_int(v: i64, spec: &NumSpec) -> Result<String, FmtError> {
    let m = v.unsigned_abs();
    let digits = match spec.conv {
        'o' => format!("{m:o}"),
        'x' | 'X' => format!("{m:x}"),
        _ => m.to_string(),
    };
    int_common(v < 0, digits, spec)
}

/// `%d %i %u %o %x %X` of any int; decimal output obeys `max_str_digits`
/// (`sys.get_int_max_str_digits()`, 0 = no limit).
pub fn format_bigint(
    v: &BigInt,
    spec: &NumSpec,
    max_str_digits: usize,
) -> Result<String, FmtError> {
    let digits = match spec.conv {
        'o' => v.magnitude().to_str_radix(8),
        'x' | 'X' => v.magnitude().to_str_radix(16),
        _ => decimal_digits_checked(v, max_str_digits)?,
    };
    int_common(v.sign() == BigSign::Minus, digits, spec)
}

/// `%e %E %f %F %g %G` of a float (`spec.conv` selects; anything else acts as `g`).
pub fn format_float(x: f64, spec: &NumSpec) -> Result<String, FmtError> {
    let p = spec.precision.unwrap_or(6);
    if p > i32::MAX as usize {
        return Err(FmtError::value("precision too big"));
    }
    let upper = matches!(spec.conv, 'E' | 'F' | 'G');
    let mode = match spec.conv {
        'e' | 'E' => Mode::Exp(p),
        'f' | 'F' => Mode::Fixed(p),
        _ => Mode::General(p),
    };
    let t = float_text(
        x,
        mode,
        FloatFlags {
            alt: spec.flags.alt,
            add_dot_0: false,
            upper,
        },
    )?;
    finish(sign_of(t.neg, &spec.flags), "", &t.text, spec)
}

/// Pads the text of `%s %r %a %c` to the width (spaces; left-justified with `-`; the `0`
/// flag is ignored). With `truncate` (for `%s %r %a`), a precision first cuts the text to
/// that many characters.
pub fn pad_text(text: &str, spec: &NumSpec, truncate: bool) -> Result<String, FmtError> {
    let (text, len) = match spec.precision.filter(|_| truncate) {
        Some(p) => match text.char_indices().nth(p) {
            Some((i, _)) => (&text[..i], p),
            None => (text, text.chars().count()),
        },
        None => (text, text.chars().count()),
    };
    let align = if spec.flags.left {
        Align::Left
    } else {
        Align::Right
    };
    pad(text.to_string(), len, 0, ' ', align, spec.width)
}

/// The code point for `%c` of an int (str formats), or CPython's OverflowError. For an int
/// that does not fit an `i64`, pass any out-of-range value (e.g. -1): CPython's message is
/// the same.
pub fn char_code(v: i64) -> Result<u32, FmtError> {
    if (0..0x110000).contains(&v) {
        Ok(v as u32)
    } else {
        Err(FmtError::overflow("%c arg not in range(0x110000)"))
    }
}

/// The byte for `%c` of an int (bytes formats), or CPython's OverflowError (for ints beyond
/// `i64`, pass -1).
pub fn byte_code(v: i64) -> Result<u8, FmtError> {
    u8::try_from(v).map_err(|_| FmtError::overflow("%c arg not in range(256)"))
}

/// "unsupported format character 'y' (0x79) at index 3" for a directive's conversion; bytes
/// formats with a conversion byte >= 0x80 get CPython's (odd) OverflowError instead.
pub fn unsupported_conversion(d: &Directive, is_bytes: bool) -> FmtError {
    let c = d.conv as u32;
    if is_bytes && c >= 0x80 {
        return FmtError::overflow("character argument not in range(0x110000)");
    }
    let shown = if (31..=126).contains(&c) { d.conv } else { '?' };
    FmtError::value(format!(
        "unsupported format character '{shown}' (0x{c:x}) at index {}",
        d.conv_index
    ))
}

/// TypeError "not enough arguments for format string".
pub fn not_enough_arguments() -> FmtError {
    FmtError::type_error("not enough arguments for format string")
}

/// TypeError "not all arguments converted during string formatting" (bytes formats say
/// "bytes formatting").
pub fn not_all_converted(is_bytes: bool) -> FmtError {
    FmtError::type_error(if is_bytes {
        "not all arguments converted during bytes formatting"
    } else {
        "not all arguments converted during string formatting"
    })
}

/// TypeError "format requires a mapping" (a key used without a mapping argument).
pub fn requires_mapping() -> FmtError {
    FmtError::type_error("format requires a mapping")
}

/// TypeError "* wants int".
pub fn star_wants_int() -> FmtError {
    FmtError::type_error("* wants int")
}

/// TypeError for `%d %i %u` of a non-number: "%d format: a real number is required, not str";
/// for `%o %x %X` of a non-integer: "%x format: an integer is required, not float"; for the
/// float conversions: "must be real number, not str".
pub fn bad_argument_type(conv: char, type_name: &str) -> FmtError {
    match conv {
        'd' | 'i' | 'u' => FmtError::type_error(format!(
            "%{conv} format: a real number is required, not {type_name}"
        )),
        'o' | 'x' | 'X' => FmtError::type_error(format!(
            "%{conv} format: an integer is required, not {type_name}"
        )),
        _ => FmtError::type_error(format!("must be real number, not {type_name}")),
    }
}

/// TypeError "%c requires int or char" (str) / "%c requires an integer in range(256) or a
/// single byte" (bytes).
pub fn char_requires(is_bytes: bool) -> FmtError {
    FmtError::type_error(if is_bytes {
        "%c requires an integer in range(256) or a single byte"
    } else {
        "%c requires int or char"
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(conv: char, flags: &str, width: usize, precision: Option<usize>) -> NumSpec {
        let f = Flags {
            left: flags.contains('-'),
            plus: flags.contains('+'),
            space: flags.contains(' '),
            alt: flags.contains('#'),
            zero: flags.contains('0'),
        };
        NumSpec {
            flags: f,
            width,
            precision,
            conv,
        }
    }

    #[test]
    fn numbers() {
        assert_eq!(
            format_int(-255, &spec('x', "#0", 8, None)).unwrap(),
            "-0x000ff"
        );
        assert_eq!(
            format_int(-3, &spec('d', "0", 10, Some(3))).unwrap(),
            "-000000003"
        );
        assert_eq!(
            format_float(f64::INFINITY, &spec('f', "0", 5, None)).unwrap(),
            "00inf"
        );
        assert_eq!(
            format_float(1.0, &spec('e', "#", 0, Some(0))).unwrap(),
            "1.e+00"
        );
        assert_eq!(
            format_float(0.0001, &spec('g', "", 0, Some(0))).unwrap(),
            "0.0001"
        );
    }

    #[test]
    fn parser() {
        let pieces: Vec<_> = Parser::new_str("a%(x(y))-5.3d%%é%").collect();
        assert_eq!(pieces.len(), 5);
        assert_eq!(pieces[0], Ok(Piece::Literal(0..1)));
        match &pieces[1] {
            Ok(Piece::Directive(d)) => {
                assert_eq!(d.key, Some(3..7));
                assert!(d.flags.left);
                assert_eq!(
                    (d.width, d.precision, d.conv, d.conv_index),
                    (Count::Value(5), Count::Value(3), 'd', 12)
                );
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(pieces[2], Ok(Piece::Literal(14..15)));
        assert_eq!(pieces[3], Ok(Piece::Literal(15..17)));
        assert!(pieces[4].is_err());
        let d = match Parser::new_str("éé%y").nth(1) {
            Some(Ok(Piece::Directive(d))) => d,
            other => panic!("{other:?}"),
        };
        assert_eq!(
            unsupported_conversion(&d, false).msg,
            "unsupported format character 'y' (0x79) at index 3"
        );
    }
}
