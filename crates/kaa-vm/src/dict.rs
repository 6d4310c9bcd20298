//! dict storage with CPython's compact layout (DESIGN.md §9): a hashbrown table of indices
//! into an insertion-ordered entry vector with tombstones. Lookups that need a user `__eq__`
//! collect candidate indices by hash, release the borrow, compare, and re-validate, so a key's
//! `__eq__`/`__hash__` may raise or mutate the dict without corrupting it. Small dicts (most
//! instance, keyword and literal dicts) have no index at all: a lookup scans their few
//! entries comparing the stored hashes, which is as fast as probing and saves the index's
//! allocation.

use crate::object::{ObjRef, Payload};
use crate::value::Value;
use crate::{PyResult, Vm};
use hashbrown::HashTable;

#[derive(Clone)]
pub struct Entry {
    pub hash: i64,
    /// `Value::Null` marks a deleted entry.
    pub key: Value,
    pub value: Value,
}

/// The most entry slots a dict keeps without a hash index.
const LINEAR_MAX: usize = 8;

/// Entry positions whose stored hash equals the one looked up: from the index, or from a
/// scan of the entries of a small dict (deleted entries skipped).
enum Probe<'a> {
    Index(hashbrown::hash_table::IterHash<'a, u32>),
    Scan(std::iter::Enumerate<std::slice::Iter<'a, Entry>>, i64),
}

impl Iterator for Probe<'_> {
    type Item = u32;

    #[inline]
    fn next(&mut self) -> Option<u32> {
        match self {
            Probe::Index(it) => it.next().copied(),
            Probe::Scan(it, h) => it
                .find(|(_, e)| e.hash == *h && !e.key.is_null())
                .map(|(i, _)| i as u32),
        }
    }
}

#[derive(Default)]
pub struct DictTable {
    /// Positions in `entries` by hash; unallocated (capacity 0) while the dict is small.
    indices: HashTable<u32>,
    pub entries: Vec<Entry>,
    used: usize,
    /// Bumped whenever a key is added or removed, so entry positions and the key set are
    /// as they were while it is unchanged; replacing a value leaves it (global lookups cache
    /// an entry's position against it and read the value live, see `value_at`).
    pub version: u64,
}

/// Equality decided without running Python code, when possible.
pub fn fast_eq(a: &Value, b: &Value) -> Option<bool> {
    if a.is(b) {
        return Some(true);
    }
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x == y),
        (Value::Int(x), Value::Bool(y)) | (Value::Bool(y), Value::Int(x)) => Some(*x == *y as i64),
        (Value::Bool(x), Value::Bool(y)) => Some(x == y),
        (Value::Float(x), Value::Bool(y)) | (Value::Bool(y), Value::Float(x)) => {
            Some(*x == *y as i64 as f64)
        }
        (Value::Float(x), Value::Float(y)) => Some(x == y),
        (Value::Int(x), Value::Float(y)) | (Value::Float(y), Value::Int(x)) => {
            Some((*x as f64) == *y && (*y as i64) == *x)
        }
        // None against an object is the object's `__eq__` (reflected), which may say yes.
        (Value::None, Value::Obj(_)) | (Value::Obj(_), Value::None) => None,
        (Value::None, _) | (_, Value::None) => Some(false),
        (Value::Obj(x), Value::Obj(y)) => match (&x.payload, &y.payload) {
            (Payload::Str(p), Payload::Str(q)) if is_plain_str(x) && is_plain_str(y) => {
                Some(p.as_str() == q.as_str())
            }
            // Exact tuples (dict keys such as `(row, col)`): item by item, in order, as long
            // as every item pair is decided natively; the first undecided pair leaves the
            // whole comparison (and any `__eq__` calls, in order) to the general path.
            (Payload::Tuple(p), Payload::Tuple(q)) if is_plain_tuple(x) && is_plain_tuple(y) => {
                if p.len() != q.len() {
                    return Some(false);
                }
                for (a, b) in p.iter().zip(q.iter()) {
                    if !fast_eq(a, b)? {
                        return Some(false);
                    }
                }
                Some(true)
            }
            _ => None,
        },
        (Value::Obj(x), _) | (_, Value::Obj(x)) => match &x.payload {
            Payload::Str(_) if is_plain_str(x) => Some(false),
            _ => None,
        },
        _ => Some(false),
    }
}

