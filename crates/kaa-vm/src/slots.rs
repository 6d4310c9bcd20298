//! `__slots__` storage (CPython's member slots laid out after the object). An instance of a
//! class with slots and nothing else (no `__dict__`, no built-in base data) holds its values
//! in its payload (`Payload::Slotted`). Any other object with slots (a slotted subclass of
//! `list`, one that also has a dict, a struct sequence) keeps them in a table beside the
//! objects, by address, so that the header of every object stays at 64 bytes; the header's
//! `HAS_SLOTS` flag says whether to look. A table entry is made with the object and removed
//! by its `Drop`.
//!
//! No function here holds a borrow while a value is dropped: a value's drop can free another
//! object with slots, whose own removal borrows the table again.

use crate::gc::HAS_SLOTS;
use crate::object::{Object, Payload};
use crate::value::Value;
use rustc_hash::FxHashMap;
use std::cell::RefCell;
use std::mem::ManuallyDrop;

thread_local! {
    /// Never dropped: the values belong to objects, and objects still alive when the thread
    /// ends are not freed; dropping their slot values during the thread's teardown would run
    /// `Drop` code that needs thread storage already gone.
    static SLOTS: RefCell<ManuallyDrop<FxHashMap<usize, Vec<Value>>>> =
        RefCell::new(ManuallyDrop::new(FxHashMap::default()));
}

fn key(o: &Object) -> usize {
    o as *const Object as usize
}

/// Gives `o` its slot values in the side table (once, as it is made); false if it had them.
pub fn init(o: &Object, values: Vec<Value>) -> bool {
    if o.gc.has(HAS_SLOTS) || matches!(o.payload, Payload::Slotted(_)) {
        return false;
    }
    let old = SLOTS.with(|t| t.borrow_mut().insert(key(o), values));
    // An entry left at this address would be a bug (entries go when their object dies);
    // dropped after the borrow all the same.
    drop(old);
    o.gc.set_flag(HAS_SLOTS, true);
    true
}

/// Slot `i` of `o` (None past the end or for an object without slots; `Null` when the slot
/// is empty).
#[inline]
pub fn get(o: &Object, i: usize) -> Option<Value> {
    if let Payload::Slotted(v) = &o.payload {
        return v.try_borrow().ok()?.get(i).cloned();
    }
    if !o.gc.has(HAS_SLOTS) {
        return None;
    }
    SLOTS.with(|t| t.borrow().get(&key(o)).and_then(|v| v.get(i).cloned()))
}

/// Stores `v` in slot `i`, giving back what it held for the caller to drop (None when `o`
/// has no slot `i`; `v` is then dropped here).
#[inline]
pub fn replace(o: &Object, i: usize, v: Value) -> Option<Value> {
    if let Payload::Slotted(s) = &o.payload {
        let mut s = s.try_borrow_mut().ok()?;
        return s.get_mut(i).map(|s| std::mem::replace(s, v));
    }
    if !o.gc.has(HAS_SLOTS) {
        return None;
    }
    let r = SLOTS.with(|t| {
        let mut t = t.borrow_mut();
        match t.get_mut(&key(o)).and_then(|s| s.get_mut(i)) {
            Some(s) => Ok(std::mem::replace(s, v)),
            None => Err(v),
        }
    });
    r.ok()
}

/// Takes `o`'s side-table slot storage (it dies, or its data moves to a resurrected copy).
pub fn take(o: &Object) -> Option<Vec<Value>> {
    if !o.gc.has(HAS_SLOTS) {
        return None;
    }
    o.gc.set_flag(HAS_SLOTS, false);
    SLOTS.with(|t| t.borrow_mut().remove(&key(o)))
}

/// Empties every slot of `o` (the collector breaking a cycle), giving back the old values.
pub fn clear(o: &Object) -> Vec<Value> {
    if let Payload::Slotted(s) = &o.payload {
        return s
            .try_borrow_mut()
            .map(|mut s| s.iter_mut().map(std::mem::take).collect())
            .unwrap_or_default();
    }
    if !o.gc.has(HAS_SLOTS) {
        return Vec::new();
    }
    SLOTS.with(|t| {
        let mut t = t.borrow_mut();
        match t.get_mut(&key(o)) {
            Some(v) => v.iter_mut().map(std::mem::take).collect(),
            None => Vec::new(),
        }
    })
}

/// Calls `f` on each slot value of `o` kept in the side table (the collector's traversal;
/// values in a `Slotted` payload are the payload's to traverse). `f` must not store into
/// slots.
pub fn visit_side(o: &Object, f: &mut dyn FnMut(&Value)) {
    if !o.gc.has(HAS_SLOTS) {
        return;
    }
    SLOTS.with(|t| {
        if let Ok(t) = t.try_borrow() {
            if let Some(v) = t.get(&key(o)) {
                v.iter().for_each(f);
            }
        }
    });
}
