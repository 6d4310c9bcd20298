//! `int.to_bytes(length=1, byteorder='big', *, signed=False)` and the class method
//! `int.from_bytes(bytes, byteorder='big', *, signed=False)` as in CPython 3.11, with its
//! OverflowError/ValueError messages; `from_bytes` accepts any bytes-like object or
//! iterable of ints, and calls a subclass with the result.

use super::argcheck;
use super::num::{as_int, IntRef};
use crate::value::Value;
use crate::{PyResult, Vm};
use num_bigint::{BigInt, Sign};

fn byteorder(vm: &mut Vm, v: Option<Value>, name: &str) -> PyResult<bool> {
    let s = super::str_case::named_str_arg(vm, v, name, "byteorder", "big")?;
    match s.as_str() {
        "big" => Ok(false),
        "little" => Ok(true),
        _ => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
    }
}

fn signed_arg(vm: &mut Vm, v: Option<Value>) -> PyResult<bool> {
    match v {
        None => Ok(false),
        Some(v) => vm.truthy(&v),
    }
}

/// Binds `(positional..., *, signed)` for the two methods.
fn split_kw(kw: &[(Value, Value)]) -> (Vec<(Value, Value)>, Option<Value>) {
    let mut rest = Vec::new();
    let mut signed = None;
    for (k, v) in kw {
        if k.as_str() == Some("signed") {
            signed = Some(v.clone());
        } else {
            rest.push((k.clone(), v.clone()));
        }
    }
    (rest, signed)
}

fn to_bytes(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (kw, signed) = split_kw(kw);
    let b = argcheck::bind(vm, args, &kw, "to_bytes", &["length", "byteorder"], 0)?;
    let length = match b.first().cloned().flatten() {
        Some(v) => argcheck::ssize_arg(vm, &v)?,
        None => 1,
    };
    let little = byteorder(vm, b.get(1).cloned().flatten(), "to_bytes")?;
    let signed = signed_arg(vm, signed)?;
    if length < 0 {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    let n: BigInt = match as_int(&args[0]) {
        Some(IntRef::Small(i)) => BigInt::from(i),
        Some(IntRef::Big(b)) => b.clone(),
        None => return Err(vm.type_error("descriptor 'to_bytes' requires an 'int' object")),
    };
    if !signed && n.sign() == Sign::Minus {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes = if signed {
        n.to_signed_bytes_le()
    } else {
        n.to_bytes_le().1
    };
    if n.sign() == Sign::NoSign {
        bytes.clear();
    }
    let length = length as usize;
    if bytes.len() > length {
        return Err(vm.overflow_error("int too big to convert"));
    }
    let pad = if signed && n.sign() == Sign::Minus {
        0xff
    } else {
        0
    };
    bytes.resize(length, pad);
    if !little {
        bytes.reverse();
    }
    Ok(vm.new_bytes(bytes))
}

fn from_bytes(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (kw, signed) = split_kw(kw);
    let b = argcheck::bind(vm, args, &kw, "from_bytes", &["bytes", "byteorder"], 1)?;
    let src = b.first().cloned().flatten().unwrap_or(Value::None);
    let little = byteorder(vm, b.get(1).cloned().flatten(), "from_bytes")?;
    let signed = signed_arg(vm, signed)?;
    let data = match super::bytesobj::bytes_like(&src) {
        Some(d) => d,
        None if src.as_str().is_some() => {
            return Err(vm.type_error("cannot convert 'str' object to bytes"));
        }
        None => {
            let bt = Value::Obj(vm.types.bytes.clone());
            let r = vm.call(&bt, &[src])?;
            super::bytesobj::bytes_like(&r).unwrap_or_default()
        }
    };
    let n = match (signed, little) {
        (true, true) => BigInt::from_signed_bytes_le(&data),
        (true, false) => BigInt::from_signed_bytes_be(&data),
        (false, true) => BigInt::from_bytes_le(Sign::Plus, &data),
        (false, false) => BigInt::from_bytes_be(Sign::Plus, &data),
    };
    let v = vm.new_int(n);
    let cls = args.first().cloned().unwrap_or(Value::None);
    if cls
        .as_obj()
        .is_some_and(|c| std::rc::Rc::ptr_eq(c, &vm.types.int))
    {
        return Ok(v);
    }
    vm.call(&cls, &[v])
}

pub fn init(vm: &mut Vm) {
    let t = vm.types.int.clone();
    vm.add_method(&t, "to_bytes", to_bytes);
    vm.add_classmethod(&t, "from_bytes", from_bytes);
}
