//! The heap object core (DESIGN.md §3–4): every heap object is a header — its class (mutable,
//! for `__class__` assignment), an optional instance `__dict__`, the cycle collector's word — and a
//! payload holding built-in data. An instance of `class L(list)` is a list payload plus a dict.
//! Objects are reference counted (`Rc`), single-threaded; every container payload can list
//! the references it holds (`traverse`) for the cycle collector.

use crate::value::Value;
use kaa_compiler::CodeObject;
use num_bigint::BigInt;
use std::any::Any;
use std::cell::{Cell, RefCell, UnsafeCell};
use std::rc::Rc;

pub type ObjRef = Rc<Object>;

pub struct Object {
    /// Always `Some` once bootstrapped: `Object::new` takes the class, and only the two
    /// root objects (`type`, `object`) briefly hold `None` during `types::bootstrap`.
    class: RefSlot,
    /// The instance `__dict__` (a dict object), for objects whose type provides one.
    pub dict: RefSlot,
    /// The cycle collector's registration and the header flags (`gc.rs`). `__slots__`
    /// values live beside the objects (`slots.rs`), flagged here.
    pub(crate) gc: crate::gc::GcHeader,
    pub payload: Payload,
}

/// An optional object reference read and replaced through `&self`, without the borrow flag
/// a `RefCell` adds: the class and dict pointers of every object header stay 8 bytes each.
///
/// Sound because objects never leave their thread (`Rc` is `!Send`) and no reference into
/// the cell outlives a method of this type: reads clone the `Rc` (which runs no Python code),
/// writes swap the pointer and hand the old one back to be dropped outside the cell.
pub struct RefSlot(UnsafeCell<Option<ObjRef>>);

impl RefSlot {
    pub const fn new(v: Option<ObjRef>) -> RefSlot {
        RefSlot(UnsafeCell::new(v))
    }

    /// A new reference to the object held, if any.
    #[inline]
    pub fn get(&self) -> Option<ObjRef> {
        // SAFETY: single-threaded, and nothing can write the cell while `Rc::clone` (a count
        // increment) runs; see the type's comment.
        unsafe { (*self.0.get()).clone() }
    }

    #[inline]
    pub fn is_some(&self) -> bool {
        // SAFETY: a read of the discriminant with no reference kept (see the type).
        unsafe { (*self.0.get()).is_some() }
    }

    /// Is the object held `t` (by identity)?
    #[inline]
    pub fn is(&self, t: &ObjRef) -> bool {
        // SAFETY: a pointer comparison with no reference kept (see the type).
        unsafe { (*self.0.get()).as_ref().is_some_and(|c| Rc::ptr_eq(c, t)) }
    }

    /// Stores `v`, returning what was held (dropped by the caller, after the cell is whole).
    #[inline]
    pub fn replace(&self, v: Option<ObjRef>) -> Option<ObjRef> {
        // SAFETY: no reference into the cell exists outside this type's methods, none of
        // which is running (single-threaded); the old value is moved out, not dropped here.
        unsafe { std::ptr::replace(self.0.get(), v) }
    }

    #[inline]
    pub fn set(&self, v: Option<ObjRef>) {
        drop(self.replace(v));
    }

    #[inline]
    pub fn take(&self) -> Option<ObjRef> {
        self.replace(None)
    }

    pub fn get_mut(&mut self) -> &mut Option<ObjRef> {
        self.0.get_mut()
    }

    /// `f` applied to the object held, without touching reference counts. Private to the
    /// object core: `f` is one of this file's functions that only reads the referent's
    /// plain fields (it cannot reach back and replace this cell).
    #[inline]
    fn peek<R>(&self, f: impl FnOnce(Option<&ObjRef>) -> R) -> R {
        // SAFETY: see the function's comment: the reference given to `f` cannot be
        // invalidated while `f` runs because `f` never writes an object's class or dict.
        unsafe { f((*self.0.get()).as_ref()) }
    }
}

