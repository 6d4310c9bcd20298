//! The methods of str that map characters (CPython 3.11's `str` API): case mapping
//! (`lower`, `upper`, `casefold`, `swapcase`, `title`, `capitalize`, with the full Unicode
//! mappings and the final-sigma rule), the predicates (`isalpha`... `istitle`), padding
//! (`center`, `ljust`, `rjust`, `zfill`), `expandtabs`, `splitlines`, `translate` and
//! `maketrans`, `encode`, `format` and `format_map`. Character data comes from
//! `unicode_tables.rs` (CPython 3.11's Unicode 14.0.0), so results agree with CPython's.
//! Known difference: kaa's strings are UTF-8 and cannot hold lone surrogates, so a
//! `translate` mapping to a code point in U+D800..U+DFFF produces U+FFFD instead.

use super::argcheck;
use super::strobj::this;
use super::unicode_tables as ut;
use crate::object::Payload;
use crate::value::Value;
use crate::{PyResult, Vm};

// ---- character properties -------------------------------------------------------------

pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        ut::in_ranges(ut::ALPHA, c)
    }
}
pub fn is_decimal(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        ut::in_ranges(ut::DECIMAL, c)
    }
}
pub fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        ut::in_ranges(ut::DIGIT, c)
    }
}
pub fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        ut::in_ranges(ut::NUMERIC, c)
    }
}
pub fn is_alnum(c: char) -> bool {
    is_alpha(c) || is_decimal(c) || is_digit(c) || is_numeric(c)
}
/// `str.isprintable()` of one character (what `repr()` leaves unescaped).
pub fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        (' '..='~').contains(&c)
    } else {
        ut::in_ranges(ut::PRINTABLE, c)
    }
}
pub fn is_lower(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_lowercase()
    } else {
        ut::in_ranges(ut::LOWER, c)
    }
}
pub fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_uppercase()
    } else {
        ut::in_ranges(ut::UPPER, c)
    }
}
fn is_titlecase(c: char) -> bool {
    !c.is_ascii() && ut::in_ranges(ut::TITLE, c)
}
fn is_cased(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        ut::in_ranges(ut::CASED, c)
    }
}
fn is_case_ignorable(c: char) -> bool {
    ut::in_ranges(ut::CASE_IGNORABLE, c)
}
fn is_xid_start(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic() || c == '_'
    } else {
        ut::in_ranges(ut::XID_START, c)
    }
}
fn is_xid_continue(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric() || c == '_'
    } else {
        ut::in_ranges(ut::XID_CONTINUE, c)
    }
}

/// `str.isidentifier()`.
pub fn is_identifier(s: &str) -> bool {
    let mut it = s.chars();
    match it.next() {
        Some(c) if is_xid_start(c) => it.all(is_xid_continue),
        _ => false,
    }
}

// ---- case mappings ------------------------------------------------------------------------

fn push_lower(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else if let Some(m) = ut::map_multi(ut::LOWER_MAP_MULTI, c) {
        out.push_str(m);
    } else {
        out.push(ut::map_runs(ut::LOWER_MAP, c).unwrap_or(c));
    }
}

fn push_upper(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else if let Some(m) = ut::map_multi(ut::UPPER_MAP_MULTI, c) {
        out.push_str(m);
    } else {
        out.push(ut::map_runs(ut::UPPER_MAP, c).unwrap_or(c));
    }
}

fn push_title(out: &mut String, c: char) {
    match ut::map_multi(ut::TITLE_DIFF, c) {
        Some(m) => out.push_str(m),
        None => push_upper(out, c),
    }
}

fn push_fold(out: &mut String, c: char) {
    match ut::map_multi(ut::FOLD_DIFF, c) {
        Some(m) => out.push_str(m),
        None => push_lower(out, c),
    }
}

/// Whether the capital sigma at `i` is word-final: a cased letter before it and none after
/// it, skipping case-ignorable characters (Unicode's Final_Sigma condition).
fn final_sigma(chars: &[char], i: usize) -> bool {
    let before = chars
        .get(..i)
        .unwrap_or(&[])
        .iter()
        .rev()
        .find(|&&c| !is_case_ignorable(c));
    if !before.is_some_and(|&c| is_cased(c)) {
        return false;
    }
    let after = chars
        .get(i + 1..)
        .unwrap_or(&[])
        .iter()
        .find(|&&c| !is_case_ignorable(c));
    !after.is_some_and(|&c| is_cased(c))
}

