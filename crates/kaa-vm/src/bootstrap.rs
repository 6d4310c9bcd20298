//! Start-up of the type system: `object` and `type` (each other's instance and base), `dict`
//! (whose instances hold every namespace), then every other built-in type and the exception
//! hierarchy of CPython 3.11, in one table. `init_types` then fills each type's methods from
//! the files that implement them.

use crate::object::{ObjRef, Object, Payload};
use crate::types::{self, Layout, FLAG_BASETYPE, FLAG_HAS_DICT};
use crate::vm::{Types, Vm};
use std::cell::RefCell;

fn new_dict_obj(dict_type: Option<&ObjRef>) -> ObjRef {
    let p = Payload::Dict(Box::default());
    match dict_type {
        Some(t) => Object::new(t.clone(), p),
        None => Object::new_root(p),
    }
}

pub fn create_types() -> Types {
    let object_dict = new_dict_obj(None);
    let type_dict = new_dict_obj(None);
    let dict_dict = new_dict_obj(None);
    let mk_root = |name: &str, d: ObjRef, layout: Layout| {
        Object::new_root(Payload::Type(Box::new(types::TypeData {
            name: RefCell::new(name.to_string()),
            qualname: RefCell::new(name.to_string()),
            bases: RefCell::new(Vec::new()),
            mro: RefCell::new(Vec::new()),
            dict: d,
            layout,
            flags: std::cell::Cell::new(FLAG_BASETYPE),
            version: std::cell::Cell::new(types::next_version()),
            subclasses: RefCell::new(Vec::new()),
            slot_names: RefCell::new(Vec::new()),
            slot_cache: std::cell::Cell::new((0, 0)),
            attr_cache: RefCell::new((0, Default::default())),
            str_cache: RefCell::new((0, Default::default())),
            ctor_cache: RefCell::new(None),
            shared_keys: RefCell::new(Vec::new()),
        })))
    };
    let object = mk_root("object", object_dict.clone(), Layout::Object);
    let type_ = mk_root("type", type_dict.clone(), Layout::Type);
    let dict = mk_root("dict", dict_dict.clone(), Layout::Dict);
    for t in [&object, &type_, &dict] {
        t.set_class(type_.clone());
    }
    for d in [&object_dict, &type_dict, &dict_dict] {
        d.set_class(dict.clone());
    }
    if let Some(td) = types::tdata(&type_) {
        *td.bases.borrow_mut() = vec![object.clone()];
        td.flags.set(FLAG_BASETYPE | FLAG_HAS_DICT);
    }
    if let Some(dd) = types::tdata(&dict) {
        *dd.bases.borrow_mut() = vec![object.clone()];
    }
    types::set_linear_mro(&object);
    types::set_linear_mro(&type_);
    types::set_linear_mro(&dict);

    let mk = |name: &str, base: &ObjRef, layout: Layout, flags: u32| -> ObjRef {
        let t = types::new_type(
            type_.clone(),
            name,
            vec![base.clone()],
            new_dict_obj(Some(&dict)),
            layout,
            flags,
        );
        types::set_linear_mro(&t);
        t
    };
    let b = FLAG_BASETYPE;
    let o = &object;
    let int = mk("int", o, Layout::Int, b);
    let bool_ = mk("bool", &int, Layout::Bool, 0);
    let base_exception = mk("BaseException", o, Layout::Exception, b | FLAG_HAS_DICT);
    let e = |name: &str, base: &ObjRef| mk(name, base, Layout::Exception, b | FLAG_HAS_DICT);
    let exception = e("Exception", &base_exception);
    let arithmetic_error = e("ArithmeticError", &exception);
    let lookup_error = e("LookupError", &exception);
    let import_error = e("ImportError", &exception);
    let os_error = e("OSError", &exception);
    let name_error = e("NameError", &exception);
    let runtime_error = e("RuntimeError", &exception);
    let syntax_error = e("SyntaxError", &exception);
    let value_error = e("ValueError", &exception);
    let unicode_error = e("UnicodeError", &value_error);
    let indentation_error = e("IndentationError", &syntax_error);
    let warning = e("Warning", &exception);
    let base_exception_group = e("BaseExceptionGroup", &base_exception);
    let exception_group = types::new_type(
        type_.clone(),
        "ExceptionGroup",
        vec![base_exception_group.clone(), exception.clone()],
        new_dict_obj(Some(&dict)),
        Layout::Exception,
        b | FLAG_HAS_DICT,
    );
    if let Some(d) = types::tdata(&exception_group) {
        *d.mro.borrow_mut() = vec![
            exception_group.clone(),
            base_exception_group.clone(),
            exception.clone(),
            base_exception.clone(),
            object.clone(),
        ];
    }
    let none = 0;
    Types {
        str: mk("str", o, Layout::Str, b),
        float: mk("float", o, Layout::Float, b),
        complex: mk("complex", o, Layout::Complex, b),
        bytes: mk("bytes", o, Layout::Bytes, b),
        bytearray: mk("bytearray", o, Layout::ByteArray, b),
        list: mk("list", o, Layout::List, b),
        tuple: mk("tuple", o, Layout::Tuple, b),
        set: mk("set", o, Layout::Set, b),
        frozenset: mk("frozenset", o, Layout::FrozenSet, b),
        range: mk("range", o, Layout::Other, none),
        slice: mk("slice", o, Layout::Other, none),
        function: mk("function", o, Layout::Function, none),
        builtin_function: mk("builtin_function_or_method", o, Layout::Other, none),
        method_descriptor: mk("method_descriptor", o, Layout::Other, none),
        classmethod_descriptor: mk("classmethod_descriptor", o, Layout::Other, none),
        method: mk("method", o, Layout::Other, none),
        cell: mk("cell", o, Layout::Other, none),
        code: mk("code", o, Layout::Other, none),
        module: mk("module", o, Layout::Module, b | FLAG_HAS_DICT),
        property: mk("property", o, Layout::Property, b),
        classmethod: mk("classmethod", o, Layout::Other, b | FLAG_HAS_DICT),
        staticmethod: mk("staticmethod", o, Layout::Other, b | FLAG_HAS_DICT),
        super_: mk("super", o, Layout::Other, b),
        generator: mk("generator", o, Layout::Other, none),
        coroutine: mk("coroutine", o, Layout::Other, none),
        async_generator: mk("async_generator", o, Layout::Other, none),
        none_type: mk("NoneType", o, Layout::Other, none),
        not_implemented_type: mk("NotImplementedType", o, Layout::Other, none),
        ellipsis_type: mk("ellipsis", o, Layout::Other, none),
        traceback: mk("traceback", o, Layout::Other, none),
        frame: mk("frame", o, Layout::Other, none),
        mappingproxy: mk("mappingproxy", o, Layout::Other, none),
        dict_keys: mk("dict_keys", o, Layout::Other, none),
        dict_values: mk("dict_values", o, Layout::Other, none),
        dict_items: mk("dict_items", o, Layout::Other, none),
        iterator: mk("iterator", o, Layout::Other, none),
        getset_descriptor: mk("getset_descriptor", o, Layout::Other, none),
        member_descriptor: mk("member_descriptor", o, Layout::Other, none),
        memoryview: mk("memoryview", o, Layout::Other, none),
        list_iterator: mk("list_iterator", o, Layout::Other, none),
        list_reverseiterator: mk("list_reverseiterator", o, Layout::Other, none),
        tuple_iterator: mk("tuple_iterator", o, Layout::Other, none),
        str_ascii_iterator: mk("str_ascii_iterator", o, Layout::Other, none),
        str_iterator: mk("str_iterator", o, Layout::Other, none),
        range_iterator: mk("range_iterator", o, Layout::Other, none),
        longrange_iterator: mk("longrange_iterator", o, Layout::Other, none),
        dict_keyiterator: mk("dict_keyiterator", o, Layout::Other, none),
        dict_valueiterator: mk("dict_valueiterator", o, Layout::Other, none),
        dict_itemiterator: mk("dict_itemiterator", o, Layout::Other, none),
        dict_reversekeyiterator: mk("dict_reversekeyiterator", o, Layout::Other, none),
        dict_reversevalueiterator: mk("dict_reversevalueiterator", o, Layout::Other, none),
        dict_reverseitemiterator: mk("dict_reverseitemiterator", o, Layout::Other, none),
        set_iterator: mk("set_iterator", o, Layout::Other, none),
        bytes_iterator: mk("bytes_iterator", o, Layout::Other, none),
        bytearray_iterator: mk("bytearray_iterator", o, Layout::Other, none),
        callable_iterator: mk("callable_iterator", o, Layout::Other, none),
        enumerate: mk("enumerate", o, Layout::Other, b),
        zip: mk("zip", o, Layout::Other, b),
        map: mk("map", o, Layout::Other, b),
        filter: mk("filter", o, Layout::Other, b),
        reversed: mk("reversed", o, Layout::Other, b),
        wrapper_descriptor: mk("wrapper_descriptor", o, Layout::Other, none),
        method_wrapper: mk("method-wrapper", o, Layout::Other, none),
        system_exit: e("SystemExit", &base_exception),
        keyboard_interrupt: e("KeyboardInterrupt", &base_exception),
        generator_exit: e("GeneratorExit", &base_exception),
        stop_iteration: e("StopIteration", &exception),
        stop_async_iteration: e("StopAsyncIteration", &exception),
        floating_point_error: e("FloatingPointError", &arithmetic_error),
        overflow_error: e("OverflowError", &arithmetic_error),
        zero_division_error: e("ZeroDivisionError", &arithmetic_error),
        assertion_error: e("AssertionError", &exception),
        attribute_error: e("AttributeError", &exception),
        buffer_error: e("BufferError", &exception),
        eof_error: e("EOFError", &exception),
        module_not_found_error: e("ModuleNotFoundError", &import_error),
        index_error: e("IndexError", &lookup_error),
        key_error: e("KeyError", &lookup_error),
        memory_error: e("MemoryError", &exception),
        unbound_local_error: e("UnboundLocalError", &name_error),
        reference_error: e("ReferenceError", &exception),
        not_implemented_error: e("NotImplementedError", &runtime_error),
        recursion_error: e("RecursionError", &runtime_error),
        tab_error: e("TabError", &indentation_error),
        system_error: e("SystemError", &exception),
        type_error: e("TypeError", &exception),
        unicode_decode_error: e("UnicodeDecodeError", &unicode_error),
        unicode_encode_error: e("UnicodeEncodeError", &unicode_error),
        unicode_translate_error: e("UnicodeTranslateError", &unicode_error),
        file_not_found_error: e("FileNotFoundError", &os_error),
        file_exists_error: e("FileExistsError", &os_error),
        permission_error: e("PermissionError", &os_error),
        is_a_directory_error: e("IsADirectoryError", &os_error),
        not_a_directory_error: e("NotADirectoryError", &os_error),
        timeout_error: e("TimeoutError", &os_error),
        object,
        type_,
        int,
        bool_,
        dict,
        base_exception,
        exception,
        arithmetic_error,
        lookup_error,
        import_error,
        os_error,
        name_error,
        runtime_error,
        syntax_error,
        value_error,
        unicode_error,
        indentation_error,
        warning,
        base_exception_group,
        exception_group,
    }
}

/// Placeholder types for the impossible case of objects existing before any Vm.
pub fn empty_types() -> Types {
    create_types()
}

/// Exception classes beyond the ones with a `Types` field, registered in builtins by name:
/// (name, base field name).
pub const EXTRA_EXCEPTIONS: &[(&str, &str)] = &[
    ("ConnectionError", "OSError"),
    ("BlockingIOError", "OSError"),
    ("ChildProcessError", "OSError"),
    ("InterruptedError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("UserWarning", "Warning"),
    ("DeprecationWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("BytesWarning", "Warning"),
    ("ResourceWarning", "Warning"),
    ("EncodingWarning", "Warning"),
];

/// Fills in the methods of every built-in type.
pub fn init_types(vm: &mut Vm) {
    crate::builtins::types_init(vm);
}
