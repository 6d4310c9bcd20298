//! The range type: construction from any `__index__` values, `len`, indexing and slicing,
//! membership, `index`/`count`, iteration both ways, equality and hashing as sequences
//! (CPython compares ranges by the elements they produce), and the `start`/`stop`/`step`
//! attributes. Machine-integer ranges take the fast paths; others use `RangeData::big`.

use super::typeobj::add_getset;
use crate::iter::IterState;
use crate::object::{Object, Payload};
use crate::objects::num::to_bigint;
use crate::range::RangeData;
use crate::types;
use crate::value::Value;
use crate::{PyResult, Vm};
use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive, Zero};

fn range_arg(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    let tp = vm.type_of(v);
    if types::lookup(&tp, "__index__").is_none() {
        let n = types::type_name(&tp);
        return Err(vm.type_error(format!("'{n}' object cannot be interpreted as an integer")));
    }
    let i = vm.index(v)?;
    Ok(to_bigint(&i).unwrap_or_default())
}

fn new_range(vm: &Vm, r: RangeData) -> Value {
    Value::Obj(Object::new(vm.types.range.clone(), Payload::Range(r)))
}

fn range_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("range() takes no keyword arguments"));
    }
    let a = args.get(1..).unwrap_or(&[]);
    // Small ints (the common case) without going through big-int arithmetic.
    let small = match a {
        [Value::Int(n)] => Some((0, *n, 1)),
        [Value::Int(b), Value::Int(e)] => Some((*b, *e, 1)),
        [Value::Int(b), Value::Int(e), Value::Int(s)] if *s != 0 => Some((*b, *e, *s)),
        _ => None,
    };
    if let Some(r) = small.and_then(|(b, e, s)| RangeData::from_small(b, e, s)) {
        return Ok(new_range(vm, r));
    }
    let (start, stop, step) = match a.len() {
        1 => (BigInt::zero(), range_arg(vm, &a[0])?, BigInt::one()),
        2 => (range_arg(vm, &a[0])?, range_arg(vm, &a[1])?, BigInt::one()),
        3 => (
            range_arg(vm, &a[0])?,
            range_arg(vm, &a[1])?,
            range_arg(vm, &a[2])?,
        ),
        0 => return Err(vm.type_error("range expected at least 1 argument, got 0")),
        n => return Err(vm.type_error(format!("range expected at most 3 arguments, got {n}"))),
    };
    if step.is_zero() {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(new_range(vm, RangeData::new(start, stop, step)))
}

fn rng(vm: &mut Vm, v: &Value) -> PyResult<RangeData> {
    match v.payload() {
        Some(Payload::Range(r)) => Ok(r.clone()),
        _ => Err(vm.type_error("descriptor requires a 'range' object")),
    }
}

fn range_len(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let r = rng(vm, &args[0])?;
    match &r.big {
        None => Ok(Value::Int(r.len())),
        Some(b) => match b.len.to_i64() {
            Some(n) => Ok(Value::Int(n)),
            None => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
        },
    }
}

/// A slice bound clamped to a sequence of (arbitrary-precision) length `len`, as
/// `_PySlice_GetLongIndices`.
fn slice_bound(
    vm: &mut Vm,
    v: &Value,
    len: &BigInt,
    step_neg: bool,
    is_start: bool,
) -> PyResult<BigInt> {
    let (lower, upper) = if step_neg {
        (BigInt::from(-1), len - 1u8)
    } else {
        (BigInt::zero(), len.clone())
    };
    if v.is_none() {
        return Ok(match (step_neg, is_start) {
            (true, true) | (false, false) => upper,
            _ => lower,
        });
    }
    let tp = vm.type_of(v);
    if types::lookup(&tp, "__index__").is_none() {
        return Err(
            vm.type_error("slice indices must be integers or None or have an __index__ method")
        );
    }
    let mut i = range_arg(vm, v)?;
    if i.is_negative() {
        i += len;
        if i < lower {
            i = lower;
        }
    } else if i > upper {
        i = upper;
    }
    Ok(i)
}

