//! `PyStr`, the payload of a str object: UTF-8 text, its length in code points (CPython
//! indexes strings by code point) and the cached hash, in 32 bytes.
//!
//! Text of up to 23 bytes is stored inside the payload itself: most strings a program
//! makes (names, words, dict keys, formatted numbers) are short, and storing them inline
//! makes a str one allocation instead of two, as CPython's compact strings are. Longer text
//! lives in its own allocation, with the code-point count beside the pointer.

use std::cell::Cell;
use std::mem::ManuallyDrop;

/// Bytes of text stored inline; the 24th byte of the representation is the tag.
const INLINE_CAP: usize = 23;
/// Tag bits of the last byte: set for inline text (`len` in the low five bits) ...
const INLINE_FLAG: u8 = 0x80;
/// ... and, for inline text, whether it is all ASCII.
const ASCII_FLAG: u8 = 0x40;

// The tag is the most significant byte of a heap string's code-point count, which is
// always below 2^56, so its high bit tells the two forms apart on a little-endian machine.
const _: () = assert!(cfg!(target_endian = "little"));

#[derive(Clone, Copy)]
#[repr(C)]
struct Heap {
    /// From `Box::<str>::into_raw`: owned, `len` bytes of UTF-8.
    ptr: *mut u8,
    len: usize,
    chars: usize,
}

#[derive(Clone, Copy)]
#[repr(C)]
struct Inline {
    bytes: [u8; INLINE_CAP],
    tag: u8,
}

#[repr(C)]
union Repr {
    heap: Heap,
    inline: Inline,
}

/// A string: UTF-8 text with its length in code points.
pub struct PyStr {
    repr: Repr,
    /// Cached `hash()`, or `i64::MIN` when not yet computed.
    pub hash: Cell<i64>,
}

impl PyStr {
    pub fn new(s: &str) -> PyStr {
        if s.len() <= INLINE_CAP {
            let mut inline = Inline {
                bytes: [0; INLINE_CAP],
                tag: INLINE_FLAG | s.len() as u8,
            };
            inline.bytes[..s.len()].copy_from_slice(s.as_bytes());
            if s.is_ascii() {
                inline.tag |= ASCII_FLAG;
            }
            return PyStr {
                repr: Repr { inline },
                hash: Cell::new(i64::MIN),
            };
        }
        PyStr::heap(s.into())
    }

    pub fn from_string(s: String) -> PyStr {
        if s.len() <= INLINE_CAP {
            return PyStr::new(&s);
        }
        PyStr::heap(s.into_boxed_str())
    }

    fn heap(b: Box<str>) -> PyStr {
        let chars = b.chars().count();
        let len = b.len();
        let ptr = Box::into_raw(b).cast::<u8>();
        PyStr {
            repr: Repr {
                heap: Heap { ptr, len, chars },
            },
            hash: Cell::new(i64::MIN),
        }
    }

    /// The tag byte when the text is inline.
    #[inline(always)]
    fn inline_tag(&self) -> Option<u8> {
        // SAFETY: both union variants are plain data of 24 bytes with no padding, so the
        // last byte is initialised whichever was written; it is the tag for inline text
        // and the top byte of `chars` (high bit clear) for heap text.
        let tag = unsafe { self.repr.inline.tag };
        (tag & INLINE_FLAG != 0).then_some(tag)
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        match self.inline_tag() {
            // SAFETY: inline text is `len` bytes copied from a `&str` (valid UTF-8), and
            // the tag says the inline variant is the one written.
            Some(tag) => unsafe {
                let len = (tag & 0x1f) as usize;
                std::str::from_utf8_unchecked(self.repr.inline.bytes.get_unchecked(..len))
            },
            // SAFETY: heap text is the owned `Box<str>` taken apart in `heap`: `ptr` points
            // to `len` bytes of UTF-8 that live as long as `self`.
            None => unsafe {
                let h = self.repr.heap;
                std::str::from_utf8_unchecked(std::slice::from_raw_parts(h.ptr, h.len))
            },
        }
    }

    /// Takes the text out as a `String`, leaving the empty string.
    fn take_string(&mut self) -> String {
        let old = std::mem::replace(self, PyStr::new(""));
        let old = ManuallyDrop::new(old);
        match old.inline_tag() {
            Some(_) => old.as_str().to_owned(),
            // SAFETY: heap text owns its `Box<str>` (see `heap`); `old` is never dropped
            // (ManuallyDrop), so the box is rebuilt exactly once, here.
            None => unsafe {
                let h = old.repr.heap;
                let raw = std::ptr::slice_from_raw_parts_mut(h.ptr, h.len) as *mut str;
                Box::from_raw(raw).into_string()
            },
        }
    }

