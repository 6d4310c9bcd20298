//! `round(x, n)` and `round(x)` for floats, as CPython 3.11's `float.__round__`.
//!
//! `round(x, n)` rounds the exact binary value of `x` to `n` decimal places, ties to even
//! (so `round(2.675, 2)` is 2.67: 2.675 is really 2.67499999...), then takes the nearest
//! float. NaN, infinities and zeros come back unchanged; `n` > 323 returns `x`; `n` < -308
//! returns a zero with `x`'s sign; a result too large for a float raises
//! `OverflowError("rounded value too large to represent")`.
//!
//! `round(x)` (no `n`) rounds half to even and returns an int: see [`round_to_int`].

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Zero};

use crate::convert::f64_to_bigint;
use crate::FmtError;

/// Above this many places every float is already exact (CPython's `NDIGITS_MAX`).
const NDIGITS_MAX: i64 = 323;
/// Below this many places every float rounds to zero (CPython's `NDIGITS_MIN`).
const NDIGITS_MIN: i64 = -308;

/// `round(x, ndigits)` for a float `x`.
pub fn round_f64(x: f64, ndigits: i64) -> Result<f64, FmtError> {
    if !x.is_finite() || x == 0.0 {
        return Ok(x);
    }
    if ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    let rounded = if ndigits >= 0 {
        // std's fixed formatting rounds the exact value half-to-even; parsing is correctly
        // rounded. A formatted f64 always parses, so the fallback is unreachable.
        format!("{:.*}", ndigits as usize, x)
            .parse::<f64>()
            .unwrap_or(x)
    } else {
        round_to_power_of_ten(x, (-ndigits) as u32)
    };
    if rounded.is_infinite() {
        return Err(FmtError::overflow("rounded value too large to represent"));
    }
    Ok(rounded)
}

/// Rounds finite non-zero `x` to a multiple of 10**k (k >= 1), ties to even, exactly.
fn round_to_power_of_ten(x: f64, k: u32) -> f64 {
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mant, exp) = if biased == 0 {
        (frac, -1074)
    } else {
        (frac | 1 << 52, biased - 1075)
    };
    // |x| / 10**k = num / den exactly.
    let ten_k = num_traits::pow(BigInt::from(10), k as usize);
    let (num, den) = if exp >= 0 {
        (BigInt::from(mant) << exp as usize, ten_k)
    } else {
        (BigInt::from(mant), ten_k << (-exp) as usize)
    };
    let (mut q, r) = num.div_rem(&den);
    let twice = r << 1usize;
    if twice > den || (twice == den && q.is_odd()) {
        q += BigInt::one();
    }
    let mag = if q.is_zero() {
        0.0
    } else {
        // A decimal string parses correctly rounded (and to inf when too large).
        format!("{q}e{k}").parse::<f64>().unwrap_or(f64::INFINITY)
    };
    if x < 0.0 {
        -mag
    } else {
        mag
    }
}

/// `round(x)`: the nearest integer, ties to even, as a `BigInt`; errors as `int(x)` for
/// infinities ("cannot convert float infinity to integer") and NaN.
pub fn round_to_int(x: f64) -> Result<BigInt, FmtError> {
    f64_to_bigint(x.round_ties_even())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounding() {
        assert_eq!(round_f64(2.675, 2).unwrap(), 2.67);
        assert_eq!(round_f64(2.5, 0).unwrap(), 2.0);
        assert_eq!(round_f64(-0.4, 0).unwrap().to_bits(), (-0.0f64).to_bits());
        assert_eq!(round_f64(1500.0, -3).unwrap(), 2000.0);
        assert_eq!(round_f64(2500.0, -3).unwrap(), 2000.0);
        assert_eq!(round_f64(-2501.0, -3).unwrap(), -3000.0);
        assert!(round_f64(1.7976931348623157e308, -308).is_err());
        assert_eq!(round_to_int(2.5).unwrap(), BigInt::from(2));
        assert_eq!(round_to_int(-3.5).unwrap(), BigInt::from(-4));
        assert!(round_to_int(f64::NAN).is_err());
    }
}
