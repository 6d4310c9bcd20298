//! The cycle collector (CPython's `gc` algorithm over kaa's `Rc` heap). Container objects
//! are tracked in a registry when created. A collection of generation g takes the objects of
//! generations 0..=g and computes, for each, its reference count minus the references coming
//! from the others (found with `Payload::traverse`, the instance dict, `__slots__` and the
//! class): what remains are references from outside (the stack, Rust locals, older
//! generations). Objects reachable from those survive and move to the next generation; the
//! rest are cyclic garbage: their finalisers are queued, then their contents are cleared,
//! which breaks the cycles and lets reference counting free them.
//!
//! Generations and thresholds are CPython's: generation 0 is collected when its count
//! (container allocations minus deallocations) exceeds 700, generation 1 every 10 of those,
//! generation 2 every 10 of those once the objects promoted into it since the last full
//! collection exceed a quarter of its size. A tuple whose items cannot be in a cycle stops
//! being tracked when a collection sees it, as in CPython. `gcmodule.rs` is the Python side.

use crate::object::{ObjRef, Object, Payload};
use crate::value::Value;
use rustc_hash::FxHashSet;
use std::cell::{Cell, RefCell};
use std::mem::ManuallyDrop;
use std::rc::{Rc, Weak};

/// The collector's word in every object header: where the object is registered (CPython
/// keeps the same in its `PyGC_Head`). The registry holds plain pointers and each object
/// knows its position, so a dying object leaves the registry at once (no dead entries
/// keeping allocations) and a collection finds whether a referent is one of the objects it
/// examines by reading that referent's header (no table from address to index).
pub struct GcHeader {
    /// Position in the registry list named by `gen` (or in the collected set).
    index: Cell<u32>,
    /// `UNTRACKED`, a generation + 1, `PERMANENT` or `COLLECTING`.
    gen: Cell<u8>,
    /// Header flags (`HAS_SLOTS`).
    flags: Cell<u8>,
}

const UNTRACKED: u8 = 0;
/// `gc.freeze()`'s permanent generation (registry list 3).
const PERMANENT: u8 = 4;
/// In the set a collection is examining, at `index`.
const COLLECTING: u8 = 5;
/// The object has `__slots__` storage (`slots.rs`).
pub(crate) const HAS_SLOTS: u8 = 1;

impl GcHeader {
    pub const fn new() -> GcHeader {
        GcHeader {
            index: Cell::new(0),
            gen: Cell::new(UNTRACKED),
            flags: Cell::new(0),
        }
    }

    #[inline]
    pub(crate) fn has(&self, flag: u8) -> bool {
        self.flags.get() & flag != 0
    }

    #[inline]
    pub(crate) fn set_flag(&self, flag: u8, on: bool) {
        let f = self.flags.get();
        self.flags.set(if on { f | flag } else { f & !flag });
    }

    fn place(&self, gen: u8, index: usize) {
        self.gen.set(gen);
        self.index.set(index as u32);
    }

    fn registered(&self) -> bool {
        matches!(self.gen.get(), 1..=PERMANENT)
    }
}

impl Default for GcHeader {
    fn default() -> Self {
        GcHeader::new()
    }
}

/// Tracked objects: generations 0, 1, 2 and the permanent one. Every pointer is to a live
/// object whose header names this list and position: entries are added by `track_always`
/// and removed by the object's `Drop` (`on_drop`) before its memory goes, and no code that
/// borrows the registry drops an object (the lists hold no references).
struct Registry {
    lists: [Vec<*const Object>; 4],
}

impl Registry {
    fn push(&mut self, list: usize, o: &ObjRef) {
        // A pointer obtained from `into_raw` (what `from_raw` in `strong` expects), without
        // keeping the count it took: the registry keeps no object alive.
        let p = Rc::into_raw(Rc::clone(o));
        // SAFETY: `o` holds a strong reference besides the one just taken, so giving that
        // one back cannot free the object.
        unsafe { Rc::decrement_strong_count(p) };
        o.gc.place(list as u8 + 1, self.lists[list].len());
        self.lists[list].push(p);
    }

