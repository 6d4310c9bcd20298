//! The int and float types as Python sees them: constructors (`int(x)`, `int(s, base)`,
//! `float(x)`, `float(s)`), the arithmetic and comparison special methods (each generated
//! from the shared functions in `num.rs`, reflected forms included), hashing, `__bool__`,
//! `__index__`, `__format__`, `__round__`, and the common methods (`bit_length`,
//! `is_integer`, `as_integer_ratio`, `conjugate`, `real`/`imag`...).

use super::num::{self, as_int, float_binop, int_binop, IntRef};
use super::typeobj::add_getset;
use crate::object::Payload;
use crate::value::Value;
use crate::{PyResult, Vm};
use kaa_compiler::opcodes::{BinOpKind, CmpKind};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

/// The int value of an int or int-subclass instance as a plain Value (inline or big).
pub fn int_value(vm: &Vm, v: &Value) -> Option<Value> {
    match as_int(v)? {
        IntRef::Small(i) => Some(Value::Int(i)),
        IntRef::Big(b) => Some(vm.new_int(b.clone())),
    }
}

fn plain_int(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    int_value(vm, v).ok_or_else(|| vm.type_error("descriptor requires an 'int' object"))
}

macro_rules! int_binops {
    ($($name:ident, $rname:ident, $kind:expr);* $(;)?) => {
        $(
            fn $name(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
                let a = plain_int(vm, &args[0])?;
                let b = args.get(1).cloned().unwrap_or(Value::None);
                if as_int(&b).is_none() {
                    return Ok(vm.not_implemented.clone());
                }
                int_binop(vm, &a, &b, $kind)
            }
            fn $rname(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
                let a = plain_int(vm, &args[0])?;
                let b = args.get(1).cloned().unwrap_or(Value::None);
                if as_int(&b).is_none() {
                    return Ok(vm.not_implemented.clone());
                }
                int_binop(vm, &b, &a, $kind)
            }
        )*
    };
}

int_binops!(
    int_add, int_radd, BinOpKind::Add;
    int_sub, int_rsub, BinOpKind::Sub;
    int_mul, int_rmul, BinOpKind::Mul;
    int_truediv, int_rtruediv, BinOpKind::TrueDiv;
    int_floordiv, int_rfloordiv, BinOpKind::FloorDiv;
    int_mod, int_rmod, BinOpKind::Mod;
    int_lshift, int_rlshift, BinOpKind::LShift;
    int_rshift, int_rrshift, BinOpKind::RShift;
    int_and, int_rand, BinOpKind::And;
    int_or, int_ror, BinOpKind::Or;
    int_xor, int_rxor, BinOpKind::Xor;
);

/// `pow(base, exp, mod)` for ints.
pub fn int_pow3(vm: &mut Vm, a: &Value, b: &Value, m: &Value) -> PyResult<Value> {
    let (Some(x), Some(e), Some(md)) = (num::to_bigint(a), num::to_bigint(b), num::to_bigint(m))
    else {
        return Err(
            vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
        );
    };
    if md.is_zero() {
        return Err(vm.value_error("pow() 3rd argument cannot be 0"));
    }
    let mut base = x;
    let mut exp = e;
    if exp.is_negative() {
        // Modular inverse.
        let inv = mod_inverse(&base, &md);
        match inv {
            Some(i) => {
                base = i;
                exp = -exp;
            }
            None => return Err(vm.value_error("base is not invertible for the given modulus")),
        }
    }
    let mabs = md.abs();
    let mut r = base.modpow(&exp, &mabs);
    if md.is_negative() && !r.is_zero() {
        r += &md;
    }
    if !md.is_negative() && r.is_negative() {
        r += &mabs;
    }
    Ok(vm.new_int(r))
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    use num_integer::Integer;
    let m = m.abs();
    let a = a.mod_floor(&m);
    let g = a.extended_gcd(&m);
    if g.gcd != BigInt::from(1) {
        return None;
    }
    Some(g.x.mod_floor(&m))
}

