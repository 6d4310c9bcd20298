//! Load-time rewriting of a code object's instructions for the interpreter loop (the part
//! of CPython 3.11's quickening that needs no runtime information: superinstructions).
//! The first instruction of a frequent pair becomes a combined opcode that performs both;
//! the second stays in place, so jump targets, the line table and the exception table keep
//! their meaning, and a jump to the second instruction still runs it alone (as does a
//! combined `LOAD_FAST; LOAD_ATTR`-like form whose cache does not hold: it runs as its first
//! half, and the second runs next). The compiler's
//! output (`co_code`, `dis`, bytecode goldens) is never changed: the VM keeps its own copy.
//!
//! The copy also ends with two extra instructions, `LOAD_CONST` of a missing constant (None)
//! and `RETURN_VALUE`, and every jump in it targets at most the first of them: so the loop
//! can fetch instructions without a bounds check (see `is_runnable`).

use kaa_compiler::opcodes::{Instr, Op};

/// The combined opcode for `first` followed by `second`, if there is one.
fn fuse(first: Op, second: Op) -> Option<Op> {
    Some(match (first, second) {
        (Op::LoadFast, Op::LoadFast) => Op::LoadFastLoadFast,
        (Op::LoadFast, Op::LoadConst) => Op::LoadFastLoadConst,
        (Op::LoadFast, Op::LoadAttr) => Op::LoadFastLoadAttr,
        (Op::LoadFast, Op::LoadMethod) => Op::LoadFastLoadMethod,
        (Op::LoadFast, Op::LoadGlobal) => Op::LoadFastLoadGlobal,
        (Op::LoadFast, Op::BinarySubscr) => Op::LoadFastBinarySubscr,
        (Op::StoreFast, Op::LoadFast) => Op::StoreFastLoadFast,
        (Op::StoreFast, Op::StoreFast) => Op::StoreFastStoreFast,
        (Op::LoadConst, Op::LoadFast) => Op::LoadConstLoadFast,
        (Op::LoadConst, Op::BinaryOp) => Op::LoadConstBinaryOp,
        (Op::PushNull, Op::LoadGlobal) => Op::PushNullLoadGlobal,
        (Op::PushNull, Op::LoadFast) => Op::PushNullLoadFast,
        (Op::BinaryOp, Op::StoreFast) => Op::BinaryOpStoreFast,
        _ => return None,
    })
}

/// The instructions the interpreter runs for `instrs`. Pairs are decided on the original
/// opcodes, so an instruction may both finish one pair and start the next. More forms
/// look further: `LOAD_FAST; LOAD_CONST` with a `BINARY_OP` or `COMPARE_OP`, and
/// `SWAP 3; SWAP 2; STORE_SUBSCR`, as one, and a jump to a `FOR_ITER`; `FOR_ITER` fuses with an `UNPACK_SEQUENCE` only of
/// two, and `COPY` with `COPY` only when both copy the second item.
pub fn quicken(instrs: &[Instr]) -> Box<[Instr]> {
    let mut out: Vec<Instr> = Vec::with_capacity(instrs.len() + 2);
    out.extend_from_slice(instrs);
    for (i, w) in instrs.windows(2).enumerate() {
        if let Some(op) = fuse(w[0].op, w[1].op) {
            out[i].op = op;
        }
    }
    for (i, w) in instrs.windows(3).enumerate() {
        match (w[0].op, w[1].op, w[2].op) {
            (Op::LoadFast, Op::LoadConst, Op::BinaryOp) => out[i].op = Op::LoadFastConstBinaryOp,
            (Op::LoadFast, Op::LoadConst, Op::CompareOp) => out[i].op = Op::LoadFastConstCompareOp,
            _ => {}
        }
        // The two ends of an augmented subscript assignment (`c[k] += v`).
        let ops = [(w[0].op, w[0].arg), (w[1].op, w[1].arg), (w[2].op, 0)];
        if ops == [(Op::Swap, 3), (Op::Swap, 2), (Op::StoreSubscr, 0)] {
            out[i].op = Op::SwapSwapStoreSubscr;
        }
    }
    for (i, w) in instrs.windows(2).enumerate() {
        if [(w[0].op, w[0].arg), (w[1].op, w[1].arg)] == [(Op::Copy, 2), (Op::Copy, 2)] {
            out[i].op = Op::CopyTwo;
        }
    }
    for (i, w) in instrs.windows(2).enumerate() {
        if w[0].op == Op::ForIter && w[1].op == Op::UnpackSequence && w[1].arg == 2 {
            out[i].op = Op::ForIterUnpackPair;
        }
    }
    for (i, ins) in instrs.iter().enumerate() {
        let target = instrs.get(ins.arg as usize).map(|t| t.op);
        if ins.op == Op::Jump && target == Some(Op::ForIter) {
            out[i].op = Op::JumpForIter;
        }
    }
    // Jumps past the end (only in code not made by the compiler) land on the end instead.
    let end = instrs.len() as u32;
    for ins in &mut out {
        if ins.op.is_jump() && ins.arg > end {
            ins.arg = end;
        }
    }
    // Falling off the end returns None (the compiler always ends code with a return).
    out.push(Instr {
        op: Op::LoadConst,
        cache: 0,
        arg: u32::MAX,
    });
    out.push(Instr {
        op: Op::ReturnValue,
        cache: 0,
        arg: 0,
    });
    debug_assert!(is_runnable(&out));
    out.into_boxed_slice()
}

