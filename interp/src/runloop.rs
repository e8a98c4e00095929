//! The interpreter loop: `run` executes the Lua frame on top of the callstack
//! and every Lua frame it calls or returns to, until a return reaches the
//! runloop's boundary record (NestedRunloop or CoroutineBase). Errors leave
//! `run` as `Err`; `execute` (call.rs) catches them and re-enters.
//!
//! Discipline (PUC Lua's Protect/updatebase): the loop keeps local copies of
//! `pc`, a pointer to the frame's first register (`sp`), and pointers to the
//! code and constants. Before anything that can raise, call or allocate it
//! stores `pc` in the frame (`savepc!`); afterwards it re-derives `sp`
//! (`refresh!`), because the stack may have been reallocated. No `Gc`
//! reference read from a register is used after such a point: operands are
//! re-read from the registers.
//!
//! The trap byte (hook.rs: hooks, interrupts, finalizers due) is tested at
//! the `'newframe` head, at loop back-edges and after allocating
//! instructions; `run` picks the plain or the hooked instance of the loop.

use crate::bytecode::{Op, RK_CONST};
use crate::call::Next;
use crate::hook::trap;
use crate::object::{LuaClosure, LuaStr, NativeClosure, Proto, UpState, UpVal, FEEDBACK_FLOAT};
use crate::rt::{
    eq_needs_equals, float_floor_div, float_mod, for_prep_int, int_floor_div, int_mod, pow, shift_left, shift_right,
    store_in_array, ArithOp, Src, Status, TierState,
};
use crate::state::{LuaResult, Tm, Vm};
use crate::table::Table;
use crate::value::layout::{TAG_BOOL, TAG_FLOAT, TAG_INT, TAG_LUAFN, TAG_NATIVEFN, TAG_NIL, TAG_STR, TAG_TABLE};
use crate::value::{slot, Value};
use kiln_gc::Gc;
use std::cell::Cell;
use std::sync::atomic::Ordering;

impl Vm {
    /// Run Lua frames from the one on top until the boundary record is reached
    /// (`Ok`) or an error or yield escapes (`Err`). The runloop has two
    /// instances: the hooked one, which runs while the thread has a hook,
    /// looks at the trap before every instruction (hook.rs) and returns
    /// through the hooks; the plain one looks at the trap only at its safe
    /// points. Each hands over to the other at a safe point when the running
    /// thread's hooks change.
    pub(crate) fn run(&mut self) -> LuaResult<()> {
        loop {
            let reached =
                if self.trap() & trap::HOOKS != 0 { self.run_mode::<true>()? } else { self.run_mode::<false>()? };
            if reached {
                return Ok(());
            }
        }
    }

