//! The `posix` module: the system calls behind `os` (Lib/os.py builds on it as CPython's does).
//! Paths are str, bytes or os.PathLike; functions that return names return bytes when given
//! bytes. Failures raise the OSError subclass for the errno with the path as `filename`
//! (`FileNotFoundError: [Errno 2] No such file or directory: 'x'`). `stat_result` is in
//! `posix_stat.rs`, the file-descriptor functions in `posix_fd.rs`, the process and
//! environment ones in `posix_proc.rs`; `environ` is a snapshot dict of bytes (`os.environ`
//! wraps it).

use crate::io_file::os_error;
use crate::util::{add_functions, Sig};
use kaa_vm::object::{NativeFn, ObjRef, Payload};
use kaa_vm::types;
use kaa_vm::{PyResult, Value, Vm};
use std::ffi::{CString, OsStr, OsString};
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::path::PathBuf;

/// A path argument: the OS path, whether it was bytes, and the object's `os.fspath` value
/// (for errors).
pub struct PathArg {
    pub path: PathBuf,
    pub bytes: bool,
    pub obj: Value,
}

impl PathArg {
    pub(crate) fn cstring(&self, vm: &mut Vm, func: &str) -> PyResult<CString> {
        CString::new(self.path.as_os_str().as_bytes())
            .map_err(|_| vm.value_error(format!("{func}: embedded null character in path")))
    }
}

/// Converts a path argument with CPython's "FUNC: path should be ..." error.
pub fn path_arg(vm: &mut Vm, v: &Value, func: &str, allow_fd: bool) -> PyResult<PathArg> {
    let kinds = if allow_fd {
        "string, bytes, os.PathLike or integer"
    } else {
        "string, bytes or os.PathLike"
    };
    path_arg_k(vm, v, func, "path", kinds)
}

/// `path_arg` for the parameter `param` ("rename: dst should be ...").
fn path_arg_as(vm: &mut Vm, v: &Value, func: &str, param: &str) -> PyResult<PathArg> {
    path_arg_k(vm, v, func, param, "string, bytes or os.PathLike")
}

/// `path_arg` naming the parameter and the accepted `kinds` in its TypeError.
fn path_arg_k(vm: &mut Vm, v: &Value, func: &str, param: &str, kinds: &str) -> PyResult<PathArg> {
    let mut cur = v.clone();
    let tp = vm.type_of(v);
    if !matches!(v.payload(), Some(Payload::Str(_) | Payload::Bytes(_)))
        && types::lookup(&tp, "__fspath__").is_some()
    {
        cur = vm
            .call_special(v, "__fspath__", &[])?
            .unwrap_or(Value::None);
        if !matches!(cur.payload(), Some(Payload::Str(_) | Payload::Bytes(_))) {
            let n = vm.type_name(v);
            let rn = vm.type_name(&cur);
            return Err(vm.type_error(format!(
                "expected {n}.__fspath__() to return str or bytes, not {rn}"
            )));
        }
    }
    let (path, bytes) = match cur.payload() {
        Some(Payload::Str(s)) => (PathBuf::from(s.as_str()), false),
        Some(Payload::Bytes(b)) => (PathBuf::from(OsStr::from_bytes(b)), true),
        _ => {
            let n = vm.type_name(v);
            return Err(vm.type_error(format!("{func}: {param} should be {kinds}, not {n}")));
        }
    };
    if path.as_os_str().as_bytes().contains(&0) {
        return Err(vm.value_error(format!("{func}: embedded null character in path")));
    }
    // Errors name the path as os.fspath gives it, as CPython's do.
    Ok(PathArg {
        path,
        bytes,
        obj: cur,
    })
}

/// A name from the OS as str (or bytes when the caller passed bytes).
pub fn name_value(vm: &mut Vm, name: OsString, bytes: bool) -> Value {
    if bytes {
        vm.new_bytes(name.into_vec())
    } else {
        vm.new_string(name.to_string_lossy().into_owned())
    }
}

