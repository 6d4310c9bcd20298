//! `object`'s methods: the default `__repr__`/`__str__`/`__format__`, identity `__eq__` and
//! the derived `__ne__`, id-based `__hash__`, generic `__getattribute__`/`__setattr__`/
//! `__delattr__`, `__dir__`, the `__class__` descriptor with CPython's assignment rules and
//! messages, and the instance `__dict__` descriptor.

use super::typeobj::add_getset;
use crate::object::{ObjRef, Payload};
use crate::types::{self, tdata, Layout};
use crate::value::Value;
use crate::{PyResult, Vm};

fn obj_repr(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let r = vm.builtin_repr(&args[0])?;
    Ok(vm.new_string(r))
}

fn obj_str(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    vm.repr(&args[0])
}

fn obj_format(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let spec = args.get(1).cloned().unwrap_or(Value::None);
    let Some(s) = spec.as_str() else {
        let n = vm.type_name(&spec);
        return Err(vm.type_error(format!("format() argument 2 must be str, not {n}")));
    };
    if !s.is_empty() {
        let n = vm.type_name(&args[0]);
        return Err(vm.type_error(format!(
            "unsupported format string passed to {n}.__format__"
        )));
    }
    vm.str(&args[0])
}

fn obj_eq(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    if args.len() < 2 {
        return Err(vm.type_error("expected 1 argument, got 0"));
    }
    if args[0].is(&args[1]) {
        Ok(Value::Bool(true))
    } else {
        Ok(vm.not_implemented.clone())
    }
}

fn obj_ne(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    if args.len() < 2 {
        return Err(vm.type_error("expected 1 argument, got 0"));
    }
    let tp = vm.type_of(&args[0]);
    let eq = types::lookup(&tp, "__eq__");
    let r = match eq {
        Some(e) => {
            vm.call_descriptor_function(&e, &args[0], &tp, &[args[0].clone(), args[1].clone()])?
        }
        None => vm.not_implemented.clone(),
    };
    if vm.is_not_implemented(&r) {
        return Ok(r);
    }
    Ok(Value::Bool(!vm.truthy(&r)?))
}

fn obj_cmp_ni(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(vm.not_implemented.clone())
}

fn obj_hash(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let id = match &args[0] {
        Value::Obj(o) => o.py_id(),
        other => return Ok(Value::Int(vm.hash(other)?)),
    };
    Ok(Value::Int(kaa_fmt::hash::hash_pointer(id)))
}

fn obj_getattribute(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(vm.type_error("expected 1 argument"));
    }
    let name = &args[1];
    if name.as_str().is_none() {
        let n = vm.type_name(name);
        return Err(vm.type_error(format!("attribute name must be string, not '{n}'")));
    }
    match &args[0] {
        Value::Obj(o) if matches!(o.payload, Payload::Type(_)) => vm.getattr_v(&args[0], name),
        Value::Obj(o) if matches!(o.payload, Payload::Super(..)) => {
            super::func::super_getattr(vm, &args[0], name)
        }
        _ => {
            let tp = vm.type_of(&args[0]);
            vm.generic_getattr(&args[0], &tp, name)
        }
    }
}

fn obj_setattr(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    if args.len() != 3 {
        return Err(vm.type_error(format!(
            "expected 2 arguments, got {}",
            args.len().saturating_sub(1)
        )));
    }
    if args[1].as_str().is_none() {
        let n = vm.type_name(&args[1]);
        return Err(vm.type_error(format!("attribute name must be string, not '{n}'")));
    }
    let tp = vm.type_of(&args[0]);
    vm.generic_setattr(&args[0], &tp, &args[1], Some(args[2].clone()))?;
    Ok(Value::None)
}

fn obj_delattr(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(vm.type_error("expected 1 argument"));
    }
    let tp = vm.type_of(&args[0]);
    vm.generic_setattr(&args[0], &tp, &args[1], None)?;
    Ok(Value::None)
}

