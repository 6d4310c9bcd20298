//! `repr()`, `str()`, `ascii()` and `format()` with CPython's output for every built-in type:
//! str quoting and escapes, float via the shortest round-trip digits, containers with `...`
//! for recursion, default `<module.Class object at 0x...>`, function and method reprs. User
//! classes dispatch through `__repr__`/`__str__`/`__format__` looked up on the type.

use crate::object::{ObjRef, Payload};
use crate::objects::num;
use crate::types;
use crate::value::Value;
use crate::{PyResult, Vm};

/// CPython's str repr: quotes chosen to avoid escaping, escapes for non-printables.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if is_printable(c)
                && !kaa_syntax::surrogate::is_surrogate(kaa_syntax::surrogate::code_point(c)) =>
            {
                out.push(c)
            }
            c => {
                let n = kaa_syntax::surrogate::code_point(c);
                if n < 0x100 {
                    out.push_str(&format!("\\x{n:02x}"));
                } else if n < 0x10000 {
                    out.push_str(&format!("\\u{n:04x}"));
                } else {
                    out.push_str(&format!("\\U{n:08x}"));
                }
            }
        }
    }
    out.push(quote);
    out
}

/// Python's `str.isprintable()` for one character (CPython 3.11's Unicode data).
pub fn is_printable(c: char) -> bool {
    crate::objects::str_case::is_printable(c)
}

pub fn bytes_repr(b: &[u8], prefix: &str) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(b.len() + 3);
    out.push_str(prefix);
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote as char);
    out
}

impl Vm {
    pub fn repr(&mut self, v: &Value) -> PyResult<Value> {
        if let Some(s) = v.as_str() {
            if v.as_obj().is_some_and(|o| o.class_is(&self.types.str)) {
                return Ok(self.new_string(str_repr(s)));
            }
        }
        let tp = self.type_of(v);
        // Counted for native container reprs too: a list nested 100000 deep raises
        // RecursionError, as CPython's C recursion check does.
        self.depth += 1;
        if self.depth > self.recursion_limit + 50 {
            self.depth -= 1;
            let c = self.types.recursion_error.clone();
            return Err(self.new_exc(
                &c,
                "maximum recursion depth exceeded while getting the repr of an object",
            ));
        }
        let r = self.repr_dispatch(v, &tp);
        self.depth -= 1;
        let r = match r? {
            Ok(r) => r,
            Err(s) => return Ok(self.new_string(s)),
        };
        if r.as_str().is_none() {
            let n = self.type_name(&r);
            return Err(self.type_error(format!("__repr__ returned non-string (type {n})")));
        }
        Ok(r)
    }

    /// The repr by the type: a native repr as a `String` (`Err`), or what `__repr__`
    /// returned (`Ok`), not yet checked to be a str.
    fn repr_dispatch(&mut self, v: &Value, tp: &ObjRef) -> PyResult<Result<Value, String>> {
        if let Some(r) = self.builtin_repr_exact(v, tp)? {
            return Ok(Err(r));
        }
        let Some(m) = types::lookup(tp, "__repr__") else {
            return Ok(Err(self.default_repr(v)));
        };
        self.call_descriptor_function(&m, v, tp, std::slice::from_ref(v))
            .map(Ok)
    }

    pub fn repr_string(&mut self, v: &Value) -> PyResult<String> {
        let r = self.repr(v)?;
        Ok(r.as_str().unwrap_or("").to_string())
    }

    pub fn str(&mut self, v: &Value) -> PyResult<Value> {
        if let Some(_s) = v.as_str() {
            if v.as_obj().is_some_and(|o| o.class_is(&self.types.str)) {
                return Ok(v.clone());
            }
        }
        match v {
            Value::Int(i) => return Ok(self.new_str(int_decimal(*i, &mut [0; 20]))),
            Value::Float(f) => return Ok(self.new_string(kaa_fmt::float_repr::repr(*f))),
            Value::None => return Ok(self.new_str("None")),
            Value::Bool(b) => return Ok(self.new_str(if *b { "True" } else { "False" })),
            _ => {}
        }
        let tp = self.type_of(v);
        match types::lookup(&tp, "__str__") {
            Some(m) => {
                let r = self.call_descriptor_function(&m, v, &tp, std::slice::from_ref(v))?;
                if r.as_str().is_none() {
                    let n = self.type_name(&r);
                    return Err(self.type_error(format!("__str__ returned non-string (type {n})")));
                }
                Ok(r)
            }
            None => self.repr(v),
        }
    }

