//! Debug hooks (`debug.sethook`) and interrupts (Ctrl-C): the per-VM trap
//! byte the runloop tests at its safe points, and every slow path it takes
//! when the byte is set. The runloop (and, later, compiled code) only tests
//! the byte and calls the helpers here; the rules of PUC Lua 5.4's
//! `luaD_hook`, `luaD_hookcall`, `rethook` and `luaG_traceexec` live here.
//!
//! Where the trap is tested (runloop.rs): at the `'newframe` head (every
//! frame entry, return into a frame, resume), at loop back-edges (a `Jmp`,
//! a conditional jump taken backwards, `ForLoop`, `TForLoop`) and after
//! allocating instructions. While the running thread has a hook, the
//! runloop runs its hooked instance, which calls `hook_instruction` before
//! each instruction (line and count hooks) and returns through
//! `frame_try_return`, whose general path runs the return hooks; the plain
//! instance never pays for either. Natives' call hooks run in `call_native`.
//!
//! Rule for compiled code (a future JIT): test the same byte where the
//! plain instance does (entries, returns, back-edges); when it is set, save
//! the pc and leave to the interpreter, which runs these helpers. Compiled
//! code never runs while the thread has a hook.
//!
//! Invariant: the trap's hook bits are the running thread's hook mask.
//! Whatever changes the mask or the running thread calls
//! `refresh_hook_trap`, and it happens inside a call, so the runloop sees
//! the change at the `'newframe` head where that call returns. (A hook set
//! by a metamethod takes effect at the next safe point of the frame that
//! ran the instruction, not at its next instruction as in PUC.)

use crate::bytecode::Op;
use crate::callstack::flags;
use crate::debuginfo::lua_caller;
use crate::error::LuaError;
use crate::object::{Proto, Thread};
use crate::state::{LuaResult, Vm, MIN_STACK};
use crate::value::Value;
use kiln_gc::Gc;
use std::sync::atomic::{AtomicU8, Ordering::Relaxed};

/// Bits of `Vm::trap`. The four hook bits are PUC's `LUA_MASK*` values.
pub mod trap {
    pub const CALL: u8 = 1;
    pub const RET: u8 = 2;
    pub const LINE: u8 = 4;
    pub const COUNT: u8 = 8;
    /// Any hook: returns and entries need the slow paths (line tracking).
    pub const HOOKS: u8 = CALL | RET | LINE | COUNT;
    /// Hooks that look at every instruction.
    pub const STEP: u8 = LINE | COUNT;
    /// An interrupt (SIGINT) is pending: "interrupted!" at the next safe point.
    pub const INTERRUPT: u8 = 16;
    /// Finalizers are queued (`Vm::run_due_finalizers` at the next safe point).
    pub const FINALIZE: u8 = 32;
}

/// A thread's hook settings and tracking (PUC's `hookmask`, `basehookcount`,
/// `hookcount`, `allowhook`, `oldpc`, and the hooked record's transfer info).
#[derive(Clone, Copy, Debug, Default)]
pub struct HookState {
    /// `trap::CALL | RET | LINE | COUNT` bits; 0: no hook.
    pub mask: u8,
    /// The count given to `sethook` (what `gethook` reports).
    pub base_count: i32,
    /// Instructions left before the next count event.
    pub count: i32,
    /// A hook function runs on this thread: no hooks until it returns.
    pub running: bool,
    /// The last hooked instruction, entry or return into the running Lua
    /// function: a line event fires for a new line or a jump back.
    pub old_pc: usize,
    /// While a call or return hook runs: the hooked record's index, the
    /// local number of its first transferred value and their count
    /// (`getinfo`'s `ftransfer`, `ntransfer`).
    pub transfer: Option<(usize, usize, usize)>,
}

/// What a hook function is told happened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HookEvent {
    Call,
    TailCall,
    Return,
    Line,
    Count,
}

impl HookEvent {
    fn name(self) -> &'static [u8] {
        match self {
            HookEvent::Call => b"call",
            HookEvent::TailCall => b"tail call",
            HookEvent::Return => b"return",
            HookEvent::Line => b"line",
            HookEvent::Count => b"count",
        }
    }
}

/// Registry key of the table of hook functions by thread (weak keys), as in PUC.
pub const HOOK_KEY: &str = "_HOOKKEY";

impl Vm {
    /// The trap byte (0: nothing for the runloop to do but run code).
    #[inline(always)]
    pub fn trap(&self) -> u8 {
        self.trap.load(Relaxed)
    }

