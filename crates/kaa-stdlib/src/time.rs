//! The `time` module (CPython 3.11): clocks (`time`, `time_ns`, `monotonic`, `perf_counter`,
//! `process_time`, `thread_time` and their `_ns` forms), `sleep`, and calendar conversions
//! through the C library as CPython does them (`gmtime`, `localtime`, `mktime`, `strftime`,
//! `asctime`, `ctime`) with `time.struct_time` — a tuple subclass of 9 fields plus the
//! `tm_zone`/`tm_gmtoff` attributes — and the `timezone`/`altzone`/`daylight`/`tzname`
//! constants computed from January and July of the current year.

use crate::util::{add_functions, one_arg, to_f64};
use kaa_vm::object::{NativeFn, ObjRef, Object, Payload};
use kaa_vm::objects::num::{as_int, IntRef};
use kaa_vm::types::{self, Layout};
use kaa_vm::{PyResult, Value, Vm};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

extern "C" {
    fn tzset();
}

const FIELDS: [&str; 9] = [
    "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst",
];

thread_local! {
    static START: Instant = Instant::now();
    static STRUCT_TIME: crate::util::VmLocal<ObjRef> = const { crate::util::VmLocal::new() };
}

fn no_args(vm: &mut Vm, name: &str, args: &[Value], kw: &[(Value, Value)]) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!("time.{name}() takes no keyword arguments")));
    }
    if !args.is_empty() {
        return Err(vm.type_error(format!(
            "time.{name}() takes no arguments ({} given)",
            args.len()
        )));
    }
    Ok(())
}

fn since_epoch() -> Duration {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
}

fn mono() -> Duration {
    // Instants are monotonic; offset them by a fixed origin to get CPython-like magnitudes.
    START.with(|s| s.elapsed()) + Duration::from_secs(1000)
}

fn clock(id: libc::clockid_t) -> Duration {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid, writable timespec.
    let r = unsafe { libc::clock_gettime(id, &mut ts) };
    if r != 0 {
        return Duration::ZERO;
    }
    Duration::new(ts.tv_sec.max(0) as u64, ts.tv_nsec.max(0) as u32)
}

fn secs(d: Duration) -> Value {
    Value::Float(d.as_secs_f64())
}

fn nanos(vm: &Vm, d: Duration) -> Value {
    vm.new_int(num_bigint::BigInt::from(d.as_nanos()))
}

macro_rules! clock_fns {
    ($($f:ident, $fns:ident, $name:literal, $src:expr;)*) => {
        $(
            fn $f(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
                no_args(vm, $name, args, kw)?;
                Ok(secs($src))
            }
            fn $fns(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
                no_args(vm, concat!($name, "_ns"), args, kw)?;
                Ok(nanos(vm, $src))
            }
        )*
    };
}

clock_fns! {
    t_time, t_time_ns, "time", since_epoch();
    t_monotonic, t_monotonic_ns, "monotonic", mono();
    t_perf_counter, t_perf_counter_ns, "perf_counter", mono();
    t_process_time, t_process_time_ns, "process_time", clock(libc::CLOCK_PROCESS_CPUTIME_ID);
    t_thread_time, t_thread_time_ns, "thread_time", clock(libc::CLOCK_THREAD_CPUTIME_ID);
}

fn t_sleep(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = one_arg(vm, "time.sleep", args, kw)?;
    let s = match &a {
        Value::Float(f) => *f,
        _ if as_int(&a).is_some() => to_f64(vm, &a)?,
        _ => {
            let tp = vm.type_of(&a);
            if types::lookup(&tp, "__float__").is_some() {
                to_f64(vm, &a)?
            } else {
                vm.index_i64(&a)? as f64
            }
        }
    };
    if s.is_nan() {
        return Err(vm.value_error("Invalid value NaN (not a number)"));
    }
    if s < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    if s > 1e12 {
        return Err(vm.overflow_error("sleep length is too large"));
    }
    kaa_vm::sysmod::flush_stdout(vm);
    std::thread::sleep(Duration::from_secs_f64(s));
    Ok(Value::None)
}

// ---- struct_time ----------------------------------------------------------------------------

