//! The `sys` module (argv, path, modules, version information, recursion limit, exc_info,
//! exit, displayhook, int-digit limit, ...) and the standard streams: `sys.stdout` and
//! `sys.stderr` are native text streams writing through one buffer that is flushed before
//! stderr output, input, and exit, so interleaving matches CPython's line-buffered terminal
//! behaviour while bulk output stays fast.

use crate::object::{BuiltinKind, NativeData, NativeFn, Object, Payload};
use crate::value::Value;
use crate::{PyResult, Vm};
use std::io::Write;

/// A native standard stream (fd 1 or 2).
pub struct StdStream {
    pub fd: i32,
    pub buf: Vec<u8>,
}

crate::native_data_leaf!(StdStream);

thread_local! {
    static STDOUT_OBJ: std::cell::RefCell<Option<crate::object::ObjRef>> = const { std::cell::RefCell::new(None) };
}

fn stream_of(v: &Value) -> Option<&std::cell::RefCell<Box<dyn NativeData>>> {
    match v.payload() {
        Some(Payload::Native(n)) if n.borrow().as_any().is::<StdStream>() => Some(n),
        _ => None,
    }
}

/// Writes `s` to a native stream in UTF-8. Lone surrogates cannot be: stdout's `strict`
/// error handler raises UnicodeEncodeError, stderr's `backslashreplace` escapes them.
fn stream_write(vm: &mut Vm, v: &Value, s: &str) -> PyResult<()> {
    if !crate::surrogate::contains(s) {
        stream_write_raw(v, s.as_bytes());
        return Ok(());
    }
    let fd = stream_of(v)
        .and_then(|n| {
            n.borrow()
                .as_any()
                .downcast_ref::<StdStream>()
                .map(|st| st.fd)
        })
        .unwrap_or(1);
    let errors = if fd == 2 {
        "backslashreplace"
    } else {
        "strict"
    };
    let b = crate::objects::codecs::encode(vm, s, "utf-8", errors)?;
    stream_write_raw(v, &b);
    Ok(())
}

fn stream_write_raw(v: &Value, s: &[u8]) {
    if let Some(n) = stream_of(v) {
        let mut b = n.borrow_mut();
        if let Some(st) = b.as_any_mut().downcast_mut::<StdStream>() {
            if st.fd == 2 {
                flush_stdout_global();
                let mut e = std::io::stderr();
                let _ = e.write_all(s);
                let _ = e.flush();
            } else {
                st.buf.extend_from_slice(s);
                if st.buf.len() > 1 << 16 {
                    let mut o = std::io::stdout();
                    let _ = o.write_all(&st.buf);
                    st.buf.clear();
                }
            }
        }
    }
}

fn flush_stdout_global() {
    STDOUT_OBJ.with(|s| {
        if let Some(o) = &*s.borrow() {
            if let Payload::Native(n) = &o.payload {
                if let Ok(mut b) = n.try_borrow_mut() {
                    if let Some(st) = b.as_any_mut().downcast_mut::<StdStream>() {
                        let mut out = std::io::stdout();
                        let _ = out.write_all(&st.buf);
                        let _ = out.flush();
                        st.buf.clear();
                    }
                }
            }
        }
    });
}

/// Flushes kaa's buffered stdout (before stderr output, input and exit).
pub fn flush_stdout(_vm: &mut Vm) {
    flush_stdout_global();
}

/// `file.write(text)`, fast for the native streams.
pub fn write_to(vm: &mut Vm, f: &Value, text: &str) -> PyResult<()> {
    if stream_of(f).is_some() {
        return stream_write(vm, f, text);
    }
    let s = vm.new_str(text);
    vm.call_method(f, "write", &[s])?;
    Ok(())
}

/// Sets one field of `sys.flags` (the command line's options, applied after start-up).
pub fn set_flag(vm: &mut Vm, name: &str, v: Value) {
    if let Some(Value::Obj(flags)) = sys_attr(vm, "flags") {
        if let Some(fd) = flags.dict() {
            vm.dict_set_str(&fd, name, v);
        }
    }
}

/// An attribute of the live sys module.
pub fn sys_attr(vm: &mut Vm, name: &str) -> Option<Value> {
    vm.sys.dict().and_then(|d| vm.dict_get_str(&d, name))
}

