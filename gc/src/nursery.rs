//! The nursery: one contiguous region, bump-allocated, emptied by every minor collection.

use crate::{GcHeader, ALIGN};
use std::alloc::{alloc, dealloc, Layout};
use std::ptr::NonNull;

/// Byte written over the used part of the nursery after a collection when
/// poisoning is on: a stale reference then reads an absurd header or value.
pub const POISON: u8 = 0xDB;

pub struct Nursery {
    start: NonNull<u8>,
    cap: usize,
    top: usize,
}

impl Nursery {
    pub fn new(cap: usize) -> Nursery {
        let cap = (cap + ALIGN - 1) & !(ALIGN - 1);
        let layout = Layout::from_size_align(cap, ALIGN).expect("nursery layout");
        // SAFETY: `cap` is at least MIN_NURSERY bytes, so non-zero.
        let p = unsafe { alloc(layout) };
        let start = NonNull::new(p).unwrap_or_else(|| std::alloc::handle_alloc_error(layout));
        Nursery { start, cap, top: 0 }
    }
    #[inline]
    pub fn capacity(&self) -> usize {
        self.cap
    }
    #[inline]
    pub fn used(&self) -> usize {
        self.top
    }
    #[inline]
    pub fn has_room(&self, size: usize) -> bool {
        self.top + size <= self.cap
    }
    /// Take `size` bytes (a multiple of ALIGN). The caller checked `has_room`.
    #[inline]
    pub fn bump(&mut self, size: usize) -> NonNull<GcHeader> {
        debug_assert!(self.has_room(size) && size % ALIGN == 0);
        // SAFETY: `top + size <= cap`, so the result is inside the region.
        let p = unsafe { self.start.as_ptr().add(self.top) };
        self.top += size;
        // SAFETY: derived from the non-null region start.
        unsafe { NonNull::new_unchecked(p as *mut GcHeader) }
    }
    #[inline]
    pub fn contains(&self, p: NonNull<GcHeader>) -> bool {
        let a = p.as_ptr() as usize;
        let s = self.start.as_ptr() as usize;
        a >= s && a < s + self.cap
    }
    /// Empty the nursery, optionally poisoning what was used.
    pub fn reset(&mut self, poison: bool) {
        if poison {
            // SAFETY: the first `top` bytes belong to the region.
            unsafe { std::ptr::write_bytes(self.start.as_ptr(), POISON, self.top) };
        }
        self.top = 0;
    }
}

impl Drop for Nursery {
    fn drop(&mut self) {
        // SAFETY: allocated in `new` with this layout.
        unsafe { dealloc(self.start.as_ptr(), Layout::from_size_align_unchecked(self.cap, ALIGN)) }
    }
}
