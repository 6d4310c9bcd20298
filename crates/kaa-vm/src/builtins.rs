//! The `builtins` module: every built-in type under its name, the exception classes, and the
//! built-in functions of Python 3.11 with CPython's argument checking and messages.
//! `types_init` fills the built-in types' methods at start-up.

use crate::object::{BuiltinKind, NativeFn, ObjRef, Object, Payload};
use crate::objects::{isinstance as isi, num};
use crate::types;
use crate::value::Value;
use crate::{PyResult, Vm};
use kaa_compiler::opcodes::{BinOpKind, CmpKind};

pub fn types_init(vm: &mut Vm) {
    let t = vm.types.clone();
    for ty in [
        &t.int,
        &t.bool_,
        &t.float,
        &t.complex,
        &t.str,
        &t.bytes,
        &t.bytearray,
        &t.list,
        &t.tuple,
        &t.dict,
        &t.set,
        &t.frozenset,
        &t.range,
        &t.slice,
        &t.function,
        &t.builtin_function,
        &t.method_descriptor,
        &t.method,
        &t.type_,
        &t.module,
        &t.cell,
        &t.code,
        &t.generator,
        &t.coroutine,
        &t.none_type,
        &t.not_implemented_type,
        &t.ellipsis_type,
        &t.mappingproxy,
        &t.dict_keys,
        &t.dict_values,
        &t.dict_items,
        &t.property,
        &t.classmethod,
        &t.staticmethod,
        &t.getset_descriptor,
        &t.member_descriptor,
        &t.traceback,
        &t.frame,
        &t.super_,
    ] {
        if let Some(d) = types::tdata(ty) {
            d.flags.set(d.flags.get() | types::FLAG_NATIVE_REPR);
        }
    }
    crate::objects::typeobj::init(vm);
    crate::objects::objectobj::init(vm);
    crate::objects::func::init(vm);
    crate::objects::numobj::init(vm);
    crate::objects::complex::init(vm);
    crate::objects::strobj::init(vm);
    crate::objects::bytesobj::init(vm);
    crate::objects::seqobj::init(vm);
    crate::objects::dictobj::init(vm);
    crate::objects::setobj::init(vm);
    crate::objects::misc::init(vm);
    crate::objects::rangeobj::init(vm);
    crate::objects::excobj::init(vm);
    crate::generator::init(vm);
    let g = crate::objects::generic::init(vm);
    vm.generic = Some(g);
    let w = crate::weakref::create_types(vm);
    vm.weak = Some(w);
    vm.native_modules
        .insert("_weakref".to_string(), crate::weakref::weakref_module);
    vm.native_modules
        .insert("gc".to_string(), crate::gcmodule::gc_module);
}

/// Positional argument `i` or a TypeError in CPython's words.
fn arg<'a>(
    vm: &mut Vm,
    args: &'a [Value],
    i: usize,
    fname: &str,
    min: usize,
) -> PyResult<&'a Value> {
    match args.get(i) {
        Some(v) => Ok(v),
        None => Err(vm.type_error(if min == 1 {
            format!("{fname}() takes exactly one argument (0 given)")
        } else {
            format!("{fname} expected {min} arguments, got {}", args.len())
        })),
    }
}

// The checks every built-in makes are inlined into it; only the error paths are calls.
#[inline(always)]
fn no_kw(vm: &mut Vm, kw: &[(Value, Value)], fname: &str) -> PyResult<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        Err(no_kw_error(vm, fname))
    }
}

#[cold]
#[inline(never)]
fn no_kw_error(vm: &mut Vm, fname: &str) -> crate::vm::PyErr {
    vm.type_error(format!("{fname}() takes no keyword arguments"))
}

#[inline(always)]
fn exact_args(vm: &mut Vm, args: &[Value], n: usize, fname: &str) -> PyResult<()> {
    if args.len() == n {
        return Ok(());
    }
    Err(exact_args_error(vm, args.len(), n, fname))
}

#[cold]
#[inline(never)]
fn exact_args_error(vm: &mut Vm, given: usize, n: usize, fname: &str) -> crate::vm::PyErr {
    vm.type_error(if n == 1 {
        format!("{fname}() takes exactly one argument ({given} given)")
    } else {
        format!("{fname} expected {n} arguments, got {given}")
    })
}

fn kwarg(kw: &[(Value, Value)], name: &str) -> Option<Value> {
    kw.iter()
        .find(|(k, _)| k.as_str() == Some(name))
        .map(|(_, v)| v.clone())
}

fn check_kw(vm: &mut Vm, kw: &[(Value, Value)], allowed: &[&str], fname: &str) -> PyResult<()> {
    for (k, _) in kw {
        let n = k.as_str().unwrap_or("");
        if !allowed.contains(&n) {
            // Argument-clinic functions (zip) word it one way, older ones another.
            if fname == "zip" {
                return Err(vm.type_error(format!(
                    "{fname}() got an unexpected keyword argument '{n}'"
                )));
            }
            return Err(vm.type_error(format!(
                "'{n}' is an invalid keyword argument for {fname}()"
            )));
        }
    }
    Ok(())
}

// ---- output and input ----------------------------------------------------------------------

