//! Compiling source into code objects (constants materialised as values, names interned),
//! turning compile errors into SyntaxError exceptions with CPython's attributes, and running
//! code objects in a namespace (modules, `exec`, `eval`).

use crate::frame::Frame;
use crate::object::{ObjRef, Object, Payload, PyCode};
use crate::value::Value;
use crate::{PyResult, Vm};
use kaa_compiler::{CodeObject, CompileError, ConstValue, Mode, SyntaxErrorKind};
use std::cell::RefCell;
use std::rc::Rc;

impl Vm {
    /// Compiles source text to a code object, raising SyntaxError (or RecursionError).
    pub fn compile_source(&mut self, src: &str, filename: &str, mode: Mode) -> PyResult<ObjRef> {
        match kaa_compiler::compile(src, filename, mode) {
            Ok(code) => Ok(self.make_code(&code)),
            Err(e) => Err(self.compile_error(e)),
        }
    }

    /// The Python exception for a compile-time failure.
    pub fn compile_error(&mut self, e: CompileError) -> crate::vm::PyErr {
        match e {
            CompileError::Recursion => {
                let c = self.types.recursion_error.clone();
                self.new_exc(&c, "maximum recursion depth exceeded during compilation")
            }
            CompileError::Syntax(e) => self.syntax_error_from(&e),
        }
    }

    pub fn syntax_error_from(&mut self, e: &kaa_compiler::SyntaxError) -> crate::vm::PyErr {
        let cls = match e.kind {
            SyntaxErrorKind::SyntaxError => self.types.syntax_error.clone(),
            SyntaxErrorKind::IndentationError => self.types.indentation_error.clone(),
            SyntaxErrorKind::TabError => self.types.tab_error.clone(),
            SyntaxErrorKind::RecursionError => {
                let c = self.types.recursion_error.clone();
                return self.new_exc(&c, e.msg.clone());
            }
        };
        let msg = self.new_str(&e.msg);
        let text = match &e.text {
            Some(t) => self.new_str(t),
            None => Value::None,
        };
        let details = vec![
            self.new_str(&e.filename),
            Value::Int(e.lineno as i64),
            Value::Int(e.offset as i64),
            text,
            Value::Int(e.end_lineno as i64),
            Value::Int(e.end_offset as i64),
        ];
        let d = self.new_tuple(details);
        self.new_exc_args(&cls, vec![msg, d])
    }

    /// Materialises a compiled code object (and its nested ones) as a Python code object.
    pub fn make_code(&mut self, code: &Rc<CodeObject>) -> ObjRef {
        let consts: Vec<Value> = code.consts.iter().map(|c| self.const_value(c)).collect();
        let names: Vec<Value> = code.names.iter().map(|n| self.intern(n)).collect();
        let varnames: Vec<Value> = code.varnames.iter().map(|n| self.intern(n)).collect();
        let nlocalsplus = code.nlocalsplus() as u32;
        // The frame holds the deepest stack the instructions can build (the interpreter
        // pushes without checking for room), plus one for an instruction that pushes its
        // result before releasing its operands. Code without such a bound never comes from
        // the compiler (only from a damaged `.pyc` that still passed its checksum): it is
        // replaced by code that returns None, and debug builds stop on it.
        let bound = kaa_compiler::flow::stack_bound(code);
        debug_assert!(bound.is_some(), "no stack bound for {}", code.qualname);
        let instrs = match bound {
            Some(_) => crate::quicken::quicken(&code.instrs),
            None => crate::quicken::quicken(&[]),
        };
        let pc = PyCode {
            nlocalsplus,
            framesize: nlocalsplus + bound.unwrap_or(0) + 1,
            argcount: code.argcount,
            simple_params: code.kwonlyargcount == 0
                && !code.flags.has(kaa_compiler::CodeFlags::VARARGS)
                && !code.flags.has(kaa_compiler::CodeFlags::VARKEYWORDS),
            name: self.intern(&code.name),
            qualname: self.intern(&code.qualname),
            caches: RefCell::new(Vec::new()),
            attr_fast: std::cell::OnceCell::new(),
            ncaches: code.ncaches,
            cold_misses: std::cell::Cell::new(0),
            instrs,
            code: code.clone(),
            consts: consts.into_boxed_slice(),
            names: names.into_boxed_slice(),
            varnames: varnames.into_boxed_slice(),
        };
        Object::new(self.types.code.clone(), Payload::Code(Rc::new(pc)))
    }

