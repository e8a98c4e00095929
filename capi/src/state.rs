//! The `lua_State` C sees, the guard every API function runs under, stack indices, and calling C functions.
//!
//! A C module receives one `lua_State *` per VM: a pointer to the VM's `CState`, whose first fields C reads
//! (csrc/capi.c, `struct lua_State`). Every `kiln_*` implementation runs through `api`, which turns a Lua error
//! into `pending` (the C wrapper then longjmps to the innermost `kiln_capi_protect`) and a panic into an abort:
//! nothing unwinds into C.

use kiln_interp::object::NativeClosure;
use kiln_interp::stdlib::extension;
use kiln_interp::{LuaError, LuaResult, Value, Vm};
use std::ffi::{c_int, c_void};
use std::panic::{catch_unwind, AssertUnwindSafe};

/// `LUA_REGISTRYINDEX`: `-LUAI_MAXSTACK - 1000`; upvalue `i` of the running C function is this minus `i`.
pub const REGISTRY_INDEX: c_int = -1_000_000 - 1000;

/// `lua_CFunction`.
pub type CFunction = unsafe extern "C" fn(*mut CState) -> c_int;

/// A registry slot of kiln-capi: the key is the address of a static, as light userdata, so that using one
/// allocates nothing and no string key of a module can clash with it.
pub struct RegistryKey {
    /// Never read: it makes the type non-zero-sized, so that every static has an address of its own.
    _address: u8,
}

impl RegistryKey {
    pub fn key(&'static self) -> Value {
        Value::LightUserData(self as *const RegistryKey as usize)
    }
}

/// Base and debug library functions the API calls, kept at `open` (before scripts can replace the globals).
pub static XPCALL: RegistryKey = RegistryKey { _address: 0 };
pub static COLLECTGARBAGE: RegistryKey = RegistryKey { _address: 0 };
pub static GETINFO: RegistryKey = RegistryKey { _address: 0 };
pub static GETLOCAL: RegistryKey = RegistryKey { _address: 0 };
pub static SETLOCAL: RegistryKey = RegistryKey { _address: 0 };
pub static GETUPVALUE: RegistryKey = RegistryKey { _address: 0 };
pub static SETUPVALUE: RegistryKey = RegistryKey { _address: 0 };
/// The table whose keys are the strings the debug interface handed to C (made on first use).
pub static ANCHORS: RegistryKey = RegistryKey { _address: 0 };

/// `registry[key]`.
pub fn registry_get(vm: &Vm, key: &'static RegistryKey) -> Value {
    vm.registry.get(key.key())
}

/// Statuses a Rust implementation leaves in `CState::pending` for the C wrapper to raise: an error, or a yield
/// (`lua_yield`), which unwinds the C function the same way.
const PENDING_ERROR: c_int = 1;
const PENDING_YIELD: c_int = 2;

/// What C holds as `lua_State *`. `repr(C)`: the first three fields are `struct lua_State` in csrc/capi.c.
#[repr(C)]
pub struct CState {
    /// An error the C wrapper must raise (`PENDING_ERROR`), or 0.
    pub pending: c_int,
    /// The innermost jump point (csrc/capi.c, `struct kiln_jmp`), owned by C.
    jmp: *mut c_void,
    /// `lua_atpanic`'s function, owned by C.
    panic: Option<CFunction>,
    /// The VM, set each time kiln calls a C function (the VM does not move while one runs).
    pub vm: *mut Vm,
    /// `lua_pushfstring`'s pieces.
    pub fmt: Vec<u8>,
    /// `lua_load`'s pieces and `lua_dump`'s output.
    pub chunk: Vec<u8>,
}

/// The VM's C API state, kept in its extensions: the `CState` is boxed so its address (the `lua_State *`
/// modules may keep) never changes.
#[derive(Default)]
pub struct CapiExt {
    pub state: Option<Box<CState>>,
    /// Libraries opened by `package.loadlib` and the C searchers, by path (never closed: C functions from them
    /// may live as long as the VM).
    pub libs: std::collections::HashMap<Vec<u8>, usize>,
    /// The `luaL_Stream`s given to C for io files, by file descriptor (see `tables::io_stream_ptr`).
    pub streams: std::collections::HashMap<i32, Box<crate::tables::LuaLStream>>,
}

