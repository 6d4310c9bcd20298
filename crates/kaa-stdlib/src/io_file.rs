//! Files for the `io` module (CPython 3.11's `open()`): mode parsing with CPython's errors,
//! OS errors as the matching OSError subclasses (`[Errno 2] No such file or directory:
//! 'x'`), and one native file object behind `TextIOWrapper` (decoding UTF-8/ASCII/Latin-1
//! incrementally, universal newlines, `tell()` cookies that are byte offsets),
//! `BufferedReader`/`BufferedWriter`/`BufferedRandom` (binary) and `FileIO` (unbuffered).
//! Writes are buffered and flushed before reads, seeks, `tell()`, `close()` and when the
//! object is dropped; reading after writing (and the reverse) re-synchronises the OS
//! position as CPython's buffered objects do.

use crate::io::{bytes_of, closed_error, newline_arg, size_arg, unsupported, Newline};
use crate::util::{add_methods, native_mut, set_new, Sig};
use kaa_vm::object::{NativeData, NativeFn, ObjRef, Payload};
use kaa_vm::objects::typeobj::add_getset;
use kaa_vm::types;
use kaa_vm::{PyErr, PyResult, Value, Vm};
use std::any::Any;
use std::cell::RefMut;
use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};

const CHUNK: usize = 8192;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Text,
    Reader,
    Writer,
    Random,
    Raw,
}

struct TextState {
    encoding: String,
    errors: String,
    read_nl: Newline,
    write_nl: Option<&'static str>,
    /// Decoded text not yet consumed from `tpos` on.
    tbuf: String,
    tpos: usize,
    /// File offset of the bytes that decoded to `tbuf[0]`.
    raw_at: u64,
    /// Offsets in `tbuf` of '\n' characters that were "\r\n" in the file.
    crlf: Vec<usize>,
    /// Bytes read but not decoded yet (an incomplete character, a held-back '\r').
    pending: Vec<u8>,
    eof: bool,
}

pub struct FileObj {
    file: Option<File>,
    name: Value,
    mode: String,
    kind: Kind,
    readable: bool,
    writable: bool,
    closefd: bool,
    rbuf: Vec<u8>,
    rpos: usize,
    wbuf: Vec<u8>,
    text: Option<Box<TextState>>,
    /// Text files refuse `tell()` while being iterated (CPython's "telling" flag).
    iterating: bool,
}

impl NativeData for FileObj {
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn Any {
        self
    }
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.name);
    }
}

impl Drop for FileObj {
    fn drop(&mut self) {
        if let Some(f) = self.file.as_mut() {
            let _ = f.write_all(&self.wbuf);
        }
        if !self.closefd {
            if let Some(f) = self.file.take() {
                // The descriptor belongs to someone else: leak it rather than close it.
                std::mem::forget(f);
            }
        }
    }
}

thread_local! {
    static CLASSES: crate::util::VmLocal<Vec<ObjRef>> = const { crate::util::VmLocal::new() };
}

fn class_for(vm: &Vm, kind: Kind) -> Option<ObjRef> {
    let i = match kind {
        Kind::Text => 0,
        Kind::Reader => 1,
        Kind::Writer => 2,
        Kind::Random => 3,
        Kind::Raw => 4,
    };
    CLASSES.with(|c| c.get(vm)).and_then(|c| c.get(i).cloned())
}

// ---- OS errors ----------------------------------------------------------------------------------

pub fn strerror(code: i32) -> String {
    // SAFETY: strerror returns a pointer to a NUL-terminated message owned by the C library.
    let p = unsafe { libc::strerror(code) };
    if p.is_null() {
        return format!("Unknown error {code}");
    }
    unsafe { std::ffi::CStr::from_ptr(p) }
        .to_string_lossy()
        .into_owned()
}

/// The OSError subclass CPython raises for an errno value.
pub fn os_error_class(vm: &Vm, code: i32) -> ObjRef {
    let t = &vm.types;
    let name = match code {
        libc::EPERM | libc::EACCES => return t.permission_error.clone(),
        libc::ENOENT => return t.file_not_found_error.clone(),
        libc::EEXIST => return t.file_exists_error.clone(),
        libc::EISDIR => return t.is_a_directory_error.clone(),
        libc::ENOTDIR => return t.not_a_directory_error.clone(),
        libc::ETIMEDOUT => return t.timeout_error.clone(),
        libc::EAGAIN | libc::EALREADY | libc::EINPROGRESS => "BlockingIOError",
        libc::ECHILD => "ChildProcessError",
        libc::EPIPE | libc::ESHUTDOWN => "BrokenPipeError",
        libc::ECONNABORTED => "ConnectionAbortedError",
        libc::ECONNREFUSED => "ConnectionRefusedError",
        libc::ECONNRESET => "ConnectionResetError",
        libc::EINTR => "InterruptedError",
        libc::ESRCH => "ProcessLookupError",
        _ => return t.os_error.clone(),
    };
    match vm.dict_get_str(&vm.builtins_dict, name) {
        Some(Value::Obj(c)) => c,
        _ => t.os_error.clone(),
    }
}

/// An OSError (of the right subclass) for an I/O error, naming `filename` when given.
pub fn os_error(vm: &mut Vm, e: &std::io::Error, filename: Option<&Value>) -> PyErr {
    let Some(code) = e.raw_os_error() else {
        let c = vm.types.os_error.clone();
        return vm.new_exc(&c, e.to_string());
    };
    let cls = os_error_class(vm, code);
    let msg = vm.new_string(strerror(code));
    let mut args = vec![Value::Int(code as i64), msg];
    if let Some(f) = filename {
        args.push(f.clone());
    }
    vm.new_exc_args(&cls, args)
}

