//! `posix.stat`, `lstat`, `fstat`, `utime` and `os.stat_result`: a tuple subclass of the ten
//! classic fields (integer times) whose float times (`st_mtime`), nanosecond times
//! (`st_mtime_ns`), `st_blksize`, `st_blocks` and `st_rdev` are attributes only, as CPython's.

use crate::io_file::os_error;
use crate::posix::path_arg;
use crate::util::Sig;
use kaa_vm::object::{ObjRef, Object, Payload};
use kaa_vm::types::{self, Layout};
use kaa_vm::{PyResult, Value, Vm};
use std::ffi::CString;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::MetadataExt;

thread_local! {
    static STAT_RESULT: crate::util::VmLocal<ObjRef> = const { crate::util::VmLocal::new() };
}

const FIELDS: [&str; 10] = [
    "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime",
    "st_mtime", "st_ctime",
];

macro_rules! field_getters {
    ($($g:ident = $i:expr),*) => {
        $(fn $g(vm: &mut Vm, v: &Value) -> PyResult<Value> { field(vm, v, $i) })*
        const GETTERS: [kaa_vm::object::Getter; 7] = [$($g),*];
    };
}

field_getters!(g0 = 0, g1 = 1, g2 = 2, g3 = 3, g4 = 4, g5 = 5, g6 = 6);

/// The attribute-only fields, kept in the instance dict.
const EXTRAS: [&str; 9] = [
    "st_atime",
    "st_mtime",
    "st_ctime",
    "st_atime_ns",
    "st_mtime_ns",
    "st_ctime_ns",
    "st_blksize",
    "st_blocks",
    "st_rdev",
];

macro_rules! extra_getters {
    ($($g:ident = $i:expr),*) => {
        $(fn $g(vm: &mut Vm, v: &Value) -> PyResult<Value> { extra(vm, v, EXTRAS[$i]) })*
        const EXTRA_GETTERS: [kaa_vm::object::Getter; 9] = [$($g),*];
    };
}

extra_getters!(
    e0 = 0,
    e1 = 1,
    e2 = 2,
    e3 = 3,
    e4 = 4,
    e5 = 5,
    e6 = 6,
    e7 = 7,
    e8 = 8
);

fn extra(vm: &mut Vm, v: &Value, name: &str) -> PyResult<Value> {
    let d = v.as_obj().and_then(|o| o.dict());
    Ok(d.and_then(|d| vm.dict_get_str(&d, name))
        .unwrap_or(Value::None))
}

fn readonly(vm: &mut Vm, _v: &Value, _new: Option<Value>) -> PyResult<()> {
    Err(vm.attribute_error("readonly attribute"))
}

fn field(vm: &mut Vm, v: &Value, i: usize) -> PyResult<Value> {
    match v.payload() {
        Some(Payload::Tuple(t)) => Ok(t.get(i).cloned().unwrap_or(Value::None)),
        _ => Err(vm.type_error("descriptor requires a 'os.stat_result' object")),
    }
}

pub fn stat_result_type(vm: &mut Vm) -> ObjRef {
    if let Some(t) = STAT_RESULT.with(|s| s.get(vm)) {
        return t;
    }
    let dict = vm.new_dict();
    let t = types::new_type(
        vm.types.type_.clone(),
        "stat_result",
        vec![vm.types.tuple.clone()],
        dict,
        Layout::Tuple,
        // A heap type so the VM's exact-tuple fast paths leave its repr to `__repr__`.
        types::FLAG_HAS_DICT | types::FLAG_HEAPTYPE,
    );
    types::set_linear_mro(&t);
    let module = vm.new_str("os");
    vm.type_dict_set(&t, "__module__", module);
    vm.add_method(&t, "__repr__", sr_repr);
    for (i, getter) in GETTERS.iter().enumerate() {
        kaa_vm::objects::typeobj::add_getset(vm, &t, FIELDS[i], *getter, Some(readonly));
    }
    for (i, getter) in EXTRA_GETTERS.iter().enumerate() {
        kaa_vm::objects::typeobj::add_getset(vm, &t, EXTRAS[i], *getter, Some(readonly));
    }
    vm.type_dict_set(&t, "n_fields", Value::Int(19));
    vm.type_dict_set(&t, "n_sequence_fields", Value::Int(10));
    vm.type_dict_set(&t, "n_unnamed_fields", Value::Int(3));
    STAT_RESULT.with(|s| s.set(vm, t.clone()));
    t
}

