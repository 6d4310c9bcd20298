//! `type` and class creation (DESIGN.md §4): `type.__call__` → `__new__` → `__init__`,
//! `type.__new__` (most derived metaclass, layout conflicts, `__slots__`, `__classcell__`,
//! `__set_name__`, `__init_subclass__`, `__hash__ = None` beside `__eq__`), `__build_class__`
//! (`__mro_entries__`, `__prepare__`, class keyword arguments), and the type attributes
//! (`__name__`, `__qualname__`, `__module__`, `__bases__`, `__mro__`, `__dict__`, `mro()`).

use crate::object::{BuiltinKind, ObjRef, Object, Payload};
use crate::types::{self, tdata, Layout};
use crate::value::Value;
use crate::{PyResult, Vm};
use std::cell::RefCell;
use std::rc::Rc;

/// `type.__call__(cls, *args, **kw)`.
pub fn type_call(
    vm: &mut Vm,
    cls: &ObjRef,
    args: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<Value> {
    // `str(x)` is `x.__str__()` (CPython's CALL_NO_KW_STR_1), then, as for any `__new__`
    // result of another type, that subtype's `__init__`.
    if args.len() == 1 && kw.is_empty() && Rc::ptr_eq(cls, &vm.types.str) {
        let r = vm.str(&args[0])?;
        let ot = vm.type_of(&r);
        if Rc::ptr_eq(&ot, cls) {
            return Ok(r);
        }
        return init_other_type(vm, cls, r, &ot, args, kw);
    }
    if Rc::ptr_eq(cls, &vm.types.type_) {
        if args.len() == 1 && kw.is_empty() {
            return Ok(Value::Obj(vm.type_of(&args[0])));
        }
        if args.len() != 3 {
            return Err(vm.type_error("type() takes 1 or 3 arguments"));
        }
    }
    if let Some(types::FastCtor::Native { new, init }) = fast_ctor(vm, cls) {
        return native_call(vm, cls, new, init, args, kw);
    }
    let Some(slots) = ctor_slots(vm, cls) else {
        let n = types::type_name(cls);
        return Err(vm.type_error(format!("cannot create '{n}' instances")));
    };
    let obj = if slots.new_is_object {
        // object.__new__ itself, with its argument rule decided from the cached flags.
        if (!args.is_empty() || !kw.is_empty()) && slots.init_is_object {
            let n = types::type_name(cls);
            return Err(vm.type_error(format!("{n}() takes no arguments")));
        }
        plain_instance(vm, cls)?
    } else {
        // The argument vectors come from the VM's pool: no allocation per instantiation.
        let mut full = vm.take_vec(args.len() + 1);
        full.push(Value::Obj(cls.clone()));
        full.extend_from_slice(args);
        let newf = match slots.new.payload() {
            Some(Payload::StaticMethod(f)) => f.borrow().clone(),
            _ => slots.new.clone(),
        };
        let obj = vm.call_kw(&newf, &full, kw);
        vm.give_vec(full);
        obj?
    };
    let ot = vm.type_of(&obj);
    if !Rc::ptr_eq(&ot, cls) {
        return init_other_type(vm, cls, obj, &ot, args, kw);
    }
    // object.__init__ can only object to arguments, and only when __new__ is also
    // object's, which has already raised above.
    match &slots.init {
        Some(init) if !slots.init_is_object => run_init(vm, obj, &ot, init, args, kw),
        _ => Ok(obj),
    }
}

/// `type.__call__`'s `__init__` step when `__new__` returned an object whose type `ot` is
/// not `cls` itself: nothing unless `ot` is a subtype, then `ot`'s own `__init__`.
fn init_other_type(
    vm: &mut Vm,
    cls: &ObjRef,
    obj: Value,
    ot: &ObjRef,
    args: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<Value> {
    if !types::is_subtype(ot, cls) {
        return Ok(obj);
    }
    match types::lookup(ot, "__init__") {
        Some(init) => run_init(vm, obj, ot, &init, args, kw),
        None => Ok(obj),
    }
}

/// Calls `init` on the new instance `obj` (of type `ot`) with the call's arguments; the
/// instance is the result, a non-None return the "should return None" TypeError.
fn run_init(
    vm: &mut Vm,
    obj: Value,
    ot: &ObjRef,
    init: &Value,
    args: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<Value> {
    let mut full = vm.take_vec(args.len() + 1);
    full.push(obj.clone());
    full.extend_from_slice(args);
    let r = vm.call_descriptor_function_kw(init, &obj, ot, &full, kw);
    vm.give_vec(full);
    init_result(vm, r?, obj)
}

/// The instance, if `__init__` returned None.
fn init_result(vm: &mut Vm, r: Value, obj: Value) -> PyResult<Value> {
    if r.is_none() {
        Ok(obj)
    } else {
        Err(init_returned_error(vm, &r))
    }
}

/// For a `CALL` of class `cls` whose instantiation is `object.__new__` followed by a Python
/// `__init__` function (the usual class): the new instance and that function, so the
/// interpreter runs `__init__` as an ordinary frame of its own loop (returning the instance,
/// as `type_call` would) instead of nesting a loop per construction. `None` for every
/// other case, which `type_call` handles.
pub fn inline_init(vm: &mut Vm, cls: &ObjRef) -> PyResult<Option<(Value, ObjRef)>> {
    // Only classes whose metaclass is exactly `type`: a metaclass may define `__call__`.
    if Rc::ptr_eq(cls, &vm.types.type_) || !cls.class_is(&vm.types.type_) {
        return Ok(None);
    }
    if !matches!(fast_ctor(vm, cls), Some(types::FastCtor::PyInit)) {
        return Ok(None);
    }
    let init = tdata(cls).and_then(|td| match td.ctor_cache.try_borrow().ok()?.as_ref()?.init {
        Some(Value::Obj(ref f)) => Some(f.clone()),
        _ => None,
    });
    let Some(init) = init else {
        return Ok(None);
    };
    let obj = plain_instance(vm, cls)?;
    Ok(Some((obj, init)))
}

/// The type's instantiation shortcut, from its constructor cache (filled on first use and
/// whenever the type's version moved). `None`: not a type, or one without `__new__`.
#[inline]
pub fn fast_ctor(vm: &Vm, cls: &ObjRef) -> Option<types::FastCtor> {
    let td = tdata(cls)?;
    let ver = td.version.get();
    if let Ok(c) = td.ctor_cache.try_borrow() {
        if let Some(c) = c.as_ref().filter(|c| c.version == ver) {
            return Some(c.fast);
        }
    }
    ctor_slots(vm, cls)?;
    let c = td.ctor_cache.try_borrow().ok()?;
    c.as_ref().map(|c| c.fast)
}

/// A call of a built-in type whose `__new__` (and `__init__`, if not object's) are its own
/// native functions: what `type_call` would do, minus the lookups and checks that cannot
/// fail for it (`X.__new__(X)` is always a subtype; the instance is always exactly `cls`'s
/// unless `__new__` returned something else, when `__init__` is skipped as usual).
fn native_call(
    vm: &mut Vm,
    cls: &ObjRef,
    new: crate::object::NativeFn,
    init: Option<crate::object::NativeFn>,
    args: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<Value> {
    let mut full = vm.take_vec(args.len() + 1);
    full.push(Value::Obj(cls.clone()));
    full.extend_from_slice(args);
    let r = new(vm, &full, kw).and_then(|obj| {
        let ot = vm.type_of(&obj);
        if !Rc::ptr_eq(&ot, cls) {
            return init_other_type(vm, cls, obj, &ot, args, kw);
        }
        // The usual case: an instance of `cls` itself, whose `__init__` is `init`.
        match init {
            Some(init) => {
                full[0] = obj.clone();
                init(vm, &full, kw).and_then(|r| init_result(vm, r, obj))
            }
            None => Ok(obj),
        }
    });
    vm.give_vec(full);
    r
}

/// The `TypeError` for an `__init__` that returned something other than None.
pub fn init_returned_error(vm: &mut Vm, r: &Value) -> crate::vm::PyErr {
    let n = vm.type_name(r);
    vm.type_error(format!("__init__() should return None, not '{n}'"))
}

/// The type's `__new__`/`__init__` (None when it has no `__new__` at all), computed once
/// per type version: an instantiation then does no MRO lookups.
pub fn ctor_slots(vm: &Vm, cls: &ObjRef) -> Option<Ctor> {
    let td = tdata(cls)?;
    let ver = td.version.get();
    if let Ok(c) = td.ctor_cache.try_borrow() {
        if let Some(c) = c.as_ref().filter(|c| c.version == ver) {
            return Some(Ctor {
                new: c.new.clone(),
                init: c.init.clone(),
                new_is_object: c.new_is_object,
                init_is_object: c.init_is_object,
            });
        }
    }
    let new = types::lookup(cls, "__new__")?;
    let init = types::lookup(cls, "__init__");
    let new_is_object = new_is_object(vm, cls);
    let init_is_object = is_object_method(vm, cls, "__init__");
    let fast = classify_ctor(vm, cls, &new, init.as_ref(), new_is_object, init_is_object);
    if let Ok(mut c) = td.ctor_cache.try_borrow_mut() {
        *c = Some(Box::new(types::CtorSlots {
            version: ver,
            new: new.clone(),
            init: init.clone(),
            new_is_object,
            init_is_object,
            fast,
        }));
    }
    Some(Ctor {
        new,
        init,
        new_is_object,
        init_is_object,
    })
}

/// Which instantiation shortcut (`types::FastCtor`) fits a type with these constructors.
fn classify_ctor(
    vm: &Vm,
    cls: &ObjRef,
    new: &Value,
    init: Option<&Value>,
    new_is_object: bool,
    init_is_object: bool,
) -> types::FastCtor {
    if new_is_object && !init_is_object {
        if let Some(Value::Obj(f)) = init {
            if let Payload::Function(fd) = &f.payload {
                if matches!(&fd.code.payload, Payload::Code(pc) if !pc.is_generator_like()) {
                    return types::FastCtor::PyInit;
                }
            }
        }
        return types::FastCtor::General;
    }
    // A built-in's own native function (not inherited, not bound).
    let own_native = |v: &Value, kind: BuiltinKind| -> Option<crate::object::NativeFn> {
        let v = match v.payload() {
            Some(Payload::StaticMethod(f)) => f.borrow().clone(),
            _ => v.clone(),
        };
        match v.payload() {
            Some(Payload::Builtin(b))
                if b.kind == kind
                    && b.bound.is_none()
                    && b.owner.as_ref().is_some_and(|o| Rc::ptr_eq(o, cls)) =>
            {
                Some(b.func)
            }
            _ => None,
        }
    };
    if new_is_object || Rc::ptr_eq(cls, &vm.types.type_) {
        return types::FastCtor::General;
    }
    let Some(new) = own_native(new, BuiltinKind::StaticMethod) else {
        return types::FastCtor::General;
    };
    if init_is_object {
        return types::FastCtor::Native { new, init: None };
    }
    match init.and_then(|i| own_native(i, BuiltinKind::Method)) {
        Some(init) => types::FastCtor::Native {
            new,
            init: Some(init),
        },
        None => types::FastCtor::General,
    }
}

/// A snapshot of `types::CtorSlots`.
pub struct Ctor {
    pub new: Value,
    pub init: Option<Value>,
    pub new_is_object: bool,
    pub init_is_object: bool,
}

/// Is instantiating `t` object's own `__new__` (CPython: `tp_new == object_new`)?
fn new_is_object(vm: &Vm, t: &ObjRef) -> bool {
    is_object_method(vm, t, "__new__")
        && !tdata(t).is_some_and(|d| d.has_flag(types::FLAG_NEW_SLOT))
}

fn is_object_method(vm: &Vm, t: &ObjRef, name: &str) -> bool {
    let Some(m) = types::lookup(t, name) else {
        return true;
    };
    let Some(om) = types::lookup(&vm.types.object, name) else {
        return false;
    };
    let om = match om.payload() {
        Some(Payload::StaticMethod(f)) => f.borrow().clone(),
        _ => om,
    };
    let m = match m.payload() {
        Some(Payload::StaticMethod(f)) => f.borrow().clone(),
        _ => m,
    };
    m.is(&om)
}

/// `object.__new__(cls, ...)`.
pub fn object_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(first) = args.first() else {
        return Err(vm.type_error("object.__new__(): not enough arguments"));
    };
    let cls = match first {
        Value::Obj(c) if matches!(c.payload, Payload::Type(_)) => c.clone(),
        _ => {
            let n = vm.type_name(first);
            return Err(vm.type_error(format!("object.__new__(X): X is not a type object ({n})")));
        }
    };
    if !matches!(cls.payload, Payload::Type(_)) {
        let n = vm.type_name(&args[0]);
        return Err(vm.type_error(format!("object.__new__(X): X is not a type object ({n})")));
    }
    if args.len() > 1 || !kw.is_empty() {
        if !new_is_object(vm, &cls) {
            return Err(vm.type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)",
            ));
        }
        if is_object_method(vm, &cls, "__init__") {
            let n = types::type_name(&cls);
            return Err(vm.type_error(format!("{n}() takes no arguments")));
        }
    }
    plain_instance(vm, &cls)
}

/// What `object.__new__(cls)` makes once its arguments are accepted.
fn plain_instance(vm: &mut Vm, cls: &ObjRef) -> PyResult<Value> {
    let td = tdata(cls).ok_or_else(|| vm.type_error("not a type"))?;
    if td.has_flag(types::FLAG_ABSTRACT) {
        return Err(abstract_error(vm, cls));
    }
    if td.layout != Layout::Object && td.layout != Layout::Exception {
        let n = types::type_name(cls);
        return Err(vm.type_error(format!(
            "object.__new__({n}) is not safe, use {n}.__new__()"
        )));
    }
    Ok(Value::Obj(new_instance(vm, cls, Payload::Plain)))
}

fn abstract_error(vm: &mut Vm, cls: &ObjRef) -> crate::vm::PyErr {
    let n = types::type_name(cls);
    let mut names: Vec<String> = Vec::new();
    if let Some(Value::Obj(s)) = vm.dict_get_str(
        &tdata(cls)
            .map(|d| d.dict.clone())
            .unwrap_or_else(|| vm.new_dict()),
        "__abstractmethods__",
    ) {
        if let Ok(items) = vm.iterate(&Value::Obj(s)) {
            for i in items {
                if let Some(x) = i.as_str() {
                    names.push(x.to_string());
                }
            }
        }
    }
    names.sort();
    let plural = if names.len() == 1 { "" } else { "s" };
    vm.type_error(format!(
        "Can't instantiate abstract class {n} with abstract method{plural} {}",
        names.join(", ")
    ))
}

/// A new instance of `cls` with the given payload, its dict and slots as the type says.
pub fn new_instance(vm: &mut Vm, cls: &ObjRef, payload: Payload) -> ObjRef {
    let (has_dict, nslots) = tdata(cls)
        .map(|d| {
            (
                d.has_flag(types::FLAG_HAS_DICT),
                d.slot_names.borrow().len(),
            )
        })
        .unwrap_or((false, 0));
    let o = if has_dict && matches!(payload, Payload::Plain) {
        Object::new(cls.clone(), crate::instvals::new_payload(cls))
    } else if has_dict {
        Object::with_dict(cls.clone(), payload, vm.new_dict())
    } else if nslots > 0 && matches!(payload, Payload::Plain) {
        // The common slotted instance keeps its values in its payload; others (a slotted
        // subclass of a built-in, or one with a dict too) beside it (`slots.rs`).
        let values = RefCell::new(vec![Value::Null; nslots]);
        Object::new(cls.clone(), Payload::Slotted(values))
    } else {
        Object::new(cls.clone(), payload)
    };
    if nslots > 0 && !matches!(o.payload, Payload::Slotted(_)) {
        o.init_slots(vec![Value::Null; nslots]);
        if !has_dict {
            crate::gc::track_always(&o);
        }
    }
    crate::finalize::note_instance(&o);
    o
}

/// `object.__init__(self, ...)`.
pub fn object_init(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    if args.len() > 1 || !kw.is_empty() {
        let tp = vm.type_of(&args[0]);
        if !is_object_method(vm, &tp, "__init__") {
            return Err(vm.type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ));
        }
        if new_is_object(vm, &tp) {
            let n = types::type_name(&tp);
            return Err(vm.type_error(format!("{n}() takes no arguments")));
        }
    }
    Ok(Value::None)
}

