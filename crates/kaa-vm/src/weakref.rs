//! Weak references (`_weakref`): `weakref.ref` objects (call to get the referent or None,
//! callbacks when it dies, hash and equality by referent), proxies that forward every
//! operation to a live referent and raise ReferenceError once it is gone
//! (`weakref.ProxyType`, `weakref.CallableProxyType`), `getweakrefcount`/`getweakrefs`.

use crate::finalize;
use crate::object::{BuiltinData, BuiltinKind, NativeFn, ObjRef, Object, Payload, WeakData};
use crate::types::{self, Layout};
use crate::value::Value;
use crate::{PyResult, Vm};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// Can `v` be weakly referenced? The built-in kinds CPython allows (functions, types, sets,
/// modules, generators, methods..., and their subclasses' instances), and instances of
/// classes with `__weakref__`.
fn supports_weakref(v: &Value) -> bool {
    let Value::Obj(o) = v else { return false };
    if matches!(
        o.payload,
        Payload::Function(_)
            | Payload::Type(_)
            | Payload::Module
            | Payload::Generator(_)
            | Payload::Method(..)
            | Payload::Code(_)
            | Payload::Builtin(_)
            | Payload::Set(_)
    ) {
        return true;
    }
    let t = o.class();
    types::tdata(&t).is_some_and(|d| d.has_flag(types::FLAG_HEAPTYPE))
        && types::lookup(&t, "__weakref__").is_some()
}

fn target(v: &Value) -> Option<ObjRef> {
    match v.payload() {
        Some(Payload::WeakRef(d)) => d.target.upgrade(),
        _ => None,
    }
}

fn new_weak(vm: &mut Vm, cls: &ObjRef, obj: &Value, callback: Value, kind: u8) -> PyResult<Value> {
    if !supports_weakref(obj) {
        let n = vm.type_name(obj);
        return Err(vm.type_error(format!("cannot create weak reference to '{n}' object")));
    }
    let Value::Obj(o) = obj else {
        return Err(vm.type_error("cannot create weak reference"));
    };
    // A plain ref without callback is shared, as CPython's.
    if kind == 0 && callback.is_none() {
        for w in finalize::weakrefs_of(o) {
            if let Payload::WeakRef(d) = &w.payload {
                if d.kind == 0 && d.callback.borrow().is_none() && w.class_is(cls) {
                    return Ok(Value::Obj(w.clone()));
                }
            }
        }
    }
    let data = WeakData {
        target: Rc::downgrade(o),
        callback: RefCell::new(callback),
        hash: Cell::new(i64::MIN),
        kind,
    };
    let w = crate::objects::typeobj::new_instance(vm, cls, Payload::WeakRef(Box::new(data)));
    finalize::register_weakref(o, &w);
    Ok(Value::Obj(w))
}

fn ref_new(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.first() else {
        return Err(vm.type_error("no type"));
    };
    let cls = cls.clone();
    let Some(obj) = args.get(1) else {
        return Err(vm.type_error("__new__ expected at least 1 argument, got 0"));
    };
    let cb = args.get(2).cloned().unwrap_or(Value::None);
    new_weak(vm, &cls, obj, cb, 0)
}

fn ref_init(_vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::None)
}

fn ref_call(_vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(target(&args[0]).map(Value::Obj).unwrap_or(Value::None))
}

fn ref_repr(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let id = args[0].as_obj().map(|o| o.id()).unwrap_or(0);
    let s = match target(&args[0]) {
        Some(t) => {
            let tn = types::type_name(&t.class());
            format!("<weakref at {id:#x}; to '{tn}' at {:#x}>", t.id())
        }
        None => format!("<weakref at {id:#x}; dead>"),
    };
    Ok(vm.new_string(s))
}

fn ref_hash(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(Payload::WeakRef(d)) = args[0].payload() else {
        return Err(vm.type_error("not a weakref"));
    };
    let h = d.hash.get();
    if h != i64::MIN {
        return Ok(Value::Int(h));
    }
    match d.target.upgrade() {
        Some(t) => {
            let h = vm.hash(&Value::Obj(t))?;
            d.hash.set(h);
            Ok(Value::Int(h))
        }
        None => Err(vm.type_error("weak object has gone away")),
    }
}

