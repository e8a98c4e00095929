//! Heap object types other than tables: strings, prototypes, closures, upvalues,
//! userdata and threads (coroutines), with their `Trace` impls.

use crate::bytecode::Op;
use crate::callstack::Frame;
use crate::rawvec::{FixedArray, RawVec};
use crate::state::{LuaResult, Vm};
use crate::table::Table;
use crate::value::{trace_opt, trace_value, trace_values, Value};
use kiln_gc::{Gc, Trace, Tracer};
use std::any::Any;
use std::cell::{Cell, RefCell, UnsafeCell};
use std::rc::Rc;

/// Object kinds (the `kind` byte of the heap header).
pub mod kind {
    pub const STR: u8 = 1;
    pub const TABLE: u8 = 2;
    pub const PROTO: u8 = 3;
    pub const LUAFN: u8 = 4;
    pub const NATIVEFN: u8 = 5;
    pub const UPVAL: u8 = 6;
    pub const USERDATA: u8 = 7;
    pub const THREAD: u8 = 8;
}

// ---------------------------------------------------------------- strings

/// An immutable byte string; its bytes follow the struct in the same allocation,
/// then a NUL (so C can read a mature string in place; see `as_c_ptr`).
/// Strings are not interned: equality compares length, hash and bytes.
#[repr(C)]
pub struct LuaStr {
    len: usize,
    /// Content hash, computed on first use (0 = not yet; a key stored in a
    /// table has it). Compiled code compares it (`layout::string::HASH`).
    pub(crate) hash: Cell<u32>,
}

unsafe impl Trace for LuaStr {
    const KIND: u8 = kind::STR;
    const NAME: &'static str = "string";
    fn trace(&self, _: &mut Tracer) {}
}

impl LuaStr {
    /// Allocate a string in `heap` without collecting (the caller decides; see
    /// `Vm::new_str` for the usual path).
    pub fn alloc(heap: &mut kiln_gc::Heap, bytes: &[u8], mature: bool) -> Gc<LuaStr> {
        match Self::try_alloc(heap, bytes, mature) {
            Ok(s) => s,
            Err(kiln_gc::OutOfMemory) => {
                std::alloc::handle_alloc_error(std::alloc::Layout::array::<u8>(bytes.len()).expect("layout"))
            }
        }
    }

    /// `alloc` that reports a failure to get memory instead of aborting.
    pub fn try_alloc(heap: &mut kiln_gc::Heap, bytes: &[u8], mature: bool) -> Result<Gc<LuaStr>, kiln_gc::OutOfMemory> {
        let s = Self::try_alloc_zeroed(heap, bytes.len(), mature)?;
        // SAFETY: the allocation has `len` tail bytes right after the struct.
        unsafe { std::ptr::copy_nonoverlapping(bytes.as_ptr(), s.as_ptr().add(1) as *mut u8, bytes.len()) };
        Ok(s)
    }

