//! dict and its views: construction from mappings, iterables of pairs and keywords, the
//! special methods (`[]` with `__missing__` for subclasses, `in`, `len`, `==`, `|`, `|=`,
//! iteration, `reversed`) and methods (`get`, `setdefault`, `pop`, `popitem`, `update`,
//! `keys`/`values`/`items`, `copy`, `clear`, `fromkeys`), with CPython's messages.

use super::{argcheck, setobj};
use crate::dict;
use crate::iter::IterState;
use crate::object::{ObjRef, Object, Payload};
use crate::value::Value;
use crate::{PyResult, Vm};
use kaa_compiler::opcodes::CmpKind;

fn this(vm: &mut Vm, v: &Value, m: &str) -> PyResult<ObjRef> {
    match v {
        Value::Obj(o) if matches!(o.payload, Payload::Dict(_)) => Ok(o.clone()),
        _ => {
            let n = vm.type_name(v);
            Err(vm.type_error(format!(
                "descriptor '{m}' for 'dict' objects doesn't apply to a '{n}' object"
            )))
        }
    }
}

fn items(d: &ObjRef) -> Vec<(Value, Value)> {
    match &d.payload {
        Payload::Dict(t) => t.borrow().items(),
        _ => Vec::new(),
    }
}

/// `dict.update(other)` semantics: a mapping (has `keys`) or an iterable of pairs.
pub fn update_from(vm: &mut Vm, d: &ObjRef, other: &Value) -> PyResult<()> {
    if let Some(Payload::Dict(_)) = other.payload() {
        if let Value::Obj(o) = other {
            for (k, v) in items(o) {
                dict::set_item(vm, d, k, v)?;
            }
            return Ok(());
        }
    }
    if vm.getattr_opt(other, "keys")?.is_some() {
        let ks = vm.call_method(other, "keys", &[])?;
        for k in vm.iterate(&ks)? {
            let v = vm.getitem(other, &k)?;
            dict::set_item(vm, d, k, v)?;
        }
        return Ok(());
    }
    // `iter` itself raises CPython's "'X' object is not iterable".
    let it = vm.iter(other)?;
    let mut i = 0;
    while let Some(item) = vm.next(&it)? {
        let pair = match vm.iterate(&item) {
            Ok(p) => p,
            Err(_) => {
                return Err(vm.type_error(format!(
                    "cannot convert dictionary update sequence element #{i} to a sequence"
                )));
            }
        };
        if pair.len() != 2 {
            return Err(vm.value_error(format!(
                "dictionary update sequence element #{i} has length {}; 2 is required",
                pair.len()
            )));
        }
        let mut p = pair.into_iter();
        if let (Some(k), Some(v)) = (p.next(), p.next()) {
            dict::set_item(vm, d, k, v)?;
        }
        i += 1;
    }
    Ok(())
}

fn dict_new(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.first() else {
        return Err(vm.type_error("no type"));
    };
    let o = super::typeobj::new_instance(vm, cls, Payload::Dict(Box::default()));
    Ok(Value::Obj(o))
}

fn dict_init(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = this(vm, &args[0], "__init__")?;
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "dict expected at most 1 argument, got {}",
            args.len() - 1
        )));
    }
    if let Some(other) = args.get(1) {
        update_from(vm, &d, other)?;
    }
    for (k, v) in kw {
        dict::set_item(vm, &d, k.clone(), v.clone())?;
    }
    Ok(Value::None)
}

fn dict_getitem(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = this(vm, &args[0], "__getitem__")?;
    let k = args.get(1).cloned().unwrap_or(Value::None);
    match dict::get_item(vm, &d, &k)? {
        Some(v) => Ok(v),
        None => {
            if !d.class_is(&vm.types.dict) {
                if let Some(r) =
                    vm.call_special(&args[0], "__missing__", std::slice::from_ref(&k))?
                {
                    return Ok(r);
                }
            }
            Err(vm.key_error(k))
        }
    }
}

fn dict_setitem(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = this(vm, &args[0], "__setitem__")?;
    dict::set_item(
        vm,
        &d,
        args.get(1).cloned().unwrap_or(Value::None),
        args.get(2).cloned().unwrap_or(Value::None),
    )?;
    Ok(Value::None)
}

fn dict_delitem(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = this(vm, &args[0], "__delitem__")?;
    let k = args.get(1).cloned().unwrap_or(Value::None);
    match dict::del_item(vm, &d, &k)? {
        Some(_) => Ok(Value::None),
        None => Err(vm.key_error(k)),
    }
}

