//! Executable memory for compiled functions: one region reserved up front, carved into page-granular blocks that never move and are never writable and executable at once.
//!
//! The region is reserved inaccessible (`PROT_NONE`) at its full size when the JIT starts, so published
//! code never moves and every pair of functions in it is within a rel32 jump of each other (the size is
//! capped at [`MAX_CODE_BYTES`]). Publishing a function takes the next whole pages: they are made
//! read+write, the code is copied in (the rest of the last page filled with `int3`), and they are made
//! read+execute. A block takes whole pages because a page that holds published code must never be made
//! writable again (W^X: no page is ever writable and executable at once, and running code is never next
//! to writable memory); packing two functions into one page would mean writing into it after the first
//! one was published. The cost is the unused tail of each function's last page (half a page per function
//! on average, 16384 functions at least in the default 64 MiB). The RX pages grow as one run from the
//! region's start, so the kernel keeps two mappings whatever the number of functions. No instruction-cache
//! flush is needed on x86-64: the pages were never executable before, and the compile thread publishes a
//! function's entry (queue.rs, a release store) only after the mprotect that made it executable.
//!
//! When the region is full, `publish` says so ([`PublishError::Full`]) and the VM keeps interpreting.
//! `flush` (`jit.flush()`) only retires what was published: the memory is not reused, since compiled frames
//! may still be running in it; reclaiming it needs to know that none are, and comes later.
//!
//! Invariant: a page of the region is PROT_NONE, then RW while one publish fills it, then RX forever.
//! Invariant: published code never moves and stays mapped as long as the `CodeMemory` lives.

use parking_lot::Mutex;
use std::io;
use std::ptr::NonNull;

/// Default size of the region: 64 MiB (`KILN_JIT_CODE_MB`).
pub const DEFAULT_CODE_BYTES: usize = 64 << 20;
/// Largest region: 1 GiB, so a rel32 displacement reaches any function from any other.
pub const MAX_CODE_BYTES: usize = 1 << 30;

/// The x86 breakpoint instruction: fills the tail of every block, so running past a function's end traps.
const INT3: u8 = 0xcc;

/// Why a function could not be published; the VM keeps interpreting it.
#[derive(Debug, PartialEq, Eq)]
pub enum PublishError {
    /// Code memory is full: `needed` bytes of pages wanted, `free` left.
    Full { needed: usize, free: usize },
    /// Empty code.
    Empty,
    /// The kernel refused to change the protection of the block (its errno).
    Protect(i32),
}

impl std::fmt::Display for PublishError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PublishError::Full { needed, free } => {
                write!(f, "code memory full ({needed} bytes needed, {free} free; raise KILN_JIT_CODE_MB)")
            }
            PublishError::Empty => write!(f, "no code to publish"),
            PublishError::Protect(errno) => {
                write!(f, "cannot protect code memory: {}", io::Error::from_raw_os_error(*errno))
            }
        }
    }
}

impl std::error::Error for PublishError {}

/// A published function: `len` bytes of code at `start`, inside a block of whole pages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Published {
    pub start: *const u8,
    pub len: usize,
}

// SAFETY: `Published` is an address and a length; the code it names is read-only and lives as long as the
// CodeMemory, whichever thread holds the address.
unsafe impl Send for Published {}
// SAFETY: as above; nothing is reachable mutably through it.
unsafe impl Sync for Published {}

/// Counters for `jit.status()` and tests.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CodeStats {
    /// Size of the region.
    pub capacity: usize,
    /// Bytes of pages handed out (published code plus the page tails).
    pub used: usize,
    /// Bytes of code published.
    pub code_bytes: usize,
    pub functions: usize,
    /// Bytes of pages retired by `flush` (still mapped, never reused yet).
    pub retired: usize,
}

/// The code region. Publishing is internally locked, so the compile thread and the VM thread (blocking mode)
/// can share it.
pub struct CodeMemory {
    base: NonNull<u8>,
    capacity: usize,
    page: usize,
    /// Page-aligned offset of the first page never handed out, and the counters; the lock serialises
    /// publishers, so no two write the same pages.
    cursor: Mutex<CodeStats>,
}

// SAFETY: the region is only written by `publish`, under the `cursor` lock, on pages no other thread has
// the address of yet; published pages are read-only. So sharing and sending the owner is sound.
unsafe impl Send for CodeMemory {}
// SAFETY: as for Send: every `&self` method that writes goes through the lock.
unsafe impl Sync for CodeMemory {}

