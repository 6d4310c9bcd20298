//! The interpreter state: the built-in types, the builtins and sys modules, interned strings,
//! the frame stack, the recursion limit and the hash key; plus the small constructors and
//! error helpers every other file uses (`vm.new_str`, `vm.type_error(...)`).

use crate::frame::Frame;
use crate::object::{BuiltinData, BuiltinKind, NativeFn, ObjRef, Object, Payload, PyStr};
use crate::types::{self, Layout};
use crate::value::Value;
use kaa_fmt::hash::HashKey;
use num_bigint::BigInt;
use num_traits::ToPrimitive;
use rustc_hash::FxHashMap;
use std::cell::RefCell;
use std::rc::Rc;

/// A Python exception in flight: the exception instance.
#[derive(Clone)]
pub struct PyErr(pub ObjRef);

pub type PyResult<T> = Result<T, PyErr>;

macro_rules! types_struct {
    ($($field:ident),* $(,)?) => {
        /// Every built-in type object, by field.
        pub struct Types { $(pub $field: ObjRef),* }
    };
}

types_struct!(
    object,
    type_,
    int,
    bool_,
    float,
    complex,
    str,
    bytes,
    bytearray,
    list,
    tuple,
    dict,
    set,
    frozenset,
    range,
    slice,
    function,
    builtin_function,
    method_descriptor,
    classmethod_descriptor,
    method,
    cell,
    code,
    module,
    property,
    classmethod,
    staticmethod,
    super_,
    generator,
    coroutine,
    async_generator,
    none_type,
    not_implemented_type,
    ellipsis_type,
    traceback,
    frame,
    mappingproxy,
    dict_keys,
    dict_values,
    dict_items,
    iterator,
    getset_descriptor,
    member_descriptor,
    memoryview,
    base_exception,
    system_exit,
    keyboard_interrupt,
    generator_exit,
    exception,
    stop_iteration,
    stop_async_iteration,
    arithmetic_error,
    floating_point_error,
    overflow_error,
    zero_division_error,
    assertion_error,
    attribute_error,
    buffer_error,
    eof_error,
    import_error,
    module_not_found_error,
    lookup_error,
    index_error,
    key_error,
    memory_error,
    name_error,
    unbound_local_error,
    os_error,
    reference_error,
    runtime_error,
    not_implemented_error,
    recursion_error,
    syntax_error,
    indentation_error,
    tab_error,
    system_error,
    type_error,
    value_error,
    unicode_error,
    unicode_decode_error,
    unicode_encode_error,
    unicode_translate_error,
    warning,
    file_not_found_error,
    file_exists_error,
    permission_error,
    is_a_directory_error,
    not_a_directory_error,
    base_exception_group,
    exception_group,
    timeout_error,
    list_iterator,
    list_reverseiterator,
    tuple_iterator,
    str_ascii_iterator,
    str_iterator,
    range_iterator,
    longrange_iterator,
    dict_keyiterator,
    dict_valueiterator,
    dict_itemiterator,
    dict_reversekeyiterator,
    dict_reversevalueiterator,
    dict_reverseitemiterator,
    set_iterator,
    bytes_iterator,
    bytearray_iterator,
    callable_iterator,
    enumerate,
    zip,
    map,
    filter,
    reversed,
    wrapper_descriptor,
    method_wrapper,
);

thread_local! {
    static TYPES: RefCell<Option<Rc<Types>>> = const { RefCell::new(None) };
    static HASH_KEY: RefCell<HashKey> = RefCell::new(HashKey::from_seed(0));
}

/// Runs `f` with this thread's built-in types (set when a `Vm` is created).
pub fn with_types<R>(f: impl FnOnce(&Types) -> R) -> R {
    TYPES.with(|t| {
        let b = t.borrow();
        match &*b {
            Some(types) => f(types),
            // Only reachable before a Vm exists, when no object can exist either.
            None => f(&crate::bootstrap::empty_types()),
        }
    })
}

/// `hash()` of a Rust string with this thread's key (names in type and module dicts).
pub fn str_hash(s: &str) -> i64 {
    if !s.is_ascii() && crate::surrogate::contains(s) {
        // Hashed as the code points CPython holds, at the width they need.
        let cps = s.chars().map(crate::surrogate::code_point);
        return HASH_KEY.with(|k| kaa_fmt::hash::hash_code_points(cps, &k.borrow()));
    }
    HASH_KEY.with(|k| kaa_fmt::hash::hash_str(s, &k.borrow()))
}

