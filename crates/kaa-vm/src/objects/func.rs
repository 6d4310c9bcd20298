//! Function-like objects: Python functions (`__name__`, `__qualname__`, `__defaults__`,
//! `__kwdefaults__`, `__code__`, `__globals__`, `__closure__`, `__doc__`, `__module__`,
//! `__annotations__`, `__dict__`), bound methods (`__self__`, `__func__`, equality and
//! hashing by both), built-in functions, `property`, `classmethod`, `staticmethod` and
//! `super` in all its forms.

use super::typeobj::add_getset;
use crate::object::{BuiltinKind, ObjRef, Object, Payload, PropertyData};
use crate::types;
use crate::value::Value;
use crate::{PyResult, Vm};
use std::cell::RefCell;

/// `_Class__name` mangling for `__slots__` names.
pub fn mangle_private(class_name: &str, name: &str) -> String {
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = class_name.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}

/// How a callable is named in call errors: `module.qualname()` as CPython's
/// `_PyObject_FunctionStr` (the module is left out for builtins).
pub fn callable_display_name(vm: &mut Vm, v: &Value) -> String {
    let qual = match vm.getattr_opt(v, "__qualname__") {
        Ok(Some(q)) => q.as_str().map(|s| s.to_string()),
        _ => None,
    };
    let Some(qual) = qual else {
        return match vm.str_string(v) {
            Ok(s) => s,
            Err(_) => "object".to_string(),
        };
    };
    let module = match vm.getattr_opt(v, "__module__") {
        Ok(Some(m)) => m.as_str().map(|s| s.to_string()),
        _ => None,
    };
    match module {
        Some(m) if m != "builtins" => format!("{m}.{qual}()"),
        _ => format!("{qual}()"),
    }
}

fn func<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a crate::object::FunctionData> {
    match v.payload() {
        Some(Payload::Function(f)) => Ok(f),
        _ => Err(vm.type_error("descriptor requires a 'function' object")),
    }
}

macro_rules! func_field {
    ($get:ident, $set:ident, $field:ident, $what:literal, $check:expr) => {
        fn $get(vm: &mut Vm, v: &Value) -> PyResult<Value> {
            let f = func(vm, v)?;
            Ok(f.$field.borrow().clone())
        }
        fn $set(vm: &mut Vm, v: &Value, nv: Option<Value>) -> PyResult<()> {
            let nv = nv.unwrap_or(Value::None);
            let check: fn(&Value) -> bool = $check;
            if !check(&nv) {
                return Err(vm.type_error($what));
            }
            let f = func(vm, v)?;
            *f.$field.borrow_mut() = nv;
            Ok(())
        }
    };
}

func_field!(
    get_name,
    set_name,
    name,
    "__name__ must be set to a string object",
    |v| v.as_str().is_some()
);
func_field!(
    get_qualname,
    set_qualname,
    qualname,
    "__qualname__ must be set to a string object",
    |v| v.as_str().is_some()
);
func_field!(get_doc, set_doc, doc, "", |_| true);
func_field!(get_module, set_module, module, "", |_| true);
func_field!(
    get_defaults,
    set_defaults,
    defaults,
    "__defaults__ must be set to a tuple object",
    |v| v.is_none() || matches!(v.payload(), Some(Payload::Tuple(_)))
);
func_field!(
    get_kwdefaults,
    set_kwdefaults,
    kwdefaults,
    "__kwdefaults__ must be set to a dict object",
    |v| v.is_none() || matches!(v.payload(), Some(Payload::Dict(_)))
);

fn get_annotations(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let f = func(vm, v)?;
    let a = f.annotations.borrow().clone();
    if a.is_none() {
        let d = Value::Obj(vm.new_dict());
        *f.annotations.borrow_mut() = d.clone();
        return Ok(d);
    }
    Ok(a)
}

fn set_annotations(vm: &mut Vm, v: &Value, nv: Option<Value>) -> PyResult<()> {
    let f = func(vm, v)?;
    *f.annotations.borrow_mut() = nv.unwrap_or(Value::None);
    Ok(())
}

fn get_code(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Obj(func(vm, v)?.code.clone()))
}

fn get_globals(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Obj(func(vm, v)?.globals.clone()))
}

