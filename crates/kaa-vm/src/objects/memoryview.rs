//! A minimal memoryview (CPython 3.11's `memoryview` over bytes and bytearray, format 'B',
//! one dimension): `len`, indexing and slicing (slices are views, any step), item and
//! slice assignment on writable views, `tobytes`, `tolist`, `hex`, `toreadonly`,
//! `release` and the context manager, equality and hashing, the read-only attributes
//! (`obj`, `nbytes`, `readonly`, `itemsize`, `format`, `ndim`, `shape`, `strides`...), and
//! `bytes(view)`. A view of a bytearray is an export: while one is alive and not released,
//! resizing the bytearray raises BufferError, as in CPython.

use super::argcheck;
use super::typeobj::add_getset;
use crate::object::{NativeData, Object, Payload};
use crate::types;
use crate::value::Value;
use crate::{PyErr, PyResult, Vm};
use std::cell::RefCell;
use std::collections::HashMap;

thread_local! {
    /// Live exports of each bytearray (by object id), for BufferError on resizing.
    static EXPORTS: RefCell<HashMap<usize, usize>> = RefCell::new(HashMap::new());
}

fn export_change(id: usize, up: bool) {
    EXPORTS.with(|e| {
        let mut e = e.borrow_mut();
        let n = e.entry(id).or_insert(0);
        if up {
            *n += 1;
        } else {
            *n = n.saturating_sub(1);
            if *n == 0 {
                e.remove(&id);
            }
        }
    });
}

/// BufferError when `v` (a bytearray) has live memoryview exports.
pub fn check_resizable(vm: &mut Vm, v: &Value) -> PyResult<()> {
    let Some(o) = v.as_obj() else { return Ok(()) };
    let n = EXPORTS.with(|e| e.borrow().get(&o.id()).copied().unwrap_or(0));
    if n > 0 {
        let c = vm.types.buffer_error.clone();
        return Err(vm.new_exc(&c, "Existing exports of data: object cannot be re-sized"));
    }
    Ok(())
}

struct MemView {
    obj: Value,
    start: usize,
    step: i64,
    len: usize,
    readonly: bool,
    released: bool,
}

impl MemView {
    fn export_id(&self) -> Option<usize> {
        match &self.obj {
            Value::Obj(o) if matches!(o.payload, Payload::ByteArray(_)) => Some(o.id()),
            _ => None,
        }
    }

    fn indices(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.len).map(move |k| (self.start as i64 + k as i64 * self.step) as usize)
    }

    fn bytes(&self) -> Vec<u8> {
        match self.obj.payload() {
            Some(Payload::Bytes(b)) => self.indices().filter_map(|i| b.get(i).copied()).collect(),
            Some(Payload::ByteArray(b)) => {
                let b = b.borrow();
                self.indices().filter_map(|i| b.get(i).copied()).collect()
            }
            _ => Vec::new(),
        }
    }
}

impl Drop for MemView {
    fn drop(&mut self) {
        if !self.released {
            if let Some(id) = self.export_id() {
                export_change(id, false);
            }
        }
    }
}

impl NativeData for MemView {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.obj);
    }
}

/// Runs `f` on the view's state, if `v` is a memoryview.
fn with_view<R>(v: &Value, f: impl FnOnce(&mut MemView) -> R) -> Option<R> {
    let Some(Payload::Native(n)) = v.payload() else {
        return None;
    };
    let mut n = n.try_borrow_mut().ok()?;
    n.as_any_mut().downcast_mut::<MemView>().map(f)
}

/// The contents of a memoryview (None if `v` is not one, or is released).
pub fn contents(v: &Value) -> Option<Vec<u8>> {
    with_view(v, |m| (!m.released).then(|| m.bytes())).flatten()
}

fn released_error(vm: &mut Vm) -> PyErr {
    vm.value_error("operation forbidden on released memoryview object")
}

