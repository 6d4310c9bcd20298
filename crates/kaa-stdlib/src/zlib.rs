//! The `zlib` module, mirroring CPython 3.11's `Modules/zlibmodule.c`: `crc32`, `adler32`,
//! one-shot `compress`/`decompress`, the streaming `Compress`/`Decompress` objects from
//! `compressobj`/`decompressobj` (with `unused_data`, `unconsumed_tail`, `eof` and
//! `max_length`), `zlib.error` and the constants. Deflate itself is the `miniz_oxide` crate;
//! the zlib (RFC 1950) and gzip (RFC 1952) wrappers are handled here so that errors carry
//! zlib's messages ("Error -3 while decompressing data: incorrect header check").
//! Compressed bytes are valid deflate but not byte-identical to the C zlib's output.

use crate::util::{add_functions, add_methods, native_mut, new_class, new_native, Sig, VmLocal};
use kaa_vm::object::{NativeFn, ObjRef};
use kaa_vm::objects::bytesobj::buffer_arg;
use kaa_vm::objects::typeobj::add_getset;
use kaa_vm::types::{self, Layout};
use kaa_vm::{PyErr, PyResult, Value, Vm};
use miniz_oxide::deflate::core::{create_comp_flags_from_zip_params, CompressorOxide};
use miniz_oxide::inflate::stream::InflateState;
use miniz_oxide::{DataFormat, MZError, MZFlush, MZStatus};

thread_local! {
    static ERROR: VmLocal<ObjRef> = const { VmLocal::new() };
    static CLASSES: VmLocal<(ObjRef, ObjRef)> = const { VmLocal::new() };
}

const Z_FINISH: i64 = 4;
const DEF_BUF_SIZE: i64 = 16384;

// ---- checksums ------------------------------------------------------------------------------

const fn crc_table() -> [u32; 256] {
    let mut t = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = i as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 {
                0xEDB8_8320 ^ (c >> 1)
            } else {
                c >> 1
            };
            k += 1;
        }
        t[i] = c;
        i += 1;
    }
    t
}

static CRC_TABLE: [u32; 256] = crc_table();

/// CRC-32 (ISO 3309, as zlib's `crc32`) continuing from `crc`.
pub fn crc32_update(crc: u32, data: &[u8]) -> u32 {
    let mut c = !crc;
    for &b in data {
        c = CRC_TABLE[((c ^ b as u32) & 0xff) as usize] ^ (c >> 8);
    }
    !c
}

/// Adler-32 (RFC 1950) continuing from `adler`.
pub fn adler32_update(adler: u32, data: &[u8]) -> u32 {
    const MOD: u32 = 65521;
    let mut a = adler & 0xffff;
    let mut b = adler >> 16;
    for chunk in data.chunks(5552) {
        for &x in chunk {
            a += x as u32;
            b += a;
        }
        a %= MOD;
        b %= MOD;
    }
    (b << 16) | a
}

// ---- errors ---------------------------------------------------------------------------------

fn zerror(vm: &mut Vm, msg: String) -> PyErr {
    match ERROR.with(|e| e.get(vm)) {
        Some(cls) => vm.new_exc(&cls, msg),
        None => vm.value_error(msg),
    }
}

/// "Error CODE while WHAT: MSG", as zlib_error() formats it.
fn zfail(vm: &mut Vm, what: &str, code: i32, msg: &str) -> PyErr {
    zerror(vm, format!("Error {code} while {what}: {msg}"))
}

/// zlib's error for a deflate stream that failed (`Error -2 while compressing data: ...`).
fn compress_error(vm: &mut Vm, code: i32) -> PyErr {
    zfail(vm, "compressing data", code, "inconsistent stream state")
}

fn int_arg(vm: &mut Vm, v: &Option<Value>, default: i64) -> PyResult<i64> {
    match v {
        Some(v) => {
            if !crate::util::is_int(v) {
                if let Some(kaa_vm::object::Payload::Float(_)) = v.payload() {
                    return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
                }
            }
            vm.index_i64(v)
        }
        None => Ok(default),
    }
}

