//! str: construction (`str(obj)`, `str(bytes, encoding)`), the special methods (hash,
//! comparison, length, code-point indexing and slicing, `in`, `+`, `*`, `%`, iteration,
//! `__format__`) and the core methods. More methods live in `str_methods.rs`.

use crate::object::{ObjRef, Payload, PyStr};
use crate::types;
use crate::value::Value;
use crate::{PyResult, Vm};

/// The str payload of `v`, or a TypeError naming the method.
pub fn this<'a>(vm: &mut Vm, v: &'a Value, method: &str) -> PyResult<&'a PyStr> {
    match v.payload() {
        Some(Payload::Str(s)) => Ok(s),
        _ => {
            let n = vm.type_name(v);
            Err(vm.type_error(format!(
                "descriptor '{method}' requires a 'str' object but received a '{n}'"
            )))
        }
    }
}

/// The str of an argument, or CPython's "must be str, not X" TypeError.
pub fn arg_str<'a>(vm: &mut Vm, v: &'a Value, what: &str) -> PyResult<&'a str> {
    match v.as_str() {
        Some(s) => Ok(s),
        None => {
            let n = vm.type_name(v);
            Err(vm.type_error(format!("{what} must be str, not {n}")))
        }
    }
}

fn str_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.first() else {
        return Err(vm.type_error("str.__new__(): not enough arguments"));
    };
    let cls = cls.clone();
    let mut obj = args.get(1).cloned();
    let mut encoding: Option<Value> = args.get(2).cloned();
    let mut errors: Option<Value> = args.get(3).cloned();
    for (k, v) in kw {
        match k.as_str() {
            Some("object") => obj = Some(v.clone()),
            Some("encoding") => encoding = Some(v.clone()),
            Some("errors") => errors = Some(v.clone()),
            Some(o) => {
                return Err(vm.type_error(format!("'{o}' is an invalid keyword argument for str()")))
            }
            None => {}
        }
    }
    if args.len() > 4 {
        return Err(vm.type_error(format!(
            "str() takes at most 3 arguments ({} given)",
            args.len() - 1
        )));
    }
    let s: String = match obj {
        None => String::new(),
        Some(o) => {
            if encoding.is_some() || errors.is_some() {
                if o.as_str().is_some() {
                    return Err(vm.type_error("decoding str is not supported"));
                }
                let Some(bytes) = super::bytesobj::bytes_like(&o) else {
                    let n = vm.type_name(&o);
                    return Err(vm.type_error(format!(
                        "decoding to str: need a bytes-like object, {n} found"
                    )));
                };
                let enc = super::str_case::named_str_arg(vm, encoding, "str", "encoding", "utf-8")?;
                let errs = super::str_case::named_str_arg(vm, errors, "str", "errors", "strict")?;
                crate::objects::codecs::decode(vm, &bytes, &enc, &errs)?
            } else {
                let r = vm.str(&o)?;
                if std::rc::Rc::ptr_eq(&cls, &vm.types.str) {
                    return Ok(r);
                }
                r.as_str().unwrap_or("").to_string()
            }
        }
    };
    if std::rc::Rc::ptr_eq(&cls, &vm.types.str) {
        return Ok(vm.new_string(s));
    }
    let o = super::typeobj::new_instance(vm, &cls, Payload::Str(PyStr::from_string(s)));
    Ok(Value::Obj(o))
}

fn s_repr(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = this(vm, &args[0], "__repr__")?;
    let r = crate::repr::str_repr(s.as_str());
    Ok(vm.new_string(r))
}

fn s_str(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = this(vm, &args[0], "__str__")?;
    if args[0].as_obj().is_some_and(|o| o.class_is(&vm.types.str)) {
        return Ok(args[0].clone());
    }
    let owned = s.as_str().to_string();
    Ok(vm.new_string(owned))
}

fn s_hash(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = this(vm, &args[0], "__hash__")?;
    Ok(Value::Int(crate::ops::str_obj_hash(s)))
}

fn s_len(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = this(vm, &args[0], "__len__")?;
    Ok(Value::Int(s.char_len() as i64))
}

