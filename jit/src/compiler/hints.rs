//! Float hints: which registers probably hold a float at each instruction, from one forward pass over the
//! bytecode, so arithmetic and comparisons try their float path first (inline) and the integer path out
//! of line.
//!
//! Invariant: a hint only orders the checks. Generated code still tests every operand's tag, so a wrong
//! hint (a merge the pass ignored, a back-edge, `debug.setlocal`, a metamethod's result) costs speed,
//! never correctness.

use super::{ConstKind, ProtoImage};
use kiln_interp::bytecode::{Flow, Op, Role};

/// A set of registers (0..=255).
#[derive(Clone, Copy, Default, PartialEq, Eq, Debug)]
pub struct RegSet([u64; 4]);

impl RegSet {
    pub fn has(&self, r: u32) -> bool {
        r < 256 && self.0[(r / 64) as usize] & (1 << (r % 64)) != 0
    }

    fn set(&mut self, r: u32, on: bool) {
        if r >= 256 {
            return;
        }
        let (w, bit) = ((r / 64) as usize, 1u64 << (r % 64));
        if on {
            self.0[w] |= bit;
        } else {
            self.0[w] &= !bit;
        }
    }

    /// Forget registers `from` and above.
    fn clear_from(&mut self, from: u32) {
        for r in from..256 {
            self.set(r, false);
        }
    }

    fn meet(self, other: RegSet) -> RegSet {
        let mut out = self;
        for (o, x) in out.0.iter_mut().zip(other.0) {
            *o &= x;
        }
        out
    }
}

/// The float hints at the start of each instruction of `img`. A join point keeps the registers that every
/// forward predecessor hints; a backward jump adds nothing to its target (loop headers keep what holds on
/// entry).
pub fn float_hints(img: &ProtoImage) -> Vec<RegSet> {
    let n = img.code.len();
    let mut incoming: Vec<Option<RegSet>> = vec![None; n + 1];
    let mut out = Vec::with_capacity(n);
    let mut fall: Option<RegSet> = Some(RegSet::default());
    for pc in 0..n {
        let state = match (fall, incoming[pc]) {
            (Some(a), Some(b)) => a.meet(b),
            (Some(a), None) | (None, Some(a)) => a,
            (None, None) => RegSet::default(),
        };
        out.push(state);
        let op = img.code[pc];
        let after = transfer(img, op, state, img.float_seen.get(pc).copied().unwrap_or(false));
        let mut flow_to = |target: usize, s: RegSet| {
            if target > pc && target <= n {
                incoming[target] = Some(incoming[target].map_or(s, |t| t.meet(s)));
            }
        };
        fall = Some(after);
        match op {
            Op::Jmp { to } => {
                flow_to(to as usize, after);
                fall = None;
            }
            Op::ForPrep { exit, .. } => flow_to(exit as usize, after),
            Op::TForPrep { call, .. } => {
                flow_to(call as usize, after);
                fall = None;
            }
            Op::Return { .. } | Op::Return0 | Op::Return1 { .. } | Op::TailCall { .. } => fall = None,
            _ => match op.code().flow() {
                Flow::Test => flow_to(pc + 2, after),
                Flow::Skip => {
                    flow_to(pc + 2, after);
                    fall = None;
                }
                _ => {}
            },
        }
    }
    out
}