fn s_write(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(s) = args.get(1).and_then(|v| v.as_str()) else {
        let n = args.get(1).map(|v| vm.type_name(v)).unwrap_or_default();
        return Err(vm.type_error(format!("write() argument must be str, not {n}")));
    };
    let n = s.chars().count();
    let s = s.to_string();
    stream_write(vm, &args[0], &s)?;
    Ok(Value::Int(n as i64))
}

fn s_flush(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let _ = args;
    flush_stdout(vm);
    Ok(Value::None)
}

fn s_fileno(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let fd = stream_of(&args[0])
        .and_then(|n| {
            n.borrow()
                .as_any()
                .downcast_ref::<StdStream>()
                .map(|s| s.fd)
        })
        .unwrap_or(1);
    let _ = vm;
    Ok(Value::Int(fd as i64))
}

/// The fd of a standard stream, for the read methods (only stdin, fd 0, is readable).
fn readable_stdin(vm: &mut Vm, v: &Value) -> PyResult<()> {
    let fd = match v {
        Value::Obj(o) => match &o.payload {
            Payload::Native(n) => n
                .borrow()
                .as_any()
                .downcast_ref::<StdStream>()
                .map(|s| s.fd),
            _ => None,
        },
        _ => None,
    };
    if fd == Some(0) {
        Ok(())
    } else {
        let c = vm.types.os_error.clone();
        Err(vm.new_exc(&c, "not readable"))
    }
}

/// `sys.stdin.read([size])`: the rest of standard input (or up to `size` characters).
fn s_read(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    use std::io::Read;
    readable_stdin(vm, &args[0])?;
    flush_stdout(vm);
    let size = match args.get(1) {
        None | Some(Value::None) => -1,
        Some(v) => vm.index_i64(v)?,
    };
    let mut out = String::new();
    if size < 0 {
        let mut bytes = Vec::new();
        let _ = std::io::stdin().lock().read_to_end(&mut bytes);
        out = String::from_utf8_lossy(&bytes).into_owned();
    } else {
        while (out.chars().count() as i64) < size {
            let mut line = String::new();
            match std::io::stdin().read_line(&mut line) {
                Ok(0) | Err(_) => break,
                Ok(_) => out.push_str(&line),
            }
        }
        if (out.chars().count() as i64) > size {
            // Characters past `size` are lost rather than buffered: line-at-a-time reading
            // is the only granularity the standard input handle offers here.
            out = out.chars().take(size as usize).collect();
        }
    }
    Ok(vm.new_string(out))
}

/// `sys.stdin.readline()`: one line with its newline, or '' at end of input.
fn s_readline(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    readable_stdin(vm, &args[0])?;
    flush_stdout(vm);
    let mut line = String::new();
    let _ = std::io::stdin().read_line(&mut line);
    Ok(vm.new_string(line))
}

fn s_readlines(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let mut lines = Vec::new();
    loop {
        let l = s_readline(vm, &args[..1], kw)?;
        if l.as_str().is_some_and(|s| s.is_empty()) {
            break;
        }
        lines.push(l);
    }
    Ok(vm.new_list(lines))
}

fn s_iter(_vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(args[0].clone())
}

fn s_next(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let l = s_readline(vm, &args[..1], kw)?;
    if l.as_str().is_some_and(|s| s.is_empty()) {
        let c = vm.types.stop_iteration.clone();
        return Err(vm.new_exc_args(&c, vec![]));
    }
    Ok(l)
}

fn s_isatty(_vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::Bool(false))
}

fn s_true(_vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::Bool(true))
}

fn sys_exit(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let c = vm.types.system_exit.clone();
    Err(vm.new_exc_args(&c, args.to_vec()))
}

/// `sys.getdefaultencoding()` and `sys.getfilesystemencoding()`: always UTF-8 (CPython's
/// default encoding, and its file-system encoding on Linux in the C.UTF-8 and UTF-8 locales).
fn sys_getdefaultencoding(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(vm.new_str("utf-8"))
}

fn sys_getrecursionlimit(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::Int(vm.recursion_limit as i64))
}