fn sr_repr(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let items = match args.first().and_then(|a| a.payload()) {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    };
    let mut parts = Vec::new();
    for (i, name) in FIELDS.iter().enumerate() {
        let r = vm.repr_string(items.get(i).unwrap_or(&Value::None))?;
        parts.push(format!("{name}={r}"));
    }
    Ok(vm.new_string(format!("os.stat_result({})", parts.join(", "))))
}

fn make_stat(vm: &mut Vm, m: &std::fs::Metadata) -> Value {
    let t = stat_result_type(vm);
    let items = vec![
        Value::Int(m.mode() as i64),
        vm.new_int(m.ino().into()),
        vm.new_int(m.dev().into()),
        Value::Int(m.nlink() as i64),
        Value::Int(m.uid() as i64),
        Value::Int(m.gid() as i64),
        Value::Int(m.size() as i64),
        Value::Int(m.atime()),
        Value::Int(m.mtime()),
        Value::Int(m.ctime()),
    ];
    let o = Object::with_dict(t, Payload::Tuple(items.into()), vm.new_dict());
    if let Some(d) = o.dict() {
        let times = [
            ("atime", m.atime(), m.atime_nsec()),
            ("mtime", m.mtime(), m.mtime_nsec()),
            ("ctime", m.ctime(), m.ctime_nsec()),
        ];
        for (name, s, ns) in times {
            let f = s as f64 + ns as f64 * 1e-9;
            vm.dict_set_str(&d, &format!("st_{name}"), Value::Float(f));
            let total = i128::from(s) * 1_000_000_000 + i128::from(ns);
            let v = vm.new_int(total.into());
            vm.dict_set_str(&d, &format!("st_{name}_ns"), v);
        }
        vm.dict_set_str(&d, "st_blksize", Value::Int(m.blksize() as i64));
        vm.dict_set_str(&d, "st_blocks", Value::Int(m.blocks() as i64));
        let rdev = vm.new_int(m.rdev().into());
        vm.dict_set_str(&d, "st_rdev", rdev);
    }
    Value::Obj(o)
}

fn fd_metadata(vm: &mut Vm, fd: i64) -> PyResult<std::fs::Metadata> {
    use std::os::fd::FromRawFd;
    let Ok(fd) = i32::try_from(fd) else {
        return Err(vm.overflow_error("fd is greater than maximum"));
    };
    if fd < 0 {
        let e = std::io::Error::from_raw_os_error(libc::EBADF);
        return Err(os_error(vm, &e, None));
    }
    // SAFETY: the File is never dropped (ManuallyDrop), so the caller's descriptor stays open.
    let f = std::mem::ManuallyDrop::new(unsafe { std::fs::File::from_raw_fd(fd) });
    f.metadata().map_err(|e| os_error(vm, &e, None))
}

fn stat_common(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    name: &'static str,
    follow_default: bool,
) -> PyResult<Value> {
    static PARAMS: &[&str] = &["path", "dir_fd", "follow_symlinks"];
    let sig = Sig {
        name,
        params: PARAMS,
        max_pos: 1,
        required: 1,
        pos_only: 0,
    };
    let v = sig.bind(vm, args, kw)?;
    let p = v[0].clone().unwrap_or(Value::None);
    if let (Value::Int(fd), "stat") = (&p, name) {
        let m = fd_metadata(vm, *fd)?;
        return Ok(make_stat(vm, &m));
    }
    let follow = match &v[2] {
        Some(f) => vm.truthy(f)?,
        None => follow_default,
    };
    let pa = path_arg(vm, &p, name, name == "stat")?;
    let r = if follow {
        std::fs::metadata(&pa.path)
    } else {
        std::fs::symlink_metadata(&pa.path)
    };
    match r {
        Ok(m) => Ok(make_stat(vm, &m)),
        Err(e) => Err(os_error(vm, &e, Some(&pa.obj))),
    }
}

pub fn stat(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    stat_common(vm, args, kw, "stat", true)
}