/// The live view's state as (obj, start, step, len, readonly).
fn state(vm: &mut Vm, v: &Value) -> PyResult<(Value, usize, i64, usize, bool)> {
    match with_view(v, |m| {
        (
            m.released,
            m.obj.clone(),
            m.start,
            m.step,
            m.len,
            m.readonly,
        )
    }) {
        Some((false, o, s, st, l, ro)) => Ok((o, s, st, l, ro)),
        Some(_) => Err(released_error(vm)),
        None => {
            let n = vm.type_name(v);
            Err(vm.type_error(format!(
                "descriptor requires a 'memoryview' object but received a '{n}'"
            )))
        }
    }
}

fn data(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    state(vm, v)?;
    Ok(contents(v).unwrap_or_default())
}

fn new_view(vm: &Vm, obj: Value, start: usize, step: i64, len: usize, readonly: bool) -> Value {
    let mv = MemView {
        obj,
        start,
        step,
        len,
        readonly,
        released: false,
    };
    if let Some(id) = mv.export_id() {
        export_change(id, true);
    }
    Value::Obj(Object::new(
        vm.types.memoryview.clone(),
        Payload::Native(RefCell::new(Box::new(mv))),
    ))
}

fn mv_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let b = argcheck::bind(vm, args, kw, "memoryview", &["object"], 1)?;
    let obj = b.first().cloned().flatten().unwrap_or(Value::None);
    match obj.payload() {
        Some(Payload::Bytes(d)) => {
            let n = d.len();
            Ok(new_view(vm, obj.clone(), 0, 1, n, true))
        }
        Some(Payload::ByteArray(d)) => {
            let n = d.borrow().len();
            Ok(new_view(vm, obj.clone(), 0, 1, n, false))
        }
        Some(Payload::Native(_)) if with_view(&obj, |_| ()).is_some() => {
            let (o, s, st, l, ro) = state(vm, &obj)?;
            Ok(new_view(vm, o, s, st, l, ro))
        }
        _ => {
            let n = vm.type_name(&obj);
            Err(vm.type_error(format!(
                "memoryview: a bytes-like object is required, not '{n}'"
            )))
        }
    }
}

fn mv_len(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (_, _, _, len, _) = state(vm, &args[0])?;
    Ok(Value::Int(len as i64))
}

fn mv_getitem(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (obj, start, step, len, ro) = state(vm, &args[0])?;
    let key = args.get(1).cloned().unwrap_or(Value::None);
    if let Some(Payload::Slice(..)) = key.payload() {
        let (s, e, st) = super::misc::slice_indices(vm, &key, len as i64)?;
        let n = super::misc::slice_len(s, e, st).max(0) as usize;
        let first = if n == 0 {
            start as i64
        } else {
            start as i64 + s * step
        };
        return Ok(new_view(vm, obj, first.max(0) as usize, step * st, n, ro));
    }
    let tp = vm.type_of(&key);
    if types::lookup(&tp, "__index__").is_none() {
        return Err(vm.type_error("memoryview: invalid slice key"));
    }
    let i = vm.index(&key)?;
    let i = argcheck::clamp_int(&i);
    let idx = if i < 0 {
        i.saturating_add(len as i64)
    } else {
        i
    };
    if idx < 0 || idx >= len as i64 {
        return Err(vm.index_error("index out of bounds on dimension 1"));
    }
    let d = data(vm, &args[0])?;
    Ok(Value::Int(d.get(idx as usize).copied().unwrap_or(0) as i64))
}

