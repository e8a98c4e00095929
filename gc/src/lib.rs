//! kiln-gc: the heap. A bump-allocated copying nursery, a non-moving mark-sweep
//! mature space, a remembered set fed by the write barrier, and the stress switches.
//!
//! The heap knows object *shapes* only through [`GcVTable`] (size, how to trace,
//! how to drop); it knows nothing of Lua values. The VM drives collections: it
//! hands [`Heap::minor`] and the major-collection primitives a closure that visits
//! its roots through a [`Tracer`].
//!
//! Invariant: objects move only inside [`Heap::minor`]. Every reference that lives
//! across a call that may allocate must be stored where the VM's root visitor
//! reaches it (a VM stack slot, a handle, a traced object field).
//!
//! Invariant: after a minor collection, young objects are exactly the survivors
//! in the current survivor space; every mature object that points to one is in
//! the remembered set (checked by [`Heap::verify`] under `KILN_GC_VERIFY=1`).

use std::alloc::{alloc, dealloc, Layout};
use std::cell::Cell;
use std::marker::PhantomData;
use std::ptr::NonNull;

mod nursery;
use nursery::Nursery;

/// Alignment of every heap object.
pub const ALIGN: usize = 16;

/// The system could not provide memory for an object (or it would be larger
/// than a header can record); the VM turns this into Lua's "not enough memory".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OutOfMemory;
/// Smallest nursery the heap accepts (`KILN_NURSERY` is clamped up to it).
pub const MIN_NURSERY: usize = 4096;
/// Nursery (eden) size when `KILN_NURSERY` is unset; the young generation is
/// 1.5 times this (two survivor spaces of a quarter each).
///
/// Chosen by measurement (`bench/` alloc, closures, oop, strings, hash; CPU
/// seconds, median of 3, and the largest max RSS of the five, on a shared
/// 2-core EPYC with 1 MiB of L2 per core):
///
/// | eden    | alloc | closures | oop  | strings | hash | sum  | max RSS alloc / closures / hash |
/// |---------|-------|----------|------|---------|------|------|---------------------------------|
/// | 64 KiB  | 0.54  | 1.15     | 0.99 | 0.55    | 0.63 | 3.86 | 14.7 / 9.6 / 68.7 MB            |
/// | 256 KiB | 0.61  | 1.28     | 0.98 | 0.39    | 0.57 | 3.83 | 15.1 / 9.9 / 69.1 MB            |
/// | 512 KiB | 0.56  | 1.16     | 0.98 | 0.40    | 0.46 | 3.56 | 14.0 / 10.4 / 69.5 MB           |
/// | 1 MiB   | 0.54  | 1.14     | 1.03 | 0.39    | 0.48 | 3.58 | 16.8 / 11.2 / 71.3 MB           |
/// | 2 MiB   | 0.54  | 1.11     | 0.96 | 0.42    | 0.44 | 3.47 | 18.7 / 13.1 / 72.2 MB           |
/// | 4 MiB   | 0.55  | 1.12     | 0.93 | 0.40    | 0.33 | 3.33 | 22.7 / 17.9 / 76.2 MB           |
/// | 8 MiB   | 0.43  | 1.10     | 0.93 | 0.43    | 0.37 | 3.26 | 28.5 / 33.2 / 80.8 MB           |
///
/// (64 KiB also costs `strings` 124 MB of RSS: more gets promoted.) 4 MiB is
/// 7% faster than 512 KiB overall (hash 30%: fewer minor collections rescan
/// its growing hash part) for 6 MiB of young generation; 8 MiB gains 2% more
/// for twice the memory (closures' RSS nearly doubles).
pub const DEFAULT_NURSERY: usize = 4 * 1024 * 1024;

/// Per-type description of a heap object, shared by all objects of the type.
pub struct GcVTable {
    /// Short type name, for diagnostics ("table", "string", ...).
    pub name: &'static str,
    /// Visit every outgoing reference of the object through the tracer.
    ///
    /// # Safety
    /// Called with a pointer to a live, initialised object of this vtable's type.
    pub trace: unsafe fn(NonNull<GcHeader>, &mut Tracer),
    /// Run the object's destructor in place (frees buffers it owns), if it has one.
    pub drop: Option<unsafe fn(NonNull<GcHeader>)>,
    /// Bytes the object owns outside the heap (buffers), counted toward the
    /// next major collection.
    ///
    /// # Safety
    /// As for `trace`.
    pub extra: unsafe fn(NonNull<GcHeader>) -> usize,
}

const FORWARDED: usize = 1;

/// Flag bits in [`GcHeader::flags`].
pub mod flags {
    /// Object lives in the mature space.
    pub const MATURE: u8 = 1;
    /// Marked live in the current major collection.
    pub const MARKED: u8 = 2;
    /// Mature object is in the remembered set.
    pub const REMEMBERED: u8 = 4;
    /// Object is registered for finalization (Lua `__gc`); the VM owns its meaning.
    pub const FINALIZE: u8 = 8;
    /// Free for the VM's own use (e.g. "weak table").
    pub const USER: u8 = 16;
}

/// The header in front of every heap object.
///
/// Invariant: `meta` holds the object's `&'static GcVTable`, except in an old
/// nursery copy during a minor collection, where it holds the forwarding address
/// with bit 0 set.
#[repr(C)]
pub struct GcHeader {
    meta: Cell<usize>,
    size: u32,
    hash: u32,
    flags: Cell<u8>,
    /// The VM's type tag for this object, fixed at allocation.
    pub kind: u8,
    /// Minor collections survived while young.
    age: u8,
    _pad: [u8; 5],
}

const _: () = assert!(std::mem::size_of::<GcHeader>() == 24);

/// Offset of the flags byte in the header (`flags` bits): generated code tests
/// `MATURE` and `REMEMBERED` there to decide whether a store needs the write barrier.
pub const HEADER_FLAGS_OFFSET: usize = std::mem::offset_of!(GcHeader, flags);
const _: () = assert!(HEADER_FLAGS_OFFSET == 16);

thread_local! {
    /// Net change of the memory mature objects own outside the heap since the last time a heap on this thread
    /// took it (`Heap::take_external_change`). Objects report their own growth (`GcHeader::note_external_change`)
    /// without a reference to their heap; the heap folds it in at every collection. A thread running two VMs
    /// at once attributes each one's growth to whichever collects first, until its next major collection
    /// recounts exactly.
    static MATURE_EXTERNAL_CHANGE: Cell<isize> = const { Cell::new(0) };
}

