//! set and frozenset: construction, hashing (frozenset), comparison as subset relations,
//! the operators `| & - ^` and their in-place forms, and the methods (`add`, `remove`,
//! `discard`, `pop`, `clear`, `copy`, `update` and friends, `union`, `intersection`,
//! `difference`, `symmetric_difference`, `issubset`, `issuperset`, `isdisjoint`).

use crate::object::{ObjRef, Payload};
use crate::set;
use crate::value::Value;
use crate::{PyResult, Vm};

fn this(vm: &mut Vm, v: &Value, m: &str) -> PyResult<ObjRef> {
    match v {
        Value::Obj(o) if matches!(o.payload, Payload::Set(_)) => Ok(o.clone()),
        _ => {
            let n = vm.type_name(v);
            Err(vm.type_error(format!(
                "descriptor '{m}' for 'set' objects doesn't apply to a '{n}' object"
            )))
        }
    }
}

fn keys(s: &ObjRef) -> Vec<(i64, Value)> {
    match &s.payload {
        Payload::Set(t) => t.borrow().entries(),
        _ => Vec::new(),
    }
}

fn is_frozen(vm: &Vm, s: &ObjRef) -> bool {
    crate::types::is_subtype(&s.class(), &vm.types.frozenset)
}

/// A new set or frozenset (matching `like`'s kind, as CPython's binary operators do).
fn new_like(vm: &mut Vm, like: &ObjRef) -> ObjRef {
    let frozen = is_frozen(vm, like);
    vm.new_set(frozen)
}

fn is_set(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::Set(_)))
}

/// Elements of any iterable, as (hash, value) pairs.
fn elements(vm: &mut Vm, v: &Value) -> PyResult<Vec<(i64, Value)>> {
    if let Value::Obj(o) = v {
        if is_set(v) {
            return Ok(keys(o));
        }
    }
    let items = vm.iterate(v)?;
    let mut out = Vec::with_capacity(items.len());
    for x in items {
        let h = vm.hash(&x)?;
        out.push((h, x));
    }
    Ok(out)
}

fn contains_hashed(vm: &mut Vm, s: &ObjRef, h: i64, x: &Value) -> PyResult<bool> {
    if let Payload::Set(t) = &s.payload {
        if let Some(r) = t.borrow().contains_fast(x, h) {
            return Ok(r);
        }
    }
    set::contains(vm, s, x)
}

fn set_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.first() else {
        return Err(vm.type_error("no type"));
    };
    let cls = cls.clone();
    let frozen = crate::types::is_subtype(&cls, &vm.types.frozenset);
    let name = if frozen { "frozenset" } else { "set" };
    if !kw.is_empty()
        && (std::rc::Rc::ptr_eq(&cls, &vm.types.set)
            || std::rc::Rc::ptr_eq(&cls, &vm.types.frozenset))
    {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "{name} expected at most 1 argument, got {}",
            args.len() - 1
        )));
    }
    if frozen && std::rc::Rc::ptr_eq(&cls, &vm.types.frozenset) {
        if let Some(a) = args.get(1) {
            if a.as_obj().is_some_and(|o| o.class_is(&vm.types.frozenset)) {
                return Ok(a.clone());
            }
        }
    }
    let o = super::typeobj::new_instance(vm, &cls, Payload::Set(Box::default()));
    if frozen {
        if let Some(a) = args.get(1) {
            update_internal(vm, &o, a)?;
        }
    }
    Ok(Value::Obj(o))
}

fn set_init(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = this(vm, &args[0], "__init__")?;
    if is_frozen(vm, &s) {
        return Ok(Value::None);
    }
    if let Payload::Set(t) = &s.payload {
        t.borrow_mut().clear();
    }
    if let Some(a) = args.get(1) {
        update_internal(vm, &s, a)?;
    }
    Ok(Value::None)
}

fn set_len(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = this(vm, &args[0], "__len__")?;
    Ok(Value::Int(set::len(&s) as i64))
}

