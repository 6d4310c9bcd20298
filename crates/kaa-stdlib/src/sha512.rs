//! SHA-512 and SHA-384 (FIPS 180-4), written from the standard, and the `_sha512` module
//! CPython 3.11 has: `sha512(data=b'')`/`sha384(...)` objects with `update`, `digest`,
//! `hexdigest`, `copy`, `name`, `digest_size` and `block_size`. `random.seed(str)` hashes
//! its seed with it, and hashlib can build on it.

use crate::util::{add_methods, native_mut, new_class, set_new};
use kaa_vm::object::{NativeFn, ObjRef, Payload};
use kaa_vm::objects::typeobj::add_getset;
use kaa_vm::{PyResult, Value, Vm};

const K: [u64; 80] = [
    0x428a2f98d728ae22,
    0x7137449123ef65cd,
    0xb5c0fbcfec4d3b2f,
    0xe9b5dba58189dbbc,
    0x3956c25bf348b538,
    0x59f111f1b605d019,
    0x923f82a4af194f9b,
    0xab1c5ed5da6d8118,
    0xd807aa98a3030242,
    0x12835b0145706fbe,
    0x243185be4ee4b28c,
    0x550c7dc3d5ffb4e2,
    0x72be5d74f27b896f,
    0x80deb1fe3b1696b1,
    0x9bdc06a725c71235,
    0xc19bf174cf692694,
    0xe49b69c19ef14ad2,
    0xefbe4786384f25e3,
    0x0fc19dc68b8cd5b5,
    0x240ca1cc77ac9c65,
    0x2de92c6f592b0275,
    0x4a7484aa6ea6e483,
    0x5cb0a9dcbd41fbd4,
    0x76f988da831153b5,
    0x983e5152ee66dfab,
    0xa831c66d2db43210,
    0xb00327c898fb213f,
    0xbf597fc7beef0ee4,
    0xc6e00bf33da88fc2,
    0xd5a79147930aa725,
    0x06ca6351e003826f,
    0x142929670a0e6e70,
    0x27b70a8546d22ffc,
    0x2e1b21385c26c926,
    0x4d2c6dfc5ac42aed,
    0x53380d139d95b3df,
    0x650a73548baf63de,
    0x766a0abb3c77b2a8,
    0x81c2c92e47edaee6,
    0x92722c851482353b,
    0xa2bfe8a14cf10364,
    0xa81a664bbc423001,
    0xc24b8b70d0f89791,
    0xc76c51a30654be30,
    0xd192e819d6ef5218,
    0xd69906245565a910,
    0xf40e35855771202a,
    0x106aa07032bbd1b8,
    0x19a4c116b8d2d0c8,
    0x1e376c085141ab53,
    0x2748774cdf8eeb99,
    0x34b0bcb5e19b48a8,
    0x391c0cb3c5c95a63,
    0x4ed8aa4ae3418acb,
    0x5b9cca4f7763e373,
    0x682e6ff3d6b2b8a3,
    0x748f82ee5defb2fc,
    0x78a5636f43172f60,
    0x84c87814a1f0ab72,
    0x8cc702081a6439ec,
    0x90befffa23631e28,
    0xa4506cebde82bde9,
    0xbef9a3f7b2c67915,
    0xc67178f2e372532b,
    0xca273eceea26619c,
    0xd186b8c721c0c207,
    0xeada7dd6cde0eb1e,
    0xf57d4f7fee6ed178,
    0x06f067aa72176fba,
    0x0a637dc5a2c898a6,
    0x113f9804bef90dae,
    0x1b710b35131c471b,
    0x28db77f523047d84,
    0x32caab7b40c72493,
    0x3c9ebe0a15c9bebc,
    0x431d67c49c100d4c,
    0x4cc5d4becb3e42b6,
    0x597f299cfc657e2a,
    0x5fcb6fab3ad6faec,
    0x6c44198c4a475817,
];

const IV512: [u64; 8] = [
    0x6a09e667f3bcc908,
    0xbb67ae8584caa73b,
    0x3c6ef372fe94f82b,
    0xa54ff53a5f1d36f1,
    0x510e527fade682d1,
    0x9b05688c2b3e6c1f,
    0x1f83d9abfb41bd6b,
    0x5be0cd19137e2179,
];