/// A pure-Python module embedded in the binary: its source (for `get_source` and tracebacks'
/// sake) and its code, compiled when kaa was built (`kaa_compiler::marshal` format; empty when
/// the build could not compile it, and the source is then compiled at import).
#[derive(Clone, Copy)]
pub struct FrozenModule {
    pub source: &'static str,
    pub code: &'static [u8],
    pub is_pkg: bool,
}

pub struct Vm {
    pub types: Rc<Types>,
    pub builtins: ObjRef,
    pub builtins_dict: ObjRef,
    pub sys: ObjRef,
    pub sys_modules: ObjRef,
    pub none_obj: ObjRef,
    pub not_implemented: Value,
    pub ellipsis: Value,
    pub empty_tuple: Value,
    interned: rustc_hash::FxHashSet<Interned>,
    /// The interned `"__name__"`, once asked for (each new function reads its module's).
    dunder_name: Option<Value>,
    /// The builtin `isinstance` function object, which `CALL` runs inline (see `eval.rs`).
    pub isinstance_fn: Option<ObjRef>,
    /// Suspended caller frames of the running code (the running frame is held by the
    /// interpreter loop).
    pub frames: Vec<Box<Frame>>,
    /// Active Python frames, for the recursion limit.
    pub depth: usize,
    pub recursion_limit: usize,
    /// Nesting of the interpreter loop on the Rust stack.
    pub native_depth: usize,
    pub max_str_digits: usize,
    /// Spare value-stack buffers, reused by calls.
    pub(crate) vec_pool: Vec<Vec<Value>>,
    pub(crate) frame_pool: crate::frame::FramePool,
    /// The last slice `BUILD_SLICE` made from inline bounds, reused in place once nothing
    /// else holds it (CPython keeps a one-slice free list for the same reason).
    pub(crate) spare_slice: Option<ObjRef>,
    /// Single-character strings for code points below 256.
    char_cache: Vec<Value>,
    pub argv: Vec<String>,
    pub main_path: Option<String>,
    /// Native module initialisers, by name (filled by kaa-stdlib).
    pub native_modules: FxHashMap<String, fn(&mut Vm) -> PyResult<ObjRef>>,
    /// Pure-Python modules embedded in the binary, by name.
    pub frozen_modules: FxHashMap<String, FrozenModule>,
    /// `-v` given this many times (`sys.flags.verbose`): import tracing on stderr.
    pub verbose: u32,
    /// `-X importtime`: CPython's per-import timing table on stderr.
    pub import_time: bool,
    pub import_timer: crate::import_trace::ImportTimer,
    /// The directory the embedded `Lib/` is presented as (an entry of `sys.path`); empty when
    /// there is none, and then every embedded module is served as a frozen module.
    pub stdlib_dir: String,
    /// Exceptions whose `__del__`/callback failed, reported as "Exception ignored".
    pub stdout_buffer: Option<String>,
    /// Globals/locals of the Python code calling a frame-aware built-in (`locals()`,
    /// `globals()`, `vars()`, `dir()`, `eval`, `exec`, `super()`...).
    pub caller_env: Vec<CallerEnv>,
    /// Objects whose repr is being computed (for `[...]` on recursion).
    pub repr_stack: Vec<usize>,
    /// Source text by filename, for traceback lines.
    pub source_cache: FxHashMap<String, String>,
    /// The exceptions being handled, innermost last (CPython's exc_info chain): pushed by
    /// PUSH_EXC_INFO, popped by POP_EXCEPT; a suspended generator keeps its own part.
    pub exc_stack: Vec<Value>,
    /// Globals of the running Python frame (for native code that needs them, like
    /// `type(name, bases, ns)` setting `__module__`).
    pub cur_globals: Option<ObjRef>,
    /// `types.GenericAlias` and `types.UnionType`.
    pub generic: Option<(ObjRef, ObjRef)>,
    /// weakref.ReferenceType, ProxyType, CallableProxyType.
    pub weak: Option<(ObjRef, ObjRef, ObjRef)>,
}

/// What a frame-aware built-in needs from its caller.
pub struct CallerEnv {
    pub globals: ObjRef,
    pub builtins: ObjRef,
    /// The locals mapping (a snapshot dict for function frames).
    pub locals: Value,
}

