//! The methods of str (CPython's `str` API): joining, splitting, stripping, searching,
//! replacing, case mapping, predicates, padding, `format`/`format_map`, `encode`, and the
//! rest. Each follows CPython's argument rules and error messages.

use super::strobj::{arg_str, this};
use crate::object::Payload;
use crate::value::Value;
use crate::{PyResult, Vm};

fn sarg(vm: &mut Vm, args: &[Value], i: usize, what: &str) -> PyResult<Option<String>> {
    match args.get(i) {
        None | Some(Value::None) => Ok(None),
        Some(v) => Ok(Some(arg_str(vm, v, what)?.to_string())),
    }
}

fn join(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let sep = this(vm, &args[0], "join")?.as_str().to_string();
    let items = match args.get(1) {
        Some(v) => {
            if !vm.is_iterable(v) {
                return Err(vm.type_error("can only join an iterable"));
            }
            vm.iterate(v)?
        }
        None => return Err(vm.type_error("str.join() takes exactly one argument (0 given)")),
    };
    let mut out = String::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match it.as_str() {
            Some(s) => out.push_str(s),
            None => {
                let n = vm.type_name(it);
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected str instance, {n} found"
                )));
            }
        }
    }
    Ok(vm.new_string(out))
}

fn maxsplit_arg(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    idx: usize,
) -> PyResult<(Option<String>, i64)> {
    let mut sep = args.get(idx).cloned();
    let mut maxsplit = args.get(idx + 1).cloned();
    for (k, v) in kw {
        match k.as_str() {
            Some("sep") => sep = Some(v.clone()),
            Some("maxsplit") => maxsplit = Some(v.clone()),
            Some(o) => {
                return Err(
                    vm.type_error(format!("'{o}' is an invalid keyword argument for split()"))
                )
            }
            None => {}
        }
    }
    let sep = match sep {
        None | Some(Value::None) => None,
        Some(v) => {
            let s = arg_str(vm, &v, "must be str or None, not")?.to_string();
            if s.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            Some(s)
        }
    };
    let maxsplit = match maxsplit {
        Some(v) => vm.index_i64(&v)?,
        None => -1,
    };
    Ok((sep, maxsplit))
}

fn split(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = this(vm, &args[0], "split")?.as_str().to_string();
    let (sep, maxsplit) = maxsplit_arg(vm, args, kw, 1)?;
    let parts: Vec<String> = match sep {
        Some(sep) => {
            if maxsplit < 0 {
                s.split(sep.as_str()).map(|x| x.to_string()).collect()
            } else {
                s.splitn(maxsplit as usize + 1, sep.as_str())
                    .map(|x| x.to_string())
                    .collect()
            }
        }
        None => {
            let mut out = Vec::new();
            let mut rest = s.trim_start_matches(char::is_whitespace);
            let mut n = 0;
            while !rest.is_empty() {
                if maxsplit >= 0 && n >= maxsplit {
                    out.push(rest.to_string());
                    break;
                }
                match rest.find(char::is_whitespace) {
                    Some(i) => {
                        out.push(rest[..i].to_string());
                        rest = rest[i..].trim_start_matches(char::is_whitespace);
                    }
                    None => {
                        out.push(rest.to_string());
                        break;
                    }
                }
                n += 1;
            }
            out
        }
    };
    let v: Vec<Value> = parts.into_iter().map(|p| vm.new_string(p)).collect();
    Ok(vm.new_list(v))
}

fn rsplit(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = this(vm, &args[0], "rsplit")?.as_str().to_string();
    let (sep, maxsplit) = maxsplit_arg(vm, args, kw, 1)?;
    let mut parts: Vec<String> = match sep {
        Some(sep) => {
            if maxsplit < 0 {
                s.rsplit(sep.as_str()).map(|x| x.to_string()).collect()
            } else {
                s.rsplitn(maxsplit as usize + 1, sep.as_str())
                    .map(|x| x.to_string())
                    .collect()
            }
        }
        None => {
            let mut out = Vec::new();
            let mut rest = s.trim_end_matches(char::is_whitespace);
            let mut n = 0;
            while !rest.is_empty() {
                if maxsplit >= 0 && n >= maxsplit {
                    out.push(rest.to_string());
                    break;
                }
                match rest.rfind(char::is_whitespace) {
                    Some(i) => {
                        let ch_len = rest[i..].chars().next().map(|c| c.len_utf8()).unwrap_or(1);
                        out.push(rest[i + ch_len..].to_string());
                        rest = rest[..i].trim_end_matches(char::is_whitespace);
                    }
                    None => {
                        out.push(rest.to_string());
                        break;
                    }
                }
                n += 1;
            }
            out
        }
    };
    parts.reverse();
    let v: Vec<Value> = parts.into_iter().map(|p| vm.new_string(p)).collect();
    Ok(vm.new_list(v))
}

