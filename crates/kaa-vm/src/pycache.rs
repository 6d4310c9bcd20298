//! The bytecode cache: the code object of a source module comes from
//! `__pycache__/NAME.kaa-311.pyc` when that file is intact and matches the source's mtime and
//! size, else the source is compiled and the cache (re)written atomically (a temporary file,
//! then a rename), unless `sys.dont_write_bytecode` is true. `sys.pycache_prefix` moves the
//! caches to a parallel tree. This mirrors CPython's `SourceLoader.get_code` with
//! `_bootstrap_external.cache_from_source` and `_write_atomic`, including `-v`'s messages; a
//! cache that cannot be read or written is never an error, only a recompilation.
//! The file format itself is `kaa_compiler::marshal`.

use crate::object::ObjRef;
use crate::value::Value;
use crate::{PyResult, Vm};
use kaa_compiler::marshal;

/// `sys.implementation.cache_tag`.
pub const CACHE_TAG: &str = "kaa-311";

/// CPython's `cache_from_source(path)` for kaa's tag: `dir/__pycache__/stem.kaa-311.pyc`, or
/// under `sys.pycache_prefix` when that is set.
pub fn cache_from_source(vm: &mut Vm, source: &str) -> String {
    let (head, tail) = match source.rsplit_once('/') {
        Some((h, t)) => (h.to_string(), t),
        None => (String::new(), source),
    };
    let stem = match tail.rsplit_once('.') {
        Some((s, _)) => s,
        None => tail,
    };
    let file = format!("{stem}.{CACHE_TAG}.pyc");
    let prefix =
        crate::sysmod::sys_attr(vm, "pycache_prefix").and_then(|p| p.as_str().map(str::to_string));
    match prefix {
        Some(prefix) => {
            let abs = if head.starts_with('/') {
                head
            } else {
                let cwd = std::env::current_dir()
                    .map(|c| c.to_string_lossy().into_owned())
                    .unwrap_or_default();
                if head.is_empty() {
                    cwd
                } else {
                    format!("{cwd}/{head}")
                }
            };
            format!(
                "{}/{}/{file}",
                prefix.trim_end_matches('/'),
                abs.trim_start_matches('/')
            )
        }
        None if head.is_empty() => format!("__pycache__/{file}"),
        None => format!("{head}/__pycache__/{file}"),
    }
}

/// The source's mtime in nanoseconds and its size, as the cache header records them.
fn source_stamp(meta: &std::fs::Metadata) -> (u64, u64) {
    let mtime = meta
        .modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0, |d| u64::try_from(d.as_nanos()).unwrap_or(u64::MAX));
    (mtime, meta.len())
}

/// The verbosity `-v` asked for (`sys.flags.verbose`).
pub fn verbose(vm: &Vm) -> u32 {
    vm.verbose
}

fn trace(vm: &Vm, msg: &str) {
    if verbose(vm) > 0 {
        eprintln!("{msg}");
    }
}

/// The code object of the module `name` whose source is the file `path`, through the cache.
pub fn source_code(vm: &mut Vm, name: &str, path: &str) -> PyResult<ObjRef> {
    if let Some(fm) = crate::import::stdlib_module(vm, path) {
        // kaa's own standard library: precompiled into the binary, never read from disk.
        return crate::import::frozen_code(vm, fm, path);
    }
    let meta = std::fs::metadata(path).ok();
    let stamp = meta.as_ref().map(source_stamp);
    let cache = path.ends_with(".py").then(|| cache_from_source(vm, path));
    if let (Some((mtime, size)), Some(cache)) = (stamp, &cache) {
        if let Ok(data) = std::fs::read(cache) {
            match marshal::load_pyc(&data, mtime, size, Some(path)) {
                Some(code) => {
                    trace(vm, &format!("# {cache} matches {path}"));
                    trace(vm, &format!("# code object from '{cache}'"));
                    return Ok(vm.make_code(&code));
                }
                None if data.get(..4) != Some(&marshal::PYC_MAGIC[..]) => {
                    let magic = crate::repr::bytes_repr(data.get(..4).unwrap_or(&data), "b");
                    trace(vm, &format!("# bad magic number in '{name}': {magic}"));
                }
                None => trace(vm, &format!("# bytecode is stale for '{name}'")),
            }
        }
    }
    let src = read_source(vm, path)?;
    let code = kaa_compiler::compile(&src, path, kaa_compiler::Mode::Exec)
        .map_err(|e| vm.compile_error(e))?;
    trace(vm, &format!("# code object from {path}"));
    if let (Some((mtime, size)), Some(cache)) = (stamp, &cache) {
        let dont_write = match crate::sysmod::sys_attr(vm, "dont_write_bytecode") {
            Some(v) => vm.truthy(&v)?,
            None => false,
        };
        if !dont_write {
            let data = marshal::dump_pyc(&code, mtime, size);
            let mode = meta.as_ref().map_or(0o644, source_mode);
            match write_atomic(cache, &data, mode) {
                Ok(()) => trace(vm, &format!("# created '{cache}'")),
                Err(e) => trace(vm, &format!("# could not create '{cache}': {e}")),
            }
        }
    }
    Ok(vm.make_code(&code))
}

/// The cache file's permissions: the source's, plus owner write (CPython's `_calc_mode`).
fn source_mode(meta: &std::fs::Metadata) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    (meta.permissions().mode() & 0o777) | 0o200
}

/// Writes `data` to a temporary file beside `path` and renames it into place, so a reader
/// never sees a half-written cache and concurrent writers do not interleave.
pub fn write_atomic(path: &str, data: &[u8], mode: u32) -> std::io::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    if let Some((dir, _)) = path.rsplit_once('/') {
        if !dir.is_empty() {
            std::fs::create_dir_all(dir)?;
        }
    }
    let tmp = format!("{path}.{}.tmp", std::process::id());
    let result = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(mode)
        .open(&tmp)
        .and_then(|mut f| f.write_all(data))
        .and_then(|()| std::fs::rename(&tmp, path));
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// A source file's text; bytes that are not UTF-8 are CPython's SyntaxError.
pub fn read_source(vm: &mut Vm, path: &str) -> PyResult<String> {
    match std::fs::read(path) {
        Ok(b) => match String::from_utf8(b) {
            Ok(s) => Ok(s),
            Err(_) => {
                let c = vm.types.syntax_error.clone();
                Err(vm.new_exc(&c, format!("Non-UTF-8 code in file {path}")))
            }
        },
        Err(e) => {
            let c = vm.types.os_error.clone();
            Err(vm.new_exc(&c, e.to_string()))
        }
    }
}

/// `_imp._source_code(name, path)`: `SourceFileLoader.get_code` through the cache.
pub fn imp_source_code(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let name = args
        .first()
        .and_then(|v| v.as_str())
        .unwrap_or("")
        .to_string();
    let Some(path) = args.get(1).and_then(|v| v.as_str()).map(str::to_string) else {
        return Err(vm.type_error("_source_code() needs a path"));
    };
    Ok(Value::Obj(source_code(vm, &name, &path)?))
}

/// `_imp._cache_from_source(path)`: the cache path, honouring `sys.pycache_prefix`.
pub fn imp_cache_from_source(
    vm: &mut Vm,
    args: &[Value],
    _kw: &[(Value, Value)],
) -> PyResult<Value> {
    let Some(path) = args.first().and_then(|v| v.as_str()).map(str::to_string) else {
        return Err(vm.type_error("_cache_from_source() needs a path"));
    };
    let c = cache_from_source(vm, &path);
    Ok(vm.new_string(c))
}
