//! Code for each instruction: its inline fast path, and its slow path as a call to the interpreter's helper
//! through the `kiln_rt_*` shims (rt.rs), so the two tiers share every rule that is not a fast path.

use super::divide::Magic;
use super::emit::{konst, reg, Emitter, READY_OFFSET, SCRATCH0, SCRATCH1, ST_EXIT, ST_FALSE, ST_NEWFRAME, ST_TRUE};
use super::ConstKind;
use crate::numeric;
use dynasmrt::{dynasm, DynamicLabel, DynasmApi, DynasmLabelApi};
use kiln_interp::bytecode::{Op, RK_CONST};
use kiln_interp::hook::trap;
use kiln_interp::layout::value::{
    TAG_BOOL, TAG_FLOAT, TAG_INT, TAG_LIGHTUSERDATA, TAG_LUAFN, TAG_NATIVEFN, TAG_NIL, TAG_STR, TAG_TABLE, TAG_THREAD,
    TAG_USERDATA,
};
use kiln_interp::layout::{call, closure, frame, gc, native, proto, table, thread, upval, vm};
use kiln_interp::object::NativeFn;
use kiln_interp::rt::{self, SRC_NONE};
use kiln_interp::stdlib;

/// Where a value lives: a base register (`r12` registers, `r13` constants, `rsp` scratch) and an offset.
#[derive(Clone, Copy, Debug)]
pub struct Loc {
    base: u8,
    off: i32,
}

const R12: u8 = 12;
const R13: u8 = 13;
const RSP: u8 = 4;

fn r(x: impl Into<u32>) -> Loc {
    Loc { base: R12, off: reg(x) }
}
fn k(x: impl Into<u32>) -> Loc {
    Loc { base: R13, off: konst(x) }
}
fn scratch0() -> Loc {
    Loc { base: RSP, off: SCRATCH0 }
}
fn scratch1() -> Loc {
    Loc { base: RSP, off: SCRATCH1 }
}
/// What the compiler knows about the value `RK(v)` about to be stored: a register may hold anything, a
/// constant's kind is known, so a store of `true` needs no nil check and no barrier.
#[derive(Clone, Copy)]
struct StoreFacts {
    may_be_nil: bool,
    may_be_collectable: bool,
}

impl StoreFacts {
    fn of(e: &Emitter, v: u16) -> StoreFacts {
        if v < RK_CONST {
            return StoreFacts { may_be_nil: true, may_be_collectable: true };
        }
        let kind = e.const_kind(v - RK_CONST);
        StoreFacts {
            may_be_nil: matches!(kind, ConstKind::Nil | ConstKind::Other),
            may_be_collectable: matches!(kind, ConstKind::Str(_) | ConstKind::Other),
        }
    }
}

/// `RK(v)`: a register below `RK_CONST`, else a constant.
fn rk(v: u16) -> Loc {
    if v >= RK_CONST {
        k(v - RK_CONST)
    } else {
        r(v)
    }
}

/// `ArithOp` numbers of `kiln_rt_arith` (`rt::ARITH_OPS`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u32)]
enum Arith {
    Add = 0,
    Sub = 1,
    Mul = 2,
    Mod = 3,
    Pow = 4,
    Div = 5,
    IDiv = 6,
    BAnd = 7,
    BOr = 8,
    BXor = 9,
    Shl = 10,
    Shr = 11,
    Unm = 12,
    BNot = 13,
}

/// An arithmetic operand: a value somewhere, what is known of it statically, and how errors name it.
#[derive(Clone, Copy, Debug)]
struct Operand {
    kind: OperandKind,
    /// `src` for the slow path's messages (`SRC_NONE`, a register, `SRC_UP | i`).
    src: u32,
}

#[derive(Clone, Copy, Debug)]
enum OperandKind {
    /// A register: its type is known only at run time.
    Reg(u32),
    /// A numeric constant: `K[i]` with its value.
    Const(u32, ConstKind),
    /// An integer immediate of the instruction.
    Imm(i64),
}

fn reg_operand(x: impl Into<u32>) -> Operand {
    let x = x.into();
    Operand { kind: OperandKind::Reg(x), src: x }
}

impl<'a> Emitter<'a> {
    fn const_kind(&self, i: impl Into<u32>) -> ConstKind {
        self.img.consts.get(i.into() as usize).copied().unwrap_or(ConstKind::Other)
    }

    fn const_operand(&self, i: impl Into<u32>) -> Operand {
        let i = i.into();
        Operand { kind: OperandKind::Const(i, self.const_kind(i)), src: SRC_NONE }
    }

    // ------------------------------------------------------------ values

    /// Copy a value. Every whole-value copy loads the tag as a byte: tags are often stored as one (`set_tag`,
    /// the interpreter's `value::slot`), and a wider load of a narrower, recent store waits for the store to
    /// retire instead of taking its data (a store-forwarding stall, about a dozen cycles on every return).
    /// The store writes the whole tag word.
    fn copy(&mut self, dst: Loc, src: Loc) {
        dynasm!(self.ops
            ; movzx eax, BYTE [Rq(src.base) + src.off]
            ; mov rcx, [Rq(src.base) + src.off + 8]
            ; mov [Rq(dst.base) + dst.off], rax
            ; mov [Rq(dst.base) + dst.off + 8], rcx
        );
    }

    fn set_tag(&mut self, dst: Loc, tag: u8) {
        dynasm!(self.ops ; mov BYTE [Rq(dst.base) + dst.off], tag as i8);
    }

    fn set_int(&mut self, dst: Loc, i: i64) {
        self.set_tag(dst, TAG_INT);
        if let Ok(i) = i32::try_from(i) {
            dynasm!(self.ops ; mov QWORD [Rq(dst.base) + dst.off + 8], i);
        } else {
            dynasm!(self.ops ; mov rax, QWORD i ; mov [Rq(dst.base) + dst.off + 8], rax);
        }
    }

    fn set_float_bits(&mut self, dst: Loc, bits: u64) {
        self.set_tag(dst, TAG_FLOAT);
        dynasm!(self.ops ; mov rax, QWORD bits as i64 ; mov [Rq(dst.base) + dst.off + 8], rax);
    }

    fn set_bool(&mut self, dst: Loc, b: bool) {
        self.set_tag(dst, TAG_BOOL);
        dynasm!(self.ops ; mov BYTE [Rq(dst.base) + dst.off + 8], b as i8);
    }

    /// `rdi..`: the address of `loc` into the 64-bit register `to`.
    fn addr(&mut self, to: u8, loc: Loc) {
        dynasm!(self.ops ; lea Rq(to), [Rq(loc.base) + loc.off]);
    }

    /// The address of an operand as a value: an immediate is first written to the scratch value `at`.
    fn operand_addr(&mut self, to: u8, o: Operand, at: Loc) {
        match o.kind {
            OperandKind::Reg(x) => self.addr(to, r(x)),
            OperandKind::Const(i, _) => self.addr(to, k(i)),
            OperandKind::Imm(i) => {
                self.set_int(at, i);
                self.addr(to, at);
            }
        }
    }

    /// Jump to `t` when the value at `loc` is truthy, else to `f`.
    fn branch_truthy(&mut self, loc: Loc, t: DynamicLabel, f: DynamicLabel) {
        dynasm!(self.ops
            ; movzx eax, BYTE [Rq(loc.base) + loc.off]
            ; cmp eax, TAG_BOOL as i32
            ; ja =>t
            ; jb =>f
            ; cmp BYTE [Rq(loc.base) + loc.off + 8], 0
            ; jne =>t
            ; jmp =>f
        );
    }

    // ------------------------------------------------------------ helper calls

    /// Call a shim whose only outcomes are `Continue` or leaving compiled code (the pc already saved).
    fn helper(&mut self, addr: usize) {
        self.call_vm(addr);
        self.check_continue();
    }

    /// The safe point after an allocating instruction: due finalizers run (the interpreter's `gc_safepoint!`).
    fn gc_safepoint(&mut self, pc: usize) {
        let next = self.label(pc + 1);
        let slow = self.stub(move |e| {
            e.savepc(pc + 1);
            e.call_vm(rt::kiln_rt_gc_safepoint as *const () as usize);
            e.check_continue();
            dynasm!(e.ops ; jmp =>next);
        });
        dynasm!(self.ops
            ; test BYTE [rbx + vm::TRAP as i32], trap::FINALIZE as i8
            ; jnz =>slow
        );
    }

    /// After a call shim: `Continue` (a native ran to completion) goes on here unless the trap is set, in
    /// which case the runloop takes the frame at its saved pc (as after any call in the interpreter).
    fn after_call(&mut self) {
        dynasm!(self.ops
            ; test eax, eax
            ; jz >done
            ; cmp eax, ST_NEWFRAME
            ; je ->continue_top
            ; jmp ->exit
            ; done:
            ; cmp BYTE [rbx + vm::TRAP as i32], 0
            ; jne ->exit_newframe
        );
        self.reload_base();
    }

    /// A test's outcome from a comparison shim (`True`/`False`, anything else leaves): branch to `t` or `f`.
    fn branch_on_status(&mut self, t: DynamicLabel, f: DynamicLabel) {
        dynasm!(self.ops
            ; cmp eax, ST_TRUE
            ; je >ok
            ; cmp eax, ST_FALSE
            ; jne ->exit
            ; ok:
            ; mov ecx, eax
        );
        self.reload_base();
        dynasm!(self.ops
            ; cmp ecx, ST_TRUE
            ; je =>t
            ; jmp =>f
        );
    }

    /// `kiln_rt_compare(which, x, y)` for instruction `pc`, then branch.
    fn compare_slow(&mut self, pc: usize, which: u32, x: Loc, y: Loc, t: DynamicLabel, f: DynamicLabel) {
        self.savepc(pc + 1);
        self.addr(2, x); // rdx
        self.addr(1, y); // rcx
        dynasm!(self.ops ; mov esi, which as i32);
        self.call_vm(rt::kiln_rt_compare as *const () as usize);
        self.branch_on_status(t, f);
    }

    /// Labels for a test at `pc` with sense `k` (the next instruction is its `Jmp`): where to go when the
    /// condition holds and when it does not.
    fn test_targets(&mut self, pc: usize, k: bool) -> (DynamicLabel, DynamicLabel) {
        let Some(Op::Jmp { to }) = self.img.code.get(pc + 1).copied() else {
            // Verified code always has the jump; without it, the interpreter decides.
            let l = self.label(self.img.code.len());
            return (l, l);
        };
        let taken = self.jump_label(pc + 1, to as usize);
        let skip = self.label((pc + 2).min(self.img.code.len()));
        if k {
            (taken, skip)
        } else {
            (skip, taken)
        }
    }
}

