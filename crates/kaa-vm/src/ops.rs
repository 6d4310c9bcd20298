//! The object protocols the interpreter and built-ins share, dispatched as CPython does:
//! truth value, hashing, rich comparison with reflected operands and `NotImplemented`,
//! binary/in-place operators with subclass priority and CPython's "unsupported operand"
//! messages, unary operators, subscription, `len`, `in`, iteration and unpacking. Exact
//! built-in types take native fast paths; everything else goes through special methods
//! looked up on the type.

use crate::object::{ObjRef, Object, Payload};
use crate::objects::num;
use crate::types;
use crate::value::Value;
use crate::vm::PyErr;
use crate::{PyResult, Vm};
use kaa_compiler::opcodes::{BinOpKind, CmpKind, Op};
use std::cell::RefCell;
use std::rc::Rc;

pub fn binop_names(k: BinOpKind) -> (&'static str, &'static str, &'static str) {
    match k {
        BinOpKind::Add => ("__add__", "__radd__", "__iadd__"),
        BinOpKind::Sub => ("__sub__", "__rsub__", "__isub__"),
        BinOpKind::Mul => ("__mul__", "__rmul__", "__imul__"),
        BinOpKind::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
        BinOpKind::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
        BinOpKind::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        BinOpKind::Mod => ("__mod__", "__rmod__", "__imod__"),
        BinOpKind::Pow => ("__pow__", "__rpow__", "__ipow__"),
        BinOpKind::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        BinOpKind::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        BinOpKind::And => ("__and__", "__rand__", "__iand__"),
        BinOpKind::Xor => ("__xor__", "__rxor__", "__ixor__"),
        BinOpKind::Or => ("__or__", "__ror__", "__ior__"),
    }
}

fn cmp_names(k: CmpKind) -> &'static str {
    match k {
        CmpKind::Lt => "__lt__",
        CmpKind::Le => "__le__",
        CmpKind::Eq => "__eq__",
        CmpKind::Ne => "__ne__",
        CmpKind::Gt => "__gt__",
        CmpKind::Ge => "__ge__",
    }
}

impl Vm {
    pub fn is_not_implemented(&self, v: &Value) -> bool {
        matches!(v.payload(), Some(Payload::NotImplemented))
    }

    /// True when `t` is exactly one of the built-in types whose operators are native.
    fn is_builtin_exact(&self, t: &ObjRef) -> bool {
        tdata_flag_not_heap(t)
    }

