//! Struct sequences (CPython's `PyStructSequence`): tuple subclasses whose items are also
//! readable by name, as `sys.version_info`, `sys.flags`, `time.struct_time` and
//! `os.stat_result`; repr `sys.version_info(major=3, minor=11, ...)`.

use crate::object::{ObjRef, Object, Payload};
use crate::types::{self, Layout};
use crate::value::Value;
use crate::{PyResult, Vm};

/// A new struct-sequence type `module.name` with the given field names.
pub fn new_type(vm: &mut Vm, module: &str, name: &str, fields: &[&str]) -> ObjRef {
    let dict = vm.new_dict();
    let t = types::new_type(
        vm.types.type_.clone(),
        name,
        vec![vm.types.tuple.clone()],
        dict.clone(),
        Layout::Tuple,
        types::FLAG_HEAPTYPE,
    );
    types::set_linear_mro(&t);
    let m = vm.new_str(module);
    vm.dict_set_str(&dict, "__module__", m);
    let names: Vec<Value> = fields.iter().map(|f| vm.new_str(f)).collect();
    let ft = vm.new_tuple(names);
    vm.dict_set_str(&dict, "_fields", ft);
    vm.dict_set_str(&dict, "n_fields", Value::Int(fields.len() as i64));
    vm.dict_set_str(&dict, "n_sequence_fields", Value::Int(fields.len() as i64));
    for (i, f) in fields.iter().enumerate() {
        let d = Object::new(
            vm.types.member_descriptor.clone(),
            Payload::Member(Box::new(((*f).to_string(), i, t.clone()))),
        );
        vm.dict_set_str(&dict, f, Value::Obj(d));
    }
    vm.add_method(&t, "__repr__", repr);
    t
}

/// An instance of struct-sequence type `t` holding `values`.
pub fn make(_vm: &mut Vm, t: &ObjRef, values: Vec<Value>) -> Value {
    let o = Object::new(t.clone(), Payload::Tuple(values.clone().into()));
    o.init_slots(values);
    Value::Obj(o)
}

fn repr(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let v = &args[0];
    let t = vm.type_of(v);
    let fields = types::lookup(&t, "_fields")
        .map(|f| vm.tuple_items(&f))
        .unwrap_or_default();
    let items = vm.tuple_items(v);
    let mut parts = Vec::new();
    for (f, x) in fields.iter().zip(items.iter()) {
        let r = vm.repr_string(x)?;
        parts.push(format!("{}={}", f.as_str().unwrap_or("?"), r));
    }
    let module = types::lookup(&t, "__module__")
        .and_then(|m| m.as_str().map(|s| s.to_string()))
        .unwrap_or_default();
    let name = types::type_name(&t);
    Ok(vm.new_string(format!("{module}.{name}({})", parts.join(", "))))
}