    /// A string of `len` zero bytes, to be filled in place (`fresh_bytes_mut`).
    /// One more tail byte stays zero: the bytes are NUL-terminated, so C can
    /// read a (mature) string in place as a `const char *`.
    pub fn try_alloc_zeroed(
        heap: &mut kiln_gc::Heap,
        len: usize,
        mature: bool,
    ) -> Result<Gc<LuaStr>, kiln_gc::OutOfMemory> {
        let tail = len.checked_add(1).ok_or(kiln_gc::OutOfMemory)?;
        heap.try_alloc_with_tail(LuaStr { len, hash: Cell::new(0) }, tail, mature)
    }
    /// The bytes of a string just allocated (zeroed), to fill them in place.
    ///
    /// # Safety
    /// Only before the string is shared: no other reference to its bytes is
    /// alive, and nothing has hashed or compared it yet.
    #[allow(clippy::mut_from_ref)]
    pub unsafe fn fresh_bytes_mut(&self) -> &mut [u8] {
        // SAFETY: `len` bytes follow the struct (see `alloc`); the caller
        // guarantees no other reference to them exists.
        unsafe { std::slice::from_raw_parts_mut((self as *const LuaStr).add(1) as *mut u8, self.len) }
    }
    #[inline]
    pub fn len(&self) -> usize {
        self.len
    }
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
    #[inline]
    pub fn as_bytes(&self) -> &[u8] {
        // SAFETY: `len` bytes follow the struct (see `alloc`), immutable for its life.
        unsafe { std::slice::from_raw_parts((self as *const LuaStr).add(1) as *const u8, self.len) }
    }
    /// The bytes followed by a NUL (every string has one after its bytes).
    /// The pointer is valid while the string lives and does not move (mature).
    #[inline]
    pub fn as_c_ptr(&self) -> *const u8 {
        // SAFETY: the allocation holds `len` bytes and a NUL right after the struct.
        unsafe { (self as *const LuaStr).add(1) as *const u8 }
    }
    /// Lossy UTF-8 view, for messages.
    pub fn to_str_lossy(&self) -> std::borrow::Cow<'_, str> {
        String::from_utf8_lossy(self.as_bytes())
    }
    /// Content equality of two strings (they are not interned): length, then
    /// the cached hashes, then the bytes (short ones compared inline).
    #[inline(always)]
    pub fn content_eq(&self, other: &LuaStr) -> bool {
        if std::ptr::eq(self, other) {
            return true;
        }
        if self.len != other.len || self.hash() != other.hash() {
            return false;
        }
        let (a, b) = (self.as_bytes(), other.as_bytes());
        if a.len() <= 16 {
            a.iter().zip(b).all(|(x, y)| x == y)
        } else {
            a == b
        }
    }
    #[inline]
    pub fn hash(&self) -> u32 {
        let h = self.hash.get();
        if h != 0 {
            return h;
        }
        let h = hash_bytes(self.as_bytes()) | 1;
        self.hash.set(h);
        h
    }
}

/// Content hash of a byte string (FNV-1a folded with the length; long strings
/// are sampled, like Lua, so hashing stays O(1)-ish for them).
pub fn hash_bytes(b: &[u8]) -> u32 {
    let mut h: u32 = 0x811c_9dc5 ^ (b.len() as u32);
    if b.len() <= 64 {
        for &c in b {
            h = (h ^ c as u32).wrapping_mul(0x0100_0193);
        }
    } else {
        let step = b.len() / 32;
        let mut i = 0;
        while i < b.len() {
            h = (h ^ b[i] as u32).wrapping_mul(0x0100_0193);
            i += step;
        }
        for &c in &b[b.len() - 16..] {
            h = (h ^ c as u32).wrapping_mul(0x0100_0193);
        }
    }
    h
}

// ---------------------------------------------------------------- prototypes

/// How a closure finds an upvalue when it is created.
#[derive(Clone, Debug)]
pub struct UpvalDesc {
    /// True: the enclosing function's register `index`; false: its upvalue `index`.
    pub in_stack: bool,
    pub index: u8,
    pub name: Option<Box<str>>,
}

/// A local variable's name and live range, for error messages and debug.
#[derive(Clone, Debug)]
pub struct LocVar {
    pub name: Box<str>,
    /// First instruction where the variable is live.
    pub start_pc: u32,
    /// First instruction where it is dead.
    pub end_pc: u32,
}

/// A compiled function. Immutable after the compiler builds it; allocated in the
/// mature space so it never moves. `repr(C)`: generated code reads its
/// constants (`layout::proto`).
#[repr(C)]
pub struct Proto {
    pub consts: FixedArray<Cell<Value>>,
    pub code: Box<[Op]>,
    /// Source line of each instruction.
    pub lines: Box<[u32]>,
    pub protos: Box<[Cell<Gc<Proto>>]>,
    pub upvals: Box<[UpvalDesc]>,
    pub locvars: Box<[LocVar]>,
    pub num_params: u8,
    pub is_vararg: bool,
    /// Registers the function needs (frame size).
    pub max_stack: u8,
    /// Chunk name as given to `load` ("@file.lua", "=stdin", or the source).
    pub source: Rc<str>,
    pub line_defined: u32,
    pub last_line_defined: u32,
    /// Hotness counters and the compiled entry (rt.rs).
    pub tier: crate::rt::TierState,
    /// What the interpreter saw each instruction do (`FEEDBACK_*` bits, one byte per instruction), read
    /// by the compiler for its hints. Written only off the integer fast paths.
    pub feedback: Box<[Cell<u8>]>,
}

/// `Proto::feedback`: an arithmetic instruction made a float (from two floats or mixed numbers).
pub const FEEDBACK_FLOAT: u8 = 1;

