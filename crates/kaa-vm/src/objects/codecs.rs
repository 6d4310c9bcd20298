//! Text encodings used by `str.encode`, `bytes.decode` and `str(bytes, encoding)`: UTF-8,
//! ASCII, Latin-1, UTF-16 and UTF-32 (with and without byte order), with the `strict`,
//! `replace`, `ignore`, `backslashreplace` and (encoding) `xmlcharrefreplace` error handlers,
//! and CPython's UnicodeDecodeError/UnicodeEncodeError: their arguments
//! `(encoding, object, start, end, reason)`, attributes and messages; `surrogateescape` and
//! `surrogatepass` both ways (lone surrogates are stored as `kaa_syntax::surrogate` says).

use crate::exceptions::set_attr_raw;
use crate::object::Payload;
use crate::value::Value;
use crate::{PyErr, PyResult, Vm};
use kaa_syntax::surrogate;

fn normalize(enc: &str) -> String {
    enc.trim().to_ascii_lowercase().replace(['-', ' '], "_")
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Codec {
    Utf8,
    Ascii,
    Latin1,
    /// UTF-16/32: unit size, little endian, with a byte order mark.
    Utf16(bool, bool),
    Utf32(bool, bool),
    /// `unicode_escape` (true) and `raw_unicode_escape` (false).
    Escape(bool),
}

fn lookup(vm: &mut Vm, encoding: &str) -> PyResult<Codec> {
    Ok(match normalize(encoding).as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "cp65001" => Codec::Utf8,
        "ascii" | "us_ascii" | "646" => Codec::Ascii,
        "latin_1" | "latin1" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819" | "l1" | "latin" => {
            Codec::Latin1
        }
        "utf_16" | "utf16" | "u16" => Codec::Utf16(true, true),
        "utf_16_le" | "utf_16le" => Codec::Utf16(true, false),
        "utf_16_be" | "utf_16be" => Codec::Utf16(false, false),
        "utf_32" | "utf32" | "u32" => Codec::Utf32(true, true),
        "utf_32_le" | "utf_32le" => Codec::Utf32(true, false),
        "utf_32_be" | "utf_32be" => Codec::Utf32(false, false),
        "unicode_escape" => Codec::Escape(true),
        "raw_unicode_escape" => Codec::Escape(false),
        _ => {
            let c = vm.types.lookup_error.clone();
            return Err(vm.new_exc(&c, format!("unknown encoding: {encoding}")));
        }
    })
}

fn unit_name(unit: usize, le: bool) -> &'static str {
    match (unit, le) {
        (2, true) => "utf-16-le",
        (2, false) => "utf-16-be",
        (_, true) => "utf-32-le",
        (_, false) => "utf-32-be",
    }
}

fn unknown_handler(vm: &mut Vm, errors: &str) -> PyErr {
    let c = vm.types.lookup_error.clone();
    vm.new_exc(&c, format!("unknown error handler name '{errors}'"))
}

/// A UnicodeDecodeError with CPython's arguments and attributes.
pub fn decode_error(
    vm: &mut Vm,
    enc: &str,
    data: &[u8],
    start: usize,
    end: usize,
    reason: &str,
) -> PyErr {
    let cls = vm.types.unicode_decode_error.clone();
    let args = vec![
        vm.new_str(enc),
        vm.new_bytes(data.to_vec()),
        Value::Int(start as i64),
        Value::Int(end as i64),
        vm.new_str(reason),
    ];
    let e = vm.new_exc_args(&cls, args.clone());
    set_fields(vm, &e, &args);
    e
}

/// A UnicodeEncodeError with CPython's arguments and attributes.
pub fn encode_error(
    vm: &mut Vm,
    enc: &str,
    s: &str,
    start: usize,
    end: usize,
    reason: &str,
) -> PyErr {
    let cls = vm.types.unicode_encode_error.clone();
    let args = vec![
        vm.new_str(enc),
        vm.new_str(s),
        Value::Int(start as i64),
        Value::Int(end as i64),
        vm.new_str(reason),
    ];
    let e = vm.new_exc_args(&cls, args.clone());
    set_fields(vm, &e, &args);
    e
}

