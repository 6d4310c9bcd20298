//! The `itertools` module (CPython 3.11): every iterator is a lazy native object of its
//! own class (`itertools.count`, `itertools.chain`, ...) whose state lives in an
//! `ItState` variant; `__next__` borrows that state only between calls into Python code.
//! Reprs follow CPython: `count(5, 2)` and `repeat('a', 3)`, the default repr for the rest.
//! Constructor argument errors use CPython's texts. The combinatoric iterators, `tee` and
//! `groupby` live in `itertools_more.rs`.

use crate::itertools_more as more;
use crate::util::{add_methods, native_mut, new_class, pos_args, set_new, Sig};
use kaa_vm::object::{NativeData, NativeFn, ObjRef};
use kaa_vm::objects::num::as_int;
use kaa_vm::types;
use kaa_vm::{PyErr, PyResult, Value, Vm};
use std::any::Any;

/// The state of one itertools iterator.
pub enum ItState {
    Count {
        cur: Value,
        step: Value,
    },
    Repeat {
        obj: Value,
        remaining: Option<i64>,
    },
    Cycle {
        it: Option<Value>,
        saved: Vec<Value>,
        idx: usize,
    },
    Accumulate {
        it: Value,
        func: Value,
        total: Option<Value>,
        initial: Option<Value>,
    },
    Chain {
        source: Option<Value>,
        active: Option<Value>,
    },
    Compress {
        data: Value,
        sel: Value,
    },
    DropWhile {
        pred: Value,
        it: Value,
        dropping: bool,
    },
    TakeWhile {
        pred: Value,
        it: Value,
        stopped: bool,
    },
    FilterFalse {
        pred: Value,
        it: Value,
    },
    ISlice {
        it: Option<Value>,
        next: i64,
        stop: Option<i64>,
        step: i64,
        cnt: i64,
    },
    Pairwise {
        it: Option<Value>,
        old: Option<Value>,
    },
    StarMap {
        func: Value,
        it: Value,
    },
    ZipLongest {
        its: Vec<Option<Value>>,
        active: usize,
        fill: Value,
    },
    More(more::MoreState),
}

impl NativeData for ItState {
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn Any {
        self
    }
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        let opt = |v: &Option<Value>, visit: &mut dyn FnMut(&Value)| {
            if let Some(v) = v {
                visit(v)
            }
        };
        match self {
            ItState::Count { cur, step } => {
                visit(cur);
                visit(step);
            }
            ItState::Repeat { obj, .. } => visit(obj),
            ItState::Cycle { it, saved, .. } => {
                opt(it, visit);
                saved.iter().for_each(&mut *visit);
            }
            ItState::Accumulate {
                it,
                func,
                total,
                initial,
            } => {
                visit(it);
                visit(func);
                opt(total, visit);
                opt(initial, visit);
            }
            ItState::Chain { source, active } => {
                opt(source, visit);
                opt(active, visit);
            }
            ItState::Compress { data, sel } => {
                visit(data);
                visit(sel);
            }
            ItState::DropWhile { pred, it, .. }
            | ItState::TakeWhile { pred, it, .. }
            | ItState::FilterFalse { pred, it } => {
                visit(pred);
                visit(it);
            }
            ItState::ISlice { it, .. } => opt(it, visit),
            ItState::Pairwise { it, old } => {
                opt(it, visit);
                opt(old, visit);
            }
            ItState::StarMap { func, it } => {
                visit(func);
                visit(it);
            }
            ItState::ZipLongest { its, fill, .. } => {
                its.iter().for_each(|i| opt(i, visit));
                visit(fill);
            }
            ItState::More(m) => m.traverse(visit),
        }
    }
}

/// Runs `f` on the state of `this` (never across a call into Python code).
pub fn with<R>(vm: &mut Vm, this: &Value, f: impl FnOnce(&mut ItState) -> R) -> PyResult<R> {
    let mut s = native_mut::<ItState>(vm, this, "itertools object")?;
    Ok(f(&mut s))
}

pub fn stop(vm: &mut Vm) -> PyErr {
    vm.stop_iteration(Value::None)
}

