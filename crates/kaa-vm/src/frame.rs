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
    /// For an `__init__` run inline by `CALL` of a class: the instance, which the call
    /// returns instead of `__init__`'s (None) result.
    pub ctor: Option<ObjRef>,
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

    /// `STORE_FAST`: moves the top of the stack into fast-local slot `i`. The 16 bytes go
    /// from memory to memory: popping into a temporary first wrote the value as two words
    /// and reloaded it as one 16-byte piece, a store-forwarding stall measured at over a
    /// third of an empty `for` loop's time.
    #[inline(always)]
    pub fn store_local(&mut self, i: usize) {
        let len = self.data.len();
        if i >= self.nlocalsplus || len <= self.nlocalsplus {
            let v = self.pop();
            if let Some(slot) = self.data.get_mut(i) {
                *slot = v;
            }
            return;
        }
        let base = self.data.as_mut_ptr();
        // SAFETY: `i < nlocalsplus < len`, so slots `i` and `len - 1` are distinct and
        // initialised. The old local is read out (and dropped below, once the vector is
        // consistent again), the top value is moved bitwise into slot `i`, and the length
        // shrinks by one so the vacated top slot is no longer owned by the vector.
        unsafe {
            let old = std::ptr::read(base.add(i));
            let v = read_words(base.add(len - 1));
            self.data.set_len(len - 1);
            write_words(base.add(i), v);
            drop(old);
        }
    }

    #[inline(always)]
    pub fn pop(&mut self) -> Value {
        // The compiler's stack-depth analysis guarantees a value is there; an empty stack
        // yields Null rather than a panic.
        let len = self.data.len();
        if len > self.nlocalsplus {
            // SAFETY: slot `len - 1` is initialised; the length shrinks first, so the value
            // read out is owned by the caller alone.
            unsafe {
                self.data.set_len(len - 1);
                read_words(self.data.as_ptr().add(len - 1))
            }
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

/// Reads the value at `p` as two separate 8-byte loads. Stack slots are written as two
/// words (`Frame::push`); one 16-byte load of a slot written that way just before waits for
/// both stores to retire (a store-forwarding stall on every push-then-pop pair).
///
/// # Safety
/// `p` must point to an initialised `Value`; the bits are copied, so the caller decides
/// which copy owns the reference.
#[inline(always)]
unsafe fn read_words(p: *const Value) -> Value {
    let w = p.cast::<std::mem::MaybeUninit<u64>>();
    // SAFETY: `Value` is 16 bytes and 8-aligned (`repr(u64)`), so both words are in bounds
    // and aligned; `MaybeUninit` words carry padding bytes without reading them as integers.
    unsafe {
        let words = [
            std::ptr::read_volatile(w),
            std::ptr::read_volatile(w.add(1)),
        ];
        std::mem::transmute::<[std::mem::MaybeUninit<u64>; 2], Value>(words)
    }
}

/// Writes `v` to `p` as two 8-byte stores (see `read_words`), taking ownership of it.
///
/// # Safety
/// `p` must be valid for writing a `Value`; whatever it held is overwritten, not dropped.
#[inline(always)]
unsafe fn write_words(p: *mut Value, v: Value) {
    let w = p.cast::<std::mem::MaybeUninit<u64>>();
    // SAFETY: as in `read_words`; `v` is moved in bit for bit (transmute consumes it).
    unsafe {
        let words: [std::mem::MaybeUninit<u64>; 2] = std::mem::transmute(v);
        std::ptr::write_volatile(w, words[0]);
        std::ptr::write_volatile(w.add(1), words[1]);
    }
}

/// Fills `dst` (empty, with room reserved for at least `nlocals` values) with the fast locals
/// of a new frame: the arguments `src[from..]` moved over from the caller's stack (which
/// loses them, without reference-count traffic), then unbound slots up to `nlocals`.
/// Falls back to plain vector operations if the sizes do not fit that shape.
#[inline(always)]
pub fn locals_from_stack(dst: &mut Vec<Value>, src: &mut Vec<Value>, from: usize, nlocals: usize) {
    let n = src.len().saturating_sub(from);
    if !dst.is_empty() || from > src.len() || n > nlocals || dst.capacity() < nlocals {
        dst.extend(src.drain(from.min(src.len())..));
        while dst.len() < nlocals {
            dst.push(Value::Null);
        }
        return;
    }
    // SAFETY: `src[from..from + n]` are initialised and are moved bitwise into `dst[..n]`
    // (distinct allocations); `src` is shortened to `from` at once, so each moved value has
    // exactly one owner. `dst` is empty with capacity for `nlocals >= n` values; slots
    // `n..nlocals` are written with `Null` (no destructor) before `set_len` covers them.
    unsafe {
        std::ptr::copy_nonoverlapping(src.as_ptr().add(from), dst.as_mut_ptr(), n);
        src.set_len(from);
        let p = dst.as_mut_ptr();
        for i in n..nlocals {
            std::ptr::write(p.add(i), Value::Null);
        }
        dst.set_len(nlocals);
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
            std::ptr::addr_of_mut!((*p).ctor).write(None);
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
