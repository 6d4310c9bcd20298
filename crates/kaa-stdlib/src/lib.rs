//! kaa's native standard-library modules (the ones CPython implements in C) and their
//! registry: `register` installs every module's initialiser into a VM, so adding a module is
//! one file plus one line in `MODULES`.

use kaa_vm::object::ObjRef;
use kaa_vm::{PyResult, Vm};

pub mod atexit;
pub mod binascii;
pub mod errno;
pub mod functools;
pub mod io;
mod io_file;
pub mod itertools;
mod itertools_more;
pub mod json;
mod json_decode;
pub mod math;
mod math_gamma;
mod math_int;
pub mod operator;
pub mod posix;
mod posix_fd;
mod posix_proc;
mod posix_stat;
pub mod random;
pub mod sha512;
pub mod time;
pub mod util;
pub mod zlib;

mod frozen {
    include!(concat!(env!("OUT_DIR"), "/frozen.rs"));
}

type Init = fn(&mut Vm) -> PyResult<ObjRef>;

/// Every native module: (import name, initialiser).
const MODULES: &[(&str, Init)] = &[
    ("math", math::init),
    ("time", time::init),
    ("itertools", itertools::init),
    ("operator", operator::init),
    ("_operator", operator::init_private),
    ("_functools", functools::init),
    ("_random", random::init),
    ("_sha512", sha512::init),
    ("io", io::init),
    ("_io", io::init_private),
    ("errno", errno::init),
    ("_json", json::init),
    ("posix", posix::init),
    ("atexit", atexit::init),
    ("zlib", zlib::init),
    ("binascii", binascii::init),
];

pub fn register(vm: &mut Vm) {
    for (name, init) in MODULES {
        vm.native_modules.insert((*name).to_string(), *init);
    }
    for (name, source, code, is_pkg) in frozen::FROZEN {
        let fm = kaa_vm::vm::FrozenModule {
            source,
            code,
            is_pkg: *is_pkg,
        };
        vm.frozen_modules.insert((*name).to_string(), fm);
    }
    // The embedded modules other than CPython's frozen ones are found on sys.path, in this
    // directory (served from the binary, see kaa_vm::import::stdlib_entry).
    vm.stdlib_dir = frozen::LIB_DIR.to_string();
    let sys = vm.sys.clone();
    if let Some(d) = sys.dict() {
        let dir = vm.new_str(frozen::LIB_DIR);
        vm.dict_set_str(&d, "_stdlib_dir", dir.clone());
        if let Some(p) = vm.dict_get_str(&d, "path") {
            let _ = vm.call_method(&p, "append", &[dir]);
        }
    }
    // `open` is `io.open` (io's classes are created on first use).
    let open = util::new_func(vm, "open", io_file::io_open);
    let b = vm.builtins_dict.clone();
    vm.dict_set_str(&b, "open", open);
}
