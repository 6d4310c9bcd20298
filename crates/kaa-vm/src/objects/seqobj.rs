//! list and tuple: construction, the special methods (comparison element by element,
//! indexing and slicing with negative steps, slice assignment and deletion, `+`, `*`, `+=`,
//! `*=`, `in`, iteration, hashing of tuples) and the list methods (`append`, `extend`,
//! `insert`, `pop`, `remove`, `index`, `count`, `reverse`, `copy`, `clear`, and a stable
//! `sort` with `key`/`reverse` that detects mutation during sorting as CPython does).

use super::misc::{slice_indices, slice_len};
use crate::object::{ObjRef, Payload};
use crate::value::Value;
use crate::{PyResult, Vm};
use kaa_compiler::opcodes::CmpKind;
use std::cell::RefCell;

#[inline]
fn list<'a>(vm: &mut Vm, v: &'a Value, m: &str) -> PyResult<&'a RefCell<Vec<Value>>> {
    match v.payload() {
        Some(Payload::List(l)) => Ok(l),
        _ => Err(descriptor_error(vm, v, m, "list")),
    }
}

#[inline]
fn tuple<'a>(vm: &mut Vm, v: &'a Value, m: &str) -> PyResult<&'a [Value]> {
    match v.payload() {
        Some(Payload::Tuple(t)) => Ok(t),
        _ => Err(descriptor_error(vm, v, m, "tuple")),
    }
}

/// A method descriptor of `owner` called on another type's object (kept out of line: the
/// formatting would otherwise weigh on every list and tuple method's entry).
#[cold]
#[inline(never)]
fn descriptor_error(vm: &mut Vm, v: &Value, m: &str, owner: &str) -> crate::PyErr {
    let n = vm.type_name(v);
    vm.type_error(format!(
        "descriptor '{m}' for '{owner}' objects doesn't apply to a '{n}' object"
    ))
}

/// Items of a list or tuple (snapshot).
pub(crate) fn items_of(v: &Value) -> Option<Vec<Value>> {
    match v.payload() {
        Some(Payload::List(l)) => Some(l.borrow().clone()),
        Some(Payload::Tuple(t)) => Some(t.to_vec()),
        _ => None,
    }
}

/// Lexicographic rich comparison of two sequences, as CPython's list/tuple compare.
pub fn seq_compare(vm: &mut Vm, a: &[Value], b: &[Value], op: CmpKind) -> PyResult<Value> {
    if a.len() != b.len() && matches!(op, CmpKind::Eq | CmpKind::Ne) {
        return Ok(Value::Bool(op == CmpKind::Ne));
    }
    let n = a.len().min(b.len());
    for i in 0..n {
        if a[i].is(&b[i]) {
            continue;
        }
        if !vm.eq(&a[i], &b[i])? {
            return match op {
                CmpKind::Eq => Ok(Value::Bool(false)),
                CmpKind::Ne => Ok(Value::Bool(true)),
                _ => vm.compare(&a[i], &b[i], op),
            };
        }
    }
    let (la, lb) = (a.len(), b.len());
    Ok(Value::Bool(match op {
        CmpKind::Lt => la < lb,
        CmpKind::Le => la <= lb,
        CmpKind::Eq => la == lb,
        CmpKind::Ne => la != lb,
        CmpKind::Gt => la > lb,
        CmpKind::Ge => la >= lb,
    }))
}

macro_rules! seq_cmp {
    ($name:ident, $op:expr, $is_list:expr) => {
        fn $name(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
            let other = args.get(1).cloned().unwrap_or(Value::None);
            let same_kind = if $is_list {
                matches!(other.payload(), Some(Payload::List(_)))
            } else {
                matches!(other.payload(), Some(Payload::Tuple(_)))
            };
            if !same_kind {
                return Ok(vm.not_implemented.clone());
            }
            let (Some(a), Some(b)) = (items_of(&args[0]), items_of(&other)) else {
                return Ok(vm.not_implemented.clone());
            };
            seq_compare(vm, &a, &b, $op)
        }
    };
}