/// Hard cap on Rust-level nesting of the interpreter, well within the interpreter thread's
/// stack; deeper native recursion raises RecursionError instead of overflowing.
pub const MAX_NATIVE_DEPTH: usize = 6000;

impl Vm {
    pub fn new() -> Box<Vm> {
        match HashKey::from_env() {
            Ok(k) => HASH_KEY.with(|h| *h.borrow_mut() = k),
            Err(_) => HASH_KEY.with(|h| *h.borrow_mut() = HashKey::random()),
        }
        let types = Rc::new(crate::bootstrap::create_types());
        TYPES.with(|t| *t.borrow_mut() = Some(types.clone()));
        let t = &types;
        let none_obj = Object::new(t.none_type.clone(), Payload::Plain);
        let not_implemented = Value::Obj(Object::new(
            t.not_implemented_type.clone(),
            Payload::NotImplemented,
        ));
        let ellipsis = Value::Obj(Object::new(t.ellipsis_type.clone(), Payload::Ellipsis));
        let empty = Object::new(
            t.tuple.clone(),
            Payload::Tuple(crate::object::TupleItems::Heap(Box::new([]))),
        );
        // Never tracked, as in CPython: it holds nothing.
        crate::gc::untrack(&empty);
        let empty_tuple = Value::Obj(empty);
        let builtins_dict = Object::new(t.dict.clone(), Payload::Dict(Box::default()));
        let builtins = Object::with_dict(t.module.clone(), Payload::Module, builtins_dict.clone());
        let sys_dict = Object::new(t.dict.clone(), Payload::Dict(Box::default()));
        let sys = Object::with_dict(t.module.clone(), Payload::Module, sys_dict);
        let sys_modules = Object::new(t.dict.clone(), Payload::Dict(Box::default()));
        let mut vm = Box::new(Vm {
            types: types.clone(),
            builtins,
            builtins_dict,
            sys,
            sys_modules,
            none_obj,
            not_implemented,
            ellipsis,
            empty_tuple,
            interned: rustc_hash::FxHashSet::default(),
            dunder_name: None,
            isinstance_fn: None,
            frames: Vec::new(),
            depth: 0,
            recursion_limit: 1000,
            native_depth: 0,
            max_str_digits: kaa_fmt::DEFAULT_MAX_STR_DIGITS,
            vec_pool: Vec::new(),
            frame_pool: Default::default(),
            spare_slice: None,
            char_cache: Vec::new(),
            argv: Vec::new(),
            main_path: None,
            native_modules: FxHashMap::default(),
            frozen_modules: FxHashMap::default(),
            verbose: 0,
            import_time: false,
            import_timer: Default::default(),
            stdlib_dir: String::new(),
            stdout_buffer: None,
            caller_env: Vec::new(),
            repr_stack: Vec::new(),
            source_cache: FxHashMap::default(),
            exc_stack: Vec::new(),
            cur_globals: None,
            generic: None,
            weak: None,
        });
        vm.char_cache = (0u32..256)
            .map(|c| {
                Value::Obj(Object::new(
                    types.str.clone(),
                    Payload::Str(PyStr::from_string(
                        char::from_u32(c).unwrap_or('\0').to_string(),
                    )),
                ))
            })
            .collect();
        crate::gc::configure_from_env();
        crate::bootstrap::init_types(&mut vm);
        crate::builtins::init(&mut vm);
        crate::sysmod::init(&mut vm);
        vm
    }

    /// The weak-reference types (ReferenceType, ProxyType, CallableProxyType).
    pub fn weak_types(&self) -> (ObjRef, ObjRef, ObjRef) {
        match &self.weak {
            Some((a, b, c)) => (a.clone(), b.clone(), c.clone()),
            None => (
                self.types.object.clone(),
                self.types.object.clone(),
                self.types.object.clone(),
            ),
        }
    }

    /// (`types.GenericAlias`, `types.UnionType`), created at start-up.
    pub fn generic_types(&self) -> (ObjRef, ObjRef) {
        match &self.generic {
            Some((a, b)) => (a.clone(), b.clone()),
            None => (self.types.object.clone(), self.types.object.clone()),
        }
    }

    #[inline]
    pub fn t(&self) -> &Types {
        &self.types
    }

    // ---- constructors -----------------------------------------------------------------

