//! Calls and returns: setting up Lua and native activations (`precall`), the one
//! frame-return path (`frame_try_return`), nested runloops for Rust callers
//! (`call_nested`), upvalue and to-be-closed variable closing, and unwinding an
//! error to the nearest catcher (`catch_error`).
//!
//! Invariant: Lua→Lua calls never recurse on the Rust stack: `precall` pushes a
//! record and the runloop dispatches it. Rust recursion happens only in
//! `call_nested` (and coroutine resume), each level marked by a record.
//! Invariant: every return goes through `frame_try_return`; its `Next` result
//! alone decides whether the runloop continues or exits.
//! Invariant: while a Lua frame runs, `vm.top == frame.top` (above all its
//! registers) except between an instruction that leaves a variable number of
//! values (`Call`/`VarArg` with MULTI) and the one that consumes them, so
//! metamethods called from instructions are placed above every live register.

use crate::callstack::{flags, Frame, FrameKind};
use crate::error::LuaError;
use crate::hook::trap;
use crate::object::{LuaClosure, Proto, UpState, UpVal};
use crate::rt::{HotSpot, TierState};
use crate::state::{LuaResult, Tm, Vm, MAX_NESTED, MIN_STACK};
use crate::value::Value;
use kiln_gc::Gc;
use std::cell::Cell;
use std::rc::Rc;

/// Callstack records before "stack overflow".
pub const MAX_FRAMES: usize = 1_000_000;
/// `nresults` meaning "all results".
pub const MULTI_RESULTS: i32 = -1;
/// Returned by a native that wants a function called in its place: either it
/// turned its own record into a `Pcall` boundary (pcall/xpcall), or it set up
/// a call whose results become its own (`Vm::call_in_place`: dofile, pairs
/// with `__pairs`). The caller of the native performs that call, so these
/// calls need no Rust recursion and a coroutine may yield inside them.
pub const CALL_PENDING: usize = usize::MAX;
/// Slots above a Lua frame's registers that always exist, so instructions may
/// write a few temporaries there (TForCall) and natives start with room.
pub const FRAME_SLACK: usize = MIN_STACK;
/// Extra records, nested levels and handler retries allowed for message handlers.
const ERROR_EXTRA_FRAMES: usize = 200;
const ERROR_EXTRA_NESTED: usize = 20;
/// Times a failing message handler is retried with its own error (PUC calls it
/// recursively until the C stack overflows) before "error in error handling".
const HANDLER_RETRIES: usize = 100;

/// What the runloop does after a call or return.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Next {
    /// Run the top record, a Lua frame of this runloop.
    Continue,
    /// A NestedRunloop or CoroutineBase record was reached: results are in place
    /// for the Rust caller of this runloop.
    Exit,
}

impl Vm {
    // ------------------------------------------------------------ limits

    #[inline]
    fn frame_limit(&self) -> usize {
        if self.error_headroom {
            MAX_FRAMES + ERROR_EXTRA_FRAMES
        } else {
            MAX_FRAMES
        }
    }

    /// C-level calls (nested runloops and protected calls) before "C stack
    /// overflow" (LUAI_MAXCCALLS), a little more while a message handler runs.
    #[inline]
    pub(crate) fn c_call_limit(&self) -> usize {
        if self.error_headroom {
            MAX_NESTED + ERROR_EXTRA_NESTED
        } else {
            MAX_NESTED
        }
    }

    /// Make sure stack slots below `upto` exist.
    #[inline]
    pub(crate) fn ensure_slots(&mut self, upto: usize) -> LuaResult<()> {
        if upto > self.stack_room {
            let saved = self.top;
            self.top = self.top.min(upto);
            let r = self.ensure_stack(upto - self.top);
            self.top = saved;
            r?;
        }
        Ok(())
    }

    #[cold]
    fn stack_overflow(&mut self) -> LuaError {
        self.stack_overflow_error()
    }

    // ------------------------------------------------------------ calls

    /// Call the value at stack slot `func` with the arguments `func+1..top`,
    /// wanting `nresults` results (-1: all). A Lua function gets a new record and
    /// `Next::Continue` (the runloop runs it); a native runs to completion here
    /// and its results are returned through `frame_try_return`. Values that are
    /// not functions are called through `__call`.
    #[inline]
    pub fn precall(&mut self, func: usize, nresults: i32) -> LuaResult<Next> {
        loop {
            match self.stack[func] {
                Value::LuaFn(cl) => {
                    self.push_lua_frame(func, cl.proto(), nresults, false)?;
                    return Ok(Next::Continue);
                }
                Value::NativeFn(_) => return self.call_native(func, nresults),
                _ => self.insert_call_handler(func)?,
            }
        }
    }

    /// Set up the record of a Lua function at `func` (arguments up to `top`).
    /// Vararg functions keep their extra arguments below `base`.
    #[inline(always)]
    pub(crate) fn push_lua_frame(&mut self, func: usize, p: Gc<Proto>, nresults: i32, tail: bool) -> LuaResult<()> {
        if TierState::tick(&p.tier.calls) {
            self.tier_hot(p, HotSpot::Call);
        }
        let nargs = self.top - func - 1;
        let np = p.num_params as usize;
        let ftop = func + 1 + p.max_stack as usize;
        if p.is_vararg || ftop + FRAME_SLACK > self.stack_room || self.frames.len() >= MAX_FRAMES {
            return self.push_lua_frame_slow(func, p, nresults, tail);
        }
        if nargs < np {
            // SAFETY: `func + 1 + np <= ftop <= stack_room <= stack.len()`
            // (checked above; parameters are registers, so `np <= max_stack`).
            unsafe {
                let sp = self.stack.as_mut_ptr();
                for i in func + 1 + nargs..func + 1 + np {
                    *sp.add(i) = Value::Nil;
                }
            }
        }
        self.push_record(FrameKind::LUA_TAG, func, func + 1, ftop, nresults, tail, p.as_ptr());
        self.top = ftop;
        Ok(())
    }