fn sys_setrecursionlimit(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(v) = args.first() else {
        return Err(vm.type_error("setrecursionlimit() takes exactly one argument (0 given)"));
    };
    if matches!(v, Value::Float(_)) {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = vm.index_i64(v)?;
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    if (n as usize) <= vm.depth {
        let c = vm.types.recursion_error.clone();
        return Err(vm.new_exc(&c, format!("cannot set the recursion limit to {n} at the recursion depth {}: the limit is too low", vm.depth)));
    }
    vm.recursion_limit = n as usize;
    Ok(Value::None)
}

fn sys_exc_info(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let e = vm.current_handled(None);
    if e.is_none() {
        return Ok(vm.new_tuple(vec![Value::None, Value::None, Value::None]));
    }
    let t = Value::Obj(vm.type_of(&e));
    let tb = crate::exceptions::get_traceback(&e);
    Ok(vm.new_tuple(vec![t, e, tb]))
}

fn sys_exception(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(vm.current_handled(None))
}

fn sys_getsizeof(_vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::Int(64))
}

fn sys_intern(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    match args.first().and_then(|v| v.as_str()) {
        Some(s) => {
            let s = s.to_string();
            Ok(vm.intern(&s))
        }
        None => Err(vm.type_error("intern() argument must be str")),
    }
}

fn sys_displayhook(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let v = args.first().cloned().unwrap_or(Value::None);
    if v.is_none() {
        return Ok(Value::None);
    }
    let r = vm.repr_string(&v)?;
    if let Some(out) = sys_attr(vm, "stdout") {
        write_to(vm, &out, &format!("{r}\n"))?;
    }
    let d = vm.builtins_dict.clone();
    vm.dict_set_str(&d, "_", v);
    Ok(Value::None)
}

fn sys_get_int_max_str_digits(
    vm: &mut Vm,
    _args: &[Value],
    _kw: &[(Value, Value)],
) -> PyResult<Value> {
    Ok(Value::Int(vm.max_str_digits as i64))
}

