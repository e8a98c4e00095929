//! Bytecode verification: every prototype is checked once when its chunk is
//! loaded (compiled source and binary chunks alike), so the runloop may index
//! registers, constants, upvalues and code without bounds checks. The promise:
//! no chunk that passes can make the VM read or write outside its memory,
//! however its bytes were made.
//!
//! What the runloop does unchecked, and the rule here that covers it:
//! - register operands (`R[x]`, every instruction): below `max_stack`; the
//!   temporaries `TForCall` writes above its operands, below
//!   `max_stack + FRAME_SLACK` (`push_lua_frame` guarantees that many slots);
//! - constants (`K[x]`, `RK` operands), upvalues (`U[x]`: a closure has as many
//!   as its proto describes), child prototypes (`Closure`): indices exist;
//!   a child's upvalue descriptions name existing parent registers/upvalues;
//! - control flow: jump targets (`Jmp`, `ForPrep`, `ForLoop`, `TForPrep`,
//!   `TForLoop`) are inside the code; conditional instructions are followed
//!   by the `Jmp` they take (read without a check) and their skip lands
//!   inside the code, as does `LFalseSkip`'s; the last instruction does not
//!   fall through;
//! - "up to top" operands (`Call`/`TailCall`/`Return` with b = MULTI,
//!   `SetList` with n = MULTI) compute counts from `vm.top`: each must come
//!   right after a `Call`/`VarArg` with c = MULTI (which sets `top` above its
//!   first result), or a `TailCall` (the `Return` after it), with that first
//!   result above the consumer's first slot, and must be reachable only from
//!   it (no jump or skip lands on it); a producer must be followed by its
//!   consumer;
//! - `debug.getlocal`/`setlocal` map the n-th active local to register n-1:
//!   no pc has more active locals than `max_stack`.
//!
//! Not needed here, because the runloop checks them itself: `ForLoop` reads
//! its loop state only when the three registers still have the types
//! `ForPrep` left (bytecode, `debug.setlocal` or an upvalue could change
//! them); `TForCall`/`TForLoop`, `Tbc`/`Close` and `SetList`'s table go
//! through type-checked paths. `Concat`, `VarArg` with MULTI and calls check
//! their stack room at run time.

use crate::bytecode::{Op, MULTI, RK_CONST};
use crate::call::FRAME_SLACK;
use crate::object::Proto;
use kiln_gc::Gc;

/// Check `p` and all prototypes nested in it.
pub fn verify(p: Gc<Proto>) -> Result<(), String> {
    let mut work = vec![p];
    while let Some(p) = work.pop() {
        check_proto(&p).map_err(|e| format!("{} (function at line {})", e, p.line_defined))?;
        for c in p.protos.iter() {
            let child = c.get();
            check_closure_upvals(&p, &child)?;
            work.push(child);
        }
    }
    Ok(())
}

/// A child's upvalue descriptions must name existing registers or upvalues of `parent`.
fn check_closure_upvals(parent: &Proto, child: &Proto) -> Result<(), String> {
    for d in child.upvals.iter() {
        let ok = if d.in_stack {
            (d.index as usize) < parent.max_stack as usize
        } else {
            (d.index as usize) < parent.upvals.len()
        };
        if !ok {
            return Err(format!("upvalue description out of range in function at line {}", child.line_defined));
        }
    }
    Ok(())
}

struct Checker<'a> {
    p: &'a Proto,
    pc: usize,
}

impl Checker<'_> {
    fn fail(&self, what: &str) -> String {
        format!("{what} at instruction {} ({:?})", self.pc, self.p.code[self.pc])
    }
    fn reg(&self, r: usize) -> Result<(), String> {
        if r < self.p.max_stack as usize {
            Ok(())
        } else {
            Err(self.fail("register out of range"))
        }
    }
    fn regs(&self, first: usize, n: usize) -> Result<(), String> {
        if n == 0 {
            return Ok(());
        }
        self.reg(first + n - 1)
    }
    fn k(&self, k: usize) -> Result<(), String> {
        if k < self.p.consts.len() {
            Ok(())
        } else {
            Err(self.fail("constant out of range"))
        }
    }
    fn up(&self, u: usize) -> Result<(), String> {
        if u < self.p.upvals.len() {
            Ok(())
        } else {
            Err(self.fail("upvalue out of range"))
        }
    }
    fn rk(&self, v: u16) -> Result<(), String> {
        if v >= RK_CONST {
            self.k((v - RK_CONST) as usize)
        } else {
            self.reg(v as usize)
        }
    }
    fn target(&self, t: u32) -> Result<(), String> {
        if (t as usize) < self.p.code.len() {
            Ok(())
        } else {
            Err(self.fail("jump target out of range"))
        }
    }
    /// The next instruction is the `Jmp` a conditional instruction skips or
    /// takes, and the instruction after it (where a skip lands) exists.
    fn followed_by_jmp(&self) -> Result<(), String> {
        match self.p.code.get(self.pc + 1) {
            Some(Op::Jmp { .. }) if self.pc + 2 < self.p.code.len() => Ok(()),
            _ => Err(self.fail("conditional instruction not followed by a jump and an instruction")),
        }
    }
}