    /// Finalizers are queued and none is running.
    pub fn finalizers_due(&self) -> bool {
        self.trap() & trap::FINALIZE != 0
    }

    pub fn set_finalizers_due(&self, due: bool) {
        if due {
            self.trap.fetch_or(trap::FINALIZE, Relaxed);
        } else {
            self.trap.fetch_and(!trap::FINALIZE, Relaxed);
        }
    }

    /// Ask the VM owning `trap` (its `Vm::trap`) to raise "interrupted!" at
    /// its next safe point. Async-signal-safe: one lock-free atomic update.
    pub fn request_interrupt(trap: &AtomicU8) {
        trap.fetch_or(trap::INTERRUPT, Relaxed);
    }

    /// Forget a pending interrupt (the call it was meant for has ended).
    pub fn clear_interrupt(&self) {
        self.trap.fetch_and(!trap::INTERRUPT, Relaxed);
    }

    /// Make the trap's hook bits the running thread's mask (after `sethook`
    /// or a thread switch). Other bits, which a signal handler may set
    /// meanwhile, are kept by updating with atomic operations.
    pub(crate) fn refresh_hook_trap(&self) {
        let mask = self.thread.hook.get().mask;
        // Thread switches call this every time: the atomic updates (locked
        // instructions) only when the bits change.
        if self.trap() & trap::HOOKS == mask {
            return;
        }
        self.trap.fetch_and(!trap::HOOKS, Relaxed);
        if mask != 0 {
            self.trap.fetch_or(mask, Relaxed);
        }
    }

    /// `lua_sethook` for thread `co`: a zero mask removes the hook.
    pub fn set_hook(&mut self, co: Gc<Thread>, mask: u8, count: i32) {
        let mut h = co.hook.get();
        h.mask = mask;
        h.base_count = count;
        h.count = count;
        co.hook.set(h);
        if Gc::ptr_eq(co, self.thread) {
            self.refresh_hook_trap();
        }
    }

    /// A new coroutine inherits the hook settings of the running thread (its
    /// hook function is not copied: `_HOOKKEY` has no entry for it).
    pub(crate) fn inherit_hook(&self, co: Gc<Thread>) {
        let h = self.thread.hook.get();
        co.hook.set(HookState { mask: h.mask, base_count: h.base_count, count: h.base_count, ..HookState::default() });
    }

    /// Run `f` with the hooks of the running thread off (finalizers, as PUC's
    /// GCTM).
    pub(crate) fn without_hooks<R>(&mut self, f: impl FnOnce(&mut Vm) -> R) -> R {
        let co = self.thread;
        let mut h = co.hook.get();
        let was = h.running;
        h.running = true;
        co.hook.set(h);
        let r = f(self);
        let mut h = co.hook.get();
        h.running = was;
        co.hook.set(h);
        r
    }

    /// An interrupt may be raised now: not inside a hook (PUC's interrupt is
    /// itself a hook).
    fn interrupt_allowed(&self) -> bool {
        self.trap() & trap::INTERRUPT != 0 && !self.thread.hook.get().running
    }

    /// "interrupted!" with the position of the caller of the running Lua
    /// function, as lua.c's `lstop` raises it (`luaL_error` from a hook).
    #[cold]
    fn interrupt_error(&mut self) -> LuaError {
        self.clear_interrupt();
        let msg = format!("{}interrupted!", self.lua_where(2));
        let s = self.new_str_value(msg.as_bytes());
        self.throw(s)
    }

    // ------------------------------------------------------------ runloop safe points

    /// The `'newframe` head found the trap set; the top record is a Lua frame
    /// about to run (entered, returned into or resumed). `hooked`: which
    /// runloop instance is running. Due finalizers run, a pending interrupt
    /// is raised, and a frame being entered gets its entry hook
    /// (`hook_entry`). `Ok(true)`: the other instance must run this frame
    /// (it comes here again; all of this is done once).
    #[cold]
    #[inline(never)]
    pub(crate) fn trap_at_frame(&mut self, hooked: bool) -> LuaResult<bool> {
        if self.finalizers_due() {
            self.run_due_finalizers();
        }
        if self.interrupt_allowed() {
            return Err(self.interrupt_error());
        }
        if self.trap() & trap::HOOKS != 0 {
            self.hook_entry()?;
        }
        Ok((self.trap() & trap::HOOKS != 0) != hooked)
    }

