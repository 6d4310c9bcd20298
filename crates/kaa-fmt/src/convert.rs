//! Exact conversions between ints and floats with CPython 3.11's rounding and errors:
//! `float(int)` rounds half-to-even and raises `OverflowError("int too large to convert to
//! float")`; `int(float)` truncates toward zero and raises `OverflowError("cannot convert float
//! infinity to integer")` or `ValueError("cannot convert float NaN to integer")`; `a / b` of
//! two ints is the correctly rounded quotient (also for huge operands and subnormal results);
//! `float.as_integer_ratio()` gives the reduced exact fraction.

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{ToPrimitive, Zero};

use crate::FmtError;

/// `float(n)`: the nearest float, ties to even; an `OverflowError` if it is out of range.
pub fn int_to_f64(n: &BigInt) -> Result<f64, FmtError> {
    let mag = n.magnitude();
    let bits = mag.bits();
    let abs = if bits <= 64 {
        // u64 -> f64 `as` rounds to nearest, ties to even.
        mag.to_u64().map(|m| m as f64).unwrap_or(0.0)
    } else {
        // Keep the top 64 bits and fold every lower bit into a sticky bit: a 64-bit integer
        // has 11 bits below a double's precision, so the sticky bit decides ties exactly as
        // the full value would.
        let shift = bits - 64;
        let top = (mag >> shift).to_u64().unwrap_or(u64::MAX);
        let sticky = mag.trailing_zeros().is_some_and(|tz| tz < shift);
        let m = (top | u64::from(sticky)) as f64;
        if shift > 1100 {
            f64::INFINITY
        } else {
            // Multiplying by a power of two is exact unless it overflows.
            m * 2f64.powi(shift as i32)
        }
    };
    if abs.is_infinite() {
        return Err(FmtError::overflow("int too large to convert to float"));
    }
    Ok(if n.sign() == Sign::Minus { -abs } else { abs })
}

/// `int(x)`: truncates toward zero.
pub fn f64_to_bigint(x: f64) -> Result<BigInt, FmtError> {
    if x.is_nan() {
        return Err(FmtError::value("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(FmtError::overflow(
            "cannot convert float infinity to integer",
        ));
    }
    let t = x.trunc();
    if t.abs() < 9.2e18 {
        // |t| < 2**63 and integral: the cast is exact.
        return Ok(BigInt::from(t as i64));
    }
    let bits = t.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1075;
    let mant = (bits & ((1u64 << 52) - 1)) | (1u64 << 52);
    // |t| >= 2**63 here, so exp > 0 and the value is mant * 2**exp.
    let mag = BigInt::from(mant) << (exp.max(0) as usize);
    Ok(if t < 0.0 { -mag } else { mag })
}

/// `int(x)` when it fits an `i64` (`None` for NaN, infinities and out-of-range values).
pub fn f64_to_i64(x: f64) -> Option<i64> {
    let t = x.trunc();
    // -2**63 is an i64; 2**63 is not. NaN is in no range.
    const TWO_63: f64 = 9_223_372_036_854_775_808.0;
    (-TWO_63..TWO_63).contains(&t).then_some(t as i64)
}

/// 2**k as a float, for -1022 <= k <= 1023.
fn pow2(k: i64) -> f64 {
    f64::from_bits(((k.clamp(-1022, 1023) + 1023) as u64) << 52)
}

/// The float nearest to (m + δ)·2**e, ties to even, where 0 < δ < 1 when `sticky` (bits
/// below m's last that are not all zero) and δ = 0 otherwise; `None` if it overflows.
/// With `sticky`, m must have at least 55 bits so that δ lies below the rounding position.
pub(crate) fn nearest_f64(m: &BigUint, e: i64, sticky: bool) -> Option<f64> {
    if m.is_zero() {
        return Some(0.0);
    }
    let nbits = m.bits() as i64;
    let top = e.saturating_add(nbits - 1); // exponent of the leading bit
    if top >= 1024 {
        return None;
    }
    // Bits to keep: 53, fewer in the subnormal range, whose last bit is 2**-1074.
    let keep = if top >= -1022 {
        53
    } else {
        53i64.saturating_sub(-1022 - top)
    };
    let shift = nbits.saturating_sub(keep);
    let bit = |i: i64| i >= 0 && u64::try_from(i).is_ok_and(|i| m.bit(i));
    let mut q: u64 = if shift <= 0 {
        // m has at most 53 bits here.
        m.to_u64().unwrap_or(0)
    } else if shift >= nbits {
        0
    } else {
        (m >> (shift as u64)).to_u64().unwrap_or(0)
    };
    if shift > 0 {
        let half = bit(shift - 1);
        let rest = sticky || m.trailing_zeros().is_some_and(|tz| (tz as i64) < shift - 1);
        if half && (rest || q & 1 == 1) {
            q += 1;
        }
    }
    if q == 0 {
        return Some(0.0);
    }
    // value = q·2**scale with q <= 2**53 and -1074 <= scale <= 971: exact unless it overflows.
    let scale = e.saturating_add(shift.max(0));
    let v = if scale < -1022 {
        q as f64 * pow2(scale + 600) * pow2(-600)
    } else {
        q as f64 * pow2(scale)
    };
    v.is_finite().then_some(v)
}

