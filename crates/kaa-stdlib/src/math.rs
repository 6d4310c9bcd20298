//! The `math` module: CPython 3.11's float functions and constants, with its error model —
//! a NaN from a non-NaN argument is `ValueError("math domain error")`, an infinity from a
//! finite argument is `OverflowError("math range error")` for functions that can overflow
//! (exp, cosh, ...) and a domain error otherwise; logarithms of ints too large for a float
//! are computed from their binary exponent; `fsum` is exact (Shewchuk's partials with a
//! correctly rounded final sum); `hypot`/`dist` scale and accumulate squares in double-double
//! so results are (almost always) correctly rounded. The integer functions live in
//! `math_int.rs`.

use crate::math_int;
use crate::util::{add_functions, one_arg, pos_args, to_f64, Sig};
use kaa_vm::object::{NativeFn, ObjRef};
use kaa_vm::objects::num::{as_int, IntRef};
use kaa_vm::types;
use kaa_vm::{PyErr, PyResult, Value, Vm};
use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive};

/// The C library's functions, called directly: CPython uses them, and Rust's own versions
/// (some now implemented in Rust) can differ from them in the last bit.
pub mod libm {
    #[link(name = "m")]
    extern "C" {
        fn erf(x: f64) -> f64;
        fn erfc(x: f64) -> f64;
        fn asinh(x: f64) -> f64;
        fn acosh(x: f64) -> f64;
        fn atanh(x: f64) -> f64;
        fn remainder(x: f64, y: f64) -> f64;
        fn sin(x: f64) -> f64;
        fn cos(x: f64) -> f64;
        fn tan(x: f64) -> f64;
        fn asin(x: f64) -> f64;
        fn acos(x: f64) -> f64;
        fn atan(x: f64) -> f64;
        fn atan2(y: f64, x: f64) -> f64;
        fn sinh(x: f64) -> f64;
        fn cosh(x: f64) -> f64;
        fn tanh(x: f64) -> f64;
        fn exp(x: f64) -> f64;
        fn exp2(x: f64) -> f64;
        fn expm1(x: f64) -> f64;
        fn log(x: f64) -> f64;
        fn log2(x: f64) -> f64;
        fn log10(x: f64) -> f64;
        fn log1p(x: f64) -> f64;
        fn pow(x: f64, y: f64) -> f64;
    }

    extern "C" {
        fn dlsym(
            handle: *mut std::ffi::c_void,
            name: *const std::ffi::c_char,
        ) -> *mut std::ffi::c_void;
    }

    macro_rules! wrap1 {
        ($($name:ident),*) => {
            $(
                /// The C library's function of the same name (pure: any f64 is valid).
                pub fn $name(x: f64) -> f64 {
                    unsafe { super::$name(x) }
                }
            )*
        };
    }

    pub mod f {

        wrap1!(
            erf, erfc, asinh, acosh, atanh, sin, cos, tan, asin, acos, atan, sinh, cosh, tanh, exp,
            exp2, expm1, log, log2, log10, log1p
        );

        /// The C library's cbrt. The Rust runtime links its own `cbrt` into the binary,
        /// which shadows the C library's at link time and rounds differently (glibc's
        /// cbrt(27.0) is 3.0000000000000004, as CPython shows), so it is looked up by name.
        pub fn cbrt(x: f64) -> f64 {
            thread_local! {
                static CBRT: Option<extern "C" fn(f64) -> f64> = {
                    let p = unsafe { super::dlsym(std::ptr::null_mut(), c"cbrt".as_ptr()) };
                    if p.is_null() {
                        None
                    } else {
                        // SAFETY: the C library's cbrt has exactly this signature.
                        Some(unsafe { std::mem::transmute::<*mut std::ffi::c_void, extern "C" fn(f64) -> f64>(p) })
                    }
                };
            }
            CBRT.with(|f| match f {
                Some(f) => f(x),
                None => x.cbrt(),
            })
        }

        pub fn remainder(x: f64, y: f64) -> f64 {
            unsafe { super::remainder(x, y) }
        }

        pub fn atan2(y: f64, x: f64) -> f64 {
            unsafe { super::atan2(y, x) }
        }