// ---- opening ------------------------------------------------------------------------------------

struct ModeFlags {
    read: bool,
    write: bool,
    append: bool,
    create_new: bool,
    truncate: bool,
    plus: bool,
    binary: bool,
}

fn parse_mode(vm: &mut Vm, mode: &str) -> PyResult<ModeFlags> {
    let mut seen = String::new();
    let mut f = ModeFlags {
        read: false,
        write: false,
        append: false,
        create_new: false,
        truncate: false,
        plus: false,
        binary: false,
    };
    let mut text = false;
    for c in mode.chars() {
        if !"rwxabt+".contains(c) || seen.contains(c) {
            return Err(vm.value_error(format!("invalid mode: '{mode}'")));
        }
        seen.push(c);
        match c {
            'r' => f.read = true,
            'w' => {
                f.write = true;
                f.truncate = true;
            }
            'x' => {
                f.write = true;
                f.create_new = true;
            }
            'a' => {
                f.write = true;
                f.append = true;
            }
            'b' => f.binary = true,
            't' => text = true,
            _ => f.plus = true,
        }
    }
    let primary = [f.read, f.truncate, f.create_new, f.append]
        .iter()
        .filter(|&&x| x)
        .count();
    if text && f.binary {
        return Err(vm.value_error("can't have text and binary mode at once"));
    }
    if primary != 1 {
        return Err(vm.value_error("must have exactly one of create/read/write/append mode"));
    }
    if f.plus {
        f.read = true;
        f.write = true;
    }
    Ok(f)
}

const OPEN: Sig = Sig {
    name: "open",
    params: &[
        "file",
        "mode",
        "buffering",
        "encoding",
        "errors",
        "newline",
        "closefd",
        "opener",
    ],
    max_pos: 8,
    required: 1,
    pos_only: 0,
};

fn opt_str(vm: &mut Vm, v: &Option<Value>, what: &str) -> PyResult<Option<String>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => match v.as_str() {
            Some(s) => Ok(Some(s.to_string())),
            None => {
                let n = vm.type_name(v);
                Err(vm.type_error(format!(
                    "open() argument '{what}' must be str or None, not {n}"
                )))
            }
        },
    }
}

fn known_encoding(enc: &str) -> bool {
    let n = enc.to_ascii_lowercase().replace(['-', ' '], "_");
    matches!(
        n.as_str(),
        "utf_8"
            | "utf8"
            | "u8"
            | "ascii"
            | "us_ascii"
            | "latin_1"
            | "latin1"
            | "iso_8859_1"
            | "iso8859_1"
            | "l1"
    )
}

