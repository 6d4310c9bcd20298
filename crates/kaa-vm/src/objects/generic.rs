//! PEP 585 and PEP 604 objects: `types.GenericAlias` (what `list[int]` returns, via the
//! built-in types' `__class_getitem__`) and `types.UnionType` (what `int | str` returns),
//! with CPython's reprs, equality, hashing, `__origin__`/`__args__`/`__parameters__`, calling
//! through to the origin, and the isinstance rules (unions allowed, parameterized generics
//! refused).

use crate::object::{ObjRef, Object, Payload};
use crate::types::{self, Layout};
use crate::value::Value;
use crate::{PyResult, Vm};

fn attr(vm: &Vm, v: &Value, name: &str) -> Option<Value> {
    v.as_obj()
        .and_then(|o| o.dict())
        .and_then(|d| vm.dict_get_str(&d, name))
}

pub fn is_union(vm: &Vm, v: &Value) -> bool {
    v.as_obj()
        .is_some_and(|o| o.class_is(&vm.generic_types().1))
}

pub fn is_generic_alias(vm: &Vm, v: &Value) -> bool {
    v.as_obj()
        .is_some_and(|o| o.class_is(&vm.generic_types().0))
}

/// The members of a union (for isinstance/issubclass).
pub fn union_args(vm: &Vm, v: &Value) -> Vec<Value> {
    attr(vm, v, "__args__")
        .map(|a| vm.tuple_items(&a))
        .unwrap_or_default()
}

/// How an argument of a generic alias or union is shown: types by qualified name.
fn type_text(vm: &mut Vm, v: &Value) -> PyResult<String> {
    if let Value::Obj(o) = v {
        if matches!(o.payload, Payload::Type(_)) {
            let qn = types::tdata(o)
                .map(|d| d.qualname.borrow().clone())
                .unwrap_or_default();
            let m = vm.getattr(v, "__module__")?;
            return Ok(match m.as_str() {
                Some("builtins") | None => qn,
                Some(m) => format!("{m}.{qn}"),
            });
        }
        if matches!(o.payload, Payload::Ellipsis) {
            return Ok("...".into());
        }
    }
    if v.is_none() {
        return Ok("None".into());
    }
    vm.repr_string(v)
}

pub fn new_generic_alias(vm: &mut Vm, origin: Value, args: Value) -> Value {
    let args = match args.payload() {
        Some(Payload::Tuple(_)) => args,
        _ => vm.new_tuple(vec![args]),
    };
    let params = collect_parameters(vm, &args);
    let d = vm.new_dict();
    vm.dict_set_str(&d, "__origin__", origin);
    vm.dict_set_str(&d, "__args__", args);
    vm.dict_set_str(&d, "__parameters__", params);
    let cls = vm.generic_types().0;
    Value::Obj(Object::with_dict(cls, Payload::Plain, d))
}

/// Whether `v` is a type variable (TypeVar, ParamSpec...: its class has `__typing_subst__`).
fn is_type_var(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Obj(o) if !matches!(o.payload, Payload::Type(_)) => {
            types::lookup(&vm.type_of(v), "__typing_subst__").is_some()
        }
        _ => false,
    }
}

/// The type variables of `args`, in order of first appearance: the variables themselves and
/// those of nested generic aliases (read from their `__parameters__`, no code runs).
fn collect_parameters(vm: &mut Vm, args: &Value) -> Value {
    let mut params: Vec<Value> = Vec::new();
    let push = |params: &mut Vec<Value>, p: Value| {
        if !params.iter().any(|q| q.is(&p)) {
            params.push(p);
        }
    };
    let mut flat = Vec::new();
    for a in vm.tuple_items(args) {
        // Callable[[T], U]: the argument list's items count too.
        match a.payload() {
            Some(Payload::List(l)) => flat.extend(l.borrow().iter().cloned()),
            _ => flat.push(a),
        }
    }
    for a in flat {
        if is_type_var(vm, &a) {
            push(&mut params, a);
        } else if !matches!(a.payload(), Some(Payload::Type(_))) {
            if let Some(inner) = attr(vm, &a, "__parameters__") {
                if let Some(Payload::Tuple(t)) = inner.payload() {
                    for p in t.iter() {
                        push(&mut params, p.clone());
                    }
                }
            }
        }
    }
    if params.is_empty() {
        vm.empty_tuple.clone()
    } else {
        vm.new_tuple(params)
    }
}