impl Object {
    /// A new object of `class` holding `payload`, registered with the cycle collector if it
    /// can hold references.
    pub fn new(class: ObjRef, payload: Payload) -> ObjRef {
        let o = Object::build(Some(class), None, payload);
        crate::gc::track(&o);
        o
    }

    pub fn with_dict(class: ObjRef, payload: Payload, dict: ObjRef) -> ObjRef {
        let o = Object::build(Some(class), Some(dict), payload);
        crate::gc::track(&o);
        o
    }

    /// Allocates, then writes the fields into the allocation, the payload word by word.
    /// `Rc::new(Object {..})` built the object in a stack temporary and copied it over in
    /// 16-byte pieces; a piece spanning two of the caller's smaller stores (a payload's tag
    /// and its first field) cannot be forwarded from them, a stall of a dozen cycles or more
    /// on every object made (the hottest instruction of allocation-heavy programs). The
    /// payload's tag is a whole word (`repr(u64)`), so each word read here was written by
    /// one store.
    #[inline(always)]
    fn build(class: Option<ObjRef>, dict: Option<ObjRef>, payload: Payload) -> ObjRef {
        let mut rc = Rc::<Object>::new_uninit();
        // `get_mut` of an `Rc` just made, with no other strong or weak reference, is `Some`.
        let slot = Rc::get_mut(&mut rc)
            .expect("a new Rc is unique")
            .as_mut_ptr();
        const WORDS: usize = std::mem::size_of::<Payload>() / 8;
        // SAFETY: `slot` points to the new allocation's uninitialised `Object`; each field
        // is written once through `addr_of_mut!` (no reference to uninitialised memory).
        // `Payload` is `repr(u64)`, so 8-aligned and a whole number of words; its bits are
        // copied word for word (`MaybeUninit` words: padding is never read as an integer)
        // and the original is forgotten, so the copy is its only owner. After the writes
        // the `Object` is fully initialised, which `assume_init` requires.
        unsafe {
            std::ptr::addr_of_mut!((*slot).class).write(RefSlot::new(class));
            std::ptr::addr_of_mut!((*slot).dict).write(RefSlot::new(dict));
            std::ptr::addr_of_mut!((*slot).gc).write(crate::gc::GcHeader::new());
            let src = std::ptr::addr_of!(payload).cast::<std::mem::MaybeUninit<u64>>();
            let dst = std::ptr::addr_of_mut!((*slot).payload).cast::<std::mem::MaybeUninit<u64>>();
            for i in 0..WORDS {
                std::ptr::write_volatile(dst.add(i), std::ptr::read_volatile(src.add(i)));
            }
            std::mem::forget(payload);
            rc.assume_init()
        }
    }

    /// A root object created before its class exists (`type` and `object`).
    pub(crate) fn new_root(payload: Payload) -> ObjRef {
        Rc::new(Object {
            class: RefSlot::new(None),
            dict: RefSlot::new(None),
            gc: crate::gc::GcHeader::new(),
            payload,
        })
    }

    /// The object's class (`type(x)`).
    #[inline]
    pub fn class(&self) -> ObjRef {
        match self.class.get() {
            Some(c) => c,
            // Unreachable after bootstrap (see the field's comment); `type` is its own class,
            // so falling back to a fresh root keeps this total without panicking.
            None => Object::new_root(Payload::Plain),
        }
    }

    /// Compares the class with `t` without touching reference counts.
    #[inline]
    pub fn class_is(&self, t: &ObjRef) -> bool {
        self.class.is(t)
    }

    /// The class's address and version tag, without taking a reference (the key of the
    /// attribute inline caches).
    #[inline]
    pub fn class_key(&self) -> (usize, u64) {
        self.class.peek(|c| match c {
            Some(c) => (
                Rc::as_ptr(c) as usize,
                crate::types::tdata(c).map_or(0, |d| d.version.get()),
            ),
            None => (0, 0),
        })
    }