    /// Push a Lua frame record without varargs, a native call record or a
    /// NestedRunloop record, writing its fields in place: a
    /// `Frame` built on the Rust stack and then copied is stored and reloaded in
    /// pieces of different sizes, which stalls store forwarding on every call.
    #[inline(always)]
    #[allow(clippy::too_many_arguments)]
    fn push_record(
        &mut self,
        kind_tag: u8,
        func: usize,
        base: usize,
        top: usize,
        nresults: i32,
        tail: bool,
        p: *const Proto,
    ) {
        let len = self.frames.len();
        if len == self.frames.capacity() {
            self.frames.reserve(1);
        }
        debug_assert!(matches!(kind_tag, FrameKind::LUA_TAG | FrameKind::NATIVE_TAG | FrameKind::NESTED_TAG));
        // SAFETY: `len < capacity`, so slot `len` is allocated; every field is
        // written before `set_len` makes the record visible. `FrameKind` is a
        // fieldless `repr(u8)` enum and `kind_tag` is LUA_TAG, NATIVE_TAG or
        // NESTED_TAG, declared discriminants: a valid value.
        unsafe {
            let f = self.frames.as_mut_ptr().add(len);
            std::ptr::addr_of_mut!((*f).kind).cast::<u8>().write(kind_tag);
            std::ptr::addr_of_mut!((*f).flags).write(0);
            std::ptr::addr_of_mut!((*f).tail_call).write(tail);
            std::ptr::addr_of_mut!((*f).nresults).write(nresults);
            std::ptr::addr_of_mut!((*f).func).write(func);
            std::ptr::addr_of_mut!((*f).base).write(base);
            std::ptr::addr_of_mut!((*f).top).write(top);
            std::ptr::addr_of_mut!((*f).pc).write(0);
            std::ptr::addr_of_mut!((*f).nvarargs).write(0);
            std::ptr::addr_of_mut!((*f).proto).write(p);
            std::ptr::addr_of_mut!((*f).aux).write(0);
            self.frames.set_len(len + 1);
        }
    }

    /// `push_lua_frame` for vararg functions, stack growth and the frame limit.
    #[inline(never)]
    fn push_lua_frame_slow(&mut self, func: usize, p: Gc<Proto>, nresults: i32, tail: bool) -> LuaResult<()> {
        if self.frames.len() >= self.frame_limit() {
            return Err(self.stack_overflow());
        }
        let nargs = self.top - func - 1;
        let np = p.num_params as usize;
        let (base, nvar) = if p.is_vararg && nargs > np { (func + 1 + nargs, nargs - np) } else { (func + 1, 0) };
        let ftop = base + p.max_stack as usize;
        self.ensure_slots(ftop + FRAME_SLACK)?;
        if nvar > 0 {
            // Fixed parameters move above the varargs: registers start at `base`.
            self.stack.copy_within(func + 1..func + 1 + np, base);
        } else if nargs < np {
            for slot in &mut self.stack[func + 1 + nargs..func + 1 + np] {
                *slot = Value::Nil;
            }
        }
        self.frames.push(Frame {
            kind: FrameKind::Lua,
            func,
            base,
            top: ftop,
            pc: 0,
            nresults,
            nvarargs: nvar,
            tail_call: tail,
            flags: 0,
            proto: p.as_ptr(),
            aux: 0,
        });
        self.top = ftop;
        Ok(())
    }

    /// Call the native function at `func` now.
    pub(crate) fn call_native(&mut self, func: usize, nresults: i32) -> LuaResult<Next> {
        let Value::NativeFn(nf) = self.stack[func] else { unreachable!("call_native on a non-native") };
        let f = nf.f;
        if self.frames.len() >= self.frame_limit() {
            return Err(self.stack_overflow());
        }
        self.push_record(FrameKind::NATIVE_TAG, func, func + 1, self.top, nresults, false, std::ptr::null());
        self.ensure_stack(MIN_STACK)?;
        if self.trap() & trap::CALL != 0 {
            self.hook_native_call()?;
        }
        let n = f(self)?;
        if n == CALL_PENDING {
            return self.call_pending();
        }
        let first = self.top - n;
        self.frame_try_return(first, n)
    }

    /// A native returned `CALL_PENDING`: call the function at its record's
    /// `base`. A `Pcall` boundary wants all results; a native that called in
    /// place keeps the count it wants in the record's `pc` (`call_in_place`).
    #[cold]
    #[inline(never)]
    fn call_pending(&mut self) -> LuaResult<Next> {
        let fr = self.frame();
        let wanted = if fr.is_pcall() { MULTI_RESULTS } else { fr.pc as i32 - 1 };
        self.precall(fr.base, wanted)
    }

    /// For the running native, PUC's `lua_callk` as its last act: call the
    /// function below the `nargs` values on top in the native's place,
    /// wanting `nresults` (-1: all); the native returns what this returns,
    /// `CALL_PENDING`. Its record stays on the callstack (tracebacks show it)
    /// flagged `PENDING_RETURN`, and when the call returns into it,
    /// `frame_try_return` returns those results as the native's. No Rust level
    /// stays behind, so the callee may yield. The record counts as a C call
    /// (`pcall_depth`), as the native's level does in PUC: endless `dofile`
    /// recursion is "C stack overflow".
    pub fn call_in_place(&mut self, nargs: usize, nresults: i32) -> LuaResult<usize> {
        self.pcall_depth += 1;
        if self.nested_level + self.pcall_depth >= self.c_call_limit() {
            // The record is unwound with the error, which uncounts it.
            self.frames.last_mut().expect("a native runs").flags |= flags::PENDING_RETURN;
            return Err(self.runtime_error("C stack overflow"));
        }
        let func = self.top - nargs - 1;
        let fr = self.frames.last_mut().expect("a native runs");
        debug_assert!(matches!(fr.kind, FrameKind::Native) && func >= fr.base);
        let base = fr.base;
        fr.flags |= flags::PENDING_RETURN;
        fr.pc = (nresults + 1) as usize;
        // The function and its arguments move down to the record's base,
        // where `call_pending` finds them.
        self.stack.copy_within(func..self.top, base);
        self.top = base + nargs + 1;
        Ok(CALL_PENDING)
    }

    /// Replace the non-function at `func` by its `__call` metamethod, shifting the
    /// arguments up so the original value becomes the first argument.
    #[cold]
    pub(crate) fn insert_call_handler(&mut self, func: usize) -> LuaResult<()> {
        let v = self.stack[func];
        let mm = self.metamethod(v, Tm::Call);
        if mm.is_nil() {
            return Err(self.call_error(v));
        }
        self.ensure_stack(1)?;
        self.stack.copy_within(func..self.top, func + 1);
        self.stack[func] = mm;
        self.top += 1;
        Ok(())
    }