fn set_fields(vm: &mut Vm, e: &PyErr, args: &[Value]) {
    for (name, v) in ["encoding", "object", "start", "end", "reason"]
        .iter()
        .zip(args)
    {
        set_attr_raw(vm, &e.0, name, v.clone());
    }
}

/// How a decoder handles the bad bytes `data[start..end]`.
fn decode_bad(
    vm: &mut Vm,
    out: &mut String,
    enc: &str,
    data: &[u8],
    (start, end): (usize, usize),
    reason: &str,
    errors: &str,
) -> PyResult<()> {
    match errors {
        "strict" => Err(decode_error(vm, enc, data, start, end, reason)),
        "replace" => {
            out.push('\u{fffd}');
            Ok(())
        }
        "ignore" => Ok(()),
        "backslashreplace" => {
            for b in data.get(start..end).unwrap_or(&[]) {
                out.push_str(&format!("\\x{b:02x}"));
            }
            Ok(())
        }
        "surrogateescape" => {
            let bad = data.get(start..end).unwrap_or(&[]);
            if bad.iter().any(|&b| b < 0x80) {
                return Err(decode_error(vm, enc, data, start, end, reason));
            }
            for &b in bad {
                out.push(surrogate::encode(0xdc00 + b as u32));
            }
            Ok(())
        }
        "surrogatepass" => Err(decode_error(vm, enc, data, start, end, reason)),
        _ => Err(unknown_handler(vm, errors)),
    }
}

fn decode_utf8(vm: &mut Vm, b: &[u8], errors: &str) -> PyResult<String> {
    let mut out = String::with_capacity(b.len());
    let mut pos = 0;
    while pos < b.len() {
        match std::str::from_utf8(&b[pos..]) {
            Ok(s) => {
                out.push_str(s);
                break;
            }
            Err(e) => {
                let good = e.valid_up_to();
                out.push_str(std::str::from_utf8(&b[pos..pos + good]).unwrap_or(""));
                let start = pos + good;
                if errors == "surrogatepass" {
                    if let [0xed, b1 @ 0xa0..=0xbf, b2 @ 0x80..=0xbf, ..] = b[start..] {
                        let cp = 0xd000 | ((b1 as u32 & 0x3f) << 6) | (b2 as u32 & 0x3f);
                        out.push(surrogate::encode(cp));
                        pos = start + 3;
                        continue;
                    }
                }
                let (end, reason) = match e.error_len() {
                    None => (b.len(), "unexpected end of data"),
                    Some(n) => {
                        let lead = b.get(start).copied().unwrap_or(0);
                        let reason = if n > 1 || (0xc2..=0xf4).contains(&lead) {
                            "invalid continuation byte"
                        } else {
                            "invalid start byte"
                        };
                        (start + n, reason)
                    }
                };
                decode_bad(vm, &mut out, "utf-8", b, (start, end), reason, errors)?;
                pos = end;
            }
        }
    }
    Ok(out)
}

