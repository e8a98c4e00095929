//! The callstack: one record per activation (Lua frame, native call, pcall
//! boundary, nested runloop, coroutine base). Tracebacks, error unwinding and
//! root scanning all walk this one structure.
//!
//! Invariant: records hold no GC references: a frame's function is the value in
//! stack slot `func`, so moving objects never has to update frames.

use crate::object::{Proto, UpVal};
use crate::value::{as_cells, trace_value, Value};
use kiln_gc::{Gc, Tracer};
use std::cell::Cell;

/// The kind of a callstack record: one byte with fixed values, so generated
/// code and `push_record` set it by writing that byte (`layout::frame`).
/// What a kind needs beyond the common fields lives in `Frame::aux`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum FrameKind {
    /// A Lua function activation; registers start at `base`.
    Lua = 0,
    /// A native (Rust) function call; arguments are `base..top`.
    Native = 1,
    /// `pcall`/`xpcall` run inside the runloop: errors raised above this record
    /// stop here. xpcall's message handler is in a stack slot
    /// (`Frame::pcall_handler`).
    Pcall = 2,
    /// A Rust caller entered the runloop (`call_nested`): when a return or an
    /// error reaches this record, the runloop exits to that caller. Its
    /// traceback description, if any, is in `Vm::nested_descs`
    /// (`Frame::desc_index`).
    NestedRunloop = 3,
    /// The bottom record of a coroutine's callstack.
    CoroutineBase = 4,
}

impl FrameKind {
    /// Tag byte of `FrameKind::Lua` (its declared discriminant).
    pub(crate) const LUA_TAG: u8 = FrameKind::Lua as u8;
    /// Tag byte of `FrameKind::Native` (its declared discriminant).
    pub(crate) const NATIVE_TAG: u8 = FrameKind::Native as u8;
    /// Tag byte of `FrameKind::NestedRunloop` (its declared discriminant).
    pub(crate) const NESTED_TAG: u8 = FrameKind::NestedRunloop as u8;
}

/// One callstack record: 64 bytes, `repr(C)`, no owned Rust objects (so
/// generated code may write records as the interpreter does; the offsets are
/// published in `layout::frame`).
#[derive(Clone, Copy, Debug)]
#[repr(C)]
pub struct Frame {
    pub kind: FrameKind,
    /// `flags::*` bits.
    pub flags: u8,
    /// The activation replaced its caller by a tail call.
    pub tail_call: bool,
    /// Results the caller wants; -1 for all.
    pub nresults: i32,
    /// Stack slot of the called function value.
    pub func: usize,
    /// First register (Lua) or first argument (native).
    pub base: usize,
    /// Lua: `base + max_stack`; native: one past the last argument/result.
    pub top: usize,
    /// Lua: index of the *next* instruction (saved by the runloop before anything
    /// that can raise, call or collect); the instruction being executed is
    /// `current_pc()`.
    pub pc: usize,
    /// Extra arguments of a vararg function (stored below `base`).
    pub nvarargs: usize,
    /// Lua frame: the prototype of the closure in `func` (null for other
    /// records), so the runloop reaches the code without going through the
    /// stack and the closure. Not a GC reference: protos live in the mature
    /// space and never move, and the closure in `func` keeps this one alive.
    pub proto: *const Proto,
    /// Pcall record: xpcall's message handler slot plus one (0: none).
    /// NestedRunloop record: its index in `Vm::nested_descs` plus one (0: no
    /// description). Native record suspended by a yield with a continuation
    /// (kiln-capi's `lua_yieldk`): the continuation, resumed through
    /// `Vm::resume_continuation` (its `pc` then holds the context and
    /// `nvarargs` the count of its own values kept below `base`). Lua frame
    /// pushed by compiled code's inline call: the address in the caller's
    /// compiled code where an inline return of this frame goes on (kiln-jit;
    /// no one else reads it). Zero for other records.
    pub aux: usize,
}

/// Bits of `Frame::flags`.
pub mod flags {
    /// Lua frame: it tail-called a native function; when a call returns into
    /// it, it returns those results at once (see `call.rs`). Native record:
    /// it called a function in its place (`Vm::call_in_place`, its `pc` holds
    /// the results wanted plus one); it returns that call's results.
    pub const PENDING_RETURN: u8 = 1;
    /// NestedRunloop record: an error reaching it becomes "msg\nstack traceback:..."
    /// built at the error point (`Vm::call_with_traceback`).
    pub const TRACEBACK: u8 = 2;
    /// NestedRunloop record: its Rust caller handles errors itself (as
    /// `lua_pcall` without a message handler), so handlers further down never
    /// see errors raised above it.
    pub const CATCHES: u8 = 4;
    /// NestedRunloop record of a metamethod called by the instruction of the Lua
    /// frame below it: a yield may cross it (`Vm::call_mm`).
    pub const YIELDABLE: u8 = 8;
    /// YIELDABLE record whose Rust caller was unwound by a yield: a return into
    /// it completes the interrupted instruction instead (`Vm::finish_op`), and
    /// errors unwind through it.
    pub const ORPHAN: u8 = 16;
    /// The metamethod is `__lt` standing for `__le`: its result is negated.
    pub const NEGATE: u8 = 32;
    /// YIELDABLE record of a `__close` run while an error unwinds to a pcall
    /// whose first freed slot is in the record's `pc` (see `Vm::finish_unwind`).
    pub const UNWIND: u8 = 64;
    /// Lua frame: its entry was seen by the hooks (call hook done), so a
    /// runloop switching instances does not hook it again (hook.rs).
    pub const HOOK_ENTERED: u8 = 128;
    /// NestedRunloop record: the call of a hook function. (The same bit as
    /// `HOOK_ENTERED`, which only Lua frames carry.)
    pub const HOOK_CALL: u8 = 128;
    /// NestedRunloop record of a finalizer call: the function above it is
    /// named "__gc", a metamethod (PUC's `CIST_FIN`). (The same bit as
    /// `PENDING_RETURN`, which only Lua frames and native records carry.)
    pub const FINALIZER: u8 = 1;
}