fn range_getitem(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let r = rng(vm, &args[0])?;
    let key = args.get(1).cloned().unwrap_or(Value::None);
    if let Some(Payload::Slice(s)) = key.payload() {
        let (a, b, c) = (**s).clone();
        let (start, _, step, len) = r.bounds();
        let sstep = if c.is_none() {
            BigInt::one()
        } else {
            let tp = vm.type_of(&c);
            if types::lookup(&tp, "__index__").is_none() {
                return Err(vm.type_error(
                    "slice indices must be integers or None or have an __index__ method",
                ));
            }
            range_arg(vm, &c)?
        };
        if sstep.is_zero() {
            return Err(vm.value_error("slice step cannot be zero"));
        }
        let neg = sstep.is_negative();
        let lo = slice_bound(vm, &a, &len, neg, true)?;
        let hi = slice_bound(vm, &b, &len, neg, false)?;
        let nstart = &start + &step * lo;
        let nstop = &start + &step * hi;
        let nstep = step * sstep;
        return Ok(new_range(vm, RangeData::new(nstart, nstop, nstep)));
    }
    let tp = vm.type_of(&key);
    if types::lookup(&tp, "__index__").is_none() {
        let tn = types::type_name(&tp);
        return Err(vm.type_error(format!(
            "range indices must be integers or slices, not {tn}"
        )));
    }
    if r.big.is_none() {
        if let Ok(i) = vm.index_i64(&key) {
            let n = r.len();
            let idx = if i < 0 { i + n } else { i };
            if idx < 0 || idx >= n {
                return Err(vm.index_error("range object index out of range"));
            }
            return Ok(Value::Int(r.at(idx)));
        }
    }
    let (start, _, step, len) = r.bounds();
    let mut i = range_arg(vm, &key)?;
    if i.is_negative() {
        i += &len;
    }
    if i.is_negative() || i >= len {
        return Err(vm.index_error("range object index out of range"));
    }
    Ok(vm.new_int(start + step * i))
}

/// The exact int value of `x` when it is an int or bool (membership by arithmetic), else None.
fn exact_int(vm: &Vm, x: &Value) -> Option<BigInt> {
    match x {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::Obj(o) if o.class_is(&vm.types.int) => to_bigint(x),
        _ => None,
    }
}

/// Elements in order, for the comparison-based fallbacks (`x in r` for non-ints).
fn each_element(
    vm: &mut Vm,
    r: &RangeData,
    mut f: impl FnMut(&mut Vm, Value) -> PyResult<bool>,
) -> PyResult<()> {
    let (start, _, step, len) = r.bounds();
    let mut cur = start;
    let mut i = BigInt::zero();
    while i < len {
        if !f(vm, vm.new_int(cur.clone()))? {
            break;
        }
        cur += &step;
        i += 1u8;
    }
    Ok(())
}

fn range_contains(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let r = rng(vm, &args[0])?;
    let x = args.get(1).cloned().unwrap_or(Value::None);
    if let Value::Int(i) = x {
        return Ok(Value::Bool(r.contains(i)));
    }
    if let Some(i) = exact_int(vm, &x) {
        return Ok(Value::Bool(r.contains_big(&i)));
    }
    let mut found = false;
    each_element(vm, &r, |vm, v| {
        found = vm.eq(&v, &x)?;
        Ok(!found)
    })?;
    Ok(Value::Bool(found))
}

/// An iterator from `first` taking `len` steps of `step`.
fn iter_from(vm: &mut Vm, first: BigInt, len: BigInt, step: BigInt) -> Value {
    match (first.to_i64(), len.to_i64(), step.to_i64()) {
        (Some(next), Some(remaining), Some(step))
            if next.checked_add(step.saturating_mul(remaining)).is_some() =>
        {
            vm.new_iter(IterState::Range {
                next,
                remaining,
                step,
            })
        }
        _ => vm.new_iter(IterState::BigRange(Box::new((first, len, step)))),
    }
}

