//! The public embedding API of kaa: create an interpreter, run source or files, and turn an
//! uncaught exception into CPython's traceback text and exit status.

use kaa_vm::value::Value;
use kaa_vm::{PyErr, Vm};

/// An interpreter with the native standard library registered.
pub fn new_vm() -> Box<Vm> {
    let mut vm = Vm::new();
    kaa_stdlib::register(&mut vm);
    vm
}

/// What running a program ended with.
pub enum Outcome {
    Ok,
    /// The process exit status CPython would use (SystemExit or an uncaught exception).
    Exit(i32),
}

/// Runs `source` as the `__main__` module named `filename`.
pub fn run_main(vm: &mut Vm, source: &str, filename: &str, set_file: bool) -> Outcome {
    let main = vm.new_module("__main__");
    let Some(globals) = main.dict() else {
        return Outcome::Exit(1);
    };
    // CPython's `__main__` starts with an empty `__annotations__` and the builtins module,
    // then (for a file) `__file__` and `__cached__`, in this order.
    let ann = vm.new_dict();
    vm.dict_set_str(&globals, "__annotations__", Value::Obj(ann));
    let b = Value::Obj(vm.builtins.clone());
    vm.dict_set_str(&globals, "__builtins__", b);
    if set_file {
        let f = vm.new_str(filename);
        vm.dict_set_str(&globals, "__file__", f);
        vm.dict_set_str(&globals, "__cached__", Value::None);
    }
    let modules = vm.modules_dict();
    vm.dict_set_str(&modules, "__main__", Value::Obj(main.clone()));
    vm.source_cache
        .insert(filename.to_string(), source.to_string());
    let result = vm
        .compile_source(source, filename, kaa_vm::Mode::Exec)
        .and_then(|code| vm.run_code(&code, &globals, None));
    vm.run_pending();
    match result {
        Ok(_) => Outcome::Ok,
        Err(e) => Outcome::Exit(handle_uncaught(vm, e)),
    }
}

/// Runs the functions registered with `atexit` (newest first), as CPython does at exit.
pub fn run_exit_handlers(vm: &mut Vm) {
    kaa_stdlib::atexit::run_exitfuncs(vm);
}

/// Prints an uncaught exception as CPython does and returns the exit status; SystemExit
/// follows CPython's rules (None → 0, int → itself, anything else printed to stderr → 1).
pub fn handle_uncaught(vm: &mut Vm, e: PyErr) -> i32 {
    kaa_vm::sysmod::flush_stdout(vm);
    let ev = Value::Obj(e.0.clone());
    if vm.exc_matches(&e, &vm.types.system_exit.clone()) {
        let code = vm
            .getattr_opt(&ev, "code")
            .ok()
            .flatten()
            .unwrap_or(Value::None);
        return match code {
            Value::None => 0,
            Value::Int(i) => i as i32,
            Value::Bool(b) => b as i32,
            other => {
                let s = vm.str_string(&other).unwrap_or_default();
                eprintln!("{s}");
                1
            }
        };
    }
    let text = kaa_vm::traceback::format_exception(vm, &e.0);
    eprint!("{text}");
    1
}

/// `kaa -m NAME`: finds the module's source along sys.path and runs it as `__main__`.
pub fn run_module_as_main(vm: &mut Vm, name: &str) -> Outcome {
    let path = vm.sys.dict().and_then(|d| vm.dict_get_str(&d, "path"));
    let dirs: Vec<String> = match path {
        Some(p) => vm
            .iterate(&p)
            .unwrap_or_default()
            .iter()
            .filter_map(|v| v.as_str().map(|s| s.to_string()))
            .collect(),
        None => Vec::new(),
    };
    let rel = name.replace('.', "/");
    for d in dirs {
        let base = if d.is_empty() { ".".to_string() } else { d };
        for cand in [
            format!("{base}/{rel}.py"),
            format!("{base}/{rel}/__main__.py"),
        ] {
            let src = match kaa_vm::import::stdlib_entry(vm, &cand) {
                Some(kaa_vm::import::StdlibEntry::File(src)) => Ok(src.to_string()),
                Some(kaa_vm::import::StdlibEntry::Dir) => continue,
                None => std::fs::read_to_string(&cand),
            };
            if let Ok(src) = src {
                if name.contains('.') {
                    if let Some((parent, _)) = name.rsplit_once('.') {
                        if let Err(e) = kaa_vm::import::import_abs(vm, parent) {
                            return Outcome::Exit(handle_uncaught(vm, e));
                        }
                    }
                }
                return run_main(vm, &src, &cand, true);
            }
        }
    }
    let exe = std::env::args().next().unwrap_or_else(|| "kaa".into());
    eprintln!("{exe}: No module named {name}");
    Outcome::Exit(1)
}
