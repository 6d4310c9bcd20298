//! The import statement's runtime (a first layer of DESIGN.md §5): `__import__` semantics
//! with `sys.modules` as the cache, relative-name resolution from `__package__`/`__name__`,
//! packages and their `__path__`, native and embedded modules, source files found along
//! `sys.path`, insertion into `sys.modules` before execution and removal on failure, binding
//! submodules on their parent, `fromlist` handling, `from m import *` with `__all__`, and
//! CPython's ImportError/ModuleNotFoundError messages. A replaced `builtins.__import__` is
//! honoured. `sys.meta_path` is consulted live before the built-in search (find_spec,
//! create_module, exec_module or the legacy load_module), and the small `_imp` helper module
//! gives `Lib/importlib` access to the native and embedded module tables and the file system.

use crate::object::{ObjRef, Payload};
use crate::value::Value;
use crate::{PyResult, Vm};

/// IMPORT_NAME: `__import__(name, globals, locals, fromlist, level)`.
pub fn import_name_op(
    vm: &mut Vm,
    name: &Value,
    builtins: &ObjRef,
    globals: &ObjRef,
    locals: &Value,
    fromlist: &Value,
    level: &Value,
) -> PyResult<Value> {
    // The frame's builtins, as CPython: `exec` with a custom `__builtins__` dict gets that
    // dict's `__import__`, and none at all is an ImportError.
    let imp = vm.dict_get_str(builtins, "__import__");
    let Some(imp) = &imp else {
        let c = vm.types.import_error.clone();
        return Err(vm.new_exc(&c, "__import__ not found"));
    };
    {
        let native = matches!(imp.payload(), Some(Payload::Builtin(b)) if b.name == "__import__");
        if !native {
            return vm.call(
                imp,
                &[
                    name.clone(),
                    Value::Obj(globals.clone()),
                    locals.clone(),
                    fromlist.clone(),
                    level.clone(),
                ],
            );
        }
    }
    let lvl = match level {
        Value::Int(i) => *i,
        _ => 0,
    };
    import_module_level(
        vm,
        name.as_str().unwrap_or(""),
        Some(globals),
        fromlist,
        lvl,
    )
}

/// Resolves a relative module name against the importing module's package.
pub fn resolve_name(
    vm: &mut Vm,
    name: &str,
    globals: Option<&ObjRef>,
    level: i64,
) -> PyResult<String> {
    if level == 0 {
        if name.is_empty() {
            return Err(vm.value_error("Empty module name"));
        }
        return Ok(name.to_string());
    }
    let package = package_of(vm, globals)?;
    let Some(package) = package.filter(|p| !p.is_empty()) else {
        let c = vm.types.import_error.clone();
        return Err(vm.new_exc(&c, "attempted relative import with no known parent package"));
    };
    let mut base: &str = &package;
    for _ in 1..level {
        match base.rsplit_once('.') {
            Some((a, _)) => base = a,
            None => {
                let c = vm.types.import_error.clone();
                return Err(vm.new_exc(&c, "attempted relative import beyond top-level package"));
            }
        }
    }
    Ok(if name.is_empty() {
        base.to_string()
    } else {
        format!("{base}.{name}")
    })
}

/// The package a relative import is resolved against: `__package__`, else `__spec__.parent`,
/// else derived from `__name__` (and `__path__`), with CPython's errors for bad globals.
fn package_of(vm: &mut Vm, globals: Option<&ObjRef>) -> PyResult<Option<String>> {
    let not_in_globals = |vm: &mut Vm| {
        let c = vm.types.key_error.clone();
        vm.new_exc(&c, "'__name__' not in globals")
    };
    let Some(g) = globals else {
        return Err(not_in_globals(vm));
    };
    if let Some(p) = vm.dict_get_str(g, "__package__").filter(|p| !p.is_none()) {
        return match p.as_str() {
            Some(s) => Ok(Some(s.to_string())),
            None => Err(vm.type_error("package must be a string")),
        };
    }
    if let Some(spec) = vm.dict_get_str(g, "__spec__").filter(|s| !s.is_none()) {
        if let Some(p) = vm.getattr_opt(&spec, "parent")? {
            if let Some(s) = p.as_str() {
                return Ok(Some(s.to_string()));
            }
        }
    }
    let Some(n) = vm.dict_get_str(g, "__name__") else {
        return Err(not_in_globals(vm));
    };
    let Some(n) = n.as_str().map(|s| s.to_string()) else {
        return Err(vm.type_error("__name__ must be a string"));
    };
    if vm.dict_get_str(g, "__path__").is_some() {
        Ok(Some(n))
    } else {
        Ok(Some(
            n.rsplit_once('.')
                .map(|(a, _)| a.to_string())
                .unwrap_or_default(),
        ))
    }
}

/// `importlib.__import__` semantics.
pub fn import_module_level(
    vm: &mut Vm,
    name: &str,
    globals: Option<&ObjRef>,
    fromlist: &Value,
    level: i64,
) -> PyResult<Value> {
    if level < 0 {
        return Err(vm.value_error("level must be >= 0"));
    }
    let abs = resolve_name(vm, name, globals, level)?;
    let module = import_abs(vm, &abs)?;
    let has_fromlist = !fromlist.is_none() && vm.truthy(fromlist)?;
    if !has_fromlist {
        if level == 0 || !name.is_empty() {
            let top = if level == 0 {
                name.split('.').next().unwrap_or(name).to_string()
            } else {
                let cut = abs.len() - name.len();
                let first = name.split('.').next().unwrap_or(name);
                format!("{}{}", &abs[..cut], first)
            };
            let modules = vm.modules_dict();
            if let Some(m) = vm.dict_get_str(&modules, &top) {
                return Ok(m);
            }
            return import_abs(vm, &top);
        }
        return Ok(module);
    }
    // fromlist: import submodules named in it (or in __all__ for '*') if the module is a package.
    if vm.getattr_opt(&module, "__path__")?.is_some() {
        let items = vm.iterate(fromlist)?;
        for it in items {
            let Some(s) = it.as_str().map(|s| s.to_string()) else {
                let n = vm.type_name(&it);
                return Err(vm.type_error(format!("Item in {abs}.__all__ must be str, not {n}")));
            };
            if s == "*" {
                if let Some(all) = vm.getattr_opt(&module, "__all__")? {
                    let all_v = vm.iterate(&all)?;
                    for a in all_v {
                        if let Some(an) = a.as_str().map(|x| x.to_string()) {
                            if vm.getattr_opt(&module, &an)?.is_none() {
                                try_import_sub(vm, &abs, &an)?;
                            }
                        }
                    }
                }
                continue;
            }
            if vm.getattr_opt(&module, &s)?.is_none() {
                try_import_sub(vm, &abs, &s)?;
            }
        }
    }
    Ok(module)
}