fn b_print(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    check_kw(vm, kw, &["sep", "end", "file", "flush"], "print")?;
    let sep = match kwarg(kw, "sep") {
        None | Some(Value::None) => " ".to_string(),
        Some(v) => match v.as_str() {
            Some(s) => s.to_string(),
            None => {
                let n = vm.type_name(&v);
                return Err(vm.type_error(format!("sep must be None or a string, not {n}")));
            }
        },
    };
    let end = match kwarg(kw, "end") {
        None | Some(Value::None) => "\n".to_string(),
        Some(v) => match v.as_str() {
            Some(s) => s.to_string(),
            None => {
                let n = vm.type_name(&v);
                return Err(vm.type_error(format!("end must be None or a string, not {n}")));
            }
        },
    };
    let file = match kwarg(kw, "file") {
        None | Some(Value::None) => crate::sysmod::sys_attr(vm, "stdout"),
        Some(f) => Some(f),
    };
    let flush = match kwarg(kw, "flush") {
        Some(f) => vm.truthy(&f)?,
        None => false,
    };
    match file {
        None | Some(Value::None) => {}
        Some(f) => {
            // Each piece is written on its own, as CPython's print does (a file object may
            // observe the calls); the native streams just append.
            for (i, a) in args.iter().enumerate() {
                if i > 0 {
                    crate::sysmod::write_to(vm, &f, &sep)?;
                }
                let s = vm.str(a)?;
                crate::sysmod::write_to(vm, &f, s.as_str().unwrap_or(""))?;
            }
            crate::sysmod::write_to(vm, &f, &end)?;
            if flush {
                if let Some(fl) = vm.getattr_opt(&f, "flush")? {
                    vm.call(&fl, &[])?;
                }
            }
        }
    }
    Ok(Value::None)
}

fn b_input(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kw(vm, kw, "input")?;
    if let Some(p) = args.first() {
        let s = vm.str_string(p)?;
        if let Some(out) = crate::sysmod::sys_attr(vm, "stdout") {
            crate::sysmod::write_to(vm, &out, &s)?;
        }
    }
    crate::sysmod::flush_stdout(vm);
    let mut line = String::new();
    match std::io::stdin().read_line(&mut line) {
        Ok(0) => {
            let c = vm.types.eof_error.clone();
            Err(vm.new_exc(&c, "EOF when reading a line"))
        }
        Ok(_) => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            Ok(vm.new_string(line))
        }
        Err(e) => {
            let c = vm.types.os_error.clone();
            Err(vm.new_exc(&c, e.to_string()))
        }
    }
}

// ---- introspection -----------------------------------------------------------------------------

fn b_len(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kw(vm, kw, "len")?;
    exact_args(vm, args, 1, "len")?;
    Ok(Value::Int(vm.len(&args[0])? as i64))
}

fn b_repr(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kw(vm, kw, "repr")?;
    exact_args(vm, args, 1, "repr")?;
    vm.repr(&args[0])
}

fn b_ascii(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kw(vm, kw, "ascii")?;
    exact_args(vm, args, 1, "ascii")?;
    vm.ascii(&args[0])
}

fn b_format(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kw(vm, kw, "format")?;
    let v = arg(vm, args, 0, "format", 1)?.clone();
    let spec = match args.get(1) {
        Some(s) => {
            if s.as_str().is_none() {
                let n = vm.type_name(s);
                return Err(vm.type_error(format!("format() argument 2 must be str, not {n}")));
            }
            s.clone()
        }
        None => vm.new_str(""),
    };
    vm.format(&v, &spec)
}

fn b_isinstance(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kw(vm, kw, "isinstance")?;
    exact_args(vm, args, 2, "isinstance")?;
    Ok(Value::Bool(isi::isinstance(vm, &args[0], &args[1])?))
}

fn b_issubclass(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kw(vm, kw, "issubclass")?;
    exact_args(vm, args, 2, "issubclass")?;
    Ok(Value::Bool(isi::issubclass(vm, &args[0], &args[1])?))
}

fn attr_name(vm: &mut Vm, v: &Value, fname: &str) -> PyResult<Value> {
    if v.as_str().is_none() {
        let n = vm.type_name(v);
        let _ = fname;
        return Err(vm.type_error(format!("attribute name must be string, not '{n}'")));
    }
    Ok(v.clone())
}

fn b_getattr(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kw(vm, kw, "getattr")?;
    if args.len() < 2 {
        return Err(vm.type_error(format!(
            "getattr expected at least 2 arguments, got {}",
            args.len()
        )));
    }
    if args.len() > 3 {
        return Err(vm.type_error(format!(
            "getattr expected at most 3 arguments, got {}",
            args.len()
        )));
    }
    let name = attr_name(vm, &args[1], "getattr")?;
    match vm.getattr_v(&args[0], &name) {
        Ok(v) => Ok(v),
        Err(e) if args.len() == 3 && vm.exc_matches(&e, &vm.types.attribute_error.clone()) => {
            Ok(args[2].clone())
        }
        Err(e) => Err(e),
    }
}

fn b_setattr(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kw(vm, kw, "setattr")?;
    exact_args(vm, args, 3, "setattr")?;
    let name = attr_name(vm, &args[1], "setattr")?;
    vm.setattr_v(&args[0], &name, args[2].clone())?;
    Ok(Value::None)
}

fn b_delattr(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kw(vm, kw, "delattr")?;
    exact_args(vm, args, 2, "delattr")?;
    let name = attr_name(vm, &args[1], "delattr")?;
    vm.delattr_v(&args[0], &name)?;
    Ok(Value::None)
}