fn strip_impl(vm: &mut Vm, args: &[Value], name: &str, left: bool, right: bool) -> PyResult<Value> {
    let s = this(vm, &args[0], name)?.as_str().to_string();
    let chars = sarg(vm, args, 1, &format!("{name} arg"))?;
    let r = match chars {
        None => {
            let mut t = s.as_str();
            if left {
                t = t.trim_start_matches(char::is_whitespace);
            }
            if right {
                t = t.trim_end_matches(char::is_whitespace);
            }
            t.to_string()
        }
        Some(cs) => {
            let set: Vec<char> = cs.chars().collect();
            let mut t = s.as_str();
            if left {
                t = t.trim_start_matches(|c| set.contains(&c));
            }
            if right {
                t = t.trim_end_matches(|c| set.contains(&c));
            }
            t.to_string()
        }
    };
    if r.len() == s.len() && args[0].as_obj().is_some_and(|o| o.class_is(&vm.types.str)) {
        return Ok(args[0].clone());
    }
    Ok(vm.new_string(r))
}

fn strip(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    strip_impl(vm, args, "strip", true, true)
}
fn lstrip(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    strip_impl(vm, args, "lstrip", true, false)
}
fn rstrip(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    strip_impl(vm, args, "rstrip", false, true)
}

/// Char-index bounds `[start:end]` of a str method's optional arguments, as byte offsets.
fn bounds(vm: &mut Vm, s: &crate::object::PyStr, args: &[Value]) -> PyResult<(usize, usize, bool)> {
    let n = s.char_len() as i64;
    let get = |vm: &mut Vm, v: Option<&Value>, d: i64| -> PyResult<i64> {
        match v {
            None | Some(Value::None) => Ok(d),
            Some(x) => vm.index_i64(x),
        }
    };
    let mut start = get(vm, args.first(), 0)?;
    let mut end = get(vm, args.get(1), n)?;
    if start < 0 {
        start = (start + n).max(0);
    }
    if end < 0 {
        end = (end + n).max(0);
    }
    end = end.min(n);
    if start > n || start > end {
        return Ok((0, 0, false));
    }
    Ok((
        s.byte_offset(start as usize),
        s.byte_offset(end as usize),
        true,
    ))
}

fn startswith_impl(vm: &mut Vm, args: &[Value], name: &str, ends: bool) -> PyResult<Value> {
    let s = this(vm, &args[0], name)?;
    let (b0, b1, ok) = bounds(vm, s, args.get(2..).unwrap_or(&[]))?;
    let text = &s.as_str()[b0..b1];
    let prefix = args.get(1).cloned().unwrap_or(Value::None);
    let cands: Vec<Value> = match prefix.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => vec![prefix.clone()],
    };
    for c in cands {
        let Some(p) = c.as_str() else {
            let n = vm.type_name(&c);
            let what = if ends { "endswith" } else { "startswith" };
            return Err(vm.type_error(format!(
                "{what} first arg must be str or a tuple of str, not {n}"
            )));
        };
        if !ok {
            if p.is_empty() && false {
                return Ok(Value::Bool(true));
            }
            continue;
        }
        if (ends && text.ends_with(p)) || (!ends && text.starts_with(p)) {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn startswith(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    startswith_impl(vm, args, "startswith", false)
}
fn endswith(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    startswith_impl(vm, args, "endswith", true)
}

fn char_index(s: &str, byte: usize) -> i64 {
    s[..byte].chars().count() as i64
}

fn find_impl(vm: &mut Vm, args: &[Value], name: &str, rev: bool) -> PyResult<Option<i64>> {
    let s = this(vm, &args[0], name)?;
    let sub = args.get(1).cloned().unwrap_or(Value::None);
    let sub = arg_str(vm, &sub, "must be str, not")?.to_string();
    let (b0, b1, ok) = bounds(vm, s, args.get(2..).unwrap_or(&[]))?;
    if !ok {
        return Ok(None);
    }
    let text = &s.as_str()[b0..b1];
    let r = if rev {
        text.rfind(sub.as_str())
    } else {
        text.find(sub.as_str())
    };
    Ok(r.map(|i| char_index(s.as_str(), b0 + i)))
}

fn find(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::Int(
        find_impl(vm, args, "find", false)?.unwrap_or(-1),
    ))
}
fn rfind(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::Int(
        find_impl(vm, args, "rfind", true)?.unwrap_or(-1),
    ))
}
fn index(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    match find_impl(vm, args, "index", false)? {
        Some(i) => Ok(Value::Int(i)),
        None => Err(vm.value_error("substring not found")),
    }
}
fn rindex(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    match find_impl(vm, args, "rindex", true)? {
        Some(i) => Ok(Value::Int(i)),
        None => Err(vm.value_error("substring not found")),
    }
}

