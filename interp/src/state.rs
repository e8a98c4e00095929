//! The VM state (`Vm`): the running thread's stack and callstack, globals,
//! registry, the heap, and the API native functions use (arguments, results,
//! errors, allocation). Collection entry points live in `gc_glue.rs`; calls and
//! the runloop in `call.rs` and `runloop.rs`.
//!
//! Invariant: the running thread's state (stack, frames, open upvalues) lives in
//! the `Vm` fields, never in its `Thread` object; a suspended thread's state lives
//! in its `Thread::saved`. Switching threads swaps them and never allocates.
//! Invariant: every GC reference the VM holds outside the heap is reached by
//! `Vm::trace_roots`.

use crate::callstack::{Frame, FrameKind, LiveLimit};
use crate::error::LuaError;
use crate::object::{CoStatus, LuaStr, NativeClosure, NativeFn, Thread, ThreadState, UpVal, UserData};
use crate::rawvec::RawVec;
use crate::table::{KeyError, Table};
use crate::value::Value;
use kiln_gc::{Gc, Heap, HeapConfig, Trace};
use std::any::Any;
use std::cell::{Cell, RefCell, UnsafeCell};

pub type LuaResult<T> = Result<T, LuaError>;

/// Lua's LUAI_MAXSTACK: more stack slots than this is "stack overflow".
pub const MAX_STACK: usize = 1_000_000;
/// Nesting of Rust-level runloops (native -> Lua calls) before "C stack overflow".
pub const MAX_NESTED: usize = 200;
/// Slots a native function may push without calling `ensure_stack` (LUA_MINSTACK).
pub const MIN_STACK: usize = 20;
/// Extra stack slots a message handler may use after a stack overflow.
pub const ERROR_STACK_EXTRA: usize = 2000;
/// What the slots of a stack buffer left behind hold under
/// `KILN_STACK_STRESS=1`: a stale read shows as this light userdata.
pub const STACK_POISON: Value = Value::LightUserData(0xdead_57ac);
/// Under `KILN_STACK_STRESS=1` a stack of up to this many slots moves at every
/// growth check; a bigger one every `len / STRESS_COPY_PER_CHECK` checks, so
/// deep recursion (a million slots before "stack overflow") costs the stress
/// about `STRESS_COPY_PER_CHECK` slots copied per check instead of the whole
/// stack each time (quadratic: minutes per script).
const STRESS_EVERY_CHECK_SLOTS: usize = 1024;
const STRESS_COPY_PER_CHECK: usize = 256;

/// Metamethod events, in the order of `TM_NAMES`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Tm {
    Index,
    NewIndex,
    Gc,
    Mode,
    Len,
    Eq,
    Add,
    Sub,
    Mul,
    Mod,
    Pow,
    Div,
    IDiv,
    BAnd,
    BOr,
    BXor,
    Shl,
    Shr,
    Unm,
    BNot,
    Lt,
    Le,
    Concat,
    Call,
    Close,
    ToString,
    Name,
    Pairs,
    Metatable,
}

pub const TM_NAMES: [&str; 29] = [
    "__index",
    "__newindex",
    "__gc",
    "__mode",
    "__len",
    "__eq",
    "__add",
    "__sub",
    "__mul",
    "__mod",
    "__pow",
    "__div",
    "__idiv",
    "__band",
    "__bor",
    "__bxor",
    "__shl",
    "__shr",
    "__unm",
    "__bnot",
    "__lt",
    "__le",
    "__concat",
    "__call",
    "__close",
    "__tostring",
    "__name",
    "__pairs",
    "__metatable",
];

/// How a native record suspended with a continuation goes on when its coroutine is resumed with the `n`
/// values at `first` (`Vm::resume_continuation`).
pub type ResumeContinuation = fn(&mut Vm, usize, usize) -> LuaResult<crate::call::Next>;

