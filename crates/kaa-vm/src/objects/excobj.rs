//! The methods and attributes of BaseException and its built-in subclasses: `__new__`/
//! `__init__` storing `args`, `__str__`/`__repr__`, the chaining attributes, `with_traceback`,
//! `add_note`, `__reduce__`/`__setstate__`; ExceptionGroup's are in excgroup.rs.

use super::typeobj::add_getset;
use crate::exceptions as exc;
use crate::object::{ExcData, Payload};
use crate::types;
use crate::value::Value;
use crate::{PyResult, Vm};

fn data(vm: &mut Vm, v: &Value) -> PyResult<std::rc::Rc<crate::object::Object>> {
    match v {
        Value::Obj(o) if matches!(o.payload, Payload::Exception(_)) => Ok(o.clone()),
        _ => Err(vm.type_error("descriptor requires a 'BaseException' object")),
    }
}

fn with<R>(o: &crate::object::ObjRef, f: impl FnOnce(&mut ExcData) -> R) -> Option<R> {
    match &o.payload {
        Payload::Exception(e) => Some(f(&mut e.borrow_mut())),
        _ => None,
    }
}

fn exc_new(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.first() else {
        return Err(vm.type_error("BaseException.__new__(): not enough arguments"));
    };
    if !types::is_subtype(cls, &vm.types.base_exception) {
        let n = types::type_name(cls);
        return Err(vm.type_error(format!(
            "BaseException.__new__({n}): {n} is not a subtype of BaseException"
        )));
    }
    // OSError(errno, ...) picks the subclass for the errno, as CPython does.
    let mut cls = cls.clone();
    if std::rc::Rc::ptr_eq(&cls, &vm.types.os_error) && args.len() >= 3 {
        if let Value::Int(errno) = &args[1] {
            if let Some(sub) = oserror_subclass(vm, *errno) {
                cls = sub;
            }
        }
    }
    let a = vm.new_tuple(args[1..].to_vec());
    let o = exc::new_exception(vm, &cls, a);
    Ok(Value::Obj(o))
}

/// The OSError subclass CPython uses for an errno (Linux numbering).
fn oserror_subclass(vm: &mut Vm, errno: i64) -> Option<crate::object::ObjRef> {
    let name = match errno {
        2 => "FileNotFoundError",
        17 => "FileExistsError",
        1 | 13 => "PermissionError",
        21 => "IsADirectoryError",
        20 => "NotADirectoryError",
        110 => "TimeoutError",
        11 | 114 | 115 => "BlockingIOError",
        10 => "ChildProcessError",
        32 | 108 => "BrokenPipeError",
        103 => "ConnectionAbortedError",
        111 => "ConnectionRefusedError",
        104 => "ConnectionResetError",
        4 => "InterruptedError",
        3 => "ProcessLookupError",
        _ => return None,
    };
    match vm.dict_get_str(&vm.builtins_dict.clone(), name) {
        Some(Value::Obj(t)) => Some(t),
        _ => None,
    }
}

/// `AttributeError(*args, name=None, obj=None)` and `NameError(*args, name=None)`.
fn name_error_init(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let o = data(vm, &args[0])?;
    let is_attr = types::is_subtype(&o.class(), &vm.types.attribute_error);
    let mut name = Value::None;
    let mut obj = Value::None;
    for (k, v) in kw {
        match k.as_str() {
            Some("name") => name = v.clone(),
            Some("obj") if is_attr => obj = v.clone(),
            Some(other) => {
                let tn = types::type_name(&o.class());
                return Err(vm.type_error(format!(
                    "'{other}' is an invalid keyword argument for {tn}()"
                )));
            }
            None => {}
        }
    }
    exc_init(vm, args, &[])?;
    exc::set_attr_raw(vm, &o, "name", name);
    if is_attr {
        exc::set_attr_raw(vm, &o, "obj", obj);
    }
    Ok(Value::None)
}

