//! The `kaa` command, with CPython's command line: `kaa FILE [args]`, `kaa -c CODE`,
//! `kaa -m MODULE`, `kaa -` (program on stdin), `-V`/`--version`, `-B`, `-X opt`. The
//! interpreter runs on a thread with a large stack so deep native recursion ends in
//! RecursionError, never a crash; a Rust panic is reported as an internal error.

#[cfg(feature = "mimalloc")]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use kaa_vm::value::Value;
use std::io::Read;

/// Stack of the interpreter thread: room for the recursion limit of native nesting.
const STACK_SIZE: usize = 1 << 30;

enum Program {
    File(String),
    Code(String),
    Module(String),
    Stdin,
}

fn usage() -> ! {
    eprintln!("usage: kaa [-B] [-c cmd | -m mod | file | -] [arg] ...");
    std::process::exit(2);
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let mut i = 1;
    let mut program = None;
    let mut dont_write_bytecode =
        std::env::var_os("PYTHONDONTWRITEBYTECODE").is_some_and(|v| !v.is_empty());
    while i < args.len() {
        let a = &args[i];
        match a.as_str() {
            "-V" | "--version" => {
                println!("Python 3.11.7");
                return;
            }
            "-c" => {
                let Some(code) = args.get(i + 1) else { usage() };
                program = Some(Program::Code(code.clone()));
                i += 2;
                break;
            }
            "-m" => {
                let Some(m) = args.get(i + 1) else { usage() };
                program = Some(Program::Module(m.clone()));
                i += 2;
                break;
            }
            "-B" => {
                dont_write_bytecode = true;
                i += 1;
            }
            "-X" => i += 2,
            "-u" | "-E" | "-s" | "-S" | "-I" | "-q" | "-O" | "-OO" | "-v" => i += 1,
            "-" => {
                program = Some(Program::Stdin);
                i += 1;
                break;
            }
            s if s.starts_with('-') && s.len() > 1 => {
                eprintln!("Unknown option: {s}");
                usage();
            }
            _ => {
                program = Some(Program::File(a.clone()));
                i += 1;
                break;
            }
        }
    }
    let program = program.unwrap_or(Program::Stdin);
    let rest: Vec<String> = args[i.min(args.len())..].to_vec();
    let handle = std::thread::Builder::new()
        .name("kaa".into())
        .stack_size(STACK_SIZE)
        .spawn(move || std::panic::catch_unwind(move || run(program, rest, dont_write_bytecode)));
    let code = match handle.map(|h| h.join()) {
        Ok(Ok(Ok(code))) => code,
        _ => {
            eprintln!("kaa: internal error (this is a bug in kaa)");
            70
        }
    };
    std::process::exit(code);
}

fn run(program: Program, rest: Vec<String>, dont_write_bytecode: bool) -> i32 {
    let mut vm = kaa::new_vm();
    let (argv0, source, filename, path0, set_file) = match &program {
        Program::File(f) => {
            let src = match std::fs::read(f) {
                Ok(b) => String::from_utf8_lossy(&b).into_owned(),
                Err(e) => {
                    let exe = std::env::args().next().unwrap_or_else(|| "kaa".into());
                    eprintln!(
                        "{exe}: can't open file '{}': [Errno {}] {}",
                        abspath(f),
                        e.raw_os_error().unwrap_or(2),
                        errno_text(&e)
                    );
                    return 2;
                }
            };
            let dir = std::path::Path::new(f)
                .parent()
                .map(|p| p.to_string_lossy().into_owned())
                .unwrap_or_default();
            let dir = if dir.is_empty() { ".".to_string() } else { dir };
            let dir = std::fs::canonicalize(&dir)
                .map(|p| p.to_string_lossy().into_owned())
                .unwrap_or(dir);
            // The main script's code (and __file__) carry its absolute path, as CPython 3.9+.
            (f.clone(), Some(src), abspath(f), dir, true)
        }
        Program::Code(c) => (
            "-c".to_string(),
            Some(c.clone()),
            "<string>".to_string(),
            String::new(),
            false,
        ),
        Program::Stdin => {
            let mut s = String::new();
            let _ = std::io::stdin().read_to_string(&mut s);
            (
                "-".to_string(),
                Some(s),
                "<stdin>".to_string(),
                String::new(),
                false,
            )
        }
        Program::Module(m) => (
            m.clone(),
            None,
            String::new(),
            std::env::current_dir()
                .map(|p| p.to_string_lossy().into_owned())
                .unwrap_or_default(),
            false,
        ),
    };
    // sys.argv and sys.path.
    let mut argv = vec![vm.new_string(argv0)];
    argv.extend(rest.iter().map(|a| vm.new_str(a)));
    let argv_l = vm.new_list(argv);
    let sys = vm.sys.clone();
    vm.module_set(&sys, "argv", argv_l);
    let mut path = vec![vm.new_string(path0)];
    if let Ok(pp) = std::env::var("PYTHONPATH") {
        for p in pp.split(':').filter(|p| !p.is_empty()) {
            path.push(vm.new_str(p));
        }
    }
    // The standard library comes after the script's directory and PYTHONPATH, as in CPython.
    if !vm.stdlib_dir.is_empty() {
        let dir = vm.stdlib_dir.clone();
        path.push(vm.new_string(dir));
    }
    let path_l = vm.new_list(path);
    vm.module_set(&sys, "path", path_l);
    vm.module_set(
        &sys,
        "dont_write_bytecode",
        Value::Bool(dont_write_bytecode),
    );
    let outcome = match source {
        Some(src) => kaa::run_main(&mut vm, &src, &filename, set_file),
        None => {
            let name = match &program {
                Program::Module(m) => m.clone(),
                _ => String::new(),
            };
            kaa::run_module_as_main(&mut vm, &name)
        }
    };
    kaa::run_exit_handlers(&mut vm);
    kaa_vm::sysmod::flush_stdout(&mut vm);
    match outcome {
        kaa::Outcome::Ok => 0,
        kaa::Outcome::Exit(c) => c,
    }
}

fn abspath(f: &str) -> String {
    let p = std::path::Path::new(f);
    if p.is_absolute() {
        return f.to_string();
    }
    std::env::current_dir()
        .map(|d| d.join(p).to_string_lossy().into_owned())
        .unwrap_or_else(|_| f.to_string())
}

fn errno_text(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "No such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "Permission denied".into(),
        _ => e.to_string(),
    }
}