pub fn io_open(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let p = OPEN.bind(vm, args, kw)?;
    let file = p[0].clone().unwrap_or(Value::None);
    let mode = match &p[1] {
        None => "r".to_string(),
        Some(v) => match v.as_str() {
            Some(s) => s.to_string(),
            None => {
                let n = vm.type_name(v);
                return Err(vm.type_error(format!("open() argument 'mode' must be str, not {n}")));
            }
        },
    };
    let buffering = match &p[2] {
        Some(v) => vm.index_i64(v)?,
        None => -1,
    };
    let encoding = opt_str(vm, &p[3], "encoding")?;
    let errors = opt_str(vm, &p[4], "errors")?;
    let closefd = match &p[6] {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let flags = parse_mode(vm, &mode)?;
    if flags.binary {
        if encoding.is_some() {
            return Err(vm.value_error("binary mode doesn't take an encoding argument"));
        }
        if errors.is_some() {
            return Err(vm.value_error("binary mode doesn't take an errors argument"));
        }
        if p[5].as_ref().is_some_and(|v| !v.is_none()) {
            return Err(vm.value_error("binary mode doesn't take a newline argument"));
        }
    } else if buffering == 0 {
        return Err(vm.value_error("can't have unbuffered text I/O"));
    }
    let read_nl = if flags.binary {
        Newline::Lf
    } else {
        match &p[5] {
            Some(v) if !v.is_none() && v.as_str().is_some() => {
                let s = v.as_str().unwrap_or("").to_string();
                if !matches!(s.as_str(), "" | "\n" | "\r" | "\r\n") {
                    return Err(vm.value_error(format!("illegal newline value: {s}")));
                }
                newline_arg(vm, Some(v), Newline::Universal)?
            }
            other => newline_arg(vm, other.as_ref(), Newline::Universal)?,
        }
    };
    if let Some(e) = &encoding {
        if !known_encoding(e) {
            let c = vm.types.lookup_error.clone();
            return Err(vm.new_exc(&c, format!("unknown encoding: {e}")));
        }
    }
    if let Some(op) = &p[7] {
        if !op.is_none() {
            return Err(vm.value_error("open(): the opener argument is not supported by kaa"));
        }
    }
    let (f, name) = open_os(vm, &file, &flags, closefd)?;
    let kind = if flags.binary {
        if buffering == 0 {
            Kind::Raw
        } else if flags.read && flags.write {
            Kind::Random
        } else if flags.read {
            Kind::Reader
        } else {
            Kind::Writer
        }
    } else {
        Kind::Text
    };
    let mode_attr = if kind == Kind::Text {
        mode.clone()
    } else {
        let base = if flags.create_new {
            "x"
        } else if flags.append {
            "a"
        } else if flags.read && !flags.plus {
            "r"
        } else if flags.truncate && !flags.plus {
            "w"
        } else {
            "r"
        };
        let base = if flags.plus && flags.append {
            "a"
        } else if flags.plus && flags.create_new {
            "x"
        } else {
            base
        };
        format!("{base}b{}", if flags.plus { "+" } else { "" })
    };
    let text = (kind == Kind::Text).then(|| {
        let write_nl = match read_nl {
            Newline::Cr => Some("\r"),
            Newline::CrLf => Some("\r\n"),
            _ => None,
        };
        Box::new(TextState {
            encoding: encoding.unwrap_or_else(|| "UTF-8".to_string()),
            errors: errors.unwrap_or_else(|| "strict".to_string()),
            read_nl,
            write_nl,
            tbuf: String::new(),
            tpos: 0,
            raw_at: 0,
            crlf: Vec::new(),
            pending: Vec::new(),
            eof: false,
        })
    });
    let mut obj = FileObj {
        file: Some(f),
        name,
        mode: mode_attr,
        kind,
        readable: flags.read,
        writable: flags.write,
        closefd,
        rbuf: Vec::new(),
        rpos: 0,
        wbuf: Vec::new(),
        text,
        iterating: false,
    };
    if flags.append {
        if let Some(f) = obj.file.as_mut() {
            let end = f.seek(SeekFrom::End(0)).unwrap_or(0);
            if let Some(t) = obj.text.as_mut() {
                t.raw_at = end;
            }
        }
    }
    let cls = match class_for(vm, kind) {
        Some(c) => c,
        None => {
            kaa_vm::import::import_abs(vm, "io")?;
            match class_for(vm, kind) {
                Some(c) => c,
                None => return Err(vm.runtime_error("io is not initialised")),
            }
        }
    };
    Ok(crate::util::new_native(vm, &cls, Box::new(obj)))
}

fn open_os(vm: &mut Vm, file: &Value, flags: &ModeFlags, closefd: bool) -> PyResult<(File, Value)> {
    if let Some(kaa_vm::objects::num::IntRef::Small(fd)) = kaa_vm::objects::num::as_int(file) {
        if fd < 0 {
            return Err(vm.value_error("negative file descriptor"));
        }
        // SAFETY: the caller handed us this descriptor; with closefd=False it is never
        // closed by us (see FileObj's Drop).
        let f = unsafe { <File as std::os::fd::FromRawFd>::from_raw_fd(fd as i32) };
        return Ok((f, file.clone()));
    }
    if !closefd {
        return Err(vm.value_error("Cannot use closefd=False with file name"));
    }
    // The name and an error's filename are what os.fspath gives, as in CPython.
    let file = &fspath_value(vm, file)?;
    let path = fspath(vm, file)?;
    let mut o = std::fs::OpenOptions::new();
    o.read(flags.read)
        .write(flags.write && !flags.append)
        .append(flags.append)
        .truncate(flags.truncate)
        .create(flags.truncate || flags.append)
        .create_new(flags.create_new);
    match o.open(&path) {
        Ok(f) => {
            if f.metadata().is_ok_and(|m| m.is_dir()) {
                let e = std::io::Error::from_raw_os_error(libc::EISDIR);
                return Err(os_error(vm, &e, Some(file)));
            }
            Ok((f, file.clone()))
        }
        Err(e) => Err(os_error(vm, &e, Some(file))),
    }
}

/// `os.fspath()`: str, bytes, or an object with `__fspath__`.
pub fn fspath(vm: &mut Vm, v: &Value) -> PyResult<std::path::PathBuf> {
    use std::os::unix::ffi::OsStrExt;
    let v = fspath_value(vm, v)?;
    match v.payload() {
        Some(Payload::Bytes(b)) => Ok(std::path::PathBuf::from(std::ffi::OsStr::from_bytes(b))),
        Some(Payload::Str(s)) => Ok(std::path::PathBuf::from(s.as_str())),
        _ => Err(vm.type_error("expected str, bytes or os.PathLike object")),
    }
}

/// `os.fspath()` as a value: str or bytes (subclasses kept), or `__fspath__`'s result.
pub fn fspath_value(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if matches!(v.payload(), Some(Payload::Str(_) | Payload::Bytes(_))) {
        return Ok(v.clone());
    }
    let tp = vm.type_of(v);
    if types::lookup(&tp, "__fspath__").is_some() {
        let r = vm
            .call_special(v, "__fspath__", &[])?
            .unwrap_or(Value::None);
        if matches!(r.payload(), Some(Payload::Str(_) | Payload::Bytes(_))) {
            return Ok(r);
        }
        let n = vm.type_name(v);
        let rn = vm.type_name(&r);
        return Err(vm.type_error(format!(
            "expected {n}.__fspath__() to return str or bytes, not {rn}"
        )));
    }
    let n = vm.type_name(v);
    Err(vm.type_error(format!(
        "expected str, bytes or os.PathLike object, not {n}"
    )))
}

// ---- the file object: buffers ---------------------------------------------------------------------

fn fobj<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<RefMut<'a, FileObj>> {
    let f = native_mut::<FileObj>(vm, v, "file")?;
    if f.file.is_none() {
        drop(f);
        return Err(closed_error(vm));
    }
    Ok(f)
}

