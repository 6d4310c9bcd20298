//! The text-like methods shared by bytes and bytearray (CPython 3.11's `bytes` API):
//! `decode`, `hex`/`fromhex`, searching (`count`, `find`, `index`, `rfind`, `rindex`,
//! `startswith`, `endswith`), `join`, `split`/`rsplit`/`splitlines`, stripping,
//! `replace`, `partition`/`rpartition`, ASCII case mapping and predicates, padding,
//! `expandtabs`, `removeprefix`/`removesuffix`, `translate` and `maketrans`. Results have
//! the type of `self` (bytes or bytearray); whitespace and case are ASCII-only, as in
//! CPython.

use super::argcheck::{self, adjust_indices, slice_index};
use super::bytesobj::{
    base_name, buffer_arg, bytes_like, find_sub, is_bytearray, new_like, rfind_sub, self_data,
};
use crate::object::Payload;
use crate::types;
use crate::value::Value;
use crate::{PyResult, Vm};

/// CPython's `Py_ISSPACE` (ASCII whitespace, without `\x1c`-`\x1f`).
fn is_ws(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

fn qual(v: &Value, name: &str) -> String {
    format!("{}.{name}", base_name(v))
}

fn out(vm: &Vm, this: &Value, data: Vec<u8>) -> Value {
    new_like(vm, is_bytearray(this), data)
}

// ---- decode / hex -------------------------------------------------------------------------

fn decode(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let b = argcheck::bind(vm, args, kw, "decode", &["encoding", "errors"], 0)?;
    let enc = super::str_case::named_str_arg(
        vm,
        b.first().cloned().flatten(),
        "decode",
        "encoding",
        "utf-8",
    )?;
    let errors = super::str_case::named_str_arg(
        vm,
        b.get(1).cloned().flatten(),
        "decode",
        "errors",
        "strict",
    )?;
    let data = self_data(vm, &args[0], "decode")?;
    let s = super::codecs::decode(vm, &data, &enc, &errors)?;
    Ok(vm.new_string(s))
}

/// `hex(sep=None, bytes_per_sep=1)` of some bytes (shared with memoryview).
pub fn hex_impl(
    vm: &mut Vm,
    data: &[u8],
    args: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<Value> {
    let b = argcheck::bind(vm, args, kw, "hex", &["sep", "bytes_per_sep"], 0)?;
    let sep = match b.first().cloned().flatten() {
        None => None,
        Some(v) => {
            let sb: Vec<u8> = if let Some(s) = v.as_str() {
                if s.chars().count() != 1 {
                    return Err(vm.value_error("sep must be length 1."));
                }
                if !s.is_ascii() {
                    return Err(vm.value_error("sep must be ASCII."));
                }
                s.as_bytes().to_vec()
            } else if let Some(bs) = bytes_like(&v) {
                bs
            } else {
                let n = vm.type_name(&v);
                return Err(vm.type_error(format!("sep must be str or bytes, not {n}")));
            };
            if sb.len() != 1 {
                return Err(vm.value_error("sep must be length 1."));
            }
            if !sb[0].is_ascii() {
                return Err(vm.value_error("sep must be ASCII."));
            }
            Some(sb[0] as char)
        }
    };
    let per = match b.get(1).cloned().flatten() {
        None => 1,
        Some(v) => {
            let i = vm.index(&v)?;
            let n = argcheck::clamp_int(&i);
            if i32::try_from(n).is_err() {
                return Err(vm.overflow_error("Python int too large to convert to C int"));
            }
            n
        }
    };
    let digits: Vec<String> = data.iter().map(|b| format!("{b:02x}")).collect();
    let Some(sep) = sep.filter(|_| per != 0 && !data.is_empty()) else {
        return Ok(vm.new_string(digits.concat()));
    };
    let group = per.unsigned_abs() as usize;
    let mut s = String::with_capacity(data.len() * 3);
    let n = data.len();
    for (i, d) in digits.iter().enumerate() {
        if i > 0 {
            // Groups counted from the right for a positive count, from the left otherwise.
            let boundary = if per > 0 {
                (n - i).is_multiple_of(group)
            } else {
                i.is_multiple_of(group)
            };
            if boundary {
                s.push(sep);
            }
        }
        s.push_str(d);
    }
    Ok(vm.new_string(s))
}

fn hex(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let data = self_data(vm, &args[0], "hex")?;
    hex_impl(vm, &data, args, kw)
}

fn fromhex(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(cls) = args.first().cloned() else {
        return Err(vm.type_error("fromhex() needs a class"));
    };
    let cname = match cls.as_obj() {
        Some(c) if types::is_subtype(c, &vm.types.bytearray) => "bytearray",
        _ => "bytes",
    };
    let s = argcheck::one_arg(vm, args, kw, &format!("{cname}.fromhex"))?.clone();
    let Some(text) = s.as_str() else {
        let n = vm.type_name(&s);
        return Err(vm.type_error(format!("fromhex() argument must be str, not {n}")));
    };
    let chars: Vec<char> = text.chars().collect();
    let mut outb = Vec::with_capacity(chars.len() / 2);
    let mut i = 0;
    let bad = |vm: &mut Vm, pos: usize| {
        vm.value_error(format!(
            "non-hexadecimal number found in fromhex() arg at position {pos}"
        ))
    };
    while i < chars.len() {
        if matches!(chars[i], ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c') {
            i += 1;
            continue;
        }
        let Some(hi) = chars[i].to_digit(16).filter(|_| chars[i].is_ascii()) else {
            return Err(bad(vm, i));
        };
        let lo = chars
            .get(i + 1)
            .and_then(|c| c.to_digit(16).filter(|_| c.is_ascii()));
        let Some(lo) = lo else {
            return Err(bad(vm, i + 1));
        };
        outb.push((hi * 16 + lo) as u8);
        i += 2;
    }
    let cls_obj = cls.as_obj().cloned();
    match cls_obj {
        Some(c) if std::rc::Rc::ptr_eq(&c, &vm.types.bytes) => Ok(vm.new_bytes(outb)),
        Some(c) if std::rc::Rc::ptr_eq(&c, &vm.types.bytearray) => {
            Ok(super::bytesobj::new_bytearray(vm, outb))
        }
        _ => {
            let b = vm.new_bytes(outb);
            vm.call(&cls, &[b])
        }
    }
}

// ---- searching ----------------------------------------------------------------------------

/// The needle of find/count/index: an int byte or a bytes-like object.
fn needle(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_like(v) {
        return Ok(b);
    }
    let tp = vm.type_of(v);
    if types::lookup(&tp, "__index__").is_some() {
        return Ok(vec![super::bytesobj::byte_value(vm, v)?]);
    }
    let n = vm.type_name(v);
    Err(vm.type_error(format!(
        "argument should be integer or bytes-like object, not '{n}'"
    )))
}

struct Search {
    data: Vec<u8>,
    sub: Vec<u8>,
    start: usize,
    end: usize,
}

fn search_args(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)], name: &str) -> PyResult<Search> {
    let q = qual(&args[0], name);
    argcheck::tuple_args(vm, args, kw, &q, name, 1, 3)?;
    let sub = needle(vm, &args[1])?;
    let start = slice_index(vm, args.get(2))?;
    let end = slice_index(vm, args.get(3))?;
    let data = self_data(vm, &args[0], name)?;
    let (start, end) = adjust_indices(start, end, data.len());
    Ok(Search {
        data,
        sub,
        start,
        end,
    })
}

