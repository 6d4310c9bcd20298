//! The format-specification mini-language of CPython 3.11: `format(x, spec)`, f-string
//! `{x:spec}` and `str.format`, for str, int, float and complex.
//!
//! `[[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]`
//!
//! [`FormatSpec::parse`] reads a spec; [`format_str`], [`format_int_i64`], [`format_int_big`],
//! [`format_float`] and [`format_complex`] apply it. Errors carry CPython's exception type and
//! message, and are raised in CPython's order: parse errors first, then the check of the
//! grouping option against the type, then the type code, then the per-type checks.
//!
//! Layout of numbers: `[pad][sign][0x][zero padding][digits, grouped][.fraction/exponent][pad]`;
//! with `0` (fill '0' and '=' alignment) the padding zeros are grouped like the digits
//! (`format(1234, '08,')` is `0,001,234`, and a field never starts with a separator).

use num_bigint::{BigInt, Sign as BigSign};
use num_traits::{Signed, ToPrimitive};

use crate::convert::int_to_f64;
pub use crate::layout::Align;
use crate::layout::{float_text, group_digits, pad, Flags, FloatText, Mode};
use crate::parse::decimal_digits_checked;
use crate::unicode::decimal_value;
use crate::FmtError;

/// The sign option.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sign {
    /// `+`: a sign on every number.
    Plus,
    /// `-`: a sign on negative numbers only (the default).
    Minus,
    /// ` `: a space on non-negative numbers.
    Space,
}

/// The grouping option.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grouping {
    /// `,` every three digits (decimal types only).
    Comma,
    /// `_` every three decimal digits, or every four in `b`, `o`, `x`, `X`.
    Underscore,
}

/// A parsed format spec.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct FormatSpec {
    /// The fill character, when given explicitly before an alignment.
    pub fill: Option<char>,
    pub align: Option<Align>,
    pub sign: Option<Sign>,
    /// `z`: negative zero (after rounding) prints as positive zero.
    pub no_neg_zero: bool,
    /// `#`: alternate form.
    pub alternate: bool,
    /// The `0` flag: fill with '0' (unless a fill is given) and, for numbers without an
    /// explicit alignment, pad after the sign.
    pub zero: bool,
    /// Minimum field width in characters (0 when absent).
    pub width: usize,
    pub grouping: Option<Grouping>,
    pub precision: Option<usize>,
    /// The presentation type; `None` when the spec has none.
    pub ty: Option<char>,
}

/// The largest precision a float accepts (C `INT_MAX`), beyond which CPython says
/// "precision too big".
const MAX_FLOAT_PRECISION: usize = i32::MAX as usize;

impl FormatSpec {
    /// Parses `spec`. `type_name` (the Python type of the value, e.g. "int") is used only in
    /// the "Invalid format specifier" message.
    pub fn parse(spec: &str, type_name: &str) -> Result<FormatSpec, FmtError> {
        // Specs are short: decode into a stack buffer, falling back to the heap.
        let mut stack = ['\0'; 24];
        let heap: Vec<char>;
        let c: &[char] = if spec.len() <= stack.len() {
            let mut n = 0;
            for (slot, ch) in stack.iter_mut().zip(spec.chars()) {
                *slot = ch;
                n += 1;
            }
            &stack[..n]
        } else {
            heap = spec.chars().collect();
            &heap
        };
        let mut out = FormatSpec::default();
        let mut pos = 0;
        let align_of = |ch: char| match ch {
            '<' => Some(Align::Left),
            '>' => Some(Align::Right),
            '^' => Some(Align::Center),
            '=' => Some(Align::AfterSign),
            _ => None,
        };
        if let Some(a) = c.get(1).and_then(|&ch| align_of(ch)) {
            out.fill = Some(c[0]);
            out.align = Some(a);
            pos = 2;
        } else if let Some(a) = c.first().and_then(|&ch| align_of(ch)) {
            out.align = Some(a);
            pos = 1;
        }
        match c.get(pos) {
            Some('+') => out.sign = Some(Sign::Plus),
            Some('-') => out.sign = Some(Sign::Minus),
            Some(' ') => out.sign = Some(Sign::Space),
            _ => {}
        }
        if out.sign.is_some() {
            pos += 1;
        }
        if c.get(pos) == Some(&'z') {
            out.no_neg_zero = true;
            pos += 1;
        }
        if c.get(pos) == Some(&'#') {
            out.alternate = true;
            pos += 1;
        }
        if out.fill.is_none() && c.get(pos) == Some(&'0') {
            out.zero = true;
            pos += 1;
        }
        if let Some(w) = read_int(c, &mut pos)? {
            out.width = w;
        }
        if c.get(pos) == Some(&',') {
            out.grouping = Some(Grouping::Comma);
            pos += 1;
        }
        if c.get(pos) == Some(&'_') {
            if out.grouping.is_some() {
                return Err(both_separators());
            }
            out.grouping = Some(Grouping::Underscore);
            pos += 1;
        }
        if c.get(pos) == Some(&',') && out.grouping == Some(Grouping::Underscore) {
            return Err(both_separators());
        }
        if c.get(pos) == Some(&'.') {
            pos += 1;
            match read_int(c, &mut pos)? {
                Some(p) => out.precision = Some(p),
                None => return Err(FmtError::value("Format specifier missing precision")),
            }
        }
        match c.len() - pos.min(c.len()) {
            0 => {}
            1 => out.ty = Some(c[pos]),
            _ => {
                return Err(FmtError::value(format!(
                    "Invalid format specifier '{spec}' for object of type '{}'",
                    trunc200(type_name)
                )))
            }
        }
        Ok(out)
    }

