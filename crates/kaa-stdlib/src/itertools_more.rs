//! The rest of `itertools` (CPython 3.11): the combinatoric iterators (`product`,
//! `permutations`, `combinations`, `combinations_with_replacement`, lexicographic in the
//! input's order as documented), `groupby` with its `_grouper` sub-iterators (a grouper
//! stops once its parent moves on), and `tee`, whose iterators share one buffer that drops
//! items every live iterator has passed.

use crate::itertools::{bad_state, iter_class, make, stop, with, ItState};
use crate::util::{pos_args, Sig, VmLocal};
use kaa_vm::object::{ObjRef, Payload};
use kaa_vm::{PyResult, Value, Vm};
use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    First,
    Running,
    Done,
}

pub enum MoreState {
    Product {
        pools: Vec<Vec<Value>>,
        indices: Vec<usize>,
        phase: Phase,
    },
    Permutations {
        pool: Vec<Value>,
        indices: Vec<usize>,
        cycles: Vec<usize>,
        r: usize,
        phase: Phase,
    },
    Combinations {
        pool: Vec<Value>,
        indices: Vec<usize>,
        r: usize,
        phase: Phase,
    },
    CombWR {
        pool: Vec<Value>,
        indices: Vec<usize>,
        r: usize,
        phase: Phase,
    },
    GroupBy(Box<GroupBy>),
    Grouper {
        parent: Value,
        tgtkey: Value,
        id: u64,
    },
    Tee(TeeHandle),
}

pub struct GroupBy {
    it: Value,
    key: Value,
    tgtkey: Option<Value>,
    currkey: Option<Value>,
    currvalue: Option<Value>,
    current: u64,
}

pub struct TeeData {
    it: Value,
    buf: VecDeque<Value>,
    /// Index (in the whole stream) of `buf[0]`.
    start: usize,
    /// Stream position of every tee iterator sharing this buffer (usize::MAX once dropped).
    pos: Vec<usize>,
    busy: bool,
}

pub struct TeeHandle {
    data: Rc<RefCell<TeeData>>,
    id: usize,
}

impl Drop for TeeHandle {
    fn drop(&mut self) {
        if let Ok(mut d) = self.data.try_borrow_mut() {
            if let Some(p) = d.pos.get_mut(self.id) {
                *p = usize::MAX;
            }
            trim(&mut d);
        }
    }
}

fn trim(d: &mut TeeData) {
    let min = d.pos.iter().copied().min().unwrap_or(usize::MAX);
    while d.start < min && !d.buf.is_empty() {
        d.buf.pop_front();
        d.start += 1;
    }
}

impl MoreState {
    pub fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        match self {
            MoreState::Product { pools, .. } => pools.iter().flatten().for_each(visit),
            MoreState::Permutations { pool, .. }
            | MoreState::Combinations { pool, .. }
            | MoreState::CombWR { pool, .. } => pool.iter().for_each(visit),
            MoreState::GroupBy(g) => {
                visit(&g.it);
                visit(&g.key);
                for v in [&g.tgtkey, &g.currkey, &g.currvalue].into_iter().flatten() {
                    visit(v);
                }
            }
            MoreState::Grouper { parent, tgtkey, .. } => {
                visit(parent);
                visit(tgtkey);
            }
            MoreState::Tee(h) => {
                if let Ok(d) = h.data.try_borrow() {
                    visit(&d.it);
                    d.buf.iter().for_each(visit);
                }
            }
        }
    }
}

fn more<R>(vm: &mut Vm, this: &Value, f: impl FnOnce(&mut MoreState) -> Option<R>) -> PyResult<R> {
    let r = with(vm, this, |s| match s {
        ItState::More(m) => f(m),
        _ => None,
    })?;
    r.ok_or_else(|| bad_state(vm))
}

fn r_arg(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    if kaa_vm::objects::num::as_int(v).is_none() {
        return Err(vm.type_error("Expected int as r"));
    }
    let r = vm.index_i64(v)?;
    if r < 0 {
        return Err(vm.value_error("r must be non-negative"));
    }
    Ok(r as usize)
}

// ---- product ----------------------------------------------------------------------------

