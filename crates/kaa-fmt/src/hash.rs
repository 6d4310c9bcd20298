//! `hash()` as CPython 3.11 computes it on a 64-bit build, bit for bit.
//!
//! - Numbers (the documented "hashing of numeric types"): a rational value m/n hashes as
//!   m·n⁻¹ modulo P = 2**61 - 1, negated for negative values; so an integral float hashes
//!   like the int; ±inf hash to ±314159; a NaN hashes by object identity (3.10+); a complex
//!   hashes as hash(re) + 1000003·hash(im) (wrapping); -1 is never a hash (it becomes -2).
//! - str and bytes: SipHash-1-3 keyed by the per-process secret over the bytes of the
//!   string's storage (1, 2 or 4 bytes a character, the narrowest that fits, little-endian);
//!   empty → 0. With `PYTHONHASHSEED=0` the key is zero and the values equal CPython's; other
//!   seeds derive the key as CPython does (a linear congruential generator filling the
//!   secret), also matching CPython.
//! - tuple: the xxHash64-style lane combination of the element hashes CPython 3.8+ uses.
//! - frozenset: CPython's order-independent xor of shuffled element hashes.
//! - object identity (`object.__hash__`): the address rotated right by 4 bits.

use std::hash::Hasher;

use num_bigint::{BigInt, Sign};
use siphasher::sip::SipHasher13;

/// `sys.hash_info.modulus`: 2**61 - 1.
pub const MODULUS: u64 = (1 << 61) - 1;
/// `sys.hash_info.inf`.
pub const INF: i64 = 314159;
/// `sys.hash_info.imag`.
pub const IMAG: u64 = 1000003;
/// `sys.hash_info.width` (bits).
pub const WIDTH: u32 = 64;
/// `sys.hash_info.algorithm`.
pub const ALGORITHM: &str = "siphash13";
/// `sys.hash_info.hash_bits`.
pub const HASH_BITS: u32 = 64;
/// `sys.hash_info.seed_bits`.
pub const SEED_BITS: u32 = 128;

