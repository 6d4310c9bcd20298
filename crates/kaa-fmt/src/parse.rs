//! Text to numbers and ints to text, as CPython 3.11's `int(str, base)`, `float(str)`,
//! `str(int)`, `bin()`, `oct()` and `hex()` do.
//!
//! `int(s, base)`: surrounding whitespace (ASCII " \t\n\x0b\x0c\r" and non-ASCII
//! `str.isspace()` characters) is ignored; an optional sign; a `0x`/`0o`/`0b` prefix (any
//! case) when the base is 16/8/2 or 0; single underscores between digits or right after the
//! prefix; decimal digits of any script; letters for digits 10..35; base 0 takes the base
//! from the prefix and forbids leading zeros in a non-zero decimal number ('010'). In bases
//! that are not powers of two, more than `sys.get_int_max_str_digits()` digits is an error.
//!
//! `float(s)`: whitespace as above, a sign, `inf`/`infinity`/`nan` in any case, or a decimal
//! with optional fraction and exponent, underscores only between digits; correctly rounded
//! (std's parser) and overflowing to ±inf, as CPython.

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::ToPrimitive;

use crate::unicode::{decimal_value, is_number_space};
use crate::FmtError;

/// A parsed int: `Small` whenever the value fits an `i64`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ParsedInt {
    Small(i64),
    Big(BigInt),
}

impl ParsedInt {
    /// The value as an `i64`, if it fits (always for `Small`, never for `Big`).
    pub fn to_i64(&self) -> Option<i64> {
        match self {
            ParsedInt::Small(v) => Some(*v),
            ParsedInt::Big(b) => b.to_i64(),
        }
    }

    /// The value as a `BigInt`.
    pub fn to_bigint(&self) -> BigInt {
        match self {
            ParsedInt::Small(v) => BigInt::from(*v),
            ParsedInt::Big(b) => b.clone(),
        }
    }
}

/// Why `int(s, base)` failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ParseIntError {
    /// The base is not 0 or 2..=36.
    InvalidBase,
    /// The text is not an int in that base.
    InvalidLiteral,
    /// More decimal digits than `limit` (`sys.get_int_max_str_digits()`).
    TooManyDigits { digits: usize, limit: usize },
}

impl ParseIntError {
    /// The Python exception for this error. `input_repr` is `repr()` of the argument (a str or
    /// bytes object); CPython cuts it to 200 characters.
    pub fn to_fmt_error(&self, base: u32, input_repr: &str) -> FmtError {
        match self {
            ParseIntError::InvalidBase => {
                FmtError::value("int() base must be >= 2 and <= 36, or 0")
            }
            ParseIntError::InvalidLiteral => {
                let shown = match input_repr.char_indices().nth(200) {
                    Some((i, _)) => &input_repr[..i],
                    None => input_repr,
                };
                FmtError::value(format!(
                    "invalid literal for int() with base {base}: {shown}"
                ))
            }
            ParseIntError::TooManyDigits { digits, limit } => FmtError::value(format!(
                "Exceeds the limit ({limit} digits) for integer string conversion: value has \
                 {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
            )),
        }
    }
}

/// `int(s, base)` for a str. `base` is 0 or 2..=36 (pass 1 for any other value to get
/// `InvalidBase`); `max_str_digits` is `sys.get_int_max_str_digits()` (0 = no limit).
pub fn parse_int(s: &str, base: u32, max_str_digits: usize) -> Result<ParsedInt, ParseIntError> {
    if s.is_ascii() {
        // ASCII text: the Unicode rules reduce to the ASCII ones.
        return parse_int_units(s.as_bytes(), |b| b as char, base, max_str_digits, false);
    }
    let chars: Vec<char> = s.chars().collect();
    parse_int_units(&chars, |c| c, base, max_str_digits, true)
}

/// `int(b, base)` for bytes or bytearray: ASCII only (no Unicode digits or spaces).
pub fn parse_int_bytes(
    b: &[u8],
    base: u32,
    max_str_digits: usize,
) -> Result<ParsedInt, ParseIntError> {
    // Bytes >= 0x80 map to a char that is neither a digit nor a space.
    let unit = |c: u8| if c < 0x80 { c as char } else { '\u{FFFF}' };
    parse_int_units(b, unit, base, max_str_digits, false)
}

