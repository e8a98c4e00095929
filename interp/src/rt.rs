//! Runtime helpers: every instruction's slow path as one named function, which
//! the runloop calls after its inline fast path and generated code calls
//! through the `extern "sysv64"` shims below, so each rule exists once.
//!
//! The helpers are `Vm` methods taking absolute stack slots. Some live in the
//! subsystem file they belong to and are listed here (`pub use` of the free
//! functions, and the index below for methods); the ones that were written
//! inside the runloop's match arms live in this file.
//!
//! | instruction | fast path (runloop.rs) | helper |
//! |---|---|---|
//! | arithmetic, bitwise, `Unm`, `BNot` | int/float | `Vm::arith_from` (meta.rs) on number.rs's rules |
//! | `Lt`, `Le`, `*I` compares | int/float | `Vm::less_than`, `Vm::less_equal`, `Vm::order_mm` (meta.rs) |
//! | `Eq` | raw equality | `Vm::equals` (meta.rs) |
//! | `Get*`, `Self` | array part, string chain | `Vm::index_from` (meta.rs); `GetTabUp` with `Vm::upval_get` |
//! | `Set*` | array part, present field | `Vm::store_str` (here), `Vm::set_index_from` (meta.rs) |
//! | `Len` | string, plain table | `Vm::len_from` (meta.rs) |
//! | `Concat` | — | `Vm::concat_slots` (meta.rs) under `Vm::allocating` (here) |
//! | `NewTable`, `Closure` | — | `Vm::new_table` (state.rs), `Vm::make_closure` (call.rs) |
//! | `GetUpval`, `SetUpval` | closed / own open cell | `Vm::upval_get`, `Vm::upval_set` (call.rs) |
//! | `Close`, `Tbc`, `TForPrep` | — | `Vm::close_level`, `Vm::mark_tbc` (call.rs) |
//! | `Call` | Lua callee, native callee | `Vm::push_lua_frame`, `Vm::call_native`, `Vm::precall` (call.rs) |
//! | `TailCall` | — | `Vm::tail_call` (here) |
//! | `Return*` | — | `Vm::frame_try_return` (call.rs) |
//! | `ForPrep` | all-integer | `for_prep_int` (here), `Vm::for_prep` (here) |
//! | `TForCall` | — | `Vm::tfor_call` (here) |
//! | `SetList` | — | `Vm::set_list` (here) |
//! | `VarArg` | — | `Vm::vararg` (here) |

use crate::call::{Next, FRAME_SLACK, MULTI_RESULTS};
use crate::callstack::{flags, LiveLimit};
use crate::error::LuaError;
use crate::meta::to_number;
use crate::object::{LuaClosure, LuaStr, Proto};
use crate::state::{LuaResult, Vm};
use crate::table::Table;
use crate::value::layout::{TAG_INT, TAG_LUAFN, TAG_NIL, TAG_STR, TAG_THREAD};
use crate::value::{slot, Value};
use kiln_gc::Gc;
use std::cell::Cell;
use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};

pub use crate::meta::{arith_num, eq_needs_equals, num_le, num_lt, ArithFail, ArithOp, Src};
pub use crate::number::{
    float_floor_div, float_mod, int_floor_div, int_mod, le_float_int, le_int_float, lt_float_int, lt_int_float, pow,
    shift_left, shift_right,
};

impl Vm {
    /// `t[s] = val` for a string key without metamethods: a table without a
    /// metatable, or a key already present with a non-nil value (no
    /// `__newindex` can apply). False when the general path must decide
    /// (metamethods, or a store that failed for want of memory: the general
    /// path collects and retries). Applies the write barrier.
    #[inline(always)]
    pub fn store_str(&mut self, tb: Gc<Table>, s: Gc<LuaStr>, val: Value) -> bool {
        if (tb.meta.get().is_none() && tb.set_str(s, val).is_ok()) || tb.replace_str(s, val) {
            self.barrier_value(tb.raw(), val);
            return true;
        }
        false
    }

    /// `t[key]` when no metamethod can apply: a present value, or any key of a
    /// table without a metatable. `None`: the general path decides
    /// (`index_from`). The interpreter's `GetTable` after its array-part fast
    /// path, and compiled code's through `kiln_rt_table_get`.
    ///
    /// # Safety
    /// `key` points to a valid value.
    #[inline(always)]
    pub unsafe fn get_plain(tb: Gc<Table>, key: *const Value) -> Option<Value> {
        // SAFETY: the caller's; a payload is read as a string only under its tag.
        let v = unsafe {
            match slot::tag(key) {
                TAG_INT => tb.get_int(slot::int(key)),
                TAG_STR => tb.get_str(slot::gc::<LuaStr>(key)),
                _ => tb.get(*key),
            }
        };
        (!v.is_nil() || tb.meta.get().is_none()).then_some(v)
    }

    /// The array slot of `t[i]` when it holds the answer to a read no
    /// metamethod can change (a value, or any slot of a table without a
    /// metatable), for copying by parts; null when `get_plain` or
    /// `index_from` must decide. The interpreter's `GetI`, natives' `lua_geti`
    /// (`table.sort`...).
    #[inline(always)]
    pub fn array_read_slot(tb: Gc<Table>, i: i64) -> *const Value {
        let p = tb.array_slot_ref(i);
        // SAFETY: a non-null slot from `array_slot_ref` is a live value of the table.
        if !p.is_null() && (unsafe { slot::tag(p) } != TAG_NIL || tb.meta.get().is_none()) {
            p
        } else {
            std::ptr::null()
        }
    }

    /// The write barrier for storing the value at `p` into `owner`, reading the
    /// value by parts (see `slot`).
    ///
    /// # Safety
    /// `p` points to a valid value.
    #[inline(always)]
    pub(crate) unsafe fn barrier_slot(&mut self, owner: std::ptr::NonNull<kiln_gc::GcHeader>, p: *const Value) {
        // SAFETY: the payload is read as an object pointer only for collectable tags.
        unsafe {
            if is_collectable_tag(slot::tag(p)) {
                let g: Gc<u8> = slot::gc(p);
                self.heap.barrier(owner, g.raw());
            }
        }
    }

    /// `#v` when no metamethod can apply: a string, or a table without a
    /// metatable. `None`: `len_from` decides. The interpreter's `Len` and
    /// compiled code's (`kiln_rt_len_plain`).
    #[inline(always)]
    pub fn len_plain(v: Value) -> Option<Value> {
        match v {
            Value::Str(s) => Some(Value::Int(s.len() as i64)),
            Value::Table(t) if t.meta.get().is_none() => Some(Value::Int(t.len())),
            _ => None,
        }
    }

    /// `t[key] = val` for an integer or string key of a table without a
    /// metatable, with the write barrier; false when the general path must
    /// decide (`set_index_from`: metatables, other keys, a store that failed
    /// for want of memory).
    #[inline(always)]
    pub fn set_plain(&mut self, tb: Gc<Table>, key: Value, val: Value) -> bool {
        if tb.meta.get().is_some() {
            return false;
        }
        match key {
            Value::Int(i) if tb.set_int(i, val).is_ok() => {
                self.barrier_value(tb.raw(), val);
                true
            }
            Value::Str(_) if tb.set(key, val).is_ok() => {
                self.barrier_value(tb.raw(), key);
                self.barrier_value(tb.raw(), val);
                true
            }
            _ => false,
        }
    }

    /// Run `f`, an instruction that allocates, with the registers of the frame
    /// on top from `limit` up dead to the collector (`LiveLimit`). The limit is
    /// cleared before `f`'s result (or error) is returned, so it never outlives
    /// the instruction.
    #[inline(always)]
    pub fn allocating<R>(&mut self, limit: usize, f: impl FnOnce(&mut Vm) -> R) -> R {
        self.live_limit = LiveLimit { depth: self.frames.len(), limit };
        let r = f(self);
        self.live_limit = LiveLimit::NONE;
        r
    }