    fn const_value(&mut self, c: &ConstValue) -> Value {
        match c {
            ConstValue::None => Value::None,
            ConstValue::Bool(b) => Value::Bool(*b),
            ConstValue::Ellipsis => self.ellipsis.clone(),
            ConstValue::Int(i) => Value::Int(*i),
            ConstValue::BigInt(b) => self.new_int(b.clone()),
            ConstValue::Float(f) => Value::Float(*f),
            ConstValue::Complex(r, i) => crate::objects::complex::new_complex(self, *r, *i),
            ConstValue::Str(s) => {
                // Identifier-like strings are interned, as CPython does for constants.
                if s.len() < 40 && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                    self.intern(s)
                } else {
                    self.new_str(s)
                }
            }
            ConstValue::SurrogateStr(s) => {
                kaa_syntax::surrogate::mark_seen();
                self.new_str(s)
            }
            ConstValue::Bytes(b) => self.new_bytes(b.to_vec()),
            ConstValue::Tuple(items) => {
                let v: Vec<Value> = items.iter().map(|x| self.const_value(x)).collect();
                self.new_tuple(v)
            }
            ConstValue::FrozenSet(items) => {
                // CPython's compiler builds the frozenset from the items, then (merging
                // constants) rebuilds it from its own iteration order; with colliding
                // hashes the second pass can reorder, so do both.
                // Constants are ints, floats, strings, bytes and tuples of them: hashing and
                // comparing them runs no Python code and cannot fail.
                let first = self.new_set(true);
                for x in items.iter() {
                    let v = self.const_value(x);
                    let _ = crate::set::add(self, &first, v);
                }
                let s = self.new_set(true);
                for v in crate::set::keys(&first) {
                    let _ = crate::set::add(self, &s, v);
                }
                Value::Obj(s)
            }
            ConstValue::Code(inner) => Value::Obj(self.make_code(inner)),
        }
    }

    /// Runs a module-level code object with `globals` (and `locals`, default the globals).
    pub fn run_code(
        &mut self,
        code: &ObjRef,
        globals: &ObjRef,
        locals: Option<Value>,
    ) -> PyResult<Value> {
        let Payload::Code(pc) = &code.payload else {
            return Err(self.type_error("expected a code object"));
        };
        // As CPython's exec and import: globals without `__builtins__` get the builtins
        // *dict* (only `__main__` is given the module, by the command).
        if self.dict_get_str(globals, "__builtins__").is_none() {
            let b = Value::Obj(self.builtins_dict.clone());
            self.dict_set_str(globals, "__builtins__", b);
        }
        let builtins = match self.dict_get_str(globals, "__builtins__") {
            Some(Value::Obj(b)) if matches!(b.payload, Payload::Module) => {
                b.dict().unwrap_or_else(|| self.builtins_dict.clone())
            }
            Some(Value::Obj(b)) if matches!(b.payload, Payload::Dict(_)) => b,
            _ => self.builtins_dict.clone(),
        };
        let n = pc.code.nlocalsplus();
        let mut data = self.take_vec(pc.framesize as usize);
        data.resize(n, Value::Null);
        // Top-level code may still have cells (a class body's __class__ uses them).
        let nvars = pc.code.varnames.len();
        for i in 0..pc.code.cellvars.len() {
            data[nvars + i] = Value::Obj(Object::new(
                self.types.cell.clone(),
                Payload::Cell(std::cell::RefCell::new(Value::Null)),
            ));
        }
        let frame = Box::new(Frame {
            code: pc.clone(),
            code_obj: code.clone(),
            globals: globals.clone(),
            builtins,
            locals: Some(locals.unwrap_or_else(|| Value::Obj(globals.clone()))),
            data,
            nlocalsplus: n,
            ip: 0,
            func: None,
            ctor: None,
            gen: None,
        });
        self.run_frame(frame)
    }
}