pub fn bad_state(vm: &mut Vm) -> PyErr {
    vm.type_error("invalid itertools object state")
}

/// A new instance of `cls` with the given state.
pub fn make(vm: &mut Vm, cls: &ObjRef, st: ItState) -> Value {
    crate::util::new_native(vm, cls, Box::new(st))
}

fn no_kw(vm: &mut Vm, name: &str, kw: &[(Value, Value)]) -> PyResult<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!("{name}() takes no keyword arguments")))
    }
}

// ---- count ------------------------------------------------------------------------------------

const COUNT: Sig = Sig {
    name: "count",
    params: &["start", "step"],
    max_pos: 2,
    required: 0,
    pos_only: 0,
};

fn is_number(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::Float(_) | Value::Bool(_) => true,
        _ => {
            let tp = vm.type_of(v);
            ["__index__", "__int__", "__float__", "__complex__"]
                .iter()
                .any(|n| types::lookup(&tp, n).is_some())
        }
    }
}

fn count_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cls = crate::util::cls_arg(vm, args)?;
    let p = COUNT.bind(vm, &args[1..], kw)?;
    let cur = p[0].clone().unwrap_or(Value::Int(0));
    let step = p[1].clone().unwrap_or(Value::Int(1));
    if !is_number(vm, &cur) || !is_number(vm, &step) {
        return Err(vm.type_error("a number is required"));
    }
    Ok(make(vm, &cls, ItState::Count { cur, step }))
}

fn count_next(vm: &mut Vm, this: &Value) -> PyResult<Value> {
    let (cur, step) = with(vm, this, |s| match s {
        ItState::Count { cur, step } => Some((cur.clone(), step.clone())),
        _ => None,
    })?
    .ok_or_else(|| bad_state(vm))?;
    let nxt = match (&cur, &step) {
        (Value::Int(a), Value::Int(b)) if a.checked_add(*b).is_some() => Value::Int(a + b),
        _ => vm.binary_add(&cur, &step)?,
    };
    with(vm, this, |s| {
        if let ItState::Count { cur, .. } = s {
            *cur = nxt;
        }
    })?;
    Ok(cur)
}

fn count_repr(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (cur, step) = with(vm, &args[0], |s| match s {
        ItState::Count { cur, step } => Some((cur.clone(), step.clone())),
        _ => None,
    })?
    .ok_or_else(|| bad_state(vm))?;
    let name = type_name_of(vm, &args[0]);
    let c = vm.repr_string(&cur)?;
    let step_is_one = matches!(step, Value::Int(1)) && as_int(&step).is_some();
    if step_is_one {
        return Ok(vm.new_string(format!("{name}({c})")));
    }
    let s = vm.repr_string(&step)?;
    Ok(vm.new_string(format!("{name}({c}, {s})")))
}

fn type_name_of(vm: &Vm, v: &Value) -> String {
    types::type_name(&vm.type_of(v))
}

// ---- repeat -----------------------------------------------------------------------------------

const REPEAT: Sig = Sig {
    name: "repeat",
    params: &["object", "times"],
    max_pos: 2,
    required: 1,
    pos_only: 0,
};

fn repeat_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cls = crate::util::cls_arg(vm, args)?;
    let p = REPEAT.bind(vm, &args[1..], kw)?;
    let obj = p[0].clone().unwrap_or(Value::None);
    let remaining = match &p[1] {
        Some(t) => Some(vm.index_i64(t)?.max(0)),
        None => None,
    };
    Ok(make(vm, &cls, ItState::Repeat { obj, remaining }))
}

fn repeat_next(vm: &mut Vm, this: &Value) -> PyResult<Value> {
    let r = with(vm, this, |s| match s {
        ItState::Repeat { obj, remaining } => match remaining {
            None => Some(obj.clone()),
            Some(0) => None,
            Some(n) => {
                *n -= 1;
                Some(obj.clone())
            }
        },
        _ => None,
    })?;
    r.ok_or_else(|| stop(vm))
}