fn decode_units(
    vm: &mut Vm,
    b: &[u8],
    unit: usize,
    le: bool,
    bom: bool,
    errors: &str,
) -> PyResult<String> {
    let mut le = le;
    let mut pos = 0;
    if bom {
        let (lebom, bebom): (&[u8], &[u8]) = if unit == 2 {
            (b"\xff\xfe", b"\xfe\xff")
        } else {
            (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")
        };
        if b.starts_with(lebom) {
            pos = unit;
        } else if b.starts_with(bebom) {
            le = false;
            pos = unit;
        }
    }
    let name = unit_name(unit, le);
    let read = |i: usize| -> Option<u32> {
        let c = b.get(i..i + unit)?;
        Some(if unit == 2 {
            let v = [c[0], c[1]];
            (if le {
                u16::from_le_bytes(v)
            } else {
                u16::from_be_bytes(v)
            }) as u32
        } else {
            let v = [c[0], c[1], c[2], c[3]];
            if le {
                u32::from_le_bytes(v)
            } else {
                u32::from_be_bytes(v)
            }
        })
    };
    let mut out = String::with_capacity(b.len() / unit);
    while pos < b.len() {
        let Some(u) = read(pos) else {
            decode_bad(
                vm,
                &mut out,
                name,
                b,
                (pos, b.len()),
                "truncated data",
                errors,
            )?;
            break;
        };
        if unit == 4 {
            match char::from_u32(u) {
                Some(c) => out.push(c),
                None if errors == "surrogatepass" && surrogate::is_surrogate(u) => {
                    out.push(surrogate::encode(u));
                }
                None => {
                    let reason = if u > 0x10ffff {
                        "code point not in range(0x110000)"
                    } else {
                        "code point in surrogate code point range(0xd800, 0xe000)"
                    };
                    decode_bad(vm, &mut out, name, b, (pos, pos + 4), reason, errors)?;
                }
            }
            pos += 4;
            continue;
        }
        if !(0xd800..0xe000).contains(&u) {
            out.push(char::from_u32(u).unwrap_or('\u{fffd}'));
            pos += 2;
            continue;
        }
        if errors == "surrogatepass"
            && (u >= 0xdc00 || !read(pos + 2).is_some_and(|lo| (0xdc00..0xe000).contains(&lo)))
        {
            out.push(surrogate::encode(u));
            pos += 2;
            continue;
        }
        if u >= 0xdc00 {
            decode_bad(
                vm,
                &mut out,
                name,
                b,
                (pos, pos + 2),
                "illegal encoding",
                errors,
            )?;
            pos += 2;
            continue;
        }
        match read(pos + 2) {
            None => {
                decode_bad(
                    vm,
                    &mut out,
                    name,
                    b,
                    (pos, b.len()),
                    "unexpected end of data",
                    errors,
                )?;
                break;
            }
            Some(lo) if (0xdc00..0xe000).contains(&lo) => {
                let c = 0x10000 + ((u - 0xd800) << 10) + (lo - 0xdc00);
                out.push(char::from_u32(c).unwrap_or('\u{fffd}'));
                pos += 4;
            }
            Some(_) => {
                decode_bad(
                    vm,
                    &mut out,
                    name,
                    b,
                    (pos, pos + 2),
                    "illegal UTF-16 surrogate",
                    errors,
                )?;
                pos += 2;
            }
        }
    }
    Ok(out)
}

pub fn decode(vm: &mut Vm, b: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    match lookup(vm, encoding)? {
        Codec::Utf8 => decode_utf8(vm, b, errors),
        Codec::Ascii => {
            let mut out = String::with_capacity(b.len());
            let mut i = 0;
            while i < b.len() {
                let c = b[i];
                if c < 128 {
                    out.push(c as char);
                } else {
                    decode_bad(
                        vm,
                        &mut out,
                        "ascii",
                        b,
                        (i, i + 1),
                        "ordinal not in range(128)",
                        errors,
                    )?;
                }
                i += 1;
            }
            Ok(out)
        }
        Codec::Latin1 => Ok(b.iter().map(|&c| c as char).collect()),
        Codec::Utf16(le, bom) => decode_units(vm, b, 2, le, bom, errors),
        Codec::Utf32(le, bom) => decode_units(vm, b, 4, le, bom, errors),
        Codec::Escape(full) => decode_escape(vm, b, full, errors),
    }
}

/// Decodes `unicode_escape` (every Python escape) or `raw_unicode_escape` (only `\u` and
/// `\U`); other bytes are Latin-1.
fn decode_escape(vm: &mut Vm, b: &[u8], full: bool, errors: &str) -> PyResult<String> {
    let name = if full {
        "unicodeescape"
    } else {
        "rawunicodeescape"
    };
    let mut out = String::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c != b'\\' || i + 1 >= b.len() {
            if c == b'\\' && full {
                decode_bad(
                    vm,
                    &mut out,
                    name,
                    b,
                    (i, b.len()),
                    "\\ at end of string",
                    errors,
                )?;
                break;
            }
            out.push(c as char);
            i += 1;
            continue;
        }
        let e = b[i + 1];
        let hex_len = match e {
            b'x' if full => 2,
            b'u' => 4,
            b'U' => 8,
            _ => 0,
        };
        if hex_len > 0 {
            let digits = b
                .get(i + 2..i + 2 + hex_len)
                .filter(|d| d.iter().all(u8::is_ascii_hexdigit));
            let value = digits
                .and_then(|d| std::str::from_utf8(d).ok())
                .and_then(|d| u32::from_str_radix(d, 16).ok());
            match value {
                Some(v) => match char::from_u32(v) {
                    Some(ch) => out.push(ch),
                    None => {
                        let end = i + 2 + hex_len;
                        decode_bad(
                            vm,
                            &mut out,
                            name,
                            b,
                            (i, end),
                            "illegal Unicode character",
                            errors,
                        )?;
                    }
                },
                None => {
                    let mut end = i + 2;
                    while end < b.len() && end < i + 2 + hex_len && b[end].is_ascii_hexdigit() {
                        end += 1;
                    }
                    let reason = match e {
                        b'x' => "truncated \\xXX escape",
                        b'u' => "truncated \\uXXXX escape",
                        _ => "truncated \\UXXXXXXXX escape",
                    };
                    decode_bad(vm, &mut out, name, b, (i, end), reason, errors)?;
                    i = end;
                    continue;
                }
            }
            i += 2 + hex_len;
            continue;
        }
        if !full {
            out.push('\\');
            i += 1;
            continue;
        }
        i += 2;
        match e {
            b'\n' => {}
            b'\\' => out.push('\\'),
            b'\'' => out.push('\''),
            b'"' => out.push('"'),
            b'a' => out.push('\x07'),
            b'b' => out.push('\x08'),
            b'f' => out.push('\x0c'),
            b'n' => out.push('\n'),
            b'r' => out.push('\r'),
            b't' => out.push('\t'),
            b'v' => out.push('\x0b'),
            b'0'..=b'7' => {
                let mut v = (e - b'0') as u32;
                let mut k = 0;
                while k < 2 && i < b.len() && (b'0'..=b'7').contains(&b[i]) {
                    v = v * 8 + (b[i] - b'0') as u32;
                    i += 1;
                    k += 1;
                }
                out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
            }
            _ => {
                out.push('\\');
                out.push(e as char);
            }
        }
    }
    Ok(out)
}