/// The VM's `lua_State *`, created on first use.
pub fn state_of(vm: &mut Vm) -> *mut CState {
    let vm_ptr: *mut Vm = vm;
    let ext = extension::<CapiExt>(vm);
    let st = ext.state.get_or_insert_with(|| {
        Box::new(CState {
            pending: 0,
            jmp: std::ptr::null_mut(),
            panic: None,
            vm: vm_ptr,
            fmt: Vec::new(),
            chunk: Vec::new(),
        })
    });
    st.vm = vm_ptr;
    &mut **st
}

/// The value an API function returns when it left an error pending (C raises it before using the value).
pub trait Fallback {
    const VALUE: Self;
}
macro_rules! fallback {
    ($($t:ty => $v:expr),*) => { $(impl Fallback for $t { const VALUE: Self = $v; })* };
}
fallback!(() => (), c_int => 0, usize => 0, i64 => 0, f64 => 0.0, Option<CFunction> => None);
impl<T> Fallback for *const T {
    const VALUE: Self = std::ptr::null();
}
impl<T> Fallback for *mut T {
    const VALUE: Self = std::ptr::null_mut();
}

/// `lua_KFunction`.
pub type KFunction = unsafe extern "C" fn(*mut CState, c_int, isize) -> c_int;

extern "C" {
    /// csrc/capi.c: calls `f(l)` with a jump point below it; 0 and the result count, or the error status.
    fn kiln_capi_protect(l: *mut c_void, f: CFunction, nresults: *mut c_int) -> c_int;
    /// csrc/capi.c: the same for a continuation, `k(l, status, ctx)`.
    fn kiln_capi_protect_k(l: *mut c_void, k: KFunction, status: c_int, ctx: isize, nresults: *mut c_int) -> c_int;
}

/// Runs an API function's body on the VM of `l`: a Lua error becomes `pending` (the C wrapper raises it), a
/// panic (a bug in kiln) aborts with a message.
///
/// # Safety
/// `l` must be the `lua_State *` kiln gave C (`state_of`), used while the VM runs a C function.
pub unsafe fn api<R: Fallback>(l: *mut CState, body: impl FnOnce(&mut Vm) -> LuaResult<R>) -> R {
    let outcome = catch_unwind(AssertUnwindSafe(|| {
        // SAFETY: per the contract, `l` is a live `CState` whose `vm` points to the VM running the C function
        // that called us; that function's caller (`call_c`) passed its `&mut Vm` down and does not use it
        // until C returns.
        let vm = unsafe { &mut *(*l).vm };
        body(vm)
    }));
    match outcome {
        Ok(Ok(r)) => r,
        Ok(Err(e)) => {
            let status = if e == LuaError::Yield { PENDING_YIELD } else { PENDING_ERROR };
            // SAFETY: as above; no other reference to the state is live here.
            unsafe { (*l).pending = status };
            R::VALUE
        }
        Err(_) => {
            eprintln!("kiln: internal error in a C API function; aborting");
            std::process::abort()
        }
    }
}

/// `api` for the functions that need the state's buffers too.
///
/// # Safety
/// As `api`. The body may use the `CState` only for its byte buffers, and must not call Lua while it holds a
/// reference into them.
pub unsafe fn api_st<R: Fallback>(l: *mut CState, body: impl FnOnce(&mut Vm, *mut CState) -> LuaResult<R>) -> R {
    // SAFETY: forwarded contract.
    unsafe { api(l, |vm| body(vm, l)) }
}

// ------------------------------------------------------------------ indices

/// Where an index of the C API points.
#[derive(Clone, Copy)]
pub enum Slot {
    Stack(usize),
    Registry,
    /// Upvalue `n` (1-based) of the running C function.
    Upvalue(usize),
    /// An acceptable index with no value (above the top, an absent upvalue).
    Absent,
}

/// First stack slot of the running C function.
pub fn base(vm: &Vm) -> usize {
    vm.frame().base
}