    /// Takes `o` out of its list; the entry moved into its place learns its new position.
    fn unlink(&mut self, o: &Object) {
        let list = o.gc.gen.get() as usize - 1;
        let i = o.gc.index.get() as usize;
        let v = &mut self.lists[list];
        if v.get(i).is_some_and(|&p| std::ptr::eq(p, o)) {
            v.swap_remove(i);
            if let Some(&moved) = v.get(i) {
                // SAFETY: registry entries are live objects (the type's invariant); only
                // their header's `Cell` is written.
                unsafe { (*moved).gc.index.set(i as u32) };
            }
        }
        o.gc.gen.set(UNTRACKED);
    }

    /// Moves every object of list `from` to the end of list `to`.
    fn move_all(&mut self, from: usize, to: usize) {
        let v = std::mem::take(&mut self.lists[from]);
        for p in v {
            // SAFETY: a registry entry (live; see the type); the header is updated as the
            // pointer changes list.
            let o = unsafe { &*p };
            o.gc.place(to as u8 + 1, self.lists[to].len());
            self.lists[to].push(p);
        }
    }
}

/// A new strong reference to a registered object.
///
/// # Safety
/// `p` must be a registry entry (so from `Rc::into_raw`, and live).
unsafe fn strong(p: *const Object) -> ObjRef {
    // SAFETY: per the contract, `p` came from `Rc::into_raw` and its object is alive; the
    // increment makes the `Rc` built from it an owned reference.
    unsafe {
        Rc::increment_strong_count(p);
        Rc::from_raw(p)
    }
}

/// The collector's state (one per interpreter thread).
struct GcState {
    /// Generation 0: container allocations minus deallocations since its last collection;
    /// 1 and 2: collections of the generation below since their own last one.
    count: [usize; 3],
    threshold: [usize; 3],
    /// Objects in generation 2 after the last full collection, and promoted into it since.
    long_lived_total: usize,
    long_lived_pending: usize,
    /// Per generation: collections, objects collected.
    stats: [(usize, usize); 3],
}

thread_local! {
    static GC: RefCell<GcState> = const {
        RefCell::new(GcState {
            count: [0; 3],
            threshold: [700, 10, 10],
            long_lived_total: 0,
            long_lived_pending: 0,
            stats: [(0, 0); 3],
        })
    };
    /// Without a destructor (its lists hold plain pointers): objects dying during the
    /// thread's teardown can still unlink themselves.
    static REGISTRY: RefCell<ManuallyDrop<Registry>> = const {
        RefCell::new(ManuallyDrop::new(Registry {
            lists: [Vec::new(), Vec::new(), Vec::new(), Vec::new()],
        }))
    };
    static ENABLED: Cell<bool> = const { Cell::new(true) };
    /// Generation 0's count, apart from the state so a drop does not borrow it.
    static COUNT0: Cell<usize> = const { Cell::new(0) };
    /// Generation 0's threshold (0: automatic collection off, as `set_threshold(0)`).
    static THRESHOLD0: Cell<usize> = const { Cell::new(700) };
}

/// Does this payload (or an instance dict) hold references that could form a cycle?
fn is_container(o: &Object) -> bool {
    matches!(
        o.payload,
        Payload::List(_)
            | Payload::Dict(_)
            | Payload::Set(_)
            | Payload::Tuple(_)
            | Payload::Function(_)
            | Payload::Cell(_)
            | Payload::Type(_)
            | Payload::Generator(_)
            | Payload::Exception(_)
            | Payload::Iter(_)
            | Payload::Method(..)
            | Payload::Property(_)
            | Payload::ClassMethod(_)
            | Payload::StaticMethod(_)
            | Payload::Traceback(_)
            | Payload::Frame(_)
            | Payload::Native(_)
            | Payload::WeakRef(_)
            | Payload::Instance(_)
            | Payload::Slotted(_)
    ) || o.dict.is_some()
}

/// Registers a newly created object if it is a container.
#[inline]
pub fn track(o: &ObjRef) {
    if !is_container(o) {
        return;
    }
    track_always(o);
}

