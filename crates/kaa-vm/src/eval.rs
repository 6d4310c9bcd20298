//! The interpreter loop. Python-to-Python calls do not recurse on the Rust stack: the caller
//! frame is parked on `vm.frames` and the callee runs in the same loop (DESIGN.md §2).
//! Exceptions unwind through the code object's exception table (CPython 3.11's zero-cost
//! model), adding one traceback entry per frame they pass, and chaining `__context__` from
//! the exception being handled when they are first raised.

use crate::frame::Frame;
use crate::object::{ObjRef, Object, Payload};
use crate::value::Value;
use crate::vm::{PyErr, MAX_NATIVE_DEPTH};
use crate::{PyResult, Vm};
use kaa_compiler::opcodes::{BinOpKind, CmpKind, Op};
use std::cell::RefCell;
use std::rc::Rc;

mod arith;
mod cold;
mod globals;
mod support;

use arith::compare_as;

/// How a frame run by `execute` ended without an exception.
pub enum Exit {
    Return(Value),
    Yield(Value),
}

/// Errors raised by an instruction, and whether it is a re-raise (no new traceback entry).
pub(crate) struct Raise {
    err: PyErr,
    entry: TracebackEntry,
}

/// Whether unwinding adds the frame's line to the exception's traceback: not for a
/// re-raise. Word-sized on purpose: a `bool` left seven padding bytes where the loop's
/// other results keep a value's payload, and LLVM then moved every result out of the loop
/// byte by byte through overlapping stores, two store-forwarding stalls per return or yield.
#[repr(u64)]
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum TracebackEntry {
    Add,
    Skip,
}

impl Raise {
    /// A re-raise of `err` (bare `raise`, RERAISE): no new traceback entry.
    pub(crate) fn reraise(err: PyErr) -> Self {
        Raise {
            err,
            entry: TracebackEntry::Skip,
        }
    }
}

impl From<PyErr> for Raise {
    fn from(err: PyErr) -> Self {
        Raise {
            err,
            entry: TracebackEntry::Add,
        }
    }
}

/// `?` for the interpreter loop: on error, leave the instruction with the exception.
/// (Labels are hygienic in macros, so the loop label is passed in.)
macro_rules! tri {
    ($l:lifetime, $e:expr) => {
        match $e {
            Ok(v) => v,
            Err(e) => break $l Err(Raise::from(e)),
        }
    };
}

/// The instruction at index `$i` of the running code, read without a bounds check. Used
/// for the instruction being run (`ip - 1`: its inline-cache number is read there, in the
/// arms that use one, rather than decoded for every instruction), the index just past it
/// (never past the code's last, a `RETURN_VALUE`), which is where a superinstruction's
/// second half or the jump after a comparison sits, and jump targets (in range by
/// `quicken`).
macro_rules! instr_at {
    ($instrs:ident, $i:expr) => {{
        let i: usize = $i;
        // SAFETY: `$instrs` is the running code's instruction array (see `enter_code!`) and
        // every use passes an index that is in range for the reason given above.
        unsafe { *$instrs.add(i) }
    }};
}

/// Unchecked stack access (`Frame::pop_unchecked` and kin) for the arms of the
/// instructions listed in `kaa_compiler::flow::unchecked_pops`, each taking no more values
/// than listed there for its opcode (a superinstruction counts as its parts).
macro_rules! verified {
    ($e:expr) => {{
        // SAFETY: the running instruction is one of `flow::unchecked_pops`, whose count of
        // values `flow::stack_bound` proved present when its code was loaded (`make_code`).
        #[allow(unused_unsafe)]
        unsafe {
            $e
        }
    }};
}

/// Takes a conditional jump: `$ip = $target` as a branch the processor predicts. Left to
/// itself LLVM turns `if cond { ip = target }` into a conditional move, so the next
/// instruction's fetch waits for the condition (often a load chain through the operands)
/// instead of running ahead on the prediction; an empty `asm!` in the taken path cannot be
/// speculated, which keeps the branch (a loop of such jumps ran 15-20% faster).
macro_rules! take_jump {
    ($ip:ident, $target:expr) => {{
        // SAFETY: an empty instruction sequence touching no memory, stack or flags.
        unsafe { std::arch::asm!("", options(nomem, nostack, preserves_flags)) };
        $ip = $target;
    }};
}

/// Pushes the bool `$r`, or, when the next instruction is a conditional jump (what the
/// compiler puts after almost every comparison and membership test), takes or skips that
/// jump at once without materialising the bool (CPython 3.11's COMPARE_OP_*_JUMP).
macro_rules! push_or_branch {
    ($f:ident, $ip:ident, $instrs:ident, $r:expr) => {{
        let r: bool = $r;
        let next = instr_at!($instrs, $ip);
        let jump_if = match next.op {
            Op::PopJumpIfFalse => Some(false),
            Op::PopJumpIfTrue => Some(true),
            _ => None,
        };
        if let Some(when) = jump_if {
            if r == when {
                take_jump!($ip, next.arg as usize);
            } else {
                $ip += 1;
            }
            continue;
        }
        $f.push(Value::Bool(r));
    }};
}

/// Makes `$new` the running frame of the loop (a Python call, or a generator resumed by
/// `FOR_ITER`): the running one is suspended on `vm.frames` at `$ip`, and the loop's
/// instruction index and code switch to the new frame's.
macro_rules! switch_to {
    ($vm:ident, $f:ident, $ip:ident, $code:ident, $instrs:ident, $new:expr) => {{
        let new = $new;
        $vm.depth += 1;
        $vm.set_cur_globals(&new.globals);
        $f.ip = $ip;
        crate::frame::push_frame(&mut $vm.frames, $f);
        $f = new;
        $ip = $f.ip;
        enter_code!($f, $ip, $code, $instrs);
    }};
}

/// Makes `$f`'s code the one the loop fetches from, with `$ip` (already set to where the
/// frame goes on) moved into range: the fetch is unchecked, so every index the loop starts
/// from passes here (`quicken::clamp_ip`) or comes from a jump operand (`quicken::quicken`).
macro_rules! enter_code {
    ($f:ident, $ip:ident, $code:ident, $instrs:ident) => {{
        // SAFETY: `$f.code` is an `Rc` the frame holds for its whole life, so the `PyCode`
        // outlives the frame; `$code` is replaced here whenever another frame becomes the
        // running one, before the one that stops running can be released (a return enters
        // the caller's code before recycling the callee), so it never outlives its frame.
        // (A reference rather than an `Rc` clone: no count traffic per call and return.)
        $code = unsafe { &*Rc::as_ptr(&$f.code) };
        $instrs = $code.instrs.as_ptr();
        $ip = crate::quicken::clamp_ip(&$code.instrs, $ip);
    }};
}