/// `object.__dir__`: instance dict keys plus the attributes of the class and its bases.
fn obj_dir(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let mut names: Vec<String> = Vec::new();
    let add = |n: &str, names: &mut Vec<String>| {
        if !names.iter().any(|x| x == n) {
            names.push(n.to_string());
        }
    };
    if let Value::Obj(o) = &args[0] {
        if let Some(d) = o.dict() {
            if let Payload::Dict(t) = &d.payload {
                for k in t.borrow().keys() {
                    if let Some(s) = k.as_str() {
                        add(s, &mut names);
                    }
                }
            }
        }
    }
    let cls = match vm.getattr_opt(&args[0], "__class__")? {
        Some(Value::Obj(c)) if matches!(c.payload, Payload::Type(_)) => c,
        _ => vm.type_of(&args[0]),
    };
    let mro = tdata(&cls)
        .map(|d| d.mro.borrow().clone())
        .unwrap_or_default();
    for k in mro {
        if let Some(kd) = tdata(&k) {
            if let Payload::Dict(t) = &kd.dict.payload {
                for key in t.borrow().keys() {
                    if let Some(s) = key.as_str() {
                        add(s, &mut names);
                    }
                }
            }
        }
    }
    let v: Vec<Value> = names.into_iter().map(|n| vm.new_string(n)).collect();
    Ok(vm.new_list(v))
}

fn get_class(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Obj(vm.type_of(v)))
}

fn layouts_compatible(a: &ObjRef, b: &ObjRef) -> bool {
    let (Some(da), Some(db)) = (tdata(a), tdata(b)) else {
        return false;
    };
    da.layout == db.layout
        && *da.slot_names.borrow() == *db.slot_names.borrow()
        && da.has_flag(types::FLAG_HAS_DICT) == db.has_flag(types::FLAG_HAS_DICT)
}

/// `obj.__class__ = C` with CPython's compatibility rules.
fn set_class(vm: &mut Vm, v: &Value, nv: Option<Value>) -> PyResult<()> {
    let Some(nv) = nv else {
        return Err(vm.type_error("can't delete __class__ attribute"));
    };
    let Value::Obj(newc) = &nv else {
        let n = vm.type_name(&nv);
        return Err(vm.type_error(format!(
            "__class__ must be set to a class, not '{n}' object"
        )));
    };
    if !matches!(newc.payload, Payload::Type(_)) {
        let n = vm.type_name(&nv);
        return Err(vm.type_error(format!(
            "__class__ must be set to a class, not '{n}' object"
        )));
    }
    let Value::Obj(o) = v else {
        return Err(vm.type_error(
            "__class__ assignment only supported for mutable types or ModuleType subclasses",
        ));
    };
    let old = o.class();
    let heap = |t: &ObjRef| tdata(t).is_some_and(|d| d.has_flag(types::FLAG_HEAPTYPE));
    let is_module = |t: &ObjRef| tdata(t).is_some_and(|d| d.layout == Layout::Module);
    let both_heap = heap(newc) && heap(&old);
    let both_module = is_module(newc) && is_module(&old);
    if !both_heap && !both_module {
        return Err(vm.type_error(
            "__class__ assignment only supported for mutable types or ModuleType subclasses",
        ));
    }
    if !layouts_compatible(newc, &old) {
        let (nn, on) = (types::type_name(newc), types::type_name(&old));
        return Err(vm.type_error(format!(
            "__class__ assignment: '{nn}' object layout differs from '{on}'"
        )));
    }
    o.set_class(newc.clone());
    Ok(())
}

fn get_dict(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v.as_obj().and_then(|o| o.dict()) {
        Some(d) => Ok(Value::Obj(d)),
        None => {
            let tp = vm.type_of(v);
            Err(vm.no_attribute(v, &tp, "__dict__"))
        }
    }
}

fn readonly_dict(vm: &mut Vm, _v: &Value, _nv: Option<Value>) -> PyResult<()> {
    Err(vm.attribute_error("readonly attribute"))
}

fn set_dict(vm: &mut Vm, v: &Value, nv: Option<Value>) -> PyResult<()> {
    let Some(o) = v.as_obj() else {
        return Err(vm.attribute_error("__dict__"));
    };
    if o.dict().is_none() {
        let tp = vm.type_of(v);
        return Err(vm.no_attribute(v, &tp, "__dict__"));
    }
    match nv {
        Some(Value::Obj(d)) if matches!(d.payload, Payload::Dict(_)) => {
            o.dict.set(Some(d));
            Ok(())
        }
        Some(other) => {
            let n = vm.type_name(&other);
            Err(vm.type_error(format!("__dict__ must be set to a dictionary, not a '{n}'")))
        }
        None => Err(vm.type_error("cannot delete __dict__")),
    }
}

fn obj_subclasshook(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(vm.not_implemented.clone())
}

fn obj_sizeof(_vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::Int(16))
}