impl GcHeader {
    /// Identity hash: stable for the object's whole life, whatever moves it.
    #[inline]
    pub fn identity(&self) -> u32 {
        self.hash
    }
    #[inline]
    pub fn flags(&self) -> u8 {
        self.flags.get()
    }
    #[inline]
    pub fn set_flag(&self, f: u8) {
        self.flags.set(self.flags.get() | f)
    }
    #[inline]
    pub fn clear_flag(&self, f: u8) {
        self.flags.set(self.flags.get() & !f)
    }
    #[inline]
    pub fn is_mature(&self) -> bool {
        self.flags.get() & flags::MATURE != 0
    }
    /// Reports that this object's memory outside the heap (its `extra_bytes`) changed by `delta` bytes, so
    /// `collectgarbage("count")` and the pacing of major collections see a mature table grow when it grows,
    /// not at the next major collection. Young objects' are counted on demand and need no report.
    #[inline]
    pub fn note_external_change(&self, delta: isize) {
        if self.is_mature() {
            MATURE_EXTERNAL_CHANGE.with(|c| c.set(c.get() + delta));
        }
    }
    /// Allocation size in bytes, header included.
    #[inline]
    pub fn size(&self) -> usize {
        self.size as usize
    }
    fn vtable(&self) -> &'static GcVTable {
        let m = self.meta.get();
        debug_assert!(m & FORWARDED == 0, "vtable read from a forwarded object");
        // SAFETY: when bit 0 is clear `meta` was written from a `&'static GcVTable`
        // (see the invariant on the struct).
        unsafe { &*(m as *const GcVTable) }
    }
    pub fn type_name(&self) -> &'static str {
        self.vtable().name
    }
}

/// An object as laid out in the heap: header, then the value.
#[repr(C)]
pub struct GcBox<T> {
    pub header: GcHeader,
    pub value: T,
}

/// Offset of the value inside a [`GcBox`]: generated code adds it to object pointers.
pub const VALUE_OFFSET: usize = std::mem::size_of::<GcHeader>();

/// A heap object type.
///
/// # Safety
/// `trace` must visit every `Gc` reference the value holds (through `Tracer::edge`
/// on the field's storage), and `KIND` must identify the type to the VM.
pub unsafe trait Trace: Sized {
    const KIND: u8;
    const NAME: &'static str;
    /// Visit every reference this value holds.
    fn trace(&self, t: &mut Tracer);
    /// Bytes owned outside the heap (e.g. a table's buffers).
    fn extra_bytes(&self) -> usize {
        0
    }
}

struct VTableOf<T>(PhantomData<T>);
impl<T: Trace> VTableOf<T> {
    const VT: GcVTable = GcVTable {
        name: T::NAME,
        trace: trace_thunk::<T>,
        drop: if std::mem::needs_drop::<T>() { Some(drop_thunk::<T>) } else { None },
        extra: extra_thunk::<T>,
    };
}

/// # Safety
/// `h` points at the header of a live `GcBox<T>`.
unsafe fn trace_thunk<T: Trace>(h: NonNull<GcHeader>, t: &mut Tracer) {
    // SAFETY: per this function's contract the box is a live `GcBox<T>`.
    let b = unsafe { &*(h.as_ptr() as *const GcBox<T>) };
    b.value.trace(t)
}

/// # Safety
/// `h` points at the header of a live `GcBox<T>`.
unsafe fn extra_thunk<T: Trace>(h: NonNull<GcHeader>) -> usize {
    // SAFETY: per this function's contract the box is a live `GcBox<T>`.
    unsafe { (*(h.as_ptr() as *const GcBox<T>)).value.extra_bytes() }
}

/// # Safety
/// `h` points at the header of a live `GcBox<T>` that is never used again.
unsafe fn drop_thunk<T: Trace>(h: NonNull<GcHeader>) {
    // SAFETY: per this function's contract the box is live and dead afterwards.
    unsafe { std::ptr::drop_in_place(&mut (*(h.as_ptr() as *mut GcBox<T>)).value) }
}

/// A reference to a heap object. Copyable; valid until the next allocation
/// unless it is stored in a place the collector traces (see the crate invariant).
#[repr(transparent)]
pub struct Gc<T> {
    ptr: NonNull<GcBox<T>>,
}

impl<T> Clone for Gc<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for Gc<T> {}
impl<T> PartialEq for Gc<T> {
    fn eq(&self, o: &Self) -> bool {
        self.ptr == o.ptr
    }
}
impl<T> Eq for Gc<T> {}

impl<T> Gc<T> {
    #[inline]
    pub fn header(self) -> &'static GcHeader {
        // SAFETY: a `Gc` points at a live box (crate invariant); the 'static is the
        // same promise `Deref` makes: the caller does not keep it across an allocation.
        unsafe { &(*self.ptr.as_ptr()).header }
    }
    #[inline]
    pub fn as_ptr(self) -> *mut T {
        // SAFETY: in-bounds field projection of a live box.
        unsafe { &raw mut (*self.ptr.as_ptr()).value }
    }
    #[inline]
    pub fn raw(self) -> NonNull<GcHeader> {
        self.ptr.cast()
    }
    /// # Safety
    /// `h` must point at the header of a live `GcBox<T>`.
    #[inline]
    pub unsafe fn from_raw(h: NonNull<GcHeader>) -> Gc<T> {
        Gc { ptr: h.cast() }
    }
    #[inline]
    pub fn ptr_eq(a: Gc<T>, b: Gc<T>) -> bool {
        a.ptr == b.ptr
    }
    #[inline]
    pub fn identity(self) -> u32 {
        self.header().hash
    }
    /// The address, for `tostring` and debugging only: it changes when the object moves.
    pub fn addr(self) -> usize {
        self.ptr.as_ptr() as usize
    }
}

impl<T> std::ops::Deref for Gc<T> {
    type Target = T;
    #[inline]
    fn deref(&self) -> &T {
        // SAFETY: a `Gc` points at a live, initialised box; objects move only in
        // `Heap::minor`, and by the crate invariant no borrow obtained here is held
        // across an allocation (the only place a minor collection starts).
        unsafe { &(*self.ptr.as_ptr()).value }
    }
}

impl<T> std::fmt::Debug for Gc<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Gc({:p})", self.ptr)
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Mode {
    Minor,
    Major,
    Verify,
}