/// Runs an OS operation on the open file, turning I/O errors into OSError.
fn io<R>(
    vm: &mut Vm,
    f: &mut FileObj,
    op: impl FnOnce(&mut File) -> std::io::Result<R>,
) -> PyResult<R> {
    let Some(file) = f.file.as_mut() else {
        return Err(closed_error(vm));
    };
    op(file).map_err(|e| os_error(vm, &e, None))
}

fn flush_writes(vm: &mut Vm, f: &mut FileObj) -> PyResult<()> {
    if f.wbuf.is_empty() {
        return Ok(());
    }
    let data = std::mem::take(&mut f.wbuf);
    io(vm, f, |file| file.write_all(&data))
}

fn enc_len(t: &TextState, s: &str) -> u64 {
    let n = t.encoding.to_ascii_lowercase().replace(['-', ' '], "_");
    if matches!(
        n.as_str(),
        "latin_1" | "latin1" | "iso_8859_1" | "iso8859_1" | "l1"
    ) {
        s.chars().count() as u64
    } else {
        s.len() as u64
    }
}

/// The logical position (a byte offset) of a text file's next character.
fn text_pos(t: &TextState) -> u64 {
    let crlf = t.crlf.iter().filter(|&&o| o < t.tpos).count() as u64;
    t.raw_at + enc_len(t, &t.tbuf[..t.tpos]) + crlf
}

/// Drops read-ahead data, moving the OS position back to the logical one.
fn drop_readahead(vm: &mut Vm, f: &mut FileObj) -> PyResult<()> {
    if let Some(t) = f.text.as_mut() {
        if t.tbuf.is_empty() && t.pending.is_empty() && !t.eof {
            return Ok(());
        }
        let pos = text_pos(t);
        t.tbuf.clear();
        t.tpos = 0;
        t.crlf.clear();
        t.pending.clear();
        t.eof = false;
        t.raw_at = pos;
        io(vm, f, |file| file.seek(SeekFrom::Start(pos)))?;
        return Ok(());
    }
    let unread = f.rbuf.len() - f.rpos;
    f.rbuf.clear();
    f.rpos = 0;
    if unread > 0 {
        io(vm, f, |file| file.seek(SeekFrom::Current(-(unread as i64))))?;
    }
    Ok(())
}

fn check_readable(vm: &mut Vm, f: &FileObj) -> PyResult<()> {
    if f.readable {
        Ok(())
    } else {
        Err(unsupported(vm, "not readable"))
    }
}

fn check_writable(vm: &mut Vm, f: &FileObj) -> PyResult<()> {
    if f.writable {
        Ok(())
    } else {
        Err(unsupported(vm, "not writable"))
    }
}

/// Reads up to CHUNK more bytes into the binary buffer; false at end of file.
fn fill_raw(vm: &mut Vm, f: &mut FileObj, want: usize) -> PyResult<bool> {
    if f.rpos > 0 && f.rpos == f.rbuf.len() {
        f.rbuf.clear();
        f.rpos = 0;
    }
    let mut chunk = vec![0u8; want.max(CHUNK)];
    let n = io(vm, f, |file| file.read(&mut chunk))?;
    f.rbuf.extend_from_slice(&chunk[..n]);
    Ok(n > 0)
}

/// Decodes more of a text file into `tbuf`; false when nothing more can come.
fn fill_text(vm: &mut Vm, f: &mut FileObj) -> PyResult<bool> {
    let mut chunk = vec![0u8; CHUNK];
    let n = io(vm, f, |file| file.read(&mut chunk))?;
    let Some(t) = f.text.as_mut() else {
        return Ok(false);
    };
    // Forget what was consumed.
    if t.tpos > 0 {
        let consumed = t.tpos;
        let crlf_before = t.crlf.iter().filter(|&&o| o < consumed).count() as u64;
        t.raw_at += enc_len(t, &t.tbuf[..consumed]) + crlf_before;
        t.tbuf.drain(..consumed);
        t.crlf.retain(|&o| o >= consumed);
        for o in t.crlf.iter_mut() {
            *o -= consumed;
        }
        t.tpos = 0;
    }
    if n == 0 {
        t.eof = true;
    }
    t.pending.extend_from_slice(&chunk[..n]);
    if t.pending.is_empty() {
        return Ok(false);
    }
    let bytes = std::mem::take(&mut t.pending);
    let utf8 = {
        let e = t.encoding.to_ascii_lowercase().replace(['-', ' '], "_");
        matches!(e.as_str(), "utf_8" | "utf8" | "u8")
    };
    let (mut text, rest) = if utf8 {
        match std::str::from_utf8(&bytes) {
            Ok(s) => (s.to_string(), Vec::new()),
            Err(e) if e.error_len().is_none() && !t.eof => {
                let cut = e.valid_up_to();
                let s = std::str::from_utf8(&bytes[..cut])
                    .unwrap_or_default()
                    .to_string();
                (s, bytes[cut..].to_vec())
            }
            Err(_) => {
                let (enc, errs) = (t.encoding.clone(), t.errors.clone());
                (
                    kaa_vm::objects::codecs::decode(vm, &bytes, &enc, &errs)?,
                    Vec::new(),
                )
            }
        }
    } else {
        let (enc, errs) = (t.encoding.clone(), t.errors.clone());
        (
            kaa_vm::objects::codecs::decode(vm, &bytes, &enc, &errs)?,
            Vec::new(),
        )
    };
    let Some(t) = f.text.as_mut() else {
        return Ok(false);
    };
    t.pending = rest;
    if t.read_nl == Newline::Universal {
        if text.ends_with('\r') && !t.eof {
            text.pop();
            let mut p = vec![b'\r'];
            p.extend_from_slice(&t.pending);
            t.pending = p;
        }
        let mut out = String::with_capacity(text.len());
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            if c == '\r' {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                    t.crlf.push(t.tbuf.len() + out.len());
                }
                out.push('\n');
            } else {
                out.push(c);
            }
        }
        text = out;
    }
    t.tbuf.push_str(&text);
    Ok(true)
}

