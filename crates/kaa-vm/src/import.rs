//! The import statement's runtime (a first layer of DESIGN.md §5): `__import__` semantics
//! with `sys.modules` as the cache, relative-name resolution from `__package__`/`__name__`,
//! packages and their `__path__`, native and embedded modules, source files found along
//! `sys.path`, insertion into `sys.modules` before execution and removal on failure, binding
//! submodules on their parent, `fromlist` handling, `from m import *` with `__all__`, and
//! CPython's ImportError/ModuleNotFoundError messages. A replaced `builtins.__import__` is
//! honoured. The Python-visible finder/loader machinery (meta_path, specs) is the import
//! issue's and builds on this.

use crate::object::{ObjRef, Payload};
use crate::value::Value;
use crate::{PyResult, Vm};

/// IMPORT_NAME: `__import__(name, globals, locals, fromlist, level)`.
pub fn import_name_op(
    vm: &mut Vm,
    name: &Value,
    globals: &ObjRef,
    locals: &Value,
    fromlist: &Value,
    level: &Value,
) -> PyResult<Value> {
    let imp = vm.dict_get_str(&vm.builtins_dict.clone(), "__import__");
    if let Some(imp) = &imp {
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
    let package = globals.and_then(|g| {
        let p = vm.dict_get_str(g, "__package__").filter(|p| !p.is_none());
        match p {
            Some(p) => p.as_str().map(|s| s.to_string()),
            None => {
                let n = vm.dict_get_str(g, "__name__")?.as_str()?.to_string();
                if vm.dict_get_str(g, "__path__").is_some() {
                    Some(n)
                } else {
                    Some(
                        n.rsplit_once('.')
                            .map(|(a, _)| a.to_string())
                            .unwrap_or_default(),
                    )
                }
            }
        }
    });
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
    let module = load_module(vm, name, search_path)?;
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

/// Finds and executes a module: native, embedded, then source files on the path.
fn load_module(vm: &mut Vm, name: &str, search_path: Option<Value>) -> PyResult<Option<Value>> {
    if let Some(init) = vm.native_modules.get(name).copied() {
        let m = init(vm)?;
        let modules = vm.modules_dict();
        vm.dict_set_str(&modules, name, Value::Obj(m.clone()));
        return Ok(Some(Value::Obj(m)));
    }
    if let Some((src, is_pkg)) = vm.frozen_modules.get(name).copied() {
        let file = format!("<frozen {name}>");
        let m = exec_source_module(vm, name, src, &file, None, is_pkg, true)?;
        return Ok(Some(m));
    }
    let dirs: Vec<String> = match search_path {
        Some(p) => vm
            .iterate(&p)?
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
    let last = name.rsplit('.').next().unwrap_or(name);
    for d in dirs {
        let base = if d.is_empty() {
            ".".to_string()
        } else {
            d.clone()
        };
        let pkg_init = format!("{base}/{last}/__init__.py");
        if std::path::Path::new(&pkg_init).is_file() {
            let src = read_source(vm, &pkg_init)?;
            let pkg_dir = format!("{base}/{last}");
            let m = exec_source_module(vm, name, &src, &pkg_init, Some(pkg_dir), true, false)?;
            return Ok(Some(m));
        }
        let file = format!("{base}/{last}.py");
        if std::path::Path::new(&file).is_file() {
            let src = read_source(vm, &file)?;
            let m = exec_source_module(vm, name, &src, &file, None, false, false)?;
            return Ok(Some(m));
        }
    }
    Ok(None)
}

fn read_source(vm: &mut Vm, path: &str) -> PyResult<String> {
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

/// Creates module `name`, registers it in sys.modules, runs `src` in it; removes it again if
/// execution fails.
pub fn exec_source_module(
    vm: &mut Vm,
    name: &str,
    src: &str,
    file: &str,
    pkg_dir: Option<String>,
    is_pkg: bool,
    frozen: bool,
) -> PyResult<Value> {
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
        let path = match pkg_dir {
            Some(dir) => vec![vm.new_string(dir)],
            None => vec![],
        };
        let l = vm.new_list(path);
        vm.dict_set_str(&d, "__path__", l);
    }
    let modules = vm.modules_dict();
    vm.dict_set_str(&modules, name, Value::Obj(m.clone()));
    let code = match vm.compile_source(src, file, kaa_compiler::Mode::Exec) {
        Ok(c) => c,
        Err(e) => {
            let k = vm.intern(name);
            let _ = crate::dict::del_item(vm, &modules, &k);
            return Err(e);
        }
    };
    if let Err(e) = vm.run_code(&code, &d, None) {
        let modules = vm.modules_dict();
        let k = vm.intern(name);
        let _ = crate::dict::del_item(vm, &modules, &k);
        return Err(e);
    }
    // The module may have replaced itself in sys.modules.
    let modules = vm.modules_dict();
    Ok(vm.dict_get_str(&modules, name).unwrap_or(Value::Obj(m)))
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