/// The most derived metaclass of `meta` and the bases' metaclasses.
pub fn calculate_meta(vm: &mut Vm, meta: &ObjRef, bases: &[Value]) -> PyResult<ObjRef> {
    let mut winner = meta.clone();
    for b in bases {
        let bt = vm.type_of(b);
        if types::is_subtype(&winner, &bt) {
            continue;
        }
        if types::is_subtype(&bt, &winner) {
            winner = bt;
            continue;
        }
        return Err(vm.type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner)
}

/// `type.__new__(meta, name, bases, namespace, **kwargs)`.
pub fn type_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    if args.len() != 4 {
        let exact_type = args
            .first()
            .and_then(|a| a.as_obj())
            .is_some_and(|a| Rc::ptr_eq(a, &vm.types.type_));
        if args.len() == 2 && exact_type {
            return Ok(Value::Obj(vm.type_of(&args[1])));
        }
        return Err(vm.type_error(format!(
            "type.__new__() takes exactly 3 arguments ({} given)",
            args.len().saturating_sub(1)
        )));
    }
    let Value::Obj(meta) = &args[0] else {
        return Err(vm.type_error("type.__new__(X): X is not a type object"));
    };
    let Some(name) = args[1].as_str().map(|s| s.to_string()) else {
        let n = vm.type_name(&args[1]);
        return Err(vm.type_error(format!("type.__new__() argument 1 must be str, not {n}")));
    };
    if name.contains('\0') {
        return Err(vm.value_error("type name must not contain null characters"));
    }
    let bases_v = match args[2].payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => {
            let n = vm.type_name(&args[2]);
            return Err(vm.type_error(format!("type.__new__() argument 2 must be tuple, not {n}")));
        }
    };
    let ns = args[3].clone();
    if !matches!(ns.payload(), Some(Payload::Dict(_))) {
        let n = vm.type_name(&ns);
        return Err(vm.type_error(format!("type.__new__() argument 3 must be dict, not {n}")));
    }
    // Most derived metaclass; defer to it when it is not the one called.
    let winner = calculate_meta(vm, meta, &bases_v)?;
    if !Rc::ptr_eq(&winner, meta) {
        if let Some(wn) = types::lookup(&winner, "__new__") {
            let is_type_new = matches!(wn.payload(), Some(Payload::Builtin(b)) if b.name == "__new__" && b.owner.as_ref().is_some_and(|o| Rc::ptr_eq(o, &vm.types.type_)));
            if !is_type_new {
                let mut full = args.to_vec();
                full[0] = Value::Obj(winner.clone());
                let f = match wn.payload() {
                    Some(Payload::StaticMethod(f)) => f.borrow().clone(),
                    _ => wn,
                };
                return vm.call_kw(&f, &full, kw);
            }
        }
    }
    let meta = winner;
    let mut bases: Vec<ObjRef> = Vec::new();
    for b in &bases_v {
        match b {
            Value::Obj(o) if matches!(o.payload, Payload::Type(_)) => {
                let flags = tdata(o).map(|d| d.flags.get()).unwrap_or(0);
                if flags & types::FLAG_BASETYPE == 0 {
                    let n = types::type_name(o);
                    return Err(vm.type_error(format!("type '{n}' is not an acceptable base type")));
                }
                bases.push(o.clone());
            }
            _ => return Err(vm.type_error("bases must be types")),
        }
    }
    if bases.is_empty() {
        bases.push(vm.types.object.clone());
    }
    let layout = match types::solid_layout(&bases) {
        Some(l) => l,
        None => return Err(vm.type_error("multiple bases have instance lay-out conflict")),
    };
    if types::best_solid_base(&bases).is_none() {
        return Err(vm.type_error("multiple bases have instance lay-out conflict"));
    }
    // Copy the namespace into the new type's dict.
    let dict = vm.new_dict();
    let items = match ns.payload() {
        Some(Payload::Dict(t)) => t.borrow().items(),
        _ => Vec::new(),
    };
    for (k, v) in items {
        crate::dict::set_item(vm, &dict, k, v)?;
    }
    let qualname = match vm.dict_get_str(&dict, "__qualname__") {
        Some(q) => {
            let Some(qs) = q.as_str().map(|s| s.to_string()) else {
                let n = vm.type_name(&q);
                return Err(vm.type_error(format!("type __qualname__ must be a str, not {n}")));
            };
            let k = vm.intern("__qualname__");
            crate::dict::del_item(vm, &dict, &k)?;
            qs
        }
        None => name.clone(),
    };
    if vm.dict_get_str(&dict, "__module__").is_none() {
        if let Some(m) = caller_module_name(vm) {
            vm.dict_set_str(&dict, "__module__", m);
        }
    }
    // Special methods that are implicitly static/class methods.
    for (n, cm) in [
        ("__new__", false),
        ("__init_subclass__", true),
        ("__class_getitem__", true),
    ] {
        if let Some(f) = vm.dict_get_str(&dict, n) {
            if matches!(f.payload(), Some(Payload::Function(_))) {
                let wrapped = if cm {
                    Object::new(
                        vm.types.classmethod.clone(),
                        Payload::ClassMethod(RefCell::new(f)),
                    )
                } else {
                    Object::new(
                        vm.types.staticmethod.clone(),
                        Payload::StaticMethod(RefCell::new(f)),
                    )
                };
                vm.dict_set_str(&dict, n, Value::Obj(wrapped));
            }
        }
    }
    if vm.dict_get_str(&dict, "__del__").is_some() {
        crate::finalize::note_del_defined();
    }
    if vm.dict_get_str(&dict, "__eq__").is_some() && vm.dict_get_str(&dict, "__hash__").is_none() {
        vm.dict_set_str(&dict, "__hash__", Value::None);
    }
    // __slots__.
    let mut flags = types::FLAG_HEAPTYPE | types::FLAG_BASETYPE;
    let base_has_dict = bases
        .iter()
        .any(|b| tdata(b).is_some_and(|d| d.has_flag(types::FLAG_HAS_DICT)));
    let mut slot_names: Vec<String> = bases
        .first()
        .and_then(|b| tdata(b).map(|d| d.slot_names.borrow().clone()))
        .unwrap_or_default();
    let slots_v = vm.dict_get_str(&dict, "__slots__");
    let mut new_slots: Vec<String> = Vec::new();
    let mut slots_weakref = false;
    match &slots_v {
        Some(sv) => {
            let names = if sv.as_str().is_some() {
                vec![sv.clone()]
            } else {
                vm.iterate(sv)?
            };
            let mut has_dict_slot = false;
            for n in names {
                let Some(s) = n.as_str() else {
                    let tn = vm.type_name(&n);
                    return Err(
                        vm.type_error(format!("__slots__ items must be strings, not '{tn}'"))
                    );
                };
                let is_ident = s
                    .chars()
                    .next()
                    .is_some_and(|c| c == '_' || c.is_alphabetic())
                    && s.chars().all(|c| c == '_' || c.is_alphanumeric());
                if !is_ident {
                    return Err(vm.type_error("__slots__ must be identifiers"));
                }
                if s == "__dict__" {
                    if base_has_dict || has_dict_slot {
                        return Err(vm.type_error("__dict__ slot disallowed: we already got one"));
                    }
                    has_dict_slot = true;
                    continue;
                }
                if s == "__weakref__" {
                    slots_weakref = true;
                    continue;
                }
                let mangled = crate::objects::func::mangle_private(&name, s);
                if vm.dict_get_str(&dict, &mangled).is_some() {
                    return Err(
                        vm.value_error(format!("'{s}' in __slots__ conflicts with class variable"))
                    );
                }
                new_slots.push(mangled);
            }
            if base_has_dict || has_dict_slot {
                flags |= types::FLAG_HAS_DICT;
            }
        }
        None => flags |= types::FLAG_HAS_DICT,
    }
    // Variable-size layouts (int, bytes, tuple, type) cannot take slots, as in CPython; the
    // others keep slot values beside their payload.
    let slots_ok = matches!(
        layout,
        Layout::Object
            | Layout::Exception
            | Layout::Float
            | Layout::Str
            | Layout::List
            | Layout::Dict
            | Layout::Set
            | Layout::FrozenSet
            | Layout::Other
    );
    if !new_slots.is_empty() && !slots_ok {
        let bn = types::type_name(&bases[0]);
        return Err(vm.type_error(format!(
            "nonempty __slots__ not supported for subtype of '{bn}'"
        )));
    }
    let t = types::new_type(
        meta.clone(),
        &name,
        bases.clone(),
        dict.clone(),
        layout,
        flags,
    );
    if let Some(td) = tdata(&t) {
        *td.qualname.borrow_mut() = qualname;
        for s in &new_slots {
            let idx = slot_names.len();
            slot_names.push(s.clone());
            let d = Object::new(
                vm.types.member_descriptor.clone(),
                Payload::Member(Box::new((s.clone(), idx, t.clone()))),
            );
            vm.dict_set_str(&dict, s, Value::Obj(d));
        }
        *td.slot_names.borrow_mut() = slot_names;
    }
    // MRO (a metaclass may override mro()).
    let mro = compute_type_mro(vm, &t, &bases)?;
    if let Some(td) = tdata(&t) {
        *td.mro.borrow_mut() = mro;
    }
    for b in &bases {
        if let Some(bd) = tdata(b) {
            bd.subclasses.borrow_mut().push(Rc::downgrade(&t));
        }
    }
    if flags & types::FLAG_HAS_DICT != 0 && types::lookup(&t, "__dict__").is_none() {
        super::objectobj::dict_descriptor(vm, &t);
    }
    // Variable-size instances (int, bytes, tuple) have no room for a weak-reference list
    // in CPython, and classes, sets and frozensets have one already: none of them gets the
    // descriptor.
    let no_descriptor = matches!(
        layout,
        Layout::Int
            | Layout::Bool
            | Layout::Bytes
            | Layout::Tuple
            | Layout::Type
            | Layout::Set
            | Layout::FrozenSet
    );
    let wants_weakref = !no_descriptor
        && match &slots_v {
            Some(_) => slots_weakref,
            None => true,
        };
    if wants_weakref && types::lookup(&t, "__weakref__").is_none() {
        super::objectobj::weakref_descriptor(vm, &t);
    }
    // After the slots and the `__dict__`/`__weakref__` descriptors, as CPython's
    // `type_ready` adds it: a `__doc__` slot's descriptor stays.
    if vm.dict_get_str(&dict, "__doc__").is_none() {
        vm.dict_set_str(&dict, "__doc__", Value::None);
    }
    // __classcell__.
    if let Some(cell) = vm.dict_get_str(&dict, "__classcell__") {
        match cell.payload() {
            Some(Payload::Cell(c)) => *c.borrow_mut() = Value::Obj(t.clone()),
            _ => {
                let n = vm.type_name(&cell);
                return Err(
                    vm.type_error(format!("__classcell__ must be a nonlocal cell, not {n}"))
                );
            }
        }
        let k = vm.intern("__classcell__");
        crate::dict::del_item(vm, &dict, &k)?;
    }
    // __set_name__.
    let items = match &dict.payload {
        Payload::Dict(d) => d.borrow().items(),
        _ => Vec::new(),
    };
    for (k, v) in items {
        let vt = vm.type_of(&v);
        if let Some(sn) = types::lookup(&vt, "__set_name__") {
            if let Err(e) = vm.call_descriptor_function(
                &sn,
                &v,
                &vt,
                &[v.clone(), Value::Obj(t.clone()), k.clone()],
            ) {
                // 3.11 wraps the error, keeping it as the cause.
                let kr = vm.repr_string(&k)?;
                let msg = format!(
                    "Error calling __set_name__ on '{}' instance {} in '{}'",
                    types::type_name(&vt),
                    kr,
                    types::type_name(&t)
                );
                let re = vm.runtime_error(msg);
                crate::exceptions::set_cause(&re.0, Value::Obj(e.0.clone()));
                return Err(re);
            }
        }
    }
    // __init_subclass__ of the parent.
    init_subclass(vm, &t, kw)?;
    Ok(Value::Obj(t))
}