    /// For `isinstance(self, c)` with `c` a class: whether the object's class is a subclass
    /// of `c`, and if not the class's slot bits (`types::slot_bits`, which say whether
    /// `__class__` could answer otherwise), without taking a reference to the class. Both
    /// only read the class's MRO, dict and slot cache.
    #[inline]
    pub fn class_subtype_and_bits(&self, c: &ObjRef) -> (bool, u32) {
        self.class.peek(|k| match k {
            Some(k) if crate::types::is_subtype(k, c) => (true, 0),
            Some(k) => (false, crate::types::slot_bits(k)),
            None => (false, 0),
        })
    }

    /// The class's version tag (0 before the class exists): the key of `AttrFast` lines.
    #[inline(always)]
    pub fn class_version(&self) -> u64 {
        self.class.peek(|c| match c.map(|c| &c.payload) {
            Some(Payload::Type(d)) => d.version.get(),
            _ => 0,
        })
    }

    pub fn set_class(&self, c: ObjRef) {
        // Inline values are laid out by the old class's shared keys: keep them as a dict.
        if matches!(self.payload, Payload::Instance(_)) {
            crate::instvals::materialize(self);
        }
        self.class.set(Some(c));
    }

    /// The instance `__dict__`, created from inline attribute values on first request.
    pub fn dict(&self) -> Option<ObjRef> {
        crate::instvals::materialize(self)
    }

    /// `__slots__` value `i` (None past the end or for an object without slots; `Null`
    /// when the slot is empty).
    pub fn slot(&self, i: usize) -> Option<Value> {
        crate::slots::get(self, i)
    }

    /// Gives the object its `__slots__` storage (once, as it is made); false if it had it.
    pub fn init_slots(&self, values: Vec<Value>) -> bool {
        crate::slots::init(self, values)
    }

    pub fn id(&self) -> usize {
        self as *const Object as usize
    }

    /// The identity Python sees (`id()`, the default hash and repr): the address, except
    /// for the copy a finaliser runs on, which keeps the dead original's (`finalize.rs`).
    #[inline]
    pub fn py_id(&self) -> usize {
        crate::finalize::identity_of(self)
    }

    /// The class, if set (it always is after bootstrap).
    pub fn class_opt(&self) -> Option<ObjRef> {
        self.class.get()
    }

    pub(crate) fn take_class(&mut self) -> Option<ObjRef> {
        self.class.get_mut().take()
    }

    /// Rebuilds an object from the parts of one being dropped (see `finalize.rs`).
    pub(crate) fn revive(
        class: Option<ObjRef>,
        dict: Option<ObjRef>,
        slots: Option<Vec<Value>>,
        payload: Payload,
    ) -> ObjRef {
        let o = Rc::new(Object {
            class: RefSlot::new(class),
            dict: RefSlot::new(dict),
            gc: crate::gc::GcHeader::new(),
            payload,
        });
        if let Some(s) = slots {
            o.init_slots(s);
        }
        o
    }
}

impl Drop for Object {
    fn drop(&mut self) {
        crate::finalize::on_drop(self);
        if self.gc.has(crate::gc::HAS_SLOTS) {
            drop(crate::slots::take(self));
        }
    }
}

/// A weak reference's data: the referent (not kept alive) and the callback.
pub struct WeakData {
    pub target: std::rc::Weak<Object>,
    pub callback: RefCell<Value>,
    pub hash: Cell<i64>,
    /// 0 = ref, 1 = proxy, 2 = callable proxy.
    pub kind: u8,
}

pub use crate::pystr::PyStr;

/// A Python function: code plus the environment it closes over.
pub struct FunctionData {
    pub code: ObjRef,
    /// `code`'s `PyCode` (None if `code` is not a code object): a call reads it here
    /// rather than through the code object, one dependent load less on every call. (Both
    /// are fixed at creation; assigning `__code__` would have to replace both.)
    pub pycode: Option<Rc<PyCode>>,
    pub globals: ObjRef,
    pub builtins: ObjRef,
    pub name: RefCell<Value>,
    pub qualname: RefCell<Value>,
    pub defaults: RefCell<Value>,
    pub kwdefaults: RefCell<Value>,
    pub closure: Option<ObjRef>,
    pub doc: RefCell<Value>,
    pub module: RefCell<Value>,
    pub annotations: RefCell<Value>,
}

