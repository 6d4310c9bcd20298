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

/// 10**0 ..= 10**38 (all that fit a u128).
const POW10: [u128; 39] = {
    let mut t = [1u128; 39];
    let mut i = 1;
    while i < 39 {
        t[i] = t[i - 1] * 10;
        i += 1;
    }
    t
};

/// `|x|` = m · 2**e with an integer m (finite x).
fn decompose(x: f64) -> (u64, i32) {
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1u64 << 52) - 1);
    if biased == 0 {
        (frac, -1074)
    } else {
        (frac | 1 << 52, biased - 1075)
    }
}

/// round_half_even(m · 2**e · 10**t), computed exactly in u128 arithmetic; `None` when an
/// intermediate would not fit (the caller then uses std's exact formatting).
fn scaled_round(m: u64, e: i32, t: i32) -> Option<u128> {
    let mut num = u128::from(m);
    let mut den: u128 = 1;
    let t_abs = t.unsigned_abs() as usize;
    if t >= 0 {
        num = num.checked_mul(*POW10.get(t_abs)?)?;
    } else {
        den = *POW10.get(t_abs)?;
    }
    let s = e.unsigned_abs();
    if e >= 0 {
        if s >= 128 || num.leading_zeros() < s {
            return None;
        }
        num <<= s;
    } else {
        if s >= 128 || den.leading_zeros() < s + 1 {
            return None;
        }
        den <<= s;
    }
    let (q, r) = if den.is_power_of_two() {
        (num >> den.trailing_zeros(), num & (den - 1))
    } else {
        (num / den, num % den)
    };
    let rest = den - r; // r < den
    let up = r > rest || (r == rest && q & 1 == 1);
    q.checked_add(u128::from(up))
}

/// Fast exact path of [`sci_digits`] for up to 17 digits of moderate numbers.
fn fast_sci_digits(x: f64, n: usize) -> Option<Digits> {
    if n > 17 || x == 0.0 {
        return None;
    }
    let (m, e) = decompose(x);
    // Estimate of floor(log10 |x|); corrected below if it is off by one.
    let mut k = x.abs().log10().floor() as i32;
    for _ in 0..3 {
        let t = n as i32 - 1 - k;
        let q = scaled_round(m, e, t)?;
        if q == POW10[n] {
            // Rounded up to the next power of ten.
            let mut digits = vec![b'0'; n];
            digits[0] = b'1';
            return Some(Digits {
                digits,
                decpt: k + 2,
            });
        }
        if q > POW10[n] {
            k += 1;
        } else if q < POW10[n - 1] {
            k -= 1;
        } else if q == POW10[n - 1] {
            // Either |x| really starts at 10**k, or k is one too big and the value rounded
            // up to 10**(n-1): one more digit tells them apart.
            let q2 = scaled_round(m, e, t + 1)?;
            if q2 < POW10[n] {
                return Some(Digits {
                    digits: q2.to_string().into_bytes(),
                    decpt: k,
                });
            }
            return Some(Digits {
                digits: q.to_string().into_bytes(),
                decpt: k + 1,
            });
        } else {
            let digits = q.to_string().into_bytes();
            return Some(Digits {
                digits,
                decpt: k + 1,
            });
        }
    }
    None
}

