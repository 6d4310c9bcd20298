//! Types as objects (DESIGN.md §4): a type's data (name, qualname, bases, MRO, dict, layout,
//! flags, version tag, subclasses), attribute lookup along the MRO, CPython's C3
//! linearisation with its error text, and the "solid base" layout rules that decide which
//! built-in payload instances carry and which bases can be combined.

use crate::object::{ObjRef, Object, Payload};
use crate::value::Value;
use crate::{PyResult, Vm};
use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

/// The built-in data instances of a type carry (its "solid base" in CPython's terms).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    Object,
    Int,
    Bool,
    Float,
    Complex,
    Str,
    Bytes,
    ByteArray,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Exception,
    Type,
    Module,
    Function,
    Property,
    /// Built-in types that cannot be subclassed or instantiated from Python directly.
    Other,
}

pub const FLAG_HEAPTYPE: u32 = 1;
pub const FLAG_BASETYPE: u32 = 2;
/// Instances get a `__dict__`.
pub const FLAG_HAS_DICT: u32 = 4;
pub const FLAG_ABSTRACT: u32 = 8;
/// Instances can be weakly referenced.
pub const FLAG_WEAKREF: u32 = 16;
/// The class defines `__eq__` but not `__hash__` (so `__hash__` is None).
pub const FLAG_IMMUTABLE: u32 = 32;
/// A core built-in type whose repr `Vm::builtin_repr` produces directly.
pub const FLAG_NATIVE_REPR: u32 = 64;
/// `__new__` was defined on the type or a base at some point: instantiation goes through a
/// Python-level `__new__` lookup from then on, even once it is deleted (CPython's
/// `slot_tp_new` stays in `tp_new`), so `object.__new__`'s "excess arguments" check then
/// reports "object.__new__() takes exactly one argument".
pub const FLAG_NEW_SLOT: u32 = 128;

pub struct TypeData {
    pub name: RefCell<String>,
    pub qualname: RefCell<String>,
    pub bases: RefCell<Vec<ObjRef>>,
    pub mro: RefCell<Vec<ObjRef>>,
    /// The namespace: a dict object whose keys are attribute names.
    pub dict: ObjRef,
    pub layout: Layout,
    pub flags: Cell<u32>,
    /// Changes whenever the type or one of its bases is modified (inline caches key on it).
    pub version: Cell<u64>,
    pub subclasses: RefCell<Vec<Weak<Object>>>,
    /// Names of `__slots__` storage slots, in index order (including inherited ones).
    pub slot_names: RefCell<Vec<String>>,
    /// Which special methods are overridden in Python (`SLOT_*` bits), valid for the
    /// version it was computed at (a cache of MRO lookups on hot paths).
    pub slot_cache: Cell<(u64, u32)>,
    /// MRO lookup results by name object (CPython's method cache), valid for `.0`'s version.
    pub attr_cache: RefCell<(u64, rustc_hash::FxHashMap<usize, (Value, Option<Value>)>)>,
    /// MRO lookup results by Rust name (`lookup(t, "__init__")` from native code), valid for
    /// `.0`'s version: saves the SipHash of the name and the walk along the MRO.
    pub str_cache: RefCell<(u64, rustc_hash::FxHashMap<Box<str>, Option<Value>>)>,
    /// What calling the type runs (`typeobj::ctor_slots`), valid for its version.
    pub ctor_cache: RefCell<Option<Box<CtorSlots>>>,
    /// Attribute names of instances, in first-assignment order (`instvals.rs`): instances
    /// store their values inline in this order. Append-only, at most `instvals::MAX_SHARED`.
    pub shared_keys: RefCell<Vec<Value>>,
}

/// A type's `__new__` and `__init__` as an instantiation finds them, and whether each is
/// `object`'s own (whose argument checks then need no further lookups).
pub struct CtorSlots {
    pub version: u64,
    pub new: Value,
    pub init: Option<Value>,
    pub new_is_object: bool,
    pub init_is_object: bool,
    /// The shortcut an instantiation can take (decided with the rest, once per version).
    pub fast: FastCtor,
}

