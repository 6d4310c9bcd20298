//! BaseExceptionGroup and ExceptionGroup (PEP 654): the constructor's checks and its choice
//! of ExceptionGroup when every member is an Exception, the read-only `message` and
//! `exceptions`, `derive`, `split`/`subgroup` (by an exception type, a tuple of them or a
//! predicate function; the parts keep the nesting, and each derived group gets the original's
//! traceback, cause, context and a copy of its notes), and the two steps of `except*`:
//! matching one clause (CHECK_EG_MATCH, which wraps a naked exception in a group) and merging
//! what the clauses left unhandled or raised (PREP_RERAISE_STAR).

use super::argcheck;
use super::typeobj::add_getset;
use crate::exceptions as exc;
use crate::object::{ExcGroupData, ObjRef, Payload};
use crate::types;
use crate::value::Value;
use crate::{PyResult, Vm};
use std::collections::HashSet;

/// The `message` and `exceptions` (a tuple) of a group; None for any other object (and for a
/// group whose `__new__` was bypassed).
pub fn group_fields(v: &Value) -> Option<(Value, Value)> {
    match v.payload() {
        Some(Payload::Exception(e)) => {
            let e = e.borrow();
            let g = e.group.as_ref()?;
            Some((g.message.clone(), g.exceptions.clone()))
        }
        _ => None,
    }
}

/// The member exceptions of a group, None when `v` is not one.
pub fn members(vm: &Vm, v: &Value) -> Option<Vec<Value>> {
    let (_, excs) = group_fields(v)?;
    Some(vm.tuple_items(&excs))
}

/// Whether `v` is an instance of BaseExceptionGroup.
pub fn is_group(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Obj(o) => types::is_subtype(&o.class(), &vm.types.base_exception_group),
        _ => false,
    }
}

/// Runs `f` one level deeper in the recursion count (nested groups can be arbitrarily deep).
fn deeper<R>(vm: &mut Vm, what: &str, f: impl FnOnce(&mut Vm) -> PyResult<R>) -> PyResult<R> {
    vm.depth += 1;
    if vm.depth > vm.recursion_limit + 50 {
        vm.depth -= 1;
        let c = vm.types.recursion_error.clone();
        return Err(vm.new_exc(&c, format!("maximum recursion depth exceeded {what}")));
    }
    let r = f(vm);
    vm.depth -= 1;
    r
}

/// `PySequence_Check`: what `__new__` accepts as the exceptions and `split` copies as notes.
pub(crate) fn is_sequence(vm: &Vm, v: &Value) -> bool {
    match v.payload() {
        Some(
            Payload::List(_)
            | Payload::Tuple(_)
            | Payload::Str(_)
            | Payload::Bytes(_)
            | Payload::ByteArray(_)
            | Payload::Range(_),
        ) => true,
        _ => {
            let tp = vm.type_of(v);
            !types::is_subtype(&tp, &vm.types.dict) && types::lookup(&tp, "__getitem__").is_some()
        }
    }
}

fn is_exception_class(vm: &Vm, v: &Value) -> Option<ObjRef> {
    match v {
        Value::Obj(o)
            if matches!(o.payload, Payload::Type(_))
                && types::is_subtype(o, &vm.types.base_exception) =>
        {
            Some(o.clone())
        }
        _ => None,
    }
}

// ---- construction --------------------------------------------------------------------------