/// Registers an object whatever its payload (instances given `__slots__` storage).
pub fn track_always(o: &ObjRef) {
    if o.gc.gen.get() != UNTRACKED {
        return;
    }
    REGISTRY.with(|r| r.borrow_mut().push(0, o));
    let n = COUNT0.with(|c| {
        let n = c.get() + 1;
        c.set(n);
        n
    });
    let t = THRESHOLD0.with(|t| t.get());
    if n > t && t != 0 && ENABLED.with(|e| e.get()) {
        // Ask the interpreter to collect at its next safe point.
        crate::finalize::set_pending();
    }
}

/// An object is being freed (from `Drop`): it leaves the registry, and a container's
/// death lowers generation 0's count.
#[inline]
pub(crate) fn note_dealloc(o: &Object) {
    if o.gc.registered() {
        REGISTRY.with(|r| r.borrow_mut().unlink(o));
    }
    if is_container(o) {
        COUNT0.with(|c| c.set(c.get().saturating_sub(1)));
    }
}

/// The generation an automatic collection should take now, if any (CPython's rule).
pub fn due() -> Option<usize> {
    let t0 = THRESHOLD0.with(|t| t.get());
    if !ENABLED.with(|e| e.get()) || t0 == 0 || COUNT0.with(|c| c.get()) <= t0 {
        return None;
    }
    GC.with(|g| {
        let g = g.try_borrow().ok()?;
        if g.count[2] > g.threshold[2] && g.long_lived_pending > g.long_lived_total / 4 {
            return Some(2);
        }
        if g.count[1] > g.threshold[1] {
            return Some(1);
        }
        Some(0)
    })
}

/// Sets generation 0's threshold from `KAA_GC_THRESHOLD` (for stress-testing the collector
/// with very frequent collections).
pub fn configure_from_env() {
    if let Some(n) = std::env::var("KAA_GC_THRESHOLD")
        .ok()
        .and_then(|v| v.parse::<usize>().ok())
    {
        set_threshold([n.max(1), 10, 10]);
    }
}

pub fn set_enabled(on: bool) {
    ENABLED.with(|e| e.set(on));
}

pub fn is_enabled() -> bool {
    ENABLED.with(|e| e.get())
}

pub fn threshold() -> [usize; 3] {
    let mut t = GC.with(|g| g.borrow().threshold);
    t[0] = THRESHOLD0.with(|t| t.get());
    t
}

pub fn set_threshold(t: [usize; 3]) {
    THRESHOLD0.with(|x| x.set(t[0]));
    GC.with(|g| g.borrow_mut().threshold = t);
}

/// `gc.get_count()`.
pub fn count() -> [usize; 3] {
    let mut c = GC.with(|g| g.borrow().count);
    c[0] = COUNT0.with(|c| c.get());
    c
}

/// `gc.get_stats()`: (collections, collected) per generation.
pub fn stats() -> [(usize, usize); 3] {
    GC.with(|g| g.borrow().stats)
}

/// The live tracked objects of `generation` (all generations when None; never the
/// permanent one).
pub fn objects(generation: Option<usize>) -> Vec<ObjRef> {
    REGISTRY.with(|r| {
        let r = r.borrow();
        let lists: &[Vec<*const Object>] = match generation {
            Some(i) => &r.lists[i.min(2)..=i.min(2)],
            None => &r.lists[..3],
        };
        lists
            .iter()
            .flat_map(|v| v.iter())
            // SAFETY: registry entries (see `Registry`).
            .map(|&p| unsafe { strong(p) })
            .collect()
    })
}

/// Whether `o` is in the registry (any generation, the permanent one included).
pub fn registered(o: &Object) -> bool {
    o.gc.registered()
}

/// `gc.freeze()`: every tracked object moves to the permanent generation.
pub fn freeze() {
    REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        for i in 0..3 {
            r.move_all(i, 3);
        }
    });
    COUNT0.with(|c| c.set(0));
}

/// `gc.unfreeze()`: the permanent generation goes back into the oldest one.
pub fn unfreeze() {
    REGISTRY.with(|r| r.borrow_mut().move_all(3, 2));
}