    /// `TailCall` of the function at slot `func` (arguments up to `top`), the
    /// frame on top's pc saved. A Lua callee replaces the frame (its function
    /// and arguments move down over it); any other callee is called as a
    /// native whose results become the frame's (`PENDING_RETURN`).
    // Inlined: on the interpreter's call path (the shim keeps its own copy).
    #[inline(always)]
    pub fn tail_call(&mut self, func: usize) -> LuaResult<Next> {
        assert!(func < self.top && self.top <= self.stack.len());
        // SAFETY: `func < stack.len()` (checked above). The tag is read by
        // parts (see `slot`), and the payload as a closure only under its tag.
        let callee: Gc<LuaClosure> = unsafe {
            if slot::tag(self.stack.as_ptr().add(func)) != TAG_LUAFN {
                std::hint::cold_path();
                while !self.stack[func].is_function() {
                    self.insert_call_handler(func)?;
                }
                if !matches!(self.stack[func], Value::LuaFn(_)) {
                    self.frames.last_mut().expect("a Lua frame runs").flags |= flags::PENDING_RETURN;
                    return self.precall(func, MULTI_RESULTS);
                }
            }
            slot::gc(self.stack.as_ptr().add(func))
        };
        let fr = self.frames.last().expect("a Lua frame runs");
        debug_assert!(fr.is_lua(), "TailCall from a non-Lua record");
        let (dest, nresults, base) = (fr.func, fr.nresults, fr.base);
        self.close_upvals(base);
        // SAFETY: the record on top is the running Lua frame, which owns
        // nothing to drop, so shortening the vector forgets it soundly.
        unsafe { self.frames.set_len(self.frames.len() - 1) };
        let n = self.top - func;
        // Function and arguments move down over the frame (`dest < func`, so a
        // forward copy), by parts (see `slot`).
        let st = self.stack.as_mut_ptr();
        assert!(func + n <= self.stack.len());
        for i in 0..n {
            // SAFETY: `dest + i < func + i < func + n <= stack.len()` (checked above).
            unsafe { slot::copy(st.add(dest + i), st.add(func + i)) };
        }
        self.top = dest + n;
        self.push_lua_frame(dest, callee.proto(), nresults, true)?;
        Ok(Next::Continue)
    }

    /// `TForCall`: call the iterator triple at slot `ra` (function, state,
    /// control) from copies at `ra + 4..ra + 7`, wanting `nresults`; the frame
    /// on top's pc saved.
    // Inlined: on the interpreter's call path (the shim keeps its own copy).
    #[inline(always)]
    pub fn tfor_call(&mut self, ra: usize, nresults: i32) -> LuaResult<Next> {
        if self.tfor_step(ra, nresults) {
            return Ok(Next::Continue);
        }
        self.stack.copy_within(ra..ra + 3, ra + 4);
        let func = ra + 4;
        self.top = func + 3;
        if let Value::LuaFn(callee) = self.stack[func] {
            self.push_lua_frame(func, callee.proto(), nresults, false)?;
            return Ok(Next::Continue);
        }
        self.precall(func, nresults)
    }

    /// A step of `ipairs` or of `pairs`'s `next` over a table, done without calling the native when no
    /// hook could see the call (no trap): its results at `ra + 4..`, as the call would leave them (the
    /// results wanted, nil-padded). False, having done nothing, for any other iterator or a step the
    /// native must take (an `__index` for `ipairs`, an invalid key for `next`). Compiled code inlines
    /// these steps for the common cases (jit's `TForCall`).
    #[inline]
    fn tfor_step(&mut self, ra: usize, nresults: i32) -> bool {
        if self.trap() != 0 || nresults < 1 {
            return false;
        }
        let (Value::NativeFn(f), Value::Table(t)) = (self.stack[ra], self.stack[ra + 1]) else { return false };
        let f = f.f as usize;
        let (k, v) = if f == crate::stdlib::base::next as crate::object::NativeFn as usize {
            match t.next(self.stack[ra + 2]) {
                Ok(Some(kv)) => kv,
                Ok(None) => (Value::Nil, Value::Nil),
                Err(()) => return false,
            }
        } else if f == crate::stdlib::base::ipairs_aux as crate::object::NativeFn as usize {
            let Value::Int(i) = self.stack[ra + 2] else { return false };
            let i = i.wrapping_add(1);
            match t.get_int(i) {
                Value::Nil if t.meta.get().is_some() => return false,
                Value::Nil => (Value::Nil, Value::Nil),
                v => (Value::Int(i), v),
            }
        } else {
            return false;
        };
        let first = ra + 4;
        self.stack[first] = k;
        for i in 1..nresults as usize {
            self.stack[first + i] = if i == 1 { v } else { Value::Nil };
        }
        true
    }

    /// `SetList`: store the `n` values above the table at slot `ra` (0: up to
    /// `top`, which is then reset to the frame's top) at indices `start + 1..`.
    #[inline]
    pub fn set_list(&mut self, ra: usize, n: usize, start: i64) -> LuaResult<()> {
        let count = if n == 0 { self.top - ra - 1 } else { n };
        if let Value::Table(t) = self.stack[ra] {
            if t.set_list(start, &self.stack[ra + 1..ra + 1 + count]).is_ok() {
                for i in 1..=count {
                    self.barrier_value(t.raw(), self.stack[ra + i]);
                }
            } else {
                self.set_list_retry(ra, start, count)?;
            }
        }
        if n == 0 {
            self.top = self.frames.last().expect("a Lua frame runs").top;
        }
        Ok(())
    }

    /// `VarArg`: copy the running frame's extra arguments to slot `ra`: all of
    /// them when `c == 0` (setting `top` after them), else `c - 1`, padded
    /// with nil.
    #[inline]
    pub fn vararg(&mut self, ra: usize, c: usize) -> LuaResult<()> {
        let fr = self.frames.last().expect("a Lua frame runs");
        let nvar = fr.nvarargs;
        let src = fr.base - nvar;
        if c == 0 {
            self.ensure_slots(ra + nvar + FRAME_SLACK)?;
            self.stack.copy_within(src..src + nvar, ra);
            self.top = ra + nvar;
        } else {
            let wanted = c - 1;
            let copied = wanted.min(nvar);
            self.stack.copy_within(src..src + copied, ra);
            self.stack[ra + copied..ra + wanted].fill(Value::Nil);
        }
        Ok(())
    }

    /// `ForPrep` (Lua 5.4's `forprep`) on the loop registers at slot `ra`
    /// (initial value, limit, step; the control variable at `ra + 3`).
    /// Returns whether to skip the loop. Integer loops keep the iteration
    /// count in `ra + 1`; others become float loops (string operands are
    /// converted, as `forprep` does).
    pub fn for_prep(&mut self, ra: usize) -> LuaResult<bool> {
        let (init, limit, step) = (self.stack[ra], self.stack[ra + 1], self.stack[ra + 2]);
        if let (Value::Int(init), Value::Int(step)) = (init, step) {
            if step == 0 {
                return Err(self.rt_error("'for' step is zero"));
            }
            self.stack[ra + 3] = Value::Int(init);
            let limit = match for_limit(limit, step) {
                Ok(Some(l)) => l,
                Ok(None) => return Ok(true),
                Err(()) => return Err(self.for_error(limit, "limit")),
            };
            let Some(count) = for_prep_int(init, limit, step) else { return Ok(true) };
            self.stack[ra + 1] = Value::Int(count);
            return Ok(false);
        }
        let as_float = |v: Value| match to_number(v) {
            Some(Value::Int(i)) => Some(i as f64),
            Some(Value::Float(f)) => Some(f),
            _ => None,
        };
        let Some(flimit) = as_float(limit) else { return Err(self.for_error(limit, "limit")) };
        let Some(fstep) = as_float(step) else { return Err(self.for_error(step, "step")) };
        let Some(finit) = as_float(init) else { return Err(self.for_error(init, "initial value")) };
        if fstep == 0.0 {
            return Err(self.rt_error("'for' step is zero"));
        }
        if if 0.0 < fstep { flimit < finit } else { finit < flimit } {
            return Ok(true);
        }
        self.stack[ra] = Value::Float(finit);
        self.stack[ra + 1] = Value::Float(flimit);
        self.stack[ra + 2] = Value::Float(fstep);
        self.stack[ra + 3] = Value::Float(finit);
        Ok(false)
    }

    #[cold]
    fn for_error(&mut self, v: Value, what: &str) -> LuaError {
        let tn = self.obj_type_name(v);
        self.rt_error(format!("bad 'for' {what} (number expected, got {tn})"))
    }
}