fn product_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cls = crate::util::cls_arg(vm, args)?;
    let mut repeat = 1i64;
    for (k, v) in kw {
        match k.as_str() {
            Some("repeat") => repeat = vm.index_i64(v)?,
            other => {
                let n = other.unwrap_or("");
                return Err(vm.type_error(format!(
                    "'{n}' is an invalid keyword argument for product()"
                )));
            }
        }
    }
    if repeat < 0 {
        return Err(vm.value_error("repeat argument cannot be negative"));
    }
    let mut base = Vec::new();
    for a in &args[1..] {
        base.push(vm.iterate(a)?);
    }
    let mut pools = Vec::new();
    for _ in 0..repeat {
        pools.extend(base.iter().cloned());
    }
    let indices = vec![0; pools.len()];
    let st = MoreState::Product {
        pools,
        indices,
        phase: Phase::First,
    };
    Ok(make(vm, &cls, ItState::More(st)))
}

fn product_next(vm: &mut Vm, this: &Value) -> PyResult<Value> {
    let items = more(vm, this, |s| {
        let MoreState::Product {
            pools,
            indices,
            phase,
        } = s
        else {
            return None;
        };
        match *phase {
            Phase::Done => return Some(None),
            Phase::First => {
                *phase = Phase::Running;
                if pools.iter().any(|p| p.is_empty()) {
                    *phase = Phase::Done;
                    return Some(None);
                }
            }
            Phase::Running => {
                let mut i = pools.len();
                loop {
                    if i == 0 {
                        *phase = Phase::Done;
                        return Some(None);
                    }
                    i -= 1;
                    indices[i] += 1;
                    if indices[i] < pools[i].len() {
                        break;
                    }
                    indices[i] = 0;
                }
            }
        }
        Some(Some(
            indices
                .iter()
                .zip(pools.iter())
                .map(|(&i, p)| p[i].clone())
                .collect::<Vec<_>>(),
        ))
    })?;
    match items {
        Some(v) => Ok(vm.new_tuple(v)),
        None => Err(stop(vm)),
    }
}

// ---- permutations and combinations ---------------------------------------------------------

const PERMUTATIONS: Sig = Sig {
    name: "permutations",
    params: &["iterable", "r"],
    max_pos: 2,
    required: 1,
    pos_only: 0,
};

fn permutations_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cls = crate::util::cls_arg(vm, args)?;
    let p = PERMUTATIONS.bind(vm, &args[1..], kw)?;
    let pool = vm.iterate(p[0].as_ref().unwrap_or(&Value::None))?;
    let n = pool.len();
    let r = match &p[1] {
        Some(v) if !v.is_none() => r_arg(vm, v)?,
        _ => n,
    };
    let indices: Vec<usize> = (0..n).collect();
    let cycles: Vec<usize> = (0..r.min(n)).map(|i| n - i).collect();
    let phase = if r > n { Phase::Done } else { Phase::First };
    let st = MoreState::Permutations {
        pool,
        indices,
        cycles,
        r,
        phase,
    };
    Ok(make(vm, &cls, ItState::More(st)))
}

fn permutations_next(vm: &mut Vm, this: &Value) -> PyResult<Value> {
    let items = more(vm, this, |s| {
        let MoreState::Permutations {
            pool,
            indices,
            cycles,
            r,
            phase,
        } = s
        else {
            return None;
        };
        let r = *r;
        let n = pool.len();
        match *phase {
            Phase::Done => return Some(None),
            Phase::First => *phase = Phase::Running,
            Phase::Running => {
                if n == 0 {
                    *phase = Phase::Done;
                    return Some(None);
                }
                let mut advanced = false;
                for i in (0..r).rev() {
                    cycles[i] -= 1;
                    if cycles[i] == 0 {
                        let first = indices[i];
                        indices.remove(i);
                        indices.push(first);
                        cycles[i] = n - i;
                    } else {
                        let j = cycles[i];
                        indices.swap(i, n - j);
                        advanced = true;
                        break;
                    }
                }
                if !advanced {
                    *phase = Phase::Done;
                    return Some(None);
                }
            }
        }
        Some(Some(
            indices[..r]
                .iter()
                .map(|&i| pool[i].clone())
                .collect::<Vec<_>>(),
        ))
    })?;
    match items {
        Some(v) => Ok(vm.new_tuple(v)),
        None => Err(stop(vm)),
    }
}

