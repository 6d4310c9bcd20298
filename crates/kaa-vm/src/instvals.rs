//! Instance attribute storage in CPython 3.11's shape: an instance of a class whose
//! instances get a `__dict__` starts with no dict object at all. Its attribute values sit in
//! its own payload (`Payload::Instance`), in the order of the class's *shared keys* (an
//! append-only list of attribute names per class, at most `MAX_SHARED`), so a `Point` with
//! `x` and `y` is one object and one small vector instead of an object, a dict object and a
//! hash table.
//!
//! The values are authoritative while the object's `dict` slot is empty. They always hold
//! the values of `shared_keys[..len]`: an instance whose attributes arrive in the class's
//! key order (the usual `__init__`) stays inline. Anything that does not fit, namely a
//! deletion, a name out of the class's order, a non-`str` name or a full key list, and
//! any request for the dict itself (`__dict__`, `vars()`, `dir()`, pickling, `__class__`
//! assignment) *materializes* a real dict with the same items in the same order, after which
//! the dict is used (CPython's `_PyObject_MakeDictFromInstanceAttributes`). What Python code
//! sees is therefore the same either way: insertion order, `__dict__` identity, `gc`
//! referents (the values, as CPython 3.11 reports for an instance without a dict).

use crate::object::{ObjRef, Object, Payload};
use crate::types;
use crate::value::Value;
use crate::{PyResult, Vm};
use std::cell::RefCell;

/// The most attribute names a class shares among its instances (CPython's
/// `SHARED_KEYS_MAX_SIZE`); instances that add more get a dict.
pub const MAX_SHARED: usize = 30;

/// The payload of a new instance of `cls` with inline values, sized for the attributes its
/// class has seen so far (one allocation in the common case).
pub fn new_payload(cls: &ObjRef) -> Payload {
    let n = types::tdata(cls).map_or(0, |d| d.shared_keys.borrow().len());
    Payload::Instance(RefCell::new(Vec::with_capacity(n)))
}

/// Whether `name` (an exact str) is the shared key `k`: identity first (names in code are
/// interned), then the cached hashes, then the text.
#[inline]
fn same_key(k: &Value, name: &Value) -> bool {
    if k.is(name) {
        return true;
    }
    match (k.payload(), name.payload()) {
        (Some(Payload::Str(a)), Some(Payload::Str(b))) => {
            crate::ops::str_obj_hash(a) == crate::ops::str_obj_hash(b) && a.as_str() == b.as_str()
        }
        _ => false,
    }
}

/// The position of `name` among `keys`.
#[inline]
pub fn key_index(keys: &[Value], name: &Value) -> Option<usize> {
    keys.iter()
        .position(|k| k.is(name))
        .or_else(|| keys.iter().position(|k| same_key(k, name)))
}

/// Does the object hold instance attributes (a dict, or inline values)?
#[inline]
pub fn has_dict(o: &Object) -> bool {
    o.dict.is_some() || matches!(o.payload, Payload::Instance(_))
}

/// The instance attribute `name` of `o`, from its dict or its inline values, without
/// creating a dict.
#[inline]
pub fn get(o: &Object, name: &Value) -> Option<Value> {
    if let Payload::Instance(vals) = &o.payload {
        if !o.dict.is_some() {
            let vals = vals.try_borrow().ok()?;
            if vals.is_empty() {
                return None;
            }
            let cls = o.class_opt()?;
            let keys = types::tdata(&cls)?.shared_keys.borrow();
            let i = key_index(keys.get(..vals.len())?, name)?;
            return vals.get(i).cloned();
        }
    }
    let d = o.dict.get()?;
    crate::dict::get_name(&d, name)
}

/// The inline value at shared-key position `i`, when `o` still uses inline values and has
/// set it (the attribute caches' hit path). `None` means "ask the general lookup".
#[inline(always)]
pub fn get_at(o: &Object, i: usize) -> Option<Value> {
    let Payload::Instance(vals) = &o.payload else {
        return None;
    };
    if o.dict.is_some() {
        return None;
    }
    vals.try_borrow().ok()?.get(i).cloned()
}