fn is_space(c: char, unicode: bool) -> bool {
    if unicode {
        is_number_space(c)
    } else {
        matches!(c, ' ' | '\t' | '\n' | '\x0b' | '\x0c' | '\r')
    }
}

fn digit_value(c: char, unicode: bool) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        'a'..='z' => Some(c as u32 - 'a' as u32 + 10),
        'A'..='Z' => Some(c as u32 - 'A' as u32 + 10),
        _ if unicode => decimal_value(c),
        _ => None,
    }
}

/// The parser behind [`parse_int`] and [`parse_int_bytes`], over code units `T` read as
/// chars by `ch`.
fn parse_int_units<T: Copy>(
    units: &[T],
    ch: impl Fn(T) -> char,
    base: u32,
    max_digits: usize,
    unicode: bool,
) -> Result<ParsedInt, ParseIntError> {
    use ParseIntError::InvalidLiteral as Bad;
    if base != 0 && !(2..=36).contains(&base) {
        return Err(ParseIntError::InvalidBase);
    }
    let at = |i: usize| units.get(i).map(|&u| ch(u));
    let mut pos = 0;
    while at(pos).is_some_and(|c| is_space(c, unicode)) {
        pos += 1;
    }
    let mut neg = false;
    if let Some(s @ ('+' | '-')) = at(pos) {
        neg = s == '-';
        pos += 1;
    }
    let mut base = base;
    let mut prefixed = false;
    if at(pos) == Some('0') {
        let kind = match at(pos + 1) {
            Some('x' | 'X') => 16,
            Some('o' | 'O') => 8,
            Some('b' | 'B') => 2,
            _ => 0,
        };
        if kind != 0 && (base == 0 || base == kind) {
            base = kind;
            prefixed = true;
            pos += 2;
        }
    }
    let decimal_base0 = base == 0;
    if base == 0 {
        base = 10;
    }
    // Scan digits (an underscore must sit between two digits, or follow the prefix),
    // accumulating in a u64 while the value fits.
    let digits_start = pos;
    let mut count = 0usize;
    let mut first = 0u32;
    let mut nonzero = false;
    let mut acc: u64 = 0;
    let mut fits = true;
    let mut after_underscore = false;
    let mut prev_digit = prefixed;
    while let Some(c) = at(pos) {
        if c == '_' {
            if !prev_digit {
                return Err(Bad);
            }
            prev_digit = false;
            after_underscore = true;
            pos += 1;
            continue;
        }
        match digit_value(c, unicode) {
            Some(v) if v < base => {
                if count == 0 {
                    first = v;
                }
                count += 1;
                nonzero |= v != 0;
                if fits {
                    match acc
                        .checked_mul(u64::from(base))
                        .and_then(|a| a.checked_add(u64::from(v)))
                    {
                        Some(a) => acc = a,
                        None => fits = false,
                    }
                }
                prev_digit = true;
                after_underscore = false;
                pos += 1;
            }
            _ => break,
        }
    }
    let digits_end = pos;
    if after_underscore || count == 0 {
        return Err(Bad);
    }
    if max_digits > 0 && !base.is_power_of_two() && count > max_digits {
        return Err(ParseIntError::TooManyDigits {
            digits: count,
            limit: max_digits,
        });
    }
    if decimal_base0 && first == 0 && nonzero {
        return Err(Bad);
    }
    while at(pos).is_some_and(|c| is_space(c, unicode)) {
        pos += 1;
    }
    if pos != units.len() {
        return Err(Bad);
    }
    if fits {
        if !neg && acc <= i64::MAX as u64 {
            return Ok(ParsedInt::Small(acc as i64));
        }
        if neg && acc <= 1u64 << 63 {
            return Ok(ParsedInt::Small(0i64.wrapping_sub_unsigned(acc)));
        }
        let mag = BigInt::from(acc);
        return Ok(ParsedInt::Big(if neg { -mag } else { mag }));
    }
    // Too big for a u64: collect the digit values (validated above) and convert.
    let digits: Vec<u8> = (digits_start..digits_end)
        .filter_map(|i| at(i).and_then(|c| digit_value(c, unicode)))
        .map(|v| v as u8)
        .collect();
    // Digits are all < base <= 36, so from_radix_be cannot fail; the fallback is unreachable.
    let mag = BigUint::from_radix_be(&digits, base).unwrap_or_default();
    let sign = if neg { Sign::Minus } else { Sign::Plus };
    Ok(ParsedInt::Big(BigInt::from_biguint(sign, mag)))
}

