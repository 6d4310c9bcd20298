//! Generators and coroutines as suspended frames: `send`, `throw`, `close` with CPython's
//! rules (no non-None send to a just-started generator, "generator already executing",
//! GeneratorExit handling, StopIteration inside a generator becoming RuntimeError), and
//! `yield from`/`await` delegation, including throw/close forwarded to the sub-iterator.

use crate::eval::Exit;
use crate::frame::Frame;
use crate::object::{ObjRef, Object, Payload};
use crate::types;
use crate::value::Value;
use crate::vm::PyErr;
use crate::{PyResult, Vm};
use kaa_compiler::opcodes::Op;
use kaa_compiler::CodeFlags;
use std::cell::RefCell;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

pub struct GenData {
    pub frame: Option<Box<Frame>>,
    pub running: bool,
    pub started: bool,
    pub kind: GenKind,
    pub name: String,
    pub qualname: String,
    pub code: ObjRef,
    /// The generator's part of the exception stack while it is suspended inside a handler.
    pub saved_exc: Vec<Value>,
}

impl GenData {
    pub fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Some(f) = &self.frame {
            f.data.iter().for_each(&mut *visit);
            visit(&Value::Obj(f.globals.clone()));
        }
    }

    pub fn kind_name(&self) -> &'static str {
        match self.kind {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async_generator",
        }
    }
}

pub enum SendResult {
    Yielded(Value),
    Returned(Value),
}

pub fn new_generator(vm: &mut Vm, frame: Box<Frame>) -> Value {
    let flags = frame.code.code.flags;
    let kind = if flags.has(CodeFlags::COROUTINE) {
        GenKind::Coroutine
    } else if flags.has(CodeFlags::ASYNC_GENERATOR) {
        GenKind::AsyncGenerator
    } else {
        GenKind::Generator
    };
    let (name, qualname) = match frame.func.as_ref().map(|f| &f.payload) {
        Some(Payload::Function(fd)) => (
            fd.name.borrow().as_str().unwrap_or("").to_string(),
            fd.qualname.borrow().as_str().unwrap_or("").to_string(),
        ),
        _ => (
            frame.code.code.name.to_string(),
            frame.code.code.qualname.to_string(),
        ),
    };
    let cls = match kind {
        GenKind::Generator => vm.types.generator.clone(),
        GenKind::Coroutine => vm.types.coroutine.clone(),
        GenKind::AsyncGenerator => vm.types.async_generator.clone(),
    };
    let code = frame.code_obj.clone();
    Value::Obj(Object::new(
        cls,
        Payload::Generator(Box::new(RefCell::new(GenData {
            frame: Some(frame),
            running: false,
            started: false,
            kind,
            name,
            qualname,
            code,
            saved_exc: Vec::new(),
        }))),
    ))
}

fn gen_cell(o: &ObjRef) -> Option<&RefCell<GenData>> {
    match &o.payload {
        Payload::Generator(g) => Some(g),
        _ => None,
    }
}