pub fn lstat(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    stat_common(vm, args, kw, "lstat", false)
}

pub fn fstat(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    static PARAMS: &[&str] = &["fd"];
    let sig = Sig {
        name: "fstat",
        params: PARAMS,
        max_pos: 1,
        required: 1,
        pos_only: 0,
    };
    let v = sig.bind(vm, args, kw)?;
    let fd = vm.index_i64(v[0].as_ref().unwrap_or(&Value::None))?;
    let m = fd_metadata(vm, fd)?;
    Ok(make_stat(vm, &m))
}

/// A time in seconds (int or float) as a timespec, rounding towards minus infinity.
fn timespec_of(vm: &mut Vm, v: &Value) -> PyResult<libc::timespec> {
    let f = match v {
        Value::Int(i) => {
            return Ok(libc::timespec {
                tv_sec: *i as libc::time_t,
                tv_nsec: 0,
            })
        }
        Value::Float(f) => *f,
        _ => crate::util::to_f64(vm, v)?,
    };
    if !f.is_finite() {
        return Err(vm.value_error("Invalid value NaN (not a number)"));
    }
    let sec = f.floor();
    let mut ns = ((f - sec) * 1e9).floor() as i64;
    let mut s = sec as i64;
    if ns >= 1_000_000_000 {
        ns -= 1_000_000_000;
        s += 1;
    }
    Ok(libc::timespec {
        tv_sec: s as libc::time_t,
        tv_nsec: ns as _,
    })
}

fn pair(v: &Value) -> Option<(Value, Value)> {
    match v.payload() {
        Some(Payload::Tuple(t)) if t.len() == 2 => Some((t[0].clone(), t[1].clone())),
        _ => None,
    }
}

pub fn utime(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    static PARAMS: &[&str] = &["path", "times", "ns", "dir_fd", "follow_symlinks"];
    let sig = Sig {
        name: "utime",
        params: PARAMS,
        max_pos: 2,
        required: 1,
        pos_only: 0,
    };
    let v = sig.bind(vm, args, kw)?;
    let p = path_arg(vm, v[0].as_ref().unwrap_or(&Value::None), "utime", true)?;
    let times = v[1].clone().filter(|t| !t.is_none());
    let ns = v[2].clone();
    if times.is_some() && ns.is_some() {
        return Err(vm.value_error("utime: you may specify either 'times' or 'ns' but not both"));
    }
    let follow = match &v[4] {
        Some(f) => vm.truthy(f)?,
        None => true,
    };
    let now = libc::timespec {
        tv_sec: 0,
        tv_nsec: libc::UTIME_NOW,
    };
    let mut ts = [now, now];
    if let Some(t) = times {
        let Some((a, m)) = pair(&t) else {
            return Err(vm.type_error("utime: 'times' must be either a tuple of two ints or None"));
        };
        ts[0] = timespec_of(vm, &a)?;
        ts[1] = timespec_of(vm, &m)?;
    } else if let Some(n) = ns {
        let Some((a, m)) = pair(&n) else {
            return Err(vm.type_error("utime: 'ns' must be a tuple of two ints"));
        };
        for (i, x) in [a, m].iter().enumerate() {
            let big = crate::util::to_bigint_index(vm, x)?;
            let billion = num_bigint::BigInt::from(1_000_000_000);
            let (q, r) = num_integer::Integer::div_mod_floor(&big, &billion);
            let s = i64::try_from(q).map_err(|_| vm.overflow_error("timestamp too large"))?;
            let r = i64::try_from(r).unwrap_or(0);
            ts[i] = libc::timespec {
                tv_sec: s as libc::time_t,
                tv_nsec: r as _,
            };
        }
    }
    let c = CString::new(p.path.as_os_str().as_bytes())
        .map_err(|_| vm.value_error("utime: embedded null character in path"))?;
    let flags = if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
    // SAFETY: a valid path and two timespecs.
    let r = unsafe { libc::utimensat(libc::AT_FDCWD, c.as_ptr(), ts.as_ptr(), flags) };
    if r != 0 {
        let e = std::io::Error::last_os_error();
        // CPython 3.11 reports utime failures without the file name.
        return Err(os_error(vm, &e, None));
    }
    Ok(Value::None)
}
