//! `RawVec<T>`: a growable array of `Copy` elements with a published layout
//! (pointer, length, capacity at fixed offsets, `layout::rawvec`), for the buffers
//! generated code reads: the value stack, the callstack, table array and hash parts.
//!
//! It does what `Vec` does for these buffers (amortized growth, fallible
//! reservation, truncation) and derefs to a slice; `Vec`'s own fields are
//! private and its layout unspecified, so it cannot be read from machine code.

use std::alloc::{self, Layout};
use std::ops::{Deref, DerefMut};
use std::ptr::NonNull;

/// The reservation could not be made (capacity overflow or no memory).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReserveError;

/// A growable array of `T`. Invariant: `ptr` is dangling (aligned, never
/// dereferenced) when `cap == 0`, else an allocation of `cap` elements
/// (`Layout::array::<T>(cap)`) whose first `len` are initialized.
#[repr(C)]
pub struct RawVec<T: Copy> {
    ptr: NonNull<T>,
    len: usize,
    cap: usize,
}

impl<T: Copy> RawVec<T> {
    /// Offset of the element pointer (for `layout::rawvec`).
    pub const PTR_OFFSET: usize = std::mem::offset_of!(RawVec<T>, ptr);
    /// Offset of the length.
    pub const LEN_OFFSET: usize = std::mem::offset_of!(RawVec<T>, len);
    /// Offset of the capacity.
    pub const CAP_OFFSET: usize = std::mem::offset_of!(RawVec<T>, cap);

    pub const fn new() -> RawVec<T> {
        RawVec { ptr: NonNull::dangling(), len: 0, cap: 0 }
    }

    /// An empty array with room for `cap` elements (aborts when memory is out,
    /// as `Vec::with_capacity`).
    #[inline]
    pub fn with_capacity(cap: usize) -> RawVec<T> {
        let mut v = RawVec::new();
        if cap != 0 {
            v.reserve_exact(cap);
        }
        v
    }

    /// `n` copies of `elem` (`vec![elem; n]`).
    #[inline]
    pub fn filled(elem: T, n: usize) -> RawVec<T> {
        let mut v = RawVec::with_capacity(n);
        v.resize(n, elem);
        v
    }

    #[inline(always)]
    pub fn len(&self) -> usize {
        self.len
    }

    #[inline(always)]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    #[inline(always)]
    pub fn capacity(&self) -> usize {
        self.cap
    }

    /// # Safety
    /// `n <= capacity()` and the first `n` elements are initialized.
    #[inline(always)]
    pub unsafe fn set_len(&mut self, n: usize) {
        debug_assert!(n <= self.cap);
        self.len = n;
    }

    #[inline]
    pub fn push(&mut self, v: T) {
        if self.len == self.cap {
            self.grow_for_push();
        }
        // SAFETY: `len < cap` now, so slot `len` is inside the allocation.
        unsafe { self.ptr.as_ptr().add(self.len).write(v) };
        self.len += 1;
    }

    #[cold]
    #[inline(never)]
    fn grow_for_push(&mut self) {
        self.reserve(1);
    }

    #[inline]
    pub fn pop(&mut self) -> Option<T> {
        if self.len == 0 {
            return None;
        }
        self.len -= 1;
        // SAFETY: slot `len` (the old last one) is initialized.
        Some(unsafe { self.ptr.as_ptr().add(self.len).read() })
    }

    /// Drop the elements from `n` on (no effect when `n >= len`).
    #[inline]
    pub fn truncate(&mut self, n: usize) {
        self.len = self.len.min(n);
    }

    #[inline]
    pub fn clear(&mut self) {
        self.len = 0;
    }

    /// Set the length to `n`, filling new slots with `elem`.
    pub fn resize(&mut self, n: usize, elem: T) {
        if n > self.len {
            self.reserve_exact(n - self.len);
            for i in self.len..n {
                // SAFETY: `i < n <= cap` after the reservation.
                unsafe { self.ptr.as_ptr().add(i).write(elem) };
            }
        }
        self.len = n;
    }

    /// Room for `extra` more elements, growing by doubling (aborts when memory is out).
    pub fn reserve(&mut self, extra: usize) {
        if self.try_reserve(extra).is_err() {
            alloc::handle_alloc_error(Layout::new::<T>());
        }
    }