/// Starts the Python frame a `CALL` made: a generator function's call makes the generator
/// (pushed as the call's value); any other runs in this loop, recursion limit permitting.
macro_rules! enter_call {
    ($l:lifetime, $vm:ident, $f:ident, $ip:ident, $code:ident, $instrs:ident, $newf:expr) => {{
        let newf = $newf;
        if newf.code.is_generator_like() {
            let g = crate::generator::new_generator($vm, newf);
            $f.push(g);
        } else if $vm.depth >= $vm.recursion_limit {
            $vm.recycle(newf);
            break $l Err(Raise::from($vm.recursion_error()));
        } else {
            switch_to!($vm, $f, $ip, $code, $instrs, newf);
        }
    }};
}

impl Vm {
    /// Runs a non-generator frame to completion.
    pub fn run_frame(&mut self, frame: Box<Frame>) -> PyResult<Value> {
        let (r, f) = self.execute(frame);
        self.recycle(f);
        match r {
            Ok(Exit::Return(v)) => Ok(v),
            Ok(Exit::Yield(_)) => Err(self.runtime_error("yield outside a generator frame")),
            Err(e) => Err(e),
        }
    }

    /// Records the running frame's globals (for `type()`'s `__module__`); calls within one
    /// module, the common case, leave the reference untouched.
    #[inline(always)]
    fn set_cur_globals(&mut self, g: &ObjRef) {
        if !self.cur_globals.as_ref().is_some_and(|c| Rc::ptr_eq(c, g)) {
            self.cur_globals = Some(g.clone());
        }
    }

    /// The reverse of `switch_to!`: `caller` (just popped from `vm.frames`) runs again in
    /// `f`'s place; the frame that left is handed back.
    #[inline(always)]
    fn back_to_caller(&mut self, f: &mut Box<Frame>, caller: Box<Frame>) -> Box<Frame> {
        self.depth -= 1;
        let done = std::mem::replace(f, caller);
        self.set_cur_globals(&f.globals);
        done
    }

    #[inline(always)]
    pub(crate) fn recycle(&mut self, f: Box<Frame>) {
        self.frame_pool.release(f);
    }

    /// The exception currently being handled (for `__context__` and `sys.exc_info()`),
    /// looking from frame `f` outwards.
    pub fn current_handled(&self, _f: Option<&Frame>) -> Value {
        match self.exc_stack.last() {
            Some(v) if !v.is_null() => v.clone(),
            _ => Value::None,
        }
    }

    /// Runs `f` until it returns or yields (as the entry frame), with the Python frames it
    /// calls running in the same loop. Gives the frame back (generators keep it).
    pub fn execute(&mut self, f: Box<Frame>) -> (PyResult<Exit>, Box<Frame>) {
        self.execute_with(f, None)
    }

