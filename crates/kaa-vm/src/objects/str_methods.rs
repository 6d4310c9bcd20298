//! The methods of str that search, split and assemble text (CPython 3.11's `str` API):
//! `join`, `split`/`rsplit`, `strip`/`lstrip`/`rstrip`, `startswith`/`endswith`,
//! `find`/`rfind`/`index`/`rindex`, `count`, `replace`, `partition`/`rpartition`,
//! `removeprefix`/`removesuffix`, with CPython's argument rules, index clamping and error
//! messages. Whitespace is Python's (`str.isspace()`, which includes `\x1c`-`\x1f` and
//! `\x85`). Case mapping, predicates, padding, `translate`, `encode` and `format` live in
//! `str_case.rs`; `init` registers both.

use super::argcheck::{self, adjust_indices, slice_index};
use super::strobj::this;
use crate::object::{ObjRef, Payload, PyStr};
use crate::value::Value;
use crate::{PyResult, Vm};

/// Python's whitespace (`str.isspace()` of one character).
pub fn is_space(c: char) -> bool {
    if c.is_ascii() {
        matches!(c, '\t'..='\r' | '\x1c'..='\x1f' | ' ')
    } else {
        super::unicode_tables::in_ranges(super::unicode_tables::SPACE, c)
    }
}

/// `self` when it is an exact str (CPython returns the object itself when nothing changes).
fn same_or_new(vm: &Vm, orig: &Value, s: &str, unchanged: bool) -> Value {
    if unchanged && orig.as_obj().is_some_and(|o| o.class_is(&vm.types.str)) {
        orig.clone()
    } else {
        vm.new_str(s)
    }
}

/// A str argument or "must be str, not X".
fn str_arg<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a str> {
    match v.as_str() {
        Some(s) => Ok(s),
        None => {
            let n = vm.type_name(v);
            Err(vm.type_error(format!("must be str, not {n}")))
        }
    }
}

/// Code-point count of `s[..byte]`.
fn char_index(s: &str, byte: usize) -> usize {
    s.get(..byte).map(|p| p.chars().count()).unwrap_or(0)
}

/// Byte range of the code points `[start, end)` of `s` (both already clamped to the length).
fn byte_range(s: &PyStr, start: usize, end: usize) -> (usize, usize) {
    (s.byte_offset(start), s.byte_offset(end))
}

fn join(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let iterable = argcheck::one_arg(vm, args, kw, "str.join")?.clone();
    let sep = this(vm, &args[0], "join")?.as_str().to_string();
    if !vm.is_iterable(&iterable) {
        return Err(vm.type_error("can only join an iterable"));
    }
    // An exact list or tuple is read in place (CPython's PySequence_Fast): nothing below
    // runs Python code, so the list cannot change while it is borrowed.
    let exact = |t: &ObjRef| iterable.as_obj().is_some_and(|o| o.class_is(t));
    match iterable.payload() {
        Some(Payload::List(l)) if exact(&vm.types.list) => {
            if let Ok(items) = l.try_borrow() {
                return join_items(vm, &sep, &items);
            }
        }
        Some(Payload::Tuple(items)) if exact(&vm.types.tuple) => {
            return join_items(vm, &sep, items);
        }
        _ => {}
    }
    let items = vm.iterate(&iterable)?;
    join_items(vm, &sep, &items)
}

/// `sep.join(items)`: the length is summed first, so the text is written into one buffer of
/// the exact size.
fn join_items(vm: &mut Vm, sep: &str, items: &[Value]) -> PyResult<Value> {
    if let [only] = items {
        if only.as_obj().is_some_and(|o| o.class_is(&vm.types.str)) {
            return Ok(only.clone());
        }
    }
    let mut total = sep.len().saturating_mul(items.len().saturating_sub(1));
    for (i, it) in items.iter().enumerate() {
        match it.as_str() {
            Some(s) => total = total.saturating_add(s.len()),
            None => {
                let n = vm.type_name(it);
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected str instance, {n} found"
                )));
            }
        }
    }
    let mut out = String::with_capacity(total);
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(it.as_str().unwrap_or(""));
    }
    Ok(vm.new_string(out))
}

