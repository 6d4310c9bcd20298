//! The helpers of the interpreter's rarer instructions (`eval/cold.rs` and a few arms of
//! the loop): name lookups in namespaces (LOAD_NAME), `raise` (CPython's `do_raise`),
//! exception matching for `except`, `with` set-up, function creation (MAKE_FUNCTION) and
//! dict merges (`{**d}`, `f(**d)`).

use super::Raise;
use crate::frame::Frame;
use crate::object::{ObjRef, Object, Payload};
use crate::types;
use crate::value::Value;
use crate::vm::PyErr;
use crate::{PyResult, Vm};
use std::cell::RefCell;

impl Vm {
    pub(super) fn load_name(&mut self, f: &Frame, name: &Value) -> PyResult<Value> {
        if let Some(locals) = &f.locals {
            // A plain dict (module and class bodies) is looked up by the name's cached hash,
            // as the globals are; any other mapping through its `__getitem__`.
            let v = match locals {
                Value::Obj(d) if d.class_is(&self.types.dict) => crate::dict::get_name(d, name),
                _ => self.mapping_lookup(locals, name)?,
            };
            if let Some(v) = v {
                return Ok(v);
            }
        }
        if let Some(v) = crate::dict::get_name(&f.globals, name) {
            return Ok(v);
        }
        if let Some(v) = crate::dict::get_name(&f.builtins, name) {
            return Ok(v);
        }
        let n = name.as_str().unwrap_or("").to_string();
        Err(self.name_error(&n))
    }

