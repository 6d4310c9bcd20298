//! set/frozenset storage: an open-addressing table that follows CPython's probing scheme
//! (a run of linear probes, then perturbed jumps), its fill and resize rules, and dummy
//! entries for deletions, so iteration order — the order of the slots — matches CPython's
//! (`print({10, 3, 100})`). Python-level `__eq__` runs with no borrow held (see `find`).

use crate::dict::fast_eq;
use crate::object::{ObjRef, Payload};
use crate::value::Value;
use crate::{PyResult, Vm};

const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
const MIN_SIZE: usize = 8;

#[derive(Clone)]
enum Slot {
    Empty,
    Dummy,
    Full(i64, Value),
}

pub struct SetTable {
    slots: Vec<Slot>,
    /// Full entries.
    used: usize,
    /// Full plus dummy entries.
    fill: usize,
    pub version: u64,
    /// Where `set.pop` resumes its scan (CPython's `finger`), so repeated pops walk the table.
    finger: usize,
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable::new()
    }
}

/// Where a probe for a hash ended.
enum Probe {
    /// Key found at this slot.
    Found(usize),
    /// Key absent; insert at this (empty or first dummy) slot.
    Absent(usize),
    /// A candidate needs a Python-level comparison.
    Undecided,
}

impl SetTable {
    pub fn new() -> SetTable {
        SetTable {
            slots: vec![Slot::Empty; MIN_SIZE],
            used: 0,
            fill: 0,
            version: 0,
            finger: 0,
        }
    }

    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    pub fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        for s in &self.slots {
            if let Slot::Full(_, v) = s {
                visit(v);
            }
        }
    }

    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// CPython's probe sequence for `hash`, calling `f` on each slot index until it returns
    /// `Some`.
    fn probe<T>(&self, hash: i64, mut f: impl FnMut(usize) -> Option<T>) -> T {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in 0..=probes {
                if let Some(r) = f(i + j) {
                    return r;
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    fn lookup(&self, key: &Value, hash: i64) -> Probe {
        let mut undecided = false;
        let mut last_dummy: Option<usize> = None;
        self.probe(hash, |i| match &self.slots[i] {
            Slot::Empty => Some(if undecided {
                Probe::Undecided
            } else {
                Probe::Absent(last_dummy.unwrap_or(i))
            }),
            // CPython 3.11's set_add_entry remembers the *last* dummy on the probe path
            // (`{0, 1, 8}` minus 0 and 1, plus 16 and 24, iterates as `{24, 16, 8}`).
            Slot::Dummy => {
                last_dummy = Some(i);
                None
            }
            Slot::Full(h, k) => {
                if *h == hash {
                    match fast_eq(k, key) {
                        Some(true) => return Some(Probe::Found(i)),
                        Some(false) => {}
                        None => undecided = true,
                    }
                }
                None
            }
        })
    }

    /// Slots holding a key with this hash, in probe order (for Python-level comparison).
    fn candidates(&self, hash: i64) -> Vec<usize> {
        let mut out = Vec::new();
        self.probe(hash, |i| match &self.slots[i] {
            Slot::Empty => Some(()),
            Slot::Full(h, _) if *h == hash => {
                out.push(i);
                None
            }
            _ => None,
        });
        out
    }

    fn insert_slot(&mut self, hash: i64) -> usize {
        self.probe(hash, |i| match &self.slots[i] {
            Slot::Empty => Some(i),
            _ => None,
        })
    }

    /// Inserts a key known to be absent.
    fn insert_new(&mut self, key: Value, hash: i64, at: usize) {
        if matches!(self.slots[at], Slot::Empty) {
            self.fill += 1;
        }
        self.slots[at] = Slot::Full(hash, key);
        self.used += 1;
        self.version += 1;
        if self.fill * 5 >= self.mask() * 3 {
            let minused = if self.used > 50000 {
                self.used * 2
            } else {
                self.used * 4
            };
            self.resize(minused);
        }
    }

    fn resize(&mut self, minused: usize) {
        let mut size = MIN_SIZE;
        while size <= minused {
            size <<= 1;
        }
        let old = std::mem::replace(&mut self.slots, vec![Slot::Empty; size]);
        self.fill = self.used;
        for s in old {
            if let Slot::Full(h, k) = s {
                let at = self.insert_slot(h);
                self.slots[at] = Slot::Full(h, k);
            }
        }
    }

    /// Adds a key whose equality with existing keys is decidable without Python code.
    /// Returns false when a Python comparison is needed (caller uses `add`).
    pub fn add_fast(&mut self, key: Value, hash: i64) -> Result<bool, Value> {
        match self.lookup(&key, hash) {
            Probe::Found(_) => Ok(false),
            Probe::Absent(at) => {
                self.insert_new(key, hash, at);
                Ok(true)
            }
            Probe::Undecided => Err(key),
        }
    }

    pub fn contains_fast(&self, key: &Value, hash: i64) -> Option<bool> {
        match self.lookup(key, hash) {
            Probe::Found(_) => Some(true),
            Probe::Absent(_) => Some(false),
            Probe::Undecided => None,
        }
    }

    fn remove_slot(&mut self, i: usize) -> Option<Value> {
        match std::mem::replace(&mut self.slots[i], Slot::Dummy) {
            Slot::Full(_, k) => {
                self.used -= 1;
                self.version += 1;
                Some(k)
            }
            other => {
                self.slots[i] = other;
                None
            }
        }
    }

    pub fn clear(&mut self) {
        *self = SetTable {
            version: self.version + 1,
            ..SetTable::new()
        };
    }

    /// Keys in slot order (iteration order).
    pub fn keys(&self) -> Vec<Value> {
        self.slots
            .iter()
            .filter_map(|s| match s {
                Slot::Full(_, k) => Some(k.clone()),
                _ => None,
            })
            .collect()
    }

    /// (hash, key) pairs in slot order.
    pub fn entries(&self) -> Vec<(i64, Value)> {
        self.slots
            .iter()
            .filter_map(|s| match s {
                Slot::Full(h, k) => Some((*h, k.clone())),
                _ => None,
            })
            .collect()
    }

    /// The key at or after raw slot `pos`, with the next position (iteration).
    pub fn next_from(&self, mut pos: usize) -> Option<(usize, Value)> {
        while pos < self.slots.len() {
            if let Slot::Full(_, k) = &self.slots[pos] {
                return Some((pos + 1, k.clone()));
            }
            pos += 1;
        }
        None
    }

    /// Removes and returns an arbitrary key as CPython's `set.pop` does: the first full slot
    /// at or after the finger, wrapping around.
    pub fn pop_first(&mut self) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let n = self.slots.len();
        let start = self.finger & self.mask();
        let i = (0..n)
            .map(|k| (start + k) % n)
            .find(|&i| matches!(self.slots[i], Slot::Full(..)))?;
        self.finger = i + 1;
        self.remove_slot(i)
    }

    /// CPython's pre-sizing before a bulk insert of `n` keys (`set_merge`, update from a dict):
    /// growing once up front is what fixes the table size, and so the iteration order, of a
    /// copy or union.
    pub fn presize(&mut self, n: usize) {
        if (self.fill + n) * 5 >= self.mask() * 3 {
            self.resize((self.used + n) * 2);
        }
    }

    /// The part of `set_merge` that needs no comparisons: into an empty table, `other`'s
    /// slots are copied verbatim when the sizes match and it has no dummies, else its keys
    /// are inserted in slot order. Returns false (and does nothing) when this table is not
    /// empty, in which case the caller adds the keys one by one.
    pub fn merge_into_empty(&mut self, other: &SetTable) -> bool {
        if other.used == 0 {
            return true;
        }
        self.presize(other.used);
        if self.fill != 0 {
            return false;
        }
        self.version += 1;
        if self.mask() == other.mask() && other.fill == other.used {
            self.slots = other.slots.clone();
            self.fill = other.fill;
            self.used = other.used;
            return true;
        }
        for s in &other.slots {
            if let Slot::Full(h, k) = s {
                let at = self.insert_slot(*h);
                self.slots[at] = Slot::Full(*h, k.clone());
                self.fill += 1;
                self.used += 1;
            }
        }
        true
    }

    /// After a bulk removal (`difference_update`), CPython rebuilds the table when more than
    /// a quarter of it is dummies.
    pub fn compact_after_removals(&mut self) {
        if self.fill - self.used > self.mask() / 4 {
            let minused = if self.used > 50000 {
                self.used * 2
            } else {
                self.used * 4
            };
            self.resize(minused);
        }
    }
}

fn table(s: &ObjRef) -> Option<&std::cell::RefCell<SetTable>> {
    match &s.payload {
        Payload::Set(t) => Some(t),
        _ => None,
    }
}

/// Slot of `key` in set `s`, running `__eq__` where needed.
fn find(vm: &mut Vm, s: &ObjRef, key: &Value, hash: i64) -> PyResult<Option<usize>> {
    let Some(t) = table(s) else {
        return Ok(None);
    };
    loop {
        let probe = t.borrow().lookup(key, hash);
        match probe {
            Probe::Found(i) => return Ok(Some(i)),
            Probe::Absent(_) => return Ok(None),
            Probe::Undecided => {
                let cands = t.borrow().candidates(hash);
                let mut restart = false;
                for i in cands {
                    let (k, version) = {
                        let b = t.borrow();
                        match &b.slots[i] {
                            Slot::Full(_, k) => (k.clone(), b.version),
                            _ => continue,
                        }
                    };
                    let eq = vm.eq(&k, key)?;
                    let b = t.borrow();
                    if b.version != version {
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

pub fn add(vm: &mut Vm, s: &ObjRef, key: Value) -> PyResult<()> {
    let hash = vm.hash(&key)?;
    add_hashed(vm, s, key, hash)
}

pub fn add_hashed(vm: &mut Vm, s: &ObjRef, key: Value, hash: i64) -> PyResult<()> {
    let Some(t) = table(s) else {
        return Ok(());
    };
    let r = t.borrow_mut().add_fast(key, hash);
    if let Err(key) = r {
        if find(vm, s, &key, hash)?.is_none() {
            let mut b = t.borrow_mut();
            let at = match b.lookup(&key, hash) {
                Probe::Absent(at) => at,
                _ => b.insert_slot(hash),
            };
            b.insert_new(key, hash, at);
        }
    }
    Ok(())
}

pub fn contains(vm: &mut Vm, s: &ObjRef, key: &Value) -> PyResult<bool> {
    let hash = vm.hash(key)?;
    if let Some(t) = table(s) {
        if let Some(r) = t.borrow().contains_fast(key, hash) {
            return Ok(r);
        }
    }
    Ok(find(vm, s, key, hash)?.is_some())
}

/// Removes `key`; returns whether it was present.
pub fn discard(vm: &mut Vm, s: &ObjRef, key: &Value) -> PyResult<bool> {
    let hash = vm.hash(key)?;
    let i = find(vm, s, key, hash)?;
    Ok(match (i, table(s)) {
        (Some(i), Some(t)) => t.borrow_mut().remove_slot(i).is_some(),
        _ => false,
    })
}

/// `s |= other` for a set `other`, as CPython's `set_merge` (see `SetTable::merge_into_empty`).
pub fn merge(vm: &mut Vm, s: &ObjRef, other: &ObjRef) -> PyResult<()> {
    if std::rc::Rc::ptr_eq(s, other) {
        return Ok(());
    }
    let (Some(dst), Some(src)) = (table(s), table(other)) else {
        return Ok(());
    };
    if dst.borrow_mut().merge_into_empty(&src.borrow()) {
        return Ok(());
    }
    let entries = src.borrow().entries();
    for (h, x) in entries {
        add_hashed(vm, s, x, h)?;
    }
    Ok(())
}

/// Removes `key` with a known hash; returns whether it was present.
pub fn discard_hashed(vm: &mut Vm, s: &ObjRef, key: &Value, hash: i64) -> PyResult<bool> {
    let i = find(vm, s, key, hash)?;
    Ok(match (i, table(s)) {
        (Some(i), Some(t)) => t.borrow_mut().remove_slot(i).is_some(),
        _ => false,
    })
}

pub fn len(s: &ObjRef) -> usize {
    table(s).map(|t| t.borrow().len()).unwrap_or(0)
}

/// The keys of set `s` in iteration order.
pub fn keys(s: &ObjRef) -> Vec<Value> {
    table(s).map(|t| t.borrow().keys()).unwrap_or_default()
}