const IV384: [u64; 8] = [
    0xcbbb9d5dc1059ed8,
    0x629a292a367cd507,
    0x9159015a3070dd17,
    0x152fecd8f70e5939,
    0x67332667ffc00b31,
    0x8eb44a8768581511,
    0xdb0c2e0d64f98fa7,
    0x47b5481dbefa4fa4,
];

/// An incremental SHA-512 (or SHA-384) computation.
#[derive(Clone)]
pub struct Sha512 {
    h: [u64; 8],
    buf: Vec<u8>,
    len: u128,
    out_len: usize,
}

impl Sha512 {
    pub fn new() -> Sha512 {
        Sha512 {
            h: IV512,
            buf: Vec::with_capacity(128),
            len: 0,
            out_len: 64,
        }
    }

    pub fn new384() -> Sha512 {
        Sha512 {
            h: IV384,
            buf: Vec::with_capacity(128),
            len: 0,
            out_len: 48,
        }
    }

    pub fn update(&mut self, data: &[u8]) {
        self.len += data.len() as u128;
        let mut data = data;
        if !self.buf.is_empty() {
            let take = (128 - self.buf.len()).min(data.len());
            self.buf.extend_from_slice(&data[..take]);
            data = &data[take..];
            if self.buf.len() == 128 {
                let block = std::mem::take(&mut self.buf);
                self.compress(&block);
                self.buf = block;
                self.buf.clear();
            }
        }
        while data.len() >= 128 {
            self.compress(&data[..128]);
            data = &data[128..];
        }
        self.buf.extend_from_slice(data);
    }

    fn compress(&mut self, block: &[u8]) {
        let mut w = [0u64; 80];
        for (i, chunk) in block.chunks_exact(8).enumerate().take(16) {
            let mut b = [0u8; 8];
            b.copy_from_slice(chunk);
            w[i] = u64::from_be_bytes(b);
        }
        for t in 16..80 {
            let s0 = w[t - 15].rotate_right(1) ^ w[t - 15].rotate_right(8) ^ (w[t - 15] >> 7);
            let s1 = w[t - 2].rotate_right(19) ^ w[t - 2].rotate_right(61) ^ (w[t - 2] >> 6);
            w[t] = s1
                .wrapping_add(w[t - 7])
                .wrapping_add(s0)
                .wrapping_add(w[t - 16]);
        }
        let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut h] = self.h;
        for t in 0..80 {
            let big_s1 = e.rotate_right(14) ^ e.rotate_right(18) ^ e.rotate_right(41);
            let ch = (e & f) ^ (!e & g);
            let t1 = h
                .wrapping_add(big_s1)
                .wrapping_add(ch)
                .wrapping_add(K[t])
                .wrapping_add(w[t]);
            let big_s0 = a.rotate_right(28) ^ a.rotate_right(34) ^ a.rotate_right(39);
            let maj = (a & b) ^ (a & c) ^ (b & c);
            let t2 = big_s0.wrapping_add(maj);
            h = g;
            g = f;
            f = e;
            e = d.wrapping_add(t1);
            d = c;
            c = b;
            b = a;
            a = t1.wrapping_add(t2);
        }
        for (x, v) in self.h.iter_mut().zip([a, b, c, d, e, f, g, h]) {
            *x = x.wrapping_add(v);
        }
    }

    /// The digest of everything so far (the state itself is left unchanged).
    pub fn digest(&self) -> Vec<u8> {
        let mut s = self.clone();
        let bits = s.len.wrapping_mul(8);
        let mut pad = vec![0x80u8];
        let rem = (s.buf.len() + 1) % 128;
        let zeros = if rem <= 112 { 112 - rem } else { 240 - rem };
        pad.extend(std::iter::repeat_n(0u8, zeros));
        pad.extend_from_slice(&bits.to_be_bytes());
        let saved = s.len;
        s.update(&pad);
        s.len = saved;
        let mut out = Vec::with_capacity(64);
        for x in s.h {
            out.extend_from_slice(&x.to_be_bytes());
        }
        out.truncate(s.out_len);
        out
    }
}

