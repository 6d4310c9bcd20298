//! Load-time rewriting of a code object's instructions for the interpreter loop (the part
//! of CPython 3.11's quickening that needs no runtime information: superinstructions).
//! The first instruction of a frequent pair becomes a combined opcode that performs both;
//! the second stays in place, so jump targets, the line table and the exception table keep
//! their meaning, and a jump to the second instruction still runs it alone. The compiler's
//! output (`co_code`, `dis`, bytecode goldens) is never changed: the VM keeps its own copy.

use kaa_compiler::opcodes::{Instr, Op};

/// The combined opcode for `first` followed by `second`, if there is one.
fn fuse(first: Op, second: Op) -> Option<Op> {
    Some(match (first, second) {
        (Op::LoadFast, Op::LoadFast) => Op::LoadFastLoadFast,
        (Op::LoadFast, Op::LoadConst) => Op::LoadFastLoadConst,
        (Op::StoreFast, Op::LoadFast) => Op::StoreFastLoadFast,
        (Op::StoreFast, Op::StoreFast) => Op::StoreFastStoreFast,
        (Op::LoadConst, Op::LoadFast) => Op::LoadConstLoadFast,
        (Op::LoadConst, Op::BinaryOp) => Op::LoadConstBinaryOp,
        (Op::PushNull, Op::LoadGlobal) => Op::PushNullLoadGlobal,
        (Op::BinaryOp, Op::StoreFast) => Op::BinaryOpStoreFast,
        _ => return None,
    })
}

/// The instructions the interpreter runs for `instrs`. Pairs are decided on the original
/// opcodes, so an instruction may both finish one pair and start the next. Two more forms
/// look further: `LOAD_FAST; LOAD_CONST; BINARY_OP` as one, and a jump to a `FOR_ITER`;
/// and `FOR_ITER` fuses with an `UNPACK_SEQUENCE` only of two.
pub fn quicken(instrs: &[Instr]) -> Box<[Instr]> {
    let mut out: Box<[Instr]> = instrs.into();
    for (i, w) in instrs.windows(2).enumerate() {
        if let Some(op) = fuse(w[0].op, w[1].op) {
            out[i].op = op;
        }
    }
    for (i, w) in instrs.windows(3).enumerate() {
        if (w[0].op, w[1].op, w[2].op) == (Op::LoadFast, Op::LoadConst, Op::BinaryOp) {
            out[i].op = Op::LoadFastConstBinaryOp;
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
    out
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
        let ops: Vec<Op> = q.iter().map(|i| i.op).collect();
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
        let ops: Vec<Op> = quicken(&code).iter().map(|i| i.op).collect();
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
}
