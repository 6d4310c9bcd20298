//! The `binascii` module, mirroring CPython 3.11's `Modules/binascii.c` for its common part:
//! `crc32` (shared with zlib), `crc_hqx`, `hexlify`/`b2a_hex` (with `sep` and
//! `bytes_per_sep`), `unhexlify`/`a2b_hex`, `b2a_base64` (`newline`) and `a2b_base64` (the
//! lenient decoder that skips non-alphabet bytes and stops at a complete padding, and
//! `strict_mode`), with `binascii.Error` (a ValueError) and `Incomplete`. The uu and
//! quoted-printable codecs are not implemented.

use crate::util::{add_functions, kwarg, VmLocal};
use kaa_vm::object::{NativeFn, ObjRef, Payload};
use kaa_vm::objects::bytesobj::{buffer_arg, bytes_like};
use kaa_vm::types::{self, Layout};
use kaa_vm::{PyErr, PyResult, Value, Vm};

thread_local! {
    static ERROR: VmLocal<ObjRef> = const { VmLocal::new() };
}

fn error(vm: &mut Vm, msg: impl Into<String>) -> PyErr {
    match ERROR.with(|e| e.get(vm)) {
        Some(cls) => vm.new_exc(&cls, msg.into()),
        None => vm.value_error(msg.into()),
    }
}

/// The input of an `a2b_*` function: bytes-like, or a str of ASCII characters.
fn ascii_data(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(s) = v.as_str() {
        if !s.is_ascii() {
            return Err(vm.value_error("string argument should contain only ASCII characters"));
        }
        return Ok(s.as_bytes().to_vec());
    }
    match bytes_like(v) {
        Some(b) => Ok(b),
        None => {
            let n = vm.type_name(v);
            Err(vm.type_error(format!(
                "argument should be bytes, buffer or ASCII string, not '{n}'"
            )))
        }
    }
}

/// Rejects keyword arguments other than `allowed`, as argument clinic does.
fn check_kw(vm: &mut Vm, name: &str, kw: &[(Value, Value)], allowed: &[&str]) -> PyResult<()> {
    for (k, _) in kw {
        let ks = k.as_str().unwrap_or("");
        if !allowed.contains(&ks) {
            return Err(vm.type_error(format!(
                "{name}() got an unexpected keyword argument '{ks}'"
            )));
        }
    }
    Ok(())
}

// ---- checksums ------------------------------------------------------------------------------

fn b_crc32(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = crate::util::pos_args(vm, "crc32", "crc32", args, kw, 1, 2)?;
    let data = buffer_arg(vm, &a[0])?;
    let start = match a.get(1) {
        Some(v) => {
            let b = crate::util::to_bigint_index(vm, v)?;
            let m = num_bigint::BigInt::from(1u64 << 32);
            let r = ((b % &m) + &m) % &m;
            num_traits::ToPrimitive::to_u32(&r).unwrap_or(0)
        }
        None => 0,
    };
    Ok(Value::Int(crate::zlib::crc32_update(start, &data) as i64))
}

fn b_crc_hqx(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = crate::util::pos_args(vm, "crc_hqx", "crc_hqx", args, kw, 2, 2)?;
    let data = buffer_arg(vm, &a[0])?;
    let mut crc = (vm.index_i64(&a[1])? & 0xffff) as u16;
    for &b in &data {
        crc ^= (b as u16) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 {
                (crc << 1) ^ 0x1021
            } else {
                crc << 1
            };
        }
    }
    Ok(Value::Int(crc as i64))
}

// ---- hex ------------------------------------------------------------------------------------

