//! The kaa virtual machine: values and the heap object core, types and the object model,
//! the interpreter loop, built-in types and functions, exceptions and tracebacks, and the
//! runtime of the import statement. See docs/architecture.md for how the pieces fit.

pub mod attr;
pub mod attr_ic;
pub mod bootstrap;
pub mod builtins;
pub mod call;
pub mod dict;
pub mod eval;
pub mod exceptions;
pub mod finalize;
pub mod frame;
pub mod gc;
pub mod gcmodule;
pub mod generator;
pub mod import;
pub mod import_trace;
pub mod instvals;
pub mod iter;
pub mod object;
pub mod objects;
pub mod ops;
pub mod patterns;
pub mod pycache;
pub mod pystr;
pub mod quicken;
pub mod range;
pub mod repr;
pub mod run;
pub mod set;
pub mod slots;
pub mod structseq;
pub mod sysmod;
pub mod traceback;
pub mod types;
pub mod value;
pub mod vm;
pub mod weakref;

pub use kaa_compiler::Mode;
pub use kaa_syntax::surrogate;
pub use value::Value;
pub use vm::{PyErr, PyResult, Vm};
