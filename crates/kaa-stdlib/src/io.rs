//! The `io` and `_io` modules (CPython 3.11), native: the `_IOBase` class family
//! (`_IOBase`, `_RawIOBase`, `_BufferedIOBase`, `_TextIOBase`) whose generic methods
//! (`__enter__`/`__exit__`, iteration through `readline`, `readlines`, `writelines`,
//! `closed`) also serve Python subclasses; `StringIO` (text kept as code points, newline
//! translation as CPython's `newline` argument prescribes) and `BytesIO`;
//! `UnsupportedOperation` (an OSError and a ValueError); the SEEK_* constants. Files and
//! `open()` live in `io_file.rs`.

use crate::io_file;
use crate::util::{add_methods, native_mut, set_new, Sig};
use kaa_vm::object::{NativeFn, ObjRef, Payload};
use kaa_vm::objects::typeobj::add_getset;
use kaa_vm::types::{self, Layout};
use kaa_vm::{PyErr, PyResult, Value, Vm};

thread_local! {
    static UNSUPPORTED: crate::util::VmLocal<ObjRef> = const { crate::util::VmLocal::new() };
}

/// `io.UnsupportedOperation(msg)`.
pub fn unsupported(vm: &mut Vm, msg: &str) -> PyErr {
    match UNSUPPORTED.with(|u| u.get(vm)) {
        Some(t) => vm.new_exc(&t, msg),
        None => vm.value_error(msg.to_string()),
    }
}

pub fn closed_error(vm: &mut Vm) -> PyErr {
    vm.value_error("I/O operation on closed file.")
}

/// The `size` argument of read/readline: None or an int (negative = all).
pub fn size_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<usize>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => {
            if kaa_vm::objects::num::as_int(v).is_none() {
                let tp = vm.type_of(v);
                if types::lookup(&tp, "__index__").is_none() {
                    let n = vm.type_name(v);
                    return Err(
                        vm.type_error(format!("argument should be integer or None, not '{n}'"))
                    );
                }
            }
            let n = vm.index_i64(v)?;
            Ok(if n < 0 { None } else { Some(n as usize) })
        }
    }
}

// ---- the _IOBase family: generic methods --------------------------------------------------------

fn is_closed(vm: &mut Vm, this: &Value) -> PyResult<bool> {
    let c = vm.getattr(this, "closed")?;
    vm.truthy(&c)
}

fn base_enter(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    if is_closed(vm, &args[0])? {
        return Err(closed_error(vm));
    }
    Ok(args[0].clone())
}

fn base_exit(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    vm.call_method(&args[0], "close", &[])?;
    Ok(Value::None)
}

fn base_iter(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    if is_closed(vm, &args[0])? {
        return Err(closed_error(vm));
    }
    Ok(args[0].clone())
}

fn is_empty_line(v: &Value) -> bool {
    match v.payload() {
        Some(Payload::Str(s)) => s.as_str().is_empty(),
        Some(Payload::Bytes(b)) => b.is_empty(),
        Some(Payload::ByteArray(b)) => b.borrow().is_empty(),
        _ => false,
    }
}

fn base_next(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let line = vm.call_method(&args[0], "readline", &[])?;
    if is_empty_line(&line) {
        return Err(vm.stop_iteration(Value::None));
    }
    Ok(line)
}

fn base_readlines(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = crate::util::pos_args(vm, "readlines", "readlines", &args[1..], kw, 0, 1)?;
    let hint = size_arg(vm, a.first())?.filter(|&h| h > 0);
    let mut out = Vec::new();
    let mut total = 0usize;
    loop {
        let line = vm.call_method(&args[0], "readline", &[])?;
        if is_empty_line(&line) {
            break;
        }
        total += match line.payload() {
            Some(Payload::Str(s)) => s.char_len(),
            Some(Payload::Bytes(b)) => b.len(),
            _ => vm.len(&line)?,
        };
        out.push(line);
        if hint.is_some_and(|h| total >= h) {
            break;
        }
    }
    Ok(vm.new_list(out))
}