fn find_impl(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    name: &str,
    rev: bool,
) -> PyResult<Option<usize>> {
    let s = search_args(vm, args, kw, name)?;
    if s.start > s.end || s.end - s.start < s.sub.len() {
        return Ok(None);
    }
    let hay = &s.data[s.start..s.end];
    let r = if rev {
        rfind_sub(hay, &s.sub)
    } else {
        find_sub(hay, &s.sub, 0)
    };
    Ok(r.map(|i| i + s.start))
}

fn find(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let r = find_impl(vm, args, kw, "find", false)?;
    Ok(Value::Int(r.map(|i| i as i64).unwrap_or(-1)))
}
fn rfind(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let r = find_impl(vm, args, kw, "rfind", true)?;
    Ok(Value::Int(r.map(|i| i as i64).unwrap_or(-1)))
}
fn index(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    match find_impl(vm, args, kw, "index", false)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error("subsection not found")),
    }
}
fn rindex(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    match find_impl(vm, args, kw, "rindex", true)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error("subsection not found")),
    }
}

/// Non-overlapping occurrences of a non-empty `sub`.
fn count_sub(hay: &[u8], sub: &[u8]) -> usize {
    let mut n = 0;
    let mut i = 0;
    while let Some(p) = find_sub(hay, sub, i) {
        n += 1;
        i = p + sub.len();
    }
    n
}