/// Lowercases `chars[i]` with the final-sigma rule.
fn push_lower_at(out: &mut String, chars: &[char], i: usize) {
    let c = chars.get(i).copied().unwrap_or(' ');
    if c == '\u{3a3}' {
        out.push(if final_sigma(chars, i) {
            '\u{3c2}'
        } else {
            '\u{3c3}'
        });
    } else {
        push_lower(out, c);
    }
}

/// `str.lower()` of a Rust string.
pub fn lower_str(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        push_lower_at(&mut out, &chars, i);
    }
    out
}

/// `str.upper()` of a Rust string.
pub fn upper_str(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_upper(&mut out, c);
    }
    out
}

fn casefold_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_fold(&mut out, c);
    }
    out
}

fn swapcase_str(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if is_upper(c) {
            push_lower_at(&mut out, &chars, i);
        } else if is_lower(c) {
            push_upper(&mut out, c);
        } else {
            out.push(c);
        }
    }
    out
}

fn title_str(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if prev_cased {
            push_lower_at(&mut out, &chars, i);
        } else {
            push_title(&mut out, c);
        }
        prev_cased = is_cased(c);
    }
    out
}

fn capitalize_str(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if i == 0 {
            push_title(&mut out, c);
        } else {
            push_lower_at(&mut out, &chars, i);
        }
    }
    out
}

macro_rules! case_method {
    ($fname:ident, $name:literal, $f:expr) => {
        fn $fname(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
            argcheck::no_args(vm, args, kw, concat!("str.", $name))?;
            let s = this(vm, &args[0], $name)?.as_str();
            let f: fn(&str) -> String = $f;
            let r = f(s);
            Ok(vm.new_string(r))
        }
    };
}

case_method!(lower, "lower", lower_str);
case_method!(upper, "upper", upper_str);
case_method!(casefold, "casefold", casefold_str);
case_method!(swapcase, "swapcase", swapcase_str);
case_method!(title, "title", title_str);
case_method!(capitalize, "capitalize", capitalize_str);

// ---- predicates ---------------------------------------------------------------------------

fn pred_islower(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if is_upper(c) || is_titlecase(c) {
            return false;
        }
        if is_lower(c) {
            cased = true;
        }
    }
    cased
}

fn pred_isupper(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if is_lower(c) || is_titlecase(c) {
            return false;
        }
        if is_upper(c) {
            cased = true;
        }
    }
    cased
}