/// A zero-filled buffer of `n` bytes, or MemoryError when it cannot be allocated.
pub(crate) fn zeroed_buffer(vm: &mut Vm, n: usize) -> PyResult<Vec<u8>> {
    let mut buf = Vec::new();
    if buf.try_reserve_exact(n).is_err() {
        let c = vm.types.memory_error.clone();
        return Err(vm.new_exc_args(&c, Vec::new()));
    }
    buf.resize(n, 0);
    Ok(buf)
}

pub(crate) fn noargs(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    if !args.is_empty() {
        return Err(vm.type_error(format!(
            "{name}() takes no arguments ({} given)",
            args.len()
        )));
    }
    Ok(())
}

pub(crate) fn last_os_error(vm: &mut Vm, filename: Option<&Value>) -> kaa_vm::PyErr {
    let e = std::io::Error::last_os_error();
    os_error(vm, &e, filename)
}

pub(crate) fn arg(vals: &[Option<Value>], i: usize) -> Option<&Value> {
    vals.get(i)
        .and_then(|v| v.as_ref())
        .filter(|v| !v.is_none())
}

fn one_path(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    name: &'static str,
) -> PyResult<PathArg> {
    static PARAMS: &[&str] = &["path", "dir_fd"];
    let sig = Sig {
        name,
        params: PARAMS,
        max_pos: 1,
        required: 1,
        pos_only: 0,
    };
    let v = sig.bind(vm, args, kw)?;
    let p = v[0].clone().unwrap_or(Value::None);
    path_arg(vm, &p, name, false)
}

// ---- directories ---------------------------------------------------------------------------------

fn getcwd_common(vm: &mut Vm, bytes: bool) -> PyResult<Value> {
    match std::env::current_dir() {
        Ok(p) => Ok(name_value(vm, p.into_os_string(), bytes)),
        Err(e) => Err(os_error(vm, &e, None)),
    }
}

fn getcwd(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    noargs(vm, "getcwd", args, kw)?;
    getcwd_common(vm, false)
}

fn getcwdb(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    noargs(vm, "getcwdb", args, kw)?;
    getcwd_common(vm, true)
}

fn chdir(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    static PARAMS: &[&str] = &["path"];
    let sig = Sig {
        name: "chdir",
        params: PARAMS,
        max_pos: 1,
        required: 1,
        pos_only: 0,
    };
    let v = sig.bind(vm, args, kw)?;
    let p = path_arg(vm, v[0].as_ref().unwrap_or(&Value::None), "chdir", true)?;
    std::env::set_current_dir(&p.path).map_err(|e| os_error(vm, &e, Some(&p.obj)))?;
    Ok(Value::None)
}

fn mkdir(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    use std::os::unix::fs::DirBuilderExt;
    static PARAMS: &[&str] = &["path", "mode", "dir_fd"];
    let sig = Sig {
        name: "mkdir",
        params: PARAMS,
        max_pos: 2,
        required: 1,
        pos_only: 0,
    };
    let v = sig.bind(vm, args, kw)?;
    let p = path_arg(vm, v[0].as_ref().unwrap_or(&Value::None), "mkdir", false)?;
    let mode = match arg(&v, 1) {
        Some(m) => vm.index_i64(m)?,
        None => 0o777,
    };
    std::fs::DirBuilder::new()
        .mode((mode & 0o7777) as u32)
        .create(&p.path)
        .map_err(|e| os_error(vm, &e, Some(&p.obj)))?;
    Ok(Value::None)
}

fn rmdir(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let p = one_path(vm, args, kw, "rmdir")?;
    std::fs::remove_dir(&p.path).map_err(|e| os_error(vm, &e, Some(&p.obj)))?;
    Ok(Value::None)
}

fn unlink_as(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    name: &'static str,
) -> PyResult<Value> {
    let p = one_path(vm, args, kw, name)?;
    let c = p.cstring(vm, name)?;
    // SAFETY: a valid NUL-terminated path.
    if unsafe { libc::unlink(c.as_ptr()) } != 0 {
        return Err(last_os_error(vm, Some(&p.obj)));
    }
    Ok(Value::None)
}

