//! Smaller built-in types: range, slice (with CPython's index clamping), NoneType, bool,
//! NotImplementedType, ellipsis, mappingproxy, dict views, the built-in iterator type, cell,
//! code, module, traceback and frame attributes.

use super::typeobj::add_getset;
use crate::object::{Object, Payload};
use crate::types;
use crate::value::Value;
use crate::{PyResult, Vm};

/// The slice `BUILD_SLICE` (`a[i:j]`) makes. A slice of inline bounds (ints, `None`) is
/// remembered, and reused in place by the next one once nothing else holds it: slicing in
/// a loop then allocates no slice. Holding it keeps nothing else alive (its bounds are
/// inline values), so no finaliser or weak reference can tell.
pub fn build_slice(vm: &mut Vm, start: Value, stop: Value, step: Value) -> Value {
    let inline = |v: &Value| !matches!(v, Value::Obj(_) | Value::Null);
    if !(inline(&start) && inline(&stop) && inline(&step)) {
        return Value::Obj(Object::new(
            vm.types.slice.clone(),
            Payload::Slice(Box::new((start, stop, step))),
        ));
    }
    if let Some(spare) = &mut vm.spare_slice {
        if let Some(o) = std::rc::Rc::get_mut(spare) {
            if let Payload::Slice(b) = &mut o.payload {
                // The old bounds are inline values, which need no drop: forgetting them
                // skips the out-of-line drop glue.
                std::mem::forget(std::mem::replace(&mut **b, (start, stop, step)));
                return Value::Obj(spare.clone());
            }
        }
    }
    let o = Object::new(
        vm.types.slice.clone(),
        Payload::Slice(Box::new((start, stop, step))),
    );
    vm.spare_slice = Some(o.clone());
    Value::Obj(o)
}

