//! Inline caches for attribute instructions (CPython 3.11's specialised `LOAD_ATTR`,
//! `STORE_ATTR` and `LOAD_METHOD` forms, in kaa's shape): each instruction's cache slot
//! remembers, for the type last seen there (its address and version tag), what the type's
//! side of the lookup found, so a repeat only looks at the instance dict. A type's version
//! changes whenever it or a base is modified (`types::modified`) and version numbers are never
//! reused, so (address, version) identifies one unchanged type; any mismatch, or a case the
//! cache does not describe, takes the full attribute protocol in `attr.rs`, which is what
//! decides every result the cache replays.

use crate::object::{AttrFast, InlineCache, Payload, PyCode, IC_WAYS, NO_INDEX};
use crate::types;
use crate::value::Value;
use crate::{PyResult, Vm};
use std::cell::Cell;

/// The type's address and version, the key of every attribute cache entry.
#[inline]
fn type_key(vm: &Vm, obj: &Value) -> (usize, u64) {
    match obj {
        Value::Obj(o) => o.class_key(),
        _ => {
            let tp = vm.type_of(obj);
            let ver = types::tdata(&tp).map_or(0, |d| d.version.get());
            (tp.id(), ver)
        }
    }
}

/// Objects whose attribute lookup is not the generic instance protocol.
#[inline]
fn special(obj: &Value) -> bool {
    matches!(
        obj.payload(),
        Some(Payload::Type(_)) | Some(Payload::Super(..))
    )
}

/// The instance dict's value for `name`, if the object has a dict holding it.
#[inline]
fn instance_value(obj: &Value, name: &Value) -> Option<Value> {
    crate::instvals::get(obj.as_obj()?, name)
}

/// `LOAD_ATTR`'s first try: the instance's inline value when the instruction's fast line
/// describes the object's type (see `AttrFast`). `None`: take `load_attr`.
#[inline(always)]
pub fn fast_load(code: &PyCode, slot: usize, obj: &Value) -> Option<Value> {
    let line = code.fast_line(slot)?.get();
    let Value::Obj(o) = obj else { return None };
    if o.class_version() != line.ver {
        return None;
    }
    crate::instvals::get_at(o, line.index as usize)
}

/// `STORE_ATTR`'s first try, as `fast_load`: `v` is handed back when the line does not
/// apply (the caller then takes `store_attr`).
#[inline(always)]
pub fn fast_store(code: &PyCode, slot: usize, obj: &Value, v: Value) -> Result<(), Value> {
    let Some(line) = code.fast_line(slot).map(Cell::get) else {
        return Err(v);
    };
    match obj {
        Value::Obj(o) if o.class_version() == line.ver => {
            crate::instvals::store_at(o, line.index as usize, v)
        }
        _ => Err(v),
    }
}

/// `LOAD_METHOD`'s first try: the function the entry's newest type provides, when `obj`
/// is an instance of that type (by version tag) which has no dict and whose inline values,
/// if any, cannot shadow it (a list's `append`, an instance's method). `None`: take
/// `load_method`.
#[inline(always)]
pub fn fast_method(code: &PyCode, slot: usize, obj: &Value) -> Option<Value> {
    let Value::Obj(o) = obj else { return None };
    let caches = code.caches.try_borrow().ok()?;
    let Some(InlineCache::Method { entries }) = caches.get(slot) else {
        return None;
    };
    let (_, ver, func, upto) = &entries[0];
    if o.class_version() != *ver || o.dict.is_some() {
        return None;
    }
    match &o.payload {
        Payload::Instance(vals) if vals.try_borrow().ok()?.len() > *upto as usize => None,
        // Types and `super` objects look attributes up their own way (never cached).
        Payload::Type(_) | Payload::Super(..) => None,
        _ => Some(func.clone()),
    }
}

/// Records in the instruction's fast line that `name` is a plain instance attribute at
/// inline position `index` for the type whose version tag is `ver`.
fn remember_fast(code: &PyCode, slot: usize, ver: u64, index: u32) {
    if index != NO_INDEX {
        if let Some(line) = code.fast_line(slot) {
            line.set(AttrFast { ver, index });
        }
    }
}