seq_cmp!(list_eq, CmpKind::Eq, true);
seq_cmp!(list_ne, CmpKind::Ne, true);
seq_cmp!(list_lt, CmpKind::Lt, true);
seq_cmp!(list_le, CmpKind::Le, true);
seq_cmp!(list_gt, CmpKind::Gt, true);
seq_cmp!(list_ge, CmpKind::Ge, true);
seq_cmp!(tuple_eq, CmpKind::Eq, false);
seq_cmp!(tuple_ne, CmpKind::Ne, false);
seq_cmp!(tuple_lt, CmpKind::Lt, false);
seq_cmp!(tuple_le, CmpKind::Le, false);
seq_cmp!(tuple_gt, CmpKind::Gt, false);
seq_cmp!(tuple_ge, CmpKind::Ge, false);

/// Index or slice of a sequence of `n` items; `what` names it in messages.
fn get_index(
    vm: &mut Vm,
    key: &Value,
    n: i64,
    what: &str,
) -> PyResult<Result<usize, (i64, i64, i64)>> {
    if let Some(Payload::Slice(..)) = key.payload() {
        return Ok(Err(slice_indices(vm, key, n)?));
    }
    let i = match key {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        _ => {
            let tp = vm.type_of(key);
            if crate::types::lookup(&tp, "__index__").is_none() {
                let tn = crate::types::type_name(&tp);
                return Err(vm.type_error(format!(
                    "{what} indices must be integers or slices, not {tn}"
                )));
            }
            match vm.index_i64(key) {
                Ok(i) => i,
                Err(e) if vm.exc_matches(&e, &vm.types.overflow_error.clone()) => {
                    return Err(
                        vm.index_error("cannot fit 'int' into an index-sized integer".to_string())
                    );
                }
                Err(e) => return Err(e),
            }
        }
    };
    let idx = if i < 0 { i + n } else { i };
    if idx < 0 || idx >= n {
        return Err(vm.index_error(format!("{what} index out of range")));
    }
    Ok(Ok(idx as usize))
}

fn slice_items(items: &[Value], start: i64, stop: i64, step: i64) -> Vec<Value> {
    let count = slice_len(start, stop, step);
    let mut out = Vec::with_capacity(count as usize);
    let mut i = start;
    for _ in 0..count {
        out.push(items[i as usize].clone());
        i += step;
    }
    out
}

pub(crate) fn list_getitem(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let l = list(vm, &args[0], "__getitem__")?;
    let n = l.borrow().len() as i64;
    let key = args.get(1).cloned().unwrap_or(Value::None);
    match get_index(vm, &key, n, "list")? {
        Ok(i) => Ok(l.borrow()[i].clone()),
        Err((a, b, c)) => {
            let v = slice_items(&l.borrow(), a, b, c);
            Ok(vm.new_list(v))
        }
    }
}

pub(crate) fn list_setitem(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let l = list(vm, &args[0], "__setitem__")?;
    let key = args.get(1).cloned().unwrap_or(Value::None);
    let val = args.get(2).cloned().unwrap_or(Value::None);
    let n = l.borrow().len() as i64;
    if let Some(Payload::Slice(..)) = key.payload() {
        let (start, stop, step) = slice_indices(vm, &key, n)?;
        let new_items = if val.is(&args[0]) {
            l.borrow().clone()
        } else {
            match vm.iterate(&val) {
                Ok(v) => v,
                Err(e) => {
                    if !vm.is_iterable(&val) {
                        return Err(vm.type_error("can only assign an iterable"));
                    }
                    return Err(e);
                }
            }
        };
        let mut lb = l.borrow_mut();
        if step == 1 {
            let (s, e) = (start as usize, (stop.max(start)) as usize);
            lb.splice(s..e, new_items);
        } else {
            let count = slice_len(start, stop, step);
            if count as usize != new_items.len() {
                drop(lb);
                return Err(vm.value_error(format!(
                    "attempt to assign sequence of size {} to extended slice of size {}",
                    new_items.len(),
                    count
                )));
            }
            let mut i = start;
            for it in new_items {
                lb[i as usize] = it;
                i += step;
            }
        }
        return Ok(Value::None);
    }
    match get_index(vm, &key, n, "list") {
        Ok(Ok(i)) => {
            let old = std::mem::replace(&mut l.borrow_mut()[i], val);
            drop(old);
            Ok(Value::None)
        }
        Ok(Err(_)) => Ok(Value::None),
        Err(e) => {
            if vm.exc_matches(&e, &vm.types.index_error.clone()) {
                return Err(vm.index_error("list assignment index out of range"));
            }
            Err(e)
        }
    }
}

