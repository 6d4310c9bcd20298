//! `_functools`, the native half of `functools` (CPython 3.11): `reduce`; `partial` (a
//! subclassable type with read-only `func`/`args`/`keywords`, an instance `__dict__`,
//! flattening of nested partials, keyword merging on call, CPython's repr
//! `functools.partial(<function f at 0x...>, 1, x=2)`, and `__reduce__`/`__setstate__`);
//! and `cmp_to_key`, whose `functools.KeyWrapper` objects compare by calling the user's
//! comparison function.

use crate::util::{add_methods, native_mut, new_class, pos_args, set_new, Sig, VmLocal};
use kaa_compiler::opcodes::CmpKind;
use kaa_vm::object::{NativeData, NativeFn, ObjRef, Payload};
use kaa_vm::objects::typeobj::add_getset;
use kaa_vm::types;
use kaa_vm::{PyResult, Value, Vm};
use std::any::Any;

fn f_reduce(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("reduce() takes no keyword arguments"));
    }
    let a = pos_args(vm, "reduce", "reduce", args, kw, 2, 3)?;
    let it = match vm.iter(&a[1]) {
        Ok(it) => it,
        Err(e) if vm.exc_matches(&e, &vm.types.type_error.clone()) => {
            return Err(vm.type_error("reduce() arg 2 must support iteration"))
        }
        Err(e) => return Err(e),
    };
    let mut acc = a.get(2).cloned();
    while let Some(x) = vm.next(&it)? {
        acc = Some(match acc {
            None => x,
            Some(v) => vm.call(&a[0], &[v, x])?,
        });
    }
    acc.ok_or_else(|| vm.type_error("reduce() of empty iterable with no initial value"))
}

// ---- partial --------------------------------------------------------------------------------

pub struct Partial {
    func: Value,
    args: Vec<Value>,
    /// The `keywords` dict object (exposed as is, as in CPython).
    kw: ObjRef,
}

impl NativeData for Partial {
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn Any {
        self
    }
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.func);
        self.args.iter().for_each(&mut *visit);
        visit(&Value::Obj(self.kw.clone()));
    }
}

thread_local! {
    static PARTIAL: VmLocal<ObjRef> = const { VmLocal::new() };
}

fn partial_parts(vm: &mut Vm, v: &Value) -> PyResult<(Value, Vec<Value>, ObjRef)> {
    let p = native_mut::<Partial>(vm, v, "partial")?;
    Ok((p.func.clone(), p.args.clone(), p.kw.clone()))
}

fn dict_items(d: &ObjRef) -> Vec<(Value, Value)> {
    match &d.payload {
        Payload::Dict(t) => t.borrow().items(),
        _ => Vec::new(),
    }
}

fn is_exact_partial(vm: &Vm, v: &Value) -> bool {
    let t = vm.type_of(v);
    PARTIAL.with(|p| p.get(vm).is_some_and(|p| std::rc::Rc::ptr_eq(&p, &t)))
}

/// True for partial objects whose class keeps partial's own `__call__` (CPython flattens
/// those: `partial(partial(f, 1), 2)` is `partial(f, 1, 2)`).
fn calls_like_partial(vm: &Vm, v: &Value) -> bool {
    if !crate::util::is_native::<Partial>(v) {
        return false;
    }
    let t = vm.type_of(v);
    let Some(call) = types::lookup(&t, "__call__") else {
        return false;
    };
    let Some(Payload::Builtin(b)) = call.payload() else {
        return false;
    };
    PARTIAL.with(|p| {
        p.get(vm)
            .is_some_and(|p| b.owner.as_ref().is_some_and(|o| std::rc::Rc::ptr_eq(o, &p)))
    })
}

fn partial_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cls = crate::util::cls_arg(vm, args)?;
    let Some(func) = args.get(1).cloned() else {
        return Err(vm.type_error("type 'partial' takes at least one argument"));
    };
    let tp = vm.type_of(&func);
    let callable = types::lookup(&tp, "__call__").is_some()
        || matches!(
            func.payload(),
            Some(
                Payload::Function(_) | Payload::Builtin(_) | Payload::Method(..) | Payload::Type(_)
            )
        );
    if !callable {
        return Err(vm.type_error("the first argument must be callable"));
    }
    let (func, mut pargs, base_kw) = if calls_like_partial(vm, &func) {
        let (f, a, k) = partial_parts(vm, &func)?;
        (f, a, dict_items(&k))
    } else {
        (func, Vec::new(), Vec::new())
    };
    pargs.extend_from_slice(&args[2..]);
    let d = vm.new_dict();
    for (k, v) in base_kw.into_iter().chain(kw.iter().cloned()) {
        kaa_vm::dict::set_item(vm, &d, k, v)?;
    }
    let p = Partial {
        func,
        args: pargs,
        kw: d,
    };
    Ok(crate::util::new_native(vm, &cls, Box::new(p)))
}