/// Runs a lookup of `x`; if `x` is an unhashable set, retries with an equal frozenset, as
/// CPython's `set_contains`/`discard`/`remove` do (`{1} in {frozenset({1})}`).
fn with_frozen_retry<T>(
    vm: &mut Vm,
    x: &Value,
    mut f: impl FnMut(&mut Vm, &Value) -> PyResult<T>,
) -> PyResult<T> {
    match f(vm, x) {
        Err(e) => {
            if let Value::Obj(xo) = x {
                let te = vm.types.type_error.clone();
                if is_set(x) && !is_frozen(vm, xo) && vm.exc_matches(&e, &te) {
                    let fz = vm.new_set(true);
                    set::merge(vm, &fz, xo)?;
                    return f(vm, &Value::Obj(fz));
                }
            }
            Err(e)
        }
        ok => ok,
    }
}

/// `x in s` for a set or frozenset `s`.
pub fn contains_key(vm: &mut Vm, s: &ObjRef, x: &Value) -> PyResult<bool> {
    with_frozen_retry(vm, x, |vm, x| set::contains(vm, s, x))
}

fn set_contains(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = this(vm, &args[0], "__contains__")?;
    let x = args.get(1).cloned().unwrap_or(Value::None);
    Ok(Value::Bool(contains_key(vm, &s, &x)?))
}

fn set_iter(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = this(vm, &args[0], "__iter__")?;
    let size = set::len(&s);
    Ok(vm.new_iter(crate::iter::IterState::Set {
        set: s,
        pos: 0,
        size,
    }))
}

fn frozenset_hash(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = this(vm, &args[0], "__hash__")?;
    let hs: Vec<i64> = keys(&s).into_iter().map(|(h, _)| h).collect();
    Ok(Value::Int(kaa_fmt::hash::hash_frozenset(&hs)))
}