/// An integer loop from `init` to `limit` by `step` (`step != 0`): `None`
/// when it does not run, else the iterations after the first (kept in the
/// limit register as an unsigned count, so the loop cannot overflow).
#[inline(always)]
pub fn for_prep_int(init: i64, limit: i64, step: i64) -> Option<i64> {
    debug_assert!(step != 0);
    let skip = if step > 0 { init > limit } else { init < limit };
    if skip {
        return None;
    }
    let count = if step > 0 {
        let c = (limit as u64).wrapping_sub(init as u64);
        if step == 1 {
            c
        } else {
            c / step as u64
        }
    } else {
        let c = (init as u64).wrapping_sub(limit as u64);
        // `step + 1` avoids negating the minimum integer.
        c / ((-(step + 1)) as u64 + 1)
    };
    Some(count as i64)
}

/// The integer limit of an integer loop (`forlimit`): `Ok(None)` when the loop
/// cannot run, `Err` when the limit is not a number.
fn for_limit(limit: Value, step: i64) -> Result<Option<i64>, ()> {
    let f = match to_number(limit) {
        Some(Value::Int(l)) => return Ok(Some(l)),
        Some(Value::Float(f)) => f,
        _ => return Err(()),
    };
    let r = if step < 0 { f.ceil() } else { f.floor() };
    if let Some(l) = crate::number::float_to_int_exact(r) {
        return Ok(Some(l));
    }
    // A float out of the integer range (or NaN).
    if 0.0 < f {
        if step < 0 {
            return Ok(None);
        }
        Ok(Some(i64::MAX))
    } else {
        if step > 0 {
            return Ok(None);
        }
        Ok(Some(i64::MIN))
    }
}

// ---------------------------------------------------------------- shims
//
// Entry points for generated code. Each is `unsafe extern "sysv64"`, takes the
// VM as a raw pointer and the instruction's operands (register numbers are
// relative to the base of the Lua frame on top; values are passed as pointers
// to a register, a constant or a temporary of the caller), and returns a
// `Status`. Nothing unwinds out of a shim: a Lua error or a yield (`Err` of
// `LuaResult`) becomes `Status::Error`/`Status::Yield` (the error value is in
// `Vm::error`, as for every raised error), and a Rust panic (a kiln bug) is
// caught and aborts the process with a message (see `guard`).
//
// Calling protocol (the runloop's `savepc!`/`refresh!`):
// - before the call, generated code stores in `Frame::pc` of the frame on top
//   the index of the instruction after the one it executes (so tracebacks,
//   hooks and `debug.getinfo` see the current line, and a NewFrame/Interpret
//   status resumes there);
// - `vm.top == frame.top` except after an instruction that left a variable
//   number of values (as the runloop keeps it; see call.rs);
// - after the call, generated code reloads the stack base
//   (`vm.stack.as_ptr() + frame.base`) and anything derived from it: every
//   shim is a GC safepoint and may reallocate the value stack; a `Gc` value
//   read from a register before the call is stale.
// - `Continue`: go on with the next instruction of the same frame.
//   `True`/`False`: the same, with the outcome of a test. `NewFrame`: the frame
//   on top changed (a call pushed one, a return popped one): run the frame on
//   top from its saved pc. `Exit`: a return reached the runloop's boundary
//   record: the runloop returns `Ok(true)`. `Interpret`: the interpreter runs
//   the frame on top from its saved pc. `Error`/`Yield`: the runloop returns
//   `Err(LuaError::Runtime / Yield)`.

/// What a shim tells generated code (see the protocol above). `repr(u32)`:
/// returned in `eax`.
#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// The instruction completed: go on with the next one.
    Continue = 0,
    /// A Lua error is being raised; its value is in `Vm::error`.
    Error = 1,
    /// A coroutine yield is unwinding (`LuaError::Yield`).
    Yield = 2,
    /// The callstack changed: run the frame on top from its saved pc.
    NewFrame = 3,
    /// A return reached the runloop's boundary record: leave the runloop.
    Exit = 4,
    /// The instruction's test holds (comparison true; `ForPrep`: skip the loop).
    True = 5,
    /// The instruction's test fails.
    False = 6,
    /// Leave compiled code: the interpreter runs the frame on top from its
    /// saved pc (a hook was set, an instance change at a back-edge).
    Interpret = 7,
}

impl Status {
    fn of_next(n: Next) -> Status {
        match n {
            Next::Continue => Status::NewFrame,
            Next::Exit => Status::Exit,
        }
    }
    /// A call's status: `Continue` when the callstack is back at `depth` (a
    /// native ran to completion in the caller's frame), else as `of_next`.
    fn after_call(vm: &Vm, depth: usize, next: Next) -> Status {
        if next == Next::Continue && vm.frames.len() == depth {
            Status::Continue
        } else {
            Status::of_next(next)
        }
    }
    fn of_bool(b: bool) -> Status {
        if b {
            Status::True
        } else {
            Status::False
        }
    }
}

/// Tables a string-key read follows on its fast paths (the table, then `__index` tables): the runloop's
/// `get_str_chain` and compiled code's chain; a longer chain takes the general path (`index_from`).
pub const INDEX_CHAIN: usize = 4;

/// A `src` operand of no register or upvalue (error messages then name no variable).
pub const SRC_NONE: u32 = u32::MAX;
/// Flag of a `src` operand naming an upvalue (`SRC_UP | index`); otherwise a register.
pub const SRC_UP: u32 = 1 << 16;

/// Decode a `src` operand for error messages.
fn src_of(s: u32) -> Src {
    if s == SRC_NONE {
        Src::None
    } else if s & SRC_UP != 0 {
        Src::Up((s & !SRC_UP) as usize)
    } else {
        Src::Reg(s as usize)
    }
}

/// `ArithOp` by its number in `kiln_rt_arith`'s `op` operand.
pub const ARITH_OPS: [ArithOp; 14] = [
    ArithOp::Add,
    ArithOp::Sub,
    ArithOp::Mul,
    ArithOp::Mod,
    ArithOp::Pow,
    ArithOp::Div,
    ArithOp::IDiv,
    ArithOp::BAnd,
    ArithOp::BOr,
    ArithOp::BXor,
    ArithOp::Shl,
    ArithOp::Shr,
    ArithOp::Unm,
    ArithOp::BNot,
];

/// Run a helper for a shim: its error becomes a status; a panic aborts.
///
/// Policy: a panic in a helper is a kiln bug, and the VM's invariants may not
/// hold after it (a half-pushed frame, a live limit set), so it is not turned
/// into a Lua error: the message (printed by the panic hook) is followed by an
/// abort, never by unwinding into generated code.
///
/// # Safety
/// `vm` points to a live `Vm` that nothing else borrows during the call, whose
/// callstack's top record is a Lua frame.
#[inline(always)]
unsafe fn guard(vm: *mut Vm, f: impl FnOnce(&mut Vm) -> LuaResult<Status>) -> Status {
    // SAFETY: the caller's: a live, unaliased Vm.
    let vm = unsafe { &mut *vm };
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| f(vm))) {
        Ok(Ok(s)) => s,
        Ok(Err(LuaError::Runtime)) => Status::Error,
        Ok(Err(LuaError::Yield)) => Status::Yield,
        Err(_) => abort_in_shim(),
    }
}

#[cold]
#[inline(never)]
fn abort_in_shim() -> ! {
    eprintln!("kiln: internal error: a runtime helper panicked under compiled code; aborting");
    std::process::abort()
}

impl Vm {
    /// The base slot of the Lua frame on top.
    #[inline(always)]
    fn top_base(&self) -> usize {
        self.frames.last().expect("a Lua frame runs").base
    }
}

/// Arithmetic slow path (`Add` .. `BNot` when the operands are not both
/// numbers of the fast path's kind): `R[a] = x op y` with coercion and
/// metamethods. `op` indexes `ARITH_OPS`; for `Unm`/`BNot` pass `y == x`.
/// `sx`, `sy` name the operands for error messages (`SRC_NONE`, a register,
/// or `SRC_UP | upvalue`).
///
/// # Safety
/// The protocol above; `vm` as for `guard`; `x` and `y` point to valid values
/// (read before anything else happens); `a` is a register of the frame;
/// `op < 14`.
pub unsafe extern "sysv64" fn kiln_rt_arith(
    vm: *mut Vm,
    op: u32,
    a: u32,
    x: *const Value,
    y: *const Value,
    sx: u32,
    sy: u32,
) -> Status {
    // SAFETY: the caller's: valid operands, read at once.
    let (x, y) = unsafe { (*x, *y) };
    // SAFETY: the caller's.
    unsafe {
        guard(vm, |vm| {
            let v = vm.arith_from(ARITH_OPS[op as usize], x, y, src_of(sx), src_of(sy))?;
            let ra = vm.top_base() + a as usize;
            vm.stack[ra] = v;
            Ok(Status::Continue)
        })
    }
}

