//! The young generation: an eden where objects are bump-allocated, and two
//! survivor spaces that take turns holding the objects that survived one minor
//! collection, in one contiguous block.
//!
//! Invariant: between collections, young objects live in the eden (below
//! `eden_top`) or in the current survivor space `surv[from]` (below its top);
//! the other survivor space is empty.

use crate::{GcHeader, ALIGN};
use std::alloc::{alloc, dealloc, Layout};
use std::ptr::NonNull;

/// Byte written over the emptied young regions after a collection when
/// poisoning is on: a stale reference then reads an absurd header or value.
pub const POISON: u8 = 0xDB;

pub struct Nursery {
    start: NonNull<u8>,
    eden_cap: usize,
    surv_cap: usize,
    eden_top: usize,
    /// Allocation in eden stops here: `eden_cap`, or lower once `close_eden` asked for a collection before eden
    /// is full.
    eden_limit: usize,
    /// Which survivor space holds the survivors of the last collection.
    from: usize,
    surv_top: [usize; 2],
}

impl Nursery {
    /// An eden of `eden` bytes plus two survivor spaces of a quarter of that each.
    pub fn new(eden: usize) -> Nursery {
        let eden_cap = (eden + ALIGN - 1) & !(ALIGN - 1);
        let surv_cap = (eden_cap / 4 + ALIGN - 1) & !(ALIGN - 1);
        let total = eden_cap + 2 * surv_cap;
        let layout = Layout::from_size_align(total, ALIGN).expect("nursery layout");
        // SAFETY: `total` is at least MIN_NURSERY bytes, so non-zero.
        let p = unsafe { alloc(layout) };
        let start = NonNull::new(p).unwrap_or_else(|| std::alloc::handle_alloc_error(layout));
        Nursery { start, eden_cap, surv_cap, eden_top: 0, eden_limit: eden_cap, from: 0, surv_top: [0, 0] }
    }
    fn total(&self) -> usize {
        self.eden_cap + 2 * self.surv_cap
    }
    /// Eden size: what `KILN_NURSERY` sets.
    #[inline]
    pub fn capacity(&self) -> usize {
        self.eden_cap
    }
    /// Bytes held by young objects.
    #[inline]
    pub fn used(&self) -> usize {
        self.eden_top + self.surv_top[self.from]
    }
    #[inline]
    pub fn has_room(&self, size: usize) -> bool {
        self.eden_top + size <= self.eden_limit
    }
    /// Makes eden report no room until the next minor collection (which then starts at the next allocation).
    pub fn close_eden(&mut self) {
        self.eden_limit = self.eden_top;
    }
    /// Take `size` bytes (a multiple of ALIGN) of eden. The caller checked `has_room`.
    #[inline]
    pub fn bump(&mut self, size: usize) -> NonNull<GcHeader> {
        debug_assert!(self.has_room(size) && size.is_multiple_of(ALIGN));
        // SAFETY: `eden_top + size <= eden_limit <= eden_cap`, so the result is inside the block.
        let p = unsafe { self.start.as_ptr().add(self.eden_top) };
        self.eden_top += size;
        // SAFETY: derived from the non-null block start.
        unsafe { NonNull::new_unchecked(p as *mut GcHeader) }
    }
    fn surv_start(&self, i: usize) -> usize {
        self.start.as_ptr() as usize + self.eden_cap + i * self.surv_cap
    }
    /// Take `size` bytes of the survivor space being filled by the running
    /// collection, if it has room.
    pub fn bump_survivor(&mut self, size: usize) -> Option<NonNull<GcHeader>> {
        let to = 1 - self.from;
        if self.surv_top[to] + size > self.surv_cap {
            return None;
        }
        let p = self.surv_start(to) + self.surv_top[to];
        self.surv_top[to] += size;
        NonNull::new(p as *mut GcHeader)
    }
    /// Is `p` young (anywhere in the block)?
    #[inline]
    pub fn contains(&self, p: NonNull<GcHeader>) -> bool {
        let a = p.as_ptr() as usize;
        let s = self.start.as_ptr() as usize;
        a >= s && a < s + self.total()
    }
    /// Is `p` in a region the running minor collection empties (eden or the
    /// current survivor space)?
    #[inline]
    pub fn in_from_space(&self, p: NonNull<GcHeader>) -> bool {
        let a = p.as_ptr() as usize;
        let s = self.start.as_ptr() as usize;
        if a >= s && a < s + self.eden_cap {
            return true;
        }
        let f = self.surv_start(self.from);
        a >= f && a < f + self.surv_cap
    }
    /// Is `p` a live young object between collections (see the invariant)?
    pub fn holds_live(&self, p: NonNull<GcHeader>) -> bool {
        let a = p.as_ptr() as usize;
        let s = self.start.as_ptr() as usize;
        let f = self.surv_start(self.from);
        (a >= s && a < s + self.eden_top) || (a >= f && a < f + self.surv_top[self.from])
    }
    /// Every object in eden and the current survivor space, in allocation order (both are filled by bumping,
    /// each object's header giving its size).
    pub fn objects(&self) -> Vec<NonNull<GcHeader>> {
        let mut out = Vec::new();
        let eden = self.start.as_ptr() as usize;
        let survivors = self.surv_start(self.from);
        for (base, len) in [(eden, self.eden_top), (survivors, self.surv_top[self.from])] {
            let mut at = 0;
            while at < len {
                let p = (base + at) as *mut GcHeader;
                out.push(NonNull::new(p).expect("inside the block"));
                // SAFETY: `at < len` lies in a filled region, where an object header starts at every boundary
                // reached by adding each object's size from the region's start.
                at += unsafe { (*p).size() };
            }
        }
        out
    }
    /// End a minor collection: empty eden and the old survivor space (poisoning
    /// them if asked) and make the newly filled survivor space current.
    pub fn finish_minor(&mut self, poison: bool) {
        if poison {
            // SAFETY: both ranges lie inside the block (tops never exceed capacities).
            unsafe {
                std::ptr::write_bytes(self.start.as_ptr(), POISON, self.eden_top);
                let f = self.surv_start(self.from) as *mut u8;
                std::ptr::write_bytes(f, POISON, self.surv_top[self.from]);
            }
        }
        self.eden_top = 0;
        self.eden_limit = self.eden_cap;
        self.surv_top[self.from] = 0;
        self.from = 1 - self.from;
    }
}

impl Drop for Nursery {
    fn drop(&mut self) {
        // SAFETY: allocated in `new` with this layout.
        unsafe { dealloc(self.start.as_ptr(), Layout::from_size_align_unchecked(self.total(), ALIGN)) }
    }
}