/// `list[T][int]`: substitutes the alias's type variables.
fn ga_getitem(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let this = args[0].clone();
    let key = args.get(1).cloned().unwrap_or(Value::None);
    let params = attr(vm, &this, "__parameters__")
        .map(|p| vm.tuple_items(&p))
        .unwrap_or_default();
    if params.is_empty() {
        let r = vm.repr_string(&this)?;
        return Err(vm.type_error(format!("{r} is not a generic class")));
    }
    let items = match key.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => vec![key],
    };
    if items.len() != params.len() {
        let r = vm.repr_string(&this)?;
        let which = if items.len() > params.len() {
            "many"
        } else {
            "few"
        };
        return Err(vm.type_error(format!(
            "Too {which} arguments for {r}; actual {}, expected {}",
            items.len(),
            params.len()
        )));
    }
    let lookup = |p: &Value| params.iter().position(|q| q.is(p));
    let old_args = attr(vm, &this, "__args__")
        .map(|a| vm.tuple_items(&a))
        .unwrap_or_default();
    let mut new_args = Vec::with_capacity(old_args.len());
    for a in old_args {
        if let Some(Payload::List(l)) = a.payload() {
            // Callable[[T], U]'s argument list.
            let inner: Vec<Value> = l.borrow().clone();
            let mut out = Vec::with_capacity(inner.len());
            for x in inner {
                match lookup(&x) {
                    Some(i) => {
                        let subst = vm.getattr(&x, "__typing_subst__")?;
                        out.push(vm.call(&subst, &[items[i].clone()])?);
                    }
                    None => out.push(x),
                }
            }
            new_args.push(vm.new_list(out));
            continue;
        }
        if let Some(i) = lookup(&a) {
            let subst = vm.getattr(&a, "__typing_subst__")?;
            new_args.push(vm.call(&subst, &[items[i].clone()])?);
            continue;
        }
        let inner = if matches!(a.payload(), Some(Payload::Type(_))) {
            Vec::new()
        } else {
            attr(vm, &a, "__parameters__")
                .map(|p| vm.tuple_items(&p))
                .unwrap_or_default()
        };
        if inner.is_empty() {
            new_args.push(a);
            continue;
        }
        let mut sub = Vec::with_capacity(inner.len());
        for p in &inner {
            sub.push(match lookup(p) {
                Some(i) => items[i].clone(),
                None => p.clone(),
            });
        }
        let sub = if sub.len() == 1 {
            sub.remove(0)
        } else {
            vm.new_tuple(sub)
        };
        new_args.push(vm.getitem(&a, &sub)?);
    }
    let origin = attr(vm, &this, "__origin__").unwrap_or(Value::None);
    let t = vm.new_tuple(new_args);
    Ok(new_generic_alias(vm, origin, t))
}

fn new_union(vm: &mut Vm, args: Vec<Value>) -> Value {
    let d = vm.new_dict();
    let t = vm.new_tuple(args);
    vm.dict_set_str(&d, "__args__", t);
    let params = vm.empty_tuple.clone();
    vm.dict_set_str(&d, "__parameters__", params);
    let cls = vm.generic_types().1;
    Value::Obj(Object::with_dict(cls, Payload::Plain, d))
}

/// `cls[args]` for the built-in generic types.
fn class_getitem(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let cls = args[0].clone();
    let a = args.get(1).cloned().unwrap_or(Value::None);
    Ok(new_generic_alias(vm, cls, a))
}

/// `types.GenericAlias(origin, args)`.
fn ga_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("GenericAlias() takes no keyword arguments"));
    }
    if args.len() != 3 {
        return Err(vm.type_error(format!(
            "GenericAlias expected 2 arguments, got {}",
            args.len().saturating_sub(1)
        )));
    }
    Ok(new_generic_alias(vm, args[1].clone(), args[2].clone()))
}