fn unlink(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    unlink_as(vm, args, kw, "unlink")
}

fn remove(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    unlink_as(vm, args, kw, "remove")
}

fn listdir(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    static PARAMS: &[&str] = &["path"];
    let sig = Sig {
        name: "listdir",
        params: PARAMS,
        max_pos: 1,
        required: 0,
        pos_only: 0,
    };
    let v = sig.bind(vm, args, kw)?;
    let p = match arg(&v, 0) {
        Some(x) => path_arg_k(
            vm,
            &x.clone(),
            "listdir",
            "path",
            "string, bytes, os.PathLike, integer or None",
        )?,
        None => PathArg {
            path: PathBuf::from("."),
            bytes: false,
            obj: vm.new_str("."),
        },
    };
    let rd = std::fs::read_dir(&p.path).map_err(|e| os_error(vm, &e, Some(&p.obj)))?;
    let mut out = Vec::new();
    for ent in rd {
        let ent = ent.map_err(|e| os_error(vm, &e, Some(&p.obj)))?;
        out.push(name_value(vm, ent.file_name(), p.bytes));
    }
    Ok(vm.new_list(out))
}

fn two_paths(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    name: &'static str,
) -> PyResult<(PathArg, PathArg)> {
    static PARAMS: &[&str] = &["src", "dst", "src_dir_fd", "dst_dir_fd"];
    let sig = Sig {
        name,
        params: PARAMS,
        max_pos: 2,
        required: 2,
        pos_only: 0,
    };
    let v = sig.bind(vm, args, kw)?;
    let a = path_arg_as(vm, v[0].as_ref().unwrap_or(&Value::None), name, "src")?;
    let b = path_arg_as(vm, v[1].as_ref().unwrap_or(&Value::None), name, "dst")?;
    Ok((a, b))
}

/// An OSError naming both paths (`[Errno 2] No such file or directory: 'a' -> 'b'`).
fn os_error2(vm: &mut Vm, e: &std::io::Error, a: &Value, b: &Value) -> kaa_vm::PyErr {
    let Some(code) = e.raw_os_error() else {
        return os_error(vm, e, Some(a));
    };
    let cls = crate::io_file::os_error_class(vm, code);
    let msg = vm.new_string(crate::io_file::strerror(code));
    let args = vec![
        Value::Int(code as i64),
        msg,
        a.clone(),
        Value::None,
        b.clone(),
    ];
    vm.new_exc_args(&cls, args)
}

fn rename_as(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    name: &'static str,
) -> PyResult<Value> {
    let (a, b) = two_paths(vm, args, kw, name)?;
    std::fs::rename(&a.path, &b.path).map_err(|e| os_error2(vm, &e, &a.obj, &b.obj))?;
    Ok(Value::None)
}

fn rename(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    rename_as(vm, args, kw, "rename")
}

fn replace(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    rename_as(vm, args, kw, "replace")
}

fn symlink(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    // target_is_directory only matters on Windows; it is accepted and ignored.
    static PARAMS: &[&str] = &["src", "dst", "target_is_directory", "dir_fd"];
    let sig = Sig {
        name: "symlink",
        params: PARAMS,
        max_pos: 3,
        required: 2,
        pos_only: 0,
    };
    let v = sig.bind(vm, args, kw)?;
    let a = path_arg_as(vm, v[0].as_ref().unwrap_or(&Value::None), "symlink", "src")?;
    let b = path_arg_as(vm, v[1].as_ref().unwrap_or(&Value::None), "symlink", "dst")?;
    std::os::unix::fs::symlink(&a.path, &b.path).map_err(|e| os_error2(vm, &e, &a.obj, &b.obj))?;
    Ok(Value::None)
}

fn readlink(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let p = one_path(vm, args, kw, "readlink")?;
    let t = std::fs::read_link(&p.path).map_err(|e| os_error(vm, &e, Some(&p.obj)))?;
    Ok(name_value(vm, t.into_os_string(), p.bytes))
}