/// Emit instruction `pc`.
pub fn instruction(e: &mut Emitter, pc: usize) {
    let op = e.img.code[pc];
    match op {
        Op::Move { a, b } => e.copy(r(a), r(b)),
        Op::LoadI { a, i } => e.set_int(r(a), i as i64),
        Op::LoadF { a, i } => e.set_float_bits(r(a), (i as f64).to_bits()),
        Op::LoadK { a, k: kk } => e.copy(r(a), k(kk)),
        Op::LoadFalse { a } => e.set_bool(r(a), false),
        Op::LFalseSkip { a } => {
            e.set_bool(r(a), false);
            let l = e.label((pc + 2).min(e.img.code.len()));
            dynasm!(e.ops ; jmp =>l);
        }
        Op::LoadTrue { a } => e.set_bool(r(a), true),
        Op::LoadNil { a, n } => {
            for i in 0..=n as u32 {
                e.set_tag(r(a as u32 + i), TAG_NIL);
            }
        }
        Op::GetUpval { a, b } => get_upval(e, a, b),
        Op::SetUpval { a, b } => set_upval(e, pc, a, b),
        Op::GetTabUp { a, up, k: kk } => get_tab_up(e, pc, a, up, kk),
        Op::GetTable { a, b, c } => get_int(e, pc, a, b, IntKey::Reg(c)),
        Op::GetI { a, b, i } => get_int(e, pc, a, b, IntKey::Imm(i as i64)),
        Op::GetField { a, b, k: kk } => get_field(e, pc, a, b, kk, false),
        Op::SetTabUp { up, k: kk, v } => set_tab_up(e, pc, up, kk, v),
        Op::SetTable { a, b, v } => set_int(e, pc, a, IntKey::Reg(b), v),
        Op::SetI { a, i, v } => set_int(e, pc, a, IntKey::Imm(i as i64), v),
        Op::SetField { a, k: kk, v } => set_field(e, pc, a, kk, v),
        Op::NewTable { a, narr, nhash } => {
            e.savepc(pc + 1);
            dynasm!(e.ops ; mov esi, a as i32 ; mov edx, narr as i32 ; mov ecx, nhash as i32);
            e.helper(rt::kiln_rt_new_table as *const () as usize);
            e.gc_safepoint(pc);
        }
        Op::SelfOp { a, b, k: kk } => {
            e.copy(r(a as u32 + 1), r(b));
            get_field(e, pc, a, b, kk, true)
        }

        Op::Add { a, b, c } => arith(e, pc, Arith::Add, a, reg_operand(b), reg_operand(c)),
        Op::Sub { a, b, c } => arith(e, pc, Arith::Sub, a, reg_operand(b), reg_operand(c)),
        Op::Mul { a, b, c } => arith(e, pc, Arith::Mul, a, reg_operand(b), reg_operand(c)),
        Op::Mod { a, b, c } => arith(e, pc, Arith::Mod, a, reg_operand(b), reg_operand(c)),
        Op::Pow { a, b, c } => arith(e, pc, Arith::Pow, a, reg_operand(b), reg_operand(c)),
        Op::Div { a, b, c } => arith(e, pc, Arith::Div, a, reg_operand(b), reg_operand(c)),
        Op::IDiv { a, b, c } => arith(e, pc, Arith::IDiv, a, reg_operand(b), reg_operand(c)),
        Op::BAnd { a, b, c } => arith(e, pc, Arith::BAnd, a, reg_operand(b), reg_operand(c)),
        Op::BOr { a, b, c } => arith(e, pc, Arith::BOr, a, reg_operand(b), reg_operand(c)),
        Op::BXor { a, b, c } => arith(e, pc, Arith::BXor, a, reg_operand(b), reg_operand(c)),
        Op::Shl { a, b, c } => arith(e, pc, Arith::Shl, a, reg_operand(b), reg_operand(c)),
        Op::Shr { a, b, c } => arith(e, pc, Arith::Shr, a, reg_operand(b), reg_operand(c)),
        Op::AddK { a, b, k: kk, flip } => arith_k(e, pc, Arith::Add, a, b, kk, flip),
        Op::SubK { a, b, k: kk } => arith_k(e, pc, Arith::Sub, a, b, kk, false),
        Op::MulK { a, b, k: kk, flip } => arith_k(e, pc, Arith::Mul, a, b, kk, flip),
        Op::ModK { a, b, k: kk } => arith_k(e, pc, Arith::Mod, a, b, kk, false),
        Op::PowK { a, b, k: kk } => arith_k(e, pc, Arith::Pow, a, b, kk, false),
        Op::DivK { a, b, k: kk } => arith_k(e, pc, Arith::Div, a, b, kk, false),
        Op::IDivK { a, b, k: kk } => arith_k(e, pc, Arith::IDiv, a, b, kk, false),
        Op::BAndK { a, b, k: kk } => arith_k(e, pc, Arith::BAnd, a, b, kk, false),
        Op::BOrK { a, b, k: kk } => arith_k(e, pc, Arith::BOr, a, b, kk, false),
        Op::BXorK { a, b, k: kk } => arith_k(e, pc, Arith::BXor, a, b, kk, false),
        Op::AddI { a, b, i } => {
            let imm = Operand { kind: OperandKind::Imm(i as i64), src: SRC_NONE };
            arith(e, pc, Arith::Add, a, reg_operand(b), imm)
        }
        Op::ShrI { a, b, i } => {
            let imm = Operand { kind: OperandKind::Imm(i as i64), src: SRC_NONE };
            arith(e, pc, Arith::Shr, a, reg_operand(b), imm)
        }
        Op::ShlI { a, b, i } => {
            let imm = Operand { kind: OperandKind::Imm(i as i64), src: SRC_NONE };
            arith(e, pc, Arith::Shl, a, imm, reg_operand(b))
        }
        Op::Unm { a, b } => unary(e, pc, Arith::Unm, a, b),
        Op::BNot { a, b } => unary(e, pc, Arith::BNot, a, b),
        Op::Not { a, b } => {
            let (t, f) = (e.ops.new_dynamic_label(), e.ops.new_dynamic_label());
            let done = e.ops.new_dynamic_label();
            e.branch_truthy(r(b), t, f);
            dynasm!(e.ops ; =>t);
            e.set_bool(r(a), false);
            dynasm!(e.ops ; jmp =>done ; =>f);
            e.set_bool(r(a), true);
            dynasm!(e.ops ; =>done);
        }
        Op::Len { a, b } => len(e, pc, a, b),
        Op::Concat { a, n } => {
            e.savepc(pc + 1);
            dynasm!(e.ops ; mov esi, a as i32 ; mov edx, n as i32);
            e.helper(rt::kiln_rt_concat as *const () as usize);
            e.gc_safepoint(pc);
        }

        Op::Close { a } => {
            e.savepc(pc + 1);
            dynasm!(e.ops ; mov esi, a as i32);
            e.helper(rt::kiln_rt_close as *const () as usize);
        }
        Op::Tbc { a } => {
            e.savepc(pc + 1);
            dynasm!(e.ops ; mov esi, a as i32);
            e.helper(rt::kiln_rt_tbc as *const () as usize);
        }
        Op::Jmp { to } => e.goto(pc, to as usize),
        Op::Eq { a, b, k: kf } => eq(e, pc, a, b, kf),
        Op::Lt { a, b, k: kf } => order(e, pc, a, b, kf, false),
        Op::Le { a, b, k: kf } => order(e, pc, a, b, kf, true),
        Op::EqK { a, kc, k: kf } => eq_k(e, pc, a, kc, kf),
        Op::EqI { a, i, k: kf } => eq_i(e, pc, a, i as i64, kf),
        Op::LtI { a, i, k: kf, isf } => order_imm(e, pc, a, i as i64, kf, isf, Cmp::Lt),
        Op::LeI { a, i, k: kf, isf } => order_imm(e, pc, a, i as i64, kf, isf, Cmp::Le),
        Op::GtI { a, i, k: kf, isf } => order_imm(e, pc, a, i as i64, kf, isf, Cmp::Gt),
        Op::GeI { a, i, k: kf, isf } => order_imm(e, pc, a, i as i64, kf, isf, Cmp::Ge),
        Op::Test { a, k: kf } => {
            let (t, f) = e.test_targets(pc, kf);
            e.branch_truthy(r(a), t, f);
        }
        Op::TestSet { a, b, k: kf } => {
            // The condition equals `k`: copy, then take the jump; otherwise skip it.
            let (taken, skip) = e.test_targets(pc, true);
            let copy = e.stub(move |e| {
                e.copy(r(a), r(b));
                dynasm!(e.ops ; jmp =>taken);
            });
            let (t, f) = if kf { (copy, skip) } else { (skip, copy) };
            e.branch_truthy(r(b), t, f);
        }

        Op::Call { a, b, c } => {
            e.savepc(pc + 1);
            let slow = e.ops.new_dynamic_label();
            // Where an inline return from the callee comes back: the caller's registers again, then on.
            let next = e.label(pc + 1);
            let resume = e.stub(move |e| {
                e.pin_caller_registers();
                dynasm!(e.ops ; jmp =>next);
            });
            inline_call(e, a, b, c, slow, resume);
            dynasm!(e.ops ; =>slow);
            if b != 0 && c == 2 {
                fast_call(e, a, b, next);
            }
            dynasm!(e.ops ; mov esi, a as i32 ; mov edx, b as i32 ; mov ecx, c as i32);
            e.call_vm(rt::kiln_rt_call as *const () as usize);
            e.after_call();
        }
        Op::TailCall { a, b } => {
            e.savepc(pc + 1);
            let slow = e.ops.new_dynamic_label();
            if b <= TAIL_CALL_INLINE_VALUES && !e.img.may_close {
                inline_tail_call(e, a, b, slow);
            }
            dynasm!(e.ops ; =>slow ; mov esi, a as i32 ; mov edx, b as i32);
            e.call_vm(rt::kiln_rt_tail_call as *const () as usize);
            e.after_frame_change();
        }
        Op::Return { a, b } => ret(e, pc, a as u32, b as u32),
        Op::Return0 => ret(e, pc, 0, 1),
        Op::Return1 { a } => ret(e, pc, a as u32, 2),

        Op::ForPrep { a, exit } => for_prep(e, pc, a as u32, exit as usize),
        Op::ForLoop { a, body } => for_loop(e, pc, a as u32, body as usize),
        Op::TForPrep { a, call } => {
            let (close, go) = (e.ops.new_dynamic_label(), e.label(call as usize));
            e.branch_truthy(r(a as u32 + 3), close, go);
            dynasm!(e.ops ; =>close);
            e.savepc(pc + 1);
            dynasm!(e.ops ; mov esi, a as i32 + 3);
            e.helper(rt::kiln_rt_tbc as *const () as usize);
            dynasm!(e.ops ; jmp =>go);
        }
        Op::TForCall { a, c } => tfor_call(e, pc, a, c),
        Op::TForLoop { a, body } => {
            let next = e.label(pc + 1);
            let ctl = r(a as u32 + 4);
            dynasm!(e.ops ; cmp BYTE [r12 + ctl.off], TAG_NIL as i8 ; je =>next);
            e.copy(r(a as u32 + 2), ctl);
            e.goto(pc, body as usize);
        }

        Op::SetList { a, n, start } => {
            e.savepc(pc + 1);
            dynasm!(e.ops ; mov esi, a as i32 ; mov edx, n as i32 ; mov ecx, start as i32);
            e.helper(rt::kiln_rt_set_list as *const () as usize);
        }
        Op::Closure { a, p } => {
            e.savepc(pc + 1);
            dynasm!(e.ops ; mov esi, a as i32 ; mov edx, p as i32);
            e.helper(rt::kiln_rt_closure as *const () as usize);
            e.gc_safepoint(pc);
        }
        Op::VarArg { a, c } => {
            e.savepc(pc + 1);
            dynasm!(e.ops ; mov esi, a as i32 ; mov edx, c as i32);
            e.helper(rt::kiln_rt_vararg as *const () as usize);
        }
        Op::VarArgPrep { .. } => {}
    }
}

// ---------------------------------------------------------------- tables

/// An integer key: a register (checked to hold an integer) or an immediate.
#[derive(Clone, Copy)]
enum IntKey {
    Reg(u8),
    Imm(i64),
}

impl IntKey {
    /// The key as a value for the helper (an immediate is written to scratch 1).
    fn loc(self, e: &mut Emitter) -> Loc {
        match self {
            IntKey::Reg(c) => r(c),
            IntKey::Imm(i) => {
                e.set_int(scratch1(), i);
                scratch1()
            }
        }
    }
}

const TV: i32 = gc::VALUE as i32;

/// `rdx` = the table in `R[x]`, or jump to `otherwise`.
fn load_table(e: &mut Emitter, x: impl Into<u32>, otherwise: DynamicLabel) {
    let rx = reg(x);
    dynasm!(e.ops
        ; cmp BYTE [r12 + rx], TAG_TABLE as i8
        ; jne =>otherwise
        ; mov rdx, [r12 + rx + 8]
    );
}

/// With the table in `rdx` and an integer key: `rcx` = its array slot and `r9` = the slot's index, or jump
/// to `not_int` for a register that is not an integer and to `beyond` for a key outside the array part
/// (with the key minus one in `rcx`).
fn array_slot(e: &mut Emitter, key: IntKey, not_int: DynamicLabel, beyond: DynamicLabel) {
    match key {
        IntKey::Reg(c) => dynasm!(e.ops
            ; cmp BYTE [r12 + reg(c)], TAG_INT as i8
            ; jne =>not_int
            ; mov rcx, [r12 + reg(c) + 8]
            ; dec rcx
        ),
        IntKey::Imm(i) => dynasm!(e.ops ; mov rcx, QWORD i - 1),
    }
    dynasm!(e.ops
        ; cmp rcx, [rdx + TV + table::ARR_LEN as i32]
        ; jae =>beyond
        ; mov r9, rcx
        ; shl rcx, 4
        ; add rcx, [rdx + TV + table::ARR_PTR as i32]
    );
}

/// With the table in `rdx`: `rcx` = the hash node holding the constant string key `K[kk]` as the field cache
/// of instruction `pc` remembers it, with a non-nil value, and `r9` = the node's index; or jump to `miss`.
fn field_probe(e: &mut Emitter, pc: usize, kk: u16, miss: DynamicLabel) {
    let cache = e.cache_addr(pc);
    dynasm!(e.ops ; mov rax, [r13 + konst(kk) + 8]);
    cached_node(e, cache, miss);
}

/// With the table in `rdx` and a key string's `Gc` pointer in `rax`: `rcx` = the hash node the cache word
/// at `cache` names, when it holds that key with a non-nil value, and `r9` = its index; else jump to
/// `miss`.
fn cached_node(e: &mut Emitter, cache: usize, miss: DynamicLabel) {
    dynasm!(e.ops
        ; mov r8, QWORD cache as i64
        ; mov ecx, DWORD [r8]
        ; cmp rcx, [rdx + TV + table::NODES_LEN as i32]
        ; jae =>miss
        ; mov r9, rcx
        ; shl rcx, 5
        ; add rcx, [rdx + TV + table::NODES_PTR as i32]
        ; cmp BYTE [rcx + table::NODE_KEY as i32], TAG_STR as i8
        ; jne =>miss
        ; cmp rax, [rcx + table::NODE_KEY as i32 + 8]
        ; jne =>miss
        ; cmp BYTE [rcx + table::NODE_VAL as i32], TAG_NIL as i8
        ; je =>miss
    );
}

/// With the table in `rdx`, a key string's `Gc` pointer in `r8` and its content hash in `edi`: probe the
/// hash part as `Table::find_str` does (from `hash & mask`, linearly, until a nil key). Jumps to `found`
/// with `rax` = the node and `rcx` = its index, or to `absent`; to `unsure` when a different string object
/// with the same hash is met (it may have the same bytes: strings are not interned). Uses rax, rcx, r9,
/// r10, r11.
fn find_str(e: &mut Emitter, found: DynamicLabel, absent: DynamicLabel, unsure: DynamicLabel) {
    find_str_or_vacancy(e, found, absent, absent, unsure);
}

/// `find_str`, but a probe that ends at a nil key jumps to `vacant` with `rax` = that node and `rcx` = its
/// index (where `Table::insert_new` would put the key); `absent` is then only the empty hash part.
fn find_str_or_vacancy(
    e: &mut Emitter,
    found: DynamicLabel,
    absent: DynamicLabel,
    vacant: DynamicLabel,
    unsure: DynamicLabel,
) {
    probe_nodes(
        e,
        absent,
        vacant,
        |e| dynasm!(e.ops ; mov ecx, edi),
        |e| {
            // The node's copy of its key's hash first: a node it rules out costs no load of the key.
            dynasm!(e.ops
                ; cmp DWORD [rax + table::NODE_KEY_HASH as i32], edi
                ; jne >other
                ; cmp r11d, TAG_STR as i32
                ; jne >other
                ; cmp r8, [rax + table::NODE_KEY as i32 + 8]
                ; je =>found
                ; jmp =>unsure
                ; other:
            )
        },
    );
}

/// The linear probe of the hash part of the table in `rdx` that `Table::find_slot` makes: `hash` puts the
/// key's hash in `ecx`; then, from node `hash & mask`, each node's key tag is in `r11d` and the node in
/// `rax` (index `rcx`) while `compare` looks at it (jumping away on a match, falling through otherwise),
/// until a nil key (`vacant`, with that node in `rax` and its index in `rcx`). An empty hash part jumps
/// to `absent`. Uses rax, rcx, r9, r10, r11.
fn probe_nodes(
    e: &mut Emitter,
    absent: DynamicLabel,
    vacant: DynamicLabel,
    hash: impl FnOnce(&mut Emitter),
    compare: impl FnOnce(&mut Emitter),
) {
    dynasm!(e.ops
        ; mov r9, [rdx + TV + table::NODES_LEN as i32]
        ; test r9, r9
        ; jz =>absent
        ; dec r9
    );
    hash(e);
    dynasm!(e.ops
        ; and rcx, r9
        ; mov r10, [rdx + TV + table::NODES_PTR as i32]
        ; probe:
        ; mov rax, rcx
        ; shl rax, 5
        ; add rax, r10
        ; movzx r11d, BYTE [rax + table::NODE_KEY as i32]
        ; test r11d, r11d
        ; jz =>vacant
    );
    compare(e);
    dynasm!(e.ops
        ; inc rcx
        ; and rcx, r9
        ; jmp <probe
    );
}

