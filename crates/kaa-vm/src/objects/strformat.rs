//! `str.format` / `str.format_map`: replacement fields `{name!conv:spec}` with automatic and
//! manual numbering (and the error for switching between them), attribute and index access
//! (`{0.real}`, `{0[key]}`), nested fields inside the spec, `{{`/`}}` escapes, and
//! CPython's error messages.

use crate::value::Value;
use crate::{PyResult, Vm};

struct State<'a> {
    args: &'a [Value],
    kw: &'a [(Value, Value)],
    map: Option<Value>,
    auto: Option<usize>,
    manual: bool,
}

pub fn format(
    vm: &mut Vm,
    fmt: &str,
    args: &[Value],
    kw: &[(Value, Value)],
    map: Option<Value>,
) -> PyResult<String> {
    let mut st = State {
        args,
        kw,
        map,
        auto: None,
        manual: false,
    };
    render(vm, fmt, &mut st, 2)
}

fn render(vm: &mut Vm, fmt: &str, st: &mut State, depth: u32) -> PyResult<String> {
    if depth == 0 {
        return Err(vm.value_error("Max string recursion exceeded"));
    }
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::with_capacity(fmt.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '{' {
            if chars.get(i + 1) == Some(&'{') {
                out.push('{');
                i += 2;
                continue;
            }
            let (name, conv, spec, next) = scan_field(vm, &chars, i + 1)?;
            out.push_str(&render_field(vm, &name, conv, spec, st, depth)?);
            i = next;
        } else if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(vm.value_error("Single '}' encountered in format string"));
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok(out)
}

/// Scans a replacement field starting after its `{`: the field name (brackets may hold any
/// character but `]`), an optional `!conversion` and an optional `:spec` (balanced braces),
/// with CPython's messages for malformed fields. Returns the parts and the index after `}`.
fn scan_field(
    vm: &mut Vm,
    chars: &[char],
    start: usize,
) -> PyResult<(String, Option<char>, String, usize)> {
    if start >= chars.len() {
        return Err(vm.value_error("Single '{' encountered in format string"));
    }
    let mut i = start;
    let mut stop = None;
    while let Some(&c) = chars.get(i) {
        i += 1;
        match c {
            '{' => return Err(vm.value_error("unexpected '{' in field name")),
            '[' => {
                while chars.get(i).is_some_and(|&d| d != ']') {
                    i += 1;
                }
            }
            '}' | ':' | '!' => {
                stop = Some(c);
                break;
            }
            _ => {}
        }
    }
    let Some(stop) = stop else {
        return Err(vm.value_error("expected '}' before end of string"));
    };
    let name: String = chars[start..i - 1].iter().collect();
    if stop == '}' {
        return Ok((name, None, String::new(), i));
    }
    let mut conv = None;
    if stop == '!' {
        let Some(&cv) = chars.get(i) else {
            return Err(vm.value_error("end of string while looking for conversion specifier"));
        };
        conv = Some(cv);
        i += 1;
        if let Some(&c) = chars.get(i) {
            i += 1;
            if c == '}' {
                return Ok((name, conv, String::new(), i));
            }
            if c != ':' {
                return Err(vm.value_error("expected ':' after conversion specifier"));
            }
        }
    }
    let spec_start = i;
    let mut level = 1;
    while let Some(&c) = chars.get(i) {
        i += 1;
        match c {
            '{' => level += 1,
            '}' => {
                level -= 1;
                if level == 0 {
                    let spec: String = chars[spec_start..i - 1].iter().collect();
                    return Ok((name, conv, spec, i));
                }
            }
            _ => {}
        }
    }
    Err(vm.value_error("unmatched '{' in format spec"))
}

fn render_field(
    vm: &mut Vm,
    name: &str,
    conv: Option<char>,
    spec: String,
    st: &mut State,
    depth: u32,
) -> PyResult<String> {
    let value = resolve(vm, name, st)?;
    let value = match conv {
        None => value,
        Some('r') => vm.repr(&value)?,
        Some('s') => vm.str(&value)?,
        Some('a') => vm.ascii(&value)?,
        Some(c) => return Err(vm.value_error(format!("Unknown conversion specifier {c}"))),
    };
    let spec = if spec.contains('{') {
        render(vm, &spec, st, depth - 1)?
    } else {
        spec
    };
    let spec_v = vm.new_string(spec);
    let r = vm.format(&value, &spec_v)?;
    Ok(r.as_str().unwrap_or("").to_string())
}

fn resolve(vm: &mut Vm, name: &str, st: &mut State) -> PyResult<Value> {
    // The first part: an index, a keyword, or empty (automatic numbering).
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let first = &name[..first_end];
    let mut value = if first.is_empty() {
        if st.manual {
            return Err(vm.value_error(
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
        let n = st.auto.map(|a| a + 1).unwrap_or(0);
        st.auto = Some(n);
        match st.args.get(n) {
            Some(v) => v.clone(),
            None => {
                return Err(vm.index_error(format!(
                    "Replacement index {n} out of range for positional args tuple"
                )))
            }
        }
    } else if first.chars().all(|c| c.is_ascii_digit()) {
        if st.auto.is_some() {
            return Err(vm.value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        st.manual = true;
        let n: usize = first.parse().unwrap_or(usize::MAX);
        match st.args.get(n) {
            Some(v) => v.clone(),
            None => {
                return Err(vm.index_error(format!(
                    "Replacement index {n} out of range for positional args tuple"
                )))
            }
        }
    } else {
        let key = vm.new_str(first);
        match &st.map {
            Some(m) => {
                let m = m.clone();
                vm.getitem(&m, &key)?
            }
            None => match st.kw.iter().find(|(k, _)| k.as_str() == Some(first)) {
                Some((_, v)) => v.clone(),
                None => return Err(vm.key_error(key)),
            },
        }
    };
    let mut rest = &name[first_end..];
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            let attr = &r[..end];
            if attr.is_empty() {
                return Err(vm.value_error("Empty attribute in format string"));
            }
            value = vm.getattr(&value, attr)?;
            rest = &r[end..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let Some(end) = r.find(']') else {
                return Err(vm.value_error("Missing ']' in format string"));
            };
            let key = &r[..end];
            if key.is_empty() {
                return Err(vm.value_error("Empty attribute in format string"));
            }
            let k = if !key.is_empty() && key.chars().all(|c| c.is_ascii_digit()) {
                Value::Int(key.parse().unwrap_or(0))
            } else {
                vm.new_str(key)
            };
            value = vm.getitem(&value, &k)?;
            rest = &r[end + 1..];
        } else {
            return Err(vm.value_error("Only '.' or '[' may follow ']' in format field specifier"));
        }
    }
    Ok(value)
}