/// `repr(C)`, with the fields generated code reads first (`layout::vm`).
#[repr(C)]
pub struct Vm {
    /// Running thread: value stack. Its `len()` is the allocated size; slots at
    /// and above `top` are free (kept nil or stale but always valid values).
    pub stack: RawVec<Value>,
    /// First free slot of the running thread's stack.
    pub top: usize,
    /// Growth checks pass below this slot without calling `grow_stack`: the
    /// stack's length, or 0 under `KILN_STACK_STRESS=1` so that every check
    /// reallocates. Kept by `resize_stack` and thread switches
    /// (`refresh_stack_room`). Invariant: `stack_room <= stack.len()`.
    pub stack_room: usize,
    /// Running thread: callstack records.
    pub frames: RawVec<Frame>,
    /// The running thread object.
    pub thread: Gc<Thread>,
    /// The trap byte (`hook::trap` bits): hooks of the running thread, a
    /// pending interrupt, finalizers due. Zero when the runloop has nothing to
    /// do but run code; it tests this one byte at its safe points (hook.rs).
    /// Atomic because a signal handler sets the interrupt bit.
    pub trap: std::sync::atomic::AtomicU8,
    /// `KILN_STACK_STRESS=1` (PUC's HARDSTACKTESTS): every stack-growth check
    /// moves the stack to a fresh allocation and poisons the old one.
    pub stack_stress: bool,
    /// Under `stack_stress`: the buffer the stack last moved out of, kept
    /// allocated and filled with `STACK_POISON` until the next move, so a
    /// stale pointer into it reads the poison instead of freed memory.
    stack_quarantine: RawVec<Value>,
    /// Under `stack_stress`: resizes so far (see `STRESS_EVERY_CHECK_SLOTS`).
    stack_resizes: usize,
    pub heap: Heap,
    /// Descriptions of the NestedRunloop records that have one, indexed by
    /// `Frame::desc_index`: records hold no owned Rust objects (callstack.rs).
    /// Pushed and popped with their record by `call_nested_with`, whose Rust
    /// calls nest, so this is a stack shared by all threads.
    pub nested_descs: Vec<std::rc::Rc<str>>,
    /// Running thread: where the innermost Lua frame's live registers end
    /// while one of its instructions allocates (see `LiveLimit`); set and
    /// cleared around the allocation by the runloop, cleared by thread switches.
    pub live_limit: LiveLimit,
    /// Running thread: open upvalues sorted by stack index.
    pub open_upvals: Vec<Gc<UpVal>>,
    /// Running thread: stack slots of pending to-be-closed variables, ascending.
    pub tbc: Vec<usize>,
    pub main_thread: Gc<Thread>,
    pub globals: Gc<Table>,
    pub registry: Gc<Table>,
    /// Metatables of types other than tables and full userdata, by value tag.
    pub type_meta: [Option<Gc<Table>>; 11],
    /// Metamethod names as strings, indexed by `Tm`.
    pub tm_names: Vec<Gc<LuaStr>>,
    /// The names `type` answers, as the shared strings, indexed as `TYPE_NAMES` (`Vm::type_name_str`).
    pub type_names: [Gc<LuaStr>; TYPE_NAMES.len()],
    /// Short strings shared by content (`compile::SharedStrings`): every
    /// chunk's string constants, the metamethod names, library and function
    /// names. Roots.
    pub shared_strings: crate::compile::SharedStrings,
    /// LIFO root stack for Rust code that must hold values across allocations.
    pub handles: Vec<Value>,
    /// The error value being raised (valid while an `Err(LuaError::Runtime)` travels).
    pub error: Value,
    /// The message handler (or command-line traceback) that will catch the
    /// error in flight already ran, at the error point: the catcher skips it.
    pub error_handled: bool,
    /// `Pcall` records of the running thread and native records waiting for a
    /// call made in their place (`call_in_place`): each counts as a C call
    /// towards "C stack overflow", as `lua_pcall` and `lua_callk` do in PUC Lua.
    pub pcall_depth: usize,
    /// Current nesting of Rust-level runloops (`call_nested`, resume).
    pub nested_level: usize,
    /// How many of those levels are metamethod calls made by an instruction of
    /// the running thread, which a yield may suspend (`flags::YIELDABLE`).
    pub yieldable_nested: usize,
    /// Set while a message handler runs: the stack, frame and nesting limits
    /// grow a little so the handler can report an overflow (Lua's EXTRA_STACK).
    pub error_headroom: bool,
    /// Mature objects with a `__gc` metamethod, until a major collection finds them dead.
    pub finalizable: Vec<Value>,
    /// Young objects with a `__gc` metamethod, until a minor collection finds
    /// them dead or promotes them (then they move to `finalizable`).
    pub young_finalizable: Vec<Value>,
    /// C copies of young strings handed to C (`Vm::c_string_ptr`): mature
    /// copies, each alive while its original string is. Keyed by the
    /// original's current address; the collector moves or drops entries.
    pub young_c_twins: std::collections::HashMap<usize, (Value, Gc<LuaStr>)>,
    /// The same, for originals that have since been promoted.
    pub mature_c_twins: Vec<(Value, Gc<LuaStr>)>,
    /// Dead finalizable objects whose `__gc` has yet to run, in the order
    /// they run (each collection appends its dead objects newest first).
    pub to_finalize: std::collections::VecDeque<Value>,
    /// Set while finalizers run (no nested finalization).
    pub running_finalizers: bool,
    /// Per-VM data other crates and the stdlib attach (io handles, the JIT, ...).
    pub extensions: Vec<Box<dyn Any>>,
    /// The tier above the interpreter and its threshold (rt.rs).
    pub tiering: crate::rt::Tiering,
    /// Resumes a native record that yielded with a continuation (its `aux` word nonzero: the C API's
    /// `lua_yieldk`), with the `n` resume values at `first..`; set by the crate that makes such records.
    pub resume_continuation: Option<ResumeContinuation>,
    /// Userdata whose `__eq` also runs against values of other types
    /// (`Vm::equals`); set by the FFI for its cdata. None: Lua 5.4's rule.
    pub eq_any_userdata: Option<fn(&crate::object::UserData) -> bool>,
}

/// What `type` answers for each kind of value but full userdata (`Vm::type_names`).
pub const TYPE_NAMES: [&str; 8] = ["nil", "boolean", "number", "string", "table", "function", "userdata", "thread"];

