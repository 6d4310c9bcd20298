//! Calling: dispatch on the callable (Python function, built-in, bound method, type, object
//! with `__call__`), and argument binding for Python functions with CPython 3.11's exact
//! error messages ("f() missing 1 required positional argument: 'x'", "takes 2 positional
//! arguments but 3 were given", "got an unexpected keyword argument", "got multiple values",
//! positional-only names passed as keywords).

use crate::frame::Frame;
use crate::object::{BuiltinKind, FunctionData, ObjRef, Object, Payload};
use crate::types;
use crate::value::Value;
use crate::{PyResult, Vm};
use kaa_compiler::CodeFlags;
use std::cell::RefCell;

impl Vm {
    pub fn call(&mut self, callable: &Value, args: &[Value]) -> PyResult<Value> {
        self.call_kw(callable, args, &[])
    }

    /// Calls with positional arguments and (name, value) keyword pairs.
    pub fn call_kw(
        &mut self,
        callable: &Value,
        args: &[Value],
        kw: &[(Value, Value)],
    ) -> PyResult<Value> {
        let Value::Obj(o) = callable else {
            return Err(self.not_callable(callable));
        };
        match &o.payload {
            Payload::Function(f) => {
                let frame = self.make_frame(o, f, args, kw)?;
                self.run_function_frame(frame)
            }
            Payload::Builtin(b) => {
                if b.kind == BuiltinKind::StaticMethod && b.name == "__new__" {
                    if let Some(owner) = &b.owner {
                        self.check_new_arg(owner, args)?;
                    }
                }
                if let Some(bound) = &b.bound {
                    let mut full = Vec::with_capacity(args.len() + 1);
                    full.push(bound.clone());
                    full.extend_from_slice(args);
                    (b.func)(self, &full, kw)
                } else if b.kind == BuiltinKind::Method || b.kind == BuiltinKind::ClassMethod {
                    self.check_descriptor_self(b, args)?;
                    (b.func)(self, args, kw)
                } else {
                    (b.func)(self, args, kw)
                }
            }
            Payload::Method(func, slf) => {
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(slf.clone());
                full.extend_from_slice(args);
                let func = func.clone();
                self.call_kw(&func, &full, kw)
            }
            Payload::Type(_) => self.call_type(o, args, kw),
            _ => {
                let tp = o.class();
                match types::lookup(&tp, "__call__") {
                    Some(m) => {
                        let mut full = Vec::with_capacity(args.len() + 1);
                        full.push(callable.clone());
                        full.extend_from_slice(args);
                        self.call_kw(&m, &full, kw)
                    }
                    None => Err(self.not_callable(callable)),
                }
            }
        }
    }

    fn check_descriptor_self(
        &mut self,
        b: &crate::object::BuiltinData,
        args: &[Value],
    ) -> PyResult<()> {
        let Some(owner) = &b.owner else {
            return Ok(());
        };
        if b.kind == BuiltinKind::ClassMethod {
            return Ok(());
        }
        match args.first() {
            None => Err(self.type_error(format!(
                "unbound method {}.{}() needs an argument",
                types::type_name(owner),
                b.name
            ))),
            Some(s) => {
                let st = self.type_of(s);
                if types::is_subtype(&st, owner) {
                    Ok(())
                } else {
                    Err(self.type_error(format!(
                        "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                        b.name,
                        types::type_name(owner),
                        types::type_name(&st)
                    )))
                }
            }
        }
    }