// ---- reading and writing ----------------------------------------------------------------------------

fn f_read(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = crate::util::pos_args(vm, "read", "read", &args[1..], kw, 0, 1)?;
    let n = size_arg(vm, a.first())?;
    let mut f = fobj(vm, &args[0])?;
    check_readable(vm, &f)?;
    flush_writes(vm, &mut f)?;
    if f.text.is_some() {
        loop {
            let (avail, eof) = match f.text.as_ref() {
                Some(t) => (
                    match n {
                        Some(n) => t.tbuf[t.tpos..].chars().take(n).count(),
                        None => 0,
                    },
                    t.eof && t.pending.is_empty(),
                ),
                None => (0, true),
            };
            if eof || n.is_some_and(|n| avail >= n) {
                break;
            }
            if !fill_text(vm, &mut f)? {
                break;
            }
        }
        let Some(t) = f.text.as_mut() else {
            return Ok(Value::None);
        };
        let rest = &t.tbuf[t.tpos..];
        let len = match n {
            Some(n) => rest
                .char_indices()
                .nth(n)
                .map(|(i, _)| i)
                .unwrap_or(rest.len()),
            None => rest.len(),
        };
        let out = rest[..len].to_string();
        t.tpos += len;
        drop(f);
        return Ok(vm.new_string(out));
    }
    match n {
        None => {
            let mut out = f.rbuf[f.rpos..].to_vec();
            f.rbuf.clear();
            f.rpos = 0;
            io(vm, &mut f, |file| file.read_to_end(&mut out))?;
            drop(f);
            Ok(vm.new_bytes(out))
        }
        Some(n) => {
            while f.rbuf.len() - f.rpos < n {
                let need = n - (f.rbuf.len() - f.rpos);
                if !fill_raw(vm, &mut f, need)? || f.kind == Kind::Raw {
                    break;
                }
            }
            let end = (f.rpos + n).min(f.rbuf.len());
            let out = f.rbuf[f.rpos..end].to_vec();
            f.rpos = end;
            drop(f);
            Ok(vm.new_bytes(out))
        }
    }
}

/// Length in bytes of the text line at the start of `s` (0 when no complete line yet).
fn text_line_len(s: &str, nl: Newline, eof: bool) -> Option<usize> {
    let b = s.as_bytes();
    for (i, &c) in b.iter().enumerate() {
        match nl {
            Newline::Universal | Newline::Lf if c == b'\n' => return Some(i + 1),
            Newline::Cr if c == b'\r' => return Some(i + 1),
            Newline::CrLf if c == b'\r' && b.get(i + 1) == Some(&b'\n') => return Some(i + 2),
            Newline::Untranslated if c == b'\n' => return Some(i + 1),
            Newline::Untranslated if c == b'\r' => {
                return match b.get(i + 1) {
                    Some(b'\n') => Some(i + 2),
                    Some(_) => Some(i + 1),
                    None if eof => Some(i + 1),
                    None => None,
                };
            }
            _ => {}
        }
    }
    if eof {
        Some(b.len())
    } else {
        None
    }
}

fn f_readline(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = crate::util::pos_args(vm, "readline", "readline", &args[1..], kw, 0, 1)?;
    let limit = size_arg(vm, a.first())?;
    read_line(vm, &args[0], limit)
}

fn read_line(vm: &mut Vm, this: &Value, limit: Option<usize>) -> PyResult<Value> {
    let mut f = fobj(vm, this)?;
    check_readable(vm, &f)?;
    flush_writes(vm, &mut f)?;
    if f.text.is_some() {
        loop {
            let found = match f.text.as_ref() {
                Some(t) => {
                    let rest = &t.tbuf[t.tpos..];
                    let eof = t.eof && t.pending.is_empty();
                    let line = text_line_len(rest, t.read_nl, eof);
                    match (line, limit) {
                        (Some(l), Some(n)) => {
                            let cut = rest
                                .char_indices()
                                .nth(n)
                                .map(|(i, _)| i)
                                .unwrap_or(rest.len());
                            Some(l.min(cut))
                        }
                        (Some(l), None) => Some(l),
                        (None, Some(n)) if rest.chars().count() >= n => Some(
                            rest.char_indices()
                                .nth(n)
                                .map(|(i, _)| i)
                                .unwrap_or(rest.len()),
                        ),
                        (None, _) => None,
                    }
                }
                None => Some(0),
            };
            if let Some(len) = found {
                let Some(t) = f.text.as_mut() else {
                    return Ok(Value::None);
                };
                let out = t.tbuf[t.tpos..t.tpos + len].to_string();
                t.tpos += len;
                drop(f);
                return Ok(vm.new_string(out));
            }
            if !fill_text(vm, &mut f)? {
                if let Some(t) = f.text.as_mut() {
                    t.eof = true;
                }
            }
        }
    }
    loop {
        let rest = &f.rbuf[f.rpos..];
        let max = limit.unwrap_or(usize::MAX);
        if let Some(i) = rest.iter().take(max).position(|&b| b == b'\n') {
            let out = rest[..i + 1].to_vec();
            f.rpos += i + 1;
            drop(f);
            return Ok(vm.new_bytes(out));
        }
        if rest.len() >= max || !fill_raw(vm, &mut f, CHUNK)? {
            let n = (f.rbuf.len() - f.rpos).min(max);
            let out = f.rbuf[f.rpos..f.rpos + n].to_vec();
            f.rpos += n;
            drop(f);
            return Ok(vm.new_bytes(out));
        }
    }
}