/// True for objects of exactly `str` (their equality cannot be overridden).
fn is_plain_str(o: &ObjRef) -> bool {
    crate::vm::with_types(|t| o.class_is(&t.str))
}

/// True for objects of exactly `tuple`.
fn is_plain_tuple(o: &ObjRef) -> bool {
    crate::vm::with_types(|t| o.class_is(&t.tuple))
}

impl DictTable {
    pub fn new() -> DictTable {
        DictTable::default()
    }

    pub fn with_capacity(n: usize) -> DictTable {
        DictTable {
            indices: if n > LINEAR_MAX {
                HashTable::with_capacity(n)
            } else {
                HashTable::new()
            },
            entries: Vec::with_capacity(n),
            used: 0,
            version: 0,
        }
    }

    pub fn len(&self) -> usize {
        self.used
    }

    /// Does the dict keep a hash index (it grew past `LINEAR_MAX` entry slots)?
    #[inline]
    fn indexed(&self) -> bool {
        self.indices.capacity() > 0
    }

    #[inline]
    fn probe(&self, hash: i64) -> Probe<'_> {
        if self.indexed() {
            Probe::Index(self.indices.iter_hash(hash as u64))
        } else {
            Probe::Scan(self.entries.iter().enumerate(), hash)
        }
    }

    /// Builds the index of the live entries (a small dict outgrowing the linear scan, or a
    /// compaction).
    fn reindex(&mut self) {
        let mut indices = HashTable::with_capacity(self.entries.len() * 2);
        for (i, e) in self.entries.iter().enumerate() {
            if !e.key.is_null() {
                let entries = &self.entries;
                indices.insert_unique(e.hash as u64, i as u32, |&j| {
                    entries.get(j as usize).map(|e| e.hash as u64).unwrap_or(0)
                });
            }
        }
        self.indices = indices;
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    pub fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        for e in &self.entries {
            if !e.key.is_null() {
                visit(&e.key);
                visit(&e.value);
            }
        }
    }

    /// Indices of live entries whose hash equals `hash`.
    pub fn candidates(&self, hash: i64) -> smallvec_like::Cands {
        let mut out = smallvec_like::Cands::new();
        let entries = &self.entries;
        for i in self.probe(hash) {
            if let Some(e) = entries.get(i as usize) {
                if e.hash == hash && !e.key.is_null() {
                    out.push(i);
                }
            }
        }
        out
    }

    /// Finds the entry index for `key` when equality can be decided without Python code.
    /// `None` means a candidate needs a Python-level comparison.
    pub fn find_fast(&self, key: &Value, hash: i64) -> Option<Option<u32>> {
        // One loop per kind of probe: a loop over the `Probe` enum kept both iterators'
        // state live and cost a small dict's lookup several times its scan.
        if self.indexed() {
            self.find_fast_in(self.indices.iter_hash(hash as u64).copied(), key, hash)
        } else {
            self.find_fast_in(0..self.entries.len() as u32, key, hash)
        }
    }

    /// `find_fast`, then the value found.
    #[inline]
    pub fn lookup_fast(&self, key: &Value, hash: i64) -> Option<Option<Value>> {
        let found = self.find_fast(key, hash)?;
        Some(found.and_then(|i| self.get_index(i).map(|e| e.value.clone())))
    }

    #[inline(always)]
    fn find_fast_in(
        &self,
        positions: impl Iterator<Item = u32>,
        key: &Value,
        hash: i64,
    ) -> Option<Option<u32>> {
        let mut undecided = false;
        for i in positions {
            let Some(e) = self.entries.get(i as usize) else {
                continue;
            };
            if e.hash != hash || e.key.is_null() {
                continue;
            }
            // The same object (an interned name, a small int): equal without a call.
            if e.key.is(key) {
                return Some(Some(i));
            }
            match fast_eq(&e.key, key) {
                Some(true) => return Some(Some(i)),
                Some(false) => {}
                None => undecided = true,
            }
        }
        if undecided {
            None
        } else {
            Some(None)
        }
    }

    /// Lookup by a Rust string (names in type and module dicts): only str keys can match.
    pub fn get_str(&self, name: &str) -> Option<Value> {
        let hash = crate::vm::str_hash(name);
        for i in self.probe(hash) {
            let Some(e) = self.entries.get(i as usize) else {
                continue;
            };
            if e.hash == hash && e.key.as_str() == Some(name) {
                return Some(e.value.clone());
            }
        }
        None
    }

    pub fn get_index(&self, i: u32) -> Option<&Entry> {
        self.entries.get(i as usize).filter(|e| !e.key.is_null())
    }

    pub fn set_value_at(&mut self, i: u32, v: Value) {
        if let Some(e) = self.entries.get_mut(i as usize) {
            e.value = v;
        }
    }

    /// Stores `value` at entry `found` (replacing its value, which is handed back to be
    /// dropped outside the borrow) or, when the key is absent, appends `key`.
    #[inline]
    pub fn store_at(
        &mut self,
        found: Option<u32>,
        key: Value,
        hash: i64,
        value: Value,
    ) -> Option<Value> {
        match found {
            Some(i) => self
                .entries
                .get_mut(i as usize)
                .map(|e| std::mem::replace(&mut e.value, value)),
            None => {
                self.push_new(key, hash, value);
                None
            }
        }
    }

    /// Appends a new key (the caller checked it is absent).
    pub fn push_new(&mut self, key: Value, hash: i64, value: Value) {
        let idx = self.entries.len() as u32;
        self.entries.push(Entry { hash, key, value });
        if self.indexed() {
            let entries = &self.entries;
            self.indices.insert_unique(hash as u64, idx, |&j| {
                entries.get(j as usize).map(|e| e.hash as u64).unwrap_or(0)
            });
        } else if self.entries.len() > LINEAR_MAX {
            self.reindex();
        }
        self.used += 1;
        self.version += 1;
    }

    /// Removes the entry at index `i`, returning its key and value.
    pub fn remove_at(&mut self, i: u32) -> Option<(Value, Value)> {
        let e = self.entries.get_mut(i as usize)?;
        if e.key.is_null() {
            return None;
        }
        let hash = e.hash;
        let key = std::mem::take(&mut e.key);
        let value = std::mem::take(&mut e.value);
        if self.indexed() {
            if let Ok(entry) = self.indices.find_entry(hash as u64, |&j| j == i) {
                entry.remove();
            }
        }
        self.used -= 1;
        self.version += 1;
        if self.entries.len() > 16 && self.used * 2 < self.entries.len() {
            self.compact();
        }
        Some((key, value))
    }

    /// Rebuilds without tombstones (keeps order). Index numbers change: callers holding
    /// indices must not rely on them across a removal.
    fn compact(&mut self) {
        self.entries.retain(|e| !e.key.is_null());
        if self.entries.len() > LINEAR_MAX {
            self.reindex();
        } else {
            self.indices = HashTable::new();
        }
    }

    pub fn clear(&mut self) {
        self.entries = Vec::new();
        self.indices = HashTable::new();
        self.used = 0;
        self.version += 1;
    }

    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(|e| !e.key.is_null())
    }

    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|e| e.key.clone()).collect()
    }

    pub fn values(&self) -> Vec<Value> {
        self.iter().map(|e| e.value.clone()).collect()
    }

    pub fn items(&self) -> Vec<(Value, Value)> {
        self.iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect()
    }

    /// The live entry at or after raw position `pos`, with the next position (iteration).
    pub fn next_from(&self, mut pos: usize) -> Option<(usize, &Entry)> {
        while pos < self.entries.len() {
            let e = &self.entries[pos];
            if !e.key.is_null() {
                return Some((pos + 1, e));
            }
            pos += 1;
        }
        None
    }

    /// The live entry before raw position `pos`, with its own position (reverse iteration:
    /// start at the number of raw entries).
    pub fn prev_from(&self, mut pos: usize) -> Option<(usize, &Entry)> {
        while pos > 0 {
            pos -= 1;
            let e = &self.entries[pos];
            if !e.key.is_null() {
                return Some((pos, e));
            }
        }
        None
    }

    /// Raw entry slots, live or deleted (where reverse iteration starts).
    pub fn raw_len(&self) -> usize {
        self.entries.len()
    }

    /// Removes and returns the last inserted item (`popitem`).
    pub fn pop_last(&mut self) -> Option<(Value, Value)> {
        let i = self.entries.iter().rposition(|e| !e.key.is_null())?;
        let r = self.remove_at(i as u32);
        // Drop trailing tombstones so repeated popitem stays O(1).
        while self.entries.last().is_some_and(|e| e.key.is_null()) {
            self.entries.pop();
        }
        r
    }

    /// Sets a str key without Python-level equality (names are plain strs).
    pub fn set_str(&mut self, key: Value, hash: i64, value: Value) {
        match self.find_fast(&key, hash) {
            Some(Some(i)) => self.set_value_at(i, value),
            _ => self.push_new(key, hash, value),
        }
    }
}