/// With the table in `rdx` and an integer key in `r8`: probe the hash part as `Table::find_slot` does (from
/// the key's hash, `layout::table::int_key_hash`, masked, linearly, until a nil key). Jumps to `found` with
/// `rax` = the node and `rcx` = its index, or to `absent`. Uses rax, rcx, r9, r10, r11.
fn find_int(e: &mut Emitter, found: DynamicLabel, absent: DynamicLabel) {
    find_int_or_vacancy(e, found, absent, absent);
}

/// `find_int`, but a probe that ends at a nil key jumps to `vacant` with `rax` = that node and `rcx` = its
/// index (as `find_str_or_vacancy`).
fn find_int_or_vacancy(e: &mut Emitter, found: DynamicLabel, absent: DynamicLabel, vacant: DynamicLabel) {
    probe_nodes(
        e,
        absent,
        vacant,
        |e| {
            dynasm!(e.ops
                ; mov rax, QWORD table::INT_KEY_MUL as i64
                ; imul rax, r8
                ; mov rcx, rax
                ; shr rcx, 32
                ; xor ecx, eax
            )
        },
        |e| {
            dynasm!(e.ops
                ; cmp r11d, TAG_INT as i32
                ; jne >other
                ; cmp r8, [rax + table::NODE_KEY as i32 + 8]
                ; je =>found
                ; other:
            )
        },
    );
}

/// Copy the value at `[rcx + off]` to `R[a]`.
fn copy_from_rcx(e: &mut Emitter, off: i32, a: u8) {
    let ra = reg(a);
    dynasm!(e.ops
        ; movzx eax, BYTE [rcx + off]
        ; mov r10, [rcx + off + 8]
        ; mov [r12 + ra], rax
        ; mov [r12 + ra + 8], r10
    );
}

/// Copy the value at `src` to `[rcx + off]`.
fn copy_to_rcx(e: &mut Emitter, off: i32, src: Loc) {
    dynasm!(e.ops
        ; movzx eax, BYTE [Rq(src.base) + src.off]
        ; mov r10, [Rq(src.base) + src.off + 8]
        ; mov [rcx + off], rax
        ; mov [rcx + off + 8], r10
    );
}

/// The write barrier after storing the value at `src` into the object whose `Gc` pointer is in `rdx`: when
/// the value is collectable and the owner mature and not yet remembered, `kiln_rt_barrier`.
fn barrier(e: &mut Emitter, src: Loc) {
    dynasm!(e.ops
        ; movzx eax, BYTE [Rq(src.base) + src.off]
        ; sub eax, TAG_STR as i32
        ; cmp eax, (TAG_THREAD - TAG_STR) as i32
        ; ja >done
        ; mov al, [rdx + gc::FLAGS as i32]
        ; and al, (gc::MATURE | gc::REMEMBERED) as i8
        ; cmp al, gc::MATURE as i8
        ; jne >done
        ; mov rsi, rdx
    );
    e.addr(2, src); // rdx
    e.call_vm(rt::kiln_rt_barrier as *const () as usize);
    dynasm!(e.ops ; done:);
}

/// `R[a] = R[b][key]` for an integer key: the array part inline (a nil slot only without a metatable);
/// everything else through `kiln_rt_index`.
fn get_int(e: &mut Emitter, pc: usize, a: u8, b: u8, key: IntKey) {
    let next = e.label(pc + 1);
    let slow = e.stub(move |e| {
        let kl = key.loc(e);
        // Beyond the array part: the table's own lookup when no metamethod applies, else the helper.
        e.addr(7, r(b)); // rdi
        e.addr(6, kl); // rsi
        e.addr(2, r(a)); // rdx
        e.call_pure(rt::kiln_rt_table_get as *const () as usize);
        dynasm!(e.ops ; test eax, eax ; jnz =>next);
        index(e, pc, a, r(b), kl, b as u32);
        dynasm!(e.ops ; jmp =>next);
    });
    // Beyond the array part: the hash part's node for the key, or nil in a table without a metatable.
    let beyond = e.stub(move |e| {
        let (found, absent) = (e.ops.new_dynamic_label(), e.ops.new_dynamic_label());
        dynasm!(e.ops ; lea r8, [rcx + 1]);
        find_int(e, found, absent);
        dynasm!(e.ops
            ; =>found
            ; cmp BYTE [rax + table::NODE_VAL as i32], TAG_NIL as i8
            ; je =>absent
            ; mov rcx, rax
        );
        copy_from_rcx(e, table::NODE_VAL as i32, a);
        dynasm!(e.ops
            ; jmp =>next
            ; =>absent
            ; cmp QWORD [rdx + TV + table::META as i32], 0
            ; jne =>slow
        );
        e.set_tag(r(a), TAG_NIL);
        dynasm!(e.ops ; jmp =>next);
    });
    load_table(e, b, slow);
    array_slot(e, key, slow, beyond);
    dynasm!(e.ops
        ; cmp BYTE [rcx], TAG_NIL as i8
        ; jne >found
        ; cmp QWORD [rdx + TV + table::META as i32], 0
        ; jne =>slow
        ; found:
    );
    copy_from_rcx(e, 0, a);
}

/// `R[a][key] = RK(v)` for an integer key: a non-nil value into the array part inline (into a nil slot
/// only without a metatable), with the collector's summary and the barrier; everything else through
/// `kiln_rt_set_index`.
fn set_int(e: &mut Emitter, pc: usize, a: u8, key: IntKey, v: u16) {
    let next = e.label(pc + 1);
    let val = rk(v);
    let facts = StoreFacts::of(e, v);
    let slow = e.stub(move |e| {
        let kl = key.loc(e);
        // Beyond the array part: the table's own store when it has no metatable, else the helper.
        e.addr(6, r(a)); // rsi
        e.addr(2, kl); // rdx
        e.addr(1, val); // rcx
        e.call_vm(rt::kiln_rt_table_set as *const () as usize);
        dynasm!(e.ops ; test eax, eax ; jnz =>next);
        set_index(e, pc, r(a), kl, val, a as u32);
        dynasm!(e.ops ; jmp =>next);
    });
    // Beyond the array part and not one past it: overwriting the non-nil value of the key's node in the
    // hash part (any value, nil too: the key then is dead), as `Table::set_norm` does; a metatable does
    // not matter, as the key is present. An absent key is inserted as `insert_field` does.
    let in_hash = e.stub(move |e| {
        let (found, vacant) = (e.ops.new_dynamic_label(), e.ops.new_dynamic_label());
        dynasm!(e.ops ; lea r8, [rcx + 1]);
        find_int_or_vacancy(e, found, slow, vacant);
        dynasm!(e.ops ; =>vacant);
        insert_at_vacancy(e, NewKey::IntInR8, val, facts, slow);
        dynasm!(e.ops ; jmp =>next);
        dynasm!(e.ops
            ; =>found
            ; cmp BYTE [rax + table::NODE_VAL as i32], TAG_NIL as i8
            ; je =>slow
            ; mov r9, rcx
            ; mov rcx, rax
        );
        copy_to_rcx(e, table::NODE_VAL as i32, val);
        if facts.may_be_collectable {
            note_node_written(e);
            barrier(e, val);
        }
        dynasm!(e.ops ; jmp =>next);
    });
    // Appending (the key is one past the array part, which has room, and the hash part is empty, so no
    // entry for the key can exist and none follows to migrate), as `Table::set_norm` does.
    let append = e.stub(move |e| {
        dynasm!(e.ops
            ; cmp rcx, [rdx + TV + table::ARR_LEN as i32]
            ; jne =>in_hash
            ; cmp rcx, [rdx + TV + table::ARR_CAP as i32]
            ; jae =>slow
            ; cmp QWORD [rdx + TV + table::NODES_LEN as i32], 0
            ; jne =>slow
            ; cmp QWORD [rdx + TV + table::META as i32], 0
            ; jne =>slow
        );
        if facts.may_be_nil {
            dynasm!(e.ops ; cmp BYTE [Rq(val.base) + val.off], TAG_NIL as i8 ; je =>slow);
        }
        dynasm!(e.ops
            ; mov r9, rcx
            ; shl rcx, 4
            ; add rcx, [rdx + TV + table::ARR_PTR as i32]
            ; inc QWORD [rdx + TV + table::ARR_LEN as i32]
        );
        store_array_slot(e, val, facts);
        dynasm!(e.ops ; jmp =>next);
    });
    load_table(e, a, slow);
    array_slot(e, key, slow, append);
    if facts.may_be_nil {
        dynasm!(e.ops ; cmp BYTE [Rq(val.base) + val.off], TAG_NIL as i8 ; je =>slow);
    }
    // The metatable first: without one the old value does not matter, and the store need not wait for
    // the slot's cache line (a loop striding through a big array misses on every slot).
    dynasm!(e.ops
        ; cmp QWORD [rdx + TV + table::META as i32], 0
        ; je >store
        ; cmp BYTE [rcx], TAG_NIL as i8
        ; je =>slow
        ; store:
    );
    store_array_slot(e, val, facts);
}

/// Store `val` in the array slot at `rcx` (index `r9`) of the table in `rdx`: the minor-collection
/// summary, then the write barrier.
fn store_array_slot(e: &mut Emitter, val: Loc, facts: StoreFacts) {
    copy_to_rcx(e, 0, val);
    if !facts.may_be_collectable {
        return;
    }
    dynasm!(e.ops
        ; cmp r9, [rdx + TV + table::CLEAN_BELOW as i32]
        ; jae >clean
        ; mov [rdx + TV + table::CLEAN_BELOW as i32], r9
        ; clean:
    );
    barrier(e, val);
}

/// Tables compiled code follows for a string key (`rt::INDEX_CHAIN`, as the interpreter's `get_str_chain`);
/// longer chains take the helper.
const INDEX_CHAIN: i32 = rt::INDEX_CHAIN as i32;

/// `R[a] = R[b][K[kk]]` (also `Self`'s lookup). The node the field cache names is tried first; then the
/// key is looked up inline by its hash, and when it is absent (or nil) through the metatable's `__index`
/// tables, as the interpreter's `get_str_chain` does; anything else (an `__index` function, a string key
/// object that may equal the constant, a long chain) through `kiln_rt_get_field`, which refills the cache.
fn get_field(e: &mut Emitter, pc: usize, a: u8, b: u8, kk: u16, methods_of_strings: bool) {
    let ConstKind::Str(hash) = e.const_kind(kk) else {
        index(e, pc, a, r(b), k(kk), b as u32);
        return;
    };
    let next = e.label(pc + 1);
    let cache = e.cache_addr(pc);
    let (tm_index, tm_hash) = (e.img.tm_index as i64, e.img.tm_index_hash);
    let miss = e.shim_stub(pc, rt::kiln_rt_get_field as *const () as usize, move |e| {
        e.addr(2, r(b)); // rdx
        e.addr(1, k(kk)); // rcx
        dynasm!(e.ops ; mov esi, a as i32 ; mov r8d, b as i32 ; mov r9, QWORD cache as i64);
    });
    let level = e.ops.new_dynamic_label();
    let chain = e.stub(move |e| {
        let (found, absent, found_index, no_value) = (
            e.ops.new_dynamic_label(),
            e.ops.new_dynamic_label(),
            e.ops.new_dynamic_label(),
            e.ops.new_dynamic_label(),
        );
        dynasm!(e.ops
            ; mov esi, INDEX_CHAIN
            ; =>level
            ; mov r8, [r13 + konst(kk) + 8]
            ; mov edi, hash as i32
        );
        find_str(e, found, absent, miss);
        dynasm!(e.ops
            ; =>found
            ; cmp BYTE [rax + table::NODE_VAL as i32], TAG_NIL as i8
            ; je =>absent
            ; mov rcx, rax
        );
        copy_from_rcx(e, table::NODE_VAL as i32, a);
        dynasm!(e.ops
            ; jmp =>next
            ; =>absent
            ; mov rdx, [rdx + TV + table::META as i32]
            ; test rdx, rdx
            ; jz =>no_value
            ; mov r8, QWORD tm_index
            ; mov edi, tm_hash as i32
        );
        find_str(e, found_index, no_value, miss);
        dynasm!(e.ops
            ; =>found_index
            ; cmp BYTE [rax + table::NODE_VAL as i32], TAG_TABLE as i8
            ; jne >not_table
            ; mov rdx, [rax + table::NODE_VAL as i32 + 8]
            ; dec esi
            ; jnz =>level
            ; jmp =>miss
            ; not_table:
            ; cmp BYTE [rax + table::NODE_VAL as i32], TAG_NIL as i8
            ; jne =>miss
            ; =>no_value
            ; mov BYTE [r12 + reg(a)], TAG_NIL as i8
            ; jmp =>next
        );
    });
    // `s:method()` on a string: the string metatable's `__index` table starts the chain (a string metatable
    // without one, or with a function there, goes to the helper).
    let not_table = if methods_of_strings {
        e.stub(move |e| {
            let found_index = e.ops.new_dynamic_label();
            dynasm!(e.ops
                ; cmp BYTE [r12 + reg(b)], TAG_STR as i8
                ; jne =>miss
                ; mov rdx, [rbx + (vm::TYPE_META + 8 * TAG_STR as usize) as i32]
                ; test rdx, rdx
                ; jz =>miss
                ; mov r8, QWORD tm_index
                ; mov edi, tm_hash as i32
            );
            find_str(e, found_index, miss, miss);
            dynasm!(e.ops
                ; =>found_index
                ; cmp BYTE [rax + table::NODE_VAL as i32], TAG_TABLE as i8
                ; jne =>miss
                ; mov rdx, [rax + table::NODE_VAL as i32 + 8]
                ; mov esi, INDEX_CHAIN - 1
                ; jmp =>level
            );
        })
    } else {
        miss
    };
    load_table(e, b, not_table);
    field_probe(e, pc, kk, chain);
    copy_from_rcx(e, table::NODE_VAL as i32, a);
}