/// `BaseExceptionGroup.__new__(cls, message, exceptions)`.
fn eg_new(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    // call.rs has checked that args[0] is a subtype of BaseExceptionGroup.
    let Some(Value::Obj(cls)) = args.first() else {
        return Err(vm.type_error("BaseExceptionGroup.__new__(): not enough arguments"));
    };
    let given = args.len() - 1;
    if given != 2 {
        return Err(vm.type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({given} given)"
        )));
    }
    let (message, excs_arg) = (args[1].clone(), args[2].clone());
    if message.as_str().is_none() {
        let n = vm.type_name(&message);
        return Err(vm.type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {n}"
        )));
    }
    if !is_sequence(vm, &excs_arg) {
        return Err(vm.type_error("second argument (exceptions) must be a sequence"));
    }
    let excs = vm.iterate(&excs_arg)?;
    if excs.is_empty() {
        return Err(vm.value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    let mut nests_base = false;
    for (i, e) in excs.iter().enumerate() {
        if !exc::is_exception_instance(vm, e) {
            return Err(vm.value_error(format!(
                "Item {i} of second argument (exceptions) is not an exception"
            )));
        }
        if !types::is_subtype(&vm.type_of(e), &vm.types.exception) {
            nests_base = true;
        }
    }
    let mut cls = cls.clone();
    if std::rc::Rc::ptr_eq(&cls, &vm.types.base_exception_group) {
        if !nests_base {
            cls = vm.types.exception_group.clone();
        }
    } else if std::rc::Rc::ptr_eq(&cls, &vm.types.exception_group) {
        if nests_base {
            return Err(vm.type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
        }
    } else if nests_base && types::is_subtype(&cls, &vm.types.exception) {
        let n = types::type_name(&cls);
        return Err(vm.type_error(format!("Cannot nest BaseExceptions in '{n}'")));
    }
    let a = vm.new_pair(message.clone(), excs_arg);
    let o = exc::new_exception(vm, &cls, a);
    let exceptions = vm.new_tuple(excs);
    if let Payload::Exception(e) = &o.payload {
        e.borrow_mut().group = Some(Box::new(ExcGroupData {
            message,
            exceptions,
        }));
    }
    Ok(Value::Obj(o))
}

/// `BaseExceptionGroup(message, exceptions)`: ExceptionGroup when every member is an
/// Exception. `exceptions` is a list or tuple of exception instances.
pub fn new_group(vm: &mut Vm, message: &str, exceptions: Value) -> PyResult<Value> {
    let cls = Value::Obj(vm.types.base_exception_group.clone());
    let m = vm.new_str(message);
    vm.call(&cls, &[m, exceptions])
}

fn eg_str(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (msg, excs) = group_fields(&args[0]).unwrap_or((Value::None, Value::None));
    let m = vm.str_string(&msg)?;
    let n = vm.tuple_items(&excs).len();
    let s = format!("{m} ({n} sub-exception{})", if n == 1 { "" } else { "s" });
    Ok(vm.new_string(s))
}

fn get_message(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(group_fields(v).map(|(m, _)| m).unwrap_or(Value::None))
}

fn get_exceptions(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(group_fields(v).map(|(_, e)| e).unwrap_or(Value::None))
}

fn readonly(vm: &mut Vm, _v: &Value, _nv: Option<Value>) -> PyResult<()> {
    Err(vm.attribute_error("readonly attribute"))
}

/// `derive(excs)`: a BaseExceptionGroup with this group's message and `excs`.
fn eg_derive(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("BaseExceptionGroup.derive() takes no keyword arguments"));
    }
    if args.len() != 2 {
        let n = args.len() - 1;
        return Err(vm.type_error(format!("function takes exactly 1 argument ({n} given)")));
    }
    let (msg, _) = group_fields(&args[0]).unwrap_or((Value::None, Value::None));
    let cls = Value::Obj(vm.types.base_exception_group.clone());
    vm.call(&cls, &[msg, args[1].clone()])
}

// ---- split and subgroup --------------------------------------------------------------------

/// What `split`/`subgroup`/`except*` select.
enum Matcher {
    /// Instances of any of these exception classes.
    Types(Vec<ObjRef>),
    /// Exceptions for which the function returns true.
    Predicate(Value),
    /// These very leaf exceptions (by identity): re-raised parts of an `except*`.
    Leaves(HashSet<usize>),
}

impl Matcher {
    /// `split`'s argument: a function, an exception type or a tuple of exception types.
    fn from_arg(vm: &mut Vm, v: &Value) -> PyResult<Matcher> {
        if matches!(v.payload(), Some(Payload::Function(_))) {
            return Ok(Matcher::Predicate(v.clone()));
        }
        if let Some(c) = is_exception_class(vm, v) {
            return Ok(Matcher::Types(vec![c]));
        }
        if let Value::Obj(o) = v {
            if o.class_is(&vm.types.tuple) {
                let items = vm.tuple_items(v);
                let classes: Option<Vec<ObjRef>> =
                    items.iter().map(|c| is_exception_class(vm, c)).collect();
                if let Some(classes) = classes {
                    return Ok(Matcher::Types(classes));
                }
            }
        }
        Err(vm.type_error("expected a function, exception type or tuple of exception types"))
    }

