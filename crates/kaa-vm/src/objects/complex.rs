//! complex numbers: construction and the value used by literals and float powers. The
//! arithmetic methods are added by the numeric-tower work; repr follows CPython.

use crate::object::{Object, Payload};
use crate::value::Value;
use crate::{PyResult, Vm};

pub fn new_complex(vm: &Vm, re: f64, im: f64) -> Value {
    Value::Obj(Object::new(
        vm.types.complex.clone(),
        Payload::Complex(re, im),
    ))
}

pub fn as_complex(vm: &mut Vm, v: &Value) -> PyResult<Option<(f64, f64)>> {
    Ok(match v.payload() {
        Some(Payload::Complex(r, i)) => Some((*r, *i)),
        _ => super::num::as_float(vm, v)?.map(|f| (f, 0.0)),
    })
}

/// `complex(str)`: `a`, `bj`, `a+bj`, `a-bj`, `j`, optionally in parentheses, with
/// surrounding whitespace, as CPython's parser accepts them.
fn parse_complex(s: &str) -> Option<(f64, f64)> {
    let mut t = s.trim();
    if t.starts_with('(') && t.ends_with(')') && t.len() >= 2 {
        t = t[1..t.len() - 1].trim();
    }
    if t.is_empty() || t.contains(char::is_whitespace) {
        return None;
    }
    let imag_of = |p: &str| -> Option<f64> {
        match p {
            "" | "+" => Some(1.0),
            "-" => Some(-1.0),
            _ => kaa_fmt::parse::parse_float(p),
        }
    };
    let Some(body) = t.strip_suffix(['j', 'J']) else {
        return kaa_fmt::parse::parse_float(t).map(|r| (r, 0.0));
    };
    // Find the sign that splits real and imaginary parts (not one after an exponent 'e').
    let bytes = body.as_bytes();
    let mut split = None;
    for i in (1..bytes.len()).rev() {
        if (bytes[i] == b'+' || bytes[i] == b'-') && !matches!(bytes[i - 1], b'e' | b'E') {
            split = Some(i);
            break;
        }
    }
    match split {
        Some(i) => {
            let re = kaa_fmt::parse::parse_float(&body[..i])?;
            let im = imag_of(&body[i..])?;
            Some((re, im))
        }
        None => imag_of(body).map(|im| (0.0, im)),
    }
}

/// A constructor argument as CPython's `complex_new` sees it: a complex value (from a
/// complex or `__complex__`), or a real one (from `__float__` or `__index__`); None when the
/// object is not a number.
fn number_arg(vm: &mut Vm, v: &Value) -> PyResult<Option<((f64, f64), bool)>> {
    if let Some(Payload::Complex(r, i)) = v.payload() {
        return Ok(Some(((*r, *i), true)));
    }
    let tp = vm.type_of(v);
    if crate::types::lookup(&tp, "__complex__").is_some() {
        let r = vm.call_method(v, "__complex__", &[])?;
        return match r.payload() {
            Some(Payload::Complex(a, b)) => Ok(Some(((*a, *b), true))),
            _ => {
                let n = vm.type_name(&r);
                Err(vm.type_error(format!("__complex__ returned non-complex (type {n})")))
            }
        };
    }
    if let Some(f) = super::num::as_float(vm, v)? {
        return Ok(Some(((f, 0.0), false)));
    }
    if crate::types::lookup(&tp, "__float__").is_some()
        || crate::types::lookup(&tp, "__index__").is_some()
    {
        let f = super::numobj::float_from_value(vm, v)?;
        return Ok(Some(((f, 0.0), false)));
    }
    Ok(None)
}

