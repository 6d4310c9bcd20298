//! The `gc` module: CPython's interface to the cycle collector of `gc.rs` — `collect`
//! (by generation), `enable`/`disable`/`isenabled`, thresholds and counts, `get_stats`,
//! `get_objects`, `get_referrers`/`get_referents`, `is_tracked`/`is_finalized`,
//! `freeze`/`unfreeze`, `set_debug`/`get_debug` (`DEBUG_SAVEALL` keeps the garbage in
//! `gc.garbage`), and `gc.callbacks`, called with ("start"/"stop", info) around every
//! collection, automatic ones included.

use crate::gc;
use crate::object::{NativeFn, ObjRef, Object, Payload};
use crate::value::Value;
use crate::{PyResult, Vm};
use std::cell::{Cell, RefCell};

const DEBUG_STATS: i64 = 1;
const DEBUG_COLLECTABLE: i64 = 2;
const DEBUG_UNCOLLECTABLE: i64 = 4;
const DEBUG_SAVEALL: i64 = 32;
const DEBUG_LEAK: i64 = 38;

thread_local! {
    /// `gc.callbacks` and `gc.garbage` as created (CPython keeps using these lists even if
    /// the module attributes are rebound).
    static LISTS: RefCell<Option<(ObjRef, ObjRef)>> = const { RefCell::new(None) };
    static DEBUG: Cell<i64> = const { Cell::new(0) };
}

impl Vm {
    /// Collects `generation`, calling `gc.callbacks` around it; returns the number of
    /// unreachable objects found.
    pub fn gc_run(&mut self, generation: usize) -> usize {
        let lists = LISTS.with(|l| l.borrow().clone());
        let callbacks = match &lists {
            Some((cb, _)) => match &cb.payload {
                Payload::List(l) => l.borrow().clone(),
                _ => Vec::new(),
            },
            None => Vec::new(),
        };
        self.gc_callbacks(&callbacks, "start", generation, 0);
        let save = DEBUG.with(|d| d.get()) & DEBUG_SAVEALL != 0;
        let mut garbage = gc::collect(generation);
        if !save && garbage.iter().any(crate::finalize::needs_finalizer) {
            // PEP 442: finalisers run on the intact objects, then whatever they made
            // reachable again is not freed.
            for o in &garbage {
                if crate::finalize::needs_finalizer(o) {
                    self.finalize_in_place(o);
                }
            }
            garbage = gc::resurrected(garbage);
        }
        let n = gc::count_garbage(&mut garbage, generation, save);
        if save {
            if let Some((_, list)) = &lists {
                if let Payload::List(l) = &list.payload {
                    l.borrow_mut().extend(garbage.into_iter().map(Value::Obj));
                }
            }
        } else {
            gc::clear_all(garbage);
        }
        self.gc_callbacks(&callbacks, "stop", generation, n);
        n
    }

    fn gc_callbacks(&mut self, callbacks: &[Value], phase: &str, generation: usize, n: usize) {
        if callbacks.is_empty() {
            return;
        }
        let info = self.new_dict();
        self.dict_set_str(&info, "generation", Value::Int(generation as i64));
        self.dict_set_str(&info, "collected", Value::Int(n as i64));
        self.dict_set_str(&info, "uncollectable", Value::Int(0));
        let phase = self.new_str(phase);
        for cb in callbacks {
            if let Err(e) = self.call(cb, &[phase.clone(), Value::Obj(info.clone())]) {
                self.report_unraisable(cb, e);
            }
        }
    }
}

/// The `generation` argument (positional or keyword) of `collect`/`get_objects`.
fn generation_arg(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    fname: &str,
) -> PyResult<Option<Value>> {
    if args.len() > 1 {
        return Err(vm.type_error(format!(
            "{fname}() takes at most 1 argument ({} given)",
            args.len()
        )));
    }
    let mut g = args.first().cloned();
    for (k, v) in kw {
        match k.as_str() {
            Some("generation") if g.is_none() => g = Some(v.clone()),
            Some("generation") => {
                return Err(vm.type_error(format!(
                    "argument for {fname}() given by name ('generation') and position (1)"
                )))
            }
            Some(other) => {
                return Err(vm.type_error(format!(
                    "{fname}() got an unexpected keyword argument '{other}'"
                )))
            }
            None => return Err(vm.type_error("keywords must be strings")),
        }
    }
    Ok(g)
}

fn gc_collect(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let g = match generation_arg(vm, args, kw, "collect")? {
        Some(v) => vm.index_i64(&v)?,
        None => 2,
    };
    if !(0..=2).contains(&g) {
        return Err(vm.value_error("invalid generation"));
    }
    vm.run_pending();
    let n = vm.gc_run(g as usize);
    // Finalisers of what was freed run now, as CPython runs them inside collect().
    crate::finalize::set_pending();
    vm.run_pending();
    Ok(Value::Int(n as i64))
}