/// Stores `name = v` in the inline values when they can take it; gives `v` back otherwise
/// (the caller then materializes the dict and stores there).
pub fn set_inline(o: &Object, name: &Value, v: Value) -> Result<(), Value> {
    let Payload::Instance(vals) = &o.payload else {
        return Err(v);
    };
    if o.dict.is_some() {
        return Err(v);
    }
    let Some(cls) = o.class_opt() else {
        return Err(v);
    };
    let str_type = crate::vm::with_types(|t| t.str.clone());
    if !name.as_obj().is_some_and(|n| n.class_is(&str_type)) {
        return Err(v);
    }
    let Some(td) = types::tdata(&cls) else {
        return Err(v);
    };
    let (Ok(mut keys), Ok(mut vals)) = (td.shared_keys.try_borrow_mut(), vals.try_borrow_mut())
    else {
        return Err(v);
    };
    let old = match key_index(&keys, name) {
        Some(i) if i < vals.len() => std::mem::replace(&mut vals[i], v),
        Some(i) if i == vals.len() => {
            vals.push(v);
            return Ok(());
        }
        Some(_) => return Err(v),
        None if vals.len() == keys.len() && keys.len() < MAX_SHARED => {
            keys.push(name.clone());
            vals.push(v);
            return Ok(());
        }
        None => return Err(v),
    };
    drop(vals);
    drop(keys);
    // The replaced value is released after the borrows end.
    drop(old);
    Ok(())
}

/// Stores the inline value at shared-key position `i`, for the attribute caches (which
/// know that the name is the `i`th shared key of the object's class): replaces a value set
/// before, or appends the next one in key order (the first assignments in `__init__`).
/// Gives `v` back when the object no longer uses inline values or `i` is further on.
#[inline(always)]
pub fn store_at(o: &Object, i: usize, v: Value) -> Result<(), Value> {
    let Payload::Instance(vals) = &o.payload else {
        return Err(v);
    };
    if o.dict.is_some() {
        return Err(v);
    }
    let old = match vals.try_borrow_mut() {
        Ok(mut vals) => {
            if i == vals.len() {
                vals.push(v);
                return Ok(());
            }
            match vals.get_mut(i) {
                Some(slot) => std::mem::replace(slot, v),
                None => return Err(v),
            }
        }
        Err(_) => return Err(v),
    };
    crate::frame::release(old);
    Ok(())
}

/// Sets an instance attribute in whichever storage the object uses.
pub fn store(vm: &mut Vm, o: &ObjRef, name: &Value, v: Value) -> PyResult<()> {
    let v = match set_inline(o, name, v) {
        Ok(()) => return Ok(()),
        Err(v) => v,
    };
    match materialize(o) {
        Some(d) => crate::dict::set_name(vm, &d, name, v),
        None => Err(vm.attribute_error("object has no __dict__")),
    }
}

/// The object's dict, built from its inline values the first time it is asked for.
pub fn materialize(o: &Object) -> Option<ObjRef> {
    if let Some(d) = o.dict.get() {
        return Some(d);
    }
    let vals = match &o.payload {
        Payload::Instance(vals) => vals,
        // A function's `__dict__` is made on first use (most functions never get one).
        Payload::Function(_) => {
            let dict_type = crate::vm::with_types(|t| t.dict.clone());
            let d = Object::new(dict_type, Payload::Dict(Box::default()));
            o.dict.set(Some(d.clone()));
            return Some(d);
        }
        _ => return None,
    };
    let values = std::mem::take(&mut *vals.try_borrow_mut().ok()?);
    let mut table = crate::dict::DictTable::default();
    if !values.is_empty() {
        let cls = o.class_opt()?;
        let keys = types::tdata(&cls)?.shared_keys.borrow();
        for (k, v) in keys.iter().zip(values) {
            if let Some(Payload::Str(s)) = k.payload() {
                table.set_str(k.clone(), crate::ops::str_obj_hash(s), v);
            }
        }
    }
    let dict_type = crate::vm::with_types(|t| t.dict.clone());
    let d = Object::new(dict_type, Payload::Dict(Box::new(RefCell::new(table))));
    o.dict.set(Some(d.clone()));
    Some(d)
}

/// The position of `name` among the shared keys of `cls` (`NO_INDEX` when it is not one),
/// for the attribute caches: positions never change, since the list only grows.
pub fn shared_index(cls: &ObjRef, name: &Value) -> u32 {
    types::tdata(cls)
        .and_then(|d| key_index(&d.shared_keys.borrow(), name))
        .map_or(crate::object::NO_INDEX, |i| i as u32)
}

/// How many leading shared keys of `cls` are certainly not `name`: its position if it is
/// one, else the current count (a later key is appended after them).
pub fn absent_upto(cls: &ObjRef, name: &Value) -> u32 {
    types::tdata(cls).map_or(0, |d| {
        let keys = d.shared_keys.borrow();
        key_index(&keys, name).unwrap_or(keys.len()) as u32
    })
}

/// Whether `o` certainly has no instance attribute `name`, given that the first `upto`
/// shared keys of its class are not `name`; otherwise the general lookup decides.
#[inline]
pub fn lacks(o: &Object, name: &Value, upto: u32) -> bool {
    if let Payload::Instance(vals) = &o.payload {
        if !o.dict.is_some() {
            if let Ok(v) = vals.try_borrow() {
                if v.len() <= upto as usize {
                    return true;
                }
            }
        }
    }
    get(o, name).is_none()
}
