//! The `operator` module (and `_operator`, the same object) of CPython 3.11: every operator
//! as a function (`add`, `iadd`, `lt`, `getitem`, `not_`, `index`, `concat`, `countOf`,
//! `length_hint`, `call`, ...) with its dunder alias (`__add__`), plus the callable classes
//! `itemgetter`, `attrgetter` (dotted names) and `methodcaller`, with CPython's reprs
//! (`operator.itemgetter(1, 'a')`) and argument errors.

use crate::util::{add_methods, native_mut, new_class, pos_args, set_new};
use kaa_compiler::opcodes::{BinOpKind, CmpKind, Op};
use kaa_vm::object::{NativeData, NativeFn, ObjRef};
use kaa_vm::types;
use kaa_vm::{PyResult, Value, Vm};
use std::any::Any;

fn two<'a>(
    vm: &mut Vm,
    name: &str,
    args: &'a [Value],
    kw: &[(Value, Value)],
) -> PyResult<&'a [Value]> {
    pos_args(vm, name, &format!("_operator.{name}"), args, kw, 2, 2)
}

fn one<'a>(
    vm: &mut Vm,
    name: &str,
    args: &'a [Value],
    kw: &[(Value, Value)],
) -> PyResult<&'a Value> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!("_operator.{name}() takes no keyword arguments")));
    }
    if args.len() != 1 {
        return Err(vm.type_error(format!(
            "_operator.{name}() takes exactly one argument ({} given)",
            args.len()
        )));
    }
    Ok(&args[0])
}

macro_rules! binops {
    ($($f:ident, $name:literal, $kind:ident, $inplace:expr;)*) => {
        $(fn $f(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
            let a = two(vm, $name, args, kw)?;
            vm.binary_op(&a[0], &a[1], BinOpKind::$kind, $inplace)
        })*
    };
}

binops! {
    o_add, "add", Add, false;
    o_sub, "sub", Sub, false;
    o_mul, "mul", Mul, false;
    o_matmul, "matmul", MatMul, false;
    o_truediv, "truediv", TrueDiv, false;
    o_floordiv, "floordiv", FloorDiv, false;
    o_mod, "mod", Mod, false;
    o_pow, "pow", Pow, false;
    o_lshift, "lshift", LShift, false;
    o_rshift, "rshift", RShift, false;
    o_and, "and_", And, false;
    o_xor, "xor", Xor, false;
    o_or, "or_", Or, false;
    o_iadd, "iadd", Add, true;
    o_isub, "isub", Sub, true;
    o_imul, "imul", Mul, true;
    o_imatmul, "imatmul", MatMul, true;
    o_itruediv, "itruediv", TrueDiv, true;
    o_ifloordiv, "ifloordiv", FloorDiv, true;
    o_imod, "imod", Mod, true;
    o_ipow, "ipow", Pow, true;
    o_ilshift, "ilshift", LShift, true;
    o_irshift, "irshift", RShift, true;
    o_iand, "iand", And, true;
    o_ixor, "ixor", Xor, true;
    o_ior, "ior", Or, true;
}

macro_rules! cmpops {
    ($($f:ident, $name:literal, $kind:ident;)*) => {
        $(fn $f(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
            let a = two(vm, $name, args, kw)?;
            vm.compare(&a[0], &a[1], CmpKind::$kind)
        })*
    };
}

cmpops! {
    o_lt, "lt", Lt;
    o_le, "le", Le;
    o_eq, "eq", Eq;
    o_ne, "ne", Ne;
    o_gt, "gt", Gt;
    o_ge, "ge", Ge;
}

macro_rules! unops {
    ($($f:ident, $name:literal, $op:ident;)*) => {
        $(fn $f(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
            let a = one(vm, $name, args, kw)?;
            vm.unary_op(a, Op::$op)
        })*
    };
}

unops! {
    o_neg, "neg", UnaryNegative;
    o_pos, "pos", UnaryPositive;
    o_invert, "invert", UnaryInvert;
    o_inv, "inv", UnaryInvert;
}

fn o_abs(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = one(vm, "abs", args, kw)?.clone();
    let b = vm.builtins_dict.clone();
    let f = vm.dict_get_str(&b, "abs").unwrap_or(Value::None);
    vm.call(&f, &[a])
}

fn o_not(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = one(vm, "not_", args, kw)?;
    Ok(Value::Bool(!vm.truthy(a)?))
}

fn o_truth(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = one(vm, "truth", args, kw)?;
    Ok(Value::Bool(vm.truthy(a)?))
}