fn repeat_repr(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (obj, rem) = with(vm, &args[0], |s| match s {
        ItState::Repeat { obj, remaining } => Some((obj.clone(), *remaining)),
        _ => None,
    })?
    .ok_or_else(|| bad_state(vm))?;
    let name = type_name_of(vm, &args[0]);
    let o = vm.repr_string(&obj)?;
    Ok(vm.new_string(match rem {
        Some(n) => format!("{name}({o}, {n})"),
        None => format!("{name}({o})"),
    }))
}

fn repeat_length_hint(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let rem = with(vm, &args[0], |s| match s {
        ItState::Repeat { remaining, .. } => *remaining,
        _ => None,
    })?;
    match rem {
        Some(n) => Ok(Value::Int(n)),
        None => Err(vm.type_error("len() of unsized object")),
    }
}

// ---- cycle, accumulate, chain, compress ----------------------------------------------------

fn cycle_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cls = crate::util::cls_arg(vm, args)?;
    let a = pos_args(vm, "cycle", "cycle", &args[1..], kw, 1, 1)?;
    let it = vm.iter(&a[0])?;
    Ok(make(
        vm,
        &cls,
        ItState::Cycle {
            it: Some(it),
            saved: Vec::new(),
            idx: 0,
        },
    ))
}

fn cycle_next(vm: &mut Vm, this: &Value) -> PyResult<Value> {
    let it = with(vm, this, |s| match s {
        ItState::Cycle { it, .. } => it.clone(),
        _ => None,
    })?;
    if let Some(it) = it {
        match vm.next(&it)? {
            Some(v) => {
                with(vm, this, |s| {
                    if let ItState::Cycle { saved, .. } = s {
                        saved.push(v.clone());
                    }
                })?;
                return Ok(v);
            }
            None => with(vm, this, |s| {
                if let ItState::Cycle { it, .. } = s {
                    *it = None;
                }
            })?,
        }
    }
    let r = with(vm, this, |s| match s {
        ItState::Cycle { saved, idx, .. } if !saved.is_empty() => {
            let v = saved[*idx % saved.len()].clone();
            *idx = (*idx + 1) % saved.len();
            Some(v)
        }
        _ => None,
    })?;
    r.ok_or_else(|| stop(vm))
}

const ACCUMULATE: Sig = Sig {
    name: "accumulate",
    params: &["iterable", "func", "initial"],
    max_pos: 2,
    required: 1,
    pos_only: 0,
};

fn accumulate_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cls = crate::util::cls_arg(vm, args)?;
    let p = ACCUMULATE.bind(vm, &args[1..], kw)?;
    let it = vm.iter(p[0].as_ref().unwrap_or(&Value::None))?;
    let func = p[1].clone().unwrap_or(Value::None);
    let initial = p[2].clone().filter(|v| !v.is_none());
    Ok(make(
        vm,
        &cls,
        ItState::Accumulate {
            it,
            func,
            total: None,
            initial,
        },
    ))
}

fn accumulate_next(vm: &mut Vm, this: &Value) -> PyResult<Value> {
    let st = with(vm, this, |s| match s {
        ItState::Accumulate {
            it,
            func,
            total,
            initial,
        } => {
            if let Some(i) = initial.take() {
                *total = Some(i.clone());
                return Ok(i);
            }
            Err((it.clone(), func.clone(), total.clone()))
        }
        _ => Err((Value::None, Value::None, None)),
    })?;
    let (it, func, total) = match st {
        Ok(v) => return Ok(v),
        Err(x) => x,
    };
    let Some(v) = vm.next(&it)? else {
        return Err(stop(vm));
    };
    let nt = match total {
        None => v,
        Some(t) if func.is_none() => vm.binary_add(&t, &v)?,
        Some(t) => vm.call(&func, &[t, v])?,
    };
    with(vm, this, |s| {
        if let ItState::Accumulate { total, .. } = s {
            *total = Some(nt.clone());
        }
    })?;
    Ok(nt)
}