fn range_iter(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let r = rng(vm, &args[0])?;
    if r.big.is_none() {
        return Ok(vm.new_iter(IterState::Range {
            next: r.start,
            remaining: r.len(),
            step: r.step,
        }));
    }
    let (start, _, step, len) = r.bounds();
    Ok(iter_from(vm, start, len, step))
}

fn range_reversed(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let r = rng(vm, &args[0])?;
    let (start, _, step, len) = r.bounds();
    let last = if len.is_positive() {
        &start + &step * (&len - 1u8)
    } else {
        start
    };
    Ok(iter_from(vm, last, len, -step))
}

fn range_eq(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = rng(vm, &args[0])?;
    let Some(Payload::Range(b)) = args.get(1).and_then(|b| b.payload()) else {
        return Ok(vm.not_implemented.clone());
    };
    let (sa, _, ta, la) = a.bounds();
    let (sb, _, tb, lb) = b.bounds();
    let eq = la == lb && (la.is_zero() || (sa == sb && (la.is_one() || ta == tb)));
    Ok(Value::Bool(eq))
}

fn range_hash(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let r = rng(vm, &args[0])?;
    let (start, _, step, len) = r.bounds();
    let t = if len.is_zero() {
        vec![Value::Int(0), Value::None, Value::None]
    } else if len.is_one() {
        vec![Value::Int(1), vm.new_int(start), Value::None]
    } else {
        vec![vm.new_int(len), vm.new_int(start), vm.new_int(step)]
    };
    let t = vm.new_tuple(t);
    Ok(Value::Int(vm.hash(&t)?))
}

fn range_start(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let b = rng(vm, v)?.bounds();
    Ok(vm.new_int(b.0))
}
fn range_stop(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let b = rng(vm, v)?.bounds();
    Ok(vm.new_int(b.1))
}
fn range_step(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let b = rng(vm, v)?.bounds();
    Ok(vm.new_int(b.2))
}

fn range_index(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let r = rng(vm, &args[0])?;
    let x = args.get(1).cloned().unwrap_or(Value::None);
    if let Some(i) = exact_int(vm, &x) {
        if r.contains_big(&i) {
            let (start, _, step, _) = r.bounds();
            return Ok(vm.new_int((i - start) / step));
        }
        return Err(vm.value_error(format!("{i} is not in range")));
    }
    let mut at: Option<BigInt> = None;
    let mut k = BigInt::zero();
    each_element(vm, &r, |vm, v| {
        if vm.eq(&v, &x)? {
            at = Some(k.clone());
            return Ok(false);
        }
        k += 1u8;
        Ok(true)
    })?;
    match at {
        Some(k) => Ok(vm.new_int(k)),
        None => {
            let rs = vm.repr_string(&x)?;
            Err(vm.value_error(format!("{rs} is not in range")))
        }
    }
}

fn range_count(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let r = rng(vm, &args[0])?;
    let x = args.get(1).cloned().unwrap_or(Value::None);
    if let Some(i) = exact_int(vm, &x) {
        return Ok(Value::Int(r.contains_big(&i) as i64));
    }
    let mut c = 0;
    each_element(vm, &r, |vm, v| {
        if vm.eq(&v, &x)? {
            c += 1;
        }
        Ok(true)
    })?;
    Ok(Value::Int(c))
}

fn range_bool(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::Bool(!rng(vm, &args[0])?.is_empty()))
}

pub fn init(vm: &mut Vm) {
    let r = vm.types.range.clone();
    vm.add_staticmethod(&r, "__new__", range_new);
    for (n, f) in [
        ("__len__", range_len as crate::object::NativeFn),
        ("__bool__", range_bool),
        ("__getitem__", range_getitem),
        ("__contains__", range_contains),
        ("__iter__", range_iter),
        ("__reversed__", range_reversed),
        ("__eq__", range_eq),
        ("__hash__", range_hash),
        ("__repr__", super::misc::repr_builtin),
        ("index", range_index),
        ("count", range_count),
    ] {
        vm.add_method(&r, n, f);
    }
    add_getset(vm, &r, "start", range_start, None);
    add_getset(vm, &r, "stop", range_stop, None);
    add_getset(vm, &r, "step", range_step, None);
}