fn dict_len(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = this(vm, &args[0], "__len__")?;
    Ok(Value::Int(dict::len(&d) as i64))
}

fn dict_contains(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = this(vm, &args[0], "__contains__")?;
    Ok(Value::Bool(
        dict::get_item(vm, &d, args.get(1).unwrap_or(&Value::None))?.is_some(),
    ))
}

fn dict_iter(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = this(vm, &args[0], "__iter__")?;
    let size = dict::len(&d);
    Ok(vm.new_iter(IterState::Dict {
        dict: d,
        kind: 0,
        pos: 0,
        size,
    }))
}

fn dict_reversed(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = this(vm, &args[0], "__reversed__")?;
    Ok(reverse_iter(vm, d, 0))
}

/// A live reverse iterator over keys (0), values (1) or items (2): `IterState::Dict` with
/// kinds 3..=5, walking the entries from the end.
fn reverse_iter(vm: &mut Vm, d: ObjRef, kind: u8) -> Value {
    let size = dict::len(&d);
    let pos = match &d.payload {
        Payload::Dict(t) => t.borrow().raw_len(),
        _ => 0,
    };
    vm.new_iter(IterState::Dict {
        dict: d,
        kind: kind + 3,
        pos,
        size,
    })
}

pub(crate) fn dict_eq(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = this(vm, &args[0], "__eq__")?;
    let Some(Value::Obj(b)) = args
        .get(1)
        .filter(|b| matches!(b.payload(), Some(Payload::Dict(_))))
    else {
        return Ok(vm.not_implemented.clone());
    };
    let b = b.clone();
    if dict::len(&a) != dict::len(&b) {
        return Ok(Value::Bool(false));
    }
    for (k, v) in items(&a) {
        match dict::get_item(vm, &b, &k)? {
            Some(bv) => {
                if !(bv.is(&v) || vm.eq(&v, &bv)?) {
                    return Ok(Value::Bool(false));
                }
            }
            None => return Ok(Value::Bool(false)),
        }
    }
    Ok(Value::Bool(true))
}

pub(crate) fn dict_ne(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let r = dict_eq(vm, args, kw)?;
    match r {
        Value::Bool(b) => Ok(Value::Bool(!b)),
        other => Ok(other),
    }
}

fn dict_or(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = this(vm, &args[0], "__or__")?;
    let Some(Value::Obj(b)) = args
        .get(1)
        .filter(|b| matches!(b.payload(), Some(Payload::Dict(_))))
    else {
        return Ok(vm.not_implemented.clone());
    };
    let b = b.clone();
    let n = vm.new_dict();
    for (k, v) in items(&a).into_iter().chain(items(&b)) {
        dict::set_item(vm, &n, k, v)?;
    }
    Ok(Value::Obj(n))
}

fn dict_ior(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = this(vm, &args[0], "__ior__")?;
    update_from(vm, &a, args.get(1).unwrap_or(&Value::None))?;
    Ok(args[0].clone())
}

fn dict_get(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = this(vm, &args[0], "get")?;
    if args.len() < 2 {
        return Err(vm.type_error(format!(
            "get expected at least 1 argument, got {}",
            args.len().saturating_sub(1)
        )));
    }
    if args.len() > 3 {
        return Err(vm.type_error(format!(
            "get expected at most 2 arguments, got {}",
            args.len() - 1
        )));
    }
    Ok(dict::get_item(vm, &d, &args[1])?
        .unwrap_or_else(|| args.get(2).cloned().unwrap_or(Value::None)))
}

fn dict_setdefault(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = this(vm, &args[0], "setdefault")?;
    argcheck::positional(vm, args, kw, "dict.setdefault", "setdefault", 1, 2)?;
    let k = args.get(1).cloned().unwrap_or(Value::None);
    if let Some(v) = dict::get_item(vm, &d, &k)? {
        return Ok(v);
    }
    let dv = args.get(2).cloned().unwrap_or(Value::None);
    dict::set_item(vm, &d, k, dv.clone())?;
    Ok(dv)
}

fn dict_pop(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = this(vm, &args[0], "pop")?;
    if args.len() < 2 {
        return Err(vm.type_error("pop expected at least 1 argument, got 0"));
    }
    match dict::del_item(vm, &d, &args[1])? {
        Some(v) => Ok(v),
        None => match args.get(2) {
            Some(dv) => Ok(dv.clone()),
            None => Err(vm.key_error(args[1].clone())),
        },
    }
}

