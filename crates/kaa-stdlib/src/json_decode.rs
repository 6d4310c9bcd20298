//! The decoder half of `_json` (CPython 3.11's behaviour): `scanstring`, the scanner type
//! `make_scanner` (`_json.Scanner`, built from a `JSONDecoder` whose hooks it reads:
//! `object_hook`, `object_pairs_hook`, `parse_float`, `parse_int`, `parse_constant`,
//! `strict`) and `_decode_document`, the whole-document decode behind `JSONDecoder.decode`.
//! Errors are `json.decoder.JSONDecodeError` with CPython's messages and positions in code
//! points ("Expecting value", "Expecting ',' delimiter", "Invalid \\escape", ...).

use crate::util::{add_functions, add_methods};
use kaa_vm::object::{NativeFn, ObjRef, Payload};
use kaa_vm::types;
use kaa_vm::{PyErr, PyResult, Value, Vm};

struct Hooks {
    object_hook: Value,
    pairs_hook: Value,
    parse_float: Value,
    parse_int: Value,
    parse_constant: Value,
    strict: bool,
}

struct Dec<'a> {
    s: &'a [char],
    doc: Value,
    h: &'a Hooks,
    depth: usize,
}

/// `JSONDecodeError(msg, doc, pos)`, the class from `json.decoder` (imported on demand, as
/// CPython's `_json` does); a plain ValueError if that module cannot be had.
fn decode_error(vm: &mut Vm, msg: &str, doc: &Value, pos: usize) -> PyErr {
    let cls = match kaa_vm::import::import_abs(vm, "json.decoder") {
        Ok(m) => match vm.getattr_opt(&m, "JSONDecodeError") {
            Ok(Some(c)) => c,
            Ok(None) => return vm.value_error(msg.to_string()),
            Err(e) => return e,
        },
        Err(e) => return e,
    };
    let m = vm.new_str(msg);
    match vm.call(&cls, &[m, doc.clone(), Value::Int(pos as i64)]) {
        Ok(Value::Obj(e)) => PyErr(e),
        Ok(_) => vm.value_error(msg.to_string()),
        Err(e) => e,
    }
}