/// `gc.get_freeze_count()`.
pub fn freeze_count() -> usize {
    REGISTRY.with(|r| r.borrow().lists[3].len())
}

/// Whether a value can never take part in a cycle (CPython's untracked "atomic" objects):
/// what a tuple needs of all its items to be untracked. A tuple item counts as atomic once
/// it is untracked itself (CPython's `_PyObject_GC_MAY_BE_TRACKED`).
fn atomic(v: &Value) -> bool {
    match v {
        Value::Obj(o) if matches!(o.payload, Payload::Tuple(_)) && !o.dict.is_some() => {
            !o.gc.registered() && o.gc.gen.get() != COLLECTING
        }
        Value::Obj(o) => !is_container(o),
        _ => true,
    }
}

/// Takes `o` out of the collector's registry (CPython's `PyObject_GC_UnTrack`): for objects
/// that can never be part of a cycle, such as the empty tuple.
pub fn untrack(o: &Object) {
    if o.gc.registered() {
        REGISTRY.with(|r| r.borrow_mut().unlink(o));
    }
}

/// Visits what an object holds besides its class: its payload's references, its instance
/// dict and its `__slots__` values (what `gc.get_referents` lists).
pub(crate) fn visit_contents(o: &Object, visit: &mut dyn FnMut(&Value)) {
    o.payload.traverse(visit);
    if let Some(d) = o.dict.get() {
        visit(&Value::Obj(d));
    }
    crate::slots::visit_side(o, visit);
}

/// The positions, in the set being examined, of the objects `o` refers to (its class
/// included) that are in that set.
fn referents(o: &Object, out: &mut Vec<u32>) {
    let mut note = |x: &Object| {
        if x.gc.gen.get() == COLLECTING {
            out.push(x.gc.index.get());
        }
    };
    visit_contents(o, &mut |v| {
        if let Value::Obj(x) = v {
            note(x);
        }
    });
    if let Some(c) = o.class_opt() {
        note(&c);
    }
}

/// Empties an object's references (called on cyclic garbage only).
fn clear(o: &Object) {
    let taken: Vec<Value>;
    match &o.payload {
        Payload::List(l) => {
            taken = l
                .try_borrow_mut()
                .map(|mut l| std::mem::take(&mut *l))
                .unwrap_or_default();
            drop(taken);
        }
        Payload::Dict(d) => {
            if let Ok(mut d) = d.try_borrow_mut() {
                let old = std::mem::take(&mut *d);
                drop(d);
                drop(old);
            }
        }
        Payload::Set(s) => {
            if let Ok(mut s) = s.try_borrow_mut() {
                s.clear();
            }
        }
        Payload::Instance(v) => {
            let old = v.try_borrow_mut().map(|mut v| std::mem::take(&mut *v)).ok();
            drop(old);
        }
        Payload::Cell(c) | Payload::ClassMethod(c) | Payload::StaticMethod(c) => {
            let old = c.try_borrow_mut().map(|mut c| std::mem::take(&mut *c)).ok();
            drop(old);
        }
        Payload::Function(f) => {
            for c in [
                &f.defaults,
                &f.kwdefaults,
                &f.doc,
                &f.annotations,
                &f.name,
                &f.qualname,
                &f.module,
            ] {
                let old = c
                    .try_borrow_mut()
                    .map(|mut c| std::mem::replace(&mut *c, Value::None))
                    .ok();
                drop(old);
            }
        }
        Payload::Type(t) => {
            let old_mro = t
                .mro
                .try_borrow_mut()
                .map(|mut m| std::mem::take(&mut *m))
                .ok();
            let old_bases = t
                .bases
                .try_borrow_mut()
                .map(|mut b| std::mem::take(&mut *b))
                .ok();
            drop(old_mro);
            drop(old_bases);
            if let Payload::Dict(d) = &t.dict.payload {
                if let Ok(mut d) = d.try_borrow_mut() {
                    let old = std::mem::take(&mut *d);
                    drop(d);
                    drop(old);
                }
            }
            if let Ok(mut c) = t.attr_cache.try_borrow_mut() {
                c.1.clear();
            }
            if let Ok(mut c) = t.str_cache.try_borrow_mut() {
                c.1.clear();
            }
        }
        Payload::Generator(g) => {
            let old = g.try_borrow_mut().ok().and_then(|mut g| g.frame.take());
            drop(old);
        }
        Payload::Exception(e) => {
            if let Ok(mut e) = e.try_borrow_mut() {
                let old = (
                    std::mem::replace(&mut e.traceback, Value::None),
                    std::mem::replace(&mut e.context, Value::None),
                    std::mem::replace(&mut e.cause, Value::None),
                    std::mem::replace(&mut e.args, Value::None),
                    e.group.take(),
                );
                drop(e);
                drop(old);
            }
        }
        Payload::Iter(i) => {
            let old = i
                .try_borrow_mut()
                .map(|mut i| std::mem::replace(&mut *i, crate::iter::IterState::Exhausted))
                .ok();
            drop(old);
        }
        Payload::Traceback(t) => {
            let old = t
                .next
                .try_borrow_mut()
                .map(|mut n| std::mem::replace(&mut *n, Value::None))
                .ok();
            drop(old);
        }
        Payload::Frame(f) => {
            let old = f
                .locals
                .try_borrow_mut()
                .map(|mut n| std::mem::replace(&mut *n, Value::None))
                .ok();
            drop(old);
            let fast = f
                .fast
                .try_borrow_mut()
                .map(|mut v| std::mem::take(&mut *v))
                .ok();
            drop(fast);
        }
        Payload::WeakRef(w) => {
            let old = w
                .callback
                .try_borrow_mut()
                .map(|mut n| std::mem::replace(&mut *n, Value::None))
                .ok();
            drop(old);
        }
        _ => {}
    }
    let d = o.dict.take();
    drop(d);
    let s = crate::slots::clear(o);
    drop(s);
}