/// How a call of a type can skip `type.__call__`'s general protocol.
#[derive(Clone, Copy)]
pub enum FastCtor {
    /// No shortcut.
    General,
    /// `object.__new__` and a Python `__init__` function (not a generator): the interpreter
    /// runs `__init__` as a frame of its own loop (`typeobj::inline_init`).
    PyInit,
    /// A built-in type's own native `__new__`, and its own native `__init__` or object's:
    /// both are called directly (CPython's vectorcall for `range`, `list`, `dict`...).
    Native {
        new: crate::object::NativeFn,
        init: Option<crate::object::NativeFn>,
    },
}

/// `__getattribute__` is not the built-in one.
pub const SLOT_GETATTRIBUTE: u32 = 1;
/// `__setattr__` is not the built-in one.
pub const SLOT_SETATTR: u32 = 2;
/// `__delattr__` is not the built-in one.
pub const SLOT_DELATTR: u32 = 4;
/// `__getattr__` is defined.
pub const SLOT_GETATTR: u32 = 8;
/// `__class__` is not `object`'s own descriptor (so `inst.__class__` may differ from
/// `type(inst)`, which negative `isinstance` checks must then consult).
pub const SLOT_CLASS: u32 = 16;

/// The `SLOT_*` bits of type `t`, recomputed when the type (or a base) changed.
pub fn slot_bits(t: &ObjRef) -> u32 {
    let Some(d) = tdata(t) else { return 0 };
    let (ver, bits) = d.slot_cache.get();
    let cur = d.version.get();
    if ver == cur {
        return bits;
    }
    // Overridden means defined by a class other than `object` (native overrides such as the
    // weak proxies' count too).
    // (ModuleType's own `__getattribute__` is the generic protocol plus the module
    // fallback that `getattr` applies anyway: not an override.)
    let module = crate::vm::with_types(|ts| ts.module.clone());
    let custom = |n: &str| {
        lookup_with_owner(t, n).is_some_and(|(_, owner)| {
            !Rc::ptr_eq(&owner, &module)
                && tdata(&owner).is_some_and(|d| d.bases.borrow().len() + d.mro.borrow().len() > 1)
        })
    };
    let mut b = 0;
    if custom("__getattribute__") {
        b |= SLOT_GETATTRIBUTE;
    }
    if custom("__setattr__") {
        b |= SLOT_SETATTR;
    }
    if custom("__delattr__") {
        b |= SLOT_DELATTR;
    }
    if lookup(t, "__getattr__").is_some() {
        b |= SLOT_GETATTR;
    }
    let object = crate::vm::with_types(|ts| ts.object.clone());
    match (lookup(t, "__class__"), lookup(&object, "__class__")) {
        (Some(own), Some(base)) if own.is(&base) => {}
        _ => b |= SLOT_CLASS,
    }
    d.slot_cache.set((cur, b));
    b
}

impl TypeData {
    pub fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&Value::Obj(self.dict.clone()));
        if let Ok(b) = self.bases.try_borrow() {
            for x in b.iter() {
                visit(&Value::Obj(x.clone()));
            }
        }
        if let Ok(m) = self.mro.try_borrow() {
            for x in m.iter() {
                visit(&Value::Obj(x.clone()));
            }
        }
    }

    pub fn has_flag(&self, f: u32) -> bool {
        self.flags.get() & f != 0
    }
}

thread_local! {
    static NEXT_VERSION: Cell<u64> = const { Cell::new(1) };
}

pub fn next_version() -> u64 {
    NEXT_VERSION.with(|v| {
        let n = v.get();
        v.set(n + 1);
        n
    })
}

/// The type data of a type object (`None` for non-types).
#[inline]
pub fn tdata(t: &ObjRef) -> Option<&TypeData> {
    match &t.payload {
        Payload::Type(d) => Some(d),
        _ => None,
    }
}