/// Slice start/stop/step clamped to a sequence of length `n` (`PySlice_GetIndicesEx`).
pub fn slice_indices(vm: &mut Vm, s: &Value, n: i64) -> PyResult<(i64, i64, i64)> {
    let Some(Payload::Slice(sl)) = s.payload() else {
        return Ok((0, 0, 1));
    };
    // Borrowed, not cloned: a slice is immutable, and cloning its three values cost a
    // reference-count round trip each on every slicing operation.
    let (a, b, c) = &**sl;
    let step = slice_bound(vm, c)?.unwrap_or(1);
    if step == 0 {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let (lo, hi) = if step < 0 { (-1, n - 1) } else { (0, n) };
    let fix = |v: Option<i64>, default: i64| -> i64 {
        match v {
            None => default,
            Some(i) => {
                let i = if i < 0 { i + n } else { i };
                i.clamp(lo, hi)
            }
        }
    };
    let start = fix(slice_bound(vm, a)?, if step < 0 { n - 1 } else { 0 });
    let stop = fix(slice_bound(vm, b)?, if step < 0 { -1 } else { n });
    Ok((start, stop, step))
}

/// One slice bound as an index (`None` when absent): inline here for the usual ints and
/// `None`, so the `__index__` protocol's register-heavy path stays out of every slicing.
#[inline(always)]
fn slice_bound(vm: &mut Vm, v: &Value) -> PyResult<Option<i64>> {
    match v {
        Value::None => Ok(None),
        Value::Int(i) => Ok(Some(*i)),
        Value::Bool(b) => Ok(Some(*b as i64)),
        _ => slice_bound_slow(vm, v),
    }
}

#[cold]
#[inline(never)]
fn slice_bound_slow(vm: &mut Vm, v: &Value) -> PyResult<Option<i64>> {
    let tp = vm.type_of(v);
    if types::lookup(&tp, "__index__").is_none() {
        return Err(
            vm.type_error("slice indices must be integers or None or have an __index__ method")
        );
    }
    match vm.index_i64(v) {
        Ok(i) => Ok(Some(i)),
        Err(_) => {
            // Huge indices clamp.
            let iv = vm.index(v)?;
            let neg = matches!(iv.payload(), Some(Payload::Int(b)) if b.sign() == num_bigint::Sign::Minus);
            Ok(Some(if neg { i64::MIN / 2 } else { i64::MAX / 2 }))
        }
    }
}

/// Number of items a clamped slice selects.
pub fn slice_len(start: i64, stop: i64, step: i64) -> i64 {
    if step > 0 {
        if start < stop {
            (stop - start - 1) / step + 1
        } else {
            0
        }
    } else if stop < start {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    }
}

// ---- slice ------------------------------------------------------------------------------------

fn slice_new(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = &args[1..];
    let (start, stop, step) = match a.len() {
        1 => (Value::None, a[0].clone(), Value::None),
        2 => (a[0].clone(), a[1].clone(), Value::None),
        3 => (a[0].clone(), a[1].clone(), a[2].clone()),
        0 => return Err(vm.type_error("slice expected at least 1 argument, got 0")),
        n => return Err(vm.type_error(format!("slice expected at most 3 arguments, got {n}"))),
    };
    Ok(Value::Obj(Object::new(
        vm.types.slice.clone(),
        Payload::Slice(Box::new((start, stop, step))),
    )))
}

fn slice_part(vm: &mut Vm, v: &Value, i: usize) -> PyResult<Value> {
    match v.payload() {
        Some(Payload::Slice(s)) => Ok([&s.0, &s.1, &s.2][i].clone()),
        _ => Err(vm.type_error("descriptor requires a 'slice' object")),
    }
}
fn slice_start(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    slice_part(vm, v, 0)
}
fn slice_stop(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    slice_part(vm, v, 1)
}
fn slice_step(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    slice_part(vm, v, 2)
}

fn slice_indices_m(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let n = vm.index_i64(args.get(1).unwrap_or(&Value::Int(0)))?;
    if n < 0 {
        return Err(vm.value_error("length should not be negative"));
    }
    let (a, b, c) = slice_indices(vm, &args[0], n)?;
    Ok(vm.new_tuple(vec![Value::Int(a), Value::Int(b), Value::Int(c)]))
}

fn slice_cmp(vm: &mut Vm, args: &[Value], op: kaa_compiler::opcodes::CmpKind) -> PyResult<Value> {
    let (Some(Payload::Slice(s1)), Some(Payload::Slice(s2))) =
        (args[0].payload(), args.get(1).and_then(|o| o.payload()))
    else {
        return Ok(vm.not_implemented.clone());
    };
    let ((a, b, c), (x, y, z)) = (&**s1, &**s2);
    let t1 = vm.new_tuple(vec![a.clone(), b.clone(), c.clone()]);
    let t2 = vm.new_tuple(vec![x.clone(), y.clone(), z.clone()]);
    vm.compare(&t1, &t2, op)
}

fn slice_lt(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    slice_cmp(vm, args, kaa_compiler::opcodes::CmpKind::Lt)
}
fn slice_le(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    slice_cmp(vm, args, kaa_compiler::opcodes::CmpKind::Le)
}
fn slice_gt(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    slice_cmp(vm, args, kaa_compiler::opcodes::CmpKind::Gt)
}
fn slice_ge(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    slice_cmp(vm, args, kaa_compiler::opcodes::CmpKind::Ge)
}

fn slice_eq(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (Some(Payload::Slice(s1)), Some(Payload::Slice(s2))) =
        (args[0].payload(), args.get(1).and_then(|o| o.payload()))
    else {
        return Ok(vm.not_implemented.clone());
    };
    let ((a, b, c), (x, y, z)) = (&**s1, &**s2);
    let t1 = vm.new_tuple(vec![a.clone(), b.clone(), c.clone()]);
    let t2 = vm.new_tuple(vec![x.clone(), y.clone(), z.clone()]);
    Ok(Value::Bool(vm.eq(&t1, &t2)?))
}

// ---- None, bool, NotImplemented, Ellipsis --------------------------------------------------------

fn none_new(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    if args.len() > 1 {
        return Err(vm.type_error("NoneType takes no arguments"));
    }
    Ok(Value::None)
}

fn none_bool(_vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::Bool(false))
}