fn o_index(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = one(vm, "index", args, kw)?;
    vm.index(a)
}

fn o_is(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = two(vm, "is_", args, kw)?;
    Ok(Value::Bool(a[0].is(&a[1])))
}

fn o_is_not(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = two(vm, "is_not", args, kw)?;
    Ok(Value::Bool(!a[0].is(&a[1])))
}

fn o_contains(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = two(vm, "contains", args, kw)?;
    Ok(Value::Bool(vm.contains(&a[0], &a[1])?))
}

fn o_getitem(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = two(vm, "getitem", args, kw)?;
    vm.getitem(&a[0], &a[1])
}

fn o_setitem(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = pos_args(vm, "setitem", "setitem", args, kw, 3, 3)?;
    vm.setitem(&a[0], a[1].clone(), a[2].clone())?;
    Ok(Value::None)
}

fn o_delitem(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = two(vm, "delitem", args, kw)?;
    vm.delitem(&a[0], &a[1])?;
    Ok(Value::None)
}

fn check_sequence(vm: &mut Vm, v: &Value) -> PyResult<()> {
    let tp = vm.type_of(v);
    let is_dict = types::is_subtype(&tp, &vm.types.dict.clone());
    if is_dict || types::lookup(&tp, "__getitem__").is_none() {
        let n = vm.type_name(v);
        return Err(vm.type_error(format!("'{n}' object can't be concatenated")));
    }
    Ok(())
}

fn o_concat(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = two(vm, "concat", args, kw)?;
    check_sequence(vm, &a[0])?;
    vm.binary_op(&a[0], &a[1], BinOpKind::Add, false)
}

fn o_iconcat(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = two(vm, "iconcat", args, kw)?;
    check_sequence(vm, &a[0])?;
    vm.binary_op(&a[0], &a[1], BinOpKind::Add, true)
}

fn o_count_of(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = two(vm, "countOf", args, kw)?;
    let it = vm.iter(&a[0])?;
    let mut n = 0i64;
    while let Some(x) = vm.next(&it)? {
        if x.is(&a[1]) || vm.eq(&x, &a[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn o_index_of(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = two(vm, "indexOf", args, kw)?;
    let it = vm.iter(&a[0])?;
    let mut n = 0i64;
    while let Some(x) = vm.next(&it)? {
        if x.is(&a[1]) || vm.eq(&x, &a[1])? {
            return Ok(Value::Int(n));
        }
        n += 1;
    }
    Err(vm.value_error("sequence.index(x): x not in sequence"))
}

fn o_length_hint(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = pos_args(vm, "length_hint", "length_hint", args, kw, 1, 2)?;
    let default = match a.get(1) {
        Some(Value::Int(i)) => *i,
        Some(v) => {
            if kaa_vm::objects::num::as_int(v).is_none() {
                let n = vm.type_name(v);
                return Err(
                    vm.type_error(format!("'{n}' object cannot be interpreted as an integer"))
                );
            }
            vm.index_i64(v)?
        }
        None => 0,
    };
    let obj = &a[0];
    let tp = vm.type_of(obj);
    if types::lookup(&tp, "__len__").is_some() {
        match vm.len(obj) {
            Ok(n) => return Ok(Value::Int(n as i64)),
            Err(e) if vm.exc_matches(&e, &vm.types.type_error.clone()) => {}
            Err(e) => return Err(e),
        }
    }
    let Some(r) = vm.call_special(obj, "__length_hint__", &[])? else {
        return Ok(Value::Int(default));
    };
    if vm.is_not_implemented(&r) {
        return Ok(Value::Int(default));
    }
    if kaa_vm::objects::num::as_int(&r).is_none() {
        let n = vm.type_name(&r);
        return Err(vm.type_error(format!("__length_hint__ must be an integer, not {n}")));
    }
    let n = vm.index_i64(&r)?;
    if n < 0 {
        return Err(vm.value_error("__length_hint__() should return >= 0"));
    }
    Ok(Value::Int(n))
}

fn o_call(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(f) = args.first() else {
        return Err(vm.type_error("call() missing 1 required positional argument: 'obj'"));
    };
    vm.call_kw(f, &args[1..], kw)
}

// ---- itemgetter, attrgetter, methodcaller ---------------------------------------------------

enum Getter {
    Item(Vec<Value>),
    /// Each attribute as its dotted parts, plus the original names for the repr.
    Attr(Vec<Vec<String>>, Vec<Value>),
    Method {
        name: Value,
        args: Vec<Value>,
        kw: Vec<(Value, Value)>,
    },
}

impl NativeData for Getter {
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn Any {
        self
    }
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        match self {
            Getter::Item(v) | Getter::Attr(_, v) => v.iter().for_each(visit),
            Getter::Method { name, args, kw } => {
                visit(name);
                args.iter().for_each(&mut *visit);
                for (k, v) in kw {
                    visit(k);
                    visit(v);
                }
            }
        }
    }
}

enum Snapshot {
    Item(Vec<Value>),
    Attr(Vec<Vec<String>>, Vec<Value>),
    Method(Value, Vec<Value>, Vec<(Value, Value)>),
}

fn snapshot(vm: &mut Vm, v: &Value) -> PyResult<Snapshot> {
    let g = native_mut::<Getter>(vm, v, "operator object")?;
    Ok(match &*g {
        Getter::Item(i) => Snapshot::Item(i.clone()),
        Getter::Attr(p, n) => Snapshot::Attr(p.clone(), n.clone()),
        Getter::Method { name, args, kw } => {
            Snapshot::Method(name.clone(), args.clone(), kw.clone())
        }
    })
}

fn itemgetter_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cls = crate::util::cls_arg(vm, args)?;
    if !kw.is_empty() {
        return Err(vm.type_error("itemgetter() takes no keyword arguments"));
    }
    if args.len() < 2 {
        return Err(vm.type_error("itemgetter expected 1 argument, got 0"));
    }
    Ok(crate::util::new_native(
        vm,
        &cls,
        Box::new(Getter::Item(args[1..].to_vec())),
    ))
}

fn attrgetter_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cls = crate::util::cls_arg(vm, args)?;
    if !kw.is_empty() {
        return Err(vm.type_error("attrgetter() takes no keyword arguments"));
    }
    if args.len() < 2 {
        return Err(vm.type_error("attrgetter expected 1 argument, got 0"));
    }
    let mut parts = Vec::new();
    for a in &args[1..] {
        let Some(s) = a.as_str() else {
            return Err(vm.type_error("attribute name must be a string"));
        };
        parts.push(s.split('.').map(|p| p.to_string()).collect());
    }
    let g = Getter::Attr(parts, args[1..].to_vec());
    Ok(crate::util::new_native(vm, &cls, Box::new(g)))
}

fn methodcaller_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cls = crate::util::cls_arg(vm, args)?;
    if args.len() < 2 {
        return Err(vm.type_error("methodcaller needs at least one argument, the method name"));
    }
    if args[1].as_str().is_none() {
        return Err(vm.type_error("method name must be a string"));
    }
    let g = Getter::Method {
        name: args[1].clone(),
        args: args[2..].to_vec(),
        kw: kw.to_vec(),
    };
    Ok(crate::util::new_native(vm, &cls, Box::new(g)))
}

