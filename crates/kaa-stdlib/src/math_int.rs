//! The integer functions of `math` (CPython 3.11): `factorial`, `gcd`, `lcm` (variadic),
//! `isqrt`, `comb` and `perm`, exact on arbitrarily large ints (products by binary
//! splitting), taking any object with `__index__`, with CPython's error texts.

use crate::util::{one_arg, pos_args, to_bigint_index};
use kaa_vm::object::NativeFn;
use kaa_vm::{PyResult, Value, Vm};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("factorial", m_factorial),
    ("gcd", m_gcd),
    ("lcm", m_lcm),
    ("isqrt", m_isqrt),
    ("comb", m_comb),
    ("perm", m_perm),
];

/// The product lo * (lo+1) * ... * hi (1 when lo > hi), by binary splitting.
pub fn range_product(lo: &BigInt, hi: &BigInt) -> BigInt {
    if lo > hi {
        return BigInt::one();
    }
    let n = hi - lo + 1u32;
    if n <= BigInt::from(16) {
        let mut p = lo.clone();
        let mut i = lo + 1u32;
        while &i <= hi {
            p *= &i;
            i += 1u32;
        }
        return p;
    }
    let mid: BigInt = (lo + hi) >> 1u32;
    range_product(lo, &mid) * range_product(&(mid + 1u32), hi)
}

/// Product of small integers lo..=hi (u64 arithmetic at the leaves).
fn range_product_u64(lo: u64, hi: u64) -> BigInt {
    if lo > hi {
        return BigInt::one();
    }
    if hi - lo < 8 {
        let mut acc = BigInt::one();
        let mut chunk: u64 = 1;
        for i in lo..=hi {
            match chunk.checked_mul(i) {
                Some(c) => chunk = c,
                None => {
                    acc *= chunk;
                    chunk = i;
                }
            }
        }
        return acc * chunk;
    }
    let mid = lo + (hi - lo) / 2;
    range_product_u64(lo, mid) * range_product_u64(mid + 1, hi)
}

pub fn factorial_u64(n: u64) -> BigInt {
    range_product_u64(2, n)
}

fn m_factorial(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = one_arg(vm, "math.factorial", args, kw)?;
    let n = to_bigint_index(vm, &a)?;
    factorial_value(vm, &n)
}

fn factorial_value(vm: &mut Vm, n: &BigInt) -> PyResult<Value> {
    if n.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let Some(k) = n.to_i64() else {
        return Err(vm.overflow_error(format!(
            "factorial() argument should not exceed {}",
            i64::MAX
        )));
    };
    Ok(vm.new_int(factorial_u64(k as u64)))
}

fn m_gcd(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("math.gcd() takes no keyword arguments"));
    }
    let mut g = BigInt::zero();
    for a in args {
        let x = to_bigint_index(vm, a)?;
        g = g.gcd(&x);
    }
    Ok(vm.new_int(g))
}

fn m_lcm(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("math.lcm() takes no keyword arguments"));
    }
    let mut l = BigInt::one();
    for a in args {
        let x = to_bigint_index(vm, a)?;
        if l.is_zero() || x.is_zero() {
            l = BigInt::zero();
        } else {
            l = l.lcm(&x);
        }
    }
    Ok(vm.new_int(l.abs()))
}

fn m_isqrt(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = one_arg(vm, "math.isqrt", args, kw)?;
    let n = to_bigint_index(vm, &a)?;
    if n.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(vm.new_int(n.sqrt()))
}

fn nk_args(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kw: &[(Value, Value)],
    min: usize,
) -> PyResult<(BigInt, Option<BigInt>)> {
    let a = pos_args(vm, name, &format!("math.{name}"), args, kw, min, 2)?;
    let n = to_bigint_index(vm, &a[0])?;
    let k = match a.get(1) {
        Some(Value::None) if name == "perm" => None,
        Some(v) => Some(to_bigint_index(vm, v)?),
        None => None,
    };
    if n.is_negative() && k.is_some() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k.as_ref().is_some_and(|k| k.is_negative()) {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    Ok((n, k))
}

fn too_big(vm: &mut Vm) -> kaa_vm::PyErr {
    vm.overflow_error(format!("min(n - k, k) must not exceed {}", i64::MAX))
}

fn m_comb(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (n, k) = nk_args(vm, "comb", args, kw, 2)?;
    let k = k.unwrap_or_default();
    if k > n {
        return Ok(Value::Int(0));
    }
    let nk = &n - &k;
    let k = if nk < k { nk } else { k };
    let Some(ks) = k.to_i64() else {
        return Err(too_big(vm));
    };
    if ks == 0 {
        return Ok(Value::Int(1));
    }
    let top = range_product(&(&n - &k + 1u32), &n);
    let r = top / factorial_u64(ks as u64);
    Ok(vm.new_int(r))
}

fn m_perm(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (n, k) = nk_args(vm, "perm", args, kw, 1)?;
    let Some(k) = k else {
        return factorial_value(vm, &n);
    };
    if k > n {
        return Ok(Value::Int(0));
    }
    if k.to_i64().is_none() {
        return Err(too_big(vm));
    }
    Ok(vm.new_int(range_product(&(&n - &k + 1u32), &n)))
}