fn int_pow(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = plain_int(vm, &args[0])?;
    let b = args.get(1).cloned().unwrap_or(Value::None);
    if as_int(&b).is_none() {
        return Ok(vm.not_implemented.clone());
    }
    match args.get(2) {
        Some(m) if !m.is_none() => int_pow3(vm, &a, &b, m),
        _ => int_binop(vm, &a, &b, BinOpKind::Pow),
    }
}

fn int_rpow(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = plain_int(vm, &args[0])?;
    let b = args.get(1).cloned().unwrap_or(Value::None);
    if as_int(&b).is_none() {
        return Ok(vm.not_implemented.clone());
    }
    int_binop(vm, &b, &a, BinOpKind::Pow)
}

fn int_divmod(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = plain_int(vm, &args[0])?;
    let b = args.get(1).cloned().unwrap_or(Value::None);
    if as_int(&b).is_none() {
        return Ok(vm.not_implemented.clone());
    }
    let q = int_binop(vm, &a, &b, BinOpKind::FloorDiv)?;
    let r = int_binop(vm, &a, &b, BinOpKind::Mod)?;
    Ok(vm.new_pair(q, r))
}

fn int_rdivmod(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let b = args.get(1).cloned().unwrap_or(Value::None);
    if as_int(&b).is_none() {
        return Ok(vm.not_implemented.clone());
    }
    int_divmod(vm, &[b, args[0].clone()], &[])
}

macro_rules! num_cmp {
    ($name:ident, $op:expr) => {
        fn $name(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
            let a = args[0].clone();
            let b = args.get(1).cloned().unwrap_or(Value::None);
            let a = match &a {
                Value::Obj(o) => match &o.payload {
                    Payload::Float(f) => Value::Float(*f),
                    _ => int_value(vm, &a).unwrap_or(a.clone()),
                },
                _ => a,
            };
            let a_is_float = matches!(a, Value::Float(_));
            let b = match &b {
                Value::Obj(o) => match &o.payload {
                    Payload::Float(f) if a_is_float => Value::Float(*f),
                    Payload::Int(_) => int_value(vm, &b).unwrap_or(b.clone()),
                    _ => return Ok(vm.not_implemented.clone()),
                },
                // int's methods compare only with ints; float's take ints and floats.
                Value::Float(_) if !a_is_float => return Ok(vm.not_implemented.clone()),
                Value::Int(_) | Value::Float(_) | Value::Bool(_) => b,
                _ => return Ok(vm.not_implemented.clone()),
            };
            match num::fast_compare(&a, &b, $op) {
                Some(r) => Ok(Value::Bool(r)),
                None => Ok(vm.not_implemented.clone()),
            }
        }
    };
}

num_cmp!(num_eq, CmpKind::Eq);
num_cmp!(num_ne, CmpKind::Ne);
num_cmp!(num_lt, CmpKind::Lt);
num_cmp!(num_le, CmpKind::Le);
num_cmp!(num_gt, CmpKind::Gt);
num_cmp!(num_ge, CmpKind::Ge);

fn int_hash(_vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::Int(match as_int(&args[0]) {
        Some(IntRef::Small(i)) => kaa_fmt::hash::hash_i64(i),
        Some(IntRef::Big(b)) => kaa_fmt::hash::hash_bigint(b),
        None => 0,
    }))
}

fn int_repr(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = num::int_repr(vm, &args[0])?;
    Ok(vm.new_string(s))
}

fn int_bool(_vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::Bool(match as_int(&args[0]) {
        Some(IntRef::Small(i)) => i != 0,
        Some(IntRef::Big(b)) => !b.is_zero(),
        None => true,
    }))
}

fn int_neg(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = plain_int(vm, &args[0])?;
    vm.unary_op(&a, kaa_compiler::opcodes::Op::UnaryNegative)
}

fn int_pos(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    plain_int(vm, &args[0])
}

fn int_invert(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = plain_int(vm, &args[0])?;
    vm.unary_op(&a, kaa_compiler::opcodes::Op::UnaryInvert)
}

