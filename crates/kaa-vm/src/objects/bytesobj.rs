//! bytes and bytearray (CPython 3.11's `bytes` and `bytearray` types): construction
//! (`bytes(int)`, `bytes(iterable)`, `bytes(str, encoding, errors)`, `bytes(buffer)`,
//! `__bytes__`, and bytearray's `__init__`), repr, hash, comparisons, indexing and slicing
//! (ints / sub-sequences), `in`, `+`, `*`, `%`, iteration and length, and bytearray's
//! mutators (`append`, `extend`, `insert`, `pop`, `remove`, `clear`, `copy`, `reverse`,
//! item and slice assignment and deletion, `+=`, `*=`), with CPython's error messages.
//! The text-like methods shared by both types are in `bytes_methods.rs`.

use super::argcheck;
use crate::iter::IterState;
use crate::object::{Object, Payload};
use crate::types;
use crate::value::Value;
use crate::{PyResult, Vm};
use std::cell::RefCell;

// ---- shared helpers -----------------------------------------------------------------------

/// A copy of the contents of a bytes-like object (bytes, bytearray, memoryview).
pub fn bytes_like(v: &Value) -> Option<Vec<u8>> {
    match v.payload()? {
        Payload::Bytes(b) => Some(b.to_vec()),
        Payload::ByteArray(b) => Some(b.borrow().clone()),
        Payload::Native(_) => super::memoryview::contents(v),
        _ => None,
    }
}

/// Whether `v` holds bytearray data (a bytearray or an instance of a subclass).
pub fn is_bytearray(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::ByteArray(_)))
}

/// The name of `v`'s base type for messages: "bytearray" or "bytes".
pub fn base_name(v: &Value) -> &'static str {
    if is_bytearray(v) {
        "bytearray"
    } else {
        "bytes"
    }
}

pub fn new_bytearray(vm: &Vm, data: Vec<u8>) -> Value {
    Value::Obj(Object::new(
        vm.types.bytearray.clone(),
        Payload::ByteArray(RefCell::new(data)),
    ))
}

/// A new exact bytes, or an exact bytearray when `ba`.
pub fn new_like(vm: &Vm, ba: bool, data: Vec<u8>) -> Value {
    if ba {
        new_bytearray(vm, data)
    } else {
        vm.new_bytes(data)
    }
}

/// The contents of `self` (bytes or bytearray), or CPython's descriptor TypeError.
pub fn self_data(vm: &mut Vm, v: &Value, method: &str) -> PyResult<Vec<u8>> {
    match v.payload() {
        Some(Payload::Bytes(b)) => Ok(b.to_vec()),
        Some(Payload::ByteArray(b)) => Ok(b.borrow().clone()),
        _ => {
            let n = vm.type_name(v);
            Err(vm.type_error(format!(
                "descriptor '{method}' requires a 'bytes' object but received a '{n}'"
            )))
        }
    }
}

/// "a bytes-like object is required, not 'X'".
pub fn need_bytes_like(vm: &mut Vm, v: &Value) -> PyErr {
    let n = vm.type_name(v);
    vm.type_error(format!("a bytes-like object is required, not '{n}'"))
}

use crate::PyErr;

/// The contents of a bytes-like argument, or "a bytes-like object is required".
pub fn buffer_arg(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    match bytes_like(v) {
        Some(b) => Ok(b),
        None => Err(need_bytes_like(vm, v)),
    }
}

/// A byte value from an `__index__` argument ("byte must be in range(0, 256)").
pub fn byte_value(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    let i = vm.index(v)?;
    let n = argcheck::clamp_int(&i);
    u8::try_from(n).map_err(|_| vm.value_error("byte must be in range(0, 256)"))
}

fn memory_error(vm: &mut Vm) -> PyErr {
    let c = vm.types.memory_error.clone();
    vm.new_exc_args(&c, vec![])
}

/// Items of an iterable of ints as bytes (`msg` names the range error).
fn bytes_from_iterable(vm: &mut Vm, v: &Value, range_msg: &str) -> PyResult<Vec<u8>> {
    let it = vm.iter(v)?;
    let mut out = Vec::new();
    while let Some(x) = vm.next(&it)? {
        let i = vm.index(&x)?;
        let n = argcheck::clamp_int(&i);
        match u8::try_from(n) {
            Ok(b) => out.push(b),
            Err(_) => return Err(vm.value_error(range_msg)),
        }
    }
    Ok(out)
}