fn get_closure(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(func(vm, v)?
        .closure
        .clone()
        .map(Value::Obj)
        .unwrap_or(Value::None))
}

fn get_builtins(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Obj(func(vm, v)?.builtins.clone()))
}

fn get_obj_dict(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v.as_obj() {
        Some(o) => {
            let d = match o.dict() {
                Some(d) => d,
                None => {
                    let d = vm.new_dict();
                    o.dict.set(Some(d.clone()));
                    d
                }
            };
            Ok(Value::Obj(d))
        }
        None => Err(vm.attribute_error("__dict__")),
    }
}

fn set_obj_dict(vm: &mut Vm, v: &Value, nv: Option<Value>) -> PyResult<()> {
    match (v.as_obj(), nv) {
        (Some(o), Some(Value::Obj(d))) if matches!(d.payload, Payload::Dict(_)) => {
            o.dict.set(Some(d));
            Ok(())
        }
        (_, Some(other)) => {
            let n = vm.type_name(&other);
            Err(vm.type_error(format!("__dict__ must be set to a dictionary, not a '{n}'")))
        }
        _ => Err(vm.type_error("cannot delete __dict__")),
    }
}

fn func_get(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let obj = args.get(1).cloned().unwrap_or(Value::None);
    let owner = args.get(2).cloned().unwrap_or(Value::None);
    vm.descr_get(&args[0], &obj, &owner)
}

fn func_call(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let f = args[0].clone();
    vm.call_kw(&f, &args[1..], kw)
}

// ---- bound methods ---------------------------------------------------------------------

fn method_parts(vm: &mut Vm, v: &Value) -> PyResult<(Value, Value)> {
    match v.payload() {
        Some(Payload::Method(f, s)) => Ok((f.clone(), s.clone())),
        _ => Err(vm.type_error("descriptor requires a 'method' object")),
    }
}

fn method_self(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(method_parts(vm, v)?.1)
}

fn method_func(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(method_parts(vm, v)?.0)
}

fn method_eq(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (f1, s1) = method_parts(vm, &args[0])?;
    match args.get(1).and_then(|o| o.payload()) {
        Some(Payload::Method(f2, s2)) => Ok(Value::Bool(f1.is(f2) && s1.is(s2))),
        _ => Ok(vm.not_implemented.clone()),
    }
}

fn method_hash(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (f, s) = method_parts(vm, &args[0])?;
    let hs = s.as_obj().map(|o| o.id()).unwrap_or(0);
    let hf = vm.hash(&f)?;
    Ok(Value::Int(kaa_fmt::hash::hash_pointer(hs) ^ hf))
}

/// Attributes not found on the method object come from the function.
fn method_getattribute(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let m = &args[0];
    let name = args.get(1).cloned().unwrap_or(Value::None);
    let tp = vm.type_of(m);
    match vm.generic_getattr(m, &tp, &name) {
        Ok(v) => Ok(v),
        Err(e) if vm.exc_matches(&e, &vm.types.attribute_error.clone()) => {
            let (f, _) = method_parts(vm, m)?;
            vm.getattr_v(&f, &name)
        }
        Err(e) => Err(e),
    }
}

// ---- built-in functions -------------------------------------------------------------------

fn builtin_name(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v.payload() {
        Some(Payload::Builtin(b)) => Ok(vm.new_str(b.name)),
        _ => Err(vm.type_error("descriptor requires a builtin")),
    }
}

fn builtin_qualname(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v.payload() {
        Some(Payload::Builtin(b)) => match &b.owner {
            Some(o)
                if b.kind != BuiltinKind::Function
                    || b.bound
                        .as_ref()
                        .is_some_and(|s| !matches!(s.payload(), Some(Payload::Module))) =>
            {
                Ok(vm.new_string(format!("{}.{}", types::type_name(o), b.name)))
            }
            _ => Ok(vm.new_str(b.name)),
        },
        _ => Err(vm.type_error("descriptor requires a builtin")),
    }
}

fn builtin_self(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v.payload() {
        Some(Payload::Builtin(b)) => Ok(b.bound.clone().unwrap_or(Value::None)),
        _ => Err(vm.type_error("descriptor requires a builtin")),
    }
}

fn builtin_objclass(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v.payload() {
        Some(Payload::Builtin(b)) => Ok(b.owner.clone().map(Value::Obj).unwrap_or(Value::None)),
        _ => Err(vm.type_error("descriptor requires a builtin")),
    }
}