fn ref_eq(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let other = args.get(1).cloned().unwrap_or(Value::None);
    if !matches!(other.payload(), Some(Payload::WeakRef(_))) {
        return Ok(vm.not_implemented.clone());
    }
    match (target(&args[0]), target(&other)) {
        (Some(a), Some(b)) => Ok(Value::Bool(vm.eq(&Value::Obj(a), &Value::Obj(b))?)),
        _ => Ok(Value::Bool(args[0].is(&other))),
    }
}

fn ref_callback(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v.payload() {
        Some(Payload::WeakRef(d)) => Ok(d.callback.borrow().clone()),
        _ => Err(vm.type_error("not a weakref")),
    }
}

// ---- proxies ----------------------------------------------------------------------------------

fn live(vm: &mut Vm, p: &Value) -> PyResult<Value> {
    match target(p) {
        Some(t) => Ok(Value::Obj(t)),
        None => {
            let c = vm
                .dict_get_str(&vm.builtins_dict.clone(), "ReferenceError")
                .and_then(|v| v.as_obj().cloned())
                .unwrap_or_else(|| vm.types.reference_error.clone());
            Err(vm.new_exc(&c, "weakly-referenced object no longer exists"))
        }
    }
}

fn proxy_new(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(obj) = args.first() else {
        return Err(vm.type_error("proxy() missing required argument"));
    };
    let cb = args.get(1).cloned().unwrap_or(Value::None);
    let callable = {
        let tp = vm.type_of(obj);
        matches!(
            obj.payload(),
            Some(Payload::Function(_))
                | Some(Payload::Method(..))
                | Some(Payload::Builtin(_))
                | Some(Payload::Type(_))
        ) || types::lookup(&tp, "__call__").is_some()
    };
    let (cls, kind) = if callable {
        (vm.weak_types().2, 2)
    } else {
        (vm.weak_types().1, 1)
    };
    new_weak(vm, &cls, obj, cb, kind)
}

fn proxy_getattribute(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let t = live(vm, &args[0])?;
    vm.getattr_v(&t, args.get(1).unwrap_or(&Value::None))
}

fn proxy_setattr(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let t = live(vm, &args[0])?;
    vm.setattr_v(
        &t,
        args.get(1).unwrap_or(&Value::None),
        args.get(2).cloned().unwrap_or(Value::None),
    )?;
    Ok(Value::None)
}

fn proxy_delattr(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let t = live(vm, &args[0])?;
    vm.delattr_v(&t, args.get(1).unwrap_or(&Value::None))?;
    Ok(Value::None)
}

fn proxy_repr(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let id = args[0].as_obj().map(|o| o.id()).unwrap_or(0);
    let s = match target(&args[0]) {
        Some(t) => format!(
            "<weakproxy at {id:#x} to {} at {:#x}>",
            types::type_name(&t.class()),
            t.id()
        ),
        None => format!("<weakproxy at {id:#x}; dead>"),
    };
    Ok(vm.new_string(s))
}

fn proxy_str(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let t = live(vm, &args[0])?;
    vm.str(&t)
}

fn proxy_bool(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let t = live(vm, &args[0])?;
    Ok(Value::Bool(vm.truthy(&t)?))
}

fn proxy_len(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let t = live(vm, &args[0])?;
    Ok(Value::Int(vm.len(&t)? as i64))
}

fn proxy_iter(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let t = live(vm, &args[0])?;
    vm.iter(&t)
}

fn proxy_call(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let t = live(vm, &args[0])?;
    vm.call_kw(&t, &args[1..], kw)
}

fn proxy_hash(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Err(vm.type_error("unhashable type: 'weakref.ProxyType'"))
}

/// Forwards a special method to the live referent.
macro_rules! forward {
    ($($name:ident => $dunder:literal),* $(,)?) => {
        $(
            fn $name(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
                let t = live(vm, &args[0])?;
                let mut rest = Vec::with_capacity(args.len());
                for a in &args[1..] {
                    // A proxy operand is unwrapped too.
                    rest.push(match a.payload() {
                        Some(Payload::WeakRef(d)) if d.kind != 0 => live(vm, a)?,
                        _ => a.clone(),
                    });
                }
                vm.call_method(&t, $dunder, &rest)
            }
        )*
        const FORWARDED: &[(&str, NativeFn)] = &[$(($dunder, $name)),*];
    };
}