// ---- construction -------------------------------------------------------------------------

/// What `bytes(...)`/`bytearray(...)` build from their arguments.
fn construct(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)], name: &str) -> PyResult<Vec<u8>> {
    let b = argcheck::bind(vm, args, kw, name, &["source", "encoding", "errors"], 0)?;
    let source = b.first().cloned().flatten();
    let enc = b.get(1).cloned().flatten();
    let errors = b.get(2).cloned().flatten();
    let enc = match enc {
        None => None,
        Some(e) => Some(super::str_case::named_str_arg(
            vm,
            Some(e),
            name,
            "encoding",
            "",
        )?),
    };
    let errors = match errors {
        None => None,
        Some(e) => Some(super::str_case::named_str_arg(
            vm,
            Some(e),
            name,
            "errors",
            "",
        )?),
    };
    let Some(x) = source else {
        if enc.is_some() {
            return Err(vm.type_error("encoding without a string argument"));
        }
        if errors.is_some() {
            return Err(vm.type_error("errors without a string argument"));
        }
        return Ok(Vec::new());
    };
    if let Some(s) = x.as_str() {
        let Some(enc) = enc else {
            return Err(vm.type_error("string argument without an encoding"));
        };
        let s = s.to_string();
        let errors = errors.unwrap_or_else(|| "strict".to_string());
        return super::codecs::encode(vm, &s, &enc, &errors);
    }
    if enc.is_some() {
        return Err(vm.type_error("encoding without a string argument"));
    }
    if errors.is_some() {
        return Err(vm.type_error("errors without a string argument"));
    }
    if name == "bytes" {
        if let Some(r) = vm.call_special(&x, "__bytes__", &[])? {
            return match r.payload() {
                Some(Payload::Bytes(b)) => Ok(b.to_vec()),
                _ => {
                    let n = vm.type_name(&r);
                    Err(vm.type_error(format!("__bytes__ returned non-bytes (type {n})")))
                }
            };
        }
    }
    if let Some(b) = bytes_like(&x) {
        return Ok(b);
    }
    let tp = vm.type_of(&x);
    if types::lookup(&tp, "__index__").is_some() {
        let i = vm.index(&x)?;
        let n = match vm.index_i64(&i) {
            Ok(n) => n,
            Err(_) => return Err(vm.overflow_error("cannot fit 'int' into an index-sized integer")),
        };
        if n < 0 {
            return Err(vm.value_error("negative count"));
        }
        if n > (1i64 << 32) {
            return Err(memory_error(vm));
        }
        return Ok(vec![0u8; n as usize]);
    }
    if vm.is_iterable(&x) {
        let msg = if name == "bytes" {
            "bytes must be in range(0, 256)"
        } else {
            "byte must be in range(0, 256)"
        };
        return bytes_from_iterable(vm, &x, msg);
    }
    let n = vm.type_name(&x);
    Err(vm.type_error(format!("cannot convert '{n}' object to {name}")))
}

fn bytes_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.first() else {
        return Err(vm.type_error("bytes.__new__(): not enough arguments"));
    };
    let cls = cls.clone();
    // An exact bytes argument alone is returned as is (bytes are immutable).
    if std::rc::Rc::ptr_eq(&cls, &vm.types.bytes) && kw.is_empty() && args.len() == 2 {
        if let Some(o) = args[1].as_obj() {
            if o.class_is(&vm.types.bytes) {
                return Ok(args[1].clone());
            }
        }
    }
    let data = construct(vm, args, kw, "bytes")?;
    if std::rc::Rc::ptr_eq(&cls, &vm.types.bytes) {
        return Ok(vm.new_bytes(data));
    }
    let o = super::typeobj::new_instance(vm, &cls, Payload::Bytes(data.into_boxed_slice()));
    Ok(Value::Obj(o))
}

fn bytearray_new(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.first() else {
        return Err(vm.type_error("bytearray.__new__(): not enough arguments"));
    };
    let cls = cls.clone();
    let o = super::typeobj::new_instance(vm, &cls, Payload::ByteArray(RefCell::new(Vec::new())));
    Ok(Value::Obj(o))
}