fn base_writelines(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = crate::util::pos_args(vm, "writelines", "writelines", &args[1..], kw, 1, 1)?;
    if is_closed(vm, &args[0])? {
        return Err(closed_error(vm));
    }
    let it = vm.iter(&a[0])?;
    while let Some(line) = vm.next(&it)? {
        vm.call_method(&args[0], "write", &[line])?;
    }
    Ok(Value::None)
}

fn base_flush(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    if is_closed(vm, &args[0])? {
        return Err(closed_error(vm));
    }
    Ok(Value::None)
}

fn base_close(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    if !is_closed(vm, &args[0])? {
        let r = vm.call_method(&args[0], "flush", &[]);
        vm.setattr(&args[0], "__IOBase_closed", Value::Bool(true))?;
        r?;
    }
    Ok(Value::None)
}

fn base_closed(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let d = v.as_obj().and_then(|o| o.dict());
    Ok(d.and_then(|d| vm.dict_get_str(&d, "__IOBase_closed"))
        .unwrap_or(Value::Bool(false)))
}

fn base_false(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    if is_closed(vm, &args[0])? {
        return Err(closed_error(vm));
    }
    Ok(Value::Bool(false))
}

fn base_fileno(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Err(unsupported(vm, "fileno"))
}

fn base_seek(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Err(unsupported(vm, "seek"))
}

fn base_truncate(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Err(unsupported(vm, "truncate"))
}

fn base_tell(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    vm.call_method(&args[0], "seek", &[Value::Int(0), Value::Int(1)])
}

fn text_detach(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Err(unsupported(vm, "detach"))
}

fn base_class(vm: &mut Vm, name: &str, base: ObjRef) -> ObjRef {
    let t = types::new_type(
        vm.types.type_.clone(),
        name,
        vec![base],
        vm.new_dict(),
        Layout::Object,
        types::FLAG_BASETYPE,
    );
    types::set_linear_mro(&t);
    let m = vm.new_str("_io");
    vm.type_dict_set(&t, "__module__", m);
    vm.type_dict_set(&t, "__doc__", Value::None);
    t
}

/// A native class `_io.NAME` deriving from `base`.
pub fn io_class(vm: &mut Vm, name: &str, base: &ObjRef) -> ObjRef {
    crate::util::new_class_from(vm, "_io", name, base.clone(), true)
}

// ---- StringIO -----------------------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Newline {
    /// newline=None: universal newlines in, '\n' stored.
    Universal,
    /// newline='': universal line ends recognised, nothing translated.
    Untranslated,
    Lf,
    Cr,
    CrLf,
}

pub fn newline_arg(vm: &mut Vm, v: Option<&Value>, default: Newline) -> PyResult<Newline> {
    let Some(v) = v else {
        return Ok(default);
    };
    if v.is_none() {
        return Ok(Newline::Universal);
    }
    let Some(s) = v.as_str() else {
        let n = vm.type_name(v);
        return Err(vm.type_error(format!("newline must be str or None, not {n}")));
    };
    Ok(match s {
        "" => Newline::Untranslated,
        "\n" => Newline::Lf,
        "\r" => Newline::Cr,
        "\r\n" => Newline::CrLf,
        _ => {
            let r = kaa_vm::repr::str_repr(s);
            return Err(vm.value_error(format!("illegal newline value: {r}")));
        }
    })
}

/// Text as stored after writing it with newline mode `nl`.
pub fn translate_in(s: &str, nl: Newline) -> std::borrow::Cow<'_, str> {
    match nl {
        Newline::Universal if s.contains('\r') => {
            s.replace("\r\n", "\n").replace('\r', "\n").into()
        }
        Newline::Cr if s.contains('\n') => s.replace('\n', "\r").into(),
        Newline::CrLf if s.contains('\n') => s.replace('\n', "\r\n").into(),
        _ => s.into(),
    }
}

