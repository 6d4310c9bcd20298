//! Control flow and stack depth of finished instructions: the successors of each
//! instruction with the stack depth on arrival (shared by the assembler's depth analysis),
//! and `stack_bound`, which checks a whole code object's depths and bounds its value stack.
//! The interpreter pushes without a capacity check, so it sizes every frame by this bound,
//! computed from the instructions themselves (a code object read back from a `.pyc` brings
//! its own `stacksize`, which is not trusted). The VM runs it once per code object it
//! loads (`make_code`), the one gate for compiled and unmarshalled code alike.

use crate::code::CodeObject;
use crate::opcodes::{Instr, Op};

/// The instructions control can reach after `ins` (at index `i`, entered with `d` values on
/// the stack), each with the depth it arrives with.
pub fn successors(ins: Instr, i: usize, d: i32) -> [Option<(usize, i32)>; 2] {
    let after = d + ins.op.stack_effect(ins.arg);
    let target = ins.arg as usize;
    match ins.op {
        Op::Jump => [Some((target, d)), None],
        Op::ForIter | Op::Send => [Some((target, d - 1)), Some((i + 1, after))],
        Op::JumpIfFalseOrPop | Op::JumpIfTrueOrPop => [Some((target, d)), Some((i + 1, d - 1))],
        Op::PopJumpIfFalse | Op::PopJumpIfTrue | Op::PopJumpIfNone | Op::PopJumpIfNotNone => {
            [Some((target, after)), Some((i + 1, after))]
        }
        Op::ReturnValue | Op::RaiseVarargs | Op::Reraise => [None, None],
        _ => [Some((i + 1, after)), None],
    }
}

/// How many values the interpreter may take off the stack (or read in place) for `op`
/// without checking that they are there (`Frame::pop_unchecked`): the hot instructions
/// whose operands are all popped or peeked at. (A `JUMP` to a `FOR_ITER`, which the VM
/// runs as one, arrives with the depths the `FOR_ITER` is checked for.) `stack_bound`
/// refuses code in which one of them can run with fewer values on the stack; every other
/// instruction's pops are checked at run time.
pub fn unchecked_pops(op: Op, arg: u32) -> i64 {
    match op {
        Op::PopTop
        | Op::StoreFast
        | Op::ReturnValue
        | Op::PopJumpIfFalse
        | Op::PopJumpIfTrue
        | Op::PopJumpIfNone
        | Op::PopJumpIfNotNone
        | Op::LoadAttr
        | Op::LoadMethod
        | Op::ForIter => 1,
        Op::BinaryOp
        | Op::CompareOp
        | Op::IsOp
        | Op::ContainsOp
        | Op::BinarySubscr
        | Op::StoreAttr => 2,
        Op::StoreSubscr => 3,
        // The callable's two slots and the arguments (and the keyword names).
        Op::Call => i64::from(arg) + 2,
        Op::CallKw => i64::from(arg) + 3,
        _ => 0,
    }
}

/// The most values `code`'s stack can hold, or None when some path pops more than it
/// pushed (or reaches an instruction of `unchecked_pops` with too few values) or the depth
/// grows without bound (none of which the compiler emits). Each instruction's least and
/// greatest depth over all paths reaching it are tracked, so the checks hold on every
/// path. Exception handlers are entered with their entry's depth plus the exception.
pub fn stack_bound(code: &CodeObject) -> Option<u32> {
    let n = code.instrs.len();
    let limit = (n as i32 + 16) * 4;
    // (least, greatest) depth per instruction; unreached ones have least > greatest.
    let mut depth: Vec<(i32, i32)> = vec![(i32::MAX, -1); n];
    let mut work: Vec<usize> = Vec::new();
    let mut max = 0i32;
    let mut visit = |depth: &mut Vec<(i32, i32)>, work: &mut Vec<usize>, i: usize, d: i32| {
        if d < 0 || d > limit {
            return false;
        }
        max = max.max(d);
        match depth.get_mut(i) {
            // Past the end: the interpreter's closing `LOAD_CONST; RETURN_VALUE` needs one.
            None => {
                max = max.max(d + 1);
                true
            }
            Some((lo, hi)) => {
                if d < *lo || d > *hi {
                    *lo = (*lo).min(d);
                    *hi = (*hi).max(d);
                    work.push(i);
                }
                true
            }
        }
    };
    if n > 0 && !visit(&mut depth, &mut work, 0, 0) {
        return None;
    }
    for e in &code.exception_table {
        if !visit(&mut depth, &mut work, e.target as usize, e.depth as i32 + 1) {
            return None;
        }
    }
    while let Some(i) = work.pop() {
        let (lo, hi) = depth[i];
        let ins = code.instrs[i];
        if i64::from(lo) < unchecked_pops(ins.op, ins.arg) {
            return None;
        }
        // Arrival depths are the entry depth plus a constant, so the extremes carry over
        // (one pass when they are the same, as in all compiled code).
        let ends = [lo, hi];
        for d in &ends[..if lo == hi { 1 } else { 2 }] {
            for (j, dj) in successors(ins, i, *d).into_iter().flatten() {
                if !visit(&mut depth, &mut work, j, dj) {
                    return None;
                }
            }
        }
    }
    u32::try_from(max).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{compile, Mode};
    use std::rc::Rc;

    fn bound_of(src: &str) -> Option<u32> {
        let code = compile(src, "<test>", Mode::Exec).expect("compiles");
        stack_bound(&code)
    }

    #[test]
    fn compiled_code_is_bounded_by_its_stacksize() {
        let src = "def f(a, b):\n    try:\n        return [a, (b, a + b * 2), {a: b}]\n    \
                   except E as e:\n        return e\n    finally:\n        print(a)\n\
                   for i in range(3):\n    with m as n:\n        x = f(i, *n, k=[1, 2])\n";
        let code = compile(src, "<test>", Mode::Exec).expect("compiles");
        let b = stack_bound(&code).expect("bounded");
        assert!(b < code.stacksize);
        assert!(bound_of("x = 1").is_some());
    }

    #[test]
    fn unbalanced_code_has_no_bound() {
        let mut code = Rc::try_unwrap(compile("pass", "<t>", Mode::Exec).expect("compiles"))
            .expect("sole owner");
        let ins = |op, arg| Instr { op, cache: 0, arg };
        // A loop that pushes on every turn.
        code.instrs = vec![ins(Op::PushNull, 0), ins(Op::Jump, 0)];
        assert_eq!(stack_bound(&code), None);
        // A pop from an empty stack.
        code.instrs = vec![ins(Op::PopTop, 0), ins(Op::ReturnValue, 0)];
        assert_eq!(stack_bound(&code), None);
        // A binary operation with one operand, on one of two paths.
        code.instrs = vec![
            ins(Op::LoadFast, 0),
            ins(Op::PopJumpIfTrue, 4),
            ins(Op::LoadFast, 0),
            ins(Op::LoadFast, 0),
            ins(Op::LoadFast, 0),
            ins(Op::BinaryOp, 0),
            ins(Op::ReturnValue, 0),
        ];
        assert_eq!(stack_bound(&code), None);
        code.instrs[1].arg = 3;
        assert!(stack_bound(&code).is_some());
    }
}