    pub fn new_str(&self, s: &str) -> Value {
        if s.len() == 1 {
            return self.char_cache[s.as_bytes()[0] as usize].clone();
        }
        Value::Obj(Object::new(
            self.types.str.clone(),
            Payload::Str(PyStr::new(s)),
        ))
    }

    pub fn new_string(&self, s: String) -> Value {
        if s.len() == 1 {
            return self.char_cache[s.as_bytes()[0] as usize].clone();
        }
        Value::Obj(Object::new(
            self.types.str.clone(),
            Payload::Str(PyStr::from_string(s)),
        ))
    }

    pub fn new_char(&self, c: char) -> Value {
        let n = c as u32;
        if n < 256 {
            return self.char_cache[n as usize].clone();
        }
        self.new_string(c.to_string())
    }

    /// The interned str object for an identifier (names of attributes, globals...).
    /// `intern("__name__")` without the table lookup.
    pub fn dunder_name(&mut self) -> Value {
        if let Some(v) = &self.dunder_name {
            return v.clone();
        }
        let v = self.intern("__name__");
        self.dunder_name = Some(v.clone());
        v
    }

    pub fn intern(&mut self, s: &str) -> Value {
        if let Some(v) = self.interned.get(s) {
            return v.0.clone();
        }
        let v = Value::Obj(Object::new(
            self.types.str.clone(),
            Payload::Str(PyStr::new(s)),
        ));
        self.interned.insert(Interned(v.clone()));
        v
    }

    pub fn new_int(&self, i: BigInt) -> Value {
        match i.to_i64() {
            Some(v) => Value::Int(v),
            None => Value::Obj(Object::new(self.types.int.clone(), Payload::Int(i))),
        }
    }

    pub fn new_tuple(&self, items: Vec<Value>) -> Value {
        if items.is_empty() {
            return self.empty_tuple.clone();
        }
        Value::Obj(Object::new(
            self.types.tuple.clone(),
            Payload::Tuple(items.into()),
        ))
    }

    /// A tuple of two, its items held in the object (`TupleItems::Pair`).
    #[inline]
    pub fn new_pair(&self, a: Value, b: Value) -> Value {
        Value::Obj(Object::new(
            self.types.tuple.clone(),
            Payload::Tuple(crate::object::TupleItems::Pair([a, b])),
        ))
    }

    pub fn new_list(&self, items: Vec<Value>) -> Value {
        Value::Obj(Object::new(
            self.types.list.clone(),
            Payload::List(RefCell::new(items)),
        ))
    }

    pub fn new_dict(&self) -> ObjRef {
        Object::new(self.types.dict.clone(), Payload::Dict(Box::default()))
    }

    pub fn new_set(&self, frozen: bool) -> ObjRef {
        let cls = if frozen {
            self.types.frozenset.clone()
        } else {
            self.types.set.clone()
        };
        Object::new(cls, Payload::Set(Box::default()))
    }

    pub fn new_bytes(&self, b: Vec<u8>) -> Value {
        Value::Obj(Object::new(
            self.types.bytes.clone(),
            Payload::Bytes(b.into_boxed_slice()),
        ))
    }

    pub fn new_float(&self, f: f64) -> Value {
        Value::float(f)
    }

    pub fn none(&self) -> Value {
        Value::None
    }

    /// A built-in function object.
    pub fn new_builtin(
        &self,
        name: &'static str,
        func: NativeFn,
        kind: BuiltinKind,
        owner: Option<ObjRef>,
    ) -> Value {
        let is_dunder = name.len() > 4 && name.starts_with("__") && name.ends_with("__");
        let cls = match kind {
            BuiltinKind::Method if is_dunder => self.types.wrapper_descriptor.clone(),
            BuiltinKind::Method => self.types.method_descriptor.clone(),
            BuiltinKind::ClassMethod => self.types.classmethod_descriptor.clone(),
            _ => self.types.builtin_function.clone(),
        };
        Value::Obj(Object::new(
            cls,
            Payload::Builtin(Box::new(BuiltinData {
                name,
                func,
                kind,
                bound: None,
                owner,
                doc: None,
                frame_aware: false,
            })),
        ))
    }

    /// Adds a method descriptor to a built-in type's dict.
    pub fn add_method(&mut self, t: &ObjRef, name: &'static str, func: NativeFn) {
        let f = self.new_builtin(name, func, BuiltinKind::Method, Some(t.clone()));
        self.type_dict_set(t, name, f);
    }