fn set_iterating(vm: &mut Vm, v: &Value, on: bool) -> PyResult<()> {
    let mut f = native_mut::<FileObj>(vm, v, "file")?;
    if f.text.is_some() {
        f.iterating = on;
    }
    Ok(())
}

fn f_next(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    set_iterating(vm, &args[0], true)?;
    let line = read_line(vm, &args[0], None)?;
    let empty = match line.payload() {
        Some(Payload::Str(s)) => s.as_str().is_empty(),
        Some(Payload::Bytes(b)) => b.is_empty(),
        _ => false,
    };
    if empty {
        set_iterating(vm, &args[0], false)?;
        return Err(vm.stop_iteration(Value::None));
    }
    Ok(line)
}

fn f_write(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = crate::util::one_arg(vm, "write", &args[1..], kw)?;
    let is_text = fobj(vm, &args[0])?.text.is_some();
    let (data, count) = if is_text {
        let Some(s) = a.as_str() else {
            let n = vm.type_name(&a);
            return Err(vm.type_error(format!("write() argument must be str, not {n}")));
        };
        let (enc, errs, wnl) = {
            let f = fobj(vm, &args[0])?;
            let t = f
                .text
                .as_ref()
                .map(|t| (t.encoding.clone(), t.errors.clone(), t.write_nl));
            t.unwrap_or_default()
        };
        let translated = match wnl {
            Some(nl) if s.contains('\n') => s.replace('\n', nl),
            _ => s.to_string(),
        };
        let bytes = kaa_vm::objects::codecs::encode(vm, &translated, &enc, &errs)?;
        (bytes, s.chars().count())
    } else {
        fobj(vm, &args[0])?;
        let b = bytes_of(vm, &a)?;
        let n = b.len();
        (b, n)
    };
    let mut f = fobj(vm, &args[0])?;
    check_writable(vm, &f)?;
    drop_readahead(vm, &mut f)?;
    if let Some(t) = f.text.as_mut() {
        t.raw_at += data.len() as u64;
    }
    f.wbuf.extend_from_slice(&data);
    if f.wbuf.len() >= CHUNK || f.kind == Kind::Raw {
        flush_writes(vm, &mut f)?;
    }
    Ok(Value::Int(count as i64))
}

fn f_flush(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let mut f = fobj(vm, &args[0])?;
    flush_writes(vm, &mut f)?;
    Ok(Value::None)
}

fn f_tell(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    crate::util::no_args(vm, "tell", args, kw)?;
    let mut f = fobj(vm, &args[0])?;
    if f.iterating {
        drop(f);
        let c = vm.types.os_error.clone();
        return Err(vm.new_exc(&c, "telling position disabled by next() call"));
    }
    flush_writes(vm, &mut f)?;
    if let Some(t) = f.text.as_ref() {
        if t.tbuf.is_empty() && t.pending.is_empty() {
            let p = io(vm, &mut f, |file| file.stream_position())?;
            return Ok(Value::Int(p as i64));
        }
        return Ok(Value::Int(text_pos(t) as i64));
    }
    let unread = (f.rbuf.len() - f.rpos) as u64;
    let p = io(vm, &mut f, |file| file.stream_position())?;
    Ok(Value::Int(p.saturating_sub(unread) as i64))
}

fn f_seek(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = crate::util::pos_args(vm, "seek", "seek", &args[1..], kw, 1, 2)?;
    let pos = vm.index_i64(&a[0])?;
    let whence = match a.get(1) {
        Some(w) => vm.index_i64(w)?,
        None => 0,
    };
    let mut f = fobj(vm, &args[0])?;
    flush_writes(vm, &mut f)?;
    f.iterating = false;
    let text = f.text.is_some();
    if text {
        match whence {
            0 if pos < 0 => return Err(vm.value_error(format!("negative seek position {pos}"))),
            1 if pos != 0 => return Err(unsupported(vm, "can't do nonzero cur-relative seeks")),
            2 if pos != 0 => return Err(unsupported(vm, "can't do nonzero end-relative seeks")),
            0..=2 => {}
            _ => {
                return Err(
                    vm.value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)"))
                )
            }
        }
    } else if !(0..=2).contains(&whence) {
        return Err(vm.value_error(format!("whence value {whence} unsupported")));
    }
    let logical = if whence == 1 {
        if let Some(t) = f.text.as_ref() {
            if t.tbuf.is_empty() && t.pending.is_empty() {
                None
            } else {
                Some(text_pos(t) as i64)
            }
        } else {
            let unread = (f.rbuf.len() - f.rpos) as i64;
            let p = io(vm, &mut f, |file| file.stream_position())? as i64;
            Some(p - unread)
        }
    } else {
        None
    };
    if let Some(t) = f.text.as_mut() {
        t.tbuf.clear();
        t.tpos = 0;
        t.crlf.clear();
        t.pending.clear();
        t.eof = false;
    }
    f.rbuf.clear();
    f.rpos = 0;
    let target = match (whence, logical) {
        (0, _) => SeekFrom::Start(pos.max(0) as u64),
        (1, Some(l)) => {
            let t = l + pos;
            if t < 0 {
                let e = std::io::Error::from_raw_os_error(libc::EINVAL);
                drop(f);
                return Err(os_error(vm, &e, None));
            }
            SeekFrom::Start(t as u64)
        }
        (1, None) => SeekFrom::Current(pos),
        _ => SeekFrom::End(pos),
    };
    if whence == 0 && pos < 0 {
        let e = std::io::Error::from_raw_os_error(libc::EINVAL);
        drop(f);
        return Err(os_error(vm, &e, None));
    }
    let p = io(vm, &mut f, |file| file.seek(target))?;
    if let Some(t) = f.text.as_mut() {
        t.raw_at = p;
    }
    Ok(Value::Int(p as i64))
}