/// Finds the cyclic garbage of generation `generation` (with the younger ones); the
/// survivors move up a generation. The garbage is returned, not yet cleared (and not
/// tracked): finalisers run first (`Vm::gc_run`), then `resurrected` and `clear_all`.
pub fn collect(generation: usize) -> Vec<ObjRef> {
    let generation = generation.min(2);
    // Live objects of the collected generations (strong references held only for the
    // duration of the collection), each marked as in the set at its position.
    let objs: Vec<ObjRef> = REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        let n = r.lists[..=generation].iter().map(Vec::len).sum();
        let mut objs = Vec::with_capacity(n);
        for i in 0..=generation {
            for &p in &r.lists[i] {
                // SAFETY: a registry entry (see `Registry`).
                let o = unsafe { strong(p) };
                o.gc.place(COLLECTING, objs.len());
                objs.push(o);
            }
            r.lists[i].clear();
        }
        objs
    });
    GC.with(|g| {
        let mut g = g.borrow_mut();
        g.count[0] = 0;
        for i in 1..=generation {
            g.count[i] = 0;
        }
        if generation < 2 {
            g.count[generation + 1] += 1;
        }
        g.stats[generation].0 += 1;
    });
    COUNT0.with(|c| c.set(0));
    let reachable = reachable_from_outside(&objs);
    let to = (generation + 1).min(2);
    let mut garbage = Vec::new();
    let mut kept = 0;
    REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        r.lists[to].reserve(objs.len());
        for (i, o) in objs.iter().enumerate() {
            o.gc.gen.set(UNTRACKED);
            if !reachable[i] {
                garbage.push(o.clone());
            } else if !matches!(&o.payload, Payload::Tuple(items) if items.iter().all(atomic))
                || o.dict.is_some()
            {
                r.push(to, o);
                kept += 1;
            }
        }
    });
    // The references to the survivors go outside the registry's borrow (none of them can
    // be the last: survivors are reachable from outside, garbage is held by `garbage`).
    drop(objs);
    GC.with(|g| {
        let mut g = g.borrow_mut();
        if generation == 2 {
            g.long_lived_total = kept;
            g.long_lived_pending = 0;
        } else if generation == 1 {
            g.long_lived_pending += kept;
        }
    });
    garbage
}