fn list_delitem(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let l = list(vm, &args[0], "__delitem__")?;
    let key = args.get(1).cloned().unwrap_or(Value::None);
    let n = l.borrow().len() as i64;
    match get_index(vm, &key, n, "list") {
        Ok(Ok(i)) => {
            let old = l.borrow_mut().remove(i);
            drop(old);
        }
        Ok(Err((start, stop, step))) => {
            let count = slice_len(start, stop, step);
            let mut idxs: Vec<usize> = (0..count).map(|k| (start + k * step) as usize).collect();
            idxs.sort_unstable();
            let removed: Vec<Value> = {
                let mut lb = l.borrow_mut();
                let mut out = Vec::new();
                for i in idxs.into_iter().rev() {
                    out.push(lb.remove(i));
                }
                out
            };
            drop(removed);
        }
        Err(e) => {
            if vm.exc_matches(&e, &vm.types.index_error.clone()) {
                return Err(vm.index_error("list assignment index out of range"));
            }
            return Err(e);
        }
    }
    Ok(Value::None)
}

fn list_len(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::Int(
        list(vm, &args[0], "__len__")?.borrow().len() as i64
    ))
}

pub(crate) fn list_contains(
    vm: &mut Vm,
    args: &[Value],
    _kw: &[(Value, Value)],
) -> PyResult<Value> {
    let l = list(vm, &args[0], "__contains__")?;
    let x = args.get(1).cloned().unwrap_or(Value::None);
    Ok(Value::Bool(find_index(vm, l, &x, 0, usize::MAX)?.is_some()))
}

fn list_iter(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let Value::Obj(o) = &args[0] else {
        return Err(vm.type_error("not a list"));
    };
    Ok(vm.new_iter(crate::iter::IterState::Seq {
        seq: o.clone(),
        index: 0,
    }))
}

fn list_reversed(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let n = list(vm, &args[0], "__reversed__")?.borrow().len() as i64;
    Ok(vm.new_iter(crate::iter::IterState::Reversed {
        seq: args[0].clone(),
        index: n - 1,
    }))
}

fn list_add(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = list(vm, &args[0], "__add__")?.borrow().clone();
    match args.get(1).and_then(|b| b.payload()) {
        Some(Payload::List(b)) => {
            let mut v = a;
            v.extend(b.borrow().iter().cloned());
            Ok(vm.new_list(v))
        }
        _ => {
            let n = args.get(1).map(|b| vm.type_name(b)).unwrap_or_default();
            Err(vm.type_error(format!("can only concatenate list (not \"{n}\") to list")))
        }
    }
}

fn list_iadd(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let other = args.get(1).cloned().unwrap_or(Value::None);
    extend_from(vm, &args[0], &other, "__iadd__")?;
    Ok(args[0].clone())
}

/// Appends the items of `other` to list `target` as CPython's `list.extend` does: a list
/// or tuple (the target itself included) is copied as it is now; any other iterable is
/// consumed one item at a time, each appended at once, so the list grows while the iterator
/// runs and keeps what was appended before an exception.
fn extend_from(vm: &mut Vm, target: &Value, other: &Value, m: &str) -> PyResult<()> {
    let cell = list(vm, target, m)?;
    if matches!(
        other.payload(),
        Some(Payload::List(_)) | Some(Payload::Tuple(_))
    ) {
        let items = vm.iterate(other)?;
        cell.borrow_mut().extend(items);
        return Ok(());
    }
    // `iter` itself raises CPython's "'X' object is not iterable".
    let it = vm.iter(other)?;
    while let Some(x) = vm.next(&it)? {
        cell.borrow_mut().push(x);
    }
    Ok(())
}