fn bytearray_init(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let data = construct(vm, args, kw, "bytearray")?;
    let Some(Payload::ByteArray(b)) = args.first().and_then(|v| v.payload()) else {
        return Err(vm.type_error("descriptor '__init__' requires a 'bytearray' object"));
    };
    super::memoryview::check_resizable(vm, &args[0])?;
    *b.borrow_mut() = data;
    Ok(Value::None)
}

// ---- special methods ----------------------------------------------------------------------

fn b_repr(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let data = self_data(vm, &args[0], "__repr__")?;
    if is_bytearray(&args[0]) {
        let n = vm.type_name(&args[0]);
        let r = bytearray_repr(&data);
        return Ok(vm.new_string(format!("{n}({r})")));
    }
    let r = crate::repr::bytes_repr(&data, "b");
    Ok(vm.new_string(r))
}

/// The `b'...'` part of a bytearray's repr: like bytes, except that a single quote is
/// escaped even inside double quotes (CPython's bytearray repr does so).
pub fn bytearray_repr(data: &[u8]) -> String {
    let r = crate::repr::bytes_repr(data, "b");
    if r.starts_with("b\"") {
        let inner = &r[2..r.len() - 1];
        return format!("b\"{}\"", inner.replace('\'', "\\'"));
    }
    r
}

/// `hash(b)`: equal to the hash of the Latin-1 str with the same code units, as in CPython.
pub fn hash_bytes(b: &[u8]) -> i64 {
    let s: String = b.iter().map(|&c| c as char).collect();
    crate::vm::str_hash(&s)
}

fn b_hash(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let data = self_data(vm, &args[0], "__hash__")?;
    Ok(Value::Int(hash_bytes(&data)))
}

fn b_len(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let n = match with_data(&args[0], |d| d.len()) {
        Some(n) => n,
        None => self_data(vm, &args[0], "__len__")?.len(),
    };
    Ok(Value::Int(n as i64))
}

macro_rules! b_cmp {
    ($name:ident, $op:tt) => {
        fn $name(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
            let a = self_data(vm, &args[0], stringify!($name))?;
            let other = args.get(1).cloned().unwrap_or(Value::None);
            // bytes compares with bytes and bytearray; bytearray also with memoryview.
            let b = match other.payload() {
                Some(Payload::Bytes(_)) | Some(Payload::ByteArray(_)) => bytes_like(&other),
                Some(Payload::Native(_)) if is_bytearray(&args[0]) => bytes_like(&other),
                _ => None,
            };
            match b {
                Some(b) => Ok(Value::Bool(a $op b)),
                None => Ok(vm.not_implemented.clone()),
            }
        }
    };
}
b_cmp!(b_eq, ==);
b_cmp!(b_ne, !=);
b_cmp!(b_lt, <);
b_cmp!(b_le, <=);
b_cmp!(b_gt, >);
b_cmp!(b_ge, >=);

fn b_add(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let mut a = self_data(vm, &args[0], "__add__")?;
    let other = args.get(1).cloned().unwrap_or(Value::None);
    match bytes_like(&other) {
        Some(b) => {
            a.extend_from_slice(&b);
            Ok(new_like(vm, is_bytearray(&args[0]), a))
        }
        None => Ok(vm.not_implemented.clone()),
    }
}

/// The repeat count of `*`, or None for NotImplemented.
fn repeat_count(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    let Some(v) = v else { return Ok(None) };
    let tp = vm.type_of(v);
    if types::lookup(&tp, "__index__").is_none() {
        return Ok(None);
    }
    let i = vm.index(v)?;
    match vm.index_i64(&i) {
        Ok(n) => Ok(Some(n)),
        Err(_) => Err(vm.overflow_error("cannot fit 'int' into an index-sized integer")),
    }
}

fn repeat(vm: &mut Vm, data: &[u8], n: i64) -> PyResult<Vec<u8>> {
    if n <= 0 || data.is_empty() {
        return Ok(Vec::new());
    }
    if (data.len() as u128) * (n as u128) > (1u128 << 32) {
        return Err(memory_error(vm));
    }
    Ok(data.repeat(n as usize))
}

