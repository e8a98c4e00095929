//! Coroutines as thread switches, and the `coroutine` library.
//!
//! The running thread's stack, callstack, open upvalues and to-be-closed list
//! live in the `Vm`; `switch_to` swaps them with a `Thread`'s saved state (no
//! allocation). Resume arguments and results are copied from one stack to the
//! other directly (`push_from_saved`). `resume` runs the coroutine in a nested `execute` (one Rust level
//! per active resume); `yield` is a native returning `Err(LuaError::Yield)`
//! after checking that no nested runloop lies between it and its resume, except
//! those of metamethods called by instructions (see finish.rs). The yield's
//! native record stays on the coroutine's callstack: the next resume returns
//! from it with the resume arguments as results.
//!
//! A coroutine that died by an error keeps its records (for tracebacks) and has
//! the error value on top of its stack until `coroutine.close` runs its pending
//! `__close` metamethods.

use crate::call::{Next, MULTI_RESULTS};
use crate::callstack::{Frame, FrameKind};
use crate::error::LuaError;
use crate::object::{CoStatus, Thread};
use crate::rawvec::RawVec;
use crate::state::{LuaResult, Vm, MAX_NESTED, MIN_STACK};
use crate::value::Value;
use kiln_gc::Gc;

impl Vm {
    /// Make `co` the running thread, saving the current one's state in its
    /// `Thread` object. Never allocates (on the GC heap or in Rust): buffers
    /// move between the VM and the two saved states.
    fn switch_to(&mut self, co: Gc<Thread>) {
        let prev = self.thread;
        self.live_limit = crate::callstack::LiveLimit::NONE;
        // SAFETY: `prev` is the running thread, whose saved state is unused;
        // `co` is not running (checked by callers), so its state is only in
        // `saved`. They are distinct threads, and no other reference to either
        // state exists during the switch.
        let (out, into) = unsafe { (prev.saved_mut(), co.saved_mut()) };
        debug_assert!(
            out.stack.capacity() == 0 && out.frames.capacity() == 0,
            "a running thread's saved state is empty"
        );
        debug_assert!(
            out.open_upvals.capacity() == 0 && out.tbc.capacity() == 0,
            "a running thread's saved state is empty"
        );
        rotate(&mut out.stack, &mut self.stack, &mut into.stack);
        rotate(&mut out.frames, &mut self.frames, &mut into.frames);
        rotate(&mut out.open_upvals, &mut self.open_upvals, &mut into.open_upvals);
        rotate(&mut out.tbc, &mut self.tbc, &mut into.tbc);
        out.top = std::mem::replace(&mut self.top, into.top);
        out.pcall_depth = std::mem::replace(&mut self.pcall_depth, into.pcall_depth);
        // The saved stack was written without barriers while it was running.
        self.heap.remember(prev.raw());
        self.refresh_stack_room();
        self.thread = co;
        self.refresh_hook_trap();
    }

    /// Push the values `range` of the suspended thread `from`'s saved stack
    /// onto the running stack, which has room for them. Values cross between
    /// stacks this way, with no buffer in between; the caller allocates
    /// nothing on the GC heap between leaving them there and this copy.
    fn push_from_saved(&mut self, from: Gc<Thread>, range: std::ops::Range<usize>) {
        // SAFETY: `from` is not running, so its stack is only in `saved`, a
        // buffer distinct from `self.stack`; read here without allocating.
        let src = &unsafe { from.saved_mut() }.stack[range];
        let dst = &mut self.stack[self.top..self.top + src.len()];
        // An element loop, not `copy_from_slice`: usually one or two values,
        // for which a call to `memcpy` costs more than the copy.
        for (d, s) in dst.iter_mut().zip(src) {
            *d = *s;
        }
        self.top += src.len();
    }