/// `unicode_escape` (full) or `raw_unicode_escape` encoding.
fn encode_escape(s: &str, full: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        let n = surrogate::code_point(c);
        match c {
            '\\' if full => out.extend_from_slice(b"\\\\"),
            '\t' if full => out.extend_from_slice(b"\\t"),
            '\n' if full => out.extend_from_slice(b"\\n"),
            '\r' if full => out.extend_from_slice(b"\\r"),
            _ if full && (n < 0x20 || (0x7f..0x100).contains(&n)) => {
                out.extend_from_slice(escape_char(n).as_bytes())
            }
            _ if n < 0x100 => out.push(n as u8),
            _ => out.extend_from_slice(escape_char(n).as_bytes()),
        }
    }
    out
}

pub(crate) fn escape_char(n: u32) -> String {
    if n < 0x100 {
        format!("\\x{n:02x}")
    } else if n < 0x10000 {
        format!("\\u{n:04x}")
    } else {
        format!("\\U{n:08x}")
    }
}

pub fn encode(vm: &mut Vm, s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = lookup(vm, encoding)?;
    if !surrogate::contains(s) {
        match codec {
            Codec::Utf8 => return Ok(s.as_bytes().to_vec()),
            Codec::Utf16(le, bom) => {
                let mut out = Vec::with_capacity(s.len() * 2 + 2);
                if bom {
                    out.extend_from_slice(b"\xff\xfe");
                }
                for u in s.encode_utf16() {
                    out.extend_from_slice(&if le || bom {
                        u.to_le_bytes()
                    } else {
                        u.to_be_bytes()
                    });
                }
                return Ok(out);
            }
            Codec::Escape(full) => return Ok(encode_escape(s, full)),
            _ => {}
        }
    }
    if let Codec::Escape(full) = codec {
        return Ok(encode_escape(s, full));
    }
    encode_code_points(vm, s, codec, errors)
}

