//! Differential test of SyntaxErrors: the snippets of `tests/corpus/errors*.txt` are
//! compiled by CPython (`ast` only, so symbol-table errors are excluded) and parsed by kaa;
//! (class, message, lineno, offset) must agree for at least 90% of them (measured: about
//! 95%; `python3 tests/compare_errors.py` lists the differences). Skipped without python3.

use std::path::Path;
use std::process::Command;

const SCRIPT: &str = r#"
import ast, sys
text = open(sys.argv[1], encoding='utf-8').read()
for s in text.split('\n#----\n'):
    try:
        compile(s, '<s>', 'exec', ast.PyCF_ONLY_AST)
        print('OK')
    except SyntaxError as e:
        print('%s|%s|%s|%s' % (type(e).__name__, str(e.msg).replace('\n', '\\n'), e.lineno, e.offset))
    except (RecursionError, MemoryError):
        print('RecursionError|maximum recursion depth exceeded during compilation|0|0')
"#;

fn check(corpus: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/corpus")
        .join(corpus);
    let Ok(out) = Command::new("python3")
        .arg("-c")
        .arg(SCRIPT)
        .arg(&path)
        .output()
    else {
        eprintln!("python3 not available: skipping");
        return;
    };
    if !out.status.success() {
        eprintln!("python3 failed: skipping");
        return;
    }
    let want: Vec<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(str::to_string)
        .collect();
    let text = std::fs::read_to_string(&path).expect("corpus");
    let snippets: Vec<&str> = text.split("\n#----\n").collect();
    assert_eq!(want.len(), snippets.len());
    let mut ok = 0;
    for (src, w) in snippets.iter().zip(&want) {
        let got = match kaa_syntax::parse_module(src, "<s>") {
            Ok(_) => "OK".to_string(),
            Err(e) => format!(
                "{:?}|{}|{}|{}",
                e.kind,
                e.msg.replace('\n', "\\n"),
                e.lineno,
                e.offset
            ),
        };
        if &got == w {
            ok += 1;
        } else {
            eprintln!("{src:?}\n  cpython: {w}\n  kaa:     {got}");
        }
    }
    let rate = ok as f64 / snippets.len() as f64;
    eprintln!(
        "{corpus}: {ok}/{} match ({:.1}%)",
        snippets.len(),
        rate * 100.0
    );
    assert!(rate >= 0.9, "match rate fell to {:.1}%", rate * 100.0);
}

#[test]
fn errors_match_cpython() {
    check("errors.txt");
}

#[test]
fn holdout_errors_match_cpython() {
    check("errors_holdout.txt");
}