/// `a / b` for ints: the correctly rounded quotient. `ZeroDivisionError("division by zero")`,
/// or `OverflowError("integer division result too large for a float")`.
pub fn int_true_divide(a: &BigInt, b: &BigInt) -> Result<f64, FmtError> {
    if b.is_zero() {
        return Err(FmtError {
            kind: crate::ErrKind::ZeroDivisionError,
            msg: "division by zero".to_string(),
        });
    }
    let neg = (a.sign() == Sign::Minus) != (b.sign() == Sign::Minus);
    let (ma, mb) = (a.magnitude(), b.magnitude());
    let mag = if ma.bits() <= 53 && mb.bits() <= 53 {
        // Both exact as floats: IEEE division rounds correctly.
        ma.to_u64().unwrap_or(0) as f64 / mb.to_u64().unwrap_or(1) as f64
    } else {
        // Scale so the integer quotient has 56 or 57 bits, then round once.
        let s = 56 - (ma.bits() as i64 - mb.bits() as i64);
        let (num, den) = if s >= 0 {
            (ma << (s as u64), mb.clone())
        } else {
            (ma.clone(), mb << ((-s) as u64))
        };
        let q = &num / &den;
        let sticky = !(num - &q * &den).is_zero();
        nearest_f64(&q, -s, sticky)
            .ok_or_else(|| FmtError::overflow("integer division result too large for a float"))?
    };
    Ok(if neg { -mag } else { mag })
}

/// `x.as_integer_ratio()`: numerator and positive denominator in lowest terms.
pub fn as_integer_ratio(x: f64) -> Result<(BigInt, BigInt), FmtError> {
    if x.is_nan() {
        return Err(FmtError::value("cannot convert NaN to integer ratio"));
    }
    if x.is_infinite() {
        return Err(FmtError::overflow(
            "cannot convert Infinity to integer ratio",
        ));
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mut mant, mut exp) = if biased == 0 {
        (frac, -1074)
    } else {
        (frac | 1 << 52, biased - 1075)
    };
    if mant == 0 {
        return Ok((BigInt::zero(), BigInt::from(1)));
    }
    while exp < 0 && mant & 1 == 0 {
        mant >>= 1;
        exp += 1;
    }
    let sign = |m: BigInt| if x < 0.0 { -m } else { m };
    Ok(if exp >= 0 {
        (sign(BigInt::from(mant) << (exp as u64)), BigInt::from(1))
    } else {
        (sign(BigInt::from(mant)), BigInt::from(1) << ((-exp) as u64))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn int_float() {
        let big: BigInt = BigInt::from(1u64) << 1023usize;
        assert_eq!(int_to_f64(&big).unwrap(), 2f64.powi(1023));
        let too_big: BigInt = BigInt::from(1u64) << 1024usize;
        assert!(int_to_f64(&too_big).is_err());
        // 2**64 + 2**11 + 1 rounds up (sticky bit); 2**64 + 2**11 ties to even (down).
        let a: BigInt = (BigInt::from(1u64) << 64usize) + BigInt::from(2049);
        assert_eq!(int_to_f64(&a).unwrap(), 18446744073709555712.0);
        let b: BigInt = (BigInt::from(1u64) << 64usize) + BigInt::from(2048);
        assert_eq!(int_to_f64(&b).unwrap(), 18446744073709551616.0);
        let c: BigInt = -((BigInt::from(1u64) << 80usize) + BigInt::from(1));
        assert_eq!(int_to_f64(&c).unwrap(), -(2f64.powi(80)));
    }

    #[test]
    fn float_int() {
        assert_eq!(f64_to_bigint(-2.7).unwrap(), BigInt::from(-2));
        assert_eq!(
            f64_to_bigint(1e20).unwrap(),
            BigInt::from(100000000000000000000u128)
        );
        assert_eq!(
            f64_to_bigint(-1e20).unwrap(),
            BigInt::from(-100000000000000000000i128)
        );
        assert!(f64_to_bigint(f64::NAN).is_err());
        assert_eq!(f64_to_i64(-(2f64.powi(63))), Some(i64::MIN));
        assert_eq!(f64_to_i64(2f64.powi(63)), None);
    }
}