        pub fn pow(x: f64, y: f64) -> f64 {
            unsafe { super::pow(x, y) }
        }
    }
}

use libm::f as cm;

pub fn domain_error(vm: &mut Vm) -> PyErr {
    vm.value_error("math domain error")
}

pub fn range_error(vm: &mut Vm) -> PyErr {
    vm.overflow_error("math range error")
}

/// Classifies a result of `f(x)` the way CPython's `math_1` does.
fn check1(vm: &mut Vm, x: f64, r: f64, can_overflow: bool) -> PyResult<Value> {
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            range_error(vm)
        } else {
            domain_error(vm)
        });
    }
    Ok(Value::float(r))
}

fn math1(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    qual: &str,
    f: fn(f64) -> f64,
    can_overflow: bool,
) -> PyResult<Value> {
    let a = one_arg(vm, qual, args, kw)?;
    let x = to_f64(vm, &a)?;
    let r = f(x);
    check1(vm, x, r, can_overflow)
}

macro_rules! unary {
    ($($fname:ident, $qual:literal, $f:expr, $ovf:expr;)*) => {
        $(fn $fname(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
            math1(vm, args, kw, $qual, $f, $ovf)
        })*
    };
}

unary! {
    m_sqrt, "math.sqrt", f64::sqrt, false;
    m_exp, "math.exp", cm::exp, true;
    m_exp2, "math.exp2", cm::exp2, true;
    m_expm1, "math.expm1", cm::expm1, true;
    m_sin, "math.sin", cm::sin, false;
    m_cos, "math.cos", cm::cos, false;
    m_tan, "math.tan", cm::tan, false;
    m_asin, "math.asin", cm::asin, false;
    m_acos, "math.acos", cm::acos, false;
    m_atan, "math.atan", cm::atan, false;
    m_sinh, "math.sinh", cm::sinh, true;
    m_cosh, "math.cosh", cm::cosh, true;
    m_tanh, "math.tanh", cm::tanh, false;
    m_asinh, "math.asinh", cm::asinh, false;
    m_acosh, "math.acosh", cm::acosh, false;
    m_atanh, "math.atanh", cm::atanh, false;
    m_fabs, "math.fabs", f64::abs, false;
    m_cbrt, "math.cbrt", cm::cbrt, false;
    m_erf, "math.erf", cm::erf, false;
    m_erfc, "math.erfc", cm::erfc, false;
    m_log1p, "math.log1p", cm::log1p, false;
}

fn m_degrees(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = one_arg(vm, "math.degrees", args, kw)?;
    let x = to_f64(vm, &a)?;
    Ok(Value::float(x * (180.0 / std::f64::consts::PI)))
}

fn m_radians(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = one_arg(vm, "math.radians", args, kw)?;
    let x = to_f64(vm, &a)?;
    Ok(Value::float(x * (std::f64::consts::PI / 180.0)))
}

fn m_isfinite(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = one_arg(vm, "math.isfinite", args, kw)?;
    Ok(Value::Bool(to_f64(vm, &a)?.is_finite()))
}

fn m_isinf(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = one_arg(vm, "math.isinf", args, kw)?;
    Ok(Value::Bool(to_f64(vm, &a)?.is_infinite()))
}

fn m_isnan(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = one_arg(vm, "math.isnan", args, kw)?;
    Ok(Value::Bool(to_f64(vm, &a)?.is_nan()))
}

// ---- gamma functions ---------------------------------------------------------------------

fn m_gamma(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = one_arg(vm, "math.gamma", args, kw)?;
    let x = to_f64(vm, &a)?;
    if x.is_nan() || x == f64::INFINITY {
        return Ok(Value::float(x));
    }
    if x == f64::NEG_INFINITY || (x <= 0.0 && x == x.floor()) {
        return Err(domain_error(vm));
    }
    let r = crate::math_gamma::gamma(x);
    if r.is_infinite() {
        return Err(range_error(vm));
    }
    Ok(Value::float(r))
}