fn int_abs(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    match as_int(&args[0]) {
        Some(IntRef::Small(i)) => Ok(match i.checked_abs() {
            Some(a) => Value::Int(a),
            None => vm.new_int(BigInt::from(i).abs()),
        }),
        Some(IntRef::Big(b)) => Ok(vm.new_int(b.abs())),
        None => Err(vm.type_error("bad operand type for abs()")),
    }
}

fn int_float(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    match as_int(&args[0]) {
        Some(IntRef::Small(i)) => Ok(Value::Float(i as f64)),
        Some(IntRef::Big(b)) => Ok(Value::Float(
            kaa_fmt::convert::int_to_f64(b).map_err(|e| vm.fmt_error(e))?,
        )),
        None => Err(vm.type_error("descriptor requires an 'int' object")),
    }
}

fn int_format(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let spec = args.get(1).cloned().unwrap_or(Value::None);
    let Some(spec) = spec.as_str() else {
        return Err(vm.type_error("format() argument 2 must be str"));
    };
    let tn = vm.type_name(&args[0]);
    if matches!(args[0], Value::Bool(_)) && spec.is_empty() {
        return vm.str(&args[0]);
    }
    let fs = kaa_fmt::spec::FormatSpec::parse(spec, &tn).map_err(|e| vm.fmt_error(e))?;
    if matches!(fs.ty, Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%')) {
        let f = match as_int(&args[0]) {
            Some(IntRef::Small(i)) => i as f64,
            Some(IntRef::Big(b)) => kaa_fmt::convert::int_to_f64(b).map_err(|e| vm.fmt_error(e))?,
            None => 0.0,
        };
        let r = kaa_fmt::spec::format_float(f, &fs, &tn).map_err(|e| vm.fmt_error(e))?;
        return Ok(vm.new_string(r));
    }
    let r = match as_int(&args[0]) {
        Some(IntRef::Small(i)) => kaa_fmt::spec::format_int_i64(i, &fs, &tn),
        Some(IntRef::Big(b)) => kaa_fmt::spec::format_int_big(b, &fs, &tn, vm.max_str_digits),
        None => Ok(String::new()),
    }
    .map_err(|e| vm.fmt_error(e))?;
    Ok(vm.new_string(r))
}

fn int_index(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    plain_int(vm, &args[0])
}

fn int_round(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = plain_int(vm, &args[0])?;
    let Some(nd) = args.get(1).filter(|v| !v.is_none()) else {
        return Ok(a);
    };
    let nd = vm.index_i64(nd)?;
    if nd >= 0 {
        return Ok(a);
    }
    // Round to 10**(-nd), half to even.
    let x = num::to_bigint(&a).unwrap_or_default();
    let p = num_traits::pow::Pow::pow(BigInt::from(10), (-nd).min(10000) as u32);
    use num_integer::Integer;
    let (q, r) = x.div_mod_floor(&p);
    let twice = &r * 2;
    let q = if twice > p || (twice == p && q.is_odd()) {
        q + 1
    } else {
        q
    };
    Ok(vm.new_int(q * p))
}

fn int_bit_length(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::Int(match as_int(&args[0]) {
        Some(IntRef::Small(i)) => 64 - i.unsigned_abs().leading_zeros() as i64,
        Some(IntRef::Big(b)) => b.bits() as i64,
        None => return Err(vm.type_error("descriptor requires an 'int' object")),
    }))
}

/// `int.bit_count()`: the number of ones in the binary representation of abs(self).
fn int_bit_count(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::Int(match as_int(&args[0]) {
        Some(IntRef::Small(i)) => i.unsigned_abs().count_ones() as i64,
        Some(IntRef::Big(b)) => b.magnitude().count_ones() as i64,
        None => return Err(vm.type_error("descriptor requires an 'int' object")),
    }))
}

fn int_conjugate(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    plain_int(vm, &args[0])
}

fn int_real(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    plain_int(vm, v)
}

fn int_imag(_vm: &mut Vm, _v: &Value) -> PyResult<Value> {
    Ok(Value::Int(0))
}

fn int_denominator(_vm: &mut Vm, _v: &Value) -> PyResult<Value> {
    Ok(Value::Int(1))
}

fn int_as_integer_ratio(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = plain_int(vm, &args[0])?;
    Ok(vm.new_pair(a, Value::Int(1)))
}