    pub fn str_string(&mut self, v: &Value) -> PyResult<String> {
        let r = self.str(v)?;
        Ok(r.as_str().unwrap_or("").to_string())
    }

    pub fn ascii(&mut self, v: &Value) -> PyResult<Value> {
        let r = self.repr_string(v)?;
        Ok(self.new_string(ascii_escape(&r)))
    }

    /// `format(v, spec)`.
    pub fn format(&mut self, v: &Value, spec: &Value) -> PyResult<Value> {
        // An inline int, float, bool or None with an empty spec: their `__format__` (int's,
        // float's, object's) is then `str()`, without the method call (CPython's
        // FORMAT_VALUE does the same for exact built-in types).
        if !matches!(v, Value::Obj(_) | Value::Null) && spec.as_str() == Some("") {
            return self.str(v);
        }
        let tp = self.type_of(v);
        match types::lookup(&tp, "__format__") {
            Some(m) => {
                let r = self.call_descriptor_function(&m, v, &tp, &[v.clone(), spec.clone()])?;
                if r.as_str().is_none() {
                    let n = self.type_name(&r);
                    return Err(self.type_error(format!("__format__ must return a str, not {n}")));
                }
                Ok(r)
            }
            None => self.str(v),
        }
    }

    /// `<module.Qualname object at 0x...>`.
    pub fn default_repr(&self, v: &Value) -> String {
        let tp = self.type_of(v);
        let qn = types::tdata(&tp)
            .map(|d| d.qualname.borrow().clone())
            .unwrap_or_default();
        let module = types::tdata(&tp).and_then(|d| self.dict_get_str(&d.dict, "__module__"));
        let id = match v {
            Value::Obj(o) => o.py_id(),
            _ => 0,
        };
        match module.as_ref().and_then(|m| m.as_str()) {
            Some(m) if m != "builtins" => format!("<{m}.{qn} object at {id:#x}>"),
            _ => format!("<{qn} object at {id:#x}>"),
        }
    }

    /// Native repr of built-in payloads, used when the type's `__repr__` is the built-in one.
    fn builtin_repr_exact(&mut self, v: &Value, tp: &ObjRef) -> PyResult<Option<String>> {
        if !types::tdata(tp).is_some_and(|d| d.has_flag(types::FLAG_NATIVE_REPR)) {
            return Ok(None);
        }
        // Objects of native modules' classes get their repr from the class's `__repr__`.
        if matches!(v.payload(), Some(Payload::Native(_))) {
            return Ok(None);
        }
        self.builtin_repr(v)
            .map(Some)
            .map(|r| r.filter(|s| !s.is_empty()))
    }

    /// The repr of a built-in value (also `__repr__` of the built-in types).
    /// CPython's `_module_repr_from_spec`; None when the spec's fields cannot be read (the
    /// caller then describes the module by its own attributes).
    fn module_repr_from_spec(&mut self, spec: &Value) -> PyResult<Option<String>> {
        let field = |vm: &mut Vm, n: &str| -> PyResult<Option<Value>> {
            Ok(vm.getattr_opt(spec, n)?.filter(|v| !v.is_none()))
        };
        let name = match field(self, "name")? {
            Some(n) => self.repr_string(&n)?,
            None => "'?'".into(),
        };
        let Some(origin) = field(self, "origin")? else {
            return Ok(Some(match field(self, "loader")? {
                Some(l) => format!("<module {name} ({})>", self.repr_string(&l)?),
                None => format!("<module {name}>"),
            }));
        };
        let has_location = match field(self, "has_location")? {
            Some(h) => self.truthy(&h)?,
            None => false,
        };
        let o = match origin.as_str() {
            Some(s) if !has_location => s.to_string(),
            _ => self.repr_string(&origin)?,
        };
        Ok(Some(if has_location {
            format!("<module {name} from {o}>")
        } else {
            format!("<module {name} ({o})>")
        }))
    }