/// The general encoder: code point by code point (lone surrogates included), runs of
/// characters the codec cannot encode going to the error handler.
fn encode_code_points(vm: &mut Vm, s: &str, codec: Codec, errors: &str) -> PyResult<Vec<u8>> {
    let cps: Vec<u32> = s.chars().map(surrogate::code_point).collect();
    let (name, limit): (&str, u32) = match codec {
        Codec::Ascii => ("ascii", 0x80),
        Codec::Latin1 => ("latin-1", 0x100),
        Codec::Utf8 => ("utf-8", 0x11_0000),
        Codec::Utf16(_, true) => ("utf-16", 0x11_0000),
        Codec::Utf32(_, true) => ("utf-32", 0x11_0000),
        Codec::Utf16(le, false) => (unit_name(2, le), 0x11_0000),
        Codec::Utf32(le, false) => (unit_name(4, le), 0x11_0000),
        Codec::Escape(_) => ("unicode_escape", 0x11_0000),
    };
    let encodable = |cp: u32| cp < limit && !surrogate::is_surrogate(cp);
    let mut out = Vec::with_capacity(s.len() + 4);
    match codec {
        Codec::Utf16(_, true) => out.extend_from_slice(b"\xff\xfe"),
        Codec::Utf32(_, true) => out.extend_from_slice(b"\xff\xfe\x00\x00"),
        _ => {}
    }
    let mut i = 0;
    while i < cps.len() {
        if encodable(cps[i]) {
            push_code_point(&mut out, codec, cps[i]);
            i += 1;
            continue;
        }
        // UTF-16/32 hand their error handler one character at a time, and encode what it
        // returns with the codec; the others take the whole run and write bytes.
        let units = matches!(codec, Codec::Utf16(..) | Codec::Utf32(..));
        let mut end = i + 1;
        while !units && cps.get(end).is_some_and(|&c| !encodable(c)) {
            end += 1;
        }
        let mut text = String::new();
        let strict = |vm: &mut Vm| {
            let reason = if limit > 0x10_ffff {
                "surrogates not allowed".to_string()
            } else {
                format!("ordinal not in range({limit})")
            };
            encode_error(vm, name, s, i, end, &reason)
        };
        let run = &cps[i..end];
        match errors {
            "strict" => return Err(strict(vm)),
            "replace" => text.extend(run.iter().map(|_| '?')),
            "ignore" => {}
            "backslashreplace" => run.iter().for_each(|&c| text.push_str(&escape_char(c))),
            "xmlcharrefreplace" => run.iter().for_each(|&c| text.push_str(&format!("&#{c};"))),
            "surrogatepass" if limit > 0x10_ffff => {
                for &c in run {
                    push_code_point(&mut out, codec, c);
                }
            }
            "surrogateescape" => {
                if units || !run.iter().all(|c| (0xdc80..=0xdcff).contains(c)) {
                    return Err(strict(vm));
                }
                out.extend(run.iter().map(|c| (c - 0xdc00) as u8));
            }
            "surrogatepass" => return Err(strict(vm)),
            _ => return Err(unknown_handler(vm, errors)),
        }
        for c in text.chars() {
            push_code_point(&mut out, codec, c as u32);
        }
        i = end;
    }
    Ok(out)
}