/// A tiny inline vector for lookup candidates (rarely more than one).
pub mod smallvec_like {
    pub struct Cands {
        inline: [u32; 4],
        len: usize,
        spill: Vec<u32>,
    }

    impl Cands {
        pub fn new() -> Self {
            Cands {
                inline: [0; 4],
                len: 0,
                spill: Vec::new(),
            }
        }

        pub fn push(&mut self, v: u32) {
            if self.len < 4 {
                self.inline[self.len] = v;
            } else {
                self.spill.push(v);
            }
            self.len += 1;
        }

        pub fn to_vec(&self) -> Vec<u32> {
            let mut v: Vec<u32> = self.inline[..self.len.min(4)].to_vec();
            v.extend_from_slice(&self.spill);
            v
        }
    }

    impl Default for Cands {
        fn default() -> Self {
            Self::new()
        }
    }
}

fn table(d: &ObjRef) -> Option<&std::cell::RefCell<DictTable>> {
    match &d.payload {
        Payload::Dict(t) => Some(t),
        _ => None,
    }
}

/// `d[key]` for an exact dict and a key hashed without a call (an exact str, an inline
/// int): the value when present and decided natively (CPython's BINARY_SUBSCR_DICT).
/// `None` for the full protocol, which also raises the KeyError.
#[inline]
pub fn subscript_fast(vm: &Vm, d: &ObjRef, key: &Value) -> Option<Value> {
    let Payload::Dict(t) = &d.payload else {
        return None;
    };
    if !d.class_is(&vm.types.dict) {
        return None;
    }
    let hash = quick_hash(vm, key)?;
    t.try_borrow().ok()?.lookup_fast(key, hash)?
}