fn count(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = this(vm, &args[0], "count")?;
    let sub = args.get(1).cloned().unwrap_or(Value::None);
    let sub = arg_str(vm, &sub, "must be str, not")?.to_string();
    let (b0, b1, ok) = bounds(vm, s, args.get(2..).unwrap_or(&[]))?;
    if !ok {
        return Ok(Value::Int(0));
    }
    let text = &s.as_str()[b0..b1];
    let n = if sub.is_empty() {
        text.chars().count() + 1
    } else {
        text.matches(sub.as_str()).count()
    };
    Ok(Value::Int(n as i64))
}

fn replace(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = this(vm, &args[0], "replace")?.as_str().to_string();
    let old = args.get(1).cloned().unwrap_or(Value::None);
    let new = args.get(2).cloned().unwrap_or(Value::None);
    let old = arg_str(vm, &old, "replace() argument 1")?.to_string();
    let new = arg_str(vm, &new, "replace() argument 2")?.to_string();
    let cnt = match args.get(3) {
        Some(c) => vm.index_i64(c)?,
        None => -1,
    };
    let r = if cnt < 0 {
        if old.is_empty() {
            let mut out = String::new();
            out.push_str(&new);
            for c in s.chars() {
                out.push(c);
                out.push_str(&new);
            }
            out
        } else {
            s.replace(old.as_str(), &new)
        }
    } else if old.is_empty() {
        let mut out = String::new();
        let mut n = 0;
        let mut chars = s.chars();
        loop {
            if n < cnt {
                out.push_str(&new);
                n += 1;
            }
            match chars.next() {
                Some(c) => out.push(c),
                None => break,
            }
            if n >= cnt {
                out.extend(chars.by_ref());
                break;
            }
        }
        out
    } else {
        s.replacen(old.as_str(), &new, cnt as usize)
    };
    Ok(vm.new_string(r))
}

fn upper(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = this(vm, &args[0], "upper")?.as_str().to_uppercase();
    Ok(vm.new_string(s))
}
fn lower(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = this(vm, &args[0], "lower")?.as_str().to_lowercase();
    Ok(vm.new_string(s))
}

fn format(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = this(vm, &args[0], "format")?.as_str().to_string();
    let r = super::strformat::format(vm, &s, &args[1..], kw, None)?;
    Ok(vm.new_string(r))
}

fn format_map(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = this(vm, &args[0], "format_map")?.as_str().to_string();
    let m = args.get(1).cloned().unwrap_or(Value::None);
    let r = super::strformat::format(vm, &s, &[], &[], Some(m))?;
    Ok(vm.new_string(r))
}

fn encode(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = this(vm, &args[0], "encode")?.as_str().to_string();
    let mut enc = args
        .get(1)
        .and_then(|v| v.as_str())
        .unwrap_or("utf-8")
        .to_string();
    let mut errors = args
        .get(2)
        .and_then(|v| v.as_str())
        .unwrap_or("strict")
        .to_string();
    for (k, v) in kw {
        match k.as_str() {
            Some("encoding") => enc = v.as_str().unwrap_or("utf-8").to_string(),
            Some("errors") => errors = v.as_str().unwrap_or("strict").to_string(),
            _ => {}
        }
    }
    let b = super::codecs::encode(vm, &s, &enc, &errors)?;
    Ok(vm.new_bytes(b))
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
        ("upper", upper),
        ("lower", lower),
        ("format", format),
        ("format_map", format_map),
        ("encode", encode),
    ];
    for (n, f) in ms {
        vm.add_method(&t, n, *f);
    }
}
