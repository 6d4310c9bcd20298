//! `Value`: what a Python variable holds, in 16 bytes (DESIGN.md §2). `None`, booleans,
//! integers that fit an `i64` and floats are stored inline; everything else is a reference-
//! counted pointer to a heap `Object`. `Null` is an internal marker (an unbound local, the
//! empty slot of the `CALL` convention) that Python code never sees.

use crate::object::{ObjRef, Payload};

/// `repr(u64)`: the tag is a whole word and every payload sits in the second word, so a
/// value moves as two plain 8-byte words. With the default layout (a tag byte, a `bool` at
/// offset 1, the rest at offset 8) LLVM copied values in odd-sized pieces through stack
/// temporaries and reloaded them whole, stalling store forwarding in the interpreter loop.
#[derive(Default)]
#[repr(u64)]
pub enum Value {
    /// Internal: unbound local / NULL stack slot. Never visible to Python.
    #[default]
    Null,
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    Obj(ObjRef),
}

const _: () = assert!(std::mem::size_of::<Value>() <= 16);

impl Clone for Value {
    /// A copy of all 16 bytes at once, after taking a reference for an object. The derived
    /// clone rebuilds the enum field by field, and the interpreter then reloads those partial
    /// writes as one 16-byte value: a store-forwarding stall on every `LOAD_FAST`/`LOAD_CONST`
    /// (measured as the hottest instructions of the loop).
    #[inline(always)]
    fn clone(&self) -> Value {
        if let Value::Obj(o) = self {
            std::mem::forget(ObjRef::clone(o));
        }
        // SAFETY: `Value` has no interior mutability and no destructor besides the `Rc` in
        // `Obj`; for `Obj` the strong count was incremented just above, so the bitwise copy
        // owns its own reference, and the other variants are plain data.
        unsafe { std::ptr::read(self) }
    }
}

impl Value {
    #[inline]
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    #[inline]
    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    #[inline]
    pub fn as_obj(&self) -> Option<&ObjRef> {
        match self {
            Value::Obj(o) => Some(o),
            _ => None,
        }
    }

    #[inline]
    pub fn payload(&self) -> Option<&Payload> {
        match self {
            Value::Obj(o) => Some(&o.payload),
            _ => None,
        }
    }

    /// Python's `is`: identity. Inline values are identical when equal (ints of equal value,
    /// floats of equal bits), which matches CPython for small ints and reused constants.
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Null, Value::Null) | (Value::None, Value::None) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Obj(a), Value::Obj(b)) => ObjRef::ptr_eq(a, b),
            _ => false,
        }
    }

    /// The str payload when this is a str object (of any str subclass).
    #[inline]
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Obj(o) => match &o.payload {
                Payload::Str(s) => Some(s.as_str()),
                _ => None,
            },
            _ => None,
        }
    }

    pub fn from_obj(o: ObjRef) -> Value {
        Value::Obj(o)
    }
}

impl From<ObjRef> for Value {
    fn from(o: ObjRef) -> Self {
        Value::Obj(o)
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Self {
        Value::Bool(b)
    }
}

impl From<i64> for Value {
    fn from(i: i64) -> Self {
        Value::Int(i)
    }
}

impl From<f64> for Value {
    fn from(f: f64) -> Self {
        Value::float(f)
    }
}

impl Value {
    /// A float result. Floats are inline and compare identical by bits, but a NaN is never
    /// equal to itself, so containers fall back to identity for it: `x in [x]` is True and
    /// `float('nan') in [float('nan')]` False in CPython. A NaN therefore gets a heap object
    /// of class `float`, which has an identity; every other float stays inline.
    #[inline]
    pub fn float(f: f64) -> Value {
        if f.is_nan() {
            Value::Obj(crate::vm::with_types(|t| {
                crate::object::Object::new(t.float.clone(), Payload::Float(f))
            }))
        } else {
            Value::Float(f)
        }
    }
}
