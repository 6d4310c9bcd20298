//! The `json` module, native (CPython 3.11's behaviour): `dumps`/`dump` with `indent`,
//! `separators`, `sort_keys`, `ensure_ascii`, `allow_nan`, `skipkeys`, `check_circular`,
//! `default` and `cls`; `JSONEncoder` (whose `encode` honours an overridden `default`);
//! the decoder (`loads`, `load`, `JSONDecoder`, `JSONDecodeError`) lives in
//! `json_decode.rs`. Output matches CPython's byte for byte: float reprs, `NaN`/`Infinity`,
//! `\uXXXX` escapes with surrogate pairs, key coercion (`1` → `"1"`, `None` → `"null"`),
//! and its error messages ("Object of type set is not JSON serializable", "Circular
//! reference detected", "keys must be str, int, float, bool or None, not tuple").

use crate::json_decode;
use crate::util::{add_functions, add_methods, kwarg, new_class, Sig};
use kaa_vm::object::{NativeFn, ObjRef, Payload};
use kaa_vm::objects::num::as_int;
use kaa_vm::{PyResult, Value, Vm};

/// Encoder settings.
pub struct Opts {
    skipkeys: bool,
    ensure_ascii: bool,
    check_circular: bool,
    allow_nan: bool,
    sort_keys: bool,
    indent: Option<String>,
    item_sep: String,
    key_sep: String,
    default: Value,
}

struct Encoder<'o> {
    o: &'o Opts,
    out: String,
    markers: Vec<usize>,
    depth: usize,
    /// Nesting through `default` results (bounded with `depth` by the recursion limit).
    nest: usize,
}

