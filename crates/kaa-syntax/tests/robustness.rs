//! The front end must never crash: pathological nesting gives CPython's errors (too many
//! nested parentheses, or a RecursionError for over-deep expressions), and arbitrary
//! mangled input gives some `SyntaxError` with a plausible line, never a panic.

use kaa_syntax::{parse_expression, parse_module, SyntaxErrorKind};

#[test]
fn deep_unary_chain_is_a_recursion_error() {
    let src = format!("{}1\n", "-".repeat(100_000));
    let e = parse_module(&src, "<s>").unwrap_err();
    assert_eq!(e.kind, SyntaxErrorKind::RecursionError);
    assert_eq!(e.msg, "maximum recursion depth exceeded during compilation");
}

#[test]
fn deep_attribute_chain_is_a_recursion_error() {
    let src = format!("a{}\n", ".a".repeat(100_000));
    let e = parse_module(&src, "<s>").unwrap_err();
    assert_eq!(e.kind, SyntaxErrorKind::RecursionError);
}

#[test]
fn moderately_deep_nesting_parses() {
    let src = format!("x = {}1\n", "-".repeat(2000));
    assert!(parse_module(&src, "<s>").is_ok());
    let src = format!("x = {}1{}\n", "(".repeat(200), ")".repeat(200));
    assert!(parse_module(&src, "<s>").is_ok());
}

#[test]
fn too_many_parentheses() {
    let src = format!("x = {}1{}\n", "(".repeat(100_000), ")".repeat(100_000));
    let e = parse_module(&src, "<s>").unwrap_err();
    assert_eq!(e.msg, "too many nested parentheses");
    assert_eq!((e.lineno, e.offset), (1, 205));
    let e = parse_expression(&"[".repeat(300), "<s>").unwrap_err();
    assert_eq!(e.msg, "too many nested parentheses");
}

#[test]
fn mangled_inputs_never_panic() {
    let corpus = include_str!("corpus/valid.txt");
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let pieces = [
        "(", ")", "[", "]", "{", "}", ":", "\n", "    ", "\t", "'", "\"", "f'{", "}", "\\", "=",
        "*", "**", "lambda", "if", "else", "é", "#", "0x", "1e", "@", ",", ";", "\"\"\"",
    ];
    let chars: Vec<char> = corpus.chars().collect();
    for _ in 0..3000 {
        let a = (next() as usize) % chars.len();
        let len = (next() as usize) % 200;
        let mut s: String = chars[a..(a + len).min(chars.len())].iter().collect();
        for _ in 0..(next() % 4) {
            let p = pieces[(next() as usize) % pieces.len()];
            let at = (next() as usize) % (s.chars().count() + 1);
            let byte = s.char_indices().nth(at).map(|(i, _)| i).unwrap_or(s.len());
            s.insert_str(byte, p);
        }
        match parse_module(&s, "<s>") {
            Ok(_) => {}
            Err(e) => {
                assert_ne!(e.msg, "internal error in the parser", "panic on {s:?}");
                assert!(e.lineno as usize <= s.lines().count() + 2, "{s:?} -> {e:?}");
            }
        }
        let _ = parse_expression(&s, "<s>");
    }
}