fn complex_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cls = match args.first() {
        Some(Value::Obj(c)) => c.clone(),
        _ => vm.types.complex.clone(),
    };
    let mut real = args.get(1).cloned();
    let mut imag = args.get(2).cloned();
    if args.len() > 3 {
        return Err(vm.type_error(format!(
            "complex() takes at most 2 arguments ({} given)",
            args.len() - 1
        )));
    }
    for (k, v) in kw {
        let (slot, pos) = match k.as_str() {
            Some("real") => (&mut real, 1),
            Some("imag") => (&mut imag, 2),
            _ => {
                let ks = vm.str_string(k)?;
                return Err(vm.type_error(format!(
                    "'{ks}' is an invalid keyword argument for complex()"
                )));
            }
        };
        if slot.is_some() {
            let ks = vm.str_string(k)?;
            return Err(vm.type_error(format!(
                "argument for complex() given by name ('{ks}') and position ({pos})"
            )));
        }
        *slot = Some(v.clone());
    }
    let make = |vm: &mut Vm, r: f64, i: f64| -> Value {
        if std::rc::Rc::ptr_eq(&cls, &vm.types.complex) {
            new_complex(vm, r, i)
        } else {
            Value::Obj(super::typeobj::new_instance(
                vm,
                &cls,
                Payload::Complex(r, i),
            ))
        }
    };
    if let Some(s) = real.as_ref().and_then(|v| v.as_str()) {
        if imag.is_some() {
            return Err(vm.type_error("complex() can't take second arg if first is a string"));
        }
        return match parse_complex(s) {
            Some((r, i)) => Ok(make(vm, r, i)),
            None => Err(vm.value_error("complex() arg is a malformed string")),
        };
    }
    if let Some(i) = imag.as_ref().filter(|v| v.as_str().is_some()) {
        let _ = i;
        return Err(vm.type_error("complex() second arg can't be a string"));
    }
    // A bare complex passes through unchanged, as CPython returns the same object.
    if let (Some(r), None) = (&real, &imag) {
        if r.as_obj().is_some_and(|o| o.class_is(&vm.types.complex))
            && std::rc::Rc::ptr_eq(&cls, &vm.types.complex)
        {
            return Ok(r.clone());
        }
    }
    let (cr, cr_complex) = match &real {
        None => ((0.0, 0.0), false),
        Some(v) => match number_arg(vm, v)? {
            Some(x) => x,
            None => {
                let n = vm.type_name(v);
                return Err(vm.type_error(format!(
                    "complex() first argument must be a string or a number, not '{n}'"
                )));
            }
        },
    };
    let (ci, ci_complex) = match &imag {
        // Without an imaginary argument the real argument's own imaginary part is kept
        // as is (so `complex(complex(0, -0.0))` keeps its signed zero).
        None => ((cr.1, 0.0), false),
        Some(v) => match number_arg(vm, v)? {
            Some(x) => x,
            None => {
                let n = vm.type_name(v);
                return Err(vm.type_error(format!(
                    "complex() second argument must be a number, not '{n}'"
                )));
            }
        },
    };
    let mut re = cr.0;
    let mut im = ci.0;
    if ci_complex {
        re -= ci.1;
    }
    if cr_complex && imag.is_some() {
        im += cr.1;
    }
    Ok(make(vm, re, im))
}

fn parts(vm: &mut Vm, v: &Value) -> PyResult<(f64, f64)> {
    match v.payload() {
        Some(Payload::Complex(r, i)) => Ok((*r, *i)),
        _ => Err(vm.type_error("descriptor requires a 'complex' object")),
    }
}

fn real(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::float(parts(vm, v)?.0))
}

fn imag(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::float(parts(vm, v)?.1))
}

fn c_repr(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (r, i) = parts(vm, &args[0])?;
    Ok(vm.new_string(kaa_fmt::float_repr::complex_repr(r, i)))
}

macro_rules! c_binop {
    ($name:ident, $rname:ident, $f:expr) => {
        fn $name(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
            let a = parts(vm, &args[0])?;
            let Some(b) = as_complex(vm, args.get(1).unwrap_or(&Value::None))? else {
                return Ok(vm.not_implemented.clone());
            };
            let f: fn(&mut Vm, (f64, f64), (f64, f64)) -> PyResult<(f64, f64)> = $f;
            let (r, i) = f(vm, a, b)?;
            Ok(new_complex(vm, r, i))
        }
        fn $rname(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
            let a = parts(vm, &args[0])?;
            let Some(b) = as_complex(vm, args.get(1).unwrap_or(&Value::None))? else {
                return Ok(vm.not_implemented.clone());
            };
            let f: fn(&mut Vm, (f64, f64), (f64, f64)) -> PyResult<(f64, f64)> = $f;
            let (r, i) = f(vm, b, a)?;
            Ok(new_complex(vm, r, i))
        }
    };
}

