//! `repr(float)` (which is also `str(float)`) and `repr(complex)`, as CPython 3.11 prints them.
//!
//! Digits are the shortest that round-trip (from `ryu`); the layout is CPython's: fixed notation
//! for 1e-4 <= |x| < 1e16 with ".0" added to integral values (`100.0`), exponent notation
//! otherwise with a signed exponent of at least two digits (`1e+16`, `1e-05`, `1.5e+300`),
//! and `inf`, `-inf`, `nan` (never `-nan`). Complex numbers print their parts without the
//! ".0" (`(1+2j)`, `2j`, `(-0-1j)`, `(nan+infj)`), dropping the real part when it is +0.0.

use crate::layout::{float_text, Flags, Mode};

/// `repr(x)` / `str(x)` for a Python float.
pub fn repr(x: f64) -> String {
    // Fast path: for 1e-4 <= |x| < 1e16 (and zeros) ryu writes exactly CPython's text
    // (shortest digits in fixed notation, ".0" on integral values); it uses exponent
    // notation elsewhere, where the layouts differ ("1e16" vs "1e+16").
    let a = x.abs();
    if a < 1e16 && (a >= 1e-4 || a == 0.0) {
        let mut buf = ryu::Buffer::new();
        let s = buf.format_finite(x);
        if !s.contains('e') {
            return s.to_string();
        }
    }
    part(x, true)
}

/// One float in `repr` style with its sign; `add_dot_0` appends ".0" to integral values.
fn part(x: f64, add_dot_0: bool) -> String {
    let t = match float_text(
        x,
        Mode::Repr,
        Flags {
            add_dot_0,
            ..Flags::default()
        },
    ) {
        Ok(t) => t,
        // Repr mode allocates at most a few hundred bytes: it cannot fail.
        Err(_) => return String::from("nan"),
    };
    let mut s = String::with_capacity(t.text.len() + 1);
    if t.neg {
        s.push('-');
    }
    s.push_str(&t.text);
    s
}

/// `repr(complex(re, im))` (also its `str`).
pub fn complex_repr(re: f64, im: f64) -> String {
    let imag = part(im, false);
    if re == 0.0 && re.is_sign_positive() {
        return format!("{imag}j");
    }
    let real = part(re, false);
    // The imaginary part always carries a sign; NaN prints without one, so add '+'.
    let sep = if imag.starts_with('-') { "" } else { "+" };
    format!("({real}{sep}{imag}j)")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn basics() {
        let cases: &[(f64, &str)] = &[
            (0.0, "0.0"),
            (-0.0, "-0.0"),
            (1.0, "1.0"),
            (100.0, "100.0"),
            (0.1, "0.1"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (1e-4, "0.0001"),
            (1e-5, "1e-05"),
            (1.5e300, "1.5e+300"),
            (5e-324, "5e-324"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (-f64::NAN, "nan"),
        ];
        for &(x, want) in cases {
            assert_eq!(repr(x), want, "repr of {x:e}");
        }
    }

    #[test]
    fn complex() {
        assert_eq!(complex_repr(1.0, 2.0), "(1+2j)");
        assert_eq!(complex_repr(0.0, 2.0), "2j");
        assert_eq!(complex_repr(-0.0, -1.0), "(-0-1j)");
        assert_eq!(complex_repr(f64::NAN, f64::INFINITY), "(nan+infj)");
        assert_eq!(complex_repr(0.0, -0.0), "-0j");
    }
}
