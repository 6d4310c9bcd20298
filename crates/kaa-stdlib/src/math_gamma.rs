//! `math.gamma` and `math.lgamma` as CPython 3.11 computes them (it does not use the C
//! library's): the Lanczos approximation with the published g = 6.0246800407767296 and
//! 13-term rational coefficients (Boost's lanczos13m53 set), a first-order correction for the
//! rounding of `x + g - 0.5`, the reflection formula with an argument-reduced `sin(pi*x)` for
//! negative arguments, exact factorials for small integers, and `1/x` near zero. The callers
//! (math.rs) handle NaN, infinities, poles and the error classification.

#![allow(clippy::excessive_precision)] // the published coefficients, kept as printed

use crate::math::libm::f as cm;

const LANCZOS_G: f64 = 6.024_680_040_776_729_583_740_234_375;
const LANCZOS_G_MINUS_HALF: f64 = 5.524_680_040_776_729_583_740_234_375;

const NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];

const DEN: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];

/// The Lanczos rational sum at x > 0 (Horner in x below 5, in 1/x above, for accuracy).
fn lanczos_sum(x: f64) -> f64 {
    let (mut n, mut d) = (0.0f64, 0.0f64);
    if x < 5.0 {
        for i in (0..13).rev() {
            n = n * x + NUM[i];
            d = d * x + DEN[i];
        }
    } else {
        for i in 0..13 {
            n = n / x + NUM[i];
            d = d / x + DEN[i];
        }
    }
    n / d
}

/// sin(pi * x) for x >= 0, reduced so that exact multiples of 1/2 come out exact.
fn sinpi(x: f64) -> f64 {
    let y = x.abs() % 2.0;
    let n = (2.0 * y).round() as i64;
    let pi = std::f64::consts::PI;
    let r = match n {
        0 => cm::sin(pi * y),
        1 => cm::cos(pi * (y - 0.5)),
        2 => cm::sin(pi * (1.0 - y)),
        3 => -cm::cos(pi * (y - 1.5)),
        _ => cm::sin(pi * (y - 2.0)),
    };
    1.0f64.copysign(x) * r
}

/// Γ(x) for finite x that is not a non-positive integer; may be ±inf on overflow.
pub fn gamma(x: f64) -> f64 {
    if x == x.floor() && (1.0..=23.0).contains(&x) {
        let mut f = 1.0f64;
        let mut i = 2.0;
        while i < x {
            f *= i;
            i += 1.0;
        }
        return f;
    }
    let ax = x.abs();
    if ax < 1e-20 {
        return 1.0 / x;
    }
    if ax > 200.0 {
        if x < 0.0 {
            return 0.0 / sinpi(x);
        }
        return f64::INFINITY;
    }
    let y = ax + LANCZOS_G_MINUS_HALF;
    let mut r = if x > 0.0 {
        lanczos_sum(ax) / cm::exp(y)
    } else {
        -std::f64::consts::PI / sinpi(ax) / ax * cm::exp(y) / lanczos_sum(ax)
    };
    let z = if ax < LANCZOS_G_MINUS_HALF {
        (y - LANCZOS_G_MINUS_HALF) - ax
    } else {
        (y - ax) - LANCZOS_G_MINUS_HALF
    };
    if x > 0.0 {
        r += z * LANCZOS_G * r / y;
    } else {
        r -= z * LANCZOS_G * r / y;
    }
    if ax < 140.0 {
        if x > 0.0 {
            r *= cm::pow(y, ax - 0.5);
        } else {
            r /= cm::pow(y, ax - 0.5);
        }
    } else {
        let s = cm::pow(y, ax / 2.0 - 0.25);
        if x > 0.0 {
            r = r * s * s;
        } else {
            r = r / s / s;
        }
    }
    r
}

/// log|Γ(x)| for finite x that is not a non-positive integer; may be inf on overflow.
pub fn lgamma(x: f64) -> f64 {
    if x == 1.0 || x == 2.0 {
        return 0.0;
    }
    let ax = x.abs();
    if ax < 1e-20 {
        return -cm::log(ax);
    }
    let mut r = cm::log(lanczos_sum(ax)) - LANCZOS_G;
    r += (ax - 0.5) * (cm::log(ax + LANCZOS_G - 0.5) - 1.0);
    if x < 0.0 {
        r = cm::log(std::f64::consts::PI) - cm::log(sinpi(ax).abs()) - cm::log(ax) - r;
    }
    r
}