    fn matches(&self, vm: &mut Vm, e: &Value) -> PyResult<bool> {
        match self {
            Matcher::Types(classes) => {
                let t = vm.type_of(e);
                Ok(classes.iter().any(|c| types::is_subtype(&t, c)))
            }
            Matcher::Predicate(f) => {
                let r = vm.call(f, std::slice::from_ref(e))?;
                vm.truthy(&r)
            }
            Matcher::Leaves(ids) => Ok(e.as_obj().is_some_and(|o| ids.contains(&o.id()))),
        }
    }
}

/// The (match, rest) parts of `e`: `e` itself when it matches as a whole, else for a group
/// the groups derived from the matching and the other members (None when empty). The rest
/// is only built when `want_rest`.
fn split(
    vm: &mut Vm,
    e: &Value,
    m: &Matcher,
    want_rest: bool,
) -> PyResult<(Option<Value>, Option<Value>)> {
    if m.matches(vm, e)? {
        return Ok((Some(e.clone()), None));
    }
    let Some(items) = members(vm, e) else {
        return Ok((None, want_rest.then(|| e.clone())));
    };
    let (mut matched, mut rest) = (Vec::new(), Vec::new());
    deeper(vm, "in exceptiongroup_split_recursive", |vm| {
        for x in &items {
            let (xm, xr) = split(vm, x, m, want_rest)?;
            matched.extend(xm);
            rest.extend(xr);
        }
        Ok(())
    })?;
    let matched = derive_part(vm, e, matched)?;
    let rest = if want_rest {
        derive_part(vm, e, rest)?
    } else {
        None
    };
    Ok((matched, rest))
}

/// A part of `orig` holding `items` (None when empty), made by its `derive`, with `orig`'s
/// traceback, context and cause (which also suppresses the context) and a copy of its notes.
fn derive_part(vm: &mut Vm, orig: &Value, items: Vec<Value>) -> PyResult<Option<Value>> {
    if items.is_empty() {
        return Ok(None);
    }
    let l = vm.new_list(items);
    let part = vm.call_method(orig, "derive", &[l])?;
    if !is_group(vm, &part) {
        return Err(vm.type_error("derive must return an instance of BaseExceptionGroup"));
    }
    if let (Some(Payload::Exception(src)), Some(Payload::Exception(dst))) =
        (orig.payload(), part.payload())
    {
        if !std::ptr::eq(src, dst) {
            let s = src.borrow();
            let mut d = dst.borrow_mut();
            if !s.traceback.is_none() {
                d.traceback = s.traceback.clone();
            }
            d.context = s.context.clone();
            d.cause = s.cause.clone();
            d.suppress_context = true;
        }
    }
    if let Some(notes) = vm.getattr_opt(orig, "__notes__")? {
        if is_sequence(vm, &notes) {
            let copy = vm.iterate(&notes)?;
            let copy = vm.new_list(copy);
            vm.setattr(&part, "__notes__", copy)?;
        }
    }
    Ok(Some(part))
}

fn eg_split(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    argcheck::positional(vm, args, kw, "BaseExceptionGroup.split", "split", 1, 1)?;
    let m = Matcher::from_arg(vm, &args[1])?;
    let (matched, rest) = split(vm, &args[0], &m, true)?;
    Ok(vm.new_tuple(vec![
        matched.unwrap_or(Value::None),
        rest.unwrap_or(Value::None),
    ]))
}

fn eg_subgroup(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    argcheck::positional(
        vm,
        args,
        kw,
        "BaseExceptionGroup.subgroup",
        "subgroup",
        1,
        1,
    )?;
    let m = Matcher::from_arg(vm, &args[1])?;
    let (matched, _) = split(vm, &args[0], &m, false)?;
    Ok(matched.unwrap_or(Value::None))
}

// ---- except* -------------------------------------------------------------------------------

/// The classes an `except*` clause names, checked as CPython does: each must be an exception
/// class, and none an exception group.
fn except_star_classes(vm: &mut Vm, t: &Value) -> PyResult<Vec<ObjRef>> {
    let items = match t.payload() {
        Some(Payload::Tuple(items)) => items.to_vec(),
        _ => vec![t.clone()],
    };
    let mut classes = Vec::with_capacity(items.len());
    for c in &items {
        match is_exception_class(vm, c) {
            Some(c) => classes.push(c),
            None => {
                return Err(vm.type_error(
                    "catching classes that do not inherit from BaseException is not allowed",
                ))
            }
        }
    }
    if classes
        .iter()
        .any(|c| types::is_subtype(c, &vm.types.base_exception_group))
    {
        return Err(vm.type_error(
            "catching ExceptionGroup with except* is not allowed. Use except instead.",
        ));
    }
    Ok(classes)
}