/// Visits references during a collection; passed to root visitors and `Trace` impls.
pub struct Tracer<'h> {
    heap: &'h mut Heap,
    mode: Mode,
    bad_edges: usize,
    /// The mature object whose fields are being visited, if any.
    owner: Option<NonNull<GcHeader>>,
    /// The owner is visited as a member of the remembered set (see `Tracer::is_rescan`).
    rescan: bool,
}

impl Tracer<'_> {
    /// Visit one reference stored at `slot`. In a minor collection a nursery
    /// object is copied out and `slot` is updated to the new address.
    #[inline]
    pub fn edge(&mut self, slot: &Cell<NonNull<GcHeader>>) {
        let p = slot.get();
        match self.mode {
            Mode::Minor => {
                if self.heap.nursery.in_from_space(p) {
                    let to = self.heap.evacuate(p);
                    slot.set(to);
                    if let Some(owner) = self.owner {
                        if self.heap.nursery.contains(to) {
                            // A mature object still points to a survivor.
                            self.heap.remember(owner);
                        }
                    }
                }
            }
            Mode::Major => self.heap.mark(p),
            Mode::Verify => {
                if !self.heap.nursery.contains(p) && !self.heap.verify_mature.contains(&(p.as_ptr() as usize)) {
                    // Neither young nor a live mature allocation: freed by a sweep.
                    self.bad_edges += 1;
                    return;
                }
                if self.heap.nursery.contains(p) {
                    let unremembered = self.owner.is_some_and(|o| {
                        // SAFETY: the owner is the live object being traced.
                        unsafe { o.as_ref() }.flags() & flags::REMEMBERED == 0
                    });
                    if !self.heap.nursery.holds_live(p) || unremembered {
                        self.bad_edges += 1;
                        return;
                    }
                }
                self.heap.mark(p)
            }
        }
    }
    /// Like [`Tracer::edge`] for a typed field.
    #[inline]
    pub fn edge_gc<T>(&mut self, slot: &Cell<Gc<T>>) {
        // SAFETY: `Gc<T>` is `repr(transparent)` over `NonNull<GcBox<T>>`, which has
        // the layout of `NonNull<GcHeader>`; the cell is only reinterpreted for the call.
        let s = unsafe { &*(slot as *const Cell<Gc<T>> as *const Cell<NonNull<GcHeader>>) };
        self.edge(s)
    }
    /// True in a major collection's marking: weak references are not to be
    /// visited (minor collections and verification treat every reference as strong).
    pub fn is_major(&self) -> bool {
        self.mode == Mode::Major
    }
    /// True in a minor collection (copying; every reference is strong).
    pub fn is_minor(&self) -> bool {
        self.mode == Mode::Minor
    }
    /// True while a minor collection visits a remembered mature object: it
    /// was fully visited by an earlier collection (when it was promoted or
    /// remembered before), so it may visit only the fields written since
    /// plus those still young then, if it keeps track of them (large tables
    /// do, so that a store into one costs less than a walk over all of it).
    /// Freshly promoted objects are visited in full (`false`).
    pub fn is_rescan(&self) -> bool {
        self.rescan
    }
    /// In a major collection: is `p` already marked? (For ephemerons: a weak
    /// key's value is traced only once the key is known to be live.)
    pub fn is_marked(&self, p: NonNull<GcHeader>) -> bool {
        self.heap.is_marked(p)
    }
    /// In a minor collection's `late` visitor: has `p` been reached (it is not
    /// in the regions being emptied, or it was already copied out)?
    pub fn survives_minor(&self, p: NonNull<GcHeader>) -> bool {
        // SAFETY: `p` is in the from-space, so it is a live or forwarded header.
        !self.heap.nursery.in_from_space(p) || unsafe { p.as_ref() }.meta.get() & FORWARDED != 0
    }
    /// Is `p` young (after a minor collection's copy: in a survivor space)?
    pub fn is_young(&self, p: NonNull<GcHeader>) -> bool {
        self.heap.nursery.contains(p)
    }
    /// Ask to be told about this (weak) object after marking (see
    /// `Heap::take_weak`) or, in a minor collection, after copying (see
    /// `Tracer::take_weak`): it left some references unvisited.
    pub fn register_weak(&mut self, obj: NonNull<GcHeader>) {
        if self.mode != Mode::Verify {
            self.heap.weak.push(obj);
        }
    }
    /// In a minor collection's `late` visitor: the weak objects registered
    /// so far.
    pub fn take_weak(&mut self) -> Vec<NonNull<GcHeader>> {
        std::mem::take(&mut self.heap.weak)
    }
    /// In a minor collection's `late` visitor: copy out everything reachable
    /// from what has been visited so far, so that `forwarded` is final for it.
    pub fn finish_copying(&mut self) {
        while let Some(o) = self.heap.scan.pop() {
            self.heap.trace_object(o, Mode::Minor);
        }
    }
    /// In a minor collection's `late` visitor: where `p` lives after this
    /// collection: `p` itself when this collection does not move it, its copy
    /// when it was reached, `None` when it dies.
    pub fn forwarded(&self, p: NonNull<GcHeader>) -> Option<NonNull<GcHeader>> {
        if !self.heap.nursery.in_from_space(p) {
            return Some(p);
        }
        // SAFETY: `p` is in the from-space, so it is a live or forwarded header.
        let m = unsafe { p.as_ref() }.meta.get();
        (m & FORWARDED != 0).then(|| {
            // SAFETY: forwarding addresses are written from non-null pointers.
            unsafe { NonNull::new_unchecked((m & !FORWARDED) as *mut GcHeader) }
        })
    }
    /// Put a mature object that still points to a young one in the
    /// remembered set (for references fixed up outside `edge`).
    pub fn remember(&mut self, owner: NonNull<GcHeader>) {
        self.heap.remember(owner)
    }
}

/// Statistics a VM reports (`collectgarbage("count")`, tests, benches).
#[derive(Default, Clone, Copy, Debug)]
pub struct GcStats {
    pub minor_collections: u64,
    pub major_collections: u64,
    pub promoted_bytes: u64,
}

/// Largest nursery (eden) `KILN_NURSERY` accepts: 1 GiB.
pub const MAX_NURSERY: usize = 1 << 30;

