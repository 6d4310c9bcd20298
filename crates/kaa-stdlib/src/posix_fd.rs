//! `posix`'s file-descriptor functions: `open` (always close-on-exec, as CPython's), `read`,
//! `write`, `lseek`, `ftruncate`, `dup`, `isatty`, `close`; errors are OSErrors without a
//! file name except for `open`.

use crate::posix::{arg, last_os_error, path_arg};
use crate::util::Sig;
use kaa_vm::{PyResult, Value, Vm};

pub(crate) fn fd_arg(vm: &mut Vm, v: &Value) -> PyResult<libc::c_int> {
    let n = vm.index_i64(v)?;
    libc::c_int::try_from(n).map_err(|_| vm.overflow_error("fd is greater than maximum"))
}

pub fn os_open(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    static PARAMS: &[&str] = &["path", "flags", "mode", "dir_fd"];
    let sig = Sig {
        name: "open",
        params: PARAMS,
        max_pos: 3,
        required: 2,
        pos_only: 0,
    };
    let v = sig.bind(vm, args, kw)?;
    let p = path_arg(vm, v[0].as_ref().unwrap_or(&Value::None), "open", false)?;
    let flags = fd_arg(vm, v[1].as_ref().unwrap_or(&Value::None))?;
    let mode = match arg(&v, 2) {
        Some(m) => vm.index_i64(m)?,
        None => 0o777,
    };
    let c = p.cstring(vm, "open")?;
    // SAFETY: a valid NUL-terminated path; the descriptor is handed to Python.
    let fd = unsafe { libc::open(c.as_ptr(), flags | libc::O_CLOEXEC, mode as libc::c_uint) };
    if fd < 0 {
        return Err(last_os_error(vm, Some(&p.obj)));
    }
    Ok(Value::Int(fd as i64))
}

pub fn close(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = crate::util::pos_args(vm, "close", "close", args, kw, 1, 1)?;
    let fd = fd_arg(vm, &a[0])?;
    // SAFETY: closing a descriptor number; an invalid one fails with EBADF.
    if unsafe { libc::close(fd) } != 0 {
        return Err(last_os_error(vm, None));
    }
    Ok(Value::None)
}

pub fn write(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = crate::util::pos_args(vm, "write", "write", args, kw, 2, 2)?;
    let fd = fd_arg(vm, &a[0])?;
    let data = crate::io::bytes_of(vm, &a[1])?;
    // SAFETY: the buffer is valid for data.len() bytes.
    let n = unsafe { libc::write(fd, data.as_ptr().cast(), data.len()) };
    if n < 0 {
        return Err(last_os_error(vm, None));
    }
    Ok(Value::Int(n as i64))
}

pub fn read(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = crate::util::pos_args(vm, "read", "read", args, kw, 2, 2)?;
    let fd = fd_arg(vm, &a[0])?;
    let n = vm.index_i64(&a[1])?;
    if n < 0 {
        let c = vm.types.os_error.clone();
        let msg = vm.new_string(crate::io_file::strerror(libc::EINVAL));
        return Err(vm.new_exc_args(&c, vec![Value::Int(libc::EINVAL as i64), msg]));
    }
    let mut buf = crate::posix::zeroed_buffer(vm, n as usize)?;
    // SAFETY: the buffer is valid for buf.len() bytes.
    let got = unsafe { libc::read(fd, buf.as_mut_ptr().cast(), buf.len()) };
    if got < 0 {
        return Err(last_os_error(vm, None));
    }
    buf.truncate(got as usize);
    Ok(vm.new_bytes(buf))
}

pub fn lseek(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = crate::util::pos_args(vm, "lseek", "lseek", args, kw, 3, 3)?;
    let fd = fd_arg(vm, &a[0])?;
    let pos = vm.index_i64(&a[1])?;
    let how = fd_arg(vm, &a[2])?;
    // SAFETY: lseek on a descriptor number; failures are reported through errno.
    let r = unsafe { libc::lseek(fd, pos as libc::off_t, how) };
    if r < 0 {
        return Err(last_os_error(vm, None));
    }
    Ok(Value::Int(r as i64))
}

pub fn isatty(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = crate::util::pos_args(vm, "isatty", "isatty", args, kw, 1, 1)?;
    let fd = fd_arg(vm, &a[0])?;
    // SAFETY: isatty only inspects the descriptor.
    Ok(Value::Bool(unsafe { libc::isatty(fd) } == 1))
}

pub fn ftruncate(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = crate::util::pos_args(vm, "ftruncate", "ftruncate", args, kw, 2, 2)?;
    let fd = fd_arg(vm, &a[0])?;
    let len = vm.index_i64(&a[1])?;
    // SAFETY: ftruncate on a descriptor number; failures are reported through errno.
    if unsafe { libc::ftruncate(fd, len as libc::off_t) } != 0 {
        return Err(last_os_error(vm, None));
    }
    Ok(Value::None)
}

pub fn dup(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = crate::util::pos_args(vm, "dup", "dup", args, kw, 1, 1)?;
    let fd = fd_arg(vm, &a[0])?;
    // SAFETY: duplicating a descriptor number; the new one is close-on-exec as CPython's.
    let r = unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) };
    if r < 0 {
        return Err(last_os_error(vm, None));
    }
    Ok(Value::Int(r as i64))
}

/// `get_terminal_size(fd=1)` as a (columns, lines) tuple; os.py wraps it in `terminal_size`.
pub fn get_terminal_size(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = crate::util::pos_args(vm, "get_terminal_size", "get_terminal_size", args, kw, 0, 1)?;
    let fd = match a.first() {
        Some(v) => fd_arg(vm, v)?,
        None => 1,
    };
    let mut ws = libc::winsize {
        ws_row: 0,
        ws_col: 0,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    // SAFETY: TIOCGWINSZ writes one winsize into the struct we own.
    if unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut ws) } != 0 {
        return Err(last_os_error(vm, None));
    }
    Ok(vm.new_tuple(vec![
        Value::Int(ws.ws_col as i64),
        Value::Int(ws.ws_row as i64),
    ]))
}

/// `pipe()`: a (read, write) pair of close-on-exec descriptors.
pub fn pipe(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    crate::posix::noargs(vm, "pipe", args, kw)?;
    let mut fds = [0 as libc::c_int; 2];
    // SAFETY: pipe2 writes two descriptors into the array we own.
    if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } != 0 {
        return Err(last_os_error(vm, None));
    }
    Ok(vm.new_pair(Value::Int(fds[0] as i64), Value::Int(fds[1] as i64)))
}

/// `fsync(fd)`: also accepts an object with `fileno()`.
pub fn fsync(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = crate::util::pos_args(vm, "fsync", "fsync", args, kw, 1, 1)?;
    let v = if crate::util::is_int(&a[0]) {
        a[0].clone()
    } else {
        vm.call_method(&a[0], "fileno", &[])?
    };
    let fd = fd_arg(vm, &v)?;
    // SAFETY: fsync on a descriptor number; failures are reported through errno.
    if unsafe { libc::fsync(fd) } != 0 {
        return Err(last_os_error(vm, None));
    }
    Ok(Value::None)
}
