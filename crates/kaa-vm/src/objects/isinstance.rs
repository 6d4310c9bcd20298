//! `isinstance` and `issubclass` following `PyObject_IsInstance`/`PyObject_IsSubclass`:
//! the exact-type fast path, tuples, `__instancecheck__`/`__subclasscheck__` on the
//! metaclass, the `__class__` fallback for instances, and `__bases__` walking for objects
//! that only pretend to be classes, with CPython's TypeError texts.

use crate::object::Payload;
use crate::types;
use crate::value::Value;
use crate::{PyResult, Vm};

fn is_type(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::Type(_)))
}

pub fn isinstance(vm: &mut Vm, inst: &Value, cls: &Value) -> PyResult<bool> {
    if let Value::Obj(c) = cls {
        // `type(inst) is cls`, then a class whose metaclass is exactly `type` (whose
        // `__instancecheck__` is the plain check): the common cases, with one look at the
        // instance's type.
        if vm.type_is(inst, c) {
            return Ok(true);
        }
        if c.class_is(&vm.types.type_) {
            return recursive_isinstance(vm, inst, cls);
        }
    }
    if let Some(Payload::Tuple(items)) = cls.payload() {
        // Tuples are immutable and `cls` is borrowed for the whole call: no copy needed.
        vm.depth += 1;
        let mut r = Ok(false);
        for c in items.iter() {
            match isinstance(vm, inst, c) {
                Ok(true) => {
                    r = Ok(true);
                    break;
                }
                Ok(false) => {}
                Err(e) => {
                    r = Err(e);
                    break;
                }
            }
        }
        vm.depth -= 1;
        return r;
    }
    let ct = vm.type_of(cls);
    if let Some((chk, owner)) = types::lookup_with_owner(&ct, "__instancecheck__") {
        if !std::rc::Rc::ptr_eq(&owner, &vm.types.type_) {
            let r = vm.call_descriptor_function(&chk, cls, &ct, &[cls.clone(), inst.clone()])?;
            return vm.truthy(&r);
        }
    }
    recursive_isinstance(vm, inst, cls)
}

pub fn recursive_isinstance(vm: &mut Vm, inst: &Value, cls: &Value) -> PyResult<bool> {
    if let Value::Obj(c) = cls {
        if is_type(cls) {
            let Value::Obj(o) = inst else {
                // An inline int, float, bool or None: its `__class__` is its type.
                let it = match inst {
                    Value::Int(_) => &vm.types.int,
                    Value::Float(_) => &vm.types.float,
                    Value::Bool(_) => &vm.types.bool_,
                    _ => &vm.types.none_type,
                };
                return Ok(types::is_subtype(it, c));
            };
            let (sub, bits) = o.class_subtype_and_bits(c);
            if sub {
                return Ok(true);
            }
            // `__class__` is object's own data descriptor (which no instance dict can
            // shadow) and `__getattribute__` is not replaced: `inst.__class__` would be
            // `type(inst)` again, nothing more to learn.
            if bits & (types::SLOT_GETATTRIBUTE | types::SLOT_CLASS) == 0 {
                return Ok(false);
            }
            let it = vm.type_of(inst);
            if let Some(icls) = vm.getattr_opt(inst, "__class__")? {
                if let Value::Obj(ic) = &icls {
                    if !std::rc::Rc::ptr_eq(ic, &it) && is_type(&icls) {
                        return Ok(types::is_subtype(ic, c));
                    }
                }
            }
            return Ok(false);
        }
    }
    if !has_bases(vm, cls)? {
        return Err(
            vm.type_error("isinstance() arg 2 must be a type, a tuple of types, or a union")
        );
    }
    match vm.getattr_opt(inst, "__class__")? {
        Some(icls) => abstract_issubclass(vm, &icls, cls),
        None => Ok(false),
    }
}

fn has_bases(vm: &mut Vm, v: &Value) -> PyResult<bool> {
    Ok(matches!(
        vm.getattr_opt(v, "__bases__")?
            .as_ref()
            .and_then(|b| b.payload()),
        Some(Payload::Tuple(_))
    ))
}

fn abstract_issubclass(vm: &mut Vm, derived: &Value, cls: &Value) -> PyResult<bool> {
    let mut d = derived.clone();
    let mut guard = 0;
    loop {
        if d.is(cls) {
            return Ok(true);
        }
        let bases = match vm.getattr_opt(&d, "__bases__")? {
            Some(b) => vm.tuple_items(&b),
            None => return Ok(false),
        };
        match bases.len() {
            0 => return Ok(false),
            1 => d = bases[0].clone(),
            _ => {
                for b in &bases {
                    if abstract_issubclass(vm, b, cls)? {
                        return Ok(true);
                    }
                }
                return Ok(false);
            }
        }
        guard += 1;
        if guard > 10000 {
            return Err(vm.recursion_error());
        }
    }
}

pub fn issubclass(vm: &mut Vm, derived: &Value, cls: &Value) -> PyResult<bool> {
    if let Value::Obj(c) = cls {
        if c.class_is(&vm.types.type_) {
            if let Value::Obj(d) = derived {
                if std::rc::Rc::ptr_eq(d, c) {
                    return Ok(true);
                }
            }
            return recursive_issubclass(vm, derived, cls);
        }
    }
    if let Some(Payload::Tuple(items)) = cls.payload() {
        for c in items.iter() {
            if issubclass(vm, derived, c)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    let ct = vm.type_of(cls);
    if let Some((chk, owner)) = types::lookup_with_owner(&ct, "__subclasscheck__") {
        if !std::rc::Rc::ptr_eq(&owner, &vm.types.type_) {
            let r = vm.call_descriptor_function(&chk, cls, &ct, &[cls.clone(), derived.clone()])?;
            return vm.truthy(&r);
        }
    }
    recursive_issubclass(vm, derived, cls)
}

pub fn recursive_issubclass(vm: &mut Vm, derived: &Value, cls: &Value) -> PyResult<bool> {
    if let (Value::Obj(d), Value::Obj(c)) = (derived, cls) {
        if is_type(derived) && is_type(cls) {
            return Ok(types::is_subtype(d, c));
        }
    }
    if !has_bases(vm, derived)? {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    }
    if !has_bases(vm, cls)? {
        return Err(
            vm.type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union")
        );
    }
    abstract_issubclass(vm, derived, cls)
}