    /// "attempt to call a X value (global 'f')".
    #[cold]
    fn call_error(&mut self, v: Value) -> LuaError {
        let info = self.call_site_info();
        let tn = self.type_name_of(v);
        self.runtime_error(format!("attempt to call a {tn} value{info}"))
    }

    // ------------------------------------------------------------ returns

    /// Return from the top record (a Lua frame or a native call) with the `n`
    /// results at `first..first+n`: close its upvalues and to-be-closed
    /// variables, move the results to its `func` slot adjusted to the count the
    /// caller wants, pop it. Completes `Pcall` boundaries and Lua frames waiting
    /// to return (`PENDING_RETURN`) on the way. The only place records are
    /// returned from.
    #[inline(always)]
    pub fn frame_try_return(&mut self, first: usize, n: usize) -> LuaResult<Next> {
        if self.trap() & trap::HOOKS != 0 {
            return self.frame_try_return_general(first, n);
        }
        self.frame_return_unhooked(first, n)
    }

    /// `frame_try_return` without the return hooks' test, for the plain
    /// runloop instance, which runs only while the thread has no hook (a hook
    /// set by a metamethod of the returning frame is seen after this return).
    #[inline(always)]
    pub(crate) fn frame_return_unhooked(&mut self, first: usize, n: usize) -> LuaResult<Next> {
        // Fast path: a Lua frame with nothing to close (or a native call),
        // returning into a Lua frame that continues; the general function
        // handles everything else.
        let len = self.frames.len();
        if len >= 2 {
            // SAFETY: `len >= 2`, so both indices are in bounds.
            let (fr, caller) = unsafe { (self.frames.get_unchecked(len - 1), self.frames.get_unchecked(len - 2)) };
            if caller.is_lua() && caller.flags & flags::PENDING_RETURN == 0 && self.returns_plainly(fr, first) {
                let (wanted, caller_top) = (fr.nresults, caller.top);
                if self.pop_moving_results(first, n).is_some() {
                    // The caller's registers stay live up to its `top`.
                    if wanted >= 0 {
                        self.top = caller_top;
                    }
                    return Ok(Next::Continue);
                }
            }
        }
        self.frame_return_other(first, n)
    }

    /// Returns the runloop's inlined fast path does not take: into a Rust
    /// caller's record (`return_to_rust_caller`), else the general function.
    #[inline(never)]
    fn frame_return_other(&mut self, first: usize, n: usize) -> LuaResult<Next> {
        if self.return_to_rust_caller(first, n) {
            return Ok(Next::Exit);
        }
        self.frame_try_return_general(first, n)
    }

    /// The top record `fr` (results at `first`) has nothing to do on return
    /// but move them: a Lua frame with no upvalue or to-be-closed variable
    /// to close, or a native call.
    #[inline(always)]
    fn returns_plainly(&self, fr: &Frame, first: usize) -> bool {
        let closes = match fr.kind {
            FrameKind::Lua => {
                self.tbc.last().is_some_and(|&t| t >= fr.base)
                    || self.open_upvals.last().is_some_and(|&uv| open_index(uv) >= fr.base)
            }
            FrameKind::Native => false,
            _ => true,
        };
        !closes && fr.func < first
    }

    /// The fast paths' return: move the `n` results at `first` to the top
    /// record's `func` slot, adjusted to the count its caller wants, and pop
    /// it (a record `returns_plainly` accepted), `top` after the results.
    /// Returns that count; `None`, doing nothing, when the stack is too short.
    #[inline(always)]
    fn pop_moving_results(&mut self, first: usize, n: usize) -> Option<usize> {
        let len = self.frames.len();
        // SAFETY: the fast paths call this with a record on top.
        let fr = unsafe { self.frames.get_unchecked(len - 1) };
        let (dest, wanted) = (fr.func, fr.nresults);
        let count = if wanted < 0 { n } else { wanted as usize };
        if dest + count > self.stack.len() {
            return None;
        }
        let m = n.min(count);
        // SAFETY: results are below `first + n <= stack.len()` (they are
        // registers or pushed values), `dest + count` was checked, and
        // `dest < first` (`returns_plainly`), so a forward copy is safe.
        unsafe {
            let sp = self.stack.as_mut_ptr();
            for i in 0..m {
                crate::value::slot::copy(sp.add(dest + i), sp.add(first + i));
            }
            for i in m..count {
                *sp.add(dest + i) = Value::Nil;
            }
        }
        // SAFETY: the top record is a Lua frame or a native call, whose kind
        // holds nothing to drop, so shortening the vector by one is its pop.
        unsafe { self.frames.set_len(len - 1) };
        self.top = dest + count;
        Some(count)
    }

    /// The fast path of returns into the NestedRunloop record of a Rust
    /// caller (`call_nested`: a `table.sort` comparator, a `gsub`
    /// replacement function) when no return hook applies: true when done,
    /// the results exactly below `top` (the caller's `Exit`). Kept out of
    /// `frame_return_unhooked`, which the runloop inlines for Lua callers.
    #[inline(always)]
    pub(crate) fn return_to_rust_caller(&mut self, first: usize, n: usize) -> bool {
        let len = self.frames.len();
        if len < 2 || self.trap() & trap::HOOKS != 0 {
            return false;
        }
        // SAFETY: `len >= 2`, so both indices are in bounds.
        let (fr, caller) = unsafe { (self.frames.get_unchecked(len - 1), self.frames.get_unchecked(len - 2)) };
        matches!(caller.kind, FrameKind::NestedRunloop)
            && caller.flags & flags::ORPHAN == 0
            && self.returns_plainly(fr, first)
            && self.pop_moving_results(first, n).is_some()
    }