fn builtin_doc(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v.payload() {
        Some(Payload::Builtin(b)) => Ok(b.doc.map(|d| _vm.new_str(d)).unwrap_or(Value::None)),
        _ => Ok(Value::None),
    }
}

fn builtin_module(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v.payload() {
        Some(Payload::Builtin(b)) => match &b.bound {
            Some(m) if matches!(m.payload(), Some(Payload::Module)) => vm.getattr(m, "__name__"),
            None if b.kind == BuiltinKind::Function => Ok(vm.new_str("builtins")),
            _ => Ok(Value::None),
        },
        _ => Ok(Value::None),
    }
}

/// Bound built-in methods are equal when they wrap the same function and the same object.
fn builtin_eq(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (Some(Payload::Builtin(a)), Some(Payload::Builtin(b))) =
        (args[0].payload(), args.get(1).and_then(|v| v.payload()))
    else {
        return Ok(vm.not_implemented.clone());
    };
    let same_fn = a.func as usize == b.func as usize && a.name == b.name;
    let same_self = match (&a.bound, &b.bound) {
        (Some(x), Some(y)) => x.is(y),
        (None, None) => true,
        _ => false,
    };
    Ok(Value::Bool(same_fn && same_self))
}

// ---- member and getset descriptors ---------------------------------------------------------

fn descr_name(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v.payload() {
        Some(Payload::Member(m)) => Ok(vm.new_str(&m.0)),
        Some(Payload::GetSet(g)) => Ok(vm.new_str(g.name)),
        _ => Err(vm.type_error("descriptor requires a descriptor")),
    }
}

fn descr_objclass(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v.payload() {
        Some(Payload::Member(m)) => Ok(Value::Obj(m.2.clone())),
        Some(Payload::GetSet(g)) => Ok(Value::Obj(g.owner.clone())),
        _ => Err(vm.type_error("descriptor requires a descriptor")),
    }
}

fn descr_get_m(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let obj = args.get(1).cloned().unwrap_or(Value::None);
    let owner = args.get(2).cloned().unwrap_or(Value::None);
    vm.descr_get(&args[0], &obj, &owner)
}

fn descr_set_m(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let obj = args.get(1).cloned().unwrap_or(Value::None);
    let v = args.get(2).cloned().unwrap_or(Value::None);
    vm.descr_set_public(&args[0], &obj, Some(v))?;
    Ok(Value::None)
}

fn descr_delete_m(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let obj = args.get(1).cloned().unwrap_or(Value::None);
    vm.descr_set_public(&args[0], &obj, None)?;
    Ok(Value::None)
}

// ---- property -----------------------------------------------------------------------------

fn prop<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a PropertyData> {
    match v.payload() {
        Some(Payload::Property(p)) => Ok(p),
        _ => Err(vm.type_error("descriptor requires a 'property' object")),
    }
}

fn property_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.first() else {
        return Err(vm.type_error("property.__new__: no type"));
    };
    if args.len() > 5 {
        return Err(vm.type_error(format!(
            "property() takes at most 4 arguments ({} given)",
            args.len() - 1
        )));
    }
    let mut slots = [Value::None, Value::None, Value::None, Value::None];
    for (i, a) in args[1..].iter().enumerate().take(4) {
        slots[i] = a.clone();
    }
    for (k, v) in kw {
        match k.as_str() {
            Some("fget") => slots[0] = v.clone(),
            Some("fset") => slots[1] = v.clone(),
            Some("fdel") => slots[2] = v.clone(),
            Some("doc") => slots[3] = v.clone(),
            Some(other) => {
                return Err(vm.type_error(format!(
                    "property() got an unexpected keyword argument '{other}'"
                )))
            }
            None => {}
        }
    }
    let [fget, fset, fdel, mut doc] = slots;
    if doc.is_none() && !fget.is_none() {
        if let Some(d) = vm.getattr_opt(&fget, "__doc__")? {
            doc = d;
        }
    }
    let p = PropertyData {
        fget,
        fset,
        fdel,
        doc: RefCell::new(doc),
        name: RefCell::new(Value::None),
    };
    let o = super::typeobj::new_instance(vm, cls, Payload::Property(Box::new(p)));
    Ok(Value::Obj(o))
}