/// `float(s)` for a str; `None` when CPython raises "could not convert string to float".
pub fn parse_float(s: &str) -> Option<f64> {
    let t = s.trim_matches(is_number_space);
    if t.is_ascii() {
        return parse_float_ascii(t);
    }
    let mut ascii = String::with_capacity(t.len());
    for ch in t.chars() {
        if ch.is_ascii() {
            ascii.push(ch);
        } else {
            ascii.push(char::from_digit(decimal_value(ch)?, 10)?);
        }
    }
    parse_float_ascii(&ascii)
}

/// `float(b)` for bytes or bytearray (ASCII only).
pub fn parse_float_bytes(b: &[u8]) -> Option<f64> {
    let s = std::str::from_utf8(b).ok().filter(|s| s.is_ascii())?;
    parse_float_ascii(s.trim_matches(|c| is_space(c, false)))
}

/// Validates CPython's float syntax (already stripped, ASCII) and converts it.
fn parse_float_ascii(s: &str) -> Option<f64> {
    let body = s.strip_prefix(['+', '-']).unwrap_or(s);
    let neg = s.starts_with('-');
    if body.eq_ignore_ascii_case("inf") || body.eq_ignore_ascii_case("infinity") {
        return Some(if neg {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        });
    }
    if body.eq_ignore_ascii_case("nan") {
        // CPython's float('-nan') is a NaN with the sign bit set.
        return Some(if neg { -f64::NAN } else { f64::NAN });
    }
    // [digits][.digits] with at least one digit, then an optional exponent.
    let b = body.as_bytes();
    let mut pos = 0;
    let int_digits = digit_run(b, &mut pos)?;
    let mut frac_digits = 0;
    if b.get(pos) == Some(&b'.') {
        pos += 1;
        frac_digits = digit_run(b, &mut pos)?;
    }
    if int_digits + frac_digits == 0 {
        return None;
    }
    if matches!(b.get(pos), Some(b'e' | b'E')) {
        pos += 1;
        if matches!(b.get(pos), Some(b'+' | b'-')) {
            pos += 1;
        }
        if digit_run(b, &mut pos)? == 0 {
            return None;
        }
    }
    if pos != b.len() {
        return None;
    }
    // std's parser accepts exactly this grammar (without underscores) and rounds correctly.
    if s.contains('_') {
        let clean: String = s.chars().filter(|&c| c != '_').collect();
        clean.parse::<f64>().ok()
    } else {
        s.parse::<f64>().ok()
    }
}

/// Skips a run of digits with single underscores between digits; returns the digit count,
/// or `None` if an underscore is misplaced.
fn digit_run(b: &[u8], pos: &mut usize) -> Option<usize> {
    let mut n = 0;
    while let Some(&c) = b.get(*pos) {
        if c.is_ascii_digit() {
            n += 1;
            *pos += 1;
        } else if c == b'_' {
            let next_is_digit = b.get(*pos + 1).is_some_and(u8::is_ascii_digit);
            if n == 0 || !next_is_digit {
                return None;
            }
            *pos += 1;
        } else {
            break;
        }
    }
    Some(n)
}

/// Decimal digits of a non-negative `n` (sign ignored), or CPython's `ValueError` when there
/// are more than `limit` of them (`limit` 0 = no limit).
pub(crate) fn decimal_digits_checked(n: &BigInt, limit: usize) -> Result<String, FmtError> {
    let mag = n.magnitude();
    if limit > 0 {
        // A number of b bits has at least floor((b-1)·log10 2) + 1 digits: refuse huge ones
        // before converting (the conversion is quadratic).
        let bits = mag.bits();
        let min_digits = (bits.saturating_sub(1) as f64 * std::f64::consts::LOG10_2) as u64 + 1;
        if min_digits > limit as u64 + 1 {
            return Err(crate::int_str_limit_error(limit));
        }
    }
    let s = mag.to_str_radix(10);
    if limit > 0 && s.len() > limit {
        return Err(crate::int_str_limit_error(limit));
    }
    Ok(s)
}