fn b_mul(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let data = self_data(vm, &args[0], "__mul__")?;
    let Some(n) = repeat_count(vm, args.get(1))? else {
        return Ok(vm.not_implemented.clone());
    };
    if n == 1
        && args[0]
            .as_obj()
            .is_some_and(|o| o.class_is(&vm.types.bytes))
    {
        return Ok(args[0].clone());
    }
    let r = repeat(vm, &data, n)?;
    Ok(new_like(vm, is_bytearray(&args[0]), r))
}

fn b_contains(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let data = self_data(vm, &args[0], "__contains__")?;
    let item = args.get(1).cloned().unwrap_or(Value::None);
    if let Some(sub) = bytes_like(&item) {
        return Ok(Value::Bool(find_sub(&data, &sub, 0).is_some()));
    }
    let tp = vm.type_of(&item);
    if types::lookup(&tp, "__index__").is_some() {
        let b = byte_value(vm, &item)?;
        return Ok(Value::Bool(data.contains(&b)));
    }
    Err(need_bytes_like(vm, &item))
}

/// First index of `sub` in `hay` at or after `from`.
pub fn find_sub(hay: &[u8], sub: &[u8], from: usize) -> Option<usize> {
    if from > hay.len() {
        return None;
    }
    if sub.is_empty() {
        return Some(from);
    }
    hay.get(from..)?
        .windows(sub.len())
        .position(|w| w == sub)
        .map(|i| i + from)
}

/// Last index of `sub` in `hay`.
pub fn rfind_sub(hay: &[u8], sub: &[u8]) -> Option<usize> {
    if sub.is_empty() {
        return Some(hay.len());
    }
    if sub.len() > hay.len() {
        return None;
    }
    hay.windows(sub.len()).rposition(|w| w == sub)
}

fn index_error_name(v: &Value) -> &'static str {
    if is_bytearray(v) {
        "bytearray index out of range"
    } else {
        "index out of range"
    }
}

/// Runs `f` on the borrowed contents of a bytes or bytearray (no copy; `f` must not run
/// Python code).
pub fn with_data<R>(v: &Value, f: impl FnOnce(&[u8]) -> R) -> Option<R> {
    match v.payload()? {
        Payload::Bytes(b) => Some(f(b)),
        Payload::ByteArray(b) => Some(f(&b.borrow())),
        _ => None,
    }
}

fn b_getitem(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(len) = with_data(&args[0], |d| d.len()) else {
        self_data(vm, &args[0], "__getitem__")?;
        return Ok(Value::None);
    };
    let key = args.get(1).cloned().unwrap_or(Value::None);
    if let Some(Payload::Slice(..)) = key.payload() {
        let (start, stop, step) = super::misc::slice_indices(vm, &key, len as i64)?;
        let n = super::misc::slice_len(start, stop, step);
        let out: Vec<u8> = with_data(&args[0], |data| {
            if step == 1 {
                let (a, b) = (start.max(0) as usize, (start + n.max(0)) as usize);
                data.get(a..b).map(|s| s.to_vec()).unwrap_or_default()
            } else {
                (0..n)
                    .filter_map(|k| data.get((start + k * step) as usize).copied())
                    .collect()
            }
        })
        .unwrap_or_default();
        return Ok(new_like(vm, is_bytearray(&args[0]), out));
    }
    let i = match key {
        Value::Int(i) => i,
        _ => {
            let tp = vm.type_of(&key);
            if types::lookup(&tp, "__index__").is_none() {
                let n = types::type_name(&tp);
                let what = if is_bytearray(&args[0]) {
                    "bytearray"
                } else {
                    "byte"
                };
                return Err(vm.type_error(format!(
                    "{what} indices must be integers or slices, not {n}"
                )));
            }
            let i = vm.index(&key)?;
            argcheck::clamp_int(&i)
        }
    };
    let r = with_data(&args[0], |data| {
        let n = data.len() as i64;
        let idx = if i < 0 { i.saturating_add(n) } else { i };
        usize::try_from(idx).ok().and_then(|k| data.get(k)).copied()
    })
    .flatten();
    match r {
        Some(b) => Ok(Value::Int(b as i64)),
        None => Err(vm.index_error(index_error_name(&args[0]))),
    }
}

fn b_iter(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(o) = args[0].as_obj() else {
        return Err(vm.type_error("descriptor '__iter__' requires a 'bytes' object"));
    };
    Ok(vm.new_iter(IterState::Seq {
        seq: o.clone(),
        index: 0,
    }))
}