/// `sep` and `maxsplit` of split/rsplit (keywords allowed).
fn split_args(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    name: &str,
) -> PyResult<(Option<String>, i64)> {
    let b = argcheck::bind(vm, args, kw, name, &["sep", "maxsplit"], 0)?;
    let sep = match b.first().cloned().flatten() {
        None | Some(Value::None) => None,
        Some(v) => {
            let Some(s) = v.as_str() else {
                let n = vm.type_name(&v);
                return Err(vm.type_error(format!("must be str or None, not {n}")));
            };
            if s.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            Some(s.to_string())
        }
    };
    let maxsplit = match b.get(1).cloned().flatten() {
        Some(v) => argcheck::ssize_arg(vm, &v)?,
        None => -1,
    };
    Ok((sep, if maxsplit < 0 { i64::MAX } else { maxsplit }))
}

/// Splits on runs of whitespace, left to right, at most `maxsplit` times.
pub fn split_whitespace(s: &str, maxsplit: i64) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s.trim_start_matches(is_space);
    let mut n = 0;
    while !rest.is_empty() {
        if n >= maxsplit {
            out.push(rest);
            break;
        }
        match rest.find(is_space) {
            Some(i) => {
                out.push(&rest[..i]);
                rest = rest[i..].trim_start_matches(is_space);
            }
            None => {
                out.push(rest);
                break;
            }
        }
        n += 1;
    }
    out
}

/// Splits on runs of whitespace, right to left; the pieces come back in text order.
pub fn rsplit_whitespace(s: &str, maxsplit: i64) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s.trim_end_matches(is_space);
    let mut n = 0;
    while !rest.is_empty() {
        if n >= maxsplit {
            out.push(rest);
            break;
        }
        match rest.char_indices().rev().find(|&(_, c)| is_space(c)) {
            Some((i, c)) => {
                out.push(&rest[i + c.len_utf8()..]);
                rest = rest[..i].trim_end_matches(is_space);
            }
            None => {
                out.push(rest);
                break;
            }
        }
        n += 1;
    }
    out.reverse();
    out
}

fn str_list(vm: &mut Vm, parts: Vec<&str>, orig: &Value) -> Value {
    let whole = orig.as_str().unwrap_or("");
    let v: Vec<Value> = parts
        .into_iter()
        .map(|p| same_or_new(vm, orig, p, p.len() == whole.len()))
        .collect();
    vm.new_list(v)
}

fn split(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (sep, maxsplit) = split_args(vm, args, kw, "split")?;
    let s = this(vm, &args[0], "split")?.as_str();
    let parts: Vec<&str> = match &sep {
        Some(sep) => {
            let n = usize::try_from(maxsplit.saturating_add(1)).unwrap_or(usize::MAX);
            match one_char(sep.as_str()) {
                Some(c) => s.splitn(n, c).collect(),
                None => s.splitn(n, sep.as_str()).collect(),
            }
        }
        None => split_whitespace(s, maxsplit),
    };
    Ok(str_list(vm, parts, &args[0]))
}

fn rsplit(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (sep, maxsplit) = split_args(vm, args, kw, "rsplit")?;
    let s = this(vm, &args[0], "rsplit")?.as_str();
    let parts: Vec<&str> = match &sep {
        Some(sep) => {
            let n = usize::try_from(maxsplit.saturating_add(1)).unwrap_or(usize::MAX);
            let mut v: Vec<&str> = s.rsplitn(n, sep.as_str()).collect();
            v.reverse();
            v
        }
        None => rsplit_whitespace(s, maxsplit),
    };
    Ok(str_list(vm, parts, &args[0]))
}

