//! int, bool and float arithmetic with Python's semantics: inline `i64` fast paths that
//! overflow into `BigInt`, floor division and modulo signs, true division to float,
//! `**` with negative exponents, shifts, bitwise operators on two's complement, float
//! `%`/`//` following the divisor's sign, exact int/float comparison, and CPython's
//! ZeroDivisionError/OverflowError messages. Also the int/float/bool special methods
//! registered on the types, generated from the same functions.

use crate::object::{ObjRef, Payload};
use crate::value::Value;
use crate::{PyResult, Vm};
use kaa_compiler::opcodes::{BinOpKind, CmpKind, Op};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

/// An int-like operand (int, bool, or an int subclass instance).
pub enum IntRef<'a> {
    Small(i64),
    Big(&'a BigInt),
}

pub fn as_int(v: &Value) -> Option<IntRef<'_>> {
    match v {
        Value::Int(i) => Some(IntRef::Small(*i)),
        Value::Bool(b) => Some(IntRef::Small(*b as i64)),
        Value::Obj(o) => match &o.payload {
            Payload::Int(b) => Some(IntRef::Big(b)),
            _ => None,
        },
        _ => None,
    }
}

pub fn to_bigint(v: &Value) -> Option<BigInt> {
    match as_int(v)? {
        IntRef::Small(i) => Some(BigInt::from(i)),
        IntRef::Big(b) => Some(b.clone()),
    }
}

/// A float operand: float, or int-like converted (None when not numeric).
pub fn as_float(vm: &mut Vm, v: &Value) -> PyResult<Option<f64>> {
    Ok(match v {
        Value::Float(f) => Some(*f),
        Value::Int(i) => Some(*i as f64),
        Value::Bool(b) => Some(*b as i64 as f64),
        Value::Obj(o) => match &o.payload {
            Payload::Float(f) => Some(*f),
            Payload::Int(b) => Some(kaa_fmt::convert::int_to_f64(b).map_err(|e| vm.fmt_error(e))?),
            _ => None,
        },
        _ => None,
    })
}

fn is_float(v: &Value) -> bool {
    matches!(v, Value::Float(_)) || matches!(v.payload(), Some(Payload::Float(_)))
}

fn exact_num(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::Float(_) => true,
        Value::Obj(o) => matches!(o.payload, Payload::Int(_)) && o.class_is(&vm.types.int),
        _ => false,
    }
}

/// Arithmetic on exact int/bool/float operands; `None` when another path must decide.
pub fn fast_binop(vm: &mut Vm, a: &Value, b: &Value, k: BinOpKind) -> PyResult<Option<Value>> {
    if !exact_num(vm, a) || !exact_num(vm, b) {
        return Ok(None);
    }
    let r = if is_float(a) || is_float(b) {
        float_binop(vm, a, b, k)?
    } else {
        int_binop(vm, a, b, k)?
    };
    Ok(if vm.is_not_implemented(&r) {
        None
    } else {
        Some(r)
    })
}

fn big(vm: &Vm, b: BigInt) -> Value {
    vm.new_int(b)
}