impl Dec<'_> {
    fn err(&self, vm: &mut Vm, msg: &str, pos: usize) -> PyErr {
        decode_error(vm, msg, &self.doc, pos)
    }

    fn ws(&self, mut i: usize) -> usize {
        while i < self.s.len() && matches!(self.s[i], ' ' | '\t' | '\n' | '\r') {
            i += 1;
        }
        i
    }

    fn starts(&self, i: usize, lit: &str) -> bool {
        let n = lit.chars().count();
        i + n <= self.s.len() && self.s[i..i + n].iter().copied().eq(lit.chars())
    }

    fn constant(&self, vm: &mut Vm, name: &str) -> PyResult<Value> {
        if !self.h.parse_constant.is_none() {
            let n = vm.new_str(name);
            return vm.call(&self.h.parse_constant, &[n]);
        }
        Ok(Value::float(match name {
            "NaN" => f64::NAN,
            "Infinity" => f64::INFINITY,
            _ => f64::NEG_INFINITY,
        }))
    }

    /// Parses a value at `i`; returns it and the index after it.
    fn value(&mut self, vm: &mut Vm, i: usize) -> PyResult<(Value, usize)> {
        let Some(&c) = self.s.get(i) else {
            return Err(self.err(vm, "Expecting value", i));
        };
        match c {
            '"' => {
                let (s, end) = self.string(vm, i + 1)?;
                Ok((vm.new_string(s), end))
            }
            '{' => self.nested(vm, i, true),
            '[' => self.nested(vm, i, false),
            'n' if self.starts(i, "null") => Ok((Value::None, i + 4)),
            't' if self.starts(i, "true") => Ok((Value::Bool(true), i + 4)),
            'f' if self.starts(i, "false") => Ok((Value::Bool(false), i + 5)),
            'N' if self.starts(i, "NaN") => Ok((self.constant(vm, "NaN")?, i + 3)),
            'I' if self.starts(i, "Infinity") => Ok((self.constant(vm, "Infinity")?, i + 8)),
            '-' if self.starts(i, "-Infinity") => Ok((self.constant(vm, "-Infinity")?, i + 9)),
            '-' | '0'..='9' => self.number(vm, i),
            _ => Err(self.err(vm, "Expecting value", i)),
        }
    }

    fn nested(&mut self, vm: &mut Vm, i: usize, object: bool) -> PyResult<(Value, usize)> {
        if self.depth >= vm.recursion_limit {
            let c = vm.types.recursion_error.clone();
            let what = if object { "object" } else { "array" };
            return Err(vm.new_exc(
                &c,
                format!("maximum recursion depth exceeded while decoding a JSON {what} from a unicode string"),
            ));
        }
        self.depth += 1;
        let r = if object {
            self.object(vm, i + 1)
        } else {
            self.array(vm, i + 1)
        };
        self.depth -= 1;
        r
    }

    fn number(&mut self, vm: &mut Vm, start: usize) -> PyResult<(Value, usize)> {
        let s = self.s;
        let mut i = start;
        if s.get(i) == Some(&'-') {
            i += 1;
        }
        match s.get(i) {
            Some('0') => i += 1,
            Some('1'..='9') => {
                while s.get(i).is_some_and(|c| c.is_ascii_digit()) {
                    i += 1;
                }
            }
            _ => return Err(self.err(vm, "Expecting value", start)),
        }
        let mut is_float = false;
        if s.get(i) == Some(&'.') && s.get(i + 1).is_some_and(|c| c.is_ascii_digit()) {
            is_float = true;
            i += 1;
            while s.get(i).is_some_and(|c| c.is_ascii_digit()) {
                i += 1;
            }
        }
        if matches!(s.get(i), Some('e' | 'E')) {
            let mut j = i + 1;
            if matches!(s.get(j), Some('+' | '-')) {
                j += 1;
            }
            if s.get(j).is_some_and(|c| c.is_ascii_digit()) {
                while s.get(j).is_some_and(|c| c.is_ascii_digit()) {
                    j += 1;
                }
                is_float = true;
                i = j;
            }
        }
        let text: String = s[start..i].iter().collect();
        let v = if is_float {
            if self.h.parse_float.is_none() {
                Value::float(text.parse::<f64>().unwrap_or(f64::NAN))
            } else {
                let t = vm.new_string(text);
                vm.call(&self.h.parse_float, &[t])?
            }
        } else if self.h.parse_int.is_none() {
            match text.parse::<i64>() {
                Ok(n) => Value::Int(n),
                Err(_) => match kaa_fmt::parse::parse_int(&text, 10, vm.max_str_digits) {
                    Ok(p) => vm.new_int(p.to_bigint()),
                    Err(e) => {
                        let r = kaa_vm::repr::str_repr(&text);
                        return Err(vm.fmt_error(e.to_fmt_error(10, &r)));
                    }
                },
            }
        } else {
            let t = vm.new_string(text);
            vm.call(&self.h.parse_int, &[t])?
        };
        Ok((v, i))
    }

    fn hex4(&self, i: usize) -> Option<u32> {
        if i + 4 > self.s.len() {
            return None;
        }
        let mut n = 0u32;
        for c in &self.s[i..i + 4] {
            n = n * 16 + c.to_digit(16)?;
        }
        Some(n)
    }

    /// Parses a string body starting after the opening quote at `i - 1`.
    fn string(&mut self, vm: &mut Vm, i: usize) -> PyResult<(String, usize)> {
        let begin = i - 1;
        let mut out = String::new();
        let mut i = i;
        loop {
            let Some(&c) = self.s.get(i) else {
                return Err(self.err(vm, "Unterminated string starting at", begin));
            };
            match c {
                '"' => return Ok((out, i + 1)),
                '\\' => {
                    let Some(&e) = self.s.get(i + 1) else {
                        return Err(self.err(vm, "Unterminated string starting at", begin));
                    };
                    let simple = match e {
                        '"' => Some('"'),
                        '\\' => Some('\\'),
                        '/' => Some('/'),
                        'b' => Some('\u{8}'),
                        'f' => Some('\u{c}'),
                        'n' => Some('\n'),
                        'r' => Some('\r'),
                        't' => Some('\t'),
                        _ => None,
                    };
                    if let Some(ch) = simple {
                        out.push(ch);
                        i += 2;
                        continue;
                    }
                    if e != 'u' {
                        return Err(self.err(vm, "Invalid \\escape", i));
                    }
                    let Some(mut n) = self.hex4(i + 2) else {
                        return Err(self.err(vm, "Invalid \\uXXXX escape", i + 1));
                    };
                    i += 6;
                    if (0xd800..0xdc00).contains(&n)
                        && self.s.get(i) == Some(&'\\')
                        && self.s.get(i + 1) == Some(&'u')
                    {
                        match self.hex4(i + 2) {
                            Some(lo) if (0xdc00..0xe000).contains(&lo) => {
                                n = 0x10000 + ((n - 0xd800) << 10) + (lo - 0xdc00);
                                i += 6;
                            }
                            Some(_) => {}
                            None => return Err(self.err(vm, "Invalid \\uXXXX escape", i + 1)),
                        }
                    }
                    out.push(match char::from_u32(n) {
                        Some(c) => c,
                        None => kaa_vm::surrogate::encode(n),
                    });
                }
                c if (c as u32) < 0x20 && self.h.strict => {
                    return Err(self.err(vm, "Invalid control character at", i));
                }
                c => {
                    out.push(c);
                    i += 1;
                }
            }
        }
    }

    fn object(&mut self, vm: &mut Vm, i: usize) -> PyResult<(Value, usize)> {
        let mut pairs: Vec<(Value, Value)> = Vec::new();
        let mut i = self.ws(i);
        if self.s.get(i) == Some(&'}') {
            return Ok((self.finish_object(vm, pairs)?, i + 1));
        }
        loop {
            if self.s.get(i) != Some(&'"') {
                return Err(self.err(vm, "Expecting property name enclosed in double quotes", i));
            }
            let (k, end) = self.string(vm, i + 1)?;
            i = self.ws(end);
            if self.s.get(i) != Some(&':') {
                return Err(self.err(vm, "Expecting ':' delimiter", i));
            }
            i = self.ws(i + 1);
            let (v, end) = self.value(vm, i)?;
            let key = vm.new_string(k);
            pairs.push((key, v));
            i = self.ws(end);
            match self.s.get(i) {
                Some('}') => return Ok((self.finish_object(vm, pairs)?, i + 1)),
                Some(',') => i = self.ws(i + 1),
                _ => return Err(self.err(vm, "Expecting ',' delimiter", i)),
            }
        }
    }

    fn finish_object(&mut self, vm: &mut Vm, pairs: Vec<(Value, Value)>) -> PyResult<Value> {
        if !self.h.pairs_hook.is_none() {
            let items: Vec<Value> = pairs.into_iter().map(|(k, v)| vm.new_pair(k, v)).collect();
            let l = vm.new_list(items);
            return vm.call(&self.h.pairs_hook, &[l]);
        }
        let d = vm.new_dict();
        for (k, v) in pairs {
            kaa_vm::dict::set_item(vm, &d, k, v)?;
        }
        let d = Value::Obj(d);
        if !self.h.object_hook.is_none() {
            return vm.call(&self.h.object_hook, &[d]);
        }
        Ok(d)
    }

    fn array(&mut self, vm: &mut Vm, i: usize) -> PyResult<(Value, usize)> {
        let mut items = Vec::new();
        let mut i = self.ws(i);
        if self.s.get(i) == Some(&']') {
            return Ok((vm.new_list(items), i + 1));
        }
        loop {
            let (v, end) = self.value(vm, i)?;
            items.push(v);
            i = self.ws(end);
            match self.s.get(i) {
                Some(']') => return Ok((vm.new_list(items), i + 1)),
                Some(',') => i = self.ws(i + 1),
                _ => return Err(self.err(vm, "Expecting ',' delimiter", i)),
            }
        }
    }
}