/// Adds the type `key` to an instance-attribute entry (`store`: the STORE_ATTR kind),
/// replacing the oldest type when full, or starts such an entry in place of another kind.
fn remember_type(e: &mut InlineCache, key: (usize, u64), index: u32, store: bool) {
    let key = (key.0, key.1, index);
    let keys = match e {
        InlineCache::InstanceAttr { keys } if !store => keys,
        InlineCache::StoreInstance { keys } if store => keys,
        _ => {
            let mut keys = Box::new([(0, 0, NO_INDEX); IC_WAYS]);
            keys[0] = key;
            *e = if store {
                InlineCache::StoreInstance { keys }
            } else {
                InlineCache::InstanceAttr { keys }
            };
            return;
        }
    };
    if !keys.iter().any(|k| (k.0, k.1) == (key.0, key.1)) {
        keys.rotate_right(1);
        keys[0] = key;
    }
}

/// The shared-key index an instance-attribute entry recorded for type `key`, if it has one
/// for that type.
#[inline]
fn way(keys: &[(usize, u64, u32); IC_WAYS], key: (usize, u64)) -> Option<u32> {
    keys.iter().find(|k| (k.0, k.1) == key).map(|k| k.2)
}

/// What the type says about `name` when nothing overrides the generic protocol: `Ok(None)`
/// for no attribute anywhere along the MRO, `Ok(Some(v))` for a plain class value,
/// `Err(())` for anything the caches do not replay.
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

/// The index of the `__slots__` member the type has under `name`, when nothing overrides
/// the generic protocol.
fn slot_side(vm: &Vm, obj: &Value, name: &Value, setting: bool) -> Option<usize> {
    if special(obj) {
        return None;
    }
    let tp = vm.type_of(obj);
    let overridden = if setting {
        types::SLOT_SETATTR
    } else {
        types::SLOT_GETATTRIBUTE
    };
    if types::slot_bits(&tp) & overridden != 0 {
        return None;
    }
    match types::lookup_v(&tp, name)?.payload() {
        Some(Payload::Member(m)) => Some(m.1),
        _ => None,
    }
}

/// Records a `Slot` entry for type `key`.
fn remember_slot(code: &PyCode, slot: usize, key: (usize, u64), index: usize) {
    with_entry(code, slot, |e| {
        *e = InlineCache::Slot {
            tp: key.0,
            ver: key.1,
            index,
        }
    });
}

/// Updates the instruction's cache entry (skipped if the caches are being read, which
/// cannot happen while Python code runs).
fn with_entry(code: &PyCode, slot: usize, f: impl FnOnce(&mut InlineCache)) {
    if slot == 0 || !code.caches_ready() {
        return;
    }
    if let Ok(mut c) = code.caches.try_borrow_mut() {
        if let Some(e) = c.get_mut(slot) {
            f(e);
        }
    }
}

/// The cached slot index for type `key` at this instruction, if any.
#[inline]
fn cached_slot(code: &PyCode, slot: usize, key: (usize, u64)) -> Option<usize> {
    match code.caches.try_borrow().ok()?.get(slot)? {
        InlineCache::Slot { tp, ver, index } if (*tp, *ver) == key => Some(*index),
        _ => None,
    }
}

/// `LOAD_ATTR` on a class object: `Config.scale`, `Base.method`.
fn load_type_attr(
    vm: &mut Vm,
    code: &PyCode,
    slot: usize,
    cls: &crate::object::ObjRef,
    td: &types::TypeData,
    name: &Value,
) -> PyResult<Value> {
    let key = (cls.id(), td.version.get());
    if let Some(InlineCache::TypeAttr { tp, ver, value }) = code
        .caches
        .try_borrow()
        .ok()
        .as_deref()
        .and_then(|c| c.get(slot))
    {
        if (*tp, *ver) == key {
            return Ok(value.clone());
        }
    }
    let obj = Value::Obj(cls.clone());
    let v = vm.getattr_v(&obj, name)?;
    // Replayable when the metaclass is exactly `type` and has no such attribute (so no
    // metatype descriptor is involved), and the class's own lookup gives a value that
    // class access returns unchanged.
    let replayable = cls.class_is(&vm.types.type_)
        && td.version.get() == key.1
        && types::lookup_v(&vm.types.type_, name).is_none()
        && types::lookup_v(cls, name).is_some_and(|x| {
            x.is(&v)
                && (matches!(x.payload(), Some(Payload::Function(_)))
                    || crate::attr::is_plain_class_value(vm, &x))
        });
    if replayable {
        with_entry(code, slot, |e| {
            *e = InlineCache::TypeAttr {
                tp: key.0,
                ver: key.1,
                value: v.clone(),
            }
        });
    }
    Ok(v)
}