macro_rules! s_cmp {
    ($name:ident, $op:tt) => {
        fn $name(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
            let a = this(vm, &args[0], stringify!($name))?.as_str();
            match args.get(1).and_then(|b| b.as_str()) {
                Some(b) => Ok(Value::Bool(a $op b)),
                None => Ok(vm.not_implemented.clone()),
            }
        }
    };
}
s_cmp!(s_eq, ==);
s_cmp!(s_ne, !=);
s_cmp!(s_lt, <);
s_cmp!(s_le, <=);
s_cmp!(s_gt, >);
s_cmp!(s_ge, >=);

/// `a + b` for two exact strs (the interpreter's fast path). When the only other reference
/// to `a` is fast local `target` (`s += t` or `s = s + t`, the next instruction storing
/// there), the local lets go and `a` grows in place, as CPython does: building a string by
/// repeated `+=` is then linear instead of quadratic.
pub fn concat_exact(
    vm: &mut Vm,
    a: Value,
    b: &Value,
    locals: &mut [Value],
    target: Option<usize>,
) -> Value {
    let (Value::Obj(mut ao), Some(Payload::Str(bs))) = (a, b.payload()) else {
        return Value::None;
    };
    if let Some(slot) = target.and_then(|i| locals.get_mut(i)) {
        if slot.as_obj().is_some_and(|l| ObjRef::ptr_eq(l, &ao)) && ObjRef::strong_count(&ao) == 2 {
            *slot = Value::Null;
            if let Some(Payload::Str(s)) = ObjRef::get_mut(&mut ao).map(|o| &mut o.payload) {
                s.push_str(bs);
                return Value::Obj(ao);
            }
        }
    }
    let Payload::Str(as_) = &ao.payload else {
        return Value::None;
    };
    if bs.as_str().is_empty() {
        return Value::Obj(ao);
    }
    // Nothing added to the right operand: that str itself, as CPython returns.
    if as_.as_str().is_empty() {
        return b.clone();
    }
    let mut s = String::with_capacity(as_.as_str().len() + bs.as_str().len());
    s.push_str(as_.as_str());
    s.push_str(bs.as_str());
    vm.new_string(s)
}

fn s_add(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = this(vm, &args[0], "__add__")?.as_str();
    match args.get(1).and_then(|b| b.as_str()) {
        Some(b) => {
            let mut s = String::with_capacity(a.len() + b.len());
            s.push_str(a);
            s.push_str(b);
            Ok(vm.new_string(s))
        }
        None => Ok(vm.not_implemented.clone()),
    }
}

fn s_mul(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = this(vm, &args[0], "__mul__")?.as_str().to_string();
    let n = match args.get(1) {
        Some(Value::Int(n)) => *n,
        Some(Value::Bool(b)) => *b as i64,
        Some(v) if vm.type_of(v).is_some_type_with("__index__") => {
            let i = vm.index(v)?;
            match vm.index_i64(&i) {
                Ok(n) => n,
                Err(_) => {
                    return Err(vm.overflow_error("cannot fit 'int' into an index-sized integer"))
                }
            }
        }
        Some(_) => return Ok(vm.not_implemented.clone()),
        None => return Ok(vm.not_implemented.clone()),
    };
    if n <= 0 || a.is_empty() {
        return Ok(vm.new_str(""));
    }
    if (a.len() as u128) * (n as u128) > (isize::MAX as u128) / 2 {
        let c = vm.types.memory_error.clone();
        return Err(vm.new_exc_args(&c, vec![]));
    }
    Ok(vm.new_string(a.repeat(n as usize)))
}

trait HasMethod {
    fn is_some_type_with(&self, name: &str) -> bool;
}

impl HasMethod for ObjRef {
    fn is_some_type_with(&self, name: &str) -> bool {
        types::lookup(self, name).is_some()
    }
}

fn s_contains(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = this(vm, &args[0], "__contains__")?.as_str();
    let Some(b) = args.get(1).and_then(|b| b.as_str()) else {
        let n = args.get(1).map(|b| vm.type_name(b)).unwrap_or_default();
        return Err(vm.type_error(format!(
            "'in <string>' requires string as left operand, not {n}"
        )));
    };
    Ok(Value::Bool(super::str_methods::str_contains(a, b)))
}