c_binop!(c_add, c_radd, |_, a, b| Ok((a.0 + b.0, a.1 + b.1)));
c_binop!(c_sub, c_rsub, |_, a, b| Ok((a.0 - b.0, a.1 - b.1)));
c_binop!(c_mul, c_rmul, |_, a, b| Ok((
    a.0 * b.0 - a.1 * b.1,
    a.0 * b.1 + a.1 * b.0
)));
/// Complex division scaled by the larger component of the divisor (Smith's method, as
/// CPython's `_Py_c_quot`), which avoids needless overflow and fixes the rounding.
fn quot(vm: &mut Vm, a: (f64, f64), b: (f64, f64)) -> PyResult<(f64, f64)> {
    let (abs_br, abs_bi) = (b.0.abs(), b.1.abs());
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return Err(vm.zero_division("complex division by zero"));
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Ok(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_bi >= abs_br {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Ok(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        Ok((f64::NAN, f64::NAN))
    }
}

c_binop!(c_div, c_rdiv, quot);

fn cpow(vm: &mut Vm, a: (f64, f64), b: (f64, f64)) -> PyResult<(f64, f64)> {
    if b == (0.0, 0.0) {
        return Ok((1.0, 0.0));
    }
    if a == (0.0, 0.0) {
        if b.1 != 0.0 || b.0 < 0.0 {
            return Err(vm.zero_division("0.0 to a negative or complex power"));
        }
        return Ok((0.0, 0.0));
    }
    // Small integral exponents by repeated multiplication (exact like CPython's c_powi).
    if b.1 == 0.0 && b.0 == b.0.trunc() && b.0.abs() <= 100.0 {
        let n = b.0 as i64;
        let mut r = (1.0, 0.0);
        let mut base = a;
        let mut e = n.unsigned_abs();
        while e > 0 {
            if e & 1 == 1 {
                r = (r.0 * base.0 - r.1 * base.1, r.0 * base.1 + r.1 * base.0);
            }
            base = (base.0 * base.0 - base.1 * base.1, 2.0 * base.0 * base.1);
            e >>= 1;
        }
        if n < 0 {
            let d = r.0 * r.0 + r.1 * r.1;
            r = (r.0 / d, -r.1 / d);
        }
        return Ok(r);
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    Ok((len * phase.cos(), len * phase.sin()))
}

c_binop!(c_pow, c_rpow, cpow);

fn c_eq(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = parts(vm, &args[0])?;
    match as_complex(vm, args.get(1).unwrap_or(&Value::None))? {
        Some(b) => Ok(Value::Bool(a == b)),
        None => Ok(vm.not_implemented.clone()),
    }
}

fn c_abs(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (r, i) = parts(vm, &args[0])?;
    Ok(Value::float(r.hypot(i)))
}

fn c_pos(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (r, i) = parts(vm, &args[0])?;
    Ok(new_complex(vm, r, i))
}

fn c_ne(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    match c_eq(vm, args, kw)? {
        Value::Bool(b) => Ok(Value::Bool(!b)),
        other => Ok(other),
    }
}

/// Ordering is not defined for complex numbers: NotImplemented, so `<` raises TypeError.
fn c_unordered(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(vm.not_implemented.clone())
}

fn c_format(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (r, i) = parts(vm, &args[0])?;
    let spec = args.get(1).cloned().unwrap_or(Value::None);
    let Some(spec) = spec.as_str() else {
        return Err(vm.type_error("format() argument 2 must be str"));
    };
    if spec.is_empty() {
        return vm.str(&args[0]);
    }
    let tn = vm.type_name(&args[0]);
    let fs = kaa_fmt::spec::FormatSpec::parse(spec, &tn).map_err(|e| vm.fmt_error(e))?;
    let out = kaa_fmt::spec::format_complex(r, i, &fs, &tn).map_err(|e| vm.fmt_error(e))?;
    Ok(vm.new_string(out))
}

fn c_getnewargs(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (r, i) = parts(vm, &args[0])?;
    Ok(vm.new_pair(Value::float(r), Value::float(i)))
}

fn c_neg(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (r, i) = parts(vm, &args[0])?;
    Ok(new_complex(vm, -r, -i))
}

fn c_bool(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (r, i) = parts(vm, &args[0])?;
    Ok(Value::Bool(r != 0.0 || i != 0.0))
}

fn c_hash(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (r, i) = parts(vm, &args[0])?;
    Ok(Value::Int(kaa_fmt::hash::hash_complex(r, i, 0)))
}

fn c_conjugate(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (r, i) = parts(vm, &args[0])?;
    Ok(new_complex(vm, r, -i))
}

pub fn init(vm: &mut Vm) {
    let c = vm.types.complex.clone();
    vm.add_staticmethod(&c, "__new__", complex_new);
    for (n, f) in [
        ("__repr__", c_repr as crate::object::NativeFn),
        ("__add__", c_add),
        ("__radd__", c_radd),
        ("__sub__", c_sub),
        ("__rsub__", c_rsub),
        ("__mul__", c_mul),
        ("__rmul__", c_rmul),
        ("__truediv__", c_div),
        ("__rtruediv__", c_rdiv),
        ("__eq__", c_eq),
        ("__pow__", c_pow),
        ("__rpow__", c_rpow),
        ("__abs__", c_abs),
        ("__neg__", c_neg),
        ("__pos__", c_pos),
        ("__ne__", c_ne),
        ("__lt__", c_unordered),
        ("__le__", c_unordered),
        ("__gt__", c_unordered),
        ("__ge__", c_unordered),
        ("__format__", c_format),
        ("__getnewargs__", c_getnewargs),
        ("__bool__", c_bool),
        ("__hash__", c_hash),
        ("conjugate", c_conjugate),
    ] {
        vm.add_method(&c, n, f);
    }
    super::typeobj::add_getset(vm, &c, "real", real, None);
    super::typeobj::add_getset(vm, &c, "imag", imag, None);
}