/// `R[a][K[kk]] = RK(v)`: overwriting a present, non-nil field through the field cache inline (with the
/// summary and the barrier); anything else through `kiln_rt_set_field`.
fn set_field(e: &mut Emitter, pc: usize, a: u8, kk: u16, v: u16) {
    let val = rk(v);
    let facts = StoreFacts::of(e, v);
    if !matches!(e.const_kind(kk), ConstKind::Str(_)) {
        set_index(e, pc, r(a), k(kk), val, a as u32);
        return;
    }
    let cache = e.cache_addr(pc) as i64;
    let miss = e.shim_stub(pc, rt::kiln_rt_set_field as *const () as usize, move |e| {
        e.addr(6, r(a)); // rsi
        e.addr(2, k(kk)); // rdx
        e.addr(1, val); // rcx
        dynasm!(e.ops ; mov r8d, a as i32 ; mov r9, QWORD cache);
    });
    let ConstKind::Str(hash) = e.const_kind(kk) else { unreachable!("checked above") };
    let found_elsewhere = e.stub(move |e| {
        let (found, vacant) = (e.ops.new_dynamic_label(), e.ops.new_dynamic_label());
        let next = e.label(pc + 1);
        dynasm!(e.ops ; mov r8, [r13 + konst(kk) + 8] ; mov edi, hash as i32);
        find_str_or_vacancy(e, found, miss, vacant, miss);
        dynasm!(e.ops
            ; =>found
            ; cmp BYTE [rax + table::NODE_VAL as i32], TAG_NIL as i8
            ; je =>miss
            ; mov r9, rcx
            ; mov rcx, rax
        );
        store_field(e, val, facts);
        dynasm!(e.ops ; jmp =>next ; =>vacant);
        insert_field(e, kk, hash, val, facts, miss);
        dynasm!(e.ops ; jmp =>next);
    });
    load_table(e, a, miss);
    field_probe(e, pc, kk, found_elsewhere);
    store_field(e, val, facts);
}

/// With the table in `rdx` and its vacant node (nil key) where `Table::insert_new` would put `K[kk]` in
/// `rax` (index `rcx`): insert the key with the value at `src` when `Table::set_norm` would insert it
/// there without a rehash (the value is not nil, the table has no metatable, one more key keeps the hash
/// part at most 3/4 full) and the table needs no write barrier (young, or already remembered); else jump
/// to `miss`.
fn insert_field(e: &mut Emitter, kk: u16, hash: u32, src: Loc, facts: StoreFacts, miss: DynamicLabel) {
    insert_at_vacancy(e, NewKey::Const(kk, hash), src, facts, miss);
}

/// The key `insert_at_vacancy` writes.
#[derive(Clone, Copy)]
enum NewKey {
    /// The constant `K[kk]` (a string) and its hash.
    Const(u16, u32),
    /// The integer in `r8`.
    IntInR8,
}

/// `insert_field` for either kind of key: with the table in `rdx` and the vacant node in `rax` (index
/// `rcx`).
fn insert_at_vacancy(e: &mut Emitter, key: NewKey, src: Loc, facts: StoreFacts, miss: DynamicLabel) {
    if facts.may_be_nil {
        dynasm!(e.ops ; cmp BYTE [Rq(src.base) + src.off], TAG_NIL as i8 ; je =>miss);
    }
    dynasm!(e.ops
        ; cmp QWORD [rdx + TV + table::META as i32], 0
        ; jne =>miss
        ; mov r9b, [rdx + gc::FLAGS as i32]
        ; and r9b, (gc::MATURE | gc::REMEMBERED) as i8
        ; cmp r9b, gc::MATURE as i8
        ; je =>miss
        ; mov r9, [rdx + TV + table::USED as i32]
        ; lea r9, [r9 * 4 + 4]
        ; mov r10, [rdx + TV + table::NODES_LEN as i32]
        ; lea r10, [r10 + r10 * 2]
        ; cmp r9, r10
        ; ja =>miss
        ; inc QWORD [rdx + TV + table::USED as i32]
        ; mov r9, rcx
        ; mov rcx, rax
    );
    match key {
        NewKey::Const(kk, hash) => {
            copy_to_rcx(e, table::NODE_KEY as i32, k(kk));
            dynasm!(e.ops ; mov DWORD [rcx + table::NODE_KEY_HASH as i32], hash as i32);
        }
        NewKey::IntInR8 => dynasm!(e.ops
            ; mov BYTE [rcx + table::NODE_KEY as i32], TAG_INT as i8
            ; mov [rcx + table::NODE_KEY as i32 + 8], r8
            // `layout::table::int_key_hash`, as the probe computed it.
            ; mov rax, QWORD table::INT_KEY_MUL as i64
            ; imul rax, r8
            ; mov r10, rax
            ; shr r10, 32
            ; xor eax, r10d
            ; mov DWORD [rcx + table::NODE_KEY_HASH as i32], eax
        ),
    }
    copy_to_rcx(e, table::NODE_VAL as i32, src);
    // `Parts::note_node_store`: a string key is collectable, an integer key is not.
    if matches!(key, NewKey::Const(..)) || facts.may_be_collectable {
        note_node_written(e);
    }
}

/// Store the value at `src` into the node at `rcx` (index `r9`) of the table in `rdx`, widening the
/// collector's dirty-node range (the key is a string), with the barrier.
fn store_field(e: &mut Emitter, src: Loc, facts: StoreFacts) {
    copy_to_rcx(e, table::NODE_VAL as i32, src);
    note_node_written(e);
    if facts.may_be_collectable {
        barrier(e, src);
    }
}

/// Widen the dirty-node range of the table in `rdx` to cover node `r9` (`Parts::note_node_written`).
fn note_node_written(e: &mut Emitter) {
    dynasm!(e.ops
        ; cmp r9d, [rdx + TV + table::DIRTY_LO as i32]
        ; jae >lo
        ; mov [rdx + TV + table::DIRTY_LO as i32], r9d
        ; lo:
        ; cmp r9d, [rdx + TV + table::DIRTY_HI as i32]
        ; jbe >hi
        ; mov [rdx + TV + table::DIRTY_HI as i32], r9d
        ; hi:
    );
}

/// `rdx` = the table in upvalue `up` (closed, or open in its thread's stack), or jump to `otherwise`.
/// Uses rax.
fn load_upval_table(e: &mut Emitter, up: u8, otherwise: DynamicLabel) {
    dynasm!(e.ops
        ; mov rdx, [r14 + (up as i32) * 8]
        ; cmp BYTE [rdx + TV + upval::TAG as i32], upval::TAG_CLOSED as i8
        ; jne >open
        ; lea rdx, [rdx + TV + upval::CLOSED_VALUE as i32]
        ; jmp >value
        ; open:
    );
    open_cell(e, None);
    dynasm!(e.ops
        ; value:
        ; cmp BYTE [rdx], TAG_TABLE as i8
        ; jne =>otherwise
        ; mov rdx, [rdx + 8]
    );
}

// ---------------------------------------------------------------- generic for

/// `TForCall`: a step of `ipairs` or of `pairs`'s `next` over a table runs inline as the native would
/// (`ipairs_step`, `next_step`), when no trap is set (a call hook would see the native's call); any other
/// iterator, or a step those do not cover, through `kiln_rt_tfor_call`.
fn tfor_call(e: &mut Emitter, pc: usize, a: u8, c: u8) {
    let next = e.label(pc + 1);
    let slow = e.stub(move |e| {
        e.savepc(pc + 1);
        dynasm!(e.ops ; mov esi, a as i32 ; mov edx, c as i32);
        e.call_vm(rt::kiln_rt_tfor_call as *const () as usize);
        e.after_call();
        dynasm!(e.ops ; jmp =>next);
    });
    let ra = reg(a);
    let ipairs = e.stub(move |e| {
        ipairs_step(e, a, c, slow);
        dynasm!(e.ops ; jmp =>next);
    });
    let ipairs_aux = stdlib::base::ipairs_aux as NativeFn as usize as i64;
    let next_fn = stdlib::base::next as NativeFn as usize as i64;
    dynasm!(e.ops
        ; cmp BYTE [r12 + ra], TAG_NATIVEFN as i8
        ; jne =>slow
        ; cmp BYTE [r12 + ra + 16], TAG_TABLE as i8
        ; jne =>slow
        ; cmp BYTE [rbx + vm::TRAP as i32], 0
        ; jne =>slow
        ; mov rax, [r12 + ra + 8]
        ; mov rax, [rax + (gc::VALUE + native::F) as i32]
        ; mov rdx, [r12 + ra + 24]
        ; mov rcx, QWORD ipairs_aux
        ; cmp rax, rcx
        ; je =>ipairs
        ; mov rcx, QWORD next_fn
        ; cmp rax, rcx
        ; jne =>slow
    );
    next_step(e, a, c, slow);
}

/// Write the results of an iterator step: `R[a+4]` = the value at `[key]`, or the integer in `rcx` when
/// `key` is `None`; `R[a+5]` = the value at `[val]`; nil up to `R[a+3+c]`. Uses r10, r11.
fn tfor_results(e: &mut Emitter, a: u8, c: u8, key: Option<Loc>, val: Loc) {
    let ra = reg(a);
    match key {
        Some(k) => dynasm!(e.ops
            ; movzx r10d, BYTE [Rq(k.base) + k.off]
            ; mov r11, [Rq(k.base) + k.off + 8]
            ; mov [r12 + ra + 64], r10
            ; mov [r12 + ra + 72], r11
        ),
        None => dynasm!(e.ops
            ; mov BYTE [r12 + ra + 64], TAG_INT as i8
            ; mov [r12 + ra + 72], rcx
        ),
    }
    if c >= 2 {
        dynasm!(e.ops
            ; movzx r10d, BYTE [Rq(val.base) + val.off]
            ; mov r11, [Rq(val.base) + val.off + 8]
            ; mov [r12 + ra + 80], r10
            ; mov [r12 + ra + 88], r11
        );
    }
    for i in 2..c as i32 {
        dynasm!(e.ops ; mov BYTE [r12 + ra + 64 + 16 * i], TAG_NIL as i8);
    }
}

/// The end of an iteration: the iterator's one result, nil, and nil up to `R[a+3+c]`.
fn tfor_end(e: &mut Emitter, a: u8, c: u8) {
    for i in 0..c as i32 {
        dynasm!(e.ops ; mov BYTE [r12 + reg(a) + 64 + 16 * i], TAG_NIL as i8);
    }
}

/// `ipairs_aux(t, i)` with the table in `rdx` (`R[a+1]`): `i + 1, t[i + 1]` from the array part, or the end
/// at a nil when no `__index` can apply (no metatable; beyond the array part, no hash part either). Else
/// `slow`. Falls through after writing the results.
fn ipairs_step(e: &mut Emitter, a: u8, c: u8, slow: DynamicLabel) {
    let ra = reg(a);
    dynasm!(e.ops
        ; cmp BYTE [r12 + ra + 32], TAG_INT as i8
        ; jne =>slow
        // rcx = i, the 0-based index of key i + 1.
        ; mov rcx, [r12 + ra + 40]
        ; cmp rcx, [rdx + TV + table::ARR_LEN as i32]
        ; jae >beyond
        ; mov r9, rcx
        ; shl r9, 4
        ; add r9, [rdx + TV + table::ARR_PTR as i32]
        ; cmp BYTE [r9], TAG_NIL as i8
        ; je >hole
        ; inc rcx
    );
    tfor_results(e, a, c, None, Loc { base: 9, off: 0 });
    dynasm!(e.ops
        ; jmp >done
        ; beyond:
        ; cmp QWORD [rdx + TV + table::NODES_LEN as i32], 0
        ; jne =>slow
        ; hole:
        ; cmp QWORD [rdx + TV + table::META as i32], 0
        ; jne =>slow
    );
    tfor_end(e, a, c);
    dynasm!(e.ops ; done:);
}

/// `next(t, k)` with the table in `rdx` (`R[a+1]`), as `Table::next`: from the array slot after an integer
/// key in the array part (or the first when `k` is nil), else from the node after `k`'s, which is found
/// by an inline probe for an integer key or a string key whose hash is known (a different string with
/// the same hash, or any other key, goes to `slow`); the first entry with a value is the result, and
/// none is the end. Falls through after writing the results.
fn next_step(e: &mut Emitter, a: u8, c: u8, slow: DynamicLabel) {
    let ra = reg(a);
    let sh = (gc::VALUE + kiln_interp::layout::string::HASH) as i32;
    let (found, str_key, int_hash) = (e.ops.new_dynamic_label(), e.ops.new_dynamic_label(), e.ops.new_dynamic_label());
    let (array_scan, node_scan, out) =
        (e.ops.new_dynamic_label(), e.ops.new_dynamic_label(), e.ops.new_dynamic_label());
    dynasm!(e.ops
        ; movzx eax, BYTE [r12 + ra + 32]
        ; test eax, eax
        ; jnz >keyed
        ; xor ecx, ecx
        ; jmp =>array_scan
        ; keyed:
        ; cmp eax, TAG_INT as i32
        ; jne =>str_key
        // An integer key: in the array part, the scan goes on from its slot (index k).
        ; mov r8, [r12 + ra + 40]
        ; lea rcx, [r8 - 1]
        ; cmp rcx, [rdx + TV + table::ARR_LEN as i32]
        ; jae =>int_hash
        ; mov rcx, r8
        ; jmp =>array_scan
        ; =>int_hash
    );
    find_int(e, found, slow);
    dynasm!(e.ops
        ; =>str_key
        ; cmp eax, TAG_STR as i32
        ; jne =>slow
        ; mov r8, [r12 + ra + 40]
        ; mov edi, DWORD [r8 + sh]
        ; test edi, edi
        ; jz =>slow
    );
    find_str(e, found, slow, slow);
    dynasm!(e.ops
        ; =>found
        ; inc rcx
        ; jmp =>node_scan
        // rcx = the array index to look at.
        ; =>array_scan
        ; cmp rcx, [rdx + TV + table::ARR_LEN as i32]
        ; jae >nodes
        ; mov r9, rcx
        ; shl r9, 4
        ; add r9, [rdx + TV + table::ARR_PTR as i32]
        ; inc rcx
        ; cmp BYTE [r9], TAG_NIL as i8
        ; je =>array_scan
    );
    tfor_results(e, a, c, None, Loc { base: 9, off: 0 });
    dynasm!(e.ops
        ; jmp =>out
        ; nodes:
        ; xor ecx, ecx
        // rcx = the node index to look at.
        ; =>node_scan
        ; cmp rcx, [rdx + TV + table::NODES_LEN as i32]
        ; jae >end
        ; mov rax, rcx
        ; shl rax, 5
        ; add rax, [rdx + TV + table::NODES_PTR as i32]
        ; inc rcx
        ; cmp BYTE [rax + table::NODE_KEY as i32], TAG_NIL as i8
        ; je =>node_scan
        ; cmp BYTE [rax + table::NODE_VAL as i32], TAG_NIL as i8
        ; je =>node_scan
    );
    tfor_results(
        e,
        a,
        c,
        Some(Loc { base: 0, off: table::NODE_KEY as i32 }),
        Loc { base: 0, off: table::NODE_VAL as i32 },
    );
    dynasm!(e.ops ; jmp =>out ; end:);
    tfor_end(e, a, c);
    dynasm!(e.ops ; =>out);
}