impl CodeMemory {
    /// Reserves `bytes` (rounded up to whole pages, at most `MAX_CODE_BYTES`) of inaccessible address space.
    pub fn new(bytes: usize) -> io::Result<CodeMemory> {
        let page = page_size();
        if bytes == 0 || bytes > MAX_CODE_BYTES {
            let msg = format!("code memory size {bytes}: expected 1 to {MAX_CODE_BYTES} bytes");
            return Err(io::Error::new(io::ErrorKind::InvalidInput, msg));
        }
        let capacity = bytes.div_ceil(page) * page;
        let flags = libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE;
        // SAFETY: an anonymous mapping at an address the kernel picks: it overlaps nothing of ours. PROT_NONE
        // reserves address space only.
        let addr = unsafe { libc::mmap(std::ptr::null_mut(), capacity, libc::PROT_NONE, flags, -1, 0) };
        if addr == libc::MAP_FAILED {
            return Err(io::Error::last_os_error());
        }
        let base = NonNull::new(addr.cast::<u8>()).ok_or_else(|| io::Error::other("mmap returned null"))?;
        Ok(CodeMemory { base, capacity, page, cursor: Mutex::new(CodeStats { capacity, ..CodeStats::default() }) })
    }

    /// Copies `code` (position-independent but for absolute addresses: see the module comment of lib.rs)
    /// into fresh pages and makes them executable. The returned address stays valid while `self` lives.
    pub fn publish(&self, code: &[u8]) -> Result<Published, PublishError> {
        if code.is_empty() {
            return Err(PublishError::Empty);
        }
        let mut stats = self.cursor.lock();
        let block = code.len().div_ceil(self.page) * self.page;
        let free = self.capacity - stats.used;
        if block > free {
            return Err(PublishError::Full { needed: block, free });
        }
        // SAFETY: used + block <= capacity, so the block lies inside the region.
        let start = unsafe { self.base.as_ptr().add(stats.used) };
        // SAFETY: [start, start + block) is inside our mapping, page-aligned, and has never been handed out
        // (the cursor only grows, under the lock we hold), so no one executes or reads it.
        unsafe { protect(start, block, libc::PROT_READ | libc::PROT_WRITE)? };
        // SAFETY: the block is now writable, `block >= code.len()`, and `code` (a caller's slice) cannot
        // overlap our mapping, which only we write.
        unsafe {
            std::ptr::copy_nonoverlapping(code.as_ptr(), start, code.len());
            std::ptr::write_bytes(start.add(code.len()), INT3, block - code.len());
        }
        // SAFETY: the same block; from here on it is never written again (the cursor moves past it).
        unsafe { protect(start, block, libc::PROT_READ | libc::PROT_EXEC)? };
        stats.used += block;
        stats.code_bytes += code.len();
        stats.functions += 1;
        Ok(Published { start, len: code.len() })
    }

    /// Retires everything published so far (`jit.flush()`): the VM forgets those entries; the pages stay
    /// mapped and are not reused (see the module comment). Returns the bytes retired by this call.
    pub fn flush(&self) -> usize {
        let mut stats = self.cursor.lock();
        let newly = stats.used - stats.retired;
        stats.retired = stats.used;
        newly
    }

    pub fn stats(&self) -> CodeStats {
        *self.cursor.lock()
    }

    /// Whether `addr` lies in published code (for tests and for mapping a native pc to a function later).
    pub fn contains(&self, addr: *const u8) -> bool {
        let offset = (addr as usize).wrapping_sub(self.base.as_ptr() as usize);
        offset < self.cursor.lock().used
    }
}

impl Drop for CodeMemory {
    fn drop(&mut self) {
        // SAFETY: base/capacity are exactly the mapping made in `new`. Its code must not run any more: every
        // caller of published code promises the CodeMemory outlives the call (lib.rs, "Calling published code").
        unsafe { libc::munmap(self.base.as_ptr().cast(), self.capacity) };
    }
}

/// Sets the protection of whole pages.
///
/// # Safety
/// `[start, start + len)` must be page-aligned pages of a mapping owned by the caller, and nothing may
/// access them in a way the new protection forbids (no one runs code in pages made writable).
unsafe fn protect(start: *mut u8, len: usize, prot: libc::c_int) -> Result<(), PublishError> {
    // SAFETY: per this function's contract.
    if unsafe { libc::mprotect(start.cast(), len, prot) } != 0 {
        return Err(PublishError::Protect(io::Error::last_os_error().raw_os_error().unwrap_or(0)));
    }
    Ok(())
}

