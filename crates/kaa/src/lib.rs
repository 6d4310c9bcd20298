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

/// The interpreter options a command line (or an embedder) chooses, as CPython's `PyConfig`;
/// `configure` makes them visible in `sys` and `sys.flags`.
#[derive(Clone, Debug, Default)]
pub struct Config {
    pub dont_write_bytecode: bool,
    pub verbose: u32,
    pub import_time: bool,
    pub pycache_prefix: Option<String>,
    pub ignore_environment: bool,
    pub isolated: bool,
    pub no_user_site: bool,
    pub no_site: bool,
    pub quiet: bool,
    pub optimize: u32,
    pub safe_path: bool,
    pub hash_randomization: bool,
}

/// Applies `config` to a fresh interpreter.
pub fn configure(vm: &mut Vm, config: &Config) {
    vm.verbose = config.verbose;
    vm.import_time = config.import_time;
    let sys = vm.sys.clone();
    vm.module_set(
        &sys,
        "dont_write_bytecode",
        Value::Bool(config.dont_write_bytecode),
    );
    let prefix = match &config.pycache_prefix {
        Some(p) => vm.new_str(p),
        None => Value::None,
    };
    vm.module_set(&sys, "pycache_prefix", prefix);
    let flag = |b: bool| Value::Int(i64::from(b));
    let flags = [
        ("dont_write_bytecode", flag(config.dont_write_bytecode)),
        ("verbose", Value::Int(i64::from(config.verbose))),
        ("ignore_environment", flag(config.ignore_environment)),
        ("isolated", flag(config.isolated)),
        ("no_user_site", flag(config.no_user_site)),
        ("no_site", flag(config.no_site)),
        ("quiet", flag(config.quiet)),
        ("optimize", Value::Int(i64::from(config.optimize))),
        ("hash_randomization", flag(config.hash_randomization)),
        ("safe_path", Value::Bool(config.safe_path)),
    ];
    for (name, v) in flags {
        kaa_vm::sysmod::set_flag(vm, name, v);
    }
}

/// What running a program ended with.
pub enum Outcome {
    Ok,
    /// The process exit status CPython would use (SystemExit or an uncaught exception).
    Exit(i32),
}

/// Runs `source` as the `__main__` module named `filename`.
pub fn run_main(vm: &mut Vm, source: &str, filename: &str, set_file: bool) -> Outcome {
    let main = new_main_module(vm);
    let Some(globals) = main.dict() else {
        return Outcome::Exit(1);
    };
    // Then (for a file) `__file__` and `__cached__`, in this order.
    if set_file {
        let f = vm.new_str(filename);
        vm.dict_set_str(&globals, "__file__", f);
        vm.dict_set_str(&globals, "__cached__", Value::None);
    }
    // `__loader__`: a SourceFileLoader for a script, else BuiltinImporter (`-c`, stdin).
    let loader = main_loader(vm, filename, set_file);
    vm.dict_set_str(&globals, "__loader__", loader);
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

fn main_loader(vm: &mut Vm, filename: &str, is_file: bool) -> Value {
    let Ok(Some(b)) = kaa_vm::import::bootstrap_module(vm) else {
        return Value::None;
    };
    let made = if is_file {
        vm.getattr(&b, "SourceFileLoader").and_then(|cls| {
            let n = vm.new_str("__main__");
            let f = vm.new_str(filename);
            vm.call(&cls, &[n, f])
        })
    } else {
        vm.getattr(&b, "BuiltinImporter")
    };
    made.unwrap_or(Value::None)
}

/// A new `__main__` module as CPython starts with: after the module attributes, an empty
/// `__annotations__` and the builtins module.
fn new_main_module(vm: &mut Vm) -> kaa_vm::object::ObjRef {
    let main = vm.new_module("__main__");
    if let Some(globals) = main.dict() {
        let ann = vm.new_dict();
        vm.dict_set_str(&globals, "__annotations__", Value::Obj(ann));
        let b = Value::Obj(vm.builtins.clone());
        vm.dict_set_str(&globals, "__builtins__", b);
    }
    main
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

/// `kaa -m NAME`: runs the module through `runpy._run_module_as_main(NAME)`, as CPython
/// does: the module's code runs in the namespace of a fresh `__main__` module (with its
/// spec, file, loader and package), `sys.argv[0]` is `'-m'` while the module is looked up and
/// then its file's path. A module that cannot be found is reported on one line,
/// `PROGRAM: message`, with exit status 1.
pub fn run_module_as_main(vm: &mut Vm, name: &str) -> Outcome {
    let main = new_main_module(vm);
    let modules = vm.modules_dict();
    vm.dict_set_str(&modules, "__main__", Value::Obj(main));
    // CPython's argv[0] is '-m' while the module (and its parent packages) are imported.
    let argv = vm.sys.dict().and_then(|d| vm.dict_get_str(&d, "argv"));
    if let Some(argv) = argv {
        let dash_m = vm.new_str("-m");
        let zero = Value::Int(0);
        if let Err(e) = vm.setitem(&argv, zero, dash_m) {
            return Outcome::Exit(handle_uncaught(vm, e));
        }
    }
    let result = run_with_runpy(vm, name);
    vm.run_pending();
    match result {
        Ok(()) => Outcome::Ok,
        Err(e) => {
            // runpy leaves its finding errors to us while sys.executable is missing
            // (marked `_kaa_report`): report them like the command line's other errors.
            let ev = Value::Obj(e.0.clone());
            let is_runpy_error = match vm.getattr_opt(&ev, "_kaa_report") {
                Ok(Some(v)) => vm.truthy(&v).unwrap_or(false),
                _ => false,
            };
            if is_runpy_error {
                kaa_vm::sysmod::flush_stdout(vm);
                let msg = vm.str_string(&ev).unwrap_or_default();
                let exe = std::env::args().next().unwrap_or_else(|| "kaa".into());
                eprintln!("{exe}: {msg}");
                return Outcome::Exit(1);
            }
            Outcome::Exit(handle_uncaught(vm, e))
        }
    }
}

/// Imports runpy and calls `runpy._run_module_as_main(name)`.
fn run_with_runpy(vm: &mut Vm, name: &str) -> kaa_vm::PyResult<()> {
    let runpy = kaa_vm::import::import_abs(vm, "runpy")?;
    let func = vm.getattr(&runpy, "_run_module_as_main")?;
    let arg = vm.new_str(name);
    vm.call(&func, &[arg])?;
    Ok(())
}
