//! Attribute access exactly as CPython (DESIGN.md §4): generic getattr (data descriptor on
//! the type, then the instance dict, then non-data descriptor or class attribute, then
//! `__getattr__`), `__getattribute__` overrides, type attribute lookup with metatype
//! descriptors first, module getattr with PEP 562 `__getattr__`, and the matching setattr and
//! delattr with CPython's messages. Descriptor `__get__` for built-in descriptor payloads
//! (functions, built-in methods, properties, class/static methods, slots) is native.

use crate::object::{BuiltinKind, ObjRef, Object, Payload};
use crate::types::{self, tdata};
use crate::value::Value;
use crate::vm::PyErr;
use crate::{PyResult, Vm};

/// Is `d` a data descriptor (its type defines `__set__` or `__delete__`)?
/// A value a class may hold that the attribute caches can replay as-is: not a descriptor
/// now, and of a built-in type, so it cannot become one without the owner's version changing.
pub fn is_plain_class_value(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Obj(o) => {
            let tp = o.class();
            !types::tdata(&tp).is_some_and(|t| t.has_flag(types::FLAG_HEAPTYPE))
                && !has_get(vm, v)
                && !is_data_descr(vm, v)
        }
        _ => true,
    }
}

fn is_data_descr(vm: &Vm, d: &Value) -> bool {
    match d.payload() {
        Some(Payload::Property(_)) => true,
        Some(Payload::GetSet(_)) | Some(Payload::Member(_)) => true,
        Some(Payload::Function(_))
        | Some(Payload::Builtin(_))
        | Some(Payload::ClassMethod(_))
        | Some(Payload::StaticMethod(_)) => false,
        Some(Payload::Str(_))
        | Some(Payload::Int(_))
        | Some(Payload::Tuple(_))
        | Some(Payload::List(_))
        | Some(Payload::Dict(_)) => {
            // Fast: plain data values of built-in types are not descriptors (but subclasses
            // might be).
            let tp = vm.type_of(d);
            types::tdata(&tp).is_some_and(|t| t.has_flag(types::FLAG_HEAPTYPE))
                && (types::lookup(&tp, "__set__").is_some()
                    || types::lookup(&tp, "__delete__").is_some())
        }
        Some(_) => {
            let tp = vm.type_of(d);
            types::lookup(&tp, "__set__").is_some() || types::lookup(&tp, "__delete__").is_some()
        }
        None => false,
    }
}

/// Does `d`'s type define `__get__`?
fn has_get(vm: &Vm, d: &Value) -> bool {
    match d.payload() {
        Some(Payload::Function(_))
        | Some(Payload::Property(_))
        | Some(Payload::ClassMethod(_))
        | Some(Payload::StaticMethod(_))
        | Some(Payload::GetSet(_))
        | Some(Payload::Member(_)) => true,
        Some(Payload::Builtin(b)) => b.kind != BuiltinKind::Function,
        Some(Payload::Str(_))
        | Some(Payload::Int(_))
        | Some(Payload::Tuple(_))
        | Some(Payload::Dict(_))
        | Some(Payload::List(_))
        | Some(Payload::Type(_))
        | Some(Payload::Module) => {
            let tp = vm.type_of(d);
            types::tdata(&tp).is_some_and(|t| t.has_flag(types::FLAG_HEAPTYPE))
                && types::lookup(&tp, "__get__").is_some()
        }
        Some(_) => types::lookup(&vm.type_of(d), "__get__").is_some(),
        None => false,
    }
}

impl Vm {
    /// `getattr(obj, name)` with a Rust string name.
    pub fn getattr(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        let n = self.intern(name);
        self.getattr_v(obj, &n)
    }