fn try_import_sub(vm: &mut Vm, pkg: &str, name: &str) -> PyResult<()> {
    let full = format!("{pkg}.{name}");
    match import_abs(vm, &full) {
        Ok(_) => Ok(()),
        Err(e) => {
            // A missing submodule named in fromlist is not an error here (ImportFrom reports).
            if vm.exc_matches(&e, &vm.types.module_not_found_error.clone()) {
                let ename = vm.getattr_opt(&Value::Obj(e.0.clone()), "name")?;
                if ename.as_ref().and_then(|n| n.as_str()) == Some(full.as_str()) {
                    return Ok(());
                }
            }
            Err(e)
        }
    }
}

fn module_not_found(vm: &mut Vm, name: &str, msg: String) -> crate::vm::PyErr {
    let c = vm.types.module_not_found_error.clone();
    let e = vm.new_exc(&c, msg);
    let n = vm.new_str(name);
    crate::exceptions::set_attr_raw(vm, &e.0, "name", n);
    e
}

/// Imports an absolute dotted name, parents first.
pub fn import_abs(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let modules = vm.modules_dict();
    if let Some(m) = vm.dict_get_str(&modules, name) {
        if m.is_none() {
            return Err(module_not_found(
                vm,
                name,
                format!("import of {name} halted; None in sys.modules"),
            ));
        }
        return Ok(m);
    }
    let (parent, search_path) = match name.rsplit_once('.') {
        Some((p, _)) => {
            let pm = import_abs(vm, p)?;
            // The parent's import may have imported this module as a side effect.
            let modules = vm.modules_dict();
            if let Some(m) = vm.dict_get_str(&modules, name) {
                return Ok(m);
            }
            match vm.getattr_opt(&pm, "__path__")? {
                Some(path) => (Some((p.to_string(), pm)), Some(path)),
                None => {
                    return Err(module_not_found(
                        vm,
                        name,
                        format!("No module named '{name}'; '{p}' is not a package"),
                    ));
                }
            }
        }
        None => (None, None),
    };
    let module = if vm.verbose > 0 || vm.import_time {
        crate::import_trace::traced(vm, name, |vm| load_module(vm, name, search_path))?
    } else {
        load_module(vm, name, search_path)?
    };
    let Some(module) = module else {
        return Err(module_not_found(
            vm,
            name,
            format!("No module named '{name}'"),
        ));
    };
    if let Some((_, pm)) = parent {
        let child = name.rsplit('.').next().unwrap_or(name);
        let _ = vm.setattr(&pm, child, module.clone());
    }
    Ok(module)
}

/// Finds and executes a module: meta-path finders, native, embedded, then source files.
fn load_module(vm: &mut Vm, name: &str, search_path: Option<Value>) -> PyResult<Option<Value>> {
    if name == "_imp" {
        let m = make_imp_module(vm);
        let modules = vm.modules_dict();
        vm.dict_set_str(&modules, name, Value::Obj(m.clone()));
        return Ok(Some(Value::Obj(m)));
    }
    match load_via_meta_path(vm, name, search_path.clone())? {
        MetaPath::Found(m) => return Ok(Some(m)),
        MetaPath::NotFound => return Ok(None),
        MetaPath::NoDefaults => {}
    }
    if let Some(m) = load_builtin(vm, name)? {
        return Ok(Some(m));
    }
    if let Some(m) = load_frozen(vm, name)? {
        return Ok(Some(m));
    }
    load_from_path(vm, name, search_path)
}

/// A native module, as `BuiltinImporter` would load it.
fn load_builtin(vm: &mut Vm, name: &str) -> PyResult<Option<Value>> {
    if let Some(init) = vm.native_modules.get(name).copied() {
        let m = init(vm)?;
        let modules = vm.modules_dict();
        vm.dict_set_str(&modules, name, Value::Obj(m.clone()));
        if let Some(spec) = make_spec(vm, name, SpecKind::Builtin)? {
            set_spec_attrs(vm, &m, &spec)?;
        }
        return Ok(Some(Value::Obj(m)));
    }
    Ok(None)
}

/// The embedded modules CPython 3.11 freezes too (`FrozenImporter` finds them before
/// `sys.path` is searched), besides the `importlib` package that runs kaa's machinery, and
/// `types`, which kaa's `_collections_abc` and `importlib.util` import (frozen modules must
/// not fill `sys.path_importer_cache` as a side effect of their own imports).
const BOOTSTRAP_FROZEN: &[&str] = &[
    "_collections_abc",
    "abc",
    "genericpath",
    "os",
    "posixpath",
    "runpy",
    "stat",
    "types",
    "zipimport",
];

/// The source and package flag of `name` when it is served as a frozen module: one of
/// CPython's frozen modules, or any embedded module when there is no standard-library
/// directory to find the others in.
pub fn frozen_entry(vm: &Vm, name: &str) -> Option<crate::vm::FrozenModule> {
    let entry = vm.frozen_modules.get(name).copied()?;
    if vm.stdlib_dir.is_empty()
        || name == "importlib"
        || name.starts_with("importlib.")
        || BOOTSTRAP_FROZEN.contains(&name)
    {
        Some(entry)
    } else {
        None
    }
}

/// What a path inside the standard-library directory names.
pub enum StdlibEntry {
    /// A package directory (or the standard-library directory itself).
    Dir,
    /// A module's source file.
    File(crate::vm::FrozenModule),
}

/// The part of `path` below the standard-library directory ("" for the directory itself).
fn stdlib_rel<'a>(vm: &Vm, path: &'a str) -> Option<&'a str> {
    if vm.stdlib_dir.is_empty() {
        return None;
    }
    let rest = path.strip_prefix(vm.stdlib_dir.as_str())?;
    let rest = rest.trim_end_matches('/');
    if rest.is_empty() {
        return Some("");
    }
    rest.strip_prefix('/')
}

/// The embedded `Lib/` seen as the directory `vm.stdlib_dir`: the entry `path` names there
/// (`None` outside it or for a name it does not hold). The import machinery reads these
/// instead of the disk, so the modules are always the ones built into the binary.
pub fn stdlib_entry(vm: &Vm, path: &str) -> Option<StdlibEntry> {
    let rel = stdlib_rel(vm, path)?;
    if rel.is_empty() {
        return Some(StdlibEntry::Dir);
    }
    if let Some(stem) = rel.strip_suffix(".py") {
        if stem.contains('.') {
            return None;
        }
        if let Some(pkg) = stem.strip_suffix("/__init__") {
            let fm = vm.frozen_modules.get(&pkg.replace('/', ".")).copied()?;
            return fm.is_pkg.then_some(StdlibEntry::File(fm));
        }
        let fm = vm.frozen_modules.get(&stem.replace('/', ".")).copied()?;
        return (!fm.is_pkg).then_some(StdlibEntry::File(fm));
    }
    if rel.contains('.') {
        return None;
    }
    let fm = vm.frozen_modules.get(&rel.replace('/', ".")).copied()?;
    fm.is_pkg.then_some(StdlibEntry::Dir)
}