pub fn is_type(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::Type(_)))
}

/// `type.__name__`.
pub fn type_name(t: &ObjRef) -> String {
    tdata(t)
        .map(|d| d.name.borrow().clone())
        .unwrap_or_default()
}

/// Looks `name` up along the MRO of type `t` (CPython's `_PyType_Lookup`). The name's
/// hash is computed once for all the dicts probed.
pub fn lookup(t: &ObjRef, name: &str) -> Option<Value> {
    let d = tdata(t)?;
    let ver = d.version.get();
    if let Ok(c) = d.str_cache.try_borrow() {
        if c.0 == ver {
            if let Some(r) = c.1.get(name) {
                return r.clone();
            }
        }
    }
    let r = lookup_uncached(t, name);
    if let Ok(mut c) = d.str_cache.try_borrow_mut() {
        if c.0 != ver || c.1.len() > 256 {
            c.1.clear();
            c.0 = ver;
        }
        c.1.insert(Box::from(name), r.clone());
    }
    r
}

fn lookup_uncached(t: &ObjRef, name: &str) -> Option<Value> {
    let d = tdata(t)?;
    let hash = crate::vm::str_hash(name);
    let mro = d.mro.borrow();
    for k in mro.iter() {
        if let Some(kd) = tdata(k) {
            if let Payload::Dict(dict) = &kd.dict.payload {
                if let Some(v) = dict.borrow().get_str_hashed_plain(name, hash) {
                    return Some(v);
                }
            }
        }
    }
    None
}

/// `lookup` with a str object name (its cached hash; identity compared first), through the
/// type's lookup cache keyed by the name object (names in code are interned).
pub fn lookup_v(t: &ObjRef, name: &Value) -> Option<Value> {
    let d = tdata(t)?;
    let key = name.as_obj().map(|o| o.id()).unwrap_or(0);
    let ver = d.version.get();
    if let Ok(c) = d.attr_cache.try_borrow() {
        if c.0 == ver {
            // The entry holds the name object, so its address cannot be reused meanwhile.
            if let Some((_, r)) = c.1.get(&key) {
                return r.clone();
            }
        }
    }
    let r = lookup_v_uncached(t, name);
    if let Ok(mut c) = d.attr_cache.try_borrow_mut() {
        if c.0 != ver || c.1.len() > 1024 {
            c.1.clear();
            c.0 = ver;
        }
        c.1.insert(key, (name.clone(), r.clone()));
    }
    r
}

fn lookup_v_uncached(t: &ObjRef, name: &Value) -> Option<Value> {
    let d = tdata(t)?;
    let Some(Payload::Str(s)) = name.payload() else {
        return None;
    };
    let hash = crate::ops::str_obj_hash(s);
    let mro = d.mro.borrow();
    for k in mro.iter() {
        if let Some(kd) = tdata(k) {
            if let Payload::Dict(dict) = &kd.dict.payload {
                if let Some(v) = dict.borrow().get_str_hashed(name, s.as_str(), hash) {
                    return Some(v);
                }
            }
        }
    }
    None
}

/// Looks `name` up along the MRO, returning the defining class too.
pub fn lookup_with_owner(t: &ObjRef, name: &str) -> Option<(Value, ObjRef)> {
    let d = tdata(t)?;
    let mro = d.mro.borrow();
    for k in mro.iter() {
        if let Some(kd) = tdata(k) {
            if let Payload::Dict(dict) = &kd.dict.payload {
                if let Some(v) = dict.borrow().get_str(name) {
                    return Some((v, k.clone()));
                }
            }
        }
    }
    None
}

/// `issubclass` by MRO membership (no `__subclasscheck__`).
pub fn is_subtype(a: &ObjRef, b: &ObjRef) -> bool {
    if Rc::ptr_eq(a, b) {
        return true;
    }
    match tdata(a) {
        Some(d) => d.mro.borrow().iter().any(|k| Rc::ptr_eq(k, b)),
        None => false,
    }
}