fn chain_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cls = crate::util::cls_arg(vm, args)?;
    no_kw(vm, "chain", kw)?;
    let t = vm.new_tuple(args[1..].to_vec());
    let source = vm.iter(&t)?;
    Ok(make(
        vm,
        &cls,
        ItState::Chain {
            source: Some(source),
            active: None,
        },
    ))
}

fn chain_from_iterable(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cls = crate::util::cls_arg(vm, args)?;
    let a = pos_args(
        vm,
        "from_iterable",
        "chain.from_iterable",
        &args[1..],
        kw,
        1,
        1,
    )?;
    let source = vm.iter(&a[0])?;
    Ok(make(
        vm,
        &cls,
        ItState::Chain {
            source: Some(source),
            active: None,
        },
    ))
}

fn chain_next(vm: &mut Vm, this: &Value) -> PyResult<Value> {
    loop {
        let (source, active) = with(vm, this, |s| match s {
            ItState::Chain { source, active } => (source.clone(), active.clone()),
            _ => (None, None),
        })?;
        if let Some(a) = active {
            if let Some(v) = vm.next(&a)? {
                return Ok(v);
            }
            with(vm, this, |s| {
                if let ItState::Chain { active, .. } = s {
                    *active = None;
                }
            })?;
            continue;
        }
        let Some(src) = source else {
            return Err(stop(vm));
        };
        match vm.next(&src)? {
            Some(iterable) => {
                let it = vm.iter(&iterable)?;
                with(vm, this, |s| {
                    if let ItState::Chain { active, .. } = s {
                        *active = Some(it);
                    }
                })?;
            }
            None => {
                with(vm, this, |s| {
                    if let ItState::Chain { source, .. } = s {
                        *source = None;
                    }
                })?;
                return Err(stop(vm));
            }
        }
    }
}

const COMPRESS: Sig = Sig {
    name: "compress",
    params: &["data", "selectors"],
    max_pos: 2,
    required: 2,
    pos_only: 0,
};

fn compress_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cls = crate::util::cls_arg(vm, args)?;
    let p = COMPRESS.bind(vm, &args[1..], kw)?;
    let data = vm.iter(p[0].as_ref().unwrap_or(&Value::None))?;
    let sel = vm.iter(p[1].as_ref().unwrap_or(&Value::None))?;
    Ok(make(vm, &cls, ItState::Compress { data, sel }))
}

fn compress_next(vm: &mut Vm, this: &Value) -> PyResult<Value> {
    let (data, sel) = with(vm, this, |s| match s {
        ItState::Compress { data, sel } => Some((data.clone(), sel.clone())),
        _ => None,
    })?
    .ok_or_else(|| bad_state(vm))?;
    loop {
        let Some(d) = vm.next(&data)? else {
            return Err(stop(vm));
        };
        let Some(s) = vm.next(&sel)? else {
            return Err(stop(vm));
        };
        if vm.truthy(&s)? {
            return Ok(d);
        }
    }
}

// ---- predicate iterators -------------------------------------------------------------------

fn pred_args(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<(ObjRef, Value, Value)> {
    let cls = crate::util::cls_arg(vm, args)?;
    let a = pos_args(vm, name, name, &args[1..], kw, 2, 2)?;
    let it = vm.iter(&a[1])?;
    Ok((cls, a[0].clone(), it))
}

fn dropwhile_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (cls, pred, it) = pred_args(vm, "dropwhile", args, kw)?;
    Ok(make(
        vm,
        &cls,
        ItState::DropWhile {
            pred,
            it,
            dropping: true,
        },
    ))
}

fn takewhile_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (cls, pred, it) = pred_args(vm, "takewhile", args, kw)?;
    Ok(make(
        vm,
        &cls,
        ItState::TakeWhile {
            pred,
            it,
            stopped: false,
        },
    ))
}

fn filterfalse_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (cls, pred, it) = pred_args(vm, "filterfalse", args, kw)?;
    Ok(make(vm, &cls, ItState::FilterFalse { pred, it }))
}

fn starmap_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (cls, func, it) = pred_args(vm, "starmap", args, kw)?;
    Ok(make(vm, &cls, ItState::StarMap { func, it }))
}