/// Resumes the generator with a value (or an exception to raise at its suspension point).
fn resume(vm: &mut Vm, g: &ObjRef, value: Value, exc: Option<PyErr>) -> PyResult<SendResult> {
    let Some(cell) = gen_cell(g) else {
        return Err(vm.type_error("not a generator"));
    };
    let (frame, kind) = {
        let mut gd = cell.borrow_mut();
        if gd.running {
            let what = gd.kind_name();
            drop(gd);
            return Err(vm.value_error(format!("{what} already executing")));
        }
        let kind = gd.kind;
        match gd.frame.take() {
            Some(f) => {
                gd.running = true;
                (f, kind)
            }
            None => {
                drop(gd);
                if let Some(e) = exc {
                    return Err(e);
                }
                if kind == GenKind::Coroutine {
                    return Err(vm.runtime_error("cannot reuse already awaited coroutine"));
                }
                return Err(vm.stop_iteration(Value::None));
            }
        }
    };
    let mut frame = frame;
    let started = cell.borrow().started;
    if !started && exc.is_none() && !value.is_none() {
        let what = cell.borrow().kind_name();
        let mut gd = cell.borrow_mut();
        gd.running = false;
        gd.frame = Some(frame);
        drop(gd);
        return Err(vm.type_error(format!(
            "can't send non-None value to a just-started {what}"
        )));
    }
    if !started && exc.is_some() {
        // Throwing into an unstarted generator: it never runs.
        let mut gd = cell.borrow_mut();
        gd.running = false;
        gd.started = true;
        drop(gd);
        vm.recycle(frame);
        return Err(exc.unwrap_or_else(|| unreachable_err(vm)));
    }
    if started && exc.is_none() {
        frame.push(value);
    }
    cell.borrow_mut().started = true;
    let exc_base = vm.exc_stack.len();
    {
        // The generator's own handled exceptions (usually none: skip the moves then).
        let mut gd = cell.borrow_mut();
        if !gd.saved_exc.is_empty() {
            vm.exc_stack.append(&mut gd.saved_exc);
        }
    }
    let (r, frame) = vm.execute_with(frame, exc);
    let mut gd = cell.borrow_mut();
    gd.running = false;
    match r {
        Ok(Exit::Yield(v)) => {
            if vm.exc_stack.len() > exc_base {
                gd.saved_exc = vm.exc_stack.split_off(exc_base);
            }
            gd.frame = Some(frame);
            Ok(SendResult::Yielded(v))
        }
        Ok(Exit::Return(v)) => {
            drop(gd);
            vm.recycle(frame);
            Ok(SendResult::Returned(v))
        }
        Err(e) => {
            drop(gd);
            vm.recycle(frame);
            Err(escaped(vm, kind, e))
        }
    }
}

/// The exception a generator's caller sees when `e` escapes the generator's frame: a
/// StopIteration (StopAsyncIteration for an async generator) becomes a RuntimeError caused
/// by it (PEP 479); anything else passes through.
fn escaped(vm: &mut Vm, kind: GenKind, e: PyErr) -> PyErr {
    let stop = vm.types.stop_iteration.clone();
    let astop = vm.types.stop_async_iteration.clone();
    if vm.exc_matches(&e, &stop) || (kind == GenKind::AsyncGenerator && vm.exc_matches(&e, &astop))
    {
        let msg = match kind {
            GenKind::Generator => "generator raised StopIteration",
            GenKind::Coroutine => "coroutine raised StopIteration",
            GenKind::AsyncGenerator => "async generator raised StopAsyncIteration",
        };
        let re = vm.runtime_error(msg);
        crate::exceptions::set_cause(&re.0, Value::Obj(e.0.clone()));
        crate::exceptions::set_context_checked(vm, &re.0, Value::Obj(e.0.clone()));
        return re;
    }
    e
}

/// `FOR_ITER` over a plain generator that is suspended (or not started): takes its frame
/// to run inside the consumer's interpreter loop, as a call would, instead of nesting a
/// loop per item. The generator is marked running; `None` means "resume it the usual way".
/// The frame leaves through `leave_inline_yield`, `leave_inline_return` or
/// `leave_inline_raise`.
pub(crate) fn enter_inline(vm: &mut Vm, it: &Value) -> Option<Box<Frame>> {
    let Some(Payload::Generator(cell)) = it.payload() else {
        return None;
    };
    let mut gd = cell.try_borrow_mut().ok()?;
    if gd.running || gd.kind != GenKind::Generator || gd.frame.is_none() {
        return None;
    }
    let mut frame = gd.frame.take()?;
    gd.running = true;
    if gd.started {
        // The value of the suspended `yield` expression: `next()` sends None.
        frame.push(Value::None);
    }
    gd.started = true;
    let exc_base = vm.exc_stack.len();
    if !gd.saved_exc.is_empty() {
        vm.exc_stack.append(&mut gd.saved_exc);
    }
    drop(gd);
    if let Value::Obj(g) = it {
        frame.gen = Some((g.clone(), exc_base));
    }
    Some(frame)
}