fn property_init(_vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::None)
}

fn property_copy(vm: &mut Vm, v: &Value, which: usize, f: Value) -> PyResult<Value> {
    let p = prop(vm, v)?;
    let mut parts = [p.fget.clone(), p.fset.clone(), p.fdel.clone()];
    parts[which] = f;
    let doc = p.doc.borrow().clone();
    let name = p.name.borrow().clone();
    let cls = vm.type_of(v);
    let r = vm.call(
        &Value::Obj(cls),
        &[parts[0].clone(), parts[1].clone(), parts[2].clone(), doc],
    )?;
    if let Some(Payload::Property(np)) = r.payload() {
        *np.name.borrow_mut() = name;
    }
    Ok(r)
}

fn property_getter(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    property_copy(vm, &args[0], 0, args.get(1).cloned().unwrap_or(Value::None))
}

fn property_setter(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    property_copy(vm, &args[0], 1, args.get(1).cloned().unwrap_or(Value::None))
}

fn property_deleter(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    property_copy(vm, &args[0], 2, args.get(1).cloned().unwrap_or(Value::None))
}

fn property_set_name(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let p = prop(vm, &args[0])?;
    *p.name.borrow_mut() = args.get(2).cloned().unwrap_or(Value::None);
    Ok(Value::None)
}

fn property_get(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let obj = args.get(1).cloned().unwrap_or(Value::None);
    let owner = args.get(2).cloned().unwrap_or(Value::None);
    vm.descr_get(&args[0], &obj, &owner)
}

fn property_set(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let p = prop(vm, &args[0])?;
    let f = p.fset.clone();
    if f.is_none() {
        return Err(vm.attribute_error("can't set attribute"));
    }
    vm.call(&f, &args[1..])?;
    Ok(Value::None)
}

fn property_delete(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let p = prop(vm, &args[0])?;
    let f = p.fdel.clone();
    if f.is_none() {
        return Err(vm.attribute_error("can't delete attribute"));
    }
    vm.call(&f, &args[1..])?;
    Ok(Value::None)
}

fn prop_fget(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(prop(vm, v)?.fget.clone())
}
fn prop_fset(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(prop(vm, v)?.fset.clone())
}
fn prop_fdel(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(prop(vm, v)?.fdel.clone())
}
fn prop_doc(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(prop(vm, v)?.doc.borrow().clone())
}
fn prop_set_doc(vm: &mut Vm, v: &Value, nv: Option<Value>) -> PyResult<()> {
    *prop(vm, v)?.doc.borrow_mut() = nv.unwrap_or(Value::None);
    Ok(())
}
fn prop_isabstract(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let p = prop(vm, v)?;
    let fs = [p.fget.clone(), p.fset.clone(), p.fdel.clone()];
    for f in fs {
        if let Some(a) = vm.getattr_opt(&f, "__isabstractmethod__")? {
            if vm.truthy(&a)? {
                return Ok(Value::Bool(true));
            }
        }
    }
    Ok(Value::Bool(false))
}

// ---- classmethod / staticmethod ------------------------------------------------------------

fn wrapper_new(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    is_class: bool,
) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.first() else {
        return Err(vm.type_error("no type"));
    };
    let name = if is_class {
        "classmethod"
    } else {
        "staticmethod"
    };
    if !kw.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "{name} expected 1 argument, got {}",
            args.len() - 1
        )));
    }
    let f = args[1].clone();
    let payload = if is_class {
        Payload::ClassMethod(RefCell::new(f.clone()))
    } else {
        Payload::StaticMethod(RefCell::new(f.clone()))
    };
    let o = super::typeobj::new_instance(vm, cls, payload);
    // Copy __doc__, __name__... (3.10+ wrappers carry the function's attributes).
    if let Some(d) = o.dict() {
        for attr in ["__doc__", "__name__", "__qualname__", "__module__"] {
            if let Some(v) = vm.getattr_opt(&f, attr)? {
                vm.dict_set_str(&d, attr, v);
            }
        }
        vm.dict_set_str(&d, "__wrapped__", f);
    }
    Ok(Value::Obj(o))
}

fn classmethod_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    wrapper_new(vm, args, kw, true)
}

fn staticmethod_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    wrapper_new(vm, args, kw, false)
}