    /// The fill character in effect.
    pub fn fill_char(&self) -> char {
        self.fill.unwrap_or(if self.zero { '0' } else { ' ' })
    }

    /// The alignment in effect: the explicit one, else '=' for numbers with the `0` flag,
    /// else right for numbers and left for strings.
    pub fn align_for(&self, numeric: bool) -> Align {
        match self.align {
            Some(a) => a,
            None if numeric && self.zero => Align::AfterSign,
            None if numeric => Align::Right,
            None => Align::Left,
        }
    }

    /// CPython's check of the grouping option against the type (`default` when none given).
    fn check_grouping(&self, default: char) -> Result<(), FmtError> {
        let Some(g) = self.grouping else {
            return Ok(());
        };
        let ty = self.ty.unwrap_or(default);
        let ok = match ty {
            'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => true,
            'b' | 'o' | 'x' | 'X' => g == Grouping::Underscore,
            _ => false,
        };
        if ok {
            return Ok(());
        }
        let sep = if g == Grouping::Comma { ',' } else { '_' };
        Err(FmtError::value(format!(
            "Cannot specify '{sep}' with {}.",
            quote_code(ty)
        )))
    }
}

fn both_separators() -> FmtError {
    FmtError::value("Cannot specify both ',' and '_'.")
}

/// Reads a run of decimal digits (any script, as CPython) at `pos`.
fn read_int(c: &[char], pos: &mut usize) -> Result<Option<usize>, FmtError> {
    let mut acc: u64 = 0;
    let mut any = false;
    while let Some(d) = c.get(*pos).and_then(|&ch| decimal_value(ch)) {
        acc = acc
            .checked_mul(10)
            .and_then(|a| a.checked_add(u64::from(d)))
            .filter(|&a| a <= i64::MAX as u64)
            .ok_or_else(|| FmtError::value("Too many decimal digits in format string"))?;
        any = true;
        *pos += 1;
    }
    Ok(any.then(|| usize::try_from(acc).unwrap_or(usize::MAX)))
}

/// A type code as CPython quotes it in messages: `'x'`, or `'\x9'` outside printable ASCII.
fn quote_code(c: char) -> String {
    if (c as u32) > 32 && (c as u32) < 128 {
        format!("'{c}'")
    } else {
        format!("'\\x{:x}'", c as u32)
    }
}