fn mv_setitem(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (obj, start, step, len, ro) = state(vm, &args[0])?;
    if ro {
        return Err(vm.type_error("cannot modify read-only memory"));
    }
    let key = args.get(1).cloned().unwrap_or(Value::None);
    let val = args.get(2).cloned().unwrap_or(Value::None);
    let Some(Payload::ByteArray(cell)) = obj.payload() else {
        return Err(vm.type_error("cannot modify read-only memory"));
    };
    let pos = |k: i64| (start as i64 + k * step) as usize;
    if let Some(Payload::Slice(..)) = key.payload() {
        let (s, e, st) = super::misc::slice_indices(vm, &key, len as i64)?;
        let n = super::misc::slice_len(s, e, st).max(0) as usize;
        let src = super::bytesobj::buffer_arg(vm, &val)?;
        if src.len() != n {
            return Err(vm.value_error(
                "memoryview assignment: lvalue and rvalue have different structures",
            ));
        }
        let mut b = cell.borrow_mut();
        for (k, byte) in src.into_iter().enumerate() {
            if let Some(slot) = b.get_mut(pos(s + k as i64 * st)) {
                *slot = byte;
            }
        }
        return Ok(Value::None);
    }
    let tp = vm.type_of(&key);
    if types::lookup(&tp, "__index__").is_none() {
        return Err(vm.type_error("memoryview: invalid slice key"));
    }
    let i = vm.index(&key)?;
    let i = argcheck::clamp_int(&i);
    let idx = if i < 0 {
        i.saturating_add(len as i64)
    } else {
        i
    };
    if idx < 0 || idx >= len as i64 {
        return Err(vm.index_error("index out of bounds on dimension 1"));
    }
    let vt = vm.type_of(&val);
    if types::lookup(&vt, "__index__").is_none() {
        return Err(vm.type_error("memoryview: invalid type for format 'B'"));
    }
    let v = vm.index(&val)?;
    let Ok(byte) = u8::try_from(argcheck::clamp_int(&v)) else {
        return Err(vm.value_error("memoryview: invalid value for format 'B'"));
    };
    if let Some(slot) = cell.borrow_mut().get_mut(pos(idx)) {
        *slot = byte;
    }
    Ok(Value::None)
}

fn mv_tobytes(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let b = argcheck::bind(vm, args, kw, "tobytes", &["order"], 0)?;
    if let Some(o) = b.first().cloned().flatten() {
        if !o.is_none() && o.as_str().is_none() {
            let n = vm.type_name(&o);
            return Err(vm.type_error(format!(
                "tobytes() argument 'order' must be str or None, not {n}"
            )));
        }
    }
    let d = data(vm, &args[0])?;
    Ok(vm.new_bytes(d))
}

fn mv_tolist(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    argcheck::no_args(vm, args, kw, "memoryview.tolist")?;
    let d = data(vm, &args[0])?;
    let items = d.into_iter().map(|b| Value::Int(b as i64)).collect();
    Ok(vm.new_list(items))
}

fn mv_hex(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = data(vm, &args[0])?;
    super::bytes_methods::hex_impl(vm, &d, args, kw)
}

fn mv_toreadonly(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    argcheck::no_args(vm, args, kw, "memoryview.toreadonly")?;
    let (o, s, st, l, _) = state(vm, &args[0])?;
    Ok(new_view(vm, o, s, st, l, true))
}

fn mv_release(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    argcheck::no_args(vm, args, kw, "memoryview.release")?;
    with_view(&args[0], |m| {
        if !m.released {
            m.released = true;
            if let Some(id) = m.export_id() {
                export_change(id, false);
            }
        }
    });
    Ok(Value::None)
}

fn mv_enter(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    state(vm, &args[0])?;
    Ok(args[0].clone())
}

fn mv_exit(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    mv_release(vm, &args[..1], &[])?;
    Ok(Value::None)
}

fn mv_eq_impl(vm: &mut Vm, args: &[Value]) -> PyResult<Option<bool>> {
    let other = args.get(1).cloned().unwrap_or(Value::None);
    if other.is(&args[0]) {
        return Ok(Some(true));
    }
    let released = with_view(&args[0], |m| m.released).unwrap_or(true);
    let other_released = with_view(&other, |m| m.released).unwrap_or(false);
    if released || other_released {
        return Ok(Some(false));
    }
    let a = data(vm, &args[0])?;
    Ok(super::bytesobj::bytes_like(&other).map(|b| a == b))
}