fn gc_enable(_vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    gc::set_enabled(true);
    Ok(Value::None)
}

fn gc_disable(_vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    gc::set_enabled(false);
    Ok(Value::None)
}

fn gc_isenabled(_vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::Bool(gc::is_enabled()))
}

fn int_tuple(vm: &mut Vm, v: [usize; 3]) -> Value {
    vm.new_tuple(v.iter().map(|&n| Value::Int(n as i64)).collect())
}

fn gc_get_threshold(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(int_tuple(vm, gc::threshold()))
}

fn gc_set_threshold(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("set_threshold() takes no keyword arguments"));
    }
    if args.is_empty() || args.len() > 3 {
        let n = args.len();
        let what = if n == 0 { "at least" } else { "at most" };
        let want = if n == 0 { 1 } else { 3 };
        return Err(vm.type_error(format!(
            "set_threshold() takes {what} {want} argument{} ({n} given)",
            if want == 1 { "" } else { "s" }
        )));
    }
    let mut t = gc::threshold();
    for (i, a) in args.iter().enumerate() {
        let v = match a {
            Value::Float(_) => {
                return Err(vm.type_error("'float' object cannot be interpreted as an integer"))
            }
            _ => vm.index_i64(a)?,
        };
        t[i] = v.max(0) as usize;
    }
    gc::set_threshold(t);
    Ok(Value::None)
}

fn gc_get_count(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(int_tuple(vm, gc::count()))
}

fn gc_get_stats(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let mut out = Vec::new();
    for (collections, collected) in gc::stats() {
        let d = vm.new_dict();
        vm.dict_set_str(&d, "collections", Value::Int(collections as i64));
        vm.dict_set_str(&d, "collected", Value::Int(collected as i64));
        vm.dict_set_str(&d, "uncollectable", Value::Int(0));
        out.push(Value::Obj(d));
    }
    Ok(vm.new_list(out))
}

fn gc_get_objects(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let g = match generation_arg(vm, args, kw, "get_objects")? {
        None | Some(Value::None) => None,
        Some(v) => {
            let g = vm.index_i64(&v)?;
            if g == -1 {
                // CPython 3.11 takes -1 as "every generation" too.
                return Ok(vm.new_list(gc::objects(None).into_iter().map(Value::Obj).collect()));
            }
            if g >= 3 {
                return Err(vm.value_error(
                    "generation parameter must be less than the number of available generations (3)",
                ));
            }
            if g < 0 {
                return Err(vm.value_error("generation parameter cannot be negative"));
            }
            Some(g as usize)
        }
    };
    let objs = gc::objects(g).into_iter().map(Value::Obj).collect();
    Ok(vm.new_list(objs))
}

/// The objects `o` refers to, as `gc.get_referents` lists them. Instances of classes
/// defined in Python follow CPython's `subtype_traverse`: `__slots__` values, the dict (or
/// inline values), the class, then what the built-in base holds (an exception's base visits
/// its dict itself, first).
fn referents_of(o: &ObjRef, out: &mut Vec<Value>) {
    let mut push = |v: &Value| {
        if let Value::Obj(_) = v {
            out.push(v.clone());
        }
    };
    let cls = o.class_opt();
    let heap = cls
        .as_ref()
        .and_then(|c| crate::types::tdata(c))
        .is_some_and(|d| d.has_flag(crate::types::FLAG_HEAPTYPE));
    if !heap {
        gc::visit_contents(o, &mut push);
        return;
    }
    if let Payload::Slotted(_) = &o.payload {
        o.payload.traverse(&mut push);
    }
    crate::slots::visit_side(o, &mut push);
    let exc = matches!(o.payload, Payload::Exception(_));
    if !exc {
        if let Some(d) = o.dict.get() {
            push(&Value::Obj(d));
        }
    }
    if let Payload::Instance(_) = &o.payload {
        o.payload.traverse(&mut push);
    }
    if let Some(c) = cls {
        push(&Value::Obj(c));
    }
    if exc {
        if let Some(d) = o.dict.get() {
            push(&Value::Obj(d));
        }
    }
    if !matches!(o.payload, Payload::Instance(_) | Payload::Slotted(_)) {
        o.payload.traverse(&mut push);
    }
}

fn gc_get_referents(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let mut out = Vec::new();
    for a in args {
        if let Value::Obj(o) = a {
            if gc_type(o) {
                referents_of(o, &mut out);
            }
        }
    }
    Ok(vm.new_list(out))
}

fn gc_get_referrers(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let targets: Vec<usize> = args
        .iter()
        .filter_map(|a| a.as_obj().map(|o| o.id()))
        .collect();
    let mut out = Vec::new();
    let mut buf = Vec::new();
    for o in gc::objects(None) {
        buf.clear();
        referents_of(&o, &mut buf);
        if let Some(c) = o.class_opt() {
            buf.push(Value::Obj(c));
        }
        if buf
            .iter()
            .any(|v| v.as_obj().is_some_and(|x| targets.contains(&x.id())))
        {
            out.push(Value::Obj(o));
        }
    }
    Ok(vm.new_list(out))
}