/// Heap configuration, usually read from the environment.
#[derive(Clone, Copy, Debug)]
pub struct HeapConfig {
    pub nursery_bytes: usize,
    /// Minor collection at every allocation (`KILN_GC_STRESS=1`).
    pub stress: bool,
    /// A major collection every this many allocations, 0 for never
    /// (`KILN_GC_STRESS=major` or `major:N`): the collector's mark, weak and
    /// finalizer phases and the sweep run where a program would rarely meet
    /// them. With a big live heap the interval stretches to a quarter of the
    /// live objects, so the stress costs a bounded amount per allocation.
    pub major_every: usize,
    /// Poison and verify after every collection (`KILN_GC_VERIFY=1`).
    pub verify: bool,
    /// Move the VM's value stack at every growth check (`KILN_STACK_STRESS=1`).
    /// Not the heap's: read here with the other memory switches, used by the VM.
    pub stack_stress: bool,
}

impl Default for HeapConfig {
    fn default() -> HeapConfig {
        HeapConfig { nursery_bytes: DEFAULT_NURSERY, stress: false, major_every: 0, verify: false, stack_stress: false }
    }
}

impl HeapConfig {
    /// The configuration the `KILN_NURSERY`, `KILN_GC_STRESS`,
    /// `KILN_GC_VERIFY` and `KILN_STACK_STRESS` variables ask for, or a
    /// message naming the bad one.
    pub fn from_env() -> Result<HeapConfig, String> {
        let var = |n: &str| std::env::var(n).ok().map(|v| v.trim().to_string()).filter(|v| !v.is_empty());
        let mut c = HeapConfig::default();
        if let Some(v) = var("KILN_NURSERY") {
            c.nursery_bytes = match v.parse::<usize>() {
                Ok(n) if n <= MAX_NURSERY => n.max(MIN_NURSERY),
                _ => return Err(format!("KILN_NURSERY={v}: expected a number of bytes up to {MAX_NURSERY}")),
            };
        }
        if let Some(v) = var("KILN_GC_STRESS") {
            match v.as_str() {
                "0" => {}
                "1" | "minor" => c.stress = true,
                "major" => c.major_every = 1,
                _ => match v.strip_prefix("major:").and_then(|n| n.parse::<usize>().ok()) {
                    Some(n) if n > 0 => c.major_every = n,
                    _ => return Err(format!("KILN_GC_STRESS={v}: expected 1 (minor), major or major:N (N > 0)")),
                },
            }
        }
        if let Some(v) = var("KILN_GC_VERIFY") {
            c.verify = match v.as_str() {
                "0" => false,
                "1" => true,
                _ => return Err(format!("KILN_GC_VERIFY={v}: expected 0 or 1")),
            };
        }
        if let Some(v) = var("KILN_STACK_STRESS") {
            c.stack_stress = match v.as_str() {
                "0" => false,
                "1" => true,
                _ => return Err(format!("KILN_STACK_STRESS={v}: expected 0 or 1")),
            };
        }
        Ok(c)
    }
}

/// The heap.
pub struct Heap {
    nursery: Nursery,
    mature: Vec<NonNull<GcHeader>>,
    mature_bytes: usize,
    /// Extra bytes owned by objects outside the heap (table buffers), as reported.
    external_bytes: usize,
    /// Mature bytes that trigger the next major collection.
    major_threshold: usize,
    /// Nursery objects that need their destructor run if they die.
    nursery_drops: Vec<NonNull<GcHeader>>,
    /// Bytes young objects were reported to own outside the heap since eden was last closed for them
    /// (`note_young_external`).
    young_external_noted: usize,
    remembered: Vec<NonNull<GcHeader>>,
    /// Objects copied out of the nursery whose fields are not yet traced.
    scan: Vec<NonNull<GcHeader>>,
    gray: Vec<NonNull<GcHeader>>,
    weak: Vec<NonNull<GcHeader>>,
    next_hash: u32,
    config: HeapConfig,
    pub stats: GcStats,
    /// Percent growth of mature bytes over the last live size before a major collection.
    pub pause: usize,
    in_collection: bool,
    /// The program stopped the collector: no major collection is asked for.
    stopped: bool,
    /// Allocations since the last major collection (for `HeapConfig::major_every`).
    allocs_since_major: usize,
    /// Bytes allocated (young or mature) since the last major collection.
    allocated_since_major: usize,
    /// `allocated_since_major` past which a major collection runs even if the
    /// mature space did not grow: garbage that was promoted before it died
    /// (or that lingers in a steady heap) is reclaimed in bounded time. See
    /// `ALLOCATION_FACTOR`.
    allocation_limit: usize,
    /// `collectgarbage("incremental")`: cycles are paced by allocation, as
    /// PUC's incremental collector paces them (`pause` percent of the live size).
    incremental: bool,
    /// `collectgarbage("step")` in incremental mode (see `incremental_step`): bytes the steps count as
    /// allocated since the last major collection, and work units done toward the cycle.
    step_credit: isize,
    step_work: usize,
    /// Live bytes (heap and external) after the last major collection.
    live_after_major: usize,
    /// Allocations since the last verification (see `verify_due`).
    allocs_since_verify: usize,
    /// Under `major_every`: allocations between two major collections, at
    /// least `major_every` and at least a quarter of the objects the last one
    /// kept, so a program with a big live heap pays a bounded cost per allocation.
    major_stress_interval: usize,
    /// Promote every survivor of the running minor collection (before a major one).
    promote_all: bool,
    /// Young objects marked by `verify`, whose marks it must clear.
    verify_marked: Vec<NonNull<GcHeader>>,
    /// Under `verify`: the addresses of the live mature objects (kept up to
    /// date by allocation and sweep), so a reference to a freed one is caught.
    verify_mature: std::collections::HashSet<usize>,
}

/// In generational mode, a major collection runs at the latest after this
/// many times the live size (after the last one) has been allocated. Young
/// garbage alone never grows the mature space, so without this a program
/// with a steady heap would keep its promoted garbage (and run none of its
/// finalizers) forever. The cost is one full mark per this many times the
/// live size allocated: small next to the allocation itself.
const ALLOCATION_FACTOR: usize = 8;

/// Smallest allocation volume between major collections paced by allocation.
const MIN_ALLOCATION_LIMIT: usize = 4 << 20;

/// Minor collections an object survives in the survivor spaces before promotion.
const PROMOTION_AGE: u8 = 2;

/// Objects larger than this fraction of the nursery go straight to the mature space.
const LARGE_DIVISOR: usize = 4;