/// A code object as the VM runs it: the compiler's code plus constants materialised as
/// values and names interned as str objects.
pub struct PyCode {
    pub code: Rc<CodeObject>,
    /// The instructions the interpreter runs: `code.instrs` with superinstructions
    /// (`quicken.rs`); same operands, plus two closing instructions (see `quicken::quicken`).
    pub instrs: Box<[kaa_compiler::opcodes::Instr]>,
    pub consts: Box<[Value]>,
    pub names: Box<[Value]>,
    pub varnames: Box<[Value]>,
    /// Inline caches, indexed by an instruction's `cache` number (0 = none). Empty until
    /// the code proves warm (`caches_ready`): code run once (most module bodies, class
    /// bodies, functions called once) never pays their memory.
    pub caches: RefCell<Vec<InlineCache>>,
    /// Per cache number, the instance-attribute fact last learnt there (`AttrFast`), read
    /// by `LOAD_ATTR`/`STORE_ATTR` before anything else; made with `caches`.
    pub attr_fast: std::cell::OnceCell<Box<[Cell<AttrFast>]>>,
    /// The number of cache numbers, and the cache misses seen while `caches` is empty.
    pub ncaches: u32,
    pub cold_misses: Cell<u32>,
    /// What every call reads, copied out of `code` so a call does not chase its pointers:
    /// the fast-local slots (locals, cells, free variables), those plus the value stack,
    /// and the positional parameter count.
    pub nlocalsplus: u32,
    pub framesize: u32,
    pub argcount: u32,
    /// Only positional parameters (no keyword-only, `*args` or `**kwargs`): a call with
    /// exactly `argcount` positional arguments just copies them.
    pub simple_params: bool,
    /// `co_name` and `co_qualname` as (interned) str objects: each function made from the
    /// code starts with these as its `__name__` and `__qualname__`.
    pub name: Value,
    pub qualname: Value,
}

impl PyCode {
    /// Whether the inline caches exist, making them once the code is warm: when it has
    /// missed more often than it has cache numbers, so has run (about) twice or loops
    /// (CPython likewise specialises code only after a warm-up). Called on a miss only.
    pub fn caches_ready(&self) -> bool {
        if self.attr_fast.get().is_some() {
            return true;
        }
        let n = self.cold_misses.get() + 1;
        self.cold_misses.set(n);
        if n <= self.ncaches {
            return false;
        }
        let Ok(mut c) = self.caches.try_borrow_mut() else {
            return false;
        };
        let slots = self.ncaches as usize + 1;
        c.resize(slots, InlineCache::Empty);
        self.attr_fast
            .get_or_init(|| (0..slots).map(|_| Cell::default()).collect());
        true
    }

    /// The instruction's instance-attribute fast line, once the caches exist.
    #[inline(always)]
    pub fn fast_line(&self, slot: usize) -> Option<&Cell<AttrFast>> {
        self.attr_fast.get()?.get(slot)
    }

    /// Generator, coroutine or async generator code: a call makes a suspended object
    /// instead of running the frame.
    #[inline]
    pub fn is_generator_like(&self) -> bool {
        use kaa_compiler::CodeFlags;
        self.code.flags.0
            & (CodeFlags::GENERATOR | CodeFlags::COROUTINE | CodeFlags::ASYNC_GENERATOR)
            != 0
    }
}