    /// A loop back-edge of the plain runloop, jumping to instruction `target`
    /// of the Lua frame on top, found the trap set. Raises a pending
    /// interrupt; `Ok(true)` when the hooked instance must take over at
    /// `target` (the frame's pc is saved there).
    ///
    /// # Safety
    /// `target` points into the code of the Lua frame on top.
    #[cold]
    #[inline(never)]
    pub(crate) unsafe fn trap_at_backedge(&mut self, target: *const Op) -> LuaResult<bool> {
        let fr = self.frames.last_mut().expect("a Lua frame runs");
        // SAFETY: the caller's: `target` and the frame's code are one allocation.
        let target = unsafe { target.offset_from((*fr.proto).code.as_ptr()) } as usize;
        if self.trap.load(Relaxed) & trap::INTERRUPT != 0 && !self.thread.hook.get().running {
            // Reported at the jump's target, where a hook would see it.
            fr.pc = target + 1;
            return Err(self.interrupt_error());
        }
        fr.pc = target;
        Ok(self.trap() & trap::HOOKS != 0)
    }

    /// Entry of the Lua frame on top (not yet run: pc 0): line tracking
    /// restarts, and the call hook runs ("tail call" for a frame that
    /// replaced its caller). As PUC, a vararg function is hooked after its
    /// `VarArgPrep`, which no hook sees.
    fn hook_entry(&mut self) -> LuaResult<()> {
        let idx = self.frames.len() - 1;
        let fr = &mut self.frames[idx];
        if fr.pc != 0 || fr.flags & flags::HOOK_ENTERED != 0 {
            return Ok(());
        }
        fr.flags |= flags::HOOK_ENTERED;
        // SAFETY: a Lua frame's proto is kept alive by the closure in its
        // `func` slot, and protos never move.
        let (vararg, nparams) = unsafe { ((*fr.proto).is_vararg, (*fr.proto).num_params as usize) };
        let event = if fr.tail_call { HookEvent::TailCall } else { HookEvent::Call };
        let co = self.thread;
        let mut h = co.hook.get();
        h.old_pc = usize::from(vararg);
        co.hook.set(h);
        if h.mask & trap::CALL != 0 {
            // The hook sees the first instruction it would trace as current.
            fr.pc = if vararg { 2 } else { 1 };
            self.call_hook(event, None, Some((idx, 1, nparams)))?;
            self.frames[idx].pc = 0;
        }
        Ok(())
    }

    /// Before instruction `npc` of the Lua frame on top runs, in the hooked
    /// runloop (PUC's `luaG_traceexec`): a pending interrupt, the count hook
    /// every `count` instructions, the line hook when the instruction starts
    /// a new line or the code jumped back (or to itself).
    #[cold]
    #[inline(never)]
    pub(crate) fn hook_instruction(&mut self, npc: usize) -> LuaResult<()> {
        let idx = self.frames.len() - 1;
        // The hook, and an error, see this instruction as the current one.
        self.frames[idx].pc = npc + 1;
        if self.interrupt_allowed() {
            return Err(self.interrupt_error());
        }
        let co = self.thread;
        let mut h = co.hook.get();
        let mask = h.mask;
        if mask & trap::STEP == 0 {
            return Ok(());
        }
        // SAFETY: as in `hook_entry`.
        let p = unsafe { &*self.frames[idx].proto };
        if npc == 0 && p.is_vararg {
            return Ok(()); // `VarArgPrep`: hooks start after it
        }
        if entered_without_hook_check(p, npc, h.old_pc) {
            return Ok(());
        }
        h.count = h.count.wrapping_sub(1);
        let count_event = h.count == 0 && mask & trap::COUNT != 0;
        if count_event {
            h.count = h.base_count;
        }
        co.hook.set(h);
        if count_event {
            self.call_hook(HookEvent::Count, None, None)?;
        }
        if mask & trap::LINE != 0 {
            let old = co.hook.get().old_pc;
            let old = if old < p.code.len() { old } else { 0 };
            let line = |pc: usize| p.lines.get(pc).copied();
            if npc <= old || line(old) != line(npc) {
                self.call_hook(HookEvent::Line, line(npc), None)?;
            }
        }
        let mut h = co.hook.get();
        h.old_pc = npc;
        co.hook.set(h);
        Ok(())
    }