fn mv_eq(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    match mv_eq_impl(vm, args)? {
        Some(r) => Ok(Value::Bool(r)),
        None => Ok(vm.not_implemented.clone()),
    }
}

fn mv_ne(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    match mv_eq_impl(vm, args)? {
        Some(r) => Ok(Value::Bool(!r)),
        None => Ok(vm.not_implemented.clone()),
    }
}

fn mv_hash(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (_, _, _, _, ro) = state(vm, &args[0])?;
    if !ro {
        return Err(vm.value_error("cannot hash writable memoryview object"));
    }
    let d = data(vm, &args[0])?;
    Ok(Value::Int(super::bytesobj::hash_bytes(&d)))
}

fn mv_repr(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let released = with_view(&args[0], |m| m.released).unwrap_or(false);
    let id = args[0].as_obj().map(|o| o.id()).unwrap_or(0);
    let pre = if released {
        "released memory"
    } else {
        "memory"
    };
    Ok(vm.new_string(format!("<{pre} at {id:#x}>")))
}

fn mv_iter(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let l = mv_tolist(vm, args, kw)?;
    vm.iter(&l)
}

fn g_obj(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(state(vm, v)?.0)
}
fn g_nbytes(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Int(state(vm, v)?.3 as i64))
}
fn g_readonly(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Bool(state(vm, v)?.4))
}
fn g_itemsize(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    state(vm, v)?;
    Ok(Value::Int(1))
}
fn g_ndim(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    state(vm, v)?;
    Ok(Value::Int(1))
}
fn g_format(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    state(vm, v)?;
    Ok(vm.new_str("B"))
}
fn g_shape(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let n = state(vm, v)?.3;
    Ok(vm.new_tuple(vec![Value::Int(n as i64)]))
}
fn g_strides(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let st = state(vm, v)?.2;
    Ok(vm.new_tuple(vec![Value::Int(st)]))
}
fn g_suboffsets(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    state(vm, v)?;
    Ok(vm.new_tuple(vec![]))
}
fn g_contiguous(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let (_, _, st, l, _) = state(vm, v)?;
    Ok(Value::Bool(st == 1 || l <= 1))
}

pub fn init(vm: &mut Vm) {
    let t = vm.types.memoryview.clone();
    let nf = vm.new_builtin(
        "__new__",
        mv_new,
        crate::object::BuiltinKind::StaticMethod,
        Some(t.clone()),
    );
    vm.type_dict_set(&t, "__new__", nf);
    let ms: &[(&'static str, crate::object::NativeFn)] = &[
        ("__len__", mv_len),
        ("__getitem__", mv_getitem),
        ("__setitem__", mv_setitem),
        ("__eq__", mv_eq),
        ("__ne__", mv_ne),
        ("__hash__", mv_hash),
        ("__repr__", mv_repr),
        ("__iter__", mv_iter),
        ("__enter__", mv_enter),
        ("__exit__", mv_exit),
        ("tobytes", mv_tobytes),
        ("tolist", mv_tolist),
        ("hex", mv_hex),
        ("toreadonly", mv_toreadonly),
        ("release", mv_release),
    ];
    for (n, f) in ms {
        vm.add_method(&t, n, *f);
    }
    let gs: &[(&'static str, crate::object::Getter)] = &[
        ("obj", g_obj),
        ("nbytes", g_nbytes),
        ("readonly", g_readonly),
        ("itemsize", g_itemsize),
        ("ndim", g_ndim),
        ("format", g_format),
        ("shape", g_shape),
        ("strides", g_strides),
        ("suboffsets", g_suboffsets),
        ("c_contiguous", g_contiguous),
        ("f_contiguous", g_contiguous),
        ("contiguous", g_contiguous),
    ];
    for (n, g) in gs {
        add_getset(vm, &t, n, *g, None);
    }
}