/// Finds the index of `key` in dict `d`, running `__eq__` where needed.
pub fn find(vm: &mut Vm, d: &ObjRef, key: &Value, hash: i64) -> PyResult<Option<u32>> {
    let Some(t) = table(d) else {
        return Ok(None);
    };
    loop {
        let fast = t.borrow().find_fast(key, hash);
        match fast {
            Some(r) => return Ok(r),
            None => {
                let cands = t.borrow().candidates(hash).to_vec();
                let mut restart = false;
                for i in cands {
                    let (k, version) = {
                        let b = t.borrow();
                        match b.get_index(i) {
                            Some(e) => (e.key.clone(), b.version),
                            None => continue,
                        }
                    };
                    let eq = vm.eq(&k, key)?;
                    let b = t.borrow();
                    // The comparison ran Python code: make sure the entry is still there.
                    let still =
                        b.get_index(i).is_some_and(|e| e.key.is(&k)) && b.version == version;
                    if !still {
                        restart = true;
                        break;
                    }
                    if eq {
                        return Ok(Some(i));
                    }
                }
                if !restart {
                    return Ok(None);
                }
            }
        }
    }
}

pub fn get_item(vm: &mut Vm, d: &ObjRef, key: &Value) -> PyResult<Option<Value>> {
    let hash = match quick_hash(vm, key) {
        Some(h) => h,
        None => vm.hash(key)?,
    };
    // Decided without running Python code: no second borrow, no candidate list.
    if let Some(t) = table(d) {
        if let Some(found) = t.try_borrow().ok().and_then(|t| t.lookup_fast(key, hash)) {
            return Ok(found);
        }
    }
    get_item_hashed(vm, d, key, hash)
}