fn compute_type_mro(vm: &mut Vm, t: &ObjRef, bases: &[ObjRef]) -> PyResult<Vec<ObjRef>> {
    let meta = t.class();
    if !Rc::ptr_eq(&meta, &vm.types.type_) {
        if let Some(m) = types::lookup(&meta, "mro") {
            if !matches!(m.payload(), Some(Payload::Builtin(_))) {
                // Temporarily give the type a plain MRO so the override can use super().
                let default = types::compute_mro(vm, t, bases)?;
                if let Some(td) = tdata(t) {
                    *td.mro.borrow_mut() = default;
                }
                let r = vm.call_descriptor_function(
                    &m,
                    &Value::Obj(t.clone()),
                    &meta,
                    &[Value::Obj(t.clone())],
                )?;
                let items = vm.iterate(&r)?;
                let mut out = Vec::new();
                for i in items {
                    match i {
                        Value::Obj(o) if matches!(o.payload, Payload::Type(_)) => out.push(o),
                        other => {
                            let n = vm.type_name(&other);
                            return Err(
                                vm.type_error(format!("mro() returned a non-class ('{n}')"))
                            );
                        }
                    }
                }
                return Ok(out);
            }
        }
    }
    types::compute_mro(vm, t, bases)
}

fn init_subclass(vm: &mut Vm, t: &ObjRef, kw: &[(Value, Value)]) -> PyResult<()> {
    let mro = tdata(t).map(|d| d.mro.borrow().clone()).unwrap_or_default();
    for k in mro.iter().skip(1) {
        if let Some(kd) = tdata(k) {
            if let Some(f) = vm.dict_get_str(&kd.dict, "__init_subclass__") {
                let bound = vm.descr_get(&f, &Value::None, &Value::Obj(t.clone()))?;
                let bound = match f.payload() {
                    Some(Payload::Builtin(_)) => {
                        // object.__init_subclass__ is a classmethod descriptor.
                        bound
                    }
                    _ => bound,
                };
                vm.call_kw(&bound, &[], kw)?;
                return Ok(());
            }
        }
    }
    Ok(())
}

