//! Robustness: kaa-fmt must never panic, whatever the input. Random specs, `%` formats and
//! number texts (from a fixed-seed generator) go through every entry point; only the absence
//! of panics is checked here (the values are checked against CPython in `tables.rs`). Also
//! checks that impossible sizes give `MemoryError` instead of aborting.

use kaa_fmt::spec::{self, FormatSpec};
use kaa_fmt::{float_hex, hash, parse, printf, round, ErrKind};
use num_bigint::BigInt;

/// xorshift64*: a small deterministic generator.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545F4914F6CDD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn text(&mut self, alphabet: &[char], max_len: usize) -> String {
        let n = self.below(max_len + 1);
        (0..n)
            .map(|_| alphabet[self.below(alphabet.len())])
            .collect()
    }
}

const SPEC_CHARS: &[char] = &[
    '<', '>', '^', '=', '+', '-', ' ', 'z', '#', '0', '1', '2', '9', ',', '_', '.', '%', 'b', 'c',
    'd', 'e', 'E', 'f', 'F', 'g', 'G', 'n', 'o', 's', 'x', 'X', '\0', 'é', '😀', '\u{0663}', '*',
];

const NUM_CHARS: &[char] = &[
    '0', '1', '7', '9', 'a', 'f', 'x', 'o', 'b', 'p', 'P', 'X', '.', '_', '+', '-', 'e', 'E', 'i',
    'n', 'f', 't', 'y', ' ', '\t', '\u{3000}', '\u{0661}', 'é', '\u{FF11}', 'Z',
];

const PRINTF_CHARS: &[char] = &[
    '%', '(', ')', 'a', 'b', '-', '+', ' ', '#', '0', '5', '9', '.', '*', 'h', 'l', 'L', 'd', 'i',
    'u', 'o', 'x', 'X', 'e', 'E', 'f', 'F', 'g', 'G', 'c', 's', 'r', 'é', '😀',
];

#[test]
fn random_specs_never_panic() {
    let mut rng = Rng(0x9E3779B97F4A7C15);
    let floats = [
        0.0,
        -0.0,
        1.5,
        -1e300,
        5e-324,
        f64::INFINITY,
        f64::NAN,
        123456.789,
    ];
    let big: BigInt = BigInt::from(3).pow(200u32);
    for _ in 0..60_000 {
        let s = rng.text(SPEC_CHARS, 10);
        // Keep widths and precisions small enough to format quickly.
        if s.chars().filter(|c| c.is_ascii_digit()).count() > 4 {
            continue;
        }
        if let Ok(sp) = FormatSpec::parse(&s, "t") {
            let x = floats[rng.below(floats.len())];
            let _ = spec::format_float(x, &sp, "float");
            let _ = spec::format_complex(x, -x, &sp, "complex");
            let _ = spec::format_int_i64(rng.next() as i64, &sp, "int");
            let _ = spec::format_int_i64(i64::MIN, &sp, "int");
            let _ = spec::format_int_big(&big, &sp, "int", 4300);
            let _ = spec::format_int_big(&-&big, &sp, "int", 4300);
            let _ = spec::format_str("héllo", &sp, "str");
        }
    }
}

#[test]
fn random_printf_never_panics() {
    let mut rng = Rng(12345);
    for _ in 0..40_000 {
        let f = rng.text(PRINTF_CHARS, 12);
        for piece in printf::Parser::new_str(&f) {
            match piece {
                Ok(printf::Piece::Literal(r)) => assert!(f.get(r).is_some()),
                Ok(printf::Piece::Directive(d)) => {
                    if let Some(k) = &d.key {
                        assert!(f.get(k.clone()).is_some());
                    }
                    let width = match d.width {
                        printf::Count::Value(w) if w < 10_000 => w,
                        _ => 3,
                    };
                    let precision = match d.precision {
                        printf::Count::Value(p) if p < 10_000 => Some(p),
                        printf::Count::Absent => None,
                        _ => Some(2),
                    };
                    let ns = printf::NumSpec {
                        flags: d.flags,
                        width,
                        precision,
                        conv: d.conv,
                    };
                    let _ = printf::format_int(rng.next() as i64, &ns);
                    let _ = printf::format_bigint(&BigInt::from(rng.next()), &ns, 4300);
                    let _ = printf::format_float(f64::from_bits(rng.next()), &ns);
                    let _ = printf::pad_text("abc", &ns, true);
                    let _ = printf::unsupported_conversion(&d, false);
                }
                Err(_) => {}
            }
        }
        let bytes: Vec<u8> = f.bytes().collect();
        for piece in printf::Parser::new_bytes(&bytes) {
            if let Ok(printf::Piece::Directive(d)) = piece {
                let _ = printf::unsupported_conversion(&d, true);
            }
        }
    }
}

#[test]
fn random_numbers_never_panic() {
    let mut rng = Rng(777);
    for _ in 0..60_000 {
        let s = rng.text(NUM_CHARS, 12);
        for base in [0, 2, 10, 16, 36, 1, 99] {
            let _ = parse::parse_int(&s, base, 4300);
        }
        let _ = parse::parse_int_bytes(s.as_bytes(), 0, 4300);
        let _ = parse::parse_float(&s);
        let _ = parse::parse_float_bytes(s.as_bytes());
        let _ = float_hex::float_fromhex(&s);
        let _ = hash::hash_str(&s, &hash::HashKey::ZERO);
    }
    for _ in 0..20_000 {
        let x = f64::from_bits(rng.next());
        let n = rng.below(700) as i64 - 350;
        let _ = round::round_f64(x, n);
        let _ = round::round_to_int(x);
        let _ = float_hex::float_fromhex(&float_hex::float_hex(x));
    }
}

#[test]
fn impossible_sizes_are_memory_errors() {
    let huge = "9223372036854775807";
    let sp = FormatSpec::parse(huge, "int").expect("parses");
    assert_eq!(
        spec::format_int_i64(1, &sp, "int").map_err(|e| e.kind),
        Err(ErrKind::MemoryError)
    );
    assert_eq!(
        spec::format_float(1.0, &sp, "float").map_err(|e| e.kind),
        Err(ErrKind::MemoryError)
    );
    assert_eq!(
        spec::format_str("a", &sp, "str").map_err(|e| e.kind),
        Err(ErrKind::MemoryError)
    );
    let sp = FormatSpec::parse("09223372036854775807,", "int").expect("parses");
    assert_eq!(
        spec::format_int_i64(1, &sp, "int").map_err(|e| e.kind),
        Err(ErrKind::MemoryError)
    );
    let ns = printf::NumSpec {
        flags: printf::Flags::default(),
        width: usize::MAX / 2,
        precision: None,
        conv: 'd',
    };
    assert_eq!(
        printf::format_int(1, &ns).map_err(|e| e.kind),
        Err(ErrKind::MemoryError)
    );
    let ns = printf::NumSpec {
        width: 0,
        precision: Some(usize::MAX / 2),
        ..ns
    };
    assert_eq!(
        printf::format_int(1, &ns).map_err(|e| e.kind),
        Err(ErrKind::MemoryError)
    );
}