fn int_getnewargs(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = plain_int(vm, &args[0])?;
    Ok(vm.new_tuple(vec![a]))
}

/// `int(x)` / `int(s, base)`.
fn int_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.first() else {
        return Err(vm.type_error("no type"));
    };
    let cls = cls.clone();
    let mut x = args.get(1).cloned();
    let mut base = args.get(2).cloned();
    for (k, v) in kw {
        match k.as_str() {
            Some("base") => base = Some(v.clone()),
            Some("x") if x.is_none() => x = Some(v.clone()),
            Some(o) => {
                return Err(vm.type_error(format!("'{o}' is an invalid keyword argument for int()")))
            }
            None => {}
        }
    }
    if args.len() > 3 {
        return Err(vm.type_error(format!(
            "int() takes at most 2 arguments ({} given)",
            args.len() - 1
        )));
    }
    let v = match (x, base) {
        (None, None) => Value::Int(0),
        (None, Some(_)) => return Err(vm.type_error("int() missing string argument")),
        (Some(x), None) => int_from_value(vm, &x)?,
        (Some(x), Some(b)) => {
            let b = vm.index_i64(&b)?;
            if b != 0 && !(2..=36).contains(&b) {
                return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
            }
            let text: Result<kaa_fmt::parse::ParsedInt, kaa_fmt::parse::ParseIntError> = match x
                .payload()
            {
                Some(Payload::Str(s)) => {
                    kaa_fmt::parse::parse_int(s.as_str(), b as u32, vm.max_str_digits)
                }
                Some(Payload::Bytes(bs)) => {
                    kaa_fmt::parse::parse_int_bytes(bs, b as u32, vm.max_str_digits)
                }
                Some(Payload::ByteArray(bs)) => {
                    let bs = bs.borrow().clone();
                    kaa_fmt::parse::parse_int_bytes(&bs, b as u32, vm.max_str_digits)
                }
                _ => return Err(vm.type_error("int() can't convert non-string with explicit base")),
            };
            match text {
                Ok(p) => vm.new_int(p.to_bigint()),
                Err(e) => {
                    let r = vm.repr_string(&x)?;
                    return Err(vm.fmt_error(e.to_fmt_error(b as u32, &r)));
                }
            }
        }
    };
    if std::rc::Rc::ptr_eq(&cls, &vm.types.int) {
        return Ok(v);
    }
    let big = num::to_bigint(&v).unwrap_or_default();
    let o = super::typeobj::new_instance(vm, &cls, Payload::Int(big));
    Ok(Value::Obj(o))
}

/// `int(x)` for one argument: `__int__`, `__index__`, `__trunc__`, or text parsing.
pub fn int_from_value(vm: &mut Vm, x: &Value) -> PyResult<Value> {
    match x {
        Value::Int(_) => return Ok(x.clone()),
        Value::Bool(b) => return Ok(Value::Int(*b as i64)),
        Value::Float(f) => return float_to_int(vm, *f),
        _ => {}
    }
    match x.payload() {
        Some(Payload::Str(s)) => {
            return match kaa_fmt::parse::parse_int(s.as_str(), 10, vm.max_str_digits) {
                Ok(p) => Ok(vm.new_int(p.to_bigint())),
                Err(e) => {
                    let r = vm.repr_string(x)?;
                    Err(vm.fmt_error(e.to_fmt_error(10, &r)))
                }
            };
        }
        Some(Payload::ByteArray(b)) => {
            let b = b.borrow().clone();
            return match kaa_fmt::parse::parse_int_bytes(&b, 10, vm.max_str_digits) {
                Ok(p) => Ok(vm.new_int(p.to_bigint())),
                Err(e) => {
                    let r = vm.repr_string(x)?;
                    Err(vm.fmt_error(e.to_fmt_error(10, &r)))
                }
            };
        }
        Some(Payload::Bytes(b)) => {
            return match kaa_fmt::parse::parse_int_bytes(b, 10, vm.max_str_digits) {
                Ok(p) => Ok(vm.new_int(p.to_bigint())),
                Err(e) => {
                    let r = vm.repr_string(x)?;
                    Err(vm.fmt_error(e.to_fmt_error(10, &r)))
                }
            };
        }
        _ => {}
    }
    for name in ["__int__", "__index__"] {
        if let Some(r) = vm.call_special(x, name, &[])? {
            return match int_value(vm, &r) {
                Some(v) => Ok(v),
                None => {
                    let n = vm.type_name(&r);
                    Err(vm.type_error(format!("{name} returned non-int (type {n})")))
                }
            };
        }
    }
    if let Some(r) = vm.call_special(x, "__trunc__", &[])? {
        return int_from_value(vm, &r);
    }
    let n = vm.type_name(x);
    Err(vm.type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{n}'"
    )))
}