fn dict_popitem(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = this(vm, &args[0], "popitem")?;
    argcheck::no_args(vm, args, kw, "dict.popitem")?;
    let r = match &d.payload {
        Payload::Dict(t) => t.borrow_mut().pop_last(),
        _ => None,
    };
    match r {
        Some((k, v)) => Ok(vm.new_pair(k, v)),
        None => {
            let c = vm.types.key_error.clone();
            Err(vm.new_exc(&c, "popitem(): dictionary is empty"))
        }
    }
}

fn dict_update(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = this(vm, &args[0], "update")?;
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "update expected at most 1 argument, got {}",
            args.len() - 1
        )));
    }
    if let Some(o) = args.get(1) {
        update_from(vm, &d, o)?;
    }
    for (k, v) in kw {
        dict::set_item(vm, &d, k.clone(), v.clone())?;
    }
    Ok(Value::None)
}

fn view(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)], kind: u8) -> PyResult<Value> {
    let name = ["keys", "values", "items"][kind.min(2) as usize];
    let d = this(vm, &args[0], name)?;
    argcheck::no_args(vm, args, kw, &format!("dict.{name}"))?;
    let cls = match kind {
        0 => vm.types.dict_keys.clone(),
        1 => vm.types.dict_values.clone(),
        _ => vm.types.dict_items.clone(),
    };
    Ok(Value::Obj(Object::new(cls, Payload::DictView(kind, d))))
}

fn dict_keys(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    view(vm, args, kw, 0)
}
fn dict_values(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    view(vm, args, kw, 1)
}
fn dict_items(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    view(vm, args, kw, 2)
}

fn dict_copy(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = this(vm, &args[0], "copy")?;
    argcheck::no_args(vm, args, kw, "dict.copy")?;
    let n = vm.new_dict();
    for (k, v) in items(&d) {
        dict::set_item(vm, &n, k, v)?;
    }
    Ok(Value::Obj(n))
}

fn dict_clear(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = this(vm, &args[0], "clear")?;
    argcheck::no_args(vm, args, kw, "dict.clear")?;
    let old = match &d.payload {
        Payload::Dict(t) => std::mem::take(&mut *t.borrow_mut()),
        _ => Default::default(),
    };
    drop(old);
    Ok(Value::None)
}

fn dict_fromkeys(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    argcheck::positional(vm, args, kw, "dict.fromkeys", "fromkeys", 1, 2)?;
    let cls = args[0].clone();
    let it = args.get(1).cloned().unwrap_or(Value::None);
    let v = args.get(2).cloned().unwrap_or(Value::None);
    let d = vm.call(&cls, &[])?;
    for k in vm.iterate(&it)? {
        vm.setitem(&d, k, v.clone())?;
    }
    Ok(d)
}

// ---- views -------------------------------------------------------------------------------------

fn view_parts(vm: &mut Vm, v: &Value) -> PyResult<(u8, ObjRef)> {
    match v.payload() {
        Some(Payload::DictView(k, d)) => Ok((*k, d.clone())),
        _ => Err(vm.type_error("descriptor requires a dict view")),
    }
}

fn view_len(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (_, d) = view_parts(vm, &args[0])?;
    Ok(Value::Int(dict::len(&d) as i64))
}

fn view_iter(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (kind, d) = view_parts(vm, &args[0])?;
    let size = dict::len(&d);
    Ok(vm.new_iter(IterState::Dict {
        dict: d,
        kind,
        pos: 0,
        size,
    }))
}

fn view_reversed(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (kind, d) = view_parts(vm, &args[0])?;
    Ok(reverse_iter(vm, d, kind))
}

fn view_contains(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (kind, d) = view_parts(vm, &args[0])?;
    let x = args.get(1).cloned().unwrap_or(Value::None);
    match kind {
        0 => Ok(Value::Bool(dict::get_item(vm, &d, &x)?.is_some())),
        1 => {
            for (_, v) in items(&d) {
                if v.is(&x) || vm.eq(&v, &x)? {
                    return Ok(Value::Bool(true));
                }
            }
            Ok(Value::Bool(false))
        }
        _ => {
            let Some(Payload::Tuple(t)) = x.payload() else {
                return Ok(Value::Bool(false));
            };
            if t.len() != 2 {
                return Ok(Value::Bool(false));
            }
            let (k, v) = (t[0].clone(), t[1].clone());
            match dict::get_item(vm, &d, &k)? {
                Some(dv) => Ok(Value::Bool(dv.is(&v) || vm.eq(&dv, &v)?)),
                None => Ok(Value::Bool(false)),
            }
        }
    }
}

