//! Unicode data for `int(str)` and `float(str)`, generated from CPython 3.11's `unicodedata`
//! (Unicode 14.0.0); `tests/gen_tables.py unicode` prints this file again.
//!
//! CPython first rewrites non-ASCII text: every character with a decimal digit value (category
//! Nd) becomes the ASCII digit, and every non-ASCII whitespace character (`str.isspace()`)
//! becomes a space; ASCII characters are kept as they are, so only " \t\n\x0b\x0c\r" count as
//! whitespace among them.

/// The first code point (digit zero) of each run of ten decimal digits (Unicode guarantees
/// that Nd digits come in contiguous runs 0..=9).
const DIGIT_ZEROS: [u32; 66] = [
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66,
    0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
    0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650,
    0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50,
    0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
];

/// Non-ASCII code points for which `str.isspace()` is true.
const NON_ASCII_SPACES: [u32; 19] = [
    0x85, 0xA0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008,
    0x2009, 0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000,
];

/// The decimal value of `c` if it is a decimal digit in any script (`unicodedata.decimal`).
pub(crate) fn decimal_value(c: char) -> Option<u32> {
    let cp = c as u32;
    if c.is_ascii_digit() {
        return Some(cp - 0x30);
    }
    if cp < 0x80 {
        return None;
    }
    // The runs are sorted: find the last zero <= cp.
    let idx = DIGIT_ZEROS.partition_point(|&z| z <= cp);
    let zero = *DIGIT_ZEROS.get(idx.checked_sub(1)?)?;
    let v = cp - zero;
    (v < 10).then_some(v)
}

/// Whether CPython's number parsers treat `c` as whitespace to strip.
pub(crate) fn is_number_space(c: char) -> bool {
    match c {
        ' ' | '\t' | '\n' | '\x0b' | '\x0c' | '\r' => true,
        _ if (c as u32) < 0x80 => false,
        _ => NON_ASCII_SPACES.contains(&(c as u32)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_and_spaces() {
        assert_eq!(decimal_value('7'), Some(7));
        assert_eq!(decimal_value('\u{0663}'), Some(3));
        assert_eq!(decimal_value('\u{FF19}'), Some(9));
        assert_eq!(decimal_value('\u{B2}'), None);
        assert_eq!(decimal_value('a'), None);
        assert!(is_number_space('\u{3000}'));
        assert!(!is_number_space('\x1c'));
        assert!(is_number_space('\x0b'));
    }
}