/// What an instruction remembers from its last execution.
#[derive(Clone, Default)]
pub enum InlineCache {
    #[default]
    Empty,
    /// LOAD_GLOBAL: where the name was found, entry `index` of the globals (`bver` is
    /// `IN_GLOBALS`) or of the builtins, valid while those dicts (identified by address)
    /// keep the recorded key versions; the value is read from the entry, so rebinding the
    /// name (a counter at module level) keeps the cache.
    Global {
        globals: usize,
        builtins: usize,
        gver: u64,
        bver: u64,
        index: u32,
    },
    /// LOAD_ATTR on instances whose types (address, version; up to `IC_WAYS` of them, for
    /// call sites that see several classes) have nothing by that name: the value is the
    /// instance's own. The third field is the name's position among the type's shared keys
    /// (`NO_INDEX` if it was not one), where inline values keep it.
    InstanceAttr { keys: Box<InstanceWays> },
    /// LOAD_ATTR where the type holds a plain value of a built-in type under that name: the
    /// instance dict's value if any, else this one.
    ClassValue { tp: usize, ver: u64, value: Value },
    /// STORE_ATTR on instances whose types have nothing by that name and no `__setattr__`:
    /// the store goes to the instance dict.
    StoreInstance { keys: Box<InstanceWays> },
    /// LOAD_ATTR on a class (whose metaclass is `type` and has nothing by that name) where
    /// the class's MRO holds a plain value or a function: the value, while the class (by
    /// address and version) is unchanged.
    TypeAttr { tp: usize, ver: u64, value: Value },
    /// LOAD_ATTR/STORE_ATTR where the type's attribute is a `__slots__` member (a data
    /// descriptor, so the instance dict never matters): the slot's index.
    Slot { tp: usize, ver: u64, index: usize },
    /// LOAD_METHOD: per type, the function (or method descriptor) it provides, unless the
    /// instance dict shadows it. The last field counts the type's leading shared keys known
    /// not to be the name (`instvals::absent_upto`): an instance with no more inline values
    /// than that cannot shadow the method.
    Method { entries: Box<MethodWays> },
    /// LOAD_ATTR/STORE_ATTR where the type (by address and version) gave nothing the caches
    /// can replay (a property, a `__getattr__` class): the general protocol runs without
    /// trying to learn again until another type comes through.
    Generic { tp: usize, ver: u64 },
}

/// The monomorphic shortcut of an attribute instruction (CPython's `LOAD_ATTR_INSTANCE_VALUE`
/// and `STORE_ATTR_INSTANCE_VALUE`): for instances of the type whose version tag is `ver`,
/// the name is a plain instance attribute kept at inline-value position `index`. Version tags
/// are never reused and change whenever the type or a base is modified, so the fact stays
/// true for as long as an object's type still has that version; `Copy`, so a hit reads it
/// with no borrow flag. `ver == 0` (no type has it) is the empty line.
#[derive(Clone, Copy, Default)]
pub struct AttrFast {
    pub ver: u64,
    pub index: u32,
}

/// The types an instance-attribute entry remembers: address, version, inline position.
/// The multi-way entries are boxed so every cache slot stays small (a slot is made for each
/// cached instruction of every loaded function, used or not: 168 bytes each unboxed).
pub type InstanceWays = [(usize, u64, u32); IC_WAYS];

/// The types a method entry remembers: address, version, the function, and the count of
/// shared keys known not to be the name.
pub type MethodWays = [(usize, u64, Value, u32); IC_WAYS];

/// How many types one attribute cache entry remembers.
pub const IC_WAYS: usize = 4;

/// An attribute cache's "not a shared key" position.
pub const NO_INDEX: u32 = u32::MAX;

pub type NativeFn = fn(&mut crate::Vm, &[Value], &[(Value, Value)]) -> crate::PyResult<Value>;

/// How a built-in callable binds when found on a type.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum BuiltinKind {
    /// A module-level function (`len`): never binds.
    Function,
    /// A method descriptor (`list.append`): binds the instance as the first argument.
    Method,
    /// A class method (`dict.fromkeys`): binds the class.
    ClassMethod,
    /// A static method of a type (`str.maketrans`): never binds.
    StaticMethod,
}

