//! What happens when the last reference to an object goes (DESIGN.md §3): weak references
//! die and their callbacks are queued, `__del__` is queued, and a suspended generator is queued
//! for `close()`. Dropping runs in Rust's `Drop`, where Python code cannot run, so the work
//! is queued and the interpreter runs it at its next safe point (after the instruction that
//! dropped the reference), which is when CPython would have run it. A finaliser's errors are
//! reported as CPython's "Exception ignored in: ..." on stderr.
//!
//! `__del__` runs on a resurrected copy of the object (same class, dict and data), because an
//! `Rc` cannot be revived; the copy is marked so it is not finalised twice. It keeps the
//! original's identity: instances of classes with `__del__` get a `Weak` when created, which
//! keeps their allocation (so their address cannot be reused) until the copy made of them dies,
//! and the copy answers `id()`, the default hash and repr with that address. The weak reference
//! table is keyed by object address and only consulted while weak references exist.

use crate::object::{ObjRef, Object, Payload};
use crate::value::Value;
use crate::Vm;
use rustc_hash::{FxHashMap, FxHashSet};
use std::cell::RefCell;
use std::rc::{Rc, Weak};
use std::sync::atomic::{AtomicBool, Ordering};

/// Work queued by `Drop`, run by `Vm::run_pending`.
pub enum Pending {
    /// A weak reference whose referent died, with a callback to call.
    Callback(ObjRef),
    /// An object (resurrected copy) whose class defines `__del__`.
    Del(ObjRef),
    /// A suspended generator (resurrected copy) to close.
    Close(ObjRef),
}

thread_local! {
    /// Weak-reference objects by the address of their referent.
    static WEAKREFS: RefCell<FxHashMap<usize, Vec<Weak<Object>>>> = RefCell::new(FxHashMap::default());
    static PENDING: RefCell<Vec<Pending>> = const { RefCell::new(Vec::new()) };
    /// Resurrected copies already finalised.
    static FINALIZED: RefCell<FxHashSet<usize>> = RefCell::new(FxHashSet::default());
    /// Live instances of classes with `__del__`, by address: what keeps their allocation
    /// once they die, for their copy's identity.
    static FINALIZABLE: RefCell<FxHashMap<usize, Weak<Object>>> = RefCell::new(FxHashMap::default());
    /// Resurrected copies' addresses → the original's address and allocation.
    static ALIASES: RefCell<FxHashMap<usize, (usize, Weak<Object>)>> = RefCell::new(FxHashMap::default());
}

/// True while some resurrected copy keeps its original's identity.
static ANY_ALIAS: AtomicBool = AtomicBool::new(false);

/// Called for each new instance of a heap type: remembers those whose class has `__del__`.
pub fn note_instance(o: &ObjRef) {
    if ANY_DEL.load(Ordering::Relaxed) && class_has_del(o) {
        FINALIZABLE.with(|f| {
            if let Ok(mut f) = f.try_borrow_mut() {
                f.insert(o.id(), Rc::downgrade(o));
            }
        });
    }
}

/// The identity of `o` as Python sees it (see the module header).
#[inline]
pub fn identity_of(o: &Object) -> usize {
    let addr = o as *const Object as usize;
    if !ANY_ALIAS.load(Ordering::Relaxed) {
        return addr;
    }
    ALIASES.with(|a| {
        a.try_borrow()
            .ok()
            .and_then(|a| a.get(&addr).map(|(orig, _)| *orig))
            .unwrap_or(addr)
    })
}