/// Length of the line starting at `text[0]` (including its ending) under mode `nl`.
pub fn line_len(text: &[char], nl: Newline, limit: Option<usize>) -> usize {
    let max = limit.unwrap_or(usize::MAX).min(text.len());
    let mut i = 0;
    while i < max {
        let c = text[i];
        match nl {
            Newline::Universal | Newline::Lf if c == '\n' => return i + 1,
            Newline::Cr if c == '\r' => return i + 1,
            Newline::CrLf if c == '\r' && text.get(i + 1) == Some(&'\n') => {
                return (i + 2).min(max);
            }
            Newline::Untranslated if c == '\n' => return i + 1,
            Newline::Untranslated if c == '\r' => {
                return if text.get(i + 1) == Some(&'\n') {
                    (i + 2).min(max)
                } else {
                    i + 1
                };
            }
            _ => {}
        }
        i += 1;
    }
    max
}

pub struct StringIO {
    buf: Vec<char>,
    pos: usize,
    closed: bool,
    nl: Newline,
}

kaa_vm::native_data_leaf!(StringIO);

fn sio<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<std::cell::RefMut<'a, StringIO>> {
    let s = native_mut::<StringIO>(vm, v, "_io.StringIO")?;
    if s.closed {
        drop(s);
        return Err(vm.value_error("I/O operation on closed file"));
    }
    Ok(s)
}

fn sio_new(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let cls = crate::util::cls_arg(vm, args)?;
    let st = StringIO {
        buf: Vec::new(),
        pos: 0,
        closed: false,
        nl: Newline::Lf,
    };
    Ok(crate::util::new_native(vm, &cls, Box::new(st)))
}

const SIO_INIT: Sig = Sig {
    name: "StringIO",
    params: &["initial_value", "newline"],
    max_pos: 2,
    required: 0,
    pos_only: 0,
};

fn sio_init(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let p = SIO_INIT.bind(vm, &args[1..], kw)?;
    let nl = newline_arg(vm, p[1].as_ref(), Newline::Lf)?;
    let init = match &p[0] {
        None | Some(Value::None) => String::new(),
        Some(v) => match v.as_str() {
            Some(s) => s.to_string(),
            None => {
                let n = vm.type_name(v);
                return Err(vm.type_error(format!("initial_value must be str or None, not {n}")));
            }
        },
    };
    let mut s = native_mut::<StringIO>(vm, &args[0], "_io.StringIO")?;
    s.buf = translate_in(&init, nl).chars().collect();
    s.pos = 0;
    s.closed = false;
    s.nl = nl;
    Ok(Value::None)
}

fn sio_write(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = crate::util::one_arg(vm, "write", &args[1..], kw)?;
    let Some(text) = a.as_str() else {
        let n = vm.type_name(&a);
        return Err(vm.type_error(format!("string argument expected, got '{n}'")));
    };
    let n = text.chars().count();
    let mut s = sio(vm, &args[0])?;
    let nl = s.nl;
    let chars: Vec<char> = translate_in(text, nl).chars().collect();
    let pos = s.pos;
    if pos > s.buf.len() {
        s.buf.resize(pos, '\0');
    }
    let end = (pos + chars.len()).min(s.buf.len());
    s.buf.splice(pos..end, chars.iter().copied());
    s.pos = pos + chars.len();
    Ok(Value::Int(n as i64))
}

fn sio_read(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = crate::util::pos_args(vm, "read", "read", &args[1..], kw, 0, 1)?;
    let n = size_arg(vm, a.first())?;
    let mut s = sio(vm, &args[0])?;
    let start = s.pos.min(s.buf.len());
    let end = match n {
        Some(n) => (start + n).min(s.buf.len()),
        None => s.buf.len(),
    };
    let out: String = s.buf[start..end].iter().collect();
    s.pos = end.max(s.pos);
    drop(s);
    Ok(vm.new_string(out))
}