/// Indexing slow path (`GetTabUp`, `GetTable`, `GetI`, `GetField`, `Self`):
/// `R[a] = t[key]` through `__index`. `src` names `t` for error messages.
///
/// # Safety
/// As `kiln_rt_arith`: `t` and `key` point to valid values.
pub unsafe extern "sysv64" fn kiln_rt_index(
    vm: *mut Vm,
    a: u32,
    t: *const Value,
    key: *const Value,
    src: u32,
) -> Status {
    // SAFETY: the caller's.
    let (t, key) = unsafe { (*t, *key) };
    // SAFETY: the caller's.
    unsafe {
        guard(vm, |vm| {
            let v = vm.index_from(t, key, src_of(src))?;
            let ra = vm.top_base() + a as usize;
            vm.stack[ra] = v;
            Ok(Status::Continue)
        })
    }
}

/// Assignment slow path (`SetTabUp`, `SetTable`, `SetI`, `SetField`):
/// `t[key] = val` through `__newindex`, with the write barrier.
///
/// # Safety
/// As `kiln_rt_arith`: `t`, `key` and `val` point to valid values.
pub unsafe extern "sysv64" fn kiln_rt_set_index(
    vm: *mut Vm,
    t: *const Value,
    key: *const Value,
    val: *const Value,
    src: u32,
) -> Status {
    // SAFETY: the caller's.
    let (t, key, val) = unsafe { (*t, *key, *val) };
    // SAFETY: the caller's.
    unsafe {
        guard(vm, |vm| {
            vm.set_index_from(t, key, val, src_of(src))?;
            Ok(Status::Continue)
        })
    }
}

/// Comparison slow path: `which` 0 is `x < y`, 1 is `x <= y`, 2 is `x == y`
/// (with `__eq`); the outcome is `True`/`False` (the caller applies the
/// instruction's `k` and its jump). Immediate forms pass the immediate as a
/// value (`GtI`/`GeI` swap the operands).
///
/// # Safety
/// As `kiln_rt_arith`: `x` and `y` point to valid values.
pub unsafe extern "sysv64" fn kiln_rt_compare(vm: *mut Vm, which: u32, x: *const Value, y: *const Value) -> Status {
    // SAFETY: the caller's.
    let (x, y) = unsafe { (*x, *y) };
    // SAFETY: the caller's.
    unsafe {
        guard(vm, |vm| {
            let r = match which {
                0 => vm.less_than(x, y)?,
                1 => vm.less_equal(x, y)?,
                _ => vm.equals(x, y)?,
            };
            Ok(Status::of_bool(r))
        })
    }
}

/// `Len` slow path: `R[a] = #R[b]` with `__len`.
///
/// # Safety
/// The protocol above; `a` and `b` are registers of the frame.
pub unsafe extern "sysv64" fn kiln_rt_len(vm: *mut Vm, a: u32, b: u32) -> Status {
    // SAFETY: the caller's.
    unsafe {
        guard(vm, |vm| {
            let base = vm.top_base();
            let v = vm.len_from(vm.stack[base + b as usize], Src::Reg(b as usize))?;
            vm.stack[base + a as usize] = v;
            Ok(Status::Continue)
        })
    }
}

/// `Concat`: `R[a] = R[a] .. ... .. R[a+n-1]` (with `__concat`).
///
/// # Safety
/// The protocol above; `a + n` is within the frame.
pub unsafe extern "sysv64" fn kiln_rt_concat(vm: *mut Vm, a: u32, n: u32) -> Status {
    // SAFETY: the caller's.
    unsafe {
        guard(vm, |vm| {
            let ra = vm.top_base() + a as usize;
            vm.allocating(ra + n as usize, |vm| vm.concat_slots(ra, n as usize))?;
            Ok(Status::Continue)
        })
    }
}

/// `NewTable`: `R[a] = {}` sized for `narr` array and `nhash` hash entries.
///
/// # Safety
/// The protocol above; `a` is a register of the frame.
pub unsafe extern "sysv64" fn kiln_rt_new_table(vm: *mut Vm, a: u32, narr: u32, nhash: u32) -> Status {
    // SAFETY: the caller's.
    unsafe {
        guard(vm, |vm| {
            let ra = vm.top_base() + a as usize;
            let t = vm.allocating(ra + 1, |vm| vm.new_table(narr as usize, nhash as usize));
            vm.stack[ra] = Value::Table(t);
            Ok(Status::Continue)
        })
    }
}

/// `Closure`: `R[a]` = a closure of the frame's nested proto `p`.
///
/// # Safety
/// The protocol above; `a` is a register and `p` a nested proto of the frame.
pub unsafe extern "sysv64" fn kiln_rt_closure(vm: *mut Vm, a: u32, p: u32) -> Status {
    // SAFETY: the caller's.
    unsafe {
        guard(vm, |vm| {
            let ra = vm.top_base() + a as usize;
            let cl = vm.allocating(ra + 1, |vm| vm.make_closure(p as usize));
            vm.stack[ra] = cl;
            Ok(Status::Continue)
        })
    }
}

/// The safe point after an allocating instruction: run finalizers a
/// collection queued.
///
/// # Safety
/// The protocol above.
pub unsafe extern "sysv64" fn kiln_rt_gc_safepoint(vm: *mut Vm) -> Status {
    // SAFETY: the caller's.
    unsafe {
        guard(vm, |vm| {
            if vm.finalizers_due() {
                vm.run_due_finalizers();
            }
            Ok(Status::Continue)
        })
    }
}

/// `R[a]` into upvalue `b` of the running closure, with the write barrier.
///
/// # Safety
/// The protocol above; `a` is a register and `b` an upvalue of the frame.
pub unsafe extern "sysv64" fn kiln_rt_set_upval(vm: *mut Vm, a: u32, b: u32) -> Status {
    // SAFETY: the caller's.
    unsafe {
        guard(vm, |vm| {
            let uv = vm.running_upval(b as usize);
            let v = vm.stack[vm.top_base() + a as usize];
            vm.upval_set(uv, v);
            Ok(Status::Continue)
        })
    }
}

/// `Close`: close upvalues and to-be-closed variables from register `a` up.
///
/// # Safety
/// The protocol above; `a` is a register of the frame.
pub unsafe extern "sysv64" fn kiln_rt_close(vm: *mut Vm, a: u32) -> Status {
    // SAFETY: the caller's.
    unsafe {
        guard(vm, |vm| {
            vm.close_level(vm.top_base() + a as usize)?;
            Ok(Status::Continue)
        })
    }
}

/// `Tbc` (and `TForPrep` with a closing value): mark register `a` to be closed.
///
/// # Safety
/// The protocol above; `a` is a register of the frame.
pub unsafe extern "sysv64" fn kiln_rt_tbc(vm: *mut Vm, a: u32) -> Status {
    // SAFETY: the caller's.
    unsafe {
        guard(vm, |vm| {
            vm.mark_tbc(vm.top_base() + a as usize)?;
            Ok(Status::Continue)
        })
    }
}

/// `Call`: call `R[a]` with `b - 1` arguments (`b == 0`: up to `top`),
/// wanting `c - 1` results. `Continue` when a native ran to completion and
/// its results are in the caller's registers (the caller looks at the trap
/// before going on, as the runloop does after every call); `NewFrame` when a
/// Lua frame was pushed.
///
/// # Safety
/// The protocol above; the operands are those of a verified `Call`.
pub unsafe extern "sysv64" fn kiln_rt_call(vm: *mut Vm, a: u32, b: u32, c: u32) -> Status {
    // SAFETY: the caller's.
    unsafe {
        guard(vm, |vm| {
            let func = vm.top_base() + a as usize;
            if b != 0 {
                vm.top = func + b as usize;
            }
            let depth = vm.frames.len();
            let next = vm.precall(func, c as i32 - 1)?;
            Ok(Status::after_call(vm, depth, next))
        })
    }
}

