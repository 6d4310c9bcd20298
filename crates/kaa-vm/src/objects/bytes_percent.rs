//! printf-style `bytes % args` and `bytearray % args` (PEP 461, CPython 3.11): directives
//! parsed by kaa-fmt's bytes parser; arguments are a tuple, a single object, or a mapping
//! (anything subscriptable that is not a tuple, bytes or str) for `%(key)s` with bytes keys;
//! `%s`/`%b` take bytes-like objects or `__bytes__`, `%r`/`%a` give `ascii()`, `%c` an int
//! in range(256) or one byte, and the numeric conversions behave as for str.

use crate::objects::num;
use crate::value::Value;
use crate::{PyResult, Vm};
use kaa_fmt::printf::{self, Count, NumSpec, Piece};

/// Pads (and for `%s %r %a %b`, truncates to the precision) a byte string.
fn pad(text: &[u8], spec: &NumSpec, truncate: bool) -> Vec<u8> {
    let text = match spec.precision.filter(|_| truncate) {
        Some(p) if p < text.len() => &text[..p],
        _ => text,
    };
    let mut out = Vec::with_capacity(text.len().max(spec.width));
    let fill = spec.width.saturating_sub(text.len());
    if spec.flags.left {
        out.extend_from_slice(text);
        out.resize(out.len() + fill, b' ');
    } else {
        out.resize(fill, b' ');
        out.extend_from_slice(text);
    }
    out
}

fn star(vm: &mut Vm, v: Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(i),
        Value::Bool(b) => Ok(b as i64),
        _ => Err(vm.fmt_error(printf::star_wants_int())),
    }
}

/// `%s`/`%b`: the bytes of a bytes-like object or of `__bytes__`.
fn bytes_of(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = super::bytesobj::bytes_like(v) {
        return Ok(b);
    }
    if let Some(r) = vm.call_special(v, "__bytes__", &[])? {
        if let Some(b) = super::bytesobj::bytes_like(&r) {
            return Ok(b);
        }
        let n = vm.type_name(&r);
        return Err(vm.type_error(format!("__bytes__ returned non-bytes (type {n})")));
    }
    let n = vm.type_name(v);
    Err(vm.type_error(format!(
        "%b requires a bytes-like object, or an object that implements __bytes__, not '{n}'"
    )))
}

fn number(vm: &mut Vm, v: &Value, spec: &NumSpec) -> PyResult<String> {
    let conv = spec.conv;
    if matches!(conv, 'e' | 'E' | 'f' | 'F' | 'g' | 'G') {
        let f = match num::as_float(vm, v)? {
            Some(f) => f,
            None => match vm.call_special(v, "__float__", &[])? {
                Some(Value::Float(f)) => f,
                _ => {
                    let n = vm.type_name(v);
                    return Err(vm.type_error(format!("must be real number, not {n}")));
                }
            },
        };
        return printf::format_float(f, spec).map_err(|e| vm.fmt_error(e));
    }
    let iv = match v {
        Value::Float(f) if matches!(conv, 'd' | 'i' | 'u') => {
            let b = kaa_fmt::convert::f64_to_bigint(f.trunc()).map_err(|e| vm.fmt_error(e))?;
            vm.new_int(b)
        }
        Value::Int(_) | Value::Bool(_) => v.clone(),
        _ if num::as_int(v).is_some() => v.clone(),
        _ => {
            let tp = vm.type_of(v);
            let has = |n| crate::types::lookup(&tp, n).is_some();
            if matches!(conv, 'd' | 'i' | 'u') && has("__int__") && !has("__index__") {
                vm.call_special(v, "__int__", &[])?.unwrap_or(Value::Int(0))
            } else if has("__index__") {
                vm.index(v)?
            } else {
                let n = vm.type_name(v);
                return Err(vm.fmt_error(printf::bad_argument_type(conv, &n)));
            }
        }
    };
    match num::as_int(&iv) {
        Some(num::IntRef::Small(i)) => printf::format_int(i, spec).map_err(|e| vm.fmt_error(e)),
        Some(num::IntRef::Big(b)) => {
            printf::format_bigint(b, spec, vm.max_str_digits).map_err(|e| vm.fmt_error(e))
        }
        None => Ok(String::new()),
    }
}