fn bool_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("bool() takes no keyword arguments"));
    }
    match args.len() {
        1 => Ok(Value::Bool(false)),
        2 => Ok(Value::Bool(vm.truthy(&args[1])?)),
        n => Err(vm.type_error(format!("bool expected at most 1 argument, got {}", n - 1))),
    }
}

fn bool_repr(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let b = matches!(args[0], Value::Bool(true));
    Ok(vm.new_str(if b { "True" } else { "False" }))
}

pub(crate) fn repr_builtin(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let r = vm.builtin_repr(&args[0])?;
    Ok(vm.new_string(r))
}

fn singleton_new_ni(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(vm.not_implemented.clone())
}

fn singleton_new_ellipsis(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(vm.ellipsis.clone())
}

fn ni_bool(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    // 3.11 still treats NotImplemented as true (with a DeprecationWarning).
    let _ = vm;
    Ok(Value::Bool(true))
}

// ---- mappingproxy and dict views ------------------------------------------------------------

fn proxy_target(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v.payload() {
        Some(Payload::MappingProxy(m)) => Ok(m.clone()),
        _ => Err(vm.type_error("descriptor requires a 'mappingproxy' object")),
    }
}

fn proxy_getitem(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let m = proxy_target(vm, &args[0])?;
    vm.getitem(&m, args.get(1).unwrap_or(&Value::None))
}

fn proxy_forward(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Value> {
    let m = proxy_target(vm, &args[0])?;
    vm.call_method(&m, name, &args[1..])
}

fn proxy_len(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let m = proxy_target(vm, &args[0])?;
    Ok(Value::Int(vm.len(&m)? as i64))
}
fn proxy_iter(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let m = proxy_target(vm, &args[0])?;
    vm.iter(&m)
}
fn proxy_contains(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let m = proxy_target(vm, &args[0])?;
    Ok(Value::Bool(
        vm.contains(&m, args.get(1).unwrap_or(&Value::None))?,
    ))
}
fn proxy_keys(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    proxy_forward(vm, args, "keys")
}
fn proxy_values(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    proxy_forward(vm, args, "values")
}
fn proxy_items(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    proxy_forward(vm, args, "items")
}
fn proxy_get(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    proxy_forward(vm, args, "get")
}
fn proxy_copy(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    proxy_forward(vm, args, "copy")
}
fn proxy_str(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let m = proxy_target(vm, &args[0])?;
    let s = vm.str_string(&m)?;
    Ok(vm.new_string(s))
}
fn proxy_reversed(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let m = proxy_target(vm, &args[0])?;
    let f = vm.builtins_dict.clone();
    let rev = vm.dict_get_str(&f, "reversed").unwrap_or(Value::None);
    vm.call(&rev, &[m])
}
fn proxy_eq(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let m = proxy_target(vm, &args[0])?;
    let other = args.get(1).cloned().unwrap_or(Value::None);
    Ok(Value::Bool(vm.eq(&m, &other)?))
}
/// `proxy | other` and `other | proxy` operate on (a copy of) the underlying mapping.
fn proxy_or(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let m = proxy_target(vm, &args[0])?;
    let other = args.get(1).cloned().unwrap_or(Value::None);
    let other = match other.payload() {
        Some(Payload::MappingProxy(o)) => o.clone(),
        _ => other,
    };
    vm.binary_op(&m, &other, kaa_compiler::opcodes::BinOpKind::Or, false)
}
fn proxy_ror(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let m = proxy_target(vm, &args[0])?;
    let other = args.get(1).cloned().unwrap_or(Value::None);
    vm.binary_op(&other, &m, kaa_compiler::opcodes::BinOpKind::Or, false)
}

fn proxy_new(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let m = args.get(1).cloned().unwrap_or(Value::None);
    let tp = vm.type_of(&m);
    if types::lookup(&tp, "__getitem__").is_none()
        || matches!(
            m.payload(),
            Some(Payload::List(_)) | Some(Payload::Tuple(_))
        )
    {
        let n = types::type_name(&tp);
        return Err(vm.type_error(format!(
            "mappingproxy() argument must be a mapping, not {n}"
        )));
    }
    Ok(Value::Obj(Object::new(
        vm.types.mappingproxy.clone(),
        Payload::MappingProxy(m),
    )))
}

// ---- iterator ---------------------------------------------------------------------------------

fn iter_iter(_vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(args[0].clone())
}

fn iter_next(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let Value::Obj(o) = &args[0] else {
        return Err(vm.type_error("not an iterator"));
    };
    match crate::iter::next(vm, o)? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration(Value::None)),
    }
}