/// `Call` of a builtin through its fast path (fast.rs, `Vm::call_fast`), for a call wanting one result
/// with `nargs` fixed arguments and no hook set: 1 when the result is in the function's slot `func` (an
/// absolute stack index), 0 when the full call must be made (`kiln_rt_call`). Raises nothing; a fast path
/// may collect, so the base is reloaded after it.
///
/// # Safety
/// The protocol above; `func + nargs` is below the top of the frame on top.
pub unsafe extern "sysv64" fn kiln_rt_call_fast(vm: *mut Vm, func: usize, nargs: usize) -> u32 {
    // SAFETY: the caller's: a live, unaliased Vm.
    let vm = unsafe { &mut *vm };
    let run = || {
        let Value::NativeFn(nf) = vm.stack[func] else { return false };
        nf.fast.is_some_and(|fast| vm.call_fast(fast, func, nargs))
    };
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(run)) {
        Ok(done) => done as u32,
        Err(_) => abort_in_shim(),
    }
}

/// `TailCall`: as `kiln_rt_call` with all results, replacing the frame.
///
/// # Safety
/// The protocol above; the operands are those of a verified `TailCall`.
pub unsafe extern "sysv64" fn kiln_rt_tail_call(vm: *mut Vm, a: u32, b: u32) -> Status {
    // SAFETY: the caller's.
    unsafe {
        guard(vm, |vm| {
            let func = vm.top_base() + a as usize;
            if b != 0 {
                vm.top = func + b as usize;
            }
            Ok(Status::of_next(vm.tail_call(func)?))
        })
    }
}

/// `Return`: return `b - 1` values from register `a` (`b == 0`: up to
/// `top`) through the one frame-return function. Its result alone decides:
/// `NewFrame` (continue in the caller, now on top) or `Exit`.
///
/// # Safety
/// The protocol above; the operands are those of a verified `Return`.
pub unsafe extern "sysv64" fn kiln_rt_return(vm: *mut Vm, a: u32, b: u32) -> Status {
    // SAFETY: the caller's.
    unsafe {
        guard(vm, |vm| {
            let first = vm.top_base() + a as usize;
            let n = if b == 0 { vm.top - first } else { b as usize - 1 };
            Ok(Status::of_next(vm.frame_try_return(first, n)?))
        })
    }
}

/// `ForPrep` beyond the all-integer case: `True` when the loop is skipped.
///
/// # Safety
/// The protocol above; `a + 3` is a register of the frame.
pub unsafe extern "sysv64" fn kiln_rt_for_prep(vm: *mut Vm, a: u32) -> Status {
    // SAFETY: the caller's.
    unsafe { guard(vm, |vm| Ok(Status::of_bool(vm.for_prep(vm.top_base() + a as usize)?))) }
}

/// `TForCall`: call the generic-`for` iterator at register `a`, wanting `c`
/// results; the statuses of `kiln_rt_call`.
///
/// # Safety
/// The protocol above; the operands are those of a verified `TForCall`.
pub unsafe extern "sysv64" fn kiln_rt_tfor_call(vm: *mut Vm, a: u32, c: u32) -> Status {
    // SAFETY: the caller's.
    unsafe {
        guard(vm, |vm| {
            let depth = vm.frames.len();
            let next = vm.tfor_call(vm.top_base() + a as usize, c as i32)?;
            Ok(Status::after_call(vm, depth, next))
        })
    }
}

/// Remember in `*cache` the hash node of `t` holding string key `key` (the
/// field cache of a compiled instruction; see `FieldCaches` in kiln-jit).
/// The entry is checked against the node's key before use, so a stale one
/// is only a miss.
///
/// # Safety
/// `cache` is valid for a write.
unsafe fn fill_field_cache(t: Value, key: Value, cache: *mut u32) {
    if let (Value::Table(tb), Value::Str(s)) = (t, key) {
        if let Some(i) = tb.str_node_index(&s) {
            // SAFETY: the caller's.
            unsafe { *cache = i as u32 };
        }
    }
}

/// `GetField` and `Self` (a string constant key) after a field-cache miss:
/// `R[a] = t[key]` as `kiln_rt_index`, and the node holding the key
/// remembered in `*cache`.
///
/// # Safety
/// As `kiln_rt_index`; `cache` is valid for a write.
pub unsafe extern "sysv64" fn kiln_rt_get_field(
    vm: *mut Vm,
    a: u32,
    t: *const Value,
    key: *const Value,
    src: u32,
    cache: *mut u32,
) -> Status {
    // SAFETY: the caller's: `t`, `key` and `cache` are valid.
    unsafe {
        fill_field_cache(*t, *key, cache);
        kiln_rt_index(vm, a, t, key, src)
    }
}

/// `SetField` after a field-cache miss: `t[key] = val` as
/// `kiln_rt_set_index`, the node holding the key remembered in `*cache`.
///
/// # Safety
/// As `kiln_rt_set_index`; `cache` is valid for a write.
pub unsafe extern "sysv64" fn kiln_rt_set_field(
    vm: *mut Vm,
    t: *const Value,
    key: *const Value,
    val: *const Value,
    src: u32,
    cache: *mut u32,
) -> Status {
    // Before the store, while `t` is current (a metamethod may run a
    // collection that moves it): a key inserted now is cached next time.
    // SAFETY: the caller's: `t`, `key`, `val` and `cache` are valid.
    unsafe {
        fill_field_cache(*t, *key, cache);
        kiln_rt_set_index(vm, t, key, val, src)
    }
}

/// `GetTabUp`: `R[a] = U[up][K]` through `__index` (`key` points to the
/// constant); the node holding the key remembered in `*cache`.
///
/// # Safety
/// The protocol above; `a` is a register and `up` an upvalue of the frame;
/// `key` points to a valid value; `cache` is valid for a write.
pub unsafe extern "sysv64" fn kiln_rt_get_tab_up(
    vm: *mut Vm,
    a: u32,
    up: u32,
    key: *const Value,
    cache: *mut u32,
) -> Status {
    // SAFETY: the caller's.
    let key = unsafe { *key };
    // SAFETY: the caller's.
    unsafe {
        guard(vm, |vm| {
            let t = vm.upval_get(vm.running_upval(up as usize));
            // SAFETY: the caller's: `cache` is valid.
            fill_field_cache(t, key, cache);
            let v = vm.index_from(t, key, Src::Up(up as usize))?;
            let ra = vm.top_base() + a as usize;
            vm.stack[ra] = v;
            Ok(Status::Continue)
        })
    }
}

/// `SetTabUp`: `U[up][K] = val` through `__newindex`, with the write
/// barrier; the node holding the key remembered in `*cache`.
///
/// # Safety
/// The protocol above; `up` is an upvalue of the frame; `key` and `val`
/// point to valid values; `cache` is valid for a write.
pub unsafe extern "sysv64" fn kiln_rt_set_tab_up(
    vm: *mut Vm,
    up: u32,
    key: *const Value,
    val: *const Value,
    cache: *mut u32,
) -> Status {
    // SAFETY: the caller's.
    let (key, val) = unsafe { (*key, *val) };
    // SAFETY: the caller's.
    unsafe {
        guard(vm, |vm| {
            let t = vm.upval_get(vm.running_upval(up as usize));
            vm.set_index_from(t, key, val, Src::Up(up as usize))?;
            let t = vm.upval_get(vm.running_upval(up as usize));
            // SAFETY: the caller's: `cache` is valid.
            fill_field_cache(t, key, cache);
            Ok(Status::Continue)
        })
    }
}

/// The write barrier for a store of the value at `v` into the mature,
/// unremembered object `owner` (a `Gc` pointer: its header), made inline by
/// compiled code. Not a safe point: it neither allocates on the GC heap nor
/// moves the stack.
///
/// # Safety
/// `vm` is live and unaliased; `owner` is a live object; `v` points to a
/// valid value.
pub unsafe extern "sysv64" fn kiln_rt_barrier(vm: *mut Vm, owner: *mut kiln_gc::GcHeader, v: *const Value) {
    // SAFETY: the caller's.
    let (vm, v) = unsafe { (&mut *vm, *v) };
    if let (Some(owner), Some(value)) = (std::ptr::NonNull::new(owner), v.gc_header()) {
        vm.heap.barrier(owner, value);
    }
}

/// `SetList`: store `n` values (0: up to `top`) above the table at register
/// `a` at indices `start + 1..`.
///
/// # Safety
/// The protocol above; the operands are those of a verified `SetList`.
pub unsafe extern "sysv64" fn kiln_rt_set_list(vm: *mut Vm, a: u32, n: u32, start: u32) -> Status {
    // SAFETY: the caller's.
    unsafe {
        guard(vm, |vm| {
            vm.set_list(vm.top_base() + a as usize, n as usize, start as i64)?;
            Ok(Status::Continue)
        })
    }
}