/// Appends code point `cp` (surrogates included, as `surrogatepass` writes them).
fn push_code_point(out: &mut Vec<u8>, codec: Codec, cp: u32) {
    match codec {
        Codec::Utf8 => match char::from_u32(cp) {
            Some(c) => out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes()),
            // A surrogate: the three-byte form UTF-8 would give it.
            None => out.extend_from_slice(&[
                0xe0 | (cp >> 12) as u8,
                0x80 | ((cp >> 6) & 0x3f) as u8,
                0x80 | (cp & 0x3f) as u8,
            ]),
        },
        Codec::Utf16(le, bom) => {
            let mut units = [0u16; 2];
            let units: &[u16] = if cp >= 0x1_0000 {
                let v = cp - 0x1_0000;
                units[0] = 0xd800 | (v >> 10) as u16;
                units[1] = 0xdc00 | (v & 0x3ff) as u16;
                &units
            } else {
                units[0] = cp as u16;
                &units[..1]
            };
            for u in units {
                out.extend_from_slice(&if le || bom {
                    u.to_le_bytes()
                } else {
                    u.to_be_bytes()
                });
            }
        }
        Codec::Utf32(le, bom) => out.extend_from_slice(&if le || bom {
            cp.to_le_bytes()
        } else {
            cp.to_be_bytes()
        }),
        Codec::Ascii | Codec::Latin1 | Codec::Escape(_) => out.push(cp as u8),
    }
}

// ---- UnicodeDecodeError / UnicodeEncodeError ------------------------------------------------

fn attr(vm: &mut Vm, e: &Value, name: &str) -> PyResult<Value> {
    vm.getattr(e, name)
}

fn int_attr(vm: &mut Vm, e: &Value, name: &str) -> PyResult<i64> {
    let v = attr(vm, e, name)?;
    vm.index_i64(&v)
}

fn ue_init(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(Value::Obj(o)) = args.first() else {
        return Ok(Value::None);
    };
    let cls = o.class();
    let decode = crate::types::is_subtype(&cls, &vm.types.unicode_decode_error);
    let translate = crate::types::is_subtype(&cls, &vm.types.unicode_translate_error);
    let name = if decode {
        "UnicodeDecodeError"
    } else if translate {
        "UnicodeTranslateError"
    } else {
        "UnicodeEncodeError"
    };
    if !kw.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    let a = &args[1..];
    let want = if translate { 4 } else { 5 };
    if a.len() != want {
        return Err(vm.type_error(format!(
            "function takes exactly {want} arguments ({} given)",
            a.len()
        )));
    }
    if translate {
        // (object, start, end, reason): the checks of the encoder's last four.
        check_str(vm, &a[0], 1)?;
        vm.index_i64(&a[1])?;
        vm.index_i64(&a[2])?;
        check_str(vm, &a[3], 4)?;
        if let Payload::Exception(ex) = &o.payload {
            ex.borrow_mut().args = vm.new_tuple(a.to_vec());
        }
        for (n, v) in ["object", "start", "end", "reason"].iter().zip(a) {
            set_attr_raw(vm, o, n, v.clone());
        }
        return Ok(Value::None);
    }
    let check = |vm: &mut Vm, v: &Value, i: usize, want: &str, ok: bool| -> PyResult<()> {
        if ok {
            return Ok(());
        }
        let n = vm.type_name(v);
        Err(vm.type_error(format!("argument {i} must be {want}, not {n}")))
    };
    check(vm, &a[0], 1, "str", a[0].as_str().is_some())?;
    if decode {
        let ok = super::bytesobj::bytes_like(&a[1]).is_some();
        check(vm, &a[1], 2, "bytes-like object", ok)?;
    } else {
        check(vm, &a[1], 2, "str", a[1].as_str().is_some())?;
    }
    vm.index_i64(&a[2])?;
    vm.index_i64(&a[3])?;
    check(vm, &a[4], 5, "str", a[4].as_str().is_some())?;
    let mut fields = a.to_vec();
    if decode {
        if let Some(b) = super::bytesobj::bytes_like(&a[1]) {
            fields[1] = vm.new_bytes(b);
        }
    }
    if let Payload::Exception(ex) = &o.payload {
        ex.borrow_mut().args = vm.new_tuple(a.to_vec());
    }
    set_fields(vm, &PyErr(o.clone()), &fields);
    Ok(Value::None)
}