fn m_lgamma(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = one_arg(vm, "math.lgamma", args, kw)?;
    let x = to_f64(vm, &a)?;
    if x.is_nan() {
        return Ok(Value::float(x));
    }
    if x.is_infinite() {
        return Ok(Value::float(f64::INFINITY));
    }
    if x <= 0.0 && x == x.floor() {
        return Err(domain_error(vm));
    }
    let r = crate::math_gamma::lgamma(x);
    if r.is_infinite() {
        return Err(range_error(vm));
    }
    Ok(Value::float(r))
}

// ---- rounding to ints -----------------------------------------------------------------------

fn int_result(vm: &mut Vm, v: &Value) -> Value {
    match as_int(v) {
        Some(IntRef::Small(i)) => Value::Int(i),
        Some(IntRef::Big(b)) => vm.new_int(b.clone()),
        None => v.clone(),
    }
}

fn round_with(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    qual: &str,
    special: &str,
    f: fn(f64) -> f64,
) -> PyResult<Value> {
    let a = one_arg(vm, qual, args, kw)?;
    if let Value::Float(x) = a {
        return kaa_vm::objects::numobj::float_to_int(vm, f(x));
    }
    if as_int(&a).is_some() {
        let tp = vm.type_of(&a);
        if !types::tdata(&tp).is_some_and(|d| d.has_flag(types::FLAG_HEAPTYPE)) {
            return Ok(int_result(vm, &a));
        }
    }
    let tp = vm.type_of(&a);
    if types::lookup(&tp, special).is_some() {
        return Ok(vm.call_special(&a, special, &[])?.unwrap_or(Value::None));
    }
    if special == "__trunc__" {
        let n = vm.type_name(&a);
        return Err(vm.type_error(format!("type {n} doesn't define __trunc__ method")));
    }
    let x = to_f64(vm, &a)?;
    kaa_vm::objects::numobj::float_to_int(vm, f(x))
}

fn m_floor(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    round_with(vm, args, kw, "math.floor", "__floor__", f64::floor)
}

fn m_ceil(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    round_with(vm, args, kw, "math.ceil", "__ceil__", f64::ceil)
}

fn m_trunc(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    round_with(vm, args, kw, "math.trunc", "__trunc__", f64::trunc)
}

// ---- logarithms -------------------------------------------------------------------------------

/// (m, e) with `n == m * 2**e`, 0.5 <= m < 1, m correctly rounded to 53 bits (n > 0).
fn big_frexp(n: &BigInt) -> (f64, i64) {
    let bits = n.bits();
    let mag = n.magnitude();
    let top: u64 = if bits <= 64 {
        mag.to_u64().unwrap_or(0) << (64 - bits)
    } else {
        let shifted = mag >> (bits - 64);
        let mut t = shifted.to_u64().unwrap_or(u64::MAX);
        if (&shifted << (bits - 64)) != *mag {
            t |= 1;
        }
        t
    };
    let mut m = top as f64 / 18446744073709551616.0;
    let mut e = bits as i64;
    if m >= 1.0 {
        m = 0.5;
        e += 1;
    }
    (m, e)
}

/// log of a value with `func` (ln, log2 or log10), CPython's `loghelper`.
fn log_of(vm: &mut Vm, v: &Value, func: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(i) = as_int(v) {
        let big = match i {
            IntRef::Small(s) => {
                if s <= 0 {
                    return Err(domain_error(vm));
                }
                return Ok(func(s as f64));
            }
            IntRef::Big(b) => b.clone(),
        };
        if big.sign() != Sign::Plus {
            return Err(domain_error(vm));
        }
        return match kaa_fmt::convert::int_to_f64(&big) {
            Ok(x) => Ok(func(x)),
            Err(_) => {
                let (m, e) = big_frexp(&big);
                Ok(func(m) + func(2.0) * e as f64)
            }
        };
    }
    let x = to_f64(vm, v)?;
    if x.is_nan() {
        return Ok(x);
    }
    if x > 0.0 {
        return Ok(func(x));
    }
    Err(domain_error(vm))
}

fn m_log(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("math.log() takes no keyword arguments"));
    }
    if args.is_empty() || args.len() > 2 {
        return Err(vm.type_error("math.log requires 1 to 2 arguments"));
    }
    let num = log_of(vm, &args[0], cm::log)?;
    if args.len() == 2 {
        let den = log_of(vm, &args[1], cm::log)?;
        if den == 0.0 {
            return Err(vm.zero_division("float division by zero"));
        }
        return Ok(Value::float(num / den));
    }
    Ok(Value::float(num))
}

