//! Build script: the compiler fingerprint stored in every bytecode cache file. It is an FNV-1a
//! hash of the parser's and compiler's Rust sources (and the crate version), so a kaa built
//! from different compiler code never trusts a cache file written by another build (CPython
//! bumps its magic number by hand for the same purpose).

use std::path::{Path, PathBuf};

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    println!("cargo:rerun-if-changed={}", dir.display());
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

fn main() {
    let manifest = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".to_string());
    let root = Path::new(&manifest);
    let mut files = Vec::new();
    collect(&root.join("src"), &mut files);
    collect(&root.join("../kaa-syntax/src"), &mut files);
    files.sort();
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut feed = |bytes: &[u8]| {
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
    };
    feed(
        std::env::var("CARGO_PKG_VERSION")
            .unwrap_or_default()
            .as_bytes(),
    );
    for f in &files {
        if let Some(name) = f.file_name().and_then(|n| n.to_str()) {
            feed(name.as_bytes());
        }
        feed(&std::fs::read(f).unwrap_or_default());
    }
    let out_dir = std::env::var("OUT_DIR").unwrap_or_else(|_| ".".to_string());
    let dest = Path::new(&out_dir).join("fingerprint.rs");
    let text = format!("0x{h:016x}u64\n");
    if std::fs::read_to_string(&dest).ok().as_deref() != Some(text.as_str()) {
        if let Err(e) = std::fs::write(&dest, text) {
            panic!("cannot write {}: {e}", dest.display());
        }
    }
}