/// `LOAD_ATTR`.
pub fn load_attr(
    vm: &mut Vm,
    code: &PyCode,
    slot: usize,
    obj: &Value,
    name: &Value,
) -> PyResult<Value> {
    if slot != 0 {
        if let Value::Obj(cls) = obj {
            if let Payload::Type(td) = &cls.payload {
                return load_type_attr(vm, code, slot, cls, td, name);
            }
        }
    }
    let key = type_key(vm, obj);
    if slot != 0 && !special(obj) {
        // One look at the cache entry decides the fast paths. `Some(None)`: an
        // instance-attribute entry whose direct read missed (the general instance lookup
        // decides); `Some(Some(v))`: the instance's value or the class's `v`; `None`: no
        // entry for this type. (The borrow ends here, before any Python code can run.)
        let hit = match code
            .caches
            .try_borrow()
            .ok()
            .as_deref()
            .and_then(|c| c.get(slot))
        {
            Some(InlineCache::InstanceAttr { keys }) => match way(keys, key) {
                Some(index) => {
                    if index != NO_INDEX {
                        let v = obj
                            .as_obj()
                            .and_then(|o| crate::instvals::get_at(o, index as usize));
                        if let Some(v) = v {
                            return Ok(v);
                        }
                    }
                    Some(None)
                }
                None => None,
            },
            Some(InlineCache::ClassValue { tp, ver, value }) if (*tp, *ver) == key => {
                Some(Some(value.clone()))
            }
            Some(InlineCache::Slot { tp, ver, index }) if (*tp, *ver) == key => {
                let v = obj.as_obj().and_then(|o| o.slot(*index));
                if let Some(v) = v.filter(|v| !v.is_null()) {
                    return Ok(v);
                }
                None
            }
            Some(InlineCache::Method { entries }) => {
                // A function of the type read without a call (`cb = self.handler`): the
                // same facts as `LOAD_METHOD`'s entry, then a bound method is made.
                let found = entries
                    .iter()
                    .find(|(t, v, _, _)| (*t, *v) == key)
                    .map(|(_, _, f, upto)| (f.clone(), *upto));
                if let (Some((func, upto)), Value::Obj(o)) = (found, obj) {
                    if crate::instvals::lacks(o, name, upto) {
                        return Ok(Value::Obj(crate::object::Object::new(
                            vm.types.method.clone(),
                            Payload::Method(func, obj.clone()),
                        )));
                    }
                }
                None
            }
            _ => None,
        };
        if let Some(class_value) = hit {
            if let Some(v) = instance_value(obj, name) {
                return Ok(v);
            }
            if let Some(v) = class_value {
                return Ok(v);
            }
        }
    }
    slow_load_attr(vm, code, slot, obj, name, key)
}

fn slow_load_attr(
    vm: &mut Vm,
    code: &PyCode,
    slot: usize,
    obj: &Value,
    name: &Value,
    key: (usize, u64),
) -> PyResult<Value> {
    let v = vm.getattr_v(obj, name)?;
    if slot == 0 || type_key(vm, obj) != key || known_generic(code, slot, key) {
        return Ok(v);
    }
    if let Some(index) = slot_side(vm, obj, name, false) {
        remember_slot(code, slot, key, index);
        return Ok(v);
    }
    if let Some(func) = bound_function_side(vm, obj, name, &v) {
        let upto = crate::instvals::absent_upto(&vm.type_of(obj), name);
        with_entry(code, slot, |e| remember_method(e, key, func, upto));
        return Ok(v);
    }
    let has_dict = obj.as_obj().is_some_and(|o| crate::instvals::has_dict(o));
    let side = type_side(vm, obj, name, false);
    match side {
        Ok(None) if has_dict => {
            let index = crate::instvals::shared_index(&vm.type_of(obj), name);
            with_entry(code, slot, |e| remember_type(e, key, index, false));
            remember_fast(code, slot, key.1, index);
        }
        Ok(Some(value)) => with_entry(code, slot, |e| {
            *e = InlineCache::ClassValue {
                tp: key.0,
                ver: key.1,
                value,
            }
        }),
        _ => with_entry(code, slot, |e| mark_generic(e, key)),
    }
    Ok(v)
}

/// Whether the entry says type `key` has nothing to learn at this instruction.
#[inline]
fn known_generic(code: &PyCode, slot: usize, key: (usize, u64)) -> bool {
    matches!(
        code.caches.try_borrow().ok().as_deref().and_then(|c| c.get(slot)),
        Some(InlineCache::Generic { tp, ver }) if (*tp, *ver) == key
    )
}