fn count(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = search_args(vm, args, kw, "count")?;
    if s.start > s.end || s.end - s.start < s.sub.len() {
        return Ok(Value::Int(0));
    }
    let n = if s.sub.is_empty() {
        s.end - s.start + 1
    } else {
        count_sub(&s.data[s.start..s.end], &s.sub)
    };
    Ok(Value::Int(n as i64))
}

fn startswith_impl(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    name: &str,
    ends: bool,
) -> PyResult<Value> {
    let q = qual(&args[0], name);
    argcheck::tuple_args(vm, args, kw, &q, name, 1, 3)?;
    let start = slice_index(vm, args.get(2))?;
    let end = slice_index(vm, args.get(3))?;
    let data = self_data(vm, &args[0], name)?;
    let (start, end) = adjust_indices(start, end, data.len());
    let prefix = args[1].clone();
    let matches = |p: &[u8]| {
        start <= end
            && end - start >= p.len()
            && if ends {
                data[start..end].ends_with(p)
            } else {
                data[start..end].starts_with(p)
            }
    };
    if let Some(Payload::Tuple(t)) = prefix.payload() {
        for item in t.iter() {
            let p = buffer_arg(vm, item)?;
            if matches(&p) {
                return Ok(Value::Bool(true));
            }
        }
        return Ok(Value::Bool(false));
    }
    match bytes_like(&prefix) {
        Some(p) => Ok(Value::Bool(matches(&p))),
        None => {
            let n = vm.type_name(&prefix);
            Err(vm.type_error(format!(
                "{name} first arg must be bytes or a tuple of bytes, not {n}"
            )))
        }
    }
}

fn startswith(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    startswith_impl(vm, args, kw, "startswith", false)
}
fn endswith(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    startswith_impl(vm, args, kw, "endswith", true)
}

// ---- join / split -------------------------------------------------------------------------

fn join(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let q = qual(&args[0], "join");
    let iterable = argcheck::one_arg(vm, args, kw, &q)?.clone();
    let sep = self_data(vm, &args[0], "join")?;
    if !vm.is_iterable(&iterable) {
        return Err(vm.type_error("can only join an iterable"));
    }
    let items = vm.iterate(&iterable)?;
    let mut r = Vec::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            r.extend_from_slice(&sep);
        }
        match bytes_like(it) {
            Some(b) => r.extend_from_slice(&b),
            None => {
                let n = vm.type_name(it);
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected a bytes-like object, {n} found"
                )));
            }
        }
    }
    Ok(out(vm, &args[0], r))
}

fn split_args(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    name: &str,
) -> PyResult<(Option<Vec<u8>>, i64)> {
    let b = argcheck::bind(vm, args, kw, name, &["sep", "maxsplit"], 0)?;
    let sep = match b.first().cloned().flatten() {
        None | Some(Value::None) => None,
        Some(v) => {
            let s = buffer_arg(vm, &v)?;
            if s.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            Some(s)
        }
    };
    let maxsplit = match b.get(1).cloned().flatten() {
        Some(v) => argcheck::ssize_arg(vm, &v)?,
        None => -1,
    };
    Ok((sep, if maxsplit < 0 { i64::MAX } else { maxsplit }))
}

fn pieces(vm: &Vm, this: &Value, parts: Vec<&[u8]>) -> Value {
    let items: Vec<Value> = parts
        .into_iter()
        .map(|p| out(vm, this, p.to_vec()))
        .collect();
    vm.new_list(items)
}

fn split(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (sep, maxsplit) = split_args(vm, args, kw, "split")?;
    let data = self_data(vm, &args[0], "split")?;
    let mut parts: Vec<&[u8]> = Vec::new();
    match &sep {
        Some(sep) => {
            let mut i = 0;
            let mut n = 0;
            while n < maxsplit {
                match find_sub(&data, sep, i) {
                    Some(p) => {
                        parts.push(&data[i..p]);
                        i = p + sep.len();
                        n += 1;
                    }
                    None => break,
                }
            }
            parts.push(&data[i..]);
        }
        None => {
            let mut i = 0;
            let mut n = 0;
            let len = data.len();
            loop {
                while i < len && is_ws(data[i]) {
                    i += 1;
                }
                if i >= len {
                    break;
                }
                if n >= maxsplit {
                    parts.push(&data[i..]);
                    break;
                }
                let st = i;
                while i < len && !is_ws(data[i]) {
                    i += 1;
                }
                parts.push(&data[st..i]);
                n += 1;
            }
        }
    }
    Ok(pieces(vm, &args[0], parts))
}

