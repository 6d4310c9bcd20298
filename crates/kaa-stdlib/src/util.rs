//! Helpers shared by the native modules: building function objects, module functions and
//! native classes; reaching the native state of an instance; argument checking with the
//! error texts CPython's argument parsers produce ("sqrt() takes exactly one argument (2
//! given)", "pow expected 2 arguments, got 1", "isclose() missing required argument 'b'
//! (pos 2)", ...); and numeric conversions as CPython's C API does them (`PyFloat_AsDouble`,
//! `__index__`).

use kaa_vm::object::{BuiltinData, BuiltinKind, NativeData, NativeFn, ObjRef, Object, Payload};
use kaa_vm::objects::num::{as_int, IntRef};
use kaa_vm::types::{self, Layout};
use kaa_vm::{PyResult, Value, Vm};
use num_bigint::BigInt;
use std::cell::RefMut;

/// A built-in function object (`<built-in function NAME>`).
pub fn new_func(vm: &Vm, name: &'static str, func: NativeFn) -> Value {
    Value::Obj(Object::new(
        vm.types.builtin_function.clone(),
        Payload::Builtin(Box::new(BuiltinData {
            name,
            func,
            kind: BuiltinKind::Function,
            bound: None,
            owner: None,
            doc: None,
            frame_aware: false,
        })),
    ))
}

/// Sets every (name, function) pair as a function attribute of module `m`.
pub fn add_functions(vm: &mut Vm, m: &ObjRef, funcs: &[(&'static str, NativeFn)]) {
    for (name, f) in funcs {
        let fo = new_func(vm, name, *f);
        vm.module_set(m, name, fo);
    }
}

/// A new native class `module.name` deriving from `object`; `subclassable` lets Python code
/// derive from it.
pub fn new_class(vm: &mut Vm, module: &str, name: &str, subclassable: bool) -> ObjRef {
    let base = vm.types.object.clone();
    new_class_from(vm, module, name, base, subclassable)
}

/// A new native class with the given base.
pub fn new_class_from(
    vm: &mut Vm,
    module: &str,
    name: &str,
    base: ObjRef,
    subclassable: bool,
) -> ObjRef {
    let flags = if subclassable {
        types::FLAG_BASETYPE
    } else {
        0
    };
    let t = types::new_type(
        vm.types.type_.clone(),
        name,
        vec![base],
        vm.new_dict(),
        Layout::Other,
        flags,
    );
    types::set_linear_mro(&t);
    let m = vm.new_str(module);
    vm.type_dict_set(&t, "__module__", m);
    vm.type_dict_set(&t, "__doc__", Value::None);
    t
}

/// Installs a native `__new__(cls, *args, **kw)` on a class.
pub fn set_new(vm: &mut Vm, t: &ObjRef, f: NativeFn) {
    let nf = vm.new_builtin("__new__", f, BuiltinKind::StaticMethod, Some(t.clone()));
    vm.type_dict_set(t, "__new__", nf);
}

/// Adds several method descriptors to a class.
pub fn add_methods(vm: &mut Vm, t: &ObjRef, methods: &[(&'static str, NativeFn)]) {
    for (n, f) in methods {
        vm.add_method(t, n, *f);
    }
}

/// A new instance of `cls` (or of a Python subclass of it) carrying native state.
pub fn new_native(vm: &mut Vm, cls: &ObjRef, data: Box<dyn NativeData>) -> Value {
    Value::Obj(kaa_vm::objects::typeobj::new_instance(
        vm,
        cls,
        Payload::Native(std::cell::RefCell::new(data)),
    ))
}

/// The class argument of a native `__new__`.
pub fn cls_arg(vm: &mut Vm, args: &[Value]) -> PyResult<ObjRef> {
    match args.first() {
        Some(Value::Obj(o)) if types::is_type(&args[0]) => Ok(o.clone()),
        _ => Err(vm.type_error("__new__(X): X is not a type object")),
    }
}

/// Mutable access to the native state of type `T` held by `v`; a TypeError names `what`
/// when `v` holds something else, and a RuntimeError reports a re-entrant use.
pub fn native_mut<'a, T: NativeData>(
    vm: &mut Vm,
    v: &'a Value,
    what: &str,
) -> PyResult<RefMut<'a, T>> {
    if let Some(Payload::Native(n)) = v.payload() {
        if n.try_borrow().is_ok_and(|b| b.as_any().is::<T>()) {
            return match n.try_borrow_mut() {
                Ok(b) => Ok(RefMut::map(b, |b| {
                    b.as_any_mut()
                        .downcast_mut::<T>()
                        .expect("type checked just above")
                })),
                Err(_) => Err(vm.runtime_error(format!("reentrant call inside {what}"))),
            };
        }
        if n.try_borrow().is_err() {
            return Err(vm.runtime_error(format!("reentrant call inside {what}")));
        }
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!(
        "descriptor requires a '{what}' object but received a '{tn}'"
    )))
}

/// True when `v` holds native state of type `T`.
pub fn is_native<T: NativeData>(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::Native(n)) if n.try_borrow().is_ok_and(|b| b.as_any().is::<T>()))
}