impl Default for Sha512 {
    fn default() -> Self {
        Sha512::new()
    }
}

kaa_vm::native_data_leaf!(Sha512);

/// The bytes of a bytes-like argument (bytes, bytearray), with hashlib's errors.
fn data_of(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    match v.payload() {
        Some(Payload::Bytes(b)) => Ok(b.to_vec()),
        Some(Payload::ByteArray(b)) => Ok(b.borrow().clone()),
        Some(Payload::Str(_)) => Err(vm.type_error("Strings must be encoded before hashing")),
        _ => {
            let n = vm.type_name(v);
            Err(vm.type_error(format!(
                "object supporting the buffer API required (got '{n}')"
            )))
        }
    }
}

fn construct(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)], h: Sha512) -> PyResult<Value> {
    let cls = crate::util::cls_arg(vm, args)?;
    let mut h = h;
    let mut data = args.get(1).cloned();
    for (k, v) in kw {
        match k.as_str() {
            Some("string") | Some("data") => data = Some(v.clone()),
            Some("usedforsecurity") => {}
            _ => {
                let ks = k.as_str().unwrap_or("").to_string();
                return Err(vm.type_error(format!("'{ks}' is an invalid keyword argument")));
            }
        }
    }
    if let Some(d) = data {
        let b = data_of(vm, &d)?;
        h.update(&b);
    }
    Ok(crate::util::new_native(vm, &cls, Box::new(h)))
}

fn sha512_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    construct(vm, args, kw, Sha512::new())
}

fn sha384_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    construct(vm, args, kw, Sha512::new384())
}

fn h_update(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = crate::util::pos_args(vm, "update", "update", &args[1..], kw, 1, 1)?;
    let b = data_of(vm, &a[0])?;
    native_mut::<Sha512>(vm, &args[0], "sha512")?.update(&b);
    Ok(Value::None)
}

fn h_digest(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = native_mut::<Sha512>(vm, &args[0], "sha512")?.digest();
    Ok(vm.new_bytes(d))
}

fn h_hexdigest(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = native_mut::<Sha512>(vm, &args[0], "sha512")?.digest();
    let s: String = d.iter().map(|b| format!("{b:02x}")).collect();
    Ok(vm.new_string(s))
}

fn h_copy(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let h = native_mut::<Sha512>(vm, &args[0], "sha512")?.clone();
    let t = vm.type_of(&args[0]);
    Ok(crate::util::new_native(vm, &t, Box::new(h)))
}

fn h_name(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let n = native_mut::<Sha512>(vm, v, "sha512")?.out_len;
    Ok(vm.new_str(if n == 64 { "sha512" } else { "sha384" }))
}

fn h_digest_size(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Int(
        native_mut::<Sha512>(vm, v, "sha512")?.out_len as i64,
    ))
}

fn h_block_size(_vm: &mut Vm, _v: &Value) -> PyResult<Value> {
    Ok(Value::Int(128))
}

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("_sha512");
    for (name, new) in [("sha512", sha512_new as NativeFn), ("sha384", sha384_new)] {
        let t = new_class(vm, "_sha512", name, false);
        set_new(vm, &t, new);
        let methods: &[(&'static str, NativeFn)] = &[
            ("update", h_update),
            ("digest", h_digest),
            ("hexdigest", h_hexdigest),
            ("copy", h_copy),
        ];
        add_methods(vm, &t, methods);
        add_getset(vm, &t, "name", h_name, None);
        add_getset(vm, &t, "digest_size", h_digest_size, None);
        add_getset(vm, &t, "block_size", h_block_size, None);
        vm.module_set(&m, name, Value::Obj(t));
    }
    Ok(m)
}

#[cfg(test)]
mod tests {
    use super::Sha512;

    fn hex(d: &[u8]) -> String {
        d.iter().map(|b| format!("{b:02x}")).collect()
    }

    #[test]
    fn known_digests() {
        let mut h = Sha512::new();
        h.update(b"abc");
        assert_eq!(
            hex(&h.digest()),
            "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a\
             2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"
        );
        assert_eq!(
            hex(&Sha512::new().digest())[..32],
            *"cf83e1357eefb8bdf1542850d66d8007"
        );
    }
}