/// int <op> int, with `NotImplemented` when `b` is not an int.
pub fn int_binop(vm: &mut Vm, a: &Value, b: &Value, k: BinOpKind) -> PyResult<Value> {
    let (Some(x), Some(y)) = (as_int(a), as_int(b)) else {
        if as_int(a).is_some()
            && is_float(b)
            && matches!(
                k,
                BinOpKind::Add
                    | BinOpKind::Sub
                    | BinOpKind::Mul
                    | BinOpKind::TrueDiv
                    | BinOpKind::FloorDiv
                    | BinOpKind::Mod
                    | BinOpKind::Pow
            )
        {
            return Ok(vm.not_implemented.clone());
        }
        return Ok(vm.not_implemented.clone());
    };
    if let (Value::Bool(p), Value::Bool(q)) = (a, b) {
        match k {
            BinOpKind::And => return Ok(Value::Bool(*p & *q)),
            BinOpKind::Or => return Ok(Value::Bool(*p | *q)),
            BinOpKind::Xor => return Ok(Value::Bool(*p ^ *q)),
            _ => {}
        }
    }
    if let (IntRef::Small(x), IntRef::Small(y)) = (&x, &y) {
        let (x, y) = (*x, *y);
        let r = match k {
            BinOpKind::Add => x.checked_add(y).map(Value::Int),
            BinOpKind::Sub => x.checked_sub(y).map(Value::Int),
            BinOpKind::Mul => x.checked_mul(y).map(Value::Int),
            BinOpKind::FloorDiv => {
                if y == 0 {
                    return Err(vm.zero_division("integer division or modulo by zero"));
                }
                x.checked_div_euclid(y)
                    .map(|_| Value::Int(Integer::div_floor(&x, &y)))
            }
            BinOpKind::Mod => {
                if y == 0 {
                    return Err(vm.zero_division("integer modulo by zero"));
                }
                x.checked_rem(y).map(|_| Value::Int(x.mod_floor(&y)))
            }
            BinOpKind::TrueDiv => {
                if y == 0 {
                    return Err(vm.zero_division("division by zero"));
                }
                if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
                    return Ok(Value::float(x as f64 / y as f64));
                }
                None
            }
            BinOpKind::And => Some(Value::Int(x & y)),
            BinOpKind::Or => Some(Value::Int(x | y)),
            BinOpKind::Xor => Some(Value::Int(x ^ y)),
            BinOpKind::LShift => {
                if y < 0 {
                    return Err(vm.value_error("negative shift count"));
                }
                if y < 63 && x.unsigned_abs() < (1u64 << (63 - y)) {
                    Some(Value::Int(x << y))
                } else {
                    None
                }
            }
            BinOpKind::RShift => {
                if y < 0 {
                    return Err(vm.value_error("negative shift count"));
                }
                Some(Value::Int(if y >= 64 {
                    if x < 0 {
                        -1
                    } else {
                        0
                    }
                } else {
                    x >> y
                }))
            }
            BinOpKind::Pow => {
                if y >= 0 {
                    if let Ok(e) = u32::try_from(y) {
                        x.checked_pow(e).map(Value::Int)
                    } else {
                        None
                    }
                } else {
                    None
                }
            }
            BinOpKind::MatMul => return Ok(vm.not_implemented.clone()),
        };
        if let Some(r) = r {
            return Ok(r);
        }
    }
    let xb = match x {
        IntRef::Small(i) => BigInt::from(i),
        IntRef::Big(b) => b.clone(),
    };
    let yb = match y {
        IntRef::Small(i) => BigInt::from(i),
        IntRef::Big(b) => b.clone(),
    };
    Ok(match k {
        BinOpKind::Add => big(vm, xb + yb),
        BinOpKind::Sub => big(vm, xb - yb),
        BinOpKind::Mul => big(vm, xb * yb),
        BinOpKind::FloorDiv => {
            if yb.is_zero() {
                return Err(vm.zero_division("integer division or modulo by zero"));
            }
            big(vm, xb.div_floor(&yb))
        }
        BinOpKind::Mod => {
            if yb.is_zero() {
                return Err(vm.zero_division("integer modulo by zero"));
            }
            big(vm, xb.mod_floor(&yb))
        }
        BinOpKind::TrueDiv => {
            if yb.is_zero() {
                return Err(vm.zero_division("division by zero"));
            }
            Value::float(int_true_div(vm, &xb, &yb)?)
        }
        BinOpKind::And => big(vm, xb & yb),
        BinOpKind::Or => big(vm, xb | yb),
        BinOpKind::Xor => big(vm, xb ^ yb),
        BinOpKind::LShift => {
            if yb.is_negative() {
                return Err(vm.value_error("negative shift count"));
            }
            let Some(s) = yb.to_u64() else {
                return Err(vm.overflow_error("too many digits in integer"));
            };
            if s > (1 << 32) && !xb.is_zero() {
                return Err(vm.overflow_error("too many digits in integer"));
            }
            big(vm, xb << s)
        }
        BinOpKind::RShift => {
            if yb.is_negative() {
                return Err(vm.value_error("negative shift count"));
            }
            match yb.to_u64() {
                Some(s) => big(vm, xb >> s),
                None => Value::Int(if xb.is_negative() { -1 } else { 0 }),
            }
        }
        BinOpKind::Pow => {
            if yb.is_negative() {
                if xb.is_zero() {
                    return Err(vm.zero_division("0.0 cannot be raised to a negative power"));
                }
                let xf = kaa_fmt::convert::int_to_f64(&xb).map_err(|e| vm.fmt_error(e))?;
                let yf = kaa_fmt::convert::int_to_f64(&yb).map_err(|e| vm.fmt_error(e))?;
                return Ok(Value::float(xf.powf(yf)));
            }
            let Some(e) = yb.to_u32() else {
                if xb.is_zero() || xb == BigInt::from(1) {
                    return Ok(big(vm, xb));
                }
                if xb == BigInt::from(-1) {
                    return Ok(Value::Int(if yb.is_even() { 1 } else { -1 }));
                }
                return Err(vm.overflow_error("exponent too large"));
            };
            big(vm, num_traits::pow::Pow::pow(&xb, e))
        }
        BinOpKind::MatMul => vm.not_implemented.clone(),
    })
}