fn comb_args(
    vm: &mut Vm,
    sig: &Sig,
    args: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<(ObjRef, Vec<Value>, usize)> {
    let cls = crate::util::cls_arg(vm, args)?;
    let p = sig.bind(vm, &args[1..], kw)?;
    let pool = vm.iterate(p[0].as_ref().unwrap_or(&Value::None))?;
    let r = r_arg(vm, p[1].as_ref().unwrap_or(&Value::None))?;
    Ok((cls, pool, r))
}

const COMBINATIONS: Sig = Sig {
    name: "combinations",
    params: &["iterable", "r"],
    max_pos: 2,
    required: 2,
    pos_only: 0,
};

const CWR: Sig = Sig {
    name: "combinations_with_replacement",
    params: &["iterable", "r"],
    max_pos: 2,
    required: 2,
    pos_only: 0,
};

fn combinations_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (cls, pool, r) = comb_args(vm, &COMBINATIONS, args, kw)?;
    let phase = if r > pool.len() {
        Phase::Done
    } else {
        Phase::First
    };
    let st = MoreState::Combinations {
        pool,
        indices: (0..r).collect(),
        r,
        phase,
    };
    Ok(make(vm, &cls, ItState::More(st)))
}

fn combinations_next(vm: &mut Vm, this: &Value) -> PyResult<Value> {
    let items = more(vm, this, |s| {
        let MoreState::Combinations {
            pool,
            indices,
            r,
            phase,
        } = s
        else {
            return None;
        };
        let (r, n) = (*r, pool.len());
        match *phase {
            Phase::Done => return Some(None),
            Phase::First => *phase = Phase::Running,
            Phase::Running => {
                let Some(i) = (0..r).rev().find(|&i| indices[i] != i + n - r) else {
                    *phase = Phase::Done;
                    return Some(None);
                };
                indices[i] += 1;
                for j in i + 1..r {
                    indices[j] = indices[j - 1] + 1;
                }
            }
        }
        Some(Some(
            indices.iter().map(|&i| pool[i].clone()).collect::<Vec<_>>(),
        ))
    })?;
    match items {
        Some(v) => Ok(vm.new_tuple(v)),
        None => Err(stop(vm)),
    }
}

fn cwr_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (cls, pool, r) = comb_args(vm, &CWR, args, kw)?;
    let phase = if pool.is_empty() && r > 0 {
        Phase::Done
    } else {
        Phase::First
    };
    let st = MoreState::CombWR {
        pool,
        indices: vec![0; r],
        r,
        phase,
    };
    Ok(make(vm, &cls, ItState::More(st)))
}

fn cwr_next(vm: &mut Vm, this: &Value) -> PyResult<Value> {
    let items = more(vm, this, |s| {
        let MoreState::CombWR {
            pool,
            indices,
            r,
            phase,
        } = s
        else {
            return None;
        };
        let (r, n) = (*r, pool.len());
        match *phase {
            Phase::Done => return Some(None),
            Phase::First => *phase = Phase::Running,
            Phase::Running => {
                let Some(i) = (0..r).rev().find(|&i| indices[i] != n - 1) else {
                    *phase = Phase::Done;
                    return Some(None);
                };
                let v = indices[i] + 1;
                for x in indices[i..].iter_mut() {
                    *x = v;
                }
            }
        }
        Some(Some(
            indices.iter().map(|&i| pool[i].clone()).collect::<Vec<_>>(),
        ))
    })?;
    match items {
        Some(v) => Ok(vm.new_tuple(v)),
        None => Err(stop(vm)),
    }
}

// ---- groupby --------------------------------------------------------------------------------

thread_local! {
    static GROUPER: VmLocal<ObjRef> = const { VmLocal::new() };
    static TEE: VmLocal<ObjRef> = const { VmLocal::new() };
}

const GROUPBY: Sig = Sig {
    name: "groupby",
    params: &["iterable", "key"],
    max_pos: 2,
    required: 1,
    pos_only: 0,
};

fn groupby_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cls = crate::util::cls_arg(vm, args)?;
    let p = GROUPBY.bind(vm, &args[1..], kw)?;
    let it = vm.iter(p[0].as_ref().unwrap_or(&Value::None))?;
    let key = p[1].clone().unwrap_or(Value::None);
    let g = GroupBy {
        it,
        key,
        tgtkey: None,
        currkey: None,
        currvalue: None,
        current: 0,
    };
    Ok(make(
        vm,
        &cls,
        ItState::More(MoreState::GroupBy(Box::new(g))),
    ))
}

fn keys_equal(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    if a.is(b) {
        return Ok(true);
    }
    vm.eq(a, b)
}

