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

use num_bigint::BigUint;

use crate::convert::nearest_f64;
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
    // value = D · 2**e2 where D is the digit string as an integer (digits are < 16, so
    // from_radix_be cannot fail).
    let e2 = exp.saturating_sub(frac_len.saturating_mul(4));
    let d = BigUint::from_radix_be(&digits, 16).unwrap_or_default();
    match nearest_f64(&d, e2, false) {
        Some(v) => Ok(signed(v)),
        None => Err(too_large()),
    }
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