fn b_mod(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let data = self_data(vm, &args[0], "__mod__")?;
    let arg = args.get(1).cloned().unwrap_or(Value::None);
    let r = super::bytes_percent::format(vm, &data, &arg)?;
    Ok(new_like(vm, is_bytearray(&args[0]), r))
}

fn b_rmod(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(vm.not_implemented.clone())
}

fn b_getnewargs(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let data = self_data(vm, &args[0], "__getnewargs__")?;
    let b = vm.new_bytes(data);
    Ok(vm.new_tuple(vec![b]))
}

fn b_bytes(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    if args[0]
        .as_obj()
        .is_some_and(|o| o.class_is(&vm.types.bytes))
    {
        return Ok(args[0].clone());
    }
    let data = self_data(vm, &args[0], "__bytes__")?;
    Ok(vm.new_bytes(data))
}

// ---- bytearray mutation ---------------------------------------------------------------------

/// The bytearray payload of `self`.
fn ba_cell<'a>(vm: &mut Vm, v: &'a Value, method: &str) -> PyResult<&'a RefCell<Vec<u8>>> {
    match v.payload() {
        Some(Payload::ByteArray(b)) => Ok(b),
        _ => {
            let n = vm.type_name(v);
            Err(vm.type_error(format!(
                "descriptor '{method}' requires a 'bytearray' object but received a '{n}'"
            )))
        }
    }
}

/// Resizing mutation: fails with BufferError while memoryviews export the buffer.
fn ba_resizable<'a>(vm: &mut Vm, v: &'a Value, method: &str) -> PyResult<&'a RefCell<Vec<u8>>> {
    let c = ba_cell(vm, v, method)?;
    super::memoryview::check_resizable(vm, v)?;
    Ok(c)
}

fn ba_append(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let item = argcheck::one_arg(vm, args, kw, "bytearray.append")?.clone();
    let b = byte_value(vm, &item)?;
    ba_resizable(vm, &args[0], "append")?.borrow_mut().push(b);
    Ok(Value::None)
}

/// The bytes an `extend`/`+=`/slice assignment adds, from a buffer or an iterable of ints.
fn extend_data(vm: &mut Vm, v: &Value) -> PyResult<Option<Vec<u8>>> {
    if let Some(b) = bytes_like(v) {
        return Ok(Some(b));
    }
    if !vm.is_iterable(v) {
        return Ok(None);
    }
    Ok(Some(bytes_from_iterable(
        vm,
        v,
        "byte must be in range(0, 256)",
    )?))
}

fn ba_extend(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let src = argcheck::one_arg(vm, args, kw, "bytearray.extend")?.clone();
    let Some(data) = extend_data(vm, &src)? else {
        let n = vm.type_name(&src);
        return Err(vm.type_error(format!("can't extend bytearray with {n}")));
    };
    ba_resizable(vm, &args[0], "extend")?
        .borrow_mut()
        .extend_from_slice(&data);
    Ok(Value::None)
}

fn ba_insert(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    argcheck::positional(vm, args, kw, "bytearray.insert", "insert", 2, 2)?;
    let i = vm.index(&args[1])?;
    let i = argcheck::clamp_int(&i);
    let b = byte_value(vm, &args[2])?;
    let cell = ba_resizable(vm, &args[0], "insert")?;
    let mut v = cell.borrow_mut();
    let n = v.len() as i64;
    let idx = if i < 0 {
        (i.saturating_add(n)).max(0)
    } else {
        i.min(n)
    };
    v.insert(idx as usize, b);
    Ok(Value::None)
}

fn ba_pop(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    argcheck::positional(vm, args, kw, "bytearray.pop", "pop", 0, 1)?;
    let i = match args.get(1) {
        Some(v) => {
            let i = vm.index(v)?;
            argcheck::clamp_int(&i)
        }
        None => -1,
    };
    let cell = ba_resizable(vm, &args[0], "pop")?;
    let len = cell.borrow().len() as i64;
    if len == 0 {
        return Err(vm.index_error("pop from empty bytearray"));
    }
    let idx = if i < 0 { i.saturating_add(len) } else { i };
    if idx < 0 || idx >= len {
        return Err(vm.index_error("pop index out of range"));
    }
    let b = cell.borrow_mut().remove(idx as usize);
    Ok(Value::Int(b as i64))
}