    /// `frame_try_return` for every case: closing, natives, boundaries.
    #[inline(never)]
    fn frame_try_return_general(&mut self, first: usize, n: usize) -> LuaResult<Next> {
        let (mut first, mut n) = (first, n);
        loop {
            let fr = self.frames.last().expect("callstack is never empty");
            if fr.is_lua() {
                let (base, ftop) = (fr.base, fr.top);
                if self.tbc.last().is_some_and(|&t| t >= base) {
                    self.top = (first + n).max(ftop);
                    self.close_tbc(base, n)?;
                }
                self.close_upvals(base);
            }
            if self.trap() & trap::HOOKS != 0 && self.frames.last().is_some_and(Frame::is_activation) {
                self.hook_return(first, n)?;
            }
            let fr = self.frames.pop().expect("callstack is never empty");
            n = self.move_results(fr.func, first, n, fr.nresults);
            first = fr.func;
            let caller = self.frames.last().expect("callstack is never empty");
            match caller.kind {
                FrameKind::Native if caller.flags & flags::PENDING_RETURN != 0 => {
                    // The call a native made in its place returned: so does the native.
                    self.pcall_depth -= 1;
                    continue;
                }
                FrameKind::Lua => {
                    if caller.flags & flags::PENDING_RETURN != 0 {
                        continue;
                    }
                    if fr.nresults >= 0 {
                        self.top = caller.top;
                    }
                    return Ok(Next::Continue);
                }
                FrameKind::Pcall => {
                    // The protected function returned: results are `true, ...`.
                    self.pcall_depth -= 1;
                    let b = caller.base;
                    debug_assert_eq!(b, first);
                    if self.trap() & trap::HOOKS != 0 {
                        // The pcall's return hook must still see pcall in
                        // its slot: `true` goes in front of the results.
                        self.ensure_slots(b + n + 1 + MIN_STACK)?;
                        self.stack.copy_within(b..b + n, b + 1);
                        self.stack[b] = Value::Bool(true);
                        self.top = b + n + 1;
                    } else {
                        self.stack[b - 1] = Value::Bool(true);
                        first = b - 1;
                    }
                    n += 1;
                }
                FrameKind::NestedRunloop if caller.flags & flags::ORPHAN != 0 => {
                    // A metamethod suspended by a yield returned: complete its instruction.
                    let rec = self.frames.pop().expect("the orphaned record");
                    if rec.flags & flags::UNWIND != 0 {
                        return self.finish_unwind(rec.pc);
                    }
                    let v = if n > 0 { self.stack[first] } else { Value::Nil };
                    return self.finish_op(v, rec.flags & flags::NEGATE != 0, rec.pc);
                }
                _ => return Ok(Next::Exit),
            }
        }
    }

    /// Move `n` values from `first` down to `dest`, adjusted to `wanted` (-1: all);
    /// set `top` after them. Returns the count placed.
    #[inline]
    fn move_results(&mut self, dest: usize, first: usize, n: usize, wanted: i32) -> usize {
        let count = if wanted < 0 { n } else { wanted as usize };
        if dest + count > self.stack.len() {
            // Only reachable for large `wanted` from Rust callers.
            self.resize_stack(dest + count + MIN_STACK);
        }
        let m = n.min(count);
        if first != dest {
            self.stack.copy_within(first..first + m, dest);
        }
        for slot in &mut self.stack[dest + m..dest + count] {
            *slot = Value::Nil;
        }
        self.top = dest + count;
        count
    }

    // ------------------------------------------------------------ upvalues

    /// The open upvalue for stack slot `idx` of the running thread, created if needed.
    pub(crate) fn find_upval(&mut self, idx: usize) -> Gc<UpVal> {
        let mut i = self.open_upvals.len();
        while i > 0 {
            let uv = self.open_upvals[i - 1];
            let j = open_index(uv);
            if j == idx {
                return uv;
            }
            if j < idx {
                break;
            }
            i -= 1;
        }
        // Upvalues live in the mature space: they never move, so closures and the
        // runloop may hold them across allocations.
        let uv = self.alloc_mature(UpVal { state: Cell::new(UpState::Open { thread: self.thread, idx }) });
        self.open_upvals.insert(i, uv);
        uv
    }

    /// Close the open upvalues of slots `>= level`: they take their current value.
    /// Usually there is none (every return of a Lua frame that leaves the
    /// fast path asks), so that test is inlined and the loop is not.
    #[inline(always)]
    pub fn close_upvals(&mut self, level: usize) {
        if self.open_upvals.last().is_some_and(|&uv| open_index(uv) >= level) {
            self.close_upvals_from(level);
        }
    }

    #[inline(never)]
    fn close_upvals_from(&mut self, level: usize) {
        while let Some(&uv) = self.open_upvals.last() {
            let idx = open_index(uv);
            if idx < level {
                break;
            }
            let v = self.stack[idx];
            uv.state.set(UpState::Closed(v));
            self.barrier_value(uv.raw(), v);
            self.open_upvals.pop();
        }
    }

    /// Read an upvalue (open ones may live in a suspended thread's stack).
    #[inline]
    pub fn upval_get(&self, uv: Gc<UpVal>) -> Value {
        match uv.state.get() {
            UpState::Closed(v) => v,
            UpState::Open { thread, idx } => {
                if Gc::ptr_eq(thread, self.thread) {
                    self.stack[idx]
                } else {
                    // SAFETY: a thread that is not running keeps its stack in
                    // `saved`; nothing else borrows it during this read.
                    unsafe { thread.saved_mut() }.stack[idx]
                }
            }
        }
    }

    /// Write an upvalue, with the write barrier for closed ones.
    #[inline]
    pub fn upval_set(&mut self, uv: Gc<UpVal>, v: Value) {
        match uv.state.get() {
            UpState::Closed(_) => {
                uv.state.set(UpState::Closed(v));
                self.barrier_value(uv.raw(), v);
            }
            UpState::Open { thread, idx } => {
                if Gc::ptr_eq(thread, self.thread) {
                    self.stack[idx] = v;
                } else {
                    // SAFETY: as in `upval_get`. The saved stack belongs to the
                    // (mature) thread object, which a minor collection scans only
                    // while it is remembered: the barrier.
                    unsafe { thread.saved_mut() }.stack[idx] = v;
                    self.barrier_value(thread.raw(), v);
                }
            }
        }
    }