/// Set operations and comparisons of keys/items views go through sets of their elements.
fn view_as_set(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Obj(to_set(vm, v)?))
}

/// A new set of an operand's elements, as CPython's `dictviews_to_set`: a keys view is
/// built from its dict (which pre-sizes the table), anything else by iteration.
fn to_set(vm: &mut Vm, v: &Value) -> PyResult<ObjRef> {
    let s = vm.new_set(false);
    let src = match v.payload() {
        Some(Payload::DictView(0, d)) => Value::Obj(d.clone()),
        _ => v.clone(),
    };
    setobj::update_internal(vm, &s, &src)?;
    Ok(s)
}

#[derive(Clone, Copy)]
enum ViewOp {
    And,
    Or,
    Sub,
    Xor,
}

/// `left OP right` where one side is a keys/items view, operands in source order (CPython's
/// number slots see them unswapped, so `[1] - d.keys()` is a set built from the list).
fn view_binop(vm: &mut Vm, left: &Value, right: &Value, op: ViewOp) -> PyResult<Value> {
    let r = match op {
        ViewOp::Or => {
            let r = to_set(vm, left)?;
            setobj::update_internal(vm, &r, right)?;
            r
        }
        ViewOp::Sub => {
            let r = to_set(vm, left)?;
            setobj::difference_update_internal(vm, &r, right)?;
            r
        }
        ViewOp::Xor => {
            let r = to_set(vm, left)?;
            setobj::symmetric_difference_update(vm, &r, right)?;
            r
        }
        ViewOp::And => return view_intersect(vm, left, right),
    };
    Ok(Value::Obj(r))
}

fn is_setlike_view(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::DictView(k, _)) if *k != 1)
}

/// CPython's `_PyDictView_Intersect`: a larger exact set does the work itself; otherwise
/// the smaller operand is iterated and probed in the view.
fn view_intersect(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let (mut this, mut other) = if is_setlike_view(a) {
        (a.clone(), b.clone())
    } else {
        (b.clone(), a.clone())
    };
    let len_self = vm.len(&this)?;
    if let Value::Obj(o) = &other {
        if o.class_is(&vm.types.set) && len_self <= crate::set::len(o) {
            return vm.call_method(&other, "intersection", &[this]);
        }
    }
    if is_setlike_view(&other) && vm.len(&other)? > len_self {
        std::mem::swap(&mut this, &mut other);
    }
    let result = vm.new_set(false);
    for x in vm.iterate(&other)? {
        let found = view_contains(vm, &[this.clone(), x.clone()], &[])?;
        if vm.truthy(&found)? {
            crate::set::add(vm, &result, x)?;
        }
    }
    Ok(Value::Obj(result))
}

macro_rules! view_setop {
    ($name:ident, $rname:ident, $op:expr) => {
        fn $name(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
            let other = args.get(1).cloned().unwrap_or(Value::None);
            view_binop(vm, &args[0], &other, $op)
        }
        fn $rname(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
            let other = args.get(1).cloned().unwrap_or(Value::None);
            view_binop(vm, &other, &args[0], $op)
        }
    };
}

/// Rich comparisons of keys/items views with sets and other set-like views, as subset
/// relations (CPython's `dictview_richcompare`); anything else is NotImplemented.
fn view_compare(vm: &mut Vm, args: &[Value], op: CmpKind) -> PyResult<Value> {
    let other = args.get(1).cloned().unwrap_or(Value::None);
    let setlike = matches!(other.payload(), Some(Payload::Set(_))) || is_setlike_view(&other);
    if !setlike {
        return Ok(vm.not_implemented.clone());
    }
    let a = view_as_set(vm, &args[0])?;
    let b = view_as_set(vm, &other)?;
    vm.compare(&a, &b, op)
}

macro_rules! view_cmp {
    ($($name:ident => $op:expr),* $(,)?) => {
        $(
            fn $name(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
                view_compare(vm, args, $op)
            }
        )*
    };
}

view_cmp!(
    view_ne => CmpKind::Ne,
    view_lt => CmpKind::Lt,
    view_le => CmpKind::Le,
    view_gt => CmpKind::Gt,
    view_ge => CmpKind::Ge,
);