pub fn float_to_int(vm: &mut Vm, f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    match kaa_fmt::convert::f64_to_i64(f.trunc()) {
        Some(i) => Ok(Value::Int(i)),
        None => {
            let b = kaa_fmt::convert::f64_to_bigint(f.trunc()).map_err(|e| vm.fmt_error(e))?;
            Ok(vm.new_int(b))
        }
    }
}

// ---- float ---------------------------------------------------------------------------------------

fn fval(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Obj(o) => match &o.payload {
            Payload::Float(f) => Ok(*f),
            _ => Err(vm.type_error("descriptor requires a 'float' object")),
        },
        _ => Err(vm.type_error("descriptor requires a 'float' object")),
    }
}

fn is_num(v: &Value) -> bool {
    matches!(v, Value::Float(_) | Value::Int(_) | Value::Bool(_))
        || matches!(v.payload(), Some(Payload::Float(_)) | Some(Payload::Int(_)))
}

macro_rules! float_binops {
    ($($name:ident, $rname:ident, $kind:expr);* $(;)?) => {
        $(
            fn $name(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
                let a = Value::Float(fval(vm, &args[0])?);
                let b = args.get(1).cloned().unwrap_or(Value::None);
                if !is_num(&b) {
                    return Ok(vm.not_implemented.clone());
                }
                float_binop(vm, &a, &b, $kind)
            }
            fn $rname(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
                let a = Value::Float(fval(vm, &args[0])?);
                let b = args.get(1).cloned().unwrap_or(Value::None);
                if !is_num(&b) {
                    return Ok(vm.not_implemented.clone());
                }
                float_binop(vm, &b, &a, $kind)
            }
        )*
    };
}

float_binops!(
    float_add, float_radd, BinOpKind::Add;
    float_sub, float_rsub, BinOpKind::Sub;
    float_mul, float_rmul, BinOpKind::Mul;
    float_truediv, float_rtruediv, BinOpKind::TrueDiv;
    float_floordiv, float_rfloordiv, BinOpKind::FloorDiv;
    float_mod, float_rmod, BinOpKind::Mod;
    float_pow, float_rpow, BinOpKind::Pow;
);

fn float_divmod(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = fval(vm, &args[0])?;
    let b = args.get(1).cloned().unwrap_or(Value::None);
    let Some(y) = num::as_float(vm, &b)? else {
        return Ok(vm.not_implemented.clone());
    };
    if y == 0.0 {
        return Err(vm.zero_division("float divmod()"));
    }
    let (q, r) = num::float_divmod(a, y);
    Ok(vm.new_pair(Value::float(q), Value::float(r)))
}

fn float_rdivmod(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let b = args.get(1).cloned().unwrap_or(Value::None);
    let Some(x) = num::as_float(vm, &b)? else {
        return Ok(vm.not_implemented.clone());
    };
    float_divmod(vm, &[Value::Float(x), args[0].clone()], &[])
}

fn float_hash(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let f = fval(vm, &args[0])?;
    let id = args[0].as_obj().map(|o| o.id()).unwrap_or(0);
    Ok(Value::Int(kaa_fmt::hash::hash_f64(f, id)))
}

fn float_repr(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let f = fval(vm, &args[0])?;
    Ok(vm.new_string(kaa_fmt::float_repr::repr(f)))
}