fn b_hasattr(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kw(vm, kw, "hasattr")?;
    exact_args(vm, args, 2, "hasattr")?;
    let name = attr_name(vm, &args[1], "hasattr")?;
    match vm.getattr_v(&args[0], &name) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(e) if vm.exc_matches(&e, &vm.types.attribute_error.clone()) => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

fn b_id(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kw(vm, kw, "id")?;
    exact_args(vm, args, 1, "id")?;
    Ok(Value::Int(match &args[0] {
        Value::Obj(o) => o.py_id() as i64,
        Value::Int(i) => 0x7f00_0000_0000 + (*i & 0xffff_ffff) * 32,
        Value::Float(f) => 0x7e00_0000_0000 + (f.to_bits() as i64 & 0xffff_ffff) * 16,
        Value::Bool(b) => 0x7d00_0000_0000 + *b as i64 * 32,
        _ => 0x7c00_0000_0000,
    }))
}

fn b_hash(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kw(vm, kw, "hash")?;
    exact_args(vm, args, 1, "hash")?;
    Ok(Value::Int(vm.hash(&args[0])?))
}

fn b_callable(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kw(vm, kw, "callable")?;
    exact_args(vm, args, 1, "callable")?;
    let r = match args[0].payload() {
        Some(Payload::Function(_))
        | Some(Payload::Builtin(_))
        | Some(Payload::Method(..))
        | Some(Payload::Type(_)) => true,
        _ => {
            let tp = vm.type_of(&args[0]);
            types::lookup(&tp, "__call__").is_some()
        }
    };
    Ok(Value::Bool(r))
}

fn b_globals(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    match vm.caller_env.last() {
        Some(e) => Ok(Value::Obj(e.globals.clone())),
        None => Ok(Value::Obj(vm.new_dict())),
    }
}

fn b_locals(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    match vm.caller_env.last() {
        Some(e) => Ok(e.locals.clone()),
        None => Ok(Value::Obj(vm.new_dict())),
    }
}

fn b_vars(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kw(vm, kw, "vars")?;
    match args.first() {
        None => b_locals(vm, args, &[]),
        Some(o) => match vm.getattr_opt(o, "__dict__")? {
            Some(d) => Ok(d),
            None => Err(vm.type_error("vars() argument must have __dict__ attribute")),
        },
    }
}

fn b_dir(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kw(vm, kw, "dir")?;
    let names = match args.first() {
        None => {
            let l = b_locals(vm, args, &[])?;
            let ks = vm.call_method(&l, "keys", &[])?;
            vm.iterate(&ks)?
        }
        Some(o) => {
            let r = match vm.call_special(o, "__dir__", &[])? {
                Some(r) => r,
                None => return Err(vm.type_error("object does not provide __dir__")),
            };
            vm.iterate(&r)?
        }
    };
    let l = vm.new_list(names);
    vm.call_method(&l, "sort", &[])?;
    Ok(l)
}

// ---- numbers -------------------------------------------------------------------------------------

fn b_abs(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kw(vm, kw, "abs")?;
    exact_args(vm, args, 1, "abs")?;
    match &args[0] {
        Value::Int(i) => {
            if let Some(a) = i.checked_abs() {
                return Ok(Value::Int(a));
            }
        }
        Value::Float(f) => return Ok(Value::Float(f.abs())),
        Value::Bool(b) => return Ok(Value::Int(*b as i64)),
        _ => {}
    }
    match vm.call_special(&args[0], "__abs__", &[])? {
        Some(r) => Ok(r),
        None => {
            let n = vm.type_name(&args[0]);
            Err(vm.type_error(format!("bad operand type for abs(): '{n}'")))
        }
    }
}

fn b_divmod(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kw(vm, kw, "divmod")?;
    exact_args(vm, args, 2, "divmod")?;
    let (a, b) = (&args[0], &args[1]);
    if num::as_int(a).is_some()
        && num::as_int(b).is_some()
        && !matches!(a, Value::Obj(_))
        && !matches!(b, Value::Obj(_))
    {
        let q = vm.binary_op(a, b, BinOpKind::FloorDiv, false)?;
        let r = vm.binary_op(a, b, BinOpKind::Mod, false)?;
        return Ok(vm.new_pair(q, r));
    }
    let ta = vm.type_of(a);
    let tb = vm.type_of(b);
    if let Some(m) = types::lookup(&ta, "__divmod__") {
        let r = vm.call_descriptor_function(&m, a, &ta, &[a.clone(), b.clone()])?;
        if !vm.is_not_implemented(&r) {
            return Ok(r);
        }
    }
    if let Some(m) = types::lookup(&tb, "__rdivmod__") {
        let r = vm.call_descriptor_function(&m, b, &tb, &[b.clone(), a.clone()])?;
        if !vm.is_not_implemented(&r) {
            return Ok(r);
        }
    }
    let (na, nb) = (types::type_name(&ta), types::type_name(&tb));
    Err(vm.type_error(format!(
        "unsupported operand type(s) for divmod(): '{na}' and '{nb}'"
    )))
}

fn b_pow(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let base = args.first().cloned().or_else(|| kwarg(kw, "base"));
    let exp = args.get(1).cloned().or_else(|| kwarg(kw, "exp"));
    let m = args
        .get(2)
        .cloned()
        .or_else(|| kwarg(kw, "mod"))
        .unwrap_or(Value::None);
    let (Some(base), Some(exp)) = (base, exp) else {
        return Err(vm.type_error("pow() missing required argument 'exp' (pos 2)".to_string()));
    };
    if m.is_none() {
        return vm.binary_op(&base, &exp, BinOpKind::Pow, false);
    }
    if num::as_int(&base).is_some() && num::as_int(&exp).is_some() && num::as_int(&m).is_some() {
        return crate::objects::numobj::int_pow3(vm, &base, &exp, &m);
    }
    let is_num = |v: &Value| {
        num::as_int(v).is_some()
            || matches!(v, Value::Float(_))
            || matches!(
                v.payload(),
                Some(Payload::Float(_)) | Some(Payload::Complex(..))
            )
    };
    if is_num(&base) && is_num(&exp) && is_num(&m) {
        return Err(
            vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
        );
    }
    let tp = vm.type_of(&base);
    if let Some(f) = types::lookup(&tp, "__pow__") {
        let r =
            vm.call_descriptor_function(&f, &base, &tp, &[base.clone(), exp.clone(), m.clone()])?;
        if !vm.is_not_implemented(&r) {
            return Ok(r);
        }
    }
    let (na, nb, nc) = (vm.type_name(&base), vm.type_name(&exp), vm.type_name(&m));
    Err(vm.type_error(format!(
        "unsupported operand type(s) for ** or pow(): '{na}', '{nb}', '{nc}'"
    )))
}

fn b_round(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let x = args.first().cloned().or_else(|| kwarg(kw, "number"));
    let Some(x) = x else {
        return Err(vm.type_error("round() missing required argument 'number' (pos 1)"));
    };
    let nd = args
        .get(1)
        .cloned()
        .or_else(|| kwarg(kw, "ndigits"))
        .unwrap_or(Value::None);
    let tp = vm.type_of(&x);
    match types::lookup(&tp, "__round__") {
        Some(m) => {
            if nd.is_none() {
                vm.call_descriptor_function(&m, &x, &tp, std::slice::from_ref(&x))
            } else {
                vm.call_descriptor_function(&m, &x, &tp, &[x.clone(), nd])
            }
        }
        None => {
            let n = types::type_name(&tp);
            Err(vm.type_error(format!("type {n} doesn't define __round__ method")))
        }
    }
}

fn int_text(vm: &mut Vm, args: &[Value], fname: &str, base: u32, prefix: &str) -> PyResult<Value> {
    exact_args(vm, args, 1, fname)?;
    let v = vm.index(&args[0])?;
    let s = match num::as_int(&v) {
        Some(num::IntRef::Small(i)) => kaa_fmt::parse::int_to_radix_i64(i, base),
        Some(num::IntRef::Big(b)) => kaa_fmt::parse::int_to_radix(b, base),
        None => String::new(),
    };
    let _ = prefix;
    Ok(vm.new_string(s))
}

fn b_bin(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kw(vm, kw, "bin")?;
    int_text(vm, args, "bin", 2, "0b")
}
fn b_oct(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kw(vm, kw, "oct")?;
    int_text(vm, args, "oct", 8, "0o")
}
fn b_hex(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kw(vm, kw, "hex")?;
    int_text(vm, args, "hex", 16, "0x")
}

fn b_chr(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kw(vm, kw, "chr")?;
    exact_args(vm, args, 1, "chr")?;
    let i = match vm.index_i64(&args[0]) {
        Ok(i) => i,
        Err(e) if vm.exc_matches(&e, &vm.types.overflow_error.clone()) => {
            return Err(vm.overflow_error("Python int too large to convert to C int"))
        }
        Err(e) => return Err(e),
    };
    if !(0..=0x10ffff).contains(&i) {
        return Err(vm.value_error("chr() arg not in range(0x110000)"));
    }
    match char::from_u32(i as u32) {
        Some(c) => Ok(vm.new_char(c)),
        // 0 <= i <= 0x10ffff and not a char: a surrogate.
        None => Ok(vm.new_char(kaa_syntax::surrogate::encode(i as u32))),
    }
}

fn b_ord(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kw(vm, kw, "ord")?;
    exact_args(vm, args, 1, "ord")?;
    match args[0].payload() {
        Some(Payload::Str(s)) => {
            let n = s.char_len();
            if n != 1 {
                return Err(vm.type_error(format!(
                    "ord() expected a character, but string of length {n} found"
                )));
            }
            Ok(Value::Int(
                s.as_str()
                    .chars()
                    .next()
                    .map(|c| kaa_syntax::surrogate::code_point(c) as i64)
                    .unwrap_or(0),
            ))
        }
        Some(Payload::Bytes(b)) => {
            if b.len() != 1 {
                return Err(vm.type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    b.len()
                )));
            }
            Ok(Value::Int(b[0] as i64))
        }
        Some(Payload::ByteArray(b)) => {
            let b = b.borrow();
            if b.len() != 1 {
                let n = b.len();
                drop(b);
                return Err(vm.type_error(format!(
                    "ord() expected a character, but string of length {n} found"
                )));
            }
            Ok(Value::Int(b[0] as i64))
        }
        _ => {
            let n = vm.type_name(&args[0]);
            Err(vm.type_error(format!("ord() expected string of length 1, but {n} found")))
        }
    }
}