fn ba_remove(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let item = argcheck::one_arg(vm, args, kw, "bytearray.remove")?.clone();
    let b = byte_value(vm, &item)?;
    let cell = ba_resizable(vm, &args[0], "remove")?;
    let pos = cell.borrow().iter().position(|&x| x == b);
    match pos {
        Some(p) => {
            cell.borrow_mut().remove(p);
            Ok(Value::None)
        }
        None => Err(vm.value_error("value not found in bytearray")),
    }
}

fn ba_clear(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    argcheck::no_args(vm, args, kw, "bytearray.clear")?;
    ba_resizable(vm, &args[0], "clear")?.borrow_mut().clear();
    Ok(Value::None)
}

fn ba_copy(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    argcheck::no_args(vm, args, kw, "bytearray.copy")?;
    let data = ba_cell(vm, &args[0], "copy")?.borrow().clone();
    Ok(new_bytearray(vm, data))
}

fn ba_reverse(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    argcheck::no_args(vm, args, kw, "bytearray.reverse")?;
    ba_cell(vm, &args[0], "reverse")?.borrow_mut().reverse();
    Ok(Value::None)
}

fn ba_setitem(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let key = args.get(1).cloned().unwrap_or(Value::None);
    let val = args.get(2).cloned().unwrap_or(Value::None);
    ba_cell(vm, &args[0], "__setitem__")?;
    if let Some(Payload::Slice(..)) = key.payload() {
        let data = if val.is(&args[0]) {
            bytes_like(&val)
        } else if val.as_str().is_some() || matches!(val, Value::Int(_) | Value::Bool(_)) {
            None
        } else {
            extend_data(vm, &val)?
        };
        let Some(data) = data else {
            return Err(vm.type_error(
                "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
            ));
        };
        return assign_slice(vm, &args[0], &key, data).map(|_| Value::None);
    }
    let tp = vm.type_of(&key);
    if types::lookup(&tp, "__index__").is_none() {
        let n = types::type_name(&tp);
        return Err(vm.type_error(format!(
            "bytearray indices must be integers or slices, not {n}"
        )));
    }
    let i = vm.index(&key)?;
    let i = argcheck::clamp_int(&i);
    let b = byte_value(vm, &val)?;
    let cell = ba_cell(vm, &args[0], "__setitem__")?;
    let len = cell.borrow().len() as i64;
    let idx = if i < 0 { i.saturating_add(len) } else { i };
    if idx < 0 || idx >= len {
        return Err(vm.index_error("bytearray index out of range"));
    }
    if let Some(slot) = cell.borrow_mut().get_mut(idx as usize) {
        *slot = b;
    }
    Ok(Value::None)
}

fn assign_slice(vm: &mut Vm, target: &Value, key: &Value, data: Vec<u8>) -> PyResult<()> {
    let cell = ba_cell(vm, target, "__setitem__")?;
    let len = cell.borrow().len() as i64;
    let (start, stop, step) = super::misc::slice_indices(vm, key, len)?;
    if step == 1 {
        let stop = stop.max(start);
        if (stop - start) as usize != data.len() {
            super::memoryview::check_resizable(vm, target)?;
        }
        cell.borrow_mut()
            .splice(start as usize..stop as usize, data);
        return Ok(());
    }
    let n = super::misc::slice_len(start, stop, step);
    if n as usize != data.len() {
        return Err(vm.value_error(format!(
            "attempt to assign bytes of size {} to extended slice of size {n}",
            data.len()
        )));
    }
    let mut v = cell.borrow_mut();
    for (k, b) in data.into_iter().enumerate() {
        let i = start + k as i64 * step;
        if let Some(slot) = v.get_mut(i as usize) {
            *slot = b;
        }
    }
    Ok(())
}