fn float_bool(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::Bool(fval(vm, &args[0])? != 0.0))
}

fn float_neg(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::float(-fval(vm, &args[0])?))
}

fn float_pos(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    exact_float(vm, &args[0])
}

/// The value itself when it is an exact float (CPython returns the same object, which a
/// NaN's identity shows), else a new float with its value.
fn exact_float(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v {
        Value::Float(_) => Ok(v.clone()),
        Value::Obj(o) if o.class_is(&vm.types.float) => Ok(v.clone()),
        _ => Ok(Value::float(fval(vm, v)?)),
    }
}

fn float_abs(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::float(fval(vm, &args[0])?.abs()))
}

fn float_int(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let f = fval(vm, &args[0])?;
    float_to_int(vm, f)
}

fn float_float(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    exact_float(vm, &args[0])
}

fn float_format(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let f = fval(vm, &args[0])?;
    let spec = args.get(1).cloned().unwrap_or(Value::None);
    let Some(spec) = spec.as_str() else {
        return Err(vm.type_error("format() argument 2 must be str"));
    };
    if spec.is_empty() {
        return vm.str(&args[0]);
    }
    let tn = vm.type_name(&args[0]);
    let fs = kaa_fmt::spec::FormatSpec::parse(spec, &tn).map_err(|e| vm.fmt_error(e))?;
    let r = kaa_fmt::spec::format_float(f, &fs, &tn).map_err(|e| vm.fmt_error(e))?;
    Ok(vm.new_string(r))
}

fn float_round(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let f = fval(vm, &args[0])?;
    match args.get(1).filter(|v| !v.is_none()) {
        None => {
            let b = kaa_fmt::round::round_to_int(f).map_err(|e| vm.fmt_error(e))?;
            Ok(vm.new_int(b))
        }
        Some(nd) => {
            let nd = vm.index_i64(nd)?;
            let r = kaa_fmt::round::round_f64(f, nd).map_err(|e| vm.fmt_error(e))?;
            Ok(Value::float(r))
        }
    }
}

fn float_trunc(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    float_int(vm, args, &[])
}

fn float_floor(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let f = fval(vm, &args[0])?;
    float_to_int(vm, f.floor())
}

fn float_ceil(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let f = fval(vm, &args[0])?;
    float_to_int(vm, f.ceil())
}

fn float_is_integer(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let f = fval(vm, &args[0])?;
    Ok(Value::Bool(f.is_finite() && f.fract() == 0.0))
}

fn float_as_integer_ratio(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let f = fval(vm, &args[0])?;
    let (n, d) = kaa_fmt::convert::as_integer_ratio(f).map_err(|e| vm.fmt_error(e))?;
    let (n, d) = (vm.new_int(n), vm.new_int(d));
    Ok(vm.new_pair(n, d))
}

fn float_hex(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let f = fval(vm, &args[0])?;
    Ok(vm.new_string(kaa_fmt::float_hex::float_hex(f)))
}

fn float_fromhex(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = args
        .get(1)
        .and_then(|v| v.as_str())
        .unwrap_or("")
        .to_string();
    let f = kaa_fmt::float_hex::float_fromhex(&s).map_err(|e| vm.fmt_error(e))?;
    let cls = args[0].clone();
    if cls
        .as_obj()
        .is_some_and(|c| std::rc::Rc::ptr_eq(c, &vm.types.float))
    {
        return Ok(Value::float(f));
    }
    vm.call(&cls, &[Value::float(f)])
}

fn float_conjugate(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    exact_float(vm, &args[0])
}

fn float_real(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    exact_float(vm, v)
}

fn float_imag(_vm: &mut Vm, _v: &Value) -> PyResult<Value> {
    Ok(Value::Float(0.0))
}

fn float_getformat(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    match args.get(1).and_then(|v| v.as_str()) {
        Some("double") | Some("float") => Ok(vm.new_str("IEEE, little-endian")),
        Some(_) => Err(vm.value_error("__getformat__() argument 1 must be 'double' or 'float'")),
        None => Err(vm.type_error("__getformat__() argument must be str")),
    }
}

