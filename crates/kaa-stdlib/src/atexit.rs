//! The `atexit` module: functions registered to run when the interpreter exits, last
//! registered first. The `kaa` command calls `run_exitfuncs` after the main program (and after
//! its traceback, if any); a callback's exception is reported as CPython's "Exception ignored
//! in atexit callback" and the others still run.

use crate::util::{add_functions, VmLocal};
use kaa_vm::object::{NativeFn, ObjRef};
use kaa_vm::{PyResult, Value, Vm};

/// One registration: the function and its arguments.
#[derive(Clone)]
struct Callback {
    func: Value,
    args: Vec<Value>,
    kwargs: Vec<(Value, Value)>,
}

thread_local! {
    static CALLBACKS: VmLocal<std::rc::Rc<std::cell::RefCell<Vec<Callback>>>> =
        const { VmLocal::new() };
}

fn callbacks(vm: &Vm) -> std::rc::Rc<std::cell::RefCell<Vec<Callback>>> {
    if let Some(c) = CALLBACKS.with(|c| c.get(vm)) {
        return c;
    }
    let c = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
    CALLBACKS.with(|s| s.set(vm, c.clone()));
    c
}

fn is_callable(vm: &mut Vm, v: &Value) -> PyResult<bool> {
    let Some(f) = vm.dict_get_str(&vm.builtins_dict.clone(), "callable") else {
        return Ok(true);
    };
    let r = vm.call(&f, std::slice::from_ref(v))?;
    vm.truthy(&r)
}

fn register(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(func) = args.first().cloned() else {
        return Err(vm.type_error("register() takes at least 1 argument (0 given)"));
    };
    if !is_callable(vm, &func)? {
        return Err(vm.type_error("the first argument must be callable"));
    }
    let cb = Callback {
        func: func.clone(),
        args: args[1..].to_vec(),
        kwargs: kw.to_vec(),
    };
    callbacks(vm).borrow_mut().push(cb);
    Ok(func)
}

fn unregister(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = crate::util::pos_args(vm, "unregister", "unregister", args, kw, 1, 1)?;
    let list = callbacks(vm);
    let entries: Vec<Callback> = list.borrow().clone();
    let mut keep = Vec::new();
    for cb in entries {
        if !vm.eq(&cb.func, &a[0])? {
            keep.push(cb);
        }
    }
    *list.borrow_mut() = keep;
    Ok(Value::None)
}

fn clear(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    callbacks(vm).borrow_mut().clear();
    Ok(Value::None)
}

fn ncallbacks(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::Int(callbacks(vm).borrow().len() as i64))
}

/// Runs (and forgets) every registered function, newest first.
pub fn run_exitfuncs(vm: &mut Vm) {
    let list = callbacks(vm);
    loop {
        let Some(cb) = list.borrow_mut().pop() else {
            break;
        };
        if let Err(e) = vm.call_kw(&cb.func, &cb.args, &cb.kwargs) {
            kaa_vm::sysmod::flush_stdout(vm);
            let r = vm
                .repr_string(&cb.func)
                .unwrap_or_else(|_| "<object repr() failed>".into());
            let text = kaa_vm::traceback::format_exception(vm, &e.0);
            eprint!("Exception ignored in atexit callback: {r}\n{text}");
        }
        vm.run_pending();
    }
}

fn run_exitfuncs_fn(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    run_exitfuncs(vm);
    Ok(Value::None)
}

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("atexit");
    let funcs: &[(&'static str, NativeFn)] = &[
        ("register", register),
        ("unregister", unregister),
        ("_run_exitfuncs", run_exitfuncs_fn),
        ("_clear", clear),
        ("_ncallbacks", ncallbacks),
    ];
    add_functions(vm, &m, funcs);
    Ok(m)
}