    /// Build a closure of `protos[idx]` of the proto of the Lua frame on top,
    /// whose registers start at `base`.
    pub(crate) fn make_closure(&mut self, idx: usize) -> Value {
        self.reserve::<LuaClosure>(0);
        // Everything below is read after the possible collection.
        let fr = self.frame();
        let (func, base) = (fr.func, fr.base);
        let Value::LuaFn(parent) = self.stack[func] else { unreachable!("closure outside a Lua frame") };
        let p = parent.proto().protos[idx].get();
        let mut ups = Vec::with_capacity(p.upvals.len());
        for d in p.upvals.iter() {
            let uv = if d.in_stack { self.find_upval(base + d.index as usize) } else { parent.upval(d.index as usize) };
            ups.push(Cell::new(uv));
        }
        let cl = self.alloc_reserved(LuaClosure { proto: Cell::new(p), upvals: ups.into() });
        Value::LuaFn(cl)
    }

    // ------------------------------------------------------------ to-be-closed

    /// `local x <close> = v` for stack slot `slot`: false and nil are ignored,
    /// other values need a `__close` metamethod.
    pub(crate) fn mark_tbc(&mut self, slot: usize) -> LuaResult<()> {
        let v = self.stack[slot];
        if !v.truthy() {
            return Ok(());
        }
        if self.metamethod(v, Tm::Close).is_nil() {
            let name = self.local_name_of_slot(slot).unwrap_or_else(|| "?".into());
            return Err(self.runtime_error(format!("variable '{name}' got a non-closable value")));
        }
        self.tbc.push(slot);
        Ok(())
    }

    /// Close upvalues and to-be-closed variables of slots `>= level` (the `Close`
    /// instruction, and block exits); `err` is the error being raised, if any.
    pub(crate) fn close_level(&mut self, level: usize) -> LuaResult<()> {
        self.close_upvals(level);
        if self.tbc.last().is_some_and(|&t| t >= level) {
            self.close_tbc(level, 0)?;
        }
        Ok(())
    }

    /// Call `__close(v, nil)` for every pending to-be-closed variable at or above
    /// `level`, the most recent first (a normal exit) by the Lua frame on top
    /// (`Close`, or a return of `nret` values). An error stops here; the
    /// unwinding closes the rest with it. A yield inside `__close` suspends the
    /// instruction, which `finish_op` repeats to close the others.
    fn close_tbc(&mut self, level: usize, nret: usize) -> LuaResult<()> {
        while let Some(&slot) = self.tbc.last() {
            if slot < level {
                break;
            }
            self.tbc.pop();
            self.close_upvals(slot);
            let v = self.stack[slot];
            let mm = self.metamethod(v, Tm::Close);
            self.ensure_stack(3)?;
            self.push(mm);
            self.push(v);
            self.push(Value::Nil);
            self.call_nested_yieldable(2, 0, 0, nret)?;
        }
        Ok(())
    }

    /// `__close(v, err)` for the variable in `slot`.
    fn call_close_method(&mut self, slot: usize, err: Value) -> LuaResult<()> {
        let v = self.stack[slot];
        let mm = self.metamethod(v, Tm::Close);
        self.ensure_stack(3)?;
        self.push(mm);
        self.push(v);
        self.push(err);
        self.call_nested(2, 0)?;
        Ok(())
    }

    // ------------------------------------------------------------ nested runloops

    /// Call the function at `top - nargs - 1` with the `nargs` values above it,
    /// from Rust (like `lua_call`): a NestedRunloop record marks the boundary.
    /// Leaves exactly `nresults` results (all when -1) where the function was,
    /// `top` after them, and returns their count. Errors come back as
    /// `Err(LuaError::Runtime)` with the value in `vm.error`; the stack is then
    /// cut back to the function's slot.
    pub fn call_nested(&mut self, nargs: usize, nresults: i32) -> LuaResult<usize> {
        self.nested_call(nargs, nresults, 0, 0, 0)
    }

    /// `call_nested` for a metamethod called by the instruction of the Lua frame
    /// on top: a yield inside may suspend the coroutine (see `flags::YIELDABLE`).
    /// `extra` adds `flags::NEGATE`; `aux` is kept in the record's `pc` for
    /// `finish_op` (the slot a `__concat` result goes to).
    pub(crate) fn call_nested_yieldable(
        &mut self,
        nargs: usize,
        nresults: i32,
        extra: u8,
        aux: usize,
    ) -> LuaResult<usize> {
        self.nested_call(nargs, nresults, flags::YIELDABLE | extra, aux, 0)
    }

    /// `call_nested` with a record description shown in tracebacks
    /// ("callback 'cmp' from C qsort"). The caller keeps the `Rc`: a callback
    /// run many times by one C call allocates its description once.
    pub fn call_nested_desc(&mut self, nargs: usize, nresults: i32, desc: Rc<str>) -> LuaResult<usize> {
        self.call_nested_with(nargs, nresults, Some(desc), 0, 0)
    }

    /// Like `call_nested`, for a Rust caller that handles the error itself
    /// (finalizers, message handlers): handlers further down do not run for it.
    pub fn call_nested_catch(&mut self, nargs: usize, nresults: i32) -> LuaResult<usize> {
        self.call_nested_with(nargs, nresults, None, flags::CATCHES, 0)
    }

    /// Call a hook function (hook.rs) with the `nargs` values above it: a
    /// record flagged `HOOK_CALL`, so it shows as PUC shows hooks.
    pub(crate) fn call_nested_hook(&mut self, nargs: usize) -> LuaResult<()> {
        self.call_nested_with(nargs, 0, None, flags::HOOK_CALL, 0).map(|_| ())
    }

    /// `call_nested_catch` for a `__gc` metamethod: debug information names it.
    pub(crate) fn call_finalizer_nested(&mut self, nargs: usize) -> LuaResult<usize> {
        self.call_nested_with(nargs, 0, None, flags::CATCHES | flags::FINALIZER, 0)
    }

    /// Like `call_nested`, but an error value becomes the string
    /// "msg\nstack traceback:\n..." built where the error was raised (as lua.c's
    /// message handler does). For the command line.
    pub fn call_with_traceback(&mut self, nargs: usize, nresults: i32) -> LuaResult<usize> {
        self.call_nested_with(nargs, nresults, None, flags::TRACEBACK, 0)
    }

