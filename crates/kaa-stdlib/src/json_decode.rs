//! The JSON decoder of the native `json` module (CPython 3.11's behaviour): `loads`/`load`
//! on str, bytes or bytearray; the hooks (`object_hook`, `object_pairs_hook`,
//! `parse_float`, `parse_int`, `parse_constant`) and `strict`; `JSONDecoder` with `decode`
//! and `raw_decode`; and `JSONDecodeError` (a ValueError with `msg`, `doc`, `pos`, `lineno`,
//! `colno`) raised with CPython's messages and positions in code points ("Expecting value:
//! line 1 column 1 (char 0)", "Expecting ',' delimiter", "Invalid \\escape", ...).

use crate::util::{add_functions, add_methods, kwarg, VmLocal};
use kaa_vm::object::{NativeFn, ObjRef, Payload};
use kaa_vm::types::{self, Layout};
use kaa_vm::{PyErr, PyResult, Value, Vm};

thread_local! {
    static DECODE_ERROR: VmLocal<ObjRef> = const { VmLocal::new() };
}

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

/// `JSONDecodeError(msg, doc, pos)`.
fn decode_error(vm: &mut Vm, msg: &str, doc: &Value, pos: usize) -> PyErr {
    let Some(cls) = DECODE_ERROR.with(|d| d.get(vm)) else {
        return vm.value_error(msg.to_string());
    };
    let m = vm.new_str(msg);
    match vm.call(&Value::Obj(cls), &[m, doc.clone(), Value::Int(pos as i64)]) {
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
        Ok(Value::Float(match name {
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
                Value::Float(text.parse::<f64>().unwrap_or(f64::NAN))
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
                    // Lone surrogates cannot be held by kaa's strings: they become U+FFFD.
                    out.push(char::from_u32(n).unwrap_or('\u{fffd}'));
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
            let items: Vec<Value> = pairs
                .into_iter()
                .map(|(k, v)| vm.new_tuple(vec![k, v]))
                .collect();
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

/// The document as text: str as is, bytes/bytearray decoded (UTF-8, BOM allowed).
fn doc_text(vm: &mut Vm, s: &Value) -> PyResult<(String, Value)> {
    if let Some(t) = s.as_str() {
        return Ok((t.to_string(), s.clone()));
    }
    let b = match s.payload() {
        Some(Payload::Bytes(b)) => b.to_vec(),
        Some(Payload::ByteArray(b)) => b.borrow().clone(),
        _ => {
            let n = vm.type_name(s);
            return Err(vm.type_error(format!(
                "the JSON object must be str, bytes or bytearray, not {n}"
            )));
        }
    };
    let body = b.strip_prefix(b"\xef\xbb\xbf").unwrap_or(&b);
    let t = kaa_vm::objects::codecs::decode(vm, body, "utf-8", "strict")?;
    let v = vm.new_string(t.clone());
    Ok((t, v))
}

fn hooks_from(
    vm: &mut Vm,
    get: &mut dyn FnMut(&mut Vm, &str) -> PyResult<Option<Value>>,
) -> PyResult<Hooks> {
    let mut g =
        |vm: &mut Vm, n: &str| -> PyResult<Value> { Ok(get(vm, n)?.unwrap_or(Value::None)) };
    let strict_v = g(vm, "strict")?;
    let strict = if strict_v.is_none() {
        true
    } else {
        vm.truthy(&strict_v)?
    };
    Ok(Hooks {
        object_hook: g(vm, "object_hook")?,
        pairs_hook: g(vm, "object_pairs_hook")?,
        parse_float: g(vm, "parse_float")?,
        parse_int: g(vm, "parse_int")?,
        parse_constant: g(vm, "parse_constant")?,
        strict,
    })
}

/// Decodes `text` from `idx`: (value, end index in code points).
fn raw_decode(
    vm: &mut Vm,
    text: &str,
    doc: &Value,
    h: &Hooks,
    idx: usize,
) -> PyResult<(Value, usize)> {
    let chars: Vec<char> = text.chars().collect();
    let mut d = Dec {
        s: &chars,
        doc: doc.clone(),
        h,
        depth: 0,
    };
    d.value(vm, idx)
}

fn decode_all(vm: &mut Vm, s: &Value, h: &Hooks) -> PyResult<Value> {
    let (text, doc) = doc_text(vm, s)?;
    if s.as_str().is_some() && text.starts_with('\u{feff}') {
        return Err(decode_error(
            vm,
            "Unexpected UTF-8 BOM (decode using utf-8-sig)",
            &doc,
            0,
        ));
    }
    let chars: Vec<char> = text.chars().collect();
    let mut d = Dec {
        s: &chars,
        doc: doc.clone(),
        h,
        depth: 0,
    };
    let start = d.ws(0);
    let (v, end) = d.value(vm, start)?;
    let end = d.ws(end);
    if end != chars.len() {
        return Err(decode_error(vm, "Extra data", &doc, end));
    }
    Ok(v)
}

const LOADS_KW: &[&str] = &[
    "cls",
    "object_hook",
    "parse_float",
    "parse_int",
    "parse_constant",
    "object_pairs_hook",
    "strict",
];

fn j_loads(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = match (args.first(), kwarg(kw, "s")) {
        (Some(s), _) => s.clone(),
        (None, Some(s)) => s,
        _ => return Err(vm.type_error("loads() missing 1 required positional argument: 's'")),
    };
    if args.len() > 1 {
        return Err(vm.type_error(format!(
            "loads() takes 1 positional argument but {} were given",
            args.len()
        )));
    }
    let rest: Vec<(Value, Value)> = kw
        .iter()
        .filter(|(k, _)| k.as_str() != Some("s"))
        .cloned()
        .collect();
    if let Some(cls) = kwarg(&rest, "cls").filter(|c| !c.is_none()) {
        let ckw: Vec<(Value, Value)> = rest
            .iter()
            .filter(|(k, _)| k.as_str() != Some("cls"))
            .cloned()
            .collect();
        let dec = vm.call_kw(&cls, &[], &ckw)?;
        if s.as_str().is_none() {
            let (_, doc) = doc_text(vm, &s)?;
            return vm.call_method(&dec, "decode", &[doc]);
        }
        return vm.call_method(&dec, "decode", &[s]);
    }
    for (k, _) in &rest {
        let ks = k.as_str().unwrap_or("");
        if !LOADS_KW.contains(&ks) {
            return Err(vm.type_error(format!(
                "JSONDecoder.__init__() got an unexpected keyword argument '{ks}'"
            )));
        }
    }
    let h = hooks_from(vm, &mut |_, n| Ok(kwarg(&rest, n)))?;
    decode_all(vm, &s, &h)
}

fn j_load(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(fp) = args.first() else {
        return Err(vm.type_error("load() missing 1 required positional argument: 'fp'"));
    };
    let text = vm.call_method(fp, "read", &[])?;
    j_loads(vm, &[text], kw)
}

// ---- JSONDecodeError ---------------------------------------------------------------------------

fn err_init(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = crate::util::pos_args(
        vm,
        "JSONDecodeError",
        "JSONDecodeError",
        &args[1..],
        kw,
        3,
        3,
    )?;
    let this = &args[0];
    let msg = vm.str_string(&a[0])?;
    let doc = a[1].as_str().map(|s| s.to_string()).unwrap_or_default();
    let pos = vm.index_i64(&a[2])?.max(0) as usize;
    let before: Vec<char> = doc.chars().take(pos).collect();
    let lineno = before.iter().filter(|&&c| c == '\n').count() + 1;
    let colno = match before.iter().rposition(|&c| c == '\n') {
        Some(nl) => pos - nl,
        None => pos + 1,
    };
    let full = vm.new_string(format!("{msg}: line {lineno} column {colno} (char {pos})"));
    if let Some(init) = types::lookup(&vm.types.value_error.clone(), "__init__") {
        vm.call(&init, &[this.clone(), full])?;
    }
    vm.setattr(this, "msg", a[0].clone())?;
    vm.setattr(this, "doc", a[1].clone())?;
    vm.setattr(this, "pos", a[2].clone())?;
    vm.setattr(this, "lineno", Value::Int(lineno as i64))?;
    vm.setattr(this, "colno", Value::Int(colno as i64))?;
    Ok(Value::None)
}

fn err_reduce(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let this = &args[0];
    let cls = Value::Obj(vm.type_of(this));
    let msg = vm.getattr(this, "msg")?;
    let doc = vm.getattr(this, "doc")?;
    let pos = vm.getattr(this, "pos")?;
    let t = vm.new_tuple(vec![msg, doc, pos]);
    Ok(vm.new_tuple(vec![cls, t]))
}

// ---- JSONDecoder -----------------------------------------------------------------------------

fn dec_init(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    if args.len() > 1 {
        return Err(vm.type_error(format!(
            "JSONDecoder.__init__() takes 1 positional argument but {} were given",
            args.len()
        )));
    }
    for (k, _) in kw {
        let ks = k.as_str().unwrap_or("");
        if !LOADS_KW[1..].contains(&ks) {
            return Err(vm.type_error(format!(
                "JSONDecoder.__init__() got an unexpected keyword argument '{ks}'"
            )));
        }
    }
    for name in &LOADS_KW[1..] {
        let v = kwarg(kw, name).unwrap_or(if *name == "strict" {
            Value::Bool(true)
        } else {
            Value::None
        });
        vm.setattr(&args[0], name, v)?;
    }
    Ok(Value::None)
}

fn dec_hooks(vm: &mut Vm, this: &Value) -> PyResult<Hooks> {
    let this = this.clone();
    hooks_from(vm, &mut |vm, n| vm.getattr_opt(&this, n))
}

fn dec_decode(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = crate::util::pos_args(vm, "decode", "decode", &args[1..], kw, 1, 1)?;
    let h = dec_hooks(vm, &args[0])?;
    decode_all(vm, &a[0], &h)
}

fn dec_raw_decode(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = crate::util::pos_args(vm, "raw_decode", "raw_decode", &args[1..], kw, 1, 2)?;
    let Some(text) = a[0].as_str().map(|s| s.to_string()) else {
        let n = vm.type_name(&a[0]);
        return Err(vm.type_error(format!("first argument must be a string, not {n}")));
    };
    let idx = match a.get(1) {
        Some(i) => vm.index_i64(i)?,
        None => 0,
    };
    if idx < 0 {
        return Err(vm.value_error("idx cannot be negative"));
    }
    let h = dec_hooks(vm, &args[0])?;
    let (v, end) = raw_decode(vm, &text, &a[0], &h, idx as usize)?;
    Ok(vm.new_tuple(vec![v, Value::Int(end as i64)]))
}

fn dec_new(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let cls = crate::util::cls_arg(vm, args)?;
    Ok(Value::Obj(kaa_vm::objects::typeobj::new_instance(
        vm,
        &cls,
        Payload::Plain,
    )))
}

pub fn init(vm: &mut Vm, m: &ObjRef) -> PyResult<()> {
    let funcs: &[(&'static str, NativeFn)] = &[("loads", j_loads), ("load", j_load)];
    add_functions(vm, m, funcs);
    let ve = vm.types.value_error.clone();
    let e = types::new_type(
        vm.types.type_.clone(),
        "JSONDecodeError",
        vec![ve],
        vm.new_dict(),
        Layout::Exception,
        types::FLAG_BASETYPE | types::FLAG_HAS_DICT,
    );
    types::set_linear_mro(&e);
    let modname = vm.new_str("json.decoder");
    vm.type_dict_set(&e, "__module__", modname);
    add_methods(
        vm,
        &e,
        &[("__init__", err_init), ("__reduce__", err_reduce)],
    );
    DECODE_ERROR.with(|d| d.set(vm, e.clone()));
    vm.module_set(m, "JSONDecodeError", Value::Obj(e));

    let d = crate::util::new_class(vm, "json.decoder", "JSONDecoder", true);
    if let Some(td) = types::tdata(&d) {
        td.flags.set(td.flags.get() | types::FLAG_HAS_DICT);
    }
    kaa_vm::objects::objectobj::dict_descriptor(vm, &d);
    crate::util::set_new(vm, &d, dec_new);
    let methods: &[(&'static str, NativeFn)] = &[
        ("__init__", dec_init),
        ("decode", dec_decode),
        ("raw_decode", dec_raw_decode),
    ];
    add_methods(vm, &d, methods);
    vm.module_set(m, "JSONDecoder", Value::Obj(d));
    Ok(())
}