    /// The first step of `lua_close`: call `__close(v, nil)` for every pending
    /// to-be-closed variable of the main thread, newest first; an error in one
    /// is passed to the next and none escapes (`luaD_closeprotected`). Called
    /// from a coroutine (`os.exit(c, true)`), it switches to the main thread for
    /// good: the state is closing, and that coroutine never runs again.
    pub(crate) fn close_main_thread_tbc(&mut self) {
        if !Gc::ptr_eq(self.thread, self.main_thread) {
            let main = self.main_thread;
            self.switch_to(main);
        }
        let saved = self.error;
        self.hold(saved);
        self.error = Value::Nil;
        self.close_tbc_on_error(0);
        self.error = self.release();
    }

    /// A new suspended coroutine running the function in argument slot `arg`
    /// of the running native (re-read after allocating).
    pub fn new_coroutine(&mut self, arg: usize) -> Gc<Thread> {
        let co = self.new_thread();
        let f = self.arg(arg);
        // SAFETY: a fresh thread: nobody else refers to its state.
        let st = unsafe { co.saved_mut() };
        st.stack = RawVec::filled(Value::Nil, 2 * MIN_STACK);
        st.stack[0] = f;
        st.top = 1;
        st.frames = RawVec::filled(Frame::new(FrameKind::CoroutineBase, 0, 1, 1, MULTI_RESULTS), 1);
        self.barrier_value(co.raw(), f);
        self.inherit_hook(co);
        co
    }

    /// Whether the running coroutine may yield: every Rust level since its
    /// resume is a metamethod call made by an instruction (`flags::YIELDABLE`).
    pub fn can_yield(&self) -> bool {
        self.nested_level - self.yieldable_nested == self.thread.resume_level.get()
    }