fn struct_time_type(vm: &mut Vm) -> ObjRef {
    if let Some(t) = STRUCT_TIME.with(|s| s.get(vm)) {
        return t;
    }
    let dict = vm.new_dict();
    let t = types::new_type(
        vm.types.type_.clone(),
        "struct_time",
        vec![vm.types.tuple.clone()],
        dict,
        Layout::Tuple,
        // Marked as a heap type so the VM's fast paths for exact built-in tuples (which
        // key on "not a heap type") leave its repr to `__repr__`.
        types::FLAG_HAS_DICT | types::FLAG_HEAPTYPE,
    );
    types::set_linear_mro(&t);
    let module = vm.new_str("time");
    vm.type_dict_set(&t, "__module__", module);
    vm.add_method(&t, "__repr__", st_repr);
    vm.add_method(&t, "__reduce__", st_reduce);
    crate::util::set_new(vm, &t, st_new);
    for (i, name) in FIELDS.iter().enumerate() {
        let getter: kaa_vm::object::Getter = GETTERS[i];
        kaa_vm::objects::typeobj::add_getset(vm, &t, name, getter, None);
    }
    kaa_vm::objects::typeobj::add_getset(vm, &t, "tm_zone", get_zone, None);
    kaa_vm::objects::typeobj::add_getset(vm, &t, "tm_gmtoff", get_gmtoff, None);
    vm.type_dict_set(&t, "n_fields", Value::Int(11));
    vm.type_dict_set(&t, "n_sequence_fields", Value::Int(9));
    vm.type_dict_set(&t, "n_unnamed_fields", Value::Int(0));
    STRUCT_TIME.with(|s| s.set(vm, t.clone()));
    t
}

macro_rules! field_getters {
    ($($g:ident = $i:expr),*) => {
        $(fn $g(vm: &mut Vm, v: &Value) -> PyResult<Value> { field(vm, v, $i) })*
        const GETTERS: [kaa_vm::object::Getter; 9] = [$($g),*];
    };
}

field_getters!(
    g0 = 0,
    g1 = 1,
    g2 = 2,
    g3 = 3,
    g4 = 4,
    g5 = 5,
    g6 = 6,
    g7 = 7,
    g8 = 8
);

fn field(vm: &mut Vm, v: &Value, i: usize) -> PyResult<Value> {
    match v.payload() {
        Some(Payload::Tuple(t)) => Ok(t.get(i).cloned().unwrap_or(Value::None)),
        _ => Err(vm.type_error("descriptor requires a 'time.struct_time' object")),
    }
}

fn extra(vm: &mut Vm, v: &Value, name: &str) -> PyResult<Value> {
    let d = v.as_obj().and_then(|o| o.dict());
    Ok(d.and_then(|d| vm.dict_get_str(&d, name))
        .unwrap_or(Value::None))
}

fn get_zone(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    extra(vm, v, "tm_zone")
}

fn get_gmtoff(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    extra(vm, v, "tm_gmtoff")
}

fn make_struct_time(vm: &mut Vm, items: Vec<Value>, zone: Value, gmtoff: Value) -> Value {
    let t = struct_time_type(vm);
    let o = Object::with_dict(t, Payload::Tuple(items.into()), vm.new_dict());
    if let Some(d) = o.dict() {
        vm.dict_set_str(&d, "tm_zone", zone);
        vm.dict_set_str(&d, "tm_gmtoff", gmtoff);
    }
    Value::Obj(o)
}

fn st_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let seq = match (args.get(1), crate::util::kwarg(kw, "sequence")) {
        (Some(s), _) => s.clone(),
        (None, Some(s)) => s,
        _ => {
            return Err(vm.type_error("struct_time() missing required argument 'sequence' (pos 1)"))
        }
    };
    let items = vm.iterate(&seq)?;
    let n = items.len();
    if n < 9 {
        return Err(vm.type_error(format!(
            "time.struct_time() takes an at least 9-sequence ({n}-sequence given)"
        )));
    }
    if n > 11 {
        return Err(vm.type_error(format!(
            "time.struct_time() takes an at most 11-sequence ({n}-sequence given)"
        )));
    }
    let zone = items.get(9).cloned().unwrap_or(Value::None);
    let off = items.get(10).cloned().unwrap_or(Value::None);
    Ok(make_struct_time(vm, items[..9].to_vec(), zone, off))
}

fn st_repr(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let items = match args[0].payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    };
    let mut parts = Vec::new();
    for (i, name) in FIELDS.iter().enumerate() {
        let r = vm.repr_string(items.get(i).unwrap_or(&Value::None))?;
        parts.push(format!("{name}={r}"));
    }
    Ok(vm.new_string(format!("time.struct_time({})", parts.join(", "))))
}

fn st_reduce(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let t = Value::Obj(struct_time_type(vm));
    let items = match args[0].payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    };
    let tup = vm.new_tuple(items);
    let inner = vm.new_tuple(vec![tup]);
    Ok(vm.new_pair(t, inner))
}

// ---- conversions through the C library --------------------------------------------------------

