//! Runtime support of `match` (PEP 634) as CPython 3.11: which subjects are sequences and
//! mappings, key lookup through the mapping's `get`, class patterns with `__match_args__`
//! and the built-in types that match their positional sub-pattern against themselves.

use crate::object::Payload;
use crate::types;
use crate::value::Value;
use crate::{PyResult, Vm};

pub fn is_mapping(vm: &mut Vm, v: &Value) -> bool {
    match v.payload() {
        Some(Payload::Dict(_)) | Some(Payload::MappingProxy(_)) => true,
        _ => {
            let tp = vm.type_of(v);
            types::tdata(&tp).is_some_and(|d| d.has_flag(types::FLAG_HEAPTYPE))
                && abc_registered(vm, &tp, "Mapping")
        }
    }
}

pub fn is_sequence(vm: &mut Vm, v: &Value) -> bool {
    match v.payload() {
        Some(Payload::Str(_)) | Some(Payload::Bytes(_)) | Some(Payload::ByteArray(_)) => false,
        Some(Payload::List(_)) | Some(Payload::Tuple(_)) | Some(Payload::Range(_)) => true,
        _ => {
            let tp = vm.type_of(v);
            types::tdata(&tp).is_some_and(|d| d.has_flag(types::FLAG_HEAPTYPE))
                && abc_registered(vm, &tp, "Sequence")
        }
    }
}

/// Whether `tp` is a virtual or real subclass of `collections.abc.<name>` (when that module
/// has been imported; CPython sets the equivalent type flag on registration).
fn abc_registered(vm: &mut Vm, tp: &crate::object::ObjRef, name: &str) -> bool {
    let modules = vm.modules_dict();
    let Some(m) = vm.dict_get_str(&modules, "collections.abc") else {
        return false;
    };
    let Ok(Some(abc)) = vm.getattr_opt(&m, name) else {
        return false;
    };
    crate::objects::isinstance::issubclass(vm, &Value::Obj(tp.clone()), &abc).unwrap_or(false)
}

pub fn match_keys(vm: &mut Vm, subj: &Value, keys: &Value) -> PyResult<Value> {
    let keys = vm.tuple_items(keys);
    if keys.is_empty() {
        return Ok(vm.empty_tuple.clone());
    }
    let get = vm.getattr(subj, "get")?;
    let sentinel = Value::Obj(vm.new_dict());
    let mut out = Vec::with_capacity(keys.len());
    for (i, k) in keys.iter().enumerate() {
        if keys[..i]
            .iter()
            .any(|p| crate::dict::fast_eq(p, k) == Some(true))
        {
            let r = vm.repr_string(k)?;
            return Err(vm.value_error(format!("mapping pattern checks duplicate key ({r})")));
        }
        let v = vm.call(&get, &[k.clone(), sentinel.clone()])?;
        if v.is(&sentinel) {
            return Ok(Value::None);
        }
        out.push(v);
    }
    Ok(vm.new_tuple(out))
}

pub fn copy_without_keys(vm: &mut Vm, subj: &Value, keys: &Value) -> PyResult<Value> {
    let d = vm.new_dict();
    let items: Vec<(Value, Value)> = match subj.payload() {
        Some(Payload::Dict(t)) => t.borrow().items(),
        _ => {
            let ks = vm.call_method(subj, "keys", &[])?;
            let ks = vm.iterate(&ks)?;
            let mut out = Vec::new();
            for k in ks {
                let v = vm.getitem(subj, &k)?;
                out.push((k, v));
            }
            out
        }
    };
    for (k, v) in items {
        crate::dict::set_item(vm, &d, k, v)?;
    }
    for k in vm.tuple_items(keys) {
        crate::dict::del_item(vm, &d, &k)?;
    }
    Ok(Value::Obj(d))
}

/// Built-in classes whose single positional sub-pattern matches the subject itself.
fn self_matching(vm: &Vm, cls: &crate::object::ObjRef) -> bool {
    let t = &vm.types;
    [
        &t.bool_,
        &t.bytearray,
        &t.bytes,
        &t.dict,
        &t.float,
        &t.frozenset,
        &t.int,
        &t.list,
        &t.set,
        &t.str,
        &t.tuple,
    ]
    .iter()
    .any(|x| std::rc::Rc::ptr_eq(x, cls))
}

pub fn match_class(
    vm: &mut Vm,
    subj: &Value,
    cls: &Value,
    names: &Value,
    npos: usize,
) -> PyResult<Value> {
    let Value::Obj(c) = cls else {
        return Err(vm.type_error("called match pattern must be a type"));
    };
    if !matches!(c.payload, Payload::Type(_)) {
        return Err(vm.type_error("called match pattern must be a type"));
    }
    if !crate::objects::isinstance::isinstance(vm, subj, cls)? {
        return Ok(Value::None);
    }
    let cname = types::type_name(c);
    let mut attrs: Vec<Value> = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    if npos > 0 {
        let match_args = vm.getattr_opt(cls, "__match_args__")?;
        match match_args {
            Some(ma) => {
                let Some(Payload::Tuple(items)) = ma.payload() else {
                    let n = vm.type_name(&ma);
                    return Err(
                        vm.type_error(format!("{cname}.__match_args__ must be a tuple (got {n})"))
                    );
                };
                let items = items.to_vec();
                if npos > items.len() {
                    let s = if items.len() == 1 { "" } else { "s" };
                    return Err(vm.type_error(format!(
                        "{cname}() accepts {} positional sub-pattern{s} ({npos} given)",
                        items.len()
                    )));
                }
                for name in &items[..npos] {
                    let Some(n) = name.as_str().map(|s| s.to_string()) else {
                        let tn = vm.type_name(name);
                        return Err(vm.type_error(format!(
                            "__match_args__ elements must be strings (got {tn})"
                        )));
                    };
                    if seen.contains(&n) {
                        return Err(vm.type_error(format!(
                            "{cname}() got multiple sub-patterns for attribute '{n}'"
                        )));
                    }
                    match vm.getattr_opt(subj, &n)? {
                        Some(v) => attrs.push(v),
                        None => return Ok(Value::None),
                    }
                    seen.push(n);
                }
            }
            None => {
                let allowed = if self_matching(vm, c) { 1 } else { 0 };
                if npos <= allowed {
                    attrs.push(subj.clone());
                } else {
                    let s = if allowed == 1 { "" } else { "s" };
                    return Err(vm.type_error(format!(
                        "{cname}() accepts {allowed} positional sub-pattern{s} ({npos} given)"
                    )));
                }
            }
        }
    }
    for name in vm.tuple_items(names) {
        let n = name.as_str().unwrap_or("").to_string();
        if seen.contains(&n) {
            return Err(vm.type_error(format!(
                "{cname}() got multiple sub-patterns for attribute '{n}'"
            )));
        }
        match vm.getattr_opt(subj, &n)? {
            Some(v) => attrs.push(v),
            None => return Ok(Value::None),
        }
        seen.push(n);
    }
    Ok(vm.new_tuple(attrs))
}
