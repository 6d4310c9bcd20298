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
    /// Fast locals, cells, free variables, then the value stack. Its capacity is at least
    /// the code's `PyCode::framesize`, the slots plus the deepest stack its instructions can
    /// build (`kaa_compiler::flow::stack_bound`), so pushes need no capacity check: the
    /// vector is made with that capacity and never shrinks while the frame runs.
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
    /// For a generator's frame run inside its consumer's loop (`FOR_ITER`, see
    /// `generator::enter_inline`): the generator, and the exception-stack depth on entry
    /// (what lies above it at a `yield` is the generator's own, saved with it).
    pub gen: Option<(ObjRef, usize)>,
}

impl Frame {
    #[inline(always)]
    pub fn push(&mut self, v: Value) {
        let len = self.data.len();
        debug_assert!(len < self.data.capacity(), "value stack overflow");
        // SAFETY: there is room for one element at `len` (see `Frame::data`). `v` is moved in
        // as its two machine words (it is `repr(u64)`, 16 bytes, 8-aligned; `MaybeUninit`
        // words so padding bytes are never read as integers), then `set_len` adopts it; `v` is
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

    /// Pushes a new reference to `v` (`LOAD_CONST`, `LOAD_GLOBAL` hits). The value goes
    /// straight from `v`'s memory to the stack slot, as two words (`read_words`): building
    /// it in a temporary first made every load a store-forwarding stall (see `Value::clone`).
    #[inline(always)]
    pub fn push_ref(&mut self, v: &Value) {
        if let Value::Obj(o) = v {
            std::mem::forget(crate::object::ObjRef::clone(o));
        }
        let len = self.data.len();
        debug_assert!(len < self.data.capacity(), "value stack overflow");
        // SAFETY: there is room for one more element at `len` (see `Frame::data`); `v` is a live
        // value outside the spare capacity, so the regions do not overlap; its reference
        // count was incremented above, so the copy owns its own reference, and `set_len`
        // makes the initialised slot part of the vector.
        unsafe {
            write_words(self.data.as_mut_ptr().add(len), read_words(v));
            self.data.set_len(len + 1);
        }
    }

    /// Pushes a new reference to fast-local slot `i` (`LOAD_FAST`); `false` when the slot is
    /// unbound (Null) or out of range, pushing nothing.
    #[inline(always)]
    pub fn push_local(&mut self, i: usize) -> bool {
        let len = self.data.len();
        debug_assert!(len < self.data.capacity(), "value stack overflow");
        if i >= len {
            return false;
        }
        let base = self.data.as_mut_ptr();
        // SAFETY: `i < len`, so slot `i` is initialised; there is room at `len` (`Frame::data`),
        // which is distinct from `i`. The reference count is taken before the bitwise copy,
        // so the new slot owns its own reference; `set_len` then covers the written slot.
        unsafe {
            let src = base.add(i);
            match &*src {
                Value::Null => return false,
                Value::Obj(o) => std::mem::forget(crate::object::ObjRef::clone(o)),
                _ => {}
            }
            // Word by word (`read_words`): the local was most likely written by a
            // STORE_FAST just before, as two words, and one 16-byte load of it would wait
            // for both stores to retire.
            write_words(base.add(len), read_words(src));
            self.data.set_len(len + 1);
        }
        true
    }

    /// `STORE_FAST`: moves the top of the stack into fast-local slot `i`. The 16 bytes go
    /// from memory to memory: popping into a temporary first wrote the value as two words
    /// and reloaded it as one 16-byte piece, a store-forwarding stall measured at over a
    /// third of an empty `for` loop's time. No check for an empty stack: STORE_FAST is one
    /// of `flow::unchecked_pops`.
    ///
    /// # Safety
    /// As for `pop_unchecked`.
    #[inline(always)]
    pub unsafe fn store_local_unchecked(&mut self, i: usize) {
        let len = self.data.len();
        debug_assert!(len > self.nlocalsplus, "value stack underflow");
        if i >= self.nlocalsplus {
            // SAFETY: as promised by the caller.
            let v = unsafe { self.pop_unchecked() };
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
            // Word-sized too: the slot was most likely written by the last store to it.
            let old = read_words(base.add(i));
            let v = read_words(base.add(len - 1));
            self.data.set_len(len - 1);
            write_words(base.add(i), v);
            release(old);
        }
    }

    #[inline(always)]
    pub fn pop(&mut self) -> Value {
        // The compiler's stack-depth analysis guarantees a value is there; an empty stack
        // yields Null rather than a panic.
        if self.data.len() > self.nlocalsplus {
            // SAFETY: checked just above.
            unsafe { self.pop_unchecked() }
        } else {
            Value::Null
        }
    }

    /// `pop` without the check for an empty stack, for the instructions of
    /// `kaa_compiler::flow::unchecked_pops`.
    ///
    /// # Safety
    /// The value stack (above the fast locals) must hold a value: the running instruction is
    /// one of `unchecked_pops` taking no more than its count, and the code's instructions
    /// passed `flow::stack_bound` (every code object the VM runs did, in `make_code`), which
    /// proves each such instruction runs with at least that many values on the stack.
    #[inline(always)]
    pub unsafe fn pop_unchecked(&mut self) -> Value {
        let len = self.data.len();
        debug_assert!(len > self.nlocalsplus, "value stack underflow");
        // SAFETY: slot `len - 1` is an initialised stack slot (the caller's promise); the
        // length shrinks first, so the value read out is owned by the caller alone.
        unsafe {
            self.data.set_len(len - 1);
            read_words(self.data.as_ptr().add(len - 1))
        }
    }

    /// The item `n` places from the top (1 = TOS), unchecked.
    ///
    /// # Safety
    /// As for `pop_unchecked`, with at least `n >= 1` values on the stack.
    #[inline(always)]
    pub unsafe fn peek_unchecked(&self, n: usize) -> &Value {
        let len = self.data.len();
        debug_assert!(
            n >= 1 && len >= self.nlocalsplus + n,
            "value stack underflow"
        );
        // SAFETY: slot `len - n` is an initialised stack slot (the caller's promise).
        unsafe { &*self.data.as_ptr().add(len - n) }
    }

    /// The top of the stack, unchecked.
    ///
    /// # Safety
    /// As for `pop_unchecked`.
    #[inline(always)]
    pub unsafe fn top_unchecked(&self) -> &Value {
        // SAFETY: as promised by the caller.
        unsafe { self.peek_unchecked(1) }
    }

    /// `set_top`, unchecked.
    ///
    /// # Safety
    /// As for `pop_unchecked`.
    #[inline(always)]
    pub unsafe fn set_top_unchecked(&mut self, v: Value) {
        let len = self.data.len();
        debug_assert!(len > self.nlocalsplus, "value stack underflow");
        // SAFETY: slot `len - 1` is an initialised stack slot (the caller's promise).
        unsafe { self.overwrite(len - 1, v) }
    }

    /// Replaces the top two values by `v` (a binary operation's result over its first
    /// operand, after popping the second), releasing both inline: the generic drop of a
    /// `Value` is an out-of-line call even when it holds no reference.
    ///
    /// # Safety
    /// As for `pop_unchecked`, with at least two values on the stack.
    #[inline(always)]
    pub unsafe fn pop_and_set_top_unchecked(&mut self, v: Value) {
        // SAFETY: two values are there (the caller's promise): one is popped, and the slot
        // of the other, now the top, is read out and overwritten as in `set_top`.
        unsafe {
            release(self.pop_unchecked());
            self.set_top_unchecked(v);
        }
    }

    /// Replaces the top of the stack by `v` (an attribute read over its object), releasing
    /// the old value inline.
    #[inline(always)]
    pub fn set_top(&mut self, v: Value) {
        let len = self.data.len();
        if len == 0 {
            self.push(v);
            return;
        }
        // SAFETY: slot `len - 1` is initialised (`len > 0`).
        unsafe { self.overwrite(len - 1, v) }
    }

    /// Replaces the value in slot `i` by `v`, releasing the old one once the slot holds `v`.
    /// `v` is written as two words: a result built in registers and stored as one 16-byte
    /// move was reloaded in halves (measured as a store-forwarding stall on every inline
    /// arithmetic result).
    ///
    /// # Safety
    /// Slot `i` must be initialised (`i < len`).
    #[inline(always)]
    unsafe fn overwrite(&mut self, i: usize, v: Value) {
        // SAFETY: slot `i` is initialised (the caller's promise); its value is read out and
        // owned here until released, after `v` has taken its place.
        unsafe {
            let p = self.data.as_mut_ptr().add(i);
            let old = read_words(p);
            write_words(p, v);
            release(old);
        }
    }

    /// Shortens the stack to `len` values (a call's callable and arguments leaving),
    /// releasing each inline: the slice drop is an out-of-line loop.
    #[inline(always)]
    pub fn truncate(&mut self, len: usize) {
        truncate_values(&mut self.data, len);
    }

    /// Pushes the value of an `Ok` result, read out of the result as two 8-byte words: a
    /// native operation's result comes back through memory written in halves, and copying
    /// the value out as one 16-byte move stalled on store forwarding (measured at 2-3% of
    /// several benchmarks' cycles, on the instruction after each call). An error is
    /// handed back.
    #[inline(always)]
    pub fn push_result(&mut self, r: crate::PyResult<Value>) -> Result<(), crate::vm::PyErr> {
        if let Ok(v) = &r {
            // SAFETY: `v` is an initialised value; its bits are copied out word by word and
            // the result is forgotten at once, so the copy is the only owner.
            let w = unsafe { read_words(v) };
            std::mem::forget(r);
            self.push(w);
            return Ok(());
        }
        r.map(|_| ())
    }

    /// `SWAP n`: exchanges the top with the `n`th value from the top (1 = the top), moving
    /// both as 8-byte words (a slot just pushed in halves and reloaded as one 16-byte value
    /// stalls on store forwarding).
    #[inline(always)]
    pub fn swap_top(&mut self, n: usize) {
        let len = self.data.len();
        if n == 0 || n > len || len - n < self.nlocalsplus {
            return;
        }
        // SAFETY: both slots are initialised and within the stack part of the vector; the
        // two values are read out and written back crosswise, so each keeps one owner.
        unsafe {
            let base = self.data.as_mut_ptr();
            let (a, b) = (base.add(len - 1), base.add(len - n));
            let (x, y) = (read_words(a), read_words(b));
            write_words(a, y);
            write_words(b, x);
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

/// Shortens `v` to `len` values, releasing each inline (`Vec::truncate` drops them with an
/// out-of-line loop, a call per truncation on every Python call and return).
#[inline(always)]
pub fn truncate_values(v: &mut Vec<Value>, len: usize) {
    let cur = v.len();
    if len >= cur {
        return;
    }
    // SAFETY: slots `len..cur` are initialised; the length drops first, so each value read
    // out is owned here alone and released once (dropping a value runs no code that can
    // reach this vector: finalisers are queued, not run, by `Drop`).
    unsafe {
        v.set_len(len);
        let base = v.as_ptr();
        for i in len..cur {
            release(read_words(base.add(i)));
        }
    }
}

/// `Vec::push` onto the stack of suspended frames, kept inline: the standard push went
/// through an out-of-line call on every Python call.
#[inline(always)]
pub fn push_frame(frames: &mut Vec<Box<Frame>>, f: Box<Frame>) {
    let len = frames.len();
    if len == frames.capacity() {
        frames.reserve(1);
    }
    // SAFETY: there is room for one more element at `len` (reserved just above if needed);
    // it is written before `set_len` makes it part of the vector, and `f` is moved in.
    unsafe {
        frames.as_mut_ptr().add(len).write(f);
        frames.set_len(len + 1);
    }
}

/// Drops `v` with its only destructor (an object reference) inline.
#[inline(always)]
pub fn release(v: Value) {
    match v {
        Value::Obj(o) => drop(o),
        // No other variant owns anything: forgetting it leaks nothing.
        other => std::mem::forget(other),
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
    // The values move one by one: a call passes few arguments, and `copy_nonoverlapping`
    // of a variable count became a `memcpy` call costing more than the copy.
    unsafe {
        let s = src.as_ptr().add(from);
        let d = dst.as_mut_ptr();
        for i in 0..n {
            write_words(d.add(i), read_words(s.add(i)));
        }
        src.set_len(from);
        let p = dst.as_mut_ptr();
        for i in n..nlocals {
            std::ptr::write(p.add(i), Value::Null);
        }
        dst.set_len(nlocals);
    }
}

/// What a Python function call's frame is made from, besides its values (see
/// `FrameSlot::finish`).
pub struct CallFrame {
    pub code: Rc<PyCode>,
    pub code_obj: ObjRef,
    pub globals: ObjRef,
    pub builtins: ObjRef,
    pub nlocalsplus: usize,
    /// Set last: it is often the reference the other fields were read through.
    pub func: Option<ObjRef>,
}

/// Spare frame allocations: a Python call takes one and a return gives it back, so calls do
/// not go to the allocator (a malloc/free pair per call was ~8% of a call-heavy benchmark).
/// A spare frame keeps its value vector (emptied) with it, so a call reuses both in one
/// step instead of pairing a frame with a vector from a second pool.
///
/// Invariant: in every box in `free`, the `data` field is an initialised, empty vector and
/// every other field is uninitialised.
#[derive(Default)]
pub struct FramePool {
    // The boxes are the point: each is a frame allocation handed out again as `Box<Frame>`.
    #[allow(clippy::vec_box)]
    free: Vec<Box<std::mem::MaybeUninit<Frame>>>,
}

/// A frame allocation being filled: its value vector is live (fill it through `data`), the
/// rest is written by `finish`. Dropping an unfinished slot drops the values and frees it.
pub struct FrameSlot(Option<Box<std::mem::MaybeUninit<Frame>>>);

impl FrameSlot {
    /// The new frame's value vector (fast locals, cells and free variables, then stack).
    #[inline(always)]
    pub fn data(&mut self) -> &mut Vec<Value> {
        match &mut self.0 {
            // SAFETY: a slot's box always has its `data` field initialised (it came from
            // `FramePool::take`, which keeps that invariant) until `finish` takes the box.
            Some(b) => unsafe { &mut *std::ptr::addr_of_mut!((*b.as_mut_ptr()).data) },
            None => unreachable!("FrameSlot used after finish"),
        }
    }

    /// Writes the remaining fields (no locals mapping, first instruction) and hands the
    /// frame out. The fields are written one by one straight into the allocation: moving a
    /// `Frame` built on the stack copied it in 16-byte pieces that reloaded fresh 8-byte
    /// stores (a store-forwarding stall on every call).
    #[inline(always)]
    pub fn finish(mut self, parts: CallFrame) -> Box<Frame> {
        let Some(mut slot) = self.0.take() else {
            unreachable!("FrameSlot finished twice")
        };
        // Nothing is left to drop (the box was just taken): skip the drop glue.
        std::mem::forget(self);
        let p = slot.as_mut_ptr();
        // SAFETY: `p` points to an allocation sized and aligned for a `Frame` whose `data`
        // is initialised; every other field is written exactly once below through raw field
        // pointers (no reference to the partly initialised whole is formed), so the frame
        // is fully initialised before `assume_init` turns the box into a `Box<Frame>`.
        unsafe {
            std::ptr::addr_of_mut!((*p).code).write(parts.code);
            std::ptr::addr_of_mut!((*p).code_obj).write(parts.code_obj);
            std::ptr::addr_of_mut!((*p).globals).write(parts.globals);
            std::ptr::addr_of_mut!((*p).builtins).write(parts.builtins);
            std::ptr::addr_of_mut!((*p).locals).write(None);
            std::ptr::addr_of_mut!((*p).nlocalsplus).write(parts.nlocalsplus);
            std::ptr::addr_of_mut!((*p).ip).write(0);
            std::ptr::addr_of_mut!((*p).func).write(parts.func);
            std::ptr::addr_of_mut!((*p).ctor).write(None);
            std::ptr::addr_of_mut!((*p).gen).write(None);
            slot.assume_init()
        }
    }
}

impl Drop for FrameSlot {
    fn drop(&mut self) {
        if let Some(mut b) = self.0.take() {
            // SAFETY: an unfinished slot has only `data` initialised; it is dropped once
            // here, and the box (of `MaybeUninit`, which drops nothing) is freed after.
            unsafe { std::ptr::drop_in_place(std::ptr::addr_of_mut!((*b.as_mut_ptr()).data)) }
        }
    }
}

impl FramePool {
    /// A frame allocation whose value vector is empty with room for `cap` values, a spare
    /// one when there is one.
    #[inline(always)]
    pub fn take(&mut self, cap: usize) -> FrameSlot {
        let mut slot = match self.free.pop() {
            Some(b) => FrameSlot(Some(b)),
            None => {
                let mut b = Box::new(std::mem::MaybeUninit::<Frame>::uninit());
                // SAFETY: writes the `data` field of a fresh allocation, establishing the
                // slot invariant (only `data` initialised).
                unsafe {
                    std::ptr::addr_of_mut!((*b.as_mut_ptr()).data).write(Vec::with_capacity(8))
                };
                FrameSlot(Some(b))
            }
        };
        slot.data().reserve(cap);
        slot
    }

    /// Drops the frame's contents now and keeps its allocation, and its emptied value
    /// vector, for the next call.
    #[inline]
    pub fn release(&mut self, mut frame: Box<Frame>) {
        if self.free.len() >= 256 || frame.data.capacity() > 1024 {
            return;
        }
        truncate_values(&mut frame.data, 0);
        let raw = Box::into_raw(frame);
        // SAFETY: `raw` comes from `Box::into_raw` of a live, initialised `Frame`. Every
        // field but `data` is dropped exactly once here (`data`, already emptied, stays
        // initialised), which is the pool's invariant for the `MaybeUninit<Frame>` (same
        // size and alignment) the allocation is then handed back as, at once, to a `Box`.
        unsafe {
            std::ptr::drop_in_place(std::ptr::addr_of_mut!((*raw).code));
            std::ptr::drop_in_place(std::ptr::addr_of_mut!((*raw).code_obj));
            std::ptr::drop_in_place(std::ptr::addr_of_mut!((*raw).globals));
            std::ptr::drop_in_place(std::ptr::addr_of_mut!((*raw).builtins));
            std::ptr::drop_in_place(std::ptr::addr_of_mut!((*raw).locals));
            std::ptr::drop_in_place(std::ptr::addr_of_mut!((*raw).func));
            std::ptr::drop_in_place(std::ptr::addr_of_mut!((*raw).ctor));
            std::ptr::drop_in_place(std::ptr::addr_of_mut!((*raw).gen));
            self.free
                .push(Box::from_raw(raw.cast::<std::mem::MaybeUninit<Frame>>()));
        }
    }
}

impl Drop for FramePool {
    fn drop(&mut self) {
        for b in &mut self.free {
            // SAFETY: by the pool invariant only `data` is initialised in a spare frame;
            // it is dropped once here and the boxes are then freed as `MaybeUninit`.
            unsafe { std::ptr::drop_in_place(std::ptr::addr_of_mut!((*b.as_mut_ptr()).data)) }
        }
    }
}