fn iter_length_hint(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let Value::Obj(o) = &args[0] else {
        return Err(vm.type_error("not an iterator"));
    };
    match crate::iter::length_hint(o) {
        Some(n) => Ok(Value::Int(n as i64)),
        None => Ok(vm.not_implemented.clone()),
    }
}

// ---- cell, code, module, traceback, frame -----------------------------------------------------

fn cell_contents(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v.payload() {
        Some(Payload::Cell(c)) => {
            let x = c.borrow().clone();
            if x.is_null() {
                return Err(vm.value_error("Cell is empty"));
            }
            Ok(x)
        }
        _ => Err(vm.type_error("descriptor requires a 'cell' object")),
    }
}

fn set_cell_contents(vm: &mut Vm, v: &Value, nv: Option<Value>) -> PyResult<()> {
    match v.payload() {
        Some(Payload::Cell(c)) => {
            *c.borrow_mut() = nv.unwrap_or(Value::Null);
            Ok(())
        }
        _ => Err(vm.type_error("descriptor requires a 'cell' object")),
    }
}

fn code_of(vm: &mut Vm, v: &Value) -> PyResult<std::rc::Rc<crate::object::PyCode>> {
    match v.payload() {
        Some(Payload::Code(c)) => Ok(c.clone()),
        _ => Err(vm.type_error("descriptor requires a 'code' object")),
    }
}

fn strs(vm: &mut Vm, names: &[std::rc::Rc<str>]) -> Value {
    let v: Vec<Value> = names.iter().map(|n| vm.new_str(n)).collect();
    vm.new_tuple(v)
}

fn co_name(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(code_of(vm, v)?.name.clone())
}
fn co_qualname(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(code_of(vm, v)?.qualname.clone())
}
fn co_filename(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let c = code_of(vm, v)?;
    Ok(vm.new_str(&c.code.filename))
}
fn co_firstlineno(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Int(code_of(vm, v)?.code.firstlineno as i64))
}
fn co_argcount(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Int(code_of(vm, v)?.code.argcount as i64))
}
fn co_posonlyargcount(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Int(code_of(vm, v)?.code.posonlyargcount as i64))
}
fn co_kwonlyargcount(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Int(code_of(vm, v)?.code.kwonlyargcount as i64))
}
fn co_flags(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Int(code_of(vm, v)?.code.flags.0 as i64))
}
fn co_nlocals(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Int(code_of(vm, v)?.code.varnames.len() as i64))
}
fn co_varnames(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let c = code_of(vm, v)?;
    Ok(strs(vm, &c.code.varnames))
}
fn co_cellvars(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let c = code_of(vm, v)?;
    Ok(strs(vm, &c.code.cellvars))
}
fn co_freevars(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let c = code_of(vm, v)?;
    Ok(strs(vm, &c.code.freevars))
}
fn co_names(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let c = code_of(vm, v)?;
    Ok(strs(vm, &c.code.names))
}
fn co_consts(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let c = code_of(vm, v)?;
    Ok(vm.new_tuple(c.consts.to_vec()))
}