forward!(
    p_getitem => "__getitem__", p_setitem => "__setitem__", p_delitem => "__delitem__",
    p_contains => "__contains__", p_next => "__next__", p_eq => "__eq__", p_ne => "__ne__",
    p_lt => "__lt__", p_le => "__le__", p_gt => "__gt__", p_ge => "__ge__",
    p_add => "__add__", p_radd => "__radd__", p_sub => "__sub__", p_rsub => "__rsub__",
    p_mul => "__mul__", p_rmul => "__rmul__", p_truediv => "__truediv__", p_floordiv => "__floordiv__",
    p_mod => "__mod__", p_pow => "__pow__", p_neg => "__neg__", p_pos => "__pos__", p_abs => "__abs__",
    p_and => "__and__", p_or => "__or__", p_xor => "__xor__", p_index => "__index__",
    p_int => "__int__", p_float => "__float__", p_iadd => "__iadd__", p_reversed => "__reversed__",
);

// ---- module functions ---------------------------------------------------------------------------

fn getweakrefcount(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let _ = vm;
    Ok(Value::Int(match args.first() {
        Some(Value::Obj(o)) => finalize::weakrefs_of(o).len() as i64,
        _ => 0,
    }))
}

fn getweakrefs(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let refs: Vec<Value> = match args.first() {
        Some(Value::Obj(o)) => finalize::weakrefs_of(o)
            .into_iter()
            .map(Value::Obj)
            .collect(),
        _ => Vec::new(),
    };
    Ok(vm.new_list(refs))
}

/// A module-level builtin function object.
pub(crate) fn func(vm: &Vm, name: &'static str, f: NativeFn) -> Value {
    Value::Obj(Object::new(
        vm.types.builtin_function.clone(),
        Payload::Builtin(Box::new(BuiltinData {
            name,
            func: f,
            kind: BuiltinKind::Function,
            bound: None,
            owner: None,
            doc: None,
            frame_aware: false,
        })),
    ))
}

/// The three weak-reference types: (ReferenceType, ProxyType, CallableProxyType).
pub fn create_types(vm: &mut Vm) -> (ObjRef, ObjRef, ObjRef) {
    let t = vm.types.clone();
    let mk = |vm: &mut Vm, name: &str, flags: u32| {
        let ty = types::new_type(
            t.type_.clone(),
            name,
            vec![t.object.clone()],
            vm.new_dict(),
            Layout::Other,
            flags,
        );
        types::set_linear_mro(&ty);
        let m = vm.new_str("weakref");
        vm.type_dict_set(&ty, "__module__", m);
        ty
    };
    let r = mk(vm, "ReferenceType", types::FLAG_BASETYPE);
    vm.add_staticmethod(&r, "__new__", ref_new);
    for (n, f) in [
        ("__init__", ref_init as NativeFn),
        ("__call__", ref_call),
        ("__repr__", ref_repr),
        ("__hash__", ref_hash),
        ("__eq__", ref_eq),
    ] {
        vm.add_method(&r, n, f);
    }
    crate::objects::typeobj::add_getset(vm, &r, "__callback__", ref_callback, None);
    let p = mk(vm, "ProxyType", 0);
    let cp = mk(vm, "CallableProxyType", 0);
    for ty in [&p, &cp] {
        let base: &[(&str, NativeFn)] = &[
            ("__getattribute__", proxy_getattribute),
            ("__setattr__", proxy_setattr),
            ("__delattr__", proxy_delattr),
            ("__repr__", proxy_repr),
            ("__str__", proxy_str),
            ("__bool__", proxy_bool),
            ("__len__", proxy_len),
            ("__iter__", proxy_iter),
            ("__hash__", proxy_hash),
        ];
        for (n, f) in base.iter().chain(FORWARDED.iter()) {
            let name: &'static str = n;
            vm.add_method(ty, name, *f);
        }
    }
    vm.add_method(&cp, "__call__", proxy_call);
    (r, p, cp)
}

/// `_weakref`: the native half of `weakref`.
pub fn weakref_module(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("_weakref");
    let (r, p, cp) = vm.weak_types();
    vm.module_set(&m, "ref", Value::Obj(r.clone()));
    vm.module_set(&m, "ReferenceType", Value::Obj(r));
    vm.module_set(&m, "ProxyType", Value::Obj(p));
    vm.module_set(&m, "CallableProxyType", Value::Obj(cp));
    for (n, f) in [
        ("proxy", proxy_new as NativeFn),
        ("getweakrefcount", getweakrefcount),
        ("getweakrefs", getweakrefs),
    ] {
        let fv = func(vm, n, f);
        vm.module_set(&m, n, fv);
    }
    Ok(m)
}
