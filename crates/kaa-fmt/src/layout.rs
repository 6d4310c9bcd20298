//! Shared machinery: decimal digits of a float and their layout, plus padding and digit
//! grouping, as CPython's float formatting (`repr`, `format`, `%`) lays them out.
//!
//! Digits come from two exact sources: `ryu` for the shortest round-trip digits (CPython's
//! `repr` mode), and std's `{:.*e}` / `{:.*}` formatting, which is correctly rounded
//! (round-half-even on the exact binary value, like CPython's dtoa) for a fixed number of
//! significant or fractional digits. Only the layout is ours: where the point goes, when to
//! switch to exponent notation, the `e+XX` exponent with at least two digits, trailing zeros.

use crate::FmtError;

/// Past this many digits after the point (or significant digits), every further digit of an
/// `f64`'s exact decimal expansion is a zero (the longest expansion, of 2**-1074, has 1074
/// fractional digits and 767 significant ones), so we append zeros ourselves.
const EXACT_DIGITS_CAP: usize = 1100;

/// Above this size an output is reserved with `try_reserve`, so that a huge width or
/// precision becomes a `MemoryError` instead of an abort.
const BIG_OUTPUT: usize = 1 << 20;

/// Decimal digits of a non-negative finite number: value = 0.d1d2d3... × 10^`decpt`.
pub(crate) struct Digits {
    /// ASCII digits, the first non-zero unless the value is zero (then "0" or "00..").
    pub digits: Vec<u8>,
    /// Position of the decimal point relative to the first digit.
    pub decpt: i32,
}

/// The shortest digits that round-trip to `x` (sign ignored; `x` finite), the digits of
/// `repr(x)`. Zero gives "0" with `decpt` 1.
pub(crate) fn shortest_digits(x: f64) -> Digits {
    if x == 0.0 {
        return Digits {
            digits: vec![b'0'],
            decpt: 1,
        };
    }
    let mut buf = ryu::Buffer::new();
    let mut d = parse_digits(buf.format_finite(x.abs()));
    // ryu writes integral values as "100.0": drop the zeros that are not significant.
    strip_zeros(&mut d.digits);
    d
}

/// Exactly `n` (>= 1) significant digits of `|x|`, correctly rounded (half-even on the exact
/// value). Zero gives `n` zeros with `decpt` 1.
pub(crate) fn sci_digits(x: f64, n: usize) -> Result<Digits, FmtError> {
    let n = n.max(1);
    let exact = n.min(EXACT_DIGITS_CAP);
    let text = format!("{:.*e}", exact - 1, x.abs());
    let mut d = parse_digits(&text);
    if x == 0.0 {
        d.digits = vec![b'0'; exact];
        d.decpt = 1;
    }
    d.digits.resize(exact, b'0');
    if n > BIG_OUTPUT {
        d.digits
            .try_reserve(n - d.digits.len())
            .map_err(|_| FmtError::memory())?;
    }
    d.digits.resize(n, b'0');
    Ok(d)
}

/// Parses text such as "1.5e300", "0.001", "123.0", "1e16", "2.50e-1" into digits and point
/// position, dropping leading and (unless the value is zero) keeping trailing zeros as given.
fn parse_digits(text: &str) -> Digits {
    let (mant, exp) = match text.find(['e', 'E']) {
        Some(i) => (&text[..i], text[i + 1..].parse::<i32>().unwrap_or(0)),
        None => (text, 0),
    };
    let point = mant.find('.').unwrap_or(mant.len()) as i32;
    let mut digits: Vec<u8> = mant.bytes().filter(u8::is_ascii_digit).collect();
    let leading = digits.iter().take_while(|&&b| b == b'0').count();
    if leading == digits.len() {
        // Zero: keep the count of digits (for fixed-count requests).
        let n = digits.len().max(1);
        return Digits {
            digits: vec![b'0'; n],
            decpt: 1,
        };
    }
    digits.drain(..leading);
    Digits {
        digits,
        decpt: point - leading as i32 + exp,
    }
}

/// How a finite float is turned into text (CPython's format codes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Mode {
    /// Shortest round-trip digits; exponent notation below 1e-4 and from 1e16 (`repr`).
    Repr,
    /// `e`: one digit, point, this many digits, exponent.
    Exp(usize),
    /// `f`: this many digits after the point.
    Fixed(usize),
    /// `g`: this many significant digits (0 counts as 1), exponent when the exponent is
    /// below -4 or at least the precision.
    General(usize),
}

/// Options of float layout, CPython's `Py_DTSF_*` flags.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Flags {
    /// `#`: always a decimal point; `g` keeps trailing zeros.
    pub alt: bool,
    /// Add ".0" to integral results in fixed notation (`repr`, `str`, format type none);
    /// with `General`, also switch to exponent notation one digit earlier.
    pub add_dot_0: bool,
    /// `E`, `F`, `G`: upper-case exponent letter, "INF", "NAN".
    pub upper: bool,
}