    /// Status name as `coroutine.status` reports it.
    pub fn coroutine_status(&self, co: Gc<Thread>) -> &'static str {
        if Gc::ptr_eq(co, self.thread) {
            return "running";
        }
        match co.status.get() {
            CoStatus::Suspended => "suspended",
            CoStatus::Running => "running",
            CoStatus::Normal => "normal",
            CoStatus::Dead => "dead",
        }
    }

    /// Resume `co` with the `nargs` values on top of the stack (removed). On
    /// success its yielded or returned values are pushed and their count
    /// returned; on failure the error value is pushed and `Err(())` returned.
    #[allow(clippy::result_unit_err)] // the error is the value pushed, as `lua_resume` leaves it
    pub fn resume_thread(&mut self, co: Gc<Thread>, nargs: usize) -> Result<usize, ()> {
        let refuse = if Gc::ptr_eq(co, self.thread) || co.status.get() != CoStatus::Suspended {
            Some(if co.status.get() == CoStatus::Dead {
                "cannot resume dead coroutine"
            } else {
                "cannot resume non-suspended coroutine"
            })
        } else if self.nested_level + self.pcall_depth + usize::from(is_fresh(co)) >= MAX_NESTED {
            // PUC refuses at the limit, and a new coroutine's first call
            // checks once more after the resume's own level.
            Some("C stack overflow")
        } else {
            None
        };
        if let Some(msg) = refuse {
            self.top -= nargs;
            let s = self.new_str_value(msg.as_bytes());
            self.push(s);
            return Err(());
        }
        // The arguments wait in the dead slots above the resumer's top until
        // `push_from_saved` copies them, and results come back the same way:
        // nothing allocates on the GC heap in between (a collection would
        // clear dead slots).
        self.top -= nargs;
        let args = self.top..self.top + nargs;
        let prev = self.thread;
        self.hold(Value::Thread(prev));
        prev.status.set(CoStatus::Normal);
        // The resumer's protected calls stay C levels while the coroutine runs.
        let carried = self.pcall_depth;
        self.nested_level += carried;
        self.switch_to(co);
        co.status.set(CoStatus::Running);
        // The resumed thread has no live metamethod levels of its own yet.
        let outer_yieldable = std::mem::take(&mut self.yieldable_nested);
        let fresh = self.frames.len() == 1;
        if self.stack.len() < self.top + nargs + MIN_STACK {
            self.resize_stack(self.top + nargs + 2 * MIN_STACK);
        }
        self.push_from_saved(prev, args);
        self.nested_level += 1;
        co.resume_level.set(self.nested_level);
        let first = self.top - nargs;
        let step = if fresh {
            self.precall(0, MULTI_RESULTS)
        } else if self.frame().aux != 0 && matches!(self.frame().kind, FrameKind::Native) {
            // A native that yielded with a continuation goes on in it.
            self.resume_native_continuation(first, nargs)
        } else {
            self.frame_try_return(first, nargs)
        };
        let r = match step {
            Ok(Next::Exit) => Ok(()),
            Ok(Next::Continue) => self.execute_from_compiled(),
            Err(LuaError::Yield) => Err(LuaError::Yield),
            Err(e) => self.resume_after_error(e),
        };
        self.nested_level -= 1 + carried;
        self.yieldable_nested = outer_yieldable;
        // Where the values to hand back lie on the coroutine's stack.
        let (out, ok) = match r {
            Ok(()) => {
                co.status.set(CoStatus::Dead);
                let n = self.top;
                self.frames.clear();
                self.top = 0;
                (0..n, true)
            }
            Err(LuaError::Yield) => {
                co.status.set(CoStatus::Suspended);
                (self.frame().base..self.top, true)
            }
            Err(LuaError::Runtime) => {
                co.status.set(CoStatus::Dead);
                let err = self.error;
                // Kept on the dead coroutine's stack for `coroutine.close`.
                self.push(err);
                (self.top - 1..self.top, false)
            }
        };
        self.switch_to(prev);
        self.release();
        prev.status.set(CoStatus::Running);
        let n = out.len();
        // `check_stack` allocates on the GC heap only when it answers false.
        if ok && !self.check_stack(n + 1) {
            // The values are dropped; the coroutine stays as the resume left it.
            let s = self.new_str_value(b"too many results to resume");
            self.push(s);
            return Err(());
        }
        // Room for an error value even at the stack limit, made without
        // allocating on the GC heap (an overflow error would be a string):
        // a dead coroutine's results lie above its top, where a collection
        // would clear them.
        if self.stack.len() < self.top + n {
            self.resize_stack(self.top + n + MIN_STACK);
        }
        self.push_from_saved(co, out);
        if ok {
            Ok(n)
        } else {
            Err(())
        }
    }

    /// Resume a native record suspended with a continuation (see `Frame::aux`) through the hook its maker set.
    #[cold]
    fn resume_native_continuation(&mut self, first: usize, nargs: usize) -> LuaResult<Next> {
        match self.resume_continuation {
            Some(resume) => resume(self, first, nargs),
            None => self.frame_try_return(first, nargs),
        }
    }

    /// Close a suspended or dead coroutine: run its pending `__close`
    /// metamethods (with its error, if it died by one) and mark it dead.
    /// `Ok` or `Err(error value)`.
    pub fn close_thread(&mut self, co: Gc<Thread>) -> Result<(), Value> {
        // SAFETY: `co` is not running (callers check), no other borrow exists.
        let st = unsafe { co.saved_mut() };
        let failed = co.status.get() == CoStatus::Dead && !st.frames.is_empty();
        if st.frames.is_empty() && st.tbc.is_empty() {
            co.status.set(CoStatus::Dead);
            return Ok(());
        }
        let prev = self.thread;
        self.hold(Value::Thread(prev));
        prev.status.set(CoStatus::Normal);
        self.switch_to(co);
        co.status.set(CoStatus::Running);
        // No yields from `__close` here: they would cross this Rust call.
        co.resume_level.set(usize::MAX);
        let outer_yieldable = std::mem::take(&mut self.yieldable_nested);
        self.nested_level += 1;
        // Held, not kept in a local: the `__close` handlers below allocate and may move it.
        self.hold(self.error);
        self.error = if failed { self.stack[self.top - 1] } else { Value::Nil };
        let hi = self.frames.iter().map(|f| f.top).max().unwrap_or(0);
        self.top = self.top.max(hi).max(1);
        self.frames.truncate(1);
        self.pcall_depth = 0;
        self.close_upvals(0);
        self.close_tbc_on_error(0);
        let err = self.error;
        let errored = failed || !err.is_nil();
        self.error = self.release();
        self.nested_level -= 1;
        self.yieldable_nested = outer_yieldable;
        self.frames.clear();
        self.top = 0;
        co.status.set(CoStatus::Dead);
        self.switch_to(prev);
        self.release();
        prev.status.set(CoStatus::Running);
        if errored {
            Err(err)
        } else {
            Ok(())
        }
    }
}