fn partial_call(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (func, mut pargs, pkw) = partial_parts(vm, &args[0])?;
    pargs.extend_from_slice(&args[1..]);
    let mut all = dict_items(&pkw);
    for (k, v) in kw {
        match all
            .iter_mut()
            .find(|(ek, _)| ek.as_str().is_some() && ek.as_str() == k.as_str())
        {
            Some(slot) => slot.1 = v.clone(),
            None => all.push((k.clone(), v.clone())),
        }
    }
    vm.call_kw(&func, &pargs, &all)
}

fn partial_repr(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (func, pargs, pkw) = partial_parts(vm, &args[0])?;
    let name = if is_exact_partial(vm, &args[0]) {
        "functools.partial".to_string()
    } else {
        let t = vm.type_of(&args[0]);
        types::tdata(&t)
            .map(|d| d.qualname.borrow().clone())
            .unwrap_or_default()
    };
    let mut parts = vec![vm.repr_string(&func)?];
    for a in &pargs {
        parts.push(vm.repr_string(a)?);
    }
    for (k, v) in dict_items(&pkw) {
        let ks = vm.str_string(&k)?;
        let vs = vm.repr_string(&v)?;
        parts.push(format!("{ks}={vs}"));
    }
    Ok(vm.new_string(format!("{name}({})", parts.join(", "))))
}

fn partial_reduce(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (func, pargs, pkw) = partial_parts(vm, &args[0])?;
    let t = Value::Obj(vm.type_of(&args[0]));
    let d = match args[0].as_obj().and_then(|o| o.dict()) {
        Some(d) => Value::Obj(d),
        None => Value::None,
    };
    let fa = vm.new_tuple(vec![func.clone()]);
    let pa = vm.new_tuple(pargs);
    let state = vm.new_tuple(vec![func, pa, Value::Obj(pkw), d]);
    Ok(vm.new_tuple(vec![t, fa, state]))
}

fn partial_setstate(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = pos_args(
        vm,
        "__setstate__",
        "partial.__setstate__",
        &args[1..],
        kw,
        1,
        1,
    )?;
    let items = match a[0].payload() {
        Some(Payload::Tuple(t)) if t.len() == 4 => t.to_vec(),
        _ => return Err(vm.type_error("invalid partial state")),
    };
    let fargs = match items[1].payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => return Err(vm.type_error("invalid partial state")),
    };
    let kwd = match &items[2] {
        Value::None => vm.new_dict(),
        Value::Obj(o) if matches!(o.payload, Payload::Dict(_)) => {
            let d = vm.new_dict();
            for (k, v) in dict_items(o) {
                kaa_vm::dict::set_item(vm, &d, k, v)?;
            }
            d
        }
        _ => return Err(vm.type_error("invalid partial state")),
    };
    {
        let mut p = native_mut::<Partial>(vm, &args[0], "partial")?;
        p.func = items[0].clone();
        p.args = fargs;
        p.kw = kwd;
    }
    if let (Value::Obj(src), Some(dst)) = (&items[3], args[0].as_obj().and_then(|o| o.dict())) {
        for (k, v) in dict_items(src) {
            kaa_vm::dict::set_item(vm, &dst, k, v)?;
        }
    }
    Ok(Value::None)
}

/// Read-only members, as CPython's `READONLY` member descriptors report them.
fn readonly(vm: &mut Vm, _v: &Value, _new: Option<Value>) -> PyResult<()> {
    Err(vm.attribute_error("readonly attribute"))
}

fn get_func(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(partial_parts(vm, v)?.0)
}

fn get_args(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let a = partial_parts(vm, v)?.1;
    Ok(vm.new_tuple(a))
}

fn get_keywords(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Obj(partial_parts(vm, v)?.2))
}

// ---- cmp_to_key ---------------------------------------------------------------------------

struct KeyWrapper {
    cmp: Value,
    obj: Option<Value>,
}

impl NativeData for KeyWrapper {
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn Any {
        self
    }
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.cmp);
        if let Some(o) = &self.obj {
            visit(o);
        }
    }
}