/// An inline generator frame yielded: it goes back into its generator, with the handled
/// exceptions it is suspended inside.
pub(crate) fn leave_inline_yield(vm: &mut Vm, mut frame: Box<Frame>) {
    let Some((g, exc_base)) = frame.gen.take() else {
        return;
    };
    if let Some(cell) = gen_cell(&g) {
        let mut gd = cell.borrow_mut();
        gd.running = false;
        if vm.exc_stack.len() > exc_base {
            gd.saved_exc = vm.exc_stack.split_off(exc_base);
        }
        gd.frame = Some(frame);
    }
}

/// An inline generator frame returned: the generator is finished (`FOR_ITER` ends).
pub(crate) fn leave_inline_return(vm: &mut Vm, mut frame: Box<Frame>) {
    if let Some((g, exc_base)) = frame.gen.take() {
        vm.exc_stack.truncate(exc_base);
        if let Some(cell) = gen_cell(&g) {
            cell.borrow_mut().running = false;
        }
    }
    vm.recycle(frame);
}

/// An exception escaped an inline generator frame: the generator is finished, and its
/// consumer sees what `escaped` makes of the exception.
pub(crate) fn leave_inline_raise(vm: &mut Vm, frame: Box<Frame>, e: PyErr) -> PyErr {
    leave_inline_return(vm, frame);
    escaped(vm, GenKind::Generator, e)
}

fn unreachable_err(vm: &mut Vm) -> PyErr {
    vm.runtime_error("internal error: missing exception")
}