/// `object.__init_subclass__()`: takes no keyword arguments.
fn object_init_subclass(vm: &mut Vm, _args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    if let Some((k, _)) = kw.first() {
        let cls = _args
            .first()
            .map(|c| c.as_obj().map(types::type_name).unwrap_or_default())
            .unwrap_or_default();
        let _ = k;
        return Err(vm.type_error(format!(
            "{cls}.__init_subclass__() takes no keyword arguments"
        )));
    }
    Ok(Value::None)
}

/// The `__name__` of the module whose code is calling (for `__module__`).
fn caller_module_name(vm: &mut Vm) -> Option<Value> {
    let g = vm.cur_globals.clone()?;
    vm.dict_get_str(&g, "__name__")
}

/// `__build_class__(func, name, *bases, metaclass=None, **kwds)`.
pub fn build_class(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    if args.len() < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    }
    let func = args[0].clone();
    let Some(Payload::Function(_)) = func.payload() else {
        return Err(vm.type_error("__build_class__: func must be a function"));
    };
    let name = args[1].clone();
    if name.as_str().is_none() {
        return Err(vm.type_error("__build_class__: name is not a string"));
    }
    let orig_bases: Vec<Value> = args[2..].to_vec();
    // __mro_entries__.
    let mut bases: Vec<Value> = Vec::new();
    let mut changed = false;
    for b in &orig_bases {
        if matches!(b.payload(), Some(Payload::Type(_))) {
            bases.push(b.clone());
            continue;
        }
        match vm.getattr_opt(b, "__mro_entries__")? {
            Some(me) => {
                let ob = vm.new_tuple(orig_bases.clone());
                let r = vm.call(&me, &[ob])?;
                match r.payload() {
                    Some(Payload::Tuple(t)) => bases.extend(t.iter().cloned()),
                    _ => return Err(vm.type_error("__mro_entries__ must return a tuple")),
                }
                changed = true;
            }
            None => bases.push(b.clone()),
        }
    }
    let mut kwargs: Vec<(Value, Value)> = Vec::new();
    let mut meta: Option<Value> = None;
    for (k, v) in kw {
        if k.as_str() == Some("metaclass") {
            meta = Some(v.clone());
        } else {
            kwargs.push((k.clone(), v.clone()));
        }
    }
    let is_class = meta
        .as_ref()
        .is_none_or(|m| matches!(m.payload(), Some(Payload::Type(_))));
    let mut meta = match meta {
        Some(m) => m,
        None => match bases.first() {
            Some(b) => Value::Obj(vm.type_of(b)),
            None => Value::Obj(vm.types.type_.clone()),
        },
    };
    if is_class {
        if let Value::Obj(m) = &meta {
            meta = Value::Obj(calculate_meta(vm, m, &bases)?);
        }
    }
    let bases_t = vm.new_tuple(bases.clone());
    let ns = match vm.getattr_opt(&meta, "__prepare__")? {
        Some(p) => vm.call_kw(&p, &[name.clone(), bases_t.clone()], &kwargs)?,
        None => Value::Obj(vm.new_dict()),
    };
    if !matches!(ns.payload(), Some(Payload::Dict(_)))
        && vm.getattr_opt(&ns, "__getitem__")?.is_none()
    {
        let mn = match &meta {
            Value::Obj(m) if matches!(m.payload, Payload::Type(_)) => types::type_name(m),
            _ => "<metaclass>".to_string(),
        };
        let tn = vm.type_name(&ns);
        return Err(vm.type_error(format!(
            "{mn}.__prepare__() must return a mapping, not {tn}"
        )));
    }
    // Run the body with the namespace as its locals.
    let Value::Obj(fo) = &func else {
        unreachable_none()
    };
    let Payload::Function(fd) = &fo.payload else {
        unreachable_none()
    };
    let mut frame = vm.make_frame(fo, fd, &[], &[])?;
    frame.locals = Some(ns.clone());
    let cell = vm.run_frame(frame)?;
    if changed {
        let ob = vm.new_tuple(orig_bases);
        let k = vm.intern("__orig_bases__");
        vm.setitem(&ns, k, ob)?;
    }
    let cls = vm.call_kw(&meta, &[name, bases_t, ns], &kwargs)?;
    if let Some(Payload::Cell(c)) = cell.payload() {
        let inner = c.borrow().clone();
        if !inner.is(&cls) {
            let n = match &cls {
                Value::Obj(o) if matches!(o.payload, Payload::Type(_)) => types::type_name(o),
                _ => String::new(),
            };
            let cls_r = vm.repr_string(&cls)?;
            if inner.is_null() {
                return Err(vm.runtime_error(format!("__class__ not set defining '{n}' as {cls_r}. Was __classcell__ propagated to type.__new__?")));
            }
            let inner_r = vm.repr_string(&inner)?;
            return Err(vm.type_error(format!(
                "__class__ set to {inner_r} defining '{n}' as {cls_r}"
            )));
        }
    }
    Ok(cls)
}

