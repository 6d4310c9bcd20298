//! `_random` (CPython 3.11): the `Random` type with the Mersenne Twister MT19937 (written
//! from Matsumoto and Nishimura's published algorithm), bit-for-bit CPython's sequences:
//! int seeds use their absolute value split into 32-bit words for `init_by_array`; other
//! objects seed with their hash (as CPython's C type does: `random.Random.seed` in Python
//! turns str/bytes into an int with SHA-512 first, from `_sha512`); `None` seeds from the OS.
//! `random()` builds a 53-bit float from two words; `getrandbits(k)` assembles words
//! little-endian; `getstate()`/`setstate()` use the 625-int tuple.

use crate::util::{add_methods, native_mut, new_class, set_new};
use kaa_vm::object::{NativeFn, ObjRef, Payload};
use kaa_vm::objects::num::{as_int, IntRef};
use kaa_vm::{PyResult, Value, Vm};
use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive};

const N: usize = 624;
const M: usize = 397;

/// The Mersenne Twister state.
#[derive(Clone)]
pub struct Mt {
    state: [u32; N],
    index: usize,
}

impl Mt {
    pub fn new() -> Mt {
        let mut m = Mt {
            state: [0; N],
            index: N + 1,
        };
        m.init_genrand(5489);
        m
    }

    fn init_genrand(&mut self, s: u32) {
        self.state[0] = s;
        for i in 1..N {
            let prev = self.state[i - 1];
            self.state[i] = 1812433253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    pub fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19650218);
        let mt = &mut self.state;
        let (mut i, mut j) = (1usize, 0usize);
        let len = key.len().max(1);
        for _ in 0..N.max(len) {
            let prev = mt[i - 1];
            let k = key.get(j).copied().unwrap_or(0);
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1664525))
                .wrapping_add(k)
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= len {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = mt[i - 1];
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1566083941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000;
        self.index = N;
    }

    fn twist(&mut self) {
        let mt = &mut self.state;
        let mag = |y: u32| if y & 1 == 1 { 0x9908_b0df } else { 0 };
        for kk in 0..N {
            let y = (mt[kk] & 0x8000_0000) | (mt[(kk + 1) % N] & 0x7fff_ffff);
            mt[kk] = mt[(kk + M) % N] ^ (y >> 1) ^ mag(y);
        }
        self.index = 0;
    }

    pub fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            self.twist();
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    pub fn random(&mut self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)
    }

    /// Seeds from a non-negative int.
    pub fn seed_bigint(&mut self, n: &BigInt) {
        let (_, mut words) = n.to_u32_digits();
        if words.is_empty() {
            words.push(0);
        }
        self.init_by_array(&words);
    }
}

impl Default for Mt {
    fn default() -> Self {
        Mt::new()
    }
}

kaa_vm::native_data_leaf!(Mt);

fn os_seed() -> Vec<u32> {
    use std::io::Read;
    let mut buf = vec![0u8; N * 4];
    let ok = std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut buf))
        .is_ok();
    if !ok {
        let t = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        return vec![t as u32, (t >> 32) as u32, std::process::id()];
    }
    buf.chunks_exact(4)
        .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        .collect()
}

/// The int a seed argument stands for (None when the OS should seed).
fn seed_value(vm: &mut Vm, v: &Value) -> PyResult<Option<BigInt>> {
    if v.is_none() {
        return Ok(None);
    }
    if let Some(i) = as_int(v) {
        let b = match i {
            IntRef::Small(s) => BigInt::from(s),
            IntRef::Big(b) => b.clone(),
        };
        return Ok(Some(b.abs()));
    }
    let h = vm.hash(v)?;
    Ok(Some(BigInt::from(h as u64)))
}

fn do_seed(vm: &mut Vm, this: &Value, arg: Option<&Value>) -> PyResult<()> {
    let n = match arg {
        Some(a) => seed_value(vm, a)?,
        None => None,
    };
    let mut mt = native_mut::<Mt>(vm, this, "_random.Random")?;
    match n {
        Some(n) => mt.seed_bigint(&n),
        None => mt.init_by_array(&os_seed()),
    }
    Ok(())
}