impl Vm {
    /// A VM with an empty global table; `stdlib::open_all` adds the libraries.
    pub fn new(config: HeapConfig) -> Vm {
        let mut heap = Heap::new(config);
        let main_thread = heap.alloc(new_thread_object(), true);
        main_thread.status.set(CoStatus::Running);
        let globals = heap.alloc(Table::new(0, 64), true);
        let registry = heap.alloc(Table::new(4, 8), true);
        let tm_names: Vec<Gc<LuaStr>> = TM_NAMES.iter().map(|n| LuaStr::alloc(&mut heap, n.as_bytes(), true)).collect();
        let type_names = TYPE_NAMES.map(|n| LuaStr::alloc(&mut heap, n.as_bytes(), true));
        let shared_strings =
            tm_names.iter().chain(&type_names).map(|&s| (std::rc::Rc::from(s.as_bytes()), s)).collect();
        let mut vm = Vm {
            heap,
            stack: RawVec::filled(Value::Nil, 2 * MIN_STACK),
            top: 0,
            stack_room: 2 * MIN_STACK,
            stack_stress: config.stack_stress,
            stack_quarantine: RawVec::new(),
            stack_resizes: 0,
            frames: RawVec::with_capacity(64),
            nested_descs: Vec::new(),
            live_limit: LiveLimit::NONE,
            open_upvals: Vec::new(),
            tbc: Vec::new(),
            thread: main_thread,
            main_thread,
            globals,
            registry,
            type_meta: [None; 11],
            tm_names,
            type_names,
            shared_strings,
            handles: Vec::new(),
            error: Value::Nil,
            error_handled: false,
            pcall_depth: 0,
            nested_level: 0,
            yieldable_nested: 0,
            error_headroom: false,
            finalizable: Vec::new(),
            young_finalizable: Vec::new(),
            young_c_twins: std::collections::HashMap::new(),
            mature_c_twins: Vec::new(),
            to_finalize: std::collections::VecDeque::new(),
            running_finalizers: false,
            trap: std::sync::atomic::AtomicU8::new(0),
            extensions: Vec::new(),
            tiering: Default::default(),
            resume_continuation: None,
            eq_any_userdata: None,
        };
        // The bottom record: natives called from Rust before any script runs see
        // an empty frame here.
        vm.frames.push(Frame::new(FrameKind::NestedRunloop, 0, 0, 0, -1));
        vm.refresh_stack_room();
        vm.set_global_value("_G", Value::Table(globals));
        vm
    }

    // ------------------------------------------------------------ allocation

    /// Make room for one `T` with `tail` extra bytes, collecting if needed (a
    /// minor collection, then a major one if the mature space is due). Every GC
    /// reference held in Rust locals is stale afterwards.
    ///
    /// Invariant: this is the only place an allocation starts a collection, and
    /// it runs *before* the object exists. Nothing collects between an
    /// allocation and the moment its result is stored where the roots reach it.
    #[inline]
    pub fn reserve<T: Trace>(&mut self, tail: usize) {
        if self.heap.needs_collection::<T>(tail) {
            self.collect_minor();
        }
    }

    /// Allocate `value`, which must hold no references to young objects obtained
    /// before the call (build it from fresh reads, or use `reserve` + `alloc_reserved`).
    #[inline]
    pub fn alloc<T: Trace>(&mut self, value: T) -> Gc<T> {
        self.reserve::<T>(0);
        self.heap.alloc(value, false)
    }

    /// Allocate right after `reserve::<T>(0)`, without collecting.
    #[inline]
    pub fn alloc_reserved<T: Trace>(&mut self, value: T) -> Gc<T> {
        self.heap.alloc(value, false)
    }

    /// Allocate directly in the mature space, without collecting: the object never
    /// moves. The caller must make it reachable before the next collection.
    #[inline]
    pub fn alloc_mature<T: Trace>(&mut self, value: T) -> Gc<T> {
        self.heap.alloc(value, true)
    }

    pub fn new_str(&mut self, bytes: &[u8]) -> Gc<LuaStr> {
        self.reserve::<LuaStr>(bytes.len());
        LuaStr::alloc(&mut self.heap, bytes, false)
    }

    /// A NUL-terminated pointer to the bytes of `s` that C may keep while `s`
    /// lives and that never moves: `s` itself when mature, else a mature copy
    /// (one per string, reused) that lives exactly as long as `s` does.
    /// Does not collect.
    pub fn c_string_ptr(&mut self, s: Gc<LuaStr>) -> *const u8 {
        if s.header().is_mature() {
            return s.as_c_ptr();
        }
        if let Some((_, twin)) = self.young_c_twins.get(&s.addr()) {
            return twin.as_c_ptr();
        }
        let twin = LuaStr::alloc(&mut self.heap, s.as_bytes(), true);
        self.young_c_twins.insert(s.addr(), (Value::Str(s), twin));
        twin.as_c_ptr()
    }

    pub fn new_str_value(&mut self, bytes: &[u8]) -> Value {
        Value::Str(self.new_str(bytes))
    }