/// Formats `fmt % arg` for bytes.
pub fn format(vm: &mut Vm, fmt: &[u8], arg: &Value) -> PyResult<Vec<u8>> {
    use crate::object::Payload;
    let is_tuple = matches!(arg.payload(), Some(Payload::Tuple(_)));
    let is_mapping = !is_tuple
        && arg.as_str().is_none()
        && !matches!(arg.payload(), Some(Payload::Bytes(_)))
        && {
            let tp = vm.type_of(arg);
            crate::types::lookup(&tp, "__getitem__").is_some()
        };
    let items: Vec<Value> = if is_tuple {
        vm.tuple_items(arg)
    } else {
        vec![arg.clone()]
    };
    let mut pos = 0usize;
    let mut out = Vec::with_capacity(fmt.len() + 16);
    let mut used_key = false;
    let next = |vm: &mut Vm, pos: &mut usize| -> PyResult<Value> {
        match items.get(*pos) {
            Some(v) => {
                *pos += 1;
                Ok(v.clone())
            }
            None => Err(vm.fmt_error(printf::not_enough_arguments())),
        }
    };
    for piece in printf::Parser::new_bytes(fmt) {
        let piece = piece.map_err(|e| vm.fmt_error(e))?;
        let d = match piece {
            Piece::Literal(r) => {
                out.extend_from_slice(fmt.get(r).unwrap_or(&[]));
                continue;
            }
            Piece::Directive(d) => d,
        };
        let keyed = match &d.key {
            Some(r) => {
                if !is_mapping {
                    return Err(vm.fmt_error(printf::requires_mapping()));
                }
                used_key = true;
                let k = vm.new_bytes(fmt.get(r.clone()).unwrap_or(&[]).to_vec());
                pos = items.len();
                Some(vm.getitem(arg, &k)?)
            }
            None => None,
        };
        let mut flags = d.flags;
        let width = match d.width {
            Count::Absent => 0,
            Count::Value(w) => w,
            Count::Star => {
                let w = next(vm, &mut pos)?;
                let w = star(vm, w)?;
                if w < 0 {
                    flags.left = true;
                }
                w.unsigned_abs() as usize
            }
        };
        let precision = match d.precision {
            Count::Absent => None,
            Count::Value(p) => Some(p),
            Count::Star => {
                let p = next(vm, &mut pos)?;
                Some(star(vm, p)?.max(0) as usize)
            }
        };
        let v = match keyed {
            Some(v) => v,
            None => next(vm, &mut pos)?,
        };
        let spec = NumSpec {
            flags,
            width,
            precision,
            conv: d.conv,
        };
        let piece: Vec<u8> = match d.conv {
            's' | 'b' => {
                let b = bytes_of(vm, &v)?;
                pad(&b, &spec, true)
            }
            'r' | 'a' => {
                let r = vm.ascii(&v)?;
                pad(r.as_str().unwrap_or("").as_bytes(), &spec, true)
            }
            'c' => {
                let b = match (&v, super::bytesobj::bytes_like(&v)) {
                    (_, Some(b))
                        if b.len() == 1 && !matches!(v.payload(), Some(Payload::Native(_))) =>
                    {
                        b[0]
                    }
                    (Value::Int(i), _) => printf::byte_code(*i).map_err(|e| vm.fmt_error(e))?,
                    (Value::Obj(o), _) if matches!(o.payload, Payload::Int(_)) => {
                        let n = super::argcheck::clamp_int(&v);
                        printf::byte_code(n).map_err(|e| vm.fmt_error(e))?
                    }
                    _ => return Err(vm.fmt_error(printf::char_requires(true))),
                };
                pad(&[b], &spec, false)
            }
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                number(vm, &v, &spec)?.into_bytes()
            }
            _ => return Err(vm.fmt_error(printf::unsupported_conversion(&d, true))),
        };
        out.extend_from_slice(&piece);
    }
    if !is_mapping && !used_key && pos < items.len() {
        return Err(vm.fmt_error(printf::not_all_converted(true)));
    }
    Ok(out)
}
