//! `posix`'s process and environment functions: ids (`getpid`, `getuid`...), `uname`,
//! `kill`, `cpu_count`, `urandom`, `strerror`, `umask`, `putenv`/`unsetenv` (with CPython's
//! checks, so the Rust runtime never sees an invalid name) and `_exit`.

use crate::io_file::os_error;
use crate::posix::{last_os_error, noargs, zeroed_buffer};
use crate::posix_fd::fd_arg;
use kaa_vm::object::Payload;
use kaa_vm::{PyResult, Value, Vm};
use std::ffi::OsString;
use std::os::unix::ffi::{OsStrExt, OsStringExt};

pub fn getpid(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    noargs(vm, "getpid", args, kw)?;
    Ok(Value::Int(std::process::id() as i64))
}

pub fn getppid(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    noargs(vm, "getppid", args, kw)?;
    // SAFETY: getppid cannot fail.
    Ok(Value::Int(unsafe { libc::getppid() } as i64))
}

pub fn getuid(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    noargs(vm, "getuid", args, kw)?;
    // SAFETY: getuid cannot fail.
    Ok(Value::Int(unsafe { libc::getuid() } as i64))
}

pub fn getgid(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    noargs(vm, "getgid", args, kw)?;
    // SAFETY: getgid cannot fail.
    Ok(Value::Int(unsafe { libc::getgid() } as i64))
}

pub fn geteuid(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    noargs(vm, "geteuid", args, kw)?;
    // SAFETY: geteuid cannot fail.
    Ok(Value::Int(unsafe { libc::geteuid() } as i64))
}

pub fn getegid(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    noargs(vm, "getegid", args, kw)?;
    // SAFETY: getegid cannot fail.
    Ok(Value::Int(unsafe { libc::getegid() } as i64))
}

pub fn uname(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    noargs(vm, "uname", args, kw)?;
    // SAFETY: utsname is plain data; uname fills it in.
    let mut u: libc::utsname = unsafe { std::mem::zeroed() };
    // SAFETY: a valid, writable utsname.
    if unsafe { libc::uname(&mut u) } != 0 {
        return Err(last_os_error(vm, None));
    }
    let field = |f: &[libc::c_char]| {
        let bytes: Vec<u8> = f
            .iter()
            .take_while(|&&c| c != 0)
            .map(|&c| c as u8)
            .collect();
        String::from_utf8_lossy(&bytes).into_owned()
    };
    let items = [
        field(&u.sysname),
        field(&u.nodename),
        field(&u.release),
        field(&u.version),
        field(&u.machine),
    ];
    let vals = items.into_iter().map(|s| vm.new_string(s)).collect();
    Ok(vm.new_tuple(vals))
}

pub fn kill(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = crate::util::pos_args(vm, "kill", "kill", args, kw, 2, 2)?;
    let pid = vm.index_i64(&a[0])?;
    let sig = fd_arg(vm, &a[1])?;
    // SAFETY: kill only sends a signal; failures are reported through errno.
    if unsafe { libc::kill(pid as libc::pid_t, sig) } != 0 {
        return Err(last_os_error(vm, None));
    }
    Ok(Value::None)
}

pub fn cpu_count(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    noargs(vm, "cpu_count", args, kw)?;
    Ok(match std::thread::available_parallelism() {
        Ok(n) => Value::Int(n.get() as i64),
        Err(_) => Value::None,
    })
}

pub fn urandom(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    use std::io::Read;
    let a = crate::util::pos_args(vm, "urandom", "urandom", args, kw, 1, 1)?;
    let n = vm.index_i64(&a[0])?;
    if n < 0 {
        return Err(vm.value_error("negative argument not allowed"));
    }
    let mut buf = zeroed_buffer(vm, n as usize)?;
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut buf))
        .map_err(|e| os_error(vm, &e, None))?;
    Ok(vm.new_bytes(buf))
}

pub fn strerror_fn(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = crate::util::pos_args(vm, "strerror", "strerror", args, kw, 1, 1)?;
    let code = fd_arg(vm, &a[0])?;
    Ok(vm.new_string(crate::io_file::strerror(code)))
}

pub fn umask(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = crate::util::pos_args(vm, "umask", "umask", args, kw, 1, 1)?;
    let m = vm.index_i64(&a[0])?;
    // SAFETY: umask cannot fail.
    Ok(Value::Int(unsafe { libc::umask(m as libc::mode_t) } as i64))
}

fn env_bytes(vm: &mut Vm, v: &Value, what: &str) -> PyResult<OsString> {
    match v.payload() {
        Some(Payload::Bytes(b)) => Ok(OsString::from_vec(b.to_vec())),
        Some(Payload::Str(s)) => Ok(OsString::from(s.as_str())),
        _ => {
            let n = vm.type_name(v);
            Err(vm.type_error(format!(
                "{what}: expected str, bytes or os.PathLike object, not {n}"
            )))
        }
    }
}

pub fn putenv(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = crate::util::pos_args(vm, "putenv", "putenv", args, kw, 2, 2)?;
    let k = env_bytes(vm, &a[0], "putenv")?;
    let v = env_bytes(vm, &a[1], "putenv")?;
    if k.is_empty() || k.as_bytes().contains(&b'=') {
        return Err(vm.value_error("illegal environment variable name"));
    }
    if k.as_bytes().contains(&0) || v.as_bytes().contains(&0) {
        return Err(vm.value_error("embedded null byte"));
    }
    std::env::set_var(k, v);
    Ok(Value::None)
}

pub fn unsetenv(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = crate::util::pos_args(vm, "unsetenv", "unsetenv", args, kw, 1, 1)?;
    let k = env_bytes(vm, &a[0], "unsetenv")?;
    if k.is_empty() || k.as_bytes().contains(&b'=') {
        return Err(vm.value_error("illegal environment variable name"));
    }
    if k.as_bytes().contains(&0) {
        return Err(vm.value_error("embedded null byte"));
    }
    std::env::remove_var(k);
    Ok(Value::None)
}

pub fn exit_now(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = crate::util::pos_args(vm, "_exit", "_exit", args, kw, 1, 1)?;
    let code = fd_arg(vm, &a[0])?;
    std::process::exit(code)
}
