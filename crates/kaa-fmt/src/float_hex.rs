//! `float.hex()` and `float.fromhex()` as CPython 3.11.
//!
//! `hex`: `[-]0x1.<13 hex digits>p<exp>` for normal numbers, `[-]0x0.<13 digits>p-1022` for
//! subnormals, `[-]0x0.0p+0` for zeros, `inf`, `-inf`, `nan`.
//!
//! `fromhex`: optional ASCII whitespace, sign, optional `0x`, hex digits with an optional
//! point (at least one digit), optional `p[sign]decimal` exponent; or `inf`, `infinity`,
//! `nan` in any case. Correctly rounded (half to even), including into the subnormal range;
//! `OverflowError("hexadecimal value too large to represent as a float")` when too large,
//! `ValueError("invalid hexadecimal floating-point string")` on bad syntax.

use crate::FmtError;

/// `x.hex()`.
pub fn float_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".to_string();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.to_string();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1u64 << 52) - 1);
    let (lead, exp) = if biased == 0 {
        (0, -1022)
    } else {
        (1, biased - 1023)
    };
    let exp_sign = if exp < 0 { "-" } else { "+" };
    format!(
        "{sign}0x{lead}.{frac:013x}p{exp_sign}{}",
        exp.unsigned_abs()
    )
}

fn invalid() -> FmtError {
    FmtError::value("invalid hexadecimal floating-point string")
}

fn too_large() -> FmtError {
    FmtError::overflow("hexadecimal value too large to represent as a float")
}

/// 2**k as a float, for -1022 <= k <= 1023.
fn pow2(k: i64) -> f64 {
    f64::from_bits(((k + 1023) as u64) << 52)
}

/// `float.fromhex(s)`.
pub fn float_fromhex(s: &str) -> Result<f64, FmtError> {
    let t = s.trim_matches([' ', '\t', '\n', '\x0b', '\x0c', '\r']);
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = body.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Ok(if neg {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        });
    }
    if lower == "nan" {
        return Ok(if neg { -f64::NAN } else { f64::NAN });
    }
    let b = lower.as_bytes();
    let mut pos = if b.starts_with(b"0x") { 2 } else { 0 };
    // Significant hex digits (leading zeros dropped) and the count of fraction digits kept.
    let mut digits: Vec<u8> = Vec::new();
    let mut frac_len: i64 = 0;
    let mut any = false;
    let mut seen_point = false;
    while let Some(&c) = b.get(pos) {
        if c == b'.' && !seen_point {
            seen_point = true;
        } else if let Some(v) = (c as char).to_digit(16) {
            any = true;
            if !(digits.is_empty() && v == 0) {
                digits.push(v as u8);
            }
            if seen_point {
                frac_len += 1;
            }
        } else {
            break;
        }
        pos += 1;
    }
    if !any {
        return Err(invalid());
    }
    let mut exp: i64 = 0;
    if b.get(pos) == Some(&b'p') {
        pos += 1;
        let eneg = match b.get(pos) {
            Some(b'-') => {
                pos += 1;
                true
            }
            Some(b'+') => {
                pos += 1;
                false
            }
            _ => false,
        };
        let start = pos;
        while let Some(&c) = b.get(pos).filter(|c| c.is_ascii_digit()) {
            // Saturate: beyond ±10**12 the result is 0 or an overflow either way.
            exp = (exp * 10 + i64::from(c - b'0')).min(1_000_000_000_000);
            pos += 1;
        }
        if pos == start {
            return Err(invalid());
        }
        if eneg {
            exp = -exp;
        }
    }
    if pos != b.len() {
        return Err(invalid());
    }
    let signed = |m: f64| if neg { -m } else { m };
    if digits.is_empty() {
        return Ok(signed(0.0));
    }
    // value = D · 2**e2 where D is the digit string as an integer.
    let e2 = exp.saturating_sub(frac_len.saturating_mul(4));
    // The leading digit (non-zero, < 16) has 8 - leading_zeros significant bits as a u8.
    let nbits = (digits.len() as i64 - 1) * 4 + 8 - i64::from(digits[0].leading_zeros());
    let top = e2.saturating_add(nbits - 1); // exponent of the leading bit
    if top >= 1024 {
        return Err(too_large());
    }
    // Bits to keep: 53, fewer in the subnormal range (lowest kept bit is 2**-1074).
    let keep = if top >= -1022 { 53 } else { 53 - (-1022 - top) };
    let shift = nbits - keep; // low bits of D to round away
    let bit = |i: i64| -> bool {
        // Bit i (from the least significant) of D.
        if i < 0 || i >= nbits {
            return false;
        }
        let from_end = (i / 4) as usize;
        let d = digits[digits.len() - 1 - from_end];
        (d >> (i % 4)) & 1 == 1
    };
    let mut q: u64 = 0;
    for i in (shift.max(0)..nbits).rev() {
        q = q << 1 | u64::from(bit(i));
    }
    if shift > 0 {
        let half = bit(shift - 1);
        let sticky = (0..(shift - 1).min(nbits)).any(bit);
        if half && (sticky || q & 1 == 1) {
            q += 1;
        }
    }
    if q == 0 {
        return Ok(signed(0.0));
    }
    // value = q · 2**scale with q < 2**54 (exact as a float) and -1074 <= scale <= 971 (the
    // lowest kept bit is at least 2**-1074, the highest below 2**1024): the product is exact
    // unless it overflows.
    let scale = e2 + shift.max(0);
    let m = q as f64;
    let v = if scale < -1022 {
        m * pow2(scale + 600) * pow2(-600)
    } else {
        m * pow2(scale)
    };
    if v.is_infinite() {
        return Err(too_large());
    }
    Ok(signed(v))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_roundtrip() {
        assert_eq!(float_hex(1.0), "0x1.0000000000000p+0");
        assert_eq!(float_hex(5e-324), "0x0.0000000000001p-1022");
        assert_eq!(float_hex(-0.0), "-0x0.0p+0");
        assert_eq!(float_fromhex("0x1.8p-1075").unwrap(), 5e-324);
        assert_eq!(float_fromhex("1p-1075").unwrap(), 0.0);
        assert_eq!(float_fromhex("ff.8").unwrap(), 255.5);
        assert!(float_fromhex("0x1.fffffffffffff8p1023").is_err());
        assert_eq!(float_fromhex("0x1.fffffffffffff7p1023").unwrap(), f64::MAX);
        assert!(float_fromhex("0x1_0").is_err());
    }
}
