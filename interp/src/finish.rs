//! Completing an instruction whose metamethod was suspended by a yield (PUC
//! Lua's `luaV_finishOp`).
//!
//! A metamethod called by an instruction runs in a nested runloop marked
//! `flags::YIELDABLE`. When it yields, the Rust code that called it unwinds and
//! its record is marked `flags::ORPHAN`; when the coroutine is resumed and the
//! metamethod returns into that record, `frame_try_return` pops it and calls
//! `finish_op` with the first result to do what the instruction would have done
//! with it. The Lua frame's saved `pc` is already past the instruction.

use crate::bytecode::Op;
use crate::call::Next;
use crate::state::{LuaResult, Vm};
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
        use Op::*;
        match op {
            GetTabUp { a, .. } | GetTable { a, .. } | GetI { a, .. } | GetField { a, .. } | SelfOp { a, .. } => {
                self.stack[base + a as usize] = v
            }
            Add { a, .. } | Sub { a, .. } | Mul { a, .. } | Mod { a, .. } | Pow { a, .. } | Div { a, .. } => {
                self.stack[base + a as usize] = v
            }
            IDiv { a, .. } | BAnd { a, .. } | BOr { a, .. } | BXor { a, .. } | Shl { a, .. } | Shr { a, .. } => {
                self.stack[base + a as usize] = v
            }
            AddK { a, .. } | SubK { a, .. } | MulK { a, .. } | ModK { a, .. } | PowK { a, .. } | DivK { a, .. } => {
                self.stack[base + a as usize] = v
            }
            IDivK { a, .. } | BAndK { a, .. } | BOrK { a, .. } | BXorK { a, .. } => self.stack[base + a as usize] = v,
            AddI { a, .. } | ShrI { a, .. } | ShlI { a, .. } | Unm { a, .. } | BNot { a, .. } | Len { a, .. } => {
                self.stack[base + a as usize] = v
            }
            Eq { k, .. }
            | Lt { k, .. }
            | Le { k, .. }
            | LtI { k, .. }
            | LeI { k, .. }
            | GtI { k, .. }
            | GeI { k, .. } => {
                // As `cond_jump!`: a false condition skips the `Jmp` that follows.
                if (v.truthy() != negate) != k {
                    self.frames.last_mut().expect("the Lua frame").pc += 1;
                }
            }
            Concat { a, .. } => {
                // `concat_slots` stored `__concat` results at `aux` and went on
                // with the values below it.
                let first = base + a as usize;
                self.stack[aux] = v;
                self.concat_slots(first, aux - first + 1)?;
            }
            Close { .. } | Return0 | Return1 { .. } => {
                // A `__close` yielded: repeat the instruction to close the
                // remaining variables (and return).
                self.frames.last_mut().expect("the Lua frame").pc -= 1;
            }
            Return { a, .. } => {
                // Also restore the count of results "up to top" (`aux`).
                self.top = base + a as usize + aux;
                self.frames.last_mut().expect("the Lua frame").pc -= 1;
            }
            // `__newindex` (Set*) has nothing left to do.
            _ => {}
        }
        Ok(Next::Continue)
    }
}