    pub fn builtin_repr(&mut self, v: &Value) -> PyResult<String> {
        Ok(match v {
            Value::None | Value::Null => "None".into(),
            Value::Bool(b) => (if *b { "True" } else { "False" }).into(),
            Value::Int(i) => i.to_string(),
            Value::Float(f) => kaa_fmt::float_repr::repr(*f),
            Value::Obj(o) => match &o.payload {
                Payload::Int(_) => num::int_repr(self, v)?,
                Payload::Float(f) => kaa_fmt::float_repr::repr(*f),
                Payload::Complex(re, im) => kaa_fmt::float_repr::complex_repr(*re, *im),
                Payload::Str(s) => str_repr(s.as_str()),
                Payload::Bytes(b) => bytes_repr(b, "b"),
                Payload::ByteArray(b) => {
                    let b = b.borrow().clone();
                    format!(
                        "bytearray({})",
                        crate::objects::bytesobj::bytearray_repr(&b)
                    )
                }
                Payload::List(_) | Payload::Tuple(_) | Payload::Dict(_) | Payload::Set(_) => {
                    return self.container_repr(o)
                }
                Payload::Range(r) => {
                    let (start, stop, step, _) = r.bounds();
                    if step == 1u8.into() {
                        format!("range({start}, {stop})")
                    } else {
                        format!("range({start}, {stop}, {step})")
                    }
                }
                Payload::Slice(s) => {
                    let (a, b, c) = (**s).clone();
                    format!(
                        "slice({}, {}, {})",
                        self.repr_string(&a)?,
                        self.repr_string(&b)?,
                        self.repr_string(&c)?
                    )
                }
                Payload::NotImplemented => "NotImplemented".into(),
                Payload::Ellipsis => "Ellipsis".into(),
                Payload::Function(f) => {
                    let q = f.qualname.borrow().as_str().unwrap_or("?").to_string();
                    format!("<function {} at {:#x}>", q, o.id())
                }
                Payload::Builtin(b) if o.class_is(&self.types.wrapper_descriptor) => {
                    let owner = b.owner.as_ref().map(types::type_name).unwrap_or_default();
                    format!("<slot wrapper '{}' of '{}' objects>", b.name, owner)
                }
                Payload::Builtin(b) if o.class_is(&self.types.method_wrapper) => {
                    let s = b.bound.clone().unwrap_or(Value::None);
                    let tn = self.type_name(&s);
                    format!(
                        "<method-wrapper '{}' of {} object at {:#x}>",
                        b.name,
                        tn,
                        s.as_obj().map(|x| x.id()).unwrap_or(0)
                    )
                }
                Payload::Builtin(b) => match (&b.bound, b.kind) {
                    (Some(s), _) if !matches!(s.payload(), Some(Payload::Module)) => {
                        let tn = self.type_name(s);
                        format!(
                            "<built-in method {} of {} object at {:#x}>",
                            b.name,
                            tn,
                            s.as_obj().map(|x| x.id()).unwrap_or(0)
                        )
                    }
                    (_, crate::object::BuiltinKind::Method) => {
                        let owner = b.owner.as_ref().map(types::type_name).unwrap_or_default();
                        format!("<method '{}' of '{}' objects>", b.name, owner)
                    }
                    _ => format!("<built-in function {}>", b.name),
                },
                Payload::Method(f, s) => {
                    let (f, s) = (f.clone(), s.clone());
                    let fname = match self.getattr_opt(&f, "__qualname__")? {
                        Some(q) => self.str_string(&q)?,
                        None => "?".into(),
                    };
                    format!("<bound method {} of {}>", fname, self.repr_string(&s)?)
                }
                Payload::Type(_) => crate::objects::typeobj::type_repr_string(self, o)?,
                Payload::Module => {
                    let d = o.dict();
                    // As CPython's `_module_repr`: a module with a spec is described by it.
                    if let Some(spec) = d
                        .as_ref()
                        .and_then(|d| self.dict_get_str(d, "__spec__"))
                        .filter(|s| !s.is_none())
                    {
                        if let Some(r) = self.module_repr_from_spec(&spec)? {
                            return Ok(r);
                        }
                    }
                    let name = d.as_ref().and_then(|d| self.dict_get_str(d, "__name__"));
                    let file = d.as_ref().and_then(|d| self.dict_get_str(d, "__file__"));
                    let n = match &name {
                        Some(n) => self.repr_string(n)?,
                        None => "'?'".into(),
                    };
                    let origin = match d.as_ref().and_then(|d| self.dict_get_str(d, "__spec__")) {
                        Some(spec) if !spec.is_none() => self
                            .getattr_opt(&spec, "origin")?
                            .and_then(|o| o.as_str().map(str::to_string)),
                        _ => None,
                    };
                    let mname = name.as_ref().and_then(|n| n.as_str()).unwrap_or("");
                    match (file.as_ref().and_then(|f| f.as_str()), origin) {
                        (Some(f), _) => format!("<module {} from {}>", n, str_repr(f)),
                        (None, Some(origin)) => format!("<module {} ({})>", n, origin),
                        (None, None) if self.frozen_modules.contains_key(mname) => {
                            format!("<module {} (frozen)>", n)
                        }
                        (None, None)
                            if self.native_modules.contains_key(mname)
                                || mname == "sys"
                                || mname == "builtins" =>
                        {
                            format!("<module {} (built-in)>", n)
                        }
                        (None, None) => {
                            let loader =
                                d.as_ref().and_then(|d| self.dict_get_str(d, "__loader__"));
                            match loader.filter(|l| !l.is_none()) {
                                Some(l) => format!("<module {} ({})>", n, self.repr_string(&l)?),
                                None => format!("<module {}>", n),
                            }
                        }
                    }
                }
                Payload::Cell(c) => {
                    let inner = c.borrow().clone();
                    if inner.is_null() {
                        format!("<cell at {:#x}: empty>", o.id())
                    } else {
                        let tn = self.type_name(&inner);
                        format!(
                            "<cell at {:#x}: {} object at {:#x}>",
                            o.id(),
                            tn,
                            inner.as_obj().map(|x| x.id()).unwrap_or(0)
                        )
                    }
                }
                Payload::Code(c) => format!(
                    "<code object {} at {:#x}, file \"{}\", line {}>",
                    c.code.name,
                    o.id(),
                    c.code.filename,
                    c.code.firstlineno
                ),
                Payload::Generator(g) => {
                    let (kind, q) = {
                        let g = g.borrow();
                        (g.kind_name(), g.qualname.clone())
                    };
                    format!("<{} object {} at {:#x}>", kind, q, o.id())
                }
                Payload::MappingProxy(m) => {
                    let m = m.clone();
                    format!("mappingproxy({})", self.repr_string(&m)?)
                }
                Payload::DictView(k, d) => {
                    let items = match &d.payload {
                        Payload::Dict(t) => t.borrow().items(),
                        _ => Vec::new(),
                    };
                    let name = ["dict_keys", "dict_values", "dict_items"][(*k as usize).min(2)];
                    let mut parts = Vec::new();
                    for (key, val) in items {
                        parts.push(match k {
                            0 => self.repr_string(&key)?,
                            1 => self.repr_string(&val)?,
                            _ => format!(
                                "({}, {})",
                                self.repr_string(&key)?,
                                self.repr_string(&val)?
                            ),
                        });
                    }
                    format!("{}([{}])", name, parts.join(", "))
                }
                Payload::Property(_) => format!("<property object at {:#x}>", o.id()),
                Payload::ClassMethod(_) => format!("<classmethod object at {:#x}>", o.id()),
                Payload::StaticMethod(_) => format!("<staticmethod object at {:#x}>", o.id()),
                Payload::GetSet(g) => format!(
                    "<attribute '{}' of '{}' objects>",
                    g.name,
                    types::type_name(&g.owner)
                ),
                Payload::Member(m) => {
                    format!("<member '{}' of '{}' objects>", m.0, types::type_name(&m.2))
                }
                Payload::Traceback(_) => format!("<traceback object at {:#x}>", o.id()),
                Payload::Frame(f) => {
                    let (file, name) = match &f.code.payload {
                        Payload::Code(c) => (c.code.filename.to_string(), c.code.name.to_string()),
                        _ => (String::new(), String::new()),
                    };
                    format!(
                        "<frame at {:#x}, file '{}', line {}, code {}>",
                        o.id(),
                        file,
                        f.lineno.get(),
                        name
                    )
                }
                Payload::Exception(_) => {
                    let m = crate::types::lookup(&self.types.base_exception.clone(), "__repr__");
                    match m {
                        Some(m) => {
                            let r = self.call(&m, std::slice::from_ref(v))?;
                            r.as_str().unwrap_or("").to_string()
                        }
                        None => String::new(),
                    }
                }
                Payload::Super(s) => {
                    let (t, obj) = (s.0.clone(), s.1.clone());
                    let tn = t.as_obj().map(types::type_name).unwrap_or_default();
                    if obj.is_none() {
                        format!("<super: <class '{tn}'>, NULL>")
                    } else {
                        let on = self.type_name(&obj);
                        format!("<super: <class '{tn}'>, <{on} object>>")
                    }
                }
                Payload::Plain if o.class_is(&self.types.none_type) => "None".into(),
                _ => self.default_repr(v),
            },
        })
    }