/// A float's text split for the number layout: sign, integer digits (the part that may be
/// grouped and zero-padded), and the rest (point, fraction, exponent; or "inf"/"nan").
pub(crate) struct FloatText {
    /// The number is negative (never for NaN); `-0.0` is negative.
    pub neg: bool,
    pub int_part: String,
    pub rest: String,
    pub finite: bool,
}

impl FloatText {
    /// Whether every digit shown is zero (for the `z` option: negative zero after rounding).
    pub fn is_zero_text(&self) -> bool {
        self.finite
            && self.int_part.bytes().all(|b| b == b'0')
            && self
                .rest
                .bytes()
                .take_while(|&b| b != b'e' && b != b'E')
                .all(|b| !(b'1'..=b'9').contains(&b))
    }
}

/// Lays out `x` (any float) in `mode`. The sign is reported in `neg`, not written. Fails
/// only when a huge precision cannot be allocated.
pub(crate) fn float_text(x: f64, mode: Mode, flags: Flags) -> Result<FloatText, FmtError> {
    if !x.is_finite() {
        let word = match (x.is_nan(), flags.upper) {
            (true, false) => "nan",
            (true, true) => "NAN",
            (false, false) => "inf",
            (false, true) => "INF",
        };
        let neg = !x.is_nan() && x < 0.0;
        return Ok(FloatText {
            neg,
            int_part: String::new(),
            rest: word.to_string(),
            finite: false,
        });
    }
    let neg = x.is_sign_negative();
    let (int_part, rest) = match mode {
        Mode::Fixed(p) => fixed_text(x, p, flags.alt)?,
        Mode::Exp(p) => {
            let d = sci_digits(x, p.saturating_add(1))?;
            sci_layout(&d.digits, d.decpt - 1, flags.alt, flags.upper)
        }
        Mode::General(p) => {
            let p = p.max(1);
            let mut d = sci_digits(x, p)?;
            let exp = d.decpt - 1;
            let limit = if flags.add_dot_0 {
                p as i64 - 1
            } else {
                p as i64
            };
            if !flags.alt {
                strip_zeros(&mut d.digits);
            }
            if exp < -4 || i64::from(exp) >= limit {
                sci_layout(&d.digits, exp, flags.alt, flags.upper)
            } else {
                fixed_layout(&d.digits, d.decpt, flags)
            }
        }
        Mode::Repr => {
            let d = shortest_digits(x);
            let exp = d.decpt - 1;
            if !(-4..16).contains(&exp) {
                sci_layout(&d.digits, exp, flags.alt, flags.upper)
            } else {
                fixed_layout(&d.digits, d.decpt, flags)
            }
        }
    };
    Ok(FloatText {
        neg,
        int_part,
        rest,
        finite: true,
    })
}

/// Removes trailing zeros, keeping at least one digit.
fn strip_zeros(digits: &mut Vec<u8>) {
    while digits.len() > 1 && digits.last() == Some(&b'0') {
        digits.pop();
    }
}

/// `f` formatting of `|x|` with `p` fractional digits, split at the point.
fn fixed_text(x: f64, p: usize, alt: bool) -> Result<(String, String), FmtError> {
    let exact = p.min(EXACT_DIGITS_CAP);
    let text = format!("{:.*}", exact, x.abs());
    let (int_part, frac) = match text.split_once('.') {
        Some((i, f)) => (i.to_string(), f),
        None => (text.clone(), ""),
    };
    let mut rest = String::new();
    if p > 0 || alt {
        reserve(&mut rest, p.saturating_add(1))?;
        rest.push('.');
        rest.push_str(frac);
        rest.extend(std::iter::repeat_n('0', p - exact));
    }
    Ok((int_part, rest))
}

/// Fixed notation from significant digits with the point after `decpt` digits.
fn fixed_layout(digits: &[u8], decpt: i32, flags: Flags) -> (String, String) {
    let n = digits.len() as i32;
    let as_str = |b: &[u8]| b.iter().map(|&c| c as char).collect::<String>();
    if decpt <= 0 {
        let mut rest = String::from(".");
        rest.extend(std::iter::repeat_n('0', (-decpt) as usize));
        rest.push_str(&as_str(digits));
        return ("0".to_string(), rest);
    }
    if decpt >= n {
        let mut int_part = as_str(digits);
        int_part.extend(std::iter::repeat_n('0', (decpt - n) as usize));
        let rest = if flags.add_dot_0 {
            ".0"
        } else if flags.alt {
            "."
        } else {
            ""
        };
        return (int_part, rest.to_string());
    }
    let (a, b) = digits.split_at(decpt as usize);
    (as_str(a), format!(".{}", as_str(b)))
}

/// Exponent notation: d[.ddd]e±XX.
fn sci_layout(digits: &[u8], exp: i32, alt: bool, upper: bool) -> (String, String) {
    let int_part = (digits.first().copied().unwrap_or(b'0') as char).to_string();
    let mut rest = String::new();
    if digits.len() > 1 || alt {
        rest.push('.');
    }
    rest.extend(digits.iter().skip(1).map(|&c| c as char));
    rest.push(if upper { 'E' } else { 'e' });
    rest.push(if exp < 0 { '-' } else { '+' });
    let e = exp.unsigned_abs();
    if e < 10 {
        rest.push('0');
    }
    rest.push_str(&e.to_string());
    (int_part, rest)
}