    /// Appends `other` (the in-place `s += t` of a string nobody else sees).
    pub fn push_str(&mut self, other: &PyStr) {
        let chars = self.char_len() + other.char_len();
        let mut s = self.take_string();
        let want = s.len() + other.as_str().len();
        if want <= INLINE_CAP {
            s.push_str(other.as_str());
            *self = PyStr::new(&s);
            return;
        }
        // Heap text is a `Box<str>` (no spare capacity is recorded), so growth asks for the
        // next power of two each time: the allocator resizes a block in place while the
        // request fits it (and shrinks in place back to the exact length below), so the
        // text is copied only when it crosses a power of two. Growing by one `reserve`
        // from the exact length copied it on nearly every append (quadratic `s += c`).
        s.reserve_exact(want.next_power_of_two() - s.len());
        s.push_str(other.as_str());
        let len = s.len();
        let ptr = Box::into_raw(s.into_boxed_str()).cast::<u8>();
        *self = PyStr {
            repr: Repr {
                heap: Heap { ptr, len, chars },
            },
            hash: Cell::new(i64::MIN),
        };
    }

    #[inline]
    pub fn char_len(&self) -> usize {
        match self.inline_tag() {
            Some(tag) if tag & ASCII_FLAG != 0 => (tag & 0x1f) as usize,
            // Inline text is short: counting the bytes that start a code point is cheap.
            Some(_) => self.as_str().bytes().filter(|b| (b & 0xc0) != 0x80).count(),
            // SAFETY: no inline tag, so the heap variant is the one written.
            None => unsafe { self.repr.heap.chars },
        }
    }

    #[inline]
    pub fn is_ascii(&self) -> bool {
        match self.inline_tag() {
            Some(tag) => tag & ASCII_FLAG != 0,
            // SAFETY: no inline tag, so the heap variant is the one written.
            None => unsafe { self.repr.heap.chars == self.repr.heap.len },
        }
    }

    /// The code point at index `i` (0-based, in range).
    pub fn char_at(&self, i: usize) -> Option<char> {
        if self.is_ascii() {
            self.as_str().as_bytes().get(i).map(|&b| b as char)
        } else {
            self.as_str().chars().nth(i)
        }
    }

    /// Byte offset of code point index `i` (clamped to the end).
    pub fn byte_offset(&self, i: usize) -> usize {
        let s = self.as_str();
        if self.is_ascii() {
            i.min(s.len())
        } else {
            s.char_indices().nth(i).map(|(b, _)| b).unwrap_or(s.len())
        }
    }
}

impl Drop for PyStr {
    fn drop(&mut self) {
        if self.inline_tag().is_none() {
            // SAFETY: heap text owns the `Box<str>` taken apart in `heap` (or `push_str`);
            // it is rebuilt and freed once, here.
            unsafe {
                let h = self.repr.heap;
                let raw = std::ptr::slice_from_raw_parts_mut(h.ptr, h.len) as *mut str;
                drop(Box::from_raw(raw));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::PyStr;

    #[test]
    fn inline_and_heap_text() {
        for s in [
            "",
            "a",
            "hello",
            "exactly twenty-three b!",
            "twenty-four bytes long!!",
            "é",
            "naïve café",
            "a much longer string with ünïcödé in it",
        ] {
            let p = PyStr::new(s);
            assert_eq!(p.as_str(), s);
            assert_eq!(p.char_len(), s.chars().count());
            assert_eq!(p.is_ascii(), s.is_ascii());
            let q = PyStr::from_string(s.to_string());
            assert_eq!(q.as_str(), s);
        }
    }

    #[test]
    fn push_str_crosses_to_heap() {
        let mut p = PyStr::new("ab");
        for _ in 0..20 {
            p.push_str(&PyStr::new("cdé"));
        }
        let want: String = std::iter::once("ab")
            .chain(std::iter::repeat_n("cdé", 20))
            .collect();
        assert_eq!(p.as_str(), want);
        assert_eq!(p.char_len(), want.chars().count());
        assert!(!p.is_ascii());
    }
}
