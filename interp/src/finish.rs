//! Completing an instruction whose metamethod was suspended by a yield (PUC
//! Lua's `luaV_finishOp`).
//!
//! A metamethod called by an instruction runs in a nested runloop marked
//! `flags::YIELDABLE`. When it yields, the Rust code that called it unwinds and
//! its record is marked `flags::ORPHAN`; when the coroutine is resumed and the
//! metamethod returns into that record, `frame_try_return` pops it and calls
//! `finish_op` with the first result to do what the instruction would have done
//! with it. The Lua frame's saved `pc` is already past the instruction.

use crate::bytecode::{Op, Role};
use crate::call::Next;
use crate::state::{LuaResult, Tm, Vm};
use crate::value::Value;

impl Vm {
    /// Complete the interrupted instruction of the Lua frame on top with the
    /// metamethod result `v` (negated first for `__lt` standing for `__le`).
    /// `aux`: for `Concat`, the slot the `__concat` result goes to; for
    /// `Return`, the number of values returned.
    pub(crate) fn finish_op(&mut self, v: Value, negate: bool, aux: usize) -> LuaResult<Next> {
        let fr = self.frame();
        debug_assert!(fr.is_lua(), "an orphaned metamethod record above a non-Lua record");
        let (func, base, ftop, pc) = (fr.func, fr.base, fr.top, fr.pc);
        self.top = ftop;
        let Value::LuaFn(cl) = self.stack[func] else { return Ok(Next::Continue) };
        let op = cl.proto().code[pc - 1];
        // What is left to do follows from the metamethod the instruction called
        // (the opcode table's `mm` column); its first operand is `a`.
        let a = op.operand_values()[0] as usize;
        match op.code().mm() {
            // `__newindex` (Set*) has nothing left to do.
            None | Some(Tm::NewIndex) => {}
            Some(Tm::Eq | Tm::Lt | Tm::Le) => {
                // As `cond_jump!`: a false condition skips the `Jmp` that follows.
                let k = op.operand(Role::Sense) == Some(1);
                if (v.truthy() != negate) != k {
                    self.frames.last_mut().expect("the Lua frame").pc += 1;
                }
            }
            Some(Tm::Concat) => {
                // `concat_slots` stored `__concat` results at `aux` and went on
                // with the values below it.
                let first = base + a;
                self.stack[aux] = v;
                self.concat_slots(first, aux - first + 1)?;
            }
            Some(Tm::Close) => {
                // A `__close` yielded: repeat the instruction to close the
                // remaining variables (and return); `Return` also restores its
                // count of results "up to top" (`aux`).
                if let Op::Return { .. } = op {
                    self.top = base + a + aux;
                }
                self.frames.last_mut().expect("the Lua frame").pc -= 1;
            }
            // `__index`, arithmetic, `__len`: the result goes to R[a].
            Some(_) => self.stack[base + a] = v,
        }
        Ok(Next::Continue)
    }
}