fn ba_delitem(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let key = args.get(1).cloned().unwrap_or(Value::None);
    let cell = ba_cell(vm, &args[0], "__delitem__")?;
    let len = cell.borrow().len() as i64;
    if let Some(Payload::Slice(..)) = key.payload() {
        let (start, stop, step) = super::misc::slice_indices(vm, &key, len)?;
        let n = super::misc::slice_len(start, stop, step);
        if n == 0 {
            return Ok(Value::None);
        }
        super::memoryview::check_resizable(vm, &args[0])?;
        let mut drop_idx: Vec<usize> = (0..n).map(|k| (start + k * step) as usize).collect();
        drop_idx.sort_unstable();
        let mut v = cell.borrow_mut();
        let mut k = 0;
        let mut i = 0;
        v.retain(|_| {
            let keep = drop_idx.get(k) != Some(&i);
            if !keep {
                k += 1;
            }
            i += 1;
            keep
        });
        return Ok(Value::None);
    }
    let tp = vm.type_of(&key);
    if types::lookup(&tp, "__index__").is_none() {
        let n = types::type_name(&tp);
        return Err(vm.type_error(format!(
            "bytearray indices must be integers or slices, not {n}"
        )));
    }
    let i = vm.index(&key)?;
    let i = argcheck::clamp_int(&i);
    let idx = if i < 0 { i.saturating_add(len) } else { i };
    if idx < 0 || idx >= len {
        return Err(vm.index_error("bytearray index out of range"));
    }
    super::memoryview::check_resizable(vm, &args[0])?;
    cell.borrow_mut().remove(idx as usize);
    Ok(Value::None)
}

fn ba_iadd(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let other = args.get(1).cloned().unwrap_or(Value::None);
    let Some(data) = bytes_like(&other) else {
        return Ok(vm.not_implemented.clone());
    };
    ba_resizable(vm, &args[0], "__iadd__")?
        .borrow_mut()
        .extend_from_slice(&data);
    Ok(args[0].clone())
}

fn ba_imul(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(n) = repeat_count(vm, args.get(1))? else {
        return Ok(vm.not_implemented.clone());
    };
    let data = ba_cell(vm, &args[0], "__imul__")?.borrow().clone();
    let r = repeat(vm, &data, n)?;
    *ba_resizable(vm, &args[0], "__imul__")?.borrow_mut() = r;
    Ok(args[0].clone())
}

fn ba_alloc(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let n = ba_cell(vm, &args[0], "__alloc__")?.borrow().capacity();
    Ok(Value::Int(n as i64 + 1))
}

pub fn init(vm: &mut Vm) {
    let bt = vm.types.bytes.clone();
    let ba = vm.types.bytearray.clone();
    vm.add_staticmethod(&bt, "__new__", bytes_new);
    vm.add_staticmethod(&ba, "__new__", bytearray_new);
    vm.add_method(&ba, "__init__", bytearray_init);
    let common: &[(&'static str, crate::object::NativeFn)] = &[
        ("__repr__", b_repr),
        ("__len__", b_len),
        ("__eq__", b_eq),
        ("__ne__", b_ne),
        ("__lt__", b_lt),
        ("__le__", b_le),
        ("__gt__", b_gt),
        ("__ge__", b_ge),
        ("__add__", b_add),
        ("__mul__", b_mul),
        ("__rmul__", b_mul),
        ("__contains__", b_contains),
        ("__getitem__", b_getitem),
        ("__iter__", b_iter),
        ("__mod__", b_mod),
        ("__rmod__", b_rmod),
    ];
    for t in [&bt, &ba] {
        for (n, f) in common {
            vm.add_method(t, n, *f);
        }
    }
    vm.add_method(&bt, "__hash__", b_hash);
    vm.add_method(&bt, "__getnewargs__", b_getnewargs);
    vm.add_method(&bt, "__bytes__", b_bytes);
    vm.type_dict_set(&ba, "__hash__", Value::None);
    let ba_methods: &[(&'static str, crate::object::NativeFn)] = &[
        ("append", ba_append),
        ("extend", ba_extend),
        ("insert", ba_insert),
        ("pop", ba_pop),
        ("remove", ba_remove),
        ("clear", ba_clear),
        ("copy", ba_copy),
        ("reverse", ba_reverse),
        ("__setitem__", ba_setitem),
        ("__delitem__", ba_delitem),
        ("__iadd__", ba_iadd),
        ("__imul__", ba_imul),
        ("__alloc__", ba_alloc),
    ];
    for (n, f) in ba_methods {
        vm.add_method(&ba, n, *f);
    }
    super::bytes_methods::init(vm);
    super::memoryview::init(vm);
    super::codecs::init(vm);
    super::int_bytes::init(vm);
}