/// Whether CPython's collector would know the object's type at all (its atomic types: numbers,
/// strings, bytes, ranges, None... are not; instances of their subclasses with a dict are).
fn gc_type(o: &Object) -> bool {
    let atomic = matches!(
        o.payload,
        Payload::Int(_)
            | Payload::Float(_)
            | Payload::Complex(..)
            | Payload::Str(_)
            | Payload::Bytes(_)
            | Payload::ByteArray(_)
            | Payload::Range(_)
            | Payload::Slice(..)
            | Payload::NotImplemented
            | Payload::Ellipsis
    );
    !atomic || o.dict.is_some()
}

/// `gc.is_tracked`: CPython's answer. Dicts are tracked only while they hold something
/// trackable; a tuple stops being tracked once a collection found only atomic items in it.
fn tracked(v: &Value, depth: u32) -> bool {
    let Value::Obj(o) = v else { return false };
    if !gc_type(o) {
        return false;
    }
    if o.dict.is_some() || matches!(o.payload, Payload::Instance(_)) {
        return true;
    }
    match &o.payload {
        Payload::Dict(d) if depth < 8 => d
            .try_borrow()
            .map(|d| {
                d.iter()
                    .any(|e| tracked(&e.key, depth + 1) || tracked(&e.value, depth + 1))
            })
            .unwrap_or(true),
        Payload::Tuple(_) => gc::registered(o),
        _ => true,
    }
}

fn gc_is_tracked(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    one_arg(vm, args, "is_tracked")?;
    Ok(Value::Bool(tracked(&args[0], 0)))
}

fn gc_is_finalized(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    one_arg(vm, args, "is_finalized")?;
    Ok(Value::Bool(
        args[0].as_obj().is_some_and(crate::finalize::is_finalized),
    ))
}

fn one_arg(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<()> {
    if args.len() != 1 {
        return Err(vm.type_error(format!(
            "{name}() takes exactly one argument ({} given)",
            args.len()
        )));
    }
    Ok(())
}

fn gc_freeze(_vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    gc::freeze();
    Ok(Value::None)
}

fn gc_unfreeze(_vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    gc::unfreeze();
    Ok(Value::None)
}

fn gc_get_freeze_count(_vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::Int(gc::freeze_count() as i64))
}

fn gc_set_debug(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    one_arg(vm, args, "set_debug")?;
    let f = vm.index_i64(&args[0])?;
    DEBUG.with(|d| d.set(f));
    Ok(Value::None)
}

fn gc_get_debug(_vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::Int(DEBUG.with(|d| d.get())))
}

/// Creates the `gc` module.
pub fn gc_module(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("gc");
    let fs: &[(&'static str, NativeFn)] = &[
        ("collect", gc_collect),
        ("enable", gc_enable),
        ("disable", gc_disable),
        ("isenabled", gc_isenabled),
        ("get_threshold", gc_get_threshold),
        ("set_threshold", gc_set_threshold),
        ("get_count", gc_get_count),
        ("get_stats", gc_get_stats),
        ("get_objects", gc_get_objects),
        ("get_referents", gc_get_referents),
        ("get_referrers", gc_get_referrers),
        ("is_tracked", gc_is_tracked),
        ("is_finalized", gc_is_finalized),
        ("freeze", gc_freeze),
        ("unfreeze", gc_unfreeze),
        ("get_freeze_count", gc_get_freeze_count),
        ("set_debug", gc_set_debug),
        ("get_debug", gc_get_debug),
    ];
    for (n, f) in fs {
        let fv = crate::weakref::func(vm, n, *f);
        vm.module_set(&m, n, fv);
    }
    for (n, v) in [
        ("DEBUG_STATS", DEBUG_STATS),
        ("DEBUG_COLLECTABLE", DEBUG_COLLECTABLE),
        ("DEBUG_UNCOLLECTABLE", DEBUG_UNCOLLECTABLE),
        ("DEBUG_SAVEALL", DEBUG_SAVEALL),
        ("DEBUG_LEAK", DEBUG_LEAK),
    ] {
        vm.module_set(&m, n, Value::Int(v));
    }
    let lists = LISTS.with(|l| l.borrow().clone());
    let (cb, garbage) = match lists {
        Some(l) => l,
        None => {
            let cb = vm.new_list(Vec::new());
            let g = vm.new_list(Vec::new());
            let (Value::Obj(cb), Value::Obj(g)) = (cb, g) else {
                return Err(vm.runtime_error("gc: list creation failed"));
            };
            LISTS.with(|l| *l.borrow_mut() = Some((cb.clone(), g.clone())));
            (cb, g)
        }
    };
    vm.module_set(&m, "garbage", Value::Obj(garbage));
    vm.module_set(&m, "callbacks", Value::Obj(cb));
    Ok(m)
}