    pub fn new_table(&mut self, narr: usize, nhash: usize) -> Gc<Table> {
        // The collection first, then the table built where it goes: built before a call that may
        // collect, it would be a copy on the stack, stored and reloaded in pieces of different sizes.
        self.reserve::<Table>(0);
        self.alloc_reserved(Table::new(narr, nhash))
    }

    pub fn new_userdata(&mut self, data: Box<dyn Any>) -> Gc<UserData> {
        self.new_userdata_uv(data, 0)
    }

    /// A full userdata with `n` user values, all nil (`lua_newuserdatauv`).
    pub fn new_userdata_uv(&mut self, data: Box<dyn Any>, n: usize) -> Gc<UserData> {
        self.alloc(UserData {
            type_name: Cell::new("userdata"),
            meta: Cell::new(None),
            user_value: Cell::new(Value::Nil),
            user_values: (0..n).map(|_| Cell::new(Value::Nil)).collect(),
            data: RefCell::new(data),
            owned_bytes: Cell::new(0),
        })
    }

    /// A native function value with `nup` upvalues taken (and popped) from the
    /// top of the stack.
    pub fn new_native(&mut self, f: NativeFn, name: &'static str, nup: usize) -> Value {
        self.reserve::<NativeClosure>(0);
        let ups: Box<[Cell<Value>]> = self.stack[self.top - nup..self.top].iter().map(|v| Cell::new(*v)).collect();
        self.top -= nup;
        Value::NativeFn(self.alloc_reserved(NativeClosure::new(f, name, ups)))
    }

    pub fn new_thread(&mut self) -> Gc<Thread> {
        // Threads never move: open upvalues and the runloop refer to them.
        // Collect first: the new thread is reachable from nothing until the
        // caller stores it (a collection after `alloc_mature` freed it).
        self.reserve::<Thread>(0);
        self.alloc_mature(new_thread_object())
    }

    // ------------------------------------------------------------ tables

    /// `rawset` with the write barrier; errors for nil and NaN keys.
    /// Growing the table for want of memory is retried once after a full
    /// collection, then raises "not enough memory".
    pub fn table_set(&mut self, t: Gc<Table>, k: Value, v: Value) -> LuaResult<()> {
        let mut t = t;
        let mut result = t.set(k, v);
        let (mut k, mut v) = (k, v);
        if result == Err(KeyError::NoMemory) {
            let mut keep = [Value::Table(t), k, v];
            self.collect_for_retry(&mut keep);
            let Value::Table(moved) = keep[0] else { unreachable!("kept a table above") };
            (t, k, v) = (moved, keep[1], keep[2]);
            result = t.set(k, v);
        }
        match result {
            Ok(()) => {
                self.barrier_value(t.raw(), k);
                self.barrier_value(t.raw(), v);
                Ok(())
            }
            Err(KeyError::Nil) => Err(self.runtime_error("table index is nil")),
            Err(KeyError::NaN) => Err(self.runtime_error("table index is NaN")),
            Err(KeyError::NoMemory) => Err(self.memory_error()),
        }
    }

    /// `SetList`'s store into the table at stack slot `tslot` of the `count`
    /// values above it, after it failed for want of memory: collect, retry,
    /// else "not enough memory".
    pub fn set_list_retry(&mut self, tslot: usize, start: i64, count: usize) -> LuaResult<()> {
        self.collect_for_retry(&mut []);
        let Value::Table(t) = self.stack[tslot] else { unreachable!("SetList stores into a table") };
        // No barrier: the full collection just emptied the nursery, so every
        // value stored here is mature.
        t.set_list(start, &self.stack[tslot + 1..tslot + 1 + count]).map_err(|_| self.memory_error())
    }

    /// Raw integer-key set with the write barrier, for tables whose size the
    /// VM controls: running out of memory here aborts, as any internal
    /// allocation does (a program's stores go through `table_set`).
    #[inline]
    pub fn table_set_int(&mut self, t: Gc<Table>, i: i64, v: Value) {
        if t.set_int(i, v).is_err() {
            std::alloc::handle_alloc_error(std::alloc::Layout::new::<Value>());
        }
        self.barrier_value(t.raw(), v);
    }

    /// Raw string-key set with the write barrier. `t` and `v` are held on the
    /// handle stack while the key is allocated, so they may be young.
    pub fn table_set_str(&mut self, t: Gc<Table>, k: &str, v: Value) {
        self.handles.push(Value::Table(t));
        self.handles.push(v);
        let key = Value::Str(self.shared_str(k.as_bytes()));
        let v = self.release();
        let Value::Table(t) = self.release() else { unreachable!("pushed a table above") };
        t.set(key, v).expect("string keys are valid");
        self.barrier_value(t.raw(), key);
        self.barrier_value(t.raw(), v);
    }

    #[inline]
    pub fn barrier_value(&mut self, owner: std::ptr::NonNull<kiln_gc::GcHeader>, v: Value) {
        if let Some(h) = v.gc_header() {
            self.heap.barrier(owner, h);
        }
    }

    pub fn set_global_value(&mut self, name: &str, v: Value) {
        let g = self.globals;
        self.table_set_str(g, name, v);
    }