fn wrapped_func(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v.payload() {
        Some(Payload::ClassMethod(f)) | Some(Payload::StaticMethod(f)) => Ok(f.borrow().clone()),
        _ => Err(vm.type_error("descriptor requires a classmethod or staticmethod")),
    }
}

fn wrapper_init(_vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::None)
}

fn wrapper_isabstract(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let f = wrapped_func(vm, v)?;
    match vm.getattr_opt(&f, "__isabstractmethod__")? {
        Some(a) => Ok(Value::Bool(vm.truthy(&a)?)),
        None => Ok(Value::Bool(false)),
    }
}

/// `types.MethodType(func, obj)`: binds a callable to an object.
fn method_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("method() takes no keyword arguments"));
    }
    if args.len() != 3 {
        return Err(vm.type_error(format!(
            "method expected 2 arguments, got {}",
            args.len().saturating_sub(1)
        )));
    }
    let callable = match args[1].payload() {
        Some(Payload::Function(_))
        | Some(Payload::Builtin(_))
        | Some(Payload::Method(..))
        | Some(Payload::Type(_)) => true,
        _ => {
            let tp = vm.type_of(&args[1]);
            types::lookup(&tp, "__call__").is_some()
        }
    };
    if !callable {
        return Err(vm.type_error("first argument must be callable"));
    }
    if args[2].is_none() {
        return Err(vm.type_error("instance must not be None"));
    }
    Ok(Value::Obj(Object::new(
        vm.types.method.clone(),
        Payload::Method(args[1].clone(), args[2].clone()),
    )))
}

fn staticmethod_call(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let f = wrapped_func(vm, &args[0])?;
    vm.call_kw(&f, &args[1..], kw)
}

// ---- super ----------------------------------------------------------------------------------

/// `super(type, obj)`: checks and records the object's type for the MRO walk.
pub fn make_super(vm: &mut Vm, cls: &ObjRef, t: Value, obj: Value) -> PyResult<Value> {
    let Value::Obj(tt) = &t else {
        let n = vm.type_name(&t);
        return Err(vm.type_error(format!("super() argument 1 must be a type, not {n}")));
    };
    if !matches!(tt.payload, Payload::Type(_)) {
        let n = vm.type_name(&t);
        return Err(vm.type_error(format!("super() argument 1 must be a type, not {n}")));
    }
    let obj_type = if obj.is_none() {
        Value::None
    } else {
        let ot = vm.type_of(&obj);
        if types::is_subtype(&ot, tt) {
            Value::Obj(ot)
        } else if let Value::Obj(oo) = &obj {
            if matches!(oo.payload, Payload::Type(_)) && types::is_subtype(oo, tt) {
                obj.clone()
            } else {
                match vm.getattr_opt(&obj, "__class__")? {
                    Some(Value::Obj(c))
                        if matches!(c.payload, Payload::Type(_)) && types::is_subtype(&c, tt) =>
                    {
                        Value::Obj(c)
                    }
                    _ => {
                        return Err(vm.type_error(
                            "super(type, obj): obj must be an instance or subtype of type",
                        ))
                    }
                }
            }
        } else {
            return Err(
                vm.type_error("super(type, obj): obj must be an instance or subtype of type")
            );
        }
    };
    let o = Object::new(cls.clone(), Payload::Super(Box::new((t, obj, obj_type))));
    Ok(Value::Obj(o))
}

fn super_new(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.first() else {
        return Err(vm.type_error("no type"));
    };
    match args.len() {
        1 => {
            // Zero-argument form outside a method frame (the interpreter handles the usual
            // case itself, where it can see the frame).
            Err(vm.runtime_error("super(): no arguments"))
        }
        2 => make_super(vm, cls, args[1].clone(), Value::None),
        3 => make_super(vm, cls, args[1].clone(), args[2].clone()),
        n => Err(vm.type_error(format!(
            "super() takes at most 2 arguments ({} given)",
            n - 1
        ))),
    }
}

fn super_init(_vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::None)
}

