//! The cycle collector (CPython's `gc` algorithm over kaa's `Rc` heap). Container objects
//! are tracked in a registry when created. A collection computes, for every tracked object,
//! its reference count minus the references coming from other tracked objects (found with
//! `Payload::traverse`, the instance dict, `__slots__` and the class): what remains are
//! references from outside (the stack, Rust locals). Objects reachable from those survive;
//! the rest are cyclic garbage: their finalisers are queued, then their contents are cleared,
//! which breaks the cycles and lets reference counting free them.
//!
//! Collections run automatically when the number of tracked allocations since the last one
//! exceeds a threshold that grows with the live population (amortised linear cost), and on
//! `gc.collect()`.

use crate::object::{ObjRef, Object, Payload};
use crate::value::Value;
use rustc_hash::FxHashMap;
use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

thread_local! {
    static TRACKED: RefCell<Vec<Weak<Object>>> = const { RefCell::new(Vec::new()) };
    static ALLOCS: Cell<usize> = const { Cell::new(0) };
    static THRESHOLD: Cell<usize> = const { Cell::new(20_000) };
    static ENABLED: Cell<bool> = const { Cell::new(true) };
    static MIN_THRESHOLD: Cell<usize> = const { Cell::new(20_000) };
    /// Registrations left before the registry drops the entries of objects that already
    /// died (see `track_always`).
    static SWEEP_IN: Cell<usize> = const { Cell::new(SWEEP_MIN) };
}

/// The fewest registrations between two sweeps of dead registry entries.
const SWEEP_MIN: usize = 16_384;

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
    ) || o.dict.try_borrow().map(|d| d.is_some()).unwrap_or(true)
}

/// Registers a newly created object if it is a container.
pub fn track(o: &ObjRef) {
    if !is_container(o) {
        return;
    }
    track_always(o);
}

/// Registers an object whatever its payload (instances given `__slots__` storage).
pub fn track_always(o: &ObjRef) {
    TRACKED.with(|t| {
        if let Ok(mut t) = t.try_borrow_mut() {
            t.push(Rc::downgrade(o));
            // A registry entry is a `Weak`, which keeps a dead object's allocation until
            // the entry goes. Dropping dead entries once as many registrations happened as
            // half the registry's size bounds that memory (collections may be far apart
            // when many objects live) at amortised constant cost per registration.
            let left = SWEEP_IN.with(|s| s.get()).saturating_sub(1);
            if left == 0 {
                t.retain(|w| w.strong_count() > 0);
                SWEEP_IN.with(|s| s.set((t.len() / 2).max(SWEEP_MIN)));
            } else {
                SWEEP_IN.with(|s| s.set(left));
            }
        }
    });
    let n = ALLOCS.with(|a| {
        let n = a.get() + 1;
        a.set(n);
        n
    });
    if n >= THRESHOLD.with(|t| t.get()) && ENABLED.with(|e| e.get()) {
        // Ask the interpreter to collect at its next safe point.
        crate::finalize::PENDING_FLAG.store(true, std::sync::atomic::Ordering::Relaxed);
    }
}

/// True when enough allocations happened for an automatic collection.
pub fn due() -> bool {
    ENABLED.with(|e| e.get()) && ALLOCS.with(|a| a.get()) >= THRESHOLD.with(|t| t.get())
}

/// Sets the automatic-collection threshold (`KAA_GC_THRESHOLD`, for stress-testing the
/// collector with very frequent collections).
pub fn configure_from_env() {
    if let Some(n) = std::env::var("KAA_GC_THRESHOLD")
        .ok()
        .and_then(|v| v.parse::<usize>().ok())
    {
        THRESHOLD.with(|t| t.set(n.max(1)));
        MIN_THRESHOLD.with(|t| t.set(n.max(1)));
    }
}

pub fn set_enabled(on: bool) {
    ENABLED.with(|e| e.set(on));
}

pub fn is_enabled() -> bool {
    ENABLED.with(|e| e.get())
}

/// Every reference an object holds to other objects, for the collector.
fn referents(o: &Object, out: &mut Vec<usize>) {
    let mut push = |v: &Value| {
        if let Value::Obj(x) = v {
            out.push(x.id());
        }
    };
    o.payload.traverse(&mut push);
    if let Ok(d) = o.dict.try_borrow() {
        if let Some(d) = &*d {
            out.push(d.id());
        }
    }
    if let Ok(s) = o.slots.try_borrow() {
        for v in s.iter() {
            if let Value::Obj(x) = v {
                out.push(x.id());
            }
        }
    }
    if let Some(c) = o.class_opt() {
        out.push(c.id());
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
    let d = o.dict.try_borrow_mut().ok().and_then(|mut d| d.take());
    drop(d);
    let s = o
        .slots
        .try_borrow_mut()
        .map(|mut s| std::mem::take(&mut *s))
        .ok();
    drop(s);
}

/// A full collection; returns the number of unreachable objects found.
pub fn collect() -> usize {
    ALLOCS.with(|a| a.set(0));
    // Live tracked objects (strong references held only for the duration).
    let objs: Vec<ObjRef> = TRACKED.with(|t| {
        let mut t = t.borrow_mut();
        t.retain(|w| w.strong_count() > 0);
        t.iter().filter_map(|w| w.upgrade()).collect()
    });
    let n = objs.len();
    let index: FxHashMap<usize, usize> =
        objs.iter().enumerate().map(|(i, o)| (o.id(), i)).collect();
    // gc_refs: strong count minus our own temporary reference and internal references.
    let mut refs: Vec<isize> = objs
        .iter()
        .map(|o| Rc::strong_count(o) as isize - 1)
        .collect();
    // The edges between tracked objects, flattened: object i's are
    // `edges[starts[i]..starts[i + 1]]` (one allocation, not one per object).
    let mut edges: Vec<usize> = Vec::with_capacity(n * 2);
    let mut starts: Vec<usize> = Vec::with_capacity(n + 1);
    let mut buf = Vec::new();
    for o in &objs {
        starts.push(edges.len());
        buf.clear();
        referents(o, &mut buf);
        for id in &buf {
            if let Some(&j) = index.get(id) {
                refs[j] -= 1;
                edges.push(j);
            }
        }
    }
    starts.push(edges.len());
    // Reachable from outside: positive counts, and everything they reach.
    let mut reachable = vec![false; n];
    let mut stack: Vec<usize> = (0..n).filter(|&i| refs[i] > 0).collect();
    for &i in &stack {
        reachable[i] = true;
    }
    while let Some(i) = stack.pop() {
        for &j in &edges[starts[i]..starts[i + 1]] {
            if !reachable[j] {
                reachable[j] = true;
                stack.push(j);
            }
        }
    }
    let garbage: Vec<ObjRef> = objs
        .iter()
        .enumerate()
        .filter(|(i, _)| !reachable[*i])
        .map(|(_, o)| o.clone())
        .collect();
    drop(objs);
    let count = garbage.len();
    for g in &garbage {
        clear(g);
    }
    drop(garbage);
    // The next automatic collection waits for as many new containers as survived.
    let live = n - count;
    let min = MIN_THRESHOLD.with(|m| m.get());
    THRESHOLD.with(|t| t.set(if min < 20_000 { min } else { live.max(min) }));
    count
}