    pub fn get_global(&mut self, name: &str) -> Value {
        let key = self.new_str(name.as_bytes());
        self.globals.get_str(key)
    }

    /// Create (or extend) the library table `lib` with native functions and
    /// store it as a global ("_G" adds to the global table itself).
    pub fn register_lib(&mut self, lib: &str, funcs: &[(&'static str, NativeFn)]) -> Gc<Table> {
        let t = if lib == "_G" {
            self.globals
        } else {
            let t = self.heap.alloc(Table::new(0, funcs.len()), true);
            self.set_global_value(lib, Value::Table(t));
            t
        };
        for &(name, f) in funcs {
            let nf = self.heap.alloc(NativeClosure::new(f, name, Box::new([])), true);
            let key = self.shared_str(name.as_bytes());
            t.set(Value::Str(key), Value::NativeFn(nf)).expect("string keys are valid");
        }
        t
    }

    /// `type(v)` as the shared string (no allocation, no lookup).
    #[inline]
    pub fn type_name_str(&mut self, v: Value) -> Gc<LuaStr> {
        let i = match v {
            Value::Nil => 0,
            Value::Bool(_) => 1,
            Value::Int(_) | Value::Float(_) => 2,
            Value::Str(_) => 3,
            Value::Table(_) => 4,
            Value::LuaFn(_) | Value::NativeFn(_) => 5,
            Value::LightUserData(_) => 6,
            Value::Thread(_) => 7,
            // A full userdata may have a name of its own (cdata).
            Value::UserData(u) => return self.shared_str(u.type_name.get().as_bytes()),
        };
        self.type_names[i]
    }

    /// The shared (mature) string with these bytes, made and shared on first
    /// use (`compile::SharedStrings`); a long string or a full table gives a
    /// fresh mature string. Does not collect.
    pub fn shared_str(&mut self, bytes: &[u8]) -> Gc<LuaStr> {
        if let Some(&s) = self.shared_strings.get(bytes) {
            return s;
        }
        let s = LuaStr::alloc(&mut self.heap, bytes, true);
        if bytes.len() <= crate::compile::SHARED_MAX_LEN && self.shared_strings.len() < crate::compile::SHARED_MAX_COUNT
        {
            self.shared_strings.insert(std::rc::Rc::from(bytes), s);
        }
        s
    }

    // ------------------------------------------------------------ stack

    /// Make sure `n` more slots above `top` exist. Errors with "stack overflow"
    /// past `MAX_STACK`. Reallocates: indices stay valid, pointers do not.
    #[inline]
    pub fn ensure_stack(&mut self, n: usize) -> LuaResult<()> {
        let need = self.top + n;
        if need > self.stack_room {
            self.grow_stack(need)?;
        }
        Ok(())
    }

    /// The slow path of the growth checks (`need > stack_room`): grow to at
    /// least `need` slots, or, under stress, move the stack anyway.
    #[cold]
    pub(crate) fn grow_stack(&mut self, need: usize) -> LuaResult<()> {
        let limit = self.stack_limit();
        if need > limit {
            // Leave room to build and report the error.
            self.resize_stack(self.stack.len().max(limit + 200));
            return Err(self.stack_overflow_error());
        }
        let len = self.stack.len();
        let new_len = if need <= len { len } else { (len * 2).max(need).min(limit) };
        self.resize_stack(new_len);
        Ok(())
    }

    /// The one place the running thread's stack is resized (new slots nil):
    /// under `KILN_STACK_STRESS=1` it moves to a fresh allocation every time.
    /// Pointers into the stack are stale afterwards; indices stay valid.
    pub(crate) fn resize_stack(&mut self, new_len: usize) {
        if self.stack_stress {
            self.stack_resizes += 1;
            let len = self.stack.len().max(new_len);
            let every = if len <= STRESS_EVERY_CHECK_SLOTS { 1 } else { len / STRESS_COPY_PER_CHECK };
            if self.stack_resizes.is_multiple_of(every) || new_len > self.stack.capacity() {
                self.stack_quarantine = self.stack.relocate(new_len, STACK_POISON);
            }
        }
        self.stack.resize(new_len, Value::Nil);
        self.refresh_stack_room();
    }

    /// Recompute `stack_room` for the stack in `self.stack` (after a resize
    /// or a thread switch).
    #[inline]
    pub(crate) fn refresh_stack_room(&mut self) {
        self.stack_room = if self.stack_stress { 0 } else { self.stack.len() };
    }

    /// Slots the running thread may use: `MAX_STACK`, and a little more while
    /// a message handler runs after an overflow.
    fn stack_limit(&self) -> usize {
        if self.error_headroom {
            MAX_STACK + ERROR_STACK_EXTRA
        } else {
            MAX_STACK
        }
    }

    /// `lua_checkstack`: make room for `n` more slots above `top` and answer
    /// true, or answer false (raising nothing) when the stack limit forbids it,
    /// even if an earlier overflow left the stack longer.
    pub fn check_stack(&mut self, n: usize) -> bool {
        self.top.saturating_add(n) <= self.stack_limit() && self.ensure_stack(n).is_ok()
    }

    /// The error of a stack (or callstack) that may not grow: "stack overflow",
    /// or, when it overflows again while a message handler runs in the room
    /// the first overflow left, "error in error handling" with no position
    /// (PUC raises LUA_ERRERR once its stack is past the limit).
    #[cold]
    pub(crate) fn stack_overflow_error(&mut self) -> crate::error::LuaError {
        if !self.error_headroom {
            return self.runtime_error("stack overflow");
        }
        let msg = self.new_str_value(b"error in error handling");
        self.error = msg;
        crate::error::LuaError::Runtime
    }

    /// After a protected call caught an error (PUC's `luaD_shrinkstack` in
    /// `luaD_pcall`): the room an overflow added for the handler goes, so the
    /// stack is no longer than the limit and `ensure_stack`'s fast path (the
    /// stack's length) enforces it again.
    pub(crate) fn shrink_stack_after_error(&mut self) {
        if !self.error_headroom && self.stack.len() > MAX_STACK && self.top <= MAX_STACK {
            self.resize_stack(MAX_STACK);
        }
    }

    #[inline]
    pub fn push(&mut self, v: Value) {
        if self.top == self.stack.len() {
            let _ = self.grow_stack(self.top + 1);
        }
        self.stack[self.top] = v;
        self.top += 1;
    }

    /// Push a copy of stack slot `idx` (`lua_pushvalue`), copied by parts
    /// (`value::slot`): a value a native just pushed or read is not reloaded
    /// whole, which stalls on the parts it was stored as.
    #[inline]
    pub fn push_slot(&mut self, idx: usize) {
        self.room_for_push();
        assert!(idx < self.top, "push_slot above the top");
        // SAFETY: both slots are inside the stack (`idx < top`, and
        // `room_for_push` checked `top`).
        unsafe {
            let sp = self.stack.as_mut_ptr();
            crate::value::slot::copy(sp.add(self.top), sp.add(idx));
        }
        self.top += 1;
    }

    /// Push a copy of the value at `src`, by parts (a table's slot: `lua_geti`).
    ///
    /// # Safety
    /// `src` points to a valid value that growing the stack does not move or
    /// free (not a stack slot: see `push_slot`).
    #[inline]
    pub unsafe fn push_copy(&mut self, src: *const Value) {
        self.room_for_push();
        // SAFETY: `top` is inside the stack (`room_for_push`); `src` is the caller's.
        unsafe { crate::value::slot::copy(self.stack.as_mut_ptr().add(self.top), src) };
        self.top += 1;
    }

    /// Make sure slot `top` exists, as `push` does (a failed growth is
    /// reported by the assertion: the natives' stack headroom makes it a bug).
    #[inline(always)]
    fn room_for_push(&mut self) {
        if self.top == self.stack.len() {
            let _ = self.grow_stack(self.top + 1);
        }
        assert!(self.top < self.stack.len(), "no stack slot to push into");
    }

    pub fn push_str(&mut self, b: &[u8]) {
        let s = self.new_str(b);
        self.push(Value::Str(s));
    }

    #[inline]
    pub fn pop(&mut self) -> Value {
        self.top -= 1;
        self.stack[self.top]
    }

    // ------------------------------------------------------------ arguments

    /// The innermost record (the running native's, when called from a native).
    #[inline]
    pub fn frame(&self) -> &Frame {
        self.frames.last().expect("callstack is never empty")
    }

    /// Number of arguments passed to the running native function.
    #[inline]
    pub fn nargs(&self) -> usize {
        self.top - self.frame().base
    }

    /// Argument `i` (1-based) of the running native function; nil if absent.
    #[inline]
    pub fn arg(&self, i: usize) -> Value {
        let f = self.frame();
        let idx = f.base + i - 1;
        if idx < self.top {
            self.stack[idx]
        } else {
            Value::Nil
        }
    }

    /// Replace argument `i` (e.g. a number converted to a string in place).
    pub fn set_arg(&mut self, i: usize, v: Value) {
        let idx = self.frame().base + i - 1;
        if idx < self.top {
            self.stack[idx] = v;
        }
    }

    /// Name of the running native function, for messages.
    pub fn native_name(&self) -> &'static str {
        match self.stack.get(self.frame().func) {
            Some(Value::NativeFn(f)) => f.name,
            _ => "?",
        }
    }

    /// "bad argument #i to 'name' (msg)", as `luaL_argerror`: the name comes from
    /// the calling instruction when a Lua function made the call ("rep" for
    /// `s:rep()`), else from the loaded modules ("string.rep"). A method call
    /// does not count `self`, and a bad `self` is "calling 'm' on bad self".
    pub fn arg_error(&mut self, i: usize, msg: &str) -> LuaError {
        let mut i = i;
        let name = match self.native_call_name() {
            Some(("method", name)) => {
                i -= 1;
                if i == 0 {
                    return self.rt_error(format!("calling '{name}' on bad self ({msg})"));
                }
                name
            }
            Some((_, name)) => name,
            None => {
                let f = self.stack.get(self.frame().func).copied().unwrap_or(Value::Nil);
                self.global_func_name(f).unwrap_or_else(|| self.native_name().to_string())
            }
        };
        self.rt_error(format!("bad argument #{i} to '{name}' ({msg})"))
    }

    /// "bad argument #i to 'name' (expected expected, got type)".
    pub fn type_error(&mut self, i: usize, expected: &str) -> LuaError {
        let got = if i > self.nargs() { "no value".to_string() } else { self.type_name_of(self.arg(i)) };
        self.arg_error(i, &format!("{expected} expected, got {got}"))
    }

    /// Type name as `luaL_typeerror` shows it: `__name` of the metatable if a string.
    pub fn type_name_of(&self, v: Value) -> String {
        if let Some(mt) = self.metatable_of(v) {
            if let Value::Str(s) = mt.get_str(self.tm_names[Tm::Name as usize]) {
                return s.to_str_lossy().into_owned();
            }
        }
        if let Value::LightUserData(_) = v {
            return "light userdata".into();
        }
        v.type_name().to_string()
    }

    pub fn check_any(&mut self, i: usize) -> LuaResult<Value> {
        if i > self.nargs() {
            return Err(self.arg_error(i, "value expected"));
        }
        Ok(self.arg(i))
    }

    // The argument checks below are inlined for the common case (the value
    // already has the wanted type) and leave conversions and errors to an
    // out-of-line function: a builtin checks two or three arguments per call.

    #[inline]
    pub fn check_table(&mut self, i: usize) -> LuaResult<Gc<Table>> {
        match self.arg(i) {
            Value::Table(t) => Ok(t),
            _ => Err(self.type_error(i, "table")),
        }
    }

    #[inline]
    pub fn check_int(&mut self, i: usize) -> LuaResult<i64> {
        match self.arg(i) {
            Value::Int(n) => Ok(n),
            _ => self.check_int_slow(i),
        }
    }

    #[cold]
    #[inline(never)]
    fn check_int_slow(&mut self, i: usize) -> LuaResult<i64> {
        match self.arg(i) {
            Value::Int(n) => Ok(n),
            Value::Float(f) => match crate::number::float_to_int_exact(f) {
                Some(n) => Ok(n),
                None => Err(self.arg_error(i, "number has no integer representation")),
            },
            Value::Str(s) => match crate::number::str_to_number(s.as_bytes()) {
                Some(Value::Int(n)) => Ok(n),
                Some(Value::Float(f)) => match crate::number::float_to_int_exact(f) {
                    Some(n) => Ok(n),
                    None => Err(self.arg_error(i, "number has no integer representation")),
                },
                _ => Err(self.type_error(i, "number")),
            },
            _ => Err(self.type_error(i, "number")),
        }
    }

    #[inline]
    pub fn opt_int(&mut self, i: usize, default: i64) -> LuaResult<i64> {
        match self.arg(i) {
            Value::Int(n) => Ok(n),
            Value::Nil => Ok(default),
            _ => self.check_int_slow(i),
        }
    }

    #[inline]
    pub fn check_num(&mut self, i: usize) -> LuaResult<f64> {
        match self.arg(i) {
            Value::Int(n) => Ok(n as f64),
            Value::Float(f) => Ok(f),
            _ => self.check_num_slow(i),
        }
    }

    #[cold]
    #[inline(never)]
    fn check_num_slow(&mut self, i: usize) -> LuaResult<f64> {
        match self.arg(i) {
            Value::Int(n) => Ok(n as f64),
            Value::Float(f) => Ok(f),
            Value::Str(s) => match crate::number::str_to_number(s.as_bytes()) {
                Some(Value::Int(n)) => Ok(n as f64),
                Some(Value::Float(f)) => Ok(f),
                _ => Err(self.type_error(i, "number")),
            },
            _ => Err(self.type_error(i, "number")),
        }
    }

    /// The argument as a number value (integer or float), converting strings.
    pub fn check_number(&mut self, i: usize) -> LuaResult<Value> {
        match self.arg(i) {
            v @ (Value::Int(_) | Value::Float(_)) => Ok(v),
            Value::Str(s) => match crate::number::str_to_number(s.as_bytes()) {
                Some(v) => Ok(v),
                None => Err(self.type_error(i, "number")),
            },
            _ => Err(self.type_error(i, "number")),
        }
    }

    #[inline]
    pub fn opt_num(&mut self, i: usize, default: f64) -> LuaResult<f64> {
        if self.arg(i).is_nil() {
            Ok(default)
        } else {
            self.check_num(i)
        }
    }

    /// The argument as a string; numbers are converted in place (like
    /// `luaL_checklstring`), which may allocate.
    #[inline]
    pub fn check_str(&mut self, i: usize) -> LuaResult<Gc<LuaStr>> {
        match self.arg(i) {
            Value::Str(s) => Ok(s),
            _ => self.check_str_slow(i),
        }
    }

    #[cold]
    #[inline(never)]
    fn check_str_slow(&mut self, i: usize) -> LuaResult<Gc<LuaStr>> {
        match self.arg(i) {
            Value::Str(s) => Ok(s),
            v @ (Value::Int(_) | Value::Float(_)) => {
                let text = crate::number::number_to_string(v);
                let s = self.new_str(text.as_bytes());
                self.set_arg(i, Value::Str(s));
                Ok(s)
            }
            _ => Err(self.type_error(i, "string")),
        }
    }

    /// `check_str` copied out to a Rust vector (safe to hold across allocations).
    /// A Rust-owned copy of string argument `i`; "not enough memory" (after a
    /// collection and a retry) when a program's string is too long to copy.
    pub fn check_bytes(&mut self, i: usize) -> LuaResult<Vec<u8>> {
        let mut out = Vec::new();
        let len = self.check_str(i)?.len();
        self.reserve_buffer(&mut out, len, &mut [])?;
        // Read after the reservation: a collection may have moved the string.
        out.extend_from_slice(self.check_str(i)?.as_bytes());
        Ok(out)
    }

    pub fn opt_str(&mut self, i: usize) -> LuaResult<Option<Gc<LuaStr>>> {
        if self.arg(i).is_nil() {
            Ok(None)
        } else {
            self.check_str(i).map(Some)
        }
    }

    // ------------------------------------------------------------ metatables

    /// The metatable of any value.
    #[inline]
    pub fn metatable_of(&self, v: Value) -> Option<Gc<Table>> {
        match v {
            Value::Table(t) => t.meta.get(),
            Value::UserData(u) => u.meta.get(),
            _ => self.type_meta[v.tag() as usize],
        }
    }

    /// Raw lookup of metamethod `tm` for `v` (nil if none).
    #[inline]
    pub fn metamethod(&self, v: Value, tm: Tm) -> Value {
        match self.metatable_of(v) {
            Some(mt) => mt.get_str(self.tm_names[tm as usize]),
            None => Value::Nil,
        }
    }

    // ------------------------------------------------------------ errors

    /// Raise `v` as the error value.
    #[inline]
    pub fn throw(&mut self, v: Value) -> LuaError {
        self.error = v;
        self.error_handled = false;
        LuaError::Runtime
    }

    /// Raise a string error with the position prefix `luaL_error` adds
    /// ("chunk:line: "): a native's errors get the position of its caller.
    pub fn rt_error(&mut self, msg: impl AsRef<str>) -> LuaError {
        let text = format!("{}{}", self.where_prefix(1), msg.as_ref());
        let s = self.new_str(text.as_bytes());
        self.throw(Value::Str(s))
    }

    /// Raise a string error from the VM itself (PUC's `luaG_runerror`): the
    /// position prefix is that of the running Lua function, and there is none
    /// when a native is running (e.g. "attempt to compare" inside `table.sort`).
    pub fn runtime_error(&mut self, msg: impl AsRef<str>) -> LuaError {
        if matches!(self.frame().kind, FrameKind::Native) {
            let s = self.new_str(msg.as_ref().as_bytes());
            return self.throw(Value::Str(s));
        }
        self.rt_error(msg)
    }

    /// The record of the function at `level` (1 = the function running now, or
    /// for a native, the function that called it — as `luaL_where(L, 1)`).
    /// Records that are not function activations are skipped.
    pub fn function_frame(&self, level: usize) -> Option<&Frame> {
        let mut lvl = level;
        if matches!(self.frames.last().map(|f| &f.kind), Some(FrameKind::Native)) {
            lvl += 1;
        }
        self.frames
            .iter()
            .rev()
            .filter(|f| matches!(f.kind, FrameKind::Lua | FrameKind::Native | FrameKind::Pcall))
            .nth(lvl - 1)
    }

    /// "chunk:line: " for the function at `level`, or "" if it is not a Lua function.
    /// A function without line information (a stripped binary chunk) gives
    /// "chunk:-1: ", as PUC's `luaG_addinfo`.
    pub fn where_prefix(&self, level: usize) -> String {
        match self.function_frame(level) {
            Some(f) if f.is_lua() => match self.stack.get(f.func) {
                Some(Value::LuaFn(c)) => {
                    let p = c.proto();
                    match p.lines.get(f.current_pc()) {
                        Some(line) => format!("{}:{}: ", p.short_source(), line),
                        None => format!("{}:-1: ", p.short_source()),
                    }
                }
                _ => String::new(),
            },
            _ => String::new(),
        }
    }

    /// `where_prefix` as `luaL_where`: "" also when the line is unknown.
    pub fn lua_where(&self, level: usize) -> String {
        let pre = self.where_prefix(level);
        if pre.ends_with(":-1: ") {
            String::new()
        } else {
            pre
        }
    }

    /// Keep `v` alive and in place across allocations: push it on the handle stack.
    #[inline]
    pub fn hold(&mut self, v: Value) -> usize {
        self.handles.push(v);
        self.handles.len() - 1
    }

    /// Pop the most recent handle.
    #[inline]
    pub fn release(&mut self) -> Value {
        self.handles.pop().expect("handle stack underflow")
    }
}

pub(crate) fn new_thread_object() -> Thread {
    Thread {
        status: Cell::new(CoStatus::Suspended),
        saved: UnsafeCell::new(ThreadState::default()),
        resume_level: Cell::new(0),
        hook: Cell::new(crate::hook::HookState::default()),
    }
}