/// Calls `copyreg.<name>(*args)`: the default pickling protocol of objects lives in the
/// embedded pure-Python `copyreg` module (as in CPython, whose C code calls into it too).
fn call_copyreg(vm: &mut Vm, name: &str, args: &[Value]) -> PyResult<Value> {
    let m = crate::import::import_module_level(vm, "copyreg", None, &Value::None, 0)?;
    let f = vm.getattr(&m, name)?;
    vm.call(&f, args)
}

/// `object.__reduce_ex__(protocol)`.
fn obj_reduce_ex(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    if args.len() != 2 || !kw.is_empty() {
        return Err(vm.type_error(format!(
            "object.__reduce_ex__() takes exactly one argument ({} given)",
            (args.len() + kw.len()).saturating_sub(1)
        )));
    }
    if !matches!(args[1], Value::Int(_) | Value::Bool(_)) {
        let tn = vm.type_name(&args[1]);
        return Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")));
    }
    call_copyreg(vm, "_object_reduce_ex", args)
}

/// `object.__reduce__()`.
fn obj_reduce(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    call_copyreg(vm, "_object_reduce", &args[..1])
}

/// `object.__getstate__()`.
fn obj_getstate(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    call_copyreg(vm, "_object_getstate", &args[..1])
}

pub fn init(vm: &mut Vm) {
    let o = vm.types.object.clone();
    vm.add_method(&o, "__reduce_ex__", obj_reduce_ex);
    vm.add_method(&o, "__reduce__", obj_reduce);
    vm.add_method(&o, "__getstate__", obj_getstate);
    vm.add_method(&o, "__repr__", obj_repr);
    vm.add_method(&o, "__str__", obj_str);
    vm.add_method(&o, "__format__", obj_format);
    vm.add_method(&o, "__eq__", obj_eq);
    vm.add_method(&o, "__ne__", obj_ne);
    for n in ["__lt__", "__le__", "__gt__", "__ge__"] {
        vm.add_method(&o, n, obj_cmp_ni);
    }
    vm.add_method(&o, "__hash__", obj_hash);
    vm.add_method(&o, "__getattribute__", obj_getattribute);
    vm.add_method(&o, "__setattr__", obj_setattr);
    vm.add_method(&o, "__delattr__", obj_delattr);
    vm.add_method(&o, "__dir__", obj_dir);
    vm.add_method(&o, "__sizeof__", obj_sizeof);
    vm.add_classmethod(&o, "__subclasshook__", obj_subclasshook);
    add_getset(vm, &o, "__class__", get_class, Some(set_class));
    vm.type_dict_set(&o, "__doc__", Value::None);
    // Types whose instances carry a __dict__ expose it through this descriptor.
    let be = vm.types.base_exception.clone();
    add_getset(vm, &be, "__dict__", get_dict, Some(set_dict));
    // A module's namespace cannot be replaced (CPython's read-only member).
    let m = vm.types.module.clone();
    add_getset(vm, &m, "__dict__", get_dict, Some(readonly_dict));
    vm.add_method(&m, "__getattribute__", module_getattribute);
}

/// `ModuleType.__getattribute__`: the generic lookup, then the module's `__getattr__`, then
/// "module 'name' has no attribute". (Attribute access on modules takes the same path
/// without calling this: `types::slot_bits` does not count it as an override.)
fn module_getattribute(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(vm.type_error("expected 1 argument"));
    }
    if args[1].as_str().is_none() {
        let n = vm.type_name(&args[1]);
        return Err(vm.type_error(format!("attribute name must be string, not '{n}'")));
    }
    if !matches!(args[0].payload(), Some(Payload::Module)) {
        return obj_getattribute(vm, args, &[]);
    }
    vm.module_getattr(&args[0], &args[1])
}

fn get_weakref(_vm: &mut Vm, _v: &Value) -> PyResult<Value> {
    Ok(Value::None)
}

/// The `__weakref__` descriptor of user classes (weak references are not yet tracked, so
/// it reads as None, as for an object nothing refers to weakly).
pub fn weakref_descriptor(vm: &mut Vm, t: &ObjRef) {
    add_getset(vm, t, "__weakref__", get_weakref, None);
}

/// The `__dict__` descriptor installed on user classes that have instance dicts.
pub fn dict_descriptor(vm: &mut Vm, t: &ObjRef) {
    add_getset(vm, t, "__dict__", get_dict, Some(set_dict));
}