/// `view.isdisjoint(iterable)`: no element of the iterable is in the view.
fn view_isdisjoint(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let other = args.get(1).cloned().unwrap_or(Value::None);
    for x in vm.iterate(&other)? {
        let found = view_contains(vm, &[args[0].clone(), x], &[])?;
        if vm.truthy(&found)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

view_setop!(view_and, view_rand, ViewOp::And);
view_setop!(view_or, view_ror, ViewOp::Or);
view_setop!(view_sub, view_rsub, ViewOp::Sub);
view_setop!(view_xor, view_rxor, ViewOp::Xor);

fn view_eq(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (kind, _) = view_parts(vm, &args[0])?;
    let other = args.get(1).cloned().unwrap_or(Value::None);
    if kind == 1 {
        return Ok(Value::Bool(args[0].is(&other)));
    }
    let is_setlike = matches!(other.payload(), Some(Payload::Set(_)))
        || matches!(other.payload(), Some(Payload::DictView(k, _)) if *k != 1);
    if !is_setlike {
        return Ok(vm.not_implemented.clone());
    }
    let a = view_as_set(vm, &args[0])?;
    let b = view_as_set(vm, &other)?;
    Ok(Value::Bool(vm.eq(&a, &b)?))
}

fn view_mapping(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let (_, d) = view_parts(vm, v)?;
    Ok(Value::Obj(Object::new(
        vm.types.mappingproxy.clone(),
        Payload::MappingProxy(Value::Obj(d)),
    )))
}

pub fn init(vm: &mut Vm) {
    let d = vm.types.dict.clone();
    vm.add_staticmethod(&d, "__new__", dict_new);
    let dm: &[(&'static str, crate::object::NativeFn)] = &[
        ("__init__", dict_init),
        ("__getitem__", dict_getitem),
        ("__setitem__", dict_setitem),
        ("__delitem__", dict_delitem),
        ("__len__", dict_len),
        ("__contains__", dict_contains),
        ("__iter__", dict_iter),
        ("__reversed__", dict_reversed),
        ("__eq__", dict_eq),
        ("__ne__", dict_ne),
        ("__or__", dict_or),
        ("__ior__", dict_ior),
        ("get", dict_get),
        ("setdefault", dict_setdefault),
        ("pop", dict_pop),
        ("popitem", dict_popitem),
        ("update", dict_update),
        ("keys", dict_keys),
        ("values", dict_values),
        ("items", dict_items),
        ("copy", dict_copy),
        ("clear", dict_clear),
    ];
    for (n, f) in dm {
        vm.add_method(&d, n, *f);
    }
    vm.add_classmethod(&d, "fromkeys", dict_fromkeys);
    vm.type_dict_set(&d, "__hash__", Value::None);
    for v in [
        vm.types.dict_keys.clone(),
        vm.types.dict_values.clone(),
        vm.types.dict_items.clone(),
    ] {
        vm.add_method(&v, "__len__", view_len);
        vm.add_method(&v, "__iter__", view_iter);
        vm.add_method(&v, "__reversed__", view_reversed);
        super::typeobj::add_getset(vm, &v, "mapping", view_mapping, None);
    }
    // keys and items views are set-like (values views are not: no set operations, no
    // equality beyond identity).
    for v in [vm.types.dict_keys.clone(), vm.types.dict_items.clone()] {
        vm.add_method(&v, "__contains__", view_contains);
        vm.add_method(&v, "__and__", view_and);
        vm.add_method(&v, "__rand__", view_rand);
        vm.add_method(&v, "__or__", view_or);
        vm.add_method(&v, "__ror__", view_ror);
        vm.add_method(&v, "__sub__", view_sub);
        vm.add_method(&v, "__rsub__", view_rsub);
        vm.add_method(&v, "__xor__", view_xor);
        vm.add_method(&v, "__rxor__", view_rxor);
        vm.add_method(&v, "__eq__", view_eq);
        vm.add_method(&v, "__ne__", view_ne);
        vm.add_method(&v, "__lt__", view_lt);
        vm.add_method(&v, "__le__", view_le);
        vm.add_method(&v, "__gt__", view_gt);
        vm.add_method(&v, "__ge__", view_ge);
        vm.add_method(&v, "isdisjoint", view_isdisjoint);
        vm.type_dict_set(&v, "__hash__", Value::None);
    }
}