fn m_log2(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = one_arg(vm, "math.log2", args, kw)?;
    Ok(Value::float(log_of(vm, &a, cm::log2)?))
}

fn m_log10(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = one_arg(vm, "math.log10", args, kw)?;
    Ok(Value::float(log_of(vm, &a, cm::log10)?))
}

// ---- two-argument functions -----------------------------------------------------------------

fn two_floats(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<(f64, f64)> {
    let a = pos_args(vm, name, &format!("math.{name}"), args, kw, 2, 2)?;
    let x = to_f64(vm, &a[0])?;
    let y = to_f64(vm, &a[1])?;
    Ok((x, y))
}

fn m_pow(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (x, y) = two_floats(vm, "pow", args, kw)?;
    let r = if !x.is_finite() || !y.is_finite() {
        if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && (y.abs() % 2.0) == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
            f64::INFINITY
        } else {
            0.0
        }
    } else {
        let r = cm::pow(x, y);
        if r.is_nan() {
            return Err(domain_error(vm));
        }
        if r.is_infinite() {
            return Err(if x == 0.0 {
                domain_error(vm)
            } else {
                range_error(vm)
            });
        }
        r
    };
    Ok(Value::float(r))
}

fn m_atan2(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (y, x) = two_floats(vm, "atan2", args, kw)?;
    Ok(Value::float(cm::atan2(y, x)))
}

fn m_copysign(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (x, y) = two_floats(vm, "copysign", args, kw)?;
    Ok(Value::float(x.copysign(y)))
}

fn m_fmod(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (x, y) = two_floats(vm, "fmod", args, kw)?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error(vm));
    }
    Ok(Value::float(r))
}

fn m_remainder(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (x, y) = two_floats(vm, "remainder", args, kw)?;
    if x.is_nan() || y.is_nan() {
        return Ok(Value::float(f64::NAN));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain_error(vm));
    }
    if y.is_infinite() {
        return Ok(Value::float(x));
    }
    Ok(Value::float(cm::remainder(x, y)))
}

fn m_nextafter(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (x, y) = two_floats(vm, "nextafter", args, kw)?;
    Ok(Value::float(nextafter(x, y)))
}

pub fn nextafter(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let b = x.to_bits();
    let away = (y > x) == (x > 0.0);
    f64::from_bits(if away { b + 1 } else { b - 1 })
}

fn m_ulp(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = one_arg(vm, "math.ulp", args, kw)?;
    let x = to_f64(vm, &a)?.abs();
    if !x.is_finite() {
        return Ok(Value::float(x));
    }
    let up = nextafter(x, f64::INFINITY);
    if up.is_infinite() {
        return Ok(Value::float(x - nextafter(x, f64::NEG_INFINITY)));
    }
    Ok(Value::float(up - x))
}

/// C's frexp: x == m * 2**e with 0.5 <= |m| < 1 (m = x, e = 0 for 0, inf and nan).
pub fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let (x, adj) = if x.abs() < f64::MIN_POSITIVE {
        (x * 18014398509481984.0, -54)
    } else {
        (x, 0)
    };
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022 + adj)
}

/// C's ldexp with one correct rounding into the subnormal range.
pub fn ldexp(x: f64, e: i64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let (m, ex) = frexp(x);
    let t = ex as i64 + e.clamp(-5000, 5000);
    if t > 1024 {
        return f64::INFINITY.copysign(x);
    }
    if t >= -1021 {
        return (m * 2.0) * pow2((t - 1) as i32);
    }
    let k = t + 1074;
    if k < -1 {
        return 0.0f64.copysign(x);
    }
    let y = m * pow2(k as i32);
    y.round_ties_even() * f64::from_bits(1)
}

/// 2**k for -1022 <= k <= 1023 (exact).
fn pow2(k: i32) -> f64 {
    f64::from_bits(((k + 1023) as u64) << 52)
}

fn m_frexp(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = one_arg(vm, "math.frexp", args, kw)?;
    let x = to_f64(vm, &a)?;
    let (m, e) = frexp(x);
    Ok(vm.new_pair(Value::float(m), Value::Int(e as i64)))
}