fn rsplit(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (sep, maxsplit) = split_args(vm, args, kw, "rsplit")?;
    let data = self_data(vm, &args[0], "rsplit")?;
    let mut parts: Vec<&[u8]> = Vec::new();
    match &sep {
        Some(sep) => {
            let mut end = data.len();
            let mut n = 0;
            while n < maxsplit {
                match rfind_sub(&data[..end], sep) {
                    Some(p) => {
                        parts.push(&data[p + sep.len()..end]);
                        end = p;
                        n += 1;
                    }
                    None => break,
                }
            }
            parts.push(&data[..end]);
        }
        None => {
            let mut e = data.len();
            let mut n = 0;
            loop {
                while e > 0 && is_ws(data[e - 1]) {
                    e -= 1;
                }
                if e == 0 {
                    break;
                }
                if n >= maxsplit {
                    parts.push(&data[..e]);
                    break;
                }
                let en = e;
                while e > 0 && !is_ws(data[e - 1]) {
                    e -= 1;
                }
                parts.push(&data[e..en]);
                n += 1;
            }
        }
    }
    parts.reverse();
    Ok(pieces(vm, &args[0], parts))
}

fn splitlines(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let keepends = super::str_case::keepends_arg(vm, args, kw)?;
    let data = self_data(vm, &args[0], "splitlines")?;
    let mut parts: Vec<&[u8]> = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < data.len() {
        let c = data[i];
        if c == b'\n' || c == b'\r' {
            let mut end = i + 1;
            if c == b'\r' && data.get(i + 1) == Some(&b'\n') {
                end += 1;
            }
            parts.push(&data[start..if keepends { end } else { i }]);
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    if start < data.len() {
        parts.push(&data[start..]);
    }
    Ok(pieces(vm, &args[0], parts))
}

fn partition_impl(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    rev: bool,
) -> PyResult<Value> {
    let name = if rev { "rpartition" } else { "partition" };
    let q = qual(&args[0], name);
    let sep_v = argcheck::one_arg(vm, args, kw, &q)?.clone();
    let sep = buffer_arg(vm, &sep_v)?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let data = self_data(vm, &args[0], name)?;
    let found = if rev {
        rfind_sub(&data, &sep)
    } else {
        find_sub(&data, &sep, 0)
    };
    let ba = is_bytearray(&args[0]);
    let items = match found {
        Some(i) => vec![
            new_like(vm, ba, data[..i].to_vec()),
            new_like(vm, ba, sep.clone()),
            new_like(vm, ba, data[i + sep.len()..].to_vec()),
        ],
        None => {
            let whole = new_like(vm, ba, data.clone());
            let e1 = new_like(vm, ba, Vec::new());
            let e2 = new_like(vm, ba, Vec::new());
            if rev {
                vec![e1, e2, whole]
            } else {
                vec![whole, e1, e2]
            }
        }
    };
    Ok(vm.new_tuple(items))
}

fn partition(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    partition_impl(vm, args, kw, false)
}
fn rpartition(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    partition_impl(vm, args, kw, true)
}

// ---- strip / replace / affixes ---------------------------------------------------------------

fn strip_impl(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    name: &str,
    left: bool,
    right: bool,
) -> PyResult<Value> {
    let q = qual(&args[0], name);
    argcheck::positional(vm, args, kw, &q, name, 0, 1)?;
    let chars: Option<Vec<u8>> = match args.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(buffer_arg(vm, v)?),
    };
    let data = self_data(vm, &args[0], name)?;
    let strip = |b: u8| match &chars {
        None => is_ws(b),
        Some(set) => set.contains(&b),
    };
    let mut s = 0;
    let mut e = data.len();
    if left {
        while s < e && strip(data[s]) {
            s += 1;
        }
    }
    if right {
        while e > s && strip(data[e - 1]) {
            e -= 1;
        }
    }
    if s == 0
        && e == data.len()
        && args[0]
            .as_obj()
            .is_some_and(|o| o.class_is(&vm.types.bytes))
    {
        return Ok(args[0].clone());
    }
    Ok(out(vm, &args[0], data[s..e].to_vec()))
}

fn strip(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    strip_impl(vm, args, kw, "strip", true, true)
}
fn lstrip(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    strip_impl(vm, args, kw, "lstrip", true, false)
}
fn rstrip(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    strip_impl(vm, args, kw, "rstrip", false, true)
}

fn replace(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let q = qual(&args[0], "replace");
    argcheck::positional(vm, args, kw, &q, "replace", 2, 3)?;
    let old = buffer_arg(vm, &args[1])?;
    let new = buffer_arg(vm, &args[2])?;
    let cnt = match args.get(3) {
        Some(c) => argcheck::ssize_arg(vm, c)?,
        None => -1,
    };
    let cnt = if cnt < 0 { usize::MAX } else { cnt as usize };
    let data = self_data(vm, &args[0], "replace")?;
    let mut r = Vec::with_capacity(data.len());
    let mut done = 0;
    if old.is_empty() {
        for i in 0..=data.len() {
            if done < cnt {
                r.extend_from_slice(&new);
                done += 1;
            }
            if let Some(&b) = data.get(i) {
                r.push(b);
            }
        }
    } else {
        let mut i = 0;
        while done < cnt {
            match find_sub(&data, &old, i) {
                Some(p) => {
                    r.extend_from_slice(&data[i..p]);
                    r.extend_from_slice(&new);
                    i = p + old.len();
                    done += 1;
                }
                None => break,
            }
        }
        r.extend_from_slice(&data[i..]);
    }
    Ok(out(vm, &args[0], r))
}

fn remove_affix(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    suffix: bool,
) -> PyResult<Value> {
    let name = if suffix {
        "removesuffix"
    } else {
        "removeprefix"
    };
    let q = qual(&args[0], name);
    let a = argcheck::one_arg(vm, args, kw, &q)?.clone();
    let affix = buffer_arg(vm, &a)?;
    let data = self_data(vm, &args[0], name)?;
    let r = if suffix {
        data.strip_suffix(affix.as_slice())
    } else {
        data.strip_prefix(affix.as_slice())
    };
    let r = match r {
        Some(t) if !affix.is_empty() => t.to_vec(),
        _ => {
            if args[0]
                .as_obj()
                .is_some_and(|o| o.class_is(&vm.types.bytes))
            {
                return Ok(args[0].clone());
            }
            data.clone()
        }
    };
    Ok(out(vm, &args[0], r))
}

fn removeprefix(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    remove_affix(vm, args, kw, false)
}
fn removesuffix(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    remove_affix(vm, args, kw, true)
}

// ---- case mapping and predicates (ASCII) ---------------------------------------------------

fn title_bytes(d: &[u8]) -> Vec<u8> {
    let mut prev = false;
    d.iter()
        .map(|&c| {
            let r = if prev {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            };
            prev = c.is_ascii_alphabetic();
            r
        })
        .collect()
}

fn capitalize_bytes(d: &[u8]) -> Vec<u8> {
    d.iter()
        .enumerate()
        .map(|(i, &c)| {
            if i == 0 {
                c.to_ascii_uppercase()
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect()
}

fn swapcase_bytes(d: &[u8]) -> Vec<u8> {
    d.iter()
        .map(|&c| {
            if c.is_ascii_uppercase() {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            }
        })
        .collect()
}

macro_rules! map_method {
    ($fname:ident, $name:literal, $f:expr) => {
        fn $fname(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
            let q = qual(&args[0], $name);
            argcheck::no_args(vm, args, kw, &q)?;
            let d = self_data(vm, &args[0], $name)?;
            let f: fn(&[u8]) -> Vec<u8> = $f;
            let r = f(&d);
            Ok(out(vm, &args[0], r))
        }
    };
}

map_method!(upper, "upper", |d| d.to_ascii_uppercase());
map_method!(lower, "lower", |d| d.to_ascii_lowercase());
map_method!(swapcase, "swapcase", swapcase_bytes);
map_method!(title, "title", title_bytes);
map_method!(capitalize, "capitalize", capitalize_bytes);

fn pred_istitle(d: &[u8]) -> bool {
    let mut cased = false;
    let mut prev = false;
    for &c in d {
        if c.is_ascii_uppercase() {
            if prev {
                return false;
            }
            prev = true;
            cased = true;
        } else if c.is_ascii_lowercase() {
            if !prev {
                return false;
            }
            prev = true;
            cased = true;
        } else {
            prev = false;
        }
    }
    cased
}

macro_rules! predicate {
    ($fname:ident, $name:literal, $f:expr) => {
        fn $fname(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
            let q = qual(&args[0], $name);
            argcheck::no_args(vm, args, kw, &q)?;
            let d = self_data(vm, &args[0], $name)?;
            let f: fn(&[u8]) -> bool = $f;
            Ok(Value::Bool(f(&d)))
        }
    };
}

predicate!(isalnum, "isalnum", |d| !d.is_empty()
    && d.iter().all(u8::is_ascii_alphanumeric));
predicate!(isalpha, "isalpha", |d| !d.is_empty()
    && d.iter().all(u8::is_ascii_alphabetic));
predicate!(isascii, "isascii", |d| d.is_ascii());
predicate!(isdigit, "isdigit", |d| !d.is_empty()
    && d.iter().all(u8::is_ascii_digit));
predicate!(isspace, "isspace", |d| !d.is_empty()
    && d.iter().all(|&c| is_ws(c)));
predicate!(islower, "islower", |d| d.iter().any(u8::is_ascii_lowercase)
    && !d.iter().any(u8::is_ascii_uppercase));
predicate!(isupper, "isupper", |d| d.iter().any(u8::is_ascii_uppercase)
    && !d.iter().any(u8::is_ascii_lowercase));
predicate!(istitle, "istitle", pred_istitle);

// ---- padding / tabs ---------------------------------------------------------------------------

fn fill_byte(vm: &mut Vm, v: Option<&Value>, name: &str) -> PyResult<u8> {
    let Some(v) = v else { return Ok(b' ') };
    match v.payload() {
        Some(Payload::Bytes(b)) if b.len() == 1 => Ok(b[0]),
        Some(Payload::ByteArray(b)) if b.borrow().len() == 1 => Ok(b.borrow()[0]),
        _ => {
            let n = vm.type_name(v);
            Err(vm.type_error(format!(
                "{name}() argument 2 must be a byte string of length 1, not {n}"
            )))
        }
    }
}

fn justify(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)], name: &str) -> PyResult<Value> {
    let q = qual(&args[0], name);
    argcheck::positional(vm, args, kw, &q, name, 1, 2)?;
    let width = argcheck::ssize_arg(vm, &args[1])?;
    let fill = fill_byte(vm, args.get(2), name)?;
    let data = self_data(vm, &args[0], name)?;
    let len = data.len() as i64;
    if width <= len {
        if args[0]
            .as_obj()
            .is_some_and(|o| o.class_is(&vm.types.bytes))
        {
            return Ok(args[0].clone());
        }
        return Ok(out(vm, &args[0], data));
    }
    super::str_case::check_size(vm, width as u128)?;
    let marg = (width - len) as usize;
    let (l, r) = match name {
        "ljust" => (0, marg),
        "rjust" => (marg, 0),
        "zfill" => (marg, 0),
        _ => {
            let l = marg / 2 + (marg & (width as usize) & 1);
            (l, marg - l)
        }
    };
    let mut v = Vec::with_capacity(width as usize);
    if name == "zfill" {
        let (sign, rest) = match data.first() {
            Some(&c @ (b'+' | b'-')) => (Some(c), &data[1..]),
            _ => (None, &data[..]),
        };
        v.extend(sign);
        v.resize(v.len() + l, b'0');
        v.extend_from_slice(rest);
    } else {
        v.resize(l, fill);
        v.extend_from_slice(&data);
        v.resize(v.len() + r, fill);
    }
    Ok(out(vm, &args[0], v))
}

fn center(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    justify(vm, args, kw, "center")
}
fn ljust(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    justify(vm, args, kw, "ljust")
}
fn rjust(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    justify(vm, args, kw, "rjust")
}
fn zfill(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let q = qual(&args[0], "zfill");
    argcheck::one_arg(vm, args, kw, &q)?;
    justify(vm, args, &[], "zfill")
}

fn expandtabs(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let b = argcheck::bind(vm, args, kw, "expandtabs", &["tabsize"], 0)?;
    let tabsize = match b.first().cloned().flatten() {
        Some(v) => argcheck::ssize_arg(vm, &v)?,
        None => 8,
    };
    let data = self_data(vm, &args[0], "expandtabs")?;
    let mut r = Vec::with_capacity(data.len());
    let mut col: u128 = 0;
    for &c in &data {
        match c {
            b'\t' => {
                if tabsize > 0 {
                    let ts = tabsize as u128;
                    let incr = ts - col % ts;
                    col += incr;
                    if r.len() as u128 + incr > (1u128 << 32) {
                        return Err(vm.overflow_error("result too long"));
                    }
                    r.resize(r.len() + incr as usize, b' ');
                }
            }
            b'\n' | b'\r' => {
                col = 0;
                r.push(c);
            }
            _ => {
                col += 1;
                r.push(c);
            }
        }
    }
    Ok(out(vm, &args[0], r))
}

// ---- translate / maketrans --------------------------------------------------------------------

fn translate(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let b = argcheck::bind(vm, args, kw, "translate", &["table", "delete"], 1)?;
    let table = match b.first().cloned().flatten() {
        None | Some(Value::None) => None,
        Some(t) => {
            let t = buffer_arg(vm, &t)?;
            if t.len() != 256 {
                return Err(vm.value_error("translation table must be 256 characters long"));
            }
            Some(t)
        }
    };
    let delete = match b.get(1).cloned().flatten() {
        None => Vec::new(),
        Some(d) => buffer_arg(vm, &d)?,
    };
    let data = self_data(vm, &args[0], "translate")?;
    let r: Vec<u8> = data
        .iter()
        .filter(|c| !delete.contains(c))
        .map(|&c| {
            table
                .as_ref()
                .and_then(|t| t.get(c as usize).copied())
                .unwrap_or(c)
        })
        .collect();
    Ok(out(vm, &args[0], r))
}

fn maketrans(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("maketrans() takes no keyword arguments"));
    }
    if args.len() != 2 {
        let n = args.len();
        return Err(vm.type_error(format!("maketrans expected 2 arguments, got {n}")));
    }
    let frm = buffer_arg(vm, &args[0])?;
    let to = buffer_arg(vm, &args[1])?;
    if frm.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut t: Vec<u8> = (0..=255u8).collect();
    for (a, b) in frm.iter().zip(to.iter()) {
        if let Some(slot) = t.get_mut(*a as usize) {
            *slot = *b;
        }
    }
    Ok(vm.new_bytes(t))
}

