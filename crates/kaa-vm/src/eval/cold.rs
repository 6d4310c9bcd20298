//! The interpreter's rarer instructions (name and global stores, imports, exception
//! handling, `with`, pattern matching, class and function creation, async iteration...),
//! run by `Vm::exec_cold` outside the main loop of `eval.rs`: the loop then stays small
//! enough for the compiler to keep the running frame's state in registers. The
//! instructions behave exactly as CPython 3.11's of the same names.

use super::{FrameAware, Raise};
use crate::frame::Frame;
use crate::object::{Payload, PyCode};
use crate::types;
use crate::value::Value;
use crate::vm::PyErr;
use crate::Vm;
use kaa_compiler::opcodes::{Instr, Op};

/// `?` for instruction bodies: leave with the exception.
macro_rules! tri_c {
    ($e:expr) => {
        match $e {
            Ok(v) => v,
            Err(e) => return Err(Raise::from(e)),
        }
    };
}

impl Vm {
    /// Runs one of the rarer instructions on frame `f` (whose code is `code`).
    #[cold]
    #[inline(never)]
    pub(super) fn exec_cold(
        &mut self,
        f: &mut Frame,
        ins: Instr,
        code: &PyCode,
    ) -> Result<(), Raise> {
        let arg = ins.arg;
        match ins.op {
            Op::DeleteFast => {
                if f.data[arg as usize].is_null() {
                    let name = f.code.code.varnames[arg as usize].to_string();
                    let c = self.types.unbound_local_error.clone();
                    return Err(self.new_exc(&c, format!("cannot access local variable '{name}' where it is not associated with a value")).into());
                }
                f.data[arg as usize] = Value::Null;
            }
            Op::LoadClassDeref | Op::LoadClosureCell => {
                let idx = f.code.code.varnames.len() + arg as usize;
                let cell = f.data.get(idx).cloned().unwrap_or(Value::Null);
                if ins.op == Op::LoadClosureCell {
                    f.push(cell);
                    return Ok(());
                }
                if ins.op == Op::LoadClassDeref {
                    let name = self.deref_name(f, arg as usize);
                    if let Some(locals) = f.locals.clone() {
                        let key = self.intern(&name);
                        if let Some(v) = tri_c!(self.mapping_lookup(&locals, &key)) {
                            f.push(v);
                            return Ok(());
                        }
                    }
                }
                let v = match cell.payload() {
                    Some(Payload::Cell(c)) => c.borrow().clone(),
                    _ => Value::Null,
                };
                if v.is_null() {
                    return Err(self.unbound_deref(f, arg as usize).into());
                }
                f.push(v);
            }
            Op::DeleteDeref => {
                let idx = f.code.code.varnames.len() + arg as usize;
                let mut was_null = false;
                if let Some(Payload::Cell(c)) = f.data.get(idx).and_then(|c| c.payload()) {
                    was_null = c.borrow().is_null();
                    *c.borrow_mut() = Value::Null;
                }
                if was_null {
                    return Err(self.unbound_deref(f, arg as usize).into());
                }
            }
            Op::LoadName => {
                // In a module body (its locals are its globals, an exact dict) LOAD_NAME reads
                // what LOAD_GLOBAL does, through the same kind of cache; elsewhere (class
                // bodies, `exec` with separate locals or a dict subclass, whose
                // `__getitem__` runs) it looks in the locals first.
                let v = if matches!(&f.locals, Some(Value::Obj(d))
                    if std::rc::Rc::ptr_eq(d, &f.globals) && d.class_is(&self.types.dict))
                {
                    let slot = ins.cache as usize;
                    match super::globals::cache_hit(code, slot, f) {
                        Some(v) => v,
                        None => tri_c!(self.load_global_miss(code, slot, f, arg)),
                    }
                } else {
                    let name = code.names[arg as usize].clone();
                    tri_c!(self.load_name(f, &name))
                };
                f.push(v);
            }
            Op::StoreName => {
                let name = code.names[arg as usize].clone();
                let v = f.pop();
                let target = f
                    .locals
                    .clone()
                    .unwrap_or_else(|| Value::Obj(f.globals.clone()));
                match &target {
                    Value::Obj(d) if d.class_is(&self.types.dict) => {
                        tri_c!(crate::dict::set_name(self, d, &name, v))
                    }
                    _ => tri_c!(self.setitem(&target, name, v)),
                }
            }
            Op::DeleteName => {
                let name = code.names[arg as usize].clone();
                let target = f
                    .locals
                    .clone()
                    .unwrap_or_else(|| Value::Obj(f.globals.clone()));
                if let Err(e) = self.delitem(&target, &name) {
                    if self.exc_matches(&e, &self.types.key_error.clone()) {
                        let n = name.as_str().unwrap_or("").to_string();
                        return Err(self.name_error(&n).into());
                    }
                    return Err(e.into());
                }
            }
            Op::StoreGlobal => {
                let name = code.names[arg as usize].clone();
                let v = f.pop();
                let g = f.globals.clone();
                if g.class_is(&self.types.dict) {
                    tri_c!(crate::dict::set_name(self, &g, &name, v));
                } else {
                    tri_c!(self.setitem(&Value::Obj(g), name, v));
                }
            }
            Op::DeleteGlobal => {
                let name = code.names[arg as usize].clone();
                let g = f.globals.clone();
                match crate::dict::del_item(self, &g, &name) {
                    Ok(Some(_)) => {}
                    Ok(None) => {
                        let n = name.as_str().unwrap_or("").to_string();
                        return Err(self.name_error(&n).into());
                    }
                    Err(e) => return Err(e.into()),
                }
            }
            Op::DeleteAttr => {
                let name = code.names[arg as usize].clone();
                let obj = f.pop();
                tri_c!(self.delattr_v(&obj, &name));
            }
            Op::CallEx => {
                let kwargs = if arg & 1 == 1 { f.pop() } else { Value::Null };
                let args = f.pop();
                let b = f.pop();
                let a = f.pop();
                let (callable, selfv) = if a.is_null() { (b, None) } else { (a, Some(b)) };
                let mut pos = match args.payload() {
                    Some(Payload::Tuple(t)) => t.to_vec(),
                    _ => {
                        if !self.is_iterable(&args) {
                            let fname =
                                crate::objects::func::callable_display_name(self, &callable);
                            let tn = self.type_name(&args);
                            return Err(self
                                .type_error(format!(
                                    "{fname} argument after * must be an iterable, not {tn}"
                                ))
                                .into());
                        }
                        tri_c!(self.iterate(&args))
                    }
                };
                if let Some(s) = selfv {
                    pos.insert(0, s);
                }
                let kw: Vec<(Value, Value)> = match &kwargs {
                    Value::Obj(d) => match &d.payload {
                        Payload::Dict(t) => t.borrow().items(),
                        _ => Vec::new(),
                    },
                    _ => Vec::new(),
                };
                let is_ns = self.frame_aware(&callable) == Some(FrameAware::Namespace);
                if is_ns {
                    let locals = self.frame_locals(f);
                    self.caller_env.push(crate::vm::CallerEnv {
                        globals: f.globals.clone(),
                        builtins: f.builtins.clone(),
                        locals,
                    });
                }
                let r = self.call_kw(&callable, &pos, &kw);
                if is_ns {
                    self.caller_env.pop();
                }
                let v = tri_c!(r);
                f.push(v);
            }
            Op::BuildSlice => {
                let step = if arg == 3 { f.pop() } else { Value::None };
                let stop = f.pop();
                let start = f.pop();
                let s = crate::objects::misc::build_slice(self, start, stop, step);
                f.push(s);
            }
            Op::BuildSet => {
                let items = f.data.split_off(f.data.len() - arg as usize);
                let s = self.new_set(false);
                for it in items {
                    tri_c!(crate::set::add(self, &s, it));
                }
                f.push(Value::Obj(s));
            }
            Op::BuildMap => {
                let items = f.data.split_off(f.data.len() - 2 * arg as usize);
                let d = self.new_dict();
                let mut it = items.into_iter();
                while let (Some(k), Some(v)) = (it.next(), it.next()) {
                    tri_c!(crate::dict::set_item(self, &d, k, v));
                }
                f.push(Value::Obj(d));
            }
            Op::MapAdd => {
                let v = f.pop();
                let k = f.pop();
                if let Value::Obj(d) = f.peek(arg as usize).clone() {
                    tri_c!(crate::dict::set_item(self, &d, k, v));
                }
            }
            Op::ListExtend => {
                let it = f.pop();
                let target = f.peek(arg as usize).clone();
                let items = match self.iterate(&it) {
                    Ok(v) => v,
                    Err(e) => {
                        if self.exc_matches(&e, &self.types.type_error.clone())
                            && !self.is_iterable(&it)
                        {
                            let n = self.type_name(&it);
                            return Err(self
                                .type_error(format!("Value after * must be an iterable, not {n}"))
                                .into());
                        }
                        return Err(e.into());
                    }
                };
                if let Some(Payload::List(l)) = target.payload() {
                    l.borrow_mut().extend(items);
                }
            }
            Op::SetUpdate => {
                let it = f.pop();
                if let Value::Obj(s) = f.peek(arg as usize).clone() {
                    tri_c!(crate::objects::setobj::update_internal(self, &s, &it));
                }
            }
            Op::DictUpdate | Op::DictMerge => {
                let src = f.pop();
                let Value::Obj(d) = f.peek(arg as usize).clone() else {
                    return Ok(());
                };
                tri_c!(self.dict_merge_into(&d, &src, ins.op == Op::DictMerge, f));
            }
            Op::ListToTuple => {
                let l = f.pop();
                let items = match l.payload() {
                    Some(Payload::List(v)) => v.borrow().clone(),
                    _ => Vec::new(),
                };
                let t = self.new_tuple(items);
                f.push(t);
            }
            Op::UnpackEx => {
                let seq = f.pop();
                let before = (arg & 0xff) as usize;
                let after = (arg >> 8) as usize;
                let items = tri_c!(self.unpack(&seq, before, Some(after)));
                f.data.extend(items.into_iter().rev());
            }
            Op::RaiseVarargs => {
                let r = self.do_raise(f, arg);
                return Err(r);
            }
            Op::PushExcInfo => {
                let exc = f.pop();
                // The handled exception lives on the VM's exception stack (so native code
                // and nested interpreter loops see it); the stack slot keeps CPython's layout.
                self.exc_stack.push(exc.clone());
                f.push(Value::Null);
                f.push(exc);
            }
            Op::PopExcept => {
                f.pop();
                self.exc_stack.pop();
            }
            Op::Reraise => {
                let exc = f.pop();
                match exc {
                    Value::Obj(o) => return Err(Raise::reraise(PyErr(o))),
                    _ => return Err(self.runtime_error("no exception to re-raise").into()),
                }
            }
            Op::CheckExcMatch => {
                let t = f.pop();
                let exc = f.top().clone();
                let m = tri_c!(self.exception_matches(&exc, &t));
                f.push(Value::Bool(m));
            }
            Op::CheckEgMatch => {
                let t = f.pop();
                let exc = f.pop();
                let (rest, matched) =
                    tri_c!(crate::objects::excgroup::except_star_match(self, &exc, &t));
                if !matched.is_none() {
                    if let Some(top) = self.exc_stack.last_mut() {
                        *top = matched.clone();
                    }
                }
                f.push(rest);
                f.push(matched);
            }
            Op::PrepReraiseStar => {
                let list = f.pop();
                let orig = f.pop();
                let r = tri_c!(crate::objects::excgroup::prep_reraise_star(
                    self, &orig, &list
                ));
                f.push(r);
            }
            Op::BeforeWith => {
                let mgr = f.pop();
                let (exit, res) = tri_c!(self.before_with(&mgr));
                f.push(exit);
                f.push(res);
            }
            Op::BeforeAsyncWith => {
                let mgr = f.pop();
                let tp = self.type_of(&mgr);
                let enter = types::lookup(&tp, "__aenter__");
                let exit = types::lookup(&tp, "__aexit__");
                let (Some(enter), Some(exit)) = (enter, exit) else {
                    let n = types::type_name(&tp);
                    return Err(self.type_error(format!("'{n}' object does not support the asynchronous context manager protocol")).into());
                };
                let exit_b = tri_c!(self.descr_get(&exit, &mgr, &Value::Obj(tp.clone())));
                let enter_b = tri_c!(self.descr_get(&enter, &mgr, &Value::Obj(tp)));
                let res = tri_c!(self.call(&enter_b, &[]));
                f.push(exit_b);
                f.push(res);
            }
            Op::WithExceptStart => {
                let exc = f.peek(1).clone();
                let exit = f.peek(3).clone();
                let tp = Value::Obj(self.type_of(&exc));
                let tb = crate::exceptions::get_traceback(&exc);
                let r = tri_c!(self.call(&exit, &[tp, exc, tb]));
                f.push(r);
            }
            Op::PushAssertionError => {
                f.push(Value::Obj(self.types.assertion_error.clone()));
            }
            Op::LoadBuildClass => {
                let v = crate::dict::get_name(&f.builtins, &self.intern("__build_class__"));
                match v {
                    Some(v) => f.push(v),
                    None => {
                        let c = self.types.name_error.clone();
                        return Err(self.new_exc(&c, "__build_class__ not found").into());
                    }
                }
            }
            Op::MakeFunction => {
                let code = f.pop();
                let closure = if arg & 8 != 0 { Some(f.pop()) } else { None };
                let annotations = if arg & 4 != 0 { f.pop() } else { Value::None };
                let kwdefaults = if arg & 2 != 0 { f.pop() } else { Value::None };
                let defaults = if arg & 1 != 0 { f.pop() } else { Value::None };
                let func = self.make_function(f, code, closure, annotations, kwdefaults, defaults);
                f.push(func);
            }
            Op::ImportName => {
                let name = code.names[arg as usize].clone();
                let fromlist = f.pop();
                let level = f.pop();
                let globals = f.globals.clone();
                let locals = f.locals.clone().unwrap_or(Value::None);
                let m = tri_c!(crate::import::import_name_op(
                    self,
                    &name,
                    &f.builtins.clone(),
                    &globals,
                    &locals,
                    &fromlist,
                    &level
                ));
                f.push(m);
            }
            Op::ImportFrom => {
                let name = code.names[arg as usize].clone();
                let m = f.top().clone();
                let v = tri_c!(crate::import::import_from(self, &m, &name));
                f.push(v);
            }
            Op::ImportStar => {
                let m = f.pop();
                let target = f
                    .locals
                    .clone()
                    .unwrap_or_else(|| Value::Obj(f.globals.clone()));
                tri_c!(crate::import::import_star(self, &m, &target));
            }
            Op::SetupAnnotations => {
                let target = f
                    .locals
                    .clone()
                    .unwrap_or_else(|| Value::Obj(f.globals.clone()));
                let key = self.intern("__annotations__");
                if tri_c!(self.mapping_lookup(&target, &key)).is_none() {
                    let d = Value::Obj(self.new_dict());
                    tri_c!(self.setitem(&target, key, d));
                }
            }
            Op::GetLen => {
                let v = f.top().clone();
                let n = tri_c!(self.len(&v));
                f.push(Value::Int(n as i64));
            }
            Op::MatchMapping => {
                let v = f.top().clone();
                let r = crate::patterns::is_mapping(self, &v);
                f.push(Value::Bool(r));
            }
            Op::MatchSequence => {
                let v = f.top().clone();
                let r = crate::patterns::is_sequence(self, &v);
                f.push(Value::Bool(r));
            }
            Op::MatchKeys => {
                let keys = f.peek(1).clone();
                let subj = f.peek(2).clone();
                let r = tri_c!(crate::patterns::match_keys(self, &subj, &keys));
                f.push(r);
            }
            Op::MatchClass => {
                let names = f.pop();
                let cls = f.pop();
                let subj = f.pop();
                let r = tri_c!(crate::patterns::match_class(
                    self,
                    &subj,
                    &cls,
                    &names,
                    arg as usize
                ));
                f.push(r);
            }
            Op::CopyDictWithoutKeys => {
                let keys = f.pop();
                let subj = f.top().clone();
                let r = tri_c!(crate::patterns::copy_without_keys(self, &subj, &keys));
                f.push(r);
            }
            Op::PrintExpr => {
                let v = f.pop();
                let hook = self
                    .sys
                    .dict()
                    .and_then(|d| self.dict_get_str(&d, "displayhook"));
                if let Some(h) = hook {
                    tri_c!(self.call(&h, &[v]));
                }
            }
            Op::LoadLocals => {
                let l = f.locals.clone().unwrap_or(Value::None);
                f.push(l);
            }
            Op::GetAwaitable => {
                let v = f.pop();
                let a = tri_c!(crate::generator::get_awaitable(self, &v));
                f.push(a);
            }
            Op::GetAiter => {
                let v = f.pop();
                let r = tri_c!(self.call_special(&v, "__aiter__", &[]));
                match r {
                    Some(r) => f.push(r),
                    None => {
                        let n = self.type_name(&v);
                        return Err(self
                            .type_error(format!(
                                "'async for' requires an object with __aiter__ method, got {n}"
                            ))
                            .into());
                    }
                }
            }
            Op::GetAnext => {
                let v = f.top().clone();
                let r = tri_c!(self.call_special(&v, "__anext__", &[]));
                match r {
                    Some(r) => {
                        let a = tri_c!(crate::generator::get_awaitable(self, &r));
                        f.push(a);
                    }
                    None => {
                        let n = self.type_name(&v);
                        return Err(self
                            .type_error(format!(
                                "'async for' requires an iterator with __anext__ method, got {n}"
                            ))
                            .into());
                    }
                }
            }
            Op::EndAsyncFor => {
                let exc = f.pop();
                f.pop();
                if let Value::Obj(o) = &exc {
                    if !types::is_subtype(&o.class(), &self.types.stop_async_iteration) {
                        return Err(Raise::reraise(PyErr(o.clone())));
                    }
                }
            }
            _ => {}
        }
        Ok(())
    }
}