fn f_truncate(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = crate::util::pos_args(vm, "truncate", "truncate", &args[1..], kw, 0, 1)?;
    let size = match a.first() {
        None | Some(Value::None) => None,
        Some(v) => Some(vm.index_i64(v)?),
    };
    {
        let f = fobj(vm, &args[0])?;
        check_writable(vm, &f)?;
    }
    let size = match size {
        Some(s) => s,
        None => {
            let t = f_tell(vm, &args[..1], &[])?;
            vm.index_i64(&t)?
        }
    };
    if size < 0 {
        let e = std::io::Error::from_raw_os_error(libc::EINVAL);
        return Err(os_error(vm, &e, None));
    }
    let mut f = fobj(vm, &args[0])?;
    flush_writes(vm, &mut f)?;
    drop_readahead(vm, &mut f)?;
    io(vm, &mut f, |file| file.set_len(size as u64))?;
    Ok(Value::Int(size))
}

fn f_close(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let mut f = native_mut::<FileObj>(vm, &args[0], "file")?;
    if f.file.is_none() {
        return Ok(Value::None);
    }
    let r = flush_writes(vm, &mut f);
    if let Some(file) = f.file.take() {
        if f.closefd {
            drop(file);
        } else {
            std::mem::forget(file);
        }
    }
    f.rbuf = Vec::new();
    f.text = f.text.take().map(|mut t| {
        t.tbuf = String::new();
        t.pending = Vec::new();
        t
    });
    r?;
    Ok(Value::None)
}

fn f_fileno(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let f = native_mut::<FileObj>(vm, &args[0], "file")?;
    match f.file.as_ref() {
        Some(file) => Ok(Value::Int(std::os::fd::AsRawFd::as_raw_fd(file) as i64)),
        None => {
            drop(f);
            Err(vm.value_error("I/O operation on closed file"))
        }
    }
}

fn f_isatty(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let fd = f_fileno(vm, args, &[])?;
    let fd = vm.index_i64(&fd)? as i32;
    // SAFETY: isatty only inspects the descriptor.
    Ok(Value::Bool(unsafe { libc::isatty(fd) } == 1))
}

fn f_readable(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let r = open_flag(vm, &args[0], |f| f.readable)?;
    Ok(Value::Bool(r))
}

fn f_writable(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let r = open_flag(vm, &args[0], |f| f.writable)?;
    Ok(Value::Bool(r))
}

fn f_seekable(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let r = open_flag(vm, &args[0], |f| {
        f.file.as_ref().is_some_and(|file| {
            let mut file = file;
            file.stream_position().is_ok()
        })
    })?;
    Ok(Value::Bool(r))
}

fn open_flag(vm: &mut Vm, v: &Value, get: impl FnOnce(&FileObj) -> bool) -> PyResult<bool> {
    let f = native_mut::<FileObj>(vm, v, "file")?;
    if f.file.is_none() {
        drop(f);
        return Err(vm.value_error("I/O operation on closed file"));
    }
    Ok(get(&f))
}

fn f_enter(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    fobj(vm, &args[0])?;
    Ok(args[0].clone())
}

fn f_exit(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    f_close(vm, &args[..1], &[])?;
    Ok(Value::None)
}

fn f_repr(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (name, mode, kind, closed, closefd, enc) = {
        let f = native_mut::<FileObj>(vm, &args[0], "file")?;
        (
            f.name.clone(),
            f.mode.clone(),
            f.kind,
            f.file.is_none(),
            f.closefd,
            f.text.as_ref().map(|t| t.encoding.clone()),
        )
    };
    let tn = types::type_name(&vm.type_of(&args[0]));
    let nr = vm.repr_string(&name)?;
    let s = match kind {
        Kind::Text => {
            let e = kaa_vm::repr::str_repr(&enc.unwrap_or_default());
            let m = kaa_vm::repr::str_repr(&mode);
            format!("<_io.{tn} name={nr} mode={m} encoding={e}>")
        }
        Kind::Raw if closed => format!("<_io.{tn} [closed]>"),
        Kind::Raw => {
            let m = kaa_vm::repr::str_repr(&mode);
            let c = if closefd { "True" } else { "False" };
            format!("<_io.{tn} name={nr} mode={m} closefd={c}>")
        }
        _ => format!("<_io.{tn} name={nr}>"),
    };
    Ok(vm.new_string(s))
}