/// For each object of `objs`: whether something outside the set (beyond the caller's one
/// reference to each) reaches it, directly or through other members. Each object is marked
/// in its header as in the set at its position (taken out of the registry if it was in it);
/// the caller places it afterwards. Counts and edges are 32-bit: about 13 bytes per object
/// and 4 per edge.
fn reachable_from_outside(objs: &[ObjRef]) -> Vec<bool> {
    let n = objs.len();
    REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        for (i, o) in objs.iter().enumerate() {
            if o.gc.registered() {
                r.unlink(o);
            }
            o.gc.place(COLLECTING, i);
        }
    });
    // gc_refs: strong count minus the caller's reference and internal references.
    let mut refs: Vec<i32> = objs
        .iter()
        .map(|o| (Rc::strong_count(o) - 1).min(i32::MAX as usize) as i32)
        .collect();
    // The edges between the objects, flattened: object i's are
    // `edges[starts[i]..starts[i + 1]]` (one allocation, not one per object).
    let mut edges: Vec<u32> = Vec::with_capacity(n * 2);
    let mut starts: Vec<u32> = Vec::with_capacity(n + 1);
    for o in objs {
        starts.push(edges.len() as u32);
        let from = edges.len();
        referents(o, &mut edges);
        for &j in &edges[from..] {
            refs[j as usize] = refs[j as usize].saturating_sub(1);
        }
    }
    starts.push(edges.len() as u32);
    // Reachable from outside: positive counts, and everything they reach.
    let mut reachable = vec![false; n];
    let mut stack: Vec<u32> = (0..n as u32).filter(|&i| refs[i as usize] > 0).collect();
    drop(refs);
    for &i in &stack {
        reachable[i as usize] = true;
    }
    while let Some(i) = stack.pop() {
        let (a, b) = (starts[i as usize] as usize, starts[i as usize + 1] as usize);
        for &j in &edges[a..b] {
            if !reachable[j as usize] {
                reachable[j as usize] = true;
                stack.push(j);
            }
        }
    }
    reachable
}

/// After the garbage's finalisers ran: splits off (and tracks again, in the oldest
/// generation) what they resurrected, as PEP 442 does; returns the rest.
pub fn resurrected(garbage: Vec<ObjRef>) -> Vec<ObjRef> {
    let reachable = reachable_from_outside(&garbage);
    let mut dead = Vec::with_capacity(garbage.len());
    let mut back = Vec::new();
    for (i, o) in garbage.into_iter().enumerate() {
        o.gc.gen.set(UNTRACKED);
        if reachable[i] {
            back.push(o);
        } else {
            dead.push(o);
        }
    }
    REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        for o in &back {
            r.push(2, o);
        }
    });
    drop(back);
    // A finaliser may have broken a cycle (a generator's close() drops its frame's
    // locals): what reference counting frees once the collector lets go is not garbage
    // the collector counts or clears, as in CPython, where it is freed during finalisation.
    let weak: Vec<Weak<Object>> = dead.iter().map(Rc::downgrade).collect();
    drop(dead);
    weak.iter().filter_map(|w| w.upgrade()).collect()
}

/// How many objects the garbage counts as (`gc.collect()`'s result), recorded in the stats.
/// An instance's dict is part of the instance in CPython 3.11 (its "inline values"), not an
/// object the collector counts or saves.
pub fn count_garbage(garbage: &mut Vec<ObjRef>, generation: usize, drop_dicts: bool) -> usize {
    let owned: FxHashSet<usize> = garbage
        .iter()
        .filter_map(|o| o.dict.get().map(|d| d.id()))
        .collect();
    let count = garbage.len() - garbage.iter().filter(|o| owned.contains(&o.id())).count();
    if drop_dicts {
        garbage.retain(|o| !owned.contains(&o.id()));
    }
    GC.with(|g| g.borrow_mut().stats[generation.min(2)].1 += count);
    count
}

/// Clears the garbage's contents, which breaks its cycles; reference counting frees it.
pub fn clear_all(garbage: Vec<ObjRef>) {
    for o in &garbage {
        clear(o);
    }
    drop(garbage);
}