// ---- argument checking ---------------------------------------------------------------------

/// A METH_O function: exactly one positional argument, no keywords.
pub fn one_arg(
    vm: &mut Vm,
    qualname: &str,
    args: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!("{qualname}() takes no keyword arguments")));
    }
    if args.len() != 1 {
        return Err(vm.type_error(format!(
            "{qualname}() takes exactly one argument ({} given)",
            args.len()
        )));
    }
    Ok(args[0].clone())
}

/// A METH_NOARGS method (`args[0]` is self).
pub fn no_args(vm: &mut Vm, qualname: &str, args: &[Value], kw: &[(Value, Value)]) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!("{qualname}() takes no keyword arguments")));
    }
    if args.len() > 1 {
        return Err(vm.type_error(format!(
            "{qualname}() takes no arguments ({} given)",
            args.len() - 1
        )));
    }
    Ok(())
}

/// Positional-only arguments between `min` and `max` in number ("pow expected 2 arguments,
/// got 1"); `qualname` names the function in the no-keywords error.
pub fn pos_args<'a>(
    vm: &mut Vm,
    name: &str,
    qualname: &str,
    args: &'a [Value],
    kw: &[(Value, Value)],
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!("{qualname}() takes no keyword arguments")));
    }
    let n = args.len();
    if n < min || n > max {
        let plural = |k: usize| if k == 1 { "" } else { "s" };
        let msg = if min == max {
            format!("{name} expected {min} argument{}, got {n}", plural(min))
        } else if n < min {
            format!(
                "{name} expected at least {min} argument{}, got {n}",
                plural(min)
            )
        } else {
            format!(
                "{name} expected at most {max} argument{}, got {n}",
                plural(max)
            )
        };
        return Err(vm.type_error(msg));
    }
    Ok(args)
}

/// A signature for keyword-capable functions: parameter names, how many may be passed
/// positionally, and how many are required.
pub struct Sig {
    pub name: &'static str,
    pub params: &'static [&'static str],
    pub max_pos: usize,
    pub required: usize,
    /// How many leading parameters are positional-only.
    pub pos_only: usize,
}

impl Sig {
    /// Binds arguments to parameters with CPython's argument-clinic errors.
    pub fn bind(
        &self,
        vm: &mut Vm,
        args: &[Value],
        kw: &[(Value, Value)],
    ) -> PyResult<Vec<Option<Value>>> {
        let name = self.name;
        let total = self.params.len();
        if args.len() > self.max_pos {
            let msg = if self.max_pos < total {
                let p = if self.max_pos == 1 { "" } else { "s" };
                if self.required >= self.max_pos {
                    format!(
                        "{name}() takes exactly {} positional argument{p} ({} given)",
                        self.max_pos,
                        args.len()
                    )
                } else {
                    format!(
                        "{name}() takes at most {} positional argument{p} ({} given)",
                        self.max_pos,
                        args.len()
                    )
                }
            } else {
                let p = if total == 1 { "" } else { "s" };
                if self.required == total {
                    format!(
                        "{name}() takes exactly {total} argument{p} ({} given)",
                        args.len()
                    )
                } else {
                    format!(
                        "{name}() takes at most {total} argument{p} ({} given)",
                        args.len()
                    )
                }
            };
            return Err(vm.type_error(msg));
        }
        if args.len() + kw.len() > total {
            let p = if total == 1 { "" } else { "s" };
            return Err(vm.type_error(format!(
                "{name}() takes at most {total} argument{p} ({} given)",
                args.len() + kw.len()
            )));
        }
        let need = self.required.min(self.pos_only);
        if args.len() < need {
            let p = if need == 1 { "" } else { "s" };
            let how = if self.max_pos == need {
                "exactly"
            } else {
                "at least"
            };
            return Err(vm.type_error(format!(
                "{name}() takes {how} {need} positional argument{p} ({} given)",
                args.len()
            )));
        }
        let mut out: Vec<Option<Value>> = vec![None; total];
        for (i, a) in args.iter().enumerate() {
            out[i] = Some(a.clone());
        }
        for (k, v) in kw {
            let ks = k.as_str().unwrap_or("");
            match self
                .params
                .iter()
                .position(|p| *p == ks)
                .filter(|&i| i >= self.pos_only)
            {
                Some(i) if out[i].is_some() => {
                    return Err(vm.type_error(format!(
                        "argument for {name}() given by name ('{ks}') and position ({})",
                        i + 1
                    )));
                }
                Some(i) => out[i] = Some(v.clone()),
                None => {
                    return Err(vm.type_error(format!(
                        "'{ks}' is an invalid keyword argument for {name}()"
                    )));
                }
            }
        }
        for (i, slot) in out.iter().enumerate().take(self.required) {
            if slot.is_none() {
                return Err(vm.type_error(format!(
                    "{name}() missing required argument '{}' (pos {})",
                    self.params[i],
                    i + 1
                )));
            }
        }
        Ok(out)
    }
}