    /// `mapping[key]` returning None on KeyError (name lookups in locals mappings).
    pub fn mapping_lookup(&mut self, m: &Value, key: &Value) -> PyResult<Option<Value>> {
        if let Value::Obj(o) = m {
            if let Payload::Dict(_) = &o.payload {
                if o.class_is(&self.types.dict) {
                    return crate::dict::get_item(self, o, key);
                }
            }
        }
        match self.getitem(m, key) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.exc_matches(&e, &self.types.key_error.clone()) => Ok(None),
            Err(e) => Err(e),
        }
    }

    pub(super) fn do_raise(&mut self, f: &mut Frame, arg: u32) -> Raise {
        match arg {
            0 => {
                let cur = self.current_handled(Some(f));
                match cur {
                    Value::Obj(o) => Raise::reraise(PyErr(o)),
                    _ => Raise::from(self.runtime_error("No active exception to reraise")),
                }
            }
            _ => {
                let cause = if arg == 2 { Some(f.pop()) } else { None };
                let exc = f.pop();
                let e = match self.make_exception(&exc) {
                    Ok(e) => e,
                    Err(e) => return Raise::from(e),
                };
                if let Some(c) = cause {
                    let c = match &c {
                        Value::None => Value::None,
                        _ => match self.make_exception(&c) {
                            Ok(ce) => Value::Obj(ce),
                            Err(_) => {
                                return Raise::from(self.type_error(
                                    "exception causes must derive from BaseException",
                                ));
                            }
                        },
                    };
                    crate::exceptions::set_cause(&e, c);
                }
                let handled = self.current_handled(Some(f));
                crate::exceptions::set_context_checked(self, &e, handled);
                Raise::from(PyErr(e))
            }
        }
    }

    /// Instantiates an exception class, or checks an instance (`raise X` / `raise X()`).
    pub fn make_exception(&mut self, v: &Value) -> PyResult<ObjRef> {
        if let Value::Obj(o) = v {
            if let Payload::Type(_) = &o.payload {
                if types::is_subtype(o, &self.types.base_exception) {
                    let inst = self.call(v, &[])?;
                    if let Value::Obj(io) = &inst {
                        if types::is_subtype(&io.class(), &self.types.base_exception) {
                            return Ok(io.clone());
                        }
                    }
                    let cr = self.repr_string(v)?;
                    let it = Value::Obj(self.type_of(&inst));
                    let ir = self.repr_string(&it)?;
                    return Err(self.type_error(format!(
                        "calling {cr} should have returned an instance of BaseException, not {ir}"
                    )));
                }
            } else if types::is_subtype(&o.class(), &self.types.base_exception) {
                return Ok(o.clone());
            }
        }
        Err(self.type_error("exceptions must derive from BaseException"))
    }

    pub(super) fn exception_matches(&mut self, exc: &Value, t: &Value) -> PyResult<bool> {
        let check = |vm: &mut Vm, c: &Value| -> PyResult<bool> {
            match c {
                Value::Obj(co)
                    if matches!(co.payload, Payload::Type(_))
                        && types::is_subtype(co, &vm.types.base_exception) =>
                {
                    Ok(types::is_subtype(&vm.type_of(exc), co))
                }
                _ => Err(vm.type_error(
                    "catching classes that do not inherit from BaseException is not allowed",
                )),
            }
        };
        if let Some(Payload::Tuple(items)) = t.payload() {
            let items = items.to_vec();
            let mut any = false;
            for c in &items {
                if check(self, c)? {
                    any = true;
                }
            }
            return Ok(any);
        }
        check(self, t)
    }

    pub(super) fn before_with(&mut self, mgr: &Value) -> PyResult<(Value, Value)> {
        let tp = self.type_of(mgr);
        let enter = types::lookup(&tp, "__enter__");
        let exit = types::lookup(&tp, "__exit__");
        let n = types::type_name(&tp);
        let Some(enter) = enter else {
            return Err(self.type_error(format!(
                "'{n}' object does not support the context manager protocol"
            )));
        };
        let Some(exit) = exit else {
            return Err(self.type_error(format!("'{n}' object does not support the context manager protocol (missed __exit__ method)")));
        };
        let tpv = Value::Obj(tp);
        let exit_b = self.descr_get(&exit, mgr, &tpv)?;
        let enter_b = self.descr_get(&enter, mgr, &tpv)?;
        let res = self.call(&enter_b, &[])?;
        Ok((exit_b, res))
    }

    pub(super) fn make_function(
        &mut self,
        f: &Frame,
        code: Value,
        closure: Option<Value>,
        annotations: Value,
        kwdefaults: Value,
        defaults: Value,
    ) -> Value {
        let Value::Obj(code_obj) = code else {
            return Value::None;
        };
        let (name, qualname, doc) = match &code_obj.payload {
            Payload::Code(pc) => {
                let doc = match pc.code.consts.first() {
                    Some(kaa_compiler::ConstValue::Str(s)) => {
                        if is_docstring_code(&pc.code) {
                            self.new_str(s)
                        } else {
                            Value::None
                        }
                    }
                    _ => Value::None,
                };
                (pc.name.clone(), pc.qualname.clone(), doc)
            }
            _ => (Value::None, Value::None, Value::None),
        };
        let module = crate::dict::get_name(&f.globals, &self.dunder_name()).unwrap_or(Value::None);
        let closure = closure.and_then(|c| c.as_obj().cloned());
        let pycode = match &code_obj.payload {
            Payload::Code(pc) => Some(pc.clone()),
            _ => None,
        };
        let fd = crate::object::FunctionData {
            code: code_obj,
            pycode,
            globals: f.globals.clone(),
            builtins: f.builtins.clone(),
            name: RefCell::new(name),
            qualname: RefCell::new(qualname),
            defaults: RefCell::new(defaults),
            kwdefaults: RefCell::new(kwdefaults),
            closure,
            doc: RefCell::new(doc),
            module: RefCell::new(module),
            annotations: RefCell::new(annotations),
        };
        // The `__dict__` comes on first use (`instvals::materialize`).
        Value::Obj(Object::new(
            self.types.function.clone(),
            Payload::Function(Box::new(fd)),
        ))
    }

    /// `{**src}` / `f(**src)` merging into dict `d`.
    pub(super) fn dict_merge_into(
        &mut self,
        d: &ObjRef,
        src: &Value,
        is_call: bool,
        f: &Frame,
    ) -> PyResult<()> {
        let items: Vec<(Value, Value)> = match src.payload() {
            Some(Payload::Dict(t)) => t.borrow().items(),
            _ => {
                let keys = match self.getattr(src, "keys") {
                    Ok(k) => k,
                    Err(_) => {
                        let n = self.type_name(src);
                        if is_call {
                            let fname = self.call_target_name(f);
                            return Err(self.type_error(format!(
                                "{fname} argument after ** must be a mapping, not {n}"
                            )));
                        }
                        return Err(self.type_error(format!("'{n}' object is not a mapping")));
                    }
                };
                let ks = self.call(&keys, &[])?;
                let ks = self.iterate(&ks)?;
                let mut out = Vec::new();
                for k in ks {
                    let v = self.getitem(src, &k)?;
                    out.push((k, v));
                }
                out
            }
        };
        for (k, v) in items {
            if is_call {
                if k.as_str().is_none() {
                    return Err(self.type_error("keywords must be strings"));
                }
                if crate::dict::get_item(self, d, &k)?.is_some() {
                    let fname = self.call_target_name(f);
                    let ks = k.as_str().unwrap_or("").to_string();
                    return Err(self.type_error(format!(
                        "{fname} got multiple values for keyword argument '{ks}'"
                    )));
                }
            }
            crate::dict::set_item(self, d, k, v)?;
        }
        Ok(())
    }

    /// The qualified name of the callable being set up on the stack (for `**` errors).
    pub(super) fn call_target_name(&mut self, f: &Frame) -> String {
        // Stack: [NULL|callable, callable|self, args, kwargs-dict]
        let n = f.data.len();
        if n >= 4 {
            let a = &f.data[n - 4];
            let b = &f.data[n - 3];
            let c = if a.is_null() { b } else { a };
            return crate::objects::func::callable_display_name(self, c);
        }
        "function".to_string()
    }
}

fn is_docstring_code(c: &kaa_compiler::CodeObject) -> bool {
    // Functions always have co_consts[0] = docstring or None; lambdas always None.
    &*c.name != "<lambda>"
}
