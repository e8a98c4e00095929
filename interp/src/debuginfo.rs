//! Names for messages and tracebacks, found by inspecting bytecode as PUC Lua's
//! `getobjname`/`funcnamefromcode` do: "(local 't')", "(global 'x')",
//! "(field 'y')", "(upvalue 'z')", "(method 'm')", "(constant 'c')" for values,
//! and "local 'f'", "method 'm'", "metamethod 'add'", ... for called functions.

use crate::bytecode::Op;
use crate::callstack::{flags, Frame, FrameKind};
use crate::meta::Src;
use crate::object::Proto;
use crate::state::{Vm, TM_NAMES};
use crate::value::Value;

/// The last instruction before `lastpc` that certainly wrote register `reg`
/// (`None` if unknown, e.g. when a jump may have skipped it).
fn find_set_reg(p: &Proto, lastpc: usize, reg: usize) -> Option<usize> {
    let mut setreg = None;
    let mut jmptarget = 0usize;
    for (pc, op) in p.code.iter().enumerate().take(lastpc) {
        let change = match *op {
            Op::LoadNil { a, n } => (a as usize) <= reg && reg <= a as usize + n as usize,
            Op::TForCall { a, .. } => reg >= a as usize + 2,
            Op::Call { a, .. } | Op::TailCall { a, .. } => reg >= a as usize,
            Op::Jmp { to } => {
                let dest = to as usize;
                if dest <= lastpc && dest > jmptarget {
                    jmptarget = dest;
                }
                false
            }
            // The register the instruction sets as its first operand.
            ref op => op.dest().is_some_and(|a| a as usize == reg),
        };
        if change {
            setreg = if pc < jmptarget { None } else { Some(pc) };
        }
    }
    setreg
}

/// Text of string constant `k`, or "?".
fn kname(p: &Proto, k: usize) -> String {
    match p.consts.get(k).map(|c| c.get()) {
        Some(Value::Str(s)) => s.to_str_lossy().into_owned(),
        _ => "?".into(),
    }
}

fn upvalname(p: &Proto, u: usize) -> String {
    p.upvals.get(u).and_then(|d| d.name.as_deref()).unwrap_or("?").to_string()
}

/// "global" when the indexed table is named `_ENV`, else "field".
fn gxf(p: &Proto, pc: usize, t: usize, is_up: bool) -> &'static str {
    let name = if is_up { Some(upvalname(p, t)) } else { getobjname(p, pc, t).map(|(_, n)| n) };
    if name.as_deref() == Some("_ENV") {
        "global"
    } else {
        "field"
    }
}

/// Kind and name of the value in register `reg` when instruction `lastpc` runs.
pub fn getobjname(p: &Proto, lastpc: usize, reg: usize) -> Option<(&'static str, String)> {
    if let Some(name) = p.local_name(reg, lastpc) {
        return Some(("local", name.to_string()));
    }
    let pc = find_set_reg(p, lastpc, reg)?;
    match p.code[pc] {
        Op::Move { a, b } if b < a => getobjname(p, pc, b as usize),
        Op::GetTabUp { up, k, .. } => Some((gxf(p, pc, up as usize, true), kname(p, k as usize))),
        Op::GetTable { b, c, .. } => {
            let key = match getobjname(p, pc, c as usize) {
                Some(("constant", n)) => n,
                _ => "?".into(),
            };
            Some((gxf(p, pc, b as usize, false), key))
        }
        Op::GetI { .. } => Some(("field", "integer index".into())),
        Op::GetField { b, k, .. } => Some((gxf(p, pc, b as usize, false), kname(p, k as usize))),
        Op::GetUpval { b, .. } => Some(("upvalue", upvalname(p, b as usize))),
        Op::LoadK { k, .. } => match p.k(k as usize) {
            Value::Str(s) => Some(("constant", s.to_str_lossy().into_owned())),
            _ => None,
        },
        Op::SelfOp { k, .. } => Some(("method", kname(p, k as usize))),
        _ => None,
    }
}

/// Kind and name of the function called by instruction `pc` (a call, or an
/// instruction that calls a metamethod).
pub fn funcnamefromcode(p: &Proto, pc: usize) -> Option<(&'static str, String)> {
    let op = p.code.get(pc)?;
    match op {
        Op::Call { a, .. } | Op::TailCall { a, .. } => getobjname(p, pc, *a as usize),
        Op::TForCall { .. } => Some(("for iterator", "for iterator".into())),
        // The metamethod the opcode table names, without its "__".
        _ => op.code().mm().map(|tm| ("metamethod", TM_NAMES[tm as usize][2..].into())),
    }
}