// ---- numeric conversions --------------------------------------------------------------------

/// `PyFloat_AsDouble`: float, int, `__float__`, `__index__`; else "must be real number".
pub fn to_f64(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => return Ok(*f),
        Value::Int(i) => return Ok(*i as f64),
        Value::Bool(b) => return Ok(*b as i64 as f64),
        _ => {}
    }
    if let Some(Payload::Float(f)) = v.payload() {
        return Ok(*f);
    }
    if let Some(IntRef::Big(b)) = as_int(v) {
        return big_to_f64(vm, b);
    }
    let tp = vm.type_of(v);
    if types::lookup(&tp, "__float__").is_some() {
        let r = vm.call_special(v, "__float__", &[])?.unwrap_or(Value::None);
        return match r {
            Value::Float(f) => Ok(f),
            _ => match r.payload() {
                Some(Payload::Float(f)) => Ok(*f),
                _ => {
                    let n = vm.type_name(v);
                    let rn = vm.type_name(&r);
                    Err(vm.type_error(format!("{n}.__float__ returned non-float (type {rn})")))
                }
            },
        };
    }
    if types::lookup(&tp, "__index__").is_some() {
        let r = vm.index(v)?;
        return match as_int(&r) {
            Some(IntRef::Small(i)) => Ok(i as f64),
            Some(IntRef::Big(b)) => big_to_f64(vm, b),
            None => Err(vm.type_error("__index__ returned non-int")),
        };
    }
    let n = vm.type_name(v);
    Err(vm.type_error(format!("must be real number, not {n}")))
}

/// An int too large for a float is an OverflowError, as in CPython.
pub fn big_to_f64(vm: &mut Vm, b: &BigInt) -> PyResult<f64> {
    kaa_fmt::convert::int_to_f64(b).map_err(|e| vm.fmt_error(e))
}

/// `operator.index(v)` as a BigInt.
pub fn to_bigint_index(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    let r = vm.index(v)?;
    match kaa_vm::objects::num::to_bigint(&r) {
        Some(b) => Ok(b),
        None => Err(vm.type_error("__index__ returned non-int")),
    }
}

/// True for int and bool values (and int subclass instances).
pub fn is_int(v: &Value) -> bool {
    as_int(v).is_some()
}

/// The keyword argument `name`, if given.
pub fn kwarg(kw: &[(Value, Value)], name: &str) -> Option<Value> {
    kw.iter()
        .find(|(k, _)| k.as_str() == Some(name))
        .map(|(_, v)| v.clone())
}

/// A per-interpreter value kept in a thread-local (a native module's classes): it is only
/// returned to the interpreter that stored it, so a later `Vm` on the same thread never
/// sees objects of an earlier one.
pub struct VmLocal<T: Clone>(std::cell::RefCell<Option<(std::rc::Weak<kaa_vm::vm::Types>, T)>>);

impl<T: Clone> VmLocal<T> {
    pub const fn new() -> Self {
        VmLocal(std::cell::RefCell::new(None))
    }

    pub fn get(&self, vm: &Vm) -> Option<T> {
        let b = self.0.borrow();
        let (w, v) = b.as_ref()?;
        let t = w.upgrade()?;
        std::rc::Rc::ptr_eq(&t, &vm.types).then(|| v.clone())
    }

    pub fn set(&self, vm: &Vm, v: T) {
        *self.0.borrow_mut() = Some((std::rc::Rc::downgrade(&vm.types), v));
    }
}

impl<T: Clone> Default for VmLocal<T> {
    fn default() -> Self {
        Self::new()
    }
}