fn dropwhile_next(vm: &mut Vm, this: &Value) -> PyResult<Value> {
    let (pred, it, dropping) = with(vm, this, |s| match s {
        ItState::DropWhile { pred, it, dropping } => Some((pred.clone(), it.clone(), *dropping)),
        _ => None,
    })?
    .ok_or_else(|| bad_state(vm))?;
    loop {
        let Some(v) = vm.next(&it)? else {
            return Err(stop(vm));
        };
        if !dropping {
            return Ok(v);
        }
        let r = vm.call(&pred, std::slice::from_ref(&v))?;
        if !vm.truthy(&r)? {
            with(vm, this, |s| {
                if let ItState::DropWhile { dropping, .. } = s {
                    *dropping = false;
                }
            })?;
            return Ok(v);
        }
    }
}

fn takewhile_next(vm: &mut Vm, this: &Value) -> PyResult<Value> {
    let (pred, it, stopped) = with(vm, this, |s| match s {
        ItState::TakeWhile { pred, it, stopped } => Some((pred.clone(), it.clone(), *stopped)),
        _ => None,
    })?
    .ok_or_else(|| bad_state(vm))?;
    if stopped {
        return Err(stop(vm));
    }
    let Some(v) = vm.next(&it)? else {
        return Err(stop(vm));
    };
    let r = vm.call(&pred, std::slice::from_ref(&v))?;
    if vm.truthy(&r)? {
        return Ok(v);
    }
    with(vm, this, |s| {
        if let ItState::TakeWhile { stopped, .. } = s {
            *stopped = true;
        }
    })?;
    Err(stop(vm))
}

fn filterfalse_next(vm: &mut Vm, this: &Value) -> PyResult<Value> {
    let (pred, it) = with(vm, this, |s| match s {
        ItState::FilterFalse { pred, it } => Some((pred.clone(), it.clone())),
        _ => None,
    })?
    .ok_or_else(|| bad_state(vm))?;
    loop {
        let Some(v) = vm.next(&it)? else {
            return Err(stop(vm));
        };
        let keep = if pred.is_none() {
            !vm.truthy(&v)?
        } else {
            let r = vm.call(&pred, std::slice::from_ref(&v))?;
            !vm.truthy(&r)?
        };
        if keep {
            return Ok(v);
        }
    }
}

fn starmap_next(vm: &mut Vm, this: &Value) -> PyResult<Value> {
    let (func, it) = with(vm, this, |s| match s {
        ItState::StarMap { func, it } => Some((func.clone(), it.clone())),
        _ => None,
    })?
    .ok_or_else(|| bad_state(vm))?;
    let Some(v) = vm.next(&it)? else {
        return Err(stop(vm));
    };
    let a = vm.iterate(&v)?;
    vm.call(&func, &a)
}

// ---- islice, pairwise, zip_longest -------------------------------------------------------

fn islice_index(vm: &mut Vm, v: &Value, msg: &str) -> PyResult<Option<i64>> {
    if v.is_none() {
        return Ok(None);
    }
    let tp = vm.type_of(v);
    if as_int(v).is_none() && types::lookup(&tp, "__index__").is_none() {
        return Err(vm.value_error(msg.to_string()));
    }
    match vm.index_i64(v) {
        Ok(n) if n >= 0 => Ok(Some(n)),
        Ok(_) => Err(vm.value_error(msg.to_string())),
        Err(e) if vm.exc_matches(&e, &vm.types.overflow_error.clone()) => {
            Err(vm.value_error(msg.to_string()))
        }
        Err(e) => Err(e),
    }
}

const STOP_MSG: &str =
    "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
const INDEX_MSG: &str = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