/// The names in the standard-library directory `path` (modules as `name.py`, packages as
/// directories), sorted; `None` when `path` is not one of its directories.
fn stdlib_listdir(vm: &Vm, path: &str) -> Option<Vec<String>> {
    let Some(StdlibEntry::Dir) = stdlib_entry(vm, path) else {
        return None;
    };
    let rel = stdlib_rel(vm, path)?;
    let prefix = if rel.is_empty() {
        String::new()
    } else {
        format!("{}.", rel.replace('/', "."))
    };
    let mut out: Vec<String> = vm
        .frozen_modules
        .iter()
        .filter_map(|(n, fm)| {
            let tail = n.strip_prefix(prefix.as_str())?;
            if tail.contains('.') {
                return None;
            }
            Some(if fm.is_pkg {
                tail.to_string()
            } else {
                format!("{tail}.py")
            })
        })
        .collect();
    if !rel.is_empty() {
        out.push("__init__.py".to_string());
    }
    out.sort();
    Some(out)
}

/// The embedded module behind the standard-library file `path`.
pub fn stdlib_module(vm: &Vm, path: &str) -> Option<crate::vm::FrozenModule> {
    match stdlib_entry(vm, path)? {
        StdlibEntry::File(fm) => Some(fm),
        StdlibEntry::Dir => None,
    }
}

/// The embedded source of the standard-library file `path`, for tracebacks.
pub fn stdlib_source(vm: &Vm, path: &str) -> Option<&'static str> {
    stdlib_module(vm, path).map(|fm| fm.source)
}

/// An embedded `Lib/` module, as `FrozenImporter` would load it.
fn load_frozen(vm: &mut Vm, name: &str) -> PyResult<Option<Value>> {
    if let Some(fm) = frozen_entry(vm, name) {
        let file = format!("<frozen {name}>");
        let m = exec_module_code(vm, name, ModuleCode::Frozen(fm), &file, None, fm.is_pkg)?;
        return Ok(Some(m));
    }
    Ok(None)
}

/// A source file or package along `search_path` (else `sys.path`), as `PathFinder` would.
fn load_from_path(vm: &mut Vm, name: &str, search_path: Option<Value>) -> PyResult<Option<Value>> {
    if path_hooks_in_use(vm)? {
        // Custom path hooks: the Python PathFinder walks the path entries and their finders.
        if let Some(r) = python_path_search(vm, name, search_path.clone())? {
            return Ok(r);
        }
    }
    let dirs: Vec<String> = match &search_path {
        Some(p) => vm
            .iterate(p)?
            .iter()
            .filter_map(|v| v.as_str().map(|s| s.to_string()))
            .collect(),
        None => {
            let sp = vm.sys.dict().and_then(|d| vm.dict_get_str(&d, "path"));
            match sp {
                Some(p) => vm
                    .iterate(&p)?
                    .iter()
                    .filter_map(|v| v.as_str().map(|s| s.to_string()))
                    .collect(),
                None => Vec::new(),
            }
        }
    };
    let dirs = match cached_path_entries(vm, dirs)? {
        Some(d) => d,
        None => {
            // A custom finder sits in sys.path_importer_cache: let PathFinder use it.
            if let Some(r) = python_path_search(vm, name, search_path)? {
                return Ok(r);
            }
            return Ok(None);
        }
    };
    let last = name.rsplit('.').next().unwrap_or(name);
    let mut portions: Vec<String> = Vec::new();
    for d in dirs {
        let base = if d.is_empty() {
            // '' is the current directory, named absolutely as CPython's FileFinder does.
            std::env::current_dir()
                .map(|c| c.to_string_lossy().into_owned())
                .unwrap_or_else(|_| ".".to_string())
        } else {
            d.clone()
        };
        if let Some(rel) = stdlib_rel(vm, &base) {
            // The standard-library directory: the embedded modules, never the disk.
            let key = if rel.is_empty() {
                last.to_string()
            } else {
                format!("{}.{last}", rel.replace('/', "."))
            };
            if let Some(fm) = vm.frozen_modules.get(&key).copied() {
                let base = base.trim_end_matches('/');
                let what = ModuleCode::Embedded(fm);
                let m = if fm.is_pkg {
                    let pkg_dir = format!("{base}/{last}");
                    let file = format!("{pkg_dir}/__init__.py");
                    exec_module_code(vm, name, what, &file, Some(pkg_dir), true)?
                } else {
                    let file = format!("{base}/{last}.py");
                    exec_module_code(vm, name, what, &file, None, false)?
                };
                return Ok(Some(m));
            }
            continue;
        }
        let pkg_init = format!("{base}/{last}/__init__.py");
        if std::path::Path::new(&pkg_init).is_file() {
            let pkg_dir = format!("{base}/{last}");
            let m = exec_module_code(vm, name, ModuleCode::File, &pkg_init, Some(pkg_dir), true)?;
            return Ok(Some(m));
        }
        let file = format!("{base}/{last}.py");
        if std::path::Path::new(&file).is_file() {
            let m = exec_module_code(vm, name, ModuleCode::File, &file, None, false)?;
            return Ok(Some(m));
        }
        let dir = format!("{base}/{last}");
        if std::path::Path::new(&dir).is_dir() {
            let abs_base = if d.is_empty() {
                std::env::current_dir()
                    .map(|c| c.to_string_lossy().into_owned())
                    .unwrap_or(base)
            } else {
                base
            };
            portions.push(format!("{abs_base}/{last}"));
        }
    }
    if !portions.is_empty() {
        // A namespace package: the directories without `__init__.py` along the path.
        if let Some(b) = bootstrap_module(vm)? {
            let f = vm.getattr(&b, "_namespace_spec")?;
            let n = vm.new_str(name);
            let items = portions.into_iter().map(|p| vm.new_string(p)).collect();
            let l = vm.new_list(items);
            let spec = vm.call(&f, &[n, l])?;
            return load_from_spec(vm, name, &spec).map(Some);
        }
    }
    Ok(None)
}

/// The path search by `importlib._bootstrap.PathFinder`; `None` when the machinery is absent.
fn python_path_search(
    vm: &mut Vm,
    name: &str,
    search_path: Option<Value>,
) -> PyResult<Option<Option<Value>>> {
    let Some(b) = bootstrap_module(vm)? else {
        return Ok(None);
    };
    let pf = vm.getattr(&b, "PathFinder")?;
    let fs = vm.getattr(&pf, "find_spec")?;
    let n = vm.new_str(name);
    let p = search_path.unwrap_or(Value::None);
    let spec = vm.call(&fs, &[n, p])?;
    if spec.is_none() {
        return Ok(Some(None));
    }
    load_from_spec(vm, name, &spec).map(|m| Some(Some(m)))
}