    /// The nested call of every `call_nested*` entry, with the record's
    /// traceback description (`Vm::nested_descs`), pushed and popped with it.
    fn call_nested_with(
        &mut self,
        nargs: usize,
        nresults: i32,
        desc: Option<Rc<str>>,
        fl: u8,
        aux: usize,
    ) -> LuaResult<usize> {
        let Some(d) = desc.filter(|d| !d.is_empty()) else {
            return self.nested_call(nargs, nresults, fl, aux, 0);
        };
        // A yieldable record has no description, so it is never orphaned
        // with one: the description goes with the record in every case.
        debug_assert!(fl & flags::YIELDABLE == 0);
        self.nested_descs.push(d);
        let r = self.nested_call(nargs, nresults, fl, aux, self.nested_descs.len());
        self.nested_descs.pop();
        r
    }

    /// Push a NestedRunloop record (flags `fl`, `aux` in its `pc`, `desc`
    /// in its `aux`: see `Frame::aux`) below the function at `top - nargs
    /// - 1`, run the call to completion in a runloop instance of its own,
    /// pop the record. Inlined into `call_nested` and the metamethod calls,
    /// where most of `fl`, `aux` and `desc` are constants.
    #[inline(always)]
    fn nested_call(&mut self, nargs: usize, nresults: i32, fl: u8, aux: usize, desc: usize) -> LuaResult<usize> {
        let func = self.top - nargs - 1;
        // As PUC's `luaE_checkcstack`: the new level may not reach the limit.
        if self.nested_level + self.pcall_depth + 1 >= self.c_call_limit() {
            return Err(self.nested_overflow(func, fl));
        }
        self.push_record(FrameKind::NESTED_TAG, func, func, func, nresults, false, std::ptr::null());
        let depth = self.frames.len();
        // SAFETY: the record just pushed is at `depth - 1`.
        let rec = unsafe { self.frames.get_unchecked_mut(depth - 1) };
        (rec.flags, rec.pc, rec.aux) = (fl, aux, desc);
        self.nested_level += 1;
        let yieldable = fl & flags::YIELDABLE != 0;
        self.yieldable_nested += yieldable as usize;
        // A Lua function's record is pushed here (`precall`'s first case,
        // inlined); natives and `__call` go through `precall`.
        let called = match self.stack[func] {
            Value::LuaFn(cl) => self.push_lua_frame(func, cl.proto(), nresults, false).map(|()| Next::Continue),
            _ => self.precall(func, nresults),
        };
        let r = match called {
            Ok(Next::Exit) => Ok(()),
            Ok(Next::Continue) => self.execute_from_compiled(),
            Err(LuaError::Yield) if yieldable => Err(LuaError::Yield),
            Err(e) => self.resume_after_error(e),
        };
        self.nested_level -= 1;
        self.yieldable_nested -= yieldable as usize;
        match r {
            Ok(()) => {
                debug_assert_eq!(self.frames.len(), depth, "nested runloop record not on top");
                // SAFETY: the record on top is this NestedRunloop record,
                // which holds nothing to drop: shortening the vector is its pop.
                unsafe { self.frames.set_len(depth - 1) };
                Ok(self.top - func)
            }
            Err(e) => self.nested_call_failed(e, func, fl, depth),
        }
    }

    /// A nested call would pass the C-call limit: "C stack overflow", raised
    /// without pushing its record.
    #[cold]
    #[inline(never)]
    fn nested_overflow(&mut self, func: usize, fl: u8) -> LuaError {
        let e = self.runtime_error("C stack overflow");
        if fl & flags::TRACEBACK != 0 {
            let err = self.error;
            self.error = self.traceback_message(err);
        }
        self.top = func;
        e
    }

    /// The error or yield `e` left the nested call of record `depth - 1`
    /// (at the function's slot `func`).
    #[cold]
    #[inline(never)]
    fn nested_call_failed(&mut self, e: LuaError, func: usize, fl: u8, depth: usize) -> LuaResult<usize> {
        if fl & flags::YIELDABLE != 0 && e == LuaError::Yield {
            // The coroutine suspends with this record on its callstack while
            // the Rust caller unwinds: the record is orphaned (see `finish_op`).
            self.frames[depth - 1].flags |= flags::ORPHAN;
            return Err(LuaError::Yield);
        }
        debug_assert_eq!(self.frames.len(), depth, "nested runloop record not on top");
        self.frames.truncate(depth - 1);
        self.top = func;
        if fl & (flags::CATCHES | flags::TRACEBACK) != 0 {
            self.shrink_stack_after_error();
        }
        Err(e)
    }

    /// After `precall` failed inside a boundary: catch the error and go on.
    pub(crate) fn resume_after_error(&mut self, e: LuaError) -> LuaResult<()> {
        if e == LuaError::Yield {
            // Yields check their level first; one arriving here is a bug in a
            // native. Turn it into an error instead of losing the frames.
            let s = self.new_str_value(b"attempt to yield across a C-call boundary");
            self.error = s;
        }
        match self.catch_error()? {
            Some(Next::Continue) => self.execute(),
            Some(Next::Exit) => Ok(()),
            None => Err(LuaError::Runtime),
        }
    }

    /// `execute` for the Lua frame on top, just pushed or returned into: when it has compiled code and
    /// the trap is clear, that code is entered at once, as the runloop's first step would (a callback
    /// that runs to its return never enters the runloop); whatever else it leaves to do, `execute` does.
    #[inline]
    pub(crate) fn execute_from_compiled(&mut self) -> LuaResult<()> {
        let fr = self.frame();
        if !fr.is_lua() || self.trap() != 0 {
            return self.execute();
        }
        // SAFETY: a Lua frame's proto lives while the frame does.
        let entry = unsafe { (*fr.proto).tier.entry.load(std::sync::atomic::Ordering::Acquire) };
        if entry == 0 {
            return self.execute();
        }
        match self.enter_compiled(entry) {
            Ok(crate::rt::Status::Exit) => Ok(()),
            Ok(_) => self.execute(),
            Err(LuaError::Yield) => Err(LuaError::Yield),
            Err(e) => self.resume_after_error(e),
        }
    }

