//! kaa's serialised code objects: the payload of `__pycache__/NAME.kaa-311.pyc` files and of
//! the standard library precompiled at build time. The role of CPython's `marshal` for code
//! objects, in kaa's own format (kaa's instructions are not CPython's, so the files are not
//! interchangeable and carry their own magic).
//!
//! A cache file is a 40-byte header and a payload. The header holds `PYC_MAGIC`, a flags word
//! (always 0: validated by source mtime and size, as CPython's default), the compiler
//! fingerprint (a hash of the compiler's and parser's sources taken at build time, so any
//! change to code generation invalidates every cache file, where CPython bumps its magic by
//! hand), the source's mtime in nanoseconds and size in bytes, and a checksum of the payload
//! so a truncated or damaged file is recompiled instead of being trusted.
//!
//! The payload is a tree of varints and strings. Strings are written once and referred to by
//! index afterwards, which also makes every repeated name share one `Rc<str>` when loaded.
//! Loading never panics: every read is bounds-checked, opcodes and jump targets are
//! validated, nesting is limited, and any inconsistency makes `load` return `None`.

use crate::code::{CodeFlags, CodeObject, ConstValue, ExcEntry};
use crate::opcodes::{Instr, Op};
use kaa_syntax::ast::Loc;
use num_bigint::{BigInt, Sign};
use rustc_hash::FxHashMap;
use std::rc::Rc;

/// First four bytes of every kaa cache file (`importlib.util.MAGIC_NUMBER` stays CPython's).
pub const PYC_MAGIC: [u8; 4] = *b"KAA\x01";
/// Length of the cache-file header in bytes.
pub const PYC_HEADER_LEN: usize = 40;

/// A hash of the parser's and compiler's sources, computed by `build.rs`.
pub const COMPILER_FINGERPRINT: u64 = include!(concat!(env!("OUT_DIR"), "/fingerprint.rs"));

/// How deeply constants (tuples, code objects) may nest in a payload.
const MAX_DEPTH: u32 = 2000;