/// An unsigned 32-bit starting value (`crc32(data, value)`), taken modulo 2**32.
fn u32_arg(vm: &mut Vm, v: &Option<Value>, default: u32) -> PyResult<u32> {
    match v {
        Some(v) => {
            let b = crate::util::to_bigint_index(vm, v)?;
            let m: num_bigint::BigInt = num_bigint::BigInt::from(1u64 << 32);
            let r = ((b % &m) + &m) % &m;
            Ok(num_traits::ToPrimitive::to_u32(&r).unwrap_or(0))
        }
        None => Ok(default),
    }
}

// ---- compression ----------------------------------------------------------------------------

/// Which wrapper surrounds the deflate data.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Wrap {
    Zlib,
    Raw,
    Gzip,
    /// Decompression only (wbits 32 + n): zlib or gzip, by the first bytes.
    Auto,
}

/// The wrapper chosen by a compression `wbits`, or None when it is out of range.
fn compress_wrap(wbits: i64) -> Option<Wrap> {
    match wbits {
        8..=15 => Some(Wrap::Zlib),
        -15..=-8 => Some(Wrap::Raw),
        24..=31 => Some(Wrap::Gzip),
        _ => None,
    }
}

/// The two header bytes C zlib writes: a 32K window, deflate, and FLEVEL from the level and
/// strategy, with the check bits making the pair a multiple of 31.
fn zlib_header(level: i64, strategy: i64) -> [u8; 2] {
    let level = if level < 0 { 6 } else { level };
    let flevel: u32 = if strategy >= 2 || level < 2 {
        0
    } else if level < 6 {
        1
    } else if level == 6 {
        2
    } else {
        3
    };
    let mut h: u32 = (0x78 << 8) | (flevel << 6);
    h += 31 - (h % 31);
    [(h >> 8) as u8, (h & 0xff) as u8]
}

/// A compression stream (the `zlib.Compress` object's state).
struct Deflater {
    comp: Box<CompressorOxide>,
    /// The zlib header C zlib writes for this level (miniz's FLEVEL bits differ), put in
    /// place of the first two bytes miniz produces; None for raw and gzip streams.
    zlib_header: Option<[u8; 2]>,
    /// How many bytes of the stream have been produced so far.
    produced: u64,
    gzip: bool,
    header_done: bool,
    crc: u32,
    size: u32,
    finished: bool,
}

impl Deflater {
    fn new(level: i64, wrap: Wrap, strategy: i64) -> Deflater {
        let wb = if wrap == Wrap::Zlib { 15 } else { -15 };
        let flags = create_comp_flags_from_zip_params(level as i32, wb, strategy as i32);
        Deflater {
            comp: Box::new(CompressorOxide::new(flags)),
            zlib_header: (wrap == Wrap::Zlib).then(|| zlib_header(level, strategy)),
            produced: 0,
            gzip: wrap == Wrap::Gzip,
            header_done: false,
            crc: 0,
            size: 0,
            finished: false,
        }
    }

    /// Compresses `input` with `flush`, appending everything produced to `out`.
    fn run(&mut self, input: &[u8], flush: MZFlush, out: &mut Vec<u8>) -> Result<(), i32> {
        if self.finished {
            return Err(-2);
        }
        if self.gzip && !self.header_done {
            out.extend_from_slice(&[0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3]);
            self.header_done = true;
        }
        if self.gzip {
            self.crc = crc32_update(self.crc, input);
            self.size = self.size.wrapping_add(input.len() as u32);
        }
        let mut pos = 0;
        let mut buf = vec![0u8; 65536];
        loop {
            let r = miniz_oxide::deflate::stream::deflate(
                &mut self.comp,
                &input[pos..],
                &mut buf,
                flush,
            );
            pos += r.bytes_consumed;
            let start = out.len();
            out.extend_from_slice(&buf[..r.bytes_written]);
            if let Some(h) = self.zlib_header {
                for (i, b) in out[start..].iter_mut().enumerate() {
                    let at = self.produced + i as u64;
                    if at >= 2 {
                        break;
                    }
                    *b = h[at as usize];
                }
            }
            self.produced += r.bytes_written as u64;
            match r.status {
                Ok(MZStatus::StreamEnd) => {
                    self.finished = true;
                    if self.gzip {
                        out.extend_from_slice(&self.crc.to_le_bytes());
                        out.extend_from_slice(&self.size.to_le_bytes());
                    }
                    return Ok(());
                }
                Ok(_) => {
                    if pos >= input.len() && r.bytes_written < buf.len() && flush != MZFlush::Finish
                    {
                        return Ok(());
                    }
                }
                Err(MZError::Buf) => return Ok(()),
                Err(e) => return Err(e as i32),
            }
        }
    }
}