fn repeat_count(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        Some(Value::Int(n)) => Ok(Some(*n)),
        Some(Value::Bool(b)) => Ok(Some(*b as i64)),
        Some(x) => {
            let tp = vm.type_of(x);
            if crate::types::lookup(&tp, "__index__").is_some() {
                Ok(Some(vm.index_i64(x)?))
            } else {
                Ok(None)
            }
        }
        None => Ok(None),
    }
}

fn repeat(vm: &mut Vm, items: &[Value], n: i64) -> PyResult<Vec<Value>> {
    if n <= 0 || items.is_empty() {
        return Ok(Vec::new());
    }
    let total = (items.len() as u128) * (n as u128);
    if total > (1u128 << 40) {
        let c = vm.types.memory_error.clone();
        return Err(vm.new_exc_args(&c, vec![]));
    }
    let mut out = Vec::with_capacity(total as usize);
    for _ in 0..n {
        out.extend_from_slice(items);
    }
    Ok(out)
}

fn list_mul(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = list(vm, &args[0], "__mul__")?.borrow().clone();
    let Some(n) = repeat_count(vm, args.get(1))? else {
        return Ok(vm.not_implemented.clone());
    };
    let v = repeat(vm, &a, n)?;
    Ok(vm.new_list(v))
}

fn list_imul(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let l = list(vm, &args[0], "__imul__")?;
    let a = l.borrow().clone();
    let Some(n) = repeat_count(vm, args.get(1))? else {
        return Ok(vm.not_implemented.clone());
    };
    let v = repeat(vm, &a, n)?;
    *l.borrow_mut() = v;
    Ok(args[0].clone())
}

fn list_append(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "list.append() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    }
    list(vm, &args[0], "append")?
        .borrow_mut()
        .push(args[1].clone());
    Ok(Value::None)
}

fn list_extend(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let other = args.get(1).cloned().unwrap_or(Value::None);
    extend_from(vm, &args[0], &other, "extend")?;
    Ok(Value::None)
}

fn list_insert(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    if args.len() != 3 {
        return Err(vm.type_error(format!(
            "insert expected 2 arguments, got {}",
            args.len().saturating_sub(1)
        )));
    }
    let i = vm.index_i64(&args[1])?;
    let l = list(vm, &args[0], "insert")?;
    let n = l.borrow().len() as i64;
    let idx = if i < 0 { (i + n).max(0) } else { i.min(n) };
    l.borrow_mut().insert(idx as usize, args[2].clone());
    Ok(Value::None)
}

fn list_pop(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let i = match args.get(1) {
        Some(v) => vm.index_i64(v)?,
        None => -1,
    };
    let l = list(vm, &args[0], "pop")?;
    let n = l.borrow().len() as i64;
    if n == 0 {
        return Err(vm.index_error("pop from empty list"));
    }
    let idx = if i < 0 { i + n } else { i };
    if idx < 0 || idx >= n {
        return Err(vm.index_error("pop index out of range"));
    }
    Ok(l.borrow_mut().remove(idx as usize))
}

/// Scans `l[i..stop]` under one borrow while every comparison with `x` is decided
/// natively (`fast_eq`: inline numbers, exact strs and tuples of them, identity): the index
/// of a match, or where a comparison needs Python code (from which the caller goes on item
/// by item, without the borrow), or `stop`/the end.
fn scan_native(l: &RefCell<Vec<Value>>, x: &Value, mut i: usize, stop: usize) -> (usize, bool) {
    let Ok(items) = l.try_borrow() else {
        return (i, false);
    };
    let end = stop.min(items.len());
    while i < end {
        match crate::dict::fast_eq(&items[i], x) {
            Some(true) => return (i, true),
            Some(false) => i += 1,
            None => return (i, false),
        }
    }
    (i, false)
}

