//! Exception objects: BaseException's state (`args`, `__traceback__`, `__cause__`,
//! `__context__`, `__suppress_context__`, `__notes__`), the per-class constructors with their
//! extra attributes (StopIteration.value, KeyError's repr-of-key str, OSError.errno,
//! ImportError.name/path, SyntaxError's position fields, SystemExit.code), traceback entries and
//! context chaining without cycles. Exception groups and `except*` are in objects/excgroup.rs;
//! the text of an uncaught exception in traceback.rs.

use crate::object::{ExcData, ObjRef, Object, Payload};
use crate::types;
use crate::value::Value;
use crate::{PyResult, Vm};
use std::cell::RefCell;

fn exc_data(o: &ObjRef) -> Option<&RefCell<ExcData>> {
    match &o.payload {
        Payload::Exception(e) => Some(e),
        _ => None,
    }
}

/// A new exception instance of `cls` with `args` (no `__init__` call).
pub fn new_exception(vm: &mut Vm, cls: &ObjRef, args: Value) -> ObjRef {
    let data = ExcData {
        args: args.clone(),
        traceback: Value::None,
        cause: Value::None,
        context: Value::None,
        suppress_context: false,
        group: None,
    };
    let o = crate::objects::typeobj::new_instance(
        vm,
        cls,
        Payload::Exception(Box::new(RefCell::new(data))),
    );
    init_special_attrs(vm, &o, &args);
    o
}

/// Sets an attribute directly in the instance dict (no Python code runs).
pub fn set_attr_raw(vm: &mut Vm, o: &ObjRef, name: &str, v: Value) {
    if let Some(d) = o.dict() {
        vm.dict_set_str(&d, name, v);
    }
}

/// The attributes some exception classes derive from their arguments.
fn init_special_attrs(vm: &mut Vm, o: &ObjRef, args: &Value) {
    let t = vm.types.clone();
    let cls = o.class();
    let items = vm.tuple_items(args);
    let first = items.first().cloned().unwrap_or(Value::None);
    if types::is_subtype(&cls, &t.stop_iteration)
        || types::is_subtype(&cls, &t.stop_async_iteration)
    {
        set_attr_raw(vm, o, "value", first.clone());
    }
    if types::is_subtype(&cls, &t.system_exit) {
        let code = if items.len() > 1 {
            args.clone()
        } else {
            first.clone()
        };
        set_attr_raw(vm, o, "code", code);
    }
    if types::is_subtype(&cls, &t.import_error) {
        if let Some(d) = o.dict() {
            if vm.dict_get_str(&d, "name").is_none() {
                set_attr_raw(vm, o, "name", Value::None);
            }
            if vm.dict_get_str(&d, "path").is_none() {
                set_attr_raw(vm, o, "path", Value::None);
            }
        }
        set_attr_raw(
            vm,
            o,
            "msg",
            if items.len() == 1 {
                first.clone()
            } else {
                Value::None
            },
        );
    }
    if types::is_subtype(&cls, &t.name_error) {
        if let Some(d) = o.dict() {
            if vm.dict_get_str(&d, "name").is_none() {
                set_attr_raw(vm, o, "name", Value::None);
            }
        }
    }
    if types::is_subtype(&cls, &t.attribute_error) {
        if let Some(d) = o.dict() {
            if vm.dict_get_str(&d, "name").is_none() {
                set_attr_raw(vm, o, "name", Value::None);
                set_attr_raw(vm, o, "obj", Value::None);
            }
        }
    }
    if types::is_subtype(&cls, &t.os_error) {
        let (errno, strerror) = if items.len() >= 2 {
            (items[0].clone(), items[1].clone())
        } else {
            (Value::None, Value::None)
        };
        set_attr_raw(vm, o, "errno", errno);
        set_attr_raw(vm, o, "strerror", strerror);
        set_attr_raw(
            vm,
            o,
            "filename",
            items.get(2).cloned().unwrap_or(Value::None),
        );
        set_attr_raw(
            vm,
            o,
            "filename2",
            items.get(4).cloned().unwrap_or(Value::None),
        );
        // With a filename, `args` keeps only (errno, strerror), as CPython's does.
        if (3..=5).contains(&items.len()) {
            if let Some(e) = exc_data(o) {
                e.borrow_mut().args = vm.new_tuple(items[..2].to_vec());
            }
        }
    }
    if types::is_subtype(&cls, &t.syntax_error) {
        set_attr_raw(
            vm,
            o,
            "msg",
            if items.is_empty() {
                Value::None
            } else {
                first.clone()
            },
        );
        let details = items.get(1).map(|d| vm.tuple_items(d)).unwrap_or_default();
        for (i, n) in [
            "filename",
            "lineno",
            "offset",
            "text",
            "end_lineno",
            "end_offset",
        ]
        .iter()
        .enumerate()
        {
            set_attr_raw(vm, o, n, details.get(i).cloned().unwrap_or(Value::None));
        }
        set_attr_raw(vm, o, "print_file_and_line", Value::None);
    }
}

pub fn get_args(o: &ObjRef) -> Value {
    exc_data(o)
        .map(|e| e.borrow().args.clone())
        .unwrap_or(Value::None)
}

pub fn get_traceback(v: &Value) -> Value {
    match v.as_obj().and_then(exc_data) {
        Some(e) => e.borrow().traceback.clone(),
        None => Value::None,
    }
}

pub fn get_cause(o: &ObjRef) -> Value {
    exc_data(o)
        .map(|e| e.borrow().cause.clone())
        .unwrap_or(Value::None)
}

pub fn get_context(o: &ObjRef) -> Value {
    exc_data(o)
        .map(|e| e.borrow().context.clone())
        .unwrap_or(Value::None)
}