    /// Room for exactly `extra` more elements (aborts when memory is out).
    pub fn reserve_exact(&mut self, extra: usize) {
        if self.try_reserve_exact(extra).is_err() {
            alloc::handle_alloc_error(Layout::new::<T>());
        }
    }

    /// Room for `extra` more elements, growing by doubling; the array is
    /// unchanged on error.
    pub fn try_reserve(&mut self, extra: usize) -> Result<(), ReserveError> {
        let need = self.len.checked_add(extra).ok_or(ReserveError)?;
        if need <= self.cap {
            return Ok(());
        }
        self.realloc(need.max(self.cap * 2).max(4))
    }

    /// Room for exactly `extra` more elements; the array is unchanged on error.
    pub fn try_reserve_exact(&mut self, extra: usize) -> Result<(), ReserveError> {
        let need = self.len.checked_add(extra).ok_or(ReserveError)?;
        if need <= self.cap {
            return Ok(());
        }
        self.realloc(need)
    }

    /// Give the array a capacity of `cap >= len` elements (in place when the
    /// allocator can).
    fn realloc(&mut self, cap: usize) -> Result<(), ReserveError> {
        debug_assert!(cap >= self.len);
        let new_layout = Layout::array::<T>(cap).map_err(|_| ReserveError)?;
        if new_layout.size() == 0 {
            return Ok(());
        }
        let p = if self.cap == 0 {
            // SAFETY: `new_layout` has a nonzero size.
            unsafe { alloc::alloc(new_layout) }
        } else {
            let old = Layout::array::<T>(self.cap).expect("the current layout was valid");
            // SAFETY: `ptr` was allocated with `old` (invariant); the new size is
            // nonzero and did not overflow `isize` (`Layout::array` checked).
            unsafe { alloc::realloc(self.ptr.as_ptr().cast(), old, new_layout.size()) }
        };
        self.ptr = NonNull::new(p.cast()).ok_or(ReserveError)?;
        self.cap = cap;
        Ok(())
    }

    /// Move the elements to a fresh allocation of `cap >= len` elements, never
    /// at the old address, and hand back the old buffer with every element
    /// overwritten by `poison` (for the stack-reallocation stress switch: a
    /// stale pointer into the old buffer then reads `poison`, not the value).
    pub fn relocate(&mut self, cap: usize, poison: T) -> RawVec<T> {
        let mut fresh = RawVec::with_capacity(cap.max(self.len));
        fresh.extend_from_slice(self);
        for v in self.iter_mut() {
            *v = poison;
        }
        std::mem::replace(self, fresh)
    }

    /// Append copies of `vals`.
    pub fn extend_from_slice(&mut self, vals: &[T]) {
        self.reserve(vals.len());
        // SAFETY: room for `vals.len()` more was reserved; `vals` cannot
        // overlap the spare capacity (a shared borrow of it cannot exist).
        unsafe { std::ptr::copy_nonoverlapping(vals.as_ptr(), self.ptr.as_ptr().add(self.len), vals.len()) };
        self.len += vals.len();
    }
}

impl<T: Copy> Drop for RawVec<T> {
    fn drop(&mut self) {
        if self.cap != 0 && std::mem::size_of::<T>() != 0 {
            let layout = Layout::array::<T>(self.cap).expect("the current layout was valid");
            // SAFETY: `ptr` was allocated with this layout (invariant); `T: Copy`
            // has no destructor to run.
            unsafe { alloc::dealloc(self.ptr.as_ptr().cast(), layout) };
        }
    }
}

impl<T: Copy> Default for RawVec<T> {
    fn default() -> Self {
        RawVec::new()
    }
}

impl<T: Copy> Deref for RawVec<T> {
    type Target = [T];
    #[inline(always)]
    fn deref(&self) -> &[T] {
        // SAFETY: the first `len` elements are initialized (invariant); a
        // dangling aligned pointer is valid for an empty slice.
        unsafe { std::slice::from_raw_parts(self.ptr.as_ptr(), self.len) }
    }
}

impl<T: Copy> DerefMut for RawVec<T> {
    #[inline(always)]
    fn deref_mut(&mut self) -> &mut [T] {
        // SAFETY: as in `deref`, and `&mut self` makes the borrow unique.
        unsafe { std::slice::from_raw_parts_mut(self.ptr.as_ptr(), self.len) }
    }
}

