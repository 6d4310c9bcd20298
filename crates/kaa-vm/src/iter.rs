//! Built-in iterator objects (list, tuple, str, range, dict views, set, enumerate, zip, map,
//! filter, reversed, the sequence-protocol iterator and `iter(callable, sentinel)`), their
//! `__next__` as one function, and their length hints. Mutation during iteration is CPython's
//! `RuntimeError`, never a panic.

use crate::object::{ObjRef, Payload};
use crate::value::Value;
use crate::{PyResult, Vm};

pub enum IterState {
    /// list/tuple/bytes/bytearray style: index into a sequence payload.
    Seq {
        seq: ObjRef,
        index: usize,
    },
    /// `__getitem__`-based iteration over an arbitrary object (stops at IndexError).
    GetItem {
        obj: Value,
        index: i64,
    },
    Str {
        s: ObjRef,
        byte_pos: usize,
    },
    Range {
        next: i64,
        remaining: i64,
        step: i64,
    },
    /// A range iterator beyond machine integers: (next, remaining, step).
    BigRange(Box<(num_bigint::BigInt, num_bigint::BigInt, num_bigint::BigInt)>),
    /// Dict keys (0), values (1) or items (2), or the same reversed (3..=5): raw position,
    /// and the size seen at start.
    Dict {
        dict: ObjRef,
        kind: u8,
        pos: usize,
        size: usize,
    },
    Set {
        set: ObjRef,
        pos: usize,
        size: usize,
    },
    Enumerate {
        it: Value,
        count: Value,
    },
    Zip {
        iters: Vec<Value>,
        strict: bool,
    },
    Map {
        func: Value,
        iters: Vec<Value>,
    },
    Filter {
        func: Value,
        it: Value,
    },
    /// Reversed indexing over a sequence (built-in sequences or `__getitem__`/`__len__`).
    Reversed {
        seq: Value,
        index: i64,
    },
    Callable {
        func: Value,
        sentinel: Value,
    },
    Exhausted,
}

impl IterState {
    pub fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        match self {
            IterState::Seq { seq, .. } | IterState::Str { s: seq, .. } => {
                visit(&Value::Obj(seq.clone()))
            }
            IterState::GetItem { obj, .. } => visit(obj),
            IterState::Dict { dict, .. } => visit(&Value::Obj(dict.clone())),
            IterState::Set { set, .. } => visit(&Value::Obj(set.clone())),
            IterState::Enumerate { it, count } => {
                visit(it);
                visit(count);
            }
            IterState::Zip { iters, .. } => iters.iter().for_each(visit),
            IterState::Map { func, iters } => {
                visit(func);
                iters.iter().for_each(visit);
            }
            IterState::Filter { func, it } => {
                visit(func);
                visit(it);
            }
            IterState::Reversed { seq, .. } => visit(seq),
            IterState::Callable { func, sentinel } => {
                visit(func);
                visit(sentinel);
            }
            IterState::Range { .. } | IterState::BigRange(_) | IterState::Exhausted => {}
        }
    }
}

fn cell(o: &ObjRef) -> Option<&std::cell::RefCell<IterState>> {
    match &o.payload {
        Payload::Iter(c) => Some(c),
        _ => None,
    }
}

/// One step of a machine-integer range iterator: the next value, or `None` when done.
#[inline(always)]
fn range_step(next: &mut i64, remaining: &mut i64, step: i64) -> Option<Value> {
    if *remaining <= 0 {
        return None;
    }
    let v = *next;
    *remaining -= 1;
    *next = next.wrapping_add(step);
    Some(Value::Int(v))
}