/// `ImportError(*args, name=None, path=None)`.
fn import_error_init(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let o = data(vm, &args[0])?;
    let mut name = Value::None;
    let mut path = Value::None;
    for (k, v) in kw {
        match k.as_str() {
            Some("name") => name = v.clone(),
            Some("path") => path = v.clone(),
            Some(other) => {
                return Err(vm.type_error(format!(
                    "'{other}' is an invalid keyword argument for ImportError()"
                )));
            }
            None => {}
        }
    }
    exc_init(vm, args, &[])?;
    exc::set_attr_raw(vm, &o, "name", name);
    exc::set_attr_raw(vm, &o, "path", path);
    let msg = if args.len() == 2 {
        args[1].clone()
    } else {
        Value::None
    };
    exc::set_attr_raw(vm, &o, "msg", msg);
    Ok(Value::None)
}

fn import_error_str(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let o = data(vm, &args[0])?;
    let msg = o
        .dict()
        .and_then(|d| vm.dict_get_str(&d, "msg"))
        .unwrap_or(Value::None);
    if !msg.is_none() {
        return vm.str(&msg);
    }
    let s = exc::exc_str(vm, &o)?;
    Ok(vm.new_string(s))
}

pub(crate) fn exc_init(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let o = data(vm, &args[0])?;
    if !kw.is_empty() {
        let n = vm.type_name(&args[0]);
        return Err(vm.type_error(format!("{n}() takes no keyword arguments")));
    }
    let a = vm.new_tuple(args[1..].to_vec());
    with(&o, |d| d.args = a.clone());
    Ok(Value::None)
}

fn exc_str(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let o = data(vm, &args[0])?;
    let s = exc::exc_str(vm, &o)?;
    Ok(vm.new_string(s))
}

fn exc_repr(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let o = data(vm, &args[0])?;
    let name = types::type_name(&o.class());
    let a = vm.tuple_items(&exc::get_args(&o));
    let s = if a.len() == 1 {
        format!("{}({})", name, vm.repr_string(&a[0])?)
    } else {
        let t = vm.new_tuple(a);
        format!("{}{}", name, vm.repr_string(&t)?)
    };
    Ok(vm.new_string(s))
}

fn get_args(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let o = data(vm, v)?;
    Ok(exc::get_args(&o))
}

fn set_args(vm: &mut Vm, v: &Value, nv: Option<Value>) -> PyResult<()> {
    let o = data(vm, v)?;
    let Some(nv) = nv else {
        return Err(vm.type_error("args may not be deleted"));
    };
    let items = vm.iterate(&nv)?;
    let t = vm.new_tuple(items);
    with(&o, |d| d.args = t);
    Ok(())
}

fn get_tb(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(exc::get_traceback(&Value::Obj(data(vm, v)?)))
}

fn set_tb(vm: &mut Vm, v: &Value, nv: Option<Value>) -> PyResult<()> {
    let o = data(vm, v)?;
    let nv = nv.unwrap_or(Value::None);
    if !nv.is_none() && !matches!(nv.payload(), Some(Payload::Traceback(_))) {
        return Err(vm.type_error("__traceback__ must be a traceback or None"));
    }
    with(&o, |d| d.traceback = nv);
    Ok(())
}

fn get_cause(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(exc::get_cause(&data(vm, v)?))
}

fn set_cause(vm: &mut Vm, v: &Value, nv: Option<Value>) -> PyResult<()> {
    let o = data(vm, v)?;
    let nv = nv.unwrap_or(Value::None);
    if !nv.is_none() && !exc::is_exception_instance(vm, &nv) {
        return Err(vm.type_error("exception cause must be None or derive from BaseException"));
    }
    with(&o, |d| {
        d.cause = nv;
        d.suppress_context = true;
    });
    Ok(())
}

fn get_context(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(exc::get_context(&data(vm, v)?))
}