/// Correctly rounded-enough int/int true division for large operands.
fn int_true_div(vm: &mut Vm, x: &BigInt, y: &BigInt) -> PyResult<f64> {
    if let (Ok(a), Ok(b)) = (
        kaa_fmt::convert::int_to_f64(x),
        kaa_fmt::convert::int_to_f64(y),
    ) {
        if a.abs() < 9007199254740992.0 && b.abs() < 9007199254740992.0 {
            return Ok(a / b);
        }
    }
    // Scale so the quotient has 64 significant bits, then divide exactly.
    let xb = x.bits() as i64;
    let yb = y.bits() as i64;
    let shift = 64 - (xb - yb);
    let (n, d) = if shift >= 0 {
        (x.abs() << shift as u64, y.abs())
    } else {
        (x.abs(), y.abs() << (-shift) as u64)
    };
    let q = &n / &d;
    let qf = q.to_f64().unwrap_or(f64::INFINITY);
    let r = qf * 2f64.powi(-shift as i32);
    if r.is_infinite() {
        return Err(vm.overflow_error("integer division result too large for a float"));
    }
    Ok(if x.is_negative() != y.is_negative() {
        -r
    } else {
        r
    })
}

/// float <op> number (either side may be an int).
pub fn float_binop(vm: &mut Vm, a: &Value, b: &Value, k: BinOpKind) -> PyResult<Value> {
    let x = match as_float(vm, a)? {
        Some(x) => x,
        None => return Ok(vm.not_implemented.clone()),
    };
    let y = match as_float(vm, b)? {
        Some(y) => y,
        None => return Ok(vm.not_implemented.clone()),
    };
    Ok(Value::float(match k {
        BinOpKind::Add => x + y,
        BinOpKind::Sub => x - y,
        BinOpKind::Mul => x * y,
        BinOpKind::TrueDiv => {
            if y == 0.0 {
                return Err(vm.zero_division("float division by zero"));
            }
            x / y
        }
        BinOpKind::FloorDiv => {
            if y == 0.0 {
                return Err(vm.zero_division("float floor division by zero"));
            }
            float_divmod(x, y).0
        }
        BinOpKind::Mod => {
            if y == 0.0 {
                return Err(vm.zero_division("float modulo"));
            }
            float_divmod(x, y).1
        }
        BinOpKind::Pow => return float_pow(vm, x, y),
        _ => return Ok(vm.not_implemented.clone()),
    }))
}

/// Python's float divmod: the remainder takes the divisor's sign.
pub fn float_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(x / y)
    };
    (floordiv, m)
}

pub fn float_pow(vm: &mut Vm, x: f64, y: f64) -> PyResult<Value> {
    if x == 0.0 && y < 0.0 {
        return Err(vm.zero_division("0.0 cannot be raised to a negative power"));
    }
    if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
        // A negative base with a fractional exponent gives a complex result.
        let (r, theta) = ((-x).powf(y), std::f64::consts::PI * y);
        return Ok(crate::objects::complex::new_complex(
            vm,
            r * theta.cos(),
            r * theta.sin(),
        ));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(vm.overflow_error("(34, 'Numerical result out of range')"));
    }
    Ok(Value::float(r))
}

/// Comparison of exact numbers; `None` when another path must decide.
pub fn fast_compare(a: &Value, b: &Value, op: CmpKind) -> Option<bool> {
    use std::cmp::Ordering;
    let ord: Option<Ordering> = match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x.cmp(y)),
        (Value::Float(x), Value::Float(y)) => x.partial_cmp(y),
        (Value::Int(x), Value::Float(y)) => cmp_int_float(*x, *y),
        (Value::Float(x), Value::Int(y)) => cmp_int_float(*y, *x).map(|o| o.reverse()),
        (Value::Bool(x), Value::Bool(y)) => Some(x.cmp(y)),
        (Value::Bool(x), Value::Int(y)) => Some((*x as i64).cmp(y)),
        (Value::Int(x), Value::Bool(y)) => Some(x.cmp(&(*y as i64))),
        (Value::Bool(x), Value::Float(y)) => (*x as i64 as f64).partial_cmp(y),
        (Value::Float(x), Value::Bool(y)) => x.partial_cmp(&(*y as i64 as f64)),
        (Value::Float(x), _) => {
            let bi = big_exact(b)?;
            cmp_big_float(&bi, *x).map(|o| o.reverse())
        }
        (_, Value::Float(y)) => {
            let ai = big_exact(a)?;
            cmp_big_float(&ai, *y)
        }
        _ => {
            // Big ints (exact int class only: subclasses may override comparison).
            let ai = big_exact(a)?;
            let bi = big_exact(b)?;
            Some(ai.cmp(&bi))
        }
    };
    match ord {
        None => {
            // NaN involved (both numbers): every comparison but != is false.
            if is_num(a) && is_num(b) {
                Some(op == CmpKind::Ne)
            } else {
                None
            }
        }
        Some(o) => Some(match op {
            CmpKind::Lt => o == Ordering::Less,
            CmpKind::Le => o != Ordering::Greater,
            CmpKind::Eq => o == Ordering::Equal,
            CmpKind::Ne => o != Ordering::Equal,
            CmpKind::Gt => o == Ordering::Greater,
            CmpKind::Ge => o != Ordering::Less,
        }),
    }
}