/// Fills `sys.path_importer_cache` for the path entries as PathFinder does (a FileFinder for a
/// directory, None otherwise) and keeps the entries whose finder is a FileFinder. `None` when
/// an entry's cached finder is something else, which only the Python PathFinder can use.
fn cached_path_entries(vm: &mut Vm, dirs: Vec<String>) -> PyResult<Option<Vec<String>>> {
    let Some(b) = bootstrap_module(vm)? else {
        return Ok(Some(dirs));
    };
    let Some(sysd) = vm.sys.dict() else {
        return Ok(Some(dirs));
    };
    let Some(cache) = vm.dict_get_str(&sysd, "path_importer_cache") else {
        return Ok(Some(dirs));
    };
    let hook = vm.getattr(&b, "_default_path_hook")?;
    let ff = vm.getattr(&b, "FileFinder")?;
    let ie = vm.types.import_error.clone();
    let mut out = Vec::with_capacity(dirs.len());
    for d in dirs {
        let key = if d.is_empty() {
            match std::env::current_dir() {
                Ok(c) => c.to_string_lossy().into_owned(),
                Err(_) => continue,
            }
        } else {
            d.clone()
        };
        let k = vm.new_string(key);
        let cached = vm.call_method(&cache, "get", std::slice::from_ref(&k))?;
        let present = if cached.is_none() {
            let c = vm.call_method(&cache, "__contains__", std::slice::from_ref(&k))?;
            vm.truthy(&c)?
        } else {
            true
        };
        let finder = match cached {
            Value::None if !present => {
                let arg = vm.new_string(d.clone());
                // A directory goes straight to the FileFinder hook (zipimporter, first in
                // sys.path_hooks, refuses directories); anything else (a ZIP archive, maybe
                // with a directory inside it) asks every hook in order, as PathFinder does.
                let is_dir = std::path::Path::new(if d.is_empty() { "." } else { &d }).is_dir();
                let hook = if is_dir {
                    hook.clone()
                } else {
                    let pf = vm.getattr(&b, "PathFinder")?;
                    vm.getattr(&pf, "_path_hooks")?
                };
                let f = match vm.call(&hook, &[arg]) {
                    Ok(f) => f,
                    Err(e) if vm.exc_matches(&e, &ie) => Value::None,
                    Err(e) => return Err(e),
                };
                vm.setitem(&cache, k, f.clone())?;
                f
            }
            f => f,
        };
        if finder.is_none() {
            continue;
        }
        let is_ff = match &finder {
            Value::Obj(_) => {
                let t = vm.type_of(&finder);
                match &ff {
                    Value::Obj(ffc) => crate::types::is_subtype(&t, ffc),
                    _ => false,
                }
            }
            _ => false,
        };
        if !is_ff {
            return Ok(None);
        }
        out.push(d);
    }
    Ok(Some(out))
}

/// Whether user code put finders on `sys.path_hooks` other than the two default ones
/// (zipimporter and the FileFinder hook), which the native file search cannot consult.
fn path_hooks_in_use(vm: &mut Vm) -> PyResult<bool> {
    let Some(d) = vm.sys.dict() else {
        return Ok(false);
    };
    let hooks = match vm.dict_get_str(&d, "path_hooks") {
        Some(h) => vm.iterate(&h)?,
        None => return Ok(false),
    };
    if hooks.is_empty() {
        return Ok(false);
    }
    let defaults = default_path_hooks(vm)?;
    Ok(hooks.iter().any(|h| !defaults.iter().any(|d| d.is(h))))
}

/// The hooks kaa installs in `sys.path_hooks`: `importlib._bootstrap._default_path_hook`,
/// the zipimporter stand-in `_zipimporter_hook`, and `zipimport.zipimporter` once imported.
fn default_path_hooks(vm: &mut Vm) -> PyResult<Vec<Value>> {
    let mut out = Vec::new();
    let modules = vm.modules_dict();
    if let Some(b) = vm.dict_get_str(&modules, "importlib._bootstrap") {
        for n in ["_default_path_hook", "_zipimporter_hook"] {
            if let Some(h) = vm.getattr_opt(&b, n)? {
                out.push(h);
            }
        }
    }
    if let Some(z) = vm.dict_get_str(&modules, "zipimport") {
        if let Some(h) = vm.getattr_opt(&z, "zipimporter")? {
            out.push(h);
        }
    }
    Ok(out)
}

/// Where a module's code comes from.
pub enum ModuleCode {
    /// The source file named by `file`, through the bytecode cache.
    File,
    /// An embedded `Lib/` module served as frozen: precompiled at build time.
    Frozen(crate::vm::FrozenModule),
    /// An embedded `Lib/` module served from the standard-library directory on `sys.path`
    /// (a file-based module whose code is the precompiled one).
    Embedded(crate::vm::FrozenModule),
}

/// Creates module `name`, registers it in sys.modules, runs its code in it; removes it again
/// if execution fails.
pub fn exec_module_code(
    vm: &mut Vm,
    name: &str,
    what: ModuleCode,
    file: &str,
    pkg_dir: Option<String>,
    is_pkg: bool,
) -> PyResult<Value> {
    let frozen = matches!(what, ModuleCode::Frozen(_));
    let m = vm.new_module(name);
    let d = m.dict().unwrap_or_else(|| vm.new_dict());
    if !frozen {
        let f = vm.new_str(file);
        vm.dict_set_str(&d, "__file__", f);
    }
    let package = if is_pkg {
        name.to_string()
    } else {
        name.rsplit_once('.')
            .map(|(a, _)| a.to_string())
            .unwrap_or_default()
    };
    let p = vm.new_string(package);
    vm.dict_set_str(&d, "__package__", p);
    if is_pkg {
        let path = match &pkg_dir {
            Some(dir) => vec![vm.new_string(dir.clone())],
            None => vec![],
        };
        let l = vm.new_list(path);
        vm.dict_set_str(&d, "__path__", l);
    }
    let kind = if frozen {
        SpecKind::Frozen(is_pkg)
    } else {
        SpecKind::File(file.to_string(), pkg_dir.clone())
    };
    let modules = vm.modules_dict();
    vm.dict_set_str(&modules, name, Value::Obj(m.clone()));
    let spec = match make_spec(vm, name, kind) {
        Ok(s) => s,
        Err(e) => {
            let k = vm.intern(name);
            let _ = crate::dict::del_item(vm, &modules, &k);
            return Err(e);
        }
    };
    if let Some(spec) = &spec {
        set_spec_attrs(vm, &m, spec)?;
    }
    let code = match what {
        ModuleCode::File => crate::pycache::source_code(vm, name, file),
        ModuleCode::Frozen(fm) | ModuleCode::Embedded(fm) => frozen_code(vm, fm, file),
    };
    let code = match code {
        Ok(c) => c,
        Err(e) => {
            let k = vm.intern(name);
            let _ = crate::dict::del_item(vm, &modules, &k);
            return Err(e);
        }
    };
    if let Some(spec) = &spec {
        let _ = vm.setattr(spec, "_initializing", Value::Bool(true));
    }
    let res = vm.run_code(&code, &d, None);
    if let Some(spec) = &spec {
        let _ = vm.setattr(spec, "_initializing", Value::Bool(false));
    }
    if let Err(e) = res {
        let modules = vm.modules_dict();
        let k = vm.intern(name);
        let _ = crate::dict::del_item(vm, &modules, &k);
        return Err(e);
    }
    // The module may have replaced itself in sys.modules.
    let modules = vm.modules_dict();
    Ok(vm.dict_get_str(&modules, name).unwrap_or(Value::Obj(m)))
}

