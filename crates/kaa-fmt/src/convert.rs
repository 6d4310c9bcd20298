//! Exact conversions between ints and floats with CPython 3.11's rounding and errors:
//! `float(int)` rounds half-to-even and raises `OverflowError("int too large to convert to
//! float")`; `int(float)` truncates toward zero and raises `OverflowError("cannot convert float
//! infinity to integer")` or `ValueError("cannot convert float NaN to integer")`.

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

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