fn empty_tm() -> libc::tm {
    libc::tm {
        tm_sec: 0,
        tm_min: 0,
        tm_hour: 0,
        tm_mday: 0,
        tm_mon: 0,
        tm_year: 0,
        tm_wday: 0,
        tm_yday: 0,
        tm_isdst: 0,
        tm_gmtoff: 0,
        tm_zone: std::ptr::null(),
    }
}

fn zone_name(tm: &libc::tm) -> String {
    if tm.tm_zone.is_null() {
        return String::new();
    }
    // SAFETY: the C library sets tm_zone to a NUL-terminated string that lives as long as
    // the process's time-zone data.
    unsafe { std::ffi::CStr::from_ptr(tm.tm_zone) }
        .to_string_lossy()
        .into_owned()
}

fn tm_to_struct(vm: &mut Vm, tm: &libc::tm) -> Value {
    let items = vec![
        Value::Int(tm.tm_year as i64 + 1900),
        Value::Int(tm.tm_mon as i64 + 1),
        Value::Int(tm.tm_mday as i64),
        Value::Int(tm.tm_hour as i64),
        Value::Int(tm.tm_min as i64),
        Value::Int(tm.tm_sec as i64),
        Value::Int((tm.tm_wday as i64 + 6) % 7),
        Value::Int(tm.tm_yday as i64 + 1),
        Value::Int(tm.tm_isdst as i64),
    ];
    let z = zone_name(tm);
    let zone = vm.new_string(z);
    make_struct_time(vm, items, zone, Value::Int(tm.tm_gmtoff))
}

/// The `secs` argument of gmtime/localtime/ctime: None for now, else floored seconds.
fn time_t_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<libc::time_t> {
    let v = match v {
        None | Some(Value::None) => return Ok(since_epoch().as_secs() as libc::time_t),
        Some(v) => v,
    };
    let f = match v {
        Value::Float(f) => *f,
        _ => match as_int(v) {
            Some(IntRef::Small(i)) => return Ok(i as libc::time_t),
            Some(IntRef::Big(_)) => {
                return Err(vm.overflow_error("timestamp out of range for platform time_t"))
            }
            None => {
                let tp = vm.type_of(v);
                if types::lookup(&tp, "__float__").is_some() {
                    to_f64(vm, v)?
                } else {
                    return Ok(vm.index_i64(v)? as libc::time_t);
                }
            }
        },
    };
    if f.is_nan() {
        return Err(vm.value_error("Invalid value NaN (not a number)"));
    }
    let fl = f.floor();
    if !(-9.2e18..9.2e18).contains(&fl) {
        return Err(vm.overflow_error("timestamp out of range for platform time_t"));
    }
    Ok(fl as libc::time_t)
}

fn opt_arg<'a>(
    vm: &mut Vm,
    name: &str,
    args: &'a [Value],
    kw: &[(Value, Value)],
) -> PyResult<Option<&'a Value>> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!("time.{name}() takes no keyword arguments")));
    }
    if args.len() > 1 {
        return Err(vm.type_error(format!(
            "{name} expected at most 1 argument, got {}",
            args.len()
        )));
    }
    Ok(args.first())
}

fn t_gmtime(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = opt_arg(vm, "gmtime", args, kw)?;
    let t = time_t_arg(vm, a)?;
    let mut tm = empty_tm();
    // SAFETY: valid pointers to a time_t and a tm.
    if unsafe { libc::gmtime_r(&t, &mut tm) }.is_null() {
        return Err(vm.overflow_error("timestamp out of range for platform time_t"));
    }
    Ok(tm_to_struct(vm, &tm))
}

fn localtime_tm(vm: &mut Vm, t: libc::time_t) -> PyResult<libc::tm> {
    let mut tm = empty_tm();
    // SAFETY: valid pointers to a time_t and a tm; tzset has no preconditions.
    if unsafe {
        tzset();
        libc::localtime_r(&t, &mut tm)
    }
    .is_null()
    {
        return Err(vm.overflow_error("timestamp out of range for platform time_t"));
    }
    Ok(tm)
}

fn t_localtime(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = opt_arg(vm, "localtime", args, kw)?;
    let t = time_t_arg(vm, a)?;
    let tm = localtime_tm(vm, t)?;
    Ok(tm_to_struct(vm, &tm))
}