/// Advances the parent groupby by one item (StopIteration at the end).
fn groupby_step(vm: &mut Vm, this: &Value) -> PyResult<()> {
    let (it, key) = more(vm, this, |s| match s {
        MoreState::GroupBy(g) => Some((g.it.clone(), g.key.clone())),
        _ => None,
    })?;
    let Some(v) = vm.next(&it)? else {
        return Err(stop(vm));
    };
    let k = if key.is_none() {
        v.clone()
    } else {
        vm.call(&key, std::slice::from_ref(&v))?
    };
    more(vm, this, |s| match s {
        MoreState::GroupBy(g) => {
            g.currvalue = Some(v);
            g.currkey = Some(k);
            Some(())
        }
        _ => None,
    })
}

fn groupby_next(vm: &mut Vm, this: &Value) -> PyResult<Value> {
    // Any grouper handed out before is finished from now on, even if this call stops.
    more(vm, this, |s| match s {
        MoreState::GroupBy(g) => {
            g.current += 1;
            Some(())
        }
        _ => None,
    })?;
    loop {
        let (curr, tgt) = more(vm, this, |s| match s {
            MoreState::GroupBy(g) => Some((g.currkey.clone(), g.tgtkey.clone())),
            _ => None,
        })?;
        match (curr, tgt) {
            (None, _) => {}
            (Some(_), None) => break,
            (Some(c), Some(t)) => {
                if !keys_equal(vm, &t, &c)? {
                    break;
                }
            }
        }
        groupby_step(vm, this)?;
    }
    let (key, id) = more(vm, this, |s| match s {
        MoreState::GroupBy(g) => {
            g.tgtkey = g.currkey.clone();
            Some((g.currkey.clone().unwrap_or(Value::None), g.current))
        }
        _ => None,
    })?;
    let gt = GROUPER.with(|g| g.get(vm));
    let Some(gt) = gt else {
        return Err(bad_state(vm));
    };
    let grouper = make(
        vm,
        &gt,
        ItState::More(MoreState::Grouper {
            parent: this.clone(),
            tgtkey: key.clone(),
            id,
        }),
    );
    Ok(vm.new_pair(key, grouper))
}

fn grouper_new(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Err(vm.type_error("cannot create 'itertools._grouper' instances"))
}

fn grouper_next(vm: &mut Vm, this: &Value) -> PyResult<Value> {
    let (parent, tgtkey, id) = more(vm, this, |s| match s {
        MoreState::Grouper { parent, tgtkey, id } => Some((parent.clone(), tgtkey.clone(), *id)),
        _ => None,
    })?;
    let (current, has_value) = more(vm, &parent, |s| match s {
        MoreState::GroupBy(g) => Some((g.current, g.currvalue.is_some())),
        _ => None,
    })?;
    if current != id {
        return Err(stop(vm));
    }
    if !has_value {
        groupby_step(vm, &parent)?;
    }
    let currkey = more(vm, &parent, |s| match s {
        MoreState::GroupBy(g) => Some(g.currkey.clone().unwrap_or(Value::None)),
        _ => None,
    })?;
    if !keys_equal(vm, &tgtkey, &currkey)? {
        return Err(stop(vm));
    }
    let v = more(vm, &parent, |s| match s {
        MoreState::GroupBy(g) => Some(g.currvalue.take().unwrap_or(Value::None)),
        _ => None,
    })?;
    Ok(v)
}

// ---- tee ---------------------------------------------------------------------------------------

fn new_tee(vm: &mut Vm, data: Rc<RefCell<TeeData>>, id: usize) -> PyResult<Value> {
    let t = TEE.with(|t| t.get(vm));
    let Some(t) = t else {
        return Err(bad_state(vm));
    };
    Ok(make(
        vm,
        &t,
        ItState::More(MoreState::Tee(TeeHandle { data, id })),
    ))
}

fn tee_from_iterator(vm: &mut Vm, it: Value) -> PyResult<Value> {
    let data = Rc::new(RefCell::new(TeeData {
        it,
        buf: VecDeque::new(),
        start: 0,
        pos: vec![0],
        busy: false,
    }));
    new_tee(vm, data, 0)
}

fn tee_copy_of(vm: &mut Vm, this: &Value) -> PyResult<Value> {
    let (data, id) = more(vm, this, |s| match s {
        MoreState::Tee(h) => Some((h.data.clone(), h.id)),
        _ => None,
    })?;
    let nid = {
        let Ok(mut d) = data.try_borrow_mut() else {
            return Err(vm.runtime_error("cannot re-enter the tee iterator"));
        };
        let p = d.pos.get(id).copied().unwrap_or(usize::MAX);
        d.pos.push(p);
        d.pos.len() - 1
    };
    new_tee(vm, data, nid)
}