fn is_num(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Float(_) | Value::Bool(_))
}

fn big_exact(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::Obj(o) => match &o.payload {
            Payload::Int(b) if crate::vm::with_types(|t| o.class_is(&t.int)) => Some(b.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// Exact comparison of a big int with a float (no rounding of either).
pub fn cmp_big_float(x: &BigInt, y: f64) -> Option<std::cmp::Ordering> {
    use std::cmp::Ordering;
    if y.is_nan() {
        return None;
    }
    if y.is_infinite() {
        return Some(if y > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let t = y.trunc();
    let yb = kaa_fmt::convert::f64_to_bigint(t).ok()?;
    match x.cmp(&yb) {
        Ordering::Equal => {
            let frac = y - t;
            Some(if frac > 0.0 {
                Ordering::Less
            } else if frac < 0.0 {
                Ordering::Greater
            } else {
                Ordering::Equal
            })
        }
        o => Some(o),
    }
}

/// Exact comparison of an i64 with a float (no rounding of the int).
pub fn cmp_int_float(x: i64, y: f64) -> Option<std::cmp::Ordering> {
    if y.is_nan() {
        return None;
    }
    if y.is_infinite() {
        return Some(if y > 0.0 {
            std::cmp::Ordering::Less
        } else {
            std::cmp::Ordering::Greater
        });
    }
    let xf = x as f64;
    if xf != y {
        return xf.partial_cmp(&y);
    }
    // Equal as floats: compare exactly using the integer value of y.
    let yi = y as i128;
    Some((x as i128).cmp(&yi))
}

pub fn fast_unary(vm: &mut Vm, a: &Value, op: Op) -> PyResult<Option<Value>> {
    Ok(match (a, op) {
        (Value::Int(i), Op::UnaryNegative) => Some(match i.checked_neg() {
            Some(n) => Value::Int(n),
            None => vm.new_int(-BigInt::from(*i)),
        }),
        (Value::Int(_), Op::UnaryPositive) => Some(a.clone()),
        (Value::Int(i), Op::UnaryInvert) => Some(Value::Int(!i)),
        (Value::Bool(b), Op::UnaryNegative) => Some(Value::Int(-(*b as i64))),
        (Value::Bool(b), Op::UnaryPositive) => Some(Value::Int(*b as i64)),
        (Value::Bool(b), Op::UnaryInvert) => Some(Value::Int(!(*b as i64))),
        (Value::Float(f), Op::UnaryNegative) => Some(Value::Float(-f)),
        (Value::Float(_), Op::UnaryPositive) => Some(a.clone()),
        (Value::Obj(o), _) if matches!(o.payload, Payload::Int(_)) && o.class_is(&vm.types.int) => {
            let Payload::Int(b) = &o.payload else {
                return Ok(None);
            };
            match op {
                Op::UnaryNegative => Some(vm.new_int(-b)),
                Op::UnaryPositive => Some(a.clone()),
                _ => Some(vm.new_int(!b)),
            }
        }
        _ => None,
    })
}

/// `str(int)` / `repr(int)` with the 4300-digit limit.
pub fn int_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    match as_int(v) {
        Some(IntRef::Small(i)) => Ok(i.to_string()),
        Some(IntRef::Big(b)) => {
            kaa_fmt::parse::int_to_decimal(b, vm.max_str_digits).map_err(|e| vm.fmt_error(e))
        }
        None => Ok(String::new()),
    }
}

pub fn int_type(vm: &Vm) -> ObjRef {
    vm.types.int.clone()
}
