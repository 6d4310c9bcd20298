//! A disassembler for kaa code objects, in the spirit of CPython's `dis`: one line per
//! instruction with its line number, index, name, operand and the operand's meaning. The
//! bytecode golden tests compare this text.

use crate::code::{CodeObject, ConstValue};
use crate::opcodes::{BinOpKind, CmpKind, Op};
use std::fmt::Write;

fn const_repr(c: &ConstValue) -> String {
    match c {
        ConstValue::None => "None".into(),
        ConstValue::Bool(b) => if *b { "True" } else { "False" }.into(),
        ConstValue::Ellipsis => "Ellipsis".into(),
        ConstValue::Int(i) => i.to_string(),
        ConstValue::BigInt(i) => i.to_string(),
        ConstValue::Float(f) => format!("{f:?}"),
        ConstValue::Complex(r, i) => format!("({r:?}+{i:?}j)"),
        ConstValue::Str(s) | ConstValue::SurrogateStr(s) => format!("{s:?}"),
        ConstValue::Bytes(b) => format!("b{:?}", String::from_utf8_lossy(b)),
        ConstValue::Tuple(t) => {
            let parts: Vec<String> = t.iter().map(const_repr).collect();
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
        ConstValue::FrozenSet(t) => {
            let parts: Vec<String> = t.iter().map(const_repr).collect();
            format!("frozenset({{{}}})", parts.join(", "))
        }
        ConstValue::Code(c) => format!("<code {}>", c.qualname),
    }
}

/// Disassembles `code` and, recursively, the code objects among its constants.
pub fn disassemble(code: &CodeObject) -> String {
    let mut out = String::new();
    dis_one(code, &mut out);
    for c in &code.consts {
        if let ConstValue::Code(inner) = c {
            out.push('\n');
            out.push_str(&disassemble(inner));
        }
    }
    out
}

fn dis_one(code: &CodeObject, out: &mut String) {
    let _ = writeln!(
        out,
        "Disassembly of {} (args={}, posonly={}, kwonly={}, flags={:#x}, stack={}):",
        code.qualname,
        code.argcount,
        code.posonlyargcount,
        code.kwonlyargcount,
        code.flags.0,
        code.stacksize
    );
    let mut last_line = 0;
    for (i, ins) in code.instrs.iter().enumerate() {
        let line = code.locations.get(i).map(|l| l.lineno).unwrap_or(0);
        let line_s = if line != last_line && line != 0 {
            last_line = line;
            format!("{line:>4}")
        } else {
            "    ".to_string()
        };
        let a = ins.arg as usize;
        let meaning = match ins.op {
            Op::LoadConst => code.consts.get(a).map(const_repr),
            Op::LoadName
            | Op::StoreName
            | Op::DeleteName
            | Op::LoadGlobal
            | Op::StoreGlobal
            | Op::DeleteGlobal
            | Op::LoadAttr
            | Op::StoreAttr
            | Op::DeleteAttr
            | Op::LoadMethod
            | Op::ImportName
            | Op::ImportFrom => code.names.get(a).map(|s| s.to_string()),
            Op::LoadFast | Op::StoreFast | Op::DeleteFast => {
                code.varnames.get(a).map(|s| s.to_string())
            }
            Op::LoadDeref
            | Op::StoreDeref
            | Op::DeleteDeref
            | Op::LoadClassDeref
            | Op::LoadClosureCell => code
                .cellvars
                .iter()
                .chain(code.freevars.iter())
                .nth(a)
                .map(|s| s.to_string()),
            Op::BinaryOp => BinOpKind::from_u32(ins.arg).map(|(k, inplace)| {
                if inplace {
                    format!("{}=", k.symbol())
                } else {
                    k.symbol().to_string()
                }
            }),
            Op::CompareOp => CmpKind::from_u32(ins.arg).map(|k| k.symbol().to_string()),
            _ if ins.op.is_jump() => Some(format!("to {a}")),
            _ => None,
        };
        let _ = match meaning {
            Some(m) => writeln!(
                out,
                "{line_s} {i:>5} {:<20} {:>4} ({m})",
                ins.op.name(),
                ins.arg
            ),
            None => writeln!(out, "{line_s} {i:>5} {:<20} {:>4}", ins.op.name(), ins.arg),
        };
    }
    if !code.exception_table.is_empty() {
        let _ = writeln!(out, "ExceptionTable:");
        for e in &code.exception_table {
            let _ = writeln!(
                out,
                "  {} to {} -> {} [{}]",
                e.start, e.end, e.target, e.depth
            );
        }
    }
}