/// Empty feedback for `n` instructions.
pub fn no_feedback(n: usize) -> Box<[Cell<u8>]> {
    (0..n).map(|_| Cell::new(0)).collect()
}

unsafe impl Trace for Proto {
    const KIND: u8 = kind::PROTO;
    const NAME: &'static str = "proto";
    fn trace(&self, t: &mut Tracer) {
        trace_values(&self.consts, t);
        for p in self.protos.iter() {
            t.edge_gc(p);
        }
    }
}

impl Proto {
    /// The constant at `k`.
    #[inline]
    pub fn k(&self, k: usize) -> Value {
        self.consts[k].get()
    }
    /// Name of the local in register `reg` at instruction `pc`, if any.
    pub fn local_name(&self, reg: usize, pc: usize) -> Option<&str> {
        let mut n = 0;
        for v in self.locvars.iter() {
            if v.start_pc as usize > pc {
                break;
            }
            if pc < v.end_pc as usize {
                if n == reg {
                    return Some(&v.name);
                }
                n += 1;
            }
        }
        None
    }
    /// Chunk name as Lua prints it in messages ("file.lua", "[string \"...\"]").
    pub fn short_source(&self) -> String {
        crate::error::short_source(&self.source)
    }
}

// ---------------------------------------------------------------- closures

/// A Lua function: a prototype plus its upvalues. `repr(C)`: generated code
/// reads both (`layout::closure`).
#[repr(C)]
pub struct LuaClosure {
    pub proto: Cell<Gc<Proto>>,
    pub upvals: FixedArray<Cell<Gc<UpVal>>>,
}

unsafe impl Trace for LuaClosure {
    const KIND: u8 = kind::LUAFN;
    const NAME: &'static str = "function";
    fn trace(&self, t: &mut Tracer) {
        t.edge_gc(&self.proto);
        for u in self.upvals.iter() {
            t.edge_gc(u);
        }
    }
}

impl LuaClosure {
    #[inline]
    pub fn proto(&self) -> Gc<Proto> {
        self.proto.get()
    }
    #[inline]
    pub fn upval(&self, i: usize) -> Gc<UpVal> {
        self.upvals[i].get()
    }
}

/// A native (Rust) function: called with its arguments in the current frame
/// (`Vm::arg`), pushes its results on the stack and returns how many it pushed.
pub type NativeFn = fn(&mut Vm) -> LuaResult<usize>;

/// A native function value, with a name for messages and optional upvalues.
pub struct NativeClosure {
    pub f: NativeFn,
    /// The name argument errors show when neither the call site nor the loaded
    /// modules name the function: the qualified library name ("string.rep"),
    /// or "?" for functions no module exports (iterators), as PUC shows them.
    pub name: &'static str,
    pub upvals: Box<[Cell<Value>]>,
    /// `f`'s fast path, if it has one (`fast::fast_path_of`).
    pub fast: Option<crate::fast::FastFn>,
}

impl NativeClosure {
    pub fn new(f: NativeFn, name: &'static str, upvals: Box<[Cell<Value>]>) -> NativeClosure {
        NativeClosure { f, name, upvals, fast: crate::fast::fast_path_of(f) }
    }
}

unsafe impl Trace for NativeClosure {
    const KIND: u8 = kind::NATIVEFN;
    const NAME: &'static str = "function";
    fn trace(&self, t: &mut Tracer) {
        trace_values(&self.upvals, t)
    }
}

// ---------------------------------------------------------------- upvalues

/// Where an upvalue's value lives. `repr(C, u8)`: the tag byte at offset 0,
/// the variant's fields from offset 8 (`layout::upval`), so generated code
/// reads a closed value in place or finds an open one's slot.
#[derive(Clone, Copy, Debug)]
#[repr(C, u8)]
pub enum UpState {
    /// Still a register: slot `idx` of `thread`'s value stack.
    Open {
        thread: Gc<Thread>,
        idx: usize,
    },
    Closed(Value),
}

#[repr(C)]
pub struct UpVal {
    pub state: Cell<UpState>,
}

unsafe impl Trace for UpVal {
    const KIND: u8 = kind::UPVAL;
    const NAME: &'static str = "upvalue";
    fn trace(&self, t: &mut Tracer) {
        match self.state.get() {
            UpState::Open { thread, idx } => {
                let c = Cell::new(thread);
                t.edge_gc(&c);
                self.state.set(UpState::Open { thread: c.get(), idx });
            }
            UpState::Closed(v) => {
                let c = Cell::new(v);
                trace_value(&c, t);
                self.state.set(UpState::Closed(c.get()));
            }
        }
    }
}