fn unreachable_none() -> ! {
    // Checked by the caller before (the payload was matched as a Function).
    std::process::abort()
}

// ---- type attributes ---------------------------------------------------------------------

fn type_arg(vm: &mut Vm, v: &Value) -> PyResult<ObjRef> {
    match v {
        Value::Obj(o) if matches!(o.payload, Payload::Type(_)) => Ok(o.clone()),
        _ => Err(vm.type_error("descriptor requires a 'type' object")),
    }
}

fn get_name(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = type_arg(vm, v)?;
    let n = tdata(&t)
        .map(|d| d.name.borrow().clone())
        .unwrap_or_default();
    Ok(vm.new_string(n))
}

fn set_name(vm: &mut Vm, v: &Value, nv: Option<Value>) -> PyResult<()> {
    let t = type_arg(vm, v)?;
    let Some(nv) = nv else {
        return Err(vm.type_error(format!(
            "cannot delete '__name__' attribute of immutable type '{}'",
            types::type_name(&t)
        )));
    };
    let Some(s) = nv.as_str() else {
        let n = vm.type_name(&nv);
        return Err(vm.type_error(format!(
            "can only assign string to {}.__name__, not '{n}'",
            types::type_name(&t)
        )));
    };
    if s.contains('\0') {
        return Err(vm.value_error("type name must not contain null characters"));
    }
    if let Some(d) = tdata(&t) {
        if !d.has_flag(types::FLAG_HEAPTYPE) {
            return Err(vm.type_error(format!(
                "cannot set '__name__' attribute of immutable type '{}'",
                types::type_name(&t)
            )));
        }
        *d.name.borrow_mut() = s.to_string();
    }
    Ok(())
}