fn sio_readline(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = crate::util::pos_args(vm, "readline", "readline", &args[1..], kw, 0, 1)?;
    let n = size_arg(vm, a.first())?;
    let mut s = sio(vm, &args[0])?;
    let start = s.pos.min(s.buf.len());
    let len = line_len(&s.buf[start..], s.nl, n);
    let out: String = s.buf[start..start + len].iter().collect();
    s.pos = start + len;
    drop(s);
    Ok(vm.new_string(out))
}

fn sio_next(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let line = sio_readline(vm, &args[..1], kw)?;
    if is_empty_line(&line) {
        return Err(vm.stop_iteration(Value::None));
    }
    Ok(line)
}

fn sio_getvalue(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    crate::util::no_args(vm, "getvalue", args, kw)?;
    let s = sio(vm, &args[0])?;
    let out: String = s.buf.iter().collect();
    drop(s);
    Ok(vm.new_string(out))
}

fn seek_args(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<(i64, i64)> {
    let a = crate::util::pos_args(vm, "seek", "seek", &args[1..], kw, 1, 2)?;
    let pos = vm.index_i64(&a[0])?;
    let whence = match a.get(1) {
        Some(w) => vm.index_i64(w)?,
        None => 0,
    };
    Ok((pos, whence))
}

fn sio_seek(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (pos, whence) = seek_args(vm, args, kw)?;
    sio(vm, &args[0])?;
    match whence {
        0 if pos < 0 => return Err(vm.value_error(format!("Negative seek position {pos}"))),
        1 | 2 if pos != 0 => {
            let what = if whence == 1 { "cur" } else { "end" };
            let c = vm.types.os_error.clone();
            return Err(vm.new_exc(&c, format!("Can't do nonzero {what}-relative seeks")));
        }
        0..=2 => {}
        _ => return Err(vm.value_error(format!("Invalid whence ({whence}, should be 0, 1 or 2)"))),
    }
    let mut s = sio(vm, &args[0])?;
    s.pos = match whence {
        0 => pos as usize,
        1 => s.pos,
        _ => s.buf.len(),
    };
    Ok(Value::Int(s.pos as i64))
}

fn sio_tell(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    crate::util::no_args(vm, "tell", args, kw)?;
    let s = sio(vm, &args[0])?;
    Ok(Value::Int(s.pos as i64))
}

fn truncate_size(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Option<usize>> {
    let a = crate::util::pos_args(vm, "truncate", "truncate", &args[1..], kw, 0, 1)?;
    match a.first() {
        None | Some(Value::None) => Ok(None),
        Some(v) => {
            let n = vm.index_i64(v)?;
            if n < 0 {
                return Err(vm.value_error(format!("Negative size value {n}")));
            }
            Ok(Some(n as usize))
        }
    }
}

fn sio_truncate(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    sio(vm, &args[0])?;
    let size = truncate_size(vm, args, kw)?;
    let mut s = sio(vm, &args[0])?;
    let size = size.unwrap_or(s.pos);
    if size < s.buf.len() {
        s.buf.truncate(size);
    }
    Ok(Value::Int(size as i64))
}

fn sio_close(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let mut s = native_mut::<StringIO>(vm, &args[0], "_io.StringIO")?;
    s.closed = true;
    s.buf = Vec::new();
    Ok(Value::None)
}

fn sio_closed(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Bool(
        native_mut::<StringIO>(vm, v, "_io.StringIO")?.closed,
    ))
}

fn sio_true(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    sio(vm, &args[0])?;
    Ok(Value::Bool(true))
}

fn sio_false_check(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    sio(vm, &args[0])?;
    Ok(Value::Bool(false))
}

fn sio_noop(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    sio(vm, &args[0])?;
    Ok(Value::None)
}

fn sio_enter(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    sio(vm, &args[0])?;
    Ok(args[0].clone())
}

fn sio_iter(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    sio(vm, &args[0])?;
    Ok(args[0].clone())
}

fn none_getter(_vm: &mut Vm, _v: &Value) -> PyResult<Value> {
    Ok(Value::None)
}

fn false_getter(_vm: &mut Vm, _v: &Value) -> PyResult<Value> {
    Ok(Value::Bool(false))
}

// ---- BytesIO --------------------------------------------------------------------------------------

pub struct BytesIO {
    buf: Vec<u8>,
    pos: usize,
    closed: bool,
}

kaa_vm::native_data_leaf!(BytesIO);

fn bio<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<std::cell::RefMut<'a, BytesIO>> {
    let s = native_mut::<BytesIO>(vm, v, "_io.BytesIO")?;
    if s.closed {
        drop(s);
        return Err(vm.value_error("I/O operation on closed file."));
    }
    Ok(s)
}