fn m_ldexp(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = pos_args(vm, "ldexp", "math.ldexp", args, kw, 2, 2)?;
    let x = to_f64(vm, &a[0])?;
    let e = match as_int(&a[1]) {
        Some(IntRef::Small(i)) => i,
        Some(IntRef::Big(b)) => {
            if b.is_negative() {
                i64::MIN
            } else {
                i64::MAX
            }
        }
        None => return Err(vm.type_error("Expected an int as second argument to ldexp.")),
    };
    let r = ldexp(x, e);
    if r.is_infinite() && x.is_finite() {
        return Err(range_error(vm));
    }
    Ok(Value::float(r))
}

fn m_modf(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = one_arg(vm, "math.modf", args, kw)?;
    let x = to_f64(vm, &a)?;
    let (f, i) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        let i = x.trunc();
        ((x - i).copysign(x), i)
    };
    Ok(vm.new_pair(Value::float(f), Value::float(i)))
}

const ISCLOSE: Sig = Sig {
    name: "isclose",
    params: &["a", "b", "rel_tol", "abs_tol"],
    max_pos: 2,
    required: 2,
    pos_only: 0,
};

fn m_isclose(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let p = ISCLOSE.bind(vm, args, kw)?;
    let mut f = [0.0, 0.0, 1e-9, 0.0];
    for (i, v) in p.iter().enumerate() {
        if let Some(v) = v {
            f[i] = to_f64(vm, v)?;
        }
    }
    let [a, b, rel, abs] = f;
    if rel < 0.0 || abs < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (b - a).abs();
    Ok(Value::Bool(
        (diff <= (rel * b).abs()) || (diff <= (rel * a).abs()) || diff <= abs,
    ))
}

// ---- sums and norms -----------------------------------------------------------------------------

fn m_fsum(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = one_arg(vm, "math.fsum", args, kw)?;
    let it = vm.iter(&a)?;
    let mut partials: Vec<f64> = Vec::new();
    let mut special = 0.0f64;
    let mut inf_sum = 0.0f64;
    while let Some(v) = vm.next(&it)? {
        let mut x = to_f64(vm, &v)?;
        let xsave = x;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                if xsave.is_finite() {
                    return Err(vm.overflow_error("intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special += xsave;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special != 0.0 {
        if inf_sum.is_nan() {
            return Err(vm.value_error("-inf + inf in fsum"));
        }
        return Ok(Value::float(special));
    }
    Ok(Value::float(sum_partials(&partials)))
}

/// Correctly rounded sum of non-overlapping partials (increasing magnitude).
fn sum_partials(p: &[f64]) -> f64 {
    let mut n = p.len();
    if n == 0 {
        return 0.0;
    }
    n -= 1;
    let mut hi = p[n];
    let mut lo = 0.0;
    while n > 0 {
        let x = hi;
        n -= 1;
        let y = p[n];
        hi = x + y;
        let yr = hi - x;
        lo = y - yr;
        if lo != 0.0 {
            break;
        }
    }
    if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
        let y = lo * 2.0;
        let x = hi + y;
        let yr = x - hi;
        if y == yr {
            hi = x;
        }
    }
    hi
}

/// Euclidean norm of non-negative finite-or-not components, accurately rounded.
fn vector_norm(v: &[f64]) -> f64 {
    let mut max = 0.0f64;
    let mut nan = false;
    for &x in v {
        if x.is_nan() {
            nan = true;
        } else if x > max {
            max = x;
        }
    }
    if max.is_infinite() {
        return max;
    }
    if nan {
        return f64::NAN;
    }
    if max == 0.0 || v.len() <= 1 {
        return max;
    }
    let (_, e) = frexp(max);
    let scale = ldexp(1.0, -(e as i64));
    let (mut hi, mut lo) = (0.0f64, 0.0f64);
    for &x in v {
        let y = x * scale;
        let sq = y * y;
        let err = y.mul_add(y, -sq);
        // two-sum of hi + sq
        let s = hi + sq;
        let bp = s - hi;
        let e2 = (hi - (s - bp)) + (sq - bp);
        hi = s;
        lo += e2 + err;
    }
    let total = hi + lo;
    let lo = lo - (total - hi);
    let hi = total;
    let mut h = hi.sqrt();
    let r = (-h).mul_add(h, hi) + lo;
    h += r / (2.0 * h);
    h / scale
}

fn m_hypot(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("math.hypot() takes no keyword arguments"));
    }
    let mut v = Vec::with_capacity(args.len());
    for a in args {
        v.push(to_f64(vm, a)?.abs());
    }
    Ok(Value::float(vector_norm(&v)))
}

