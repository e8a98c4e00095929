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
//!   fall through (it returns or always jumps);
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
//! The range checks come from each operand's role in the opcode table
//! (`check_operand`), the jump and skip rules from its flow; `check_own_rules`
//! holds the few rules of single instructions, and the "up to top" protocol
//! names its producers and consumers.
//!
//! Not needed here, because the runloop checks them itself: `ForLoop` reads
//! its loop state only when the three registers still have the types
//! `ForPrep` left (bytecode, `debug.setlocal` or an upvalue could change
//! them); `TForCall`/`TForLoop`, `Tbc`/`Close` and `SetList`'s table go
//! through type-checked paths. `Concat`, `VarArg` with MULTI and calls check
//! their stack room at run time.

use crate::bytecode::{Flow, Op, Role, MULTI, RK_CONST};
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
    match p.code.last().map(|op| op.code().flow()) {
        Some(Flow::Return | Flow::Jump) => {}
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
        if let Some(t) = op.operand(Role::Target) {
            reached_other_ways[t as usize] = true;
        }
        // Skips (a test skips its `Jmp`, which is no producer).
        if op.code().flow() == Flow::Skip {
            reached_other_ways[pc + 2] = true;
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

/// The operand checks every instruction gets from its roles in the opcode
/// table, the checks its flow needs, then the few that are its own.
fn check_op(c: &Checker, op: Op) -> Result<(), String> {
    let first = op.operand_values()[0] as usize;
    for (operand, v) in op.operands() {
        check_operand(c, operand.role, v as usize, first)?;
    }
    match op.code().flow() {
        Flow::Test => c.followed_by_jmp()?,
        Flow::Skip if c.pc + 2 >= c.p.code.len() => return Err(c.fail("skip past the end")),
        _ => {}
    }
    check_own_rules(c, op)
}

/// The range check of an operand with value `v`; `first` is the value of the
/// instruction's first operand, where count operands' windows start.
fn check_operand(c: &Checker, role: Role, v: usize, first: usize) -> Result<(), String> {
    let open = v == MULTI as usize;
    match role {
        Role::Read | Role::Write => c.reg(v),
        Role::ReadN(n) | Role::WriteN(n) => c.regs(v, n as usize),
        Role::Span(n) => c.regs(first, v + n as usize),
        Role::Args if !open => c.regs(first, v),
        Role::Rets | Role::Results if !open => c.regs(first, v - 1),
        Role::Items if !open => c.regs(first, v + 1),
        // "Up to top": at least the first register is used.
        Role::Args | Role::Rets | Role::Results | Role::Items => c.reg(first),
        Role::Const => c.k(v),
        Role::Upval => c.up(v),
        Role::Rk => c.rk(v as u16),
        Role::Target => c.target(v as u32),
        Role::Proto if v < c.p.protos.len() => Ok(()),
        Role::Proto => Err(c.fail("prototype out of range")),
        Role::Base | Role::Imm | Role::Sense | Role::Flag => Ok(()),
    }
}

/// Rules of single instructions, beyond their operands' ranges.
fn check_own_rules(c: &Checker, op: Op) -> Result<(), String> {
    match op {
        Op::Concat { n: 0, .. } => Err(c.fail("empty concatenation")),
        // The iterator's call frame (a function and two arguments above the
        // loop state) may reach into the slack above `max_stack`.
        Op::TForCall { a, .. } if a as usize + 7 > c.p.max_stack as usize + FRAME_SLACK => {
            Err(c.fail("iterator call outside the frame"))
        }
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::{check_op, Checker};
    use crate::bytecode::{samples, Op, Role};
    use crate::object::Proto;
    use kiln_gc::{Heap, HeapConfig};
    use std::cell::Cell;

    /// `op` as the first instruction of a prototype with one nested function.
    fn check(heap: &mut Heap, op: Op) -> Result<(), String> {
        let mut p: Proto = samples::proto(vec![op, Op::Jmp { to: 2 }, Op::Return0]);
        let child = heap.alloc(samples::proto(vec![Op::Return0]), true);
        p.protos = Box::new([Cell::new(child)]);
        check_op(&Checker { p: &p, pc: 0 }, op)
    }

    /// Every operand the table says indexes something is range-checked.
    #[test]
    fn every_indexing_operand_is_checked() {
        let mut heap = Heap::new(HeapConfig { nursery_bytes: 4096, ..HeapConfig::default() });
        for op in samples::valid() {
            assert_eq!(check(&mut heap, op), Ok(()), "{op:?}");
            let code = op.code();
            let values = op.operand_values();
            for (i, o) in code.operands().iter().enumerate() {
                if matches!(o.role, Role::Imm | Role::Sense | Role::Flag) {
                    continue;
                }
                let mut bad = values;
                bad[i] = 200;
                let bad = Op::from_operands(code, &bad[..code.operands().len()]).expect("same count");
                assert!(check(&mut heap, bad).is_err(), "{bad:?} passes");
            }
        }
    }
}