/// The Lua function running in `fr` (which must be a Lua frame of `stack`).
fn frame_proto(fr: &Frame, stack: &[Value]) -> Option<kiln_gc::Gc<Proto>> {
    match stack.get(fr.func) {
        Some(Value::LuaFn(cl)) if fr.is_lua() => Some(cl.proto()),
        _ => None,
    }
}

/// Index of the record that called record `i`: the nearest record below it
/// that is not a nested-runloop marker, if that is a Lua frame.
pub(crate) fn lua_caller(frames: &[Frame], i: usize) -> Option<usize> {
    let mut j = i;
    while j > 0 {
        j -= 1;
        match frames[j].kind {
            FrameKind::NestedRunloop => continue,
            FrameKind::Lua => return Some(j),
            _ => return None,
        }
    }
    None
}

/// How record `i` was called, from its caller's calling instruction: ("local",
/// "f"), ("method", "m"), ("metamethod", "index"), ... `None` for tail calls
/// and functions called from Rust, except hook functions, ("hook", "?") as
/// PUC names whatever a hooked activation calls, and finalizers,
/// ("metamethod", "__gc").
pub fn call_name(frames: &[Frame], stack: &[Value], i: usize) -> Option<(&'static str, String)> {
    if frames[i].tail_call {
        return None;
    }
    let below = i.checked_sub(1).map(|j| &frames[j]).filter(|f| matches!(f.kind, FrameKind::NestedRunloop));
    if below.is_some_and(|f| f.flags & flags::HOOK_CALL != 0) {
        return Some(("hook", "?".into()));
    }
    if below.is_some_and(|f| f.flags & flags::FINALIZER != 0) {
        return Some(("metamethod", "__gc".to_string()));
    }
    let j = lua_caller(frames, i)?;
    let p = frame_proto(&frames[j], stack)?;
    funcnamefromcode(&p, frames[j].current_pc())
}

impl Vm {
    /// " (local 'x')" for an operand of the instruction the Lua frame on top is
    /// running, or "" when nothing is known.
    pub fn varinfo(&self, src: Src) -> String {
        let fr = self.frame();
        let Some(p) = frame_proto(fr, &self.stack) else { return String::new() };
        let found = match src {
            Src::None => None,
            Src::Reg(r) => getobjname(&p, fr.current_pc(), r),
            Src::Up(u) => Some(("upvalue", upvalname(&p, u))),
        };
        match found {
            Some((kind, name)) => format!(" ({kind} '{name}')"),
            None => String::new(),
        }
    }

    /// The operand source of stack slot `slot`: a register of the Lua frame on top, if it is one.
    pub fn slot_src(&self, slot: usize) -> Src {
        let fr = self.frame();
        if fr.is_lua() && slot >= fr.base && slot < fr.top {
            Src::Reg(slot - fr.base)
        } else {
            Src::None
        }
    }

    /// How the running native was called, from the calling instruction of the
    /// Lua function that called it (`lua_getinfo` "n"): ("method", "rep"),
    /// ("global", "print"), ... `None` when a native or Rust code called it.
    pub fn native_call_name(&self) -> Option<(&'static str, String)> {
        let n = self.frames.len();
        if !matches!(self.frames[n - 1].kind, FrameKind::Native) {
            return None;
        }
        call_name(&self.frames, &self.stack, n - 1)
    }

    /// " (global 'f')" for the function the running code is calling, found from
    /// the calling instruction (for "attempt to call ..." errors).
    pub fn call_site_info(&self) -> String {
        let n = self.frames.len();
        let Some(j) = (if self.frames[n - 1].is_lua() { Some(n - 1) } else { lua_caller(&self.frames, n - 1) }) else {
            return String::new();
        };
        if j != n - 1 && !matches!(self.frames[n - 1].kind, FrameKind::NestedRunloop) {
            return String::new();
        }
        let fr = &self.frames[j];
        let Some(p) = frame_proto(fr, &self.stack) else { return String::new() };
        match funcnamefromcode(&p, fr.current_pc()) {
            Some((kind, name)) => format!(" ({kind} '{name}')"),
            None => String::new(),
        }
    }
}