fn m_dist(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = pos_args(vm, "dist", "math.dist", args, kw, 2, 2)?;
    let seq = |vm: &mut Vm, v: &Value| -> PyResult<Vec<Value>> {
        match v.payload() {
            Some(kaa_vm::object::Payload::Tuple(t)) => Ok(t.to_vec()),
            _ => {
                let r = vm.iterate(v)?;
                Ok(r)
            }
        }
    };
    let p = seq(vm, &a[0])?;
    let q = seq(vm, &a[1])?;
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut d = Vec::with_capacity(p.len());
    for (x, y) in p.iter().zip(q.iter()) {
        let x = to_f64(vm, x)?;
        let y = to_f64(vm, y)?;
        d.push((x - y).abs());
    }
    Ok(Value::float(vector_norm(&d)))
}

const PROD: Sig = Sig {
    name: "prod",
    params: &["iterable", "start"],
    max_pos: 1,
    required: 1,
    pos_only: 1,
};

fn m_prod(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let p = PROD.bind(vm, args, kw)?;
    let mut acc = p[1].clone().unwrap_or(Value::Int(1));
    let it = vm.iter(p[0].as_ref().unwrap_or(&Value::None))?;
    while let Some(x) = vm.next(&it)? {
        acc = vm.binary_op(&acc, &x, kaa_compiler::opcodes::BinOpKind::Mul, false)?;
    }
    Ok(acc)
}

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("math");
    let funcs: &[(&'static str, NativeFn)] = &[
        ("sqrt", m_sqrt),
        ("exp", m_exp),
        ("exp2", m_exp2),
        ("expm1", m_expm1),
        ("sin", m_sin),
        ("cos", m_cos),
        ("tan", m_tan),
        ("asin", m_asin),
        ("acos", m_acos),
        ("atan", m_atan),
        ("sinh", m_sinh),
        ("cosh", m_cosh),
        ("tanh", m_tanh),
        ("asinh", m_asinh),
        ("acosh", m_acosh),
        ("atanh", m_atanh),
        ("fabs", m_fabs),
        ("cbrt", m_cbrt),
        ("erf", m_erf),
        ("erfc", m_erfc),
        ("gamma", m_gamma),
        ("lgamma", m_lgamma),
        ("log1p", m_log1p),
        ("degrees", m_degrees),
        ("radians", m_radians),
        ("isfinite", m_isfinite),
        ("isinf", m_isinf),
        ("isnan", m_isnan),
        ("floor", m_floor),
        ("ceil", m_ceil),
        ("trunc", m_trunc),
        ("log", m_log),
        ("log2", m_log2),
        ("log10", m_log10),
        ("pow", m_pow),
        ("atan2", m_atan2),
        ("copysign", m_copysign),
        ("fmod", m_fmod),
        ("remainder", m_remainder),
        ("nextafter", m_nextafter),
        ("ulp", m_ulp),
        ("frexp", m_frexp),
        ("ldexp", m_ldexp),
        ("modf", m_modf),
        ("isclose", m_isclose),
        ("fsum", m_fsum),
        ("hypot", m_hypot),
        ("dist", m_dist),
        ("prod", m_prod),
    ];
    add_functions(vm, &m, funcs);
    add_functions(vm, &m, math_int::FUNCTIONS);
    vm.module_set(&m, "pi", Value::Float(std::f64::consts::PI));
    vm.module_set(&m, "e", Value::Float(std::f64::consts::E));
    vm.module_set(&m, "tau", Value::Float(std::f64::consts::TAU));
    vm.module_set(&m, "inf", Value::Float(f64::INFINITY));
    vm.module_set(&m, "nan", Value::float(f64::NAN));
    Ok(m)
}
