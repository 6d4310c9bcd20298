//! Differential test of the AST: every snippet of `tests/corpus/valid.txt` is parsed by kaa
//! and by CPython (`python3 tests/astdump.py`), and the compact dumps (`kaa_syntax::dump`)
//! must be identical — node shapes, field values and every position. Skipped when
//! `python3` is not installed.

use std::path::Path;
use std::process::Command;

const SEP: &str = "\n#----\n";

fn python_dumps(corpus: &Path) -> Option<Vec<String>> {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/astdump.py");
    let out = Command::new("python3")
        .arg(script)
        .arg(corpus)
        .output()
        .ok()?;
    if !out.status.success() {
        return None;
    }
    Some(
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .map(str::to_string)
            .collect(),
    )
}

fn kaa_dump(src: &str) -> String {
    match kaa_syntax::parse_module(src, "<s>") {
        Ok(m) => kaa_syntax::dump::dump_module(&m),
        Err(e) => format!("ERR {:?} {:?} {} {}", e.kind, e.msg, e.lineno, e.offset),
    }
}

#[test]
fn ast_matches_cpython() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/valid.txt");
    let text = std::fs::read_to_string(&corpus).expect("corpus");
    let Some(expected) = python_dumps(&corpus) else {
        eprintln!("python3 not available: skipping");
        return;
    };
    let snippets: Vec<&str> = text.split(SEP).collect();
    assert_eq!(snippets.len(), expected.len());
    let mut failures = 0;
    for (src, want) in snippets.iter().zip(&expected) {
        if want.starts_with("ERR") {
            continue;
        }
        let got = kaa_dump(src);
        if &got != want {
            failures += 1;
            eprintln!("--- snippet:\n{src}\n  want: {want}\n  got:  {got}");
        }
    }
    assert_eq!(failures, 0, "{failures} snippets differ from CPython");
}