fn float_getnewargs(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let f = fval(vm, &args[0])?;
    Ok(vm.new_tuple(vec![Value::float(f)]))
}

/// `float(x)`.
pub fn float_from_value(vm: &mut Vm, x: &Value) -> PyResult<f64> {
    match x {
        Value::Float(f) => return Ok(*f),
        Value::Int(i) => return Ok(*i as f64),
        Value::Bool(b) => return Ok(*b as i64 as f64),
        _ => {}
    }
    match x.payload() {
        Some(Payload::Str(s)) => {
            return kaa_fmt::parse::parse_float(s.as_str()).ok_or_else(|| {
                let r = crate::repr::str_repr(s.as_str());
                vm.value_error(format!("could not convert string to float: {r}"))
            });
        }
        Some(Payload::Bytes(b)) => {
            return kaa_fmt::parse::parse_float_bytes(b).ok_or_else(|| {
                let r = crate::repr::bytes_repr(b, "b");
                vm.value_error(format!("could not convert string to float: {r}"))
            });
        }
        Some(Payload::ByteArray(b)) => {
            let b = b.borrow().clone();
            return kaa_fmt::parse::parse_float_bytes(&b).ok_or_else(|| {
                let r = format!("bytearray({})", crate::repr::bytes_repr(&b, "b"));
                vm.value_error(format!("could not convert string to float: {r}"))
            });
        }
        Some(Payload::Float(f)) => return Ok(*f),
        _ => {}
    }
    if let Some(r) = vm.call_special(x, "__float__", &[])? {
        return match r {
            Value::Float(f) => Ok(f),
            _ => match r.payload() {
                Some(Payload::Float(f)) => Ok(*f),
                _ => {
                    let n = vm.type_name(x);
                    let rn = vm.type_name(&r);
                    Err(vm.type_error(format!("{n}.__float__ returned non-float (type {rn})")))
                }
            },
        };
    }
    if let Some(r) = vm.call_special(x, "__index__", &[])? {
        return match as_int(&r) {
            Some(IntRef::Small(i)) => Ok(i as f64),
            Some(IntRef::Big(b)) => kaa_fmt::convert::int_to_f64(b).map_err(|e| vm.fmt_error(e)),
            None => Err(vm.type_error("__index__ returned non-int")),
        };
    }
    if let Some(IntRef::Big(b)) = as_int(x) {
        return kaa_fmt::convert::int_to_f64(b).map_err(|e| vm.fmt_error(e));
    }
    let n = vm.type_name(x);
    Err(vm.type_error(format!(
        "float() argument must be a string or a real number, not '{n}'"
    )))
}

fn float_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.first() else {
        return Err(vm.type_error("no type"));
    };
    let cls = cls.clone();
    if !kw.is_empty() {
        return Err(vm.type_error("float() takes no keyword arguments"));
    }
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "float expected at most 1 argument, got {}",
            args.len() - 1
        )));
    }
    let f = match args.get(1) {
        Some(x) => {
            let exact = std::rc::Rc::ptr_eq(&cls, &vm.types.float);
            if exact && x.as_obj().is_some_and(|o| o.class_is(&vm.types.float)) {
                // `float(x)` is `x` itself for an exact float, as in CPython.
                return Ok(x.clone());
            }
            float_from_value(vm, x)?
        }
        None => 0.0,
    };
    if std::rc::Rc::ptr_eq(&cls, &vm.types.float) {
        return Ok(Value::float(f));
    }
    let o = super::typeobj::new_instance(vm, &cls, Payload::Float(f));
    Ok(Value::Obj(o))
}