    /// One instance of the runloop (see `run`): `Ok(true)` when the boundary
    /// record was reached, `Ok(false)` when the other instance must go on
    /// from the frame on top (its pc saved).
    fn run_mode<const HOOKED: bool>(&mut self) -> LuaResult<bool> {
        // SAFETY (the whole loop): the frame on top is a Lua frame whose function
        // is the closure in its `func` slot; that closure keeps its proto alive,
        // and protos live in the mature space, so `code`, `k` and the proto never
        // move while the frame runs. The closure's upvalue array is a separate
        // boxed slice that does not move when the closure does. The proto was
        // checked by `verify` when its chunk was loaded: every register operand
        // is below `max_stack`, every constant/upvalue index exists, every jump
        // target is inside `code`, and the code cannot run past its end; and
        // `push_lua_frame` made `stack.len() >= base + max_stack + FRAME_SLACK`.
        // A proto's `feedback` has one entry per instruction of its `code`.
        // The stack never shrinks, and `sp` is re-derived after every operation
        // that can reallocate it.
        unsafe {
            // Mature and permanent: never moves.
            let tm_index = *self.tm_names.get_unchecked(Tm::Index as usize);
            // Set when compiled code handed its frame back (`Interpret`): the
            // interpreter runs it before compiled code is entered again. Read
            // only when the frame on top has compiled code.
            let mut handed_back = false;
            'newframe: loop {
                // Safe point: every call, return and resumed frame passes here.
                if self.trap() != 0 {
                    std::hint::cold_path();
                    if self.trap_at_frame(HOOKED)? {
                        return Ok(false);
                    }
                }
                let fr = self.frames.last().unwrap_unchecked();
                // Compiled code for the frame's proto (rt.rs, `CompiledEntry`):
                // it runs from the frame's saved pc, or hands the frame back
                // (`Interpret`) and the interpreter runs it once round.
                // Relaxed: the test must not order the loads around it (the
                // runloop's setup below); the cold path loads with Acquire.
                if !HOOKED && (*fr.proto).tier.entry.load(Ordering::Relaxed) != 0 {
                    std::hint::cold_path();
                    if !std::mem::take(&mut handed_back) {
                        let entry = (*fr.proto).tier.entry.load(Ordering::Acquire);
                        match self.enter_compiled(entry)? {
                            Status::Exit => return Ok(true),
                            st => {
                                handed_back = st == Status::Interpret;
                                continue 'newframe;
                            }
                        }
                    }
                }
                debug_assert!(fr.is_lua(), "run() on a non-Lua record");
                let base = fr.base;
                // The next instruction, as a pointer into `code`.
                let mut pc: *const Op = code_of(fr.proto).add(fr.pc);
                let fslot = self.stack.as_ptr().add(fr.func);
                debug_assert_eq!(slot::tag(fslot), TAG_LUAFN, "Lua frame without a Lua function");
                let cl: Gc<LuaClosure> = slot::gc(fslot);
                let proto: *const Proto = fr.proto;
                debug_assert!(std::ptr::eq(proto, cl.proto().as_ptr()), "frame proto is not its closure's");
                let code: *const Op = (*proto).code.as_ptr();
                let k: *const Cell<Value> = (*proto).consts.as_ptr();
                let ups: *const Cell<Gc<UpVal>> = cl.upvals.as_ptr();
                let mut sp: *mut Value = self.stack.as_mut_ptr().add(base);

                macro_rules! r {
                    ($x:expr) => {
                        (*sp.add($x as usize))
                    };
                }
                macro_rules! kv {
                    ($x:expr) => {
                        (*k.add($x as usize)).get()
                    };
                }
                macro_rules! rk {
                    ($v:expr) => {
                        if $v >= RK_CONST {
                            kv!($v - RK_CONST)
                        } else {
                            r!($v)
                        }
                    };
                }
                macro_rules! up {
                    ($x:expr) => {
                        (*ups.add($x as usize)).get()
                    };
                }
                macro_rules! savepc {
                    () => {
                        self.frames.last_mut().unwrap_unchecked().pc = pc.offset_from(code) as usize
                    };
                }
                macro_rules! refresh {
                    () => {
                        sp = self.stack.as_mut_ptr().add(base)
                    };
                }
                // Slow paths (metamethods, errors, coercions): marked cold so
                // the register allocator favours the fast paths around them.
                macro_rules! protect {
                    ($e:expr) => {{
                        std::hint::cold_path();
                        savepc!();
                        let v = $e;
                        refresh!();
                        v
                    }};
                }
                // `protect!` for instructions whose usual path calls out
                // (allocation, closing).
                macro_rules! protect_hot {
                    ($e:expr) => {{
                        savepc!();
                        let v = $e;
                        refresh!();
                        v
                    }};
                }
                // A jump that may close a loop has just set `pc`: the plain
                // instance tests the trap here (interrupts, hooks set while
                // the frame runs); the hooked one before every instruction.
                macro_rules! backedge {
                    () => {
                        if TierState::tick(&(*proto).tier.loops) {
                            savepc!();
                            if let Some(st) = self.tier_hot_loop(pc.offset_from(code) as usize, HOOKED)? {
                                if st == Status::Exit {
                                    return Ok(true);
                                }
                                handed_back = st == Status::Interpret;
                                continue 'newframe;
                            }
                        }
                        if !HOOKED && self.trap() != 0 {
                            std::hint::cold_path();
                            if self.trap_at_backedge(pc)? {
                                return Ok(false);
                            }
                        }
                    };
                }
                // Take or skip the `Jmp` that follows a conditional instruction.
                macro_rules! cond_jump {
                    ($cond:expr, $k:expr) => {
                        if $cond != $k {
                            pc = pc.add(1);
                        } else {
                            // `verify` checked that a `Jmp` follows every
                            // conditional instruction.
                            let Op::Jmp { to } = *pc else { std::hint::unreachable_unchecked() };
                            let target = code.add(to as usize);
                            let back = target <= pc;
                            pc = target;
                            if back {
                                backedge!();
                            }
                        }
                    };
                }
                // Safe point after an allocating instruction (PUC's checkGC
                // points): run finalizers a collection just queued.
                // `protect_hot!` for an instruction that allocates: while it
                // does, registers from `$limit` up are dead to the collector
                // (`LiveLimit`). The limit is cleared before any error
                // propagates, so it never outlives the instruction.
                macro_rules! allocating {
                    ($limit:expr, $e:expr) => {{
                        protect_hot!(self.allocating($limit, $e))
                    }};
                }
                macro_rules! gc_safepoint {
                    () => {
                        if self.finalizers_due() {
                            savepc!();
                            self.run_due_finalizers();
                            refresh!();
                        }
                    };
                }
                // Returns: through the hooks in the hooked instance only.
                macro_rules! frame_return {
                    ($first:expr, $n:expr) => {
                        if HOOKED {
                            self.frame_try_return($first, $n)
                        } else {
                            self.frame_return_unhooked($first, $n)
                        }
                    };
                }
                macro_rules! after_call {
                    ($next:expr) => {
                        match $next {
                            Next::Continue => continue 'newframe,
                            Next::Exit => return Ok(true),
                        }
                    };
                }
                // Register and constant pointers, for the part-wise accessors of `slot`.
                macro_rules! rp {
                    ($x:expr) => {
                        sp.add($x as usize)
                    };
                }
                macro_rules! rkp {
                    ($v:expr) => {
                        if $v >= RK_CONST {
                            kp!($v - RK_CONST)
                        } else {
                            rp!($v) as *const Value
                        }
                    };
                }
                macro_rules! kp {
                    ($x:expr) => {
                        k.add($x as usize) as *const Value
                    };
                }
                // Binary arithmetic on the values at pointers `$x` and `$y`, with
                // integer and float fast paths; `$int` None: always float.
                // Feedback for the compiler's hints: this instruction made a float.
                macro_rules! saw_float {
                    () => {
                        (*(*proto).feedback.as_ptr().add(pc.offset_from(code) as usize - 1)).set(FEEDBACK_FLOAT)
                    };
                }
                macro_rules! arith {
                    ($a:expr, $x:expr, $y:expr, $sx:expr, $sy:expr, $op:expr, $int:expr, $flt:expr) => {
                        arith!($a, $x, $y, $sx, $sy, $op, $int, $flt, false)
                    };
                    // `$flip`: the operands are commutative and were swapped by
                    // the compiler; the slow path restores the source's order.
                    ($a:expr, $x:expr, $y:expr, $sx:expr, $sy:expr, $op:expr, $int:expr, $flt:expr, $flip:expr) => {{
                        let (x, y): (*const Value, *const Value) = ($x, $y);
                        let dst = rp!($a);
                        // Both tags in one word: one comparison per common case.
                        let tags = (slot::tag(x) as u32) << 8 | slot::tag(y) as u32;
                        if tags == (TAG_INT as u32) << 8 | TAG_INT as u32 {
                            slot::set_int(dst, ($int)(slot::int(x), slot::int(y)));
                        } else if tags == (TAG_FLOAT as u32) << 8 | TAG_FLOAT as u32 {
                            slot::set_float(dst, ($flt)(slot::float(x), slot::float(y)));
                            saw_float!();
                        } else if let (Some(f), Some(g)) = (slot::num(x), slot::num(y)) {
                            slot::set_float(dst, ($flt)(f, g));
                            saw_float!();
                        } else {
                            let (p, q, sp_, sq) = if $flip { (*y, *x, $sy, $sx) } else { (*x, *y, $sx, $sy) };
                            let v = protect!(self.arith_from($op, p, q, sp_, sq)?);
                            *rp!($a) = v;
                        }
                    }};
                }
                // Arithmetic whose result is always a float.
                macro_rules! arith_float {
                    ($a:expr, $x:expr, $y:expr, $sx:expr, $sy:expr, $op:expr, $flt:expr) => {{
                        let (x, y): (*const Value, *const Value) = ($x, $y);
                        if let (Some(f), Some(g)) = (slot::num(x), slot::num(y)) {
                            slot::set_float(rp!($a), ($flt)(f, g));
                        } else {
                            let v = protect!(self.arith_from($op, *x, *y, $sx, $sy)?);
                            *rp!($a) = v;
                        }
                    }};
                }
                // Integer division and modulo: zero divisors take the slow path (error).
                macro_rules! arith_div {
                    ($a:expr, $x:expr, $y:expr, $sx:expr, $sy:expr, $op:expr, $int:expr, $flt:expr) => {{
                        let (x, y): (*const Value, *const Value) = ($x, $y);
                        let dst = rp!($a);
                        let both_int = slot::tag(x) == TAG_INT && slot::tag(y) == TAG_INT;
                        if both_int && slot::int(y) != 0 {
                            slot::set_int(dst, ($int)(slot::int(x), slot::int(y)));
                        } else if let (false, Some(f), Some(g)) = (both_int, slot::num(x), slot::num(y)) {
                            slot::set_float(dst, ($flt)(f, g));
                        } else {
                            let v = protect!(self.arith_from($op, *x, *y, $sx, $sy)?);
                            *rp!($a) = v;
                        }
                    }};
                }
                macro_rules! bitwise {
                    ($a:expr, $x:expr, $y:expr, $sx:expr, $sy:expr, $op:expr, $int:expr) => {{
                        let (x, y): (*const Value, *const Value) = ($x, $y);
                        if slot::tag(x) == TAG_INT && slot::tag(y) == TAG_INT {
                            slot::set_int(rp!($a), ($int)(slot::int(x), slot::int(y)));
                        } else {
                            let v = protect!(self.arith_from($op, *x, *y, $sx, $sy)?);
                            *rp!($a) = v;
                        }
                    }};
                }
                // Order comparison with number fast paths.
                macro_rules! order {
                    ($x:expr, $y:expr, $k:expr, $cmp:tt, $slow:ident) => {{
                        let (x, y): (*const Value, *const Value) = ($x, $y);
                        let tags = (slot::tag(x) as u32) << 8 | slot::tag(y) as u32;
                        let res = if tags == (TAG_INT as u32) << 8 | TAG_INT as u32 {
                            slot::int(x) $cmp slot::int(y)
                        } else if tags == (TAG_FLOAT as u32) << 8 | TAG_FLOAT as u32 {
                            slot::float(x) $cmp slot::float(y)
                        } else {
                            protect!(self.$slow(*x, *y)?)
                        };
                        cond_jump!(res, $k);
                    }};
                }
                // Order comparison of a register with an immediate; `$flip`:
                // the immediate is the left operand.
                macro_rules! order_imm {
                    ($a:expr, $i:expr, $isf:expr, $k:expr, $cmp:tt, $tm:expr, $flip:expr) => {{
                        let x = rp!($a);
                        let imm = $i as i64;
                        let t = slot::tag(x);
                        let res = if t == TAG_INT {
                            slot::int(x) $cmp imm
                        } else if t == TAG_FLOAT {
                            slot::float(x) $cmp imm as f64
                        } else {
                            let x = *x;
                            let iv = if $isf { Value::Float(imm as f64) } else { Value::Int(imm) };
                            let (p, q) = if $flip { (iv, x) } else { (x, iv) };
                            protect!(self.order_mm(p, q, $tm, false)?)
                        };
                        cond_jump!(res, $k);
                    }};
                }

                loop {
                    if HOOKED && self.trap() & (trap::STEP | trap::INTERRUPT) != 0 {
                        self.hook_instruction(pc.offset_from(code) as usize)?;
                        refresh!();
                    }
                    let op = *pc;
                    pc = pc.add(1);
                    match op {
                        Op::Move { a, b } => slot::copy(rp!(a), rp!(b)),
                        Op::LoadI { a, i } => slot::set_int(rp!(a), i as i64),
                        Op::LoadF { a, i } => slot::set_float(rp!(a), i as f64),
                        Op::LoadK { a, k: kk } => slot::copy(rp!(a), kp!(kk)),
                        Op::LoadFalse { a } => r!(a) = Value::Bool(false),
                        Op::LFalseSkip { a } => {
                            r!(a) = Value::Bool(false);
                            pc = pc.add(1);
                        }
                        Op::LoadTrue { a } => r!(a) = Value::Bool(true),
                        Op::LoadNil { a, n } => {
                            for i in 0..=n as usize {
                                r!(a as usize + i) = Value::Nil;
                            }
                        }
                        Op::GetUpval { a, b } => {
                            let uv = up!(b);
                            // Upvalues are mature (never move) and nothing writes
                            // the state during this read; an open upvalue of the
                            // running thread names a live slot below `stack.len()`.
                            match &*uv.state.as_ptr() {
                                UpState::Closed(v) => slot::copy(rp!(a), v),
                                UpState::Open { thread, idx } if Gc::ptr_eq(*thread, self.thread) => {
                                    slot::copy(rp!(a), self.stack.as_ptr().add(*idx))
                                }
                                _ => r!(a) = self.upval_get(uv),
                            }
                        }
                        Op::SetUpval { a, b } => {
                            let uv = up!(b);
                            // By parts (a whole-Value load of a register just
                            // stored in parts stalls). Upvalues are mature (never
                            // move) and nothing else touches the state during
                            // this write; an open upvalue of the running thread
                            // names a live slot below `stack.len()`.
                            match &mut *uv.state.as_ptr() {
                                UpState::Closed(v) => {
                                    slot::copy(v, rp!(a));
                                    self.barrier_slot(uv.raw(), rp!(a));
                                }
                                UpState::Open { thread, idx } if Gc::ptr_eq(*thread, self.thread) => {
                                    slot::copy(self.stack.as_mut_ptr().add(*idx), rp!(a))
                                }
                                _ => {
                                    let v = r!(a);
                                    self.upval_set(uv, v);
                                }
                            }
                        }
                        Op::GetTabUp { a, up, k: kk } => {
                            let t = self.upval_get(up!(up));
                            let key = kv!(kk);
                            if let (Value::Table(tb), Value::Str(s)) = (t, key) {
                                if get_str_chain(tm_index, tb, s, rp!(a)) {
                                    continue;
                                }
                            }
                            let v = protect!(self.index_from(t, key, Src::Up(up as usize))?);
                            r!(a) = v;
                        }
                        Op::GetTable { a, b, c } => {
                            let (pt, pk) = (rp!(b), rp!(c));
                            if slot::tag(pt) == TAG_TABLE {
                                let tb = slot::gc::<Table>(pt);
                                if slot::tag(pk) == TAG_INT {
                                    let p = tb.array_slot_ref(slot::int(pk));
                                    if !p.is_null() && (slot::tag(p) != TAG_NIL || tb.meta.get().is_none()) {
                                        slot::copy(rp!(a), p);
                                        continue;
                                    }
                                }
                                if let Some(v) = Vm::get_plain(tb, pk) {
                                    *rp!(a) = v;
                                    continue;
                                }
                            }
                            let (t, key) = (*pt, *pk);
                            let v = protect!(self.index_from(t, key, Src::Reg(b as usize))?);
                            r!(a) = v;
                        }
                        Op::GetI { a, b, i } => {
                            if slot::tag(rp!(b)) == TAG_TABLE {
                                let tb = slot::gc::<Table>(rp!(b));
                                let p = Vm::array_read_slot(tb, i as i64);
                                if !p.is_null() {
                                    slot::copy(rp!(a), p);
                                    continue;
                                }
                            }
                            let t = r!(b);
                            if slot::tag(rp!(b)) == TAG_TABLE {
                                let tb = slot::gc::<Table>(rp!(b));
                                let v = tb.get_int(i as i64);
                                if !v.is_nil() || tb.meta.get().is_none() {
                                    r!(a) = v;
                                    continue;
                                }
                            }
                            let v = protect!(self.index_from(t, Value::Int(i as i64), Src::Reg(b as usize))?);
                            r!(a) = v;
                        }
                        Op::GetField { a, b, k: kk } => {
                            let (pt, pk) = (rp!(b), kp!(kk));
                            if slot::tag(pt) == TAG_TABLE
                                && slot::tag(pk) == TAG_STR
                                && get_str_chain(tm_index, slot::gc(pt), slot::gc(pk), rp!(a))
                            {
                                continue;
                            }
                            let (t, key) = (*pt, *pk);
                            let v = protect!(self.index_from(t, key, Src::Reg(b as usize))?);
                            r!(a) = v;
                        }
                        Op::SetTabUp { up, k: kk, v } => {
                            let t = self.upval_get(up!(up));
                            let key = kv!(kk);
                            let val = rk!(v);
                            if let (Value::Table(tb), Value::Str(s)) = (t, key) {
                                if self.store_str(tb, s, val) {
                                    continue;
                                }
                            }
                            protect!(self.set_index_from(t, key, val, Src::Up(up as usize))?);
                        }
                        Op::SetTable { a, b, v } => {
                            if slot::tag(rp!(a)) == TAG_TABLE && slot::tag(rp!(b)) == TAG_INT {
                                let src = rkp!(v);
                                let tb = slot::gc::<Table>(rp!(a));
                                if store_in_array(tb, slot::int(rp!(b)), src) {
                                    self.barrier_slot(tb.raw(), src);
                                    continue;
                                }
                            }
                            let (t, key, val) = (r!(a), r!(b), rk!(v));
                            if let Value::Table(tb) = t {
                                if self.set_plain(tb, key, val) {
                                    continue;
                                }
                            }
                            protect!(self.set_index_from(t, key, val, Src::Reg(a as usize))?);
                        }
                        Op::SetI { a, i, v } => {
                            if slot::tag(rp!(a)) == TAG_TABLE {
                                let src = rkp!(v);
                                let tb = slot::gc::<Table>(rp!(a));
                                if store_in_array(tb, i as i64, src) {
                                    self.barrier_slot(tb.raw(), src);
                                    continue;
                                }
                            }
                            let (t, val) = (r!(a), rk!(v));
                            if let Value::Table(tb) = t {
                                if tb.meta.get().is_none() && tb.set_int(i as i64, val).is_ok() {
                                    self.barrier_value(tb.raw(), val);
                                    continue;
                                }
                            }
                            protect!(self.set_index_from(t, Value::Int(i as i64), val, Src::Reg(a as usize))?);
                        }
                        Op::SetField { a, k: kk, v } => {
                            // Overwriting a present, non-nil field: in place.
                            if slot::tag(rp!(a)) == TAG_TABLE && slot::tag(kp!(kk)) == TAG_STR {
                                let tb = slot::gc::<Table>(rp!(a));
                                let dst = tb.str_slot_mut(&slot::gc::<LuaStr>(kp!(kk)));
                                if !dst.is_null() && (slot::tag(dst) != TAG_NIL || tb.meta.get().is_none()) {
                                    let src = if v >= RK_CONST { kp!(v - RK_CONST) } else { rp!(v) as *const Value };
                                    slot::copy(dst, src);
                                    self.barrier_slot(tb.raw(), src);
                                    continue;
                                }
                            }
                            let (t, key, val) = (r!(a), kv!(kk), rk!(v));
                            if let (Value::Table(tb), Value::Str(s)) = (t, key) {
                                if self.store_str(tb, s, val) {
                                    continue;
                                }
                            }
                            protect!(self.set_index_from(t, key, val, Src::Reg(a as usize))?);
                        }
                        Op::NewTable { a, narr, nhash } => {
                            let t = allocating!(base + a as usize + 1, |vm: &mut Vm| vm
                                .new_table(narr as usize, nhash as usize));
                            r!(a) = Value::Table(t);
                            gc_safepoint!();
                        }
                        Op::SelfOp { a, b, k: kk } => {
                            let obj = r!(b);
                            let key = kv!(kk);
                            slot::copy(rp!(a as usize + 1), rp!(b));
                            if slot::tag(rp!(b)) == TAG_TABLE
                                && slot::tag(kp!(kk)) == TAG_STR
                                && get_str_chain(tm_index, slot::gc(rp!(b)), slot::gc(kp!(kk)), rp!(a))
                            {
                                continue;
                            }
                            let v = protect!(self.index_from(obj, key, Src::Reg(b as usize))?);
                            r!(a) = v;
                        }

                        Op::Add { a, b, c } => arith!(
                            a,
                            rp!(b),
                            rp!(c),
                            Src::Reg(b as usize),
                            Src::Reg(c as usize),
                            ArithOp::Add,
                            i64::wrapping_add,
                            |f: f64, g: f64| f + g
                        ),
                        Op::Sub { a, b, c } => arith!(
                            a,
                            rp!(b),
                            rp!(c),
                            Src::Reg(b as usize),
                            Src::Reg(c as usize),
                            ArithOp::Sub,
                            i64::wrapping_sub,
                            |f: f64, g: f64| f - g
                        ),
                        Op::Mul { a, b, c } => arith!(
                            a,
                            rp!(b),
                            rp!(c),
                            Src::Reg(b as usize),
                            Src::Reg(c as usize),
                            ArithOp::Mul,
                            i64::wrapping_mul,
                            |f: f64, g: f64| f * g
                        ),
                        Op::Mod { a, b, c } => arith_div!(
                            a,
                            rp!(b),
                            rp!(c),
                            Src::Reg(b as usize),
                            Src::Reg(c as usize),
                            ArithOp::Mod,
                            int_mod,
                            float_mod
                        ),
                        Op::Pow { a, b, c } => arith_float!(
                            a,
                            rp!(b),
                            rp!(c),
                            Src::Reg(b as usize),
                            Src::Reg(c as usize),
                            ArithOp::Pow,
                            pow
                        ),
                        Op::Div { a, b, c } => arith_float!(
                            a,
                            rp!(b),
                            rp!(c),
                            Src::Reg(b as usize),
                            Src::Reg(c as usize),
                            ArithOp::Div,
                            |f: f64, g: f64| f / g
                        ),
                        Op::IDiv { a, b, c } => arith_div!(
                            a,
                            rp!(b),
                            rp!(c),
                            Src::Reg(b as usize),
                            Src::Reg(c as usize),
                            ArithOp::IDiv,
                            int_floor_div,
                            float_floor_div
                        ),
                        Op::BAnd { a, b, c } => bitwise!(
                            a,
                            rp!(b),
                            rp!(c),
                            Src::Reg(b as usize),
                            Src::Reg(c as usize),
                            ArithOp::BAnd,
                            |i: i64, j: i64| i & j
                        ),
                        Op::BOr { a, b, c } => bitwise!(
                            a,
                            rp!(b),
                            rp!(c),
                            Src::Reg(b as usize),
                            Src::Reg(c as usize),
                            ArithOp::BOr,
                            |i: i64, j: i64| i | j
                        ),
                        Op::BXor { a, b, c } => bitwise!(
                            a,
                            rp!(b),
                            rp!(c),
                            Src::Reg(b as usize),
                            Src::Reg(c as usize),
                            ArithOp::BXor,
                            |i: i64, j: i64| i ^ j
                        ),
                        Op::Shl { a, b, c } => bitwise!(
                            a,
                            rp!(b),
                            rp!(c),
                            Src::Reg(b as usize),
                            Src::Reg(c as usize),
                            ArithOp::Shl,
                            shift_left
                        ),
                        Op::Shr { a, b, c } => bitwise!(
                            a,
                            rp!(b),
                            rp!(c),
                            Src::Reg(b as usize),
                            Src::Reg(c as usize),
                            ArithOp::Shr,
                            shift_right
                        ),
                        Op::AddK { a, b, k: kk, flip } => arith!(
                            a,
                            rp!(b),
                            kp!(kk),
                            Src::Reg(b as usize),
                            Src::None,
                            ArithOp::Add,
                            i64::wrapping_add,
                            |f: f64, g: f64| f + g,
                            flip
                        ),
                        Op::SubK { a, b, k: kk } => {
                            let k = kp!(kk);
                            arith!(
                                a,
                                rp!(b),
                                k,
                                Src::Reg(b as usize),
                                Src::None,
                                ArithOp::Sub,
                                i64::wrapping_sub,
                                // PUC compiles `x - 0` as `x + 0` (OP_ADDI with the negated constant), so a
                                // float minus the integer constant 0 is `f + 0.0`: -0.0 - 0 gives 0.0.
                                |f: f64, g: f64| if g == 0.0 && slot::tag(k) == TAG_INT { f + g } else { f - g }
                            )
                        }
                        Op::MulK { a, b, k: kk, flip } => arith!(
                            a,
                            rp!(b),
                            kp!(kk),
                            Src::Reg(b as usize),
                            Src::None,
                            ArithOp::Mul,
                            i64::wrapping_mul,
                            |f: f64, g: f64| f * g,
                            flip
                        ),
                        Op::ModK { a, b, k: kk } => arith_div!(
                            a,
                            rp!(b),
                            kp!(kk),
                            Src::Reg(b as usize),
                            Src::None,
                            ArithOp::Mod,
                            int_mod,
                            float_mod
                        ),
                        Op::PowK { a, b, k: kk } => {
                            arith_float!(a, rp!(b), kp!(kk), Src::Reg(b as usize), Src::None, ArithOp::Pow, pow)
                        }
                        Op::DivK { a, b, k: kk } => arith_float!(
                            a,
                            rp!(b),
                            kp!(kk),
                            Src::Reg(b as usize),
                            Src::None,
                            ArithOp::Div,
                            |f: f64, g: f64| f / g
                        ),
                        Op::IDivK { a, b, k: kk } => arith_div!(
                            a,
                            rp!(b),
                            kp!(kk),
                            Src::Reg(b as usize),
                            Src::None,
                            ArithOp::IDiv,
                            int_floor_div,
                            float_floor_div
                        ),
                        Op::BAndK { a, b, k: kk } => bitwise!(
                            a,
                            rp!(b),
                            kp!(kk),
                            Src::Reg(b as usize),
                            Src::None,
                            ArithOp::BAnd,
                            |i: i64, j: i64| i & j
                        ),
                        Op::BOrK { a, b, k: kk } => bitwise!(
                            a,
                            rp!(b),
                            kp!(kk),
                            Src::Reg(b as usize),
                            Src::None,
                            ArithOp::BOr,
                            |i: i64, j: i64| i | j
                        ),
                        Op::BXorK { a, b, k: kk } => bitwise!(
                            a,
                            rp!(b),
                            kp!(kk),
                            Src::Reg(b as usize),
                            Src::None,
                            ArithOp::BXor,
                            |i: i64, j: i64| i ^ j
                        ),
                        Op::AddI { a, b, i } => {
                            let x = rp!(b);
                            let t = slot::tag(x);
                            if t == TAG_INT {
                                slot::set_int(rp!(a), slot::int(x).wrapping_add(i as i64));
                            } else if t == TAG_FLOAT {
                                slot::set_float(rp!(a), slot::float(x) + i as f64);
                            } else {
                                let v = protect!(self.arith_from(
                                    ArithOp::Add,
                                    *x,
                                    Value::Int(i as i64),
                                    Src::Reg(b as usize),
                                    Src::None
                                )?);
                                *rp!(a) = v;
                            }
                        }
                        Op::ShrI { a, b, i } => {
                            let imm = Value::Int(i as i64);
                            bitwise!(
                                a,
                                rp!(b),
                                &imm as *const Value,
                                Src::Reg(b as usize),
                                Src::None,
                                ArithOp::Shr,
                                shift_right
                            )
                        }
                        Op::ShlI { a, b, i } => {
                            let imm = Value::Int(i as i64);
                            bitwise!(
                                a,
                                &imm as *const Value,
                                rp!(b),
                                Src::None,
                                Src::Reg(b as usize),
                                ArithOp::Shl,
                                shift_left
                            )
                        }
                        Op::Unm { a, b } => {
                            let x = r!(b);
                            let v = match x {
                                Value::Int(i) => Value::Int(i.wrapping_neg()),
                                Value::Float(f) => Value::Float(-f),
                                _ => protect!(self.arith_from(
                                    ArithOp::Unm,
                                    x,
                                    x,
                                    Src::Reg(b as usize),
                                    Src::Reg(b as usize)
                                )?),
                            };
                            r!(a) = v;
                        }
                        Op::BNot { a, b } => {
                            let x = r!(b);
                            let v = match x {
                                Value::Int(i) => Value::Int(!i),
                                _ => protect!(self.arith_from(
                                    ArithOp::BNot,
                                    x,
                                    x,
                                    Src::Reg(b as usize),
                                    Src::Reg(b as usize)
                                )?),
                            };
                            r!(a) = v;
                        }
                        Op::Not { a, b } => r!(a) = Value::Bool(!r!(b).truthy()),
                        Op::Len { a, b } => {
                            let x = r!(b);
                            let v = match Vm::len_plain(x) {
                                Some(n) => n,
                                None => protect!(self.len_from(x, Src::Reg(b as usize))?),
                            };
                            r!(a) = v;
                        }
                        Op::Concat { a, n } => {
                            allocating!(base + (a + n) as usize, |vm: &mut Vm| vm
                                .concat_slots(base + a as usize, n as usize))?;
                            gc_safepoint!();
                        }

                        Op::Close { a } => {
                            protect_hot!(self.close_level(base + a as usize)?);
                        }
                        Op::Tbc { a } => {
                            protect!(self.mark_tbc(base + a as usize)?);
                        }
                        Op::Jmp { to } => {
                            pc = code.add(to as usize);
                            backedge!();
                        }
                        Op::Eq { a, b, k: kf } => {
                            let (x, y) = (r!(a), r!(b));
                            let res = x.raw_eq(&y) || (eq_needs_equals(x, y) && protect!(self.equals(x, y)?));
                            cond_jump!(res, kf);
                        }
                        Op::Lt { a, b, k: kf } => order!(rp!(a), rp!(b), kf, <, less_than),
                        Op::Le { a, b, k: kf } => order!(rp!(a), rp!(b), kf, <=, less_equal),
                        Op::EqK { a, kc, k: kf } => {
                            let (x, y) = (r!(a), kv!(kc));
                            let res = x.raw_eq(&y) || (eq_needs_equals(x, y) && protect!(self.equals(x, y)?));
                            cond_jump!(res, kf);
                        }
                        Op::EqI { a, i, k: kf } => {
                            let x = rp!(a);
                            let res = match slot::tag(x) {
                                TAG_INT => slot::int(x) == i as i64,
                                TAG_FLOAT => slot::float(x) == i as f64,
                                _ if eq_needs_equals(*x, Value::Int(i as i64)) => {
                                    protect!(self.equals(*x, Value::Int(i as i64))?)
                                }
                                _ => false,
                            };
                            cond_jump!(res, kf);
                        }
                        Op::LtI { a, i, k: kf, isf } => order_imm!(a, i, isf, kf, <, Tm::Lt, false),
                        Op::LeI { a, i, k: kf, isf } => order_imm!(a, i, isf, kf, <=, Tm::Le, false),
                        Op::GtI { a, i, k: kf, isf } => order_imm!(a, i, isf, kf, >, Tm::Lt, true),
                        Op::GeI { a, i, k: kf, isf } => order_imm!(a, i, isf, kf, >=, Tm::Le, true),
                        Op::Test { a, k: kf } => {
                            let t = slot::tag(rp!(a));
                            let truthy = t > TAG_BOOL || (t == TAG_BOOL && (*rp!(a)).truthy());
                            cond_jump!(truthy, kf)
                        }
                        Op::TestSet { a, b, k: kf } => {
                            let v = r!(b);
                            if v.truthy() != kf {
                                pc = pc.add(1);
                            } else {
                                r!(a) = v;
                                cond_jump!(true, true);
                            }
                        }

                        Op::Call { a, b, c } => {
                            let func = base + a as usize;
                            if b != 0 {
                                self.top = func + b as usize;
                            }
                            savepc!();
                            if slot::tag(self.stack.as_ptr().add(func)) == TAG_LUAFN {
                                let callee: Gc<LuaClosure> = slot::gc(self.stack.as_ptr().add(func));
                                self.push_lua_frame(func, callee.proto(), c as i32 - 1, false)?;
                                continue 'newframe;
                            }
                            if slot::tag(self.stack.as_ptr().add(func)) == TAG_NATIVEFN {
                                // A builtin's fast path (fast.rs), where the call wants one result.
                                if c == 2 && b != 0 && self.trap() & trap::HOOKS == 0 {
                                    let nf: Gc<NativeClosure> = slot::gc(self.stack.as_ptr().add(func));
                                    if let Some(fast) = nf.fast {
                                        if self.call_fast(fast, func, b as usize - 1) {
                                            // As a return with fixed results leaves it.
                                            self.top = self.frames.last().unwrap_unchecked().top;
                                            refresh!();
                                            gc_safepoint!();
                                            continue;
                                        }
                                    }
                                }
                                after_call!(self.call_native(func, c as i32 - 1)?);
                            }
                            after_call!(self.precall(func, c as i32 - 1)?);
                        }
                        Op::TailCall { a, b } => {
                            let func = base + a as usize;
                            if b != 0 {
                                self.top = func + b as usize;
                            }
                            savepc!();
                            after_call!(self.tail_call(func)?);
                        }
                        Op::Return { a, b } => {
                            let first = base + a as usize;
                            let n = if b == 0 { self.top - first } else { b as usize - 1 };
                            savepc!();
                            after_call!(frame_return!(first, n)?);
                        }
                        Op::Return0 => {
                            savepc!();
                            after_call!(frame_return!(base, 0)?);
                        }
                        Op::Return1 { a } => {
                            savepc!();
                            after_call!(frame_return!(base + a as usize, 1)?);
                        }

                        Op::ForPrep { a, exit } => {
                            if let (Value::Int(init), Value::Int(limit), Value::Int(step)) =
                                (r!(a), r!(a as usize + 1), r!(a as usize + 2))
                            {
                                if step != 0 {
                                    match for_prep_int(init, limit, step) {
                                        None => pc = code.add(exit as usize),
                                        Some(count) => {
                                            r!(a as usize + 1) = Value::Int(count);
                                            r!(a as usize + 3) = Value::Int(init);
                                        }
                                    }
                                    continue;
                                }
                            }
                            if protect!(self.for_prep(base + a as usize)?) {
                                pc = code.add(exit as usize);
                            }
                        }
                        Op::ForLoop { a, body } => {
                            let ra = rp!(a);
                            let step = ra.add(2);
                            // ForPrep left R[a..a+3] all integers (index, count,
                            // step) or all floats (index, limit, step). Compiled
                            // code never writes them, but `debug.setlocal`, a
                            // captured register or a crafted chunk could: the
                            // payloads are read and written only while all three
                            // tags are still those (otherwise the loop ends).
                            let tags = loop_state_tags(ra);
                            if tags == LOOP_STATE_INT {
                                let count = slot::int(ra.add(1));
                                if count != 0 {
                                    let idx = slot::int(ra).wrapping_add(slot::int(step));
                                    slot::set_int_payload(ra.add(1), count.wrapping_sub(1));
                                    slot::set_int_payload(ra, idx);
                                    slot::set_int(ra.add(3), idx);
                                    pc = code.add(body as usize);
                                    backedge!();
                                }
                            } else if tags == LOOP_STATE_FLOAT {
                                let (step, limit) = (slot::float(step), slot::float(ra.add(1)));
                                let idx = slot::float(ra) + step;
                                if if step > 0.0 { idx <= limit } else { limit <= idx } {
                                    slot::set_float(ra, idx);
                                    slot::set_float(ra.add(3), idx);
                                    pc = code.add(body as usize);
                                    backedge!();
                                }
                            }
                        }
                        Op::TForPrep { a, call } => {
                            if r!(a as usize + 3).truthy() {
                                protect!(self.mark_tbc(base + a as usize + 3)?);
                            }
                            pc = code.add(call as usize);
                        }
                        Op::TForCall { a, c } => {
                            savepc!();
                            after_call!(self.tfor_call(base + a as usize, c as i32)?);
                        }
                        Op::TForLoop { a, body } => {
                            if slot::tag(rp!(a as usize + 4)) != TAG_NIL {
                                slot::copy(rp!(a as usize + 2), rp!(a as usize + 4));
                                pc = code.add(body as usize);
                                backedge!();
                            }
                        }

                        Op::SetList { a, n, start } => {
                            protect_hot!(self.set_list(base + a as usize, n as usize, start as i64)?);
                        }
                        Op::Closure { a, p } => {
                            let v = allocating!(base + a as usize + 1, |vm: &mut Vm| vm.make_closure(p as usize));
                            r!(a) = v;
                            gc_safepoint!();
                        }
                        Op::VarArg { a, c } => {
                            protect_hot!(self.vararg(base + a as usize, c as usize)?);
                        }
                        Op::VarArgPrep { .. } => {}
                    }
                }
            }
        }
    }
}