/// The slot of index `idx`; `Absent` for indices with no value. A negative index below the function's base is
/// invalid: an error.
pub fn slot(vm: &mut Vm, idx: c_int) -> LuaResult<Slot> {
    let base = base(vm);
    if idx > 0 {
        let i = base + idx as usize - 1;
        return Ok(if i < vm.top { Slot::Stack(i) } else { Slot::Absent });
    }
    if idx > REGISTRY_INDEX {
        let back = idx.unsigned_abs() as usize;
        if idx == 0 || back > vm.top - base {
            return Err(vm.rt_error(format!("invalid index {idx} in a C API call")));
        }
        return Ok(Slot::Stack(vm.top - back));
    }
    if idx == REGISTRY_INDEX {
        return Ok(Slot::Registry);
    }
    let n = (REGISTRY_INDEX - idx) as usize;
    Ok(match c_closure(vm) {
        Some(c) if n < c.upvals.len() => Slot::Upvalue(n),
        _ => Slot::Absent,
    })
}

/// The stack slot of `idx`, which must hold a value on the stack (not a pseudo-index).
pub fn stack_slot(vm: &mut Vm, idx: c_int) -> LuaResult<usize> {
    match slot(vm, idx)? {
        Slot::Stack(i) => Ok(i),
        _ => Err(vm.rt_error(format!("invalid index {idx} in a C API call"))),
    }
}

/// The value at `idx` (nil when absent).
pub fn get(vm: &mut Vm, idx: c_int) -> LuaResult<Value> {
    let s = slot(vm, idx)?;
    Ok(read(vm, s))
}

/// The value in `s`.
pub fn read(vm: &Vm, s: Slot) -> Value {
    match s {
        Slot::Stack(i) => vm.stack[i],
        Slot::Registry => Value::Table(vm.registry),
        Slot::Upvalue(n) => c_closure(vm).map_or(Value::Nil, |c| c.upvals[n].get()),
        Slot::Absent => Value::Nil,
    }
}

/// Stores `v` at `idx` (a stack slot or an upvalue).
pub fn set(vm: &mut Vm, idx: c_int, v: Value) -> LuaResult<()> {
    match slot(vm, idx)? {
        Slot::Stack(i) => vm.stack[i] = v,
        Slot::Upvalue(n) => {
            let c = c_closure(vm).expect("an upvalue slot belongs to a C closure");
            c.upvals[n].set(v);
            let owner = Value::NativeFn(c).gc_header().expect("closures are collectable");
            vm.barrier_value(owner, v);
        }
        _ => return Err(vm.rt_error(format!("invalid index {idx} in a C API call"))),
    }
    Ok(())
}

/// An index made independent of the top (`lua_absindex`).
pub fn absolute(vm: &mut Vm, idx: c_int) -> LuaResult<c_int> {
    if idx > 0 || idx <= REGISTRY_INDEX {
        return Ok(idx);
    }
    let i = stack_slot(vm, idx)?;
    Ok((i - base(vm) + 1) as c_int)
}

/// Pushes `v`, growing the stack ("stack overflow" past its limit).
pub fn push(vm: &mut Vm, v: Value) -> LuaResult<()> {
    vm.ensure_stack(1)?;
    vm.push(v);
    Ok(())
}

// ------------------------------------------------------------------ C functions

/// The closure of the running C function: a native whose first upvalue is the C function's address and whose
/// other upvalues are the C upvalues.
fn c_closure(vm: &Vm) -> Option<kiln_gc::Gc<NativeClosure>> {
    match vm.stack.get(vm.frame().func) {
        Some(Value::NativeFn(c)) if is_call_c(c.f) => Some(*c),
        _ => None,
    }
}

/// A C function as a Lua value: `call_c` with the function's address as upvalue 0, then the `nup` values on
/// top of the stack (popped) as its upvalues 1..=nup.
pub fn new_c_closure(vm: &mut Vm, f: CFunction, nup: usize) -> LuaResult<Value> {
    vm.ensure_stack(1)?;
    let first = vm.top - nup;
    vm.stack.copy_within(first..vm.top, first + 1);
    vm.stack[first] = Value::LightUserData(f as usize);
    vm.top += 1;
    Ok(vm.new_native(call_c, "?", nup + 1))
}