/// The code of an embedded module, named `file`: its precompiled form, else (a build that
/// could not compile it) its source compiled now, which raises the SyntaxError.
pub fn frozen_code(vm: &mut Vm, fm: crate::vm::FrozenModule, file: &str) -> PyResult<ObjRef> {
    match kaa_compiler::marshal::load(fm.code, Some(file)) {
        Some(code) => Ok(vm.make_code(&code)),
        None => vm.compile_source(fm.source, file, kaa_compiler::Mode::Exec),
    }
}

/// What the meta-path walk found.
enum MetaPath {
    Found(Value),
    /// Every finder declined, and kaa's default finders were among them.
    NotFound,
    /// Every finder declined (or there were none) and the default finders were absent: the
    /// caller runs the native search.
    NoDefaults,
}

/// Which of kaa's default finders `finder` is: 1 BuiltinImporter, 2 FrozenImporter,
/// 3 PathFinder, 0 none (read from an already imported `importlib._bootstrap`).
fn default_finder_kind(vm: &mut Vm, finder: &Value) -> PyResult<u8> {
    let modules = vm.modules_dict();
    let Some(b) = vm.dict_get_str(&modules, "importlib._bootstrap") else {
        return Ok(0);
    };
    for (i, n) in ["BuiltinImporter", "FrozenImporter", "PathFinder"]
        .iter()
        .enumerate()
    {
        if let Some(c) = vm.getattr_opt(&b, n)? {
            if c.is(finder) {
                return Ok(i as u8 + 1);
            }
        }
    }
    Ok(0)
}

/// Asks each finder on `sys.meta_path` (read live) for a spec and loads the module from the
/// first spec found. kaa's own default finders are served natively, in their place in the list.
fn load_via_meta_path(vm: &mut Vm, name: &str, search_path: Option<Value>) -> PyResult<MetaPath> {
    let Some(sysd) = vm.sys.dict() else {
        return Ok(MetaPath::NoDefaults);
    };
    let Some(mp) = vm.dict_get_str(&sysd, "meta_path") else {
        return Ok(MetaPath::NoDefaults);
    };
    let finders = vm.iterate(&mp)?;
    let mut saw_default = false;
    let path = search_path.unwrap_or(Value::None);
    let n = vm.new_str(name);
    for finder in finders {
        let kind = default_finder_kind(vm, &finder)?;
        let found = match kind {
            0 => None,
            1 => {
                saw_default = true;
                if path.is_none() {
                    load_builtin(vm, name)?
                } else {
                    None
                }
            }
            2 => {
                saw_default = true;
                load_frozen(vm, name)?
            }
            _ => {
                saw_default = true;
                let sp = if path.is_none() {
                    None
                } else {
                    Some(path.clone())
                };
                load_from_path(vm, name, sp)?
            }
        };
        if let Some(m) = found {
            return Ok(MetaPath::Found(m));
        }
        if kind != 0 {
            continue;
        }
        let spec = match vm.getattr_opt(&finder, "find_spec")? {
            Some(fs) => vm.call(&fs, &[n.clone(), path.clone(), Value::None])?,
            None => match vm.getattr_opt(&finder, "find_module")? {
                // Legacy finders: find_module returns a loader with load_module.
                Some(fm) => {
                    let loader = vm.call(&fm, &[n.clone(), path.clone()])?;
                    if loader.is_none() {
                        continue;
                    }
                    let lm = vm.getattr(&loader, "load_module")?;
                    vm.call(&lm, std::slice::from_ref(&n))?;
                    let modules = vm.modules_dict();
                    return Ok(match vm.dict_get_str(&modules, name) {
                        Some(m) => MetaPath::Found(m),
                        None => MetaPath::NotFound,
                    });
                }
                None => continue,
            },
        };
        if spec.is_none() {
            continue;
        }
        return load_from_spec(vm, name, &spec).map(MetaPath::Found);
    }
    Ok(if saw_default {
        MetaPath::NotFound
    } else {
        MetaPath::NoDefaults
    })
}

/// Creates, initialises and executes a module from `spec` (the `_load` step of the reference).
fn load_from_spec(vm: &mut Vm, name: &str, spec: &Value) -> PyResult<Value> {
    let loader = vm.getattr(spec, "loader")?;
    if !loader.is_none()
        && vm.getattr_opt(&loader, "exec_module")?.is_some()
        && vm.getattr_opt(&loader, "create_module")?.is_none()
    {
        let c = vm.types.import_error.clone();
        return Err(vm.new_exc(
            &c,
            "loaders that define exec_module() must also define create_module()",
        ));
    }
    if !loader.is_none() && vm.getattr_opt(&loader, "exec_module")?.is_none() {
        if let Some(lm) = vm.getattr_opt(&loader, "load_module")? {
            let n = vm.new_str(name);
            vm.call(&lm, &[n])?;
            let modules = vm.modules_dict();
            return match vm.dict_get_str(&modules, name) {
                Some(m) => Ok(m),
                None => {
                    let c = vm.types.key_error.clone();
                    Err(vm.new_exc(&c, format!("'{name}'")))
                }
            };
        }
    }
    let mut module = Value::None;
    if !loader.is_none() {
        if let Some(cm) = vm.getattr_opt(&loader, "create_module")? {
            module = vm.call(&cm, std::slice::from_ref(spec))?;
        }
    }
    if module.is_none() {
        module = Value::Obj(vm.new_module(name));
    }
    let modules = vm.modules_dict();
    match vm.dict_get_str(&modules, "importlib._bootstrap") {
        Some(b) => {
            let f = vm.getattr(&b, "_init_module_attrs")?;
            vm.call(&f, &[spec.clone(), module.clone()])?;
        }
        None => init_module_attrs(vm, &module, spec, &loader)?,
    }
    let loader = vm.getattr(spec, "loader")?;
    let modules = vm.modules_dict();
    vm.dict_set_str(&modules, name, module.clone());
    let _ = vm.setattr(spec, "_initializing", Value::Bool(true));
    let res = if loader.is_none() {
        Ok(Value::None)
    } else {
        match vm.getattr_opt(&loader, "exec_module")? {
            Some(em) => vm.call(&em, std::slice::from_ref(&module)),
            None => Ok(Value::None),
        }
    };
    let _ = vm.setattr(spec, "_initializing", Value::Bool(false));
    if let Err(e) = res {
        let modules = vm.modules_dict();
        let k = vm.intern(name);
        let _ = crate::dict::del_item(vm, &modules, &k);
        return Err(e);
    }
    let modules = vm.modules_dict();
    match vm.dict_get_str(&modules, name) {
        Some(m) => Ok(m),
        None => {
            let c = vm.types.key_error.clone();
            Err(vm.new_exc(&c, format!("'{name}'")))
        }
    }
}