    /// `X.__new__(Y)` must get a subtype of X, as CPython's tp_new wrappers check.
    fn check_new_arg(&mut self, owner: &ObjRef, args: &[Value]) -> PyResult<()> {
        // The owner's name is only formatted for an error (this runs on every built-in
        // type's instantiation).
        let on = || types::type_name(owner);
        match args.first() {
            Some(Value::Obj(c)) if std::rc::Rc::ptr_eq(c, owner) => Ok(()),
            None => {
                let on = on();
                Err(self.type_error(format!("{on}.__new__(): not enough arguments")))
            }
            Some(Value::Obj(c)) if matches!(c.payload, Payload::Type(_)) => {
                if types::is_subtype(c, owner) {
                    Ok(())
                } else {
                    let on = on();
                    let cn = types::type_name(c);
                    Err(self
                        .type_error(format!("{on}.__new__({cn}): {cn} is not a subtype of {on}")))
                }
            }
            Some(other) => {
                let on = on();
                let tn = self.type_name(other);
                Err(self.type_error(format!("{on}.__new__(X): X is not a type object ({tn})")))
            }
        }
    }

    pub fn not_callable(&mut self, v: &Value) -> PyErr {
        let n = self.type_name(v);
        self.type_error(format!("'{n}' object is not callable"))
    }

    /// Runs a bound frame: generators/coroutines become suspended objects, others execute.
    pub fn run_function_frame(&mut self, frame: Box<Frame>) -> PyResult<Value> {
        if frame.code.is_generator_like() {
            return Ok(crate::generator::new_generator(self, frame));
        }
        self.run_frame(frame)
    }

    /// `CALL`'s rewrites of a callable in the slot pair `stack[a_idx..a_idx + 2]` (NULL and
    /// the callable) into a Python function call with an extra first argument: a bound
    /// method of a Python function becomes its function and instance (CPython's
    /// PRECALL_BOUND_METHOD), a class taking the `typeobj::inline_init` path becomes its
    /// `__init__` and the new instance (returned as the `ctor` the frame hands back).
    /// `None`: the callable is left as it is.
    #[inline]
    pub(crate) fn unpack_callable(
        &mut self,
        callable: &Value,
        stack: &mut [Value],
        a_idx: usize,
    ) -> PyResult<Option<(Value, Option<ObjRef>)>> {
        let (func, first, ctor) = match callable.payload() {
            Some(Payload::Method(func, slf))
                if matches!(func.payload(), Some(Payload::Function(_))) =>
            {
                (func.clone(), slf.clone(), None)
            }
            Some(Payload::Type(_)) => {
                let Some(cls) = callable.as_obj() else {
                    return Ok(None);
                };
                match crate::objects::typeobj::inline_init(self, cls)? {
                    Some((inst, init)) => {
                        let ctor = inst.as_obj().cloned();
                        (Value::Obj(init), inst, ctor)
                    }
                    None => return Ok(None),
                }
            }
            _ => return Ok(None),
        };
        match stack.get_mut(a_idx..a_idx + 2) {
            Some([a, b]) => {
                *a = func.clone();
                *b = first;
                Ok(Some((func, ctor)))
            }
            _ => Ok(None),
        }
    }

