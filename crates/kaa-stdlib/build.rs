//! Build script: embeds the pure-Python standard library (the repo's `Lib/`) in the binary.
//! Walks `../../Lib` and writes `$OUT_DIR/frozen.rs`, a table `FROZEN` of (dotted module name,
//! source text via `include_str!`, is_package) for every `.py` file; `pkg/__init__.py` becomes
//! the package `pkg`. Cargo reruns it when `Lib/` or any file in it changes.

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
    let mut src = String::from(
        "/// The embedded pure-Python modules: (dotted name, source, is_package).\n\
         pub static FROZEN: &[(&str, &str, bool)] = &[\n",
    );
    for (name, path, is_pkg) in &modules {
        let _ = writeln!(
            src,
            "    ({name:?}, include_str!({:?}), {is_pkg}),",
            path.display().to_string()
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
    let out_dir = std::env::var("OUT_DIR").unwrap_or_else(|_| ".".to_string());
    let dest = Path::new(&out_dir).join("frozen.rs");
    if std::fs::read_to_string(&dest).ok().as_deref() != Some(src.as_str()) {
        if let Err(e) = std::fs::write(&dest, src) {
            panic!("cannot write {}: {e}", dest.display());
        }
    }
}