/// The bytes of a bytes-like object ("a bytes-like object is required, not 'str'").
/// Bytes, bytearray and memoryview are accepted.
pub fn bytes_of(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    kaa_vm::objects::bytesobj::buffer_arg(vm, v)
}

fn bio_new(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let cls = crate::util::cls_arg(vm, args)?;
    let st = BytesIO {
        buf: Vec::new(),
        pos: 0,
        closed: false,
    };
    Ok(crate::util::new_native(vm, &cls, Box::new(st)))
}

const BIO_INIT: Sig = Sig {
    name: "BytesIO",
    params: &["initial_bytes"],
    max_pos: 1,
    required: 0,
    pos_only: 0,
};

fn bio_init(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let p = BIO_INIT.bind(vm, &args[1..], kw)?;
    let init = match &p[0] {
        None | Some(Value::None) => Vec::new(),
        Some(v) => bytes_of(vm, v)?,
    };
    let mut s = native_mut::<BytesIO>(vm, &args[0], "_io.BytesIO")?;
    s.buf = init;
    s.pos = 0;
    s.closed = false;
    Ok(Value::None)
}

fn bio_write(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = crate::util::one_arg(vm, "write", &args[1..], kw)?;
    bio(vm, &args[0])?;
    let data = bytes_of(vm, &a)?;
    let mut s = bio(vm, &args[0])?;
    let pos = s.pos;
    if pos > s.buf.len() {
        s.buf.resize(pos, 0);
    }
    let end = (pos + data.len()).min(s.buf.len());
    s.buf.splice(pos..end, data.iter().copied());
    s.pos = pos + data.len();
    Ok(Value::Int(data.len() as i64))
}

fn bio_read(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = crate::util::pos_args(vm, "read", "read", &args[1..], kw, 0, 1)?;
    let n = size_arg(vm, a.first())?;
    let mut s = bio(vm, &args[0])?;
    let start = s.pos.min(s.buf.len());
    let end = match n {
        Some(n) => (start + n).min(s.buf.len()),
        None => s.buf.len(),
    };
    let out = s.buf[start..end].to_vec();
    s.pos = end.max(s.pos);
    drop(s);
    Ok(vm.new_bytes(out))
}

fn bio_readline(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = crate::util::pos_args(vm, "readline", "readline", &args[1..], kw, 0, 1)?;
    let n = size_arg(vm, a.first())?;
    let mut s = bio(vm, &args[0])?;
    let start = s.pos.min(s.buf.len());
    let rest = &s.buf[start..];
    let max = n.unwrap_or(usize::MAX).min(rest.len());
    let len = rest[..max]
        .iter()
        .position(|&b| b == b'\n')
        .map(|i| i + 1)
        .unwrap_or(max);
    let out = rest[..len].to_vec();
    s.pos = start + len;
    drop(s);
    Ok(vm.new_bytes(out))
}

fn bio_next(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let line = bio_readline(vm, &args[..1], kw)?;
    if is_empty_line(&line) {
        return Err(vm.stop_iteration(Value::None));
    }
    Ok(line)
}

fn bio_getvalue(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    crate::util::no_args(vm, "getvalue", args, kw)?;
    let b = bio(vm, &args[0])?.buf.clone();
    Ok(vm.new_bytes(b))
}

