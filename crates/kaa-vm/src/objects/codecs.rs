//! Text encodings used by `str.encode`, `bytes.decode` and `str(bytes, encoding)`: UTF-8,
//! ASCII and Latin-1 with the `strict`, `replace`, `ignore` and `backslashreplace` error
//! handlers, and CPython's UnicodeDecodeError/UnicodeEncodeError messages.

use crate::{PyResult, Vm};

fn normalize(enc: &str) -> String {
    enc.to_ascii_lowercase().replace(['-', ' '], "_")
}

pub fn decode(vm: &mut Vm, b: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    match normalize(encoding).as_str() {
        "utf_8" | "utf8" | "u8" => match std::str::from_utf8(b) {
            Ok(s) => Ok(s.to_string()),
            Err(e) => {
                let pos = e.valid_up_to();
                match errors {
                    "replace" => Ok(String::from_utf8_lossy(b).into_owned()),
                    "ignore" => {
                        let lossy = String::from_utf8_lossy(b);
                        Ok(lossy.chars().filter(|&c| c != '\u{fffd}').collect())
                    }
                    _ => {
                        let end = pos + e.error_len().unwrap_or(b.len() - pos);
                        let reason = if e.error_len().is_none() {
                            "unexpected end of data"
                        } else {
                            "invalid start byte"
                        };
                        let c = vm.types.unicode_decode_error.clone();
                        Err(vm.new_exc(
                            &c,
                            format!(
                                "'utf-8' codec can't decode byte 0x{:02x} in position {}: {}",
                                b[pos],
                                pos,
                                if end - pos > 1 {
                                    "invalid continuation byte"
                                } else {
                                    reason
                                }
                            ),
                        ))
                    }
                }
            }
        },
        "ascii" | "us_ascii" => {
            let mut out = String::with_capacity(b.len());
            for (i, &c) in b.iter().enumerate() {
                if c < 128 {
                    out.push(c as char);
                } else {
                    match errors {
                        "replace" => out.push('\u{fffd}'),
                        "ignore" => {}
                        _ => {
                            let cls = vm.types.unicode_decode_error.clone();
                            return Err(vm.new_exc(&cls, format!("'ascii' codec can't decode byte 0x{c:02x} in position {i}: ordinal not in range(128)")));
                        }
                    }
                }
            }
            Ok(out)
        }
        "latin_1" | "latin1" | "iso_8859_1" | "iso8859_1" | "l1" => {
            Ok(b.iter().map(|&c| c as char).collect())
        }
        _ => {
            let c = vm.types.lookup_error.clone();
            Err(vm.new_exc(&c, format!("unknown encoding: {encoding}")))
        }
    }
}

pub fn encode(vm: &mut Vm, s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let limit = match normalize(encoding).as_str() {
        "utf_8" | "utf8" | "u8" => return Ok(s.as_bytes().to_vec()),
        "ascii" | "us_ascii" => 128u32,
        "latin_1" | "latin1" | "iso_8859_1" | "iso8859_1" | "l1" => 256,
        _ => {
            let c = vm.types.lookup_error.clone();
            return Err(vm.new_exc(&c, format!("unknown encoding: {encoding}")));
        }
    };
    let name = if limit == 128 { "ascii" } else { "latin-1" };
    let mut out = Vec::with_capacity(s.len());
    for (i, ch) in s.chars().enumerate() {
        let n = ch as u32;
        if n < limit {
            out.push(n as u8);
        } else {
            match errors {
                "replace" => out.push(b'?'),
                "ignore" => {}
                "backslashreplace" => {
                    let esc = if n < 0x100 {
                        format!("\\x{n:02x}")
                    } else if n < 0x10000 {
                        format!("\\u{n:04x}")
                    } else {
                        format!("\\U{n:08x}")
                    };
                    out.extend_from_slice(esc.as_bytes());
                }
                _ => {
                    let c = vm.types.unicode_encode_error.clone();
                    return Err(vm.new_exc(&c, format!("'{name}' codec can't encode character '\\u{n:04x}' in position {i}: ordinal not in range({limit})")));
                }
            }
        }
    }
    Ok(out)
}