pub fn init(vm: &mut Vm) {
    let i = vm.types.int.clone();
    vm.add_staticmethod(&i, "__new__", int_new);
    let im: &[(&'static str, crate::object::NativeFn)] = &[
        ("__add__", int_add),
        ("__radd__", int_radd),
        ("__sub__", int_sub),
        ("__rsub__", int_rsub),
        ("__mul__", int_mul),
        ("__rmul__", int_rmul),
        ("__truediv__", int_truediv),
        ("__rtruediv__", int_rtruediv),
        ("__floordiv__", int_floordiv),
        ("__rfloordiv__", int_rfloordiv),
        ("__mod__", int_mod),
        ("__rmod__", int_rmod),
        ("__lshift__", int_lshift),
        ("__rlshift__", int_rlshift),
        ("__rshift__", int_rshift),
        ("__rrshift__", int_rrshift),
        ("__and__", int_and),
        ("__rand__", int_rand),
        ("__or__", int_or),
        ("__ror__", int_ror),
        ("__xor__", int_xor),
        ("__rxor__", int_rxor),
        ("__pow__", int_pow),
        ("__rpow__", int_rpow),
        ("__divmod__", int_divmod),
        ("__rdivmod__", int_rdivmod),
        ("__eq__", num_eq),
        ("__ne__", num_ne),
        ("__lt__", num_lt),
        ("__le__", num_le),
        ("__gt__", num_gt),
        ("__ge__", num_ge),
        ("__hash__", int_hash),
        ("__repr__", int_repr),
        ("__bool__", int_bool),
        ("__neg__", int_neg),
        ("__pos__", int_pos),
        ("__invert__", int_invert),
        ("__abs__", int_abs),
        ("__int__", int_index),
        ("__index__", int_index),
        ("__float__", int_float),
        ("__format__", int_format),
        ("__round__", int_round),
        ("__trunc__", int_index),
        ("__floor__", int_index),
        ("__ceil__", int_index),
        ("bit_length", int_bit_length),
        ("bit_count", int_bit_count),
        ("conjugate", int_conjugate),
        ("as_integer_ratio", int_as_integer_ratio),
        ("__getnewargs__", int_getnewargs),
    ];
    for (n, f) in im {
        vm.add_method(&i, n, *f);
    }
    add_getset(vm, &i, "real", int_real, None);
    add_getset(vm, &i, "imag", int_imag, None);
    add_getset(vm, &i, "numerator", int_real, None);
    add_getset(vm, &i, "denominator", int_denominator, None);
    let f = vm.types.float.clone();
    vm.add_staticmethod(&f, "__new__", float_new);
    let fm: &[(&'static str, crate::object::NativeFn)] = &[
        ("__add__", float_add),
        ("__radd__", float_radd),
        ("__sub__", float_sub),
        ("__rsub__", float_rsub),
        ("__mul__", float_mul),
        ("__rmul__", float_rmul),
        ("__truediv__", float_truediv),
        ("__rtruediv__", float_rtruediv),
        ("__floordiv__", float_floordiv),
        ("__rfloordiv__", float_rfloordiv),
        ("__mod__", float_mod),
        ("__rmod__", float_rmod),
        ("__pow__", float_pow),
        ("__rpow__", float_rpow),
        ("__divmod__", float_divmod),
        ("__rdivmod__", float_rdivmod),
        ("__eq__", num_eq),
        ("__ne__", num_ne),
        ("__lt__", num_lt),
        ("__le__", num_le),
        ("__gt__", num_gt),
        ("__ge__", num_ge),
        ("__hash__", float_hash),
        ("__repr__", float_repr),
        ("__bool__", float_bool),
        ("__neg__", float_neg),
        ("__pos__", float_pos),
        ("__abs__", float_abs),
        ("__int__", float_int),
        ("__float__", float_float),
        ("__format__", float_format),
        ("__round__", float_round),
        ("__trunc__", float_trunc),
        ("__floor__", float_floor),
        ("__ceil__", float_ceil),
        ("is_integer", float_is_integer),
        ("as_integer_ratio", float_as_integer_ratio),
        ("hex", float_hex),
        ("conjugate", float_conjugate),
        ("__getnewargs__", float_getnewargs),
    ];
    for (n, fnc) in fm {
        vm.add_method(&f, n, *fnc);
    }
    vm.add_classmethod(&f, "fromhex", float_fromhex);
    vm.add_classmethod(&f, "__getformat__", float_getformat);
    add_getset(vm, &f, "real", float_real, None);
    add_getset(vm, &f, "imag", float_imag, None);
    let _ = ToPrimitive::to_i64(&BigInt::from(0));
}
