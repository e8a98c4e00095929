//! Bytecode verification: every prototype is checked once when its chunk is
//! loaded, so the runloop may index registers, constants, upvalues and code
//! without bounds checks.
//!
//! Checked: register operands are below `max_stack` (the few temporaries
//! `TForCall` writes above its operands below `max_stack + FRAME_SLACK`);
//! constant, upvalue and child-prototype indices exist; jump targets are
//! inside the code; comparisons and tests are followed by a `Jmp`; the last
//! instruction does not fall through.

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
    /// The next instruction is the `Jmp` a conditional instruction skips or takes.
    fn followed_by_jmp(&self) -> Result<(), String> {
        match self.p.code.get(self.pc + 1) {
            Some(Op::Jmp { .. }) => Ok(()),
            _ => Err(self.fail("conditional instruction not followed by a jump")),
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
            if c.pc + 1 >= c.p.code.len() {
                return Err(c.fail("tail call at the end of the code"));
            }
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