    /// As `execute`, raising `pending` at the frame's current instruction first (generator
    /// `throw()`).
    pub fn execute_with(
        &mut self,
        mut f: Box<Frame>,
        mut pending: Option<PyErr>,
    ) -> (PyResult<Exit>, Box<Frame>) {
        if self.native_depth >= MAX_NATIVE_DEPTH || self.depth >= self.recursion_limit {
            let e = self.recursion_error();
            return (Err(e), f);
        }
        self.native_depth += 1;
        self.depth += 1;
        let base = self.frames.len();
        let exc_base = self.exc_stack.len();
        let saved_globals = self.cur_globals.replace(f.globals.clone());
        let result = 'outer: loop {
            let step: Result<Option<Exit>, Raise> = if let Some(e) = pending.take() {
                Err(Raise::from(e))
            } else {
                // The running frame's code, replaced at each frame switch (calls and returns
                // of Python frames stay in this loop).
                let mut code: &crate::object::PyCode;
                // `code.instrs`, fetched from without a bounds check (see `enter_code!`).
                let mut instrs: *const kaa_compiler::opcodes::Instr;
                // The instruction index lives in a register while the frame runs; it is written
                // back when the loop is left (and before a call pushes the frame).
                let mut ip = f.ip;
                enter_code!(f, ip, code, instrs);
                let r = 'instr: loop {
                    // Finalisers queued by objects that just died run between instructions.
                    if crate::finalize::is_pending() {
                        self.run_pending();
                    }
                    // SAFETY: `instrs` is `code.instrs`, kept alive by `code`, and `ip` is in
                    // range: it was clamped when the frame's code was entered (`enter_code!`),
                    // jump operands are in range (`quicken`), and the code ends with a
                    // `RETURN_VALUE`, so stepping past any other instruction stays in range.
                    let ins = unsafe { *instrs.add(ip) };
                    ip += 1;
                    let arg = ins.arg;
                    match ins.op {
                        Op::Nop => {}
                        Op::PopTop => crate::frame::release(verified!(f.pop_unchecked())),
                        Op::PushNull => f.push(Value::Null),
                        Op::PushNullLoadFast => {
                            f.push(Value::Null);
                            let b = instr_at!(instrs, ip).arg;
                            ip += 1;
                            if !f.push_local(b as usize) {
                                break 'instr Err(self.unbound_local(&f, b).into());
                            }
                        }
                        Op::Copy => {
                            let v = f.peek(arg as usize).clone();
                            f.push(v);
                        }
                        Op::CopyTwo => {
                            ip += 1;
                            let a = f.peek(2).clone();
                            let b = f.peek(1).clone();
                            f.push(a);
                            f.push(b);
                        }
                        Op::Swap => f.swap_top(arg as usize),
                        Op::LoadConst => match code.consts.get(arg as usize) {
                            Some(v) => f.push_ref(v),
                            None => f.push(Value::None),
                        },
                        Op::LoadFast => {
                            if !f.push_local(arg as usize) {
                                break 'instr Err(self.unbound_local(&f, arg).into());
                            }
                        }
                        Op::StoreFast => verified!(f.store_local_unchecked(arg as usize)),
                        // Superinstructions (`quicken.rs`): the second half's operand is
                        // the next instruction's, which is then skipped. An error in the
                        // second half is raised with `ip` past it, as if run alone.
                        Op::LoadFastLoadFast | Op::StoreFastLoadFast => {
                            if ins.op == Op::LoadFastLoadFast {
                                if !f.push_local(arg as usize) {
                                    break 'instr Err(self.unbound_local(&f, arg).into());
                                }
                            } else {
                                verified!(f.store_local_unchecked(arg as usize));
                            }
                            let b = instr_at!(instrs, ip).arg;
                            ip += 1;
                            if !f.push_local(b as usize) {
                                break 'instr Err(self.unbound_local(&f, b).into());
                            }
                        }
                        Op::StoreFastStoreFast => {
                            verified!(f.store_local_unchecked(arg as usize));
                            let b = instr_at!(instrs, ip).arg;
                            ip += 1;
                            verified!(f.store_local_unchecked(b as usize));
                        }
                        Op::LoadFastLoadConst => {
                            if !f.push_local(arg as usize) {
                                break 'instr Err(self.unbound_local(&f, arg).into());
                            }
                            let b = instr_at!(instrs, ip).arg;
                            ip += 1;
                            match code.consts.get(b as usize) {
                                Some(v) => f.push_ref(v),
                                None => f.push(Value::None),
                            }
                        }
                        Op::LoadConstBinaryOp => {
                            let c = match code.consts.get(arg as usize) {
                                Some(v) => v,
                                None => &Value::None,
                            };
                            let op = instr_at!(instrs, ip).arg;
                            // The first operand of the BINARY_OP after it is there.
                            if let Some(v) = arith::binop_fast(verified!(f.top_unchecked()), c, op)
                            {
                                // Two inline numbers: the operand needs no release.
                                verified!(f.set_top_unchecked(v));
                                ip += 1;
                            } else {
                                f.push_ref(c);
                            }
                        }
                        Op::LoadFastConstBinaryOp => {
                            if !f.push_local(arg as usize) {
                                break 'instr Err(self.unbound_local(&f, arg).into());
                            }
                            let b = instr_at!(instrs, ip).arg;
                            let op = instr_at!(instrs, ip + 1).arg;
                            let c = match code.consts.get(b as usize) {
                                Some(v) => v,
                                None => &Value::None,
                            };
                            // (The local was just pushed.)
                            if let Some(v) = arith::binop_fast(verified!(f.top_unchecked()), c, op)
                            {
                                verified!(f.set_top_unchecked(v));
                                ip += 2;
                            } else {
                                f.push_ref(c);
                                ip += 1;
                            }
                        }
                        Op::LoadFastConstCompareOp => {
                            let b = instr_at!(instrs, ip).arg;
                            let cmp = instr_at!(instrs, ip + 1).arg;
                            let c = match code.consts.get(b as usize) {
                                Some(v) => v,
                                None => &Value::None,
                            };
                            let fast = match (f.data.get(arg as usize), c) {
                                (Some(Value::Int(x)), Value::Int(y)) => Some(compare_as(cmp, x, y)),
                                (Some(Value::Float(x)), Value::Float(y)) => {
                                    Some(compare_as(cmp, x, y))
                                }
                                _ => None,
                            };
                            if let Some(r) = fast {
                                ip += 2;
                                push_or_branch!(f, ip, instrs, r);
                                continue;
                            }
                            // The first two halves; the COMPARE_OP runs next on its own.
                            if !f.push_local(arg as usize) {
                                break 'instr Err(self.unbound_local(&f, arg).into());
                            }
                            f.push_ref(c);
                            ip += 1;
                        }
                        Op::LoadConstLoadFast => {
                            match code.consts.get(arg as usize) {
                                Some(v) => f.push_ref(v),
                                None => f.push(Value::None),
                            }
                            let b = instr_at!(instrs, ip).arg;
                            ip += 1;
                            if !f.push_local(b as usize) {
                                break 'instr Err(self.unbound_local(&f, b).into());
                            }
                        }
                        Op::LoadDeref => {
                            // The common case without taking a reference to the cell itself.
                            let idx = f.code.code.varnames.len() + arg as usize;
                            let v = match f.data.get(idx).and_then(|c| c.payload()) {
                                Some(Payload::Cell(c)) => c.borrow().clone(),
                                _ => Value::Null,
                            };
                            if v.is_null() {
                                break 'instr Err(self.unbound_deref(&f, arg as usize).into());
                            }
                            f.push(v);
                        }
                        Op::StoreDeref => {
                            let v = f.pop();
                            let idx = f.code.code.varnames.len() + arg as usize;
                            if let Some(Payload::Cell(c)) =
                                f.data.get(idx).and_then(|c| c.payload())
                            {
                                *c.borrow_mut() = v;
                            }
                        }
                        Op::LoadGlobal | Op::PushNullLoadGlobal => {
                            let (arg, slot) = if ins.op == Op::PushNullLoadGlobal {
                                f.push(Value::Null);
                                let next = instr_at!(instrs, ip);
                                ip += 1;
                                (next.arg, next.cache as usize)
                            } else {
                                (arg, instr_at!(instrs, ip - 1).cache as usize)
                            };
                            let v = match globals::cache_hit(code, slot, &f) {
                                Some(v) => v,
                                None => tri!('instr, self.load_global_miss(code, slot, &f, arg)),
                            };
                            f.push(v);
                        }
                        // `LOAD_FAST; LOAD_ATTR|LOAD_METHOD|LOAD_GLOBAL` with the second
                        // half's cache holding: one dispatch, and for an attribute no
                        // reference taken to the local. Otherwise the `LOAD_FAST` alone,
                        // and the second instruction runs next as itself.
                        Op::LoadFastLoadAttr | Op::LoadFastLoadMethod | Op::LoadFastLoadGlobal => {
                            let next = instr_at!(instrs, ip);
                            let slot = next.cache as usize;
                            if let Some(local) = f.data.get(arg as usize).filter(|v| !v.is_null()) {
                                match ins.op {
                                    Op::LoadFastLoadAttr => {
                                        if let Some(v) =
                                            crate::attr_ic::fast_load(code, slot, local)
                                        {
                                            ip += 1;
                                            f.push(v);
                                            continue;
                                        }
                                    }
                                    Op::LoadFastLoadMethod => {
                                        if let Some(m) =
                                            crate::attr_ic::fast_method(code, slot, local)
                                        {
                                            let obj = local.clone();
                                            ip += 1;
                                            f.push(m);
                                            f.push(obj);
                                            continue;
                                        }
                                    }
                                    _ => {
                                        if let Some(v) = globals::cache_hit(code, slot, &f) {
                                            let local = local.clone();
                                            ip += 1;
                                            f.push(local);
                                            f.push(v);
                                            continue;
                                        }
                                    }
                                }
                            }
                            if !f.push_local(arg as usize) {
                                break 'instr Err(self.unbound_local(&f, arg).into());
                            }
                        }
                        Op::LoadAttr => {
                            let slot = instr_at!(instrs, ip - 1).cache as usize;
                            if let Some(v) =
                                crate::attr_ic::fast_load(code, slot, verified!(f.top_unchecked()))
                            {
                                verified!(f.set_top_unchecked(v));
                                continue;
                            }
                            let name = &code.names[arg as usize];
                            let obj = f.pop();
                            tri!('instr, f.push_result(crate::attr_ic::load_attr(self, code, slot, &obj, name)));
                        }
                        Op::StoreAttr => {
                            let slot = instr_at!(instrs, ip - 1).cache as usize;
                            let obj = verified!(f.pop_unchecked());
                            let v = match crate::attr_ic::fast_store(
                                code,
                                slot,
                                &obj,
                                verified!(f.pop_unchecked()),
                            ) {
                                Ok(()) => {
                                    crate::frame::release(obj);
                                    continue;
                                }
                                Err(v) => v,
                            };
                            let name = &code.names[arg as usize];
                            tri!('instr, crate::attr_ic::store_attr(self, code, slot, &obj, name, v));
                        }
                        Op::LoadMethod => {
                            if let Some(m) = crate::attr_ic::fast_method(
                                code,
                                instr_at!(instrs, ip - 1).cache as usize,
                                verified!(f.top_unchecked()),
                            ) {
                                // `obj` → `method, obj`.
                                let obj = verified!(f.pop_unchecked());
                                f.push(m);
                                f.push(obj);
                                continue;
                            }
                            let name = &code.names[arg as usize];
                            let obj = verified!(f.pop_unchecked());
                            let slot = instr_at!(instrs, ip - 1).cache as usize;
                            if let Some(Payload::Super(..)) = obj.payload() {
                                if let Some((m, inst)) =
                                    crate::objects::func::super_method(self, &obj, name)
                                {
                                    f.push(m);
                                    f.push(inst);
                                    continue;
                                }
                            }
                            match tri!('instr, crate::attr_ic::load_method(self, code, slot, &obj, name))
                            {
                                (m, true) => {
                                    f.push(m);
                                    f.push(obj);
                                }
                                (attr, false) => {
                                    f.push(Value::Null);
                                    f.push(attr);
                                }
                            }
                        }
                        Op::Call | Op::CallKw => {
                            let (nkw, names) = if ins.op == Op::CallKw {
                                let names = f.pop();
                                let n = match names.payload() {
                                    Some(Payload::Tuple(t)) => t.len(),
                                    _ => 0,
                                };
                                (n, names)
                            } else {
                                (0, Value::Null)
                            };
                            let n = arg as usize;
                            let len = f.data.len();
                            // The callable's slots and the arguments are on the stack
                            // (`flow::unchecked_pops`): `a_idx..len` are stack slots, read
                            // with `slot!` below without bounds checks.
                            let a_idx = len - n - 2;
                            macro_rules! slot {
                                ($i:expr) => {
                                    verified!(f.data.get_unchecked($i))
                                };
                            }
                            // A plain built-in function (`len`, `isinstance`) or an unbound
                            // method descriptor called with its instance first (`LOAD_METHOD`
                            // on a built-in type): straight to the native code, as CPython's
                            // CALL_BUILTIN_FAST / CALL_METHOD_DESCRIPTOR_FAST forms, with the
                            // callable and arguments read in place on the stack.
                            if nkw == 0 {
                                let at = a_idx + usize::from(slot!(a_idx).is_null());
                                // `isinstance(x, T)`: run inline and fused with the jump
                                // that usually follows (CPython's PRECALL_NO_KW_ISINSTANCE).
                                if n == 2
                                    && at == a_idx + 1
                                    && self.isinstance_fn.as_ref().is_some_and(|i| {
                                        slot!(at).as_obj().is_some_and(|o| Rc::ptr_eq(o, i))
                                    })
                                {
                                    // (`at + 2 == len - 1`.)
                                    let r = crate::objects::isinstance::isinstance(
                                        self,
                                        slot!(at + 1),
                                        slot!(at + 2),
                                    );
                                    f.truncate(a_idx);
                                    let r = tri!('instr, r);
                                    push_or_branch!(f, ip, instrs, r);
                                    continue;
                                }
                                match slot!(at).payload() {
                                    Some(Payload::Builtin(b))
                                        if crate::call::direct_builtin(b, f.data.get(at + 1)) =>
                                    {
                                        let r = (b.func)(self, slot!(at + 1..), &[]);
                                        f.truncate(a_idx);
                                        tri!('instr, f.push_result(r));
                                        continue;
                                    }
                                    // A Python function: its reference moves from the stack
                                    // into the new frame.
                                    Some(Payload::Function(_)) => {
                                        // (`payload()` was `Some`: the slot holds an object.)
                                        let Value::Obj(func) = std::mem::take(&mut f.data[at])
                                        else {
                                            continue;
                                        };
                                        let newf =
                                            self.frame_from_stack(func, &mut f.data, a_idx, at + 1);
                                        enter_call!('instr, self, f, ip, code, instrs, tri!('instr, newf));
                                        continue;
                                    }
                                    _ => {}
                                }
                            }
                            let (mut callable, mut args_start) = if slot!(a_idx).is_null() {
                                (slot!(a_idx + 1).clone(), a_idx + 2)
                            } else {
                                (slot!(a_idx).clone(), a_idx + 1)
                            };
                            // Bound methods and classes with a Python `__init__` become a
                            // function call in place (see `unpack_callable`).
                            let mut ctor = None;
                            if args_start == a_idx + 2
                                && matches!(
                                    callable.payload(),
                                    Some(Payload::Method(..) | Payload::Type(_))
                                )
                            {
                                if let Some((func, c)) = tri!('instr, self.unpack_callable(&callable, &mut f.data, a_idx))
                                {
                                    callable = func;
                                    args_start = a_idx + 1;
                                    ctor = c;
                                }
                            }
                            if let Value::Obj(o) = &callable {
                                if let Payload::Function(fd) = &o.payload {
                                    // Keyword calls bind through `make_frame` but still run
                                    // in this loop (no nested interpreter per call).
                                    let newf = if nkw == 0 {
                                        self.frame_from_stack_outlined(
                                            o.clone(),
                                            &mut f.data,
                                            a_idx,
                                            args_start,
                                        )
                                    } else {
                                        let args = &f.data[args_start..];
                                        let (pos, kw) = self.split_kw_args(args, &names);
                                        let r = self.make_frame(o, fd, pos, &kw);
                                        f.truncate(a_idx);
                                        r
                                    };
                                    let mut newf = tri!('instr, newf);
                                    newf.ctor = ctor;
                                    enter_call!('instr, self, f, ip, code, instrs, newf);
                                    continue;
                                }
                            }
                            // Built-ins that need the caller's frame: zero-argument super() and
                            // the namespace functions (locals(), globals(), vars(), dir(), exec...).
                            let aware = self.frame_aware(&callable);
                            if aware == Some(FrameAware::Super) && n == 0 && nkw == 0 {
                                f.truncate(a_idx);
                                let s = tri!('instr, self.zero_arg_super(&f));
                                f.push(s);
                                continue;
                            }
                            let is_ns = aware == Some(FrameAware::Namespace);
                            if is_ns {
                                let locals = self.frame_locals(&f);
                                self.caller_env.push(crate::vm::CallerEnv {
                                    globals: f.globals.clone(),
                                    builtins: f.builtins.clone(),
                                    locals,
                                });
                            }
                            // The arguments are passed straight from the value stack (no
                            // vector per call); nothing else can touch this frame's stack
                            // while the callee runs, and they are popped afterwards.
                            let r = {
                                let args = &f.data[args_start..];
                                if nkw == 0 {
                                    self.call(&callable, args)
                                } else {
                                    let (pos, kw) = self.split_kw_args(args, &names);
                                    self.call_kw(&callable, pos, &kw)
                                }
                            };
                            f.truncate(a_idx);
                            if is_ns {
                                self.caller_env.pop();
                            }
                            tri!('instr, f.push_result(r));
                        }
                        Op::BinaryOp | Op::BinaryOpStoreFast => {
                            let fast = arith::binop_fast(
                                verified!(f.peek_unchecked(2)),
                                verified!(f.peek_unchecked(1)),
                                arg,
                            );
                            if let Some(v) = fast {
                                // Both operands are inline numbers: overwrite in place.
                                verified!(f.pop_and_set_top_unchecked(v));
                                if ins.op == Op::BinaryOpStoreFast {
                                    // The STORE_FAST after it, without its dispatch.
                                    let b = instr_at!(instrs, ip).arg;
                                    ip += 1;
                                    verified!(f.store_local_unchecked(b as usize));
                                }
                                continue;
                            }
                            let b = verified!(f.pop_unchecked());
                            let a = verified!(f.pop_unchecked());
                            if arg & !BinOpKind::INPLACE == BinOpKind::Add as u32
                                && a.as_obj().is_some_and(|o| o.class_is(&self.types.str))
                                && b.as_obj().is_some_and(|o| o.class_is(&self.types.str))
                            {
                                let target = match Some(instr_at!(instrs, ip)) {
                                    Some(n)
                                        if matches!(
                                            n.op,
                                            Op::StoreFast
                                                | Op::StoreFastLoadFast
                                                | Op::StoreFastStoreFast
                                        ) =>
                                    {
                                        Some(n.arg as usize)
                                    }
                                    _ => None,
                                };
                                let v = crate::objects::strobj::concat_exact(
                                    self,
                                    a,
                                    &b,
                                    &mut f.data[..f.nlocalsplus],
                                    target,
                                );
                                f.push(v);
                                continue;
                            }
                            let Some((kind, inplace)) = BinOpKind::from_u32(arg) else {
                                break 'instr Err(self.runtime_error("bad binary op").into());
                            };
                            tri!('instr, f.push_result(self.binary_op(&a, &b, kind, inplace)));
                        }
                        Op::CompareOp => {
                            let fast = match verified!((f.peek_unchecked(2), f.peek_unchecked(1))) {
                                (Value::Int(x), Value::Int(y)) => Some(compare_as(arg, x, y)),
                                (Value::Float(x), Value::Float(y)) => Some(compare_as(arg, x, y)),
                                (a, b) => arith::str_compare(&self.types.str, a, b, arg),
                            };
                            if let Some(r) = fast {
                                // Inline numbers or strs: the operands are released as popped.
                                verified!(f.pop_unchecked());
                                verified!(f.pop_unchecked());
                                push_or_branch!(f, ip, instrs, r);
                                continue;
                            }
                            let b = verified!(f.pop_unchecked());
                            let a = verified!(f.pop_unchecked());
                            let Some(kind) = CmpKind::from_u32(arg) else {
                                break 'instr Err(self.runtime_error("bad compare op").into());
                            };
                            tri!('instr, f.push_result(self.compare(&a, &b, kind)));
                        }
                        Op::IsOp => {
                            let b = verified!(f.pop_unchecked());
                            let a = verified!(f.pop_unchecked());
                            let r = a.is(&b) != (arg == 1);
                            drop((a, b));
                            push_or_branch!(f, ip, instrs, r);
                        }
                        Op::ContainsOp => {
                            let b = verified!(f.pop_unchecked());
                            let a = verified!(f.pop_unchecked());
                            let r = tri!('instr, self.contains(&b, &a));
                            drop((a, b));
                            push_or_branch!(f, ip, instrs, r != (arg == 1));
                        }
                        Op::UnaryNegative | Op::UnaryPositive | Op::UnaryInvert => {
                            let a = f.pop();
                            tri!('instr, f.push_result(self.unary_op(&a, ins.op)));
                        }
                        Op::UnaryNot => {
                            let a = f.pop();
                            let t = tri!('instr, self.truthy(&a));
                            f.push(Value::Bool(!t));
                        }
                        // The container below, the key a local: the item replaces the
                        // container, and the key is never pushed. (The container is one of
                        // the BINARY_SUBSCR half's operands: see `flow::unchecked_pops`.)
                        Op::LoadFastBinarySubscr => {
                            if let Some(k) = f.data.get(arg as usize).filter(|v| !v.is_null()) {
                                if let Some(v) =
                                    self.subscript_fast(verified!(f.top_unchecked()), k)
                                {
                                    ip += 1;
                                    verified!(f.set_top_unchecked(v));
                                    continue;
                                }
                            }
                            if !f.push_local(arg as usize) {
                                break 'instr Err(self.unbound_local(&f, arg).into());
                            }
                        }
                        Op::BinarySubscr => {
                            // The item replaces the two operands (BINARY_SUBSCR_LIST_INT,
                            // BINARY_SUBSCR_DICT).
                            let (o, k) = verified!((f.peek_unchecked(2), f.peek_unchecked(1)));
                            if let Some(v) = self.subscript_fast(o, k) {
                                verified!(f.pop_and_set_top_unchecked(v));
                                continue;
                            }
                            let k = verified!(f.pop_unchecked());
                            let o = verified!(f.pop_unchecked());
                            tri!('instr, f.push_result(self.getitem(&o, &k)));
                        }
                        // The fused form finds `c, k, v` where the two swaps would have
                        // left `v, c, k`; its operand count is its STORE_SUBSCR's (swaps
                        // keep the depth), and an error is raised past the STORE_SUBSCR.
                        Op::StoreSubscr | Op::SwapSwapStoreSubscr => {
                            let (k, o, v) = if ins.op == Op::SwapSwapStoreSubscr {
                                ip += 2;
                                let v = verified!(f.pop_unchecked());
                                let k = verified!(f.pop_unchecked());
                                (k, verified!(f.pop_unchecked()), v)
                            } else {
                                let k = verified!(f.pop_unchecked());
                                let o = verified!(f.pop_unchecked());
                                (k, o, verified!(f.pop_unchecked()))
                            };
                            let v = match self.list_int_store(&o, &k, v) {
                                Ok(old) => {
                                    crate::frame::release(old);
                                    continue;
                                }
                                Err(v) => v,
                            };
                            tri!('instr, self.setitem(&o, k, v));
                        }
                        Op::DeleteSubscr => {
                            let k = f.pop();
                            let o = f.pop();
                            tri!('instr, self.delitem(&o, &k));
                        }
                        Op::BuildTuple if arg == 2 && f.stack_len() >= 2 => {
                            let b = f.pop();
                            let a = f.pop();
                            let t = self.new_pair(a, b);
                            f.push(t);
                        }
                        Op::BuildTuple => {
                            let items = f.data.split_off(f.data.len() - arg as usize);
                            let t = self.new_tuple(items);
                            f.push(t);
                        }
                        Op::BuildList => {
                            let items = f.data.split_off(f.data.len() - arg as usize);
                            let l = self.new_list(items);
                            f.push(l);
                        }
                        Op::BuildString => {
                            let items = f.data.split_off(f.data.len() - arg as usize);
                            let mut s = String::new();
                            for it in &items {
                                s.push_str(it.as_str().unwrap_or(""));
                            }
                            let v = self.new_string(s);
                            f.push(v);
                        }
                        Op::ListAppend | Op::SetAdd => {
                            let v = f.pop();
                            let target = f.peek(arg as usize).clone();
                            match target.payload() {
                                Some(Payload::List(l)) => l.borrow_mut().push(v),
                                Some(Payload::Set(_)) => {
                                    if let Value::Obj(s) = &target {
                                        tri!('instr, crate::set::add(self, s, v));
                                    }
                                }
                                _ => {}
                            }
                        }
                        Op::FormatValue => {
                            let spec = if arg & 4 != 0 { Some(f.pop()) } else { None };
                            let v = f.pop();
                            let v = match arg & 3 {
                                1 => tri!('instr, self.str(&v)),
                                2 => tri!('instr, self.repr(&v)),
                                3 => tri!('instr, self.ascii(&v)),
                                _ => v,
                            };
                            let r = match (&spec, v.as_str()) {
                                (None, Some(_))
                                    if v.as_obj().is_some_and(|o| o.class_is(&self.types.str)) =>
                                {
                                    v
                                }
                                // Inline numbers and None format as their `str()`.
                                (None, None) if !matches!(v, Value::Obj(_) | Value::Null) => {
                                    tri!('instr, self.str(&v))
                                }
                                _ => {
                                    let spec = spec.unwrap_or_else(|| self.new_str(""));
                                    tri!('instr, self.format(&v, &spec))
                                }
                            };
                            f.push(r);
                        }
                        Op::UnpackSequence => {
                            let seq = f.pop();
                            // An exact tuple or list of the right length (CPython's
                            // UNPACK_SEQUENCE_TUPLE/_LIST): its items pushed straight on.
                            if crate::ops::unpack_exact(self, &seq, arg as usize, &mut f.data) {
                                continue;
                            }
                            let items = tri!('instr, self.unpack(&seq, arg as usize, None));
                            f.data.extend(items.into_iter().rev());
                        }
                        Op::GetIter => {
                            let v = f.pop();
                            let it = tri!('instr, self.iter(&v));
                            f.push(it);
                        }
                        Op::ForIter | Op::ForIterUnpackPair => {
                            if ins.op == Op::ForIterUnpackPair {
                                // The UNPACK_SEQUENCE 2 after it, for iterators of pairs.
                                match tri!('instr, crate::iter::next_pair(self, verified!(f.top_unchecked())))
                                {
                                    crate::iter::Pair::Got(a, b) => {
                                        f.push(b);
                                        f.push(a);
                                        ip += 1;
                                        continue;
                                    }
                                    crate::iter::Pair::Done => {
                                        f.pop();
                                        ip = arg as usize;
                                        continue;
                                    }
                                    crate::iter::Pair::Other => {}
                                }
                            }
                            if let Some(r) = crate::iter::next_fast(verified!(f.top_unchecked())) {
                                match r {
                                    Some(v) => f.push(v),
                                    None => {
                                        f.pop();
                                        ip = arg as usize;
                                    }
                                }
                                continue;
                            }
                            let it = verified!(f.top_unchecked()).clone();
                            // A suspended generator runs in this loop, like a call.
                            if self.depth < self.recursion_limit {
                                if let Some(gf) = crate::generator::enter_inline(self, &it) {
                                    switch_to!(self, f, ip, code, instrs, gf);
                                    continue;
                                }
                            }
                            match tri!('instr, self.next(&it)) {
                                Some(v) => f.push(v),
                                None => {
                                    f.pop();
                                    ip = arg as usize;
                                }
                            }
                        }
                        Op::Jump => ip = arg as usize,
                        Op::JumpForIter => {
                            // The target's FOR_ITER, when its iterator needs no call: the
                            // next value goes to the instruction after it, exhaustion to
                            // its exit. Otherwise the FOR_ITER itself runs next.
                            let target = arg as usize;
                            ip = target;
                            let exit = instr_at!(instrs, target).arg;
                            // (The target FOR_ITER's iterator: see `flow::unchecked_pops`.)
                            if let Some(r) = crate::iter::next_fast(verified!(f.top_unchecked())) {
                                match r {
                                    Some(v) => {
                                        f.push(v);
                                        ip = target + 1;
                                    }
                                    None => {
                                        f.pop();
                                        ip = exit as usize;
                                    }
                                }
                            }
                        }
                        Op::PopJumpIfFalse | Op::PopJumpIfTrue => {
                            let v = verified!(f.pop_unchecked());
                            let t = match v {
                                Value::Bool(b) => b,
                                Value::Int(i) => i != 0,
                                Value::None => false,
                                _ => tri!('instr, self.truthy(&v)),
                            };
                            if t == (ins.op == Op::PopJumpIfTrue) {
                                take_jump!(ip, arg as usize);
                            }
                        }
                        Op::PopJumpIfNone => {
                            if verified!(f.pop_unchecked()).is_none() {
                                take_jump!(ip, arg as usize);
                            }
                        }
                        Op::PopJumpIfNotNone => {
                            if !verified!(f.pop_unchecked()).is_none() {
                                take_jump!(ip, arg as usize);
                            }
                        }
                        Op::JumpIfFalseOrPop | Op::JumpIfTrueOrPop => {
                            let v = f.top().clone();
                            let t = tri!('instr, self.truthy(&v));
                            if t == (ins.op == Op::JumpIfTrueOrPop) {
                                take_jump!(ip, arg as usize);
                            } else {
                                f.pop();
                            }
                        }
                        Op::ReturnValue => {
                            let mut v = verified!(f.pop_unchecked());
                            if self.frames.len() == base {
                                break 'instr Ok(Some(Exit::Return(v)));
                            }
                            let Some(caller) = self.frames.pop() else {
                                break 'instr Ok(Some(Exit::Return(v)));
                            };
                            let ctor = f.ctor.take();
                            let done = self.back_to_caller(&mut f, caller);
                            ip = f.ip;
                            // The caller's code is entered before the callee's frame goes
                            // (`code` must never outlive the frame it was read from).
                            if done.gen.is_some() {
                                // An inline generator finished: its `FOR_ITER` (the
                                // instruction before the consumer's resume point) ends.
                                f.pop();
                                if let Some(fi) = f.code.code.instrs.get(ip.wrapping_sub(1)) {
                                    ip = fi.arg as usize;
                                }
                                enter_code!(f, ip, code, instrs);
                                crate::generator::leave_inline_return(self, done);
                                drop(v);
                                continue;
                            }
                            enter_code!(f, ip, code, instrs);
                            self.recycle(done);
                            if let Some(inst) = ctor {
                                // An inline `__init__` finished: the call's value is the
                                // instance; a non-None result is the caller's TypeError.
                                if !v.is_none() {
                                    let e = crate::objects::typeobj::init_returned_error(self, &v);
                                    break 'instr Err(e.into());
                                }
                                v = Value::Obj(inst);
                            }
                            f.push(v);
                        }
                        Op::YieldValue => {
                            let v = f.pop();
                            if f.gen.is_some() && self.frames.len() > base {
                                // An inline generator (see `ForIter`): back to its consumer.
                                if let Some(caller) = self.frames.pop() {
                                    f.ip = ip;
                                    let done = self.back_to_caller(&mut f, caller);
                                    ip = f.ip;
                                    enter_code!(f, ip, code, instrs);
                                    crate::generator::leave_inline_yield(self, done);
                                    f.push(v);
                                    continue;
                                }
                            }
                            break 'instr Ok(Some(Exit::Yield(v)));
                        }
                        Op::GetYieldFromIter => {
                            let v = f.pop();
                            let it = match v.payload() {
                                Some(Payload::Generator(_)) => v,
                                _ => tri!('instr, self.iter(&v)),
                            };
                            f.push(it);
                        }
                        Op::Send => {
                            let v = f.pop();
                            let sub = f.top().clone();
                            match tri!('instr, crate::generator::send_to(self, &sub, v)) {
                                crate::generator::SendResult::Yielded(y) => f.push(y),
                                crate::generator::SendResult::Returned(r) => {
                                    f.pop();
                                    f.push(r);
                                    ip = arg as usize;
                                }
                            }
                        }
                        // The rarer instructions, kept out of this loop so the hot ones keep
                        // the frame's state in registers (`eval/cold.rs`). Listed rather than
                        // `_`: an exhaustive match needs no range check before the jump
                        // table, and a new opcode must be placed on one side or the other.
                        Op::DeleteFast
                        | Op::DeleteDeref
                        | Op::LoadClosureCell
                        | Op::LoadClassDeref
                        | Op::LoadName
                        | Op::StoreName
                        | Op::DeleteName
                        | Op::StoreGlobal
                        | Op::DeleteGlobal
                        | Op::DeleteAttr
                        | Op::CallEx
                        | Op::BuildSlice
                        | Op::BuildSet
                        | Op::BuildMap
                        | Op::MapAdd
                        | Op::ListExtend
                        | Op::SetUpdate
                        | Op::DictUpdate
                        | Op::DictMerge
                        | Op::ListToTuple
                        | Op::UnpackEx
                        | Op::RaiseVarargs
                        | Op::PushExcInfo
                        | Op::PopExcept
                        | Op::Reraise
                        | Op::CheckExcMatch
                        | Op::CheckEgMatch
                        | Op::PrepReraiseStar
                        | Op::BeforeWith
                        | Op::BeforeAsyncWith
                        | Op::WithExceptStart
                        | Op::PushAssertionError
                        | Op::LoadBuildClass
                        | Op::MakeFunction
                        | Op::ImportName
                        | Op::ImportFrom
                        | Op::ImportStar
                        | Op::SetupAnnotations
                        | Op::GetLen
                        | Op::MatchMapping
                        | Op::MatchSequence
                        | Op::MatchKeys
                        | Op::MatchClass
                        | Op::CopyDictWithoutKeys
                        | Op::PrintExpr
                        | Op::LoadLocals
                        | Op::GetAwaitable
                        | Op::GetAiter
                        | Op::GetAnext
                        | Op::EndAsyncFor => {
                            if let Err(r) = self.exec_cold(&mut f, ins, code) {
                                break 'instr Err(r);
                            }
                        }
                    }
                };
                f.ip = ip;
                r
            };
            match step {
                Ok(Some(exit)) => break 'outer Ok(exit),
                Ok(None) => {}
                Err(Raise { err, mut entry }) => {
                    // Unwind: find a handler in this frame or its callers.
                    let mut err = err;
                    loop {
                        if entry == TracebackEntry::Add {
                            self.add_traceback(&err, &f);
                        }
                        let ip = f.ip.saturating_sub(1) as u32;
                        if let Some(h) = f.code.code.handler_for(ip) {
                            let keep = f.nlocalsplus + h.depth as usize;
                            f.data.truncate(keep);
                            f.push(Value::Obj(err.0.clone()));
                            f.ip = h.target as usize;
                            break;
                        }
                        if self.frames.len() == base {
                            break 'outer Err(err);
                        }
                        let Some(caller) = self.frames.pop() else {
                            break 'outer Err(err);
                        };
                        let done = self.back_to_caller(&mut f, caller);
                        if done.gen.is_some() {
                            err = crate::generator::leave_inline_raise(self, done, err);
                        } else {
                            self.recycle(done);
                        }
                        entry = TracebackEntry::Add;
                    }
                }
            }
        };
        self.depth -= 1;
        self.native_depth -= 1;
        self.cur_globals = saved_globals;
        if !matches!(result, Ok(Exit::Yield(_))) {
            // Handlers are balanced; this only guards against a frame abandoned mid-handler.
            self.exc_stack.truncate(exc_base);
        }
        (result, f)
    }

    /// The UnboundLocalError of `LOAD_FAST i`.
    #[cold]
    fn unbound_local(&mut self, f: &Frame, i: u32) -> PyErr {
        let name = f
            .code
            .code
            .varnames
            .get(i as usize)
            .map(|s| s.to_string())
            .unwrap_or_default();
        let c = self.types.unbound_local_error.clone();
        self.new_exc(
            &c,
            format!(
                "cannot access local variable '{name}' where it is not associated with a value"
            ),
        )
    }

    fn deref_name(&self, f: &Frame, i: usize) -> String {
        let c = &f.code.code;
        c.cellvars
            .iter()
            .chain(c.freevars.iter())
            .nth(i)
            .map(|s| s.to_string())
            .unwrap_or_default()
    }

    fn unbound_deref(&mut self, f: &Frame, i: usize) -> PyErr {
        let name = self.deref_name(f, i);
        if i < f.code.code.cellvars.len() {
            let c = self.types.unbound_local_error.clone();
            self.new_exc(
                &c,
                format!(
                    "cannot access local variable '{name}' where it is not associated with a value"
                ),
            )
        } else {
            let c = self.types.name_error.clone();
            self.new_exc(&c, format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"))
        }
    }

    /// Prepends a traceback entry for frame `f` to the exception, and chains `__context__`
    /// when the exception was just created.
    fn add_traceback(&mut self, err: &PyErr, f: &Frame) {
        let fresh = crate::exceptions::get_traceback(&Value::Obj(err.0.clone())).is_none();
        if fresh {
            let handled = self.current_handled(Some(f));
            crate::exceptions::set_context_checked(self, &err.0, handled);
        }
        let lasti = f.ip.saturating_sub(1);
        let lineno = f.code.code.line_of(lasti).unwrap_or(0);
        let frame_obj = Object::new(
            self.types.frame.clone(),
            Payload::Frame(Box::new(crate::object::FrameData {
                code: f.code_obj.clone(),
                globals: f.globals.clone(),
                lineno: std::cell::Cell::new(lineno),
                back: RefCell::new(Value::None),
                locals: RefCell::new(f.locals.clone().unwrap_or(Value::None)),
                fast: RefCell::new(match f.locals {
                    Some(_) => Vec::new(),
                    None => f.data[..f.nlocalsplus].to_vec(),
                }),
            })),
        );
        crate::exceptions::push_traceback(self, &err.0, frame_obj, lasti as u32, lineno);
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum FrameAware {
    Super,
    Namespace,
}

impl Vm {
    fn frame_aware(&self, callable: &Value) -> Option<FrameAware> {
        match callable.payload() {
            Some(Payload::Type(_)) => {
                let o = callable.as_obj()?;
                if Rc::ptr_eq(o, &self.types.super_) {
                    Some(FrameAware::Super)
                } else {
                    None
                }
            }
            Some(Payload::Builtin(b)) if b.frame_aware && b.bound.is_none() => {
                Some(FrameAware::Namespace)
            }
            _ => None,
        }
    }

    /// `locals()` of a frame: its mapping, or a snapshot dict of a function's fast locals
    /// and cells.
    pub(crate) fn frame_locals(&mut self, f: &Frame) -> Value {
        if let Some(l) = &f.locals {
            return l.clone();
        }
        let code = f.code.code.clone();
        self.fast_locals_dict(&code, &f.data[..f.nlocalsplus])
    }

    /// A dict of the bound names among a function frame's fast-local slots `data` (locals,
    /// then cells and free variables).
    pub(crate) fn fast_locals_dict(
        &mut self,
        code: &kaa_compiler::CodeObject,
        data: &[Value],
    ) -> Value {
        let d = self.new_dict();
        for (i, name) in code.varnames.iter().enumerate() {
            let Some(v) = data.get(i) else { break };
            if !v.is_null() && !code.cellvars.iter().any(|c| c == name) {
                self.dict_set_str(&d, name, v.clone());
            }
        }
        let nv = code.varnames.len();
        for (i, name) in code.cellvars.iter().chain(code.freevars.iter()).enumerate() {
            if let Some(Payload::Cell(c)) = data.get(nv + i).and_then(|c| c.payload()) {
                let v = c.borrow().clone();
                if !v.is_null() {
                    self.dict_set_str(&d, name, v);
                }
            }
        }
        Value::Obj(d)
    }

    /// `super()` with no arguments: the `__class__` cell and the first argument of the
    /// calling method.
    fn zero_arg_super(&mut self, f: &Frame) -> PyResult<Value> {
        let code = f.code.code.clone();
        if code.argcount == 0 && !code.flags.has(kaa_compiler::CodeFlags::VARARGS) {
            return Err(self.runtime_error("super(): no arguments"));
        }
        let nv = code.varnames.len();
        let mut first = f.data.first().cloned().unwrap_or(Value::Null);
        if let Some(ci) = code.cell2arg.iter().position(|a| *a == Some(0)) {
            if let Some(Payload::Cell(c)) = f.data.get(nv + ci).and_then(|c| c.payload()) {
                first = c.borrow().clone();
            }
        }
        if first.is_null() {
            return Err(self.runtime_error("super(): arg[0] deleted"));
        }
        // Only a free variable counts (a class body's own __class__ cell is not it).
        let idx = code
            .freevars
            .iter()
            .position(|n| &**n == "__class__")
            .map(|i| i + code.cellvars.len());
        let Some(idx) = idx else {
            return Err(self.runtime_error("super(): __class__ cell not found"));
        };
        let cls = match f.data.get(nv + idx).and_then(|c| c.payload()) {
            Some(Payload::Cell(c)) => c.borrow().clone(),
            _ => Value::Null,
        };
        if cls.is_null() {
            return Err(self.runtime_error("super(): empty __class__ cell"));
        }
        if !matches!(cls.payload(), Some(Payload::Type(_))) {
            return Err(self.runtime_error("super(): __class__ is not a type"));
        }
        let st = self.types.super_.clone();
        crate::objects::func::make_super(self, &st, cls, first)
    }
}