/// The invariant the interpreter loop relies on to fetch instructions unchecked: the code
/// ends with `RETURN_VALUE` (which never falls through), and every jump target, and so every
/// instruction index the loop can reach by jumping or by falling through, is in range.
/// Superinstructions skip their second half, which is never the last instruction.
pub fn is_runnable(instrs: &[Instr]) -> bool {
    let n = instrs.len() as u32;
    instrs.last().is_some_and(|l| l.op == Op::ReturnValue)
        && instrs.iter().all(|i| !i.op.is_jump() || i.arg < n)
}

/// The highest index the loop may start at (a frame's saved `ip`, an exception handler):
/// anything beyond the code is moved onto its closing `RETURN_VALUE`.
#[inline(always)]
pub fn clamp_ip(instrs: &[Instr], ip: usize) -> usize {
    ip.min(instrs.len().saturating_sub(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ins(op: Op, arg: u32) -> Instr {
        Instr { op, cache: 0, arg }
    }

    #[test]
    fn fuses_pairs_on_original_opcodes() {
        let code = [
            ins(Op::LoadFast, 0),
            ins(Op::LoadFast, 1),
            ins(Op::LoadFast, 2),
            ins(Op::BinaryOp, 0),
            ins(Op::StoreFast, 3),
            ins(Op::StoreFast, 4),
            ins(Op::LoadConst, 0),
        ];
        let q = quicken(&code);
        let ops: Vec<Op> = q[..code.len()].iter().map(|i| i.op).collect();
        assert_eq!(
            ops,
            [
                Op::LoadFastLoadFast,
                Op::LoadFastLoadFast,
                Op::LoadFast,
                Op::BinaryOpStoreFast,
                Op::StoreFastStoreFast,
                Op::StoreFast,
                Op::LoadConst,
            ]
        );
        assert!(q.iter().zip(code.iter()).all(|(a, b)| a.arg == b.arg));
    }

    #[test]
    fn fuses_constant_operations_calls_and_back_edges() {
        let code = [
            ins(Op::ForIter, 7),
            ins(Op::StoreFast, 0),
            ins(Op::LoadFast, 0),
            ins(Op::LoadConst, 1),
            ins(Op::BinaryOp, 0),
            ins(Op::PushNull, 0),
            ins(Op::LoadGlobal, 0),
            ins(Op::Jump, 0),
            ins(Op::Jump, 2),
        ];
        let ops: Vec<Op> = quicken(&code)[..code.len()].iter().map(|i| i.op).collect();
        assert_eq!(
            ops,
            [
                Op::ForIter,
                Op::StoreFastLoadFast,
                Op::LoadFastConstBinaryOp,
                Op::LoadConstBinaryOp,
                Op::BinaryOp,
                Op::PushNullLoadGlobal,
                Op::LoadGlobal,
                Op::JumpForIter,
                Op::Jump,
            ]
        );
    }

    #[test]
    fn fuses_the_ends_of_augmented_subscript_assignments() {
        let code = [
            ins(Op::Copy, 2),
            ins(Op::Copy, 2),
            ins(Op::BinarySubscr, 0),
            ins(Op::Swap, 3),
            ins(Op::Swap, 2),
            ins(Op::StoreSubscr, 0),
            ins(Op::Copy, 1),
            ins(Op::Copy, 2),
            ins(Op::Swap, 2),
            ins(Op::Swap, 2),
            ins(Op::StoreSubscr, 0),
        ];
        let ops: Vec<Op> = quicken(&code)[..code.len()].iter().map(|i| i.op).collect();
        assert_eq!(
            ops,
            [
                Op::CopyTwo,
                Op::Copy,
                Op::BinarySubscr,
                Op::SwapSwapStoreSubscr,
                Op::Swap,
                Op::StoreSubscr,
                Op::Copy,
                Op::Copy,
                Op::Swap,
                Op::Swap,
                Op::StoreSubscr,
            ]
        );
    }

    #[test]
    fn ends_with_a_return_and_clamps_jumps() {
        let code = [ins(Op::Jump, 40), ins(Op::LoadFast, 0)];
        let q = quicken(&code);
        assert!(is_runnable(&q));
        assert_eq!(q[0].arg, 2);
        assert_eq!((q[2].op, q[3].op), (Op::LoadConst, Op::ReturnValue));
        assert_eq!(clamp_ip(&q, 99), 3);
    }
}