fn r_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cls = crate::util::cls_arg(vm, args)?;
    let exact = RANDOM.with(|r| r.get(vm).is_some_and(|r| std::rc::Rc::ptr_eq(&r, &cls)));
    if exact && !kw.is_empty() {
        return Err(vm.type_error("Random() takes no keyword arguments"));
    }
    if args.len() > 2 {
        return Err(vm.type_error("Random() requires 0 or 1 argument"));
    }
    let o = crate::util::new_native(vm, &cls, Box::new(Mt::new()));
    do_seed(vm, &o, args.get(1))?;
    Ok(o)
}

fn r_seed(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = crate::util::pos_args(vm, "seed", "seed", &args[1..], kw, 0, 1)?;
    do_seed(vm, &args[0], a.first())?;
    Ok(Value::None)
}

fn r_random(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    crate::util::no_args(vm, "random", args, kw)?;
    let mut mt = native_mut::<Mt>(vm, &args[0], "_random.Random")?;
    Ok(Value::Float(mt.random()))
}

fn r_getrandbits(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = crate::util::one_arg(vm, "getrandbits", &args[1..], kw)?;
    let k = vm.index_i64(&a)?;
    if k < 0 {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    if k == 0 {
        return Ok(Value::Int(0));
    }
    let mut mt = native_mut::<Mt>(vm, &args[0], "_random.Random")?;
    if k <= 32 {
        return Ok(Value::Int((mt.next_u32() >> (32 - k)) as i64));
    }
    let nwords = ((k - 1) / 32 + 1) as usize;
    let mut words = Vec::with_capacity(nwords);
    let mut left = k;
    for _ in 0..nwords {
        let mut r = mt.next_u32();
        if left < 32 {
            r >>= 32 - left;
        }
        words.push(r);
        left -= 32;
    }
    drop(mt);
    Ok(vm.new_int(BigInt::from_slice(Sign::Plus, &words)))
}

fn r_getstate(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    crate::util::no_args(vm, "getstate", args, kw)?;
    let mt = native_mut::<Mt>(vm, &args[0], "_random.Random")?.clone();
    let mut items: Vec<Value> = mt.state.iter().map(|&w| Value::Int(w as i64)).collect();
    items.push(Value::Int(mt.index as i64));
    Ok(vm.new_tuple(items))
}

fn r_setstate(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = crate::util::one_arg(vm, "setstate", &args[1..], kw)?;
    let items = match a.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => return Err(vm.type_error("state vector must be a tuple")),
    };
    if items.len() != N + 1 {
        return Err(vm.value_error("state vector is the wrong size"));
    }
    let mut state = [0u32; N];
    for (i, v) in items[..N].iter().enumerate() {
        let b = crate::util::to_bigint_index(vm, v)?;
        let Some(w) = b.to_u64().filter(|w| *w <= u32::MAX as u64) else {
            if b.is_negative() {
                return Err(vm.overflow_error("can't convert negative value to unsigned int"));
            }
            return Err(vm.overflow_error("Python int too large to convert to C unsigned long"));
        };
        state[i] = w as u32;
    }
    let index = vm.index_i64(&items[N])?;
    if index < 0 || index > N as i64 {
        return Err(vm.value_error("invalid state"));
    }
    let mut mt = native_mut::<Mt>(vm, &args[0], "_random.Random")?;
    mt.state = state;
    mt.index = index as usize;
    Ok(Value::None)
}

thread_local! {
    static RANDOM: crate::util::VmLocal<ObjRef> = const { crate::util::VmLocal::new() };
}

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("_random");
    let t = new_class(vm, "_random", "Random", true);
    set_new(vm, &t, r_new);
    let methods: &[(&'static str, NativeFn)] = &[
        ("seed", r_seed),
        ("random", r_random),
        ("getrandbits", r_getrandbits),
        ("getstate", r_getstate),
        ("setstate", r_setstate),
    ];
    add_methods(vm, &t, methods);
    RANDOM.with(|r| r.set(vm, t.clone()));
    vm.module_set(&m, "Random", Value::Obj(t));
    Ok(m)
}