    /// A keyword call's arguments as they sit on the stack (positional values, then one
    /// value per name of `names`, a tuple): the positional part and (name, value) pairs.
    pub(crate) fn split_kw_args<'a>(
        &self,
        args: &'a [Value],
        names: &Value,
    ) -> (&'a [Value], Vec<(Value, Value)>) {
        let names = match names.payload() {
            Some(Payload::Tuple(t)) => &t[..],
            _ => &[],
        };
        let npos = args.len().saturating_sub(names.len());
        let kw = names
            .iter()
            .cloned()
            .zip(args[npos..].iter().cloned())
            .collect();
        (&args[..npos], kw)
    }

    /// Calls `callable(*args)` where `callable` is `type(obj).name` looked up on the type.
    pub fn call_method(&mut self, obj: &Value, name: &str, args: &[Value]) -> PyResult<Value> {
        let m = self.getattr(obj, name)?;
        self.call(&m, args)
    }

    /// Looks up a special method on the type (never the instance) and calls it with `obj`
    /// first. `Ok(None)` when the type has no such method.
    pub fn call_special(
        &mut self,
        obj: &Value,
        name: &str,
        args: &[Value],
    ) -> PyResult<Option<Value>> {
        let tp = self.type_of(obj);
        let Some(m) = types::lookup(&tp, name) else {
            return Ok(None);
        };
        let mut full = Vec::with_capacity(args.len() + 1);
        full.push(obj.clone());
        full.extend_from_slice(args);
        self.call_descriptor_function(&m, obj, &tp, &full).map(Some)
    }

    /// Calls a function found on a type with `full_args` (self first), binding through
    /// `__get__` only for objects that are not plain functions.
    pub fn call_descriptor_function(
        &mut self,
        m: &Value,
        obj: &Value,
        tp: &ObjRef,
        full_args: &[Value],
    ) -> PyResult<Value> {
        self.call_descriptor_function_kw(m, obj, tp, full_args, &[])
    }

    pub fn call_descriptor_function_kw(
        &mut self,
        m: &Value,
        obj: &Value,
        tp: &ObjRef,
        full_args: &[Value],
        kw: &[(Value, Value)],
    ) -> PyResult<Value> {
        match m.payload() {
            Some(Payload::Function(_)) => self.call_kw(m, full_args, kw),
            Some(Payload::Builtin(b))
                if b.kind != BuiltinKind::StaticMethod && b.kind != BuiltinKind::ClassMethod =>
            {
                self.call_kw(m, full_args, kw)
            }
            Some(Payload::StaticMethod(f)) => {
                let f = f.borrow().clone();
                self.call_kw(&f, &full_args[1..], kw)
            }
            _ => {
                let bound = self.descr_get(m, obj, &Value::Obj(tp.clone()))?;
                self.call_kw(&bound, &full_args[1..], kw)
            }
        }
    }

    /// Builds the frame of a Python function call, binding arguments to parameters.
    pub fn make_frame(
        &mut self,
        fobj: &ObjRef,
        f: &FunctionData,
        args: &[Value],
        kw: &[(Value, Value)],
    ) -> PyResult<Box<Frame>> {
        let Some(pc) = &f.pycode else {
            return Err(self.type_error("function has no code"));
        };
        let pc = pc.clone();
        let nlp = pc.nlocalsplus as usize;
        let mut slot = self.frame_pool.take(pc.framesize as usize);
        let data = slot.data();
        if pc.simple_params && kw.is_empty() && args.len() == pc.argcount as usize {
            data.extend_from_slice(args);
            data.resize(nlp, Value::Null);
        } else {
            data.resize(nlp, Value::Null);
            self.bind_args(fobj, f, &pc, slot.data(), args, kw)?;
        }
        self.finish_frame(fobj, f, pc, slot)
    }

    /// `make_frame` for a `CALL` of a Python function whose arguments sit on the caller's
    /// value stack from `args_start` (the callable's slots from `a_idx`): in the common case
    /// (positional parameters only, matching count) the arguments move into the new frame
    /// without touching reference counts, and the caller's slots are popped either way.
    /// The function reference is the caller's (taken off its stack), so the frame owns it
    /// without a count of its own.
    #[inline(always)]
    pub(crate) fn frame_from_stack(
        &mut self,
        fobj: ObjRef,
        stack: &mut Vec<Value>,
        a_idx: usize,
        args_start: usize,
    ) -> PyResult<Box<Frame>> {
        let Payload::Function(f) = &fobj.payload else {
            stack.truncate(a_idx);
            return Err(self.type_error("function has no code"));
        };
        let nargs = stack.len().saturating_sub(args_start);
        // Positional parameters only, and either exactly as many arguments or fewer with
        // defaults for the rest (pushed after them, as binding would fill them in).
        let simple = match &f.pycode {
            Some(pc) if pc.simple_params => {
                let argc = pc.argcount as usize;
                nargs == argc || (nargs < argc && self.push_defaults(f, stack, nargs, argc))
            }
            _ => false,
        };
        if !simple {
            let r = self.make_frame(&fobj, f, stack.get(args_start..).unwrap_or(&[]), &[]);
            stack.truncate(a_idx);
            return r;
        }
        let Some(pc) = &f.pycode else {
            return Err(self.type_error("function has no code"));
        };
        let pc = pc.clone();
        let nlp = pc.nlocalsplus as usize;
        let mut slot = self.frame_pool.take((pc.framesize as usize).max(nlp));
        crate::frame::locals_from_stack(slot.data(), stack, args_start, nlp);
        crate::frame::truncate_values(stack, a_idx);
        let mut parts = self.frame_parts(f, pc, slot.data());
        parts.func = Some(fobj);
        Ok(slot.finish(parts))
    }

    /// `frame_from_stack` as a call, for the rarer call sites (bound methods, classes), so
    /// only the plain-function `CALL` carries an inline copy.
    #[inline(never)]
    pub(crate) fn frame_from_stack_outlined(
        &mut self,
        fobj: ObjRef,
        stack: &mut Vec<Value>,
        a_idx: usize,
        args_start: usize,
    ) -> PyResult<Box<Frame>> {
        self.frame_from_stack(fobj, stack, a_idx, args_start)
    }

    /// For a call with `nargs` of `argc` positional parameters: pushes the defaults of the
    /// missing ones after the arguments on `stack` and says so; `false` (nothing pushed)
    /// when the defaults do not cover them.
    fn push_defaults(
        &self,
        f: &FunctionData,
        stack: &mut Vec<Value>,
        nargs: usize,
        argc: usize,
    ) -> bool {
        let Ok(d) = f.defaults.try_borrow() else {
            return false;
        };
        let Some(Payload::Tuple(defs)) = d.payload() else {
            return false;
        };
        let Some(first) = (nargs + defs.len()).checked_sub(argc) else {
            return false;
        };
        stack.extend(defs[first..].iter().cloned());
        true
    }

    /// Sets up cells and free variables and wraps the bound locals into a frame.
    #[inline(always)]
    pub(crate) fn finish_frame(
        &mut self,
        fobj: &ObjRef,
        f: &FunctionData,
        pc: std::rc::Rc<crate::object::PyCode>,
        mut slot: crate::frame::FrameSlot,
    ) -> PyResult<Box<Frame>> {
        let mut parts = self.frame_parts(f, pc, slot.data());
        parts.func = Some(fobj.clone());
        Ok(slot.finish(parts))
    }

    /// Fills the cell and free-variable slots of a new frame's values (`data`, its bound
    /// locals) and gathers the rest of the frame (the caller sets its function).
    #[inline(always)]
    fn frame_parts(
        &mut self,
        f: &FunctionData,
        pc: std::rc::Rc<crate::object::PyCode>,
        data: &mut [Value],
    ) -> crate::frame::CallFrame {
        let code = &pc.code;
        let nvars = code.varnames.len();
        for (i, arg) in code.cell2arg.iter().enumerate() {
            let init = match arg {
                Some(a) => std::mem::take(&mut data[*a as usize]),
                None => Value::Null,
            };
            data[nvars + i] = Value::Obj(Object::new(
                self.types.cell.clone(),
                Payload::Cell(RefCell::new(init)),
            ));
        }
        if let Some(closure) = &f.closure {
            if let Payload::Tuple(cells) = &closure.payload {
                let base = nvars + code.cellvars.len();
                for (i, c) in cells.iter().enumerate() {
                    if base + i < data.len() {
                        data[base + i] = c.clone();
                    }
                }
            }
        }
        let nlocalsplus = pc.nlocalsplus as usize;
        crate::frame::CallFrame {
            code: pc,
            code_obj: f.code.clone(),
            globals: f.globals.clone(),
            builtins: f.builtins.clone(),
            nlocalsplus,
            func: None,
        }
    }

    fn bind_args(
        &mut self,
        fobj: &ObjRef,
        f: &FunctionData,
        pc: &crate::object::PyCode,
        data: &mut [Value],
        args: &[Value],
        kw: &[(Value, Value)],
    ) -> PyResult<()> {
        let _ = fobj;
        let code = &pc.code;
        let argcount = code.argcount as usize;
        let posonly = code.posonlyargcount as usize;
        let kwonly = code.kwonlyargcount as usize;
        let has_varargs = code.flags.has(CodeFlags::VARARGS);
        let has_varkw = code.flags.has(CodeFlags::VARKEYWORDS);
        // Displayed only in error messages: no string is made for a call that binds.
        let qualname = QualName(f);
        let total = argcount + kwonly;
        // Positional arguments.
        let npos = args.len().min(argcount);
        data[..npos].clone_from_slice(&args[..npos]);
        let varargs_idx = total;
        let varkw_idx = total + has_varargs as usize;
        if has_varargs {
            let rest = if args.len() > argcount {
                args[argcount..].to_vec()
            } else {
                Vec::new()
            };
            data[varargs_idx] = self.new_tuple(rest);
        }
        let kwdict = if has_varkw {
            let d = self.new_dict();
            data[varkw_idx] = Value::Obj(d.clone());
            Some(d)
        } else {
            None
        };
        // Keyword arguments.
        let mut posonly_as_kw: Vec<String> = Vec::new();
        for (name, value) in kw {
            let Some(n) = name.as_str() else {
                return Err(self.type_error("keywords must be strings"));
            };
            let idx = code.varnames[posonly..total]
                .iter()
                .position(|v| &**v == n)
                .map(|i| i + posonly);
            match idx {
                Some(i) => {
                    if !data[i].is_null() {
                        return Err(self.type_error(format!(
                            "{qualname}() got multiple values for argument '{n}'"
                        )));
                    }
                    data[i] = value.clone();
                }
                None => match &kwdict {
                    Some(d) => {
                        if crate::dict::get_item(self, d, name)?.is_some() {
                            return Err(self.type_error(format!(
                                "{qualname}() got multiple values for argument '{n}'"
                            )));
                        }
                        crate::dict::set_item(self, d, name.clone(), value.clone())?
                    }
                    None => {
                        if code.varnames[..posonly].iter().any(|v| &**v == n) {
                            posonly_as_kw.push(n.to_string());
                        } else {
                            return Err(self.type_error(format!(
                                "{qualname}() got an unexpected keyword argument '{n}'"
                            )));
                        }
                    }
                },
            }
        }
        if !posonly_as_kw.is_empty() {
            return Err(self.type_error(format!(
                "{qualname}() got some positional-only arguments passed as keyword arguments: '{}'",
                posonly_as_kw.join(", ")
            )));
        }
        // Too many positional arguments.
        if args.len() > argcount && !has_varargs {
            let defaults = self.tuple_items(&f.defaults.borrow());
            let ndef = defaults.len();
            let kw_given = (argcount..total).filter(|&i| !data[i].is_null()).count();
            let takes = if ndef > 0 && ndef <= argcount {
                format!(
                    "from {} to {} positional arguments",
                    argcount - ndef,
                    argcount
                )
            } else if argcount == 1 {
                "1 positional argument".to_string()
            } else {
                format!("{argcount} positional arguments")
            };
            let given = if kw_given > 0 {
                format!(
                    "{} positional argument{} (and {} keyword-only argument{}) were given",
                    args.len(),
                    if args.len() == 1 { "" } else { "s" },
                    kw_given,
                    if kw_given == 1 { "" } else { "s" }
                )
            } else if args.len() == 1 {
                "1 was given".to_string()
            } else {
                format!("{} were given", args.len())
            };
            return Err(self.type_error(format!("{qualname}() takes {takes} but {given}")));
        }
        // Defaults for missing positional parameters (read in place, not copied out).
        let mut missing: Vec<String> = Vec::new();
        {
            let d = f.defaults.borrow();
            let defaults: &[Value] = match d.payload() {
                Some(Payload::Tuple(t)) => t,
                _ => &[],
            };
            let first_default = argcount.saturating_sub(defaults.len());
            for i in 0..argcount {
                if data[i].is_null() {
                    if i >= first_default {
                        data[i] = defaults[i - first_default].clone();
                    } else {
                        missing.push(format!("'{}'", code.varnames[i]));
                    }
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.type_error(format!(
                "{qualname}() missing {} required positional argument{}: {}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                join_names(&missing)
            )));
        }
        // Keyword-only defaults.
        let kwdefaults = f.kwdefaults.borrow().clone();
        for (slot, name) in data[argcount..total]
            .iter_mut()
            .zip(code.varnames[argcount..total].iter())
        {
            if slot.is_null() {
                let dv = match &kwdefaults {
                    Value::Obj(d) => self.dict_get_str(d, name),
                    _ => None,
                };
                match dv {
                    Some(v) => *slot = v,
                    None => missing.push(format!("'{name}'")),
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.type_error(format!(
                "{qualname}() missing {} required keyword-only argument{}: {}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                join_names(&missing)
            )));
        }
        Ok(())
    }

    pub fn func_qualname(&self, f: &FunctionData) -> String {
        QualName(f).to_string()
    }

    /// Items of a tuple value (empty for anything else).
    pub fn tuple_items(&self, v: &Value) -> Vec<Value> {
        match v.payload() {
            Some(Payload::Tuple(t)) => t.to_vec(),
            _ => Vec::new(),
        }
    }

    /// `type.__call__`: for `type(x)` the one-argument form; otherwise `__new__` then, when the
    /// result is an instance, `__init__`.
    pub fn call_type(
        &mut self,
        cls: &ObjRef,
        args: &[Value],
        kw: &[(Value, Value)],
    ) -> PyResult<Value> {
        let meta = cls.class();
        if !std::rc::Rc::ptr_eq(&meta, &self.types.type_) {
            // A metaclass may override __call__.
            if let Some(call) = types::lookup(&meta, "__call__") {
                let is_type_call = matches!(call.payload(), Some(Payload::Builtin(b)) if b.name == "__call__" && b.owner.as_ref().is_some_and(|o| std::rc::Rc::ptr_eq(o, &self.types.type_)));
                if !is_type_call {
                    let mut full = Vec::with_capacity(args.len() + 1);
                    full.push(Value::Obj(cls.clone()));
                    full.extend_from_slice(args);
                    return self.call_descriptor_function_kw(
                        &call,
                        &Value::Obj(cls.clone()),
                        &meta,
                        &full,
                        kw,
                    );
                }
            }
        }
        crate::objects::typeobj::type_call(self, cls, args, kw)
    }
}

fn join_names(names: &[String]) -> String {
    match names.len() {
        0 => String::new(),
        1 => names[0].clone(),
        2 => format!("{} and {}", names[0], names[1]),
        _ => format!(
            "{}, and {}",
            names[..names.len() - 1].join(", "),
            names[names.len() - 1]
        ),
    }
}

use crate::vm::PyErr;

/// Whether `CALL` may run built-in `b` directly with the stack's arguments (`first` is the
/// first of them): a plain function, or a method descriptor given an instance of exactly
/// its owner type (any other first argument needs `call_kw`'s descriptor check), and not
/// one of the built-ins that read the calling frame.
#[inline]
pub(crate) fn direct_builtin(b: &crate::object::BuiltinData, first: Option<&Value>) -> bool {
    !b.frame_aware
        && b.bound.is_none()
        && match b.kind {
            BuiltinKind::Function => true,
            BuiltinKind::Method => b
                .owner
                .as_ref()
                .is_some_and(|t| first.is_some_and(|s| s.as_obj().is_some_and(|o| o.class_is(t)))),
            _ => false,
        }
}

/// A function's `__qualname__` for an error message, read when the message is formatted.
struct QualName<'a>(&'a FunctionData);

impl std::fmt::Display for QualName<'_> {
    fn fmt(&self, out: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        out.write_str(self.0.qualname.borrow().as_str().unwrap_or("?"))
    }
}