/// Marks `t` and all its subclasses as modified (new version tags).
/// Marks `t` and its subclasses as instantiated through a Python-level `__new__`
/// (`FLAG_NEW_SLOT`), when `__new__` is assigned on `t`.
pub fn set_new_slot(t: &ObjRef) {
    if let Some(d) = tdata(t) {
        d.flags.set(d.flags.get() | FLAG_NEW_SLOT);
        for s in live_subclasses(d) {
            set_new_slot(&s);
        }
    }
}

/// The direct subclasses still alive (collected first: the borrow must not outlast it).
fn live_subclasses(d: &TypeData) -> Vec<ObjRef> {
    d.subclasses
        .borrow()
        .iter()
        .filter_map(|w| w.upgrade())
        .collect()
}

pub fn modified(t: &ObjRef) {
    if let Some(d) = tdata(t) {
        d.version.set(next_version());
        for s in live_subclasses(d) {
            modified(&s);
        }
    }
}

/// C3 linearisation of `t` with bases `bases`, with CPython's error for inconsistent orders.
pub fn compute_mro(vm: &mut Vm, t: &ObjRef, bases: &[ObjRef]) -> PyResult<Vec<ObjRef>> {
    let mut seqs: Vec<Vec<ObjRef>> = Vec::new();
    for b in bases {
        let m = tdata(b).map(|d| d.mro.borrow().clone()).unwrap_or_default();
        seqs.push(m);
    }
    // Duplicate bases are an error of their own.
    for (i, b) in bases.iter().enumerate() {
        if bases[..i].iter().any(|x| Rc::ptr_eq(x, b)) {
            return Err(vm.type_error(format!("duplicate base class {}", type_name(b))));
        }
    }
    seqs.push(bases.to_vec());
    let mut out = vec![t.clone()];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut found = None;
        for s in &seqs {
            let cand = &s[0];
            let in_tail = seqs
                .iter()
                .any(|o| o[1..].iter().any(|x| Rc::ptr_eq(x, cand)));
            if !in_tail {
                found = Some(cand.clone());
                break;
            }
        }
        match found {
            Some(c) => {
                for s in seqs.iter_mut() {
                    if Rc::ptr_eq(&s[0], &c) {
                        s.remove(0);
                    }
                }
                out.push(c);
            }
            None => {
                // CPython lists the heads that could not be ordered, in base order.
                let mut names: Vec<String> = Vec::new();
                for s in &seqs {
                    let n = type_name(&s[0]);
                    if !names.contains(&n) {
                        names.push(n);
                    }
                }
                return Err(vm.type_error(format!(
                    "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                    names.join(", ")
                )));
            }
        }
    }
}

/// The most derived layout among bases: the solid base every other base's layout must be
/// an ancestor of, else "multiple bases have instance lay-out conflict".
pub fn solid_layout(bases: &[ObjRef]) -> Option<Layout> {
    let mut best = Layout::Object;
    for b in bases {
        let l = tdata(b).map(|d| d.layout).unwrap_or(Layout::Object);
        if l == Layout::Object || l == best {
            continue;
        }
        if best == Layout::Object || compatible(l, best) {
            // `l` extends `best` (e.g. Bool over Int): keep the more derived one.
            if best == Layout::Object || extends(l, best) {
                best = l;
            }
        } else {
            return None;
        }
    }
    Some(best)
}

fn extends(a: Layout, b: Layout) -> bool {
    a == b || (a == Layout::Bool && b == Layout::Int)
}

fn compatible(a: Layout, b: Layout) -> bool {
    extends(a, b) || extends(b, a)
}

