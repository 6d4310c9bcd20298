//! The global allocator: mimalloc for ordinary blocks, and on Linux the kernel directly for
//! very large ones (a list of a million items, a long string), as glibc's malloc gives
//! CPython. A large block grows with `mremap`, which moves pages instead of copying them:
//! growing a 16 MiB list buffer then needs no second 16 MiB buffer alongside the first
//! (what a copying `realloc` peaks at), and a freed large block goes back to the system at
//! once.

/// mimalloc through its plain entry points for the usual alignments. The `mimalloc` crate's
/// allocator always calls `mi_malloc_aligned`, whose fast path only serves a page with a
/// free block ready; otherwise a block size that is not a power of two (an 80-byte object)
/// falls back to *over-allocation* (a bigger block, aligned by hand): measured at a quarter
/// of all object allocations in a list-heavy program, slower and larger. Every mimalloc
/// block is at least 8-aligned, so alignments up to 8 need nothing special.
pub struct Allocator;

extern "C" {
    fn mi_malloc(size: usize) -> *mut std::ffi::c_void;
    fn mi_zalloc(size: usize) -> *mut std::ffi::c_void;
    fn mi_realloc(p: *mut std::ffi::c_void, newsize: usize) -> *mut std::ffi::c_void;
    fn mi_free(p: *mut std::ffi::c_void);
}

/// Alignments every mimalloc block satisfies.
const PLAIN_ALIGN: usize = 8;

/// Blocks of at least this size (with a plain alignment) are mapped by the kernel (Linux).
/// Decided by size alone, so `dealloc` and `realloc`, which are given the block's layout,
/// know where a block came from.
const HUGE: usize = 1 << 20;

#[inline]
fn is_huge(size: usize, align: usize) -> bool {
    cfg!(target_os = "linux") && size >= HUGE && align <= PLAIN_ALIGN
}

#[cfg(target_os = "linux")]
mod huge {
    const PAGE: usize = 4096;

    fn pages(size: usize) -> usize {
        size.div_ceil(PAGE) * PAGE
    }

    /// A new zero-filled mapping of at least `size` bytes, or null.
    pub fn alloc(size: usize) -> *mut u8 {
        // SAFETY: an anonymous private mapping at an address of the kernel's choosing
        // touches no existing memory.
        let p = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                pages(size),
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS,
                -1,
                0,
            )
        };
        if p == libc::MAP_FAILED {
            std::ptr::null_mut()
        } else {
            p.cast()
        }
    }

    /// Unmaps a block from `alloc`/`realloc` of `size` bytes.
    ///
    /// # Safety
    /// `p` must be such a block, no longer used.
    pub unsafe fn free(p: *mut u8, size: usize) {
        // SAFETY: per the contract, the whole mapping of `pages(size)` bytes at `p`.
        unsafe { libc::munmap(p.cast(), pages(size)) };
    }

    /// Resizes a block from `alloc`, moving its pages if needed; null on failure (the old
    /// block is then untouched).
    ///
    /// # Safety
    /// `p` must be a live block of `old` bytes from this module.
    pub unsafe fn realloc(p: *mut u8, old: usize, new: usize) -> *mut u8 {
        // SAFETY: per the contract, `p` maps `pages(old)` bytes; MREMAP_MAYMOVE lets the
        // kernel move them, keeping their contents.
        let q = unsafe { libc::mremap(p.cast(), pages(old), pages(new), libc::MREMAP_MAYMOVE) };
        if q == libc::MAP_FAILED {
            std::ptr::null_mut()
        } else {
            q.cast()
        }
    }
}

#[cfg(not(target_os = "linux"))]
mod huge {
    pub fn alloc(_size: usize) -> *mut u8 {
        std::ptr::null_mut()
    }
    pub unsafe fn free(_p: *mut u8, _size: usize) {}
    pub unsafe fn realloc(_p: *mut u8, _old: usize, _new: usize) -> *mut u8 {
        std::ptr::null_mut()
    }
}

// SAFETY: each method hands the request to mimalloc, which returns blocks of at least the
// requested size (or null on failure) aligned to 8 bytes or better; larger alignments go
// to the `mimalloc` crate's aligned implementation. Blocks from either path are freed and
// resized by `mi_free`/`mi_realloc`, which accept any mimalloc block, and a realloc keeps
// the plain path only when the alignment is one the plain path guarantees. Huge blocks
// (`is_huge` of their layout, which the caller passes back unchanged) are page mappings,
// page-aligned, freed and resized only by `huge`; a resize across the threshold copies
// between the two kinds.
unsafe impl std::alloc::GlobalAlloc for Allocator {
    #[inline]
    unsafe fn alloc(&self, layout: std::alloc::Layout) -> *mut u8 {
        if layout.align() <= PLAIN_ALIGN {
            if is_huge(layout.size(), layout.align()) {
                return huge::alloc(layout.size());
            }
            // SAFETY: a C call with a size; see the impl's comment.
            unsafe { mi_malloc(layout.size()).cast() }
        } else {
            // SAFETY: forwarded with the caller's layout.
            unsafe { mimalloc::MiMalloc.alloc(layout) }
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: std::alloc::Layout) -> *mut u8 {
        if layout.align() <= PLAIN_ALIGN {
            if is_huge(layout.size(), layout.align()) {
                // Fresh anonymous pages are zero-filled.
                return huge::alloc(layout.size());
            }
            // SAFETY: as in `alloc`.
            unsafe { mi_zalloc(layout.size()).cast() }
        } else {
            // SAFETY: forwarded with the caller's layout.
            unsafe { mimalloc::MiMalloc.alloc_zeroed(layout) }
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: std::alloc::Layout) {
        if is_huge(layout.size(), layout.align()) {
            // SAFETY: a block of this layout is a mapping from `huge` (see the impl).
            unsafe { huge::free(ptr, layout.size()) };
            return;
        }
        // SAFETY: `ptr` came from this allocator, so it is a mimalloc block.
        unsafe { mi_free(ptr.cast()) }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: std::alloc::Layout, new_size: usize) -> *mut u8 {
        let align = layout.align();
        let (was, will) = (is_huge(layout.size(), align), is_huge(new_size, align));
        if was || will {
            if was && will {
                // SAFETY: `ptr` is a live mapping of `layout.size()` bytes (see the impl).
                return unsafe { huge::realloc(ptr, layout.size(), new_size) };
            }
            // Across the threshold: a block of the other kind, the contents copied.
            // SAFETY: the layout of the new size is valid (the caller guarantees `new_size`
            // rounded to `align` does not overflow).
            let new_layout =
                unsafe { std::alloc::Layout::from_size_align_unchecked(new_size, align) };
            // SAFETY: a fresh block of a valid layout.
            let q = unsafe { self.alloc(new_layout) };
            if !q.is_null() {
                // SAFETY: both blocks are live, distinct, and at least this long.
                unsafe {
                    std::ptr::copy_nonoverlapping(ptr, q, layout.size().min(new_size));
                    self.dealloc(ptr, layout);
                }
            }
            return q;
        }
        if align <= PLAIN_ALIGN {
            // SAFETY: `ptr` is a live mimalloc block; the new block keeps 8-alignment.
            unsafe { mi_realloc(ptr.cast(), new_size).cast() }
        } else {
            // SAFETY: forwarded with the caller's arguments.
            unsafe { mimalloc::MiMalloc.realloc(ptr, layout, new_size) }
        }
    }
}