/// `FOR_ITER`'s specialised forms (CPython 3.11's FOR_ITER_RANGE and FOR_ITER_LIST): the
/// next item of a range iterator or of a list/tuple iterator, resolved without a call.
/// `None` when `it` is another kind of iterator (or busy), for the general `next`;
/// `Some(None)` when exhausted, with the same state change `next` makes.
#[inline(always)]
pub fn next_fast(it: &Value) -> Option<Option<Value>> {
    let Value::Obj(o) = it else { return None };
    let Payload::Iter(c) = &o.payload else {
        return None;
    };
    let mut st = c.try_borrow_mut().ok()?;
    match &mut *st {
        IterState::Range {
            next,
            remaining,
            step,
        } => Some(range_step(next, remaining, *step)),
        IterState::Seq { seq, index } => {
            let r = match &seq.payload {
                Payload::List(l) => l.try_borrow().ok()?.get(*index).cloned(),
                Payload::Tuple(t) => t.get(*index).cloned(),
                _ => return None,
            };
            match r {
                Some(v) => {
                    *index += 1;
                    Some(Some(v))
                }
                None => {
                    *st = IterState::Exhausted;
                    Some(None)
                }
            }
        }
        _ => None,
    }
}

/// One step of a dict iterator (`IterState::Dict`).
enum DictStep {
    Item(Value, Value),
    End,
    /// The dict's size changed since iteration began (a RuntimeError).
    Changed,
}

fn dict_step(dict: &ObjRef, kind: u8, pos: &mut usize, size: &mut usize) -> DictStep {
    let Payload::Dict(t) = &dict.payload else {
        return DictStep::End;
    };
    let t = t.borrow();
    if t.len() != *size {
        *size = usize::MAX;
        return DictStep::Changed;
    }
    let found = if kind >= 3 {
        t.prev_from(*pos)
    } else {
        t.next_from(*pos)
    };
    match found {
        Some((np, e)) => {
            *pos = np;
            DictStep::Item(e.key.clone(), e.value.clone())
        }
        None => DictStep::End,
    }
}

/// An `enumerate` step when its iterator needs no call (`next_fast`) and its count is a
/// machine integer: the count and item (`Some(None)` when exhausted). `None`, with nothing
/// consumed, for the general path (which also handles counts past `i64`).
fn enumerate_fast(it: &Value, count: &mut Value) -> Option<Option<(Value, Value)>> {
    let Value::Int(n) = *count else {
        return None;
    };
    if n == i64::MAX {
        return None;
    }
    match next_fast(it)? {
        Some(v) => {
            *count = Value::Int(n + 1);
            Some(Some((Value::Int(n), v)))
        }
        None => Some(None),
    }
}

/// A non-strict `zip` step over iterators that need no call (`next_fast`).
enum ZipFast {
    Items(Vec<Value>),
    End,
    /// Some iterator needs the general path; nothing was consumed.
    Slow,
}

fn zip_fast(iters: &[Value]) -> ZipFast {
    // Every iterator must be a fast kind before any is advanced, so that falling back to
    // the general path loses no item.
    if iters.is_empty() || !iters.iter().all(is_fast_kind) {
        return ZipFast::Slow;
    }
    let mut out = Vec::with_capacity(iters.len());
    for it in iters {
        match next_fast(it) {
            Some(Some(v)) => out.push(v),
            // Exhausted (or, impossibly after the check, busy): zip stops here, as the
            // general path does, leaving the later iterators untouched.
            _ => return ZipFast::End,
        }
    }
    ZipFast::Items(out)
}

/// Can `next_fast` advance this iterator?
fn is_fast_kind(it: &Value) -> bool {
    let Value::Obj(o) = it else { return false };
    let Payload::Iter(c) = &o.payload else {
        return false;
    };
    match c.try_borrow() {
        Ok(st) => match &*st {
            IterState::Range { .. } => true,
            IterState::Seq { seq, .. } => {
                matches!(seq.payload, Payload::List(_) | Payload::Tuple(_))
            }
            _ => false,
        },
        Err(_) => false,
    }
}

/// What `next_pair` found.
pub enum Pair {
    Got(Value, Value),
    Done,
    /// Not an iterator of pairs handled here: use `next` and unpack its item.
    Other,
}