fn access(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    static PARAMS: &[&str] = &["path", "mode", "dir_fd", "effective_ids", "follow_symlinks"];
    let sig = Sig {
        name: "access",
        params: PARAMS,
        max_pos: 2,
        required: 2,
        pos_only: 0,
    };
    let v = sig.bind(vm, args, kw)?;
    let p = path_arg(vm, v[0].as_ref().unwrap_or(&Value::None), "access", false)?;
    let mode = vm.index_i64(v[1].as_ref().unwrap_or(&Value::None))?;
    let c = p.cstring(vm, "access")?;
    // SAFETY: a valid NUL-terminated path.
    let r = unsafe { libc::access(c.as_ptr(), mode as libc::c_int) };
    Ok(Value::Bool(r == 0))
}

fn chmod(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    use std::os::unix::fs::PermissionsExt;
    static PARAMS: &[&str] = &["path", "mode", "dir_fd", "follow_symlinks"];
    let sig = Sig {
        name: "chmod",
        params: PARAMS,
        max_pos: 2,
        required: 2,
        pos_only: 0,
    };
    let v = sig.bind(vm, args, kw)?;
    let p = path_arg(vm, v[0].as_ref().unwrap_or(&Value::None), "chmod", true)?;
    let mode = vm.index_i64(v[1].as_ref().unwrap_or(&Value::None))?;
    let perms = std::fs::Permissions::from_mode((mode & 0o7777) as u32);
    std::fs::set_permissions(&p.path, perms).map_err(|e| os_error(vm, &e, Some(&p.obj)))?;
    Ok(Value::None)
}

fn truncate(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    static PARAMS: &[&str] = &["path", "length"];
    let sig = Sig {
        name: "truncate",
        params: PARAMS,
        max_pos: 2,
        required: 2,
        pos_only: 0,
    };
    let v = sig.bind(vm, args, kw)?;
    let p = path_arg(vm, v[0].as_ref().unwrap_or(&Value::None), "truncate", true)?;
    let len = vm.index_i64(v[1].as_ref().unwrap_or(&Value::None))?;
    let c = p.cstring(vm, "truncate")?;
    // SAFETY: a valid NUL-terminated path.
    if unsafe { libc::truncate(c.as_ptr(), len as libc::off_t) } != 0 {
        return Err(last_os_error(vm, Some(&p.obj)));
    }
    Ok(Value::None)
}

fn link(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (a, b) = two_paths(vm, args, kw, "link")?;
    std::fs::hard_link(&a.path, &b.path).map_err(|e| os_error2(vm, &e, &a.obj, &b.obj))?;
    Ok(Value::None)
}

fn fspath(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    static PARAMS: &[&str] = &["path"];
    let sig = Sig {
        name: "fspath",
        params: PARAMS,
        max_pos: 1,
        required: 1,
        pos_only: 0,
    };
    let v = sig.bind(vm, args, kw)?;
    let p = v[0].clone().unwrap_or(Value::None);
    if matches!(p.payload(), Some(Payload::Str(_) | Payload::Bytes(_))) {
        return Ok(p);
    }
    let tp = vm.type_of(&p);
    if types::lookup(&tp, "__fspath__").is_some() {
        let r = vm
            .call_special(&p, "__fspath__", &[])?
            .unwrap_or(Value::None);
        if matches!(r.payload(), Some(Payload::Str(_) | Payload::Bytes(_))) {
            return Ok(r);
        }
        let n = vm.type_name(&p);
        let rn = vm.type_name(&r);
        return Err(vm.type_error(format!(
            "expected {n}.__fspath__() to return str or bytes, not {rn}"
        )));
    }
    let n = vm.type_name(&p);
    Err(vm.type_error(format!(
        "expected str, bytes or os.PathLike object, not {n}"
    )))
}