fn ue_str(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(o) = args[0].as_obj() else {
        return Ok(vm.new_str(""));
    };
    let s = unicode_error_str(vm, o)?;
    Ok(vm.new_string(s))
}

fn check_str(vm: &mut Vm, v: &Value, i: usize) -> PyResult<()> {
    if v.as_str().is_some() {
        return Ok(());
    }
    let n = vm.type_name(v);
    Err(vm.type_error(format!("argument {i} must be str, not {n}")))
}

/// `str()` of a UnicodeDecodeError/UnicodeEncodeError/UnicodeTranslateError, from its
/// attributes (CPython's "'utf-8' codec can't decode byte 0xff in position 0: invalid
/// start byte").
pub fn unicode_error_str(vm: &mut Vm, o: &crate::object::ObjRef) -> PyResult<String> {
    let e = Value::Obj(o.clone());
    let decode = crate::types::is_subtype(&o.class(), &vm.types.unicode_decode_error);
    let has = o
        .dict()
        .is_some_and(|d| vm.dict_get_str(&d, "object").is_some());
    if !has {
        return Ok(String::new());
    }
    let translate = crate::types::is_subtype(&o.class(), &vm.types.unicode_translate_error);
    let enc = if translate {
        String::new()
    } else {
        let enc = attr(vm, &e, "encoding")?;
        vm.str_string(&enc)?
    };
    let what = if translate {
        "can't translate".to_string()
    } else {
        format!("'{enc}' codec can't encode")
    };
    let obj = attr(vm, &e, "object")?;
    let start = int_attr(vm, &e, "start")?;
    let end = int_attr(vm, &e, "end")?;
    let reason = attr(vm, &e, "reason")?;
    let reason = vm.str_string(&reason)?;
    let s = if decode {
        let data = super::bytesobj::bytes_like(&obj).unwrap_or_default();
        match usize::try_from(start).ok().and_then(|i| data.get(i)) {
            Some(b) if end == start + 1 => {
                format!("'{enc}' codec can't decode byte 0x{b:02x} in position {start}: {reason}")
            }
            _ => format!(
                "'{enc}' codec can't decode bytes in position {start}-{}: {reason}",
                end - 1
            ),
        }
    } else {
        let text = obj.as_str().unwrap_or("");
        match usize::try_from(start)
            .ok()
            .and_then(|i| text.chars().nth(i))
        {
            Some(c) if end == start + 1 => format!(
                "{what} character '{}' in position {start}: {reason}",
                escape_char(surrogate::code_point(c))
            ),
            _ => format!(
                "{what} characters in position {start}-{}: {reason}",
                end - 1
            ),
        }
    };
    Ok(s)
}

pub fn init(vm: &mut Vm) {
    for t in [
        vm.types.unicode_decode_error.clone(),
        vm.types.unicode_encode_error.clone(),
        vm.types.unicode_translate_error.clone(),
    ] {
        vm.add_method(&t, "__init__", ue_init);
        vm.add_method(&t, "__str__", ue_str);
    }
}