fn module_new(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.first() else {
        return Err(vm.type_error("no type"));
    };
    let d = vm.new_dict();
    let o = Object::with_dict(cls.clone(), Payload::Module, d);
    Ok(Value::Obj(o))
}

fn module_init(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    // Argument Clinic names the function `module()` in these messages.
    if args.len() + kw.len() > 3 {
        return Err(vm.type_error(format!(
            "module() takes at most 2 arguments ({} given)",
            args.len() + kw.len() - 1
        )));
    }
    let mut name = args.get(1).cloned();
    let mut doc = args.get(2).cloned().unwrap_or(Value::None);
    for (k, v) in kw {
        match k.as_str() {
            Some("name") => name = Some(v.clone()),
            Some("doc") => doc = v.clone(),
            _ => {
                let ks = vm.str_string(k)?;
                return Err(vm.type_error(format!(
                    "'{ks}' is an invalid keyword argument for module()"
                )));
            }
        }
    }
    let Some(name) = name else {
        return Err(vm.type_error("module() missing required argument 'name' (pos 1)"));
    };
    if name.as_str().is_none() {
        let n = vm.type_name(&name);
        return Err(vm.type_error(format!("module() argument 'name' must be str, not {n}")));
    }
    if let Some(d) = args[0].as_obj().and_then(|o| o.dict()) {
        vm.dict_set_str(&d, "__name__", name);
        vm.dict_set_str(&d, "__doc__", doc);
        vm.dict_set_str(&d, "__package__", Value::None);
        vm.dict_set_str(&d, "__loader__", Value::None);
        vm.dict_set_str(&d, "__spec__", Value::None);
    }
    Ok(Value::None)
}

fn module_dir(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = args[0].as_obj().and_then(|o| o.dict());
    if let Some(d) = &d {
        if let Some(f) = vm.dict_get_str(d, "__dir__") {
            return vm.call(&f, &[]);
        }
    }
    let keys = match d {
        Some(d) => match &d.payload {
            Payload::Dict(t) => t.borrow().keys(),
            _ => Vec::new(),
        },
        None => Vec::new(),
    };
    Ok(vm.new_list(keys))
}

fn tb_part(vm: &mut Vm, v: &Value, which: u8) -> PyResult<Value> {
    match v.payload() {
        Some(Payload::Traceback(t)) => Ok(match which {
            0 => t.next.borrow().clone(),
            1 => Value::Obj(t.frame.clone()),
            2 => Value::Int(t.lineno as i64),
            _ => Value::Int(t.lasti as i64 * 2),
        }),
        _ => Err(vm.type_error("descriptor requires a 'traceback' object")),
    }
}
fn tb_next(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    tb_part(vm, v, 0)
}
fn tb_frame(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    tb_part(vm, v, 1)
}
fn tb_lineno(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    tb_part(vm, v, 2)
}
fn tb_lasti(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    tb_part(vm, v, 3)
}
fn set_tb_next(vm: &mut Vm, v: &Value, nv: Option<Value>) -> PyResult<()> {
    match v.payload() {
        Some(Payload::Traceback(t)) => {
            *t.next.borrow_mut() = nv.unwrap_or(Value::None);
            Ok(())
        }
        _ => Err(vm.type_error("descriptor requires a 'traceback' object")),
    }
}