// ---- decompression --------------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq, Eq)]
enum Phase {
    Header,
    Body,
    Trailer,
    Done,
}

/// A decompression stream: the wrapper's header and trailer are parsed here, the deflate
/// body by miniz_oxide.
struct Inflater {
    wrap: Wrap,
    phase: Phase,
    /// Header or trailer bytes gathered so far.
    pending: Vec<u8>,
    state: Box<InflateState>,
    check: u32,
    size: u32,
}

type ZErr = (i32, &'static str);

impl Inflater {
    fn new(wbits: i64) -> Option<Inflater> {
        let wrap = match wbits {
            0 | 8..=15 => Wrap::Zlib,
            -15..=-8 => Wrap::Raw,
            24..=31 => Wrap::Gzip,
            40..=47 => Wrap::Auto,
            _ => return None,
        };
        Some(Inflater {
            wrap,
            phase: if wrap == Wrap::Raw {
                Phase::Body
            } else {
                Phase::Header
            },
            pending: Vec::new(),
            state: InflateState::new_boxed(DataFormat::Raw),
            check: 0,
            size: 0,
        })
    }

    /// Parses the header in `pending`: Ok(None) when more bytes are needed, else how many
    /// bytes it took.
    fn parse_header(&mut self) -> Result<Option<usize>, ZErr> {
        let p = &self.pending;
        if self.wrap == Wrap::Auto {
            if p.len() < 2 {
                return Ok(None);
            }
            self.wrap = if p[0] == 0x1f && p[1] == 0x8b {
                Wrap::Gzip
            } else {
                Wrap::Zlib
            };
        }
        if self.wrap == Wrap::Zlib {
            if p.len() < 2 {
                return Ok(None);
            }
            let (cmf, flg) = (p[0] as u32, p[1] as u32);
            if (cmf * 256 + flg) % 31 != 0 {
                return Err((-3, "incorrect header check"));
            }
            if cmf & 0x0f != 8 {
                return Err((-3, "unknown compression method"));
            }
            let win = (cmf >> 4) as i64 + 8;
            // A window larger than the caller's wbits is accepted (zlib refuses it): miniz
            // writes a 32K-window header whatever wbits the compressor was given.
            if win > 15 {
                return Err((-3, "invalid window size"));
            }
            if flg & 0x20 != 0 {
                return Err((2, "need dictionary"));
            }
            self.check = 1;
            return Ok(Some(2));
        }
        // gzip
        if p.len() < 10 {
            return Ok(None);
        }
        if p[0] != 0x1f || p[1] != 0x8b {
            return Err((-3, "incorrect header check"));
        }
        if p[2] != 8 {
            return Err((-3, "unknown compression method"));
        }
        let flags = p[3];
        if flags & 0xe0 != 0 {
            return Err((-3, "unknown header flags set"));
        }
        let mut i = 10;
        if flags & 4 != 0 {
            if p.len() < i + 2 {
                return Ok(None);
            }
            i += 2 + (p[i] as usize | (p[i + 1] as usize) << 8);
        }
        for bit in [8u8, 16] {
            if flags & bit != 0 {
                match p.get(i..).and_then(|r| r.iter().position(|&b| b == 0)) {
                    Some(z) => i += z + 1,
                    None => return Ok(None),
                }
            }
        }
        if flags & 2 != 0 {
            i += 2;
        }
        if p.len() < i {
            return Ok(None);
        }
        self.check = 0;
        Ok(Some(i))
    }

    /// Feeds `input`; output goes to `out` until it holds `max_out` bytes (0: no limit).
    /// Returns how many input bytes were used.
    fn feed(&mut self, input: &[u8], max_out: usize, out: &mut Vec<u8>) -> Result<usize, ZErr> {
        let mut pos = 0;
        let mut buf: Vec<u8> = Vec::new();
        loop {
            match self.phase {
                Phase::Done => return Ok(pos),
                Phase::Header => {
                    if pos >= input.len() {
                        return Ok(pos);
                    }
                    // Take bytes one at a time so nothing past the header is swallowed.
                    let before = self.pending.len();
                    let take = (input.len() - pos).min(64);
                    self.pending.extend_from_slice(&input[pos..pos + take]);
                    match self.parse_header()? {
                        None => pos += take,
                        Some(n) => {
                            pos += n - before;
                            self.pending.clear();
                            self.phase = Phase::Body;
                        }
                    }
                }
                Phase::Body => {
                    if max_out != 0 && out.len() >= max_out {
                        return Ok(pos);
                    }
                    let room = if max_out == 0 {
                        65536
                    } else {
                        (max_out - out.len()).min(65536)
                    };
                    buf.resize(room, 0);
                    // With an output limit, input goes in one byte at a time: miniz keeps the
                    // output it could not hand over, and zlib would not have consumed the
                    // input behind it (it must stay in `unconsumed_tail`).
                    let end = if max_out == 0 {
                        input.len()
                    } else {
                        (pos + 1).min(input.len())
                    };
                    let r = miniz_oxide::inflate::stream::inflate(
                        &mut self.state,
                        &input[pos..end],
                        &mut buf[..room],
                        MZFlush::None,
                    );
                    pos += r.bytes_consumed;
                    let got = &buf[..r.bytes_written];
                    match self.wrap {
                        Wrap::Zlib => self.check = adler32_update(self.check, got),
                        Wrap::Gzip => {
                            self.check = crc32_update(self.check, got);
                            self.size = self.size.wrapping_add(got.len() as u32);
                        }
                        _ => {}
                    }
                    out.extend_from_slice(got);
                    match r.status {
                        Ok(MZStatus::StreamEnd) => {
                            self.phase = if self.wrap == Wrap::Raw {
                                Phase::Done
                            } else {
                                Phase::Trailer
                            };
                        }
                        Err(MZError::Data) => return Err((-3, "invalid block type")),
                        Err(MZError::Buf) | Ok(_) => {
                            if r.bytes_consumed == 0 && r.bytes_written == 0 {
                                return Ok(pos);
                            }
                        }
                        Err(_) => return Err((-2, "inconsistent stream state")),
                    }
                }
                Phase::Trailer => {
                    let need = if self.wrap == Wrap::Gzip { 8 } else { 4 };
                    let take = (need - self.pending.len()).min(input.len() - pos);
                    self.pending.extend_from_slice(&input[pos..pos + take]);
                    pos += take;
                    if self.pending.len() < need {
                        return Ok(pos);
                    }
                    let p = &self.pending;
                    if self.wrap == Wrap::Gzip {
                        let crc = u32::from_le_bytes([p[0], p[1], p[2], p[3]]);
                        let size = u32::from_le_bytes([p[4], p[5], p[6], p[7]]);
                        if crc != self.check {
                            return Err((-3, "incorrect data check"));
                        }
                        if size != self.size {
                            return Err((-3, "incorrect length check"));
                        }
                    } else {
                        let adler = u32::from_be_bytes([p[0], p[1], p[2], p[3]]);
                        if adler != self.check {
                            return Err((-3, "incorrect data check"));
                        }
                    }
                    self.pending.clear();
                    self.phase = Phase::Done;
                }
            }
        }
    }
}

// ---- module functions -----------------------------------------------------------------------

fn z_crc32(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = crate::util::pos_args(vm, "crc32", "crc32", args, kw, 1, 2)?;
    let data = buffer_arg(vm, &a[0])?;
    let start = u32_arg(vm, &a.get(1).cloned(), 0)?;
    Ok(Value::Int(crc32_update(start, &data) as i64))
}

fn z_adler32(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = crate::util::pos_args(vm, "adler32", "adler32", args, kw, 1, 2)?;
    let data = buffer_arg(vm, &a[0])?;
    let start = u32_arg(vm, &a.get(1).cloned(), 1)?;
    Ok(Value::Int(adler32_update(start, &data) as i64))
}

fn check_level(vm: &mut Vm, level: i64) -> PyResult<()> {
    if (-1..=9).contains(&level) {
        Ok(())
    } else {
        Err(zerror(vm, "Bad compression level".to_string()))
    }
}

fn z_compress(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    const SIG: Sig = Sig {
        name: "compress",
        params: &["", "level", "wbits"],
        max_pos: 3,
        required: 1,
        pos_only: 1,
    };
    let a = SIG.bind(vm, args, kw)?;
    let data = buffer_arg(vm, a[0].as_ref().unwrap_or(&Value::None))?;
    let level = int_arg(vm, &a[1], -1)?;
    let wbits = int_arg(vm, &a[2], 15)?;
    check_level(vm, level)?;
    let Some(wrap) = compress_wrap(wbits) else {
        return Err(compress_error(vm, -2));
    };
    let mut d = Deflater::new(level, wrap, 0);
    let mut out = Vec::new();
    if let Err(code) = d.run(&data, MZFlush::Finish, &mut out) {
        return Err(compress_error(vm, code));
    }
    Ok(vm.new_bytes(out))
}

fn z_decompress(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    const SIG: Sig = Sig {
        name: "decompress",
        params: &["", "wbits", "bufsize"],
        max_pos: 3,
        required: 1,
        pos_only: 1,
    };
    let a = SIG.bind(vm, args, kw)?;
    let data = buffer_arg(vm, a[0].as_ref().unwrap_or(&Value::None))?;
    let wbits = int_arg(vm, &a[1], 15)?;
    let bufsize = int_arg(vm, &a[2], DEF_BUF_SIZE)?;
    if bufsize < 0 {
        return Err(vm.value_error("bufsize must be non-negative"));
    }
    let Some(mut inf) = Inflater::new(wbits) else {
        return Err(zfail(
            vm,
            "preparing to decompress data",
            -2,
            "inconsistent stream state",
        ));
    };
    let mut out = Vec::new();
    if let Err((code, msg)) = inf.feed(&data, 0, &mut out) {
        return Err(zfail(vm, "decompressing data", code, msg));
    }
    if inf.phase != Phase::Done {
        return Err(zfail(
            vm,
            "decompressing data",
            -5,
            "incomplete or truncated stream",
        ));
    }
    Ok(vm.new_bytes(out))
}

// ---- Compress objects -----------------------------------------------------------------------

kaa_vm::native_data_leaf!(Deflater);

fn z_compressobj(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    const SIG: Sig = Sig {
        name: "compressobj",
        params: &["level", "method", "wbits", "memLevel", "strategy", "zdict"],
        max_pos: 6,
        required: 0,
        pos_only: 0,
    };
    let a = SIG.bind(vm, args, kw)?;
    let level = int_arg(vm, &a[0], -1)?;
    let method = int_arg(vm, &a[1], 8)?;
    let wbits = int_arg(vm, &a[2], 15)?;
    let mem = int_arg(vm, &a[3], 8)?;
    let strategy = int_arg(vm, &a[4], 0)?;
    if let Some(z) = &a[5] {
        if !z.is_none() {
            return Err(vm.value_error("zdict is not supported by kaa's zlib"));
        }
    }
    let wrap = compress_wrap(wbits);
    let Some(wrap) =
        wrap.filter(|_| method == 8 && (1..=9).contains(&mem) && (0..=4).contains(&strategy))
    else {
        return Err(vm.value_error("Invalid initialization option"));
    };
    check_level(vm, level)?;
    let Some((ccls, _)) = CLASSES.with(|c| c.get(vm)) else {
        return Err(vm.runtime_error("zlib is not initialised"));
    };
    let d = Deflater::new(level, wrap, strategy);
    Ok(new_native(vm, &ccls, Box::new(d)))
}

fn c_compress(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = crate::util::pos_args(vm, "compress", "Compress.compress", &args[1..], kw, 1, 1)?;
    let data = buffer_arg(vm, &a[0])?;
    let mut out = Vec::new();
    let r =
        native_mut::<Deflater>(vm, &args[0], "zlib.Compress")?.run(&data, MZFlush::None, &mut out);
    if let Err(code) = r {
        return Err(compress_error(vm, code));
    }
    Ok(vm.new_bytes(out))
}

fn c_flush(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = crate::util::pos_args(vm, "flush", "Compress.flush", &args[1..], kw, 0, 1)?;
    let mode = int_arg(vm, &a.first().cloned(), Z_FINISH)?;
    if mode == 0 {
        return Ok(vm.new_bytes(Vec::new()));
    }
    let flush = match mode {
        1 | 2 => MZFlush::Sync,
        3 => MZFlush::Full,
        4 => MZFlush::Finish,
        _ => MZFlush::Sync,
    };
    let mut out = Vec::new();
    let mut st = native_mut::<Deflater>(vm, &args[0], "zlib.Compress")?;
    let r = if st.finished && flush == MZFlush::Finish {
        Ok(())
    } else {
        st.run(&[], flush, &mut out)
    };
    drop(st);
    if let Err(code) = r {
        return Err(zfail(vm, "flushing", code, "inconsistent stream state"));
    }
    Ok(vm.new_bytes(out))
}

// ---- Decompress objects ---------------------------------------------------------------------

struct DecompObj {
    inf: Inflater,
    unused_data: Vec<u8>,
    unconsumed_tail: Vec<u8>,
}

kaa_vm::native_data_leaf!(DecompObj);

fn z_decompressobj(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    const SIG: Sig = Sig {
        name: "decompressobj",
        params: &["wbits", "zdict"],
        max_pos: 2,
        required: 0,
        pos_only: 0,
    };
    let a = SIG.bind(vm, args, kw)?;
    let wbits = int_arg(vm, &a[0], 15)?;
    let Some(inf) = Inflater::new(wbits) else {
        return Err(vm.value_error("Invalid initialization option"));
    };
    let Some((_, dcls)) = CLASSES.with(|c| c.get(vm)) else {
        return Err(vm.runtime_error("zlib is not initialised"));
    };
    let st = DecompObj {
        inf,
        unused_data: Vec::new(),
        unconsumed_tail: Vec::new(),
    };
    Ok(new_native(vm, &dcls, Box::new(st)))
}

/// Runs `data` through the stream with an output limit, updating unused_data and
/// unconsumed_tail as zlib's save_unconsumed_input does.
fn d_run(vm: &mut Vm, this: &Value, data: &[u8], max_out: usize) -> PyResult<Value> {
    let mut out = Vec::new();
    let mut st = native_mut::<DecompObj>(vm, this, "zlib.Decompress")?;
    let r = st.inf.feed(data, max_out, &mut out);
    let r = match r {
        Ok(used) => {
            let rest = &data[used..];
            if st.inf.phase == Phase::Done {
                st.unused_data.extend_from_slice(rest);
                st.unconsumed_tail.clear();
            } else {
                st.unconsumed_tail = rest.to_vec();
            }
            Ok(())
        }
        Err(e) => Err(e),
    };
    drop(st);
    if let Err((code, msg)) = r {
        return Err(zfail(vm, "decompressing data", code, msg));
    }
    Ok(vm.new_bytes(out))
}

fn d_decompress(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    const SIG: Sig = Sig {
        name: "decompress",
        params: &["", "max_length"],
        max_pos: 2,
        required: 1,
        pos_only: 1,
    };
    let a = SIG.bind(vm, &args[1..], kw)?;
    let data = buffer_arg(vm, a[0].as_ref().unwrap_or(&Value::None))?;
    let max = int_arg(vm, &a[1], 0)?;
    if max < 0 {
        return Err(vm.value_error("max_length must be non-negative"));
    }
    d_run(vm, &args[0], &data, max as usize)
}

fn d_flush(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = crate::util::pos_args(vm, "flush", "Decompress.flush", &args[1..], kw, 0, 1)?;
    let length = int_arg(vm, &a.first().cloned(), DEF_BUF_SIZE)?;
    if length <= 0 {
        return Err(vm.value_error("length must be greater than zero"));
    }
    let tail = std::mem::take(
        &mut native_mut::<DecompObj>(vm, &args[0], "zlib.Decompress")?.unconsumed_tail,
    );
    d_run(vm, &args[0], &tail, 0)
}

fn d_unused_data(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let d = native_mut::<DecompObj>(vm, v, "zlib.Decompress")?
        .unused_data
        .clone();
    Ok(vm.new_bytes(d))
}

fn d_unconsumed_tail(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let d = native_mut::<DecompObj>(vm, v, "zlib.Decompress")?
        .unconsumed_tail
        .clone();
    Ok(vm.new_bytes(d))
}

fn d_eof(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let done = native_mut::<DecompObj>(vm, v, "zlib.Decompress")?.inf.phase == Phase::Done;
    Ok(Value::Bool(done))
}

// ---- module ---------------------------------------------------------------------------------

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("zlib");
    let funcs: &[(&'static str, NativeFn)] = &[
        ("crc32", z_crc32),
        ("adler32", z_adler32),
        ("compress", z_compress),
        ("decompress", z_decompress),
        ("compressobj", z_compressobj),
        ("decompressobj", z_decompressobj),
    ];
    add_functions(vm, &m, funcs);
    let ints: &[(&str, i64)] = &[
        ("MAX_WBITS", 15),
        ("DEFLATED", 8),
        ("DEF_MEM_LEVEL", 8),
        ("DEF_BUF_SIZE", DEF_BUF_SIZE),
        ("Z_NO_COMPRESSION", 0),
        ("Z_BEST_SPEED", 1),
        ("Z_BEST_COMPRESSION", 9),
        ("Z_DEFAULT_COMPRESSION", -1),
        ("Z_FILTERED", 1),
        ("Z_HUFFMAN_ONLY", 2),
        ("Z_RLE", 3),
        ("Z_FIXED", 4),
        ("Z_DEFAULT_STRATEGY", 0),
        ("Z_NO_FLUSH", 0),
        ("Z_PARTIAL_FLUSH", 1),
        ("Z_SYNC_FLUSH", 2),
        ("Z_FULL_FLUSH", 3),
        ("Z_FINISH", Z_FINISH),
        ("Z_BLOCK", 5),
        ("Z_TREES", 6),
    ];
    for (n, v) in ints {
        vm.module_set(&m, n, Value::Int(*v));
    }
    for n in ["ZLIB_VERSION", "ZLIB_RUNTIME_VERSION"] {
        let s = vm.new_str("1.2.13");
        vm.module_set(&m, n, s);
    }

    let exc = vm.types.exception.clone();
    let e = types::new_type(
        vm.types.type_.clone(),
        "error",
        vec![exc],
        vm.new_dict(),
        Layout::Exception,
        types::FLAG_BASETYPE | types::FLAG_HAS_DICT,
    );
    types::set_linear_mro(&e);
    let modname = vm.new_str("zlib");
    vm.type_dict_set(&e, "__module__", modname);
    ERROR.with(|x| x.set(vm, e.clone()));
    vm.module_set(&m, "error", Value::Obj(e));

    let c = new_class(vm, "zlib", "Compress", false);
    add_methods(vm, &c, &[("compress", c_compress), ("flush", c_flush)]);
    let d = new_class(vm, "zlib", "Decompress", false);
    add_methods(vm, &d, &[("decompress", d_decompress), ("flush", d_flush)]);
    add_getset(vm, &d, "unused_data", d_unused_data, None);
    add_getset(vm, &d, "unconsumed_tail", d_unconsumed_tail, None);
    add_getset(vm, &d, "eof", d_eof, None);
    CLASSES.with(|x| x.set(vm, (c, d)));
    Ok(m)
}

#[cfg(test)]
mod tests {
    use super::{adler32_update, crc32_update};

    #[test]
    fn checksums() {
        assert_eq!(crc32_update(0, b"hello"), 907060870);
        assert_eq!(adler32_update(1, b"hello"), 103547413);
        assert_eq!(crc32_update(5, b"hello"), 4277152246);
    }
}