fn getter_call(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let snap = snapshot(vm, &args[0])?;
    let name = match snap {
        Snapshot::Item(_) => "itemgetter",
        Snapshot::Attr(..) => "attrgetter",
        Snapshot::Method(..) => "methodcaller",
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
    let obj = &args[1];
    match snap {
        Snapshot::Item(items) => {
            if items.len() == 1 {
                return vm.getitem(obj, &items[0]);
            }
            let mut out = Vec::with_capacity(items.len());
            for i in &items {
                out.push(vm.getitem(obj, i)?);
            }
            Ok(vm.new_tuple(out))
        }
        Snapshot::Attr(parts, _) => {
            let mut out = Vec::with_capacity(parts.len());
            for p in &parts {
                let mut cur = obj.clone();
                for name in p {
                    cur = vm.getattr(&cur, name)?;
                }
                out.push(cur);
            }
            if out.len() == 1 {
                return Ok(out.pop().unwrap_or(Value::None));
            }
            Ok(vm.new_tuple(out))
        }
        Snapshot::Method(name, margs, mkw) => {
            let n = name.as_str().unwrap_or("").to_string();
            let m = vm.getattr(obj, &n)?;
            vm.call_kw(&m, &margs, &mkw)
        }
    }
}

fn getter_repr(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let snap = snapshot(vm, &args[0])?;
    let tn = types::type_name(&vm.type_of(&args[0]));
    let mut parts = Vec::new();
    let items = match snap {
        Snapshot::Item(i) => i,
        Snapshot::Attr(_, n) => n,
        Snapshot::Method(name, a, kw) => {
            parts.push(vm.repr_string(&name)?);
            for x in &a {
                parts.push(vm.repr_string(x)?);
            }
            for (k, v) in &kw {
                let r = vm.repr_string(v)?;
                parts.push(format!("{}={r}", k.as_str().unwrap_or("")));
            }
            Vec::new()
        }
    };
    for x in &items {
        parts.push(vm.repr_string(x)?);
    }
    Ok(vm.new_string(format!("operator.{tn}({})", parts.join(", "))))
}

fn getter_class(vm: &mut Vm, m: &ObjRef, name: &'static str, new: NativeFn) {
    let t = new_class(vm, "operator", name, false);
    set_new(vm, &t, new);
    add_methods(
        vm,
        &t,
        &[("__call__", getter_call), ("__repr__", getter_repr)],
    );
    vm.module_set(m, name, Value::Obj(t));
}

/// (name, function, has a dunder alias)
const FUNCS: &[(&str, NativeFn, bool)] = &[
    ("abs", o_abs, true),
    ("add", o_add, true),
    ("and_", o_and, true),
    ("call", o_call, true),
    ("concat", o_concat, true),
    ("contains", o_contains, true),
    ("countOf", o_count_of, false),
    ("delitem", o_delitem, true),
    ("eq", o_eq, true),
    ("floordiv", o_floordiv, true),
    ("ge", o_ge, true),
    ("getitem", o_getitem, true),
    ("gt", o_gt, true),
    ("iadd", o_iadd, true),
    ("iand", o_iand, true),
    ("iconcat", o_iconcat, true),
    ("ifloordiv", o_ifloordiv, true),
    ("ilshift", o_ilshift, true),
    ("imatmul", o_imatmul, true),
    ("imod", o_imod, true),
    ("imul", o_imul, true),
    ("index", o_index, true),
    ("indexOf", o_index_of, false),
    ("inv", o_inv, true),
    ("invert", o_invert, true),
    ("ior", o_ior, true),
    ("ipow", o_ipow, true),
    ("irshift", o_irshift, true),
    ("is_", o_is, false),
    ("is_not", o_is_not, false),
    ("isub", o_isub, true),
    ("itruediv", o_itruediv, true),
    ("ixor", o_ixor, true),
    ("le", o_le, true),
    ("length_hint", o_length_hint, false),
    ("lshift", o_lshift, true),
    ("lt", o_lt, true),
    ("matmul", o_matmul, true),
    ("mod", o_mod, true),
    ("mul", o_mul, true),
    ("ne", o_ne, true),
    ("neg", o_neg, true),
    ("not_", o_not, true),
    ("or_", o_or, true),
    ("pos", o_pos, true),
    ("pow", o_pow, true),
    ("rshift", o_rshift, true),
    ("setitem", o_setitem, true),
    ("sub", o_sub, true),
    ("truediv", o_truediv, true),
    ("truth", o_truth, false),
    ("xor", o_xor, true),
];

/// `_operator`: the functions and classes.
pub fn init_private(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("_operator");
    let mut all = Vec::new();
    for (name, f, dunder) in FUNCS {
        let fo = crate::util::new_func(vm, name, *f);
        vm.module_set(&m, name, fo.clone());
        all.push(vm.new_str(name));
        if *dunder {
            let base = name.trim_end_matches('_');
            vm.module_set(&m, &format!("__{base}__"), fo);
        }
    }
    getter_class(vm, &m, "itemgetter", itemgetter_new);
    getter_class(vm, &m, "attrgetter", attrgetter_new);
    getter_class(vm, &m, "methodcaller", methodcaller_new);
    for n in ["attrgetter", "itemgetter", "methodcaller"] {
        all.push(vm.new_str(n));
    }
    all.sort_by(|a, b| a.as_str().cmp(&b.as_str()));
    let l = vm.new_list(all);
    vm.module_set(&m, "__all__", l);
    Ok(m)
}

/// `operator`: a distinct module re-exporting everything `_operator` defines (as CPython's
/// pure-Python operator module does).
pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let private = kaa_vm::import::import_abs(vm, "_operator")?;
    let m = vm.new_module("operator");
    let (Some(src), Some(dst)) = (private.as_obj().and_then(|o| o.dict()), m.dict()) else {
        return Ok(m);
    };
    let items = match &src.payload {
        kaa_vm::object::Payload::Dict(d) => d.borrow().items(),
        _ => Vec::new(),
    };
    for (k, v) in items {
        let Some(name) = k.as_str().map(|s| s.to_string()) else {
            continue;
        };
        if matches!(
            name.as_str(),
            "__name__" | "__doc__" | "__package__" | "__loader__" | "__spec__"
        ) {
            continue;
        }
        vm.dict_set_str(&dst, &name, v);
    }
    Ok(m)
}
