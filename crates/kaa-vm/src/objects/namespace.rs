//! `types.SimpleNamespace`, the class of `sys.implementation`: an object whose attributes are
//! its keyword arguments, with CPython 3.11's `__init__` (keywords only), `__repr__`
//! (`namespace(a=1, b=2)`, the subclass name for subclasses, `...` when recursive), `__eq__`
//! (by `__dict__`, between any two namespaces), `__reduce__` and no hash.

use crate::object::{ObjRef, Object, Payload};
use crate::types;
use crate::value::Value;
use crate::{PyResult, Vm};
use kaa_compiler::opcodes::CmpKind;

/// Creates the SimpleNamespace type (once, for `sys.implementation`; `types` reuses it).
pub fn new_type(vm: &mut Vm) -> ObjRef {
    let t = vm.types.clone();
    let dict = vm.new_dict();
    let m = vm.new_str("types");
    vm.dict_set_str(&dict, "__module__", m);
    let doc = vm.new_str("A simple attribute-based namespace.\n\nSimpleNamespace(**kwargs)");
    vm.dict_set_str(&dict, "__doc__", doc);
    vm.dict_set_str(&dict, "__hash__", Value::None);
    let ty = types::new_type(
        t.type_.clone(),
        "SimpleNamespace",
        vec![t.object.clone()],
        dict,
        types::Layout::Object,
        types::FLAG_HAS_DICT | types::FLAG_BASETYPE,
    );
    types::set_linear_mro(&ty);
    super::objectobj::dict_descriptor(vm, &ty);
    super::objectobj::weakref_descriptor(vm, &ty);
    vm.add_method(&ty, "__init__", ns_init);
    vm.add_method(&ty, "__repr__", ns_repr);
    vm.add_method(&ty, "__eq__", ns_eq);
    vm.add_method(&ty, "__reduce__", ns_reduce);
    ty
}

/// A namespace instance of `ty` holding `items`, built without calling Python code.
pub fn new_namespace(vm: &mut Vm, ty: &ObjRef, items: Vec<(&str, Value)>) -> Value {
    let d = vm.new_dict();
    for (k, v) in items {
        vm.dict_set_str(&d, k, v);
    }
    Value::Obj(Object::with_dict(ty.clone(), Payload::Plain, d))
}

fn ns_dict(vm: &mut Vm, v: &Value) -> PyResult<ObjRef> {
    match v {
        Value::Obj(o) => match o.dict() {
            Some(d) => Ok(d),
            None => Err(vm.type_error("SimpleNamespace object has no __dict__")),
        },
        _ => Err(vm.type_error("SimpleNamespace object has no __dict__")),
    }
}

fn ns_init(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    if args.len() > 1 {
        return Err(vm.type_error("no positional arguments expected"));
    }
    let Some(this) = args.first() else {
        return Err(vm.type_error(
            "descriptor '__init__' of 'types.SimpleNamespace' object needs an argument",
        ));
    };
    let d = ns_dict(vm, this)?;
    for (k, v) in kw {
        if k.as_str().is_none() {
            return Err(vm.type_error("keywords must be strings"));
        }
        crate::dict::set_item(vm, &d, k.clone(), v.clone())?;
    }
    Ok(Value::None)
}

fn ns_repr(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(this) = args.first() else {
        return Err(vm.type_error("__repr__ needs an argument"));
    };
    let ty = vm.type_of(this);
    let own = types::tdata(&ty).is_some_and(|d| d.name.borrow().as_str() == "SimpleNamespace")
        && types::lookup(&ty, "__module__").is_some_and(|m| m.as_str() == Some("types"));
    let name = if own {
        "namespace".to_string()
    } else {
        vm.type_name(this)
    };
    let Value::Obj(o) = this else {
        return Ok(vm.new_string(format!("{name}()")));
    };
    let id = o.id();
    if vm.repr_stack.contains(&id) {
        return Ok(vm.new_string(format!("{name}(...)")));
    }
    let d = ns_dict(vm, this)?;
    vm.repr_stack.push(id);
    let items = match &d.payload {
        Payload::Dict(t) => t.borrow().items(),
        _ => Vec::new(),
    };
    let mut parts = Vec::with_capacity(items.len());
    let mut result = Ok(());
    for (k, v) in items {
        let Some(k) = k.as_str().map(str::to_string) else {
            continue;
        };
        match vm.repr_string(&v) {
            Ok(r) => parts.push(format!("{k}={r}")),
            Err(e) => {
                result = Err(e);
                break;
            }
        }
    }
    vm.repr_stack.retain(|x| *x != id);
    result?;
    Ok(vm.new_string(format!("{name}({})", parts.join(", "))))
}

fn is_namespace(vm: &mut Vm, v: &Value, ty: &ObjRef) -> bool {
    let t = vm.type_of(v);
    types::is_subtype(&t, ty)
}

fn ns_eq(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (Some(a), Some(b)) = (args.first(), args.get(1)) else {
        return Err(vm.type_error("expected 1 argument"));
    };
    let Some(ty) = namespace_type(vm) else {
        return Ok(vm.not_implemented.clone());
    };
    if !is_namespace(vm, a, &ty) || !is_namespace(vm, b, &ty) {
        return Ok(vm.not_implemented.clone());
    }
    let da = Value::Obj(ns_dict(vm, a)?);
    let db = Value::Obj(ns_dict(vm, b)?);
    vm.compare(&da, &db, CmpKind::Eq)
}

fn ns_reduce(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(this) = args.first() else {
        return Err(vm.type_error("__reduce__ needs an argument"));
    };
    let ty = Value::Obj(vm.type_of(this));
    let d = ns_dict(vm, this)?;
    let copy = vm.call_method(&Value::Obj(d), "copy", &[])?;
    let empty = vm.new_tuple(vec![]);
    Ok(vm.new_tuple(vec![ty, empty, copy]))
}

/// The SimpleNamespace type, found through `sys.implementation`.
fn namespace_type(vm: &mut Vm) -> Option<ObjRef> {
    let imp = crate::sysmod::sys_attr(vm, "implementation")?;
    Some(vm.type_of(&imp))
}