fn sys_set_int_max_str_digits(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<Value> {
    let v = args
        .first()
        .cloned()
        .or_else(|| {
            kw.iter()
                .find(|(k, _)| k.as_str() == Some("maxdigits"))
                .map(|(_, v)| v.clone())
        })
        .unwrap_or(Value::Int(0));
    let n = vm.index_i64(&v)?;
    if n != 0 && n < 640 {
        return Err(vm.value_error("maxdigits must be 0 or larger than 640"));
    }
    vm.max_str_digits = n as usize;
    Ok(Value::None)
}

fn sys_getframe(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    match vm.caller_env.last() {
        Some(e) => {
            let g = e.globals.clone();
            let l = e.locals.clone();
            Ok(Value::Obj(Object::new(
                vm.types.frame.clone(),
                Payload::Frame(Box::new(crate::object::FrameData {
                    code: vm.new_dict(),
                    globals: g,
                    lineno: std::cell::Cell::new(0),
                    back: std::cell::RefCell::new(Value::None),
                    locals: std::cell::RefCell::new(l),
                    fast: std::cell::RefCell::new(Vec::new()),
                })),
            )))
        }
        None => Err(vm.value_error("call stack is not deep enough")),
    }
}

pub fn init(vm: &mut Vm) {
    let sys = vm.sys.clone();
    let Some(d) = sys.dict() else { return };
    let t = vm.types.clone();
    let name = vm.new_str("sys");
    vm.dict_set_str(&d, "__name__", name);
    let stream_type = crate::types::new_type(
        t.type_.clone(),
        "TextIOWrapper",
        vec![t.object.clone()],
        vm.new_dict(),
        crate::types::Layout::Other,
        0,
    );
    crate::types::set_linear_mro(&stream_type);
    let sm: &[(&'static str, NativeFn)] = &[
        ("write", s_write),
        ("flush", s_flush),
        ("fileno", s_fileno),
        ("isatty", s_isatty),
        ("writable", s_true),
        ("read", s_read),
        ("readline", s_readline),
        ("readlines", s_readlines),
        ("__iter__", s_iter),
        ("__next__", s_next),
    ];
    for (n, f) in sm {
        vm.add_method(&stream_type, n, *f);
    }
    let mk = |fd: i32| {
        Object::new(
            stream_type.clone(),
            Payload::Native(std::cell::RefCell::new(Box::new(StdStream {
                fd,
                buf: Vec::new(),
            }))),
        )
    };
    let out = mk(1);
    let err = mk(2);
    STDOUT_OBJ.with(|s| *s.borrow_mut() = Some(out.clone()));
    vm.dict_set_str(&d, "stdout", Value::Obj(out.clone()));
    vm.dict_set_str(&d, "stderr", Value::Obj(err.clone()));
    let inp = mk(0);
    vm.dict_set_str(&d, "stdin", Value::Obj(inp.clone()));
    vm.dict_set_str(&d, "__stdin__", Value::Obj(inp));
    vm.dict_set_str(&d, "__stdout__", Value::Obj(out));
    vm.dict_set_str(&d, "__stderr__", Value::Obj(err));
    let modules = vm.sys_modules.clone();
    vm.dict_set_str(&d, "modules", Value::Obj(modules.clone()));
    vm.dict_set_str(&modules, "sys", Value::Obj(sys.clone()));
    let b = vm.builtins.clone();
    vm.dict_set_str(&modules, "builtins", Value::Obj(b));
    let p = vm.new_list(vec![]);
    vm.dict_set_str(&d, "path", p);
    let a = vm.new_list(vec![]);
    vm.dict_set_str(&d, "argv", a);
    let mp = vm.new_list(vec![]);
    vm.dict_set_str(&d, "meta_path", mp);
    let ph = vm.new_list(vec![]);
    vm.dict_set_str(&d, "path_hooks", ph);
    let pic = vm.new_dict();
    vm.dict_set_str(&d, "path_importer_cache", Value::Obj(pic));
    let v = vm.new_str("3.11.7 (kaa) [Rust]");
    vm.dict_set_str(&d, "version", v);
    let vt = crate::structseq::new_type(
        vm,
        "sys",
        "version_info",
        &["major", "minor", "micro", "releaselevel", "serial"],
    );
    let fin = vm.new_str("final");
    let vi = crate::structseq::make(
        vm,
        &vt,
        vec![
            Value::Int(3),
            Value::Int(11),
            Value::Int(7),
            fin,
            Value::Int(0),
        ],
    );
    vm.dict_set_str(&d, "version_info", vi);
    vm.dict_set_str(&d, "hexversion", Value::Int(0x030b07f0));
    let pl = vm.new_str("linux");
    vm.dict_set_str(&d, "platform", pl);
    vm.dict_set_str(&d, "maxsize", Value::Int(i64::MAX));
    vm.dict_set_str(&d, "maxunicode", Value::Int(0x10ffff));
    let bo = vm.new_str("little");
    vm.dict_set_str(&d, "byteorder", bo);
    vm.dict_set_str(&d, "dont_write_bytecode", Value::Bool(false));
    vm.dict_set_str(&d, "pycache_prefix", Value::None);
    let names = vm.new_tuple(vec![]);
    vm.dict_set_str(&d, "builtin_module_names", names);
    // sys.implementation: kaa's name and cache tag, CPython 3.11's language version.
    let ns = crate::objects::namespace::new_type(vm);
    let name = vm.new_str("kaa");
    let tag = vm.new_str(crate::pycache::CACHE_TAG);
    let version = vm.dict_get_str(&d, "version_info").unwrap_or(Value::None);
    let hexversion = vm.dict_get_str(&d, "hexversion").unwrap_or(Value::None);
    let multiarch = vm.new_str("x86_64-linux-gnu");
    let imp = crate::objects::namespace::new_namespace(
        vm,
        &ns,
        vec![
            ("name", name),
            ("cache_tag", tag),
            ("version", version),
            ("hexversion", hexversion),
            ("_multiarch", multiarch),
        ],
    );
    vm.dict_set_str(&d, "implementation", imp);
    // sys.flags: the interpreter's option flags (all defaults, as a plain CPython run).
    let flags_type = crate::types::new_type(
        t.type_.clone(),
        "flags",
        vec![t.object.clone()],
        vm.new_dict(),
        crate::types::Layout::Object,
        crate::types::FLAG_HAS_DICT,
    );
    crate::types::set_linear_mro(&flags_type);
    let flags = Object::with_dict(flags_type, Payload::Plain, vm.new_dict());
    for (n, v) in [
        ("debug", 0),
        ("inspect", 0),
        ("interactive", 0),
        ("optimize", 0),
        ("dont_write_bytecode", 0),
        ("no_user_site", 0),
        ("no_site", 0),
        ("ignore_environment", 0),
        ("verbose", 0),
        ("bytes_warning", 0),
        ("quiet", 0),
        ("hash_randomization", 1),
        ("isolated", 0),
        ("utf8_mode", 0),
        ("warn_default_encoding", 0),
        ("int_max_str_digits", -1),
    ] {
        if let Some(fd) = flags.dict() {
            vm.dict_set_str(&fd, n, Value::Int(v));
        }
    }
    if let Some(fd) = flags.dict() {
        vm.dict_set_str(&fd, "dev_mode", Value::Bool(false));
        vm.dict_set_str(&fd, "safe_path", Value::Bool(false));
    }
    vm.dict_set_str(&d, "flags", Value::Obj(flags));
    let fit = crate::structseq::new_type(
        vm,
        "sys",
        "float_info",
        &[
            "max",
            "max_exp",
            "max_10_exp",
            "min",
            "min_exp",
            "min_10_exp",
            "dig",
            "mant_dig",
            "epsilon",
            "radix",
            "rounds",
        ],
    );
    let fi = crate::structseq::make(
        vm,
        &fit,
        vec![
            Value::Float(f64::MAX),
            Value::Int(1024),
            Value::Int(308),
            Value::Float(f64::MIN_POSITIVE),
            Value::Int(-1021),
            Value::Int(-307),
            Value::Int(15),
            Value::Int(53),
            Value::Float(f64::EPSILON),
            Value::Int(2),
            Value::Int(1),
        ],
    );
    vm.dict_set_str(&d, "float_info", fi);
    let iit = crate::structseq::new_type(
        vm,
        "sys",
        "int_info",
        &[
            "bits_per_digit",
            "sizeof_digit",
            "default_max_str_digits",
            "str_digits_check_threshold",
        ],
    );
    let ii = crate::structseq::make(
        vm,
        &iit,
        vec![
            Value::Int(30),
            Value::Int(4),
            Value::Int(4300),
            Value::Int(640),
        ],
    );
    vm.dict_set_str(&d, "int_info", ii);
    let hit = crate::structseq::new_type(
        vm,
        "sys",
        "hash_info",
        &[
            "width",
            "modulus",
            "inf",
            "nan",
            "imag",
            "algorithm",
            "hash_bits",
            "seed_bits",
            "cutoff",
        ],
    );
    let alg = vm.new_str("siphash13");
    let hi = crate::structseq::make(
        vm,
        &hit,
        vec![
            Value::Int(64),
            Value::Int((1i64 << 61) - 1),
            Value::Int(314159),
            Value::Int(0),
            Value::Int(1000003),
            alg,
            Value::Int(64),
            Value::Int(128),
            Value::Int(0),
        ],
    );
    vm.dict_set_str(&d, "hash_info", hi);
    let fr = vm.new_str("short");
    vm.dict_set_str(&d, "float_repr_style", fr);
    let fs: &[(&'static str, NativeFn)] = &[
        ("exit", sys_exit),
        ("getrecursionlimit", sys_getrecursionlimit),
        ("getdefaultencoding", sys_getdefaultencoding),
        ("getfilesystemencoding", sys_getdefaultencoding),
        ("setrecursionlimit", sys_setrecursionlimit),
        ("exc_info", sys_exc_info),
        ("exception", sys_exception),
        ("getsizeof", sys_getsizeof),
        ("intern", sys_intern),
        ("displayhook", sys_displayhook),
        ("get_int_max_str_digits", sys_get_int_max_str_digits),
        ("set_int_max_str_digits", sys_set_int_max_str_digits),
        ("_getframe", sys_getframe),
    ];
    for (n, f) in fs {
        let fo = Object::new(
            t.builtin_function.clone(),
            Payload::Builtin(Box::new(crate::object::BuiltinData {
                name: n,
                func: *f,
                kind: BuiltinKind::Function,
                bound: None,
                owner: None,
                doc: None,
                frame_aware: false,
            })),
        );
        vm.dict_set_str(&d, n, Value::Obj(fo));
    }
}