    /// Run the runloop for the Lua frame on top until its boundary record is
    /// reached, catching errors at pcall boundaries on the way. `Ok` when the
    /// boundary was reached by returning (results in place), `Err(Runtime)` when
    /// an error reached it, `Err(Yield)` when the coroutine yields.
    pub fn execute(&mut self) -> LuaResult<()> {
        loop {
            match self.run() {
                Ok(()) => return Ok(()),
                Err(LuaError::Runtime) => match self.catch_error()? {
                    Some(Next::Continue) => {}
                    Some(Next::Exit) => return Ok(()),
                    None => return Err(LuaError::Runtime),
                },
                Err(LuaError::Yield) => return Err(LuaError::Yield),
            }
        }
    }

    // ------------------------------------------------------------ errors

    /// Unwind the error in `vm.error` to the nearest catcher. A `Pcall` record
    /// (after its message handler ran, frames intact) gets `false, err` as its
    /// results and the returned `Next` says how to go on. `None`: a
    /// NestedRunloop record was reached (unwound to it; the Rust caller gets the
    /// error) or the CoroutineBase record (nothing unwound: the dead coroutine
    /// keeps its frames for tracebacks and `coroutine.close`).
    /// `Err(Yield)`: a `__close` run while unwinding to a pcall of a coroutine
    /// yielded (resumed by `finish_unwind`).
    pub(crate) fn catch_error(&mut self) -> LuaResult<Option<Next>> {
        loop {
            let idx = self
                .frames
                .iter()
                .rposition(|f| !matches!(f.kind, FrameKind::Lua | FrameKind::Native) && f.flags & flags::ORPHAN == 0)
                .expect("the bottom record catches");
            let rec = &self.frames[idx];
            let (func, fl, kind, rec_handler) = (rec.func, rec.flags, rec.kind, rec.pcall_handler());
            let level = match kind {
                FrameKind::CoroutineBase => {
                    self.error_handled = false;
                    return Ok(None);
                }
                FrameKind::Pcall => {
                    if let Some(h) = rec_handler {
                        if !self.error_handled {
                            self.error = self.call_msg_handler(h);
                        }
                    }
                    func + 1
                }
                FrameKind::NestedRunloop => {
                    if fl & flags::TRACEBACK != 0 {
                        if !self.error_handled {
                            let e = self.error;
                            self.error = self.traceback_message(e);
                        }
                    } else if fl & flags::CATCHES == 0 && !self.error_handled {
                        // The Rust caller passes the error on: its final catcher's
                        // handler must see the stack as it is now.
                        self.handle_error_early(idx);
                    }
                    func
                }
                FrameKind::Lua | FrameKind::Native => unreachable!("filtered above"),
            };
            let hi = self.frames[idx + 1..].iter().map(|f| f.top).max().unwrap_or(0);
            self.top = self.top.max(hi).max(level);
            self.pcall_depth -= self.frames[idx + 1..].iter().filter(|f| calls_in_place(f)).count();
            self.frames.truncate(idx + 1);
            self.close_upvals(level);
            let is_pcall = matches!(self.frames[idx].kind, FrameKind::Pcall);
            if is_pcall && !Gc::ptr_eq(self.thread, self.main_thread) && self.can_yield() {
                // As PUC's recovery in lua_resume: `__close` may yield here.
                self.top = self.top.max(level + 1);
                if self.close_tbc_unwinding(level, true).is_err() {
                    self.error_handled = false;
                    return Err(LuaError::Yield);
                }
            } else {
                self.close_tbc_on_error(level);
            }
            let caught = fl & (flags::TRACEBACK | flags::CATCHES) != 0;
            if !is_pcall {
                if caught {
                    self.error_handled = false;
                }
                return Ok(None);
            }
            match self.pcall_return_error() {
                Ok(next) => return Ok(Some(next)),
                Err(LuaError::Yield) => return Err(LuaError::Yield),
                // A `__close` of a frame returning through it failed: catch that.
                Err(_) => continue,
            }
        }
    }

    /// The Pcall record on top caught `vm.error` (its variables closed): return
    /// `false, err` from it.
    fn pcall_return_error(&mut self) -> LuaResult<Next> {
        self.error_handled = false;
        self.pcall_depth -= 1;
        self.shrink_stack_after_error();
        let t = self.top;
        let err = self.error;
        if self.ensure_stack(2).is_err() {
            self.stack.resize(t + 2 + MIN_STACK, Value::Nil);
        }
        self.stack[t] = Value::Bool(false);
        self.stack[t + 1] = err;
        self.top = t + 2;
        self.frame_try_return(t, 2)
    }

    /// A `__close` that yielded while an error unwound to the Pcall record on
    /// top returned: close the remaining variables at or above `level` with the
    /// error (kept in slot `level` across the yield), then return from the pcall.
    fn finish_unwind(&mut self, level: usize) -> LuaResult<Next> {
        self.error = self.stack[level];
        self.top = self.top.max(level + 1);
        self.close_tbc_unwinding(level, true)?;
        self.pcall_return_error()
    }

    /// An error reached NestedRunloop record `idx`, whose Rust caller passes it
    /// on. Run now, at the error point, the message handler of the record that
    /// will finally catch it (an xpcall, or the command line's traceback), as
    /// PUC Lua does before unwinding, and mark the error as handled.
    fn handle_error_early(&mut self, idx: usize) {
        for j in (0..idx).rev() {
            match self.frames[j].kind {
                FrameKind::Lua | FrameKind::Native => continue,
                FrameKind::NestedRunloop => {
                    let fl = self.frames[j].flags;
                    if fl & flags::TRACEBACK != 0 {
                        let e = self.error;
                        self.error = self.traceback_message(e);
                        self.error_handled = true;
                        return;
                    }
                    if fl & flags::CATCHES != 0 {
                        return;
                    }
                }
                FrameKind::Pcall => {
                    if let Some(h) = self.frames[j].pcall_handler() {
                        self.error = self.call_msg_handler(h);
                        self.error_handled = true;
                    }
                    return;
                }
                FrameKind::CoroutineBase => return,
            }
        }
    }

    /// Close to-be-closed variables `>= level` while an error unwinds: each gets
    /// the current error; an error in `__close` replaces it.
    pub(crate) fn close_tbc_on_error(&mut self, level: usize) {
        let r = self.close_tbc_unwinding(level, false);
        debug_assert!(r.is_ok(), "only yieldable closes yield");
    }