/// Attribute lookup through a super object: the MRO of the object's type after `type`.
/// The attribute `name` of the classes after the super object's type in its object's MRO:
/// (the raw class attribute, the instance to bind to or None for a type, the object's
/// type). None when no class there has it, or for `__class__` (the super object's own).
fn super_find(s: &Value, name: &Value) -> Option<(Value, Value, Value)> {
    let Some(Payload::Super(sup)) = s.payload() else {
        return None;
    };
    let (t, obj, obj_type) = &**sup;
    if name.as_str() == Some("__class__") {
        return None;
    }
    let (Value::Obj(tt), Value::Obj(ot)) = (t, obj_type) else {
        return None;
    };
    // The MRO is only read (no Python code runs) while borrowed.
    let found = {
        let mro = types::tdata(ot)?.mro.borrow();
        let start = mro
            .iter()
            .position(|k| std::rc::Rc::ptr_eq(k, tt))
            .map_or(mro.len(), |i| i + 1);
        mro[start..].iter().find_map(|k| {
            let kd = types::tdata(k)?;
            crate::dict::get_name(&kd.dict, name)
        })
    }?;
    let inst = if obj.is(obj_type) {
        Value::None
    } else {
        obj.clone()
    };
    Some((found, inst, obj_type.clone()))
}

pub fn super_getattr(vm: &mut Vm, s: &Value, name: &Value) -> PyResult<Value> {
    if !matches!(s.payload(), Some(Payload::Super(..))) {
        return Err(vm.type_error("not a super object"));
    }
    if let Some((v, inst, obj_type)) = super_find(s, name) {
        return vm.descr_get(&v, &inst, &obj_type);
    }
    let st = vm.type_of(s);
    vm.generic_getattr(s, &st, name)
}

/// `LOAD_METHOD` on an exact super object: a plain function found for an instance is
/// called with the instance, with no bound method made (what `descr_get` would bind).
pub fn super_method(vm: &Vm, s: &Value, name: &Value) -> Option<(Value, Value)> {
    if !s.as_obj()?.class_is(&vm.types.super_) {
        return None;
    }
    match super_find(s, name)? {
        (f, inst, _) if !inst.is_none() && matches!(f.payload(), Some(Payload::Function(_))) => {
            Some((f, inst))
        }
        _ => None,
    }
}

fn super_thisclass(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v.payload() {
        Some(Payload::Super(s)) => Ok(s.0.clone()),
        _ => Err(vm.type_error("descriptor requires a super object")),
    }
}

fn super_self(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v.payload() {
        Some(Payload::Super(s)) => Ok(s.1.clone()),
        _ => Err(vm.type_error("descriptor requires a super object")),
    }
}

fn super_self_class(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v.payload() {
        Some(Payload::Super(s)) => Ok(s.2.clone()),
        _ => Err(vm.type_error("descriptor requires a super object")),
    }
}

fn super_get(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = &args[0];
    let obj = args.get(1).cloned().unwrap_or(Value::None);
    match s.payload() {
        Some(Payload::Super(sup)) if sup.1.is_none() && !obj.is_none() => {
            let t = sup.0.clone();
            let cls = vm.type_of(s);
            make_super(vm, &cls, t, obj)
        }
        _ => Ok(s.clone()),
    }
}

