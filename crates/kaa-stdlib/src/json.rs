//! `_json`, the native accelerator of the `json` package (Lib/json): the whole-document
//! encoder behind `JSONEncoder.encode` (`_encode`, with `indent`, separators, `sort_keys`,
//! `ensure_ascii`, `allow_nan`, `skipkeys`, `check_circular` and `default`),
//! `encode_basestring`/`encode_basestring_ascii`, and (in `json_decode.rs`) `scanstring`,
//! the `make_scanner` type and the whole-document decoder. Output matches CPython's byte for
//! byte: float reprs, `NaN`/`Infinity`, `\uXXXX` escapes with surrogate pairs, key coercion
//! (`1` → `"1"`, `None` → `"null"`), and its error messages ("Object of type set is not JSON
//! serializable", "Circular reference detected", "keys must be str, int, float, bool or None,
//! not tuple").

use crate::json_decode;
use crate::util::{add_functions, Sig};
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
    /// Out-of-range floats are reported with their repr, as CPython's Python encoder (used
    /// when `indent` is set) does.
    nan_repr: bool,
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
                let n = kaa_vm::surrogate::code_point(c);
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
        let msg = "Out of range float values are not JSON compliant";
        if o.nan_repr {
            let r = kaa_fmt::float_repr::repr(f);
            return Err(vm.value_error(format!("{msg}: {r}")));
        }
        return Err(vm.value_error(msg));
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

const ENCODE_PARAMS: &[&str] = &[
    "obj",
    "skipkeys",
    "ensure_ascii",
    "check_circular",
    "allow_nan",
    "sort_keys",
    "indent",
    "key_separator",
    "item_separator",
    "default",
];

/// `_encode(obj, skipkeys, ensure_ascii, check_circular, allow_nan, sort_keys, indent,
/// key_separator, item_separator, default)`: the JSON text of `obj`. `indent` is None or a
/// str; `default` None means the `TypeError` of `JSONEncoder.default`.
fn j_encode(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let sig = Sig {
        name: "_encode",
        params: ENCODE_PARAMS,
        max_pos: ENCODE_PARAMS.len(),
        required: ENCODE_PARAMS.len(),
        pos_only: 0,
    };
    let p = sig.bind(vm, args, kw)?;
    let arg = |i: usize| p.get(i).cloned().flatten().unwrap_or(Value::None);
    let flag = |vm: &mut Vm, i: usize| -> PyResult<bool> { vm.truthy(&arg(i)) };
    let indent_v = arg(6);
    let indent = if indent_v.is_none() {
        None
    } else {
        Some(vm.str_string(&indent_v)?)
    };
    let key_sep = vm.str_string(&arg(7))?;
    let item_sep = vm.str_string(&arg(8))?;
    let o = Opts {
        skipkeys: flag(vm, 1)?,
        ensure_ascii: flag(vm, 2)?,
        check_circular: flag(vm, 3)?,
        allow_nan: flag(vm, 4)?,
        sort_keys: flag(vm, 5)?,
        nan_repr: indent.is_some(),
        indent,
        item_sep,
        key_sep,
        default: arg(9),
    };
    let s = encode_with(vm, &o, &arg(0))?;
    Ok(vm.new_string(s))
}

fn basestring(vm: &mut Vm, name: &str, args: &[Value], ascii: bool) -> PyResult<Value> {
    if args.len() != 1 {
        return Err(vm.type_error(format!(
            "{name}() takes exactly one argument ({} given)",
            args.len()
        )));
    }
    let Some(s) = args[0].as_str() else {
        let n = vm.type_name(&args[0]);
        return Err(vm.type_error(format!("first argument must be a string, not {n}")));
    };
    let mut out = String::with_capacity(s.len() + 2);
    escape_str(s, ascii, &mut out);
    Ok(vm.new_string(out))
}

fn j_basestring_ascii(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    basestring(vm, "encode_basestring_ascii", args, true)
}

fn j_basestring(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    basestring(vm, "encode_basestring", args, false)
}

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("_json");
    let funcs: &[(&'static str, NativeFn)] = &[
        ("_encode", j_encode),
        ("encode_basestring_ascii", j_basestring_ascii),
        ("encode_basestring", j_basestring),
    ];
    add_functions(vm, &m, funcs);
    json_decode::init(vm, &m)?;
    Ok(m)
}