fn frame_part(vm: &mut Vm, v: &Value, which: u8) -> PyResult<Value> {
    match v.payload() {
        Some(Payload::Frame(f)) => Ok(match which {
            0 => Value::Obj(f.code.clone()),
            1 => Value::Obj(f.globals.clone()),
            2 => Value::Int(f.lineno.get() as i64),
            3 => {
                let l = f.locals.borrow().clone();
                let code = match &f.code.payload {
                    Payload::Code(c) => Some(c.code.clone()),
                    _ => None,
                };
                match code {
                    Some(code) if l.is_none() => {
                        let fast = f.fast.borrow().clone();
                        vm.fast_locals_dict(&code, &fast)
                    }
                    _ if l.is_none() => Value::Obj(vm.new_dict()),
                    _ => l,
                }
            }
            _ => f.back.borrow().clone(),
        }),
        _ => Err(vm.type_error("descriptor requires a 'frame' object")),
    }
}
fn f_code(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    frame_part(vm, v, 0)
}
fn f_globals(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    frame_part(vm, v, 1)
}
fn f_lineno(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    frame_part(vm, v, 2)
}
fn f_locals(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    frame_part(vm, v, 3)
}
fn f_back(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    frame_part(vm, v, 4)
}
fn f_builtins(vm: &mut Vm, _v: &Value) -> PyResult<Value> {
    Ok(Value::Obj(vm.builtins_dict.clone()))
}

