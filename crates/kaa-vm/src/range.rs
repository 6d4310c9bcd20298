//! range objects: `start`, `stop`, `step` as machine integers (ranges beyond `i64` are a
//! known limitation recorded in docs/), with CPython's length and indexing arithmetic.

#[derive(Clone, Copy, Debug)]
pub struct RangeData {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl RangeData {
    /// Number of elements (CPython's `range.__len__`), saturating at `i64::MAX`.
    pub fn len(&self) -> i64 {
        let (lo, hi, step) = if self.step > 0 {
            (self.start as i128, self.stop as i128, self.step as i128)
        } else {
            (self.stop as i128, self.start as i128, -(self.step as i128))
        };
        if lo >= hi {
            return 0;
        }
        let n = (hi - lo - 1) / step + 1;
        n.min(i64::MAX as i128) as i64
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Element `i` for `0 <= i < len`.
    pub fn at(&self, i: i64) -> i64 {
        self.start.wrapping_add(i.wrapping_mul(self.step))
    }

    pub fn contains(&self, v: i64) -> bool {
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
}
