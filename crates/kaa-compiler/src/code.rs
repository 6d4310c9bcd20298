//! The code object the compiler produces and the VM runs: CPython's `code` type in content
//! (`co_name`, `co_qualname`, `co_varnames`, `co_cellvars`, `co_freevars`, `co_consts`,
//! `co_names`, flags, argument counts, first line, exception table, positions), with kaa's own
//! instruction encoding.

use crate::opcodes::Instr;
use kaa_syntax::ast::Loc;
use num_bigint::BigInt;
use std::rc::Rc;

/// `co_flags` bits, with CPython's values so `inspect` sees the same numbers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CodeFlags(pub u32);

impl CodeFlags {
    pub const OPTIMIZED: u32 = 0x1;
    pub const NEWLOCALS: u32 = 0x2;
    pub const VARARGS: u32 = 0x4;
    pub const VARKEYWORDS: u32 = 0x8;
    pub const NESTED: u32 = 0x10;
    pub const GENERATOR: u32 = 0x20;
    pub const NOFREE: u32 = 0x40;
    pub const COROUTINE: u32 = 0x80;
    pub const ITERABLE_COROUTINE: u32 = 0x100;
    pub const ASYNC_GENERATOR: u32 = 0x200;

    pub fn has(self, bit: u32) -> bool {
        self.0 & bit != 0
    }
}

/// A compile-time constant (`co_consts` entry).
#[derive(Clone, Debug)]
pub enum ConstValue {
    None,
    Bool(bool),
    Ellipsis,
    Int(i64),
    BigInt(BigInt),
    Float(f64),
    Complex(f64, f64),
    Str(Rc<str>),
    /// A str holding lone surrogates as their stand-ins (`kaa_syntax::surrogate`): loading
    /// it marks surrogates as seen.
    SurrogateStr(Rc<str>),
    Bytes(Rc<[u8]>),
    Tuple(Rc<[ConstValue]>),
    /// A frozenset built from these items in order (constant set displays).
    FrozenSet(Rc<[ConstValue]>),
    Code(Rc<CodeObject>),
}

impl ConstValue {
    /// Identity for constant de-duplication: equal values of the same type (floats by bits,
    /// so `0.0` and `-0.0` stay distinct as in CPython).
    pub fn same(&self, other: &ConstValue) -> bool {
        use ConstValue::*;
        match (self, other) {
            (None, None) | (Ellipsis, Ellipsis) => true,
            (Bool(a), Bool(b)) => a == b,
            (Int(a), Int(b)) => a == b,
            (BigInt(a), BigInt(b)) => a == b,
            (Float(a), Float(b)) => a.to_bits() == b.to_bits(),
            (Complex(a, b), Complex(c, d)) => {
                a.to_bits() == c.to_bits() && b.to_bits() == d.to_bits()
            }
            (Str(a), Str(b)) | (SurrogateStr(a), SurrogateStr(b)) => a == b,
            (Bytes(a), Bytes(b)) => a == b,
            (Tuple(a), Tuple(b)) => {
                a.len() == b.len() && a.iter().zip(b.iter()).all(|(x, y)| x.same(y))
            }
            (Code(a), Code(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }
}

/// One exception-table entry: an exception raised by an instruction in `start..end` jumps to
/// `target` with the value stack cut to `depth` items and the exception pushed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExcEntry {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
}

#[derive(Debug)]
pub struct CodeObject {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub filename: Rc<str>,
    pub flags: CodeFlags,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub instrs: Vec<Instr>,
    /// Source position of each instruction (CPython's `co_positions()`); `lineno == 0` means
    /// none.
    pub locations: Vec<Loc>,
    pub consts: Vec<ConstValue>,
    pub names: Vec<Rc<str>>,
    pub varnames: Vec<Rc<str>>,
    pub cellvars: Vec<Rc<str>>,
    pub freevars: Vec<Rc<str>>,
    /// For each cell, the argument slot whose value moves into it at frame start.
    pub cell2arg: Vec<Option<u32>>,
    pub exception_table: Vec<ExcEntry>,
    pub firstlineno: u32,
    pub stacksize: u32,
    /// Number of inline-cache slots the instructions refer to.
    pub ncaches: u32,
}

impl CodeObject {
    /// Number of argument slots (positional, keyword-only, `*args`, `**kwargs`).
    pub fn total_args(&self) -> usize {
        let mut n = (self.argcount + self.kwonlyargcount) as usize;
        if self.flags.has(CodeFlags::VARARGS) {
            n += 1;
        }
        if self.flags.has(CodeFlags::VARKEYWORDS) {
            n += 1;
        }
        n
    }

    /// Size of the fast-locals area: locals, then cells, then free variables.
    pub fn nlocalsplus(&self) -> usize {
        self.varnames.len() + self.cellvars.len() + self.freevars.len()
    }

    /// The handler for an exception raised at instruction `ip`: the innermost entry.
    pub fn handler_for(&self, ip: u32) -> Option<ExcEntry> {
        // Entries are emitted innermost-first for overlapping ranges (see assemble.rs).
        self.exception_table
            .iter()
            .find(|e| e.start <= ip && ip < e.end)
            .copied()
    }

    /// Line number of instruction `ip`, if any.
    pub fn line_of(&self, ip: usize) -> Option<u32> {
        self.locations.get(ip).map(|l| l.lineno).filter(|&l| l > 0)
    }
}