fn ga_repr(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let origin = attr(vm, &args[0], "__origin__").unwrap_or(Value::None);
    let a = attr(vm, &args[0], "__args__").unwrap_or(Value::None);
    let items = vm.tuple_items(&a);
    let mut parts = Vec::new();
    for it in &items {
        if let Some(Payload::List(l)) = it.payload() {
            let inner: Vec<Value> = l.borrow().clone();
            let mut ps = Vec::new();
            for x in &inner {
                ps.push(type_text(vm, x)?);
            }
            parts.push(format!("[{}]", ps.join(", ")));
        } else {
            parts.push(type_text(vm, it)?);
        }
    }
    let inner = if items.is_empty() {
        "()".to_string()
    } else {
        parts.join(", ")
    };
    let o = type_text(vm, &origin)?;
    Ok(vm.new_string(format!("{o}[{inner}]")))
}

fn ga_call(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let origin = attr(vm, &args[0], "__origin__").unwrap_or(Value::None);
    let r = vm.call_kw(&origin, &args[1..], kw)?;
    let _ = vm.setattr(&r, "__orig_class__", args[0].clone());
    Ok(r)
}

fn ga_eq(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let other = args.get(1).cloned().unwrap_or(Value::None);
    if !is_generic_alias(vm, &other) {
        return Ok(vm.not_implemented.clone());
    }
    let (o1, o2) = (
        attr(vm, &args[0], "__origin__").unwrap_or(Value::None),
        attr(vm, &other, "__origin__").unwrap_or(Value::None),
    );
    let (a1, a2) = (
        attr(vm, &args[0], "__args__").unwrap_or(Value::None),
        attr(vm, &other, "__args__").unwrap_or(Value::None),
    );
    Ok(Value::Bool(vm.eq(&o1, &o2)? && vm.eq(&a1, &a2)?))
}

fn ga_hash(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let o = attr(vm, &args[0], "__origin__").unwrap_or(Value::None);
    let a = attr(vm, &args[0], "__args__").unwrap_or(Value::None);
    let (h1, h2) = (vm.hash(&o)?, vm.hash(&a)?);
    Ok(Value::Int(h1 ^ h2))
}

fn ga_getattr(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    // Attributes not found on the alias come from the origin (`list[int].append`).
    let origin = attr(vm, &args[0], "__origin__").unwrap_or(Value::None);
    let name = args.get(1).cloned().unwrap_or(Value::None);
    vm.getattr_v(&origin, &name)
}

fn ga_mro_entries(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let origin = attr(vm, &args[0], "__origin__").unwrap_or(Value::None);
    Ok(vm.new_tuple(vec![origin]))
}

fn ga_instancecheck(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Err(vm.type_error("isinstance() argument 2 cannot be a parameterized generic"))
}

fn ga_subclasscheck(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Err(vm.type_error("issubclass() argument 2 cannot be a parameterized generic"))
}

fn ga_or(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    union_of(vm, &args[0], args.get(1).unwrap_or(&Value::None))
}

fn ga_ror(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    union_of(vm, args.get(1).unwrap_or(&Value::None), &args[0])
}

fn unionable(vm: &Vm, v: &Value) -> bool {
    v.is_none()
        || matches!(v.payload(), Some(Payload::Type(_)))
        || is_union(vm, v)
        || is_generic_alias(vm, v)
}

/// `a | b` for types, None, unions and generic aliases (flattened, deduplicated).
pub fn union_of(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    if !unionable(vm, a) || !unionable(vm, b) {
        return Ok(vm.not_implemented.clone());
    }
    let mut items: Vec<Value> = Vec::new();
    for x in [a, b] {
        let parts = if is_union(vm, x) {
            union_args(vm, x)
        } else {
            vec![x.clone()]
        };
        for p in parts {
            let p = if p.is_none() {
                Value::Obj(vm.types.none_type.clone())
            } else {
                p
            };
            let mut dup = false;
            for q in &items {
                if q.is(&p) || (is_generic_alias(vm, q) && vm.eq(q, &p)?) {
                    dup = true;
                    break;
                }
            }
            if !dup {
                items.push(p);
            }
        }
    }
    if items.len() == 1 {
        return Ok(items.remove(0));
    }
    Ok(new_union(vm, items))
}