pub struct BuiltinData {
    pub name: &'static str,
    pub func: NativeFn,
    pub kind: BuiltinKind,
    /// The bound first argument (`self` of a bound built-in method, or the module).
    pub bound: Option<Value>,
    /// The type that defines a method descriptor (for reprs and type checks).
    pub owner: Option<ObjRef>,
    pub doc: Option<&'static str>,
    /// One of the builtins that read the calling frame (`locals()`, `eval`, ...; see
    /// `builtins::FRAME_AWARE`), decided once when the builtins module is made.
    pub frame_aware: bool,
}

/// Exception instance state (BaseException's C fields).
pub struct ExcData {
    pub args: Value,
    pub traceback: Value,
    pub cause: Value,
    pub context: Value,
    pub suppress_context: bool,
    /// BaseExceptionGroup's `message` and `exceptions` (a tuple); None for other exceptions.
    pub group: Option<Box<ExcGroupData>>,
}

/// The fields of a BaseExceptionGroup instance, set once by its `__new__`.
pub struct ExcGroupData {
    pub message: Value,
    pub exceptions: Value,
}

/// One traceback entry (CPython's traceback object).
pub struct TracebackData {
    pub next: RefCell<Value>,
    pub frame: ObjRef,
    pub lasti: u32,
    pub lineno: u32,
}

/// A frame as seen from Python (`tb_frame`, `sys._getframe()`): a snapshot of where code was.
pub struct FrameData {
    pub code: ObjRef,
    pub globals: ObjRef,
    pub lineno: Cell<u32>,
    pub back: RefCell<Value>,
    pub locals: RefCell<Value>,
    /// A function frame's fast locals, cells and free variables (`Null` when unbound), kept
    /// by a traceback entry as CPython's frame object keeps them: what a raising frame
    /// held stays alive while the exception's traceback does, and `f_locals` shows it.
    pub fast: RefCell<Vec<Value>>,
}

pub type Getter = fn(&mut crate::Vm, &Value) -> crate::PyResult<Value>;
/// Sets (Some) or deletes (None) the attribute.
pub type Setter = fn(&mut crate::Vm, &Value, Option<Value>) -> crate::PyResult<()>;

pub struct GetSetData {
    pub name: &'static str,
    pub owner: ObjRef,
    pub get: Getter,
    pub set: Option<Setter>,
}

pub struct PropertyData {
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
    pub doc: RefCell<Value>,
    pub name: RefCell<Value>,
}