pub fn init(vm: &mut Vm) {
    let ms: &[(&'static str, crate::object::NativeFn)] = &[
        ("decode", decode),
        ("hex", hex),
        ("count", count),
        ("find", find),
        ("rfind", rfind),
        ("index", index),
        ("rindex", rindex),
        ("startswith", startswith),
        ("endswith", endswith),
        ("join", join),
        ("split", split),
        ("rsplit", rsplit),
        ("splitlines", splitlines),
        ("partition", partition),
        ("rpartition", rpartition),
        ("strip", strip),
        ("lstrip", lstrip),
        ("rstrip", rstrip),
        ("replace", replace),
        ("removeprefix", removeprefix),
        ("removesuffix", removesuffix),
        ("upper", upper),
        ("lower", lower),
        ("swapcase", swapcase),
        ("title", title),
        ("capitalize", capitalize),
        ("isalnum", isalnum),
        ("isalpha", isalpha),
        ("isascii", isascii),
        ("isdigit", isdigit),
        ("isspace", isspace),
        ("islower", islower),
        ("isupper", isupper),
        ("istitle", istitle),
        ("center", center),
        ("ljust", ljust),
        ("rjust", rjust),
        ("zfill", zfill),
        ("expandtabs", expandtabs),
        ("translate", translate),
    ];
    let bt = vm.types.bytes.clone();
    let ba = vm.types.bytearray.clone();
    for t in [&bt, &ba] {
        for (n, f) in ms {
            vm.add_method(t, n, *f);
        }
        vm.add_classmethod(t, "fromhex", fromhex);
        vm.add_staticmethod(t, "maketrans", maketrans);
    }
}