fn strip_impl(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    name: &str,
    left: bool,
    right: bool,
) -> PyResult<Value> {
    if !argcheck::shape_ok(args, kw, 0, 1) {
        argcheck::positional(vm, args, kw, &format!("str.{name}"), name, 0, 1)?;
    }
    let s = this(vm, &args[0], name)?.as_str();
    let chars: Option<&str> = match args.get(1) {
        None | Some(Value::None) => None,
        Some(v) => match v.as_str() {
            Some(cs) => Some(cs),
            None => return Err(vm.type_error(format!("{name} arg must be None or str"))),
        },
    };
    let mut t = s;
    match &chars {
        None => {
            if left {
                t = t.trim_start_matches(is_space);
            }
            if right {
                t = t.trim_end_matches(is_space);
            }
        }
        Some(set) => {
            if left {
                t = t.trim_start_matches(|c| set.contains(c));
            }
            if right {
                t = t.trim_end_matches(|c| set.contains(c));
            }
        }
    }
    Ok(same_or_new(vm, &args[0], t, t.len() == s.len()))
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

fn startswith_impl(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    name: &str,
    ends: bool,
) -> PyResult<Value> {
    if !argcheck::shape_ok(args, kw, 1, 3) {
        argcheck::tuple_args(vm, args, kw, &format!("str.{name}"), name, 1, 3)?;
    }
    let start = slice_index(vm, args.get(2))?;
    let end = slice_index(vm, args.get(3))?;
    let s = this(vm, &args[0], name)?;
    let (start, end) = adjust_indices(start, end, s.char_len());
    let prefix = args.get(1).cloned().unwrap_or(Value::None);
    let cands: Vec<Value> = match prefix.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => vec![prefix.clone()],
    };
    let is_tuple = matches!(prefix.payload(), Some(Payload::Tuple(_)));
    for c in cands {
        let Some(p) = c.as_str() else {
            let n = vm.type_name(&c);
            if is_tuple {
                return Err(
                    vm.type_error(format!("tuple for {name} must only contain str, not {n}"))
                );
            }
            return Err(vm.type_error(format!(
                "{name} first arg must be str or a tuple of str, not {n}"
            )));
        };
        if start > end {
            continue;
        }
        let plen = p.chars().count();
        if end - start < plen {
            continue;
        }
        let (b0, b1) = byte_range(s, start, end);
        let text = &s.as_str()[b0..b1];
        if (ends && text.ends_with(p)) || (!ends && text.starts_with(p)) {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn startswith(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    startswith_impl(vm, args, kw, "startswith", false)
}
fn endswith(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    startswith_impl(vm, args, kw, "endswith", true)
}

/// The shared part of find/rfind/index/rindex/count: the haystack (as a byte range of
/// `self`), its code-point start, and the needle.
struct Search<'a> {
    text: &'a str,
    start: usize,
    span: usize,
    sub: &'a str,
}

fn search_args<'a>(
    vm: &mut Vm,
    args: &'a [Value],
    kw: &[(Value, Value)],
    name: &str,
) -> PyResult<Option<Search<'a>>> {
    if !argcheck::shape_ok(args, kw, 1, 3) {
        argcheck::tuple_args(vm, args, kw, &format!("str.{name}"), name, 1, 3)?;
    }
    let sub = str_arg(vm, &args[1])?;
    let start = slice_index(vm, args.get(2))?;
    let end = slice_index(vm, args.get(3))?;
    let s = this(vm, &args[0], name)?;
    let (start, end) = adjust_indices(start, end, s.char_len());
    if start > end || end - start < sub.chars().count() {
        return Ok(None);
    }
    let (b0, b1) = byte_range(s, start, end);
    Ok(Some(Search {
        text: &s.as_str()[b0..b1],
        start,
        span: end - start,
        sub,
    }))
}

/// A one-byte (so ASCII) pattern as a `char`: the standard library searches for a char
/// with `memchr`, for a `&str` with the general two-way algorithm.
#[inline]
pub(crate) fn one_char(p: &str) -> Option<char> {
    match p.as_bytes() {
        &[b] => Some(b as char),
        _ => None,
    }
}

/// `needle in hay` for two strs.
#[inline]
pub(crate) fn str_contains(hay: &str, needle: &str) -> bool {
    match one_char(needle) {
        Some(c) => hay.contains(c),
        None => hay.contains(needle),
    }
}

fn find_impl(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    name: &str,
    rev: bool,
) -> PyResult<Option<usize>> {
    let Some(sr) = search_args(vm, args, kw, name)? else {
        return Ok(None);
    };
    let r = match (one_char(sr.sub), rev) {
        (Some(c), true) => sr.text.rfind(c),
        (Some(c), false) => sr.text.find(c),
        (None, true) => sr.text.rfind(sr.sub),
        (None, false) => sr.text.find(sr.sub),
    };
    Ok(r.map(|b| sr.start + char_index(sr.text, b)))
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
        None => Err(vm.value_error("substring not found")),
    }
}
fn rindex(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    match find_impl(vm, args, kw, "rindex", true)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error("substring not found")),
    }
}