fn page_size() -> usize {
    // SAFETY: sysconf has no preconditions.
    let size = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
    usize::try_from(size).ok().filter(|&s| s > 0).unwrap_or(4096)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The protection of the page holding `addr`, from /proc/self/maps ("r-xp" etc.).
    fn protection_of(addr: *const u8) -> String {
        let maps = std::fs::read_to_string("/proc/self/maps").unwrap();
        let addr = addr as usize;
        for line in maps.lines() {
            let mut fields = line.split_whitespace();
            let range = fields.next().unwrap();
            let perms = fields.next().unwrap();
            let (lo, hi) = range.split_once('-').unwrap();
            let (lo, hi) = (usize::from_str_radix(lo, 16).unwrap(), usize::from_str_radix(hi, 16).unwrap());
            if (lo..hi).contains(&addr) {
                return perms.to_string();
            }
        }
        panic!("address {addr:#x} not mapped");
    }

    #[test]
    fn published_code_is_copied_padded_and_read_execute() {
        let mem = CodeMemory::new(1 << 20).unwrap();
        let code = [0x48, 0x89, 0xf8, 0xc3]; // mov rax, rdi; ret
        let f = mem.publish(&code).unwrap();
        // SAFETY: `f` names `len` readable bytes followed by the int3 tail of its page, inside `mem`.
        let bytes = unsafe { std::slice::from_raw_parts(f.start, 16) };
        assert_eq!(&bytes[..4], &code);
        assert!(bytes[4..].iter().all(|&b| b == INT3));
        assert_eq!(protection_of(f.start), "r-xp");
        assert!(mem.contains(f.start));
        // SAFETY: the published code is `mov rax, rdi; ret`, a valid sysv64 fn(i64) -> i64, and `mem` is alive.
        let identity: extern "sysv64" fn(i64) -> i64 = unsafe { std::mem::transmute(f.start) };
        assert_eq!(identity(-5), -5);
    }

    #[test]
    fn blocks_are_whole_pages_that_never_move() {
        let mem = CodeMemory::new(1 << 20).unwrap();
        let page = page_size();
        let a = mem.publish(&[0xc3]).unwrap();
        let big = vec![0x90; page + 1];
        let b = mem.publish(&big).unwrap();
        let c = mem.publish(&[0xc3]).unwrap();
        assert_eq!(a.start as usize % page, 0);
        assert_eq!(b.start as usize - a.start as usize, page);
        assert_eq!(c.start as usize - b.start as usize, 2 * page);
        let stats = mem.stats();
        assert_eq!((stats.used, stats.code_bytes, stats.functions), (4 * page, page + 3, 3));
        // The unused rest of the region is still inaccessible.
        // SAFETY: c.start + page is inside the 1 MiB region (4 pages used).
        assert_eq!(protection_of(unsafe { c.start.add(page) }), "---p");
    }

    #[test]
    fn a_full_region_refuses_without_panicking() {
        let page = page_size();
        let mem = CodeMemory::new(2 * page).unwrap();
        mem.publish(&vec![0x90; page]).unwrap();
        let err = mem.publish(&vec![0x90; page + 1]).unwrap_err();
        assert_eq!(err, PublishError::Full { needed: 2 * page, free: page });
        assert!(err.to_string().starts_with("code memory full"));
        mem.publish(&[0xc3]).unwrap();
        assert!(matches!(mem.publish(&[0xc3]), Err(PublishError::Full { free: 0, .. })));
        assert_eq!(mem.publish(&[]), Err(PublishError::Empty));
    }

    #[test]
    fn flush_retires_without_reusing() {
        let page = page_size();
        let mem = CodeMemory::new(1 << 20).unwrap();
        let a = mem.publish(&[0xc3]).unwrap();
        assert_eq!(mem.flush(), page);
        assert_eq!(mem.flush(), 0);
        let b = mem.publish(&[0xc3]).unwrap();
        assert_ne!(a.start, b.start);
        assert_eq!(protection_of(a.start), "r-xp", "retired code must stay runnable for frames still in it");
        assert_eq!(mem.stats().retired, page);
    }

    #[test]
    fn sizes_out_of_range_are_errors() {
        assert!(CodeMemory::new(0).is_err());
        assert!(CodeMemory::new(MAX_CODE_BYTES + 1).is_err());
        assert_eq!(CodeMemory::new(1).unwrap().stats().capacity, page_size());
    }
}