fn hexlify_impl(vm: &mut Vm, name: &str, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    check_kw(vm, name, kw, &["data", "sep", "bytes_per_sep"])?;
    if args.len() > 3 {
        return Err(vm.type_error(format!(
            "{name}() takes at most 3 arguments ({} given)",
            args.len()
        )));
    }
    let data_v = match args.first().cloned().or_else(|| kwarg(kw, "data")) {
        Some(v) => v,
        None => {
            return Err(vm.type_error(format!("{name}() missing required argument 'data' (pos 1)")))
        }
    };
    let data = buffer_arg(vm, &data_v)?;
    let sep = args.get(1).cloned().or_else(|| kwarg(kw, "sep"));
    let per = match args.get(2).cloned().or_else(|| kwarg(kw, "bytes_per_sep")) {
        Some(v) => vm.index_i64(&v)?,
        None => 1,
    };
    let sep = match sep {
        None => None,
        Some(s) if s.is_none() => None,
        Some(s) => {
            let raw = match s.as_str() {
                Some(t) => t.as_bytes().to_vec(),
                None => match s.payload() {
                    Some(Payload::Bytes(b)) => b.to_vec(),
                    _ => return Err(vm.type_error("sep must be str or bytes.")),
                },
            };
            if raw.len() != 1 || !raw[0].is_ascii() {
                return Err(vm.value_error("sep must be length 1."));
            }
            Some(raw[0])
        }
    };
    let hex = |b: u8| -> [u8; 2] {
        const D: &[u8; 16] = b"0123456789abcdef";
        [D[(b >> 4) as usize], D[(b & 15) as usize]]
    };
    let mut out = Vec::with_capacity(data.len() * 3);
    match sep {
        Some(sc) if per != 0 && !data.is_empty() => {
            let group = per.unsigned_abs() as usize;
            let n = data.len();
            for (i, &b) in data.iter().enumerate() {
                if i > 0 {
                    // Groups are counted from the right for a positive bytes_per_sep.
                    let boundary = if per > 0 {
                        (n - i) % group == 0
                    } else {
                        i % group == 0
                    };
                    if boundary {
                        out.push(sc);
                    }
                }
                out.extend_from_slice(&hex(b));
            }
        }
        _ => {
            for &b in &data {
                out.extend_from_slice(&hex(b));
            }
        }
    }
    Ok(vm.new_bytes(out))
}

fn b_hexlify(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    hexlify_impl(vm, "hexlify", args, kw)
}

fn b_b2a_hex(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    hexlify_impl(vm, "b2a_hex", args, kw)
}

fn unhexlify_impl(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<Value> {
    let a = crate::util::pos_args(vm, name, name, args, kw, 1, 1)?;
    let data = ascii_data(vm, &a[0])?;
    if data.len() % 2 != 0 {
        return Err(error(vm, "Odd-length string"));
    }
    let val = |c: u8| (c as char).to_digit(16);
    let mut out = Vec::with_capacity(data.len() / 2);
    for pair in data.chunks_exact(2) {
        match (val(pair[0]), val(pair[1])) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            _ => return Err(error(vm, "Non-hexadecimal digit found")),
        }
    }
    Ok(vm.new_bytes(out))
}

fn b_unhexlify(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    unhexlify_impl(vm, "unhexlify", args, kw)
}

fn b_a2b_hex(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    unhexlify_impl(vm, "a2b_hex", args, kw)
}

// ---- base64 ---------------------------------------------------------------------------------

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn b64_value(c: u8) -> Option<u32> {
    match c {
        b'A'..=b'Z' => Some((c - b'A') as u32),
        b'a'..=b'z' => Some((c - b'a') as u32 + 26),
        b'0'..=b'9' => Some((c - b'0') as u32 + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    }
}

fn b_b2a_base64(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    check_kw(vm, "b2a_base64", kw, &["newline"])?;
    let a = crate::util::pos_args(vm, "b2a_base64", "b2a_base64", args, &[], 1, 1)?;
    let data = buffer_arg(vm, &a[0])?;
    let newline = match kwarg(kw, "newline") {
        Some(v) => vm.truthy(&v)?,
        None => true,
    };
    let mut out = Vec::with_capacity(data.len().div_ceil(3) * 4 + 1);
    for chunk in data.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32;
        out.push(B64[(n >> 18) as usize & 63]);
        out.push(B64[(n >> 12) as usize & 63]);
        out.push(if chunk.len() > 1 {
            B64[(n >> 6) as usize & 63]
        } else {
            b'='
        });
        out.push(if chunk.len() > 2 {
            B64[n as usize & 63]
        } else {
            b'='
        });
    }
    if newline {
        out.push(b'\n');
    }
    Ok(vm.new_bytes(out))
}