fn f_readlines(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = crate::util::pos_args(vm, "readlines", "readlines", &args[1..], kw, 0, 1)?;
    let hint = size_arg(vm, a.first())?.filter(|&h| h > 0);
    let mut out = Vec::new();
    let mut total = 0;
    loop {
        let line = read_line(vm, &args[0], None)?;
        let n = match line.payload() {
            Some(Payload::Str(s)) => s.char_len(),
            Some(Payload::Bytes(b)) => b.len(),
            _ => 0,
        };
        if n == 0 {
            break;
        }
        out.push(line);
        total += n;
        if hint.is_some_and(|h| total >= h) {
            break;
        }
    }
    Ok(vm.new_list(out))
}

// ---- attributes -------------------------------------------------------------------------------------

fn g_closed(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Bool(
        native_mut::<FileObj>(vm, v, "file")?.file.is_none(),
    ))
}

fn g_name(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(native_mut::<FileObj>(vm, v, "file")?.name.clone())
}

fn g_mode(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let m = native_mut::<FileObj>(vm, v, "file")?.mode.clone();
    Ok(vm.new_string(m))
}

fn g_encoding(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let e = native_mut::<FileObj>(vm, v, "file")?
        .text
        .as_ref()
        .map(|t| t.encoding.clone());
    Ok(e.map(|e| vm.new_string(e)).unwrap_or(Value::None))
}

fn g_errors(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let e = native_mut::<FileObj>(vm, v, "file")?
        .text
        .as_ref()
        .map(|t| t.errors.clone());
    Ok(e.map(|e| vm.new_string(e)).unwrap_or(Value::None))
}

fn g_none(_vm: &mut Vm, _v: &Value) -> PyResult<Value> {
    Ok(Value::None)
}

fn g_false(_vm: &mut Vm, _v: &Value) -> PyResult<Value> {
    Ok(Value::Bool(false))
}

fn g_closefd(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Bool(native_mut::<FileObj>(vm, v, "file")?.closefd))
}

fn no_direct(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let n = args
        .first()
        .and_then(|c| c.as_obj().map(types::type_name))
        .unwrap_or_default();
    Err(vm.type_error(format!(
        "kaa cannot create {n} objects directly; use open()"
    )))
}

fn fileio_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let p = Sig {
        name: "FileIO",
        params: &["file", "mode", "closefd", "opener"],
        max_pos: 4,
        required: 1,
        pos_only: 0,
    }
    .bind(vm, &args[1..], kw)?;
    let mode = match &p[1] {
        Some(m) => m.as_str().unwrap_or("r").to_string(),
        None => "r".to_string(),
    };
    let mode = if mode.contains('b') {
        mode
    } else {
        format!("{mode}b")
    };
    let m = vm.new_string(mode);
    let mut oargs = vec![p[0].clone().unwrap_or(Value::None), m, Value::Int(0)];
    let mut okw = Vec::new();
    if let Some(c) = &p[2] {
        oargs.truncate(3);
        let k = vm.new_str("closefd");
        okw.push((k, c.clone()));
    }
    io_open(vm, &oargs, &okw)
}

pub fn init(
    vm: &mut Vm,
    m: &ObjRef,
    raw: &ObjRef,
    buffered: &ObjRef,
    text: &ObjRef,
) -> PyResult<()> {
    let common: &[(&'static str, NativeFn)] = &[
        ("read", f_read),
        ("readline", f_readline),
        ("readlines", f_readlines),
        ("write", f_write),
        ("flush", f_flush),
        ("tell", f_tell),
        ("seek", f_seek),
        ("truncate", f_truncate),
        ("close", f_close),
        ("fileno", f_fileno),
        ("isatty", f_isatty),
        ("readable", f_readable),
        ("writable", f_writable),
        ("seekable", f_seekable),
        ("__enter__", f_enter),
        ("__exit__", f_exit),
        ("__next__", f_next),
        ("__repr__", f_repr),
    ];
    let specs: [(&str, &ObjRef); 5] = [
        ("TextIOWrapper", text),
        ("BufferedReader", buffered),
        ("BufferedWriter", buffered),
        ("BufferedRandom", buffered),
        ("FileIO", raw),
    ];
    let mut classes = Vec::new();
    for (name, base) in specs {
        let t = crate::io::io_class(vm, name, base);
        set_new(
            vm,
            &t,
            if name == "FileIO" {
                fileio_new
            } else {
                no_direct
            },
        );
        add_methods(vm, &t, common);
        if name != "TextIOWrapper" {
            vm.add_method(&t, "read1", f_read);
        }
        add_getset(vm, &t, "closed", g_closed, None);
        add_getset(vm, &t, "name", g_name, None);
        add_getset(vm, &t, "mode", g_mode, None);
        if name == "TextIOWrapper" {
            add_getset(vm, &t, "encoding", g_encoding, None);
            add_getset(vm, &t, "errors", g_errors, None);
            add_getset(vm, &t, "newlines", g_none, None);
            add_getset(vm, &t, "line_buffering", g_false, None);
        }
        if name == "FileIO" {
            add_getset(vm, &t, "closefd", g_closefd, None);
        }
        vm.module_set(m, name, Value::Obj(t.clone()));
        classes.push(t);
    }
    CLASSES.with(|c| c.set(vm, classes));
    // The same function object as `builtins.open` (installed at start-up), as in CPython.
    let open = match vm.dict_get_str(&vm.builtins_dict, "open") {
        Some(o) if matches!(o.payload(), Some(Payload::Builtin(b)) if b.name == "open") => o,
        _ => crate::util::new_func(vm, "open", io_open),
    };
    vm.module_set(m, "open", open);
    Ok(())
}