    pub fn add_classmethod(&mut self, t: &ObjRef, name: &'static str, func: NativeFn) {
        let f = self.new_builtin(name, func, BuiltinKind::ClassMethod, Some(t.clone()));
        self.type_dict_set(t, name, f);
    }

    pub fn add_staticmethod(&mut self, t: &ObjRef, name: &'static str, func: NativeFn) {
        let f = self.new_builtin(name, func, BuiltinKind::StaticMethod, Some(t.clone()));
        self.type_dict_set(t, name, f);
    }

    /// Sets `name` in a type's namespace (no Python code can run: the key is a str).
    pub fn type_dict_set(&mut self, t: &ObjRef, name: &str, v: Value) {
        if let Some(d) = types::tdata(t) {
            let key = self.intern(name);
            let hash = str_hash(name);
            if let Payload::Dict(dt) = &d.dict.payload {
                dt.borrow_mut().set_str(key, hash, v);
            }
        }
        types::modified(t);
    }

    /// Sets a str key in a dict object without running Python code.
    pub fn dict_set_str(&mut self, d: &ObjRef, name: &str, v: Value) {
        let key = self.intern(name);
        let hash = str_hash(name);
        if let Payload::Dict(dt) = &d.payload {
            dt.borrow_mut().set_str(key, hash, v);
        }
    }

    pub fn dict_get_str(&self, d: &ObjRef, name: &str) -> Option<Value> {
        match &d.payload {
            Payload::Dict(dt) => dt.borrow().get_str(name),
            _ => None,
        }
    }

    /// Sets an attribute of a module object directly in its dict.
    pub fn module_set(&mut self, m: &ObjRef, name: &str, v: Value) {
        if let Some(d) = m.dict() {
            self.dict_set_str(&d, name, v);
        }
    }

    pub fn new_module(&mut self, name: &str) -> ObjRef {
        let d = self.new_dict();
        let m = Object::with_dict(self.types.module.clone(), Payload::Module, d.clone());
        let n = self.new_str(name);
        self.dict_set_str(&d, "__name__", n);
        self.dict_set_str(&d, "__doc__", Value::None);
        self.dict_set_str(&d, "__package__", Value::None);
        self.dict_set_str(&d, "__loader__", Value::None);
        self.dict_set_str(&d, "__spec__", Value::None);
        m
    }

    // ---- type of a value -----------------------------------------------------------------

    #[inline]
    pub fn type_of(&self, v: &Value) -> ObjRef {
        match v {
            Value::Obj(o) => o.class(),
            Value::Int(_) => self.types.int.clone(),
            Value::Float(_) => self.types.float.clone(),
            Value::Bool(_) => self.types.bool_.clone(),
            Value::None => self.types.none_type.clone(),
            Value::Null => self.types.none_type.clone(),
        }
    }

    /// `type(v) is t`, without taking a reference to the type.
    #[inline]
    pub fn type_is(&self, v: &Value, t: &ObjRef) -> bool {
        let own = match v {
            Value::Obj(o) => return o.class_is(t),
            Value::Int(_) => &self.types.int,
            Value::Float(_) => &self.types.float,
            Value::Bool(_) => &self.types.bool_,
            Value::None | Value::Null => &self.types.none_type,
        };
        Rc::ptr_eq(own, t)
    }

    pub fn type_name(&self, v: &Value) -> String {
        types::type_name(&self.type_of(v))
    }

    // ---- errors -------------------------------------------------------------------------

    /// A new exception of class `cls` with a single message argument.
    pub fn new_exc(&mut self, cls: &ObjRef, msg: impl Into<String>) -> PyErr {
        let m = self.new_string(msg.into());
        let args = self.new_tuple(vec![m]);
        PyErr(crate::exceptions::new_exception(self, cls, args))
    }

    pub fn new_exc_args(&mut self, cls: &ObjRef, args: Vec<Value>) -> PyErr {
        let a = self.new_tuple(args);
        PyErr(crate::exceptions::new_exception(self, cls, a))
    }

    pub fn type_error(&mut self, msg: impl Into<String>) -> PyErr {
        let c = self.types.type_error.clone();
        self.new_exc(&c, msg)
    }

    pub fn value_error(&mut self, msg: impl Into<String>) -> PyErr {
        let c = self.types.value_error.clone();
        self.new_exc(&c, msg)
    }