/// The tags of a numeric loop's three state registers at `ra`, in one word.
///
/// # Safety
/// `ra`, `ra + 1` and `ra + 2` point to valid values.
#[inline(always)]
unsafe fn loop_state_tags(ra: *const Value) -> u32 {
    // SAFETY: the caller's.
    unsafe { slot::tag(ra) as u32 | (slot::tag(ra.add(1)) as u32) << 8 | (slot::tag(ra.add(2)) as u32) << 16 }
}
const LOOP_STATE_INT: u32 = TAG_INT as u32 * 0x01_01_01;
const LOOP_STATE_FLOAT: u32 = TAG_FLOAT as u32 * 0x01_01_01;

/// The first instruction of `p`.
///
/// # Safety
/// `p` points to a live proto.
#[inline(always)]
unsafe fn code_of(p: *const Proto) -> *const Op {
    // SAFETY: the caller's.
    unsafe { (*p).code.as_ptr() }
}

/// `dst = t[s]` for a string key through `__index` tables (no `__index`
/// function): false, leaving `dst` alone, when a function handler or a long
/// chain needs the general path. Values are copied by parts (see `slot`).
///
/// # Safety
/// `dst` is valid for writes of a `Value`.
#[inline(always)]
unsafe fn get_str_chain(tm_index: Gc<LuaStr>, t: Gc<Table>, s: Gc<LuaStr>, dst: *mut Value) -> bool {
    let mut tb = t;
    for _ in 0..crate::rt::INDEX_CHAIN {
        let p = tb.str_slot(&s);
        // SAFETY: a non-null slot points to a live value of the table; `dst` is
        // the caller's.
        unsafe {
            if !p.is_null() && slot::tag(p) != TAG_NIL {
                slot::copy(dst, p);
                return true;
            }
            let Some(mt) = tb.meta.get() else {
                *dst = Value::Nil;
                return true;
            };
            let m = mt.str_slot(&tm_index);
            if m.is_null() || slot::tag(m) == TAG_NIL {
                *dst = Value::Nil;
                return true;
            }
            if slot::tag(m) != TAG_TABLE {
                return false;
            }
            tb = slot::gc(m);
        }
    }
    false
}