    /// `close_tbc_on_error`; with `yieldable` (unwinding to a pcall of the running
    /// coroutine, slot `level` free) a `__close` may yield: `Err(Yield)`, and the
    /// error waits in slot `level` for `finish_unwind`.
    fn close_tbc_unwinding(&mut self, level: usize, yieldable: bool) -> LuaResult<()> {
        while let Some(&slot) = self.tbc.last() {
            if slot < level {
                break;
            }
            self.tbc.pop();
            self.close_upvals(slot);
            let err = self.error;
            self.hold(err);
            let r = if yieldable {
                self.stack[level] = err;
                let v = self.stack[slot];
                let mm = self.metamethod(v, Tm::Close);
                match self.ensure_stack(3) {
                    Ok(()) => {
                        self.push(mm);
                        self.push(v);
                        self.push(err);
                        self.call_nested_yieldable(2, 0, flags::UNWIND, level).map(|_| ())
                    }
                    Err(e) => Err(e),
                }
            } else {
                self.call_close_method(slot, err)
            };
            let held = self.release();
            match r {
                Ok(()) => self.error = held,
                Err(LuaError::Yield) => return Err(LuaError::Yield),
                // `vm.error` holds the new error, passed to the rest.
                Err(_) => {}
            }
        }
        Ok(())
    }

    /// Call the xpcall message handler in stack slot `h` with `vm.error`, at the
    /// error point. A failing handler is called again with its own error, as Lua
    /// does, until it returns or the retries run out ("error in error handling").
    fn call_msg_handler(&mut self, h: usize) -> Value {
        let saved = self.error_headroom;
        self.error_headroom = true;
        let mut result = None;
        for _ in 0..HANDLER_RETRIES {
            let (handler, err) = (self.stack[h], self.error);
            if self.ensure_stack(2).is_err() {
                continue;
            }
            self.push(handler);
            self.push(err);
            if self.call_nested_catch(1, 1).is_ok() {
                result = Some(self.pop());
                break;
            }
        }
        self.error_headroom = saved;
        match result {
            Some(v) => v,
            None => self.new_str_value(b"error in error handling"),
        }
    }

    /// The command line's message: "msg\nstack traceback:\n...", or the result
    /// of `__tostring` for non-string errors that have one.
    fn traceback_message(&mut self, err: Value) -> Value {
        let msg = match err {
            Value::Str(s) => s.to_str_lossy().into_owned(),
            Value::Int(_) | Value::Float(_) => crate::number::number_to_string(err),
            _ => {
                let mm = self.metamethod(err, Tm::ToString);
                if !mm.is_nil() {
                    let saved = self.error_headroom;
                    self.error_headroom = true;
                    self.push(mm);
                    self.push(err);
                    // As lua.c's handler: an error in `__tostring` is handled
                    // again, so the message is that error with its traceback
                    // (where this handler shows as "[C]: in ?").
                    let r = self.call_nested_with(1, 1, Some(Rc::from("?")), flags::TRACEBACK, 0);
                    self.error_headroom = saved;
                    if r.is_err() {
                        return self.error;
                    }
                    let v = self.pop();
                    if let Value::Str(_) = v {
                        return v;
                    }
                }
                format!("(error object is a {} value)", err.type_name())
            }
        };
        let tb = self.traceback(Some(&msg), 0);
        self.new_str_value(tb.as_bytes())
    }

    // ------------------------------------------------------------ loading

    /// Compile `src` and push the main function of the chunk (its `_ENV` upvalue
    /// holds the global table). On a syntax error nothing is pushed, the message
    /// is in `vm.error` and `Err(Runtime)` is returned.
    pub fn load(&mut self, src: &[u8], chunkname: &str) -> LuaResult<()> {
        let skip_shebang = chunkname.starts_with('@');
        match crate::compile::compile_shared(&mut self.heap, src, chunkname, skip_shebang, &mut self.shared_strings) {
            Ok(p) => self.push_main_closure(p),
            Err(msg) => {
                let s = self.new_str_value(msg.as_bytes());
                self.error = s;
                Err(LuaError::Runtime)
            }
        }
    }

    /// Check `p` (and its nested protos) and push a closure of it whose first
    /// upvalue is a fresh closed one holding the global table.
    pub fn push_main_closure(&mut self, p: Gc<Proto>) -> LuaResult<()> {
        if let Err(msg) = crate::verify::verify(p) {
            let s = self.new_str_value(format!("invalid bytecode: {msg}").as_bytes());
            self.error = s;
            return Err(LuaError::Runtime);
        }
        self.init_hotness(p);
        // No collection may run until the closure exists: the proto is reachable
        // from nothing else. Everything here is allocated mature, without collecting.
        let env = Value::Table(self.globals);
        let ups: Box<[Cell<Gc<UpVal>>]> = (0..p.upvals.len())
            .map(|i| {
                let v = if i == 0 { env } else { Value::Nil };
                Cell::new(self.alloc_mature(UpVal { state: Cell::new(UpState::Closed(v)) }))
            })
            .collect();
        let cl = self.alloc_mature(LuaClosure { proto: Cell::new(p), upvals: ups.into() });
        self.push(Value::LuaFn(cl));
        Ok(())
    }

    // ------------------------------------------------------------ debug helpers

    /// Name of the local variable living in stack slot `slot` of the Lua frame on top.
    pub(crate) fn local_name_of_slot(&self, slot: usize) -> Option<String> {
        let fr = self.frame();
        if !fr.is_lua() || slot < fr.base {
            return None;
        }
        let Value::LuaFn(cl) = self.stack[fr.func] else { return None };
        let p = cl.proto();
        p.local_name(slot - fr.base, fr.current_pc()).map(|s| s.to_string())
    }
}

/// Stack index of an open upvalue.
#[inline]
fn open_index(uv: Gc<UpVal>) -> usize {
    match uv.state.get() {
        UpState::Open { idx, .. } => idx,
        UpState::Closed(_) => unreachable!("closed upvalue in the open list"),
    }
}

/// A native record waiting for the call it made in its place
/// (`Vm::call_in_place`); counted in `Vm::pcall_depth`.
fn calls_in_place(f: &Frame) -> bool {
    matches!(f.kind, FrameKind::Native) && f.flags & flags::PENDING_RETURN != 0
}