fn islice_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cls = crate::util::cls_arg(vm, args)?;
    no_kw(vm, "islice", kw)?;
    let a = pos_args(vm, "islice", "islice", &args[1..], &[], 2, 4)?;
    let (start, stop, step) = if a.len() == 2 {
        (0, islice_index(vm, &a[1], STOP_MSG)?, 1)
    } else {
        let start = islice_index(vm, &a[1], INDEX_MSG)?;
        let stop = islice_index(vm, &a[2], STOP_MSG)?;
        let step = match a.get(3) {
            Some(s) if !s.is_none() => {
                let r = islice_index(
                    vm,
                    s,
                    "Step for islice() must be a positive integer or None.",
                );
                match r {
                    Ok(Some(n)) if n > 0 => n,
                    Ok(_) => {
                        return Err(
                            vm.value_error("Step for islice() must be a positive integer or None.")
                        )
                    }
                    Err(e) => return Err(e),
                }
            }
            _ => 1,
        };
        (start.unwrap_or(0), stop, step)
    };
    let it = vm.iter(&a[0])?;
    Ok(make(
        vm,
        &cls,
        ItState::ISlice {
            it: Some(it),
            next: start,
            stop,
            step,
            cnt: 0,
        },
    ))
}

fn islice_next(vm: &mut Vm, this: &Value) -> PyResult<Value> {
    let (it, next, stop_at) = with(vm, this, |s| match s {
        ItState::ISlice { it, next, stop, .. } => (it.clone(), *next, *stop),
        _ => (None, 0, None),
    })?;
    let Some(it) = it else {
        return Err(stop(vm));
    };
    let clear = |vm: &mut Vm| -> PyResult<PyErr> {
        with(vm, this, |s| {
            if let ItState::ISlice { it, .. } = s {
                *it = None;
            }
        })?;
        Ok(stop(vm))
    };
    loop {
        let cnt = with(vm, this, |s| match s {
            ItState::ISlice { cnt, .. } => *cnt,
            _ => 0,
        })?;
        if cnt >= next {
            break;
        }
        if vm.next(&it)?.is_none() {
            return Err(clear(vm)?);
        }
        with(vm, this, |s| {
            if let ItState::ISlice { cnt, .. } = s {
                *cnt += 1;
            }
        })?;
    }
    let cnt = with(vm, this, |s| match s {
        ItState::ISlice { cnt, .. } => *cnt,
        _ => 0,
    })?;
    if stop_at.is_some_and(|s| cnt >= s) {
        return Err(clear(vm)?);
    }
    let Some(v) = vm.next(&it)? else {
        return Err(clear(vm)?);
    };
    with(vm, this, |s| {
        if let ItState::ISlice {
            cnt,
            next,
            stop,
            step,
            ..
        } = s
        {
            *cnt += 1;
            let n = next.saturating_add(*step);
            *next = match stop {
                Some(st) if n > *st => *st,
                _ => n,
            };
        }
    })?;
    Ok(v)
}

fn pairwise_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cls = crate::util::cls_arg(vm, args)?;
    let a = pos_args(vm, "pairwise", "pairwise", &args[1..], kw, 1, 1)?;
    let it = vm.iter(&a[0])?;
    Ok(make(
        vm,
        &cls,
        ItState::Pairwise {
            it: Some(it),
            old: None,
        },
    ))
}

fn pairwise_next(vm: &mut Vm, this: &Value) -> PyResult<Value> {
    let (it, old) = with(vm, this, |s| match s {
        ItState::Pairwise { it, old } => (it.clone(), old.clone()),
        _ => (None, None),
    })?;
    let Some(it) = it else {
        return Err(stop(vm));
    };
    let finish = |vm: &mut Vm| -> PyResult<PyErr> {
        with(vm, this, |s| {
            if let ItState::Pairwise { it, old } = s {
                *it = None;
                *old = None;
            }
        })?;
        Ok(stop(vm))
    };
    let old = match old {
        Some(o) => o,
        None => match vm.next(&it)? {
            Some(o) => o,
            None => return Err(finish(vm)?),
        },
    };
    let Some(new) = vm.next(&it)? else {
        return Err(finish(vm)?);
    };
    with(vm, this, |s| {
        if let ItState::Pairwise { old: o, .. } = s {
            *o = Some(new.clone());
        }
    })?;
    Ok(vm.new_pair(old, new))
}