/// Text alignment inside a field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    /// `<`
    Left,
    /// `>`
    Right,
    /// `^` (the left side gets the smaller half of the padding)
    Center,
    /// `=`: padding between the sign (and `0x` prefix) and the digits.
    AfterSign,
}

/// A string of `n` copies of `c`, or a `MemoryError` if it cannot be allocated.
pub(crate) fn repeat_char(c: char, n: usize) -> Result<String, FmtError> {
    let mut s = String::new();
    reserve(&mut s, n.saturating_mul(c.len_utf8()))?;
    s.extend(std::iter::repeat_n(c, n));
    Ok(s)
}

/// Reserves room, turning a failed huge allocation into `MemoryError`.
pub(crate) fn reserve(s: &mut String, extra: usize) -> Result<(), FmtError> {
    if extra > BIG_OUTPUT {
        s.try_reserve(extra).map_err(|_| FmtError::memory())
    } else {
        s.reserve(extra);
        Ok(())
    }
}

/// Pads `text` (of `len` characters) to `width` with `fill` per `align`; `AfterSign` pads
/// after the first `lead` characters (which must be ASCII).
pub(crate) fn pad(
    text: &str,
    len: usize,
    lead: usize,
    fill: char,
    align: Align,
    width: usize,
) -> Result<String, FmtError> {
    if len >= width {
        return Ok(text.to_string());
    }
    let pad = width - len;
    let mut out = String::new();
    reserve(
        &mut out,
        text.len()
            .saturating_add(pad.saturating_mul(fill.len_utf8())),
    )?;
    let fills = |out: &mut String, n: usize| out.extend(std::iter::repeat_n(fill, n));
    match align {
        Align::Left => {
            out.push_str(text);
            fills(&mut out, pad);
        }
        Align::Right => {
            fills(&mut out, pad);
            out.push_str(text);
        }
        Align::Center => {
            fills(&mut out, pad / 2);
            out.push_str(text);
            fills(&mut out, pad - pad / 2);
        }
        Align::AfterSign => {
            let lead = lead.min(text.len());
            out.push_str(&text[..lead]);
            fills(&mut out, pad);
            out.push_str(&text[lead..]);
        }
    }
    Ok(out)
}

/// Inserts `sep` every `every` digits from the right of `digits` (ASCII), adding leading zeros
/// until the result has at least `min_width` characters; the result never starts with a
/// separator (a zero is put before it instead), as CPython's zero-padded grouping does.
pub(crate) fn group_digits(
    digits: &str,
    sep: char,
    every: usize,
    min_width: usize,
) -> Result<String, FmtError> {
    let every = every.max(1);
    let d = digits.as_bytes();
    let mut rev: Vec<u8> = Vec::new();
    let target = min_width.max(d.len());
    if target > BIG_OUTPUT {
        rev.try_reserve(target.saturating_add(target / every))
            .map_err(|_| FmtError::memory())?;
    }
    let mut count = 0usize;
    let mut out_len = 0usize;
    loop {
        let have_digit = count < d.len();
        if !have_digit && out_len >= min_width {
            break;
        }
        if count > 0 && count.is_multiple_of(every) {
            rev.push(0); // placeholder for the separator
            out_len += 1;
        }
        rev.push(if have_digit {
            d[d.len() - 1 - count]
        } else {
            b'0'
        });
        out_len += 1;
        count += 1;
    }
    Ok(rev
        .iter()
        .rev()
        .map(|&b| if b == 0 { sep } else { b as char })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_parse() {
        let d = shortest_digits(0.001);
        assert_eq!((d.digits.as_slice(), d.decpt), (&b"1"[..], -2));
        let d = shortest_digits(1e16);
        assert_eq!((d.digits.as_slice(), d.decpt), (&b"1"[..], 17));
        let d = shortest_digits(0.0);
        assert_eq!((d.digits.as_slice(), d.decpt), (&b"0"[..], 1));
        let d = sci_digits(2.5, 1).unwrap();
        assert_eq!((d.digits.as_slice(), d.decpt), (&b"2"[..], 1));
        let d = sci_digits(0.0, 3).unwrap();
        assert_eq!((d.digits.as_slice(), d.decpt), (&b"000"[..], 1));
    }

    #[test]
    fn grouping() {
        assert_eq!(group_digits("1234567", ',', 3, 0).unwrap(), "1,234,567");
        assert_eq!(group_digits("123", ',', 3, 4).unwrap(), "0,123");
        assert_eq!(group_digits("1234", ',', 3, 8).unwrap(), "0,001,234");
        assert_eq!(group_digits("0", ',', 3, 0).unwrap(), "0");
    }
}
