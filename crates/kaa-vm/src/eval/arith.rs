//! The interpreter's arithmetic on inline numbers: `BINARY_OP` and `COMPARE_OP` results
//! for two ints or floats that need no object and cannot raise, and comparisons of two
//! exact strs (CPython 3.11's
//! `BINARY_OP_ADD_INT`, `COMPARE_OP_INT_JUMP`... specialisations). Anything else, overflow
//! and division by zero included, is left to the general operators (`ops.rs`).

use crate::object::{ObjRef, Payload};
use crate::value::Value;
use kaa_compiler::opcodes::BinOpKind;
use std::rc::Rc;

/// `COMPARE_OP`'s operand (`CmpKind` order: <, <=, ==, !=, >, >=) applied to two inline
/// numbers.
#[inline(always)]
pub(super) fn compare_as<T: PartialOrd>(arg: u32, x: &T, y: &T) -> bool {
    match arg {
        0 => x < y,
        1 => x <= y,
        2 => x == y,
        3 => x != y,
        4 => x > y,
        _ => x >= y,
    }
}

/// `COMPARE_OP` `arg` on two exact strs (CPython 3.11's COMPARE_OP_STR_JUMP, extended to
/// the orderings), or None for anything else. Equal objects are equal without reading them.
#[inline]
pub(super) fn str_compare(str_t: &ObjRef, a: &Value, b: &Value, arg: u32) -> Option<bool> {
    let (Value::Obj(x), Value::Obj(y)) = (a, b) else {
        return None;
    };
    let (Payload::Str(p), Payload::Str(q)) = (&x.payload, &y.payload) else {
        return None;
    };
    if !x.class_is(str_t) || !y.class_is(str_t) {
        return None;
    }
    Some(match arg {
        2 | 3 => (Rc::ptr_eq(x, y) || p.as_str() == q.as_str()) == (arg == 2),
        _ => {
            let ord = kaa_syntax::surrogate::cmp(p.as_str(), q.as_str());
            compare_as(arg, &ord, &std::cmp::Ordering::Equal)
        }
    })
}

/// The result of `BINARY_OP` `op` on `a` and `b` when both are inline numbers and the
/// operation has an inline result; `None` sends the operation the general way.
#[inline(always)]
pub(super) fn binop_fast(a: &Value, b: &Value, op: u32) -> Option<Value> {
    const ADD: u32 = BinOpKind::Add as u32;
    const SUB: u32 = BinOpKind::Sub as u32;
    const MUL: u32 = BinOpKind::Mul as u32;
    const DIV: u32 = BinOpKind::TrueDiv as u32;
    const FLOORDIV: u32 = BinOpKind::FloorDiv as u32;
    const MOD: u32 = BinOpKind::Mod as u32;
    const AND: u32 = BinOpKind::And as u32;
    const XOR: u32 = BinOpKind::Xor as u32;
    const OR: u32 = BinOpKind::Or as u32;
    const POW: u32 = BinOpKind::Pow as u32;
    match (a, b, op & !BinOpKind::INPLACE) {
        (Value::Int(x), Value::Int(y), ADD) => x.checked_add(*y).map(Value::Int),
        (Value::Int(x), Value::Int(y), SUB) => x.checked_sub(*y).map(Value::Int),
        (Value::Int(x), Value::Int(y), MUL) => x.checked_mul(*y).map(Value::Int),
        // Python's floor division and modulo (the sign of the
        // divisor); zero and i64::MIN / -1 take the general path.
        (Value::Int(x), Value::Int(y), FLOORDIV) if *y != 0 => x.checked_div(*y).map(|q| {
            let r = x - q * y;
            Value::Int(if r != 0 && (r < 0) != (*y < 0) {
                q - 1
            } else {
                q
            })
        }),
        (Value::Int(x), Value::Int(y), MOD) if *y != 0 => x.checked_rem(*y).map(|r| {
            Value::Int(if r != 0 && (r < 0) != (*y < 0) {
                r + y
            } else {
                r
            })
        }),
        (Value::Int(x), Value::Int(y), AND) => Some(Value::Int(x & y)),
        (Value::Int(x), Value::Int(y), XOR) => Some(Value::Int(x ^ y)),
        (Value::Int(x), Value::Int(y), OR) => Some(Value::Int(x | y)),
        (Value::Float(x), Value::Float(y), ADD) => inline_float(x + y),
        (Value::Float(x), Value::Float(y), SUB) => inline_float(x - y),
        (Value::Float(x), Value::Float(y), MUL) => inline_float(x * y),
        (Value::Float(x), Value::Float(y), DIV) if *y != 0.0 => inline_float(x / y),
        // A positive finite base: libm's `pow`, as float_pow calls
        // it; an infinite result (OverflowError) takes the general
        // path, as do negative bases (complex results) and zero.
        (Value::Float(x), Value::Float(y), POW) if *x > 0.0 && x.is_finite() && y.is_finite() => {
            let r = x.powf(*y);
            if r.is_finite() {
                inline_float(r)
            } else {
                None
            }
        }
        // Mixed int and float: the int converted to the nearest
        // double, as CPython's float operators do.
        (Value::Int(x), Value::Float(y), ADD) => inline_float(*x as f64 + y),
        (Value::Float(x), Value::Int(y), ADD) => inline_float(x + *y as f64),
        (Value::Int(x), Value::Float(y), SUB) => inline_float(*x as f64 - y),
        (Value::Float(x), Value::Int(y), SUB) => inline_float(x - *y as f64),
        (Value::Int(x), Value::Float(y), MUL) => inline_float(*x as f64 * y),
        (Value::Float(x), Value::Int(y), MUL) => inline_float(x * *y as f64),
        (Value::Float(x), Value::Int(y), DIV) if *y != 0 => inline_float(x / *y as f64),
        (Value::Int(x), Value::Float(y), DIV) if *y != 0.0 => inline_float(*x as f64 / y),
        _ => None,
    }
}

/// A float result the in-place fast path may store: NaN goes the slow way, which boxes it
/// (see `Value::float`).
#[inline(always)]
fn inline_float(r: f64) -> Option<Value> {
    if r.is_nan() {
        None
    } else {
        Some(Value::Float(r))
    }
}