/// `R[a] = U[up][K[kk]]` (globals, fields of a table upvalue): through the field cache when the upvalue holds
/// a table.
fn get_tab_up(e: &mut Emitter, pc: usize, a: u8, up: u8, kk: u16) {
    let cache = e.cache_addr(pc) as i64;
    let miss = e.shim_stub(pc, rt::kiln_rt_get_tab_up as *const () as usize, move |e| {
        e.addr(1, k(kk)); // rcx
        dynasm!(e.ops ; mov esi, a as i32 ; mov edx, up as i32 ; mov r8, QWORD cache);
    });
    if !matches!(e.const_kind(kk), ConstKind::Str(_)) {
        dynasm!(e.ops ; jmp =>miss);
        return;
    }
    load_upval_table(e, up, miss);
    field_probe(e, pc, kk, miss);
    copy_from_rcx(e, table::NODE_VAL as i32, a);
}

/// `U[up][K[kk]] = RK(v)` (globals).
fn set_tab_up(e: &mut Emitter, pc: usize, up: u8, kk: u16, v: u16) {
    let val = rk(v);
    let facts = StoreFacts::of(e, v);
    let cache = e.cache_addr(pc) as i64;
    let miss = e.shim_stub(pc, rt::kiln_rt_set_tab_up as *const () as usize, move |e| {
        e.addr(2, k(kk)); // rdx
        e.addr(1, val); // rcx
        dynasm!(e.ops ; mov esi, up as i32 ; mov r8, QWORD cache);
    });
    if !matches!(e.const_kind(kk), ConstKind::Str(_)) {
        dynasm!(e.ops ; jmp =>miss);
        return;
    }
    load_upval_table(e, up, miss);
    field_probe(e, pc, kk, miss);
    store_field(e, val, facts);
}

/// `R[a] = t[key]` through `kiln_rt_index`.
fn index(e: &mut Emitter, pc: usize, a: u8, t: Loc, key: Loc, src: u32) {
    e.savepc(pc + 1);
    e.addr(2, t); // rdx
    e.addr(1, key); // rcx
    dynasm!(e.ops ; mov esi, a as i32 ; mov r8d, src as i32);
    e.helper(rt::kiln_rt_index as *const () as usize);
}

/// `t[key] = val` through `kiln_rt_set_index`.
fn set_index(e: &mut Emitter, pc: usize, t: Loc, key: Loc, val: Loc, src: u32) {
    e.savepc(pc + 1);
    e.addr(6, t); // rsi
    e.addr(2, key); // rdx
    e.addr(1, val); // rcx
    dynasm!(e.ops ; mov r8d, src as i32);
    e.helper(rt::kiln_rt_set_index as *const () as usize);
}

// ---------------------------------------------------------------- upvalues

/// `R[a] = U[b]`, inline: a closed cell, or an open one in the stack of its thread (running or not).
fn get_upval(e: &mut Emitter, a: u8, b: u8) {
    let ra = r(a);
    let cell = gc::VALUE as i32;
    dynasm!(e.ops
        ; mov rdx, [r14 + (b as i32) * 8]
        ; cmp BYTE [rdx + cell + upval::TAG as i32], upval::TAG_CLOSED as i8
        ; jne >open
        ; lea rdx, [rdx + cell + upval::CLOSED_VALUE as i32]
        ; jmp >copy
        ; open:
    );
    open_cell(e, None);
    dynasm!(e.ops
        ; copy:
        ; movzx eax, BYTE [rdx]
        ; mov rcx, [rdx + 8]
        ; mov [r12 + ra.off], rax
        ; mov [r12 + ra.off + 8], rcx
    );
}

/// With an open upvalue's `Gc` pointer in `rdx`: `rdx` = its stack slot in the running thread's stack. For
/// a reader, `other` is `None` and the cell of another thread (not running) is found in the stack that
/// thread keeps (`Vm::upval_get`); a writer passes where to go instead, as storing there needs the
/// thread's write barrier (`Vm::upval_set`). Uses rax.
fn open_cell(e: &mut Emitter, other: Option<DynamicLabel>) {
    let cell = gc::VALUE as i32;
    dynasm!(e.ops
        ; mov rax, [rdx + cell + upval::OPEN_THREAD as i32]
        ; cmp rax, [rbx + vm::THREAD as i32]
    );
    match other {
        Some(other) => dynasm!(e.ops ; jne =>other),
        None => dynasm!(e.ops ; jne >suspended),
    }
    dynasm!(e.ops
        ; mov rdx, [rdx + cell + upval::OPEN_IDX as i32]
        ; shl rdx, 4
        ; add rdx, [rbx + vm::STACK_PTR as i32]
    );
    if other.is_none() {
        dynasm!(e.ops
            ; jmp >done
            ; suspended:
            ; mov rdx, [rdx + cell + upval::OPEN_IDX as i32]
            ; shl rdx, 4
            ; add rdx, [rax + cell + thread::SAVED_STACK_PTR as i32]
            ; done:
        );
    }
}

/// `U[b] = R[a]`: an open cell of the running thread, or a closed cell given a value that needs no write
/// barrier, inline; everything else through the helper (which applies the barrier).
fn set_upval(e: &mut Emitter, pc: usize, a: u8, b: u8) {
    let ra = r(a);
    let cell = gc::VALUE as i32;
    let slow = e.shim_stub(
        pc,
        rt::kiln_rt_set_upval as *const () as usize,
        move |e| dynasm!(e.ops ; mov esi, a as i32 ; mov edx, b as i32),
    );
    dynasm!(e.ops
        ; mov rdx, [r14 + (b as i32) * 8]
        ; cmp BYTE [rdx + cell + upval::TAG as i32], upval::TAG_CLOSED as i8
        ; jne >open
        // A collectable value (string .. thread) may need the barrier: helper.
        ; movzx eax, BYTE [r12 + ra.off]
        ; cmp eax, TAG_STR as i32
        ; jb >plain
        ; cmp eax, TAG_LIGHTUSERDATA as i32
        ; jne =>slow
        ; plain:
        ; lea rdx, [rdx + cell + upval::CLOSED_VALUE as i32]
        ; jmp >copy
        ; open:
    );
    open_cell(e, Some(slow));
    dynasm!(e.ops
        ; copy:
        ; mov rax, [r12 + ra.off]
        ; mov rcx, [r12 + ra.off + 8]
        ; mov [rdx], rax
        ; mov [rdx + 8], rcx
    );
}

// ---------------------------------------------------------------- arithmetic

fn arith_k(e: &mut Emitter, pc: usize, op: Arith, a: u8, b: u8, kk: u16, flip: bool) {
    let x = reg_operand(b);
    let y = e.const_operand(kk);
    // As the interpreter's `SubK` arm: PUC compiles `x - 0` as `x + 0`, so a float minus the integer
    // constant 0 is computed as an addition (-0.0 - 0 is 0.0).
    let float_op = if op == Arith::Sub && e.const_kind(kk) == ConstKind::Int(0) { Arith::Add } else { op };
    arith_with(e, pc, op, float_op, a, x, y, flip);
}

fn arith(e: &mut Emitter, pc: usize, op: Arith, a: u8, x: Operand, y: Operand) {
    arith_with(e, pc, op, op, a, x, y, false)
}

fn is_known_float(o: Operand) -> bool {
    matches!(o.kind, OperandKind::Const(_, ConstKind::Float(_)))
}

/// A constant that is not a number: the operation always takes the helper (coercion, metamethods, errors).
fn is_non_number_const(o: Operand) -> bool {
    matches!(o.kind, OperandKind::Const(_, ConstKind::Str(_) | ConstKind::Other | ConstKind::Nil | ConstKind::Bool(_)))
}

/// `R[a] = x op y`: the integer path inline (when the operation has one and no operand is known to be a
/// float), the float path (computing `float_op`) inline or out of line, the metamethod/coercion/error path
/// through `kiln_rt_arith`. `flip`: a commutative operation whose operands the compiler swapped, so
/// metamethods and messages see `y op x`.
#[allow(clippy::too_many_arguments)]
fn arith_with(e: &mut Emitter, pc: usize, op: Arith, float_op: Arith, a: u8, x: Operand, y: Operand, flip: bool) {
    let next = e.label(pc + 1);
    let slow = e.stub(move |e| {
        arith_slow(e, pc, op, a, x, y, flip);
        dynasm!(e.ops ; jmp =>next);
    });
    let has_int = !matches!(op, Arith::Pow | Arith::Div);
    let bitwise = matches!(op, Arith::BAnd | Arith::BOr | Arith::BXor | Arith::Shl | Arith::Shr);
    // Every path below leaves `R[a]` an integer, or a float also in `xmm7` (`float_arith`, `arith_slow`).
    let cached = e.float_cached;
    e.produce_float(a as u32);
    if is_non_number_const(x) || is_non_number_const(y) {
        dynasm!(e.ops ; jmp =>slow);
        return;
    }
    let hints = e.float_hints[pc];
    let hinted = |o: Operand| matches!(o.kind, OperandKind::Reg(r) if hints.has(r));
    let seen_float = e.img.float_seen.get(pc).copied().unwrap_or(false);
    if has_int && !bitwise && !is_known_float(x) && !is_known_float(y) && (seen_float || hinted(x) || hinted(y)) {
        // Probably floats: floats inline; integers, then mixed numbers, out of line.
        let others = e.stub(move |e| {
            let not_int = e.ops.new_dynamic_label();
            check_int(e, x, not_int);
            check_int(e, y, not_int);
            int_arith(e, op, a, x, y, slow);
            dynasm!(e.ops ; jmp =>next ; =>not_int);
            float_arith(e, float_op, a, x, y, slow, Convert::Ints, None);
            dynasm!(e.ops ; jmp =>next);
        });
        float_arith(e, float_op, a, x, y, others, Convert::No, cached);
    } else if has_int && !is_known_float(x) && !is_known_float(y) {
        let not_int = if bitwise {
            slow
        } else {
            e.stub(move |e| {
                float_arith(e, float_op, a, x, y, slow, Convert::Ints, None);
                dynasm!(e.ops ; jmp =>next);
            })
        };
        check_int(e, x, not_int);
        check_int(e, y, not_int);
        int_arith(e, op, a, x, y, slow);
    } else if bitwise {
        dynasm!(e.ops ; jmp =>slow);
    } else {
        float_arith(e, float_op, a, x, y, slow, Convert::Ints, cached);
    }
}

/// Jump to `otherwise` unless the operand is an integer.
fn check_int(e: &mut Emitter, o: Operand, otherwise: DynamicLabel) {
    if let OperandKind::Reg(x) = o.kind {
        dynasm!(e.ops ; cmp BYTE [r12 + reg(x)], TAG_INT as i8 ; jne =>otherwise);
    }
}

/// Load an integer operand into the 64-bit register `to`.
fn load_int(e: &mut Emitter, to: u8, o: Operand) {
    match o.kind {
        OperandKind::Reg(x) => dynasm!(e.ops ; mov Rq(to), [r12 + reg(x) + 8]),
        OperandKind::Const(i, _) => dynasm!(e.ops ; mov Rq(to), [r13 + konst(i) + 8]),
        OperandKind::Imm(i) => dynasm!(e.ops ; mov Rq(to), QWORD i),
    }
}

/// Integer `R[a] = x op y` with Lua's rules (wrapping; floor division and modulo; shifts as `shift_left`).
/// A zero divisor goes to `slow` (the error).
fn int_arith(e: &mut Emitter, op: Arith, a: u8, x: Operand, y: Operand, slow: DynamicLabel) {
    load_int(e, 0, x); // rax
    let known = match y.kind {
        OperandKind::Imm(c) | OperandKind::Const(_, ConstKind::Int(c)) => Some(c),
        _ => None,
    };
    let imm = known.and_then(|c| i32::try_from(c).ok());
    match (op, known, imm) {
        (Arith::Mod | Arith::IDiv, Some(d), _) if !(-1..=1).contains(&d) => divide_by_constant(e, op, d),
        (Arith::Add, _, Some(c)) => dynasm!(e.ops ; add rax, c),
        (Arith::Sub, _, Some(c)) => dynasm!(e.ops ; sub rax, c),
        (Arith::Mul, _, Some(c)) => dynasm!(e.ops ; imul rax, rax, c),
        (Arith::BAnd, _, Some(c)) => dynasm!(e.ops ; and rax, c),
        (Arith::BOr, _, Some(c)) => dynasm!(e.ops ; or rax, c),
        (Arith::BXor, _, Some(c)) => dynasm!(e.ops ; xor rax, c),
        _ => int_arith_registers(e, op, y, slow),
    }
    let ra = reg(a);
    dynasm!(e.ops
        ; mov BYTE [r12 + ra], TAG_INT as i8
        ; mov [r12 + ra + 8], rax
    );
}