fn subset(vm: &mut Vm, a: &ObjRef, b: &ObjRef) -> PyResult<bool> {
    if set::len(a) > set::len(b) {
        return Ok(false);
    }
    for (h, x) in keys(a) {
        if !contains_hashed(vm, b, h, &x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

macro_rules! set_cmp {
    ($name:ident, $body:expr) => {
        fn $name(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
            let a = this(vm, &args[0], stringify!($name))?;
            let Some(Value::Obj(b)) = args.get(1).filter(|b| is_set(b)) else {
                return Ok(vm.not_implemented.clone());
            };
            let b = b.clone();
            let f: fn(&mut Vm, &ObjRef, &ObjRef) -> PyResult<bool> = $body;
            Ok(Value::Bool(f(vm, &a, &b)?))
        }
    };
}

set_cmp!(set_eq, |vm, a, b| Ok(
    set::len(a) == set::len(b) && subset(vm, a, b)?
));
set_cmp!(set_ne, |vm, a, b| Ok(
    !(set::len(a) == set::len(b) && subset(vm, a, b)?)
));
set_cmp!(set_le, |vm, a, b| subset(vm, a, b));
set_cmp!(set_lt, |vm, a, b| Ok(
    set::len(a) < set::len(b) && subset(vm, a, b)?
));
set_cmp!(set_ge, |vm, a, b| subset(vm, b, a));
set_cmp!(set_gt, |vm, a, b| Ok(
    set::len(a) > set::len(b) && subset(vm, b, a)?
));

#[derive(Clone, Copy)]
enum SetOp {
    Union,
    Inter,
    Diff,
    SymDiff,
}

fn same(a: &ObjRef, b: &Value) -> bool {
    matches!(b, Value::Obj(o) if std::rc::Rc::ptr_eq(a, o))
}

fn clear(s: &ObjRef) {
    if let Payload::Set(t) = &s.payload {
        t.borrow_mut().clear();
    }
}

/// Moves `src`'s table into `dst` (CPython's `set_swap_bodies` for the in-place forms).
fn replace_body(dst: &ObjRef, src: &ObjRef) {
    if let (Payload::Set(d), Payload::Set(s)) = (&dst.payload, &src.payload) {
        let new = std::mem::take(&mut *s.borrow_mut());
        *d.borrow_mut() = new;
    }
}

/// The (hash, key) pairs of an exact dict, for the dict fast paths.
fn exact_dict_keys(vm: &Vm, v: &Value) -> Option<Vec<(i64, Value)>> {
    match v {
        Value::Obj(o) if o.class_is(&vm.types.dict) => match &o.payload {
            Payload::Dict(d) => Some(d.borrow().iter().map(|e| (e.hash, e.key.clone())).collect()),
            _ => None,
        },
        _ => None,
    }
}

/// Adds every element of `other` to `so` (CPython's `set_update_internal`): sets merge
/// table-wise, exact dicts pre-size the table, anything else is iterated.
pub(crate) fn update_internal(vm: &mut Vm, so: &ObjRef, other: &Value) -> PyResult<()> {
    if let Value::Obj(o) = other {
        if is_set(other) {
            return set::merge(vm, so, o);
        }
    }
    if let Some(entries) = exact_dict_keys(vm, other) {
        if let Payload::Set(t) = &so.payload {
            t.borrow_mut().presize(entries.len());
        }
        for (h, x) in entries {
            set::add_hashed(vm, so, x, h)?;
        }
        return Ok(());
    }
    // One item at a time, as CPython's set_update_internal: the set holds what was added
    // before an exception, and nothing is materialised.
    let it = vm.iter(other)?;
    while let Some(x) = vm.next(&it)? {
        set::add(vm, so, x)?;
    }
    Ok(())
}

/// A new set of `so`'s base kind holding its elements (CPython's `set_copy`).
fn copy_of(vm: &mut Vm, so: &ObjRef) -> PyResult<ObjRef> {
    let r = new_like(vm, so);
    set::merge(vm, &r, so)?;
    Ok(r)
}

/// CPython's `set_intersection`: iterate the smaller set, probing the larger.
pub(crate) fn intersection(vm: &mut Vm, so: &ObjRef, other: &Value) -> PyResult<ObjRef> {
    if same(so, other) {
        return copy_of(vm, so);
    }
    let result = new_like(vm, so);
    if let Value::Obj(o) = other {
        if is_set(other) {
            let (big, small) = if set::len(o) > set::len(so) {
                (o, so)
            } else {
                (so, o)
            };
            for (h, x) in keys(small) {
                if contains_hashed(vm, big, h, &x)? {
                    set::add_hashed(vm, &result, x, h)?;
                }
            }
            return Ok(result);
        }
    }
    for x in vm.iterate(other)? {
        let h = vm.hash(&x)?;
        if contains_hashed(vm, so, h, &x)? {
            set::add_hashed(vm, &result, x, h)?;
        }
    }
    Ok(result)
}

/// CPython's `set_difference_update_internal`.
pub(crate) fn difference_update_internal(vm: &mut Vm, so: &ObjRef, other: &Value) -> PyResult<()> {
    if same(so, other) {
        clear(so);
        return Ok(());
    }
    match other {
        Value::Obj(o) if is_set(other) => {
            for (h, x) in keys(o) {
                set::discard_hashed(vm, so, &x, h)?;
            }
        }
        _ => {
            for x in vm.iterate(other)? {
                set::discard(vm, so, &x)?;
            }
        }
    }
    if let Payload::Set(t) = &so.payload {
        t.borrow_mut().compact_after_removals();
    }
    Ok(())
}

/// CPython's `set_difference`: copy-then-remove when `so` is much larger than `other` (or
/// `other` is not a set or dict), else filter `so` into a fresh set.
fn difference(vm: &mut Vm, so: &ObjRef, other: &Value) -> PyResult<ObjRef> {
    let dict_keys = exact_dict_keys(vm, other);
    let other_size = match (other, &dict_keys) {
        (Value::Obj(o), _) if is_set(other) => Some(set::len(o)),
        (_, Some(d)) => Some(d.len()),
        _ => None,
    };
    match other_size {
        Some(n) if (set::len(so) >> 2) <= n => {}
        _ => {
            let r = copy_of(vm, so)?;
            difference_update_internal(vm, &r, other)?;
            return Ok(r);
        }
    }
    let result = new_like(vm, so);
    for (h, x) in keys(so) {
        let present = match other {
            Value::Obj(o) if is_set(other) => contains_hashed(vm, o, h, &x)?,
            Value::Obj(o) => crate::dict::get_item_hashed(vm, o, &x, h)?.is_some(),
            _ => false,
        };
        if !present {
            set::add_hashed(vm, &result, x, h)?;
        }
    }
    Ok(result)
}

/// CPython's `set_symmetric_difference_update`: each element of `other` is removed from
/// `so` if present, else added.
pub(crate) fn symmetric_difference_update(vm: &mut Vm, so: &ObjRef, other: &Value) -> PyResult<()> {
    if same(so, other) {
        clear(so);
        return Ok(());
    }
    let entries = match (other, exact_dict_keys(vm, other)) {
        (_, Some(d)) => d,
        (Value::Obj(o), None) if is_set(other) => keys(o),
        _ => {
            let tmp = new_like(vm, so);
            update_internal(vm, &tmp, other)?;
            keys(&tmp)
        }
    };
    for (h, x) in entries {
        if !set::discard_hashed(vm, so, &x, h)? {
            set::add_hashed(vm, so, x, h)?;
        }
    }
    Ok(())
}

/// CPython's `set_symmetric_difference`: a copy of `other` updated with `so`.
fn symmetric_difference(vm: &mut Vm, so: &ObjRef, other: &Value) -> PyResult<ObjRef> {
    let r = new_like(vm, so);
    update_internal(vm, &r, other)?;
    symmetric_difference_update(vm, &r, &Value::Obj(so.clone()))?;
    Ok(r)
}

fn one_arg<'a>(vm: &mut Vm, args: &'a [Value], name: &str) -> PyResult<&'a Value> {
    match args {
        [x] => Ok(x),
        _ => Err(vm.type_error(format!(
            "set.{name}() takes exactly one argument ({} given)",
            args.len()
        ))),
    }
}

/// The binary operator forms (`a | b` ...), on two sets.
fn binary(vm: &mut Vm, so: &ObjRef, other: &Value, op: SetOp) -> PyResult<ObjRef> {
    match op {
        SetOp::Union => {
            let r = copy_of(vm, so)?;
            if !same(so, other) {
                update_internal(vm, &r, other)?;
            }
            Ok(r)
        }
        SetOp::Inter => intersection(vm, so, other),
        SetOp::Diff => difference(vm, so, other),
        SetOp::SymDiff => symmetric_difference(vm, so, other),
    }
}

/// The method forms (`a.union(*others)` ...), which accept any iterables.
fn op_method(vm: &mut Vm, args: &[Value], op: SetOp, name: &str) -> PyResult<Value> {
    let so = this(vm, &args[0], name)?;
    let others = &args[1..];
    let r = match op {
        SetOp::Union => {
            let r = copy_of(vm, &so)?;
            for o in others {
                if !same(&so, o) {
                    update_internal(vm, &r, o)?;
                }
            }
            r
        }
        SetOp::Inter => {
            let mut r = match others.first() {
                None => return Ok(Value::Obj(copy_of(vm, &so)?)),
                Some(o) => intersection(vm, &so, o)?,
            };
            for o in &others[1..] {
                r = intersection(vm, &r, o)?;
            }
            r
        }
        SetOp::Diff => {
            let r = match others.first() {
                None => return Ok(Value::Obj(copy_of(vm, &so)?)),
                Some(o) => difference(vm, &so, o)?,
            };
            for o in &others[1..] {
                difference_update_internal(vm, &r, o)?;
            }
            r
        }
        SetOp::SymDiff => {
            let o = one_arg(vm, others, name)?;
            symmetric_difference(vm, &so, o)?
        }
    };
    Ok(Value::Obj(r))
}

/// The in-place method forms (`a.update(*others)` ...).
fn op_update(vm: &mut Vm, args: &[Value], op: SetOp, name: &str) -> PyResult<Value> {
    let so = this(vm, &args[0], name)?;
    let others = &args[1..];
    match op {
        SetOp::Union => {
            for o in others {
                update_internal(vm, &so, o)?;
            }
        }
        SetOp::Inter => {
            let mut r = so.clone();
            for o in others {
                r = intersection(vm, &r, o)?;
            }
            if !std::rc::Rc::ptr_eq(&r, &so) {
                replace_body(&so, &r);
            }
        }
        SetOp::Diff => {
            for o in others {
                difference_update_internal(vm, &so, o)?;
            }
        }
        SetOp::SymDiff => {
            let o = one_arg(vm, others, name)?;
            symmetric_difference_update(vm, &so, o)?;
        }
    }
    Ok(Value::None)
}

fn op_operator(
    vm: &mut Vm,
    args: &[Value],
    op: SetOp,
    name: &str,
    reflected: bool,
) -> PyResult<Value> {
    let other = args.get(1).cloned().unwrap_or(Value::None);
    if !is_set(&other) {
        return Ok(vm.not_implemented.clone());
    }
    let (a, b) = if reflected {
        (other, args[0].clone())
    } else {
        (args[0].clone(), other)
    };
    let ao = this(vm, &a, name)?;
    Ok(Value::Obj(binary(vm, &ao, &b, op)?))
}

fn op_inplace(vm: &mut Vm, args: &[Value], op: SetOp, name: &str) -> PyResult<Value> {
    let other = args.get(1).cloned().unwrap_or(Value::None);
    if !is_set(&other) {
        return Ok(vm.not_implemented.clone());
    }
    let so = this(vm, &args[0], name)?;
    match op {
        SetOp::Union => update_internal(vm, &so, &other)?,
        SetOp::Inter => {
            let r = intersection(vm, &so, &other)?;
            replace_body(&so, &r);
        }
        SetOp::Diff => difference_update_internal(vm, &so, &other)?,
        SetOp::SymDiff => symmetric_difference_update(vm, &so, &other)?,
    }
    Ok(args[0].clone())
}

macro_rules! set_ops {
    ($($m:ident, $o:ident, $r:ident, $i:ident, $u:ident, $op:expr, $name:literal, $uname:literal);* $(;)?) => {
        $(
            fn $m(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> { op_method(vm, args, $op, $name) }
            fn $o(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> { op_operator(vm, args, $op, $name, false) }
            fn $r(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> { op_operator(vm, args, $op, $name, true) }
            fn $i(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> { op_inplace(vm, args, $op, $name) }
            fn $u(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> { op_update(vm, args, $op, $uname) }
        )*
    };
}

set_ops!(
    s_union, s_or, s_ror, s_ior, s_update, SetOp::Union, "union", "update";
    s_intersection, s_and, s_rand, s_iand, s_intersection_update, SetOp::Inter, "intersection", "intersection_update";
    s_difference, s_sub, s_rsub, s_isub, s_difference_update, SetOp::Diff, "difference", "difference_update";
    s_symmetric_difference, s_xor, s_rxor, s_ixor, s_symmetric_difference_update, SetOp::SymDiff, "symmetric_difference", "symmetric_difference_update";
);

fn s_add(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = this(vm, &args[0], "add")?;
    set::add(vm, &s, args.get(1).cloned().unwrap_or(Value::None))?;
    Ok(Value::None)
}

fn s_remove(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = this(vm, &args[0], "remove")?;
    let x = args.get(1).cloned().unwrap_or(Value::None);
    if !with_frozen_retry(vm, &x, |vm, k| set::discard(vm, &s, k))? {
        return Err(vm.key_error(x));
    }
    Ok(Value::None)
}

fn s_discard(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = this(vm, &args[0], "discard")?;
    with_frozen_retry(vm, args.get(1).unwrap_or(&Value::None), |vm, k| {
        set::discard(vm, &s, k)
    })?;
    Ok(Value::None)
}

fn s_pop(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = this(vm, &args[0], "pop")?;
    let r = match &s.payload {
        Payload::Set(t) => t.borrow_mut().pop_first(),
        _ => None,
    };
    match r {
        Some(v) => Ok(v),
        None => {
            let c = vm.types.key_error.clone();
            Err(vm.new_exc(&c, "pop from an empty set"))
        }
    }
}

fn s_clear(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = this(vm, &args[0], "clear")?;
    if let Payload::Set(t) = &s.payload {
        t.borrow_mut().clear();
    }
    Ok(Value::None)
}

fn s_copy(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = this(vm, &args[0], "copy")?;
    if s.class_is(&vm.types.frozenset) {
        return Ok(args[0].clone());
    }
    Ok(Value::Obj(copy_of(vm, &s)?))
}

fn s_issubset(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = this(vm, &args[0], "issubset")?;
    let b = vm.new_set(false);
    for (h, x) in elements(vm, args.get(1).unwrap_or(&Value::None))? {
        set::add_hashed(vm, &b, x, h)?;
    }
    Ok(Value::Bool(subset(vm, &a, &b)?))
}

fn s_issuperset(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = this(vm, &args[0], "issuperset")?;
    for (h, x) in elements(vm, args.get(1).unwrap_or(&Value::None))? {
        if !contains_hashed(vm, &a, h, &x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn s_isdisjoint(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = this(vm, &args[0], "isdisjoint")?;
    for (h, x) in elements(vm, args.get(1).unwrap_or(&Value::None))? {
        if contains_hashed(vm, &a, h, &x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

pub fn init(vm: &mut Vm) {
    for (t, frozen) in [
        (vm.types.set.clone(), false),
        (vm.types.frozenset.clone(), true),
    ] {
        vm.add_staticmethod(&t, "__new__", set_new);
        let common: &[(&'static str, crate::object::NativeFn)] = &[
            ("__init__", set_init),
            ("__len__", set_len),
            ("__contains__", set_contains),
            ("__iter__", set_iter),
            ("__eq__", set_eq),
            ("__ne__", set_ne),
            ("__le__", set_le),
            ("__lt__", set_lt),
            ("__ge__", set_ge),
            ("__gt__", set_gt),
            ("__or__", s_or),
            ("__ror__", s_ror),
            ("__and__", s_and),
            ("__rand__", s_rand),
            ("__sub__", s_sub),
            ("__rsub__", s_rsub),
            ("__xor__", s_xor),
            ("__rxor__", s_rxor),
            ("union", s_union),
            ("intersection", s_intersection),
            ("difference", s_difference),
            ("symmetric_difference", s_symmetric_difference),
            ("copy", s_copy),
            ("issubset", s_issubset),
            ("issuperset", s_issuperset),
            ("isdisjoint", s_isdisjoint),
        ];
        for (n, f) in common {
            vm.add_method(&t, n, *f);
        }
        if frozen {
            vm.add_method(&t, "__hash__", frozenset_hash);
        } else {
            let mm: &[(&'static str, crate::object::NativeFn)] = &[
                ("__ior__", s_ior),
                ("__iand__", s_iand),
                ("__isub__", s_isub),
                ("__ixor__", s_ixor),
                ("update", s_update),
                ("intersection_update", s_intersection_update),
                ("difference_update", s_difference_update),
                ("symmetric_difference_update", s_symmetric_difference_update),
                ("add", s_add),
                ("remove", s_remove),
                ("discard", s_discard),
                ("pop", s_pop),
                ("clear", s_clear),
            ];
            for (n, f) in mm {
                vm.add_method(&t, n, *f);
            }
            vm.type_dict_set(&t, "__hash__", Value::None);
        }
    }
}
