//! Build script: embeds the pure-Python standard library (the repo's `Lib/`) in the binary,
//! precompiled. Walks `../../Lib`, compiles every `.py` file with kaa's own compiler (a build
//! dependency) into the `kaa_compiler::marshal` format under `$OUT_DIR/frozen/`, and writes
//! `$OUT_DIR/frozen.rs`, a table `FROZEN` of (dotted module name, source text via
//! `include_str!`, code via `include_bytes!`, is_package); `pkg/__init__.py` becomes the
//! package `pkg`. Importing a stdlib module thus reads no file and compiles nothing (CPython's
//! frozen modules). A file that does not compile gets empty code, so the import raises the
//! SyntaxError at run time. Cargo reruns this when `Lib/` or the compiler changes.

use kaa_compiler::Mode;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn walk(dir: &Path, prefix: &[String], out: &mut Vec<(String, PathBuf, bool)>) {
    println!("cargo:rerun-if-changed={}", dir.display());
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for path in entries {
        let Some(name) = path
            .file_name()
            .and_then(|n| n.to_str())
            .map(str::to_string)
        else {
            continue;
        };
        if name.starts_with('.') || name == "__pycache__" {
            continue;
        }
        if path.is_dir() {
            if !is_identifier(&name) {
                continue;
            }
            let mut sub = prefix.to_vec();
            sub.push(name);
            walk(&path, &sub, out);
        } else if let Some(stem) = name.strip_suffix(".py") {
            println!("cargo:rerun-if-changed={}", path.display());
            let abs = path.canonicalize().unwrap_or_else(|_| path.clone());
            if stem == "__init__" {
                if !prefix.is_empty() {
                    out.push((prefix.join("."), abs, true));
                }
            } else if is_identifier(stem) {
                let mut parts = prefix.to_vec();
                parts.push(stem.to_string());
                out.push((parts.join("."), abs, false));
            }
        }
    }
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c == '_' || c.is_ascii_alphabetic())
        && chars.all(|c| c == '_' || c.is_ascii_alphanumeric())
}

fn main() {
    let manifest = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".to_string());
    let lib = Path::new(&manifest).join("../../Lib");
    let mut modules = Vec::new();
    walk(&lib, &[], &mut modules);
    modules.sort();
    let out_dir = std::env::var("OUT_DIR").unwrap_or_else(|_| ".".to_string());
    let code_dir = Path::new(&out_dir).join("frozen");
    if let Err(e) = std::fs::create_dir_all(&code_dir) {
        panic!("cannot create {}: {e}", code_dir.display());
    }
    let mut src = String::from(
        "/// The embedded pure-Python modules: (dotted name, source, code, is_package).\n\
         pub static FROZEN: &[(&str, &str, &[u8], bool)] = &[\n",
    );
    for (name, path, is_pkg) in &modules {
        let text = std::fs::read_to_string(path).unwrap_or_default();
        let code = kaa_compiler::compile(&text, &format!("<frozen {name}>"), Mode::Exec)
            .map(|c| kaa_compiler::marshal::dump(&c))
            .unwrap_or_default();
        let code_path = code_dir.join(format!("{name}.code"));
        write_if_changed(&code_path, &code);
        let _ = writeln!(
            src,
            "    ({name:?}, include_str!({:?}), include_bytes!({:?}), {is_pkg}),",
            path.display().to_string(),
            code_path.display().to_string()
        );
    }
    src.push_str("];\n");
    let lib_abs = lib.canonicalize().unwrap_or(lib.clone());
    let _ = writeln!(
        src,
        "/// Where `Lib/` was at build time: the directory the embedded modules are presented as.\n\
         pub static LIB_DIR: &str = {:?};",
        lib_abs.display().to_string()
    );
    write_if_changed(&Path::new(&out_dir).join("frozen.rs"), src.as_bytes());
}

/// Rewrites `dest` only when its content changes, so unchanged modules do not force rebuilds.
fn write_if_changed(dest: &Path, data: &[u8]) {
    if std::fs::read(dest).ok().as_deref() != Some(data) {
        if let Err(e) = std::fs::write(dest, data) {
            panic!("cannot write {}: {e}", dest.display());
        }
    }
}