impl Heap {
    pub fn new(config: HeapConfig) -> Heap {
        Heap {
            nursery: Nursery::new(config.nursery_bytes.max(MIN_NURSERY)),
            mature: Vec::new(),
            mature_bytes: 0,
            external_bytes: 0,
            major_threshold: 4 * 1024 * 1024,
            nursery_drops: Vec::new(),
            young_external_noted: 0,
            remembered: Vec::new(),
            scan: Vec::new(),
            gray: Vec::new(),
            weak: Vec::new(),
            next_hash: 0x9e37_79b9,
            config,
            stats: GcStats::default(),
            pause: 200,
            in_collection: false,
            stopped: false,
            allocs_since_major: 0,
            allocated_since_major: 0,
            allocation_limit: MIN_ALLOCATION_LIMIT,
            incremental: false,
            step_credit: 0,
            step_work: 0,
            live_after_major: 0,
            allocs_since_verify: 0,
            major_stress_interval: config.major_every,
            promote_all: false,
            verify_marked: Vec::new(),
            verify_mature: std::collections::HashSet::new(),
        }
    }

    pub fn config(&self) -> HeapConfig {
        self.config
    }

    /// Bytes currently allocated (nursery in use + mature + reported external).
    pub fn live_bytes(&self) -> usize {
        let external = self.external_bytes.saturating_add_signed(MATURE_EXTERNAL_CHANGE.with(Cell::get));
        self.nursery.used() + self.mature_bytes + external + self.young_external_bytes()
    }

    /// Folds the external growth mature objects reported since the last call into `external_bytes`.
    fn take_external_change(&mut self) {
        let change = MATURE_EXTERNAL_CHANGE.with(|c| c.replace(0));
        self.external_bytes = self.external_bytes.saturating_add_signed(change);
    }

    /// Bytes young objects own outside the heap (a young table's buffers),
    /// counted on demand: mature objects' are kept up to date in
    /// `external_bytes`. Only objects with a destructor own any, and the
    /// young ones among them are exactly `nursery_drops`.
    fn young_external_bytes(&self) -> usize {
        self.nursery_drops
            .iter()
            .map(|&o| {
                // SAFETY: between collections `nursery_drops` holds live young objects.
                let vt = unsafe { o.as_ref() }.vtable();
                // SAFETY: `o` is live and `vt` describes it.
                unsafe { (vt.extra)(o) }
            })
            .sum()
    }

    /// A young object just made owns `bytes` outside the heap (its `extra_bytes`). Such memory does not fill
    /// eden, so once young objects have taken a nursery's worth of it, eden is closed and the next allocation
    /// runs a minor collection: young garbage holding big buffers dies as soon as if the bytes were in eden.
    pub fn note_young_external(&mut self, bytes: usize) {
        self.young_external_noted = self.young_external_noted.saturating_add(bytes);
        if self.young_external_noted > self.nursery.capacity() {
            self.young_external_noted = 0;
            self.nursery.close_eden();
        }
    }

    /// Report bytes owned outside the heap by some object (positive or negative).
    pub fn adjust_external(&mut self, delta: isize) {
        self.external_bytes = (self.external_bytes as isize + delta).max(0) as usize;
    }

    fn object_size<T>(tail: usize) -> usize {
        (std::mem::size_of::<GcBox<T>>() + tail + ALIGN - 1) & !(ALIGN - 1)
    }

    /// Must the VM collect before allocating `T` with `tail` extra bytes: the
    /// nursery has no room for it, the mature space is due for a major
    /// collection (large objects go there directly, so a program allocating
    /// only large strings must still reach one), or a stress switch says so?
    #[inline]
    pub fn needs_collection<T>(&self, tail: usize) -> bool {
        let size = Self::object_size::<T>(tail);
        if self.in_collection {
            return false;
        }
        if self.config.stress {
            return true;
        }
        (size < self.nursery.capacity() / LARGE_DIVISOR && !self.nursery.has_room(size)) || self.needs_major()
    }

    /// Are vacated regions and freed objects poisoned (any debugging switch on)?
    fn poisons(&self) -> bool {
        self.config.verify || self.config.stress || self.config.major_every != 0
    }

    /// Has the mature space grown enough that the VM should run a major collection?
    pub fn needs_major(&self) -> bool {
        !self.in_collection
            && !self.stopped
            && (self.mature_bytes + self.external_bytes > self.major_threshold
                || self.allocated_since_major > self.allocation_limit
                || (self.config.major_every != 0 && self.allocs_since_major >= self.major_stress_interval))
    }

    /// `collectgarbage("stop")`/`("restart")`: a stopped heap never asks for a
    /// major collection (minor ones still run: the nursery must be emptied).
    pub fn set_stopped(&mut self, stopped: bool) {
        self.stopped = stopped;
    }

    pub fn is_stopped(&self) -> bool {
        self.stopped
    }

    /// `collectgarbage("incremental")` (true) or `("generational")`: how
    /// closely allocation paces major collections (see `allocation_limit`).
    pub fn set_incremental(&mut self, incremental: bool) {
        self.incremental = incremental;
    }

    pub fn is_incremental(&self) -> bool {
        self.incremental
    }

    /// One `collectgarbage("step", kbytes)` in incremental mode, paced as PUC's (lgc.c `incstep`, lapi.c
    /// `LUA_GCSTEP`); true when the cycle is due to end now (the caller runs the major collection).
    ///
    /// Major collections here are atomic, so a cycle is modelled by its cost: about one work unit per 16-byte
    /// slot that was live at the last major collection plus one per mature object (PUC's mark and sweep work).
    /// A step of `kbytes` counts as that much allocation; it does work only once allocation and steps have
    /// used up the pause's allowance, and then `(debt / 16 + 512) * stepmul` units, as PUC's step; a step of
    /// 0 is one basic step at once. Bigger steps thus end a cycle in fewer calls, and objects die when it ends.
    pub fn incremental_step(&mut self, kbytes: usize, stepmul: usize) -> bool {
        const SLOT: usize = 16;
        const BASIC_STEP: usize = 8 * 1024;
        let allowance = (self.live_after_major.saturating_mul(self.pause.saturating_sub(100)) / 100) as isize;
        let debt = if kbytes == 0 {
            0
        } else {
            self.step_credit = self.step_credit.saturating_add(kbytes.saturating_mul(1024) as isize);
            let debt = (self.allocated_since_major as isize).saturating_add(self.step_credit) - allowance;
            if debt <= 0 {
                return false;
            }
            debt as usize
        };
        let units = (debt / SLOT + BASIC_STEP / SLOT).saturating_mul(stepmul.max(1));
        self.step_work = self.step_work.saturating_add(units);
        if self.step_work >= self.live_after_major / SLOT + self.mature.len() {
            return true;
        }
        // As PUC after a step: the debt is left one basic step below zero.
        self.step_credit = allowance - self.allocated_since_major as isize - BASIC_STEP as isize;
        false
    }