/// `next(gen)`: `Ok(None)` when it returns.
pub fn gen_next(vm: &mut Vm, g: &ObjRef) -> PyResult<Option<Value>> {
    match resume(vm, g, Value::None, None) {
        Ok(SendResult::Yielded(v)) => Ok(Some(v)),
        Ok(SendResult::Returned(_)) => Ok(None),
        Err(e) if vm.exc_matches(&e, &vm.types.stop_iteration.clone()) && is_finished(g) => {
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

fn is_finished(g: &ObjRef) -> bool {
    gen_cell(g).is_some_and(|c| c.borrow().frame.is_none())
}

/// `gen.send(v)` as the Python method: StopIteration(value) when it returns.
pub fn gen_send(vm: &mut Vm, g: &ObjRef, v: Value) -> PyResult<Value> {
    match resume(vm, g, v, None)? {
        SendResult::Yielded(y) => Ok(y),
        SendResult::Returned(r) => Err(vm.stop_iteration(r)),
    }
}

/// The sub-iterator a frame is delegating to, if it is suspended inside `yield from`.
fn yield_from_target(f: &Frame) -> Option<Value> {
    let instrs = &f.code.code.instrs;
    if f.ip >= 2
        && instrs.get(f.ip - 1).map(|i| i.op) == Some(Op::YieldValue)
        && instrs.get(f.ip - 2).map(|i| i.op) == Some(Op::Send)
    {
        return f.data.last().cloned();
    }
    None
}

/// `gen.throw(exc)`.
pub fn gen_throw(vm: &mut Vm, g: &ObjRef, exc: PyErr) -> PyResult<Value> {
    let Some(cell) = gen_cell(g) else {
        return Err(vm.type_error("not a generator"));
    };
    let sub = cell
        .borrow()
        .frame
        .as_ref()
        .and_then(|f| yield_from_target(f));
    if let Some(sub) = sub {
        if !cell.borrow().running {
            let is_exit = vm.exc_matches(&exc, &vm.types.generator_exit.clone());
            let delegated: Option<PyResult<Value>> = if is_exit {
                // close() the sub-iterator, then raise GeneratorExit here.
                if let Err(e) = close_value(vm, &sub) {
                    return throw_into(vm, g, e);
                }
                None
            } else {
                match &sub {
                    Value::Obj(so) if matches!(so.payload, Payload::Generator(_)) => {
                        cell.borrow_mut().running = true;
                        let r = gen_throw(vm, so, exc.clone());
                        cell.borrow_mut().running = false;
                        Some(r)
                    }
                    _ => match vm.getattr_opt(&sub, "throw")? {
                        Some(t) => {
                            cell.borrow_mut().running = true;
                            let tp = Value::Obj(exc.0.class());
                            let r = vm.call(&t, &[tp, Value::Obj(exc.0.clone())]);
                            cell.borrow_mut().running = false;
                            Some(r)
                        }
                        None => None,
                    },
                }
            };
            match delegated {
                Some(Ok(y)) => return Ok(y),
                Some(Err(e)) => {
                    if vm.exc_matches(&e, &vm.types.stop_iteration.clone()) {
                        // The sub-iterator finished: continue after the delegation loop.
                        let value = vm
                            .getattr(&Value::Obj(e.0.clone()), "value")
                            .unwrap_or(Value::None);
                        {
                            let mut gd = cell.borrow_mut();
                            if let Some(f) = gd.frame.as_mut() {
                                f.pop();
                                let send_target = f
                                    .code
                                    .code
                                    .instrs
                                    .get(f.ip - 2)
                                    .map(|i| i.arg as usize)
                                    .unwrap_or(f.ip);
                                f.ip = send_target;
                                f.push(value);
                            }
                        }
                        return match continue_after(vm, g)? {
                            SendResult::Yielded(y) => Ok(y),
                            SendResult::Returned(r) => Err(vm.stop_iteration(r)),
                        };
                    }
                    return throw_into(vm, g, e);
                }
                None => {}
            }
        }
    }
    throw_into(vm, g, exc)
}

fn throw_into(vm: &mut Vm, g: &ObjRef, exc: PyErr) -> PyResult<Value> {
    match resume(vm, g, Value::None, Some(exc))? {
        SendResult::Yielded(y) => Ok(y),
        SendResult::Returned(r) => Err(vm.stop_iteration(r)),
    }
}

/// Resumes a frame whose instruction pointer was moved (no value pushed).
fn continue_after(vm: &mut Vm, g: &ObjRef) -> PyResult<SendResult> {
    let Some(cell) = gen_cell(g) else {
        return Err(vm.type_error("not a generator"));
    };
    let frame = cell.borrow_mut().frame.take();
    let Some(frame) = frame else {
        return Err(vm.stop_iteration(Value::None));
    };
    cell.borrow_mut().running = true;
    let exc_base = vm.exc_stack.len();
    let saved = std::mem::take(&mut cell.borrow_mut().saved_exc);
    vm.exc_stack.extend(saved);
    let (r, frame) = vm.execute(frame);
    let mut gd = cell.borrow_mut();
    gd.running = false;
    match r {
        Ok(Exit::Yield(v)) => {
            gd.saved_exc = vm.exc_stack.split_off(exc_base.min(vm.exc_stack.len()));
            gd.frame = Some(frame);
            Ok(SendResult::Yielded(v))
        }
        Ok(Exit::Return(v)) => Ok(SendResult::Returned(v)),
        Err(e) => Err(e),
    }
}

fn close_value(vm: &mut Vm, v: &Value) -> PyResult<()> {
    match v {
        Value::Obj(o) if matches!(o.payload, Payload::Generator(_)) => gen_close(vm, o).map(|_| ()),
        _ => {
            if let Some(c) = vm.getattr_opt(v, "close")? {
                vm.call(&c, &[])?;
            }
            Ok(())
        }
    }
}

/// `gen.close()`.
pub fn gen_close(vm: &mut Vm, g: &ObjRef) -> PyResult<Value> {
    let Some(cell) = gen_cell(g) else {
        return Ok(Value::None);
    };
    {
        let gd = cell.borrow();
        if gd.frame.is_none() {
            return Ok(Value::None);
        }
        if !gd.started {
            drop(gd);
            let f = cell.borrow_mut().frame.take();
            if let Some(f) = f {
                vm.recycle(f);
            }
            return Ok(Value::None);
        }
    }
    let ge = vm.types.generator_exit.clone();
    let exc = vm.new_exc_args(&ge, vec![]);
    match gen_throw(vm, g, exc) {
        Ok(_) => {
            let what = cell.borrow().kind_name();
            Err(vm.runtime_error(format!("{what} ignored GeneratorExit")))
        }
        Err(e) => {
            if vm.exc_matches(&e, &vm.types.generator_exit.clone())
                || vm.exc_matches(&e, &vm.types.stop_iteration.clone())
            {
                Ok(Value::None)
            } else {
                Err(e)
            }
        }
    }
}

/// One step of `yield from`/`await`: send `v` into `sub`.
pub fn send_to(vm: &mut Vm, sub: &Value, v: Value) -> PyResult<SendResult> {
    if let Value::Obj(o) = sub {
        if let Payload::Generator(_) = &o.payload {
            return resume(vm, o, v, None);
        }
    }
    let r = if v.is_none() {
        if let Value::Obj(o) = sub {
            if let Payload::Iter(_) = &o.payload {
                return Ok(match crate::iter::next(vm, o)? {
                    Some(y) => SendResult::Yielded(y),
                    None => SendResult::Returned(Value::None),
                });
            }
        }
        match vm.call_special(sub, "__next__", &[]) {
            Ok(Some(y)) => Ok(y),
            Ok(None) => {
                let n = vm.type_name(sub);
                return Err(vm.type_error(format!("'{n}' object is not an iterator")));
            }
            Err(e) => Err(e),
        }
    } else {
        vm.call_method(sub, "send", &[v])
    };
    match r {
        Ok(y) => Ok(SendResult::Yielded(y)),
        Err(e) if vm.exc_matches(&e, &vm.types.stop_iteration.clone()) => {
            let value = vm
                .getattr(&Value::Obj(e.0.clone()), "value")
                .unwrap_or(Value::None);
            Ok(SendResult::Returned(value))
        }
        Err(e) => Err(e),
    }
}

/// `await v`: the iterator to delegate to.
pub fn get_awaitable(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if let Value::Obj(o) = v {
        if o.class_is(&vm.types.coroutine) {
            return Ok(v.clone());
        }
    }
    match vm.call_special(v, "__await__", &[])? {
        Some(it) => {
            if let Value::Obj(o) = &it {
                if o.class_is(&vm.types.coroutine) {
                    return Err(vm.type_error("__await__() returned a coroutine"));
                }
            }
            Ok(it)
        }
        None => {
            let n = vm.type_name(v);
            Err(vm.type_error(format!("object {n} can't be used in 'await' expression")))
        }
    }
}

// ---- Python-level methods ---------------------------------------------------------------

fn this(vm: &mut Vm, v: &Value) -> PyResult<ObjRef> {
    match v {
        Value::Obj(o) if matches!(o.payload, Payload::Generator(_)) => Ok(o.clone()),
        _ => Err(vm.type_error("descriptor requires a generator")),
    }
}

fn m_send(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let g = this(vm, &args[0])?;
    let v = args.get(1).cloned().unwrap_or(Value::None);
    gen_send(vm, &g, v)
}

fn m_next(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let g = this(vm, &args[0])?;
    gen_send(vm, &g, Value::None)
}

fn m_iter(_vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(args[0].clone())
}

fn m_throw(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let g = this(vm, &args[0])?;
    let Some(t) = args.get(1) else {
        return Err(vm.type_error("throw expected at least 1 argument, got 0"));
    };
    let e = match (t, args.get(2)) {
        (Value::Obj(c), Some(val)) if matches!(c.payload, Payload::Type(_)) && !val.is_none() => {
            if crate::exceptions::is_exception_instance(vm, val) {
                val.as_obj().cloned().unwrap_or_else(|| c.clone())
            } else {
                let inst = vm.call(t, std::slice::from_ref(val))?;
                vm.make_exception(&inst)?
            }
        }
        _ => vm.make_exception(t).map_err(|_| {
            vm.type_error(
                "exceptions must be classes or instances deriving from BaseException, not "
                    .to_string()
                    + &vm.type_name(t),
            )
        })?,
    };
    if let Some(tb) = args.get(3) {
        if !tb.is_none() {
            let _ = vm.setattr(&Value::Obj(e.clone()), "__traceback__", tb.clone());
        }
    }
    gen_throw(vm, &g, PyErr(e))
}

fn m_close(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let g = this(vm, &args[0])?;
    gen_close(vm, &g)
}

fn get_running(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let g = this(vm, v)?;
    Ok(Value::Bool(
        gen_cell(&g).is_some_and(|c| c.borrow().running),
    ))
}

fn get_frame(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let g = this(vm, v)?;
    let info = gen_cell(&g).and_then(|c| {
        c.borrow()
            .frame
            .as_ref()
            .map(|f| (f.code_obj.clone(), f.globals.clone(), f.lineno()))
    });
    Ok(match info {
        Some((code, globals, lineno)) => Value::Obj(Object::new(
            vm.types.frame.clone(),
            Payload::Frame(Box::new(crate::object::FrameData {
                code,
                globals,
                lineno: std::cell::Cell::new(lineno),
                back: RefCell::new(Value::None),
                locals: RefCell::new(Value::None),
                fast: RefCell::new(Vec::new()),
            })),
        )),
        None => Value::None,
    })
}

fn get_code(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let g = this(vm, v)?;
    Ok(gen_cell(&g)
        .map(|c| Value::Obj(c.borrow().code.clone()))
        .unwrap_or(Value::None))
}

fn get_name(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let g = this(vm, v)?;
    let n = gen_cell(&g)
        .map(|c| c.borrow().name.clone())
        .unwrap_or_default();
    Ok(vm.new_string(n))
}

fn get_qualname(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let g = this(vm, v)?;
    let n = gen_cell(&g)
        .map(|c| c.borrow().qualname.clone())
        .unwrap_or_default();
    Ok(vm.new_string(n))
}

fn get_yieldfrom(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let g = this(vm, v)?;
    Ok(gen_cell(&g)
        .and_then(|c| c.borrow().frame.as_ref().and_then(|f| yield_from_target(f)))
        .unwrap_or(Value::None))
}

pub fn init(vm: &mut Vm) {
    use crate::objects::typeobj::add_getset;
    for t in [vm.types.generator.clone(), vm.types.coroutine.clone()] {
        vm.add_method(&t, "send", m_send);
        vm.add_method(&t, "throw", m_throw);
        vm.add_method(&t, "close", m_close);
        add_getset(vm, &t, "__name__", get_name, None);
        add_getset(vm, &t, "__qualname__", get_qualname, None);
    }
    let g = vm.types.generator.clone();
    vm.add_method(&g, "__next__", m_next);
    vm.add_method(&g, "__iter__", m_iter);
    add_getset(vm, &g, "gi_running", get_running, None);
    add_getset(vm, &g, "gi_frame", get_frame, None);
    add_getset(vm, &g, "gi_code", get_code, None);
    add_getset(vm, &g, "gi_yieldfrom", get_yieldfrom, None);
    let c = vm.types.coroutine.clone();
    add_getset(vm, &c, "cr_running", get_running, None);
    add_getset(vm, &c, "cr_frame", get_frame, None);
    add_getset(vm, &c, "cr_code", get_code, None);
    add_getset(vm, &c, "cr_await", get_yieldfrom, None);
    let _ = types::type_name;
}