/// Exactly `n` (>= 1) significant digits of `|x|`, correctly rounded (half-even on the exact
/// value). Zero gives `n` zeros with `decpt` 1.
pub(crate) fn sci_digits(x: f64, n: usize) -> Result<Digits, FmtError> {
    let n = n.max(1);
    if let Some(d) = fast_sci_digits(x, n) {
        return Ok(d);
    }
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

/// A float's text for the number layout: the integer digits (the part that may be grouped
/// and zero-padded) followed by the rest (point, fraction, exponent; or "inf"/"nan"), all
/// ASCII, in one string; the sign is apart.
pub(crate) struct FloatText {
    /// The number is negative (never for NaN); `-0.0` is negative.
    pub neg: bool,
    pub text: String,
    /// Length of the integer digits at the start of `text`.
    pub int_len: usize,
    pub finite: bool,
}

impl FloatText {
    /// The integer digits.
    pub fn int_part(&self) -> &str {
        &self.text[..self.int_len]
    }

    /// Everything after the integer digits.
    pub fn rest(&self) -> &str {
        &self.text[self.int_len..]
    }

    /// Whether every digit shown is zero (for the `z` option: negative zero after rounding).
    pub fn is_zero_text(&self) -> bool {
        self.finite
            && self
                .text
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
            text: word.to_string(),
            int_len: 0,
            finite: false,
        });
    }
    let neg = x.is_sign_negative();
    let (text, int_len) = match mode {
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
        text,
        int_len,
        finite: true,
    })
}

/// Removes trailing zeros, keeping at least one digit.
fn strip_zeros(digits: &mut Vec<u8>) {
    while digits.len() > 1 && digits.last() == Some(&b'0') {
        digits.pop();
    }
}

/// Appends the decimal digits of `q`, zero-padded on the left to at least `min_len` (<= 39).
fn push_u128(out: &mut String, q: u128, min_len: usize) {
    let mut buf = [b'0'; 40];
    let mut i = buf.len();
    let mut q = q;
    while q > u128::from(u64::MAX) {
        // One u128 division splits off 19 digits; the rest is u64 work.
        let p19 = POW10[19];
        let mut lo = (q % p19) as u64;
        q /= p19;
        for _ in 0..19 {
            i -= 1;
            buf[i] = b'0' + (lo % 10) as u8;
            lo /= 10;
        }
    }
    let mut lo = q as u64;
    loop {
        i -= 1;
        buf[i] = b'0' + (lo % 10) as u8;
        lo /= 10;
        if lo == 0 {
            break;
        }
    }
    let start = i.min(buf.len().saturating_sub(min_len));
    out.push_str(ascii(&buf[start..]));
}

/// Views ASCII digits as text (they are always valid UTF-8; the fallback is unreachable).
fn ascii(b: &[u8]) -> &str {
    std::str::from_utf8(b).unwrap_or("")
}

/// `f` formatting of `|x|` with `p` fractional digits; returns the text and the length of
/// its integer part.
fn fixed_text(x: f64, p: usize, alt: bool) -> Result<(String, usize), FmtError> {
    let exact = p.min(EXACT_DIGITS_CAP);
    let mut text = String::new();
    reserve(&mut text, p.saturating_add(24))?;
    let (m, e) = decompose(x);
    // Exact in u128 for moderate values: q = round(|x| · 10**exact).
    let fast = if exact <= 38 {
        scaled_round(m, e, exact as i32)
    } else {
        None
    };
    if let Some(q) = fast {
        push_u128(&mut text, q, exact + 1);
        let int_len = text.len() - exact;
        if exact > 0 || alt {
            text.insert(int_len, '.');
        }
        text.extend(std::iter::repeat_n('0', p - exact));
        return Ok((text, int_len));
    }
    use std::fmt::Write;
    // Writing to a String cannot fail.
    let _ = write!(text, "{:.*}", exact, x.abs());
    let int_len = text.find('.').unwrap_or(text.len());
    if exact == 0 && alt {
        text.push('.');
    }
    text.extend(std::iter::repeat_n('0', p - exact));
    Ok((text, int_len))
}