fn set_context(vm: &mut Vm, v: &Value, nv: Option<Value>) -> PyResult<()> {
    let o = data(vm, v)?;
    let nv = nv.unwrap_or(Value::None);
    if !nv.is_none() && !exc::is_exception_instance(vm, &nv) {
        return Err(vm.type_error("exception context must be None or derive from BaseException"));
    }
    with(&o, |d| d.context = nv);
    Ok(())
}

fn get_suppress(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Bool(exc::suppress_context(&data(vm, v)?)))
}

fn set_suppress(vm: &mut Vm, v: &Value, nv: Option<Value>) -> PyResult<()> {
    let o = data(vm, v)?;
    let b = match nv {
        Some(x) => vm.truthy(&x)?,
        None => false,
    };
    with(&o, |d| d.suppress_context = b);
    Ok(())
}

fn with_traceback(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let tb = args.get(1).cloned().unwrap_or(Value::None);
    set_tb(vm, &args[0], Some(tb))?;
    Ok(args[0].clone())
}

/// `__reduce__`: (type, args), with the instance dict when it is not empty (what `copy`
/// and `pickle` rebuild an exception from).
fn exc_reduce(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let o = data(vm, &args[0])?;
    let mut parts = vec![Value::Obj(o.class()), exc::get_args(&o)];
    if let Some(d) = o.dict() {
        if crate::dict::len(&d) > 0 {
            parts.push(Value::Obj(d));
        }
    }
    Ok(vm.new_tuple(parts))
}

/// `__setstate__(state)`: sets each item of the dict `state` as an attribute.
fn exc_setstate(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let state = args.get(1).cloned().unwrap_or(Value::None);
    if state.is_none() {
        return Ok(Value::None);
    }
    let Some(Payload::Dict(d)) = state.payload() else {
        return Err(vm.type_error("state is not a dictionary"));
    };
    let items = d.borrow().items();
    for (k, v) in items {
        vm.setattr_v(&args[0], &k, v)?;
    }
    Ok(Value::None)
}

fn add_note(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let note = args.get(1).cloned().unwrap_or(Value::None);
    if note.as_str().is_none() {
        let n = vm.type_name(&note);
        return Err(vm.type_error(format!("note must be a str, not '{n}'")));
    }
    let notes = match vm.getattr_opt(&args[0], "__notes__")? {
        Some(n) => n,
        None => {
            let l = vm.new_list(vec![]);
            vm.setattr(&args[0], "__notes__", l.clone())?;
            l
        }
    };
    vm.call_method(&notes, "append", &[note])?;
    Ok(Value::None)
}

pub fn init(vm: &mut Vm) {
    let b = vm.types.base_exception.clone();
    vm.add_staticmethod(&b, "__new__", exc_new);
    vm.add_method(&b, "__init__", exc_init);
    vm.add_method(&b, "__str__", exc_str);
    vm.add_method(&b, "__repr__", exc_repr);
    vm.add_method(&b, "with_traceback", with_traceback);
    vm.add_method(&b, "add_note", add_note);
    vm.add_method(&b, "__reduce__", exc_reduce);
    vm.add_method(&b, "__setstate__", exc_setstate);
    add_getset(vm, &b, "args", get_args, Some(set_args));
    add_getset(vm, &b, "__traceback__", get_tb, Some(set_tb));
    add_getset(vm, &b, "__cause__", get_cause, Some(set_cause));
    add_getset(vm, &b, "__context__", get_context, Some(set_context));
    add_getset(
        vm,
        &b,
        "__suppress_context__",
        get_suppress,
        Some(set_suppress),
    );
    // The Unicode errors' __init__/__str__ are `codecs::init`'s.
    for t in [
        vm.types.attribute_error.clone(),
        vm.types.name_error.clone(),
    ] {
        vm.add_method(&t, "__init__", name_error_init);
    }
    let ie = vm.types.import_error.clone();
    vm.add_method(&ie, "__init__", import_error_init);
    vm.add_method(&ie, "__str__", import_error_str);
    super::excgroup::init(vm);
}
