//! Import tracing for `-v` and `-X importtime`, in CPython's formats: `-v` prints
//! `import 'name' # <loader>` once a module has been loaded, and `-X importtime` prints a
//! table row per module actually loaded (not served from `sys.modules`) with its own and
//! cumulative microseconds, indented two spaces per nesting level, children before parents.

use crate::value::Value;
use crate::{PyResult, Vm};

/// Per-interpreter state of `-X importtime`: the nesting level and the microseconds spent
/// in nested imports of the import in progress.
#[derive(Default)]
pub struct ImportTimer {
    level: usize,
    accumulated: u128,
    header_done: bool,
}

/// Runs `load` (the find-and-load of module `name`) with the tracing the options ask for.
pub fn traced<F>(vm: &mut Vm, name: &str, load: F) -> PyResult<Option<Value>>
where
    F: FnOnce(&mut Vm) -> PyResult<Option<Value>>,
{
    if !vm.import_time {
        let r = load(vm);
        if let Ok(Some(m)) = &r {
            verbose_line(vm, name, m);
        }
        return r;
    }
    if !vm.import_timer.header_done {
        vm.import_timer.header_done = true;
        eprintln!("import time: self [us] | cumulative | imported package");
    }
    let start = std::time::Instant::now();
    let outer = std::mem::take(&mut vm.import_timer.accumulated);
    vm.import_timer.level += 1;
    let r = load(vm);
    vm.import_timer.level -= 1;
    let cumulative = start.elapsed().as_micros();
    let own = cumulative.saturating_sub(vm.import_timer.accumulated);
    let indent = vm.import_timer.level * 2;
    eprintln!(
        "import time: {own:>9} | {cumulative:>10} | {:indent$}{name}",
        ""
    );
    vm.import_timer.accumulated = outer + cumulative;
    if let Ok(Some(m)) = &r {
        verbose_line(vm, name, m);
    }
    r
}

/// `-v`'s line for a freshly loaded module, naming its loader as CPython does.
fn verbose_line(vm: &mut Vm, name: &str, module: &Value) {
    if vm.verbose == 0 {
        return;
    }
    let loader = vm
        .getattr_opt(module, "__loader__")
        .ok()
        .flatten()
        .filter(|l| !l.is_none());
    let shown = match loader {
        Some(l) => vm.repr_string(&l).unwrap_or_default(),
        None if vm.native_modules.contains_key(name) || name == "_imp" => {
            "<class '_frozen_importlib.BuiltinImporter'>".to_string()
        }
        None if vm.frozen_modules.contains_key(name) => {
            "<class '_frozen_importlib.FrozenImporter'>".to_string()
        }
        None => "None".to_string(),
    };
    eprintln!("import '{name}' # {shown}");
}