    /// `getattr(obj, name)`, `None` on AttributeError.
    pub fn getattr_opt(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        match self.getattr(obj, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.exc_matches(&e, &self.types.attribute_error.clone()) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// `getattr(obj, name)` with a str object name.
    pub fn getattr_v(&mut self, obj: &Value, name: &Value) -> PyResult<Value> {
        let r = self.getattr_v_inner(obj, name);
        if let Err(e) = &r {
            self.attribute_error_context(e, obj, name);
        }
        r
    }

    /// CPython 3.11's `set_attribute_error_context`: an AttributeError escaping getattr gets
    /// `name` and `obj` when they are unset (they drive the "Did you mean" hint).
    fn attribute_error_context(&mut self, e: &PyErr, obj: &Value, name: &Value) {
        if !self.exc_matches(e, &self.types.attribute_error.clone()) {
            return;
        }
        let Some(d) = e.0.dict() else { return };
        if self.dict_get_str(&d, "name").is_none_or(|n| n.is_none()) {
            self.dict_set_str(&d, "name", name.clone());
            self.dict_set_str(&d, "obj", obj.clone());
        }
    }

    fn getattr_v_inner(&mut self, obj: &Value, name: &Value) -> PyResult<Value> {
        let tp = self.type_of(obj);
        let bits = types::slot_bits(&tp);
        // A class-level __getattribute__ other than object's replaces the whole protocol.
        if bits & types::SLOT_GETATTRIBUTE != 0 {
            if let Some(ga) = types::lookup(&tp, "__getattribute__") {
                let r = self.call_descriptor_function(&ga, obj, &tp, &[obj.clone(), name.clone()]);
                return match r {
                    Err(e) if self.exc_matches(&e, &self.types.attribute_error.clone()) => {
                        self.getattr_fallback(obj, &tp, name, e)
                    }
                    other => other,
                };
            }
        }
        let r = match obj {
            Value::Obj(o) if matches!(o.payload, Payload::Type(_)) => self.type_getattr(o, name),
            Value::Obj(o) if matches!(o.payload, Payload::Super(..)) => {
                crate::objects::func::super_getattr(self, obj, name)
            }
            _ => self.generic_getattr(obj, &tp, name),
        };
        match r {
            Err(e) if self.exc_matches(&e, &self.types.attribute_error.clone()) => {
                self.getattr_fallback(obj, &tp, name, e)
            }
            other => other,
        }
    }

    fn getattr_fallback(
        &mut self,
        obj: &Value,
        tp: &ObjRef,
        name: &Value,
        e: PyErr,
    ) -> PyResult<Value> {
        // A bound method forwards unknown attributes to its function (`m.__name__`).
        if let Some(Payload::Method(f, _)) = obj.payload() {
            let f = f.clone();
            return self.getattr_v(&f, name);
        }
        if let Some(ga) = types::lookup(tp, "__getattr__") {
            return self.call_descriptor_function(&ga, obj, tp, &[obj.clone(), name.clone()]);
        }
        if let Value::Obj(o) = obj {
            if matches!(o.payload, Payload::Module) {
                if let Some(d) = o.dict() {
                    if let Some(ga) = self.dict_get_str(&d, "__getattr__") {
                        return self.call(&ga, std::slice::from_ref(name));
                    }
                }
                // A module's own lookup reports the module by name (the generic one, which
                // `object.__getattribute__` uses, names the type).
                return Err(self.no_attribute(obj, tp, name.as_str().unwrap_or("")));
            }
        }
        Err(e)
    }

    /// A module's attribute lookup (`ModuleType.__getattribute__`).
    pub fn module_getattr(&mut self, obj: &Value, name: &Value) -> PyResult<Value> {
        let tp = self.type_of(obj);
        match self.generic_getattr(obj, &tp, name) {
            Err(e) if self.exc_matches(&e, &self.types.attribute_error.clone()) => {
                self.getattr_fallback(obj, &tp, name, e)
            }
            other => other,
        }
    }

    /// `object.__getattribute__`.
    pub fn generic_getattr(&mut self, obj: &Value, tp: &ObjRef, name: &Value) -> PyResult<Value> {
        let ns = name.as_str().unwrap_or("");
        let descr = types::lookup_v(tp, name);
        if let Some(d) = &descr {
            // A data descriptor without __get__ falls through to the instance dict.
            if is_data_descr(self, d) && has_get(self, d) {
                return self.descr_get(d, obj, &Value::Obj(tp.clone()));
            }
        }
        if let Value::Obj(o) = obj {
            if let Some(v) = crate::instvals::get(o, name) {
                return Ok(v);
            }
        }
        if let Some(d) = descr {
            if has_get(self, &d) {
                return self.descr_get(&d, obj, &Value::Obj(tp.clone()));
            }
            return Ok(d);
        }
        let msg = format!("'{}' object has no attribute '{ns}'", types::type_name(tp));
        Err(self.attribute_error_on(obj, ns, msg))
    }

    pub fn no_attribute(&mut self, obj: &Value, tp: &ObjRef, name: &str) -> PyErr {
        let msg = match obj {
            Value::Obj(o) if matches!(o.payload, Payload::Module) => {
                let mname = o.dict().and_then(|d| self.dict_get_str(&d, "__name__"));
                let spec = o.dict().and_then(|d| self.dict_get_str(&d, "__spec__"));
                let initializing = match spec.filter(|s| !s.is_none()) {
                    Some(s) => match self.getattr_opt(&s, "_initializing") {
                        Ok(Some(v)) => self.truthy(&v).unwrap_or(false),
                        _ => false,
                    },
                    None => false,
                };
                match mname.as_ref().and_then(|m| m.as_str()) {
                    Some(m) if initializing => format!(
                        "partially initialized module '{m}' has no attribute '{name}' \
                         (most likely due to a circular import)"
                    ),
                    Some(m) => format!("module '{m}' has no attribute '{name}'"),
                    None => format!("module has no attribute '{name}'"),
                }
            }
            Value::Obj(o) if matches!(o.payload, Payload::Type(_)) => {
                format!(
                    "type object '{}' has no attribute '{name}'",
                    types::type_name(o)
                )
            }
            _ => format!(
                "'{}' object has no attribute '{name}'",
                types::type_name(tp)
            ),
        };
        self.attribute_error_on(obj, name, msg)
    }

    /// An AttributeError with message `msg` about `obj.name`, carrying `name` and `obj` (for
    /// the traceback's "Did you mean" suggestion).
    fn attribute_error_on(&mut self, obj: &Value, name: &str, msg: String) -> PyErr {
        let e = self.attribute_error(msg);
        let n = self.new_str(name);
        crate::exceptions::set_attr_raw(self, &e.0, "name", n);
        crate::exceptions::set_attr_raw(self, &e.0, "obj", obj.clone());
        e
    }

    /// `type.__getattribute__`: metatype data descriptors, then the MRO of the type itself,
    /// then metatype attributes.
    fn type_getattr(&mut self, t: &ObjRef, name: &Value) -> PyResult<Value> {
        let ns = name.as_str().unwrap_or("");
        let meta = t.class();
        let meta_attr = types::lookup_v(&meta, name);
        if let Some(ma) = &meta_attr {
            if is_data_descr(self, ma) {
                return self.descr_get(ma, &Value::Obj(t.clone()), &Value::Obj(meta.clone()));
            }
        }
        if let Some(a) = types::lookup_v(t, name) {
            if has_get(self, &a) {
                return self.descr_get(&a, &Value::None, &Value::Obj(t.clone()));
            }
            return Ok(a);
        }
        if let Some(ma) = meta_attr {
            if has_get(self, &ma) {
                return self.descr_get(&ma, &Value::Obj(t.clone()), &Value::Obj(meta));
            }
            return Ok(ma);
        }
        Err(self.no_attribute(&Value::Obj(t.clone()), &meta, ns))
    }

    /// `descr.__get__(obj, owner)`; `obj` is None for access through the class.
    pub fn descr_get(&mut self, d: &Value, obj: &Value, owner: &Value) -> PyResult<Value> {
        match d.payload() {
            Some(Payload::Function(_)) => {
                if obj.is_none() || obj.is_null() {
                    return Ok(d.clone());
                }
                Ok(Value::Obj(Object::new(
                    self.types.method.clone(),
                    Payload::Method(d.clone(), obj.clone()),
                )))
            }
            Some(Payload::Builtin(b)) => match b.kind {
                BuiltinKind::Method => {
                    if obj.is_none() || obj.is_null() {
                        if obj.is_none()
                            && owner.as_obj().is_some_and(|o| {
                                o.class_is(&self.types.none_type)
                                    || std::rc::Rc::ptr_eq(o, &self.types.none_type)
                            })
                        {
                            return Ok(self.bind_builtin(b, obj.clone()));
                        }
                        return Ok(d.clone());
                    }
                    Ok(self.bind_builtin(b, obj.clone()))
                }
                BuiltinKind::ClassMethod => {
                    let cls = if obj.is_none() || obj.is_null() {
                        owner.clone()
                    } else {
                        Value::Obj(self.type_of(obj))
                    };
                    Ok(self.bind_builtin(b, cls))
                }
                _ => Ok(d.clone()),
            },
            Some(Payload::ClassMethod(f)) => {
                let f = f.borrow().clone();
                let cls = if owner.is_none() || owner.is_null() {
                    Value::Obj(self.type_of(obj))
                } else {
                    owner.clone()
                };
                if let Some(fp) = f.payload() {
                    if !matches!(fp, Payload::Function(_) | Payload::Builtin(_))
                        && has_get(self, &f)
                    {
                        // classmethod wrapping another descriptor (3.9+ chaining).
                        return self.descr_get(&f, &cls, &cls);
                    }
                }
                Ok(Value::Obj(Object::new(
                    self.types.method.clone(),
                    Payload::Method(f, cls),
                )))
            }
            Some(Payload::StaticMethod(f)) => Ok(f.borrow().clone()),
            Some(Payload::Member(m)) => {
                if obj.is_none() || obj.is_null() {
                    return Ok(d.clone());
                }
                let (name, idx, _) = &**m;
                let v = obj
                    .as_obj()
                    .and_then(|o| o.slot(*idx))
                    .unwrap_or(Value::Null);
                if v.is_null() {
                    let tp = self.type_of(obj);
                    return Err(self.no_attribute(obj, &tp, name));
                }
                Ok(v)
            }
            Some(Payload::GetSet(g)) => {
                // `None.__class__`: a None instance, told apart from class access by the
                // owner being NoneType.
                let none_instance = obj.is_none()
                    && owner
                        .as_obj()
                        .is_some_and(|o| std::rc::Rc::ptr_eq(o, &self.types.none_type));
                if (obj.is_none() && !none_instance) || obj.is_null() {
                    return Ok(d.clone());
                }
                let st = self.type_of(obj);
                if !types::is_subtype(&st, &g.owner) {
                    return Err(self.type_error(format!(
                        "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                        g.name,
                        types::type_name(&g.owner),
                        types::type_name(&st)
                    )));
                }
                (g.get)(self, obj)
            }
            Some(Payload::Property(p)) => {
                if obj.is_none() || obj.is_null() {
                    return Ok(d.clone());
                }
                if p.fget.is_none() {
                    let msg = match p.name.borrow().as_str() {
                        Some(n) => format!(
                            "property '{}' of '{}' object has no getter",
                            n,
                            self.type_name(obj)
                        ),
                        None => "unreadable attribute".to_string(),
                    };
                    return Err(self.attribute_error(msg));
                }
                let g = p.fget.clone();
                self.call(&g, std::slice::from_ref(obj))
            }
            _ => {
                let tp = self.type_of(d);
                match types::lookup(&tp, "__get__") {
                    Some(g) => {
                        let o = if obj.is_null() {
                            Value::None
                        } else {
                            obj.clone()
                        };
                        self.call_descriptor_function(&g, d, &tp, &[d.clone(), o, owner.clone()])
                    }
                    None => Ok(d.clone()),
                }
            }
        }
    }

    fn bind_builtin(&self, b: &crate::object::BuiltinData, slf: Value) -> Value {
        let is_dunder = b.kind == BuiltinKind::Method
            && b.name.len() > 4
            && b.name.starts_with("__")
            && b.name.ends_with("__");
        let cls = if is_dunder {
            self.types.method_wrapper.clone()
        } else {
            self.types.builtin_function.clone()
        };
        Value::Obj(Object::new(
            cls,
            Payload::Builtin(Box::new(crate::object::BuiltinData {
                name: b.name,
                func: b.func,
                kind: BuiltinKind::Function,
                bound: Some(slf),
                owner: b.owner.clone(),
                doc: b.doc,
                frame_aware: false,
            })),
        ))
    }

    /// LOAD_METHOD: `(function, true)` when the attribute is a plain method found on the
    /// type (call it with `obj` first), else `(attribute, false)`.
    pub fn load_method(&mut self, obj: &Value, name: &Value) -> PyResult<(Value, bool)> {
        let tp = self.type_of(obj);
        let _ns = name.as_str().unwrap_or("");
        let custom_ga = types::slot_bits(&tp) & types::SLOT_GETATTRIBUTE != 0;
        if !custom_ga
            && !matches!(
                obj.payload(),
                Some(Payload::Type(_)) | Some(Payload::Super(..))
            )
        {
            if let Some(d) = types::lookup_v(&tp, name) {
                let plain = match d.payload() {
                    Some(Payload::Function(_)) => true,
                    Some(Payload::Builtin(b)) => b.kind == BuiltinKind::Method,
                    _ => false,
                };
                if plain {
                    let shadowed = match obj {
                        Value::Obj(o) => crate::instvals::get(o, name).is_some(),
                        _ => false,
                    };
                    if !shadowed {
                        return Ok((d, true));
                    }
                }
            }
        }
        Ok((self.getattr_v(obj, name)?, false))
    }

    pub fn setattr(&mut self, obj: &Value, name: &str, v: Value) -> PyResult<()> {
        let n = self.intern(name);
        self.setattr_v(obj, &n, v)
    }

    /// `setattr(obj, name, value)`: `__setattr__` overrides, data descriptors, the instance
    /// dict, with CPython's errors for built-in types.
    pub fn setattr_v(&mut self, obj: &Value, name: &Value, v: Value) -> PyResult<()> {
        let tp = self.type_of(obj);
        if types::slot_bits(&tp) & types::SLOT_SETATTR != 0 {
            if let Some(sa) = types::lookup(&tp, "__setattr__") {
                self.call_descriptor_function(&sa, obj, &tp, &[obj.clone(), name.clone(), v])?;
                return Ok(());
            }
        }
        self.generic_setattr(obj, &tp, name, Some(v))
    }

    pub fn delattr_v(&mut self, obj: &Value, name: &Value) -> PyResult<()> {
        let tp = self.type_of(obj);
        if types::slot_bits(&tp) & types::SLOT_DELATTR != 0 {
            if let Some(da) = types::lookup(&tp, "__delattr__") {
                self.call_descriptor_function(&da, obj, &tp, &[obj.clone(), name.clone()])?;
                return Ok(());
            }
        }
        self.generic_setattr(obj, &tp, name, None)
    }

    /// `object.__setattr__` / `object.__delattr__` (value None = delete).
    pub fn generic_setattr(
        &mut self,
        obj: &Value,
        tp: &ObjRef,
        name: &Value,
        v: Option<Value>,
    ) -> PyResult<()> {
        // The name as text, only for messages: no allocation on the common path.
        let name_v = name.clone();
        let ns = || name_v.as_str().unwrap_or("").to_string();
        if let Value::Obj(o) = obj {
            if let Payload::Type(_) = &o.payload {
                return self.type_setattr(o, name, v);
            }
        }
        let meta_descr = if matches!(obj.payload(), Some(Payload::Type(_))) {
            None
        } else {
            types::lookup_v(tp, name)
        };
        if let Some(d) = &meta_descr {
            if is_data_descr(self, d) {
                return self.descr_set(d, obj, v, &ns());
            }
        }
        if let Value::Obj(o) = obj {
            // Inline instance values take the assignment when they can (`instvals.rs`).
            let v = match v {
                Some(v) => match crate::instvals::set_inline(o, name, v) {
                    Ok(()) => return Ok(()),
                    Err(v) => Some(v),
                },
                None => None,
            };
            // Objects whose type has a __dict__ but that were created without one (functions)
            // get it on their first attribute assignment.
            if o.dict().is_none()
                && v.is_some()
                && types::tdata(tp).is_some_and(|t| t.has_flag(types::FLAG_HAS_DICT))
            {
                let d = self.new_dict();
                o.dict.set(Some(d));
            }
            if let Some(dict) = o.dict() {
                match v {
                    Some(v) => crate::dict::set_item(self, &dict, name.clone(), v)?,
                    None => {
                        if crate::dict::del_item(self, &dict, name)?.is_none() {
                            // CPython 3.11's generic delete names the type and attaches no
                            // name/obj (so no "Did you mean" suggestion), modules included.
                            let tn = types::type_name(tp);
                            let ns = ns();
                            return Err(self.attribute_error(format!(
                                "'{tn}' object has no attribute '{ns}'"
                            )));
                        }
                    }
                }
                return Ok(());
            }
        }
        let tn = types::type_name(tp);
        let ns = ns();
        if meta_descr.is_some() {
            return Err(
                self.attribute_error(format!("'{tn}' object attribute '{ns}' is read-only"))
            );
        }
        Err(self.attribute_error(format!("'{tn}' object has no attribute '{ns}'")))
    }

    /// `descr.__set__(obj, v)` / `descr.__delete__(obj)` for built-in descriptors.
    pub fn descr_set_public(&mut self, d: &Value, obj: &Value, v: Option<Value>) -> PyResult<()> {
        let name = match d.payload() {
            Some(Payload::Member(m)) => m.0.clone(),
            Some(Payload::GetSet(g)) => g.name.to_string(),
            _ => String::new(),
        };
        self.descr_set(d, obj, v, &name)
    }

    fn descr_set(&mut self, d: &Value, obj: &Value, v: Option<Value>, name: &str) -> PyResult<()> {
        match d.payload() {
            Some(Payload::Property(p)) => {
                let (f, what) = if v.is_some() {
                    (p.fset.clone(), "setter")
                } else {
                    (p.fdel.clone(), "deleter")
                };
                if f.is_none() {
                    let pname = p
                        .name
                        .borrow()
                        .as_str()
                        .map(|s| s.to_string())
                        .unwrap_or_else(|| name.to_string());
                    let tn = self.type_name(obj);
                    return Err(self.attribute_error(format!(
                        "property '{pname}' of '{tn}' object has no {what}"
                    )));
                }
                match v {
                    Some(v) => self.call(&f, &[obj.clone(), v])?,
                    None => self.call(&f, std::slice::from_ref(obj))?,
                };
                Ok(())
            }
            Some(Payload::Member(m)) => {
                let (mname, idx, _) = &**m;
                let Some(o) = obj.as_obj() else { return Ok(()) };
                let deleting = v.is_none();
                let old = crate::slots::replace(o, *idx, v.unwrap_or(Value::Null));
                if deleting && old.as_ref().is_some_and(Value::is_null) {
                    // Deleting an unset slot: CPython's message is just the name.
                    return Err(self.attribute_error(mname.clone()));
                }
                drop(old);
                Ok(())
            }
            Some(Payload::GetSet(g)) => match g.set {
                Some(set) => set(self, obj, v),
                None => {
                    let tn = types::type_name(&g.owner);
                    Err(self.attribute_error(format!(
                        "attribute '{}' of '{}' objects is not writable",
                        g.name, tn
                    )))
                }
            },
            _ => {
                let tp = self.type_of(d);
                match v {
                    Some(v) => match types::lookup(&tp, "__set__") {
                        Some(s) => {
                            self.call_descriptor_function(
                                &s,
                                d,
                                &tp,
                                &[d.clone(), obj.clone(), v],
                            )?;
                            Ok(())
                        }
                        None => Err(self.attribute_error("__set__")),
                    },
                    None => match types::lookup(&tp, "__delete__") {
                        Some(s) => {
                            self.call_descriptor_function(&s, d, &tp, &[d.clone(), obj.clone()])?;
                            Ok(())
                        }
                        None => Err(self.attribute_error("__delete__")),
                    },
                }
            }
        }
    }

    /// `type.__setattr__`: metatype data descriptors, else the type's own namespace (built-in
    /// types are immutable); invalidates caches of the type and its subclasses.
    fn type_setattr(&mut self, t: &ObjRef, name: &Value, v: Option<Value>) -> PyResult<()> {
        let ns = name.as_str().unwrap_or("").to_string();
        if ns == "__del__" {
            crate::finalize::note_del_defined();
        }
        let meta = t.class();
        if let Some(d) = types::lookup(&meta, &ns) {
            if is_data_descr(self, &d) {
                return self.descr_set(&d, &Value::Obj(t.clone()), v, &ns);
            }
        }
        let Some(td) = tdata(t) else {
            return Ok(());
        };
        if !td.has_flag(types::FLAG_HEAPTYPE) {
            let tn = td.name.borrow().clone();
            return Err(self.type_error(format!(
                "cannot set '{ns}' attribute of immutable type '{tn}'"
            )));
        }
        let dict = td.dict.clone();
        if ns == "__new__" && v.is_some() {
            types::set_new_slot(t);
        }
        match v {
            Some(v) => crate::dict::set_item(self, &dict, name.clone(), v)?,
            None => {
                if crate::dict::del_item(self, &dict, name)?.is_none() {
                    let tn = td.name.borrow().clone();
                    return Err(
                        self.attribute_error(format!("type object '{tn}' has no attribute '{ns}'"))
                    );
                }
            }
        }
        types::modified(t);
        Ok(())
    }
}