fn find_index(
    vm: &mut Vm,
    l: &RefCell<Vec<Value>>,
    x: &Value,
    start: usize,
    stop: usize,
) -> PyResult<Option<usize>> {
    let (mut i, found) = scan_native(l, x, start, stop);
    if found {
        return Ok(Some(i));
    }
    loop {
        if i >= stop {
            return Ok(None);
        }
        let item = match l.borrow().get(i) {
            Some(v) => v.clone(),
            None => return Ok(None),
        };
        if item.is(x) || vm.eq(&item, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
}

fn list_remove(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let x = args.get(1).cloned().unwrap_or(Value::None);
    let l = list(vm, &args[0], "remove")?;
    match find_index(vm, l, &x, 0, usize::MAX)? {
        Some(i) => {
            let old = l.borrow_mut().remove(i);
            drop(old);
            Ok(Value::None)
        }
        None => Err(vm.value_error("list.remove(x): x not in list")),
    }
}

fn norm_bounds(vm: &mut Vm, args: &[Value], n: i64) -> PyResult<(usize, usize)> {
    let clamp = |i: i64| -> usize {
        let j = if i < 0 { i + n } else { i };
        j.clamp(0, n) as usize
    };
    let start = match args.first() {
        Some(v) => clamp(vm.index_i64(v)?),
        None => 0,
    };
    let stop = match args.get(1) {
        Some(v) => clamp(vm.index_i64(v)?),
        None => n as usize,
    };
    Ok((start, stop))
}

fn list_index(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let x = args.get(1).cloned().unwrap_or(Value::None);
    let l = list(vm, &args[0], "index")?;
    let n = l.borrow().len() as i64;
    let (start, stop) = norm_bounds(vm, args.get(2..).unwrap_or(&[]), n)?;
    match find_index(vm, l, &x, start, stop)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => {
            let r = vm.repr_string(&x)?;
            Err(vm.value_error(format!("{r} is not in list")))
        }
    }
}

fn list_count(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let x = args.get(1).cloned().unwrap_or(Value::None);
    let l = list(vm, &args[0], "count")?;
    let mut c = 0;
    let mut i = 0;
    loop {
        // Runs of natively decided comparisons under one borrow; the others one by one.
        loop {
            let (at, found) = scan_native(l, &x, i, usize::MAX);
            i = at;
            if !found {
                break;
            }
            c += 1;
            i += 1;
        }
        let item = match l.borrow().get(i) {
            Some(v) => v.clone(),
            None => break,
        };
        if item.is(&x) || vm.eq(&item, &x)? {
            c += 1;
        }
        i += 1;
    }
    Ok(Value::Int(c))
}

fn list_reverse(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    list(vm, &args[0], "reverse")?.borrow_mut().reverse();
    Ok(Value::None)
}

fn list_copy(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let v = list(vm, &args[0], "copy")?.borrow().clone();
    Ok(vm.new_list(v))
}

fn list_clear(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let old = std::mem::take(&mut *list(vm, &args[0], "clear")?.borrow_mut());
    drop(old);
    Ok(Value::None)
}

/// Sorts (key, value) pairs by key, stably (see `sort_order`).
pub fn sort_values(vm: &mut Vm, items: &mut Vec<(Value, Value)>, reverse: bool) -> PyResult<()> {
    let keys: Vec<Value> = items.iter().map(|(k, _)| k.clone()).collect();
    let (order, r) = sort_order(vm, &keys, reverse);
    drop(keys);
    let mut old = std::mem::take(items);
    items.extend(order.iter().map(|&i| std::mem::take(&mut old[i as usize])));
    r
}

/// The stable ascending order of `keys` (positions into it); `reverse` keeps equal keys in
/// their original order as CPython does (reverse, sort ascending, reverse back).
/// Comparisons may run Python code; the first error stops the sort, and the order is then
/// some permutation, returned with the error. Sorting positions (4 bytes each, with a merge
/// buffer of half as many) rather than the values keeps the memory a sort needs small.
fn sort_order(vm: &mut Vm, keys: &[Value], reverse: bool) -> (Vec<u32>, PyResult<()>) {
    let n = keys.len() as u32;
    let mut order: Vec<u32> = if reverse {
        (0..n).rev().collect()
    } else {
        (0..n).collect()
    };
    let str_t = vm.types.str.clone();
    let mut err: Option<crate::vm::PyErr> = None;
    if keys.iter().all(|k| matches!(k, Value::Int(_))) {
        order.sort_by_key(|&i| sort_int(&keys[i as usize]));
    } else if keys
        .iter()
        .all(|k| k.as_obj().is_some_and(|o| o.class_is(&str_t)))
    {
        order.sort_by(|&a, &b| {
            kaa_syntax::surrogate::cmp(
                keys[a as usize].as_str().unwrap_or(""),
                keys[b as usize].as_str().unwrap_or(""),
            )
        });
    } else {
        let mut buf = Vec::with_capacity(order.len() / 2 + 1);
        merge_sort(vm, keys, &mut order, &mut buf, &mut err);
    }
    if reverse {
        order.reverse();
    }
    (
        order,
        match err {
            Some(e) => Err(e),
            None => Ok(()),
        },
    )
}

fn less(vm: &mut Vm, a: &Value, b: &Value, err: &mut Option<crate::vm::PyErr>) -> bool {
    if err.is_some() {
        return false;
    }
    let r = vm.compare(a, b, CmpKind::Lt).and_then(|v| match v {
        Value::Bool(r) => Ok(r),
        other => vm.truthy(&other),
    });
    match r {
        Ok(r) => r,
        Err(e) => {
            *err = Some(e);
            false
        }
    }
}

/// A stable top-down merge sort of positions into `keys` by `<` on the keys (any `__lt__`,
/// which may be inconsistent: the standard library's sorts may panic then), with insertion
/// sort for runs of up to 16. Merges move the left half into `buf` and merge forwards in
/// place.
fn merge_sort(
    vm: &mut Vm,
    keys: &[Value],
    v: &mut [u32],
    buf: &mut Vec<u32>,
    err: &mut Option<crate::vm::PyErr>,
) {
    let n = v.len();
    if n <= 1 {
        return;
    }
    let key = |i: u32| &keys[i as usize];
    if n <= 16 {
        for i in 1..n {
            let mut j = i;
            while j > 0 && less(vm, key(v[j]), key(v[j - 1]), err) {
                v.swap(j, j - 1);
                j -= 1;
            }
        }
        return;
    }
    let mid = n / 2;
    merge_sort(vm, keys, &mut v[..mid], buf, err);
    merge_sort(vm, keys, &mut v[mid..], buf, err);
    buf.clear();
    buf.extend_from_slice(&v[..mid]);
    let (mut i, mut j, mut k) = (0, mid, 0);
    while i < buf.len() && j < n {
        if less(vm, key(v[j]), key(buf[i]), err) {
            v[k] = v[j];
            j += 1;
        } else {
            v[k] = buf[i];
            i += 1;
        }
        k += 1;
    }
    // What is left of the right half is in place already.
    while i < buf.len() {
        v[k] = buf[i];
        i += 1;
        k += 1;
    }
}

fn sort_int(v: &Value) -> i64 {
    match v {
        Value::Int(x) => *x,
        _ => 0,
    }
}

fn list_sort(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    if args.len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    let mut key = Value::None;
    let mut reverse = false;
    for (k, v) in kw {
        match k.as_str() {
            Some("key") => key = v.clone(),
            Some("reverse") => reverse = vm.truthy(v)?,
            Some(o) => {
                return Err(
                    vm.type_error(format!("'{o}' is an invalid keyword argument for sort()"))
                )
            }
            None => {}
        }
    }
    let l = list(vm, &args[0], "sort")?;
    let mut items = std::mem::take(&mut *l.borrow_mut());
    let r = if key.is_none() && items.iter().all(|v| matches!(v, Value::Int(_))) {
        // Equal inline ints cannot be told apart: an unstable sort in place gives what a
        // stable one would, with no memory besides the list.
        if reverse {
            items.sort_unstable_by_key(|v| std::cmp::Reverse(sort_int(v)));
        } else {
            items.sort_unstable_by_key(sort_int);
        }
        Ok(())
    } else {
        let keys = if key.is_none() {
            None
        } else {
            let mut keys = Vec::with_capacity(items.len());
            for it in items.iter() {
                match vm.call(&key, std::slice::from_ref(it)) {
                    Ok(k) => keys.push(k),
                    Err(e) => {
                        *l.borrow_mut() = items;
                        return Err(e);
                    }
                }
            }
            Some(keys)
        };
        let (order, r) = sort_order(vm, keys.as_deref().unwrap_or(&items), reverse);
        drop(keys);
        let sorted = order
            .iter()
            .map(|&i| std::mem::take(&mut items[i as usize]))
            .collect();
        drop(order);
        items = sorted;
        r
    };
    let modified = !l.borrow().is_empty();
    let old = std::mem::replace(&mut *l.borrow_mut(), items);
    drop(old);
    if modified {
        return Err(vm.value_error("list modified during sort"));
    }
    r?;
    Ok(Value::None)
}

fn list_new(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.first() else {
        return Err(vm.type_error("no type"));
    };
    let o = super::typeobj::new_instance(vm, cls, Payload::List(RefCell::new(Vec::new())));
    Ok(Value::Obj(o))
}

fn list_init(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("list() takes no keyword arguments"));
    }
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "list expected at most 1 argument, got {}",
            args.len() - 1
        )));
    }
    let items = match args.get(1) {
        Some(v) => vm.iterate(v)?,
        None => Vec::new(),
    };
    *list(vm, &args[0], "__init__")?.borrow_mut() = items;
    Ok(Value::None)
}