const CONSTANTS: &[(&str, i64)] = &[
    ("F_OK", libc::F_OK as i64),
    ("R_OK", libc::R_OK as i64),
    ("W_OK", libc::W_OK as i64),
    ("X_OK", libc::X_OK as i64),
    ("O_RDONLY", libc::O_RDONLY as i64),
    ("O_WRONLY", libc::O_WRONLY as i64),
    ("O_RDWR", libc::O_RDWR as i64),
    ("O_APPEND", libc::O_APPEND as i64),
    ("O_CREAT", libc::O_CREAT as i64),
    ("O_EXCL", libc::O_EXCL as i64),
    ("O_TRUNC", libc::O_TRUNC as i64),
    ("O_NOFOLLOW", libc::O_NOFOLLOW as i64),
    ("O_CLOEXEC", libc::O_CLOEXEC as i64),
    ("O_DIRECTORY", libc::O_DIRECTORY as i64),
    ("O_NONBLOCK", libc::O_NONBLOCK as i64),
    ("O_ACCMODE", libc::O_ACCMODE as i64),
    ("SEEK_SET", 0),
    ("SEEK_CUR", 1),
    ("SEEK_END", 2),
    ("EX_OK", 0),
];

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("posix");
    let funcs: &[(&'static str, NativeFn)] = &[
        ("getcwd", getcwd),
        ("getcwdb", getcwdb),
        ("chdir", chdir),
        ("mkdir", mkdir),
        ("rmdir", rmdir),
        ("unlink", unlink),
        ("remove", remove),
        ("listdir", listdir),
        ("rename", rename),
        ("replace", replace),
        ("symlink", symlink),
        ("readlink", readlink),
        ("access", access),
        ("chmod", chmod),
        ("open", crate::posix_fd::os_open),
        ("close", crate::posix_fd::close),
        ("write", crate::posix_fd::write),
        ("read", crate::posix_fd::read),
        ("lseek", crate::posix_fd::lseek),
        ("isatty", crate::posix_fd::isatty),
        ("ftruncate", crate::posix_fd::ftruncate),
        ("truncate", truncate),
        ("dup", crate::posix_fd::dup),
        ("link", link),
        ("uname", crate::posix_proc::uname),
        ("kill", crate::posix_proc::kill),
        ("pipe", crate::posix_fd::pipe),
        ("fsync", crate::posix_fd::fsync),
        ("get_terminal_size", crate::posix_fd::get_terminal_size),
        ("getgid", crate::posix_proc::getgid),
        ("geteuid", crate::posix_proc::geteuid),
        ("getegid", crate::posix_proc::getegid),
        ("getpid", crate::posix_proc::getpid),
        ("getppid", crate::posix_proc::getppid),
        ("getuid", crate::posix_proc::getuid),
        ("cpu_count", crate::posix_proc::cpu_count),
        ("urandom", crate::posix_proc::urandom),
        ("strerror", crate::posix_proc::strerror_fn),
        ("umask", crate::posix_proc::umask),
        ("fspath", fspath),
        ("putenv", crate::posix_proc::putenv),
        ("unsetenv", crate::posix_proc::unsetenv),
        ("_exit", crate::posix_proc::exit_now),
        ("stat", crate::posix_stat::stat),
        ("lstat", crate::posix_stat::lstat),
        ("fstat", crate::posix_stat::fstat),
        ("utime", crate::posix_stat::utime),
    ];
    add_functions(vm, &m, funcs);
    for (name, v) in CONSTANTS {
        vm.module_set(&m, name, Value::Int(*v));
    }
    let env = vm.new_dict();
    for (k, v) in std::env::vars_os() {
        let kb = vm.new_bytes(k.into_vec());
        let vb = vm.new_bytes(v.into_vec());
        kaa_vm::dict::set_item(vm, &env, kb, vb)?;
    }
    vm.module_set(&m, "environ", Value::Obj(env));
    let st = crate::posix_stat::stat_result_type(vm);
    vm.module_set(&m, "stat_result", Value::Obj(st));
    Ok(m)
}