    fn fresh_hash(&mut self) -> u32 {
        // xorshift32: cheap, never zero, spreads consecutive allocations.
        let mut x = self.next_hash;
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        self.next_hash = x;
        x
    }

    /// Allocate `value` in the nursery (or the mature space if large or if
    /// `mature` is asked for). The VM must have called `needs_collection` first.
    pub fn alloc<T: Trace>(&mut self, value: T, mature: bool) -> Gc<T> {
        let raw = match self.alloc_raw::<T>(0, mature) {
            Ok(raw) => raw,
            Err(OutOfMemory) => std::alloc::handle_alloc_error(Layout::new::<GcBox<T>>()),
        };
        // SAFETY: `alloc_raw` returned room for a `GcBox<T>` aligned to ALIGN.
        unsafe { std::ptr::write(&raw mut (*(raw.as_ptr() as *mut GcBox<T>)).value, value) };
        // SAFETY: the box is now fully initialised.
        unsafe { Gc::from_raw(raw) }
    }

    /// Allocate a `T` followed by `tail` bytes (for strings and other variable-size
    /// objects). `init` must initialise the value; the tail starts zeroed.
    pub fn alloc_with_tail<T: Trace>(&mut self, value: T, tail: usize, mature: bool) -> Gc<T> {
        match self.try_alloc_with_tail(value, tail, mature) {
            Ok(g) => g,
            Err(OutOfMemory) => std::alloc::handle_alloc_error(Layout::from_size_align(tail, ALIGN).expect("layout")),
        }
    }

    /// `alloc_with_tail` for sizes a program controls: `Err(OutOfMemory)`
    /// (dropping `value`) when the system has no room or the object would be
    /// larger than a header can record, instead of aborting.
    pub fn try_alloc_with_tail<T: Trace>(&mut self, value: T, tail: usize, mature: bool) -> Result<Gc<T>, OutOfMemory> {
        let raw = self.alloc_raw::<T>(tail, mature)?;
        // SAFETY: room for the box plus `tail` bytes was returned by `alloc_raw`.
        unsafe {
            let b = raw.as_ptr() as *mut GcBox<T>;
            std::ptr::write(&raw mut (*b).value, value);
            std::ptr::write_bytes((b as *mut u8).add(std::mem::size_of::<GcBox<T>>()), 0, tail);
            Ok(Gc::from_raw(raw))
        }
    }

    fn alloc_raw<T: Trace>(&mut self, tail: usize, mature: bool) -> Result<NonNull<GcHeader>, OutOfMemory> {
        // A header records sizes up to u32::MAX: a larger object is as
        // impossible as one the system cannot provide.
        if tail > u32::MAX as usize {
            return Err(OutOfMemory);
        }
        let size = Self::object_size::<T>(tail);
        if size > u32::MAX as usize {
            return Err(OutOfMemory);
        }
        let vt: &'static GcVTable = &VTableOf::<T>::VT;
        let young = !mature && size < self.nursery.capacity() / LARGE_DIVISOR && self.nursery.has_room(size);
        let p = if young { self.nursery.bump(size) } else { self.try_alloc_mature_bytes(size)? };
        let hash = self.fresh_hash();
        self.allocs_since_major += 1;
        self.allocated_since_major += size;
        self.allocs_since_verify += 1;
        let header = GcHeader {
            meta: Cell::new(vt as *const GcVTable as usize),
            size: size as u32,
            hash,
            flags: Cell::new(if young { 0 } else { flags::MATURE }),
            kind: T::KIND,
            age: 0,
            _pad: [0; 5],
        };
        // SAFETY: `p` is fresh memory of `size >= size_of::<GcHeader>()` bytes.
        unsafe { std::ptr::write(p.as_ptr(), header) };
        if young && vt.drop.is_some() {
            self.nursery_drops.push(p);
        }
        Ok(p)
    }

    fn alloc_mature_bytes(&mut self, size: usize) -> NonNull<GcHeader> {
        self.try_alloc_mature_bytes(size).unwrap_or_else(|_| {
            std::alloc::handle_alloc_error(Layout::from_size_align(size, ALIGN).expect("object layout"))
        })
    }

    /// Room for one mature object of `size` bytes, or `Err` if the system has none.
    fn try_alloc_mature_bytes(&mut self, size: usize) -> Result<NonNull<GcHeader>, OutOfMemory> {
        let layout = Layout::from_size_align(size, ALIGN).map_err(|_| OutOfMemory)?;
        // SAFETY: `size` is non-zero (at least a header).
        let p = unsafe { alloc(layout) };
        let p = NonNull::new(p as *mut GcHeader).ok_or(OutOfMemory)?;
        self.mature.push(p);
        self.mature_bytes += size;
        if self.config.verify {
            self.verify_mature.insert(p.as_ptr() as usize);
        }
        Ok(p)
    }

    /// Is this object in the nursery (and so may move at the next allocation)?
    #[inline]
    pub fn is_young(&self, p: NonNull<GcHeader>) -> bool {
        self.nursery.contains(p)
    }

    /// Write barrier: call after storing a reference to `value` into `owner`.
    #[inline]
    pub fn barrier(&mut self, owner: NonNull<GcHeader>, value: NonNull<GcHeader>) {
        if self.nursery.contains(value) {
            self.remember(owner)
        }
    }

    /// Put `owner` in the remembered set if it is mature (a coarse barrier for
    /// stores whose value is not at hand, such as bulk moves).
    #[inline]
    pub fn remember(&mut self, owner: NonNull<GcHeader>) {
        // SAFETY: `owner` is a live object by the caller's use of it.
        let h = unsafe { owner.as_ref() };
        let f = h.flags.get();
        if f & flags::MATURE != 0 && f & flags::REMEMBERED == 0 {
            h.flags.set(f | flags::REMEMBERED);
            self.remembered.push(owner);
        }
    }

