//! kaa's native standard-library modules (the ones CPython implements in C) and their
//! registry: `register` installs every module's initialiser into a VM, so adding a module is
//! one file plus one line in `MODULES`.

use kaa_vm::object::ObjRef;
use kaa_vm::{PyResult, Vm};

mod frozen {
    include!(concat!(env!("OUT_DIR"), "/frozen.rs"));
}

type Init = fn(&mut Vm) -> PyResult<ObjRef>;

/// Every native module: (import name, initialiser).
const MODULES: &[(&str, Init)] = &[];

pub fn register(vm: &mut Vm) {
    for (name, init) in MODULES {
        vm.native_modules.insert((*name).to_string(), *init);
    }
    for (name, src, is_pkg) in frozen::FROZEN {
        vm.frozen_modules.insert((*name).to_string(), (*src, *is_pkg));
    }
}