fn type_or(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    union_of(vm, &args[0], args.get(1).unwrap_or(&Value::None))
}

fn type_ror(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    union_of(vm, args.get(1).unwrap_or(&Value::None), &args[0])
}

fn union_repr(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let items = union_args(vm, &args[0]);
    let mut parts = Vec::new();
    for it in &items {
        // A union shows NoneType as None (a generic alias shows its name).
        let is_none_type = it
            .as_obj()
            .is_some_and(|o| std::rc::Rc::ptr_eq(o, &vm.types.none_type));
        if is_none_type {
            parts.push("None".into());
        } else {
            parts.push(type_text(vm, it)?);
        }
    }
    Ok(vm.new_string(parts.join(" | ")))
}

fn union_eq(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let other = args.get(1).cloned().unwrap_or(Value::None);
    if !is_union(vm, &other) {
        return Ok(vm.not_implemented.clone());
    }
    let a = union_args(vm, &args[0]);
    let b = union_args(vm, &other);
    let same = a.len() == b.len() && a.iter().all(|x| b.iter().any(|y| x.is(y)));
    Ok(Value::Bool(same))
}

fn union_hash(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let mut h: i64 = 0;
    for x in union_args(vm, &args[0]) {
        h ^= vm.hash(&x)?;
    }
    Ok(Value::Int(h))
}

fn union_instancecheck(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let obj = args.get(1).cloned().unwrap_or(Value::None);
    for t in union_args(vm, &args[0]) {
        if is_generic_alias(vm, &t) {
            return Err(vm.type_error("isinstance() argument 2 cannot be a parameterized generic"));
        }
        if super::isinstance::isinstance(vm, &obj, &t)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn union_subclasscheck(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let obj = args.get(1).cloned().unwrap_or(Value::None);
    for t in union_args(vm, &args[0]) {
        if super::isinstance::issubclass(vm, &obj, &t)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

pub fn init(vm: &mut Vm) -> (ObjRef, ObjRef) {
    let t = vm.types.clone();
    let mk = |vm: &mut Vm, name: &str| {
        let ty = types::new_type(
            t.type_.clone(),
            name,
            vec![t.object.clone()],
            vm.new_dict(),
            Layout::Object,
            types::FLAG_HAS_DICT,
        );
        types::set_linear_mro(&ty);
        let m = vm.new_str("types");
        vm.type_dict_set(&ty, "__module__", m);
        ty
    };
    let ga = mk(vm, "GenericAlias");
    let un = mk(vm, "UnionType");
    let gm: &[(&'static str, crate::object::NativeFn)] = &[
        ("__repr__", ga_repr),
        ("__call__", ga_call),
        ("__getitem__", ga_getitem),
        ("__eq__", ga_eq),
        ("__hash__", ga_hash),
        ("__getattr__", ga_getattr),
        ("__mro_entries__", ga_mro_entries),
        ("__instancecheck__", ga_instancecheck),
        ("__subclasscheck__", ga_subclasscheck),
        ("__or__", ga_or),
        ("__ror__", ga_ror),
    ];
    for (n, f) in gm {
        vm.add_method(&ga, n, *f);
    }
    vm.add_staticmethod(&ga, "__new__", ga_new);
    let um: &[(&'static str, crate::object::NativeFn)] = &[
        ("__repr__", union_repr),
        ("__eq__", union_eq),
        ("__hash__", union_hash),
        ("__instancecheck__", union_instancecheck),
        ("__subclasscheck__", union_subclasscheck),
        ("__or__", ga_or),
        ("__ror__", ga_ror),
    ];
    for (n, f) in um {
        vm.add_method(&un, n, *f);
    }
    for c in [
        t.list.clone(),
        t.dict.clone(),
        t.tuple.clone(),
        t.set.clone(),
        t.frozenset.clone(),
        t.base_exception_group.clone(),
    ] {
        vm.add_classmethod(&c, "__class_getitem__", class_getitem);
    }
    vm.add_method(&t.type_, "__or__", type_or);
    vm.add_method(&t.type_, "__ror__", type_ror);

    (ga, un)
}
