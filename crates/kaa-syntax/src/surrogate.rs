//! Lone surrogates (U+D800–U+DFFF) in `str`. CPython's strings are arrays of code points and
//! may hold them (`'\ud800'`, `chr(0xdc80)`, `surrogateescape` decoding); kaa's are UTF-8
//! Rust strings, which cannot. kaa stores surrogate U+D800+k as the private-use character
//! U+FF800+k (the last 2048 code points of plane 15), and reads such a character back as the
//! surrogate once the program has created its first lone surrogate (`mark_seen`). Until then
//! U+FF800–U+FFFFF are themselves, so programs that never make a surrogate see no difference;
//! a program that uses both surrogates and those private-use characters sees them merged
//! (the limit documented in docs/syntax.md).

use std::sync::atomic::{AtomicBool, Ordering};

/// The private-use character standing for U+D800.
pub const BASE: u32 = 0xF_F800;
const FIRST: u32 = 0xD800;
const LAST: u32 = 0xDFFF;

static SEEN: AtomicBool = AtomicBool::new(false);

/// Records that a lone surrogate exists: from now on U+FF800–U+FFFFF read as surrogates.
pub fn mark_seen() {
    SEEN.store(true, Ordering::Relaxed);
}

/// Whether U+FF800–U+FFFFF currently denote surrogates.
#[inline]
pub fn seen() -> bool {
    SEEN.load(Ordering::Relaxed)
}

/// Whether `cp` is a surrogate code point.
#[inline]
pub fn is_surrogate(cp: u32) -> bool {
    (FIRST..=LAST).contains(&cp)
}

/// The character stored for code point `cp`: a surrogate's stand-in (which marks surrogates
/// as seen), or the character itself (U+FFFD beyond U+10FFFF).
pub fn encode(cp: u32) -> char {
    if !is_surrogate(cp) {
        return char::from_u32(cp).unwrap_or('\u{fffd}');
    }
    mark_seen();
    char::from_u32(BASE + (cp - FIRST)).unwrap_or('\u{fffd}')
}

/// The code point a stored character denotes: its own, or the surrogate it stands for.
#[inline]
pub fn code_point(c: char) -> u32 {
    let n = c as u32;
    if (BASE..=BASE + (LAST - FIRST)).contains(&n) && seen() {
        FIRST + (n - BASE)
    } else {
        n
    }
}

/// Whether `s` holds any character that denotes a surrogate (quick byte scan: the stand-ins
/// are the UTF-8 sequences F3 BF A0..BF xx).
pub fn contains(s: &str) -> bool {
    if !seen() {
        return false;
    }
    let b = s.as_bytes();
    b.windows(3)
        .any(|w| w[0] == 0xF3 && w[1] == 0xBF && w[2] >= 0xA0)
}

/// Orders two strings by code point, as Python compares str: byte order of the UTF-8 text,
/// except that a surrogate's stand-in sorts where the surrogate would.
pub fn cmp(a: &str, b: &str) -> std::cmp::Ordering {
    if seen() && (contains(a) || contains(b)) {
        a.chars().map(code_point).cmp(b.chars().map(code_point))
    } else {
        a.cmp(b)
    }
}

/// Re-decodes the surrogate escapes of a non-raw string literal whose body is `raw` (the
/// source between the quotes) and whose value the parser decoded as `decoded` with each lone
/// surrogate replaced by U+FFFD. Returns the value with the surrogates' stand-ins, or None
/// when the literal has no surrogate escape.
pub fn redecode_literal(raw: &str, decoded: &str) -> Option<String> {
    // The sources of U+FFFD in `decoded`, in order: true for a surrogate escape.
    let mut sources: Vec<Option<u32>> = Vec::new();
    let mut chars = raw.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\u{fffd}' {
            sources.push(None);
            continue;
        }
        if c != '\\' {
            continue;
        }
        let Some(e) = chars.next() else { break };
        let digits = match e {
            'u' => 4,
            'U' => 8,
            'N' => {
                let mut name = String::new();
                if chars.peek() == Some(&'{') {
                    chars.next();
                    for c in chars.by_ref() {
                        if c == '}' {
                            break;
                        }
                        name.push(c);
                    }
                }
                if name.eq_ignore_ascii_case("REPLACEMENT CHARACTER") {
                    sources.push(None);
                }
                continue;
            }
            _ => continue,
        };
        let hex: String = (0..digits).filter_map(|_| chars.next()).collect();
        match u32::from_str_radix(&hex, 16) {
            Ok(cp) if is_surrogate(cp) => sources.push(Some(cp)),
            Ok(0xFFFD) => sources.push(None),
            _ => {}
        }
    }
    if !sources.iter().any(|s| s.is_some()) {
        return None;
    }
    let mut it = sources.into_iter();
    let mut out = String::with_capacity(decoded.len() + 4);
    for c in decoded.chars() {
        match (c, c == '\u{fffd}') {
            (_, true) => match it.next().flatten() {
                Some(cp) => out.push(encode(cp)),
                None => out.push(c),
            },
            (c, false) => out.push(c),
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literal_surrogates_are_placed_in_order() {
        let v = redecode_literal(r"a\ud800\ufffd\\u\udfff", "a\u{fffd}\u{fffd}\\u\u{fffd}");
        let v = v.expect("has surrogates");
        let cps: Vec<u32> = v.chars().map(code_point).collect();
        assert_eq!(cps, vec![0x61, 0xD800, 0xFFFD, 0x5C, 0x75, 0xDFFF]);
        assert!(contains(&v));
        assert_eq!(redecode_literal(r"\ufffd", "\u{fffd}"), None);
    }
}
