//! set and frozenset: construction, hashing (frozenset), comparison as subset relations,
//! the operators `| & - ^` and their in-place forms, and the methods (`add`, `remove`,
//! `discard`, `pop`, `clear`, `copy`, `update` and friends, `union`, `intersection`,
//! `difference`, `symmetric_difference`, `issubset`, `issuperset`, `isdisjoint`).

use crate::object::{BuiltinKind, ObjRef, Payload};
use crate::set;
use crate::value::Value;
use crate::{PyResult, Vm};
use std::cell::RefCell;

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
    let o = super::typeobj::new_instance(vm, &cls, Payload::Set(RefCell::new(Default::default())));
    if frozen {
        if let Some(a) = args.get(1) {
            for (h, x) in elements(vm, a)? {
                set::add_hashed(vm, &o, x, h)?;
            }
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
        for (h, x) in elements(vm, a)? {
            set::add_hashed(vm, &s, x, h)?;
        }
    }
    Ok(Value::None)
}

fn set_len(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = this(vm, &args[0], "__len__")?;
    Ok(Value::Int(set::len(&s) as i64))
}

fn set_contains(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = this(vm, &args[0], "__contains__")?;
    let x = args.get(1).cloned().unwrap_or(Value::None);
    match set::contains(vm, &s, &x) {
        Ok(r) => Ok(Value::Bool(r)),
        Err(e) => {
            // An unhashable set is looked up as a frozenset.
            if let Value::Obj(xo) = &x {
                if xo.class_is(&vm.types.set) && vm.exc_matches(&e, &vm.types.type_error.clone()) {
                    let f = vm.new_set(true);
                    for (h, k) in keys(xo) {
                        set::add_hashed(vm, &f, k, h)?;
                    }
                    return Ok(Value::Bool(set::contains(vm, &s, &Value::Obj(f))?));
                }
            }
            Err(e)
        }
    }
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

fn combine(vm: &mut Vm, a: &ObjRef, others: &[Value], op: SetOp, result: &ObjRef) -> PyResult<()> {
    match op {
        SetOp::Union => {
            for (h, x) in keys(a) {
                set::add_hashed(vm, result, x, h)?;
            }
            for o in others {
                for (h, x) in elements(vm, o)? {
                    set::add_hashed(vm, result, x, h)?;
                }
            }
        }
        SetOp::Inter => {
            let mut cur: Vec<(i64, Value)> = keys(a);
            for o in others {
                let other_set = match o {
                    Value::Obj(oo) if is_set(o) => oo.clone(),
                    _ => {
                        let s = vm.new_set(false);
                        for (h, x) in elements(vm, o)? {
                            set::add_hashed(vm, &s, x, h)?;
                        }
                        s
                    }
                };
                let mut next = Vec::new();
                for (h, x) in cur {
                    if contains_hashed(vm, &other_set, h, &x)? {
                        next.push((h, x));
                    }
                }
                cur = next;
            }
            for (h, x) in cur {
                set::add_hashed(vm, result, x, h)?;
            }
        }
        SetOp::Diff => {
            let mut cur: Vec<(i64, Value)> = keys(a);
            for o in others {
                let other_set = match o {
                    Value::Obj(oo) if is_set(o) => oo.clone(),
                    _ => {
                        let s = vm.new_set(false);
                        for (h, x) in elements(vm, o)? {
                            set::add_hashed(vm, &s, x, h)?;
                        }
                        s
                    }
                };
                let mut next = Vec::new();
                for (h, x) in cur {
                    if !contains_hashed(vm, &other_set, h, &x)? {
                        next.push((h, x));
                    }
                }
                cur = next;
            }
            for (h, x) in cur {
                set::add_hashed(vm, result, x, h)?;
            }
        }
        SetOp::SymDiff => {
            let other = match others.first() {
                Some(o) => elements(vm, o)?,
                None => Vec::new(),
            };
            let other_set = vm.new_set(false);
            for (h, x) in &other {
                set::add_hashed(vm, &other_set, x.clone(), *h)?;
            }
            for (h, x) in keys(a) {
                if !contains_hashed(vm, &other_set, h, &x)? {
                    set::add_hashed(vm, result, x, h)?;
                }
            }
            for (h, x) in keys(&other_set) {
                if !contains_hashed(vm, a, h, &x)? {
                    set::add_hashed(vm, result, x, h)?;
                }
            }
        }
    }
    Ok(())
}

fn op_method(vm: &mut Vm, args: &[Value], op: SetOp, name: &str) -> PyResult<Value> {
    let a = this(vm, &args[0], name)?;
    let r = new_like(vm, &a);
    combine(vm, &a, &args[1..], op, &r)?;
    Ok(Value::Obj(r))
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
    let r = new_like(vm, &ao);
    combine(vm, &ao, &[b], op, &r)?;
    Ok(Value::Obj(r))
}

fn op_inplace(vm: &mut Vm, args: &[Value], op: SetOp, name: &str) -> PyResult<Value> {
    let other = args.get(1).cloned().unwrap_or(Value::None);
    if !is_set(&other) {
        return Ok(vm.not_implemented.clone());
    }
    let a = this(vm, &args[0], name)?;
    let r = vm.new_set(false);
    combine(vm, &a, &[other], op, &r)?;
    if let (Payload::Set(dst), Payload::Set(src)) = (&a.payload, &r.payload) {
        let new = std::mem::take(&mut *src.borrow_mut());
        *dst.borrow_mut() = new;
    }
    Ok(args[0].clone())
}

macro_rules! set_ops {
    ($($m:ident, $o:ident, $r:ident, $i:ident, $u:ident, $op:expr, $name:literal);* $(;)?) => {
        $(
            fn $m(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> { op_method(vm, args, $op, $name) }
            fn $o(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> { op_operator(vm, args, $op, $name, false) }
            fn $r(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> { op_operator(vm, args, $op, $name, true) }
            fn $i(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> { op_inplace(vm, args, $op, $name) }
            fn $u(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
                let a = this(vm, &args[0], $name)?;
                let r = vm.new_set(false);
                combine(vm, &a, &args[1..], $op, &r)?;
                if let (Payload::Set(dst), Payload::Set(src)) = (&a.payload, &r.payload) {
                    let new = std::mem::take(&mut *src.borrow_mut());
                    *dst.borrow_mut() = new;
                }
                Ok(Value::None)
            }
        )*
    };
}

set_ops!(
    s_union, s_or, s_ror, s_ior, s_update, SetOp::Union, "union";
    s_intersection, s_and, s_rand, s_iand, s_intersection_update, SetOp::Inter, "intersection";
    s_difference, s_sub, s_rsub, s_isub, s_difference_update, SetOp::Diff, "difference";
    s_symmetric_difference, s_xor, s_rxor, s_ixor, s_symmetric_difference_update, SetOp::SymDiff, "symmetric_difference";
);

fn s_add(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = this(vm, &args[0], "add")?;
    set::add(vm, &s, args.get(1).cloned().unwrap_or(Value::None))?;
    Ok(Value::None)
}

fn s_remove(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = this(vm, &args[0], "remove")?;
    let x = args.get(1).cloned().unwrap_or(Value::None);
    if !set::discard(vm, &s, &x)? {
        return Err(vm.key_error(x));
    }
    Ok(Value::None)
}

fn s_discard(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = this(vm, &args[0], "discard")?;
    set::discard(vm, &s, args.get(1).unwrap_or(&Value::None))?;
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
    let r = new_like(vm, &s);
    for (h, x) in keys(&s) {
        set::add_hashed(vm, &r, x, h)?;
    }
    Ok(Value::Obj(r))
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
        let nf = vm.new_builtin(
            "__new__",
            set_new,
            BuiltinKind::StaticMethod,
            Some(t.clone()),
        );
        vm.type_dict_set(&t, "__new__", nf);
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