fn is_tee(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::Native(n))
        if n.try_borrow().is_ok_and(|b| matches!(b.as_any().downcast_ref::<ItState>(), Some(ItState::More(MoreState::Tee(_))))))
}

fn tee_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = pos_args(vm, "_tee", "_tee", &args[1..], kw, 1, 1)?;
    let it = vm.iter(&a[0])?;
    if is_tee(&it) {
        return tee_copy_of(vm, &it);
    }
    tee_from_iterator(vm, it)
}

fn tee_copy(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    tee_copy_of(vm, &args[0])
}

fn tee_next(vm: &mut Vm, this: &Value) -> PyResult<Value> {
    let (data, id) = more(vm, this, |s| match s {
        MoreState::Tee(h) => Some((h.data.clone(), h.id)),
        _ => None,
    })?;
    let reenter = |vm: &mut Vm| vm.runtime_error("cannot re-enter the tee iterator");
    let fetch = {
        let Ok(d) = data.try_borrow() else {
            return Err(reenter(vm));
        };
        let p = d.pos.get(id).copied().unwrap_or(usize::MAX);
        if p >= d.start && p - d.start < d.buf.len() {
            Ok(d.buf[p - d.start].clone())
        } else if d.busy {
            return Err(reenter(vm));
        } else {
            Err(d.it.clone())
        }
    };
    let v = match fetch {
        Ok(v) => v,
        Err(it) => {
            if let Ok(mut d) = data.try_borrow_mut() {
                d.busy = true;
            }
            let r = vm.next(&it);
            let Ok(mut d) = data.try_borrow_mut() else {
                return Err(reenter(vm));
            };
            d.busy = false;
            match r? {
                Some(v) => {
                    d.buf.push_back(v.clone());
                    v
                }
                None => {
                    drop(d);
                    return Err(stop(vm));
                }
            }
        }
    };
    if let Ok(mut d) = data.try_borrow_mut() {
        if let Some(p) = d.pos.get_mut(id) {
            *p += 1;
        }
        trim(&mut d);
    }
    Ok(v)
}

fn tee_fn(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = pos_args(vm, "tee", "tee", args, kw, 1, 2)?;
    let n = match a.get(1) {
        Some(v) => vm.index_i64(v)?,
        None => 2,
    };
    if n < 0 {
        return Err(vm.value_error("n must be >= 0"));
    }
    if n == 0 {
        return Ok(vm.new_tuple(vec![]));
    }
    let it = vm.iter(&a[0])?;
    let first = if is_tee(&it) {
        it
    } else {
        let tp = vm.type_of(&it);
        if kaa_vm::types::lookup(&tp, "__copy__").is_some() {
            it
        } else {
            tee_from_iterator(vm, it)?
        }
    };
    let mut out = vec![first.clone()];
    let mut cur = first;
    for _ in 1..n {
        cur = if is_tee(&cur) {
            tee_copy_of(vm, &cur)?
        } else {
            vm.call_method(&cur, "__copy__", &[])?
        };
        out.push(cur.clone());
    }
    Ok(vm.new_tuple(out))
}

macro_rules! next_fns {
    ($($wrapper:ident => $f:path;)*) => {
        $(fn $wrapper(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
            $f(vm, &args[0])
        })*
    };
}

next_fns! {
    n_product => product_next;
    n_permutations => permutations_next;
    n_combinations => combinations_next;
    n_cwr => cwr_next;
    n_groupby => groupby_next;
    n_grouper => grouper_next;
    n_tee => tee_next;
}

pub fn init(vm: &mut Vm, m: &ObjRef) {
    iter_class(vm, m, "product", product_new, n_product);
    iter_class(vm, m, "permutations", permutations_new, n_permutations);
    iter_class(vm, m, "combinations", combinations_new, n_combinations);
    iter_class(vm, m, "combinations_with_replacement", cwr_new, n_cwr);
    iter_class(vm, m, "groupby", groupby_new, n_groupby);
    let g = iter_class(vm, m, "_grouper", grouper_new, n_grouper);
    GROUPER.with(|x| x.set(vm, g));
    let t = iter_class(vm, m, "_tee", tee_new, n_tee);
    vm.add_method(&t, "__copy__", tee_copy);
    TEE.with(|x| x.set(vm, t));
    crate::util::add_functions(vm, m, &[("tee", tee_fn)]);
}