/// CPython prints type names with `%.200s`.
fn trunc200(s: &str) -> &str {
    match s.char_indices().nth(200) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

fn unknown_code(c: char, type_name: &str) -> FmtError {
    FmtError::value(format!(
        "Unknown format code {} for object of type '{}'",
        quote_code(c),
        trunc200(type_name)
    ))
}

/// `format(s, spec)` for a str (or a subclass named `type_name`).
pub fn format_str(s: &str, spec: &FormatSpec, type_name: &str) -> Result<String, FmtError> {
    spec.check_grouping('s')?;
    match spec.ty {
        None | Some('s') => {}
        Some(c) => return Err(unknown_code(c, type_name)),
    }
    match spec.sign {
        Some(Sign::Space) => {
            return Err(FmtError::value(
                "Space not allowed in string format specifier",
            ))
        }
        Some(_) => {
            return Err(FmtError::value(
                "Sign not allowed in string format specifier",
            ))
        }
        None => {}
    }
    if spec.no_neg_zero {
        return Err(FmtError::value(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if spec.alternate {
        return Err(FmtError::value(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if spec.align == Some(Align::AfterSign) {
        return Err(FmtError::value(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let (text, len) = match spec.precision {
        Some(p) => match s.char_indices().nth(p) {
            Some((i, _)) => (&s[..i], p),
            None => (s, s.chars().count()),
        },
        None => (
            s,
            if spec.width == 0 {
                0
            } else {
                s.chars().count()
            },
        ),
    };
    pad(
        text.to_string(),
        len,
        0,
        spec.fill_char(),
        spec.align_for(false),
        spec.width,
    )
}

/// The magnitude of an int to format.
enum Mag<'a> {
    Small(u64),
    Big(&'a BigInt),
}

/// `format(v, spec)` for an int (or bool with a non-empty spec; `type_name` names the type).
pub fn format_int_i64(v: i64, spec: &FormatSpec, type_name: &str) -> Result<String, FmtError> {
    format_int(v < 0, Mag::Small(v.unsigned_abs()), spec, type_name, 0)
}

/// `format(v, spec)` for an int of any size. `max_str_digits` is
/// `sys.get_int_max_str_digits()` (0 = no limit), enforced for decimal output as CPython does.
pub fn format_int_big(
    v: &BigInt,
    spec: &FormatSpec,
    type_name: &str,
    max_str_digits: usize,
) -> Result<String, FmtError> {
    format_int(
        v.sign() == BigSign::Minus,
        Mag::Big(v),
        spec,
        type_name,
        max_str_digits,
    )
}

fn format_int(
    neg: bool,
    mag: Mag<'_>,
    spec: &FormatSpec,
    type_name: &str,
    max_digits: usize,
) -> Result<String, FmtError> {
    let ty = spec.ty.unwrap_or('d');
    spec.check_grouping('d')?;
    let base = match ty {
        'b' => 2,
        'o' => 8,
        'd' | 'n' | 'c' => 10,
        'x' | 'X' => 16,
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let x = match mag {
                // u64 -> f64 `as` rounds to nearest, ties to even, like CPython.
                Mag::Small(m) => {
                    let f = m as f64;
                    if neg {
                        -f
                    } else {
                        f
                    }
                }
                Mag::Big(b) => int_to_f64(b)?,
            };
            return format_float(x, spec, type_name);
        }
        other => return Err(unknown_code(other, type_name)),
    };
    if spec.precision.is_some() {
        return Err(FmtError::value(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.no_neg_zero {
        return Err(FmtError::value(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    let fill = spec.fill_char();
    let align = spec.align_for(true);
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err(FmtError::value(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if spec.alternate {
            return Err(FmtError::value(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let small = match mag {
            Mag::Small(m) => Some(m),
            Mag::Big(b) => b.magnitude().to_u64(),
        };
        let code = match small {
            Some(m) if !neg && m < 0x110000 => m as u32,
            // CPython first converts to a C long.
            Some(m) if m <= i64::MAX as u64 || (neg && m == 1 << 63) => {
                return Err(FmtError::overflow("%c arg not in range(0x110000)"))
            }
            _ => {
                return Err(FmtError::overflow(
                    "Python int too large to convert to C long",
                ))
            }
        };
        // Surrogates cannot live in a Rust string: they become U+FFFD (documented gap).
        let ch = char::from_u32(code).unwrap_or('\u{FFFD}');
        let text = ch.to_string();
        return pad(text, 1, 0, fill, align, spec.width);
    }
    let mut digits = match mag {
        Mag::Small(m) => match base {
            2 => format!("{m:b}"),
            8 => format!("{m:o}"),
            16 => format!("{m:x}"),
            _ => m.to_string(),
        },
        Mag::Big(b) if base == 10 => decimal_digits_checked(&b.abs(), max_digits)?,
        Mag::Big(b) => b.abs().to_str_radix(base),
    };
    if ty == 'X' {
        digits.make_ascii_uppercase();
    }
    let prefix = match (spec.alternate, ty) {
        (true, 'b') => "0b",
        (true, 'o') => "0o",
        (true, 'x') => "0x",
        (true, 'X') => "0X",
        _ => "",
    };
    let sep = spec.grouping.map(|g| match g {
        Grouping::Comma => (',', 3),
        Grouping::Underscore => ('_', if base == 10 { 3 } else { 4 }),
    });
    number(
        sign_str(neg, spec.sign),
        prefix,
        &digits,
        "",
        sep,
        fill,
        align,
        spec.width,
    )
}

fn sign_str(neg: bool, sign: Option<Sign>) -> &'static str {
    match (neg, sign) {
        (true, _) => "-",
        (false, Some(Sign::Plus)) => "+",
        (false, Some(Sign::Space)) => " ",
        _ => "",
    }
}

/// Assembles and pads a number: sign, prefix, grouped integer digits, rest (all ASCII).
fn number(
    sign: &str,
    prefix: &str,
    digits: &str,
    rest: &str,
    sep: Option<(char, usize)>,
    fill: char,
    align: Align,
    width: usize,
) -> Result<String, FmtError> {
    let lead = sign.len() + prefix.len();
    let grouped = match sep {
        Some((c, every)) => {
            let min = if fill == '0' && align == Align::AfterSign {
                width.saturating_sub(lead + rest.len())
            } else {
                0
            };
            Some(group_digits(digits, c, every, min)?)
        }
        None => None,
    };
    let body = grouped.as_deref().unwrap_or(digits);
    let mut text = String::with_capacity(lead + body.len() + rest.len());
    text.push_str(sign);
    text.push_str(prefix);
    text.push_str(body);
    text.push_str(rest);
    // Everything is ASCII (digits, ',' or '_', point, exponent), so bytes are characters.
    let len = text.len();
    pad(text, len, lead, fill, align, width)
}

/// How a float is laid out for a format type; `None` for an unknown type.
fn float_mode(
    ty: Option<char>,
    precision: Option<usize>,
    add_dot_0: bool,
) -> Option<(Mode, Flags)> {
    let mut flags = Flags::default();
    let p = precision.unwrap_or(6);
    let mode = match ty {
        None => {
            flags.add_dot_0 = add_dot_0;
            match precision {
                None => Mode::Repr,
                Some(p) => Mode::General(p),
            }
        }
        Some('e') => Mode::Exp(p),
        Some('E') => {
            flags.upper = true;
            Mode::Exp(p)
        }
        Some('f') | Some('%') => Mode::Fixed(p),
        Some('F') => {
            flags.upper = true;
            Mode::Fixed(p)
        }
        Some('g') | Some('n') => Mode::General(p),
        Some('G') => {
            flags.upper = true;
            Mode::General(p)
        }
        _ => return None,
    };
    Some((mode, flags))
}

/// Formats one float for `spec`, with the `z` rule applied to the sign.
fn float_part(
    x: f64,
    mode: Mode,
    mut flags: Flags,
    spec: &FormatSpec,
) -> Result<FloatText, FmtError> {
    flags.alt = spec.alternate;
    let mut t = float_text(x, mode, flags)?;
    if spec.no_neg_zero && t.neg && t.is_zero_text() {
        t.neg = false;
    }
    Ok(t)
}

/// `format(x, spec)` for a float (`type_name` names the type for messages).
pub fn format_float(x: f64, spec: &FormatSpec, type_name: &str) -> Result<String, FmtError> {
    spec.check_grouping('\0')?;
    // CPython reads the type as a C char, so an explicit NUL is "no type" for floats.
    let ty = spec.ty.filter(|&c| c != '\0');
    let Some((mode, flags)) = float_mode(ty, spec.precision, true) else {
        return Err(unknown_code(spec.ty.unwrap_or('\0'), type_name));
    };
    if spec.precision.is_some_and(|p| p > MAX_FLOAT_PRECISION) {
        return Err(FmtError::value("precision too big"));
    }
    let percent = ty == Some('%');
    let value = if percent { x * 100.0 } else { x };
    let mut t = float_part(value, mode, flags, spec)?;
    if percent {
        t.text.push('%');
    }
    let sep = match spec.grouping {
        Some(g) if t.finite => Some((if g == Grouping::Comma { ',' } else { '_' }, 3)),
        _ => None,
    };
    number(
        sign_str(t.neg, spec.sign),
        "",
        t.int_part(),
        t.rest(),
        sep,
        spec.fill_char(),
        spec.align_for(true),
        spec.width,
    )
}

/// `format(complex(re, im), spec)`.
pub fn format_complex(
    re: f64,
    im: f64,
    spec: &FormatSpec,
    type_name: &str,
) -> Result<String, FmtError> {
    spec.check_grouping('\0')?;
    let ty = spec.ty.filter(|&c| c != '\0');
    let mode_flags = match ty {
        Some('%') => None,
        ty => float_mode(ty, spec.precision, false),
    };
    let Some((mode, flags)) = mode_flags else {
        return Err(unknown_code(spec.ty.unwrap_or('\0'), type_name));
    };
    if spec.fill_char() == '0' {
        return Err(FmtError::value(
            "Zero padding is not allowed in complex format specifier",
        ));
    }
    if spec.align == Some(Align::AfterSign) {
        return Err(FmtError::value(
            "'=' alignment flag is not allowed in complex format specifier",
        ));
    }
    if spec.precision.is_some_and(|p| p > MAX_FLOAT_PRECISION) {
        return Err(FmtError::value("precision too big"));
    }
    let bare = ty.is_none();
    let skip_re = bare && re == 0.0 && re.is_sign_positive();
    let sep = |finite: bool| match spec.grouping {
        Some(g) if finite => Some((if g == Grouping::Comma { ',' } else { '_' }, 3)),
        _ => None,
    };
    let part = |t: &FloatText, sign: &str| -> Result<String, FmtError> {
        Ok(match sep(t.finite) {
            Some((c, every)) => {
                let body = group_digits(t.int_part(), c, every, 0)?;
                format!("{sign}{body}{}", t.rest())
            }
            None => format!("{sign}{}", t.text),
        })
    };
    let mut text = String::new();
    if bare && !skip_re {
        text.push('(');
    }
    if !skip_re {
        let t = float_part(re, mode, flags, spec)?;
        text.push_str(&part(&t, sign_str(t.neg, spec.sign))?);
    }
    let t = float_part(im, mode, flags, spec)?;
    let im_sign = if t.neg {
        "-"
    } else if skip_re {
        sign_str(false, spec.sign)
    } else {
        "+"
    };
    text.push_str(&part(&t, im_sign)?);
    text.push('j');
    if bare && !skip_re {
        text.push(')');
    }
    let len = text.chars().count();
    pad(
        text,
        len,
        0,
        spec.fill_char(),
        spec.align_for(true),
        spec.width,
    )
}

/// Convenience: parse `spec` and format a str with it.
pub fn format_str_spec(s: &str, spec: &str, type_name: &str) -> Result<String, FmtError> {
    if spec.is_empty() {
        return Ok(s.to_string());
    }
    format_str(s, &FormatSpec::parse(spec, type_name)?, type_name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(x: f64, s: &str) -> String {
        let spec = FormatSpec::parse(s, "float").unwrap();
        format_float(x, &spec, "float").unwrap_or_else(|e| format!("!{}", e.msg))
    }

    fn i(x: i64, s: &str) -> String {
        let spec = FormatSpec::parse(s, "int").unwrap();
        format_int_i64(x, &spec, "int").unwrap_or_else(|e| format!("!{}", e.msg))
    }

    #[test]
    fn floats() {
        assert_eq!(f(123.0, ".3"), "1.23e+02");
        assert_eq!(f(12.0, ".3"), "12.0");
        assert_eq!(f(1e16, "#"), "1.e+16");
        assert_eq!(f(1234.5, "010,.1f"), "0,001,234.5");
        assert_eq!(f(f64::INFINITY, "=+010"), "+000000inf");
        assert_eq!(f(-0.4, "z.0f"), "0");
        assert_eq!(f(-0.0, "%"), "-0.000000%");
    }

    #[test]
    fn empty_spec_is_str() {
        let empty = FormatSpec::default();
        for x in [
            0.0,
            -0.0,
            1e16,
            1e-5,
            0.1,
            f64::NAN,
            f64::NEG_INFINITY,
            123.0,
        ] {
            assert_eq!(
                format_float(x, &empty, "float").unwrap(),
                crate::float_repr::repr(x)
            );
            for y in [0.0, -0.0, 2.5, f64::INFINITY] {
                assert_eq!(
                    format_complex(x, y, &empty, "complex").unwrap(),
                    crate::float_repr::complex_repr(x, y)
                );
            }
        }
        assert_eq!(
            format_int_i64(i64::MIN, &empty, "int").unwrap(),
            i64::MIN.to_string()
        );
        assert_eq!(format_str("héllo", &empty, "str").unwrap(), "héllo");
    }

    #[test]
    fn ints() {
        assert_eq!(i(1234, "08,"), "0,001,234");
        assert_eq!(i(-12345678, "#_x"), "-0xbc_614e");
        assert_eq!(i(65, "05c"), "0000A");
        assert_eq!(i(5, "%"), "500.000000%");
        assert_eq!(i(1, ",x"), "!Cannot specify ',' with 'x'.");
    }
}