fn check_proto(p: &Proto) -> Result<(), String> {
    let n = p.code.len();
    match p.code.last() {
        Some(Op::Return { .. } | Op::Return0 | Op::Return1 { .. } | Op::Jmp { .. }) => {}
        _ => return Err("function does not end with a return".into()),
    }
    if p.num_params > p.max_stack {
        return Err("more parameters than registers".into());
    }
    for pc in 0..n {
        let c = Checker { p, pc };
        check_op(&c, p.code[pc])?;
    }
    check_open_results(p)?;
    check_locals(p)
}

/// The first register a MULTI producer (`Call`/`VarArg` with c = MULTI, and
/// `TailCall`, whose results the following `Return` passes on when the callee
/// was not a Lua function) leaves its values from, if `op` is one: `top` is
/// at or above it afterwards.
fn open_producer(op: Op) -> Option<u8> {
    match op {
        Op::Call { a, c: MULTI, .. } | Op::VarArg { a, c: MULTI } | Op::TailCall { a, .. } => Some(a),
        _ => None,
    }
}

/// The lowest first result of a producer that makes `top` valid for `op`, if
/// `op` consumes values up to `top`: `Return` needs `top >= R[a]`, the others
/// `top > R[a]` (a function or table below the values).
fn open_consumer(op: Op) -> Option<usize> {
    match op {
        Op::Return { a, b: MULTI } => Some(a as usize),
        Op::Call { a, b: MULTI, .. } | Op::TailCall { a, b: MULTI } | Op::SetList { a, n: MULTI, .. } => {
            Some(a as usize + 1)
        }
        _ => None,
    }
}

/// Instructions that read `vm.top` run only right after the instruction that
/// set it: see the module comment.
fn check_open_results(p: &Proto) -> Result<(), String> {
    let code = &p.code;
    let mut reached_other_ways = vec![false; code.len() + 2];
    for (pc, op) in code.iter().enumerate() {
        match *op {
            Op::Jmp { to } => reached_other_ways[to as usize] = true,
            Op::ForPrep { exit: t, .. }
            | Op::ForLoop { body: t, .. }
            | Op::TForPrep { call: t, .. }
            | Op::TForLoop { body: t, .. } => reached_other_ways[t as usize] = true,
            // Skips (a conditional's skips its `Jmp`, which is no producer).
            Op::LFalseSkip { .. } => reached_other_ways[pc + 2] = true,
            _ => {}
        }
    }
    let fail = |pc: usize, what: &str| Err(format!("{what} at instruction {pc} ({:?})", code[pc]));
    for (pc, &op) in code.iter().enumerate() {
        if let Some(first) = open_producer(op) {
            match code.get(pc + 1).and_then(|&next| open_consumer(next)) {
                Some(need) if first as usize >= need => {}
                _ => return fail(pc, "open results not consumed by the next instruction"),
            }
        }
        if open_consumer(op).is_some() && (pc == 0 || open_producer(code[pc - 1]).is_none() || reached_other_ways[pc]) {
            return fail(pc, "instruction using open results not preceded by their producer");
        }
    }
    Ok(())
}

/// `debug.getlocal`'s n-th active local lives in register n-1: at no pc may
/// more locals be active than there are registers.
fn check_locals(p: &Proto) -> Result<(), String> {
    let n = p.code.len() + 1;
    let mut delta = vec![0i64; n + 1];
    for v in p.locvars.iter() {
        let (start, end) = ((v.start_pc as usize).min(n), (v.end_pc as usize).min(n));
        if start < end {
            delta[start] += 1;
            delta[end] -= 1;
        }
    }
    let mut active = 0;
    for d in delta {
        active += d;
        if active > p.max_stack as i64 {
            return Err("more active locals than registers".into());
        }
    }
    Ok(())
}

