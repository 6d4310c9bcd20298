//! An executing Python frame: its code, globals/builtins, optional locals mapping (module and
//! class bodies), and one value vector holding the fast locals, then cells and free
//! variables, then the value stack — so a call needs one allocation, reused from a pool.

use crate::object::{ObjRef, PyCode};
use crate::value::Value;
use std::rc::Rc;

pub struct Frame {
    pub code: Rc<PyCode>,
    /// The code object (for tracebacks and `f_code`).
    pub code_obj: ObjRef,
    pub globals: ObjRef,
    pub builtins: ObjRef,
    /// The locals mapping of non-optimized code (module and class bodies, exec).
    pub locals: Option<Value>,
    /// Fast locals, cells, free variables, then the value stack.
    pub data: Vec<Value>,
    /// Number of fast-local/cell/free slots at the start of `data`.
    pub nlocalsplus: usize,
    /// Index of the next instruction.
    pub ip: usize,
    /// The function being run, if any (for `__class__` cells and generator names).
    pub func: Option<ObjRef>,
}

impl Frame {
    #[inline(always)]
    pub fn push(&mut self, v: Value) {
        self.data.reserve(1);
        let len = self.data.len();
        // SAFETY: `reserve(1)` leaves room for one element at `len`. `v` is moved in as its
        // two machine words (it is `repr(u64)`, 16 bytes, 8-aligned; `MaybeUninit` words so
        // padding bytes are never read as integers), then `set_len` adopts it; `v` is
        // forgotten, so its reference (if any) is now owned by the slot. Word-sized moves
        // keep a value just built in two 8-byte stores from being reloaded as one 16-byte
        // load, which stalls store forwarding on every instruction that pushes a result.
        unsafe {
            let words: [std::mem::MaybeUninit<u64>; 2] = std::mem::transmute(v);
            let dst = self
                .data
                .as_mut_ptr()
                .add(len)
                .cast::<std::mem::MaybeUninit<u64>>();
            std::ptr::write_volatile(dst, words[0]);
            std::ptr::write_volatile(dst.add(1), words[1]);
            self.data.set_len(len + 1);
        }
    }

    /// Pushes a new reference to `v` (`LOAD_CONST`, `LOAD_GLOBAL` hits). The 16 bytes go
    /// straight from `v`'s memory to the stack slot: building the value in a temporary
    /// first made every load a store-forwarding stall (see `Value::clone`).
    #[inline(always)]
    pub fn push_ref(&mut self, v: &Value) {
        if let Value::Obj(o) = v {
            std::mem::forget(crate::object::ObjRef::clone(o));
        }
        self.data.reserve(1);
        let len = self.data.len();
        // SAFETY: `reserve(1)` guarantees room for one more element at `len`; `v` is a live
        // value outside the spare capacity, so the regions do not overlap; its reference
        // count was incremented above, so the copy owns its own reference, and `set_len`
        // makes the initialised slot part of the vector.
        unsafe {
            std::ptr::copy_nonoverlapping(v as *const Value, self.data.as_mut_ptr().add(len), 1);
            self.data.set_len(len + 1);
        }
    }

    /// Pushes a new reference to fast-local slot `i` (`LOAD_FAST`); `false` when the slot is
    /// unbound (Null) or out of range, pushing nothing.
    #[inline(always)]
    pub fn push_local(&mut self, i: usize) -> bool {
        self.data.reserve(1);
        let len = self.data.len();
        if i >= len {
            return false;
        }
        let base = self.data.as_mut_ptr();
        // SAFETY: `i < len`, so slot `i` is initialised; `reserve(1)` leaves room at `len`,
        // which is distinct from `i`. The reference count is taken before the bitwise copy,
        // so the new slot owns its own reference; `set_len` then covers the written slot.
        unsafe {
            let src = base.add(i);
            match &*src {
                Value::Null => return false,
                Value::Obj(o) => std::mem::forget(crate::object::ObjRef::clone(o)),
                _ => {}
            }
            std::ptr::copy_nonoverlapping(src, base.add(len), 1);
            self.data.set_len(len + 1);
        }
        true
    }