    /// The call hook of the native whose record was just pushed (its
    /// arguments are `base..top`).
    #[cold]
    #[inline(never)]
    pub(crate) fn hook_native_call(&mut self) -> LuaResult<()> {
        let idx = self.frames.len() - 1;
        let nargs = self.top - self.frames[idx].base;
        self.call_hook(HookEvent::Call, None, Some((idx, 1, nargs)))
    }

    /// The record on top (a Lua frame, a native or a pcall boundary) returns
    /// the `n` values at `first`, its variables closed (PUC's `rethook`):
    /// the return hook, then the caller's line tracking restarts at its
    /// calling instruction. Called while any hook is set.
    #[cold]
    #[inline(never)]
    pub(crate) fn hook_return(&mut self, first: usize, n: usize) -> LuaResult<()> {
        let idx = self.frames.len() - 1;
        if self.thread.hook.get().mask & trap::RET != 0 {
            let fr = &self.frames[idx];
            // Local i of the record is slot `base + i - 1`.
            let ftransfer = (first + 1).saturating_sub(fr.base);
            let saved_top = self.top;
            // The hook goes above the results and the registers.
            self.top = self.top.max(first + n).max(if fr.is_lua() { fr.top } else { 0 });
            let r = self.call_hook(HookEvent::Return, None, Some((idx, ftransfer, n)));
            self.top = saved_top;
            r?;
        }
        if let Some(j) = lua_caller(&self.frames, idx) {
            let co = self.thread;
            let mut h = co.hook.get();
            h.old_pc = self.frames[j].current_pc();
            co.hook.set(h);
        }
        Ok(())
    }

    // ------------------------------------------------------------ calling the hook

    /// Call the running thread's hook function with `event` and `line`, as
    /// PUC's `luaD_hook` and the debug library's `hookf`: nothing while a
    /// hook runs on this thread or when the thread has no hook function (a
    /// coroutine inherits the mask, not the function). `transfer`: the
    /// hooked record's transfer info, for `getinfo`.
    fn call_hook(
        &mut self,
        event: HookEvent,
        line: Option<u32>,
        transfer: Option<(usize, usize, usize)>,
    ) -> LuaResult<()> {
        let co = self.thread;
        let h = co.hook.get();
        if h.running || h.mask == 0 {
            return Ok(());
        }
        let f = self.hook_function(co);
        if !f.is_function() {
            return Ok(());
        }
        // As `luaD_hook`: no transfer info when nothing is transferred.
        let transfer = transfer.filter(|t| t.2 != 0);
        co.hook.set(HookState { running: true, transfer, ..h });
        let saved_top = self.top;
        // The whole register window of a Lua frame stays intact.
        if let Some(fr) = self.frames.last().filter(|f| f.is_lua()) {
            self.top = self.top.max(fr.top);
        }
        let r = self.call_hook_function(f, event, line);
        let h = co.hook.get();
        co.hook.set(HookState { running: false, transfer: None, ..h });
        self.top = saved_top;
        r
    }

    /// `f(event, line)` in a nested runloop marked as a hook call: levels and
    /// names in `getinfo` and tracebacks show it as PUC does ("hook '?'").
    fn call_hook_function(&mut self, f: Value, event: HookEvent, line: Option<u32>) -> LuaResult<()> {
        self.ensure_stack(MIN_STACK + 3)?;
        self.push(f);
        self.push_str(event.name());
        self.push(line.map_or(Value::Nil, |l| Value::Int(l as i64)));
        self.call_nested_hook(2)
    }

    /// The hook function of thread `co` (`_HOOKKEY[co]` in the registry), or nil.
    pub fn hook_function(&mut self, co: Gc<Thread>) -> Value {
        let key = self.new_str(HOOK_KEY.as_bytes());
        match self.registry.get_str(key) {
            Value::Table(t) => t.get(Value::Thread(co)),
            _ => Value::Nil,
        }
    }
}

/// PUC's runloop goes from `TForPrep` straight into its `TForCall`, and from
/// `TForCall` into `TForLoop`, without its hook check: those instructions
/// neither count nor start a line there. (A `TForCall` whose last hooked
/// instruction was its `TForPrep` was entered from it.)
fn entered_without_hook_check(p: &Proto, npc: usize, old_pc: usize) -> bool {
    match p.code[npc] {
        Op::TForLoop { .. } => true,
        Op::TForCall { .. } => {
            matches!(p.code.get(old_pc), Some(Op::TForPrep { call, .. }) if *call as usize == npc)
        }
        _ => false,
    }
}