/// For `FOR_ITER` followed by `UNPACK_SEQUENCE 2` (`for i, x in enumerate(...)`,
/// `for k, v in d.items()`, `for a, b in zip(p, q)`): the next item's two halves, without
/// the tuple that would only be unpacked again. The tuple is never visible to Python, so
/// nothing can tell; every state change is `next`'s.
pub fn next_pair(vm: &mut Vm, it: &Value) -> PyResult<Pair> {
    let Value::Obj(o) = it else {
        return Ok(Pair::Other);
    };
    let Payload::Iter(c) = &o.payload else {
        return Ok(Pair::Other);
    };
    let Ok(mut st) = c.try_borrow_mut() else {
        return Ok(Pair::Other);
    };
    match &mut *st {
        IterState::Enumerate { it, count } => Ok(match enumerate_fast(it, count) {
            Some(Some((n, v))) => Pair::Got(n, v),
            Some(None) => Pair::Done,
            None => Pair::Other,
        }),
        IterState::Zip { iters, strict } if !*strict && iters.len() == 2 => {
            if !(is_fast_kind(&iters[0]) && is_fast_kind(&iters[1])) {
                return Ok(Pair::Other);
            }
            // As `zip_fast`: the second is not advanced once the first is exhausted.
            let pair = match next_fast(&iters[0]) {
                Some(Some(a)) => match next_fast(&iters[1]) {
                    Some(Some(b)) => Some((a, b)),
                    _ => None,
                },
                _ => None,
            };
            match pair {
                Some((a, b)) => Ok(Pair::Got(a, b)),
                None => {
                    *st = IterState::Exhausted;
                    Ok(Pair::Done)
                }
            }
        }
        IterState::Dict {
            dict,
            kind: 2,
            pos,
            size,
        } => match dict_step(dict, 2, pos, size) {
            DictStep::Item(k, v) => Ok(Pair::Got(k, v)),
            DictStep::End => {
                *st = IterState::Exhausted;
                Ok(Pair::Done)
            }
            DictStep::Changed => {
                drop(st);
                Err(vm.runtime_error("dictionary changed size during iteration"))
            }
        },
        _ => Ok(Pair::Other),
    }
}