fn count(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(sr) = search_args(vm, args, kw, "count")? else {
        return Ok(Value::Int(0));
    };
    let n = if sr.sub.is_empty() {
        sr.span + 1
    } else if let Some(c) = one_char(sr.sub) {
        sr.text.bytes().filter(|&b| b == c as u8).count()
    } else {
        sr.text.matches(sr.sub).count()
    };
    Ok(Value::Int(n as i64))
}

fn replace(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    argcheck::positional(vm, args, kw, "str.replace", "replace", 2, 3)?;
    let s = this(vm, &args[0], "replace")?.as_str();
    let old = match args[1].as_str() {
        Some(o) => o,
        None => {
            let n = vm.type_name(&args[1]);
            return Err(vm.type_error(format!("replace() argument 1 must be str, not {n}")));
        }
    };
    let new = match args[2].as_str() {
        Some(o) => o,
        None => {
            let n = vm.type_name(&args[2]);
            return Err(vm.type_error(format!("replace() argument 2 must be str, not {n}")));
        }
    };
    let cnt = match args.get(3) {
        Some(c) => argcheck::ssize_arg(vm, c)?,
        None => -1,
    };
    let cnt = if cnt < 0 { usize::MAX } else { cnt as usize };
    if cnt == 0 || (!old.is_empty() && !s.contains(old)) || (old.is_empty() && new.is_empty()) {
        return Ok(same_or_new(vm, &args[0], s, true));
    }
    let r = if old.is_empty() {
        let mut out = String::with_capacity(s.len() + new.len() * 2);
        let mut n = 0usize;
        let mut chars = s.chars();
        loop {
            if n < cnt {
                out.push_str(new);
                n += 1;
            } else {
                out.extend(chars.by_ref());
                break;
            }
            match chars.next() {
                Some(c) => out.push(c),
                None => break,
            }
        }
        out
    } else if cnt == usize::MAX {
        match one_char(old) {
            Some(c) => s.replace(c, new),
            None => s.replace(old, new),
        }
    } else {
        s.replacen(old, new, cnt)
    };
    Ok(vm.new_string(r))
}

fn partition_impl(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    rev: bool,
) -> PyResult<Value> {
    let qual = if rev {
        "str.rpartition"
    } else {
        "str.partition"
    };
    let sep = argcheck::one_arg(vm, args, kw, qual)?;
    let sep = str_arg(vm, sep)?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let s = this(vm, &args[0], if rev { "rpartition" } else { "partition" })?.as_str();
    let found = if rev { s.rfind(sep) } else { s.find(sep) };
    let items = match found {
        Some(i) => vec![
            vm.new_str(&s[..i]),
            args[1].clone(),
            vm.new_str(&s[i + sep.len()..]),
        ],
        None => {
            let whole = same_or_new(vm, &args[0], s, true);
            let e1 = vm.new_str("");
            let e2 = vm.new_str("");
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
    let a = match (args, kw.is_empty()) {
        ([_, a], true) => a,
        _ => argcheck::one_arg(vm, args, kw, &format!("str.{name}"))?,
    };
    let Some(affix) = a.as_str() else {
        let n = vm.type_name(a);
        return Err(vm.type_error(format!("{name}() argument must be str, not {n}")));
    };
    let s = this(vm, &args[0], name)?.as_str();
    let r = if suffix {
        s.strip_suffix(affix)
    } else {
        s.strip_prefix(affix)
    };
    match r {
        Some(t) if !affix.is_empty() => Ok(vm.new_str(t)),
        _ => Ok(same_or_new(vm, &args[0], s, true)),
    }
}

fn removeprefix(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    remove_affix(vm, args, kw, false)
}
fn removesuffix(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    remove_affix(vm, args, kw, true)
}

pub fn init(vm: &mut Vm) {
    let t = vm.types.str.clone();
    let ms: &[(&'static str, crate::object::NativeFn)] = &[
        ("join", join),
        ("split", split),
        ("rsplit", rsplit),
        ("strip", strip),
        ("lstrip", lstrip),
        ("rstrip", rstrip),
        ("startswith", startswith),
        ("endswith", endswith),
        ("find", find),
        ("rfind", rfind),
        ("index", index),
        ("rindex", rindex),
        ("count", count),
        ("replace", replace),
        ("partition", partition),
        ("rpartition", rpartition),
        ("removeprefix", removeprefix),
        ("removesuffix", removesuffix),
    ];
    for (n, f) in ms {
        vm.add_method(&t, n, *f);
    }
    super::str_case::init(vm);
}