/// -1 is reserved for errors in CPython: hashes that come out as -1 become -2.
#[inline]
fn fix(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(v)` for an int that fits an `i64`.
pub fn hash_i64(v: i64) -> i64 {
    let m = (v.unsigned_abs() % MODULUS) as i64;
    fix(if v < 0 { -m } else { m })
}

/// `hash(v)` for an int of any size.
pub fn hash_bigint(v: &BigInt) -> i64 {
    let mut acc: u64 = 0;
    for d in v.magnitude().iter_u64_digits().rev() {
        acc = ((u128::from(acc) << 64 | u128::from(d)) % u128::from(MODULUS)) as u64;
    }
    let m = acc as i64;
    fix(if v.sign() == Sign::Minus { -m } else { m })
}

/// `hash(x)` for a float. `identity` is the object's address (`id(x)`), used only for NaN.
pub fn hash_f64(x: f64, identity: usize) -> i64 {
    if x.is_nan() {
        return hash_pointer(identity);
    }
    if x.is_infinite() {
        return if x > 0.0 { INF } else { -INF };
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    // x = mant · 2**exp with an integer mant (subnormals have no implicit bit).
    let (mant, exp) = if biased == 0 {
        (frac, -1074)
    } else {
        (frac | 1 << 52, biased - 1075)
    };
    // 2**61 ≡ 1 (mod P), so 2**exp ≡ 2**(exp mod 61), also for negative exp.
    let shift = exp.rem_euclid(61) as u32;
    let m = ((u128::from(mant % MODULUS) << shift) % u128::from(MODULUS)) as i64;
    fix(if x < 0.0 { -m } else { m })
}

/// `hash(complex(re, im))`; `identity` as in [`hash_f64`].
pub fn hash_complex(re: f64, im: f64, identity: usize) -> i64 {
    let hr = hash_f64(re, identity) as u64;
    let hi = hash_f64(im, identity) as u64;
    fix(hr.wrapping_add(IMAG.wrapping_mul(hi)) as i64)
}

/// The default `object.__hash__`: the address rotated right by four bits.
pub fn hash_pointer(identity: usize) -> i64 {
    fix((identity as u64).rotate_right(4) as i64)
}

/// The secret key of str and bytes hashing (CPython's `_Py_HashSecret`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HashKey {
    pub k0: u64,
    pub k1: u64,
}

/// The message of CPython's fatal error for a bad `PYTHONHASHSEED`.
pub const BAD_SEED_MESSAGE: &str =
    "PYTHONHASHSEED must be \"random\" or an integer in range [0; 4294967295]";

impl HashKey {
    /// The key of `PYTHONHASHSEED=0`: all zero.
    pub const ZERO: HashKey = HashKey { k0: 0, k1: 0 };

    /// The key CPython derives from `PYTHONHASHSEED=seed`: zero for 0, else the secret's
    /// bytes drawn from the LCG x ← x·214013 + 2531011 (mod 2**32), one byte (bits 16..24)
    /// per step, the first 16 bytes being k0 and k1 (little-endian).
    pub fn from_seed(seed: u32) -> HashKey {
        if seed == 0 {
            return HashKey::ZERO;
        }
        let mut x = seed;
        let mut bytes = [0u8; 16];
        for b in bytes.iter_mut() {
            x = x.wrapping_mul(214013).wrapping_add(2531011);
            *b = (x >> 16) as u8;
        }
        let (a, b) = bytes.split_at(8);
        let le = |s: &[u8]| s.iter().rev().fold(0u64, |acc, &v| acc << 8 | u64::from(v));
        HashKey {
            k0: le(a),
            k1: le(b),
        }
    }

    /// A random key from `/dev/urandom`, falling back to the clock and addresses.
    pub fn random() -> HashKey {
        use std::io::Read;
        let mut buf = [0u8; 16];
        let ok = std::fs::File::open("/dev/urandom")
            .and_then(|mut f| f.read_exact(&mut buf))
            .is_ok();
        if ok {
            let (a, b) = buf.split_at(8);
            let le = |s: &[u8]| s.iter().rev().fold(0u64, |acc, &v| acc << 8 | u64::from(v));
            return HashKey {
                k0: le(a),
                k1: le(b),
            };
        }
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        let local = 0u8;
        let addr = &local as *const u8 as usize as u64;
        let mut h = SipHasher13::new_with_keys(nanos as u64, addr);
        h.write_u64(u64::from(std::process::id()));
        let k0 = h.finish();
        h.write_u64(k0);
        HashKey { k0, k1: h.finish() }
    }

    /// The key for a `PYTHONHASHSEED` value (`None` or empty = unset): "random" or unset →
    /// random; an integer in 0..=4294967295 → [`HashKey::from_seed`]; anything else →
    /// `Err(BAD_SEED_MESSAGE)` (CPython stops with a fatal error).
    pub fn from_seed_str(value: Option<&str>) -> Result<HashKey, &'static str> {
        let v = match value {
            None | Some("") | Some("random") => return Ok(HashKey::random()),
            Some(v) => v,
        };
        // C's strtoul: leading whitespace and a '+' are accepted.
        let t = v.trim_start_matches([' ', '\t', '\n', '\x0b', '\x0c', '\r']);
        let t = t.strip_prefix('+').unwrap_or(t);
        if t.is_empty() || !t.bytes().all(|b| b.is_ascii_digit()) {
            return Err(BAD_SEED_MESSAGE);
        }
        t.parse::<u32>()
            .map(HashKey::from_seed)
            .map_err(|_| BAD_SEED_MESSAGE)
    }

    /// The key for this process's `PYTHONHASHSEED` environment variable.
    pub fn from_env() -> Result<HashKey, &'static str> {
        let v = std::env::var("PYTHONHASHSEED").ok();
        HashKey::from_seed_str(v.as_deref())
    }
}

fn sip(key: &HashKey) -> SipHasher13 {
    SipHasher13::new_with_keys(key.k0, key.k1)
}

/// `hash(b)` for bytes (and memoryview/bytes-like contents).
pub fn hash_bytes(b: &[u8], key: &HashKey) -> i64 {
    if b.is_empty() {
        return 0;
    }
    let mut h = sip(key);
    h.write(b);
    fix(h.finish() as i64)
}

/// `hash(s)` for a str: SipHash-1-3 over its code points stored 1, 2 or 4 bytes each.
pub fn hash_str(s: &str, key: &HashKey) -> i64 {
    if s.is_ascii() {
        return hash_bytes(s.as_bytes(), key);
    }
    hash_code_points(s.chars().map(u32::from), key)
}

/// `hash()` of the str made of these code points (which may include lone surrogates).
pub fn hash_code_points(cps: impl Iterator<Item = u32> + Clone, key: &HashKey) -> i64 {
    let max = cps.clone().max().unwrap_or(0);
    let width = if max < 0x100 {
        1
    } else if max < 0x10000 {
        2
    } else {
        4
    };
    let mut h = sip(key);
    let mut buf = [0u8; 256];
    let mut n = 0;
    for c in cps {
        let v = c.to_le_bytes();
        buf[n..n + width].copy_from_slice(&v[..width]);
        n += width;
        if n + 4 > buf.len() {
            h.write(&buf[..n]);
            n = 0;
        }
    }
    h.write(&buf[..n]);
    fix(h.finish() as i64)
}

const XXPRIME_1: u64 = 11400714785074694791;
const XXPRIME_2: u64 = 14029467366897019727;
const XXPRIME_5: u64 = 2870177450012600261;

/// Incremental tuple hashing: `push` each element's hash in order, then `finish`.
#[derive(Clone, Copy, Debug)]
pub struct TupleHasher {
    acc: u64,
    len: u64,
}

impl Default for TupleHasher {
    fn default() -> Self {
        TupleHasher::new()
    }
}

impl TupleHasher {
    pub fn new() -> Self {
        TupleHasher {
            acc: XXPRIME_5,
            len: 0,
        }
    }

    /// Adds the hash of the next element.
    pub fn push(&mut self, h: i64) {
        self.acc = self.acc.wrapping_add((h as u64).wrapping_mul(XXPRIME_2));
        self.acc = self.acc.rotate_left(31);
        self.acc = self.acc.wrapping_mul(XXPRIME_1);
        self.len += 1;
    }

    /// The tuple's hash.
    pub fn finish(&self) -> i64 {
        let acc = self.acc.wrapping_add(self.len ^ (XXPRIME_5 ^ 3527539));
        if acc == u64::MAX {
            1546275796
        } else {
            acc as i64
        }
    }
}

/// `hash(t)` for a tuple whose elements hash to `hashes`.
pub fn hash_tuple(hashes: &[i64]) -> i64 {
    let mut t = TupleHasher::new();
    for &h in hashes {
        t.push(h);
    }
    t.finish()
}

/// `hash(frozenset(...))` from its elements' hashes (any order).
pub fn hash_frozenset(hashes: &[i64]) -> i64 {
    let shuffle = |h: u64| (h ^ 89869747 ^ (h << 16)).wrapping_mul(3644798167);
    let mut acc: u64 = 0;
    for &h in hashes {
        acc ^= shuffle(h as u64);
    }
    acc ^= (hashes.len() as u64)
        .wrapping_add(1)
        .wrapping_mul(1927868237);
    acc ^= (acc >> 11) ^ (acc >> 25);
    acc = acc.wrapping_mul(69069).wrapping_add(907133923);
    if acc == u64::MAX {
        590923713
    } else {
        acc as i64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers() {
        assert_eq!(hash_i64(-1), -2);
        assert_eq!(hash_i64(MODULUS as i64), 0);
        assert_eq!(hash_i64(i64::MIN), -4);
        assert_eq!(hash_f64(0.5, 0), 1 << 60);
        assert_eq!(hash_f64(-1.0, 0), -2);
        assert_eq!(hash_f64(f64::INFINITY, 0), 314159);
        assert_eq!(
            hash_f64(1e300, 0),
            hash_bigint(&crate::convert::f64_to_bigint(1e300).unwrap())
        );
        assert_eq!(hash_str("", &HashKey::ZERO), 0);
    }
}
