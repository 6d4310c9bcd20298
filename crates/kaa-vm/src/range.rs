//! range objects: `start`, `stop`, `step` as machine integers on the fast path, with CPython's
//! length and indexing arithmetic; ranges whose bounds or length do not fit an `i64`
//! (`range(10**20)`, `range(2**63 - 2, 2**63 + 2)`) carry arbitrary-precision bounds in
//! `big`, as CPython's range always does with Python ints.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use std::rc::Rc;

/// Arbitrary-precision bounds and length of a range too large for the `i64` fields.
#[derive(Debug)]
pub struct BigRange {
    pub start: BigInt,
    pub stop: BigInt,
    pub step: BigInt,
    pub len: BigInt,
}

#[derive(Clone, Debug)]
pub struct RangeData {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    /// Set when a bound or the length does not fit an `i64`; the `i64` fields are then unused.
    pub big: Option<Rc<BigRange>>,
}

/// CPython's `compute_range_length` on Python ints.
pub fn big_len(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    let (lo, hi, step) = if step.is_positive() {
        (start, stop, step.clone())
    } else {
        (stop, start, -step)
    };
    if lo >= hi {
        return BigInt::zero();
    }
    (hi - lo - 1u8).div_floor(&step) + 1u8
}

impl RangeData {
    pub fn small(start: i64, stop: i64, step: i64) -> RangeData {
        RangeData {
            start,
            stop,
            step,
            big: None,
        }
    }

    /// A range over Python ints (`step` is non-zero), on the fast path when everything fits.
    pub fn new(start: BigInt, stop: BigInt, step: BigInt) -> RangeData {
        let len = big_len(&start, &stop, &step);
        if let (Some(a), Some(b), Some(c), Some(_)) =
            (start.to_i64(), stop.to_i64(), step.to_i64(), len.to_i64())
        {
            return RangeData::small(a, b, c);
        }
        RangeData {
            start: 0,
            stop: 0,
            step: 1,
            big: Some(Rc::new(BigRange {
                start,
                stop,
                step,
                len,
            })),
        }
    }

    /// (start, stop, step, len) as Python ints, whichever representation holds them.
    pub fn bounds(&self) -> (BigInt, BigInt, BigInt, BigInt) {
        match &self.big {
            Some(b) => (
                b.start.clone(),
                b.stop.clone(),
                b.step.clone(),
                b.len.clone(),
            ),
            None => (
                self.start.into(),
                self.stop.into(),
                self.step.into(),
                self.len().into(),
            ),
        }
    }

    /// Number of elements (CPython's `range.__len__`); for a big range this is only
    /// meaningful when `big` is None (callers check `big` first).
    /// `range(start, stop, step)` of small ints (`step` non-zero), when its length fits an
    /// `i64` too (else `None`: the big representation is needed).
    pub fn from_small(start: i64, stop: i64, step: i64) -> Option<RangeData> {
        let r = RangeData::small(start, stop, step);
        (r.len_i128() <= i64::MAX as i128).then_some(r)
    }

    fn len_i128(&self) -> i128 {
        let (lo, hi, step) = if self.step > 0 {
            (self.start as i128, self.stop as i128, self.step as i128)
        } else {
            (self.stop as i128, self.start as i128, -(self.step as i128))
        };
        if lo >= hi {
            return 0;
        }
        (hi - lo - 1) / step + 1
    }

    pub fn len(&self) -> i64 {
        self.len_i128().min(i64::MAX as i128) as i64
    }

    pub fn is_empty(&self) -> bool {
        match &self.big {
            Some(b) => b.len.is_zero(),
            None => self.len() == 0,
        }
    }

    /// Element `i` for `0 <= i < len`.
    pub fn at(&self, i: i64) -> i64 {
        self.start.wrapping_add(i.wrapping_mul(self.step))
    }

    pub fn contains(&self, v: i64) -> bool {
        if self.big.is_some() {
            return self.contains_big(&BigInt::from(v));
        }
        let v = v as i128;
        let (start, stop, step) = (self.start as i128, self.stop as i128, self.step as i128);
        if step > 0 {
            if v < start || v >= stop {
                return false;
            }
        } else if v > start || v <= stop {
            return false;
        }
        (v - start) % step == 0
    }

    /// Membership of a Python int, on the arbitrary-precision bounds.
    pub fn contains_big(&self, v: &BigInt) -> bool {
        let (start, stop, step, _) = self.bounds();
        if step.is_positive() {
            if *v < start || *v >= stop {
                return false;
            }
        } else if *v > start || *v <= stop {
            return false;
        }
        ((v - &start) % &step).is_zero()
    }
}