fn pred_istitle(s: &str) -> bool {
    let mut cased = false;
    let mut prev_cased = false;
    for c in s.chars() {
        if is_upper(c) || is_titlecase(c) {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if is_lower(c) {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

fn all_nonempty(s: &str, f: fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(f)
}

macro_rules! predicate {
    ($fname:ident, $name:literal, $f:expr) => {
        fn $fname(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
            argcheck::no_args(vm, args, kw, concat!("str.", $name))?;
            let s = this(vm, &args[0], $name)?.as_str();
            let f: fn(&str) -> bool = $f;
            Ok(Value::Bool(f(s)))
        }
    };
}

predicate!(isalnum, "isalnum", |s| all_nonempty(s, is_alnum));
predicate!(isalpha, "isalpha", |s| all_nonempty(s, is_alpha));
predicate!(isascii, "isascii", |s| s.is_ascii());
predicate!(isdecimal, "isdecimal", |s| all_nonempty(s, is_decimal));
predicate!(isdigit, "isdigit", |s| all_nonempty(s, is_digit));
predicate!(isnumeric, "isnumeric", |s| all_nonempty(s, is_numeric));
predicate!(isspace, "isspace", |s| all_nonempty(
    s,
    super::str_methods::is_space
));
predicate!(isprintable, "isprintable", |s| s.chars().all(is_printable));
predicate!(isidentifier, "isidentifier", is_identifier);
predicate!(islower, "islower", pred_islower);
predicate!(isupper, "isupper", pred_isupper);
predicate!(istitle, "istitle", pred_istitle);

// ---- padding ------------------------------------------------------------------------------

/// Raises MemoryError for results too large to build (CPython fails its allocation).
pub fn check_size(vm: &mut Vm, bytes: u128) -> PyResult<()> {
    if bytes > (1u128 << 32) {
        let c = vm.types.memory_error.clone();
        return Err(vm.new_exc_args(&c, vec![]));
    }
    Ok(())
}

fn fill_char(vm: &mut Vm, v: Option<&Value>) -> PyResult<char> {
    match v {
        None => Ok(' '),
        Some(v) => match v.as_str() {
            Some(s) => {
                let mut it = s.chars();
                match (it.next(), it.next()) {
                    (Some(c), None) => Ok(c),
                    _ => {
                        Err(vm.type_error("The fill character must be exactly one character long"))
                    }
                }
            }
            None => {
                let n = vm.type_name(v);
                Err(vm.type_error(format!(
                    "The fill character must be a unicode character, not {n}"
                )))
            }
        },
    }
}

/// `left` and `right` padding counts, then builds the result.
fn pad(
    vm: &mut Vm,
    orig: &Value,
    s: &str,
    left: usize,
    right: usize,
    fill: char,
) -> PyResult<Value> {
    if left == 0 && right == 0 {
        if orig.as_obj().is_some_and(|o| o.class_is(&vm.types.str)) {
            return Ok(orig.clone());
        }
        return Ok(vm.new_str(s));
    }
    check_size(
        vm,
        (left as u128 + right as u128) * fill.len_utf8() as u128 + s.len() as u128,
    )?;
    let mut out = String::with_capacity(s.len() + (left + right) * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(vm.new_string(out))
}

fn justify(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)], name: &str) -> PyResult<Value> {
    argcheck::positional(vm, args, kw, &format!("str.{name}"), name, 1, 2)?;
    let width = argcheck::ssize_arg(vm, &args[1])?;
    let fill = fill_char(vm, args.get(2))?;
    let s = this(vm, &args[0], name)?;
    let len = s.char_len() as i64;
    let s = s.as_str();
    if width <= len {
        return pad(vm, &args[0], s, 0, 0, fill);
    }
    let marg = (width - len) as usize;
    let (l, r) = match name {
        "ljust" => (0, marg),
        "rjust" => (marg, 0),
        _ => {
            let l = marg / 2 + (marg & (width as usize) & 1);
            (l, marg - l)
        }
    };
    pad(vm, &args[0], s, l, r, fill)
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
    let w = argcheck::one_arg(vm, args, kw, "str.zfill")?;
    let width = argcheck::ssize_arg(vm, w)?;
    let s = this(vm, &args[0], "zfill")?;
    let len = s.char_len() as i64;
    let s = s.as_str();
    if width <= len {
        return pad(vm, &args[0], s, 0, 0, '0');
    }
    let fill = (width - len) as usize;
    check_size(vm, fill as u128 + s.len() as u128)?;
    let mut out = String::with_capacity(s.len() + fill);
    let rest = match s.chars().next() {
        Some(c @ ('+' | '-')) => {
            out.push(c);
            &s[1..]
        }
        _ => s,
    };
    out.extend(std::iter::repeat_n('0', fill));
    out.push_str(rest);
    Ok(vm.new_string(out))
}

fn expandtabs(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let b = argcheck::bind(vm, args, kw, "expandtabs", &["tabsize"], 0)?;
    let tabsize = match b.first().cloned().flatten() {
        Some(v) => argcheck::ssize_arg(vm, &v)?,
        None => 8,
    };
    let s = this(vm, &args[0], "expandtabs")?.as_str();
    let mut out = String::with_capacity(s.len());
    let mut col: u128 = 0;
    let mut total: u128 = 0;
    for c in s.chars() {
        match c {
            '\t' => {
                if tabsize > 0 {
                    let ts = tabsize as u128;
                    let incr = ts - col % ts;
                    col += incr;
                    total += incr;
                    if total > (1u128 << 32) {
                        return Err(vm.overflow_error("result too long"));
                    }
                    out.extend(std::iter::repeat_n(' ', incr as usize));
                }
            }
            '\n' | '\r' => {
                col = 0;
                total += 1;
                out.push(c);
            }
            _ => {
                col += 1;
                total += 1;
                out.push(c);
            }
        }
    }
    Ok(vm.new_string(out))
}

/// Python's line boundaries for `splitlines`.
pub fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// `keepends` of splitlines: an int (bool accepted), like CPython's `bool(accept={int})`.
pub fn keepends_arg(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<bool> {
    let b = argcheck::bind(vm, args, kw, "splitlines", &["keepends"], 0)?;
    match b.first().cloned().flatten() {
        None => Ok(false),
        Some(Value::Float(_)) => {
            Err(vm.type_error("'float' object cannot be interpreted as an integer"))
        }
        Some(v) => Ok(argcheck::clamp_int(&vm.index(&v)?) != 0),
    }
}

/// `str.splitlines(keepends)` on a Rust string: the lines, split at every Unicode line
/// boundary (`\r\n` counts as one).
pub fn split_lines(s: &str, keepends: bool) -> Vec<&str> {
    let mut parts: Vec<&str> = Vec::new();
    let mut start = 0;
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if !is_line_break(c) {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c == '\r' {
            if let Some(&(_, '\n')) = it.peek() {
                it.next();
                end += 1;
            }
        }
        parts.push(&s[start..if keepends { end } else { i }]);
        start = end;
    }
    if start < s.len() {
        parts.push(&s[start..]);
    }
    parts
}

fn splitlines(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let keepends = keepends_arg(vm, args, kw)?;
    let s = this(vm, &args[0], "splitlines")?.as_str();
    let parts = split_lines(s, keepends);
    let exact = args[0].as_obj().is_some_and(|o| o.class_is(&vm.types.str));
    let items: Vec<Value> = parts
        .into_iter()
        .map(|p| {
            if exact && p.len() == s.len() {
                args[0].clone()
            } else {
                vm.new_str(p)
            }
        })
        .collect();
    Ok(vm.new_list(items))
}

// ---- translate / maketrans ----------------------------------------------------------------

/// The text of an int result of a translate table (lone surrogates, which kaa's strings
/// cannot hold, become U+FFFD).
fn map_code(vm: &mut Vm, v: &Value) -> PyResult<Option<String>> {
    let n = argcheck::clamp_int(v);
    match u32::try_from(n).ok().and_then(char::from_u32) {
        Some(ch) => Ok(Some(ch.to_string())),
        None if (0xD800..0xE000).contains(&n) => Ok(Some('\u{fffd}'.to_string())),
        None => Err(vm.value_error("character mapping must be in range(0x110000)")),
    }
}

fn translate(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let table = argcheck::one_arg(vm, args, kw, "str.translate")?.clone();
    let s = this(vm, &args[0], "translate")?.as_str().to_string();
    let lookup_error = vm.types.lookup_error.clone();
    let mut out = String::with_capacity(s.len());
    let mut cache: Vec<(char, Option<String>)> = Vec::new();
    for c in s.chars() {
        if let Some((_, r)) = cache.iter().find(|(k, _)| *k == c) {
            if let Some(r) = r {
                out.push_str(r);
            }
            continue;
        }
        let key = Value::Int(c as i64);
        let mapped: Option<String> = match vm.getitem(&table, &key) {
            Ok(v) => match &v {
                Value::None => None,
                Value::Int(_) | Value::Bool(_) => map_code(vm, &v)?,
                Value::Obj(o) if matches!(o.payload, Payload::Int(_)) => map_code(vm, &v)?,
                _ => match v.as_str() {
                    Some(t) => Some(t.to_string()),
                    None => {
                        return Err(
                            vm.type_error("character mapping must return integer, None or str")
                        )
                    }
                },
            },
            Err(e) if vm.exc_matches(&e, &lookup_error) => Some(c.to_string()),
            Err(e) => return Err(e),
        };
        if let Some(m) = &mapped {
            out.push_str(m);
        }
        if cache.len() < 256 {
            cache.push((c, mapped));
        }
    }
    Ok(vm.new_string(out))
}

fn maketrans(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    // A static method: every argument is positional data (no self).
    if !kw.is_empty() {
        return Err(vm.type_error("str.maketrans() takes no keyword arguments"));
    }
    let n = args.len();
    if n == 0 {
        return Err(vm.type_error("maketrans expected at least 1 argument, got 0"));
    }
    if n > 3 {
        return Err(vm.type_error(format!("maketrans expected at most 3 arguments, got {n}")));
    }
    let d = vm.new_dict();
    if n == 1 {
        let x = &args[0];
        let Some(Payload::Dict(src)) = x.payload() else {
            return Err(
                vm.type_error("if you give only one argument to maketrans it must be a dict")
            );
        };
        let items = src.borrow().items();
        for (k, v) in items {
            let key = match (&k, k.as_str()) {
                (_, Some(s)) => {
                    let mut it = s.chars();
                    match (it.next(), it.next()) {
                        (Some(c), None) => Value::Int(c as i64),
                        _ => {
                            return Err(vm
                                .value_error("string keys in translate table must be of length 1"))
                        }
                    }
                }
                (Value::Int(_) | Value::Bool(_), _) => k.clone(),
                (Value::Obj(o), _) if matches!(o.payload, Payload::Int(_)) => k.clone(),
                _ => {
                    return Err(vm.type_error("keys in translate table must be strings or integers"))
                }
            };
            crate::dict::set_item(vm, &d, key, v)?;
        }
        return Ok(Value::Obj(d));
    }
    let Some(x) = args[0].as_str() else {
        return Err(vm.type_error(
            "first maketrans argument must be a string if there is a second argument",
        ));
    };
    let Some(y) = args[1].as_str() else {
        let tn = vm.type_name(&args[1]);
        return Err(vm.type_error(format!("maketrans() argument 2 must be str, not {tn}")));
    };
    let z = match args.get(2) {
        None => None,
        Some(v) => match v.as_str() {
            Some(z) => Some(z),
            None => {
                let tn = vm.type_name(v);
                return Err(vm.type_error(format!("maketrans() argument 3 must be str, not {tn}")));
            }
        },
    };
    if x.chars().count() != y.chars().count() {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    for (a, b) in x.chars().zip(y.chars()) {
        crate::dict::set_item(vm, &d, Value::Int(a as i64), Value::Int(b as i64))?;
    }
    if let Some(z) = z {
        for c in z.chars() {
            crate::dict::set_item(vm, &d, Value::Int(c as i64), Value::None)?;
        }
    }
    Ok(Value::Obj(d))
}

// ---- encode / format ----------------------------------------------------------------------

/// A str argument of `name()` given as `param`, or "name() argument 'param' must be str".
pub fn named_str_arg(
    vm: &mut Vm,
    v: Option<Value>,
    name: &str,
    param: &str,
    default: &str,
) -> PyResult<String> {
    match v {
        None => Ok(default.to_string()),
        Some(v) => match v.as_str() {
            Some(s) => Ok(s.to_string()),
            None => {
                let tn = vm.type_name(&v);
                Err(vm.type_error(format!("{name}() argument '{param}' must be str, not {tn}")))
            }
        },
    }
}

fn encode(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let b = argcheck::bind(vm, args, kw, "encode", &["encoding", "errors"], 0)?;
    let enc = named_str_arg(
        vm,
        b.first().cloned().flatten(),
        "encode",
        "encoding",
        "utf-8",
    )?;
    let errors = named_str_arg(
        vm,
        b.get(1).cloned().flatten(),
        "encode",
        "errors",
        "strict",
    )?;
    let s = this(vm, &args[0], "encode")?.as_str().to_string();
    let r = super::codecs::encode(vm, &s, &enc, &errors)?;
    Ok(vm.new_bytes(r))
}

fn format(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = this(vm, &args[0], "format")?.as_str().to_string();
    let r = super::strformat::format(vm, &s, &args[1..], kw, None)?;
    Ok(vm.new_string(r))
}

fn format_map(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let m = argcheck::one_arg(vm, args, kw, "str.format_map")?.clone();
    let s = this(vm, &args[0], "format_map")?.as_str().to_string();
    let r = super::strformat::format(vm, &s, &[], &[], Some(m))?;
    Ok(vm.new_string(r))
}

pub fn init(vm: &mut Vm) {
    let t = vm.types.str.clone();
    let ms: &[(&'static str, crate::object::NativeFn)] = &[
        ("lower", lower),
        ("upper", upper),
        ("casefold", casefold),
        ("swapcase", swapcase),
        ("title", title),
        ("capitalize", capitalize),
        ("isalnum", isalnum),
        ("isalpha", isalpha),
        ("isascii", isascii),
        ("isdecimal", isdecimal),
        ("isdigit", isdigit),
        ("isnumeric", isnumeric),
        ("isspace", isspace),
        ("isprintable", isprintable),
        ("isidentifier", isidentifier),
        ("islower", islower),
        ("isupper", isupper),
        ("istitle", istitle),
        ("center", center),
        ("ljust", ljust),
        ("rjust", rjust),
        ("zfill", zfill),
        ("expandtabs", expandtabs),
        ("splitlines", splitlines),
        ("translate", translate),
        ("encode", encode),
        ("format", format),
        ("format_map", format_map),
    ];
    for (n, f) in ms {
        vm.add_method(&t, n, *f);
    }
    vm.add_staticmethod(&t, "maketrans", maketrans);
}