/// The hash of an exact str (usually cached) or an inline int, which needs no call.
#[inline]
fn quick_hash(vm: &Vm, key: &Value) -> Option<i64> {
    match key {
        Value::Int(i) => Some(kaa_fmt::hash::hash_i64(*i)),
        Value::Obj(o) => match &o.payload {
            Payload::Str(s) if o.class_is(&vm.types.str) => Some(crate::ops::str_obj_hash(s)),
            _ => None,
        },
        _ => None,
    }
}

pub fn get_item_hashed(vm: &mut Vm, d: &ObjRef, key: &Value, hash: i64) -> PyResult<Option<Value>> {
    let i = find(vm, d, key, hash)?;
    Ok(i.and_then(|i| table(d).and_then(|t| t.borrow().get_index(i).map(|e| e.value.clone()))))
}

pub fn set_item(vm: &mut Vm, d: &ObjRef, key: Value, value: Value) -> PyResult<()> {
    let hash = match quick_hash(vm, &key) {
        Some(h) => h,
        None => vm.hash(&key)?,
    };
    // Decided without running Python code: found or appended under one borrow.
    if let Some(t) = table(d) {
        if let Ok(mut t) = t.try_borrow_mut() {
            if let Some(found) = t.find_fast(&key, hash) {
                let old = t.store_at(found, key, hash, value);
                drop(t);
                drop(old);
                return Ok(());
            }
        }
    }
    set_item_hashed(vm, d, key, hash, value)
}

pub fn set_item_hashed(
    vm: &mut Vm,
    d: &ObjRef,
    key: Value,
    hash: i64,
    value: Value,
) -> PyResult<()> {
    let i = find(vm, d, &key, hash)?;
    if let Some(t) = table(d) {
        let mut b = t.borrow_mut();
        match i {
            Some(i) => b.set_value_at(i, value),
            None => b.push_new(key, hash, value),
        }
    }
    Ok(())
}

/// `d[name] = value` for a str key (attribute stores into instance dicts): the key's cached
/// hash and a string comparison, as `get_name` reads; other keys take `set_item`.
pub fn set_name(vm: &mut Vm, d: &ObjRef, name: &Value, value: Value) -> PyResult<()> {
    let (Payload::Dict(t), Some(Payload::Str(s))) = (&d.payload, name.payload()) else {
        return set_item(vm, d, name.clone(), value);
    };
    let hash = crate::ops::str_obj_hash(s);
    let mut t = t.borrow_mut();
    let found = t.probe(hash).find(|&i| {
        t.entries.get(i as usize).is_some_and(|e| {
            e.hash == hash && (e.key.is(name) || e.key.as_str() == Some(s.as_str()))
        })
    });
    let old = t.store_at(found, name.clone(), hash, value);
    drop(t);
    // The replaced value goes after the borrow ends.
    drop(old);
    Ok(())
}

/// Does dict `d` hold the str key `name`?
pub fn table_has_str(d: &ObjRef, name: &str) -> bool {
    match &d.payload {
        Payload::Dict(t) => t.try_borrow().is_ok_and(|t| t.get_str(name).is_some()),
        _ => false,
    }
}

/// Removes `key`; returns the value, or None when absent.
pub fn del_item(vm: &mut Vm, d: &ObjRef, key: &Value) -> PyResult<Option<Value>> {
    let hash = vm.hash(key)?;
    let i = find(vm, d, key, hash)?;
    Ok(match (i, table(d)) {
        (Some(i), Some(t)) => t.borrow_mut().remove_at(i).map(|(_, v)| v),
        _ => None,
    })
}

