//! The `kaa` command, with CPython's command line: `kaa FILE [args]`, `kaa -c CODE`,
//! `kaa -m MODULE`, `kaa -` (program on stdin) and the options in `cli.rs`. The
//! interpreter runs on a thread with a large stack so deep native recursion ends in
//! RecursionError, never a crash; a Rust panic is reported as an internal error.

#[cfg(feature = "mimalloc")]
#[global_allocator]
static GLOBAL: alloc::Allocator = alloc::Allocator;

#[cfg(feature = "mimalloc")]
mod alloc;

use std::io::Read;

/// Stack of the interpreter thread: room for the recursion limit of native nesting.
const STACK_SIZE: usize = 1 << 30;

mod cli;

use cli::{Exit, Options, Program};

fn usage(msg: &str) -> ! {
    let exe = std::env::args().next().unwrap_or_else(|| "kaa".into());
    if !msg.is_empty() {
        eprintln!("{msg}");
    }
    eprintln!("usage: {exe} [option] ... [-c cmd | -m mod | file | -] [arg] ...");
    eprintln!("Try `python -h' for more information.");
    std::process::exit(2);
}

/// mimalloc's option numbers (`mi_option_e` in its `mimalloc.h`, v3).
#[cfg(feature = "mimalloc")]
const MI_OPTION_ARENA_EAGER_COMMIT: std::os::raw::c_int = 4;
#[cfg(feature = "mimalloc")]
const MI_OPTION_PURGE_DELAY: std::os::raw::c_int = 15;

#[cfg(feature = "mimalloc")]
extern "C" {
    fn mi_option_set_default(option: std::os::raw::c_int, value: std::os::raw::c_long);
}

/// Tunes the allocator before the interpreter allocates. mimalloc by default commits its
/// first arena chunk eagerly, which put ~6 MiB in the resident set of every run (`-c pass`
/// peaked at 14 MiB against CPython's 8); committing on demand brings it to ~7.5 MiB.
/// mimalloc v3 also keeps freed pages committed for a second before returning them to the
/// OS, so a program that frees one large structure and builds the next (json_like's
/// rounds) held both: peak RSS 77-80 MiB, against 48-49 MiB when pages are purged after
/// 10 ms (mimalloc v2's default) with no measurable change in run time. Both are set as
/// defaults, so `MIMALLOC_ARENA_EAGER_COMMIT`/`MIMALLOC_PURGE_DELAY` in the environment
/// still win.
extern "C" fn tune_allocator() {
    #[cfg(feature = "mimalloc")]
    // SAFETY: a plain C call with in-range arguments; `mi_option_set_default` only records
    // the value in mimalloc's option table (it reads no memory of ours).
    unsafe {
        mi_option_set_default(MI_OPTION_ARENA_EAGER_COMMIT, 0);
        mi_option_set_default(MI_OPTION_PURGE_DELAY, 10);
    }
}

/// Runs `tune_allocator` among the program's initialisers, before the Rust runtime's first
/// allocation (which is when mimalloc reads its options and makes its first arena).
#[cfg(all(feature = "mimalloc", target_os = "linux"))]
#[used]
#[link_section = ".init_array"]
static TUNE_ALLOCATOR: extern "C" fn() = tune_allocator;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let opts = match cli::parse(&args) {
        Ok(o) => o,
        Err(Exit::Version) => {
            println!("Python 3.11.7");
            return;
        }
        Err(Exit::Usage(msg)) => usage(&msg),
    };
    let handle = std::thread::Builder::new()
        .name("kaa".into())
        .stack_size(STACK_SIZE)
        .spawn(move || std::panic::catch_unwind(move || run(opts)));
    let code = match handle.map(|h| h.join()) {
        Ok(Ok(Ok(code))) => code,
        _ => {
            eprintln!("kaa: internal error (this is a bug in kaa)");
            70
        }
    };
    std::process::exit(code);
}

fn run(opts: Options) -> i32 {
    let mut vm = kaa::new_vm();
    kaa::configure(&mut vm, &opts.config);
    let Options {
        program,
        rest,
        python_path,
        config,
    } = opts;
    let safe_path = config.safe_path;
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
    // sys.path[0] is the script's folder ('' for -c and stdin), unless -P/-I: then nothing
    // is prepended. PYTHONPATH entries follow.
    let mut path = Vec::new();
    if !safe_path {
        path.push(vm.new_string(path0));
    }
    for p in &python_path {
        path.push(vm.new_str(p));
    }
    // The standard library comes after the script's directory and PYTHONPATH, as in CPython.
    if !vm.stdlib_dir.is_empty() {
        let dir = vm.stdlib_dir.clone();
        path.push(vm.new_string(dir));
    }
    let path_l = vm.new_list(path);
    vm.module_set(&sys, "path", path_l);
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