impl<T: Copy + std::fmt::Debug> std::fmt::Debug for RawVec<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl<'a, T: Copy> IntoIterator for &'a RawVec<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl<'a, T: Copy> IntoIterator for &'a mut RawVec<T> {
    type Item = &'a mut T;
    type IntoIter = std::slice::IterMut<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.iter_mut()
    }
}

impl<T: Copy> FromIterator<T> for RawVec<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        let mut v = RawVec::new();
        for x in iter {
            v.push(x);
        }
        v
    }
}

/// A fixed-length owned array (a boxed slice) with a published layout:
/// element pointer then length (`layout::fixed_array`). `Box<[T]>` is a fat
/// pointer whose field order Rust does not specify.
#[repr(C)]
pub struct FixedArray<T> {
    ptr: NonNull<T>,
    len: usize,
}

impl<T> FixedArray<T> {
    /// Offset of the element pointer (for `layout::fixed_array`).
    pub const PTR_OFFSET: usize = std::mem::offset_of!(FixedArray<T>, ptr);
    /// Offset of the length.
    pub const LEN_OFFSET: usize = std::mem::offset_of!(FixedArray<T>, len);
}

impl<T> From<Box<[T]>> for FixedArray<T> {
    fn from(b: Box<[T]>) -> Self {
        let len = b.len();
        // `Box::into_raw` never returns null.
        let ptr = NonNull::new(Box::into_raw(b).cast::<T>()).expect("boxes are non-null");
        FixedArray { ptr, len }
    }
}

impl<T> From<Vec<T>> for FixedArray<T> {
    fn from(v: Vec<T>) -> Self {
        v.into_boxed_slice().into()
    }
}

impl<T> FromIterator<T> for FixedArray<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        iter.into_iter().collect::<Box<[T]>>().into()
    }
}

impl<T> Drop for FixedArray<T> {
    fn drop(&mut self) {
        // SAFETY: `ptr`/`len` came from `Box::into_raw` of a `Box<[T]>` of
        // `len` elements (`From<Box<[T]>>`) and are given back exactly once.
        drop(unsafe { Box::from_raw(std::ptr::slice_from_raw_parts_mut(self.ptr.as_ptr(), self.len)) });
    }
}

impl<T> Deref for FixedArray<T> {
    type Target = [T];
    #[inline(always)]
    fn deref(&self) -> &[T] {
        // SAFETY: `ptr` owns `len` initialized elements (from a boxed slice;
        // a dangling aligned pointer when empty, valid for an empty slice).
        unsafe { std::slice::from_raw_parts(self.ptr.as_ptr(), self.len) }
    }
}

impl<T> DerefMut for FixedArray<T> {
    #[inline(always)]
    fn deref_mut(&mut self) -> &mut [T] {
        // SAFETY: as in `deref`; `&mut self` makes the borrow unique.
        unsafe { std::slice::from_raw_parts_mut(self.ptr.as_ptr(), self.len) }
    }
}

impl<T: std::fmt::Debug> std::fmt::Debug for FixedArray<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::{FixedArray, RawVec};

    #[test]
    fn fixed_array_owns_its_elements() {
        let a: FixedArray<String> = vec!["a".to_string(), "b".to_string()].into();
        assert_eq!(a.len(), 2);
        assert_eq!(a[1], "b");
        let e: FixedArray<String> = Vec::new().into();
        assert!(e.is_empty());
    }

    #[test]
    fn behaves_as_a_vec() {
        let mut v: RawVec<u64> = RawVec::new();
        for i in 0..100 {
            v.push(i);
        }
        assert_eq!(v.len(), 100);
        assert_eq!(v.iter().sum::<u64>(), 4950);
        assert_eq!(v.pop(), Some(99));
        v.truncate(10);
        v.resize(12, 7);
        assert_eq!(&v[8..], &[8, 9, 7, 7]);
        assert!(v.try_reserve(usize::MAX).is_err());
        assert_eq!(v.len(), 12);
        v.clear();
        assert!(v.is_empty());
    }

    #[test]
    fn relocate_moves_and_poisons() {
        let mut v = RawVec::filled(5u64, 8);
        let before = v.as_ptr();
        let old = v.relocate(16, 0xdead);
        assert_ne!(v.as_ptr(), before);
        assert_eq!(old.as_ptr(), before);
        assert!(old.iter().all(|&x| x == 0xdead));
        assert!(v.iter().all(|&x| x == 5));
        assert_eq!(v.capacity(), 16);
    }
}