thread_local! {
    static KEYWRAPPER: VmLocal<ObjRef> = const { VmLocal::new() };
}

const CMP_TO_KEY: Sig = Sig {
    name: "cmp_to_key",
    params: &["mycmp"],
    max_pos: 1,
    required: 1,
    pos_only: 0,
};
const K: Sig = Sig {
    name: "K",
    params: &["obj"],
    max_pos: 1,
    required: 1,
    pos_only: 0,
};

fn new_key(vm: &mut Vm, cmp: Value, obj: Option<Value>) -> PyResult<Value> {
    let Some(t) = KEYWRAPPER.with(|k| k.get(vm)) else {
        return Err(vm.type_error("functools.KeyWrapper is not initialised"));
    };
    Ok(crate::util::new_native(
        vm,
        &t,
        Box::new(KeyWrapper { cmp, obj }),
    ))
}

fn f_cmp_to_key(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let p = CMP_TO_KEY.bind(vm, args, kw)?;
    new_key(vm, p[0].clone().unwrap_or(Value::None), None)
}

fn key_parts(vm: &mut Vm, v: &Value) -> PyResult<(Value, Option<Value>)> {
    let k = native_mut::<KeyWrapper>(vm, v, "functools.KeyWrapper")?;
    Ok((k.cmp.clone(), k.obj.clone()))
}

fn key_call(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (cmp, _) = key_parts(vm, &args[0])?;
    let p = K.bind(vm, &args[1..], kw)?;
    new_key(vm, cmp, p[0].clone())
}

fn key_compare(vm: &mut Vm, args: &[Value], op: CmpKind) -> PyResult<Value> {
    let (cmp, a) = key_parts(vm, &args[0])?;
    let other = args.get(1).cloned().unwrap_or(Value::None);
    if !crate::util::is_native::<KeyWrapper>(&other) {
        return Err(vm.type_error("other argument must be K instance"));
    }
    let (_, b) = key_parts(vm, &other)?;
    let (Some(a), Some(b)) = (a, b) else {
        return Err(vm.attribute_error("object"));
    };
    let r = vm.call(&cmp, &[a, b])?;
    vm.compare(&r, &Value::Int(0), op)
}

macro_rules! key_cmps {
    ($($f:ident => $k:ident;)*) => {
        $(fn $f(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
            key_compare(vm, args, CmpKind::$k)
        })*
    };
}

key_cmps! {
    key_lt => Lt;
    key_le => Le;
    key_eq => Eq;
    key_ne => Ne;
    key_gt => Gt;
    key_ge => Ge;
}

fn key_obj(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match key_parts(vm, v)?.1 {
        Some(o) => Ok(o),
        None => Err(vm.attribute_error("obj")),
    }
}

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("_functools");
    crate::util::add_functions(
        vm,
        &m,
        &[("reduce", f_reduce), ("cmp_to_key", f_cmp_to_key)],
    );

    let p = new_class(vm, "functools", "partial", true);
    if let Some(d) = types::tdata(&p) {
        d.flags.set(d.flags.get() | types::FLAG_HAS_DICT);
    }
    set_new(vm, &p, partial_new);
    let methods: &[(&'static str, NativeFn)] = &[
        ("__call__", partial_call),
        ("__repr__", partial_repr),
        ("__reduce__", partial_reduce),
        ("__setstate__", partial_setstate),
    ];
    add_methods(vm, &p, methods);
    add_getset(vm, &p, "func", get_func, Some(readonly));
    add_getset(vm, &p, "args", get_args, Some(readonly));
    add_getset(vm, &p, "keywords", get_keywords, Some(readonly));
    kaa_vm::objects::objectobj::dict_descriptor(vm, &p);
    PARTIAL.with(|x| x.set(vm, p.clone()));
    vm.module_set(&m, "partial", Value::Obj(p));

    let k = new_class(vm, "functools", "KeyWrapper", false);
    let kmethods: &[(&'static str, NativeFn)] = &[
        ("__call__", key_call),
        ("__lt__", key_lt),
        ("__le__", key_le),
        ("__eq__", key_eq),
        ("__ne__", key_ne),
        ("__gt__", key_gt),
        ("__ge__", key_ge),
    ];
    add_methods(vm, &k, kmethods);
    vm.type_dict_set(&k, "__hash__", Value::None);
    add_getset(vm, &k, "obj", key_obj, None);
    KEYWRAPPER.with(|x| x.set(vm, k.clone()));
    Ok(m)
}