fn get_qualname(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = type_arg(vm, v)?;
    let n = tdata(&t)
        .map(|d| d.qualname.borrow().clone())
        .unwrap_or_default();
    Ok(vm.new_string(n))
}

/// `cls.__doc__ = ...`: stored in the class namespace (heap types only).
fn set_doc(vm: &mut Vm, v: &Value, nv: Option<Value>) -> PyResult<()> {
    let t = type_arg(vm, v)?;
    let Some(td) = tdata(&t) else { return Ok(()) };
    if !td.has_flag(types::FLAG_HEAPTYPE) {
        return Err(vm.type_error(format!(
            "cannot set '__doc__' attribute of immutable type '{}'",
            types::type_name(&t)
        )));
    }
    let d = td.dict.clone();
    match nv {
        Some(nv) => vm.dict_set_str(&d, "__doc__", nv),
        None => {
            return Err(vm.type_error(format!(
                "cannot delete '__doc__' attribute of immutable type '{}'",
                types::type_name(&t)
            )))
        }
    }
    Ok(())
}

fn set_qualname(vm: &mut Vm, v: &Value, nv: Option<Value>) -> PyResult<()> {
    let t = type_arg(vm, v)?;
    match nv.as_ref().and_then(|n| n.as_str()) {
        Some(s) => {
            if let Some(d) = tdata(&t) {
                *d.qualname.borrow_mut() = s.to_string();
            }
            Ok(())
        }
        None => Err(vm.type_error(match &nv {
            Some(v) => format!(
                "can only assign string to {}.__qualname__, not '{}'",
                types::type_name(&t),
                vm.type_name(v)
            ),
            None => format!(
                "cannot delete '__qualname__' attribute of immutable type '{}'",
                types::type_name(&t)
            ),
        })),
    }
}