    /// Copy a young object into the next survivor space, or promote it to the
    /// mature space when it is old enough or the survivor space is full; or find
    /// where it already went.
    fn evacuate(&mut self, p: NonNull<GcHeader>) -> NonNull<GcHeader> {
        // SAFETY: `p` is in the from-space, so it is a live or forwarded object header.
        let h = unsafe { p.as_ref() };
        let m = h.meta.get();
        if m & FORWARDED != 0 {
            // SAFETY: forwarding addresses are written below from non-null pointers.
            return unsafe { NonNull::new_unchecked((m & !FORWARDED) as *mut GcHeader) };
        }
        let size = h.size as usize;
        let vt = h.vtable();
        let age = h.age.saturating_add(1);
        let survivor = if self.promote_all || age >= PROMOTION_AGE { None } else { self.nursery.bump_survivor(size) };
        let to = survivor.unwrap_or_else(|| self.alloc_mature_bytes(size));
        // SAFETY: both regions are `size` bytes and distinct (from-space vs to-space
        // or a fresh mature allocation).
        unsafe { std::ptr::copy_nonoverlapping(p.as_ptr() as *const u8, to.as_ptr() as *mut u8, size) };
        // SAFETY: `to` now holds a copy of the header, and nothing else refers to it yet.
        let copy = unsafe { &mut *to.as_ptr() };
        copy.age = age;
        copy.flags.set(copy.flags.get() & !(flags::MARKED | flags::REMEMBERED));
        h.meta.set(to.as_ptr() as usize | FORWARDED);
        if survivor.is_some() {
            if vt.drop.is_some() {
                self.nursery_drops.push(to);
            }
        } else {
            copy.set_flag(flags::MATURE);
            self.stats.promoted_bytes += size as u64;
            // SAFETY: `to` is the live copy; its vtable describes it.
            self.external_bytes += unsafe { (vt.extra)(to) };
        }
        self.scan.push(to);
        to
    }

    fn mark(&mut self, p: NonNull<GcHeader>) {
        // SAFETY: `p` is a reference found in a root or live object: a live header.
        let h = unsafe { p.as_ref() };
        let f = h.flags.get();
        if f & flags::MARKED == 0 {
            h.flags.set(f | flags::MARKED);
            self.gray.push(p);
        }
    }

    fn trace_object(&mut self, p: NonNull<GcHeader>, mode: Mode) -> usize {
        self.trace_object_with(p, mode, false)
    }

    fn trace_object_with(&mut self, p: NonNull<GcHeader>, mode: Mode, rescan: bool) -> usize {
        // SAFETY: `p` is a live object (copied, remembered or marked).
        let vt = unsafe { p.as_ref() }.vtable();
        // SAFETY: as above.
        let owner = if unsafe { p.as_ref() }.is_mature() { Some(p) } else { None };
        let mut t = Tracer { heap: self, mode, bad_edges: 0, owner, rescan };
        // SAFETY: `p` is a live object whose vtable is `vt`.
        unsafe { (vt.trace)(p, &mut t) };
        t.bad_edges
    }

    /// Run a minor collection: copy every young object reachable from the roots
    /// (visited by `roots`) or from remembered mature objects into the next
    /// survivor space or the mature space, then empty eden and the old survivor space.
    pub fn minor(&mut self, roots: &mut dyn FnMut(&mut Tracer)) {
        self.minor_with(roots, &mut |_| {})
    }

    /// `minor`, with a second visitor `late` called once everything reachable
    /// from the roots has been copied: it can ask which young objects were
    /// reached (`Tracer::survives_minor`) and keep others alive by visiting
    /// them (the VM resurrects dead objects that have finalizers this way).
    pub fn minor_with(&mut self, roots: &mut dyn FnMut(&mut Tracer), late: &mut dyn FnMut(&mut Tracer)) {
        self.in_collection = true;
        self.take_external_change();
        self.weak.clear();
        let old_drops = std::mem::take(&mut self.nursery_drops);
        if self.stopped {
            // A stopped collector frees nothing (Lua's `collectgarbage("stop")`): every young object survives,
            // reached or not, and the first major collection after "restart" frees the garbage among them.
            for o in self.nursery.objects() {
                self.evacuate(o);
            }
        }
        {
            let mut t = Tracer { heap: self, mode: Mode::Minor, bad_edges: 0, owner: None, rescan: false };
            roots(&mut t);
        }
        let remembered = std::mem::take(&mut self.remembered);
        for &o in &remembered {
            // SAFETY: remembered objects are live mature objects. The flag is
            // cleared first; tracing sets it again if `o` still points to a survivor.
            unsafe { o.as_ref() }.clear_flag(flags::REMEMBERED);
            self.trace_object_with(o, Mode::Minor, true);
        }
        while let Some(o) = self.scan.pop() {
            self.trace_object(o, Mode::Minor);
        }
        {
            let mut t = Tracer { heap: self, mode: Mode::Minor, bad_edges: 0, owner: None, rescan: false };
            late(&mut t);
        }
        while let Some(o) = self.scan.pop() {
            self.trace_object(o, Mode::Minor);
        }
        for &o in &old_drops {
            // SAFETY: `o` is a from-space object header (copied ones are forwarded).
            let h = unsafe { o.as_ref() };
            if h.meta.get() & FORWARDED == 0 {
                if let Some(d) = h.vtable().drop {
                    // SAFETY: not forwarded means unreachable: it dies here.
                    unsafe { d(o) }
                }
            }
        }
        self.nursery.finish_minor(self.poisons());
        self.stats.minor_collections += 1;
        self.in_collection = false;
    }

    /// A minor collection that promotes every survivor, leaving no young object
    /// (the first step of a major collection).
    pub fn minor_full(&mut self, roots: &mut dyn FnMut(&mut Tracer)) {
        self.minor_full_with(roots, &mut |_| {})
    }

    /// `minor_full` with a `late` visitor, as in [`Heap::minor_with`].
    pub fn minor_full_with(&mut self, roots: &mut dyn FnMut(&mut Tracer), late: &mut dyn FnMut(&mut Tracer)) {
        self.promote_all = true;
        self.minor_with(roots, late);
        self.promote_all = false;
    }