fn zip_longest_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cls = crate::util::cls_arg(vm, args)?;
    let mut fill = Value::None;
    for (k, v) in kw {
        if k.as_str() == Some("fillvalue") {
            fill = v.clone();
        } else {
            return Err(vm.type_error("zip_longest() got an unexpected keyword argument"));
        }
    }
    let mut its = Vec::new();
    for a in &args[1..] {
        its.push(Some(vm.iter(a)?));
    }
    let active = its.len();
    Ok(make(vm, &cls, ItState::ZipLongest { its, active, fill }))
}

fn zip_longest_next(vm: &mut Vm, this: &Value) -> PyResult<Value> {
    let (its, active, fill) = with(vm, this, |s| match s {
        ItState::ZipLongest { its, active, fill } => (its.clone(), *active, fill.clone()),
        _ => (Vec::new(), 0, Value::None),
    })?;
    if its.is_empty() || active == 0 {
        return Err(stop(vm));
    }
    let mut out = Vec::with_capacity(its.len());
    let mut active = active;
    for (i, it) in its.iter().enumerate() {
        let Some(it) = it else {
            out.push(fill.clone());
            continue;
        };
        match vm.next(it)? {
            Some(v) => out.push(v),
            None => {
                active -= 1;
                with(vm, this, |s| {
                    if let ItState::ZipLongest { its, active: a, .. } = s {
                        its[i] = None;
                        *a = active;
                    }
                })?;
                if active == 0 {
                    return Err(stop(vm));
                }
                out.push(fill.clone());
            }
        }
    }
    Ok(vm.new_tuple(out))
}

// ---- registration -----------------------------------------------------------------------------

fn it_iter(_vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(args[0].clone())
}

macro_rules! next_fns {
    ($($wrapper:ident => $f:path;)*) => {
        $(fn $wrapper(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
            $f(vm, &args[0])
        })*
    };
}

next_fns! {
    n_count => count_next;
    n_repeat => repeat_next;
    n_cycle => cycle_next;
    n_accumulate => accumulate_next;
    n_chain => chain_next;
    n_compress => compress_next;
    n_dropwhile => dropwhile_next;
    n_takewhile => takewhile_next;
    n_filterfalse => filterfalse_next;
    n_islice => islice_next;
    n_pairwise => pairwise_next;
    n_starmap => starmap_next;
    n_zip_longest => zip_longest_next;
}

/// Creates an iterator class `itertools.NAME` with the given constructor and `__next__`.
pub fn iter_class(
    vm: &mut Vm,
    m: &ObjRef,
    name: &'static str,
    new: NativeFn,
    next: NativeFn,
) -> ObjRef {
    let t = new_class(vm, "itertools", name, true);
    set_new(vm, &t, new);
    add_methods(vm, &t, &[("__iter__", it_iter), ("__next__", next)]);
    vm.module_set(m, name, Value::Obj(t.clone()));
    t
}

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("itertools");
    let classes: &[(&'static str, NativeFn, NativeFn)] = &[
        ("count", count_new, n_count),
        ("repeat", repeat_new, n_repeat),
        ("cycle", cycle_new, n_cycle),
        ("accumulate", accumulate_new, n_accumulate),
        ("chain", chain_new, n_chain),
        ("compress", compress_new, n_compress),
        ("dropwhile", dropwhile_new, n_dropwhile),
        ("takewhile", takewhile_new, n_takewhile),
        ("filterfalse", filterfalse_new, n_filterfalse),
        ("islice", islice_new, n_islice),
        ("pairwise", pairwise_new, n_pairwise),
        ("starmap", starmap_new, n_starmap),
        ("zip_longest", zip_longest_new, n_zip_longest),
    ];
    for (name, new, next) in classes {
        let t = iter_class(vm, &m, name, *new, *next);
        match *name {
            "count" => vm.add_method(&t, "__repr__", count_repr),
            "repeat" => {
                vm.add_method(&t, "__repr__", repeat_repr);
                vm.add_method(&t, "__length_hint__", repeat_length_hint);
            }
            "chain" => vm.add_classmethod(&t, "from_iterable", chain_from_iterable),
            _ => {}
        }
    }
    more::init(vm, &m);
    Ok(m)
}