fn get_module(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = type_arg(vm, v)?;
    if !tdata(&t).is_some_and(|d| d.has_flag(types::FLAG_HEAPTYPE)) {
        // A built-in type living in another module (types.GenericAlias) says so in its
        // dict; the others are named `module.name` or live in builtins.
        if let Some(m) = tdata(&t).and_then(|d| vm.dict_get_str(&d.dict, "__module__")) {
            if m.as_str().is_some() {
                return Ok(m);
            }
        }
        let n = types::type_name(&t);
        return Ok(match n.rsplit_once('.') {
            Some((m, _)) => vm.new_str(m),
            None => vm.new_str("builtins"),
        });
    }
    let d = tdata(&t).map(|d| d.dict.clone());
    if let Some(d) = d {
        if let Some(m) = vm.dict_get_str(&d, "__module__") {
            return Ok(m);
        }
    }
    Ok(vm.new_str("builtins"))
}

fn set_module(vm: &mut Vm, v: &Value, nv: Option<Value>) -> PyResult<()> {
    let t = type_arg(vm, v)?;
    if let (Some(d), Some(nv)) = (tdata(&t).map(|d| d.dict.clone()), nv) {
        vm.dict_set_str(&d, "__module__", nv);
    }
    Ok(())
}

fn get_bases(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = type_arg(vm, v)?;
    let b: Vec<Value> = tdata(&t)
        .map(|d| {
            d.bases
                .borrow()
                .iter()
                .map(|x| Value::Obj(x.clone()))
                .collect()
        })
        .unwrap_or_default();
    Ok(vm.new_tuple(b))
}

fn set_bases(vm: &mut Vm, v: &Value, nv: Option<Value>) -> PyResult<()> {
    let t = type_arg(vm, v)?;
    let tn = types::type_name(&t);
    let Some(nv) = nv else {
        return Err(vm.type_error(format!(
            "cannot delete '__bases__' attribute of immutable type '{tn}'"
        )));
    };
    let Some(Payload::Tuple(items)) = nv.payload() else {
        let n = vm.type_name(&nv);
        return Err(vm.type_error(format!("can only assign tuple to {tn}.__bases__, not {n}")));
    };
    if items.is_empty() {
        return Err(vm.type_error(format!(
            "can only assign non-empty tuple to {tn}.__bases__, not ()"
        )));
    }
    let mut bases = Vec::new();
    for b in items.iter() {
        match b {
            Value::Obj(o) if matches!(o.payload, Payload::Type(_)) => {
                if types::is_subtype(o, &t) {
                    return Err(vm.type_error("a __bases__ item causes an inheritance cycle"));
                }
                bases.push(o.clone());
            }
            _ => {
                let n = vm.type_name(b);
                return Err(vm.type_error(format!(
                    "{tn}.__bases__ must be tuple of classes, not '{n}'"
                )));
            }
        }
    }
    let mro = compute_type_mro(vm, &t, &bases)?;
    if let Some(d) = tdata(&t) {
        if !d.has_flag(types::FLAG_HEAPTYPE) {
            return Err(vm.type_error(format!(
                "cannot set '__bases__' attribute of immutable type '{tn}'"
            )));
        }
        *d.bases.borrow_mut() = bases;
        *d.mro.borrow_mut() = mro;
    }
    types::modified(&t);
    Ok(())
}

/// `__base__`: the solid base CPython picks; here the first base whose layout matches the
/// type's, else the first base.
fn get_base(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = type_arg(vm, v)?;
    let Some(d) = tdata(&t) else {
        return Ok(Value::None);
    };
    let bases = d.bases.borrow().clone();
    let layout = d.layout;
    let pick = bases
        .iter()
        .find(|b| tdata(b).is_some_and(|bd| bd.layout == layout && layout != Layout::Object))
        .or(bases.first())
        .cloned();
    Ok(pick.map(Value::Obj).unwrap_or(Value::None))
}

fn get_mro(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = type_arg(vm, v)?;
    let m: Vec<Value> = tdata(&t)
        .map(|d| {
            d.mro
                .borrow()
                .iter()
                .map(|x| Value::Obj(x.clone()))
                .collect()
        })
        .unwrap_or_default();
    Ok(vm.new_tuple(m))
}

fn get_dict(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = type_arg(vm, v)?;
    let d = tdata(&t)
        .map(|d| Value::Obj(d.dict.clone()))
        .unwrap_or(Value::None);
    Ok(Value::Obj(Object::new(
        vm.types.mappingproxy.clone(),
        Payload::MappingProxy(d),
    )))
}