pub fn init(vm: &mut Vm) {
    let f = vm.types.function.clone();
    if let Some(d) = types::tdata(&f) {
        d.flags.set(d.flags.get() | types::FLAG_HAS_DICT);
    }
    add_getset(vm, &f, "__name__", get_name, Some(set_name));
    add_getset(vm, &f, "__qualname__", get_qualname, Some(set_qualname));
    add_getset(vm, &f, "__doc__", get_doc, Some(set_doc));
    add_getset(vm, &f, "__module__", get_module, Some(set_module));
    add_getset(vm, &f, "__defaults__", get_defaults, Some(set_defaults));
    add_getset(
        vm,
        &f,
        "__kwdefaults__",
        get_kwdefaults,
        Some(set_kwdefaults),
    );
    add_getset(
        vm,
        &f,
        "__annotations__",
        get_annotations,
        Some(set_annotations),
    );
    add_getset(vm, &f, "__code__", get_code, None);
    add_getset(vm, &f, "__globals__", get_globals, None);
    add_getset(vm, &f, "__closure__", get_closure, None);
    add_getset(vm, &f, "__builtins__", get_builtins, None);
    add_getset(vm, &f, "__dict__", get_obj_dict, Some(set_obj_dict));
    vm.add_method(&f, "__get__", func_get);
    vm.add_method(&f, "__call__", func_call);
    let m = vm.types.method.clone();
    vm.add_staticmethod(&m, "__new__", method_new);
    add_getset(vm, &m, "__self__", method_self, None);
    add_getset(vm, &m, "__func__", method_func, None);
    vm.add_method(&m, "__eq__", method_eq);
    vm.add_method(&m, "__hash__", method_hash);
    vm.add_method(&m, "__getattribute__", method_getattribute);
    vm.add_method(&m, "__call__", func_call);
    for b in [
        vm.types.builtin_function.clone(),
        vm.types.method_descriptor.clone(),
        vm.types.classmethod_descriptor.clone(),
    ] {
        add_getset(vm, &b, "__name__", builtin_name, None);
        add_getset(vm, &b, "__qualname__", builtin_qualname, None);
        add_getset(vm, &b, "__doc__", builtin_doc, None);
        vm.add_method(&b, "__call__", func_call);
    }
    let b = vm.types.builtin_function.clone();
    add_getset(vm, &b, "__self__", builtin_self, None);
    add_getset(vm, &b, "__module__", builtin_module, None);
    for md in [
        vm.types.method_descriptor.clone(),
        vm.types.wrapper_descriptor.clone(),
    ] {
        add_getset(vm, &md, "__objclass__", builtin_objclass, None);
        vm.add_method(&md, "__get__", func_get);
    }
    let mw = vm.types.method_wrapper.clone();
    add_getset(vm, &mw, "__self__", builtin_self, None);
    vm.add_method(&mw, "__eq__", builtin_eq);
    let bf = vm.types.builtin_function.clone();
    vm.add_method(&bf, "__eq__", builtin_eq);
    for dt in [
        vm.types.member_descriptor.clone(),
        vm.types.getset_descriptor.clone(),
    ] {
        add_getset(vm, &dt, "__name__", descr_name, None);
        add_getset(vm, &dt, "__qualname__", descr_name, None);
        add_getset(vm, &dt, "__objclass__", descr_objclass, None);
        vm.add_method(&dt, "__get__", descr_get_m);
        vm.add_method(&dt, "__set__", descr_set_m);
        vm.add_method(&dt, "__delete__", descr_delete_m);
    }
    let p = vm.types.property.clone();
    vm.add_staticmethod(&p, "__new__", property_new);
    vm.add_method(&p, "__init__", property_init);
    vm.add_method(&p, "getter", property_getter);
    vm.add_method(&p, "setter", property_setter);
    vm.add_method(&p, "deleter", property_deleter);
    vm.add_method(&p, "__set_name__", property_set_name);
    vm.add_method(&p, "__get__", property_get);
    vm.add_method(&p, "__set__", property_set);
    vm.add_method(&p, "__delete__", property_delete);
    add_getset(vm, &p, "fget", prop_fget, None);
    add_getset(vm, &p, "fset", prop_fset, None);
    add_getset(vm, &p, "fdel", prop_fdel, None);
    add_getset(vm, &p, "__doc__", prop_doc, Some(prop_set_doc));
    add_getset(vm, &p, "__isabstractmethod__", prop_isabstract, None);
    for (t, newfn) in [
        (
            vm.types.classmethod.clone(),
            classmethod_new as crate::object::NativeFn,
        ),
        (vm.types.staticmethod.clone(), staticmethod_new),
    ] {
        vm.add_staticmethod(&t, "__new__", newfn);
        vm.add_method(&t, "__init__", wrapper_init);
        vm.add_method(&t, "__get__", func_get);
        add_getset(vm, &t, "__func__", wrapped_func, None);
        add_getset(vm, &t, "__isabstractmethod__", wrapper_isabstract, None);
    }
    let sm = vm.types.staticmethod.clone();
    vm.add_method(&sm, "__call__", staticmethod_call);
    let s = vm.types.super_.clone();
    vm.add_staticmethod(&s, "__new__", super_new);
    vm.add_method(&s, "__init__", super_init);
    vm.add_method(&s, "__get__", super_get);
    add_getset(vm, &s, "__thisclass__", super_thisclass, None);
    add_getset(vm, &s, "__self__", super_self, None);
    add_getset(vm, &s, "__self_class__", super_self_class, None);
}
