//! The differential test corpus: every case under `<repo>/tests/cases` is run with the `kaa`
//! binary and its output compared with what CPython 3.11 printed (see `docs/testing.md`).
//!
//! A case is `AREA/NAME.py` with `NAME.out` (expected stdout) beside it, plus `NAME.rc` and
//! `NAME.err` when CPython exited with a non-zero status; or a folder `AREA/NAME/` holding
//! `main.py` (and whatever it imports) with `expected.out` / `expected.rc` / `expected.err`.
//! The rules are those of `../shared/conformance/check.py`: each case runs in a fresh copy of
//! itself inside a temporary folder (the working directory) with `PYTHONHASHSEED=0`,
//! `PYTHONDONTWRITEBYTECODE=1`, `PYTHONIOENCODING=utf-8`, no `PYTHONPATH` and an empty stdin; the
//! copy's path is replaced by `$DIR` and the temporary folder's by `$TMP`. A case passes when
//! stdout and the exit status match and, for a failing run, the last line of stderr matches too.
//!
//! `tests/known-failures.txt` lists the cases expected to fail (one name per line, as printed
//! below, `#` comments allowed). The test fails when a case not in that list fails; listed cases
//! that pass are reported so they can be removed. Environment:
//! - `KAA_CASES=SUBSTRING` runs only the cases whose name contains SUBSTRING;
//! - `KAA_UPDATE_KNOWN=1` rewrites the known-failures list to the current failing set;
//! - `KAA_INTERP="CMD ARGS"` runs another interpreter instead of `kaa` (e.g. `python3`);
//! - `KAA_JOBS=N` sets the number of parallel runs, `KAA_TIMEOUT=SECONDS` the per-case limit.

use std::collections::BTreeSet;
use std::env;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::thread;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

const DEFAULT_TIMEOUT_SECS: f64 = 10.0;
const KNOWN_FAILURES: &str = "tests/known-failures.txt";
/// At most this many failing cases are shown with a diff; the rest are only named.
const MAX_DETAILED: usize = 25;
/// At most this many diff lines per case.
const MAX_DIFF_LINES: usize = 14;

struct Case {
    /// Path relative to `tests/cases`, with `/` separators (`int/bigint.py`, `classes/pkg`).
    name: String,
    path: PathBuf,
    folder: bool,
}

struct Expected {
    out: String,
    rc: i32,
    err: String,
}

/// What one run produced. `rc` is `None` on a timeout; a signal shows as its negated number.
struct Run {
    out: String,
    err: String,
    rc: Option<i32>,
}

struct Outcome {
    passed: bool,
    /// stderr identical to CPython's too (always true for clean exits), as check.py counts it.
    same_stderr: bool,
    expected: Expected,
    run: Run,
}

fn repo_root() -> PathBuf {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let root = manifest.join("..").join("..");
    root.canonicalize().unwrap_or(root)
}

fn interpreter() -> Vec<String> {
    match env::var("KAA_INTERP") {
        Ok(cmd) if !cmd.trim().is_empty() => cmd.split_whitespace().map(String::from).collect(),
        _ => vec![env!("CARGO_BIN_EXE_kaa").to_string()],
    }
}

/// Cases under `dir`, in the order `check.py` finds them (sorted names, skipping `.x`, `_x`).
fn find_cases(dir: &Path, root: &Path, out: &mut Vec<Case>) {
    let mut names: Vec<String> = match fs::read_dir(dir) {
        Ok(entries) => entries
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect(),
        Err(_) => return,
    };
    names.sort();
    for name in names {
        if name.starts_with('.') || name.starts_with('_') {
            continue;
        }
        let path = dir.join(&name);
        let rel = || {
            path.strip_prefix(root)
                .unwrap_or(&path)
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join("/")
        };
        if path.is_file() && name.ends_with(".py") {
            out.push(Case {
                name: rel(),
                path,
                folder: false,
            });
        } else if path.is_dir() && path.join("main.py").is_file() {
            out.push(Case {
                name: rel(),
                path,
                folder: true,
            });
        } else if path.is_dir() {
            find_cases(&path, root, out);
        }
    }
}