/// `VarArg`: the frame's extra arguments into register `a` (`c == 0`: all).
///
/// # Safety
/// The protocol above; the operands are those of a verified `VarArg`.
pub unsafe extern "sysv64" fn kiln_rt_vararg(vm: *mut Vm, a: u32, c: u32) -> Status {
    // SAFETY: the caller's.
    unsafe {
        guard(vm, |vm| {
            vm.vararg(vm.top_base() + a as usize, c as usize)?;
            Ok(Status::Continue)
        })
    }
}

/// `GetTable`/`GetI` beyond compiled code's array-part path: `*dst =
/// t[key]` when no metamethod applies (`Vm::get_plain`); 1 when done, 0 when
/// the general path (`kiln_rt_index`) must run. Not a safe point: nothing is
/// allocated and the stack does not move.
///
/// # Safety
/// `t` points to a table value, `key` to a valid value, `dst` to a register.
pub unsafe extern "sysv64" fn kiln_rt_table_get(t: *const Value, key: *const Value, dst: *mut Value) -> u32 {
    // SAFETY: the caller's.
    unsafe {
        let Value::Table(tb) = *t else { return 0 };
        match Vm::get_plain(tb, key) {
            Some(v) => {
                *dst = v;
                1
            }
            None => 0,
        }
    }
}

/// `SetTable`/`SetI` beyond compiled code's array-part path: `t[key] = val`
/// for a table without a metatable (`Vm::set_plain`); 1 when done, 0 when the
/// general path (`kiln_rt_set_index`) must run. Not a safe point (a rehash
/// allocates outside the GC heap).
///
/// # Safety
/// `vm` is live and unaliased; `t`, `key` and `val` point to valid values.
pub unsafe extern "sysv64" fn kiln_rt_table_set(
    vm: *mut Vm,
    t: *const Value,
    key: *const Value,
    val: *const Value,
) -> u32 {
    // SAFETY: the caller's.
    unsafe {
        let Value::Table(tb) = *t else { return 0 };
        (*vm).set_plain(tb, *key, *val) as u32
    }
}

/// `Len` without metamethods (`Vm::len_plain`): `*dst = #*v`; 1 when done,
/// 0 when the general path (`kiln_rt_len`) must run. Not a safe point.
///
/// # Safety
/// `v` points to a valid value, `dst` to a register.
pub unsafe extern "sysv64" fn kiln_rt_len_plain(v: *const Value, dst: *mut Value) -> u32 {
    // SAFETY: the caller's.
    unsafe {
        match Vm::len_plain(*v) {
            Some(n) => {
                *dst = n;
                1
            }
            None => 0,
        }
    }
}

/// A loop back-edge to instruction `target` found the trap set (interrupt,
/// hook change): `Interpret` when the interpreter must go on at `target`
/// (saved as the frame's pc), else `Continue`.
///
/// # Safety
/// The protocol above; `target` is an instruction index of the frame's code.
pub unsafe extern "sysv64" fn kiln_rt_backedge(vm: *mut Vm, target: u32) -> Status {
    // SAFETY: the caller's.
    unsafe {
        guard(vm, |vm| {
            let code = (*vm.frames.last().expect("a Lua frame runs").proto).code.as_ptr();
            // SAFETY: `target` is inside the frame's code (the caller's).
            let handover = vm.trap_at_backedge(code.add(target as usize))?;
            Ok(if handover { Status::Interpret } else { Status::Continue })
        })
    }
}

impl Vm {
    /// Upvalue `i` of the closure of the Lua frame on top.
    fn running_upval(&self, i: usize) -> Gc<crate::object::UpVal> {
        let Value::LuaFn(cl) = self.stack[self.frames.last().expect("a Lua frame runs").func] else {
            unreachable!("a Lua frame's function is a Lua closure")
        };
        cl.upvals[i].get()
    }
}

// ---------------------------------------------------------------- tiering

/// Where a counter of a proto reached zero.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HotSpot {
    /// Its calls (`TierState::calls`), as a new frame of it was pushed.
    Call,
    /// Its loop back-edges (`TierState::loops`), at a jump to the loop
    /// header `pc` (the frame's pc is saved there).
    Loop { pc: usize },
}

/// The tier above the interpreter (the JIT implements it), registered in
/// `Vm::tiering`. See ARCHITECTURE.md "Runtime helpers and tiering".
pub trait Tier {
    /// A counter of `proto` reached zero at `at`; the counter was reset to
    /// the threshold. The tier may queue or run a compilation and publish the
    /// result in `proto.tier.entry` (setting `proto.tier.loops` to 1 so a
    /// running loop enters at its next back-edge). It must not run Lua code
    /// or allocate on the GC heap (the caller is in the middle of a call or
    /// a jump).
    fn hot(&self, vm: &mut Vm, proto: Gc<Proto>, at: HotSpot);

    /// The tier as `Any`, for its own library functions (`jit.*`) to find it.
    fn as_any(&self) -> &dyn std::any::Any;
}

/// Compiled code for a proto, published in `TierState::entry`: run the frame
/// on top (a frame of that proto) from `pc`, its pc saved there; return to
/// the runloop with a `Status` (never `Continue`, `True` or `False`). With
/// no resume point at `pc` it returns `Interpret` at once.
///
/// # Safety
/// `vm` as for the shims; the frame on top is a Lua frame of the proto
/// whose entry this is, and the calling protocol of the shims holds.
pub type CompiledEntry = unsafe extern "sysv64" fn(vm: *mut Vm, pc: u32) -> Status;

/// A proto's tiering state: hotness counters (count down; see `Tier`) and
/// the compiled entry (a `CompiledEntry` as `usize`; 0: not compiled).
/// `repr(C)`: compiled code reads `entry` (`layout::proto::TIER_ENTRY`).
#[derive(Debug)]
#[repr(C)]
pub struct TierState {
    pub calls: Cell<i32>,
    pub loops: Cell<i32>,
    /// Written by the tier (possibly from a compile thread, with Release),
    /// read by the runloop (Acquire when non-zero, before calling it).
    pub entry: AtomicUsize,
    /// `jit.off(f)`: the tier never compiles this proto.
    pub off: Cell<bool>,
    /// The tier's ticket for a compilation in progress (0: none).
    pub job: Cell<u32>,
}

impl Default for TierState {
    fn default() -> TierState {
        TierState {
            calls: Cell::new(i32::MAX),
            loops: Cell::new(i32::MAX),
            entry: AtomicUsize::new(0),
            off: Cell::new(false),
            job: Cell::new(0),
        }
    }
}

thread_local! {
    /// The tier states with published code on this thread (their addresses),
    /// so `retire_all` can reach them; a state leaves when its proto is freed.
    static PUBLISHED: std::cell::RefCell<std::collections::HashSet<usize>> = Default::default();
}

impl TierState {
    /// Publish compiled code (a `CompiledEntry`) for this proto. On the
    /// thread that runs the VM.
    pub fn publish(&self, entry: usize) {
        debug_assert!(entry != 0);
        PUBLISHED.with(|p| p.borrow_mut().insert(self as *const TierState as usize));
        self.entry.store(entry, Ordering::Release);
    }

    /// Forget this proto's compiled code (frames running it finish in it;
    /// the code itself stays mapped) and restart its counters at `threshold`.
    pub fn retire(&self, threshold: i32) {
        if self.entry.swap(0, Ordering::AcqRel) != 0 {
            PUBLISHED.with(|p| p.borrow_mut().remove(&(self as *const TierState as usize)));
        }
        self.calls.set(threshold);
        self.loops.set(threshold);
    }

    /// Retire every published entry of this thread (`jit.flush()`); returns
    /// how many there were.
    pub fn retire_all(threshold: i32) -> usize {
        let states: Vec<usize> = PUBLISHED.with(|p| p.borrow_mut().drain().collect());
        for &s in &states {
            // SAFETY: a state is in `PUBLISHED` only while its proto lives (its
            // `Drop` removes it), and protos never move (mature space).
            let st = unsafe { &*(s as *const TierState) };
            st.entry.store(0, Ordering::Release);
            st.calls.set(threshold);
            st.loops.set(threshold);
        }
        states.len()
    }