/// The C function a value calls, if it is one made by `new_c_closure`.
pub fn c_function_of(v: Value) -> Option<CFunction> {
    match v {
        Value::NativeFn(c) if is_call_c(c.f) => match c.upvals[0].get() {
            // SAFETY: upvalue 0 of a `call_c` closure is the address of a `CFunction` (`new_c_closure`).
            Value::LightUserData(p) => Some(unsafe { std::mem::transmute::<usize, CFunction>(p) }),
            _ => None,
        },
        _ => None,
    }
}

/// Whether a native is `call_c`, the one behind every C function.
fn is_call_c(f: kiln_interp::object::NativeFn) -> bool {
    std::ptr::fn_addr_eq(f, call_c as kiln_interp::object::NativeFn)
}

/// The native behind every C function: calls it under a jump point (`kiln_capi_protect`) and turns an error it
/// raised into a Lua error here, on the Rust side.
fn call_c(vm: &mut Vm) -> LuaResult<usize> {
    let f = c_function_of(vm.stack[vm.frame().func]).expect("call_c runs C closures");
    let l = state_of(vm);
    let mut nresults: c_int = 0;
    // SAFETY: `l` is this VM's state, pointing to `vm`, which we do not touch until C returns; `f` is a C
    // function a module gave `lua_pushcclosure`, called with the `lua_State *` it expects.
    let status = unsafe { kiln_capi_protect(l as *mut c_void, f, &mut nresults) };
    c_results(vm, status, nresults)
}

/// What a C function (or its continuation) that came back with `status` and `nresults` results gives Lua.
fn c_results(vm: &mut Vm, status: c_int, nresults: c_int) -> LuaResult<usize> {
    match status {
        0 => {}
        // The C function yielded (`lua_yield`): its record stays, and the values the coroutine is resumed
        // with are returned as its results (or given to its continuation).
        PENDING_YIELD => return Err(LuaError::Yield),
        _ => return Err(LuaError::Runtime),
    }
    let available = vm.top - base(vm);
    match usize::try_from(nresults) {
        Ok(n) if n <= available => Ok(n),
        _ => Err(vm.rt_error(format!("C function returned {nresults} results with {available} values on its stack"))),
    }
}

/// Suspends the running C function for `lua_yieldk` with continuation `k`: the `n` values on top are yielded
/// (the record's base moves up to them), and the function's own values below stay on the stack for `k`.
pub fn suspend_with_continuation(vm: &mut Vm, n: usize, k: KFunction, ctx: isize) {
    let top = vm.top;
    let fr = vm.frames.last_mut().expect("a C function runs");
    fr.nvarargs = top - n - fr.base;
    fr.base = top - n;
    fr.aux = k as usize;
    fr.pc = ctx as usize;
}

/// `Vm::resume_continuation`: the coroutine is resumed into a C function suspended by `lua_yieldk`: its stack is
/// its own values and then the `n` resume values (at `first`), and its continuation runs with `LUA_YIELD`; what
/// it returns are the C function's results.
fn resume_c_continuation(vm: &mut Vm, first: usize, n: usize) -> LuaResult<kiln_interp::call::Next> {
    let fr = vm.frames.last_mut().expect("a suspended C function");
    // SAFETY: `aux` of a native record holds a continuation only when `suspend_with_continuation` put a
    // `KFunction` there.
    let k = unsafe { std::mem::transmute::<usize, KFunction>(fr.aux) };
    let ctx = fr.pc as isize;
    let yielded_at = fr.base;
    fr.base -= fr.nvarargs;
    fr.nvarargs = 0;
    fr.aux = 0;
    fr.pc = 0;
    vm.stack.copy_within(first..first + n, yielded_at);
    vm.top = yielded_at + n;
    let l = state_of(vm);
    let mut nresults: c_int = 0;
    const LUA_YIELD: c_int = 1;
    // SAFETY: as in `call_c`; `k` is the continuation the module gave `lua_yieldk`.
    let status = unsafe { kiln_capi_protect_k(l as *mut c_void, k, LUA_YIELD, ctx, &mut nresults) };
    let n = c_results(vm, status, nresults)?;
    vm.frame_try_return(vm.top - n, n)
}

/// Installs the continuation hook (`capi::open`).
pub fn install_continuations(vm: &mut Vm) {
    vm.resume_continuation = Some(resume_c_continuation);
}