/// `str(n)` / `repr(n)` for an int, with the `sys.get_int_max_str_digits()` limit
/// (0 = none).
pub fn int_to_decimal(n: &BigInt, max_str_digits: usize) -> Result<String, FmtError> {
    let digits = decimal_digits_checked(n, max_str_digits)?;
    Ok(if n.sign() == Sign::Minus {
        format!("-{digits}")
    } else {
        digits
    })
}

/// `bin(n)`, `oct(n)`, `hex(n)` (`base` 2, 8 or 16; any other base gives plain digits in
/// that base, lower case, no prefix): `-0x1f`, `0b0`.
pub fn int_to_radix(n: &BigInt, base: u32) -> String {
    let digits = if (2..=36).contains(&base) {
        n.magnitude().to_str_radix(base)
    } else {
        n.magnitude().to_str_radix(10)
    };
    with_prefix(n.sign() == Sign::Minus, base, &digits)
}

/// [`int_to_radix`] for an `i64`.
pub fn int_to_radix_i64(n: i64, base: u32) -> String {
    let m = n.unsigned_abs();
    let digits = match base {
        2 => format!("{m:b}"),
        8 => format!("{m:o}"),
        16 => format!("{m:x}"),
        b if (2..=36).contains(&b) => BigUint::from(m).to_str_radix(b),
        _ => m.to_string(),
    };
    with_prefix(n < 0, base, &digits)
}

fn with_prefix(neg: bool, base: u32, digits: &str) -> String {
    let prefix = match base {
        2 => "0b",
        8 => "0o",
        16 => "0x",
        _ => "",
    };
    format!("{}{prefix}{digits}", if neg { "-" } else { "" })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pi(s: &str, base: u32) -> Option<String> {
        parse_int(s, base, 4300)
            .ok()
            .map(|p| p.to_bigint().to_string())
    }

    #[test]
    fn ints() {
        assert_eq!(pi(" -0x_1f ", 0).as_deref(), Some("-31"));
        assert_eq!(pi("0b11", 16).as_deref(), Some("2833"));
        assert_eq!(pi("010", 0), None);
        assert_eq!(pi("00_0", 0).as_deref(), Some("0"));
        assert_eq!(pi("1__0", 10), None);
        assert_eq!(pi("\u{0661}\u{0662}_3", 10).as_deref(), Some("123"));
        assert_eq!(
            pi("-9223372036854775808", 10).as_deref(),
            Some("-9223372036854775808")
        );
        assert_eq!(
            parse_int("-9223372036854775808", 10, 0),
            Ok(ParsedInt::Small(i64::MIN))
        );
        assert_eq!(parse_int("10", 37, 0), Err(ParseIntError::InvalidBase));
        assert!(matches!(
            parse_int(&"1".repeat(4301), 10, 4300),
            Err(ParseIntError::TooManyDigits {
                digits: 4301,
                limit: 4300
            })
        ));
    }

    #[test]
    fn floats() {
        assert_eq!(parse_float(" 1_000.5 "), Some(1000.5));
        assert_eq!(parse_float("-Infinity"), Some(f64::NEG_INFINITY));
        assert!(parse_float("nan").is_some_and(f64::is_nan));
        assert_eq!(parse_float("1_e5"), None);
        assert_eq!(parse_float("."), None);
        assert_eq!(parse_float("1e500"), Some(f64::INFINITY));
        assert_eq!(parse_float("\u{0661}.\u{0662}"), Some(1.2));
    }

    #[test]
    fn radix() {
        assert_eq!(int_to_radix_i64(-31, 16), "-0x1f");
        assert_eq!(int_to_radix_i64(0, 2), "0b0");
        assert_eq!(int_to_radix(&BigInt::from(-8), 8), "-0o10");
        assert_eq!(int_to_decimal(&BigInt::from(-12), 0).unwrap(), "-12");
    }
}