    /// Count one call or back-edge on `c`: true when it reached zero.
    #[inline(always)]
    pub fn tick(c: &Cell<i32>) -> bool {
        let n = c.get().wrapping_sub(1);
        c.set(n);
        n <= 0
    }
}

impl Drop for TierState {
    fn drop(&mut self) {
        if *self.entry.get_mut() != 0 {
            let me = self as *const TierState as usize;
            // `try_with`: a proto freed while the thread's locals are torn down.
            let _ = PUBLISHED.try_with(|p| p.borrow_mut().remove(&me));
        }
    }
}

/// The registered tier and its threshold, on the `Vm`.
pub struct Tiering {
    pub tier: Option<Rc<dyn Tier>>,
    /// Calls or back-edges of a proto before `Tier::hot` (1: the first).
    pub threshold: i32,
}

impl Default for Tiering {
    fn default() -> Tiering {
        Tiering { tier: None, threshold: i32::MAX }
    }
}

impl Vm {
    /// Register `tier`, told of a proto after `threshold` calls or loop
    /// back-edges (0 or 1: at once). Protos loaded before keep their counts.
    pub fn set_tier(&mut self, tier: Option<Rc<dyn Tier>>, threshold: u32) {
        self.tiering.threshold = if tier.is_some() { threshold.clamp(1, i32::MAX as u32) as i32 } else { i32::MAX };
        self.tiering.tier = tier;
    }

    /// Start the counters of `p` and its nested protos at the threshold (a
    /// chunk being loaded).
    pub(crate) fn init_hotness(&self, p: Gc<Proto>) {
        p.tier.calls.set(self.tiering.threshold);
        p.tier.loops.set(self.tiering.threshold);
        for q in p.protos.iter() {
            self.init_hotness(q.get());
        }
    }

    /// A counter of `p` reached zero: reset it and tell the tier, if any.
    #[cold]
    #[inline(never)]
    pub(crate) fn tier_hot(&mut self, p: Gc<Proto>, at: HotSpot) {
        let counter = if at == HotSpot::Call { &p.tier.calls } else { &p.tier.loops };
        let Some(tier) = self.tiering.tier.clone() else {
            counter.set(i32::MAX);
            return;
        };
        counter.set(self.tiering.threshold);
        tier.hot(self, p, at);
    }

    /// A back-edge to `target` of the frame on top (its pc saved there) made
    /// the proto's loop counter reach zero: tell the tier, then enter compiled
    /// code at the loop header if there is some (OSR; not in the hooked
    /// instance). `Some(status)` when compiled code ran.
    #[cold]
    #[inline(never)]
    pub(crate) fn tier_hot_loop(&mut self, target: usize, hooked: bool) -> LuaResult<Option<Status>> {
        let p = self.running_proto();
        self.tier_hot(p, HotSpot::Loop { pc: target });
        let entry = p.tier.entry.load(Ordering::Acquire);
        if hooked || entry == 0 {
            return Ok(None);
        }
        self.enter_compiled(entry).map(Some)
    }

    /// The proto of the Lua frame on top.
    fn running_proto(&self) -> Gc<Proto> {
        let Value::LuaFn(cl) = self.stack[self.frames.last().expect("a Lua frame runs").func] else {
            unreachable!("a Lua frame's function is a Lua closure")
        };
        cl.proto()
    }

    /// Run the compiled code of the frame on top (its pc saved) from its pc.
    /// Errors and yields come back as `Err`.
    #[cold]
    #[inline(never)]
    pub(crate) fn enter_compiled(&mut self, entry: usize) -> LuaResult<Status> {
        let pc = self.frames.last().expect("a Lua frame runs").pc as u32;
        // SAFETY: `entry` was published as a `CompiledEntry` for the proto of
        // the frame on top (the runloop read it from that proto), and the
        // runloop saved the frame's pc and holds no borrow of the VM.
        let st = unsafe {
            let f: CompiledEntry = std::mem::transmute::<usize, CompiledEntry>(entry);
            f(self, pc)
        };
        match st {
            Status::Error => Err(LuaError::Runtime),
            Status::Yield => Err(LuaError::Yield),
            st => Ok(st),
        }
    }
}

/// `t[i] = *src` in place when `i` is in the array part, the value stored is
/// not nil (storing nil may shrink the array part) and no `__newindex` can
/// apply (the slot holds a value, or the table has no metatable). False,
/// storing nothing, otherwise. The caller applies the write barrier.
///
/// # Safety
/// `src` points to a valid value.
#[inline(always)]
pub(crate) unsafe fn store_in_array(t: Gc<Table>, i: i64, src: *const Value) -> bool {
    // SAFETY: `array_slot` gives null or a live slot of the table.
    unsafe {
        if slot::tag(src) == TAG_NIL {
            return false;
        }
        let dst = t.array_slot(i);
        if dst.is_null() || (slot::tag(dst) == TAG_NIL && t.meta.get().is_some()) {
            return false;
        }
        slot::copy(dst, src);
        true
    }
}

/// Tags of values that refer to heap objects.
#[inline(always)]
pub(crate) fn is_collectable_tag(t: u8) -> bool {
    (TAG_STR..=TAG_THREAD).contains(&t)
}

#[cfg(test)]
mod tests {
    //! Shims called directly on the state of a small program, as generated code would.
    use super::*;
    use crate::stdlib::testing;
    use std::cell::RefCell;

    /// A VM whose globals come from `setup`, with a Lua frame of a fresh
    /// chunk on top (its registers free for the test); returns the frame's base.
    fn vm_with_frame(setup: &str) -> (Vm, usize) {
        let mut vm = testing::vm();
        vm.load(setup.as_bytes(), "=setup").expect("setup compiles");
        vm.call_nested(0, 0).expect("setup runs");
        vm.load(b"local a, b, c, d, e, f, g, h = 1", "=frame").expect("frame chunk compiles");
        let func = vm.top - 1;
        let Value::LuaFn(cl) = vm.stack[func] else { panic!("a Lua function") };
        vm.push_lua_frame(func, cl.proto(), MULTI_RESULTS, false).expect("frame pushed");
        let base = vm.top_base();
        (vm, base)
    }

    fn global(vm: &mut Vm, name: &str) -> Value {
        let key = vm.new_str_value(name.as_bytes());
        vm.globals.get(key)
    }

    fn error_text(vm: &Vm) -> String {
        match vm.error {
            Value::Str(s) => s.to_str_lossy().into_owned(),
            v => format!("<{}>", v.type_name()),
        }
    }

    fn arith(vm: &mut Vm, op: ArithOp, a: u32, x: Value, y: Value) -> Status {
        let opn = ARITH_OPS.iter().position(|o| *o == op).unwrap() as u32;
        // SAFETY: a Lua frame is on top, `a` is one of its registers, and the
        // operands are locals read at once.
        unsafe { kiln_rt_arith(vm, opn, a, &x, &y, 0, 1) }
    }

    #[test]
    fn arith_slow_path_calls_the_metamethod() {
        let (mut vm, base) = vm_with_frame("T = setmetatable({}, {__add = function(a, b) return 40 + b end})");
        let t = global(&mut vm, "T");
        assert_eq!(arith(&mut vm, ArithOp::Add, 2, t, Value::Int(2)), Status::Continue);
        assert!(vm.stack[base + 2].raw_eq(&Value::Int(42)));
        // String coercion is the slow path too.
        let s = vm.new_str_value(b"10");
        assert_eq!(arith(&mut vm, ArithOp::Mul, 3, s, Value::Int(3)), Status::Continue);
        assert!(vm.stack[base + 3].raw_eq(&Value::Int(30)));
    }

    #[test]
    fn arith_errors_return_the_error_status() {
        let (mut vm, _) = vm_with_frame("U = {}");
        let u = global(&mut vm, "U");
        assert_eq!(arith(&mut vm, ArithOp::Add, 2, u, Value::Int(1)), Status::Error);
        assert!(error_text(&vm).contains("attempt to perform arithmetic on a table value"), "{}", error_text(&vm));
        assert_eq!(arith(&mut vm, ArithOp::Mod, 2, Value::Int(1), Value::Int(0)), Status::Error);
        assert!(error_text(&vm).contains("attempt to perform 'n%0'"), "{}", error_text(&vm));
        assert_eq!(arith(&mut vm, ArithOp::IDiv, 2, Value::Int(1), Value::Int(0)), Status::Error);
        assert!(error_text(&vm).contains("attempt to divide by zero"), "{}", error_text(&vm));
        // A metamethod that raises: its error, as a status.
        let (mut vm, _) = vm_with_frame("T = setmetatable({}, {__sub = function() error('boom', 0) end})");
        let t = global(&mut vm, "T");
        assert_eq!(arith(&mut vm, ArithOp::Sub, 2, t, t), Status::Error);
        assert_eq!(error_text(&vm), "boom");
    }