fn get_doc(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = type_arg(vm, v)?;
    let d = tdata(&t).map(|d| d.dict.clone());
    Ok(d.and_then(|d| vm.dict_get_str(&d, "__doc__"))
        .unwrap_or(Value::None))
}

fn get_abstract(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = type_arg(vm, v)?;
    let d = tdata(&t).map(|d| d.dict.clone());
    match d.and_then(|d| vm.dict_get_str(&d, "__abstractmethods__")) {
        Some(x) => Ok(x),
        None => Err(vm.attribute_error("__abstractmethods__")),
    }
}

fn set_abstract(vm: &mut Vm, v: &Value, nv: Option<Value>) -> PyResult<()> {
    let t = type_arg(vm, v)?;
    let Some(td) = tdata(&t) else { return Ok(()) };
    let d = td.dict.clone();
    match nv {
        Some(nv) => {
            let abstract_ = vm.truthy(&nv)?;
            vm.dict_set_str(&d, "__abstractmethods__", nv);
            let f = td.flags.get();
            td.flags.set(if abstract_ {
                f | types::FLAG_ABSTRACT
            } else {
                f & !types::FLAG_ABSTRACT
            });
        }
        None => {
            let k = vm.intern("__abstractmethods__");
            crate::dict::del_item(vm, &d, &k)?;
            td.flags.set(td.flags.get() & !types::FLAG_ABSTRACT);
        }
    }
    Ok(())
}

fn type_repr(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let t = type_arg(vm, &args[0])?;
    let s = type_repr_string(vm, &t)?;
    Ok(vm.new_string(s))
}

pub fn type_repr_string(vm: &mut Vm, t: &ObjRef) -> PyResult<String> {
    let module = get_module(vm, &Value::Obj(t.clone()))?;
    let qn = tdata(t)
        .map(|d| d.qualname.borrow().clone())
        .unwrap_or_default();
    let s = match module.as_str() {
        Some(m) if m != "builtins" => format!("<class '{m}.{qn}'>"),
        _ => format!("<class '{qn}'>"),
    };
    Ok(s)
}

fn type_mro(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let t = type_arg(vm, &args[0])?;
    let bases = tdata(&t)
        .map(|d| d.bases.borrow().clone())
        .unwrap_or_default();
    let m = types::compute_mro(vm, &t, &bases)?;
    Ok(vm.new_list(m.into_iter().map(Value::Obj).collect()))
}

fn type_subclasses(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let t = type_arg(vm, &args[0])?;
    let subs: Vec<Value> = tdata(&t)
        .map(|d| {
            d.subclasses
                .borrow()
                .iter()
                .filter_map(|w| w.upgrade())
                .map(Value::Obj)
                .collect()
        })
        .unwrap_or_default();
    Ok(vm.new_list(subs))
}

fn type_call_method(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let t = type_arg(vm, &args[0])?;
    type_call(vm, &t, &args[1..], kw)
}

fn type_init(_vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::None)
}

fn type_prepare(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::Obj(vm.new_dict()))
}

fn type_instancecheck(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(vm.type_error("__instancecheck__ expected 1 argument"));
    }
    let r = crate::objects::isinstance::recursive_isinstance(vm, &args[1], &args[0])?;
    Ok(Value::Bool(r))
}

fn type_subclasscheck(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(vm.type_error("__subclasscheck__ expected 1 argument"));
    }
    let r = crate::objects::isinstance::recursive_issubclass(vm, &args[1], &args[0])?;
    Ok(Value::Bool(r))
}

fn type_dir(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let t = type_arg(vm, &args[0])?;
    let mut names: Vec<String> = Vec::new();
    let mro = tdata(&t)
        .map(|d| d.mro.borrow().clone())
        .unwrap_or_default();
    for k in mro {
        if let Some(kd) = tdata(&k) {
            if let Payload::Dict(d) = &kd.dict.payload {
                for key in d.borrow().keys() {
                    if let Some(s) = key.as_str() {
                        if !names.iter().any(|n| n == s) {
                            names.push(s.to_string());
                        }
                    }
                }
            }
        }
    }
    let v: Vec<Value> = names.into_iter().map(|n| vm.new_string(n)).collect();
    Ok(vm.new_list(v))
}

pub fn add_getset(
    vm: &mut Vm,
    t: &ObjRef,
    name: &'static str,
    get: crate::object::Getter,
    set: Option<crate::object::Setter>,
) {
    let gs = Object::new(
        vm.types.getset_descriptor.clone(),
        Payload::GetSet(Box::new(crate::object::GetSetData {
            name,
            owner: t.clone(),
            get,
            set,
        })),
    );
    vm.type_dict_set(t, name, Value::Obj(gs));
}

pub fn init(vm: &mut Vm) {
    let t = vm.types.type_.clone();
    add_getset(vm, &t, "__name__", get_name, Some(set_name));
    add_getset(vm, &t, "__qualname__", get_qualname, Some(set_qualname));
    add_getset(vm, &t, "__module__", get_module, Some(set_module));
    add_getset(vm, &t, "__bases__", get_bases, Some(set_bases));
    add_getset(vm, &t, "__mro__", get_mro, None);
    add_getset(vm, &t, "__base__", get_base, None);
    add_getset(vm, &t, "__dict__", get_dict, None);
    add_getset(vm, &t, "__doc__", get_doc, Some(set_doc));
    add_getset(
        vm,
        &t,
        "__abstractmethods__",
        get_abstract,
        Some(set_abstract),
    );
    vm.add_method(&t, "__repr__", type_repr);
    vm.add_method(&t, "mro", type_mro);
    vm.add_method(&t, "__subclasses__", type_subclasses);
    vm.add_method(&t, "__call__", type_call_method);
    vm.add_method(&t, "__init__", type_init);
    vm.add_method(&t, "__instancecheck__", type_instancecheck);
    vm.add_method(&t, "__subclasscheck__", type_subclasscheck);
    vm.add_method(&t, "__dir__", type_dir);
    vm.add_classmethod(&t, "__prepare__", type_prepare);
    vm.add_staticmethod(&t, "__new__", type_new);
    let o = vm.types.object.clone();
    vm.add_staticmethod(&o, "__new__", object_new);
    vm.add_method(&o, "__init__", object_init);
    vm.add_classmethod(&o, "__init_subclass__", object_init_subclass);
}