// ---- iteration -------------------------------------------------------------------------------------

fn b_iter(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kw(vm, kw, "iter")?;
    match args.len() {
        1 => vm.iter(&args[0]),
        2 => {
            let tp = vm.type_of(&args[0]);
            let callable = matches!(
                args[0].payload(),
                Some(Payload::Function(_))
                    | Some(Payload::Builtin(_))
                    | Some(Payload::Method(..))
                    | Some(Payload::Type(_))
            ) || types::lookup(&tp, "__call__").is_some();
            if !callable {
                return Err(vm.type_error("iter(v, w): v must be callable"));
            }
            Ok(vm.new_iter(crate::iter::IterState::Callable {
                func: args[0].clone(),
                sentinel: args[1].clone(),
            }))
        }
        n => Err(vm.type_error(format!("iter expected at most 2 arguments, got {n}"))),
    }
}

fn b_next(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kw(vm, kw, "next")?;
    if args.is_empty() || args.len() > 2 {
        return Err(vm.type_error(format!(
            "next expected at least 1 argument, got {}",
            args.len()
        )));
    }
    let tp = vm.type_of(&args[0]);
    if types::lookup(&tp, "__next__").is_none() {
        let n = types::type_name(&tp);
        return Err(vm.type_error(format!("'{n}' object is not an iterator")));
    }
    if let Some(Payload::Generator(_)) = args[0].payload() {
        if let Value::Obj(g) = &args[0] {
            return match crate::generator::gen_send(vm, g, Value::None) {
                Ok(v) => Ok(v),
                Err(e)
                    if args.len() == 2 && vm.exc_matches(&e, &vm.types.stop_iteration.clone()) =>
                {
                    Ok(args[1].clone())
                }
                Err(e) => Err(e),
            };
        }
    }
    let m = types::lookup(&tp, "__next__").unwrap_or(Value::None);
    match vm.call_descriptor_function(&m, &args[0], &tp, &args[..1]) {
        Ok(v) => Ok(v),
        Err(e) if args.len() == 2 && vm.exc_matches(&e, &vm.types.stop_iteration.clone()) => {
            Ok(args[1].clone())
        }
        Err(e) => Err(e),
    }
}