    // ---- truth ------------------------------------------------------------------------

    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        match v {
            Value::Bool(b) => Ok(*b),
            Value::None | Value::Null => Ok(false),
            Value::Int(i) => Ok(*i != 0),
            Value::Float(f) => Ok(*f != 0.0),
            Value::Obj(o) => {
                if self.is_builtin_exact(&o.class()) {
                    match &o.payload {
                        Payload::Str(s) => return Ok(!s.as_str().is_empty()),
                        Payload::List(l) => return Ok(!l.borrow().is_empty()),
                        Payload::Tuple(t) => return Ok(!t.is_empty()),
                        Payload::Dict(d) => return Ok(!d.borrow().is_empty()),
                        Payload::Set(s) => return Ok(!s.borrow().is_empty()),
                        Payload::Int(i) => return Ok(*i != num_bigint::BigInt::from(0)),
                        Payload::Bytes(b) => return Ok(!b.is_empty()),
                        _ => {}
                    }
                }
                let tp = o.class();
                if let Some(m) = types::lookup(&tp, "__bool__") {
                    let r = self.call_descriptor_function(&m, v, &tp, std::slice::from_ref(v))?;
                    return match r {
                        Value::Bool(b) => Ok(b),
                        _ => {
                            let n = self.type_name(&r);
                            Err(self
                                .type_error(format!("__bool__ should return bool, returned {n}")))
                        }
                    };
                }
                if types::lookup(&tp, "__len__").is_some() {
                    return Ok(self.len(v)? != 0);
                }
                Ok(true)
            }
        }
    }

    // ---- hashing ------------------------------------------------------------------------

    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(kaa_fmt::hash::hash_i64(*i)),
            Value::Bool(b) => Ok(*b as i64),
            Value::Float(f) => Ok(kaa_fmt::hash::hash_f64(*f, 0)),
            Value::None | Value::Null => Ok(kaa_fmt::hash::hash_pointer(0x9e7f20)),
            Value::Obj(o) => {
                if let Payload::Str(s) = &o.payload {
                    if o.class_is(&self.types.str) {
                        return Ok(str_obj_hash(s));
                    }
                }
                let tp = o.class();
                if self.is_builtin_exact(&tp) {
                    match &o.payload {
                        Payload::Int(i) => return Ok(kaa_fmt::hash::hash_bigint(i)),
                        Payload::Tuple(items) => {
                            // The tuple is immutable and `v` keeps it alive: hash in place.
                            let mut t = kaa_fmt::hash::TupleHasher::new();
                            for it in items.iter() {
                                t.push(self.hash(it)?);
                            }
                            return Ok(t.finish());
                        }
                        _ => {}
                    }
                }
                match types::lookup(&tp, "__hash__") {
                    Some(Value::None) | None => {
                        let n = types::type_name(&tp);
                        Err(self.type_error(format!("unhashable type: '{n}'")))
                    }
                    Some(h) => {
                        let r =
                            self.call_descriptor_function(&h, v, &tp, std::slice::from_ref(v))?;
                        match r {
                            Value::Int(i) => Ok(if i == -1 { -2 } else { i }),
                            Value::Bool(b) => Ok(b as i64),
                            Value::Obj(ref ro) if matches!(ro.payload, Payload::Int(_)) => {
                                if let Payload::Int(bi) = &ro.payload {
                                    Ok(kaa_fmt::hash::hash_bigint(bi))
                                } else {
                                    Ok(0)
                                }
                            }
                            _ => Err(self.type_error("__hash__ method should return an integer")),
                        }
                    }
                }
            }
        }
    }

    // ---- comparison -----------------------------------------------------------------------

    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if let Some(r) = crate::dict::fast_eq(a, b) {
            return Ok(r);
        }
        let r = self.compare(a, b, CmpKind::Eq)?;
        self.truthy(&r)
    }

    /// Rich comparison `a <op> b` returning the (possibly non-bool) result.
    pub fn compare(&mut self, a: &Value, b: &Value, op: CmpKind) -> PyResult<Value> {
        if let Some(r) = num::fast_compare(a, b, op) {
            return Ok(Value::Bool(r));
        }
        if let (Some(x), Some(y)) = (a.as_str(), b.as_str()) {
            if a.as_obj().is_some_and(|o| o.class_is(&self.types.str))
                && b.as_obj().is_some_and(|o| o.class_is(&self.types.str))
            {
                let ord = kaa_syntax::surrogate::cmp(x, y);
                return Ok(Value::Bool(cmp_ord(ord, op)));
            }
        }
        self.depth += 1;
        if self.depth > self.recursion_limit + 50 {
            self.depth -= 1;
            let c = self.types.recursion_error.clone();
            return Err(self.new_exc(&c, "maximum recursion depth exceeded in comparison"));
        }
        // Two exact tuples compare item by item with no method lookup (dict keys, sorting).
        let r = match (a, b) {
            (Value::Obj(x), Value::Obj(y))
                if matches!(
                    (&x.payload, &y.payload),
                    (Payload::Tuple(_), Payload::Tuple(_))
                ) && x.class_is(&self.types.tuple)
                    && y.class_is(&self.types.tuple) =>
            {
                match (&x.payload, &y.payload) {
                    (Payload::Tuple(p), Payload::Tuple(q)) => {
                        crate::objects::seqobj::seq_compare(self, p, q, op)
                    }
                    _ => self.compare_slow(a, b, op),
                }
            }
            // Two exact lists, or two exact dicts under == and !=: their own comparison
            // code, without looking the special methods up (nested documents compare
            // container by container).
            (Value::Obj(x), Value::Obj(y))
                if matches!(
                    (&x.payload, &y.payload),
                    (Payload::List(_), Payload::List(_))
                ) && x.class_is(&self.types.list)
                    && y.class_is(&self.types.list) =>
            {
                match (
                    crate::objects::seqobj::items_of(a),
                    crate::objects::seqobj::items_of(b),
                ) {
                    (Some(p), Some(q)) => crate::objects::seqobj::seq_compare(self, &p, &q, op),
                    _ => self.compare_slow(a, b, op),
                }
            }
            (Value::Obj(x), Value::Obj(y))
                if matches!(op, CmpKind::Eq | CmpKind::Ne)
                    && matches!(
                        (&x.payload, &y.payload),
                        (Payload::Dict(_), Payload::Dict(_))
                    )
                    && x.class_is(&self.types.dict)
                    && y.class_is(&self.types.dict) =>
            {
                let args = [a.clone(), b.clone()];
                if op == CmpKind::Eq {
                    crate::objects::dictobj::dict_eq(self, &args, &[])
                } else {
                    crate::objects::dictobj::dict_ne(self, &args, &[])
                }
            }
            _ => self.compare_slow(a, b, op),
        };
        self.depth -= 1;
        r
    }

    fn compare_slow(&mut self, a: &Value, b: &Value, op: CmpKind) -> PyResult<Value> {
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let name = cmp_names(op);
        let rname = cmp_names(op.swapped());
        let mut tried_reflected = false;
        if !Rc::ptr_eq(&ta, &tb) && types::is_subtype(&tb, &ta) {
            if let Some(m) = types::lookup(&tb, rname) {
                tried_reflected = true;
                let r = self.call_descriptor_function(&m, b, &tb, &[b.clone(), a.clone()])?;
                if !self.is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        if let Some(m) = types::lookup(&ta, name) {
            let r = self.call_descriptor_function(&m, a, &ta, &[a.clone(), b.clone()])?;
            if !self.is_not_implemented(&r) {
                return Ok(r);
            }
        }
        if !tried_reflected {
            if let Some(m) = types::lookup(&tb, rname) {
                let r = self.call_descriptor_function(&m, b, &tb, &[b.clone(), a.clone()])?;
                if !self.is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        match op {
            CmpKind::Eq => Ok(Value::Bool(a.is(b))),
            CmpKind::Ne => Ok(Value::Bool(!a.is(b))),
            _ => {
                let (na, nb) = (types::type_name(&ta), types::type_name(&tb));
                Err(self.type_error(format!(
                    "'{}' not supported between instances of '{}' and '{}'",
                    op.symbol(),
                    na,
                    nb
                )))
            }
        }
    }

    // ---- arithmetic -------------------------------------------------------------------------

    pub fn binary_add(&mut self, a: &Value, b: &Value) -> PyResult<Value> {
        self.binary_op(a, b, BinOpKind::Add, false)
    }

    /// `a + b` of two exact lists, tuples or strs: what their `__add__` returns, without
    /// looking it up and calling it (CPython's `sq_concat` slot; neither side can be a
    /// subclass overriding the operation).
    fn concat_exact(&self, a: &Value, b: &Value) -> Option<Value> {
        let (Value::Obj(x), Value::Obj(y)) = (a, b) else {
            return None;
        };
        let t = &self.types;
        match (&x.payload, &y.payload) {
            (Payload::List(p), Payload::List(q)) if x.class_is(&t.list) && y.class_is(&t.list) => {
                let (p, q) = (p.try_borrow().ok()?, q.try_borrow().ok()?);
                let mut items = Vec::with_capacity(p.len() + q.len());
                items.extend(p.iter().cloned());
                items.extend(q.iter().cloned());
                Some(self.new_list(items))
            }
            (Payload::Tuple(p), Payload::Tuple(q))
                if x.class_is(&t.tuple) && y.class_is(&t.tuple) =>
            {
                // Immutable: adding nothing gives the other operand itself, as in CPython.
                if q.is_empty() {
                    return Some(a.clone());
                }
                if p.is_empty() {
                    return Some(b.clone());
                }
                let mut items = Vec::with_capacity(p.len() + q.len());
                items.extend(p.iter().cloned());
                items.extend(q.iter().cloned());
                Some(self.new_tuple(items))
            }
            (Payload::Str(p), Payload::Str(q)) if x.class_is(&t.str) && y.class_is(&t.str) => {
                if q.as_str().is_empty() {
                    return Some(a.clone());
                }
                if p.as_str().is_empty() {
                    return Some(b.clone());
                }
                let mut s = String::with_capacity(p.as_str().len() + q.as_str().len());
                s.push_str(p.as_str());
                s.push_str(q.as_str());
                Some(self.new_string(s))
            }
            _ => None,
        }
    }

    pub fn binary_op(
        &mut self,
        a: &Value,
        b: &Value,
        kind: BinOpKind,
        inplace: bool,
    ) -> PyResult<Value> {
        if let Some(r) = num::fast_binop(self, a, b, kind)? {
            return Ok(r);
        }
        if kind == BinOpKind::Add && !inplace {
            if let Some(r) = self.concat_exact(a, b) {
                return Ok(r);
            }
        }
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let (name, rname, iname) = binop_names(kind);
        if inplace {
            if let Some(m) = types::lookup(&ta, iname) {
                let r = self.call_descriptor_function(&m, a, &ta, &[a.clone(), b.clone()])?;
                if !self.is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        let slot_a = types::lookup(&ta, name);
        let slot_b = if Rc::ptr_eq(&ta, &tb) {
            None
        } else {
            types::lookup(&tb, rname)
        };
        let mut slot_b_done = false;
        if let Some(sb) = &slot_b {
            if types::is_subtype(&tb, &ta) && !same_method(sb, types::lookup(&ta, rname).as_ref()) {
                slot_b_done = true;
                let r = self.call_descriptor_function(sb, b, &tb, &[b.clone(), a.clone()])?;
                if !self.is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        if let Some(sa) = &slot_a {
            let r = self.call_descriptor_function(sa, a, &ta, &[a.clone(), b.clone()])?;
            if !self.is_not_implemented(&r) {
                return Ok(r);
            }
        }
        if let (Some(sb), false) = (&slot_b, slot_b_done) {
            let r = self.call_descriptor_function(sb, b, &tb, &[b.clone(), a.clone()])?;
            if !self.is_not_implemented(&r) {
                return Ok(r);
            }
        }
        // Sequence concatenation/repetition messages, as CPython's sq_concat/sq_repeat.
        if kind == BinOpKind::Add {
            let seq = match a.payload() {
                Some(Payload::Str(_)) => Some("str"),
                Some(Payload::List(_)) => Some("list"),
                Some(Payload::Tuple(_)) => Some("tuple"),
                _ => None,
            };
            if let Some(s) = seq {
                let nb = types::type_name(&tb);
                return Err(
                    self.type_error(format!("can only concatenate {s} (not \"{nb}\") to {s}"))
                );
            }
            if matches!(
                a.payload(),
                Some(Payload::Bytes(_)) | Some(Payload::ByteArray(_))
            ) {
                let nb = types::type_name(&tb);
                return Err(self.type_error(format!(
                    "can't concat {} to {}",
                    nb,
                    types::type_name(&ta)
                )));
            }
        }
        if kind == BinOpKind::Mul {
            let is_seq = |v: &Value| {
                matches!(
                    v.payload(),
                    Some(Payload::Str(_))
                        | Some(Payload::List(_))
                        | Some(Payload::Tuple(_))
                        | Some(Payload::Bytes(_))
                        | Some(Payload::ByteArray(_))
                )
            };
            if is_seq(a) || is_seq(b) {
                let other = if is_seq(a) { &tb } else { &ta };
                let n = types::type_name(other);
                return Err(
                    self.type_error(format!("can't multiply sequence by non-int of type '{n}'"))
                );
            }
        }
        let sym = if inplace {
            format!("{}=", kind.symbol())
        } else {
            kind.symbol().to_string()
        };
        let sym = if kind == BinOpKind::Pow && !inplace {
            "** or pow()".to_string()
        } else {
            sym
        };
        let (na, nb) = (types::type_name(&ta), types::type_name(&tb));
        Err(self.type_error(format!(
            "unsupported operand type(s) for {sym}: '{na}' and '{nb}'"
        )))
    }

    pub fn unary_op(&mut self, a: &Value, op: Op) -> PyResult<Value> {
        if let Some(r) = num::fast_unary(self, a, op)? {
            return Ok(r);
        }
        let (name, sym) = match op {
            Op::UnaryNegative => ("__neg__", "-"),
            Op::UnaryPositive => ("__pos__", "+"),
            _ => ("__invert__", "~"),
        };
        match self.call_special(a, name, &[])? {
            Some(r) => Ok(r),
            None => {
                let n = self.type_name(a);
                Err(self.type_error(format!("bad operand type for unary {sym}: '{n}'")))
            }
        }
    }

    // ---- containers -------------------------------------------------------------------------

    #[inline]
    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        if let Value::Obj(o) = v {
            match &o.payload {
                Payload::Str(s) if o.class_is(&self.types.str) => return Ok(s.char_len()),
                Payload::List(l) if o.class_is(&self.types.list) => return Ok(l.borrow().len()),
                Payload::Tuple(t) if o.class_is(&self.types.tuple) => return Ok(t.len()),
                Payload::Dict(d) if o.class_is(&self.types.dict) => return Ok(d.borrow().len()),
                _ => {}
            }
        }
        self.len_slow(v)
    }

    /// `len()` through `__len__` (kept out of line so the built-in cases stay small).
    #[inline(never)]
    fn len_slow(&mut self, v: &Value) -> PyResult<usize> {
        match self.call_special(v, "__len__", &[])? {
            Some(r) => {
                let r = match &r {
                    Value::Int(_) | Value::Bool(_) => r.clone(),
                    Value::Obj(o) if matches!(o.payload, Payload::Int(_)) => r.clone(),
                    _ => {
                        let tp = self.type_of(&r);
                        if types::lookup(&tp, "__index__").is_none() {
                            let n = self.type_name(&r);
                            return Err(self.type_error(format!(
                                "'{n}' object cannot be interpreted as an integer"
                            )));
                        }
                        self.index(&r)?
                    }
                };
                let n = match crate::objects::num::as_int(&r) {
                    Some(crate::objects::num::IntRef::Small(i)) => i,
                    Some(crate::objects::num::IntRef::Big(b)) => {
                        if b.sign() == num_bigint::Sign::Minus {
                            return Err(self.value_error("__len__() should return >= 0"));
                        }
                        return Err(
                            self.overflow_error("cannot fit 'int' into an index-sized integer")
                        );
                    }
                    None => 0,
                };
                if n < 0 {
                    return Err(self.value_error("__len__() should return >= 0"));
                }
                Ok(n as usize)
            }
            None => {
                let n = self.type_name(v);
                Err(self.type_error(format!("object of type '{n}' has no len()")))
            }
        }
    }

    /// `l[i]` for an exact list and an in-range int, the commonest subscript (CPython's
    /// BINARY_SUBSCR_LIST_INT). `None` for anything else: the full protocol then decides,
    /// and reports errors.
    #[inline(always)]
    pub(crate) fn list_int_item(&self, o: &Value, k: &Value) -> Option<Value> {
        let (Value::Obj(obj), Value::Int(i)) = (o, k) else {
            return None;
        };
        let Payload::List(l) = &obj.payload else {
            return None;
        };
        if !obj.class_is(&self.types.list) {
            return None;
        }
        let l = l.try_borrow().ok()?;
        let idx = if *i < 0 { *i + l.len() as i64 } else { *i };
        l.get(usize::try_from(idx).ok()?).cloned()
    }

    /// `o[k]` without running Python code: an exact list's item (`list_int_item`) or an
    /// exact dict's value for a key hashed and compared natively (`dict::subscript_fast`).
    /// `None` for anything else, including a missing key (the full protocol reports it).
    #[inline(always)]
    pub(crate) fn subscript_fast(&self, o: &Value, k: &Value) -> Option<Value> {
        if let Some(v) = self.list_int_item(o, k) {
            return Some(v);
        }
        match o {
            Value::Obj(d) => crate::dict::subscript_fast(self, d, k),
            _ => None,
        }
    }

    /// `l[i] = v` for an exact list and an in-range int (STORE_SUBSCR_LIST_INT): the old
    /// item, to be released by the caller once the list is no longer borrowed. `Err(v)`
    /// hands the value back for the full protocol.
    #[inline(always)]
    pub(crate) fn list_int_store(&self, o: &Value, k: &Value, v: Value) -> Result<Value, Value> {
        let (Value::Obj(obj), Value::Int(i)) = (o, k) else {
            return Err(v);
        };
        let Payload::List(l) = &obj.payload else {
            return Err(v);
        };
        if !obj.class_is(&self.types.list) {
            return Err(v);
        }
        let Ok(mut l) = l.try_borrow_mut() else {
            return Err(v);
        };
        let idx = if *i < 0 { *i + l.len() as i64 } else { *i };
        match usize::try_from(idx).ok().and_then(|j| l.get_mut(j)) {
            Some(slot) => Ok(std::mem::replace(slot, v)),
            None => Err(v),
        }
    }

    pub fn getitem(&mut self, o: &Value, k: &Value) -> PyResult<Value> {
        if let Some(v) = self.list_int_item(o, k) {
            return Ok(v);
        }
        if let Value::Obj(obj) = o {
            if let (Payload::Tuple(t), Value::Int(i)) = (&obj.payload, k) {
                if obj.class_is(&self.types.tuple) {
                    let n = t.len() as i64;
                    let idx = if *i < 0 { *i + n } else { *i };
                    if idx >= 0 && idx < n {
                        return Ok(t[idx as usize].clone());
                    }
                    return Err(self.index_error("tuple index out of range"));
                }
            }
            if let (Payload::Str(s), Value::Int(i)) = (&obj.payload, k) {
                if s.is_ascii() && obj.class_is(&self.types.str) {
                    let b = s.as_str().as_bytes();
                    let n = b.len() as i64;
                    let idx = if *i < 0 { *i + n } else { *i };
                    if idx >= 0 && idx < n {
                        return Ok(self.new_char(b[idx as usize] as char));
                    }
                }
            }
            // Other keys (slices above all) on the exact built-in sequences go straight to
            // their `__getitem__`, as CPython's `mp_subscript` slot does, without a lookup.
            let native: Option<crate::object::NativeFn> = match &obj.payload {
                Payload::List(_) if obj.class_is(&self.types.list) => {
                    Some(crate::objects::seqobj::list_getitem)
                }
                Payload::Tuple(_) if obj.class_is(&self.types.tuple) => {
                    Some(crate::objects::seqobj::tuple_getitem)
                }
                Payload::Str(_) if obj.class_is(&self.types.str) => {
                    Some(crate::objects::strobj::s_getitem)
                }
                _ => None,
            };
            if let Some(f) = native {
                return f(self, &[o.clone(), k.clone()], &[]);
            }
            if let Payload::Dict(_) = &obj.payload {
                if obj.class_is(&self.types.dict) {
                    return match crate::dict::get_item(self, obj, k)? {
                        Some(v) => Ok(v),
                        None => Err(self.key_error(k.clone())),
                    };
                }
            }
        }
        if let Some(r) = self.call_special(o, "__getitem__", std::slice::from_ref(k))? {
            return Ok(r);
        }
        if let Value::Obj(t) = o {
            if matches!(t.payload, Payload::Type(_)) {
                // `type[int]` is a generic alias although type has no __class_getitem__.
                if Rc::ptr_eq(t, &self.types.type_) {
                    return Ok(crate::objects::generic::new_generic_alias(
                        self,
                        o.clone(),
                        k.clone(),
                    ));
                }
                if let Some(cg) = self.getattr_opt(o, "__class_getitem__")? {
                    return self.call(&cg, std::slice::from_ref(k));
                }
                let n = types::type_name(t);
                return Err(self.type_error(format!("type '{n}' is not subscriptable")));
            }
        }
        let n = self.type_name(o);
        Err(self.type_error(format!("'{n}' object is not subscriptable")))
    }

    pub fn setitem(&mut self, o: &Value, k: Value, v: Value) -> PyResult<()> {
        // The old item is released after the borrow ends: its __del__ may touch the list.
        let v = match self.list_int_store(o, &k, v) {
            Ok(old) => {
                drop(old);
                return Ok(());
            }
            Err(v) => v,
        };
        if let Value::Obj(obj) = o {
            if let Payload::Dict(_) = &obj.payload {
                if obj.class_is(&self.types.dict) {
                    return crate::dict::set_item(self, obj, k, v);
                }
            }
            if matches!(obj.payload, Payload::List(_)) && obj.class_is(&self.types.list) {
                crate::objects::seqobj::list_setitem(self, &[o.clone(), k, v], &[])?;
                return Ok(());
            }
        }
        match self.call_special(o, "__setitem__", &[k, v])? {
            Some(_) => Ok(()),
            None => {
                let n = self.type_name(o);
                Err(self.type_error(format!("'{n}' object does not support item assignment")))
            }
        }
    }

    pub fn delitem(&mut self, o: &Value, k: &Value) -> PyResult<()> {
        if let Value::Obj(obj) = o {
            if let Payload::Dict(_) = &obj.payload {
                if obj.class_is(&self.types.dict) {
                    return match crate::dict::del_item(self, obj, k)? {
                        Some(_) => Ok(()),
                        None => Err(self.key_error(k.clone())),
                    };
                }
            }
        }
        match self.call_special(o, "__delitem__", std::slice::from_ref(k))? {
            Some(_) => Ok(()),
            None => {
                // CPython's wording depends on the path it tried: the sequence protocol
                // (an index key, on a type that has one: every class statement's type and
                // the containers, not numbers, functions, types or modules) says "doesn't",
                // the mapping protocol "does not".
                let n = self.type_name(o);
                let index_key = crate::objects::num::as_int(k).is_some()
                    || (matches!(k, Value::Obj(_))
                        && types::lookup(&self.type_of(k), "__index__").is_some());
                let sequence_type = match o {
                    Value::Obj(obj) => !matches!(
                        obj.payload,
                        Payload::Int(_)
                            | Payload::Float(_)
                            | Payload::Complex(..)
                            | Payload::Function(_)
                            | Payload::Builtin(_)
                            | Payload::Type(_)
                            | Payload::Module
                    ),
                    _ => false,
                };
                let verb = if index_key && sequence_type {
                    "doesn't"
                } else {
                    "does not"
                };
                Err(self.type_error(format!("'{n}' object {verb} support item deletion")))
            }
        }
    }

    /// `item in container`.
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        if let Value::Obj(o) = container {
            match &o.payload {
                Payload::Dict(_) if o.class_is(&self.types.dict) => {
                    return Ok(crate::dict::get_item(self, o, item)?.is_some())
                }
                Payload::Set(_)
                    if o.class_is(&self.types.set) || o.class_is(&self.types.frozenset) =>
                {
                    return crate::objects::setobj::contains_key(self, o, item)
                }
                // Exact str, list and tuple: their own `__contains__`, without the lookup.
                Payload::Str(h) if o.class_is(&self.types.str) => {
                    if let Some(n) = item.as_str() {
                        return Ok(crate::objects::str_methods::str_contains(h.as_str(), n));
                    }
                }
                Payload::List(_) if o.class_is(&self.types.list) => {
                    let args = [container.clone(), item.clone()];
                    let r = crate::objects::seqobj::list_contains(self, &args, &[])?;
                    return Ok(matches!(r, Value::Bool(true)));
                }
                Payload::Tuple(_) if o.class_is(&self.types.tuple) => {
                    let args = [container.clone(), item.clone()];
                    let r = crate::objects::seqobj::tuple_contains(self, &args, &[])?;
                    return Ok(matches!(r, Value::Bool(true)));
                }
                _ => {}
            }
        }
        if let Some(r) = self.call_special(container, "__contains__", std::slice::from_ref(item))? {
            return self.truthy(&r);
        }
        // Fall back to iteration.
        let tp = self.type_of(container);
        if types::lookup(&tp, "__iter__").is_none() && types::lookup(&tp, "__getitem__").is_none() {
            let n = types::type_name(&tp);
            return Err(self.type_error(format!("argument of type '{n}' is not iterable")));
        }
        let it = self.iter(container)?;
        while let Some(x) = self.next(&it)? {
            if self.eq(&x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    // ---- iteration ----------------------------------------------------------------------------

    /// A built-in iterator object; its type (`list_iterator`, `dict_keyiterator`, ...)
    /// follows from what it iterates, as in CPython.
    pub fn new_iter(&self, st: crate::iter::IterState) -> Value {
        use crate::iter::IterState as S;
        let t = &self.types;
        let cls = match &st {
            S::Seq { seq, .. } => match &seq.payload {
                Payload::List(_) => &t.list_iterator,
                Payload::Tuple(_) => &t.tuple_iterator,
                Payload::Bytes(_) => &t.bytes_iterator,
                Payload::ByteArray(_) => &t.bytearray_iterator,
                _ => &t.iterator,
            },
            S::Str { s, .. } => match &s.payload {
                Payload::Str(ps) if !ps.is_ascii() => &t.str_iterator,
                _ => &t.str_ascii_iterator,
            },
            S::Range { .. } => &t.range_iterator,
            S::BigRange(_) => &t.longrange_iterator,
            S::Dict { kind: 0, .. } => &t.dict_keyiterator,
            S::Dict { kind: 1, .. } => &t.dict_valueiterator,
            S::Dict { kind: 2, .. } => &t.dict_itemiterator,
            S::Dict { kind: 3, .. } => &t.dict_reversekeyiterator,
            S::Dict { kind: 4, .. } => &t.dict_reversevalueiterator,
            S::Dict { .. } => &t.dict_reverseitemiterator,
            S::Set { .. } => &t.set_iterator,
            S::Enumerate { .. } => &t.enumerate,
            S::Zip { .. } => &t.zip,
            S::Map { .. } => &t.map,
            S::Filter { .. } => &t.filter,
            S::Reversed { seq, .. } => match seq.payload() {
                Some(Payload::List(_)) => &t.list_reverseiterator,
                _ => &t.reversed,
            },
            S::Callable { .. } => &t.callable_iterator,
            S::GetItem { .. } | S::Exhausted => &t.iterator,
        };
        Value::Obj(Object::new(
            cls.clone(),
            Payload::Iter(Box::new(RefCell::new(st))),
        ))
    }

    pub fn is_iterable(&self, v: &Value) -> bool {
        let tp = self.type_of(v);
        types::lookup(&tp, "__iter__").is_some_and(|x| !x.is_none())
            || types::lookup(&tp, "__getitem__").is_some()
    }

    /// `iter(v)`.
    pub fn iter(&mut self, v: &Value) -> PyResult<Value> {
        use crate::iter::IterState;
        if let Value::Obj(o) = v {
            let exact = self.is_builtin_exact(&o.class());
            if exact {
                match &o.payload {
                    Payload::List(_)
                    | Payload::Tuple(_)
                    | Payload::Bytes(_)
                    | Payload::ByteArray(_) => {
                        return Ok(self.new_iter(IterState::Seq {
                            seq: o.clone(),
                            index: 0,
                        }));
                    }
                    Payload::Str(_) => {
                        return Ok(self.new_iter(IterState::Str {
                            s: o.clone(),
                            byte_pos: 0,
                        }))
                    }
                    Payload::Range(r) if r.big.is_none() => {
                        return Ok(self.new_iter(IterState::Range {
                            next: r.start,
                            remaining: r.len(),
                            step: r.step,
                        }));
                    }
                    Payload::Dict(d) => {
                        let size = d.borrow().len();
                        return Ok(self.new_iter(IterState::Dict {
                            dict: o.clone(),
                            kind: 0,
                            pos: 0,
                            size,
                        }));
                    }
                    Payload::Set(s) => {
                        let size = s.borrow().len();
                        return Ok(self.new_iter(IterState::Set {
                            set: o.clone(),
                            pos: 0,
                            size,
                        }));
                    }
                    Payload::Iter(_) | Payload::Generator(_) => return Ok(v.clone()),
                    _ => {}
                }
            }
        }
        let tp = self.type_of(v);
        match types::lookup(&tp, "__iter__") {
            Some(Value::None) => {}
            Some(m) => {
                let r = self.call_descriptor_function(&m, v, &tp, std::slice::from_ref(v))?;
                let rt = self.type_of(&r);
                if types::lookup(&rt, "__next__").is_none() {
                    let n = types::type_name(&rt);
                    return Err(
                        self.type_error(format!("iter() returned non-iterator of type '{n}'"))
                    );
                }
                return Ok(r);
            }
            None => {
                if types::lookup(&tp, "__getitem__").is_some() {
                    return Ok(self.new_iter(IterState::GetItem {
                        obj: v.clone(),
                        index: 0,
                    }));
                }
            }
        }
        let n = types::type_name(&tp);
        Err(self.type_error(format!("'{n}' object is not iterable")))
    }

    /// `next(it)`: `Ok(None)` when exhausted (StopIteration is absorbed).
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        if let Value::Obj(o) = it {
            match &o.payload {
                Payload::Iter(_) => return crate::iter::next(self, o),
                Payload::Generator(_) if o.class_is(&self.types.generator) => {
                    return crate::generator::gen_next(self, o);
                }
                _ => {}
            }
        }
        let tp = self.type_of(it);
        let Some(m) = types::lookup(&tp, "__next__") else {
            let n = types::type_name(&tp);
            return Err(self.type_error(format!("'{n}' object is not an iterator")));
        };
        match self.call_descriptor_function(&m, it, &tp, std::slice::from_ref(it)) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.exc_matches(&e, &self.types.stop_iteration.clone()) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Collects an iterable into a vector.
    pub fn iterate(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        if let Value::Obj(o) = v {
            if self.is_builtin_exact(&o.class()) {
                match &o.payload {
                    Payload::List(l) => return Ok(l.borrow().clone()),
                    Payload::Tuple(t) => return Ok(t.to_vec()),
                    _ => {}
                }
            }
        }
        let it = self.iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.next(&it)? {
            out.push(x);
        }
        Ok(out)
    }

    /// Unpacking for assignment: exactly `n` items, or with a star: `n` before, a list,
    /// `after` after.
    pub fn unpack(&mut self, seq: &Value, n: usize, after: Option<usize>) -> PyResult<Vec<Value>> {
        // Subclasses iterate through their `__iter__`, which may be overridden.
        let exact_items = match seq {
            Value::Obj(o) => match &o.payload {
                Payload::Tuple(t) if o.class_is(&self.types.tuple) => Some(t.to_vec()),
                Payload::List(l) if o.class_is(&self.types.list) => Some(l.borrow().clone()),
                _ => None,
            },
            _ => None,
        };
        let items = match exact_items {
            Some(items) => items,
            None => {
                if !self.is_iterable(seq) {
                    let tn = self.type_name(seq);
                    return Err(self.type_error(format!("cannot unpack non-iterable {tn} object")));
                }
                let it = self.iter(seq)?;
                let mut out = Vec::new();
                while let Some(x) = self.next(&it)? {
                    out.push(x);
                    if after.is_none() && out.len() > n {
                        return Err(
                            self.value_error(format!("too many values to unpack (expected {n})"))
                        );
                    }
                }
                out
            }
        };
        match after {
            None => {
                if items.len() < n {
                    return Err(self.value_error(format!(
                        "not enough values to unpack (expected {n}, got {})",
                        items.len()
                    )));
                }
                if items.len() > n {
                    return Err(
                        self.value_error(format!("too many values to unpack (expected {n})"))
                    );
                }
                Ok(items)
            }
            Some(a) => {
                if items.len() < n + a {
                    return Err(self.value_error(format!(
                        "not enough values to unpack (expected at least {}, got {})",
                        n + a,
                        items.len()
                    )));
                }
                let mut out = items[..n].to_vec();
                let mid = items[n..items.len() - a].to_vec();
                out.push(self.new_list(mid));
                out.extend_from_slice(&items[items.len() - a..]);
                Ok(out)
            }
        }
    }

    /// `__index__` of a value (for subscripts, `range`, `bin()`...).
    pub fn index(&mut self, v: &Value) -> PyResult<Value> {
        match v {
            Value::Int(_) => Ok(v.clone()),
            Value::Bool(b) => Ok(Value::Int(*b as i64)),
            Value::Obj(o)
                if matches!(o.payload, Payload::Int(_)) && o.class_is(&self.types.int) =>
            {
                Ok(v.clone())
            }
            _ => match self.call_special(v, "__index__", &[])? {
                Some(r) => Ok(r),
                None => {
                    let n = self.type_name(v);
                    Err(self
                        .type_error(format!("'{n}' object cannot be interpreted as an integer")))
                }
            },
        }
    }

    /// `__index__` as an i64 (OverflowError when it does not fit).
    pub fn index_i64(&mut self, v: &Value) -> PyResult<i64> {
        let r = self.index(v)?;
        match r {
            Value::Int(i) => Ok(i),
            Value::Bool(b) => Ok(b as i64),
            Value::Obj(o) => match &o.payload {
                Payload::Int(b) => {
                    use num_traits::ToPrimitive;
                    b.to_i64().ok_or_else(|| {
                        self.overflow_error("Python int too large to convert to C ssize_t")
                    })
                }
                _ => Err(self.type_error("__index__ returned non-int")),
            },
            _ => Err(self.type_error("__index__ returned non-int")),
        }
    }
}

fn cmp_ord(ord: std::cmp::Ordering, op: CmpKind) -> bool {
    use std::cmp::Ordering::*;
    match op {
        CmpKind::Lt => ord == Less,
        CmpKind::Le => ord != Greater,
        CmpKind::Eq => ord == Equal,
        CmpKind::Ne => ord != Equal,
        CmpKind::Gt => ord == Greater,
        CmpKind::Ge => ord != Less,
    }
}

fn same_method(a: &Value, b: Option<&Value>) -> bool {
    b.is_some_and(|b| a.is(b))
}

/// Built-in (non-heap) types never have user-overridden slots.
fn tdata_flag_not_heap(t: &ObjRef) -> bool {
    types::tdata(t).is_some_and(|d| !d.has_flag(types::FLAG_HEAPTYPE))
}

/// The cached hash of a str payload.
pub fn str_obj_hash(s: &crate::object::PyStr) -> i64 {
    let h = s.hash.get();
    if h != i64::MIN {
        return h;
    }
    let h = crate::vm::str_hash(s.as_str());
    s.hash.set(h);
    h
}

pub fn unused(_: PyErr) {}

/// `UNPACK_SEQUENCE n` of an exact tuple or list of exactly `n` items: pushes them onto
/// `stack` last first (so the first is on top) and says so; anything else (subclasses,
/// which may iterate differently, other lengths, which raise) is left to `Vm::unpack`.
#[inline]
pub fn unpack_exact(vm: &Vm, seq: &Value, n: usize, stack: &mut Vec<Value>) -> bool {
    let Value::Obj(o) = seq else {
        return false;
    };
    match &o.payload {
        Payload::Tuple(t) if t.len() == n && o.class_is(&vm.types.tuple) => {
            stack.extend(t.iter().rev().cloned());
            true
        }
        Payload::List(l) if o.class_is(&vm.types.list) => match l.try_borrow() {
            Ok(items) if items.len() == n => {
                stack.extend(items.iter().rev().cloned());
                true
            }
            _ => false,
        },
        _ => false,
    }
}