/// Sets `__name__ __loader__ __package__ __spec__ __path__ __file__ __cached__` from a spec,
/// keeping values the module already has (as `_init_module_attrs` without override).
fn init_module_attrs(vm: &mut Vm, module: &Value, spec: &Value, loader: &Value) -> PyResult<()> {
    let missing = |vm: &mut Vm, a: &str| -> PyResult<bool> {
        Ok(vm.getattr_opt(module, a)?.is_none_or(|v| v.is_none()))
    };
    if missing(vm, "__name__")? {
        let n = vm.getattr(spec, "name")?;
        let _ = vm.setattr(module, "__name__", n);
    }
    if missing(vm, "__loader__")? && !loader.is_none() {
        let _ = vm.setattr(module, "__loader__", loader.clone());
    }
    if missing(vm, "__package__")? {
        if let Some(p) = vm.getattr_opt(spec, "parent")? {
            let _ = vm.setattr(module, "__package__", p);
        }
    }
    let _ = vm.setattr(module, "__spec__", spec.clone());
    let locs = vm
        .getattr_opt(spec, "submodule_search_locations")?
        .unwrap_or(Value::None);
    if !locs.is_none() && missing(vm, "__path__")? {
        let _ = vm.setattr(module, "__path__", locs);
    }
    let has_loc = match vm.getattr_opt(spec, "has_location")? {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    if has_loc {
        if missing(vm, "__file__")? {
            let o = vm.getattr(spec, "origin")?;
            let _ = vm.setattr(module, "__file__", o);
        }
        if missing(vm, "__cached__")? {
            if let Some(c) = vm.getattr_opt(spec, "cached")? {
                if !c.is_none() {
                    let _ = vm.setattr(module, "__cached__", c);
                }
            }
        }
    }
    Ok(())
}

fn arg_str(vm: &mut Vm, args: &[Value], i: usize) -> PyResult<String> {
    match args.get(i).and_then(|a| a.as_str()) {
        Some(s) => Ok(s.to_string()),
        None => Err(vm.type_error("expected a str argument")),
    }
}

fn imp_is_builtin(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let n = arg_str(vm, args, 0)?;
    Ok(Value::Int(i64::from(
        vm.native_modules.contains_key(&n) || n == "sys" || n == "builtins" || n == "_imp",
    )))
}

fn imp_is_frozen(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let n = arg_str(vm, args, 0)?;
    Ok(Value::Bool(frozen_entry(vm, &n).is_some()))
}

fn imp_is_frozen_package(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let n = arg_str(vm, args, 0)?;
    Ok(Value::Bool(
        frozen_entry(vm, &n).is_some_and(|fm| fm.is_pkg),
    ))
}

fn imp_get_frozen_source(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let n = arg_str(vm, args, 0)?;
    match vm.frozen_modules.get(&n).copied() {
        Some(fm) => Ok(vm.new_str(fm.source)),
        None => {
            let c = vm.types.import_error.clone();
            Err(vm.new_exc(&c, format!("No such frozen object named '{n}'")))
        }
    }
}

fn imp_get_frozen_object(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let n = arg_str(vm, args, 0)?;
    match vm.frozen_modules.get(&n).copied() {
        Some(fm) => Ok(Value::Obj(frozen_code(vm, fm, &format!("<frozen {n}>"))?)),
        None => {
            let c = vm.types.import_error.clone();
            Err(vm.new_exc(&c, format!("No such frozen object named '{n}'")))
        }
    }
}

fn imp_create_builtin(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let spec = args.first().cloned().unwrap_or(Value::None);
    let nv = vm.getattr(&spec, "name")?;
    let n = nv.as_str().unwrap_or("").to_string();
    let modules = vm.modules_dict();
    if n == "sys" || n == "builtins" || n == "_imp" {
        if let Some(m) = vm.dict_get_str(&modules, &n) {
            return Ok(m);
        }
    }
    match vm.native_modules.get(&n).copied() {
        Some(init) => Ok(Value::Obj(init(vm)?)),
        None => {
            let c = vm.types.import_error.clone();
            Err(vm.new_exc(&c, format!("no built-in module named {n}")))
        }
    }
}

fn imp_path_kind(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let p = arg_str(vm, args, 0)?;
    match stdlib_entry(vm, &p) {
        Some(StdlibEntry::File(_)) => return Ok(Value::Int(1)),
        Some(StdlibEntry::Dir) => return Ok(Value::Int(2)),
        None if stdlib_rel(vm, &p).is_some() => return Ok(Value::Int(0)),
        None => {}
    }
    let path = std::path::Path::new(if p.is_empty() { "." } else { &p });
    Ok(Value::Int(if path.is_file() {
        1
    } else if path.is_dir() {
        2
    } else {
        0
    }))
}

fn imp_listdir(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let p = arg_str(vm, args, 0)?;
    if let Some(names) = stdlib_listdir(vm, &p) {
        let items = names.into_iter().map(|n| vm.new_string(n)).collect();
        return Ok(vm.new_list(items));
    }
    let mut out = Vec::new();
    if let Ok(rd) = std::fs::read_dir(if p.is_empty() { "." } else { &p }) {
        for e in rd.flatten() {
            if let Some(s) = e.file_name().to_str() {
                out.push(vm.new_str(s));
            }
        }
    }
    Ok(vm.new_list(out))
}

fn imp_getcwd(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    match std::env::current_dir() {
        Ok(d) => Ok(vm.new_string(d.to_string_lossy().into_owned())),
        Err(e) => {
            let c = vm.types.os_error.clone();
            Err(vm.new_exc(&c, e.to_string()))
        }
    }
}

fn imp_read_bytes(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let p = arg_str(vm, args, 0)?;
    if let Some(src) = stdlib_source(vm, &p) {
        return Ok(vm.new_bytes(src.as_bytes().to_vec()));
    }
    match std::fs::read(&p) {
        Ok(b) => Ok(vm.new_bytes(b)),
        Err(e) => {
            let c = if e.kind() == std::io::ErrorKind::NotFound {
                vm.types.file_not_found_error.clone()
            } else {
                vm.types.os_error.clone()
            };
            let msg = format!("[Errno {}] {}: '{p}'", e.raw_os_error().unwrap_or(0), {
                let s = e.to_string();
                s.split(" (os error").next().unwrap_or("").to_string()
            });
            Err(vm.new_exc(&c, msg))
        }
    }
}

fn imp_read_source(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let p = arg_str(vm, args, 0)?;
    if let Some(src) = stdlib_source(vm, &p) {
        return Ok(vm.new_str(src));
    }
    let s = crate::pycache::read_source(vm, &p)?;
    Ok(vm.new_string(s))
}

fn imp_stat(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let p = arg_str(vm, args, 0)?;
    match stdlib_entry(vm, &p) {
        Some(StdlibEntry::File(fm)) => {
            let size = i64::try_from(fm.source.len()).unwrap_or(i64::MAX);
            return Ok(vm.new_pair(Value::Float(0.0), Value::Int(size)));
        }
        Some(StdlibEntry::Dir) => {
            return Ok(vm.new_pair(Value::Float(0.0), Value::Int(0)));
        }
        None => {}
    }
    match std::fs::metadata(&p) {
        Ok(m) => {
            let mt = m
                .modified()
                .ok()
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .map(|d| d.as_secs_f64())
                .unwrap_or(0.0);
            let size = i64::try_from(m.len()).unwrap_or(i64::MAX);
            Ok(vm.new_pair(Value::Float(mt), Value::Int(size)))
        }
        Err(e) => {
            let c = vm.types.os_error.clone();
            Err(vm.new_exc(&c, e.to_string()))
        }
    }
}

/// The `_imp` helper module used by `Lib/importlib`.
fn make_imp_module(vm: &mut Vm) -> ObjRef {
    let m = vm.new_module("_imp");
    let d = m.dict().unwrap_or_else(|| vm.new_dict());
    let funcs: [(&'static str, crate::object::NativeFn); 14] = [
        ("get_frozen_object", imp_get_frozen_object),
        ("_source_code", crate::pycache::imp_source_code),
        ("_cache_from_source", crate::pycache::imp_cache_from_source),
        ("is_builtin", imp_is_builtin),
        ("is_frozen", imp_is_frozen),
        ("is_frozen_package", imp_is_frozen_package),
        ("get_frozen_source", imp_get_frozen_source),
        ("create_builtin", imp_create_builtin),
        ("_path_kind", imp_path_kind),
        ("_listdir", imp_listdir),
        ("_getcwd", imp_getcwd),
        ("_read_bytes", imp_read_bytes),
        ("_read_source", imp_read_source),
        ("_stat", imp_stat),
    ];
    for (n, f) in funcs {
        let v = vm.new_builtin(n, f, crate::object::BuiltinKind::Function, None);
        vm.dict_set_str(&d, n, v);
    }
    // The native `__import__`, whatever `builtins.__import__` has been replaced with:
    // `importlib.import_module` and `importlib.__import__` never go through the override.
    let v = vm.new_builtin(
        "__import__",
        crate::builtins::b_import,
        crate::object::BuiltinKind::Function,
        None,
    );
    vm.dict_set_str(&d, "__import__", v);
    let l = vm.new_list(vec![]);
    vm.dict_set_str(&d, "extension_suffixes_list", l);
    m
}

/// Where a module kaa loads itself comes from, for its `__spec__`.
enum SpecKind {
    Builtin,
    Frozen(bool),
    /// The file, and the package directory for a package.
    File(String, Option<String>),
}

thread_local! {
    static BOOTSTRAPPING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// `importlib._bootstrap`, importing it on first use; `None` while it is being imported (its
/// own modules get their specs afterwards) or when it is unavailable.
pub fn bootstrap_module(vm: &mut Vm) -> PyResult<Option<Value>> {
    if BOOTSTRAPPING.with(|c| c.get()) {
        return Ok(None);
    }
    let modules = vm.modules_dict();
    if let Some(b) = vm.dict_get_str(&modules, "importlib._bootstrap") {
        return Ok(Some(b));
    }
    if !vm.frozen_modules.contains_key("importlib._bootstrap") {
        return Ok(None);
    }
    BOOTSTRAPPING.with(|c| c.set(true));
    let r = import_abs(vm, "importlib._bootstrap");
    BOOTSTRAPPING.with(|c| c.set(false));
    let b = r?;
    // An empty sys.meta_path gets kaa's default finders, as CPython starts with them.
    if let Some(sysd) = vm.sys.dict() {
        if let Some(mp) = vm.dict_get_str(&sysd, "meta_path") {
            if vm.iterate(&mp)?.is_empty() {
                for n in ["BuiltinImporter", "FrozenImporter", "PathFinder"] {
                    let c = vm.getattr(&b, n)?;
                    vm.call_method(&mp, "append", &[c])?;
                }
            }
        }
    }
    // An empty sys.path_hooks gets CPython's two hooks: zipimporter, then the FileFinder
    // hook. The first is `_bootstrap._zipimporter_hook`, a stand-in that imports zipimport
    // when called (zipimport then puts its class in its place), so start-up compiles no more
    // than before; the native path search asks the hooks only about entries that are not
    // directories.
    if let Some(sysd) = vm.sys.dict() {
        if let Some(ph) = vm.dict_get_str(&sysd, "path_hooks") {
            if vm.iterate(&ph)?.is_empty() {
                let modules = vm.modules_dict();
                let zi = match vm.dict_get_str(&modules, "zipimport") {
                    Some(z) => vm.getattr_opt(&z, "zipimporter")?,
                    None => None,
                };
                let zi = match zi {
                    Some(z) => z,
                    None => vm.getattr(&b, "_zipimporter_hook")?,
                };
                vm.call_method(&ph, "append", &[zi])?;
                let dh = vm.getattr(&b, "_default_path_hook")?;
                vm.call_method(&ph, "append", &[dh])?;
            }
        }
    }
    // Give the modules imported before the machinery existed their specs.
    let modules = vm.modules_dict();
    let ks = vm.call_method(&Value::Obj(modules.clone()), "keys", &[])?;
    for k in vm.iterate(&ks)? {
        let Some(n) = k.as_str().map(|s| s.to_string()) else {
            continue;
        };
        if n == "__main__" {
            continue;
        }
        let Some(m) = vm.dict_get_str(&modules, &n) else {
            continue;
        };
        let Some(Payload::Module) = m.payload() else {
            continue;
        };
        if vm
            .getattr_opt(&m, "__spec__")?
            .is_some_and(|s| !s.is_none())
        {
            continue;
        }
        let kind = if let Some(fm) = frozen_entry(vm, &n) {
            SpecKind::Frozen(fm.is_pkg)
        } else if vm.native_modules.contains_key(&n) || n == "sys" || n == "builtins" {
            SpecKind::Builtin
        } else {
            continue;
        };
        if let Some(spec) = make_spec(vm, &n, kind)? {
            if let Value::Obj(o) = &m {
                set_spec_attrs(vm, o, &spec)?;
            }
        }
    }
    Ok(Some(b))
}

/// A `ModuleSpec` for a module kaa loads itself, built by `importlib._bootstrap`.
fn make_spec(vm: &mut Vm, name: &str, kind: SpecKind) -> PyResult<Option<Value>> {
    let Some(b) = bootstrap_module(vm)? else {
        return Ok(None);
    };
    let n = vm.new_str(name);
    let spec = match kind {
        SpecKind::Builtin | SpecKind::Frozen(_) => {
            let (cls, origin, pkg) = match kind {
                SpecKind::Frozen(p) => ("FrozenImporter", "frozen", p),
                _ => ("BuiltinImporter", "built-in", false),
            };
            let loader = vm.getattr(&b, cls)?;
            let ms = vm.getattr(&b, "ModuleSpec")?;
            let o = vm.new_str(origin);
            let spec = vm.call(&ms, &[n, loader])?;
            vm.setattr(&spec, "origin", o)?;
            if pkg {
                let l = vm.new_list(vec![]);
                vm.setattr(&spec, "submodule_search_locations", l)?;
            }
            spec
        }
        SpecKind::File(file, pkg_dir) => {
            let sfl = vm.getattr(&b, "SourceFileLoader")?;
            let f = vm.new_string(file);
            let loader = vm.call(&sfl, &[n.clone(), f.clone()])?;
            let ms = vm.getattr(&b, "ModuleSpec")?;
            let spec = vm.call(&ms, &[n, loader])?;
            vm.setattr(&spec, "origin", f)?;
            vm.setattr(&spec, "_set_fileattr", Value::Bool(true))?;
            if let Some(d) = pkg_dir {
                let d = vm.new_string(d);
                let l = vm.new_list(vec![d]);
                vm.setattr(&spec, "submodule_search_locations", l)?;
            }
            spec
        }
    };
    Ok(Some(spec))
}

/// Sets `__spec__`, `__loader__` and (for files) `__cached__` on a module kaa loaded itself.
fn set_spec_attrs(vm: &mut Vm, m: &ObjRef, spec: &Value) -> PyResult<()> {
    let Some(d) = m.dict() else {
        return Ok(());
    };
    vm.dict_set_str(&d, "__spec__", spec.clone());
    if let Some(p) = vm.dict_get_str(&d, "__path__") {
        // The spec and the package share one list, as in CPython.
        vm.setattr(spec, "submodule_search_locations", p)?;
    }
    let loader = vm.getattr(spec, "loader")?;
    vm.dict_set_str(&d, "__loader__", loader);
    if vm.dict_get_str(&d, "__file__").is_some() {
        if let Some(c) = vm.getattr_opt(spec, "cached")? {
            vm.dict_set_str(&d, "__cached__", c);
        }
    }
    Ok(())
}

/// IMPORT_FROM: `from module import name`.
pub fn import_from(vm: &mut Vm, module: &Value, name: &Value) -> PyResult<Value> {
    let n = name.as_str().unwrap_or("").to_string();
    match vm.getattr_opt(module, &n)? {
        Some(v) => return Ok(v),
        None => {
            // A submodule imported (e.g. circularly) but not yet bound on its parent.
            if let Some(pkg) = vm.getattr_opt(module, "__name__")? {
                if let Some(p) = pkg.as_str() {
                    let full = format!("{p}.{n}");
                    let modules = vm.modules_dict();
                    if let Some(m) = vm.dict_get_str(&modules, &full) {
                        return Ok(m);
                    }
                }
            }
        }
    }
    let mname = vm
        .getattr_opt(module, "__name__")?
        .and_then(|v| v.as_str().map(|s| s.to_string()));
    let file = vm
        .getattr_opt(module, "__file__")?
        .and_then(|v| v.as_str().map(|s| s.to_string()));
    let mn = mname
        .clone()
        .unwrap_or_else(|| "<unknown module name>".to_string());
    let loc = match &file {
        Some(f) => f.clone(),
        None => "unknown location".to_string(),
    };
    let initializing = match vm.getattr_opt(module, "__spec__")? {
        Some(spec) if !spec.is_none() => match vm.getattr_opt(&spec, "_initializing")? {
            Some(v) => vm.truthy(&v)?,
            None => false,
        },
        _ => false,
    };
    let msg = if initializing {
        format!("cannot import name '{n}' from partially initialized module '{mn}' (most likely due to a circular import) ({loc})")
    } else {
        format!("cannot import name '{n}' from '{mn}' ({loc})")
    };
    let c = vm.types.import_error.clone();
    let e = vm.new_exc(&c, msg);
    let nm = mname.map(|m| vm.new_string(m)).unwrap_or(Value::None);
    crate::exceptions::set_attr_raw(vm, &e.0, "name", nm);
    let p = file.map(|f| vm.new_string(f)).unwrap_or(Value::None);
    crate::exceptions::set_attr_raw(vm, &e.0, "path", p);
    Err(e)
}

/// `from module import *` into the mapping `target`.
pub fn import_star(vm: &mut Vm, module: &Value, target: &Value) -> PyResult<()> {
    let (names, check_underscore) = match vm.getattr_opt(module, "__all__")? {
        Some(all) => (vm.iterate(&all)?, false),
        None => {
            let d = vm.getattr(module, "__dict__")?;
            let ks = vm.call_method(&d, "keys", &[])?;
            (vm.iterate(&ks)?, true)
        }
    };
    for n in names {
        let Some(s) = n.as_str().map(|x| x.to_string()) else {
            let mn = vm
                .getattr_opt(module, "__name__")?
                .and_then(|v| v.as_str().map(|s| s.to_string()))
                .unwrap_or_default();
            let tn = vm.type_name(&n);
            let what = if check_underscore {
                "__dict__"
            } else {
                "__all__"
            };
            return Err(vm.type_error(format!("Item in {mn}.{what} must be str, not {tn}")));
        };
        if check_underscore && s.starts_with('_') {
            continue;
        }
        let v = vm.getattr(module, &s)?;
        vm.setitem(target, n, v)?;
    }
    Ok(())
}