/// The hooks of a scanner's context (`parse_float is float` and `parse_int is int` take the
/// native number parsing).
fn hooks_from(vm: &mut Vm, ctx: &Value) -> PyResult<Hooks> {
    let g = |vm: &mut Vm, n: &str| -> PyResult<Value> {
        Ok(vm.getattr_opt(ctx, n)?.unwrap_or(Value::None))
    };
    let strict_v = g(vm, "strict")?;
    let strict = vm.truthy(&strict_v)?;
    let mut parse_float = g(vm, "parse_float")?;
    if parse_float
        .as_obj()
        .is_some_and(|o| std::rc::Rc::ptr_eq(o, &vm.types.float))
    {
        parse_float = Value::None;
    }
    let mut parse_int = g(vm, "parse_int")?;
    if parse_int
        .as_obj()
        .is_some_and(|o| std::rc::Rc::ptr_eq(o, &vm.types.int))
    {
        parse_int = Value::None;
    }
    Ok(Hooks {
        object_hook: g(vm, "object_hook")?,
        pairs_hook: g(vm, "object_pairs_hook")?,
        parse_float,
        parse_int,
        parse_constant: g(vm, "parse_constant")?,
        strict,
    })
}

impl Dec<'_> {
    /// Whether a JSON value can start at `i` (otherwise the scanner raises StopIteration).
    fn starts_value(&self, i: usize) -> bool {
        match self.s.get(i) {
            Some('"' | '{' | '[' | '0'..='9') => true,
            Some('n') => self.starts(i, "null"),
            Some('t') => self.starts(i, "true"),
            Some('f') => self.starts(i, "false"),
            Some('N') => self.starts(i, "NaN"),
            Some('I') => self.starts(i, "Infinity"),
            Some('-') => {
                self.starts(i, "-Infinity") || self.s.get(i + 1).is_some_and(|c| c.is_ascii_digit())
            }
            _ => false,
        }
    }
}