/// True while any weak reference exists (a fast check for every drop).
static ANY_WEAKREFS: AtomicBool = AtomicBool::new(false);
/// True once some class defines `__del__`.
static ANY_DEL: AtomicBool = AtomicBool::new(false);
thread_local! {
    /// True when this thread's queue has work (or a collection is due): checked by the
    /// interpreter loop between instructions. Per thread, like the queue it describes.
    static PENDING_FLAG: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Asks the interpreter loop to call `run_pending` before its next instruction.
pub fn set_pending() {
    PENDING_FLAG.with(|f| f.set(true));
}

/// Whether `run_pending` has work (the interpreter loop's check between instructions).
#[inline(always)]
pub fn is_pending() -> bool {
    PENDING_FLAG.with(|f| f.get())
}

pub fn note_del_defined() {
    ANY_DEL.store(true, Ordering::Relaxed);
}

/// Registers weak-reference object `wr` as referring to `target`.
pub fn register_weakref(target: &ObjRef, wr: &ObjRef) {
    ANY_WEAKREFS.store(true, Ordering::Relaxed);
    WEAKREFS.with(|t| {
        let mut t = t.borrow_mut();
        let v = t.entry(target.id()).or_default();
        v.retain(|w| w.strong_count() > 0);
        v.push(Rc::downgrade(wr));
    });
}

/// The live weak-reference objects referring to `target`.
pub fn weakrefs_of(target: &ObjRef) -> Vec<ObjRef> {
    if !ANY_WEAKREFS.load(Ordering::Relaxed) {
        return Vec::new();
    }
    WEAKREFS.with(|t| {
        t.borrow()
            .get(&target.id())
            .map(|v| v.iter().filter_map(|w| w.upgrade()).collect())
            .unwrap_or_default()
    })
}

fn push(p: Pending) {
    PENDING.with(|q| q.borrow_mut().push(p));
    set_pending();
}

/// Called from `Object`'s `Drop`: decides what the dying object still needs.
pub(crate) fn on_drop(o: &mut Object) {
    crate::gc::note_dealloc(o);
    let addr = o as *const Object as usize;
    if ANY_WEAKREFS.load(Ordering::Relaxed) {
        let refs = WEAKREFS.with(|t| t.try_borrow_mut().ok().and_then(|mut t| t.remove(&addr)));
        if let Some(refs) = refs {
            // Callbacks run newest first, as CPython's list is.
            for w in refs.into_iter().rev() {
                if let Some(wr) = w.upgrade() {
                    let has_cb = match &wr.payload {
                        Payload::WeakRef(d) => d
                            .callback
                            .try_borrow()
                            .map(|c| !c.is_none())
                            .unwrap_or(false),
                        _ => false,
                    };
                    if has_cb {
                        push(Pending::Callback(wr));
                    }
                }
            }
        }
    }
    match &o.payload {
        Payload::Generator(g) => {
            // Closed in place by the collector already (`finalize_in_place`)?
            let was_finalized = FINALIZED.with(|f| {
                f.try_borrow_mut()
                    .map(|mut f| !f.is_empty() && f.remove(&addr))
                    .unwrap_or(false)
            });
            let needs_close = !was_finalized
                && g.try_borrow()
                    .map(|g| g.started && g.frame.is_some())
                    .unwrap_or(false);
            if needs_close {
                push(Pending::Close(resurrect(o)));
            }
        }
        _ => {
            if ANY_DEL.load(Ordering::Relaxed) {
                let was_finalized = FINALIZED.with(|f| {
                    f.try_borrow_mut()
                        .map(|mut f| f.remove(&addr))
                        .unwrap_or(false)
                });
                let keep = FINALIZABLE.with(|f| f.try_borrow_mut().ok()?.remove(&addr));
                if was_finalized && ANY_ALIAS.load(Ordering::Relaxed) {
                    // The copy dies: its original's allocation may go now.
                    let gone = ALIASES.with(|a| a.try_borrow_mut().ok()?.remove(&addr));
                    drop(gone);
                }
                if !was_finalized && class_has_del(o) {
                    let copy = resurrect(o);
                    if let Some(keep) = keep {
                        ANY_ALIAS.store(true, Ordering::Relaxed);
                        ALIASES.with(|a| {
                            if let Ok(mut a) = a.try_borrow_mut() {
                                a.insert(copy.id(), (addr, keep));
                            }
                        });
                    }
                    push(Pending::Del(copy));
                }
            }
        }
    }
}

/// Whether `o` is a resurrected copy whose `__del__` already ran (`gc.is_finalized`).
pub fn is_finalized(o: &ObjRef) -> bool {
    FINALIZED.with(|f| f.try_borrow().map(|f| f.contains(&o.id())).unwrap_or(false))
}

/// Whether a garbage object has a finaliser still to run: `__del__` not yet called, or a
/// started generator suspended in a frame.
pub(crate) fn needs_finalizer(o: &ObjRef) -> bool {
    if is_finalized(o) {
        return false;
    }
    match &o.payload {
        Payload::Generator(g) => g
            .try_borrow()
            .map(|g| g.started && g.frame.is_some())
            .unwrap_or(false),
        _ => ANY_DEL.load(Ordering::Relaxed) && class_has_del(o),
    }
}

fn class_has_del(o: &Object) -> bool {
    let Some(cls) = o.class_opt() else {
        return false;
    };
    crate::types::tdata(&cls).is_some_and(|d| d.has_flag(crate::types::FLAG_HEAPTYPE))
        && crate::types::lookup(&cls, "__del__").is_some()
}

/// A new object holding the dying object's class, dict, slots and data.
fn resurrect(o: &mut Object) -> ObjRef {
    let payload = std::mem::replace(&mut o.payload, Payload::Plain);
    let class = o.take_class();
    let dict = o.dict.take();
    let slots = crate::slots::take(o);
    let n = Object::revive(class, dict, slots, payload);
    FINALIZED.with(|f| {
        if let Ok(mut f) = f.try_borrow_mut() {
            f.insert(n.id());
        }
    });
    n
}

impl Vm {
    /// Runs the finalisers queued by dropped objects (weakref callbacks, `__del__`,
    /// generator close), reporting their errors as unraisable.
    pub fn run_pending(&mut self) {
        if !PENDING_FLAG.with(|f| f.replace(false)) {
            return;
        }
        if let Some(generation) = crate::gc::due() {
            self.gc_run(generation);
        }
        loop {
            let batch: Vec<Pending> = PENDING.with(|q| std::mem::take(&mut *q.borrow_mut()));
            if batch.is_empty() {
                break;
            }
            for p in batch {
                let (what, r) = match p {
                    Pending::Callback(wr) => {
                        let cb = match &wr.payload {
                            Payload::WeakRef(d) => d.callback.replace(Value::None),
                            _ => Value::None,
                        };
                        let r = self.call(&cb, &[Value::Obj(wr.clone())]);
                        (cb, r.map(|_| ()))
                    }
                    Pending::Del(obj) => self.call_del(&obj),
                    Pending::Close(g) => {
                        let r = crate::generator::gen_close(self, &g).map(|_| ());
                        (Value::Obj(g), r)
                    }
                };
                if let Err(e) = r {
                    self.report_unraisable(&what, e);
                }
            }
        }
    }

    /// Calls `obj.__del__()`: (the method, the outcome), for error reports.
    fn call_del(&mut self, obj: &ObjRef) -> (Value, crate::PyResult<()>) {
        let v = Value::Obj(obj.clone());
        let tp = obj.class();
        let Some(m) = crate::types::lookup(&tp, "__del__") else {
            return (Value::None, Ok(()));
        };
        let r = self
            .call_descriptor_function(&m, &v, &tp, std::slice::from_ref(&v))
            .map(|_| ());
        (m, r)
    }

    /// Runs a cyclic-garbage object's finaliser while it is intact (`__del__`, or `close()`
    /// of a suspended generator), and marks it so dropping it later does not run it again.
    pub(crate) fn finalize_in_place(&mut self, o: &ObjRef) {
        FINALIZED.with(|f| {
            if let Ok(mut f) = f.try_borrow_mut() {
                f.insert(o.id());
            }
        });
        let (what, r) = if matches!(o.payload, Payload::Generator(_)) {
            let r = crate::generator::gen_close(self, o).map(|_| ());
            (Value::Obj(o.clone()), r)
        } else {
            self.call_del(o)
        };
        if let Err(e) = r {
            self.report_unraisable(&what, e);
        }
    }

    /// CPython's default unraisable hook: "Exception ignored in: <obj>" and the traceback.
    pub fn report_unraisable(&mut self, obj: &Value, e: crate::vm::PyErr) {
        crate::sysmod::flush_stdout(self);
        let r = self
            .repr_string(obj)
            .unwrap_or_else(|_| "<object repr() failed>".into());
        let text = crate::traceback::format_exception(self, &e.0);
        eprint!("Exception ignored in: {r}\n{text}");
    }
}