    pub fn index_error(&mut self, msg: impl Into<String>) -> PyErr {
        let c = self.types.index_error.clone();
        self.new_exc(&c, msg)
    }

    pub fn runtime_error(&mut self, msg: impl Into<String>) -> PyErr {
        let c = self.types.runtime_error.clone();
        self.new_exc(&c, msg)
    }

    pub fn overflow_error(&mut self, msg: impl Into<String>) -> PyErr {
        let c = self.types.overflow_error.clone();
        self.new_exc(&c, msg)
    }

    pub fn zero_division(&mut self, msg: impl Into<String>) -> PyErr {
        let c = self.types.zero_division_error.clone();
        self.new_exc(&c, msg)
    }

    pub fn attribute_error(&mut self, msg: impl Into<String>) -> PyErr {
        let c = self.types.attribute_error.clone();
        self.new_exc(&c, msg)
    }

    pub fn key_error(&mut self, key: Value) -> PyErr {
        let c = self.types.key_error.clone();
        self.new_exc_args(&c, vec![key])
    }

    pub fn name_error(&mut self, name: &str) -> PyErr {
        let c = self.types.name_error.clone();
        let e = self.new_exc(&c, format!("name '{name}' is not defined"));
        let n = self.new_str(name);
        crate::exceptions::set_attr_raw(self, &e.0, "name", n);
        e
    }

    pub fn stop_iteration(&mut self, value: Value) -> PyErr {
        let c = self.types.stop_iteration.clone();
        if value.is_none() {
            self.new_exc_args(&c, vec![])
        } else {
            self.new_exc_args(&c, vec![value])
        }
    }

    pub fn fmt_error(&mut self, e: kaa_fmt::FmtError) -> PyErr {
        use kaa_fmt::ErrKind;
        let c = match e.kind {
            ErrKind::ValueError => self.types.value_error.clone(),
            ErrKind::TypeError => self.types.type_error.clone(),
            ErrKind::OverflowError => self.types.overflow_error.clone(),
            ErrKind::MemoryError => self.types.memory_error.clone(),
            ErrKind::ZeroDivisionError => self.types.zero_division_error.clone(),
        };
        self.new_exc(&c, e.msg)
    }

    /// True when the exception is an instance of `cls` (a subclass check on its type).
    pub fn exc_matches(&self, e: &PyErr, cls: &ObjRef) -> bool {
        types::is_subtype(&e.0.class(), cls)
    }

    pub fn recursion_error(&mut self) -> PyErr {
        let c = self.types.recursion_error.clone();
        self.new_exc(&c, "maximum recursion depth exceeded")
    }

    /// Takes a spare buffer for a frame's values.
    #[inline]
    pub(crate) fn take_vec(&mut self, cap: usize) -> Vec<Value> {
        match self.vec_pool.pop() {
            Some(mut v) => {
                v.reserve(cap);
                v
            }
            None => Vec::with_capacity(cap.max(8)),
        }
    }

    #[inline]
    pub(crate) fn give_vec(&mut self, mut v: Vec<Value>) {
        if self.vec_pool.len() < 64 && v.capacity() <= 1024 {
            v.clear();
            self.vec_pool.push(v);
        }
    }

    /// `sys.modules` as the live dict object (user code may have replaced it).
    pub fn modules_dict(&mut self) -> ObjRef {
        if let Some(Value::Obj(m)) = self
            .sys
            .dict()
            .and_then(|d| self.dict_get_str(&d, "modules"))
        {
            if matches!(m.payload, Payload::Dict(_)) {
                return m;
            }
        }
        self.sys_modules.clone()
    }
}

pub fn layout_of(t: &ObjRef) -> Layout {
    types::tdata(t).map(|d| d.layout).unwrap_or(Layout::Object)
}

/// An interned str object, found in the intern set by its text: the set's keys are the
/// str objects themselves (as CPython's interned dict), not a second copy of each text.
struct Interned(Value);

impl Interned {
    fn text(&self) -> &str {
        self.0.as_str().unwrap_or("")
    }
}

impl std::borrow::Borrow<str> for Interned {
    fn borrow(&self) -> &str {
        self.text()
    }
}

impl std::hash::Hash for Interned {
    /// The text's hash, as `Borrow<str>` requires.
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        self.text().hash(h)
    }
}

impl PartialEq for Interned {
    fn eq(&self, other: &Interned) -> bool {
        self.text() == other.text()
    }
}

impl Eq for Interned {}