/// Records that type `key` has nothing to learn here, unless the entry holds what another
/// type taught (which stays, for sites that see several types).
fn mark_generic(e: &mut InlineCache, key: (usize, u64)) {
    if matches!(e, InlineCache::Empty | InlineCache::Generic { .. }) {
        *e = InlineCache::Generic {
            tp: key.0,
            ver: key.1,
        };
    }
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
    if slot != 0 && !special(obj) {
        if let (Some(index), Some(o)) = (cached_slot(code, slot, key), obj.as_obj()) {
            let old = crate::slots::replace(o, index, v.clone());
            if old.is_some() {
                // The old value is dropped here, after the borrow ends.
                return Ok(());
            }
        }
    }
    let hit = if slot != 0 && !special(obj) {
        match code
            .caches
            .try_borrow()
            .ok()
            .as_deref()
            .and_then(|c| c.get(slot))
        {
            Some(InlineCache::StoreInstance { keys }) => way(keys, key),
            _ => None,
        }
    } else {
        None
    };
    if let Some(index) = hit {
        if let Some(o) = obj.as_obj().filter(|o| crate::instvals::has_dict(o)) {
            let v = if index != NO_INDEX {
                match crate::instvals::store_at(o, index as usize, v) {
                    Ok(()) => return Ok(()),
                    Err(v) => v,
                }
            } else {
                v
            };
            return crate::instvals::store(vm, o, name, v);
        }
    }
    vm.setattr_v(obj, name, v)?;
    if slot == 0 || type_key(vm, obj) != key || known_generic(code, slot, key) {
        return Ok(());
    }
    if let Some(index) = slot_side(vm, obj, name, true) {
        remember_slot(code, slot, key, index);
        return Ok(());
    }
    let instance = obj.as_obj().is_some_and(|o| crate::instvals::has_dict(o))
        && matches!(type_side(vm, obj, name, true), Ok(None));
    if instance {
        let index = crate::instvals::shared_index(&vm.type_of(obj), name);
        with_entry(code, slot, |e| remember_type(e, key, index, true));
        remember_fast(code, slot, key.1, index);
    } else {
        with_entry(code, slot, |e| mark_generic(e, key));
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
    if slot != 0 && !special(obj) {
        let found = match code
            .caches
            .try_borrow()
            .ok()
            .as_deref()
            .and_then(|c| c.get(slot))
        {
            Some(InlineCache::Method { entries }) => entries
                .iter()
                .find(|(t, v, _, _)| (*t, *v) == key)
                .map(|(_, _, f, upto)| (f.clone(), *upto)),
            _ => None,
        };
        if let Some((f, upto)) = found {
            let shadowed = match obj {
                Value::Obj(o) => !crate::instvals::lacks(o, name, upto),
                _ => false,
            };
            if !shadowed {
                return Ok((f, true));
            }
        }
    }
    let r = vm.load_method(obj, name)?;
    if slot != 0 && r.1 && type_key(vm, obj) == key && !special(obj) {
        let upto = crate::instvals::absent_upto(&vm.type_of(obj), name);
        with_entry(code, slot, |e| remember_method(e, key, r.0.clone(), upto));
    }
    Ok(r)
}

/// Adds type `key`'s method `func` to a method entry (or starts one in place of another
/// kind). Call sites that see several classes (a scheduler's task kinds) keep up to
/// `IC_WAYS` of them, the newest first.
fn remember_method(e: &mut InlineCache, key: (usize, u64), func: Value, upto: u32) {
    let new = (key.0, key.1, func, upto);
    match e {
        InlineCache::Method { entries } => {
            entries.rotate_right(1);
            entries[0] = new;
        }
        _ => {
            *e = InlineCache::Method {
                entries: Box::new([
                    new,
                    (0, 0, Value::Null, 0),
                    (0, 0, Value::Null, 0),
                    (0, 0, Value::Null, 0),
                ]),
            }
        }
    }
}

/// When `LOAD_ATTR` just produced `v` by binding a Python function the type provides
/// (nothing overriding the generic protocol, nothing in the instance shadowing it), that
/// function: the cache can then replay the binding for instances that lack the name.
fn bound_function_side(vm: &Vm, obj: &Value, name: &Value, v: &Value) -> Option<Value> {
    let Some(Payload::Method(func, bound)) = v.payload() else {
        return None;
    };
    if !bound.is(obj) || special(obj) || !matches!(func.payload(), Some(Payload::Function(_))) {
        return None;
    }
    let tp = vm.type_of(obj);
    if types::slot_bits(&tp) & types::SLOT_GETATTRIBUTE != 0 {
        return None;
    }
    types::lookup_v(&tp, name)
        .filter(|f| f.is(func))
        .map(|_| func.clone())
}