pub fn escape_str(s: &str, ensure_ascii: bool, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c if ensure_ascii && (c as u32) > 0x7e => {
                let n = c as u32;
                if n > 0xffff {
                    let v = n - 0x10000;
                    let hi = 0xd800 | (v >> 10);
                    let lo = 0xdc00 | (v & 0x3ff);
                    out.push_str(&format!("\\u{hi:04x}\\u{lo:04x}"));
                } else {
                    out.push_str(&format!("\\u{n:04x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

fn float_text(vm: &mut Vm, o: &Opts, f: f64) -> PyResult<String> {
    if f.is_finite() {
        return Ok(kaa_fmt::float_repr::repr(f));
    }
    if !o.allow_nan {
        return Err(vm.value_error("Out of range float values are not JSON compliant"));
    }
    Ok(if f.is_nan() {
        "NaN"
    } else if f > 0.0 {
        "Infinity"
    } else {
        "-Infinity"
    }
    .to_string())
}

fn float_of(v: &Value) -> Option<f64> {
    match v {
        Value::Float(f) => Some(*f),
        _ => match v.payload() {
            Some(Payload::Float(f)) => Some(*f),
            _ => None,
        },
    }
}

fn int_text(vm: &mut Vm, v: &Value) -> PyResult<String> {
    match v {
        Value::Int(i) => Ok(i.to_string()),
        Value::Bool(b) => Ok((*b as i64).to_string()),
        _ => kaa_vm::objects::num::int_repr(
            vm,
            &kaa_vm::objects::numobj::int_value(vm, v).unwrap_or(Value::Int(0)),
        ),
    }
}

impl Encoder<'_> {
    fn newline(&mut self) {
        if let Some(ind) = &self.o.indent {
            self.out.push('\n');
            for _ in 0..self.depth {
                self.out.push_str(ind);
            }
        }
    }

    fn enter(&mut self, vm: &mut Vm, v: &Value) -> PyResult<()> {
        if self.depth + self.nest >= vm.recursion_limit {
            let c = vm.types.recursion_error.clone();
            return Err(vm.new_exc(
                &c,
                "maximum recursion depth exceeded while encoding a JSON object",
            ));
        }
        if self.o.check_circular {
            let id = v.as_obj().map(|o| o.id()).unwrap_or(0);
            if self.markers.contains(&id) {
                return Err(vm.value_error("Circular reference detected"));
            }
            self.markers.push(id);
        }
        self.depth += 1;
        Ok(())
    }

    fn leave(&mut self) {
        self.depth -= 1;
        if self.o.check_circular {
            self.markers.pop();
        }
    }

    fn encode(&mut self, vm: &mut Vm, v: &Value) -> PyResult<()> {
        match v {
            Value::None => {
                self.out.push_str("null");
                return Ok(());
            }
            Value::Bool(b) => {
                self.out.push_str(if *b { "true" } else { "false" });
                return Ok(());
            }
            Value::Int(i) => {
                self.out.push_str(&i.to_string());
                return Ok(());
            }
            Value::Float(f) => {
                let t = float_text(vm, self.o, *f)?;
                self.out.push_str(&t);
                return Ok(());
            }
            _ => {}
        }
        if let Some(s) = v.as_str() {
            escape_str(s, self.o.ensure_ascii, &mut self.out);
            return Ok(());
        }
        if as_int(v).is_some() {
            let t = int_text(vm, v)?;
            self.out.push_str(&t);
            return Ok(());
        }
        if let Some(f) = float_of(v) {
            let t = float_text(vm, self.o, f)?;
            self.out.push_str(&t);
            return Ok(());
        }
        match v.payload() {
            Some(Payload::List(_)) | Some(Payload::Tuple(_)) => self.encode_list(vm, v),
            Some(Payload::Dict(_)) => self.encode_dict(vm, v),
            _ => {
                if self.o.check_circular {
                    let id = v.as_obj().map(|o| o.id()).unwrap_or(0);
                    if self.markers.contains(&id) {
                        return Err(vm.value_error("Circular reference detected"));
                    }
                    self.markers.push(id);
                }
                let r = if self.o.default.is_none() {
                    let n = vm.type_name(v);
                    Err(vm.type_error(format!("Object of type {n} is not JSON serializable")))
                } else {
                    vm.call(&self.o.default, std::slice::from_ref(v))
                };
                let r = match r {
                    Ok(x) => {
                        if self.nest + self.depth >= vm.recursion_limit {
                            let c = vm.types.recursion_error.clone();
                            return Err(vm.new_exc(
                                &c,
                                "maximum recursion depth exceeded while encoding a JSON object",
                            ));
                        }
                        self.nest += 1;
                        let r = self.encode(vm, &x);
                        self.nest -= 1;
                        r
                    }
                    Err(e) => Err(e),
                };
                if self.o.check_circular {
                    self.markers.pop();
                }
                r
            }
        }
    }

    fn encode_list(&mut self, vm: &mut Vm, v: &Value) -> PyResult<()> {
        let items = match v.payload() {
            Some(Payload::List(l)) => l.borrow().clone(),
            Some(Payload::Tuple(t)) => t.to_vec(),
            _ => Vec::new(),
        };
        if items.is_empty() {
            self.out.push_str("[]");
            return Ok(());
        }
        self.enter(vm, v)?;
        self.out.push('[');
        self.newline();
        for (i, x) in items.iter().enumerate() {
            if i > 0 {
                let sep = self.o.item_sep.clone();
                self.out.push_str(&sep);
                self.newline();
            }
            self.encode(vm, x)?;
        }
        self.leave();
        self.newline();
        self.out.push(']');
        Ok(())
    }

    fn encode_key(&mut self, vm: &mut Vm, k: &Value) -> PyResult<Option<String>> {
        if let Some(s) = k.as_str() {
            return Ok(Some(s.to_string()));
        }
        Ok(Some(match k {
            Value::None => "null".to_string(),
            Value::Bool(b) => (if *b { "true" } else { "false" }).to_string(),
            Value::Int(i) => i.to_string(),
            Value::Float(f) => float_text(vm, self.o, *f)?,
            _ => {
                if as_int(k).is_some() {
                    int_text(vm, k)?
                } else if let Some(f) = float_of(k) {
                    float_text(vm, self.o, f)?
                } else if self.o.skipkeys {
                    return Ok(None);
                } else {
                    let n = vm.type_name(k);
                    return Err(vm.type_error(format!(
                        "keys must be str, int, float, bool or None, not {n}"
                    )));
                }
            }
        }))
    }

    fn encode_dict(&mut self, vm: &mut Vm, v: &Value) -> PyResult<()> {
        let exact = v.as_obj().is_some_and(|o| o.class_is(&vm.types.dict));
        let mut items: Vec<(Value, Value)> = if exact {
            match v.payload() {
                Some(Payload::Dict(d)) => d.borrow().items(),
                _ => Vec::new(),
            }
        } else {
            let it = vm.call_method(v, "items", &[])?;
            let mut out = Vec::new();
            for pair in vm.iterate(&it)? {
                let kv = vm.unpack(&pair, 2, None)?;
                out.push((kv[0].clone(), kv[1].clone()));
            }
            out
        };
        if items.is_empty() {
            self.out.push_str("{}");
            return Ok(());
        }
        if self.o.sort_keys {
            kaa_vm::objects::seqobj::sort_values(vm, &mut items, false)?;
        }
        self.enter(vm, v)?;
        self.out.push('{');
        self.newline();
        let mut first = true;
        for (k, val) in &items {
            let Some(key) = self.encode_key(vm, k)? else {
                continue;
            };
            if !first {
                let sep = self.o.item_sep.clone();
                self.out.push_str(&sep);
                self.newline();
            }
            first = false;
            escape_str(&key, self.o.ensure_ascii, &mut self.out);
            let ks = self.o.key_sep.clone();
            self.out.push_str(&ks);
            self.encode(vm, val)?;
        }
        self.leave();
        self.newline();
        self.out.push('}');
        Ok(())
    }
}

const DUMPS_PARAMS: &[&str] = &[
    "obj",
    "skipkeys",
    "ensure_ascii",
    "check_circular",
    "allow_nan",
    "cls",
    "indent",
    "separators",
    "default",
    "sort_keys",
];

fn bool_opt(vm: &mut Vm, v: &Option<Value>, default: bool) -> PyResult<bool> {
    match v {
        Some(v) => vm.truthy(v),
        None => Ok(default),
    }
}

fn indent_of(vm: &mut Vm, v: &Option<Value>) -> PyResult<Option<String>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => {
            if let Some(s) = v.as_str() {
                return Ok(Some(s.to_string()));
            }
            let n = vm.index_i64(v)?;
            Ok(Some(" ".repeat(n.max(0) as usize)))
        }
    }
}

/// Builds encoder options from the keyword values (in DUMPS_PARAMS order, from index 1).
fn opts_from(vm: &mut Vm, p: &[Option<Value>]) -> PyResult<Opts> {
    let indent = indent_of(vm, &p[6])?;
    let (item_sep, key_sep) = match &p[7] {
        Some(s) if !s.is_none() => {
            let parts = vm.unpack(s, 2, None)?;
            let a = vm.str_string(&parts[0])?;
            let b = vm.str_string(&parts[1])?;
            (a, b)
        }
        _ => {
            if indent.is_some() {
                (",".to_string(), ": ".to_string())
            } else {
                (", ".to_string(), ": ".to_string())
            }
        }
    };
    Ok(Opts {
        skipkeys: bool_opt(vm, &p[1], false)?,
        ensure_ascii: bool_opt(vm, &p[2], true)?,
        check_circular: bool_opt(vm, &p[3], true)?,
        allow_nan: bool_opt(vm, &p[4], true)?,
        sort_keys: bool_opt(vm, &p[9], false)?,
        indent,
        item_sep,
        key_sep,
        default: p[8].clone().unwrap_or(Value::None),
    })
}

pub fn encode_with(vm: &mut Vm, o: &Opts, v: &Value) -> PyResult<String> {
    let mut e = Encoder {
        o,
        out: String::new(),
        markers: Vec::new(),
        depth: 0,
        nest: 0,
    };
    e.encode(vm, v)?;
    Ok(e.out)
}

fn j_dumps(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let sig = Sig {
        name: "dumps",
        params: DUMPS_PARAMS,
        max_pos: 1,
        required: 1,
        pos_only: 0,
    };
    let p = bind_extra(vm, &sig, args, kw)?;
    let obj = p.0[0].clone().unwrap_or(Value::None);
    if let Some(cls) = p.0[5].clone().filter(|c| !c.is_none()) {
        let mut ckw = Vec::new();
        for (i, name) in DUMPS_PARAMS.iter().enumerate().skip(1) {
            if i == 5 {
                continue;
            }
            if let Some(v) = &p.0[i] {
                ckw.push((vm.new_str(name), v.clone()));
            }
        }
        ckw.extend(p.1);
        let enc = vm.call_kw(&cls, &[], &ckw)?;
        return vm.call_method(&enc, "encode", &[obj]);
    }
    if !p.1.is_empty() {
        let k = p.1[0].0.as_str().unwrap_or("").to_string();
        return Err(vm.type_error(format!(
            "JSONEncoder.__init__() got an unexpected keyword argument '{k}'"
        )));
    }
    let o = opts_from(vm, &p.0)?;
    let s = encode_with(vm, &o, &obj)?;
    Ok(vm.new_string(s))
}

/// Binds the known parameters; unknown keywords are returned (they go to `cls`).
fn bind_extra(
    vm: &mut Vm,
    sig: &Sig,
    args: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<(Vec<Option<Value>>, Vec<(Value, Value)>)> {
    let (known, extra): (Vec<_>, Vec<_>) = kw
        .iter()
        .cloned()
        .partition(|(k, _)| k.as_str().is_some_and(|s| sig.params.contains(&s)));
    let p = sig.bind(vm, args, &known)?;
    Ok((p, extra))
}

fn j_dump(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    if args.len() < 2 {
        let missing = if args.is_empty() {
            "'obj' and 'fp'"
        } else {
            "'fp'"
        };
        let n = if args.is_empty() { 2 } else { 1 };
        let s = if n == 1 { "" } else { "s" };
        return Err(vm.type_error(format!(
            "dump() missing {n} required positional argument{s}: {missing}"
        )));
    }
    let text = j_dumps(vm, &args[..1], kw)?;
    vm.call_method(&args[1], "write", &[text])?;
    Ok(Value::None)
}

// ---- JSONEncoder ---------------------------------------------------------------------------------

const ENC_DEFAULTS: &[(&str, Value)] = &[
    ("skipkeys", Value::Bool(false)),
    ("ensure_ascii", Value::Bool(true)),
    ("check_circular", Value::Bool(true)),
    ("allow_nan", Value::Bool(true)),
    ("sort_keys", Value::Bool(false)),
    ("indent", Value::None),
];

fn enc_init(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let this = &args[0];
    if args.len() > 1 {
        return Err(vm.type_error(format!(
            "JSONEncoder.__init__() takes 1 positional argument but {} were given",
            args.len()
        )));
    }
    for (name, dv) in ENC_DEFAULTS {
        let v = kwarg(kw, name).unwrap_or_else(|| dv.clone());
        vm.setattr(this, name, v)?;
    }
    let indent = kwarg(kw, "indent").filter(|v| !v.is_none());
    let (isep, ksep) = match kwarg(kw, "separators").filter(|v| !v.is_none()) {
        Some(s) => {
            let parts = vm.unpack(&s, 2, None)?;
            (parts[0].clone(), parts[1].clone())
        }
        None if indent.is_some() => (vm.new_str(","), vm.new_str(": ")),
        None => (vm.new_str(", "), vm.new_str(": ")),
    };
    vm.setattr(this, "item_separator", isep)?;
    vm.setattr(this, "key_separator", ksep)?;
    if let Some(d) = kwarg(kw, "default").filter(|v| !v.is_none()) {
        vm.setattr(this, "default", d)?;
    }
    for (k, _) in kw {
        let ks = k.as_str().unwrap_or("");
        if !matches!(
            ks,
            "skipkeys"
                | "ensure_ascii"
                | "check_circular"
                | "allow_nan"
                | "sort_keys"
                | "indent"
                | "separators"
                | "default"
        ) {
            return Err(vm.type_error(format!(
                "JSONEncoder.__init__() got an unexpected keyword argument '{ks}'"
            )));
        }
    }
    Ok(Value::None)
}

fn enc_default(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let o = args.get(1).cloned().unwrap_or(Value::None);
    let n = vm.type_name(&o);
    Err(vm.type_error(format!("Object of type {n} is not JSON serializable")))
}

fn enc_opts(vm: &mut Vm, this: &Value) -> PyResult<Opts> {
    let get = |vm: &mut Vm, n: &str| -> PyResult<Value> {
        Ok(vm.getattr_opt(this, n)?.unwrap_or(Value::None))
    };
    let indent_v = get(vm, "indent")?;
    let indent = indent_of(vm, &Some(indent_v))?;
    let isep = get(vm, "item_separator")?;
    let ksep = get(vm, "key_separator")?;
    let item_sep = if isep.is_none() {
        ", ".to_string()
    } else {
        vm.str_string(&isep)?
    };
    let key_sep = if ksep.is_none() {
        ": ".to_string()
    } else {
        vm.str_string(&ksep)?
    };
    let flag = |vm: &mut Vm, n: &str, d: bool| -> PyResult<bool> {
        match vm.getattr_opt(this, n)? {
            Some(v) => vm.truthy(&v),
            None => Ok(d),
        }
    };
    Ok(Opts {
        skipkeys: flag(vm, "skipkeys", false)?,
        ensure_ascii: flag(vm, "ensure_ascii", true)?,
        check_circular: flag(vm, "check_circular", true)?,
        allow_nan: flag(vm, "allow_nan", true)?,
        sort_keys: flag(vm, "sort_keys", false)?,
        indent,
        item_sep,
        key_sep,
        default: vm.getattr(this, "default")?,
    })
}

fn enc_encode(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = crate::util::one_arg(vm, "encode", &args[1..], kw)?;
    let o = enc_opts(vm, &args[0])?;
    let s = encode_with(vm, &o, &a)?;
    Ok(vm.new_string(s))
}

fn enc_iterencode(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = enc_encode(vm, &args[..2.min(args.len())], kw)?;
    let l = vm.new_list(vec![s]);
    vm.iter(&l)
}

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("json");
    let funcs: &[(&'static str, NativeFn)] = &[("dumps", j_dumps), ("dump", j_dump)];
    add_functions(vm, &m, funcs);
    let enc = new_class(vm, "json.encoder", "JSONEncoder", true);
    if let Some(d) = kaa_vm::types::tdata(&enc) {
        d.flags.set(d.flags.get() | kaa_vm::types::FLAG_HAS_DICT);
    }
    kaa_vm::objects::objectobj::dict_descriptor(vm, &enc);
    crate::util::set_new(vm, &enc, enc_new);
    let methods: &[(&'static str, NativeFn)] = &[
        ("__init__", enc_init),
        ("default", enc_default),
        ("encode", enc_encode),
        ("iterencode", enc_iterencode),
    ];
    add_methods(vm, &enc, methods);
    for (name, v) in ENC_DEFAULTS {
        vm.type_dict_set(&enc, name, v.clone());
    }
    let sep = vm.new_str(", ");
    vm.type_dict_set(&enc, "item_separator", sep);
    let ksep = vm.new_str(": ");
    vm.type_dict_set(&enc, "key_separator", ksep);
    vm.module_set(&m, "JSONEncoder", Value::Obj(enc));
    json_decode::init(vm, &m)?;
    Ok(m)
}

fn enc_new(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let cls = crate::util::cls_arg(vm, args)?;
    Ok(Value::Obj(kaa_vm::objects::typeobj::new_instance(
        vm,
        &cls,
        Payload::Plain,
    )))
}