    #[test]
    fn compare_and_index_shims() {
        let (mut vm, base) =
            vm_with_frame("U = {} T = setmetatable({}, {__lt = function() return true end, __index = function(t, k) return k * 2 end})");
        let t = global(&mut vm, "T");
        let u = global(&mut vm, "U");
        let (one, half) = (Value::Int(1), Value::Float(2.5));
        // SAFETY: a Lua frame is on top; the operands are locals read at once.
        unsafe {
            assert_eq!(kiln_rt_compare(&mut vm, 0, &one, &half), Status::True);
            assert_eq!(kiln_rt_compare(&mut vm, 1, &half, &one), Status::False);
            assert_eq!(kiln_rt_compare(&mut vm, 0, &t, &t), Status::True);
            assert_eq!(kiln_rt_compare(&mut vm, 1, &u, &one), Status::Error);
            assert!(error_text(&vm).contains("attempt to compare"), "{}", error_text(&vm));
            let k = Value::Int(21);
            assert_eq!(kiln_rt_index(&mut vm, 4, &t, &k, 0), Status::Continue);
        }
        assert!(vm.stack[base + 4].raw_eq(&Value::Int(42)));
        let nil = Value::Nil;
        // SAFETY: as above.
        unsafe {
            assert_eq!(kiln_rt_index(&mut vm, 4, &nil, &one, 3), Status::Error);
        }
        assert!(error_text(&vm).contains("attempt to index a nil value"), "{}", error_text(&vm));
    }

    #[test]
    fn call_shim_sets_up_frames_and_runs_natives() {
        let (mut vm, base) = vm_with_frame("function F(x) return x end");
        let depth = vm.frames.len();
        // A native: runs to completion and returns into the Lua frame.
        let tostring = global(&mut vm, "tostring");
        vm.stack[base] = tostring;
        vm.stack[base + 1] = Value::Int(7);
        // SAFETY: a Lua frame is on top; `Call a=0 b=2 c=2`.
        assert_eq!(unsafe { kiln_rt_call(&mut vm, 0, 2, 2) }, Status::Continue);
        assert_eq!(vm.frames.len(), depth);
        assert_eq!(testing::show(vm.stack[base]), "7");
        // A Lua function: a frame is pushed for the runloop to run.
        let f = global(&mut vm, "F");
        vm.stack[base] = f;
        // SAFETY: as above.
        assert_eq!(unsafe { kiln_rt_call(&mut vm, 0, 2, 2) }, Status::NewFrame);
        assert_eq!(vm.frames.len(), depth + 1);
        // Calling a non-function is an error status, not a panic.
        vm.frames.pop();
        vm.top = vm.frames.last().unwrap().top;
        vm.stack[base] = Value::Int(3);
        // SAFETY: as above.
        assert_eq!(unsafe { kiln_rt_call(&mut vm, 0, 1, 1) }, Status::Error);
        assert!(error_text(&vm).contains("attempt to call a number value"), "{}", error_text(&vm));
    }

    #[test]
    fn for_prep_shim_and_helper_agree() {
        let (mut vm, base) = vm_with_frame("");
        for (init, limit, step, skip) in [(1, 10, 1, false), (10, 1, 1, true), (1, 10, 0, true)] {
            vm.stack[base] = Value::Int(init);
            vm.stack[base + 1] = Value::Int(limit);
            vm.stack[base + 2] = Value::Int(step);
            // SAFETY: a Lua frame is on top with registers 0..4.
            let st = unsafe { kiln_rt_for_prep(&mut vm, 0) };
            if step == 0 {
                assert_eq!(st, Status::Error);
                assert!(error_text(&vm).contains("'for' step is zero"));
                continue;
            }
            assert_eq!(st, Status::of_bool(skip));
            assert_eq!(for_prep_int(init, limit, step).is_none(), skip);
            if !skip {
                assert!(vm.stack[base + 1].raw_eq(&Value::Int(for_prep_int(init, limit, step).unwrap())));
            }
        }
        assert_eq!(for_prep_int(i64::MIN, i64::MAX, 1), Some(-1)); // 2^64 - 1 as unsigned
        assert_eq!(for_prep_int(5, 1, -2), Some(2));
    }

    /// Records every `hot` event; publishes `entry` for protos that get hot calls.
    struct Recorder {
        events: RefCell<Vec<(u32, HotSpot)>>,
        entry: Option<CompiledEntry>,
    }

    impl Tier for Recorder {
        fn hot(&self, _vm: &mut Vm, proto: Gc<Proto>, at: HotSpot) {
            self.events.borrow_mut().push((proto.line_defined, at));
            if let (Some(e), HotSpot::Call) = (self.entry, at) {
                proto.tier.publish(e as usize);
                proto.tier.loops.set(1);
            }
        }
        fn as_any(&self) -> &dyn std::any::Any {
            self
        }
    }

    fn run(vm: &mut Vm, src: &str) {
        vm.load(src.as_bytes(), "=t").expect("compiles");
        vm.call_nested(0, 0).expect("runs");
    }

    const PROGRAM: &str = "local function f(n) local s = 0 for i = 1, n do s = s + i end return s end\n\
                           local t = 0 for i = 1, 10 do t = t + f(4) end R = t";

    #[test]
    fn counters_call_the_tier_at_the_threshold() {
        let mut vm = testing::vm();
        let rec = Rc::new(Recorder { events: RefCell::new(Vec::new()), entry: None });
        vm.set_tier(Some(rec.clone()), 3);
        run(&mut vm, PROGRAM);
        let r = global(&mut vm, "R");
        assert!(r.raw_eq(&Value::Int(100)));
        let ev = rec.events.borrow();
        // f (line 1) is called 10 times: hot at calls 3, 6, 9.
        let f_calls = ev.iter().filter(|(l, at)| *l == 1 && *at == HotSpot::Call).count();
        assert_eq!(f_calls, 3);
        // f's loop runs 4 iterations per call, so `ForLoop` jumps back 3
        // times: 30 back-edges, hot every 3rd.
        let f_loops = ev.iter().filter(|(l, at)| *l == 1 && matches!(at, HotSpot::Loop { .. })).count();
        assert_eq!(f_loops, 10);
        // The main chunk (line 0) loops 10 times: 9 back-edges.
        let main_loops = ev.iter().filter(|(l, at)| *l == 0 && matches!(at, HotSpot::Loop { .. })).count();
        assert_eq!(main_loops, 3);
    }

    #[test]
    fn no_tier_no_events_and_same_results() {
        let mut vm = testing::vm();
        run(&mut vm, PROGRAM);
        assert!(global(&mut vm, "R").raw_eq(&Value::Int(100)));
        assert_eq!(vm.tiering.threshold, i32::MAX);
    }

    static ENTERED: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

    /// A stand-in for compiled code with no resume points: hands every frame back.
    ///
    /// # Safety
    /// As `CompiledEntry`: `vm` is live with a Lua frame on top.
    unsafe extern "sysv64" fn hand_back(vm: *mut Vm, pc: u32) -> Status {
        // SAFETY: the runloop calls this with a live VM whose top frame is a Lua frame.
        let saved = unsafe { (*vm).frames.last().unwrap().pc };
        assert_eq!(saved, pc as usize, "the frame's pc is saved before entering");
        ENTERED.fetch_add(1, Ordering::Relaxed);
        Status::Interpret
    }

    #[test]
    fn published_entries_are_entered_and_can_hand_back() {
        let mut vm = testing::vm();
        let rec = Rc::new(Recorder { events: RefCell::new(Vec::new()), entry: Some(hand_back) });
        vm.set_tier(Some(rec.clone()), 2);
        let before = ENTERED.load(Ordering::Relaxed);
        run(&mut vm, PROGRAM);
        assert!(global(&mut vm, "R").raw_eq(&Value::Int(100)));
        // f is compiled at its 2nd call; from then on each entry, loop
        // back-edge check and return into it offers the frame to the entry.
        let entered = ENTERED.load(Ordering::Relaxed) - before;
        assert!(entered >= 9, "entered {entered} times");
    }
}