pub fn suppress_context(o: &ObjRef) -> bool {
    exc_data(o)
        .map(|e| e.borrow().suppress_context)
        .unwrap_or(false)
}

/// `raise ... from cause`: sets `__cause__` and `__suppress_context__`.
pub fn set_cause(e: &ObjRef, cause: Value) {
    if let Some(d) = exc_data(e) {
        let mut d = d.borrow_mut();
        d.cause = cause;
        d.suppress_context = true;
    }
}

/// Sets `__context__` to the exception being handled, breaking any cycle in the chain the
/// way CPython does.
pub fn set_context_checked(_vm: &mut Vm, e: &ObjRef, handled: Value) {
    let Value::Obj(h) = &handled else { return };
    if std::rc::Rc::ptr_eq(h, e) {
        return;
    }
    // Walk the context chain of `handled`; if `e` is in it, cut the link before `e`.
    let mut cur = h.clone();
    let mut steps = 0;
    loop {
        let next = get_context(&cur);
        match next {
            Value::Obj(n) => {
                if std::rc::Rc::ptr_eq(&n, e) {
                    if let Some(d) = exc_data(&cur) {
                        d.borrow_mut().context = Value::None;
                    }
                    break;
                }
                cur = n;
            }
            _ => break,
        }
        steps += 1;
        if steps > 10000 {
            break;
        }
    }
    if let Some(d) = exc_data(e) {
        d.borrow_mut().context = handled;
    }
}

/// Prepends a traceback entry (frame, instruction, line) to the exception's traceback.
pub fn push_traceback(vm: &mut Vm, e: &ObjRef, frame: ObjRef, lasti: u32, lineno: u32) {
    let Some(d) = exc_data(e) else { return };
    let old = d.borrow().traceback.clone();
    let tb = Object::new(
        vm.types.traceback.clone(),
        Payload::Traceback(Box::new(crate::object::TracebackData {
            next: RefCell::new(old),
            frame,
            lasti,
            lineno,
        })),
    );
    d.borrow_mut().traceback = Value::Obj(tb);
}

/// `str(exc)` as BaseException.__str__ and the special cases (KeyError shows the key's
/// repr, OSError its errno form, ImportError its msg...).
pub fn exc_str(vm: &mut Vm, o: &ObjRef) -> PyResult<String> {
    let cls = o.class();
    let args = vm.tuple_items(&get_args(o));
    let t = vm.types.clone();
    if types::is_subtype(&cls, &t.unicode_decode_error)
        || types::is_subtype(&cls, &t.unicode_encode_error)
        || types::is_subtype(&cls, &t.unicode_translate_error)
    {
        return crate::objects::codecs::unicode_error_str(vm, o);
    }
    if types::is_subtype(&cls, &t.key_error) && args.len() == 1 {
        return vm.repr_string(&args[0]);
    }
    if types::is_subtype(&cls, &t.os_error) && args.len() >= 2 {
        let errno = vm.str_string(&args[0])?;
        let strerror = vm.str_string(&args[1])?;
        if let Some(d) = o.dict() {
            if let Some(f) = vm.dict_get_str(&d, "filename") {
                if !f.is_none() {
                    let fr = vm.repr_string(&f)?;
                    if let Some(f2) = vm.dict_get_str(&d, "filename2") {
                        if !f2.is_none() {
                            let f2r = vm.repr_string(&f2)?;
                            return Ok(format!("[Errno {errno}] {strerror}: {fr} -> {f2r}"));
                        }
                    }
                    return Ok(format!("[Errno {errno}] {strerror}: {fr}"));
                }
            }
        }
        return Ok(format!("[Errno {errno}] {strerror}"));
    }
    if types::is_subtype(&cls, &t.syntax_error) {
        if let Some(d) = o.dict() {
            let msg = vm.dict_get_str(&d, "msg").unwrap_or(Value::None);
            let msg_s = if msg.is_none() {
                args.first()
                    .map(|a| vm.str_string(a))
                    .transpose()?
                    .unwrap_or_default()
            } else {
                vm.str_string(&msg)?
            };
            let filename = vm.dict_get_str(&d, "filename").unwrap_or(Value::None);
            let lineno = vm.dict_get_str(&d, "lineno").unwrap_or(Value::None);
            let fname = filename
                .as_str()
                .map(|f| f.rsplit('/').next().unwrap_or(f).to_string());
            return Ok(match (fname, &lineno) {
                (Some(f), Value::Int(l)) => format!("{msg_s} ({f}, line {l})"),
                (Some(f), _) => format!("{msg_s} ({f})"),
                (None, Value::Int(l)) => format!("{msg_s} (line {l})"),
                _ => msg_s,
            });
        }
    }
    match args.len() {
        0 => Ok(String::new()),
        1 => vm.str_string(&args[0]),
        _ => vm.repr_string(&vm.new_tuple(args.clone())),
    }
}

/// The first traceback entry list: (filename, lineno, name, lasti, code) outermost first.
pub fn traceback_entries(tb: &Value) -> Vec<(ObjRef, u32, u32)> {
    let mut out = Vec::new();
    let mut cur = tb.clone();
    while let Value::Obj(t) = &cur {
        let Payload::Traceback(d) = &t.payload else {
            break;
        };
        if let Payload::Frame(f) = &d.frame.payload {
            out.push((f.code.clone(), d.lineno, d.lasti));
        }
        let next = d.next.borrow().clone();
        cur = next;
    }
    out
}

pub fn is_exception_instance(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Obj(o) => types::is_subtype(&o.class(), &vm.types.base_exception),
        _ => false,
    }
}
