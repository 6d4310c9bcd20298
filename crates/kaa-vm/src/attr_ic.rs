//! Inline caches for attribute instructions (CPython 3.11's specialised `LOAD_ATTR`,
//! `STORE_ATTR` and `LOAD_METHOD` forms, in kaa's shape): each instruction's cache slot
//! remembers, for the type last seen there (its address and version tag), what the type's
//! side of the lookup found, so a repeat only looks at the instance dict. A type's version
//! changes whenever it or a base is modified (`types::modified`) and version numbers are never
//! reused, so (address, version) identifies one unchanged type; any mismatch, or a case the
//! cache does not describe, takes the full attribute protocol in `attr.rs`, which is what
//! decides every result the cache replays.

use crate::object::{InlineCache, Payload, PyCode};
use crate::types;
use crate::value::Value;
use crate::{PyResult, Vm};

/// The type's address and version, the key of every attribute cache entry.
fn type_key(vm: &Vm, obj: &Value) -> (usize, u64) {
    let tp = vm.type_of(obj);
    let ver = types::tdata(&tp).map_or(0, |d| d.version.get());
    (tp.id(), ver)
}

/// Objects whose attribute lookup is not the generic instance protocol.
fn special(obj: &Value) -> bool {
    matches!(
        obj.payload(),
        Some(Payload::Type(_)) | Some(Payload::Super(..))
    )
}

/// The instance dict's value for `name`, if the object has a dict holding it.
fn instance_value(obj: &Value, name: &Value) -> Option<Value> {
    let dict = obj.as_obj()?.dict()?;
    crate::dict::get_name(&dict, name)
}

fn entry(code: &PyCode, slot: usize) -> InlineCache {
    match code.caches.try_borrow() {
        Ok(c) => c.get(slot).cloned().unwrap_or_default(),
        Err(_) => InlineCache::Empty,
    }
}

fn fill(code: &PyCode, slot: usize, e: InlineCache) {
    if slot == 0 {
        return;
    }
    if let Ok(mut c) = code.caches.try_borrow_mut() {
        if let Some(s) = c.get_mut(slot) {
            *s = e;
        }
    }
}

/// What the type says about `name` when nothing overrides the generic protocol: `Ok(None)`
/// for no attribute anywhere along the MRO, `Ok(Some(v))` for a plain class value (no
/// `__get__`), `Err(())` for anything the caches do not replay.
fn type_side(vm: &Vm, obj: &Value, name: &Value, setting: bool) -> Result<Option<Value>, ()> {
    if special(obj) {
        return Err(());
    }
    let tp = vm.type_of(obj);
    let bits = types::slot_bits(&tp);
    let overridden = if setting {
        types::SLOT_SETATTR
    } else {
        types::SLOT_GETATTRIBUTE
    };
    if bits & overridden != 0 {
        return Err(());
    }
    match types::lookup_v(&tp, name) {
        None => Ok(None),
        Some(v) if !setting && crate::attr::is_plain_class_value(vm, &v) => Ok(Some(v)),
        Some(_) => Err(()),
    }
}

/// `LOAD_ATTR`.
pub fn load_attr(
    vm: &mut Vm,
    code: &PyCode,
    slot: usize,
    obj: &Value,
    name: &Value,
) -> PyResult<Value> {
    let key = type_key(vm, obj);
    match entry(code, slot) {
        InlineCache::InstanceAttr { tp, ver } if (tp, ver) == key && !special(obj) => {
            if let Some(v) = instance_value(obj, name) {
                return Ok(v);
            }
        }
        InlineCache::ClassValue { tp, ver, value } if (tp, ver) == key && !special(obj) => {
            return Ok(instance_value(obj, name).unwrap_or(value));
        }
        _ => {}
    }
    let v = vm.getattr_v(obj, name)?;
    if slot != 0 && type_key(vm, obj) == key {
        let has_dict = obj.as_obj().is_some_and(|o| o.dict().is_some());
        match type_side(vm, obj, name, false) {
            Ok(None) if has_dict => fill(
                code,
                slot,
                InlineCache::InstanceAttr {
                    tp: key.0,
                    ver: key.1,
                },
            ),
            Ok(Some(value)) => fill(
                code,
                slot,
                InlineCache::ClassValue {
                    tp: key.0,
                    ver: key.1,
                    value,
                },
            ),
            _ => {}
        }
    }
    Ok(v)
}

/// `STORE_ATTR`.
pub fn store_attr(
    vm: &mut Vm,
    code: &PyCode,
    slot: usize,
    obj: &Value,
    name: &Value,
    v: Value,
) -> PyResult<()> {
    let key = type_key(vm, obj);
    if let InlineCache::StoreInstance { tp, ver } = entry(code, slot) {
        if (tp, ver) == key && !special(obj) {
            if let Some(dict) = obj.as_obj().and_then(|o| o.dict()) {
                return crate::dict::set_item(vm, &dict, name.clone(), v);
            }
        }
    }
    vm.setattr_v(obj, name, v)?;
    if slot != 0 && type_key(vm, obj) == key && obj.as_obj().is_some_and(|o| o.dict().is_some())
    {
        if let Ok(None) = type_side(vm, obj, name, true) {
            fill(
                code,
                slot,
                InlineCache::StoreInstance {
                    tp: key.0,
                    ver: key.1,
                },
            );
        }
    }
    Ok(())
}

/// `LOAD_METHOD`: `(function, true)` to call with `obj` as first argument, or
/// `(attribute, false)`.
pub fn load_method(
    vm: &mut Vm,
    code: &PyCode,
    slot: usize,
    obj: &Value,
    name: &Value,
) -> PyResult<(Value, bool)> {
    let key = type_key(vm, obj);
    if let InlineCache::Method { tp, ver, value } = entry(code, slot) {
        if (tp, ver) == key && !special(obj) && instance_value(obj, name).is_none() {
            return Ok((value, true));
        }
    }
    let r = vm.load_method(obj, name)?;
    if slot != 0 && r.1 && type_key(vm, obj) == key && !special(obj) {
        fill(
            code,
            slot,
            InlineCache::Method {
                tp: key.0,
                ver: key.1,
                value: r.0.clone(),
            },
        );
    }
    Ok(r)
}