/// The hints after `op`, given those before it and whether the interpreter saw `op` make a float.
fn transfer(img: &ProtoImage, op: Op, mut s: RegSet, seen_float: bool) -> RegSet {
    let is_float_k = |k: u16| matches!(img.consts.get(k as usize), Some(ConstKind::Float(_)));
    let float_result = |s: &RegSet, b: u8, other: Option<u8>, k: Option<u16>| {
        seen_float || s.has(b as u32) || other.is_some_and(|c| s.has(c as u32)) || k.is_some_and(is_float_k)
    };
    let (dest, on) = match op {
        Op::LoadF { a, .. } => (a, true),
        Op::LoadK { a, k } => (a, matches!(img.consts.get(k as usize), Some(ConstKind::Float(_)))),
        Op::Move { a, b } => (a, s.has(b as u32)),
        Op::Add { a, b, c }
        | Op::Sub { a, b, c }
        | Op::Mul { a, b, c }
        | Op::Mod { a, b, c }
        | Op::IDiv { a, b, c } => (a, float_result(&s, b, Some(c), None)),
        Op::Div { a, .. } | Op::Pow { a, .. } | Op::DivK { a, .. } | Op::PowK { a, .. } => (a, true),
        Op::AddK { a, b, k, .. }
        | Op::SubK { a, b, k }
        | Op::MulK { a, b, k, .. }
        | Op::ModK { a, b, k }
        | Op::IDivK { a, b, k } => (a, float_result(&s, b, None, Some(k))),
        Op::AddI { a, b, .. } | Op::Unm { a, b } => (a, seen_float || s.has(b as u32)),
        Op::ForPrep { a, .. } => {
            // A float loop when the initial value or the step is a float: its control variable is one.
            let float_loop = s.has(a as u32) || s.has(a as u32 + 2);
            for r in a as u32..a as u32 + 4 {
                s.set(r, false);
            }
            s.set(a as u32, float_loop);
            s.set(a as u32 + 3, float_loop);
            return s;
        }
        Op::ForLoop { .. } => return s,
        // Results written from `a` up (calls, varargs, nils, concatenation): forget everything above.
        Op::Call { a, .. } | Op::VarArg { a, .. } | Op::LoadNil { a, .. } | Op::Concat { a, .. } => {
            s.clear_from(a as u32);
            return s;
        }
        Op::TForCall { a, .. } => {
            s.clear_from(a as u32 + 4);
            return s;
        }
        _ => {
            for (o, v) in op.operands() {
                match o.role {
                    Role::Write => s.set(v as u32, false),
                    Role::WriteN(k) => (v as u32..v as u32 + k as u32).for_each(|r| s.set(r, false)),
                    _ => {}
                }
            }
            return s;
        }
    };
    s.set(dest as u32, on);
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn image(code: Vec<Op>, consts: Vec<ConstKind>, float_seen: Vec<bool>) -> ProtoImage {
        ProtoImage {
            lines: vec![1; code.len()],
            code,
            consts,
            name: "test:1".into(),
            tm_index: 0,
            tm_index_hash: 0,
            may_close: false,
            float_seen,
        }
    }

    /// Registers hinted after each instruction of `code` (the hints at the next pc).
    fn hinted_after(img: &ProtoImage, pc: usize, r: u32) -> bool {
        float_hints(img)[pc + 1].has(r)
    }

    #[test]
    fn float_constants_and_divisions_hint_their_results() {
        let code = vec![
            Op::LoadK { a: 0, k: 0 },
            Op::Add { a: 2, b: 0, c: 1 },
            Op::Div { a: 3, b: 1, c: 1 },
            Op::Add { a: 4, b: 1, c: 1 },
            Op::Return0,
        ];
        let img = image(code, vec![ConstKind::Float(1.5)], vec![]);
        assert!(hinted_after(&img, 0, 0), "a float constant");
        assert!(hinted_after(&img, 1, 2), "arithmetic on a hinted register");
        assert!(hinted_after(&img, 2, 3), "a division is a float");
        assert!(!hinted_after(&img, 3, 4), "arithmetic on unknown registers is not hinted");
    }

    #[test]
    fn interpreter_feedback_hints_arithmetic_on_unknown_registers() {
        let code =
            vec![Op::Add { a: 4, b: 1, c: 2 }, Op::Mul { a: 5, b: 4, c: 4 }, Op::Sub { a: 6, b: 1, c: 2 }, Op::Return0];
        let img = image(code, vec![], vec![true, false, false, false]);
        assert!(hinted_after(&img, 0, 4), "the interpreter saw a float made here");
        assert!(hinted_after(&img, 1, 5), "and it flows to arithmetic on that register");
        assert!(!hinted_after(&img, 2, 6), "no feedback, unknown operands: no hint");
    }
}