// ---------------------------------------------------------------- library

/// The coroutine argument `i`.
fn check_co(vm: &mut Vm, i: usize) -> LuaResult<Gc<Thread>> {
    match vm.arg(i) {
        Value::Thread(t) => Ok(t),
        _ => Err(vm.type_error(i, "thread")),
    }
}

fn co_create(vm: &mut Vm) -> LuaResult<usize> {
    if !vm.arg(1).is_function() {
        return Err(vm.type_error(1, "function"));
    }
    let co = vm.new_coroutine(1);
    vm.push(Value::Thread(co));
    Ok(1)
}

fn co_resume(vm: &mut Vm) -> LuaResult<usize> {
    let co = check_co(vm, 1)?;
    let nargs = vm.nargs() - 1;
    let (ok, n) = match vm.resume_thread(co, nargs) {
        Ok(n) => (true, n),
        Err(()) => (false, 1),
    };
    // Insert the status below the n values on top.
    vm.push(Value::Nil);
    let top = vm.top;
    vm.stack.copy_within(top - 1 - n..top - 1, top - n);
    vm.stack[top - 1 - n] = Value::Bool(ok);
    Ok(n + 1)
}

fn co_yield(vm: &mut Vm) -> LuaResult<usize> {
    if Gc::ptr_eq(vm.thread, vm.main_thread) {
        return Err(vm.plain_error("attempt to yield from outside a coroutine"));
    }
    if !vm.can_yield() {
        return Err(vm.plain_error("attempt to yield across a C-call boundary"));
    }
    Err(LuaError::Yield)
}

fn co_status(vm: &mut Vm) -> LuaResult<usize> {
    let co = check_co(vm, 1)?;
    let s = vm.coroutine_status(co);
    let s = vm.shared_str(s.as_bytes());
    vm.push(Value::Str(s));
    Ok(1)
}

fn co_running(vm: &mut Vm) -> LuaResult<usize> {
    let t = vm.thread;
    vm.push(Value::Thread(t));
    vm.push(Value::Bool(Gc::ptr_eq(t, vm.main_thread)));
    Ok(2)
}

fn co_isyieldable(vm: &mut Vm) -> LuaResult<usize> {
    let co = if vm.nargs() >= 1 { check_co(vm, 1)? } else { vm.thread };
    let y = if Gc::ptr_eq(co, vm.main_thread) {
        false
    } else if Gc::ptr_eq(co, vm.thread) {
        vm.can_yield()
    } else {
        true
    };
    vm.push(Value::Bool(y));
    Ok(1)
}

fn co_close(vm: &mut Vm) -> LuaResult<usize> {
    let co = check_co(vm, 1)?;
    match vm.coroutine_status(co) {
        "suspended" | "dead" => match vm.close_thread(co) {
            Ok(()) => {
                vm.push(Value::Bool(true));
                Ok(1)
            }
            Err(e) => {
                vm.push(Value::Bool(false));
                vm.push(e);
                Ok(2)
            }
        },
        s => Err(vm.rt_error(format!("cannot close a {s} coroutine"))),
    }
}