    fn container_repr(&mut self, o: &ObjRef) -> PyResult<String> {
        let id = o.id();
        let (open, close, empty) = match &o.payload {
            Payload::List(_) => ("[", "]", "[]"),
            Payload::Tuple(_) => ("(", ")", "()"),
            Payload::Dict(_) => ("{", "}", "{}"),
            _ => ("{", "}", ""),
        };
        if self.repr_stack.contains(&id) {
            return Ok(format!("{open}...{close}"));
        }
        self.repr_stack.push(id);
        let r = self.container_repr_inner(o, open, close, empty);
        self.repr_stack.retain(|x| *x != id);
        r
    }

    fn container_repr_inner(
        &mut self,
        o: &ObjRef,
        open: &str,
        close: &str,
        empty: &str,
    ) -> PyResult<String> {
        let mut out = String::new();
        match &o.payload {
            Payload::List(l) => {
                let items = l.borrow().clone();
                if items.is_empty() {
                    return Ok(empty.into());
                }
                out.push_str(open);
                for (i, it) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    out.push_str(&self.repr_string(it)?);
                }
                out.push_str(close);
            }
            Payload::Tuple(t) => {
                let items = t.to_vec();
                if items.is_empty() {
                    return Ok(empty.into());
                }
                out.push_str(open);
                for (i, it) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    out.push_str(&self.repr_string(it)?);
                }
                if items.len() == 1 {
                    out.push(',');
                }
                out.push_str(close);
            }
            Payload::Dict(d) => {
                let items = d.borrow().items();
                if items.is_empty() {
                    return Ok(empty.into());
                }
                out.push('{');
                for (i, (k, v)) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    out.push_str(&self.repr_string(k)?);
                    out.push_str(": ");
                    out.push_str(&self.repr_string(v)?);
                }
                out.push('}');
            }
            Payload::Set(s) => {
                let items = s.borrow().keys();
                let tn = types::type_name(&o.class());
                let frozen = o.class_is(&self.types.frozenset);
                let is_plain_set = o.class_is(&self.types.set);
                if items.is_empty() {
                    return Ok(format!("{tn}()"));
                }
                let mut inner = String::new();
                for (i, it) in items.iter().enumerate() {
                    if i > 0 {
                        inner.push_str(", ");
                    }
                    inner.push_str(&self.repr_string(it)?);
                }
                if is_plain_set {
                    out = format!("{{{inner}}}");
                } else {
                    let _ = frozen;
                    out = format!("{tn}({{{inner}}})");
                }
            }
            _ => {}
        }
        Ok(out)
    }
}

/// `ascii()`: the repr with non-ASCII characters escaped.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let n = kaa_syntax::surrogate::code_point(c);
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}

/// The decimal digits of `i`, written into `buf` (no heap string for `str(int)`).
pub fn int_decimal(i: i64, buf: &mut [u8; 20]) -> &str {
    let mut n = i.unsigned_abs();
    let mut at = buf.len();
    loop {
        at -= 1;
        buf[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    if i < 0 {
        at -= 1;
        buf[at] = b'-';
    }
    // Only ASCII digits and '-' were written.
    std::str::from_utf8(&buf[at..]).unwrap_or("")
}
