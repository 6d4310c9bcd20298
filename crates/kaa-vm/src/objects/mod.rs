//! The built-in types' methods, one file per type family, each registering its methods on
//! the type objects at start-up.

pub mod argcheck;
pub mod bytes_methods;
pub mod bytes_percent;
pub mod bytesobj;
pub mod codecs;
pub mod complex;
pub mod dictobj;
pub mod excgroup;
pub mod excobj;
pub mod func;
pub mod generic;
pub mod int_bytes;
pub mod isinstance;
pub mod memoryview;
pub mod misc;
pub mod namespace;
pub mod num;
pub mod numobj;
pub mod objectobj;
pub mod percent;
pub mod rangeobj;
pub mod seqobj;
pub mod setobj;
pub mod str_case;
pub mod str_methods;
pub mod strformat;
pub mod strobj;
pub mod typeobj;
pub mod unicode_tables;