/// `rax = rax % d` or `rax // d` (Lua's floor rules) for a constant `d` other than -1, 0 and 1: a mask or
/// shift for a positive power of two, else the truncated quotient by a high multiply (`divide::Magic`),
/// rounded toward minus infinity by the remainder's sign. Uses rcx, rdx, r8.
fn divide_by_constant(e: &mut Emitter, op: Arith, d: i64) {
    if d > 0 && d & (d - 1) == 0 {
        if op == Arith::Mod {
            dynasm!(e.ops ; mov rcx, QWORD d - 1 ; and rax, rcx);
        } else {
            dynasm!(e.ops ; sar rax, d.trailing_zeros() as i8);
        }
        return;
    }
    let m = Magic::for_divisor(d).expect("|d| >= 2");
    dynasm!(e.ops
        ; mov rcx, rax
        ; mov rax, QWORD m.mul
        ; imul rcx
    );
    match m.add {
        1 => dynasm!(e.ops ; add rdx, rcx),
        -1 => dynasm!(e.ops ; sub rdx, rcx),
        _ => {}
    }
    if m.shift > 0 {
        dynasm!(e.ops ; sar rdx, m.shift as i8);
    }
    dynasm!(e.ops
        // rdx = the truncated quotient, rcx = the remainder x - q * d.
        ; mov rax, rdx
        ; shr rax, 63
        ; add rdx, rax
        ; mov r8, QWORD d
        ; mov rax, rdx
        ; imul rax, r8
        ; sub rcx, rax
        ; test rcx, rcx
    );
    // A remainder whose sign differs from the divisor's: floor is one lower, the modulo `d` higher.
    if d > 0 {
        dynasm!(e.ops ; jns >exact);
    } else {
        dynasm!(e.ops ; jle >exact);
    }
    if op == Arith::Mod {
        dynasm!(e.ops ; add rcx, r8 ; exact: ; mov rax, rcx);
    } else {
        dynasm!(e.ops ; dec rdx ; exact: ; mov rax, rdx);
    }
}

/// `rax = rax op y` with `y` loaded into rcx; `slow` for a zero divisor.
fn int_arith_registers(e: &mut Emitter, op: Arith, y: Operand, slow: DynamicLabel) {
    load_int(e, 1, y); // rcx
    match op {
        Arith::Add => dynasm!(e.ops ; add rax, rcx),
        Arith::Sub => dynasm!(e.ops ; sub rax, rcx),
        Arith::Mul => dynasm!(e.ops ; imul rax, rcx),
        Arith::BAnd => dynasm!(e.ops ; and rax, rcx),
        Arith::BOr => dynasm!(e.ops ; or rax, rcx),
        Arith::BXor => dynasm!(e.ops ; xor rax, rcx),
        Arith::Shl | Arith::Shr => {
            let f =
                if op == Arith::Shl { numeric::shl as *const () as usize } else { numeric::shr as *const () as usize };
            dynasm!(e.ops ; mov rdi, rax ; mov rsi, rcx);
            e.call_pure(f);
        }
        Arith::Mod | Arith::IDiv => {
            dynasm!(e.ops
                ; test rcx, rcx
                ; jz =>slow
                ; cmp rcx, -1
                ; je >minus_one
                ; cqo
                ; idiv rcx
            );
            if op == Arith::Mod {
                // A remainder of the divisor's sign is Lua's; else add the divisor.
                dynasm!(e.ops
                    ; test rdx, rdx
                    ; jz >mod_done
                    ; mov r8, rdx
                    ; xor r8, rcx
                    ; jns >mod_done
                    ; add rdx, rcx
                    ; mod_done:
                    ; mov rax, rdx
                    ; jmp >done
                    ; minus_one:
                    ; xor eax, eax
                    ; done:
                );
            } else {
                // Round the quotient toward minus infinity.
                dynasm!(e.ops
                    ; test rdx, rdx
                    ; jz >done
                    ; xor rdx, rcx
                    ; jns >done
                    ; dec rax
                    ; jmp >done
                    ; minus_one:
                    ; neg rax
                    ; done:
                );
            }
        }
        Arith::Pow | Arith::Div | Arith::Unm | Arith::BNot => unreachable!("no integer path"),
    }
}

/// Load a numeric operand as a float into `xmm<to>`, or jump to `slow` when it is not a number.
fn load_float(e: &mut Emitter, to: u8, o: Operand, slow: DynamicLabel, convert: Convert, cached: Option<u32>) {
    match o.kind {
        OperandKind::Reg(x) => {
            let off = reg(x);
            if convert == Convert::No {
                dynasm!(e.ops
                    ; cmp BYTE [r12 + off], TAG_FLOAT as i8
                    ; jne =>slow
                );
                e.float_payload(to, x, cached);
                return;
            }
            dynasm!(e.ops
                ; cmp BYTE [r12 + off], TAG_FLOAT as i8
                ; jne >not_float
            );
            e.float_payload(to, x, cached);
            dynasm!(e.ops
                ; jmp >loaded
                ; not_float:
                ; cmp BYTE [r12 + off], TAG_INT as i8
                ; jne =>slow
                ; cvtsi2sd Rx(to), QWORD [r12 + off + 8]
                ; loaded:
            );
        }
        OperandKind::Const(i, ConstKind::Float(_)) => dynasm!(e.ops ; movsd Rx(to), [r13 + konst(i) + 8]),
        OperandKind::Const(i, _) => dynasm!(e.ops ; cvtsi2sd Rx(to), QWORD [r13 + konst(i) + 8]),
        OperandKind::Imm(i) => dynasm!(e.ops ; mov rax, QWORD i ; cvtsi2sd Rx(to), rax),
    }
}

/// Whether a float path converts integer registers (`Ints`) or takes only float ones (`No`: an integer
/// register goes to the path for the rest, where integer arithmetic is tried first). Constants and
/// immediates are converted either way: with a float register operand the result is a float.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Convert {
    Ints,
    No,
}

/// Float `R[a] = x op y` (operands converted as `convert` says), or `slow` when an operand is not a number
/// (or not a float, with `Convert::No`).
/// `cached`: the instruction's `float_cached` where `xmm7` is still as it was when the instruction began
/// (its main line), else `None`. The result is left in `xmm7` too (`Emitter::produce_float`).
#[allow(clippy::too_many_arguments)]
fn float_arith(
    e: &mut Emitter,
    op: Arith,
    a: u8,
    x: Operand,
    y: Operand,
    slow: DynamicLabel,
    convert: Convert,
    cached: Option<u32>,
) {
    load_float(e, 0, x, slow, convert, cached);
    load_float(e, 1, y, slow, convert, cached);
    match op {
        Arith::Add => dynasm!(e.ops ; addsd xmm0, xmm1),
        Arith::Sub => dynasm!(e.ops ; subsd xmm0, xmm1),
        Arith::Mul => dynasm!(e.ops ; mulsd xmm0, xmm1),
        Arith::Div => dynasm!(e.ops ; divsd xmm0, xmm1),
        Arith::Mod => e.call_pure(numeric::float_mod as *const () as usize),
        Arith::IDiv => e.call_pure(numeric::float_floor_div as *const () as usize),
        Arith::Pow => e.call_pure(numeric::pow as *const () as usize),
        _ => unreachable!("no float path"),
    }
    let ra = reg(a);
    dynasm!(e.ops
        ; mov BYTE [r12 + ra], TAG_FLOAT as i8
        ; movsd [r12 + ra + 8], xmm0
        ; movapd xmm7, xmm0
    );
}

/// The helper for `R[a] = x op y` (`flip`: the source's order was `y op x`); `xmm7` reloaded from `R[a]`
/// after it, as `Emitter::produce_float` wants.
fn arith_slow(e: &mut Emitter, pc: usize, op: Arith, a: u8, x: Operand, y: Operand, flip: bool) {
    let (x, y) = if flip { (y, x) } else { (x, y) };
    e.savepc(pc + 1);
    e.operand_addr(1, x, scratch0()); // rcx
    e.operand_addr(8, y, scratch1()); // r8
    dynasm!(e.ops
        ; mov esi, op as i32
        ; mov edx, a as i32
        ; mov r9d, x.src as i32
        ; mov DWORD [rsp], y.src as i32
    );
    e.call_vm(rt::kiln_rt_arith as *const () as usize);
    e.check_continue();
    dynasm!(e.ops ; movsd xmm7, [r12 + reg(a) + 8]);
}

/// `R[a] = -R[b]` or `~R[b]`.
fn unary(e: &mut Emitter, pc: usize, op: Arith, a: u8, b: u8) {
    let next = e.label(pc + 1);
    let x = reg_operand(b);
    let slow = e.stub(move |e| {
        arith_slow(e, pc, op, a, x, x, false);
        dynasm!(e.ops ; jmp =>next);
    });
    let (ra, rb) = (reg(a), reg(b));
    if op == Arith::BNot {
        dynasm!(e.ops
            ; cmp BYTE [r12 + rb], TAG_INT as i8
            ; jne =>slow
            ; mov rax, [r12 + rb + 8]
            ; not rax
            ; mov BYTE [r12 + ra], TAG_INT as i8
            ; mov [r12 + ra + 8], rax
        );
        return;
    }
    dynasm!(e.ops
        ; mov rax, [r12 + rb + 8]
        ; cmp BYTE [r12 + rb], TAG_INT as i8
        ; jne >not_int
        ; neg rax
        ; mov BYTE [r12 + ra], TAG_INT as i8
        ; jmp >store
        ; not_int:
        ; cmp BYTE [r12 + rb], TAG_FLOAT as i8
        ; jne =>slow
        ; btc rax, 63
        ; mov BYTE [r12 + ra], TAG_FLOAT as i8
        ; store:
        ; mov [r12 + ra + 8], rax
    );
}

// ---------------------------------------------------------------- comparisons

/// `Eq`: same-tag values compared inline (floats by value, booleans by their byte, the rest by payload);
/// different tags, different strings, tables and userdata through the helper (`__eq`, string bytes,
/// `meta::eq_needs_equals`: an FFI cdata against other types), which decides as the interpreter does.
fn eq(e: &mut Emitter, pc: usize, a: u8, b: u8, kf: bool) {
    let (t, f) = e.test_targets(pc, kf);
    let slow = e.stub(move |e| e.compare_slow(pc, 2, r(a), r(b), t, f));
    let (ra, rb) = (reg(a), reg(b));
    dynasm!(e.ops
        ; movzx eax, BYTE [r12 + ra]
        ; cmp al, BYTE [r12 + rb]
        ; jne =>slow
        ; cmp eax, TAG_NIL as i32
        ; je =>t
        ; cmp eax, TAG_FLOAT as i32
        ; je >float
        ; cmp eax, TAG_BOOL as i32
        ; je >boolean
        ; mov rcx, [r12 + ra + 8]
        ; cmp rcx, [r12 + rb + 8]
        ; je =>t
        ; cmp eax, TAG_STR as i32
        ; je =>slow
        ; cmp eax, TAG_TABLE as i32
        ; je =>slow
        ; cmp eax, TAG_USERDATA as i32
        ; je =>slow
        ; jmp =>f
        ; float:
        ; movsd xmm0, [r12 + ra + 8]
        ; ucomisd xmm0, [r12 + rb + 8]
        ; jne =>f
        ; jp =>f
        ; jmp =>t
        ; boolean:
        ; mov cl, [r12 + ra + 8]
        ; cmp cl, [r12 + rb + 8]
        ; je =>t
        ; jmp =>f
    );
}

/// `EqK`: raw equality with a constant, decided inline by the constant's kind; a userdata operand, an
/// integer/float mix and different strings through the helper.
fn eq_k(e: &mut Emitter, pc: usize, a: u8, kc: u16, kf: bool) {
    let (t, f) = e.test_targets(pc, kf);
    let slow = e.stub(move |e| e.compare_slow(pc, 2, r(a), k(kc), t, f));
    let (ra, kk) = (reg(a), konst(kc));
    dynasm!(e.ops
        ; movzx eax, BYTE [r12 + ra]
        ; cmp eax, TAG_USERDATA as i32
        ; je =>slow
    );
    match e.const_kind(kc) {
        ConstKind::Nil => dynasm!(e.ops ; cmp eax, TAG_NIL as i32 ; je =>t ; jmp =>f),
        ConstKind::Bool(bv) => dynasm!(e.ops
            ; cmp eax, TAG_BOOL as i32
            ; jne =>f
            ; cmp BYTE [r12 + ra + 8], bv as i8
            ; je =>t
            ; jmp =>f
        ),
        ConstKind::Int(_) => dynasm!(e.ops
            ; cmp eax, TAG_FLOAT as i32
            ; je =>slow
            ; cmp eax, TAG_INT as i32
            ; jne =>f
            ; mov rcx, [r13 + kk + 8]
            ; cmp rcx, [r12 + ra + 8]
            ; je =>t
            ; jmp =>f
        ),
        ConstKind::Float(_) => dynasm!(e.ops
            ; cmp eax, TAG_INT as i32
            ; je =>slow
            ; cmp eax, TAG_FLOAT as i32
            ; jne =>f
            ; movsd xmm0, [r13 + kk + 8]
            ; ucomisd xmm0, [r12 + ra + 8]
            ; jne =>f
            ; jp =>f
            ; jmp =>t
        ),
        ConstKind::Str(_) => dynasm!(e.ops
            ; cmp eax, TAG_STR as i32
            ; jne =>f
            ; mov rcx, [r13 + kk + 8]
            ; cmp rcx, [r12 + ra + 8]
            ; je =>t
            ; jmp =>slow
        ),
        ConstKind::Other => dynasm!(e.ops ; jmp =>slow),
    }
}

/// `EqI`: equality with a small integer: numbers inline; a userdata (an FFI cdata compares with numbers:
/// `meta::eq_needs_equals`) through the helper; anything else is different.
fn eq_i(e: &mut Emitter, pc: usize, a: u8, i: i64, kf: bool) {
    let (t, f) = e.test_targets(pc, kf);
    let ra = reg(a);
    let bits = (i as f64).to_bits() as i64;
    let slow = e.stub(move |e| {
        e.set_int(scratch0(), i);
        e.compare_slow(pc, 2, r(a), scratch0(), t, f)
    });
    dynasm!(e.ops
        ; cmp BYTE [r12 + ra], TAG_INT as i8
        ; jne >not_int
        ; cmp QWORD [r12 + ra + 8], i as i32
        ; je =>t
        ; jmp =>f
        ; not_int:
        ; cmp BYTE [r12 + ra], TAG_USERDATA as i8
        ; je =>slow
        ; cmp BYTE [r12 + ra], TAG_FLOAT as i8
        ; jne =>f
        ; mov rax, QWORD bits
        ; movq xmm1, rax
        ; ucomisd xmm1, [r12 + ra + 8]
        ; jne =>f
        ; jp =>f
        ; jmp =>t
    );
}

