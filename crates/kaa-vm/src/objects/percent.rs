//! printf-style `str % args` (and the shared part of `bytes % args`): directives parsed by
//! kaa-fmt, arguments fetched in CPython's order (a single non-tuple argument, a tuple, or a
//! mapping for `%(key)s`), `*` widths and precisions, `%s %r %a %c` and the numeric
//! conversions with `__index__`/`__float__`/`__int__` coercion and CPython's errors.

use crate::object::Payload;
use crate::objects::num;
use crate::value::Value;
use crate::{PyResult, Vm};
use kaa_fmt::printf::{self, Count, NumSpec, Piece};

struct Args {
    items: Vec<Value>,
    pos: usize,
    mapping: Option<Value>,
    single: bool,
}

impl Args {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Value> {
        match self.items.get(self.pos) {
            Some(v) => {
                self.pos += 1;
                Ok(v.clone())
            }
            None => Err(vm.fmt_error(printf::not_enough_arguments())),
        }
    }
}

pub fn percent_format(vm: &mut Vm, fmt: &str, arg: &Value) -> PyResult<String> {
    let is_tuple = matches!(arg.payload(), Some(Payload::Tuple(_)));
    let is_mapping = !is_tuple
        && arg.as_str().is_none()
        && (matches!(arg.payload(), Some(Payload::Dict(_))) || {
            let tp = vm.type_of(arg);
            crate::types::lookup(&tp, "__getitem__").is_some()
                && !matches!(
                    arg.payload(),
                    Some(Payload::Tuple(_)) | Some(Payload::List(_)) | Some(Payload::Bytes(_))
                )
        });
    let mut args = Args {
        items: if is_tuple {
            vm.tuple_items(arg)
        } else {
            vec![arg.clone()]
        },
        pos: 0,
        mapping: if is_mapping { Some(arg.clone()) } else { None },
        single: !is_tuple,
    };
    let mut out = String::with_capacity(fmt.len() + 16);
    let mut used_mapping_key = false;
    for piece in printf::Parser::new_str(fmt) {
        let piece = piece.map_err(|e| vm.fmt_error(e))?;
        match piece {
            Piece::Literal(r) => out.push_str(&fmt[r]),
            Piece::Directive(d) => {
                let value = match &d.key {
                    Some(r) => {
                        let Some(m) = args.mapping.clone() else {
                            return Err(vm.fmt_error(printf::requires_mapping()));
                        };
                        used_mapping_key = true;
                        let k = vm.new_str(&fmt[r.clone()]);
                        // After a keyed directive, unkeyed ones find no argument (CPython).
                        args.pos = args.items.len();
                        Some(vm.getitem(&m, &k)?)
                    }
                    None => None,
                };
                let mut flags = d.flags;
                let width = match d.width {
                    Count::Absent => 0,
                    Count::Value(w) => w,
                    Count::Star => {
                        let w = args.next(vm)?;
                        let Value::Int(w) = w else {
                            return Err(vm.fmt_error(printf::star_wants_int()));
                        };
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
                        let p = args.next(vm)?;
                        let Value::Int(p) = p else {
                            return Err(vm.fmt_error(printf::star_wants_int()));
                        };
                        Some(p.max(0) as usize)
                    }
                };
                let v = match value {
                    Some(v) => v,
                    None => args.next(vm)?,
                };
                let spec = NumSpec {
                    flags,
                    width,
                    precision,
                    conv: d.conv,
                };
                let text = match d.conv {
                    's' | 'r' | 'a' => {
                        let s = match d.conv {
                            's' => vm.str_string(&v)?,
                            'r' => vm.repr_string(&v)?,
                            _ => {
                                let r = vm.ascii(&v)?;
                                r.as_str().unwrap_or("").to_string()
                            }
                        };
                        printf::pad_text(&s, &spec, true).map_err(|e| vm.fmt_error(e))?
                    }
                    'c' => {
                        let s = match (&v, v.as_str()) {
                            (_, Some(s)) if s.chars().count() == 1 => s.to_string(),
                            (Value::Int(i), _) => {
                                let c = printf::char_code(*i).map_err(|e| vm.fmt_error(e))?;
                                char::from_u32(c).unwrap_or('\u{fffd}').to_string()
                            }
                            _ => return Err(vm.fmt_error(printf::char_requires(false))),
                        };
                        printf::pad_text(&s, &spec, false).map_err(|e| vm.fmt_error(e))?
                    }
                    'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
                        let iv = match &v {
                            Value::Float(f) if matches!(d.conv, 'd' | 'i' | 'u') => {
                                let b = kaa_fmt::convert::f64_to_bigint(f.trunc())
                                    .map_err(|e| vm.fmt_error(e))?;
                                vm.new_int(b)
                            }
                            Value::Int(_) | Value::Bool(_) => v.clone(),
                            _ if num::as_int(&v).is_some() => v.clone(),
                            _ => {
                                let tp = vm.type_of(&v);
                                let has = |n| crate::types::lookup(&tp, n).is_some();
                                if matches!(d.conv, 'd' | 'i' | 'u')
                                    && has("__int__")
                                    && !has("__index__")
                                {
                                    vm.call_special(&v, "__int__", &[])?
                                        .unwrap_or(Value::Int(0))
                                } else if has("__index__") {
                                    vm.index(&v)?
                                } else {
                                    let n = vm.type_name(&v);
                                    return Err(vm.fmt_error(printf::bad_argument_type(d.conv, &n)));
                                }
                            }
                        };
                        match num::as_int(&iv) {
                            Some(num::IntRef::Small(i)) => {
                                printf::format_int(i, &spec).map_err(|e| vm.fmt_error(e))?
                            }
                            Some(num::IntRef::Big(b)) => {
                                printf::format_bigint(b, &spec, vm.max_str_digits)
                                    .map_err(|e| vm.fmt_error(e))?
                            }
                            None => String::new(),
                        }
                    }
                    'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                        let f = match num::as_float(vm, &v)? {
                            Some(f) => f,
                            None => match vm.call_special(&v, "__float__", &[])? {
                                Some(Value::Float(f)) => f,
                                _ => {
                                    let n = vm.type_name(&v);
                                    return Err(
                                        vm.type_error(format!("must be real number, not {n}"))
                                    );
                                }
                            },
                        };
                        printf::format_float(f, &spec).map_err(|e| vm.fmt_error(e))?
                    }
                    _ => return Err(vm.fmt_error(printf::unsupported_conversion(&d, false))),
                };
                out.push_str(&text);
            }
        }
    }
    if !used_mapping_key && args.mapping.is_none() && args.pos < args.items.len() {
        return Err(vm.fmt_error(printf::not_all_converted(false)));
    }
    if args.single && args.pos == 0 && args.mapping.is_none() && !args.items.is_empty() {
        return Err(vm.fmt_error(printf::not_all_converted(false)));
    }
    Ok(out)
}