// ---- tuple -------------------------------------------------------------------------------------

fn tuple_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.first() else {
        return Err(vm.type_error("no type"));
    };
    let cls: ObjRef = cls.clone();
    let mut iterable = args.get(1).cloned();
    for (k, v) in kw {
        if k.as_str() == Some("iterable") && iterable.is_none() {
            iterable = Some(v.clone());
        } else {
            return Err(vm.type_error("tuple() takes no keyword arguments"));
        }
    }
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "tuple expected at most 1 argument, got {}",
            args.len() - 1
        )));
    }
    let items = match &iterable {
        Some(v) => {
            if std::rc::Rc::ptr_eq(&cls, &vm.types.tuple)
                && v.as_obj().is_some_and(|o| o.class_is(&vm.types.tuple))
            {
                return Ok(v.clone());
            }
            vm.iterate(v)?
        }
        None => Vec::new(),
    };
    if std::rc::Rc::ptr_eq(&cls, &vm.types.tuple) {
        return Ok(vm.new_tuple(items));
    }
    let o = super::typeobj::new_instance(vm, &cls, Payload::Tuple(items.into()));
    Ok(Value::Obj(o))
}

pub(crate) fn tuple_getitem(
    vm: &mut Vm,
    args: &[Value],
    _kw: &[(Value, Value)],
) -> PyResult<Value> {
    let t = tuple(vm, &args[0], "__getitem__")?;
    let key = args.get(1).cloned().unwrap_or(Value::None);
    match get_index(vm, &key, t.len() as i64, "tuple")? {
        Ok(i) => Ok(t[i].clone()),
        Err((a, b, c)) => {
            if a == 0
                && c == 1
                && b == t.len() as i64
                && args[0]
                    .as_obj()
                    .is_some_and(|o| o.class_is(&vm.types.tuple))
            {
                return Ok(args[0].clone());
            }
            let v = slice_items(t, a, b, c);
            Ok(vm.new_tuple(v))
        }
    }
}