/// Fixed notation from significant digits with the point after `decpt` digits.
fn fixed_layout(digits: &[u8], decpt: i32, flags: Flags) -> (String, usize) {
    let n = digits.len() as i32;
    let mut out = String::with_capacity(digits.len() + decpt.unsigned_abs() as usize + 3);
    let push = |out: &mut String, b: &[u8]| out.push_str(ascii(b));
    if decpt <= 0 {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', (-decpt) as usize));
        push(&mut out, digits);
        return (out, 1);
    }
    if decpt >= n {
        push(&mut out, digits);
        out.extend(std::iter::repeat_n('0', (decpt - n) as usize));
        let int_len = out.len();
        if flags.add_dot_0 {
            out.push_str(".0");
        } else if flags.alt {
            out.push('.');
        }
        return (out, int_len);
    }
    let (a, b) = digits.split_at(decpt as usize);
    push(&mut out, a);
    out.push('.');
    push(&mut out, b);
    (out, a.len())
}

/// Exponent notation: d[.ddd]e±XX.
fn sci_layout(digits: &[u8], exp: i32, alt: bool, upper: bool) -> (String, usize) {
    let mut out = String::with_capacity(digits.len() + 8);
    out.push(digits.first().copied().unwrap_or(b'0') as char);
    if digits.len() > 1 || alt {
        out.push('.');
    }
    out.push_str(ascii(digits.get(1..).unwrap_or(&[])));
    out.push(if upper { 'E' } else { 'e' });
    out.push(if exp < 0 { '-' } else { '+' });
    let e = exp.unsigned_abs();
    if e < 10 {
        out.push('0');
    }
    push_u128(&mut out, u128::from(e), 1);
    (out, 1)
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
    text: String,
    len: usize,
    lead: usize,
    fill: char,
    align: Align,
    width: usize,
) -> Result<String, FmtError> {
    if len >= width {
        return Ok(text);
    }
    let text = text.as_str();
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

    /// The u128 fast paths against std's exact formatting (itself checked against CPython by
    /// the tables): random bit patterns, ties (multiples of powers of two), values next to
    /// powers of ten.
    #[test]
    fn fast_paths_match_std() {
        let mut state = 0x1234_5678_9abc_def0u64;
        let mut rnd = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let mut values = Vec::new();
        for _ in 0..200_000 {
            let r = rnd();
            let x = match r % 4 {
                0 => f64::from_bits(rnd()),
                1 => (rnd() % 1_000_000) as f64 / (1u64 << (rnd() % 20)) as f64,
                2 => {
                    let p = 10f64.powi((rnd() % 60) as i32 - 30);
                    if r & 4 == 0 {
                        p.next_up()
                    } else {
                        p.next_down()
                    }
                }
                _ => (rnd() % 100_000) as f64 * 10f64.powi((rnd() % 40) as i32 - 20),
            };
            if x.is_finite() {
                values.push(x.abs());
            }
        }
        for (i, &x) in values.iter().enumerate() {
            let p = i % 18;
            let (got, int_len) = fixed_text(x, p, false).unwrap();
            let want = format!("{:.*}", p, x);
            assert_eq!(got, want, "fixed {x:e} .{p}");
            assert_eq!(int_len, want.find('.').unwrap_or(want.len()));
            let n = 1 + i % 17;
            if let Some(d) = fast_sci_digits(x, n) {
                let want = format!("{:.*e}", n - 1, x);
                let (mant, exp) = want.split_once('e').unwrap();
                let digits: String = mant.chars().filter(|c| *c != '.').collect();
                assert_eq!(
                    String::from_utf8(d.digits).unwrap(),
                    digits,
                    "sci {x:e} {n}"
                );
                assert_eq!(
                    d.decpt - 1,
                    exp.parse::<i32>().unwrap(),
                    "sci exp {x:e} {n}"
                );
            }
        }
    }

    #[test]
    fn grouping() {
        assert_eq!(group_digits("1234567", ',', 3, 0).unwrap(), "1,234,567");
        assert_eq!(group_digits("123", ',', 3, 4).unwrap(), "0,123");
        assert_eq!(group_digits("1234", ',', 3, 8).unwrap(), "0,001,234");
        assert_eq!(group_digits("0", ',', 3, 0).unwrap(), "0");
    }
}