fn b_enumerate(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let it = args.first().cloned().or_else(|| kwarg(kw, "iterable"));
    let Some(it) = it else {
        return Err(vm.type_error("enumerate() missing required argument 'iterable' (pos 1)"));
    };
    let start = args
        .get(1)
        .cloned()
        .or_else(|| kwarg(kw, "start"))
        .unwrap_or(Value::Int(0));
    if num::as_int(&start).is_none() {
        let n = vm.type_name(&start);
        return Err(vm.type_error(format!("'{n}' object cannot be interpreted as an integer")));
    }
    let iter = vm.iter(&it)?;
    Ok(vm.new_iter(crate::iter::IterState::Enumerate {
        it: iter,
        count: start,
    }))
}

fn b_zip(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    check_kw(vm, kw, &["strict"], "zip")?;
    let strict = match kwarg(kw, "strict") {
        Some(s) => vm.truthy(&s)?,
        None => false,
    };
    let mut iters = Vec::with_capacity(args.len());
    for (i, a) in args.iter().enumerate() {
        match vm.iter(a) {
            Ok(it) => iters.push(it),
            Err(e) => {
                if !vm.is_iterable(a) {
                    let n = vm.type_name(a);
                    let _ = i;
                    return Err(vm.type_error(format!("'{n}' object is not iterable")));
                }
                return Err(e);
            }
        }
    }
    Ok(vm.new_iter(crate::iter::IterState::Zip { iters, strict }))
}

fn b_map(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kw(vm, kw, "map")?;
    if args.len() < 2 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let mut iters = Vec::new();
    for a in &args[1..] {
        iters.push(vm.iter(a)?);
    }
    Ok(vm.new_iter(crate::iter::IterState::Map {
        func: args[0].clone(),
        iters,
    }))
}

fn b_filter(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kw(vm, kw, "filter")?;
    exact_args(vm, args, 2, "filter")?;
    let it = vm.iter(&args[1])?;
    Ok(vm.new_iter(crate::iter::IterState::Filter {
        func: args[0].clone(),
        it,
    }))
}

fn b_reversed(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kw(vm, kw, "reversed")?;
    exact_args(vm, args, 1, "reversed")?;
    let v = &args[0];
    if let Some(r) = vm.call_special(v, "__reversed__", &[])? {
        return Ok(r);
    }
    let tp = vm.type_of(v);
    if types::lookup(&tp, "__getitem__").is_none()
        || types::lookup(&tp, "__len__").is_none()
        || matches!(v.payload(), Some(Payload::Dict(_)) | Some(Payload::Set(_)))
    {
        let n = types::type_name(&tp);
        return Err(vm.type_error(format!("'{n}' object is not reversible")));
    }
    let n = vm.len(v)? as i64;
    Ok(vm.new_iter(crate::iter::IterState::Reversed {
        seq: v.clone(),
        index: n - 1,
    }))
}

fn b_sorted(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    if args.len() != 1 {
        return Err(vm.type_error(format!("sorted expected 1 argument, got {}", args.len())));
    }
    check_kw(vm, kw, &["key", "reverse"], "sort")?;
    let items = vm.iterate(&args[0])?;
    let l = vm.new_list(items);
    let sort = vm.getattr(&l, "sort")?;
    vm.call_kw(&sort, &[], kw)?;
    Ok(l)
}