/// A 9-tuple (or struct_time) as a C `tm`, checked as CPython's `gettmarg` does.
fn tuple_to_tm(vm: &mut Vm, v: &Value, fname: &str) -> PyResult<(libc::tm, Option<String>)> {
    let items = match v.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => {
            let n = vm.type_name(v);
            return Err(vm.type_error(format!(
                "Tuple or struct_time argument required{}",
                if fname.is_empty() {
                    String::new()
                } else {
                    format!(" (got {n})")
                }
            )));
        }
    };
    if items.len() != 9 {
        return Err(vm.type_error(format!("{fname}(): illegal time tuple argument")));
    }
    let mut f = [0i64; 9];
    for (i, it) in items.iter().enumerate() {
        f[i] = match it {
            Value::Float(_) => {
                return Err(vm.type_error("'float' object cannot be interpreted as an integer"))
            }
            _ => vm.index_i64(it)?,
        };
    }
    let mut tm = empty_tm();
    tm.tm_year = (f[0] - 1900).clamp(i32::MIN as i64, i32::MAX as i64) as i32;
    tm.tm_mon = (f[1] - 1) as i32;
    tm.tm_mday = f[2] as i32;
    tm.tm_hour = f[3] as i32;
    tm.tm_min = f[4] as i32;
    tm.tm_sec = f[5] as i32;
    tm.tm_wday = ((f[6] + 1).rem_euclid(7)) as i32;
    tm.tm_yday = (f[7] - 1) as i32;
    tm.tm_isdst = f[8] as i32;
    let mut zone = None;
    if let Some(d) = v.as_obj().and_then(|o| o.dict()) {
        if let Some(z) = vm.dict_get_str(&d, "tm_zone") {
            zone = z.as_str().map(|s| s.to_string());
        }
        if let Some(Value::Int(off)) = vm.dict_get_str(&d, "tm_gmtoff") {
            tm.tm_gmtoff = off;
        }
    }
    Ok((tm, zone))
}

/// CPython's range checks before strftime/asctime.
fn check_tm(vm: &mut Vm, tm: &mut libc::tm, for_strftime: bool) -> PyResult<()> {
    if for_strftime {
        if tm.tm_mon == -1 {
            tm.tm_mon = 0;
        }
        if tm.tm_mday == 0 {
            tm.tm_mday = 1;
        }
        if tm.tm_yday == -1 {
            tm.tm_yday = 0;
        }
    }
    if !(0..=11).contains(&tm.tm_mon) {
        return Err(vm.value_error("month out of range"));
    }
    if !(1..=31).contains(&tm.tm_mday) {
        return Err(vm.value_error("day of month out of range"));
    }
    if !(0..=23).contains(&tm.tm_hour) {
        return Err(vm.value_error("hour out of range"));
    }
    if !(0..=59).contains(&tm.tm_min) {
        return Err(vm.value_error("minute out of range"));
    }
    if !(0..=61).contains(&tm.tm_sec) {
        return Err(vm.value_error("seconds out of range"));
    }
    if tm.tm_wday < 0 {
        return Err(vm.value_error("day of week out of range"));
    }
    if !(0..=365).contains(&tm.tm_yday) {
        return Err(vm.value_error("day of year out of range"));
    }
    if for_strftime && tm.tm_isdst < -1 {
        tm.tm_isdst = -1;
    } else if for_strftime && tm.tm_isdst > 1 {
        tm.tm_isdst = 1;
    }
    Ok(())
}

fn t_strftime(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("time.strftime() takes no keyword arguments"));
    }
    if args.is_empty() || args.len() > 2 {
        return Err(vm.type_error(format!(
            "strftime expected at {} 2 arguments, got {}",
            if args.is_empty() { "least" } else { "most" },
            args.len()
        )));
    }
    let Some(fmt) = args[0].as_str().map(|s| s.to_string()) else {
        let n = vm.type_name(&args[0]);
        return Err(vm.type_error(format!("strftime() argument 1 must be str, not {n}")));
    };
    let (mut tm, zone) = match args.get(1) {
        Some(v) => tuple_to_tm(vm, v, "strftime")?,
        None => {
            let t = since_epoch().as_secs() as libc::time_t;
            (localtime_tm(vm, t)?, None)
        }
    };
    check_tm(vm, &mut tm, true)?;
    let zone_c = zone.and_then(|z| std::ffi::CString::new(z).ok());
    if let Some(z) = &zone_c {
        tm.tm_zone = z.as_ptr();
    }
    if fmt.contains('\0') {
        return Err(vm.value_error("embedded null character"));
    }
    let mut out = String::new();
    // strftime cannot tell an empty result from a too-small buffer; format pieces between
    // '%' directives one at a time, as a marker-terminated string.
    let Ok(cfmt) = std::ffi::CString::new(format!("{fmt}\u{1}")) else {
        return Err(vm.value_error("embedded null character"));
    };
    let mut cap = 256usize.max(fmt.len() * 8);
    loop {
        let mut buf = vec![0u8; cap];
        // SAFETY: the buffer holds `cap` bytes; the format and tm are valid.
        let n = unsafe {
            libc::strftime(
                buf.as_mut_ptr() as *mut libc::c_char,
                cap,
                cfmt.as_ptr(),
                &tm,
            )
        };
        if n > 0 {
            buf.truncate(n - 1);
            out.push_str(&String::from_utf8_lossy(&buf));
            break;
        }
        if cap > 1 << 20 {
            break;
        }
        cap *= 4;
    }
    Ok(vm.new_string(out))
}

const DAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

fn asctime_of(tm: &libc::tm) -> String {
    format!(
        "{} {} {:2} {:02}:{:02}:{:02} {}",
        DAYS[tm.tm_wday.rem_euclid(7) as usize],
        MONTHS[tm.tm_mon.rem_euclid(12) as usize],
        tm.tm_mday,
        tm.tm_hour,
        tm.tm_min,
        tm.tm_sec,
        tm.tm_year as i64 + 1900
    )
}

fn t_asctime(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = opt_arg(vm, "asctime", args, kw)?;
    let mut tm = match a {
        Some(v) => tuple_to_tm(vm, v, "asctime")?.0,
        None => {
            let t = since_epoch().as_secs() as libc::time_t;
            localtime_tm(vm, t)?
        }
    };
    check_tm(vm, &mut tm, false)?;
    Ok(vm.new_string(asctime_of(&tm)))
}

fn t_ctime(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = opt_arg(vm, "ctime", args, kw)?;
    let t = time_t_arg(vm, a)?;
    let tm = localtime_tm(vm, t)?;
    Ok(vm.new_string(asctime_of(&tm)))
}

fn t_mktime(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = one_arg(vm, "time.mktime", args, kw)?;
    let (mut tm, _) = tuple_to_tm(vm, &a, "mktime")?;
    tm.tm_wday = -1;
    // SAFETY: tm is a valid, writable struct.
    let t = unsafe {
        tzset();
        libc::mktime(&mut tm)
    };
    if t == -1 && tm.tm_wday == -1 {
        return Err(vm.overflow_error("mktime argument out of range"));
    }
    Ok(Value::Float(t as f64))
}

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("time");
    let funcs: &[(&'static str, NativeFn)] = &[
        ("time", t_time),
        ("time_ns", t_time_ns),
        ("monotonic", t_monotonic),
        ("monotonic_ns", t_monotonic_ns),
        ("perf_counter", t_perf_counter),
        ("perf_counter_ns", t_perf_counter_ns),
        ("process_time", t_process_time),
        ("process_time_ns", t_process_time_ns),
        ("thread_time", t_thread_time),
        ("thread_time_ns", t_thread_time_ns),
        ("sleep", t_sleep),
        ("gmtime", t_gmtime),
        ("localtime", t_localtime),
        ("strftime", t_strftime),
        ("asctime", t_asctime),
        ("ctime", t_ctime),
        ("mktime", t_mktime),
    ];
    add_functions(vm, &m, funcs);
    let st = struct_time_type(vm);
    vm.module_set(&m, "struct_time", Value::Obj(st));
    // Time-zone constants from January and July of the current year.
    let now = since_epoch().as_secs() as libc::time_t;
    let year_tm = localtime_tm(vm, now)?;
    let mut jan = empty_tm();
    jan.tm_year = year_tm.tm_year;
    jan.tm_mday = 1;
    jan.tm_isdst = -1;
    let mut jul = jan;
    jul.tm_mon = 6;
    // SAFETY: valid, writable tm structs.
    let (tj, tl) = unsafe { (libc::mktime(&mut jan), libc::mktime(&mut jul)) };
    let jan = localtime_tm(vm, tj)?;
    let jul = localtime_tm(vm, tl)?;
    let (jo, lo) = (-jan.tm_gmtoff, -jul.tm_gmtoff);
    let (jz, lz) = (zone_name(&jan), zone_name(&jul));
    let (std_off, dst_off, std_name, dst_name) = if jo < lo {
        (lo, jo, lz, jz)
    } else {
        (jo, lo, jz, lz)
    };
    vm.module_set(&m, "timezone", Value::Int(std_off));
    vm.module_set(&m, "altzone", Value::Int(dst_off));
    vm.module_set(&m, "daylight", Value::Int((jo != lo) as i64));
    let names = vec![vm.new_string(std_name), vm.new_string(dst_name)];
    let tn = vm.new_tuple(names);
    vm.module_set(&m, "tzname", tn);
    Ok(m)
}