fn stop_iteration(vm: &mut Vm, idx: usize) -> PyErr {
    let c = Value::Obj(vm.types.stop_iteration.clone());
    match vm.call(&c, &[Value::Int(idx as i64)]) {
        Ok(Value::Obj(e)) => PyErr(e),
        Ok(_) => vm.value_error("StopIteration"),
        Err(e) => e,
    }
}

/// The hooks a scanner copied from its context when it was made (as CPython's does).
fn scanner_ctx(vm: &mut Vm, this: &Value) -> PyResult<Hooks> {
    hooks_from(vm, this)
}

fn str_arg(vm: &mut Vm, v: &Value) -> PyResult<String> {
    match v.as_str() {
        Some(s) => Ok(s.to_string()),
        None => {
            let n = vm.type_name(v);
            Err(vm.type_error(format!("first argument must be a string, not {n}")))
        }
    }
}

fn idx_arg(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    let i = vm.index_i64(v)?;
    if i < 0 {
        return Err(vm.value_error("idx cannot be negative"));
    }
    Ok(i as usize)
}

/// `Scanner(context)`: keeps the context (a `JSONDecoder`).
fn scanner_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cls = crate::util::cls_arg(vm, args)?;
    let a = crate::util::pos_args(vm, "Scanner", "Scanner", &args[1..], kw, 1, 1)?;
    let this = Value::Obj(kaa_vm::objects::typeobj::new_instance(
        vm,
        &cls,
        Payload::Plain,
    ));
    // The context's settings, copied (and readable) as on CPython's scanner.
    for n in [
        "strict",
        "object_hook",
        "object_pairs_hook",
        "parse_float",
        "parse_int",
        "parse_constant",
    ] {
        let v = vm.getattr_opt(&a[0], n)?.unwrap_or(Value::None);
        vm.setattr(&this, n, v)?;
    }
    Ok(this)
}