/// `Lt`/`Le` of two registers: integers and floats inline, everything else through the helper.
fn order(e: &mut Emitter, pc: usize, a: u8, b: u8, kf: bool, le: bool) {
    let (t, f) = e.test_targets(pc, kf);
    let slow = e.stub(move |e| e.compare_slow(pc, le as u32, r(a), r(b), t, f));
    let (ra, rb) = (reg(a), reg(b));
    // Both integers, else `otherwise`.
    let ints = move |e: &mut Emitter, otherwise: DynamicLabel| {
        dynasm!(e.ops
            ; cmp BYTE [r12 + ra], TAG_INT as i8
            ; jne =>otherwise
            ; cmp BYTE [r12 + rb], TAG_INT as i8
            ; jne =>otherwise
            ; mov rax, [r12 + ra + 8]
            ; cmp rax, [r12 + rb + 8]
        );
        if le {
            dynasm!(e.ops ; jle =>t ; jmp =>f);
        } else {
            dynasm!(e.ops ; jl =>t ; jmp =>f);
        }
    };
    // Both floats, else `otherwise` (`cached` as for `float_arith`).
    let floats = move |e: &mut Emitter, otherwise: DynamicLabel, cached: Option<u32>| {
        dynasm!(e.ops
            ; cmp BYTE [r12 + ra], TAG_FLOAT as i8
            ; jne =>otherwise
            ; cmp BYTE [r12 + rb], TAG_FLOAT as i8
            ; jne =>otherwise
        );
        // b > a (b >= a): false when unordered.
        e.float_payload(0, b as u32, cached);
        if cached == Some(a as u32) {
            dynasm!(e.ops ; ucomisd xmm0, xmm7);
        } else {
            dynasm!(e.ops ; ucomisd xmm0, [r12 + ra + 8]);
        }
        if le {
            dynasm!(e.ops ; jae =>t ; jmp =>f);
        } else {
            dynasm!(e.ops ; ja =>t ; jmp =>f);
        }
    };
    let hints = e.float_hints[pc];
    if hints.has(a as u32) || hints.has(b as u32) {
        let others = e.stub(move |e| ints(e, slow));
        floats(e, others, e.float_cached);
    } else {
        let others = e.stub(move |e| floats(e, slow, None));
        ints(e, others);
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Cmp {
    Lt,
    Le,
    Gt,
    Ge,
}

/// `R[a] <cmp> i`: integers and floats inline; others through the helper with the immediate as a value
/// (`GtI`/`GeI` as `i < R[a]`, `i <= R[a]`).
fn order_imm(e: &mut Emitter, pc: usize, a: u8, i: i64, kf: bool, isf: bool, cmp: Cmp) {
    let (t, f) = e.test_targets(pc, kf);
    let ra = reg(a);
    let slow = e.stub(move |e| {
        if isf {
            e.set_float_bits(scratch0(), (i as f64).to_bits());
        } else {
            e.set_int(scratch0(), i);
        }
        let (which, x, y) = match cmp {
            Cmp::Lt => (0, r(a), scratch0()),
            Cmp::Le => (1, r(a), scratch0()),
            Cmp::Gt => (0, scratch0(), r(a)),
            Cmp::Ge => (1, scratch0(), r(a)),
        };
        e.compare_slow(pc, which, x, y, t, f)
    });
    let bits = (i as f64).to_bits() as i64;
    let cached = e.float_cached;
    let ints = move |e: &mut Emitter, otherwise: DynamicLabel| {
        dynasm!(e.ops
            ; cmp BYTE [r12 + ra], TAG_INT as i8
            ; jne =>otherwise
            ; cmp QWORD [r12 + ra + 8], i as i32
        );
        match cmp {
            Cmp::Lt => dynasm!(e.ops ; jl =>t ; jmp =>f),
            Cmp::Le => dynasm!(e.ops ; jle =>t ; jmp =>f),
            Cmp::Gt => dynasm!(e.ops ; jg =>t ; jmp =>f),
            Cmp::Ge => dynasm!(e.ops ; jge =>t ; jmp =>f),
        }
    };
    let floats = move |e: &mut Emitter, otherwise: DynamicLabel| {
        dynasm!(e.ops
            ; cmp BYTE [r12 + ra], TAG_FLOAT as i8
            ; jne =>otherwise
            ; mov rax, QWORD bits
            ; movq xmm1, rax
        );
        e.float_payload(0, a as u32, cached);
        // Unordered (NaN) makes every comparison false: `ja`/`jae` test CF = 0 (and ZF = 0).
        match cmp {
            Cmp::Lt => dynasm!(e.ops ; ucomisd xmm1, xmm0 ; ja =>t ; jmp =>f),
            Cmp::Le => dynasm!(e.ops ; ucomisd xmm1, xmm0 ; jae =>t ; jmp =>f),
            Cmp::Gt => dynasm!(e.ops ; ucomisd xmm0, xmm1 ; ja =>t ; jmp =>f),
            Cmp::Ge => dynasm!(e.ops ; ucomisd xmm0, xmm1 ; jae =>t ; jmp =>f),
        }
    };
    // The kind the source wrote the immediate as is tested first (`x > 4.0`: floats); the other follows
    // in line, as the comparison's `xmm7` operand is still valid there.
    let other = e.ops.new_dynamic_label();
    if isf {
        floats(e, other);
        dynasm!(e.ops ; =>other);
        ints(e, slow);
    } else {
        ints(e, other);
        dynasm!(e.ops ; =>other);
        floats(e, slow);
    }
}

// ---------------------------------------------------------------- calls, returns, loops

/// `Return`: through the one frame-return function (`kiln_rt_return`, on `frame_try_return`), or its
/// inlined fast path (`inline_return`). The status alone decides what happens next: `NewFrame` continues
/// in the caller, now on top (its compiled code at its pc, or the runloop); `Exit` (the runloop's boundary
/// record was reached) and errors leave compiled code with the status. Which frame is on top is never the
/// test.
fn ret(e: &mut Emitter, pc: usize, a: u32, b: u32) {
    let slow = e.stub(move |e| {
        e.savepc(pc + 1);
        dynasm!(e.ops ; mov esi, a as i32 ; mov edx, b as i32);
        e.call_vm(rt::kiln_rt_return as *const () as usize);
        e.after_frame_change();
    });
    if b == 0 || e.img.may_close {
        dynasm!(e.ops ; jmp =>slow);
    } else {
        inline_return(e, a, b - 1, slow);
    }
}

/// The fast paths of the frame-return function, inline, for `n` results at `R[a]` of a function that
/// leaves nothing to close (`ProtoImage::may_close`), with no trap set and at most `n` results wanted: the
/// results move to the callee's function slot and the record is popped. Into a Lua frame without a pending
/// return (`frame_return_unhooked`'s fast path) the result is `Continue` in that caller, now on top: it
/// goes on at the resume point its compiled call left in the record's `aux`, or at `->continue_top` when
/// the runloop made the call. Into the NestedRunloop record of a Rust caller that is not orphaned
/// (`return_to_rust_caller`) the result is `Exit`: compiled code leaves with it. Everything else jumps to
/// `slow` (the shim), having changed nothing.
fn inline_return(e: &mut Emitter, a: u32, n: u32, slow: DynamicLabel) {
    let copied = e.ops.new_dynamic_label();
    let caller = -(frame::SIZE as i32);
    let kind_and_pending = 0xff | ((frame::FLAG_PENDING_RETURN as i32) << 8);
    let orphan = (frame::FLAG_ORPHAN as i32) << 8;
    dynasm!(e.ops
        ; cmp BYTE [rbx + vm::TRAP as i32], 0
        ; jne =>slow
        ; mov rax, [rbx + vm::FRAMES_PTR as i32]
        ; add rax, rbp
        // The caller's kind byte (Lua is 0) and its flags byte, in one word; r11d = 1 for a Rust caller.
        ; movzx ecx, WORD [rax + caller + frame::KIND as i32]
        ; xor r11d, r11d
        ; test ecx, kind_and_pending
        ; jnz >not_lua
        // A Lua caller wanting exactly these results (the usual case): copy them, pop, go on.
        ; cmp DWORD [rax + frame::NRESULTS as i32], n as i32
        ; jne >lua_caller
        ; mov rdi, [rax + frame::FUNC as i32]
        ; shl rdi, 4
        ; add rdi, [rbx + vm::STACK_PTR as i32]
    );
    for i in 0..n {
        let src = reg(a + i);
        let dst = 16 * i as i32;
        dynasm!(e.ops
            ; movzx edx, BYTE [r12 + src]
            ; mov rsi, [r12 + src + 8]
            ; mov [rdi + dst], rdx
            ; mov [rdi + dst + 8], rsi
        );
    }
    dynasm!(e.ops
        ; dec QWORD [rbx + vm::FRAMES_LEN as i32]
        ; mov rdx, [rax + caller + frame::TOP as i32]
        ; mov [rbx + vm::TOP as i32], rdx
        ; mov r10, [rax + frame::AUX as i32]
        ; test r10, r10
        ; jz ->continue_top
        ; jmp r10
        ; not_lua:
        ; cmp cl, frame::KIND_NESTED_RUNLOOP as i8
        ; jne =>slow
        ; test ecx, orphan
        ; jnz =>slow
        ; inc r11d
        ; lua_caller:
        // ecx = results wanted (-1: all); more than `n` needs nil padding: the shim's.
        ; mov ecx, DWORD [rax + frame::NRESULTS as i32]
        ; lea edx, [rcx + 1]
        ; cmp edx, n as i32 + 1
        ; ja =>slow
        ; mov r8d, ecx
        ; mov edx, n as i32
        ; test ecx, ecx
        ; cmovs ecx, edx
        // r9 = the destination slot (the callee's function), rdi its address.
        ; mov r9, [rax + frame::FUNC as i32]
        ; mov rdi, r9
        ; shl rdi, 4
        ; add rdi, [rbx + vm::STACK_PTR as i32]
    );
    for i in 0..n {
        let src = reg(a + i);
        let dst = 16 * i as i32;
        dynasm!(e.ops
            ; cmp ecx, i as i32
            ; je =>copied
            ; movzx edx, BYTE [r12 + src]
            ; mov rsi, [r12 + src + 8]
            ; mov [rdi + dst], rdx
            ; mov [rdi + dst + 8], rsi
        );
    }
    dynasm!(e.ops
        ; =>copied
        ; dec QWORD [rbx + vm::FRAMES_LEN as i32]
        ; test r11d, r11d
        ; jnz >rust_caller
        // The top: the caller's register window, or just past the results when it wants them all.
        ; mov rdx, [rax + caller + frame::TOP as i32]
        ; lea rsi, [r9 + n as i32]
        ; test r8d, r8d
        ; cmovs rdx, rsi
        ; mov [rbx + vm::TOP as i32], rdx
        ; mov r10, [rax + frame::AUX as i32]
        ; test r10, r10
        ; jz ->continue_top
        ; jmp r10
        // The Rust caller finds the results just below the top.
        ; rust_caller:
        ; lea rdx, [r9 + rcx]
        ; mov [rbx + vm::TOP as i32], rdx
        ; mov eax, ST_EXIT
        ; jmp ->exit
    );
}

/// A call of `R[a]` with `b - 1` arguments wanting one result when the callee is a builtin with a fast path
/// (fast.rs) and no hook is set: `kiln_rt_call_fast`, then on at `next` (through the interpreter when the
/// trap is set, as after any call). Anything else, or a fast path that declines, falls through.
fn fast_call(e: &mut Emitter, a: u8, b: u8, next: DynamicLabel) {
    let ra = reg(a);
    dynasm!(e.ops
        ; cmp BYTE [r12 + ra], TAG_NATIVEFN as i8
        ; jne >full
        ; mov rax, [r12 + ra + 8]
        ; cmp QWORD [rax + (gc::VALUE + native::FAST) as i32], 0
        ; je >full
        ; test BYTE [rbx + vm::TRAP as i32], trap::HOOKS as i8
        ; jnz >full
        ; mov rsi, r15
        ; shr rsi, 4
        ; add rsi, a as i32
        ; mov edx, b as i32 - 1
    );
    e.call_vm(rt::kiln_rt_call_fast as *const () as usize);
    dynasm!(e.ops
        ; test eax, eax
        ; jz >full
        ; cmp BYTE [rbx + vm::TRAP as i32], 0
        ; jne ->exit_newframe
    );
    e.reload_base();
    dynasm!(e.ops ; jmp =>next ; full:);
}

/// A call of `R[a]` with `b - 1` arguments (`b` = 0: up to `top`) wanting `c - 1` results when the callee is a compiled Lua
/// function without varargs and no limit or trap is in the way: push its frame as `Vm::push_lua_frame`
/// does, pin its registers and jump to its instruction 0 (in this native frame). Anything else jumps to
/// `slow` (the `Call` shim), having changed nothing. The caller's pc is saved. The record's `aux` holds
/// `resume`, where the callee's inline return comes back to.
fn inline_call(e: &mut Emitter, a: u8, b: u8, c: u8, slow: DynamicLabel, resume: DynamicLabel) {
    let ra = reg(a);
    let nargs = b as i32 - 1;
    compiled_callee(e, ra, slow);
    dynasm!(e.ops
        // rax = func slot, rcx = the callee's top (func + 1 + max_stack).
        ; mov rax, r15
        ; shr rax, 4
        ; add rax, a as i32
        ; movzx ecx, BYTE [r8 + proto::MAX_STACK as i32]
        ; lea rcx, [rax + rcx + 1]
        ; lea r9, [rcx + call::FRAME_SLACK as i32]
        ; cmp r9, [rbx + vm::STACK_ROOM as i32]
        ; ja =>slow
        ; mov r9, [rbx + vm::FRAMES_LEN as i32]
        ; cmp r9, [rbx + vm::FRAMES_CAP as i32]
        ; jae =>slow
        ; cmp r9, call::MAX_FRAMES as i32
        ; jae =>slow
    );
    dynasm!(e.ops ; lea rsi, [r12 + ra + 16]);
    if b == 0 {
        // The arguments end at `top` (a multiple-result call or `...` before).
        dynasm!(e.ops ; mov rdi, [rbx + vm::TOP as i32] ; sub rdi, rax ; dec rdi);
        fill_missing_params_counted(e, 7, 10);
    } else {
        fill_missing_params(e, nargs);
    }
    dynasm!(e.ops
        // The record, field by field (`push_record`).
        ; mov rdi, r9
        ; shl rdi, 6
        ; add rdi, [rbx + vm::FRAMES_PTR as i32]
        ; mov DWORD [rdi + frame::KIND as i32], frame::KIND_LUA as i32
        ; mov DWORD [rdi + frame::NRESULTS as i32], c as i32 - 1
        ; mov [rdi + frame::FUNC as i32], rax
        ; lea r10, [rax + 1]
        ; mov [rdi + frame::BASE as i32], r10
        ; mov [rdi + frame::TOP as i32], rcx
        ; mov QWORD [rdi + frame::PC as i32], 0
        ; mov QWORD [rdi + frame::NVARARGS as i32], 0
        ; mov [rdi + frame::PROTO as i32], r8
        ; lea rsi, [=>resume]
        ; mov [rdi + frame::AUX as i32], rsi
        ; inc r9
        ; mov [rbx + vm::FRAMES_LEN as i32], r9
        ; mov [rbx + vm::TOP as i32], rcx
        ; add rbp, frame::SIZE as i32
    );
    enter_callee(e);
}

/// The checks of an inline call or tail call of `R[ra]`: a Lua function with compiled code and no varargs,
/// with no trap set; anything else jumps to `slow`. (Its calls counter is not counted down: once code is
/// published, `Jit::settle` has set it out of reach and the tier never looks at it again.) Leaves the closure in `rdx`, its proto in `r8` and the compiled entry in `r11`.
fn compiled_callee(e: &mut Emitter, ra: i32, slow: DynamicLabel) {
    let pv = gc::VALUE as i32;
    dynasm!(e.ops
        ; cmp BYTE [r12 + ra], TAG_LUAFN as i8
        ; jne =>slow
        ; cmp BYTE [rbx + vm::TRAP as i32], 0
        ; jne =>slow
        ; mov rdx, [r12 + ra + 8]
        ; mov r8, [rdx + pv + closure::PROTO as i32]
        ; add r8, pv
        ; mov r11, [r8 + proto::TIER_ENTRY as i32]
        ; test r11, r11
        ; jz =>slow
        ; cmp BYTE [r8 + proto::IS_VARARG as i32], 0
        ; jne =>slow
    );
}

/// Set to nil the parameters that `nargs` arguments leave missing (the first parameter's slot in `rsi`,
/// the callee's proto in `r8`). The call is not counted: a compiled callee's counter has no more use.
fn fill_missing_params(e: &mut Emitter, nargs: i32) {
    dynasm!(e.ops
        ; movzx r10d, BYTE [r8 + proto::NUM_PARAMS as i32]
        ; sub r10d, nargs
        ; jle >filled
        ; add rsi, nargs * 16
        ; fill:
        ; mov BYTE [rsi], TAG_NIL as i8
        ; add rsi, 16
        ; dec r10d
        ; jnz <fill
        ; filled:
    );
}

/// `fill_missing_params` for an argument count known at run time, in register `nargs` (clobbered), with
/// `rsi` = the first argument's slot. Uses register `scratch`.
fn fill_missing_params_counted(e: &mut Emitter, nargs: u8, scratch: u8) {
    dynasm!(e.ops
        ; movzx Rd(scratch), BYTE [r8 + proto::NUM_PARAMS as i32]
        ; sub Rq(scratch), Rq(nargs)
        ; jle >filled
        ; shl Rq(nargs), 4
        ; add rsi, Rq(nargs)
        ; fill:
        ; mov BYTE [rsi], TAG_NIL as i8
        ; add rsi, 16
        ; dec Rq(scratch)
        ; jnz <fill
        ; filled:
    );
}

/// Pin the callee's registers (its base slot in `r10`, proto in `r8`, closure in `rdx`; its record is on
/// top, at `rbp`) and jump to its instruction 0 (the compiled entry in `r11`).
fn enter_callee(e: &mut Emitter) {
    dynasm!(e.ops
        ; mov r15, r10
        ; shl r15, 4
        ; mov r12, [rbx + vm::STACK_PTR as i32]
        ; add r12, r15
        ; mov r13, [r8 + proto::CONSTS_PTR as i32]
        ; mov r14, [rdx + gc::VALUE as i32 + closure::UPVALS_PTR as i32]
        ; add r11, READY_OFFSET as i32
        ; jmp r11
    );
}

/// `R[a] = #R[b]`. A table without a metatable or a hash part whose array part ends with a value (or is
/// empty) has that array's length as its border (`Table::len`'s answer), inline; other plain tables and
/// strings through `kiln_rt_len_plain`, the rest (`__len`, errors) through `kiln_rt_len`.
fn len(e: &mut Emitter, pc: usize, a: u8, b: u8) {
    let next = e.label(pc + 1);
    let (ra, rb) = (reg(a), reg(b));
    let general = e.stub(move |e| {
        e.addr(7, r(b)); // rdi
        e.addr(6, r(a)); // rsi
        e.call_pure(rt::kiln_rt_len_plain as *const () as usize);
        dynasm!(e.ops ; test eax, eax ; jnz =>next);
        e.savepc(pc + 1);
        dynasm!(e.ops ; mov esi, a as i32 ; mov edx, b as i32);
        e.helper(rt::kiln_rt_len as *const () as usize);
        dynasm!(e.ops ; jmp =>next);
    });
    dynasm!(e.ops
        ; cmp BYTE [r12 + rb], TAG_TABLE as i8
        ; jne =>general
        ; mov rdx, [r12 + rb + 8]
        ; cmp QWORD [rdx + TV + table::META as i32], 0
        ; jne =>general
        ; cmp QWORD [rdx + TV + table::NODES_LEN as i32], 0
        ; jne =>general
        ; mov rax, [rdx + TV + table::ARR_LEN as i32]
        ; test rax, rax
        ; jz >border
        ; mov rcx, rax
        ; shl rcx, 4
        ; add rcx, [rdx + TV + table::ARR_PTR as i32]
        ; cmp BYTE [rcx - 16], TAG_NIL as i8
        ; je =>general
        ; border:
        ; mov BYTE [r12 + ra], TAG_INT as i8
        ; mov [r12 + ra + 8], rax
    );
}

/// The most values (function and arguments) an inline tail call moves, unrolled.
const TAIL_CALL_INLINE_VALUES: u8 = 9;

/// A tail call of `R[a]` with `b - 1` arguments (`b` = 0: up to `top`), as `Vm::tail_call` does it, when the callee is a compiled
/// Lua function without varargs, no trap is set and this function leaves nothing to close
/// (`ProtoImage::may_close`): the function and its arguments move down to this frame's function slot,
/// the record becomes the callee's (a tail call; results wanted and `aux` kept, so the callee returns
/// where this frame would have), then its registers are pinned and its instruction 0 runs. Anything else
/// jumps to `slow` (the `TailCall` shim), having changed nothing.
fn inline_tail_call(e: &mut Emitter, a: u8, b: u8, slow: DynamicLabel) {
    let ra = reg(a);
    let nargs = b as i32 - 1;
    // Kind Lua, flags 0, `tail_call` set: the record's first word.
    let head = (frame::KIND_LUA as i32) | (1 << (8 * frame::TAIL_CALL));
    compiled_callee(e, ra, slow);
    dynasm!(e.ops
        // rdi = the record, rax = its function slot (the callee's now), rcx = the callee's top.
        ; mov rdi, [rbx + vm::FRAMES_PTR as i32]
        ; add rdi, rbp
        ; mov rax, [rdi + frame::FUNC as i32]
        ; movzx ecx, BYTE [r8 + proto::MAX_STACK as i32]
        ; lea rcx, [rax + rcx + 1]
        ; lea r9, [rcx + call::FRAME_SLACK as i32]
        ; cmp r9, [rbx + vm::STACK_ROOM as i32]
        ; ja =>slow
        // Function and arguments move down (the destination is below them: a forward copy).
        ; mov r9, rax
        ; shl r9, 4
        ; add r9, [rbx + vm::STACK_PTR as i32]
    );
    if b == 0 {
        // Up to `top`: rsi = how many values (the function and its arguments), at least one.
        dynasm!(e.ops
            ; mov rsi, r15
            ; shr rsi, 4
            ; add rsi, a as i32
            ; neg rsi
            ; add rsi, [rbx + vm::TOP as i32]
            ; lea r10, [r12 + ra]
            // By parts, as values are stored: a whole-value load of a result just stored in two parts
            // (the call that made the arguments) cannot be forwarded from the stores and waits for them.
            ; copy:
            ; movq xmm0, [r10]
            ; movq [r9], xmm0
            ; movq xmm0, [r10 + 8]
            ; movq [r9 + 8], xmm0
            ; add r10, 16
            ; add r9, 16
            ; dec rsi
            ; jnz <copy
            // r10 = the arguments copied, rsi = where the first went.
            ; mov r10, r9
            ; sub r10, [rbx + vm::STACK_PTR as i32]
            ; shr r10, 4
            ; sub r10, rax
            ; dec r10
            ; lea rsi, [rax + 1]
            ; shl rsi, 4
            ; add rsi, [rbx + vm::STACK_PTR as i32]
        );
        fill_missing_params_counted(e, 10, 9);
    } else {
        for i in 0..b as i32 {
            dynasm!(e.ops
                ; movzx r10d, BYTE [r12 + ra + 16 * i]
                ; mov [r9 + 16 * i], r10
                ; mov r10, [r12 + ra + 16 * i + 8]
                ; mov [r9 + 16 * i + 8], r10
            );
        }
        dynasm!(e.ops ; lea rsi, [r9 + 16]);
        fill_missing_params(e, nargs);
    }
    dynasm!(e.ops
        ; mov DWORD [rdi + frame::KIND as i32], head
        ; lea r10, [rax + 1]
        ; mov [rdi + frame::BASE as i32], r10
        ; mov [rdi + frame::TOP as i32], rcx
        ; mov QWORD [rdi + frame::PC as i32], 0
        ; mov QWORD [rdi + frame::NVARARGS as i32], 0
        ; mov [rdi + frame::PROTO as i32], r8
        ; mov [rbx + vm::TOP as i32], rcx
    );
    // The record on top, `rbp`, is the same.
    enter_callee(e);
}

/// `ForPrep`: an all-integer loop with a nonzero step inline, as `rt::for_prep_int` (the iteration count,
/// unsigned, in `R[a+1]`); everything else (floats, strings, errors) through `kiln_rt_for_prep`.
fn for_prep(e: &mut Emitter, pc: usize, a: u32, exit: usize) {
    let (skip, run) = (e.label(exit), e.label(pc + 1));
    let slow = e.stub(move |e| {
        e.savepc(pc + 1);
        dynasm!(e.ops ; mov esi, a as i32);
        e.call_vm(rt::kiln_rt_for_prep as *const () as usize);
        e.branch_on_status(skip, run);
    });
    let (init, lim, step, ctl) = (reg(a), reg(a + 1), reg(a + 2), reg(a + 3));
    dynasm!(e.ops
        ; cmp BYTE [r12 + init], TAG_INT as i8
        ; jne =>slow
        ; cmp BYTE [r12 + lim], TAG_INT as i8
        ; jne =>slow
        ; cmp BYTE [r12 + step], TAG_INT as i8
        ; jne =>slow
        ; mov rcx, [r12 + step + 8]
        ; test rcx, rcx
        ; jz =>slow
        ; mov r8, [r12 + init + 8]
        ; mov rax, [r12 + lim + 8]
        ; js >down
        // Up: skip when init > limit; count = (limit - init) / step, unsigned.
        ; cmp r8, rax
        ; jg =>skip
        ; sub rax, r8
        ; cmp rcx, 1
        ; je >counted
        ; xor edx, edx
        ; div rcx
        ; jmp >counted
        ; down:
        // Down: skip when init < limit; count = (init - limit) / -(step + 1) + 1, unsigned.
        ; cmp r8, rax
        ; jl =>skip
        ; neg rax
        ; add rax, r8
        ; inc rcx
        ; neg rcx
        ; inc rcx
        ; xor edx, edx
        ; div rcx
        ; counted:
        ; mov [r12 + lim + 8], rax
        ; mov BYTE [r12 + ctl], TAG_INT as i8
        ; mov [r12 + ctl + 8], r8
    );
}

/// `ForLoop`: integer loops (count in `R[a+1]`) and float loops inline, as the interpreter's arm; a loop
/// state whose tags are not all integers or all floats ends the loop.
fn for_loop(e: &mut Emitter, pc: usize, a: u32, body: usize) {
    let next = e.label(pc + 1);
    let (idx, lim, step, ctl) = (reg(a), reg(a + 1), reg(a + 2), reg(a + 3));
    let body_label = e.jump_label(pc, body);
    let floats = e.stub(move |e| {
        dynasm!(e.ops
            ; cmp BYTE [r12 + idx], TAG_FLOAT as i8
            ; jne =>next
            ; cmp BYTE [r12 + lim], TAG_FLOAT as i8
            ; jne =>next
            ; cmp BYTE [r12 + step], TAG_FLOAT as i8
            ; jne =>next
            ; movsd xmm0, [r12 + idx + 8]
            ; movsd xmm1, [r12 + step + 8]
            ; movsd xmm3, [r12 + lim + 8]
            ; addsd xmm0, xmm1
            ; xorpd xmm2, xmm2
            ; ucomisd xmm1, xmm2
            ; ja >up
            ; ucomisd xmm0, xmm3
            ; jae >go
            ; jmp =>next
            ; up:
            ; ucomisd xmm3, xmm0
            ; jb =>next
            ; jp =>next
            ; go:
            ; movsd [r12 + idx + 8], xmm0
            ; mov BYTE [r12 + ctl], TAG_FLOAT as i8
            ; movsd [r12 + ctl + 8], xmm0
            ; jmp =>body_label
        );
    });
    dynasm!(e.ops
        ; cmp BYTE [r12 + idx], TAG_INT as i8
        ; jne =>floats
        ; cmp BYTE [r12 + lim], TAG_INT as i8
        ; jne =>floats
        ; cmp BYTE [r12 + step], TAG_INT as i8
        ; jne =>floats
        ; mov rax, [r12 + lim + 8]
        ; test rax, rax
        ; jz =>next
        ; dec rax
        ; mov [r12 + lim + 8], rax
        ; mov rcx, [r12 + idx + 8]
        ; add rcx, [r12 + step + 8]
        ; mov [r12 + idx + 8], rcx
        ; mov BYTE [r12 + ctl], TAG_INT as i8
        ; mov [r12 + ctl + 8], rcx
        ; jmp =>body_label
    );
}