    #[inline]
    pub fn pop(&mut self) -> Value {
        // The compiler's stack-depth analysis guarantees a value is there; an empty stack
        // yields Null rather than a panic.
        if self.data.len() > self.nlocalsplus {
            self.data.pop().unwrap_or(Value::Null)
        } else {
            Value::Null
        }
    }

    #[inline]
    pub fn top(&self) -> &Value {
        self.data.last().unwrap_or(&Value::Null)
    }

    /// The item `n` places from the top (1 = TOS).
    #[inline]
    pub fn peek(&self, n: usize) -> &Value {
        let len = self.data.len();
        if n <= len {
            &self.data[len - n]
        } else {
            &Value::Null
        }
    }

    pub fn stack_len(&self) -> usize {
        self.data.len() - self.nlocalsplus
    }

    /// Line number of the instruction being executed (the one before `ip`).
    pub fn lineno(&self) -> u32 {
        if self.ip == 0 {
            return self.code.code.firstlineno;
        }
        self.code
            .code
            .line_of(self.ip.saturating_sub(1))
            .unwrap_or(self.code.code.firstlineno)
    }
}

/// What a Python function call's frame is made from (see `FramePool::alloc_call`).
pub struct CallFrame {
    pub code: Rc<PyCode>,
    pub code_obj: ObjRef,
    pub globals: ObjRef,
    pub builtins: ObjRef,
    pub data: Vec<Value>,
    pub nlocalsplus: usize,
    pub func: ObjRef,
}

/// Spare frame allocations: a Python call takes one and a return gives it back, so calls do
/// not go to the allocator (a malloc/free pair per call was ~8% of a call-heavy benchmark).
#[derive(Default)]
pub struct FramePool {
    // The boxes are the point: each is a frame allocation handed out again as `Box<Frame>`.
    #[allow(clippy::vec_box)]
    free: Vec<Box<std::mem::MaybeUninit<Frame>>>,
}

impl FramePool {
    /// A function call's frame (no locals mapping, at its first instruction), in a spare
    /// allocation when there is one. The fields are written one by one straight into the
    /// allocation: moving a `Frame` built on the stack copied it in 16-byte pieces that
    /// reloaded fresh 8-byte stores (a store-forwarding stall on every call).
    #[inline]
    pub fn alloc_call(&mut self, parts: CallFrame) -> Box<Frame> {
        let mut slot = self
            .free
            .pop()
            .unwrap_or_else(|| Box::new(std::mem::MaybeUninit::uninit()));
        let p = slot.as_mut_ptr();
        // SAFETY: `p` points to an allocation sized and aligned for a `Frame`; every field
        // is written exactly once below through raw field pointers (no reference to the
        // uninitialised whole is formed), so the frame is fully initialised before
        // `assume_init` turns the box into a `Box<Frame>`.
        unsafe {
            std::ptr::addr_of_mut!((*p).code).write(parts.code);
            std::ptr::addr_of_mut!((*p).code_obj).write(parts.code_obj);
            std::ptr::addr_of_mut!((*p).globals).write(parts.globals);
            std::ptr::addr_of_mut!((*p).builtins).write(parts.builtins);
            std::ptr::addr_of_mut!((*p).locals).write(None);
            std::ptr::addr_of_mut!((*p).data).write(parts.data);
            std::ptr::addr_of_mut!((*p).nlocalsplus).write(parts.nlocalsplus);
            std::ptr::addr_of_mut!((*p).ip).write(0);
            std::ptr::addr_of_mut!((*p).func).write(Some(parts.func));
            slot.assume_init()
        }
    }

    /// Drops the frame's contents now and keeps its allocation for the next call.
    #[inline]
    pub fn release(&mut self, frame: Box<Frame>) {
        if self.free.len() >= 256 {
            return;
        }
        let raw = Box::into_raw(frame);
        // SAFETY: `raw` comes from `Box::into_raw` of a live, initialised `Frame`; its
        // contents are dropped exactly once here, after which the allocation holds no value,
        // which is what `MaybeUninit<Frame>` (same size and alignment) describes. Ownership
        // of the allocation passes back to a `Box` at once, so it is freed normally later.
        unsafe {
            std::ptr::drop_in_place(raw);
            self.free
                .push(Box::from_raw(raw.cast::<std::mem::MaybeUninit<Frame>>()));
        }
    }
}