fn tuple_len(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::Int(tuple(vm, &args[0], "__len__")?.len() as i64))
}

pub(crate) fn tuple_contains(
    vm: &mut Vm,
    args: &[Value],
    _kw: &[(Value, Value)],
) -> PyResult<Value> {
    // A tuple is immutable and `args` holds it for the whole call: no copy needed.
    let t = tuple(vm, &args[0], "__contains__")?;
    let x = args.get(1).cloned().unwrap_or(Value::None);
    for it in t {
        if it.is(&x) || vm.eq(it, &x)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn tuple_hash(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let t = tuple(vm, &args[0], "__hash__")?.to_vec();
    let mut hs = Vec::with_capacity(t.len());
    for it in &t {
        hs.push(vm.hash(it)?);
    }
    Ok(Value::Int(kaa_fmt::hash::hash_tuple(&hs)))
}

fn tuple_iter(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let Value::Obj(o) = &args[0] else {
        return Err(vm.type_error("not a tuple"));
    };
    Ok(vm.new_iter(crate::iter::IterState::Seq {
        seq: o.clone(),
        index: 0,
    }))
}

fn tuple_add(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = tuple(vm, &args[0], "__add__")?.to_vec();
    match args.get(1).and_then(|b| b.payload()) {
        Some(Payload::Tuple(b)) => {
            let mut v = a;
            v.extend(b.iter().cloned());
            Ok(vm.new_tuple(v))
        }
        _ => {
            let n = args.get(1).map(|b| vm.type_name(b)).unwrap_or_default();
            Err(vm.type_error(format!("can only concatenate tuple (not \"{n}\") to tuple")))
        }
    }
}

fn tuple_mul(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = tuple(vm, &args[0], "__mul__")?.to_vec();
    let Some(n) = repeat_count(vm, args.get(1))? else {
        return Ok(vm.not_implemented.clone());
    };
    let v = repeat(vm, &a, n)?;
    Ok(vm.new_tuple(v))
}

fn tuple_index(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let t = tuple(vm, &args[0], "index")?.to_vec();
    let x = args.get(1).cloned().unwrap_or(Value::None);
    let (start, stop) = norm_bounds(vm, args.get(2..).unwrap_or(&[]), t.len() as i64)?;
    for (i, it) in t.iter().enumerate().take(stop).skip(start) {
        if it.is(&x) || vm.eq(it, &x)? {
            return Ok(Value::Int(i as i64));
        }
    }
    Err(vm.value_error("tuple.index(x): x not in tuple"))
}

fn tuple_count(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let t = tuple(vm, &args[0], "count")?.to_vec();
    let x = args.get(1).cloned().unwrap_or(Value::None);
    let mut c = 0;
    for it in &t {
        if it.is(&x) || vm.eq(it, &x)? {
            c += 1;
        }
    }
    Ok(Value::Int(c))
}

fn tuple_getnewargs(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let t = tuple(vm, &args[0], "__getnewargs__")?.to_vec();
    let inner = vm.new_tuple(t);
    Ok(vm.new_tuple(vec![inner]))
}

pub fn init(vm: &mut Vm) {
    let l = vm.types.list.clone();
    vm.add_staticmethod(&l, "__new__", list_new);
    let lm: &[(&'static str, crate::object::NativeFn)] = &[
        ("__init__", list_init),
        ("__eq__", list_eq),
        ("__ne__", list_ne),
        ("__lt__", list_lt),
        ("__le__", list_le),
        ("__gt__", list_gt),
        ("__ge__", list_ge),
        ("__getitem__", list_getitem),
        ("__setitem__", list_setitem),
        ("__delitem__", list_delitem),
        ("__len__", list_len),
        ("__contains__", list_contains),
        ("__iter__", list_iter),
        ("__reversed__", list_reversed),
        ("__add__", list_add),
        ("__iadd__", list_iadd),
        ("__mul__", list_mul),
        ("__rmul__", list_mul),
        ("__imul__", list_imul),
        ("append", list_append),
        ("extend", list_extend),
        ("insert", list_insert),
        ("pop", list_pop),
        ("remove", list_remove),
        ("index", list_index),
        ("count", list_count),
        ("reverse", list_reverse),
        ("copy", list_copy),
        ("clear", list_clear),
        ("sort", list_sort),
    ];
    for (n, f) in lm {
        vm.add_method(&l, n, *f);
    }
    vm.type_dict_set(&l, "__hash__", Value::None);
    let t = vm.types.tuple.clone();
    vm.add_staticmethod(&t, "__new__", tuple_new);
    let tm: &[(&'static str, crate::object::NativeFn)] = &[
        ("__eq__", tuple_eq),
        ("__ne__", tuple_ne),
        ("__lt__", tuple_lt),
        ("__le__", tuple_le),
        ("__gt__", tuple_gt),
        ("__ge__", tuple_ge),
        ("__getitem__", tuple_getitem),
        ("__len__", tuple_len),
        ("__contains__", tuple_contains),
        ("__hash__", tuple_hash),
        ("__iter__", tuple_iter),
        ("__add__", tuple_add),
        ("__mul__", tuple_mul),
        ("__rmul__", tuple_mul),
        ("index", tuple_index),
        ("count", tuple_count),
        ("__getnewargs__", tuple_getnewargs),
    ];
    for (n, f) in tm {
        vm.add_method(&t, n, *f);
    }
}