/// The "solid base" of a type: the nearest class (itself included) that adds instance
/// storage — `__slots__` or a built-in layout — as CPython's `solid_base()`.
pub fn solid_base(t: &ObjRef) -> ObjRef {
    let Some(d) = tdata(t) else { return t.clone() };
    let bases = d.bases.borrow().clone();
    let Some(first) = bases.first() else {
        return t.clone();
    };
    let parent_slots = tdata(first)
        .map(|p| p.slot_names.borrow().len())
        .unwrap_or(0);
    let own_slots = d.slot_names.borrow().len();
    // Built-in exceptions share BaseException's layout unless CPython gives them fields of
    // their own (so `class E(ValueError, KeyError)` is fine, `(OSError, ImportError)` not).
    let builtin_solid = !d.has_flag(FLAG_HEAPTYPE)
        && match d.layout {
            Layout::Object => false,
            Layout::Exception => matches!(
                d.name.borrow().as_str(),
                "BaseException"
                    | "BaseExceptionGroup"
                    | "StopIteration"
                    | "SystemExit"
                    | "ImportError"
                    | "OSError"
                    | "SyntaxError"
                    | "UnicodeEncodeError"
                    | "UnicodeDecodeError"
                    | "UnicodeTranslateError"
                    | "NameError"
                    | "AttributeError"
            ),
            _ => true,
        };
    if own_slots > parent_slots || builtin_solid {
        return t.clone();
    }
    // The most derived solid base among the bases.
    let mut best = solid_base(first);
    for b in &bases[1..] {
        let sb = solid_base(b);
        if is_subtype(&sb, &best) {
            best = sb;
        }
    }
    best
}

/// The solid base bases combine to, or None when two are unrelated (a lay-out conflict).
pub fn best_solid_base(bases: &[ObjRef]) -> Option<ObjRef> {
    let mut winner: Option<ObjRef> = None;
    for b in bases {
        let sb = solid_base(b);
        winner = match winner {
            None => Some(sb),
            Some(w) => {
                if is_subtype(&sb, &w) {
                    Some(sb)
                } else if is_subtype(&w, &sb) {
                    Some(w)
                } else {
                    return None;
                }
            }
        };
    }
    winner
}

/// A new type object (used for built-in types at start-up and by `type.__new__`).
pub fn new_type(
    metatype: ObjRef,
    name: &str,
    bases: Vec<ObjRef>,
    dict: ObjRef,
    layout: Layout,
    flags: u32,
) -> ObjRef {
    let defines_new = crate::dict::table_has_str(&dict, "__new__")
        || bases
            .iter()
            .any(|b| tdata(b).is_some_and(|d| d.has_flag(FLAG_NEW_SLOT)));
    let flags = if defines_new && flags & FLAG_HEAPTYPE != 0 {
        flags | FLAG_NEW_SLOT
    } else {
        flags
    };
    let data = TypeData {
        name: RefCell::new(name.to_string()),
        qualname: RefCell::new(name.to_string()),
        bases: RefCell::new(bases),
        mro: RefCell::new(Vec::new()),
        dict,
        layout,
        flags: Cell::new(flags),
        version: Cell::new(next_version()),
        subclasses: RefCell::new(Vec::new()),
        slot_names: RefCell::new(Vec::new()),
        slot_cache: Cell::new((0, 0)),
        attr_cache: RefCell::new((0, Default::default())),
        str_cache: RefCell::new((0, Default::default())),
        ctor_cache: RefCell::new(None),
        shared_keys: RefCell::new(Vec::new()),
    };
    Object::new(metatype, Payload::Type(Box::new(data)))
}

/// Sets the MRO of a built-in type with a single-inheritance chain.
pub fn set_linear_mro(t: &ObjRef) {
    if let Some(d) = tdata(t) {
        let mut mro = vec![t.clone()];
        if let Some(b) = d.bases.borrow().first() {
            if let Some(bd) = tdata(b) {
                mro.extend(bd.mro.borrow().iter().cloned());
            }
            if let Some(bd) = tdata(b) {
                bd.subclasses.borrow_mut().push(Rc::downgrade(t));
            }
        }
        *d.mro.borrow_mut() = mro;
    }
}