fn expectation_paths(case: &Case) -> [PathBuf; 3] {
    if case.folder {
        ["out", "rc", "err"].map(|ext| case.path.join(format!("expected.{ext}")))
    } else {
        ["out", "rc", "err"].map(|ext| case.path.with_extension(ext))
    }
}

fn read_lossy(path: &Path) -> Option<String> {
    fs::read(path)
        .ok()
        .map(|b| String::from_utf8_lossy(&b).into_owned())
}

fn expected(case: &Case) -> Expected {
    let [out, rc, err] = expectation_paths(case);
    let rc_text = read_lossy(&rc).unwrap_or_default();
    Expected {
        out: read_lossy(&out).unwrap_or_default(),
        rc: rc_text
            .trim()
            .parse()
            .unwrap_or(if rc_text.trim().is_empty() { 0 } else { -1000 }),
        err: read_lossy(&err).unwrap_or_default(),
    }
}

/// A fresh, empty directory under the system temporary folder.
fn fresh_dir(prefix: &str) -> io::Result<PathBuf> {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let base = env::temp_dir();
    loop {
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.subsec_nanos())
            .unwrap_or(0);
        let dir = base.join(format!("{prefix}-{}-{n}-{nanos}", std::process::id()));
        match fs::create_dir(&dir) {
            Ok(()) => return dir.canonicalize(),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
}

/// Copies a folder case, leaving out `expected.*` and `__pycache__` at every level.
fn copy_tree(from: &Path, to: &Path) -> io::Result<()> {
    fs::create_dir_all(to)?;
    for entry in fs::read_dir(from)? {
        let entry = entry?;
        let name = entry.file_name();
        let name_str = name.to_string_lossy();
        if name_str.starts_with("expected.") || name_str == "__pycache__" {
            continue;
        }
        let src = entry.path();
        if src.is_dir() {
            copy_tree(&src, &to.join(&name))?;
        } else {
            fs::copy(&src, to.join(&name))?;
        }
    }
    Ok(())
}

fn run_case(case: &Case, interp: &[String], timeout: Duration) -> Run {
    match try_run_case(case, interp, timeout) {
        Ok(run) => run,
        Err(e) => Run {
            out: String::new(),
            err: format!("harness error: {e}\n"),
            rc: Some(-1000),
        },
    }
}

fn try_run_case(case: &Case, interp: &[String], timeout: Duration) -> io::Result<Run> {
    let tmp = fresh_dir("kaa-case")?;
    let capture = fresh_dir("kaa-case-out")?;
    let result = (|| {
        let work = tmp.join("c");
        let script = if case.folder {
            copy_tree(&case.path, &work)?;
            "main.py".to_string()
        } else {
            fs::create_dir(&work)?;
            let file = case.path.file_name().unwrap_or_default();
            fs::copy(&case.path, work.join(file))?;
            file.to_string_lossy().into_owned()
        };
        let out_path = capture.join("stdout");
        let err_path = capture.join("stderr");
        let mut child = Command::new(&interp[0])
            .args(&interp[1..])
            .arg(&script)
            .current_dir(&work)
            .env("PYTHONHASHSEED", "0")
            .env("PYTHONDONTWRITEBYTECODE", "1")
            .env("PYTHONIOENCODING", "utf-8")
            .env_remove("PYTHONPATH")
            .stdin(Stdio::null())
            .stdout(fs::File::create(&out_path)?)
            .stderr(fs::File::create(&err_path)?)
            .spawn()?;
        let start = Instant::now();
        let mut pause = Duration::from_millis(1);
        let rc = loop {
            if let Some(status) = child.try_wait()? {
                break exit_code(status);
            }
            if start.elapsed() >= timeout {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            thread::sleep(pause);
            pause = (pause * 2).min(Duration::from_millis(20));
        };
        let work_s = work.to_string_lossy().into_owned();
        let tmp_s = tmp.to_string_lossy().into_owned();
        let norm = |p: &Path| {
            read_lossy(p)
                .unwrap_or_default()
                .replace(&work_s, "$DIR")
                .replace(&tmp_s, "$TMP")
        };
        let mut err = norm(&err_path);
        if rc.is_none() {
            err.push_str(&format!(
                "\n[timed out after {:.0}s]\n",
                timeout.as_secs_f64()
            ));
        }
        Ok(Run {
            out: norm(&out_path),
            err,
            rc,
        })
    })();
    let _ = fs::remove_dir_all(&tmp);
    let _ = fs::remove_dir_all(&capture);
    result
}

#[cfg(unix)]
fn exit_code(status: std::process::ExitStatus) -> Option<i32> {
    use std::os::unix::process::ExitStatusExt;
    status.code().or_else(|| status.signal().map(|s| -s))
}

#[cfg(not(unix))]
fn exit_code(status: std::process::ExitStatus) -> Option<i32> {
    status.code()
}

/// Python's `str.isspace` (a little wider than `char::is_whitespace`).
fn py_space(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

/// The line boundaries of Python's `str.splitlines`.
fn py_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// `check.py`'s `last_line`: the last line of the stripped text that is not blank.
fn last_line(text: &str) -> &str {
    text.trim_matches(py_space)
        .split(py_line_break)
        .rfind(|l| !l.trim_matches(py_space).is_empty())
        .unwrap_or("")
}

fn judge(expected: &Expected, run: &Run) -> bool {
    let mut ok = run.out == expected.out && run.rc == Some(expected.rc);
    if ok && expected.rc != 0 {
        ok = last_line(&run.err) == last_line(&expected.err);
    }
    ok
}

/// A short line diff of `want` → `got` (an LCS diff for ordinary sizes).
fn short_diff(want: &str, got: &str) -> Vec<String> {
    let a: Vec<&str> = want.lines().collect();
    let b: Vec<&str> = got.lines().collect();
    let mut lines = Vec::new();
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let suffix = a[prefix..]
        .iter()
        .rev()
        .zip(b[prefix..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (a_mid, b_mid) = (&a[prefix..a.len() - suffix], &b[prefix..b.len() - suffix]);
    if prefix > 0 {
        lines.push(format!("  {}", a[prefix - 1]));
    }
    if a_mid.len() * b_mid.len() <= 4_000_000 {
        // table[i][j]: LCS length of a_mid[i..] and b_mid[j..]
        let (n, m) = (a_mid.len(), b_mid.len());
        let mut table = vec![vec![0u32; m + 1]; n + 1];
        for i in (0..n).rev() {
            for j in (0..m).rev() {
                table[i][j] = if a_mid[i] == b_mid[j] {
                    table[i + 1][j + 1] + 1
                } else {
                    table[i + 1][j].max(table[i][j + 1])
                };
            }
        }
        let (mut i, mut j) = (0, 0);
        while i < n || j < m {
            if i < n && j < m && a_mid[i] == b_mid[j] {
                lines.push(format!("  {}", a_mid[i]));
                i += 1;
                j += 1;
            } else if i < n && (j == m || table[i + 1][j] >= table[i][j + 1]) {
                lines.push(format!("- {}", a_mid[i]));
                i += 1;
            } else {
                lines.push(format!("+ {}", b_mid[j]));
                j += 1;
            }
        }
    } else {
        lines.extend(a_mid.iter().map(|l| format!("- {l}")));
        lines.extend(b_mid.iter().map(|l| format!("+ {l}")));
    }
    if suffix > 0 {
        lines.push(format!("  {}", a[a.len() - suffix]));
    }
    if want.ends_with('\n') != got.ends_with('\n') && !want.is_empty() && !got.is_empty() {
        lines.push("  (final newline differs)".to_string());
    }
    if lines.len() > MAX_DIFF_LINES {
        let more = lines.len() - MAX_DIFF_LINES;
        lines.truncate(MAX_DIFF_LINES);
        lines.push(format!("  ... {more} more diff lines"));
    }
    lines
}

fn clip(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        format!("{}...", s.chars().take(max).collect::<String>())
    }
}

fn describe_failure(name: &str, o: &Outcome) -> String {
    let rc = match o.run.rc {
        Some(rc) => rc.to_string(),
        None => "timeout".to_string(),
    };
    let mut s = format!("FAIL {name}  (exit {rc}, expected {})\n", o.expected.rc);
    if o.run.out != o.expected.out {
        s.push_str("    stdout (- expected, + got):\n");
        for line in short_diff(&o.expected.out, &o.run.out) {
            s.push_str(&format!("    {}\n", clip(&line, 200)));
        }
    }
    if o.run.rc != Some(0) || o.expected.rc != 0 {
        if o.expected.rc != 0 {
            s.push_str(&format!(
                "    expected stderr: {}\n",
                clip(last_line(&o.expected.err), 200)
            ));
        }
        s.push_str(&format!(
            "    got stderr:      {}\n",
            clip(last_line(&o.run.err), 200)
        ));
    }
    s
}

/// The names listed in the known-failures file, and its leading comment block.
fn read_known(path: &Path) -> (BTreeSet<String>, Vec<String>) {
    let text = fs::read_to_string(path).unwrap_or_default();
    let mut header = Vec::new();
    let mut names = BTreeSet::new();
    let mut in_header = true;
    for line in text.lines() {
        let entry = line.split('#').next().unwrap_or("").trim();
        if entry.is_empty() {
            if in_header && (line.trim_start().starts_with('#') || line.trim().is_empty()) {
                header.push(line.to_string());
            }
            continue;
        }
        in_header = false;
        names.insert(entry.to_string());
    }
    while header.last().is_some_and(|l| l.trim().is_empty()) {
        header.pop();
    }
    (names, header)
}

fn write_known(path: &Path, header: &[String], names: &BTreeSet<String>) -> io::Result<()> {
    let mut text = String::new();
    for line in header {
        text.push_str(line);
        text.push('\n');
    }
    if !header.is_empty() {
        text.push('\n');
    }
    for name in names {
        text.push_str(name);
        text.push('\n');
    }
    fs::write(path, text)
}

fn say(text: &str) {
    // Written straight to the process's stderr (not through `eprint!`), so that it shows even
    // when the test harness captures output of passing tests.
    let mut err = io::stderr().lock();
    let _ = err.write_all(text.as_bytes());
    let _ = err.flush();
}

#[test]
fn corpus() {
    let root = repo_root();
    let cases_dir = root.join("tests").join("cases");
    let mut cases = Vec::new();
    find_cases(&cases_dir, &cases_dir, &mut cases);
    let filter = env::var("KAA_CASES").ok().filter(|f| !f.is_empty());
    if let Some(f) = &filter {
        cases.retain(|c| c.name.contains(f.as_str()));
    }
    if cases.is_empty() {
        say(&format!(
            "no cases found under {} (filter {filter:?})\n",
            cases_dir.display()
        ));
        assert!(filter.is_some(), "the corpus is empty");
        return;
    }
    let interp = interpreter();
    let timeout = env::var("KAA_TIMEOUT")
        .ok()
        .and_then(|t| t.parse::<f64>().ok())
        .filter(|t| *t > 0.0)
        .unwrap_or(DEFAULT_TIMEOUT_SECS);
    let timeout = Duration::from_secs_f64(timeout);
    let jobs = env::var("KAA_JOBS")
        .ok()
        .and_then(|j| j.parse::<usize>().ok())
        .filter(|j| *j > 0)
        .unwrap_or_else(|| {
            thread::available_parallelism()
                .map(|n| n.get())
                .unwrap_or(2)
        })
        .min(cases.len());

    let started = Instant::now();
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<Outcome>>> = Mutex::new((0..cases.len()).map(|_| None).collect());
    thread::scope(|scope| {
        for _ in 0..jobs {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(case) = cases.get(i) else { break };
                let expected = expected(case);
                let run = run_case(case, &interp, timeout);
                let passed = judge(&expected, &run);
                let same_stderr =
                    (expected.rc == 0 && run.rc == Some(0)) || run.err == expected.err;
                results.lock().unwrap_or_else(|e| e.into_inner())[i] = Some(Outcome {
                    passed,
                    same_stderr,
                    expected,
                    run,
                });
            });
        }
    });
    let results: Vec<Outcome> = results
        .into_inner()
        .unwrap_or_else(|e| e.into_inner())
        .into_iter()
        .map(|o| o.expect("every case was run"))
        .collect();

    let known_path = root.join(KNOWN_FAILURES);
    let (known, header) = read_known(&known_path);
    let failing: BTreeSet<String> = cases
        .iter()
        .zip(&results)
        .filter(|(_, o)| !o.passed)
        .map(|(c, _)| c.name.clone())
        .collect();
    let passed = cases.len() - failing.len();
    let identical = results.iter().filter(|o| o.passed && o.same_stderr).count();
    let summary = format!(
        "kaa corpus: {} cases, {passed} passed ({identical} with identical stderr), {} failed, \
         in {:.1}s with {} ({jobs} jobs)\n",
        cases.len(),
        failing.len(),
        started.elapsed().as_secs_f64(),
        interp.join(" "),
    );

    if env::var("KAA_UPDATE_KNOWN").is_ok_and(|v| !v.is_empty() && v != "0") {
        // With a filter, entries outside it are kept as they are.
        let mut updated: BTreeSet<String> = known
            .iter()
            .filter(|k| filter.as_ref().is_some_and(|f| !k.contains(f.as_str())))
            .cloned()
            .collect();
        updated.extend(failing.iter().cloned());
        write_known(&known_path, &header, &updated).expect("cannot write the known-failures file");
        say(&summary);
        say(&format!(
            "rewrote {KNOWN_FAILURES}: {} entries (was {})\n",
            updated.len(),
            known.len()
        ));
        return;
    }

    let mut report = String::new();
    let unexpected: Vec<(&Case, &Outcome)> = cases
        .iter()
        .zip(&results)
        .filter(|(c, o)| !o.passed && !known.contains(&c.name))
        .collect();
    for (i, (case, outcome)) in unexpected.iter().enumerate() {
        if i < MAX_DETAILED {
            report.push_str(&describe_failure(&case.name, outcome));
        } else {
            report.push_str(&format!("FAIL {}\n", case.name));
        }
    }
    let now_passing: Vec<&str> = cases
        .iter()
        .zip(&results)
        .filter(|(c, o)| o.passed && known.contains(&c.name))
        .map(|(c, _)| c.name.as_str())
        .collect();
    if !now_passing.is_empty() {
        report.push_str(&format!(
            "{} case(s) listed in {KNOWN_FAILURES} now pass; remove them from the list:\n",
            now_passing.len()
        ));
        for name in &now_passing {
            report.push_str(&format!("    {name}\n"));
        }
    }
    if filter.is_none() {
        let all: BTreeSet<&str> = cases.iter().map(|c| c.name.as_str()).collect();
        let stale: Vec<&String> = known.iter().filter(|k| !all.contains(k.as_str())).collect();
        if !stale.is_empty() {
            report.push_str(&format!(
                "{KNOWN_FAILURES} names cases that do not exist:\n"
            ));
            for name in stale {
                report.push_str(&format!("    {name}\n"));
            }
        }
    }
    report.push_str(&summary);
    let known_failing = failing.len() - unexpected.len();
    report.push_str(&format!(
        "known failures still failing: {known_failing}; unexpected failures: {}\n",
        unexpected.len()
    ));
    say(&report);
    assert!(
        unexpected.is_empty(),
        "{} case(s) failed that are not listed in {KNOWN_FAILURES} (details above)",
        unexpected.len()
    );
}