fn minmax(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    name: &str,
    op: CmpKind,
) -> PyResult<Value> {
    check_kw(vm, kw, &["key", "default"], name)?;
    let key = kwarg(kw, "key").filter(|k| !k.is_none());
    let default = kwarg(kw, "default");
    // One argument is an iterable consumed lazily, as CPython does: the key function and
    // comparisons run between the iterator's steps, and nothing is materialised.
    let (iter, rest) = match args.len() {
        0 => return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0"))),
        1 => (Some(vm.iter(&args[0])?), &args[..0]),
        _ => {
            if default.is_some() {
                return Err(vm.type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            (None, args)
        }
    };
    let mut best: Option<(Value, Value)> = None;
    let mut pos = 0;
    loop {
        let it = match &iter {
            Some(i) => match vm.next(i)? {
                Some(v) => v,
                None => break,
            },
            None => match rest.get(pos) {
                Some(v) => {
                    pos += 1;
                    v.clone()
                }
                None => break,
            },
        };
        let k = match &key {
            Some(f) => vm.call(f, std::slice::from_ref(&it))?,
            None => it.clone(),
        };
        match &best {
            None => best = Some((k, it)),
            Some((bk, _)) => {
                let r = vm.compare(&k, bk, op)?;
                if vm.truthy(&r)? {
                    best = Some((k, it));
                }
            }
        }
    }
    match best {
        Some((_, v)) => Ok(v),
        None => match default {
            Some(d) => Ok(d),
            None => Err(vm.value_error(format!("{name}() arg is an empty sequence"))),
        },
    }
}

fn b_min(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    minmax(vm, args, kw, "min", CmpKind::Lt)
}

fn b_max(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    minmax(vm, args, kw, "max", CmpKind::Gt)
}

fn b_sum(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    check_kw(vm, kw, &["start"], "sum")?;
    let Some(it) = args.first() else {
        return Err(vm.type_error("sum() takes at least 1 positional argument (0 given)"));
    };
    let start = args
        .get(1)
        .cloned()
        .or_else(|| kwarg(kw, "start"))
        .unwrap_or(Value::Int(0));
    match start.payload() {
        Some(Payload::Str(_)) => {
            return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"))
        }
        Some(Payload::Bytes(_)) => {
            return Err(vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]"))
        }
        Some(Payload::ByteArray(_)) => {
            return Err(vm.type_error("sum() can't sum bytearray [use b''.join(seq) instead]"))
        }
        _ => {}
    }
    let iter = vm.iter(it)?;
    let mut acc = start;
    // CPython 3.11 adds left to right (no float compensation); small ints and floats
    // skip the generic operator dispatch, as its int and float fast paths do.
    while let Some(x) = vm.next(&iter)? {
        acc = match (&acc, &x) {
            (Value::Int(a), Value::Int(b)) => match a.checked_add(*b) {
                Some(s) => Value::Int(s),
                None => vm.binary_op(&acc, &x, BinOpKind::Add, false)?,
            },
            (Value::Float(a), Value::Float(b)) => Value::Float(a + b),
            _ => vm.binary_op(&acc, &x, BinOpKind::Add, false)?,
        };
    }
    Ok(acc)
}

fn b_any(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kw(vm, kw, "any")?;
    exact_args(vm, args, 1, "any")?;
    let it = vm.iter(&args[0])?;
    while let Some(x) = vm.next(&it)? {
        if vm.truthy(&x)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn b_all(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kw(vm, kw, "all")?;
    exact_args(vm, args, 1, "all")?;
    let it = vm.iter(&args[0])?;
    while let Some(x) = vm.next(&it)? {
        if !vm.truthy(&x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

// ---- code execution ----------------------------------------------------------------------------

fn mode_of(vm: &mut Vm, m: &Value) -> PyResult<kaa_compiler::Mode> {
    match m.as_str() {
        Some("exec") => Ok(kaa_compiler::Mode::Exec),
        Some("eval") => Ok(kaa_compiler::Mode::Eval),
        Some("single") => Ok(kaa_compiler::Mode::Single),
        _ => Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    }
}

fn source_text(vm: &mut Vm, v: &Value, fname: &str) -> PyResult<String> {
    match v.payload() {
        Some(Payload::Str(s)) => Ok(s.as_str().to_string()),
        Some(Payload::Bytes(b)) => Ok(String::from_utf8_lossy(b).into_owned()),
        _ => {
            let _n = vm.type_name(v);
            Err(vm.type_error(format!(
                "{fname}() arg 1 must be a string, bytes or code object"
            )))
        }
    }
}

fn b_compile(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let src = args
        .first()
        .cloned()
        .or_else(|| kwarg(kw, "source"))
        .unwrap_or(Value::None);
    let filename = args
        .get(1)
        .cloned()
        .or_else(|| kwarg(kw, "filename"))
        .unwrap_or(Value::None);
    let mode = args
        .get(2)
        .cloned()
        .or_else(|| kwarg(kw, "mode"))
        .unwrap_or(Value::None);
    let mode = mode_of(vm, &mode)?;
    if let Some(Payload::Code(_)) = src.payload() {
        return Ok(src);
    }
    let text = source_text(vm, &src, "compile")?;
    let fname = filename.as_str().unwrap_or("<string>").to_string();
    let code = vm.compile_source(&text, &fname, mode)?;
    Ok(Value::Obj(code))
}

fn exec_eval(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    mode: kaa_compiler::Mode,
    fname: &str,
) -> PyResult<Value> {
    let src = args
        .first()
        .cloned()
        .or_else(|| kwarg(kw, "source"))
        .unwrap_or(Value::None);
    let globals = args
        .get(1)
        .cloned()
        .or_else(|| kwarg(kw, "globals"))
        .unwrap_or(Value::None);
    let locals = args
        .get(2)
        .cloned()
        .or_else(|| kwarg(kw, "locals"))
        .unwrap_or(Value::None);
    let (g, l) = match (&globals, &locals) {
        (Value::None, _) => match vm.caller_env.last() {
            Some(e) => {
                let g = e.globals.clone();
                let l = if locals.is_none() {
                    e.locals.clone()
                } else {
                    locals.clone()
                };
                (g, l)
            }
            None => {
                let g = vm.new_dict();
                (g.clone(), Value::Obj(g))
            }
        },
        (Value::Obj(g), _) if matches!(g.payload, Payload::Dict(_)) => {
            let l = if locals.is_none() {
                globals.clone()
            } else {
                locals.clone()
            };
            (g.clone(), l)
        }
        _ => {
            let n = vm.type_name(&globals);
            return Err(vm.type_error(format!("{fname}() globals must be a dict, not {n}")));
        }
    };
    let code = match src.payload() {
        Some(Payload::Code(_)) => src.as_obj().cloned().unwrap_or_else(|| vm.new_dict()),
        _ => {
            let mut text = source_text(vm, &src, fname)?;
            if mode == kaa_compiler::Mode::Eval {
                text = text.trim_start_matches([' ', '\t']).to_string();
            }
            vm.compile_source(&text, "<string>", mode)?
        }
    };
    let r = vm.run_code(&code, &g, Some(l))?;
    if mode == kaa_compiler::Mode::Eval {
        Ok(r)
    } else {
        Ok(Value::None)
    }
}

fn b_exec(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    exec_eval(vm, args, kw, kaa_compiler::Mode::Exec, "exec")
}

fn b_eval(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    exec_eval(vm, args, kw, kaa_compiler::Mode::Eval, "eval")
}

pub fn b_import(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let name = args
        .first()
        .cloned()
        .or_else(|| kwarg(kw, "name"))
        .unwrap_or(Value::None);
    let Some(n) = name.as_str().map(|s| s.to_string()) else {
        return Err(vm.type_error("module name must be a string"));
    };
    let globals = args
        .get(1)
        .cloned()
        .or_else(|| kwarg(kw, "globals"))
        .and_then(|g| g.as_obj().cloned())
        .filter(|g| matches!(g.payload, Payload::Dict(_)));
    let fromlist = args
        .get(3)
        .cloned()
        .or_else(|| kwarg(kw, "fromlist"))
        .unwrap_or(Value::None);
    let level = args
        .get(4)
        .cloned()
        .or_else(|| kwarg(kw, "level"))
        .unwrap_or(Value::Int(0));
    let level = vm.index_i64(&level)?;
    crate::import::import_module_level(vm, &n, globals.as_ref(), &fromlist, level)
}

fn b_build_class(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    crate::objects::typeobj::build_class(vm, args, kw)
}

fn b_breakpoint(_vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::None)
}

macro_rules! iter_type_new {
    ($name:ident, $f:ident) => {
        /// `__new__` of an iterator type: builds the iterator, then gives it the requested
        /// class (a subclass when one was called).
        fn $name(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
            let Some(Value::Obj(cls)) = args.first() else {
                return Err(vm.type_error("no type"));
            };
            let cls = cls.clone();
            let r = $f(vm, &args[1..], kw)?;
            if let Value::Obj(o) = &r {
                if !o.class_is(&cls)
                    && types::tdata(&cls).is_some_and(|d| d.has_flag(types::FLAG_HEAPTYPE))
                {
                    o.set_class(cls);
                }
            }
            Ok(r)
        }
    };
}

iter_type_new!(enumerate_new, b_enumerate);
iter_type_new!(zip_new, b_zip);
iter_type_new!(map_new, b_map);
iter_type_new!(filter_new, b_filter);
iter_type_new!(reversed_new, b_reversed);

/// Built-in functions that need their caller's namespaces (the interpreter records them in
/// `vm.caller_env` before calling these).
pub const FRAME_AWARE: &[&str] = &["globals", "locals", "vars", "dir", "exec", "eval"];

pub fn init(vm: &mut Vm) {
    let d = vm.builtins_dict.clone();
    let n = vm.new_str("builtins");
    vm.dict_set_str(&d, "__name__", n);
    vm.dict_set_str(&d, "__doc__", Value::None);
    vm.dict_set_str(&d, "__package__", vm.new_str(""));
    vm.dict_set_str(&d, "__loader__", Value::None);
    vm.dict_set_str(&d, "__spec__", Value::None);
    let t = vm.types.clone();
    let named: Vec<(&str, &ObjRef)> = vec![
        ("object", &t.object),
        ("type", &t.type_),
        ("int", &t.int),
        ("bool", &t.bool_),
        ("float", &t.float),
        ("complex", &t.complex),
        ("str", &t.str),
        ("bytes", &t.bytes),
        ("bytearray", &t.bytearray),
        ("list", &t.list),
        ("tuple", &t.tuple),
        ("dict", &t.dict),
        ("set", &t.set),
        ("frozenset", &t.frozenset),
        ("range", &t.range),
        ("slice", &t.slice),
        ("property", &t.property),
        ("classmethod", &t.classmethod),
        ("staticmethod", &t.staticmethod),
        ("super", &t.super_),
        ("memoryview", &t.memoryview),
        ("enumerate", &t.enumerate),
        ("zip", &t.zip),
        ("map", &t.map),
        ("filter", &t.filter),
        ("reversed", &t.reversed),
    ];
    for (name, ty) in named {
        vm.dict_set_str(&d, name, Value::Obj(ty.clone()));
    }
    let excs: Vec<&ObjRef> = vec![
        &t.base_exception,
        &t.system_exit,
        &t.keyboard_interrupt,
        &t.generator_exit,
        &t.exception,
        &t.stop_iteration,
        &t.stop_async_iteration,
        &t.arithmetic_error,
        &t.floating_point_error,
        &t.overflow_error,
        &t.zero_division_error,
        &t.assertion_error,
        &t.attribute_error,
        &t.buffer_error,
        &t.eof_error,
        &t.import_error,
        &t.module_not_found_error,
        &t.lookup_error,
        &t.index_error,
        &t.key_error,
        &t.memory_error,
        &t.name_error,
        &t.unbound_local_error,
        &t.os_error,
        &t.reference_error,
        &t.runtime_error,
        &t.not_implemented_error,
        &t.recursion_error,
        &t.syntax_error,
        &t.indentation_error,
        &t.tab_error,
        &t.system_error,
        &t.type_error,
        &t.value_error,
        &t.unicode_error,
        &t.unicode_decode_error,
        &t.unicode_encode_error,
        &t.unicode_translate_error,
        &t.warning,
        &t.file_not_found_error,
        &t.file_exists_error,
        &t.permission_error,
        &t.is_a_directory_error,
        &t.not_a_directory_error,
        &t.base_exception_group,
        &t.exception_group,
        &t.timeout_error,
    ];
    for e in excs {
        let name = types::type_name(e);
        vm.dict_set_str(&d, &name, Value::Obj(e.clone()));
    }
    for (name, base) in crate::bootstrap::EXTRA_EXCEPTIONS {
        let Some(Value::Obj(bt)) = vm.dict_get_str(&d, base) else {
            continue;
        };
        let nt = types::new_type(
            t.type_.clone(),
            name,
            vec![bt.clone()],
            vm.new_dict(),
            types::Layout::Exception,
            types::FLAG_BASETYPE | types::FLAG_HAS_DICT,
        );
        types::set_linear_mro(&nt);
        vm.dict_set_str(&d, name, Value::Obj(nt));
    }
    for (ty, f) in [
        (t.enumerate.clone(), enumerate_new as NativeFn),
        (t.zip.clone(), zip_new),
        (t.map.clone(), map_new),
        (t.filter.clone(), filter_new),
        (t.reversed.clone(), reversed_new),
    ] {
        vm.add_staticmethod(&ty, "__new__", f);
    }
    vm.dict_set_str(&d, "EnvironmentError", Value::Obj(t.os_error.clone()));
    vm.dict_set_str(&d, "IOError", Value::Obj(t.os_error.clone()));
    vm.dict_set_str(&d, "None", Value::None);
    vm.dict_set_str(&d, "True", Value::Bool(true));
    vm.dict_set_str(&d, "False", Value::Bool(false));
    let ni = vm.not_implemented.clone();
    vm.dict_set_str(&d, "NotImplemented", ni);
    let el = vm.ellipsis.clone();
    vm.dict_set_str(&d, "Ellipsis", el);
    vm.dict_set_str(&d, "__debug__", Value::Bool(true));
    let funcs: &[(&'static str, NativeFn)] = &[
        ("print", b_print),
        ("input", b_input),
        ("len", b_len),
        ("repr", b_repr),
        ("ascii", b_ascii),
        ("format", b_format),
        ("isinstance", b_isinstance),
        ("issubclass", b_issubclass),
        ("getattr", b_getattr),
        ("setattr", b_setattr),
        ("delattr", b_delattr),
        ("hasattr", b_hasattr),
        ("id", b_id),
        ("hash", b_hash),
        ("callable", b_callable),
        ("globals", b_globals),
        ("locals", b_locals),
        ("vars", b_vars),
        ("dir", b_dir),
        ("abs", b_abs),
        ("divmod", b_divmod),
        ("pow", b_pow),
        ("round", b_round),
        ("bin", b_bin),
        ("oct", b_oct),
        ("hex", b_hex),
        ("chr", b_chr),
        ("ord", b_ord),
        ("iter", b_iter),
        ("next", b_next),
        ("sorted", b_sorted),
        ("min", b_min),
        ("max", b_max),
        ("sum", b_sum),
        ("any", b_any),
        ("all", b_all),
        ("compile", b_compile),
        ("exec", b_exec),
        ("eval", b_eval),
        ("__import__", b_import),
        ("__build_class__", b_build_class),
        ("breakpoint", b_breakpoint),
    ];
    for (name, f) in funcs {
        let fo = Object::new(
            t.builtin_function.clone(),
            Payload::Builtin(Box::new(crate::object::BuiltinData {
                name,
                func: *f,
                kind: BuiltinKind::Function,
                bound: None,
                owner: None,
                doc: None,
                frame_aware: crate::builtins::FRAME_AWARE.contains(name),
            })),
        );
        if *name == "isinstance" {
            vm.isinstance_fn = Some(fo.clone());
        }
        vm.dict_set_str(&d, name, Value::Obj(fo));
    }
}