    /// Start a major collection. The nursery must be empty (run `minor` first).
    /// Then: mark the roots with `mark_roots`, `propagate`, let the VM resurrect
    /// finalizable objects and clear weak tables (`is_marked`, `take_weak`), and `sweep`.
    pub fn mark_roots(&mut self, roots: &mut dyn FnMut(&mut Tracer)) {
        assert!(self.nursery.used() == 0, "major collection with young objects (run minor_full first)");
        self.in_collection = true;
        self.take_external_change(); // then recounted exactly by `sweep`
        self.weak.clear();
        let mut t = Tracer { heap: self, mode: Mode::Major, bad_edges: 0, owner: None, rescan: false };
        roots(&mut t);
    }

    /// Mark everything reachable from what is marked so far.
    pub fn propagate(&mut self) {
        while let Some(o) = self.gray.pop() {
            self.trace_object(o, Mode::Major);
        }
    }

    /// Mark `p` (and, after `propagate`, what it reaches).
    pub fn mark_object(&mut self, p: NonNull<GcHeader>) {
        self.mark(p)
    }

    /// Was `p` marked in the current major collection? (Young objects count as live.)
    pub fn is_marked(&self, p: NonNull<GcHeader>) -> bool {
        // SAFETY: `p` is a live header the caller holds.
        self.nursery.contains(p) || unsafe { p.as_ref() }.flags() & flags::MARKED != 0
    }

    /// Weak objects registered during marking.
    pub fn take_weak(&mut self) -> Vec<NonNull<GcHeader>> {
        std::mem::take(&mut self.weak)
    }

    /// Free every unmarked mature object and clear the marks.
    pub fn sweep(&mut self) {
        // Dead objects leave the remembered set first, in one pass.
        // SAFETY: remembered objects are live mature allocations until freed below.
        self.remembered.retain(|&r| unsafe { r.as_ref() }.flags() & flags::MARKED != 0);
        let mut live_bytes = 0;
        let mut live_extra = 0;
        let mut kept = Vec::with_capacity(self.mature.len());
        // Under the debugging switches a freed object is poisoned first, so a
        // stale reference to it reads an absurd header instead of old data.
        let poison = self.poisons();
        for &o in &self.mature {
            // SAFETY: every entry of `mature` is a live mature allocation.
            let h = unsafe { o.as_ref() };
            if h.flags() & flags::MARKED != 0 {
                h.clear_flag(flags::MARKED);
                live_bytes += h.size();
                // SAFETY: `o` is live and its vtable describes it.
                live_extra += unsafe { (h.vtable().extra)(o) };
                kept.push(o);
            } else {
                let size = h.size();
                if let Some(d) = h.vtable().drop {
                    // SAFETY: unmarked means unreachable; it is freed right after.
                    unsafe { d(o) }
                }
                if self.config.verify {
                    self.verify_mature.remove(&(o.as_ptr() as usize));
                }
                if poison {
                    // SAFETY: the object's `size` bytes are ours until freed just below.
                    unsafe { std::ptr::write_bytes(o.as_ptr() as *mut u8, nursery::POISON, size) };
                }
                // SAFETY: allocated in `alloc_mature_bytes` with this layout.
                unsafe { dealloc(o.as_ptr() as *mut u8, Layout::from_size_align_unchecked(size, ALIGN)) };
            }
        }
        self.mature = kept;
        self.mature_bytes = live_bytes;
        self.external_bytes = live_extra;
        // At least one nursery above the live size: with a pause of 100 (or a product
        // truncated below the live size) the next major collection was due at once, so
        // every allocation ran one (minutes on a 3 MB heap after `setpause(100)`).
        let live_total = live_bytes + self.external_bytes;
        let growth_floor = live_total + self.nursery.capacity();
        self.major_threshold = (live_total.saturating_mul(self.pause) / 100).max(growth_floor).max(1024 * 1024);
        self.stats.major_collections += 1;
        self.allocs_since_major = 0;
        self.allocated_since_major = 0;
        self.step_credit = 0;
        self.step_work = 0;
        self.live_after_major = live_total;
        let factor = if self.incremental { self.pause.max(100) / 100 } else { ALLOCATION_FACTOR };
        self.allocation_limit = (live_bytes + self.external_bytes).saturating_mul(factor).max(MIN_ALLOCATION_LIMIT);
        self.major_stress_interval = self.config.major_every.max(self.mature.len() / 4);
        self.in_collection = false;
    }

    /// Is a verification due after this collection? Each walks the whole
    /// heap, so with a big heap they are spaced by a sixteenth of the live
    /// objects in allocations (a constant cost per allocation); a small
    /// heap is verified after every collection.
    pub fn verify_due(&mut self) -> bool {
        if !self.config.verify || self.allocs_since_verify < self.mature.len() / 16 {
            return false;
        }
        self.allocs_since_verify = 0;
        true
    }

    /// Check (after a collection) that every reachable young object is a
    /// live survivor, that every mature object pointing to one is
    /// remembered, and that nothing points to a freed object.
    /// Returns the number of bad references found.
    pub fn verify(&mut self, roots: &mut dyn FnMut(&mut Tracer)) -> usize {
        self.in_collection = true;
        let mut bad = {
            let mut t = Tracer { heap: self, mode: Mode::Verify, bad_edges: 0, owner: None, rescan: false };
            roots(&mut t);
            t.bad_edges
        };
        while let Some(o) = self.gray.pop() {
            if self.nursery.contains(o) {
                self.verify_marked.push(o);
            }
            bad += self.trace_object(o, Mode::Verify);
        }
        for &o in self.mature.iter().chain(self.verify_marked.iter()) {
            // SAFETY: live objects (mature, or young survivors just visited).
            unsafe { o.as_ref() }.clear_flag(flags::MARKED);
        }
        self.verify_marked.clear();
        self.in_collection = false;
        bad
    }
}

impl Drop for Heap {
    fn drop(&mut self) {
        for &o in &self.nursery_drops {
            // SAFETY: nursery objects with destructors, never dropped before.
            let h = unsafe { o.as_ref() };
            if let Some(d) = h.vtable().drop {
                // SAFETY: the heap is going away; nothing can reach the object.
                unsafe { d(o) }
            }
        }
        for &o in &self.mature {
            // SAFETY: live mature objects, freed exactly once here.
            let h = unsafe { o.as_ref() };
            let size = h.size();
            if let Some(d) = h.vtable().drop {
                // SAFETY: as above.
                unsafe { d(o) }
            }
            // SAFETY: allocated in `alloc_mature_bytes` with this layout.
            unsafe { dealloc(o.as_ptr() as *mut u8, Layout::from_size_align_unchecked(size, ALIGN)) };
        }
    }
}

#[cfg(test)]
mod tests;