fn bio_seek(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (pos, whence) = seek_args(vm, args, kw)?;
    bio(vm, &args[0])?;
    if whence == 0 && pos < 0 {
        return Err(vm.value_error(format!("negative seek value {pos}")));
    }
    if !(0..=2).contains(&whence) {
        return Err(vm.value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)")));
    }
    let mut s = bio(vm, &args[0])?;
    let base = match whence {
        0 => 0,
        1 => s.pos as i64,
        _ => s.buf.len() as i64,
    };
    s.pos = (base.saturating_add(pos)).max(0) as usize;
    Ok(Value::Int(s.pos as i64))
}

fn bio_tell(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    crate::util::no_args(vm, "tell", args, kw)?;
    Ok(Value::Int(bio(vm, &args[0])?.pos as i64))
}

fn bio_truncate(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    bio(vm, &args[0])?;
    let size = truncate_size(vm, args, kw)?;
    let mut s = bio(vm, &args[0])?;
    let size = size.unwrap_or(s.pos);
    if size < s.buf.len() {
        s.buf.truncate(size);
    }
    Ok(Value::Int(size as i64))
}

fn bio_close(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let mut s = native_mut::<BytesIO>(vm, &args[0], "_io.BytesIO")?;
    s.closed = true;
    s.buf = Vec::new();
    Ok(Value::None)
}

fn bio_closed(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Bool(
        native_mut::<BytesIO>(vm, v, "_io.BytesIO")?.closed,
    ))
}

fn bio_true(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    bio(vm, &args[0])?;
    Ok(Value::Bool(true))
}

fn bio_false(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    bio(vm, &args[0])?;
    Ok(Value::Bool(false))
}

fn bio_noop(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    bio(vm, &args[0])?;
    Ok(Value::None)
}

fn bio_self(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    bio(vm, &args[0])?;
    Ok(args[0].clone())
}

fn bio_readinto(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = crate::util::one_arg(vm, "readinto", &args[1..], kw)?;
    let Some(Payload::ByteArray(target)) = a.payload() else {
        let n = vm.type_name(&a);
        return Err(vm.type_error(format!(
            "readinto() argument must be read-write bytes-like object, not {n}"
        )));
    };
    let mut s = bio(vm, &args[0])?;
    let Ok(mut t) = target.try_borrow_mut() else {
        drop(s);
        return Err(vm.runtime_error("buffer is in use"));
    };
    let start = s.pos.min(s.buf.len());
    let n = t.len().min(s.buf.len() - start);
    t[..n].copy_from_slice(&s.buf[start..start + n]);
    s.pos = start + n;
    Ok(Value::Int(n as i64))
}

// ---- module -------------------------------------------------------------------------------------