pub fn init(vm: &mut Vm) {
    let t = vm.types.clone();
    let s = t.slice.clone();
    vm.add_staticmethod(&s, "__new__", slice_new);
    vm.add_method(&s, "indices", slice_indices_m);
    vm.add_method(&s, "__eq__", slice_eq);
    vm.add_method(&s, "__lt__", slice_lt);
    vm.add_method(&s, "__le__", slice_le);
    vm.add_method(&s, "__gt__", slice_gt);
    vm.add_method(&s, "__ge__", slice_ge);
    vm.add_method(&s, "__repr__", repr_builtin);
    vm.type_dict_set(&s, "__hash__", Value::None);
    add_getset(vm, &s, "start", slice_start, None);
    add_getset(vm, &s, "stop", slice_stop, None);
    add_getset(vm, &s, "step", slice_step, None);
    let n = t.none_type.clone();
    vm.add_staticmethod(&n, "__new__", none_new);
    vm.add_method(&n, "__bool__", none_bool);
    vm.add_method(&n, "__repr__", repr_builtin);
    let b = t.bool_.clone();
    vm.add_staticmethod(&b, "__new__", bool_new);
    vm.add_method(&b, "__repr__", bool_repr);
    vm.add_method(&b, "__str__", bool_repr);
    let ni = t.not_implemented_type.clone();
    vm.add_staticmethod(&ni, "__new__", singleton_new_ni);
    vm.add_method(&ni, "__repr__", repr_builtin);
    vm.add_method(&ni, "__bool__", ni_bool);
    let el = t.ellipsis_type.clone();
    vm.add_staticmethod(&el, "__new__", singleton_new_ellipsis);
    vm.add_method(&el, "__repr__", repr_builtin);
    let mp = t.mappingproxy.clone();
    vm.add_staticmethod(&mp, "__new__", proxy_new);
    for (nm, f) in [
        ("__getitem__", proxy_getitem as crate::object::NativeFn),
        ("__len__", proxy_len),
        ("__iter__", proxy_iter),
        ("__contains__", proxy_contains),
        ("keys", proxy_keys),
        ("values", proxy_values),
        ("items", proxy_items),
        ("get", proxy_get),
        ("copy", proxy_copy),
        ("__repr__", repr_builtin),
        ("__str__", proxy_str),
        ("__reversed__", proxy_reversed),
        ("__eq__", proxy_eq),
        ("__or__", proxy_or),
        ("__ror__", proxy_ror),
    ] {
        vm.add_method(&mp, nm, f);
    }
    for it in [
        t.iterator.clone(),
        t.list_iterator.clone(),
        t.list_reverseiterator.clone(),
        t.tuple_iterator.clone(),
        t.str_ascii_iterator.clone(),
        t.str_iterator.clone(),
        t.range_iterator.clone(),
        t.longrange_iterator.clone(),
        t.dict_keyiterator.clone(),
        t.dict_valueiterator.clone(),
        t.dict_itemiterator.clone(),
        t.dict_reversekeyiterator.clone(),
        t.dict_reversevalueiterator.clone(),
        t.dict_reverseitemiterator.clone(),
        t.set_iterator.clone(),
        t.bytes_iterator.clone(),
        t.bytearray_iterator.clone(),
        t.callable_iterator.clone(),
        t.enumerate.clone(),
        t.zip.clone(),
        t.map.clone(),
        t.filter.clone(),
        t.reversed.clone(),
    ] {
        vm.add_method(&it, "__iter__", iter_iter);
        vm.add_method(&it, "__next__", iter_next);
        vm.add_method(&it, "__length_hint__", iter_length_hint);
    }
    let c = t.cell.clone();
    add_getset(
        vm,
        &c,
        "cell_contents",
        cell_contents,
        Some(set_cell_contents),
    );
    vm.add_method(&c, "__repr__", repr_builtin);
    let co = t.code.clone();
    add_getset(vm, &co, "co_name", co_name, None);
    add_getset(vm, &co, "co_qualname", co_qualname, None);
    add_getset(vm, &co, "co_filename", co_filename, None);
    add_getset(vm, &co, "co_firstlineno", co_firstlineno, None);
    add_getset(vm, &co, "co_argcount", co_argcount, None);
    add_getset(vm, &co, "co_posonlyargcount", co_posonlyargcount, None);
    add_getset(vm, &co, "co_kwonlyargcount", co_kwonlyargcount, None);
    add_getset(vm, &co, "co_flags", co_flags, None);
    add_getset(vm, &co, "co_nlocals", co_nlocals, None);
    add_getset(vm, &co, "co_varnames", co_varnames, None);
    add_getset(vm, &co, "co_cellvars", co_cellvars, None);
    add_getset(vm, &co, "co_freevars", co_freevars, None);
    add_getset(vm, &co, "co_names", co_names, None);
    add_getset(vm, &co, "co_consts", co_consts, None);
    vm.add_method(&co, "__repr__", repr_builtin);
    let m = t.module.clone();
    vm.add_staticmethod(&m, "__new__", module_new);
    vm.add_method(&m, "__init__", module_init);
    vm.add_method(&m, "__dir__", module_dir);
    vm.add_method(&m, "__repr__", repr_builtin);
    let tb = t.traceback.clone();
    add_getset(vm, &tb, "tb_next", tb_next, Some(set_tb_next));
    add_getset(vm, &tb, "tb_frame", tb_frame, None);
    add_getset(vm, &tb, "tb_lineno", tb_lineno, None);
    add_getset(vm, &tb, "tb_lasti", tb_lasti, None);
    let fr = t.frame.clone();
    add_getset(vm, &fr, "f_code", f_code, None);
    add_getset(vm, &fr, "f_globals", f_globals, None);
    add_getset(vm, &fr, "f_lineno", f_lineno, None);
    add_getset(vm, &fr, "f_locals", f_locals, None);
    add_getset(vm, &fr, "f_back", f_back, None);
    add_getset(vm, &fr, "f_builtins", f_builtins, None);
    for ty in [
        t.function.clone(),
        t.builtin_function.clone(),
        t.method_descriptor.clone(),
        t.method.clone(),
        t.generator.clone(),
        t.coroutine.clone(),
        t.property.clone(),
        t.classmethod.clone(),
        t.staticmethod.clone(),
        t.getset_descriptor.clone(),
        t.member_descriptor.clone(),
        t.traceback.clone(),
        t.frame.clone(),
        t.super_.clone(),
        t.dict_keys.clone(),
        t.dict_values.clone(),
        t.dict_items.clone(),
    ] {
        if types::lookup(&ty, "__repr__").is_some_and(|r| matches!(r.payload(), Some(Payload::Builtin(b)) if b.owner.as_ref().is_some_and(|o| std::rc::Rc::ptr_eq(o, &t.object)))) {
            vm.add_method(&ty, "__repr__", repr_builtin);
        }
    }
}