impl Frame {
    pub fn new(kind: FrameKind, func: usize, base: usize, top: usize, nresults: i32) -> Frame {
        Frame {
            kind,
            func,
            base,
            top,
            pc: 0,
            nresults,
            nvarargs: 0,
            tail_call: false,
            flags: 0,
            proto: std::ptr::null(),
            aux: 0,
        }
    }
    /// A `Pcall` record's message handler slot (xpcall), if any.
    #[inline]
    pub fn pcall_handler(&self) -> Option<usize> {
        self.aux.checked_sub(1)
    }
    /// A `NestedRunloop` record's index in `Vm::nested_descs`, if it has a description.
    #[inline]
    pub fn desc_index(&self) -> Option<usize> {
        self.aux.checked_sub(1)
    }
    /// Does record `index` (this one) show as a level in tracebacks and to `debug.getinfo`: a function
    /// activation, the host's bottom record of the main thread (lua.c's `pmain`), or a nested runloop with a
    /// description (the standalone interpreter's message handler, a C function calling back), each shown as
    /// "[C]: in ..." as PUC shows the C function there.
    #[inline]
    pub fn is_level(&self, index: usize) -> bool {
        match self.kind {
            FrameKind::Lua | FrameKind::Native | FrameKind::Pcall => true,
            FrameKind::NestedRunloop => index == 0 || self.desc_index().is_some(),
            FrameKind::CoroutineBase => false,
        }
    }
    /// Index of the instruction a Lua frame is executing (or called from).
    #[inline]
    pub fn current_pc(&self) -> usize {
        self.pc.saturating_sub(1)
    }
    #[inline]
    pub fn is_lua(&self) -> bool {
        matches!(self.kind, FrameKind::Lua)
    }
    #[inline]
    pub fn is_pcall(&self) -> bool {
        matches!(self.kind, FrameKind::Pcall)
    }
    /// A function activation (Lua, native, or a native turned pcall boundary).
    #[inline]
    pub fn is_activation(&self) -> bool {
        matches!(self.kind, FrameKind::Lua | FrameKind::Native | FrameKind::Pcall)
    }
}

/// Where the live registers of the innermost Lua frame end while one of its
/// instructions allocates: PUC Lua's `checkGC(L, limit)`. `NewTable` and
/// `Closure` write the first free register `a`, so `a + 1` (the registers
/// above hold dead temporaries); `Concat` keeps its operands `a..a+n`.
/// `depth` is the callstack length when it was set: it applies only while
/// that frame is innermost. `LiveLimit::NONE` (depth 0) means the whole
/// register window is live.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LiveLimit {
    pub depth: usize,
    pub limit: usize,
}

impl LiveLimit {
    pub const NONE: LiveLimit = LiveLimit { depth: 0, limit: 0 };
}

/// First stack slot above a thread's live values: `top`; or, when the
/// innermost record is a Lua frame, its register window (registers up to
/// `Frame::top` may be live while `top` is lower, e.g. after a call returned
/// all results), cut at `limit` while that frame's instruction allocates.
/// Everything below belongs to active records; everything above is dead, as
/// in PUC Lua, which marks a thread's stack only up to `L->top`.
pub fn live_top(stack_len: usize, frames: &[Frame], top: usize, limit: LiveLimit) -> usize {
    let hi = match frames.last() {
        Some(_) if limit.depth == frames.len() => limit.limit,
        Some(f) if f.is_lua() => top.max(f.top),
        _ => top,
    };
    hi.min(stack_len)
}

/// Trace a thread's execution state: its live stack slots (see `live_top`)
/// and every open upvalue. Slots above the live part are set to nil: they may
/// hold objects this collection frees, and a later frame may trace them.
pub fn trace_state(
    stack: &mut [Value],
    frames: &mut [Frame],
    top: usize,
    limit: LiveLimit,
    open: &mut [Gc<UpVal>],
    t: &mut Tracer,
) {
    let live = live_top(stack.len(), frames, top, limit);
    let (used, dead) = stack.split_at_mut(live);
    for v in as_cells(used) {
        trace_value(v, t);
    }
    dead.fill(Value::Nil);
    for u in Cell::from_mut(open).as_slice_of_cells() {
        t.edge_gc(u);
    }
}

#[cfg(test)]
mod tests {
    use super::{Frame, FrameKind};

    /// The tag bytes `push_record` writes are the kinds' discriminants.
    #[test]
    fn frame_kind_tags_are_first_bytes() {
        let f = Frame::new(FrameKind::Native, 0, 0, 0, 0);
        // SAFETY: `Frame` is `repr(C)` with the one-byte kind first.
        let tag = unsafe { *(&f as *const Frame).cast::<u8>() };
        assert_eq!(tag, FrameKind::NATIVE_TAG);
        assert_eq!(FrameKind::Lua as u8, FrameKind::LUA_TAG);
    }
}