/// `scanner(string, idx)`: (value, end) for the value at `idx`; StopIteration(idx) when no
/// value starts there.
fn scanner_call(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = crate::util::pos_args(vm, "scan_once", "scan_once", &args[1..], kw, 2, 2)?;
    let text = str_arg(vm, &a[0])?;
    let idx = idx_arg(vm, &a[1])?;
    let h = scanner_ctx(vm, &args[0])?;
    let chars: Vec<char> = text.chars().collect();
    let mut d = Dec {
        s: &chars,
        doc: a[0].clone(),
        h: &h,
        depth: 0,
    };
    if !d.starts_value(idx) {
        return Err(stop_iteration(vm, idx));
    }
    let (v, end) = d.value(vm, idx)?;
    Ok(vm.new_pair(v, Value::Int(end as i64)))
}

/// `_decode_document(scanner, s)`: the value `s` holds, with only whitespace around it.
fn j_decode_document(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let [scanner, doc] = args else {
        return Err(vm.type_error("_decode_document() takes exactly 2 arguments"));
    };
    let text = str_arg(vm, doc)?;
    let h = scanner_ctx(vm, scanner)?;
    let chars: Vec<char> = text.chars().collect();
    let mut d = Dec {
        s: &chars,
        doc: doc.clone(),
        h: &h,
        depth: 0,
    };
    let start = d.ws(0);
    if !d.starts_value(start) {
        return Err(decode_error(vm, "Expecting value", doc, start));
    }
    let (v, end) = d.value(vm, start)?;
    let end = d.ws(end);
    if end != chars.len() {
        return Err(decode_error(vm, "Extra data", doc, end));
    }
    Ok(v)
}

/// `scanstring(string, end, strict=True)`: the string whose opening quote is at `end - 1`,
/// and the index after its closing quote.
fn j_scanstring(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = crate::util::pos_args(vm, "scanstring", "scanstring", args, kw, 2, 3)?;
    let text = str_arg(vm, &a[0])?;
    let end = vm.index_i64(&a[1])?;
    let strict = match a.get(2) {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let chars: Vec<char> = text.chars().collect();
    if end < 0 || end as usize > chars.len() {
        return Err(vm.value_error("end is out of bounds"));
    }
    let h = Hooks {
        object_hook: Value::None,
        pairs_hook: Value::None,
        parse_float: Value::None,
        parse_int: Value::None,
        parse_constant: Value::None,
        strict,
    };
    let mut d = Dec {
        s: &chars,
        doc: a[0].clone(),
        h: &h,
        depth: 0,
    };
    let end = end as usize;
    if end == 0 {
        // The opening quote would be before the start of the text.
        return Err(vm.value_error("end is out of bounds"));
    }
    let (s, stop) = d.string(vm, end)?;
    let s = vm.new_string(s);
    Ok(vm.new_pair(s, Value::Int(stop as i64)))
}

pub fn init(vm: &mut Vm, m: &ObjRef) -> PyResult<()> {
    let funcs: &[(&'static str, NativeFn)] = &[
        ("scanstring", j_scanstring),
        ("_decode_document", j_decode_document),
    ];
    add_functions(vm, m, funcs);
    let sc = crate::util::new_class(vm, "_json", "Scanner", false);
    if let Some(td) = types::tdata(&sc) {
        td.flags.set(td.flags.get() | types::FLAG_HAS_DICT);
    }
    crate::util::set_new(vm, &sc, scanner_new);
    add_methods(vm, &sc, &[("__call__", scanner_call)]);
    vm.module_set(m, "make_scanner", Value::Obj(sc));
    Ok(())
}
