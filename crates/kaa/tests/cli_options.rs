//! The command line's options and environment variables that change what kaa does rather
//! than what a program prints: the bytecode cache switches (`-B`, `PYTHONDONTWRITEBYTECODE`,
//! `-X pycache_prefix`), import tracing (`-v`, `-X importtime`), `PYTHONPATH` and `-E`, and
//! CPython's usage errors. Each runs the kaa binary in a fresh temporary folder.

use std::path::{Path, PathBuf};
use std::process::Command;

fn tempdir(tag: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("kaa-cli-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).expect("temporary folder");
    d
}

/// Runs kaa in `dir` with a clean PYTHON* environment plus `env`.
fn kaa(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> (String, String, i32) {
    let mut c = Command::new(env!("CARGO_BIN_EXE_kaa"));
    c.current_dir(dir).args(args);
    for (k, _) in std::env::vars() {
        if k.starts_with("PYTHON") {
            c.env_remove(k);
        }
    }
    for (k, v) in env {
        c.env(k, v);
    }
    let out = c.output().expect("kaa runs");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

fn module(dir: &Path, name: &str, text: &str) {
    std::fs::write(dir.join(format!("{name}.py")), text).expect("write module");
}

#[test]
fn cache_written_unless_disabled() {
    let d = tempdir("cache");
    module(&d, "m", "print('m ran')\n");
    let cache = d.join("__pycache__/m.kaa-311.pyc");
    let (out, _, rc) = kaa(&d, &["-B", "-c", "import m"], &[]);
    assert_eq!((out.as_str(), rc), ("m ran\n", 0));
    assert!(!cache.exists(), "-B wrote a cache");
    kaa(&d, &["-c", "import m"], &[("PYTHONDONTWRITEBYTECODE", "1")]);
    assert!(!cache.exists(), "PYTHONDONTWRITEBYTECODE wrote a cache");
    let (out, _, _) = kaa(
        &d,
        &["-c", "import sys; print(sys.flags.dont_write_bytecode)"],
        &[("PYTHONDONTWRITEBYTECODE", "1")],
    );
    assert_eq!(out, "1\n");
    kaa(&d, &["-c", "import m"], &[]);
    assert!(cache.exists(), "no cache written");
    // -E ignores PYTHONDONTWRITEBYTECODE
    let (out, _, _) = kaa(
        &d,
        &["-E", "-c", "import sys; print(sys.dont_write_bytecode)"],
        &[("PYTHONDONTWRITEBYTECODE", "1")],
    );
    assert_eq!(out, "False\n");
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn pycache_prefix_option() {
    let d = tempdir("prefix");
    module(&d, "p", "X = 1\n");
    let (out, _, _) = kaa(
        &d,
        &[
            "-X",
            "pycache_prefix=pfx",
            "-c",
            "import sys, p; print(sys.pycache_prefix, p.X)",
        ],
        &[],
    );
    assert_eq!(out, "pfx 1\n");
    let rel = d.canonicalize().expect("canonical");
    let rel = rel.to_string_lossy();
    let cache = d
        .join("pfx")
        .join(rel.trim_start_matches('/'))
        .join("p.kaa-311.pyc");
    assert!(cache.exists(), "{} missing", cache.display());
    assert!(!d.join("__pycache__").exists());
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn verbose_traces_the_cache() {
    let d = tempdir("verbose");
    module(&d, "v", "V = 1\n");
    let (_, err, _) = kaa(&d, &["-v", "-c", "import v"], &[]);
    let dir = d.canonicalize().expect("canonical");
    let dir = dir.to_string_lossy();
    assert!(
        err.contains(&format!("# code object from {dir}/v.py\n")),
        "{err}"
    );
    assert!(
        err.contains(&format!("# created '{dir}/__pycache__/v.kaa-311.pyc'\n")),
        "{err}"
    );
    assert!(
        err.contains("import 'v' # <_frozen_importlib_external.SourceFileLoader object at 0x"),
        "{err}"
    );
    let (_, err, _) = kaa(&d, &["-v", "-c", "import v"], &[]);
    assert!(
        err.contains(&format!(
            "# {dir}/__pycache__/v.kaa-311.pyc matches {dir}/v.py\n"
        )),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "# code object from '{dir}/__pycache__/v.kaa-311.pyc'\n"
        )),
        "{err}"
    );
    std::fs::write(d.join("__pycache__/v.kaa-311.pyc"), b"junk").expect("write");
    let (_, err, _) = kaa(&d, &["-v", "-c", "import v"], &[]);
    assert!(
        err.contains("# bad magic number in 'v': b'junk'\n"),
        "{err}"
    );
    let (_, quiet, _) = kaa(&d, &["-c", "import v"], &[]);
    assert_eq!(quiet, "");
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn importtime_table() {
    let d = tempdir("importtime");
    std::fs::create_dir_all(d.join("pkg")).expect("mkdir");
    std::fs::write(d.join("pkg/__init__.py"), "from . import sub\n").expect("write");
    std::fs::write(d.join("pkg/sub.py"), "S = 1\n").expect("write");
    for args in [
        &["-X", "importtime", "-c", "import pkg"][..],
        &["-c", "import pkg"][..],
    ] {
        let env: &[(&str, &str)] = if args.len() == 2 {
            &[("PYTHONPROFILEIMPORTTIME", "1")]
        } else {
            &[]
        };
        let (_, err, rc) = kaa(&d, args, env);
        assert_eq!(rc, 0);
        let lines: Vec<&str> = err.lines().collect();
        assert_eq!(
            lines[0],
            "import time: self [us] | cumulative | imported package"
        );
        let row = |suffix: &str| {
            lines
                .iter()
                .position(|l| l.starts_with("import time:") && l.ends_with(suffix))
                .unwrap_or_else(|| panic!("no row ending {suffix:?} in {err}"))
        };
        // children first, indented one level deeper than their parent
        assert!(row("|   pkg.sub") < row("| pkg"));
    }
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn pythonpath_and_isolation() {
    let d = tempdir("pythonpath");
    std::fs::create_dir_all(d.join("extra")).expect("mkdir");
    std::fs::write(d.join("extra/onpath.py"), "W = 'found'\n").expect("write");
    let extra = d.join("extra");
    let extra = extra.to_string_lossy();
    let code = "import sys, onpath; print(onpath.W, sys.path[1] == sys.argv[1])";
    let (out, err, _) = kaa(&d, &["-c", code, &extra], &[("PYTHONPATH", &extra)]);
    assert_eq!(out, "found True\n", "{err}");
    let (_, err, rc) = kaa(
        &d,
        &["-E", "-c", "import onpath"],
        &[("PYTHONPATH", &extra)],
    );
    assert_eq!(rc, 1);
    assert!(
        err.ends_with("ModuleNotFoundError: No module named 'onpath'\n"),
        "{err}"
    );
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn option_syntax() {
    let d = tempdir("options");
    let (out, _, rc) = kaa(
        &d,
        &[
            "-Bc",
            "import sys; print(sys.argv, sys.flags.dont_write_bytecode)",
            "x",
        ],
        &[],
    );
    assert_eq!((out.as_str(), rc), ("['-c', 'x'] 1\n", 0));
    let (out, _, _) = kaa(
        &d,
        &[
            "-vvq",
            "-c",
            "import sys; print(sys.flags.verbose, sys.flags.quiet)",
        ],
        &[],
    );
    assert!(out.ends_with("2 1\n"), "{out}");
    let (out, _, _) = kaa(&d, &["-cprint('attached')"], &[]);
    assert_eq!(out, "attached\n");
    let (_, err, rc) = kaa(&d, &["-z"], &[]);
    assert_eq!(rc, 2);
    assert!(err.starts_with("Unknown option: -z\nusage: "), "{err}");
    let (_, err, rc) = kaa(&d, &["-c"], &[]);
    assert_eq!(rc, 2);
    assert!(
        err.starts_with("Argument expected for the -c option\n"),
        "{err}"
    );
    let (_, err, rc) = kaa(&d, &["--nope"], &[]);
    assert_eq!(rc, 2);
    assert!(err.starts_with("unknown option --nope\n"), "{err}");
    let _ = std::fs::remove_dir_all(&d);
}