/// One `except*` clause (CHECK_EG_MATCH): (rest, match) of the exception still unhandled,
/// each None when empty. A naked exception that matches is wrapped in a new group.
pub fn except_star_match(vm: &mut Vm, e: &Value, t: &Value) -> PyResult<(Value, Value)> {
    let m = Matcher::Types(except_star_classes(vm, t)?);
    if e.is_none() {
        return Ok((Value::None, Value::None));
    }
    if is_group(vm, e) {
        let (matched, rest) = split(vm, e, &m, true)?;
        return Ok((rest.unwrap_or(Value::None), matched.unwrap_or(Value::None)));
    }
    if m.matches(vm, e)? {
        let excs = vm.new_tuple(vec![e.clone()]);
        let wrapped = new_group(vm, "", excs)?;
        return Ok((Value::None, wrapped));
    }
    Ok((e.clone(), Value::None))
}

/// Whether `e` carries exactly `orig`'s traceback, cause and context: a part of `orig` that
/// a clause re-raised (or left unhandled), as opposed to an exception it raised.
fn same_metadata(e: &Value, orig: &Value) -> bool {
    match (e.payload(), orig.payload()) {
        (Some(Payload::Exception(a)), Some(Payload::Exception(b))) => {
            let (a, b) = (a.borrow(), b.borrow());
            a.traceback.is(&b.traceback) && a.cause.is(&b.cause) && a.context.is(&b.context)
        }
        _ => false,
    }
}

/// Adds the identities of the leaf exceptions of `e` to `ids`.
fn collect_leaves(vm: &mut Vm, e: &Value, ids: &mut HashSet<usize>) -> PyResult<()> {
    match members(vm, e) {
        Some(items) => deeper(vm, "in collect_exception_group_leaf_ids", |vm| {
            for x in &items {
                collect_leaves(vm, x, ids)?;
            }
            Ok(())
        }),
        None => {
            if let Value::Obj(o) = e {
                ids.insert(o.id());
            }
            Ok(())
        }
    }
}

/// The end of an `except*` statement (PREP_RERAISE_STAR): from the exception it caught
/// (`orig`) and the list of what each clause raised plus the unhandled rest (Nones
/// skipped), the exception to re-raise, or None. Re-raised parts of `orig` are merged back
/// into `orig`'s shape; newly raised exceptions join them in a new ExceptionGroup("", ...).
pub fn prep_reraise_star(vm: &mut Vm, orig: &Value, list: &Value) -> PyResult<Value> {
    let items: Vec<Value> = match list.payload() {
        Some(Payload::List(l)) => l
            .borrow()
            .iter()
            .filter(|v| !v.is_none())
            .cloned()
            .collect(),
        _ => Vec::new(),
    };
    if items.is_empty() {
        return Ok(Value::None);
    }
    if !is_group(vm, orig) {
        // A naked exception: only one clause could run, so there is one thing to raise.
        return Ok(items[0].clone());
    }
    let mut raised = Vec::new();
    let mut reraised = HashSet::new();
    for e in &items {
        if same_metadata(e, orig) {
            collect_leaves(vm, e, &mut reraised)?;
        } else {
            raised.push(e.clone());
        }
    }
    let (kept, _) = split(vm, orig, &Matcher::Leaves(reraised), false)?;
    if raised.is_empty() {
        return Ok(kept.unwrap_or(Value::None));
    }
    raised.extend(kept);
    if raised.len() == 1 {
        return Ok(raised.swap_remove(0));
    }
    let l = vm.new_list(raised);
    new_group(vm, "", l)
}

pub fn init(vm: &mut Vm) {
    let g = vm.types.base_exception_group.clone();
    vm.add_staticmethod(&g, "__new__", eg_new);
    vm.add_method(&g, "__init__", super::excobj::exc_init);
    vm.add_method(&g, "__str__", eg_str);
    vm.add_method(&g, "derive", eg_derive);
    vm.add_method(&g, "split", eg_split);
    vm.add_method(&g, "subgroup", eg_subgroup);
    add_getset(vm, &g, "message", get_message, Some(readonly));
    add_getset(vm, &g, "exceptions", get_exceptions, Some(readonly));
}