fn b_a2b_base64(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    check_kw(vm, "a2b_base64", kw, &["strict_mode"])?;
    let a = crate::util::pos_args(vm, "a2b_base64", "a2b_base64", args, &[], 1, 1)?;
    let data = ascii_data(vm, &a[0])?;
    let strict = match kwarg(kw, "strict_mode") {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    if strict && data.first() == Some(&b'=') {
        return Err(error(vm, "Leading padding not allowed"));
    }
    let mut out = Vec::with_capacity(data.len() / 4 * 3);
    let mut quad = 0;
    let mut left: u32 = 0;
    let mut pads = 0;
    let mut padding_started = false;
    let mut chars = 0usize;
    for (i, &c) in data.iter().enumerate() {
        if c == b'=' {
            padding_started = true;
            // Pads count only once two data characters of the quad are in.
            if quad >= 2 {
                pads += 1;
            }
            if quad >= 2 && quad + pads >= 4 {
                // A complete padding ends the data.
                if strict && i + 1 < data.len() {
                    return Err(error(vm, "Excess data after padding"));
                }
                return Ok(vm.new_bytes(out));
            }
            continue;
        }
        let Some(v) = b64_value(c) else {
            if strict {
                return Err(error(vm, "Only base64 data is allowed"));
            }
            continue;
        };
        if strict && padding_started {
            return Err(error(vm, "Discontinuous padding not allowed"));
        }
        pads = 0;
        chars += 1;
        match quad {
            0 => {
                left = v;
                quad = 1;
            }
            1 => {
                out.push(((left << 2) | (v >> 4)) as u8);
                left = v & 0x0f;
                quad = 2;
            }
            2 => {
                out.push(((left << 4) | (v >> 2)) as u8);
                left = v & 0x03;
                quad = 3;
            }
            _ => {
                out.push(((left << 6) | v) as u8);
                left = 0;
                quad = 0;
            }
        }
    }
    match quad {
        0 => Ok(vm.new_bytes(out)),
        1 => Err(error(
            vm,
            format!(
                "Invalid base64-encoded string: number of data characters ({chars}) cannot be 1 more than a multiple of 4"
            ),
        )),
        _ => Err(error(vm, "Incorrect padding")),
    }
}

// ---- module ---------------------------------------------------------------------------------

fn new_error_class(vm: &mut Vm, name: &str, base: ObjRef) -> ObjRef {
    let e = types::new_type(
        vm.types.type_.clone(),
        name,
        vec![base],
        vm.new_dict(),
        Layout::Exception,
        types::FLAG_BASETYPE | types::FLAG_HAS_DICT,
    );
    types::set_linear_mro(&e);
    let modname = vm.new_str("binascii");
    vm.type_dict_set(&e, "__module__", modname);
    e
}

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("binascii");
    let funcs: &[(&'static str, NativeFn)] = &[
        ("crc32", b_crc32),
        ("crc_hqx", b_crc_hqx),
        ("hexlify", b_hexlify),
        ("b2a_hex", b_b2a_hex),
        ("unhexlify", b_unhexlify),
        ("a2b_hex", b_a2b_hex),
        ("b2a_base64", b_b2a_base64),
        ("a2b_base64", b_a2b_base64),
    ];
    add_functions(vm, &m, funcs);
    let ve = vm.types.value_error.clone();
    let err = new_error_class(vm, "Error", ve);
    ERROR.with(|x| x.set(vm, err.clone()));
    vm.module_set(&m, "Error", Value::Obj(err));
    let exc = vm.types.exception.clone();
    let inc = new_error_class(vm, "Incomplete", exc);
    vm.module_set(&m, "Incomplete", Value::Obj(inc));
    Ok(m)
}
