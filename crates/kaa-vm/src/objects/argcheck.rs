//! Argument checking for the methods of str, bytes, bytearray and memoryview, with the exact
//! messages of CPython 3.11's calling conventions: `METH_NOARGS` ("str.upper() takes no
//! arguments (1 given)"), `METH_O` ("str.join() takes exactly one argument (0 given)"),
//! Argument Clinic positional-only functions ("center expected at least 1 argument, got 0"),
//! `PyArg_ParseTuple` ("find() takes at least 1 argument (0 given)"), Argument Clinic
//! functions with keywords ("'x' is an invalid keyword argument for split()"), and the
//! slice-index arguments of `find`/`count`/`startswith` (`_PyEval_SliceIndex`).

use crate::object::Payload;
use crate::value::Value;
use crate::{PyResult, Vm};

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Positional arguments after `self` (`args[0]`).
fn given(args: &[Value]) -> usize {
    args.len().saturating_sub(1)
}

fn no_kw(vm: &mut Vm, kw: &[(Value, Value)], qual: &str) -> PyResult<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!("{qual}() takes no keyword arguments")))
    }
}

/// `METH_NOARGS`: `qual` is the qualified name ("str.upper").
pub fn no_args(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)], qual: &str) -> PyResult<()> {
    no_kw(vm, kw, qual)?;
    let n = given(args);
    if n != 0 {
        return Err(vm.type_error(format!("{qual}() takes no arguments ({n} given)")));
    }
    Ok(())
}

/// `METH_O`: exactly one positional argument, returned.
pub fn one_arg<'a>(
    vm: &mut Vm,
    args: &'a [Value],
    kw: &[(Value, Value)],
    qual: &str,
) -> PyResult<&'a Value> {
    no_kw(vm, kw, qual)?;
    match args {
        [_, a] => Ok(a),
        _ => {
            let n = given(args);
            Err(vm.type_error(format!("{qual}() takes exactly one argument ({n} given)")))
        }
    }
}

/// Argument Clinic, positional-only (`_PyArg_CheckPositional`): `name` is the bare name.
/// No keywords and between `min` and `max` arguments after `self`: the shape `positional`
/// and `tuple_args` accept. Callers test it first so the qualified name used in their
/// messages is only formatted when there is an error to report.
#[inline]
pub fn shape_ok(args: &[Value], kw: &[(Value, Value)], min: usize, max: usize) -> bool {
    kw.is_empty() && (min..=max).contains(&given(args))
}

pub fn positional(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    qual: &str,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<()> {
    no_kw(vm, kw, qual)?;
    let n = given(args);
    if n < min {
        let how = if min == max { "" } else { "at least " };
        return Err(vm.type_error(format!(
            "{name} expected {how}{min} argument{}, got {n}",
            plural(min)
        )));
    }
    if n > max {
        let how = if min == max { "" } else { "at most " };
        return Err(vm.type_error(format!(
            "{name} expected {how}{max} argument{}, got {n}",
            plural(max)
        )));
    }
    Ok(())
}

/// `PyArg_ParseTuple` with optional arguments ("find() takes at least 1 argument (0 given)").
pub fn tuple_args(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    qual: &str,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<()> {
    no_kw(vm, kw, qual)?;
    let n = given(args);
    if n < min {
        return Err(vm.type_error(format!(
            "{name}() takes at least {min} argument{} ({n} given)",
            plural(min)
        )));
    }
    if n > max {
        return Err(vm.type_error(format!(
            "{name}() takes at most {max} argument{} ({n} given)",
            plural(max)
        )));
    }
    Ok(())
}

/// Argument Clinic with keywords: binds positional arguments (after `self`) and keyword
/// arguments to `names`; the first `min` are required.
pub fn bind(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    name: &str,
    names: &[&str],
    min: usize,
) -> PyResult<Vec<Option<Value>>> {
    let pos = args.get(1..).unwrap_or(&[]);
    let total = pos.len() + kw.len();
    if total > names.len() {
        let max = names.len();
        return Err(vm.type_error(format!(
            "{name}() takes at most {max} argument{} ({total} given)",
            plural(max)
        )));
    }
    let mut out: Vec<Option<Value>> = vec![None; names.len()];
    for (slot, v) in out.iter_mut().zip(pos) {
        *slot = Some(v.clone());
    }
    for (k, v) in kw {
        let key = k.as_str().unwrap_or("");
        match names.iter().position(|n| *n == key) {
            Some(i) if i < pos.len() => {
                return Err(vm.type_error(format!(
                    "argument for {name}() given by name ('{key}') and position ({})",
                    i + 1
                )));
            }
            Some(i) => {
                if let Some(slot) = out.get_mut(i) {
                    *slot = Some(v.clone());
                }
            }
            None => {
                return Err(vm.type_error(format!(
                    "'{key}' is an invalid keyword argument for {name}()"
                )));
            }
        }
    }
    for (i, slot) in out.iter().enumerate().take(min) {
        if slot.is_none() {
            let p = names.get(i).copied().unwrap_or("");
            return Err(vm.type_error(format!(
                "{name}() missing required argument '{p}' (pos {})",
                i + 1
            )));
        }
    }
    Ok(out)
}

/// `_PyEval_SliceIndex`: None (or absent) gives None; ints beyond `i64` clamp.
pub fn slice_index(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    let v = match v {
        None | Some(Value::None) => return Ok(None),
        Some(v) => v,
    };
    match v {
        Value::Int(i) => return Ok(Some(*i)),
        Value::Bool(b) => return Ok(Some(*b as i64)),
        _ => {}
    }
    let tp = vm.type_of(v);
    if crate::types::lookup(&tp, "__index__").is_none() {
        return Err(
            vm.type_error("slice indices must be integers or None or have an __index__ method")
        );
    }
    let r = vm.index(v)?;
    Ok(Some(clamp_int(&r)))
}

/// An int value as `i64`, clamped (big ints become `i64::MAX`/`i64::MIN`).
pub fn clamp_int(v: &Value) -> i64 {
    match v {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        Value::Obj(o) => match &o.payload {
            Payload::Int(b) => {
                use num_traits::ToPrimitive;
                b.to_i64()
                    .unwrap_or(if b.sign() == num_bigint::Sign::Minus {
                        i64::MIN
                    } else {
                        i64::MAX
                    })
            }
            _ => 0,
        },
        _ => 0,
    }
}

/// CPython's `ADJUST_INDICES`: optional start/end made absolute and clamped to `[0, len]`
/// (start may still exceed end).
pub fn adjust_indices(start: Option<i64>, end: Option<i64>, len: usize) -> (usize, usize) {
    let len = len as i64;
    let mut end = end.unwrap_or(len);
    let mut start = start.unwrap_or(0);
    if end > len {
        end = len;
    } else if end < 0 {
        end = (end + len).max(0);
    }
    if start < 0 {
        start = (start + len).max(0);
    }
    (start.max(0) as usize, end.max(0) as usize)
}

/// An `__index__` argument as `i64`; OverflowError ("Python int too large to convert to C
/// ssize_t") when it does not fit.
pub fn ssize_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    vm.index_i64(v)
}
