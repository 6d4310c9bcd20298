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
    #[inline]
    pub fn push(&mut self, v: Value) {
        self.data.push(v);
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