/// The payload: the built-in data of an object, chosen by its class's layout. The tag is a
/// whole word so that building an object copies whole words each written by one store (see
/// `Object::build`); the largest variants take 32 bytes, so this costs no size.
#[repr(u64)]
pub enum Payload {
    /// An instance of `object` or of a class with no built-in base data.
    Plain,
    /// An instance whose attributes are stored inline, in its class's shared-key order
    /// (`instvals.rs`), until a dict is asked for.
    Instance(RefCell<Vec<Value>>),
    /// An instance of a class with `__slots__` and no `__dict__` (nor built-in base data):
    /// the slot values, in the slot descriptors' order (`slots.rs`).
    Slotted(RefCell<Vec<Value>>),
    /// An int too large for an inline `i64`, or an instance of an int subclass.
    Int(BigInt),
    /// An instance of a float subclass.
    Float(f64),
    Complex(f64, f64),
    Str(PyStr),
    Bytes(Box<[u8]>),
    ByteArray(RefCell<Vec<u8>>),
    List(RefCell<Vec<Value>>),
    Tuple(TupleItems),
    Dict(Box<RefCell<crate::dict::DictTable>>),
    /// set and frozenset (frozen-ness comes from the class).
    Set(Box<RefCell<crate::set::SetTable>>),
    Range(crate::range::RangeData),
    /// start, stop, step.
    Slice(Box<(Value, Value, Value)>),
    Function(Box<FunctionData>),
    Builtin(Box<BuiltinData>),
    /// A bound method: the function and the instance.
    Method(Value, Value),
    Cell(RefCell<Value>),
    Code(Rc<PyCode>),
    Module,
    Type(Box<crate::types::TypeData>),
    Property(Box<PropertyData>),
    ClassMethod(RefCell<Value>),
    StaticMethod(RefCell<Value>),
    /// `super(type, obj)`: the type, the object (or None), and the object's type.
    Super(Box<(Value, Value, Value)>),
    /// Boxed, as the other large payloads, so every object stays small.
    Generator(Box<RefCell<crate::generator::GenData>>),
    Iter(Box<RefCell<crate::iter::IterState>>),
    Exception(Box<RefCell<ExcData>>),
    Traceback(Box<TracebackData>),
    Frame(Box<FrameData>),
    MappingProxy(Value),
    /// `dict.keys()`/`values()`/`items()`: the kind (0, 1, 2) and the dict.
    DictView(u8, ObjRef),
    /// A `__slots__` entry (`member_descriptor`): the slot's name, index and owner.
    Member(Box<(String, usize, ObjRef)>),
    /// `weakref.ref` / proxies.
    WeakRef(Box<WeakData>),
    /// A built-in attribute with native getter/setter (`getset_descriptor`).
    GetSet(Box<GetSetData>),
    NotImplemented,
    Ellipsis,
    /// Native modules' own objects (io buffers, ...), with their references listed by
    /// `NativeData::traverse`.
    Native(RefCell<Box<dyn NativeData>>),
}

/// A tuple's items. Pairs, the most common tuples by far (`return a, b`, dict items, keys
/// of two), are held in the payload itself: one allocation per pair, not two. The
/// `Heap` variant's pointer sits beside the first item's tag, whose unused values tell the
/// two forms apart, so the type is the size of two values.
pub enum TupleItems {
    Pair([Value; 2]),
    Heap(Box<[Value]>),
}

impl std::ops::Deref for TupleItems {
    type Target = [Value];

    #[inline]
    fn deref(&self) -> &[Value] {
        match self {
            TupleItems::Pair(p) => p,
            TupleItems::Heap(h) => h,
        }
    }
}

impl From<Vec<Value>> for TupleItems {
    #[inline]
    fn from(v: Vec<Value>) -> TupleItems {
        match <[Value; 2]>::try_from(v) {
            Ok(p) => TupleItems::Pair(p),
            Err(v) => TupleItems::Heap(v.into_boxed_slice()),
        }
    }
}

impl Clone for TupleItems {
    fn clone(&self) -> TupleItems {
        match self {
            TupleItems::Pair([a, b]) => TupleItems::Pair([a.clone(), b.clone()]),
            TupleItems::Heap(h) => TupleItems::Heap(h.clone()),
        }
    }
}

/// Data of objects implemented by native modules.
pub trait NativeData: Any {
    fn as_any(&self) -> &dyn Any;
    fn as_any_mut(&mut self) -> &mut dyn Any;
    /// Lists the values held, for the cycle collector.
    fn traverse(&self, visit: &mut dyn FnMut(&Value));
}

/// Implements `NativeData` for native types that hold no Python values (nothing for the
/// cycle collector to visit): buffers, hash states, generator states.
#[macro_export]
macro_rules! native_data_leaf {
    ($($t:ty),+ $(,)?) => {$(
        impl $crate::object::NativeData for $t {
            fn as_any(&self) -> &dyn ::std::any::Any {
                self
            }
            fn as_any_mut(&mut self) -> &mut dyn ::std::any::Any {
                self
            }
            fn traverse(&self, _visit: &mut dyn FnMut(&$crate::value::Value)) {}
        }
    )+};
}