// ---------------------------------------------------------------- userdata

/// A full userdata: a metatable, user values, and Rust-owned data.
pub struct UserData {
    /// What `type()` answers: "userdata", or the name of a kind of userdata
    /// a library introduces as its own type (the FFI's "cdata", as LuaJIT).
    pub type_name: Cell<&'static str>,
    pub meta: Cell<Option<Gc<Table>>>,
    /// A value private to the library that made the userdata (the FFI keeps
    /// its anchors here); Lua code never sees or replaces it.
    pub user_value: Cell<Value>,
    /// The user values Lua sees (`debug.getuservalue(u, n)`), fixed in number
    /// at creation as in PUC's `lua_newuserdatauv`; io files and cdata have none.
    pub user_values: Box<[Cell<Value>]>,
    pub data: RefCell<Box<dyn Any>>,
    /// Bytes `data` owns outside the heap, for the collector's pacing (a C API userdata's memory). Set once,
    /// right after the userdata is made: the heap counts it when the object is promoted and when it dies.
    pub owned_bytes: Cell<usize>,
}

unsafe impl Trace for UserData {
    const KIND: u8 = kind::USERDATA;
    const NAME: &'static str = "userdata";
    fn extra_bytes(&self) -> usize {
        self.owned_bytes.get()
    }
    fn trace(&self, t: &mut Tracer) {
        trace_opt(&self.meta, t);
        trace_value(&self.user_value, t);
        trace_values(&self.user_values, t);
    }
}

// ---------------------------------------------------------------- threads

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CoStatus {
    /// Created or yielded: can be resumed.
    Suspended,
    /// The currently running coroutine.
    Running,
    /// Resumed another coroutine and waits for it.
    Normal,
    /// Returned or failed.
    Dead,
}

/// The execution state of a coroutine while it is *not* running. The running
/// thread's state lives in the `Vm` itself (swapped in by resume, out by yield).
#[derive(Default)]
pub struct ThreadState {
    pub stack: RawVec<Value>,
    pub frames: RawVec<Frame>,
    /// Open upvalues, sorted by stack index.
    pub open_upvals: Vec<Gc<UpVal>>,
    /// Stack top (first free slot) when the thread was switched out.
    pub top: usize,
    /// Stack slots of pending to-be-closed variables, ascending.
    pub tbc: Vec<usize>,
    /// `Pcall` records and natives calling in place in `frames`
    /// (`Vm::pcall_depth` while it runs).
    pub pcall_depth: usize,
}

/// A coroutine. Allocated in the mature space: never moves.
pub struct Thread {
    pub status: Cell<CoStatus>,
    /// Saved state while not running (empty while running).
    pub saved: UnsafeCell<ThreadState>,
    /// Runloop nesting level at which this coroutine was last resumed; a yield is
    /// legal only from that level ("attempt to yield across a C-call boundary").
    pub resume_level: Cell<usize>,
    /// Its debug hook (`debug.sethook`): mask, counts, line tracking; the hook
    /// function itself is in the registry's `_HOOKKEY` table (hook.rs).
    pub hook: Cell<crate::hook::HookState>,
}

unsafe impl Trace for Thread {
    const KIND: u8 = kind::THREAD;
    const NAME: &'static str = "thread";
    fn trace(&self, t: &mut Tracer) {
        // SAFETY: the collector runs on the VM thread while no code holds a borrow
        // of a thread's saved state (switching threads does not allocate).
        let st = unsafe { &mut *self.saved.get() };
        let none = crate::callstack::LiveLimit::NONE;
        crate::callstack::trace_state(&mut st.stack[..], &mut st.frames, st.top, none, &mut st.open_upvals, t);
    }
}

impl Thread {
    /// # Safety
    /// The caller must not hold another reference into the saved state, and must
    /// not allocate while using the returned one.
    #[allow(clippy::mut_from_ref)]
    pub unsafe fn saved_mut(&self) -> &mut ThreadState {
        // SAFETY: exclusivity is the caller's contract.
        unsafe { &mut *self.saved.get() }
    }
}