fn check_op(c: &Checker, op: Op) -> Result<(), String> {
    use Op::*;
    let r = |x: u8| c.reg(x as usize);
    match op {
        Move { a, b } => {
            r(a)?;
            r(b)
        }
        LoadI { a, .. } | LoadF { a, .. } | LoadFalse { a } | LoadTrue { a } | NewTable { a, .. } => r(a),
        LFalseSkip { a } => {
            r(a)?;
            if c.pc + 2 < c.p.code.len() {
                Ok(())
            } else {
                Err(c.fail("skip past the end"))
            }
        }
        LoadK { a, k } => {
            r(a)?;
            c.k(k as usize)
        }
        LoadNil { a, n } => c.regs(a as usize, n as usize + 1),
        GetUpval { a, b } | SetUpval { a, b } => {
            r(a)?;
            c.up(b as usize)
        }
        GetTabUp { a, up, k } => {
            r(a)?;
            c.up(up as usize)?;
            c.k(k as usize)
        }
        GetTable { a, b, c: cc } => {
            r(a)?;
            r(b)?;
            r(cc)
        }
        GetI { a, b, .. } => {
            r(a)?;
            r(b)
        }
        GetField { a, b, k } => {
            r(a)?;
            r(b)?;
            c.k(k as usize)
        }
        SetTabUp { up, k, v } => {
            c.up(up as usize)?;
            c.k(k as usize)?;
            c.rk(v)
        }
        SetTable { a, b, v } => {
            r(a)?;
            r(b)?;
            c.rk(v)
        }
        SetI { a, v, .. } => {
            r(a)?;
            c.rk(v)
        }
        SetField { a, k, v } => {
            r(a)?;
            c.k(k as usize)?;
            c.rk(v)
        }
        SelfOp { a, b, k } => {
            c.regs(a as usize, 2)?;
            r(b)?;
            c.k(k as usize)
        }
        Add { a, b, c: cc }
        | Sub { a, b, c: cc }
        | Mul { a, b, c: cc }
        | Mod { a, b, c: cc }
        | Pow { a, b, c: cc }
        | Div { a, b, c: cc }
        | IDiv { a, b, c: cc }
        | BAnd { a, b, c: cc }
        | BOr { a, b, c: cc }
        | BXor { a, b, c: cc }
        | Shl { a, b, c: cc }
        | Shr { a, b, c: cc } => {
            r(a)?;
            r(b)?;
            r(cc)
        }
        AddK { a, b, k, .. }
        | SubK { a, b, k }
        | MulK { a, b, k, .. }
        | ModK { a, b, k }
        | PowK { a, b, k }
        | DivK { a, b, k }
        | IDivK { a, b, k }
        | BAndK { a, b, k }
        | BOrK { a, b, k }
        | BXorK { a, b, k } => {
            r(a)?;
            r(b)?;
            c.k(k as usize)
        }
        AddI { a, b, .. } | ShrI { a, b, .. } | ShlI { a, b, .. } => {
            r(a)?;
            r(b)
        }
        Unm { a, b } | BNot { a, b } | Not { a, b } | Len { a, b } => {
            r(a)?;
            r(b)
        }
        Concat { a, n } => {
            if n == 0 {
                return Err(c.fail("empty concatenation"));
            }
            c.regs(a as usize, n as usize)
        }
        Close { a } | Tbc { a } => r(a),
        Jmp { to } => c.target(to),
        Eq { a, b, .. } | Lt { a, b, .. } | Le { a, b, .. } | TestSet { a, b, .. } => {
            r(a)?;
            r(b)?;
            c.followed_by_jmp()
        }
        EqK { a, kc, .. } => {
            r(a)?;
            c.k(kc as usize)?;
            c.followed_by_jmp()
        }
        EqI { a, .. } | LtI { a, .. } | LeI { a, .. } | GtI { a, .. } | GeI { a, .. } | Test { a, .. } => {
            r(a)?;
            c.followed_by_jmp()
        }
        Call { a, b, c: cc } => {
            r(a)?;
            if b != MULTI {
                c.regs(a as usize, b as usize)?;
            }
            if cc != MULTI {
                c.regs(a as usize, cc as usize - 1)?;
            }
            Ok(())
        }
        TailCall { a, b } => {
            r(a)?;
            if b != MULTI {
                c.regs(a as usize, b as usize)?;
            }
            // Followed by the `Return` of its results: `check_open_results`.
            Ok(())
        }
        Return { a, b } => {
            if b != MULTI {
                c.regs(a as usize, b as usize - 1)?;
            }
            if b == MULTI {
                r(a)?;
            }
            Ok(())
        }
        Return0 => Ok(()),
        Return1 { a } => r(a),
        ForPrep { a, exit } => {
            c.regs(a as usize, 4)?;
            c.target(exit)
        }
        ForLoop { a, body } => {
            c.regs(a as usize, 4)?;
            c.target(body)
        }
        TForPrep { a, call } => {
            c.regs(a as usize, 4)?;
            c.target(call)
        }
        TForCall { a, c: cc } => {
            c.regs(a as usize, 4 + cc as usize)?;
            if a as usize + 7 > c.p.max_stack as usize + FRAME_SLACK {
                return Err(c.fail("iterator call outside the frame"));
            }
            Ok(())
        }
        TForLoop { a, body } => {
            c.regs(a as usize, 5)?;
            c.target(body)
        }
        SetList { a, n, .. } => {
            r(a)?;
            if n != MULTI {
                c.regs(a as usize, n as usize + 1)?;
            }
            Ok(())
        }
        Closure { a, p } => {
            r(a)?;
            if (p as usize) < c.p.protos.len() {
                Ok(())
            } else {
                Err(c.fail("prototype out of range"))
            }
        }
        VarArg { a, c: cc } => {
            r(a)?;
            if cc != MULTI {
                c.regs(a as usize, cc as usize - 1)?;
            }
            Ok(())
        }
        VarArgPrep { .. } => Ok(()),
    }
}