/// Number of live entries.
pub fn len(d: &ObjRef) -> usize {
    table(d).map(|t| t.borrow().len()).unwrap_or(0)
}

/// Lookup by a str object (names in globals, builtins and instance dicts), using its cached
/// hash and comparing by identity first; never runs Python code.
#[inline]
pub fn get_name(d: &ObjRef, name: &Value) -> Option<Value> {
    with_name(d, name, |t, s, hash| t.get_str_hashed(name, s, hash))
}

/// The position of the entry of dict `d` holding the str key `name`, for a global
/// lookup's cache (`value_at` reads it).
#[inline]
pub fn find_name(d: &ObjRef, name: &Value) -> Option<u32> {
    with_name(d, name, |t, s, hash| t.find_str(name, s, hash))
}

/// `f` on dict `d`'s table with str key `name`'s text and cached hash; None when `d` is
/// not a dict or `name` not a str.
#[inline(always)]
fn with_name<R>(
    d: &ObjRef,
    name: &Value,
    f: impl FnOnce(&DictTable, &str, i64) -> Option<R>,
) -> Option<R> {
    let Payload::Dict(t) = &d.payload else {
        return None;
    };
    let Some(Payload::Str(s)) = name.payload() else {
        return None;
    };
    let hash = crate::ops::str_obj_hash(s);
    f(&t.borrow(), s.as_str(), hash)
}

/// The value of entry `i` of dict `d`, if the dict's key set is still at `version` (so the
/// entry still holds the key a cache found there).
#[inline(always)]
pub fn value_at(d: &ObjRef, version: u64, i: u32) -> Option<Value> {
    let Payload::Dict(t) = &d.payload else {
        return None;
    };
    // SAFETY: the table is only read (a version, then one entry's value, whose clone takes
    // a reference count and runs no code), and the reference ends with this function, so
    // no mutable borrow can start while it lives. Unguarded, every cached global read
    // skips two writes of the borrow count.
    let t = unsafe { t.try_borrow_unguarded() }.ok()?;
    if t.version != version {
        return None;
    }
    t.entries
        .get(i as usize)
        .filter(|e| !e.value.is_null())
        .map(|e| e.value.clone())
}

/// The key version of dict `d` (`DictTable::version`; `u64::MAX` while it is being
/// changed, 0 for anything else), read as `value_at` reads it.
#[inline(always)]
pub fn version(d: &ObjRef) -> u64 {
    match &d.payload {
        // SAFETY: one integer field is copied out; the reference ends at once.
        Payload::Dict(t) => unsafe { t.try_borrow_unguarded() }.map_or(u64::MAX, |t| t.version),
        _ => 0,
    }
}

impl DictTable {
    /// Lookup of a Rust string whose hash is already known.
    pub fn get_str_hashed_plain(&self, s: &str, hash: i64) -> Option<Value> {
        for i in self.probe(hash) {
            let Some(e) = self.entries.get(i as usize) else {
                continue;
            };
            if e.hash == hash && e.key.as_str() == Some(s) {
                return Some(e.value.clone());
            }
        }
        None
    }

    pub fn get_str_hashed(&self, key: &Value, s: &str, hash: i64) -> Option<Value> {
        let i = self.find_str(key, s, hash)?;
        self.entries.get(i as usize).map(|e| e.value.clone())
    }

    /// The position of the entry whose key is the str object `key` (compared by identity
    /// first, then by text `s`). Only the position is returned: a `(position, value)` pair
    /// came back through memory laid out at odd offsets, which the caller's reads of the
    /// value could not take from the stores (a store-forwarding stall per lookup).
    #[inline]
    pub fn find_str(&self, key: &Value, s: &str, hash: i64) -> Option<u32> {
        self.probe(hash).find(|&i| {
            self.entries
                .get(i as usize)
                .is_some_and(|e| e.hash == hash && (e.key.is(key) || e.key.as_str() == Some(s)))
        })
    }
}
