//! Bytecode golden tests: each `tests/golden/NAME.py` is compiled and disassembled, and the
//! text must equal `NAME.dis`. Regenerate after an intended codegen change with
//! `KAA_BLESS=1 cargo test -p kaa-compiler --test golden` and review the diff.

use std::path::Path;

#[test]
fn bytecode_goldens() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let bless = std::env::var_os("KAA_BLESS").is_some();
    let mut failures = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .expect("golden dir exists")
        .flatten()
        .collect();
    entries.sort_by_key(|e| e.path());
    for e in entries {
        let p = e.path();
        if p.extension().and_then(|x| x.to_str()) != Some("py") {
            continue;
        }
        let src = std::fs::read_to_string(&p).expect("readable golden source");
        let name = p
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("?")
            .to_string();
        let text = match kaa_compiler::compile(&src, &name, kaa_compiler::Mode::Exec) {
            Ok(code) => kaa_compiler::dis::disassemble(&code),
            Err(err) => format!("compile error: {err:?}\n"),
        };
        let golden = p.with_extension("dis");
        if bless {
            std::fs::write(&golden, &text).expect("writable golden");
            continue;
        }
        match std::fs::read_to_string(&golden) {
            Ok(g) if g == text => {}
            _ => failures.push(name),
        }
    }
    assert!(
        failures.is_empty(),
        "bytecode differs from goldens (KAA_BLESS=1 to regenerate): {failures:?}"
    );
}