pub(crate) fn s_getitem(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = this(vm, &args[0], "__getitem__")?;
    let key = args.get(1).cloned().unwrap_or(Value::None);
    if let Some(Payload::Slice(..)) = key.payload() {
        let n = s.char_len() as i64;
        let (start, stop, step) = super::misc::slice_indices(vm, &key, n)?;
        let chars: Vec<char> = if s.is_ascii() {
            Vec::new()
        } else {
            s.as_str().chars().collect()
        };
        let mut out = String::new();
        let mut i = start;
        let count = super::misc::slice_len(start, stop, step);
        if step == 1 && count > 0 {
            let (b0, b1) = (s.byte_offset(start as usize), s.byte_offset(stop as usize));
            return Ok(vm.new_str(&s.as_str()[b0..b1]));
        }
        for _ in 0..count {
            let c = if s.is_ascii() {
                s.as_str().as_bytes()[i as usize] as char
            } else {
                chars[i as usize]
            };
            out.push(c);
            i += step;
        }
        return Ok(vm.new_string(out));
    }
    let i = match &key {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        _ => {
            let tp = vm.type_of(&key);
            if types::lookup(&tp, "__index__").is_none() {
                let n = types::type_name(&tp);
                return Err(vm.type_error(format!("string indices must be integers, not '{n}'")));
            }
            vm.index_i64(&key)?
        }
    };
    let n = s.char_len() as i64;
    let idx = if i < 0 { i + n } else { i };
    if idx < 0 || idx >= n {
        return Err(vm.index_error("string index out of range"));
    }
    match s.char_at(idx as usize) {
        Some(c) => Ok(vm.new_char(c)),
        None => Err(vm.index_error("string index out of range")),
    }
}

fn s_iter(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let Value::Obj(o) = &args[0] else {
        return Err(vm.type_error("not a str"));
    };
    Ok(vm.new_iter(crate::iter::IterState::Str {
        s: o.clone(),
        byte_pos: 0,
    }))
}

fn s_format(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = this(vm, &args[0], "__format__")?.as_str().to_string();
    let spec = args.get(1).cloned().unwrap_or(Value::None);
    let spec = arg_str(vm, &spec, "format() argument 2")?.to_string();
    if spec.is_empty() {
        return vm.str(&args[0]);
    }
    let tn = vm.type_name(&args[0]);
    let r = kaa_fmt::spec::format_str_spec(&s, &spec, &tn).map_err(|e| vm.fmt_error(e))?;
    Ok(vm.new_string(r))
}

fn s_mod(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let fmt = this(vm, &args[0], "__mod__")?.as_str().to_string();
    let r = super::percent::percent_format(vm, &fmt, &args[1])?;
    Ok(vm.new_string(r))
}

fn s_rmod(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(vm.not_implemented.clone())
}

fn s_getnewargs(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = this(vm, &args[0], "__getnewargs__")?.as_str().to_string();
    let v = vm.new_string(s);
    Ok(vm.new_tuple(vec![v]))
}

pub fn init(vm: &mut Vm) {
    let t = vm.types.str.clone();
    vm.add_staticmethod(&t, "__new__", str_new);
    let methods: &[(&'static str, crate::object::NativeFn)] = &[
        ("__repr__", s_repr),
        ("__str__", s_str),
        ("__hash__", s_hash),
        ("__len__", s_len),
        ("__eq__", s_eq),
        ("__ne__", s_ne),
        ("__lt__", s_lt),
        ("__le__", s_le),
        ("__gt__", s_gt),
        ("__ge__", s_ge),
        ("__add__", s_add),
        ("__mul__", s_mul),
        ("__rmul__", s_mul),
        ("__contains__", s_contains),
        ("__getitem__", s_getitem),
        ("__iter__", s_iter),
        ("__format__", s_format),
        ("__mod__", s_mod),
        ("__rmod__", s_rmod),
        ("__getnewargs__", s_getnewargs),
    ];
    for (n, f) in methods {
        vm.add_method(&t, n, *f);
    }
    super::str_methods::init(vm);
}