fn co_wrap(vm: &mut Vm) -> LuaResult<usize> {
    if !vm.arg(1).is_function() {
        return Err(vm.type_error(1, "function"));
    }
    let co = vm.new_coroutine(1);
    vm.push(Value::Thread(co));
    let f = vm.new_native(wrap_call, "wrap", 1);
    vm.push(f);
    Ok(1)
}

/// The function `coroutine.wrap` returns: resume, and raise errors (with the
/// caller's position prepended to string errors) after closing the coroutine.
fn wrap_call(vm: &mut Vm) -> LuaResult<usize> {
    let Value::NativeFn(me) = vm.stack[vm.frame().func] else { unreachable!("running a native") };
    let Value::Thread(co) = me.upvals[0].get() else { unreachable!("wrap's upvalue is its coroutine") };
    let nargs = vm.nargs();
    match vm.resume_thread(co, nargs) {
        Ok(n) => Ok(n),
        Err(()) => {
            let mut err = vm.pop();
            // SAFETY: `co` is not running; a shared peek at its saved records.
            let died = co.status.get() == CoStatus::Dead && !unsafe { co.saved_mut() }.frames.is_empty();
            if died {
                vm.hold(err);
                let r = vm.close_thread(co);
                err = vm.release();
                if let Err(e) = r {
                    err = e;
                }
            }
            if let Value::Str(s) = err {
                let pre = vm.lua_where(1);
                if !pre.is_empty() {
                    let mut b = pre.into_bytes();
                    b.extend_from_slice(s.as_bytes());
                    err = vm.new_str_value(&b);
                }
            }
            Err(vm.throw(err))
        }
    }
}

/// Register the `coroutine` library.
pub fn open_coroutine(vm: &mut Vm) {
    crate::stdlib::register_qualified(
        vm,
        "coroutine",
        &[
            ("coroutine.create", co_create),
            ("coroutine.resume", co_resume),
            ("coroutine.yield", co_yield),
            ("coroutine.status", co_status),
            ("coroutine.running", co_running),
            ("coroutine.isyieldable", co_isyieldable),
            ("coroutine.close", co_close),
            ("coroutine.wrap", co_wrap),
        ],
    );
}

/// One buffer of a thread switch: the running thread's moves to `out` (the
/// saved state of the thread switched out), the one in `into` (the saved state
/// of the thread switched in) becomes the running one, and `into` is left
/// empty. Invariant: a running thread's saved state holds no buffer (its
/// fields are `Default`), so what `out` held is dropped without a free (and
/// would only leak, were the invariant broken): moves, not swaps, halve the
/// copying of the hottest part of a resume.
#[inline(always)]
fn rotate<T: Default>(out: &mut T, running: &mut T, into: &mut T) {
    // Bitwise moves: `mem::replace` chains made the compiler copy each
    // buffer through stack temporaries, twice the work.
    // SAFETY: the three references are valid, aligned and distinct (`&mut`).
    // Between the read of `running` and the write of `out` each buffer has
    // two bitwise owners, but nothing in between can panic or drop either
    // (`T::default()` of a vector is a constant): at the end each buffer is
    // owned once, `into` holds an empty one, and `out`'s old value, an empty
    // one by the invariant, is overwritten without being dropped.
    unsafe {
        let moving_out = std::ptr::read(running);
        std::ptr::write(running, std::ptr::read(into));
        std::ptr::write(into, T::default());
        std::ptr::write(out, moving_out);
    }
}

/// `co` has not started yet: only its base record exists.
fn is_fresh(co: Gc<Thread>) -> bool {
    // SAFETY: `co` is not running (callers check), so its state is only in
    // `saved`; this read does not allocate and nothing else borrows it.
    unsafe { co.saved_mut() }.frames.len() <= 1
}
