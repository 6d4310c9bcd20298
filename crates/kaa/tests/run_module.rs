//! `kaa -m NAME`, compared with `python3 -m NAME` (CPython 3.11, the specification): both run
//! in the same temporary folder holding a few modules and packages, and must print the same
//! stdout and exit with the same status. stderr must match too, once the program name that
//! starts a one-line error (`/path/to/python3: No module named x`) and the folder's path are
//! normalised; for the cases marked `last_line_only` (tracebacks through CPython's
//! `importlib._bootstrap_external` frames, which kaa's loader does not have) only the last
//! line is compared. The test is skipped when `python3` is not available.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{SystemTime, UNIX_EPOCH};

/// The modules the cases run: (relative path, source).
const FILES: &[(&str, &str)] = &[
    (
        "pkg/__init__.py",
        "import sys\nprint('[pkg/__init__]', __name__, sys.argv)\n",
    ),
    (
        "pkg/__main__.py",
        r#""""pkg's main"""
import os
import sys
cwd = os.getcwd()
def rel(p):
    return p.replace(cwd, '$DIR')
print('name', __name__, 'package', __package__, 'spec', __spec__.name, __spec__.parent)
print('file', rel(__file__), 'argv', [rel(a) for a in sys.argv])
print('path0 is cwd', sys.path[0] == cwd, 'doc', __doc__)
print('loader', type(__loader__).__name__, __loader__ is __spec__.loader)
print('cached', __cached__.endswith('.pyc'))
print('globals', list(globals()))
main = sys.modules['__main__']
print('main module', main.__name__, main.__dict__ is globals(), 'pkg.__main__' in sys.modules)
print('annotations', __annotations__)
"#,
    ),
    (
        "pkg/cli.py",
        r#"import os
import sys
cwd = os.getcwd()
print('cli', __name__, __spec__.name, __package__, [a.replace(cwd, '$DIR') for a in sys.argv])
print('globals', list(globals()))
if __name__ == '__main__':
    print('cli main guard ran')
"#,
    ),
    (
        "pkg/boom.py",
        "def explode(n):\n    return 10 // n\n\n\nprint('about to fail')\nexplode(0)\n",
    ),
    (
        "pkg/exits.py",
        "import sys\nprint('exiting')\nsys.exit(3)\n",
    ),
    ("pkg/broken.py", "def f(:\n    pass\n"),
    ("pkg2/__init__.py", ""),
    ("nspkg/mod.py", "x = 1\n"),
    (
        "plain.py",
        "import sys\nprint('plain', __name__, __spec__.name, repr(__package__), sys.argv[1:])\n",
    ),
];

/// (arguments after `-m`, compare only the last line of stderr).
const CASES: &[(&[&str], bool)] = &[
    (&["pkg", "a", "-b", "--c"], false),
    (&["pkg.cli", "x"], false),
    (&["pkg.__main__"], false),
    (&["plain"], false),
    (&["plain", "one", "two"], false),
    (&["pkg.boom"], false),
    (&["pkg.exits"], false),
    (&["pkg.broken"], true),
    (&["nosuch"], false),
    (&["pkg.nosuch"], false),
    (&["nosuch.sub"], false),
    (&["pkg2"], false),
    (&["nspkg"], false),
    (&[".relative"], false),
    (&["plain.py"], false),
    // runpy run as a script runs the module named next.
    (&["runpy", "plain", "z"], false),
    (&["runpy", "nosuch"], false),
    (&["runpy"], false),
];

struct Run {
    out: String,
    err: String,
    code: Option<i32>,
}

fn run(program: &str, args: &[&str], dir: &Path) -> Option<Run> {
    let output = Command::new(program)
        .arg("-m")
        .args(args)
        .current_dir(dir)
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .env("PYTHONIOENCODING", "utf-8")
        .env_remove("PYTHONPATH")
        .stdin(Stdio::null())
        .output()
        .ok()?;
    Some(Run {
        out: String::from_utf8_lossy(&output.stdout).into_owned(),
        err: String::from_utf8_lossy(&output.stderr).into_owned(),
        code: output.status.code(),
    })
}

/// stderr with the folder's path as `$DIR` and a leading `PROGRAM: ` (the one-line errors of
/// `-m`) as `PROG: `.
fn normalise_err(err: &str, dir: &Path, program: &str) -> String {
    let dir = dir.to_string_lossy();
    err.lines()
        .map(|l| {
            let l = l.replace(dir.as_ref(), "$DIR");
            match l.strip_prefix(program) {
                Some(rest) if rest.starts_with(": ") => format!("PROG{rest}"),
                _ => l,
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn last_line(s: &str) -> &str {
    s.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("")
}

fn temp_folder() -> PathBuf {
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    let dir = std::env::temp_dir().join(format!("kaa-run-module-{}-{nanos}", std::process::id()));
    fs::create_dir_all(&dir).expect("create the temporary folder");
    dir.canonicalize().unwrap_or(dir)
}

#[test]
fn dash_m_matches_cpython() {
    let python_exe = match Command::new("python3")
        .args(["-c", "import sys; print(sys.executable)"])
        .output()
    {
        Ok(o) if o.status.success() => String::from_utf8_lossy(&o.stdout).trim().to_string(),
        _ => {
            eprintln!("python3 not available: skipping the kaa -m comparison");
            return;
        }
    };
    let kaa = env!("CARGO_BIN_EXE_kaa");
    let dir = temp_folder();
    for (path, source) in FILES {
        let p = dir.join(path);
        if let Some(parent) = p.parent() {
            fs::create_dir_all(parent).expect("create a package folder");
        }
        fs::write(&p, source).expect("write a module");
    }
    let mut failures = Vec::new();
    for (args, last_line_only) in CASES {
        let label = format!("-m {}", args.join(" "));
        let (Some(want), Some(got)) = (run("python3", args, &dir), run(kaa, args, &dir)) else {
            failures.push(format!("{label}: could not run an interpreter"));
            continue;
        };
        let want_err = normalise_err(&want.err, &dir, &python_exe);
        let got_err = normalise_err(&got.err, &dir, kaa);
        let err_differs = if *last_line_only {
            last_line(&want_err) != last_line(&got_err)
        } else {
            want_err != got_err
        };
        if want.out != got.out || want.code != got.code || err_differs {
            failures.push(format!(
                "{label}\n--- python3 (exit {:?})\n{}{want_err}\n--- kaa (exit {:?})\n{}{got_err}",
                want.code, want.out, got.code, got.out
            ));
        }
    }
    let _ = fs::remove_dir_all(&dir);
    assert!(
        failures.is_empty(),
        "kaa -m differs from python3 -m:\n\n{}",
        failures.join("\n\n")
    );
}
