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
            // Find the matching close brace (nested braces count in the spec).
            let mut level = 1;
            let mut j = i + 1;
            while j < chars.len() {
                match chars[j] {
                    '{' => level += 1,
                    '}' => {
                        level -= 1;
                        if level == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
            if j >= chars.len() {
                return Err(vm.value_error(if level > 1 {
                    "unmatched '{' in format spec"
                } else {
                    "Single '{' encountered in format string"
                }));
            }
            let field: String = chars[i + 1..j].iter().collect();
            out.push_str(&render_field(vm, &field, st, depth)?);
            i = j + 1;
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

fn render_field(vm: &mut Vm, field: &str, st: &mut State, depth: u32) -> PyResult<String> {
    // Split off ":spec" (not inside brackets) and "!conv".
    let mut name_end = field.len();
    let mut in_bracket = false;
    for (bi, ch) in field.char_indices() {
        match ch {
            '[' => in_bracket = true,
            ']' => in_bracket = false,
            ':' | '!' if !in_bracket => {
                name_end = bi;
                break;
            }
            _ => {}
        }
    }
    let name = &field[..name_end];
    let rest = &field[name_end..];
    let (conv, spec) = if let Some(r) = rest.strip_prefix('!') {
        let mut it = r.chars();
        let cv = it.next();
        let after: String = it.collect();
        match after.strip_prefix(':') {
            Some(s) => (cv, s.to_string()),
            None if after.is_empty() => (cv, String::new()),
            None => return Err(vm.value_error("expected ':' after conversion specifier")),
        }
    } else if let Some(s) = rest.strip_prefix(':') {
        (None, s.to_string())
    } else {
        (None, String::new())
    };
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