/// FNV-1a, enough to notice a damaged file (not a defence against a crafted one).
pub fn checksum(data: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in data {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// A complete cache file for a source with this mtime (nanoseconds) and size.
pub fn dump_pyc(code: &CodeObject, mtime_ns: u64, size: u64) -> Vec<u8> {
    let payload = dump(code);
    let mut out = Vec::with_capacity(PYC_HEADER_LEN + payload.len());
    out.extend_from_slice(&PYC_MAGIC);
    out.extend_from_slice(&0u32.to_le_bytes());
    out.extend_from_slice(&COMPILER_FINGERPRINT.to_le_bytes());
    out.extend_from_slice(&mtime_ns.to_le_bytes());
    out.extend_from_slice(&size.to_le_bytes());
    out.extend_from_slice(&checksum(&payload).to_le_bytes());
    out.extend_from_slice(&payload);
    out
}

/// The code in a cache file, if the file is intact, was written by this compiler and matches
/// the source's mtime and size; `filename` replaces the recorded file name (CPython's
/// `_fix_co_filename`: the source may have moved since the cache was written).
pub fn load_pyc(
    data: &[u8],
    mtime_ns: u64,
    size: u64,
    filename: Option<&str>,
) -> Option<Rc<CodeObject>> {
    let header = data.get(..PYC_HEADER_LEN)?;
    let word = |i: usize| -> Option<u64> {
        Some(u64::from_le_bytes(header.get(i..i + 8)?.try_into().ok()?))
    };
    if header[..4] != PYC_MAGIC
        || header[4..8] != [0, 0, 0, 0]
        || word(8)? != COMPILER_FINGERPRINT
        || word(16)? != mtime_ns
        || word(24)? != size
    {
        return None;
    }
    let payload = &data[PYC_HEADER_LEN..];
    if word(32)? != checksum(payload) {
        return None;
    }
    load(payload, filename)
}

/// Serialises a code object (and everything it contains).
pub fn dump(code: &CodeObject) -> Vec<u8> {
    let mut w = Writer {
        out: Vec::with_capacity(1024),
        strings: FxHashMap::default(),
    };
    w.code(code);
    w.out
}

/// Reads back what `dump` wrote; `None` when the data is malformed.
pub fn load(data: &[u8], filename: Option<&str>) -> Option<Rc<CodeObject>> {
    let mut r = Reader {
        data,
        pos: 0,
        strings: Vec::new(),
        filename: filename.map(Rc::from),
    };
    let code = r.code(0)?;
    (r.pos == data.len()).then_some(code)
}

struct Writer {
    out: Vec<u8>,
    strings: FxHashMap<Rc<str>, u64>,
}

impl Writer {
    fn uint(&mut self, mut v: u64) {
        loop {
            let b = (v & 0x7f) as u8;
            v >>= 7;
            if v == 0 {
                self.out.push(b);
                return;
            }
            self.out.push(b | 0x80);
        }
    }

    fn usize(&mut self, v: usize) {
        self.uint(v as u64);
    }

    fn int(&mut self, v: i64) {
        self.uint(((v << 1) ^ (v >> 63)) as u64);
    }

    fn bytes(&mut self, b: &[u8]) {
        self.usize(b.len());
        self.out.extend_from_slice(b);
    }

    /// 0 then the text for a string not seen before, else its index + 1.
    fn str(&mut self, s: &Rc<str>) {
        if let Some(&i) = self.strings.get(s) {
            self.uint(i + 1);
            return;
        }
        let i = self.strings.len() as u64;
        self.strings.insert(s.clone(), i);
        self.uint(0);
        self.bytes(s.as_bytes());
    }

    fn strs(&mut self, v: &[Rc<str>]) {
        self.usize(v.len());
        for s in v {
            self.str(s);
        }
    }

    fn constant(&mut self, c: &ConstValue) {
        match c {
            ConstValue::None => self.out.push(0),
            ConstValue::Bool(true) => self.out.push(1),
            ConstValue::Bool(false) => self.out.push(2),
            ConstValue::Ellipsis => self.out.push(3),
            ConstValue::Int(i) => {
                self.out.push(4);
                self.int(*i);
            }
            ConstValue::BigInt(b) => {
                self.out.push(5);
                let (sign, mag) = b.to_bytes_le();
                self.out.push(u8::from(sign == Sign::Minus));
                self.bytes(&mag);
            }
            ConstValue::Float(f) => {
                self.out.push(6);
                self.out.extend_from_slice(&f.to_bits().to_le_bytes());
            }
            ConstValue::Complex(re, im) => {
                self.out.push(7);
                self.out.extend_from_slice(&re.to_bits().to_le_bytes());
                self.out.extend_from_slice(&im.to_bits().to_le_bytes());
            }
            ConstValue::Str(s) => {
                self.out.push(8);
                self.str(s);
            }
            ConstValue::SurrogateStr(s) => {
                self.out.push(13);
                self.str(s);
            }
            ConstValue::Bytes(b) => {
                self.out.push(9);
                self.bytes(b);
            }
            ConstValue::Tuple(items) | ConstValue::FrozenSet(items) => {
                self.out.push(if matches!(c, ConstValue::Tuple(_)) {
                    10
                } else {
                    11
                });
                self.usize(items.len());
                for i in items.iter() {
                    self.constant(i);
                }
            }
            ConstValue::Code(code) => {
                self.out.push(12);
                self.code(code);
            }
        }
    }

    fn code(&mut self, c: &CodeObject) {
        self.str(&c.name);
        self.str(&c.qualname);
        self.str(&c.filename);
        self.uint(u64::from(c.flags.0));
        self.uint(u64::from(c.argcount));
        self.uint(u64::from(c.posonlyargcount));
        self.uint(u64::from(c.kwonlyargcount));
        self.uint(u64::from(c.firstlineno));
        self.uint(u64::from(c.stacksize));
        self.uint(u64::from(c.ncaches));
        self.usize(c.instrs.len());
        for i in &c.instrs {
            self.out.push(i.op as u8);
            self.uint(u64::from(i.cache));
            self.uint(u64::from(i.arg));
        }
        self.usize(c.locations.len());
        let mut prev = 0i64;
        for l in &c.locations {
            // Line numbers as deltas: most are 0 or 1, one byte each.
            self.int(i64::from(l.lineno) - prev);
            prev = i64::from(l.lineno);
            self.uint(u64::from(l.col));
            self.int(i64::from(l.end_lineno) - i64::from(l.lineno));
            self.uint(u64::from(l.end_col));
        }
        self.usize(c.consts.len());
        for k in &c.consts {
            self.constant(k);
        }
        self.strs(&c.names);
        self.strs(&c.varnames);
        self.strs(&c.cellvars);
        self.strs(&c.freevars);
        self.usize(c.cell2arg.len());
        for a in &c.cell2arg {
            self.uint(a.map_or(0, |a| u64::from(a) + 1));
        }
        self.usize(c.exception_table.len());
        for e in &c.exception_table {
            self.uint(u64::from(e.start));
            self.uint(u64::from(e.end));
            self.uint(u64::from(e.target));
            self.uint(u64::from(e.depth));
        }
    }
}

struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
    strings: Vec<Rc<str>>,
    filename: Option<Rc<str>>,
}

impl Reader<'_> {
    fn byte(&mut self) -> Option<u8> {
        let b = *self.data.get(self.pos)?;
        self.pos += 1;
        Some(b)
    }

    fn uint(&mut self) -> Option<u64> {
        let mut v = 0u64;
        let mut shift = 0u32;
        loop {
            let b = self.byte()?;
            if shift > 63 {
                return None;
            }
            v |= u64::from(b & 0x7f).checked_shl(shift)?;
            if b & 0x80 == 0 {
                return Some(v);
            }
            shift += 7;
        }
    }

    fn u32(&mut self) -> Option<u32> {
        u32::try_from(self.uint()?).ok()
    }

    fn u16(&mut self) -> Option<u16> {
        u16::try_from(self.uint()?).ok()
    }

    fn int(&mut self) -> Option<i64> {
        let v = self.uint()?;
        Some(((v >> 1) as i64) ^ -((v & 1) as i64))
    }

    /// A length that must fit in what is left of the input (each item takes ≥ 1 byte).
    fn len(&mut self) -> Option<usize> {
        let n = usize::try_from(self.uint()?).ok()?;
        (n <= self.data.len() - self.pos).then_some(n)
    }

    fn bytes(&mut self) -> Option<&[u8]> {
        let n = self.len()?;
        let b = self.data.get(self.pos..self.pos + n)?;
        self.pos += n;
        Some(b)
    }

    fn f64(&mut self) -> Option<f64> {
        let b = self.data.get(self.pos..self.pos + 8)?;
        self.pos += 8;
        Some(f64::from_bits(u64::from_le_bytes(b.try_into().ok()?)))
    }

    fn str(&mut self) -> Option<Rc<str>> {
        match self.uint()? {
            0 => {
                let s: Rc<str> = Rc::from(std::str::from_utf8(self.bytes()?).ok()?);
                self.strings.push(s.clone());
                Some(s)
            }
            i => self.strings.get(usize::try_from(i - 1).ok()?).cloned(),
        }
    }

    fn strs(&mut self) -> Option<Vec<Rc<str>>> {
        let n = self.len()?;
        (0..n).map(|_| self.str()).collect()
    }

    fn constant(&mut self, depth: u32) -> Option<ConstValue> {
        Some(match self.byte()? {
            0 => ConstValue::None,
            1 => ConstValue::Bool(true),
            2 => ConstValue::Bool(false),
            3 => ConstValue::Ellipsis,
            4 => ConstValue::Int(self.int()?),
            5 => {
                let sign = if self.byte()? == 1 {
                    Sign::Minus
                } else {
                    Sign::Plus
                };
                ConstValue::BigInt(BigInt::from_bytes_le(sign, self.bytes()?))
            }
            6 => ConstValue::Float(self.f64()?),
            7 => ConstValue::Complex(self.f64()?, self.f64()?),
            8 => ConstValue::Str(self.str()?),
            9 => ConstValue::Bytes(Rc::from(self.bytes()?)),
            t @ (10 | 11) => {
                if depth >= MAX_DEPTH {
                    return None;
                }
                let n = self.len()?;
                let items = (0..n)
                    .map(|_| self.constant(depth + 1))
                    .collect::<Option<Vec<_>>>()?;
                if t == 10 {
                    ConstValue::Tuple(Rc::from(items))
                } else {
                    ConstValue::FrozenSet(Rc::from(items))
                }
            }
            12 => ConstValue::Code(self.code(depth + 1)?),
            13 => ConstValue::SurrogateStr(self.str()?),
            _ => return None,
        })
    }

    fn code(&mut self, depth: u32) -> Option<Rc<CodeObject>> {
        if depth >= MAX_DEPTH {
            return None;
        }
        let name = self.str()?;
        let qualname = self.str()?;
        let mut filename = self.str()?;
        if let Some(f) = &self.filename {
            filename = f.clone();
        }
        let flags = CodeFlags(self.u32()?);
        let argcount = self.u32()?;
        let posonlyargcount = self.u32()?;
        let kwonlyargcount = self.u32()?;
        let firstlineno = self.u32()?;
        let stacksize = self.u32()?;
        let ncaches = self.u32()?;
        let n = self.len()?;
        let mut instrs = Vec::with_capacity(n);
        for _ in 0..n {
            let op = Op::from_u8(self.byte()?)?;
            let cache = self.u16()?;
            let arg = self.u32()?;
            if u32::from(cache) > ncaches || (op.is_jump() && arg as usize > n) {
                return None;
            }
            instrs.push(Instr { op, cache, arg });
        }
        let n = self.len()?;
        let mut locations = Vec::with_capacity(n);
        let mut prev = 0i64;
        for _ in 0..n {
            let lineno = prev.checked_add(self.int()?)?;
            prev = lineno;
            let col = self.u32()?;
            let end_lineno = lineno.checked_add(self.int()?)?;
            let end_col = self.u32()?;
            locations.push(Loc {
                lineno: u32::try_from(lineno).ok()?,
                col,
                end_lineno: u32::try_from(end_lineno).ok()?,
                end_col,
            });
        }
        let n = self.len()?;
        let consts = (0..n)
            .map(|_| self.constant(depth))
            .collect::<Option<Vec<_>>>()?;
        let names = self.strs()?;
        let varnames = self.strs()?;
        let cellvars = self.strs()?;
        let freevars = self.strs()?;
        let n = self.len()?;
        let mut cell2arg = Vec::with_capacity(n);
        for _ in 0..n {
            cell2arg.push(match self.u32()? {
                0 => None,
                a => Some(a - 1),
            });
        }
        let n = self.len()?;
        let mut exception_table = Vec::with_capacity(n);
        for _ in 0..n {
            let e = ExcEntry {
                start: self.u32()?,
                end: self.u32()?,
                target: self.u32()?,
                depth: self.u32()?,
            };
            if e.target as usize > instrs.len() || e.depth > stacksize {
                return None;
            }
            exception_table.push(e);
        }
        Some(Rc::new(CodeObject {
            name,
            qualname,
            filename,
            flags,
            argcount,
            posonlyargcount,
            kwonlyargcount,
            instrs,
            locations,
            consts,
            names,
            varnames,
            cellvars,
            freevars,
            cell2arg,
            exception_table,
            firstlineno,
            stacksize,
            ncaches,
        }))
    }
}