fn unsupported_type(vm: &mut Vm) -> PyResult<ObjRef> {
    let bases = vec![vm.types.os_error.clone(), vm.types.value_error.clone()];
    let t = types::new_type(
        vm.types.type_.clone(),
        "UnsupportedOperation",
        bases.clone(),
        vm.new_dict(),
        Layout::Exception,
        types::FLAG_BASETYPE | types::FLAG_HAS_DICT,
    );
    let mro = types::compute_mro(vm, &t, &bases)?;
    if let Some(d) = types::tdata(&t) {
        *d.mro.borrow_mut() = mro;
        for b in &bases {
            if let Some(bd) = types::tdata(b) {
                bd.subclasses.borrow_mut().push(std::rc::Rc::downgrade(&t));
            }
        }
    }
    let m = vm.new_str("io");
    vm.type_dict_set(&t, "__module__", m);
    Ok(t)
}

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let modules = vm.modules_dict();
    for other in ["io", "_io"] {
        if let Some(Value::Obj(m)) = vm.dict_get_str(&modules, other) {
            return Ok(m);
        }
    }
    let m = vm.new_module("io");
    let unsup = unsupported_type(vm)?;
    UNSUPPORTED.with(|u| u.set(vm, unsup.clone()));
    vm.module_set(&m, "UnsupportedOperation", Value::Obj(unsup));

    let object = vm.types.object.clone();
    let iobase = base_class(vm, "_IOBase", object);
    let generic: &[(&'static str, NativeFn)] = &[
        ("__enter__", base_enter),
        ("__exit__", base_exit),
        ("__iter__", base_iter),
        ("__next__", base_next),
        ("readlines", base_readlines),
        ("writelines", base_writelines),
        ("flush", base_flush),
        ("close", base_close),
        ("readable", base_false),
        ("writable", base_false),
        ("seekable", base_false),
        ("isatty", base_false),
        ("fileno", base_fileno),
        ("seek", base_seek),
        ("tell", base_tell),
        ("truncate", base_truncate),
    ];
    add_methods(vm, &iobase, generic);
    add_getset(vm, &iobase, "closed", base_closed, None);
    let raw = base_class(vm, "_RawIOBase", iobase.clone());
    let buffered = base_class(vm, "_BufferedIOBase", iobase.clone());
    let text = base_class(vm, "_TextIOBase", iobase.clone());
    vm.add_method(&text, "detach", text_detach);
    add_getset(vm, &text, "encoding", none_getter, None);
    add_getset(vm, &text, "newlines", none_getter, None);
    add_getset(vm, &text, "errors", none_getter, None);
    for (n, t) in [
        ("IOBase", &iobase),
        ("RawIOBase", &raw),
        ("BufferedIOBase", &buffered),
        ("TextIOBase", &text),
    ] {
        vm.module_set(&m, n, Value::Obj(t.clone()));
        let private = format!("_{n}");
        vm.module_set(&m, &private, Value::Obj(t.clone()));
    }

    let s = io_class(vm, "StringIO", &text);
    set_new(vm, &s, sio_new);
    let sm: &[(&'static str, NativeFn)] = &[
        ("__init__", sio_init),
        ("write", sio_write),
        ("read", sio_read),
        ("readline", sio_readline),
        ("__next__", sio_next),
        ("__iter__", sio_iter),
        ("__enter__", sio_enter),
        ("getvalue", sio_getvalue),
        ("seek", sio_seek),
        ("tell", sio_tell),
        ("truncate", sio_truncate),
        ("close", sio_close),
        ("readable", sio_true),
        ("writable", sio_true),
        ("seekable", sio_true),
        ("isatty", sio_false_check),
        ("flush", sio_noop),
    ];
    add_methods(vm, &s, sm);
    add_getset(vm, &s, "closed", sio_closed, None);
    add_getset(vm, &s, "line_buffering", false_getter, None);
    vm.module_set(&m, "StringIO", Value::Obj(s));

    let b = io_class(vm, "BytesIO", &buffered);
    set_new(vm, &b, bio_new);
    let bm: &[(&'static str, NativeFn)] = &[
        ("__init__", bio_init),
        ("write", bio_write),
        ("read", bio_read),
        ("read1", bio_read),
        ("readline", bio_readline),
        ("readinto", bio_readinto),
        ("__next__", bio_next),
        ("__iter__", bio_self),
        ("__enter__", bio_self),
        ("getvalue", bio_getvalue),
        ("seek", bio_seek),
        ("tell", bio_tell),
        ("truncate", bio_truncate),
        ("close", bio_close),
        ("readable", bio_true),
        ("writable", bio_true),
        ("seekable", bio_true),
        ("isatty", bio_false),
        ("flush", bio_noop),
    ];
    add_methods(vm, &b, bm);
    add_getset(vm, &b, "closed", bio_closed, None);
    vm.module_set(&m, "BytesIO", Value::Obj(b));

    io_file::init(vm, &m, &raw, &buffered, &text)?;
    vm.module_set(&m, "SEEK_SET", Value::Int(0));
    vm.module_set(&m, "SEEK_CUR", Value::Int(1));
    vm.module_set(&m, "SEEK_END", Value::Int(2));
    vm.module_set(&m, "DEFAULT_BUFFER_SIZE", Value::Int(8192));
    Ok(m)
}

/// `_io`: the same module object as `io` (kaa has no separate pure-Python io layer).
pub fn init_private(vm: &mut Vm) -> PyResult<ObjRef> {
    init(vm)
}