impl Payload {
    /// Calls `visit` on every value the payload holds (CPython's `tp_traverse`).
    pub fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        match self {
            Payload::List(v) | Payload::Instance(v) | Payload::Slotted(v) => {
                if let Ok(v) = v.try_borrow() {
                    v.iter().for_each(&mut *visit)
                }
            }
            Payload::Tuple(v) => v.iter().for_each(&mut *visit),
            Payload::Dict(d) => {
                if let Ok(d) = d.try_borrow() {
                    d.traverse(visit)
                }
            }
            Payload::Set(s) => {
                if let Ok(s) = s.try_borrow() {
                    s.traverse(visit)
                }
            }
            Payload::Slice(s) => {
                let (a, b, c) = &**s;
                visit(a);
                visit(b);
                visit(c);
            }
            Payload::Function(f) => {
                visit(&Value::Obj(f.code.clone()));
                visit(&Value::Obj(f.globals.clone()));
                for c in [
                    &f.name,
                    &f.qualname,
                    &f.defaults,
                    &f.kwdefaults,
                    &f.doc,
                    &f.module,
                    &f.annotations,
                ] {
                    if let Ok(v) = c.try_borrow() {
                        visit(&v);
                    }
                }
                if let Some(c) = &f.closure {
                    visit(&Value::Obj(c.clone()));
                }
            }
            Payload::Builtin(b) => {
                if let Some(v) = &b.bound {
                    visit(v);
                }
            }
            Payload::Method(f, s) => {
                visit(f);
                visit(s);
            }
            Payload::Cell(c) | Payload::ClassMethod(c) | Payload::StaticMethod(c) => {
                if let Ok(v) = c.try_borrow() {
                    visit(&v);
                }
            }
            Payload::Type(t) => t.traverse(visit),
            Payload::Property(p) => {
                visit(&p.fget);
                visit(&p.fset);
                visit(&p.fdel);
            }
            Payload::Super(s) => {
                let (a, b, c) = &**s;
                visit(a);
                visit(b);
                visit(c);
            }
            Payload::Generator(g) => {
                if let Ok(g) = g.try_borrow() {
                    g.traverse(visit)
                }
            }
            Payload::Iter(i) => {
                if let Ok(i) = i.try_borrow() {
                    i.traverse(visit)
                }
            }
            Payload::Exception(e) => {
                if let Ok(e) = e.try_borrow() {
                    for v in [&e.args, &e.traceback, &e.cause, &e.context] {
                        visit(v);
                    }
                    if let Some(g) = &e.group {
                        visit(&g.message);
                        visit(&g.exceptions);
                    }
                }
            }
            Payload::Traceback(t) => {
                if let Ok(n) = t.next.try_borrow() {
                    visit(&n);
                }
                visit(&Value::Obj(t.frame.clone()));
            }
            Payload::Frame(f) => {
                if let Ok(b) = f.back.try_borrow() {
                    visit(&b);
                }
                if let Ok(l) = f.locals.try_borrow() {
                    visit(&l);
                }
                if let Ok(fast) = f.fast.try_borrow() {
                    fast.iter().for_each(&mut *visit);
                }
            }
            Payload::MappingProxy(v) => visit(v),
            Payload::DictView(_, d) => visit(&Value::Obj(d.clone())),
            Payload::WeakRef(w) => {
                if let Ok(c) = w.callback.try_borrow() {
                    visit(&c);
                }
            }
            Payload::Native(n) => {
                if let Ok(n) = n.try_borrow() {
                    n.traverse(visit)
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod sizes {
    /// Every heap object pays for the largest payload: a guard against growing it by
    /// accident (docs/benchmarks.md tracks memory).
    #[test]
    fn object_and_payload_stay_small() {
        use super::*;
        assert!(std::mem::size_of::<Payload>() <= 40);
        assert_eq!(std::mem::size_of::<Payload>() % 8, 0);
        assert!(std::mem::size_of::<TupleItems>() <= 32);
        assert!(std::mem::size_of::<Object>() <= 64);
        assert!(std::mem::size_of::<InlineCache>() <= 56);
        assert!(std::mem::size_of::<PyStr>() <= 32);
    }
}