/// `next(it)` for a built-in iterator object: `Ok(None)` when exhausted.
pub fn next(vm: &mut Vm, it: &ObjRef) -> PyResult<Option<Value>> {
    let Some(c) = cell(it) else {
        return Ok(None);
    };
    // Cases that need no Python code are resolved under the borrow.
    enum Slow {
        GetItem(Value, i64),
        Enumerate(Value, Value),
        Zip(Vec<Value>, bool),
        Map(Value, Vec<Value>),
        Filter(Value, Value),
        Reversed(Value, i64),
        Callable(Value, Value),
    }
    let slow = {
        let mut st = c.borrow_mut();
        match &mut *st {
            IterState::Exhausted => return Ok(None),
            IterState::Seq { seq, index } => {
                let r = match &seq.payload {
                    Payload::List(l) => l.borrow().get(*index).cloned(),
                    Payload::Tuple(t) => t.get(*index).cloned(),
                    Payload::Bytes(b) => b.get(*index).map(|&x| Value::Int(x as i64)),
                    Payload::ByteArray(b) => b.borrow().get(*index).map(|&x| Value::Int(x as i64)),
                    _ => None,
                };
                match r {
                    Some(v) => {
                        *index += 1;
                        return Ok(Some(v));
                    }
                    None => {
                        *st = IterState::Exhausted;
                        return Ok(None);
                    }
                }
            }
            IterState::Str { s, byte_pos } => {
                let ch = match &s.payload {
                    Payload::Str(ps) => ps.as_str()[*byte_pos..].chars().next(),
                    _ => None,
                };
                match ch {
                    Some(ch) => {
                        *byte_pos += ch.len_utf8();
                        drop(st);
                        return Ok(Some(vm.new_char(ch)));
                    }
                    None => {
                        *st = IterState::Exhausted;
                        return Ok(None);
                    }
                }
            }
            IterState::Range {
                next,
                remaining,
                step,
            } => return Ok(range_step(next, remaining, *step)),
            IterState::BigRange(b) => {
                let (next, remaining, step) = &mut **b;
                if !num_traits::Signed::is_positive(remaining) {
                    return Ok(None);
                }
                let v = vm.new_int(next.clone());
                *remaining -= 1u8;
                *next += &*step;
                return Ok(Some(v));
            }
            IterState::Dict {
                dict,
                kind,
                pos,
                size,
            } => {
                let kind = *kind;
                let found = dict_step(dict, kind, pos, size);
                return match found {
                    DictStep::Item(k, v) => {
                        drop(st);
                        Ok(Some(match kind % 3 {
                            0 => k,
                            1 => v,
                            _ => vm.new_pair(k, v),
                        }))
                    }
                    DictStep::End => {
                        *st = IterState::Exhausted;
                        Ok(None)
                    }
                    DictStep::Changed => {
                        drop(st);
                        Err(vm.runtime_error("dictionary changed size during iteration"))
                    }
                };
            }
            IterState::Set { set, pos, size } => {
                let Payload::Set(t) = &set.payload else {
                    return Ok(None);
                };
                let t = t.borrow();
                if t.len() != *size {
                    *size = usize::MAX;
                    drop(t);
                    drop(st);
                    return Err(vm.runtime_error("Set changed size during iteration"));
                }
                match t.next_from(*pos) {
                    Some((np, k)) => {
                        *pos = np;
                        return Ok(Some(k));
                    }
                    None => {
                        drop(t);
                        *st = IterState::Exhausted;
                        return Ok(None);
                    }
                }
            }
            IterState::GetItem { obj, index } => Slow::GetItem(obj.clone(), *index),
            IterState::Enumerate { it, count } => match enumerate_fast(it, count) {
                Some(Some((n, v))) => {
                    drop(st);
                    return Ok(Some(vm.new_pair(n, v)));
                }
                Some(None) => return Ok(None),
                None => Slow::Enumerate(it.clone(), count.clone()),
            },
            IterState::Zip { iters, strict } => {
                if !*strict {
                    match zip_fast(iters) {
                        ZipFast::Items(items) => {
                            drop(st);
                            return Ok(Some(vm.new_tuple(items)));
                        }
                        ZipFast::End => {
                            *st = IterState::Exhausted;
                            return Ok(None);
                        }
                        ZipFast::Slow => {}
                    }
                }
                Slow::Zip(iters.clone(), *strict)
            }
            IterState::Map { func, iters } => Slow::Map(func.clone(), iters.clone()),
            IterState::Filter { func, it } => Slow::Filter(func.clone(), it.clone()),
            IterState::Reversed { seq, index } => Slow::Reversed(seq.clone(), *index),
            IterState::Callable { func, sentinel } => {
                Slow::Callable(func.clone(), sentinel.clone())
            }
        }
    };
    let exhaust = |c: &std::cell::RefCell<IterState>| *c.borrow_mut() = IterState::Exhausted;
    match slow {
        Slow::GetItem(obj, index) => match vm.getitem(&obj, &Value::Int(index)) {
            Ok(v) => {
                if let IterState::GetItem { index: i, .. } = &mut *c.borrow_mut() {
                    *i += 1;
                }
                Ok(Some(v))
            }
            Err(e)
                if vm.exc_matches(&e, &vm.t().index_error.clone())
                    || vm.exc_matches(&e, &vm.t().stop_iteration.clone()) =>
            {
                exhaust(c);
                Ok(None)
            }
            Err(e) => Err(e),
        },
        Slow::Enumerate(it, count) => match vm.next(&it)? {
            Some(v) => {
                let next_count = vm.binary_add(&count, &Value::Int(1))?;
                if let IterState::Enumerate { count: c2, .. } = &mut *c.borrow_mut() {
                    *c2 = next_count;
                }
                Ok(Some(vm.new_pair(count, v)))
            }
            None => Ok(None),
        },
        Slow::Zip(iters, strict) => {
            if iters.is_empty() {
                return Ok(None);
            }
            let mut out = Vec::with_capacity(iters.len());
            for (i, itv) in iters.iter().enumerate() {
                match vm.next(itv)? {
                    Some(v) => out.push(v),
                    None => {
                        exhaust(c);
                        if strict {
                            if i > 0 {
                                let msg = if i == 1 {
                                    format!("zip() argument {} is shorter than argument 1", i + 1)
                                } else {
                                    format!(
                                        "zip() argument {} is shorter than arguments 1-{}",
                                        i + 1,
                                        i
                                    )
                                };
                                return Err(vm.value_error(msg));
                            }
                            for (j, other) in iters.iter().enumerate().skip(1) {
                                if vm.next(other)?.is_some() {
                                    let msg = if j == 1 {
                                        format!(
                                            "zip() argument {} is longer than argument 1",
                                            j + 1
                                        )
                                    } else {
                                        format!(
                                            "zip() argument {} is longer than arguments 1-{}",
                                            j + 1,
                                            j
                                        )
                                    };
                                    return Err(vm.value_error(msg));
                                }
                            }
                        }
                        return Ok(None);
                    }
                }
            }
            Ok(Some(vm.new_tuple(out)))
        }
        Slow::Map(func, iters) => {
            let mut args = Vec::with_capacity(iters.len());
            for itv in &iters {
                match vm.next(itv)? {
                    Some(v) => args.push(v),
                    None => {
                        exhaust(c);
                        return Ok(None);
                    }
                }
            }
            vm.call(&func, &args).map(Some)
        }
        Slow::Filter(func, it) => loop {
            match vm.next(&it)? {
                Some(v) => {
                    let keep = if func.is_none() {
                        vm.truthy(&v)?
                    } else {
                        let r = vm.call(&func, std::slice::from_ref(&v))?;
                        vm.truthy(&r)?
                    };
                    if keep {
                        return Ok(Some(v));
                    }
                }
                None => {
                    exhaust(c);
                    return Ok(None);
                }
            }
        },
        Slow::Reversed(seq, index) => {
            if index < 0 {
                exhaust(c);
                return Ok(None);
            }
            let len = vm.len(&seq)? as i64;
            if index >= len {
                exhaust(c);
                return Ok(None);
            }
            let v = vm.getitem(&seq, &Value::Int(index));
            match v {
                Ok(v) => {
                    if let IterState::Reversed { index: i, .. } = &mut *c.borrow_mut() {
                        *i -= 1;
                    }
                    Ok(Some(v))
                }
                Err(e)
                    if vm.exc_matches(&e, &vm.t().index_error.clone())
                        || vm.exc_matches(&e, &vm.t().stop_iteration.clone()) =>
                {
                    exhaust(c);
                    Ok(None)
                }
                Err(e) => Err(e),
            }
        }
        Slow::Callable(func, sentinel) => {
            let v = vm.call(&func, &[])?;
            if vm.eq(&v, &sentinel)? {
                exhaust(c);
                Ok(None)
            } else {
                Ok(Some(v))
            }
        }
    }
}

/// `__length_hint__` of a built-in iterator, when cheaply known.
pub fn length_hint(it: &ObjRef) -> Option<usize> {
    let c = cell(it)?;
    let st = c.borrow();
    match &*st {
        IterState::Seq { seq, index } => {
            let n = match &seq.payload {
                Payload::List(l) => l.borrow().len(),
                Payload::Tuple(t) => t.len(),
                Payload::Bytes(b) => b.len(),
                Payload::ByteArray(b) => b.borrow().len(),
                _ => 0,
            };
            Some(n.saturating_sub(*index))
        }
        IterState::Range { remaining, .. } => Some((*remaining).max(0) as usize),
        IterState::Exhausted => Some(0),
        _ => None,
    }
}
