//! Code generation primitives (PUC's `lcode.c`): expression descriptors,
//! register allocation, constants, jump lists, discharging expressions into
//! registers, conditional jumps and operator selection with constant folding.
//!
//! Jump lists are threaded through the `to` field of the `Jmp` instructions
//! themselves (`NO_JUMP` ends a list) until they are patched to their target.

use super::fold::{fold_binary, fold_unary};
use super::{CResult, FuncState, KVal};
use crate::ast::{BinOp, UnOp};
use crate::bytecode::{Flow, Op, Rk, MULTI, RK_CONST};
use std::rc::Rc;

/// End of a jump list.
pub const NO_JUMP: usize = usize::MAX;
const NO_JUMP_OP: u32 = u32::MAX;
/// PUC's MAXREGS: a frame has at most this many registers minus one.
pub const MAX_REGS: usize = 255;
/// Largest constant index an `Rk` operand can name.
const MAX_RK_CONST: u32 = (u16::MAX - RK_CONST) as u32;

/// What an expression is, before it is materialized (PUC's `expkind`).
#[derive(Clone, Debug, PartialEq)]
pub enum EK {
    /// No value (empty expression list).
    Void,
    Nil,
    True,
    False,
    /// Constant `consts[idx]`.
    K(u32),
    KFlt(f64),
    KInt(i64),
    KStr(Rc<[u8]>),
    /// Value in a fixed register.
    NonReloc(u8),
    /// Local variable in register `reg`; `vidx` its index among the active variables.
    Local {
        reg: u8,
        vidx: usize,
    },
    Upval(u8),
    /// `R[t][R[key]]`
    Indexed {
        t: u8,
        key: u8,
    },
    /// `U[up][K[k]]`
    IndexUp {
        up: u8,
        k: u16,
    },
    /// `R[t][i]`
    IndexI {
        t: u8,
        i: u8,
    },
    /// `R[t][K[k]]`
    IndexStr {
        t: u8,
        k: u16,
    },
    /// A comparison; the value is the pc of its `Jmp`.
    Jmp(usize),
    /// An instruction at pc whose destination register is still open.
    Reloc(usize),
    /// An open call at pc.
    Call(usize),
    /// An open vararg at pc.
    VarArg(usize),
}

impl EK {
    /// The value of a literal (what a compile-time constant may hold).
    pub fn literal(&self) -> Option<KVal> {
        Some(match self {
            EK::Nil => KVal::Nil,
            EK::True => KVal::Bool(true),
            EK::False => KVal::Bool(false),
            EK::KInt(i) => KVal::Int(*i),
            EK::KFlt(x) => KVal::Flt(*x),
            EK::KStr(s) => KVal::Str(s.clone()),
            _ => return None,
        })
    }
}

/// An expression descriptor with its pending true/false exit lists.
#[derive(Clone, Debug)]
pub struct ExpDesc {
    pub k: EK,
    pub t: usize,
    pub f: usize,
}

impl ExpDesc {
    pub fn new(k: EK) -> ExpDesc {
        ExpDesc { k, t: NO_JUMP, f: NO_JUMP }
    }
    pub fn has_jumps(&self) -> bool {
        self.t != self.f
    }
    pub fn is_multi(&self) -> bool {
        matches!(self.k, EK::Call(_) | EK::VarArg(_))
    }
    /// The numeric literal, if the expression is one (PUC's `tonumeral`).
    pub fn numeral(&self) -> Option<KVal> {
        if self.has_jumps() {
            return None;
        }
        match self.k {
            EK::KInt(i) => Some(KVal::Int(i)),
            EK::KFlt(f) => Some(KVal::Flt(f)),
            _ => None,
        }
    }
    /// A small integer literal usable as an immediate (PUC's `isSCint`).
    fn sc_int(&self) -> Option<i16> {
        match self.k {
            EK::KInt(i) if !self.has_jumps() => i16::try_from(i).ok().filter(|v| (-127..=128).contains(v)),
            _ => None,
        }
    }
    /// An integer or integral float literal usable as an immediate in `EqI`.
    fn sc_number(&self) -> Option<i16> {
        match self.k {
            EK::KFlt(f) if !self.has_jumps() => crate::number::float_to_int_exact(f)
                .and_then(|i| i16::try_from(i).ok().filter(|v| (-127..=128).contains(v))),
            _ => self.sc_int(),
        }
    }
    pub fn is_indexed(&self) -> bool {
        matches!(self.k, EK::Indexed { .. } | EK::IndexUp { .. } | EK::IndexI { .. } | EK::IndexStr { .. })
    }
}

/// Does the instruction test a condition (always followed by a `Jmp`)?
fn is_test(op: &Op) -> bool {
    op.code().flow() == Flow::Test
}

/// Set the destination register of a relocatable instruction.
fn set_dest(op: &mut Op, reg: u8) {
    match op {
        Op::Move { a, .. }
        | Op::LoadI { a, .. }
        | Op::LoadF { a, .. }
        | Op::LoadK { a, .. }
        | Op::LoadFalse { a }
        | Op::LFalseSkip { a }
        | Op::LoadTrue { a }
        | Op::LoadNil { a, .. }
        | Op::GetUpval { a, .. }
        | Op::GetTabUp { a, .. }
        | Op::GetTable { a, .. }
        | Op::GetI { a, .. }
        | Op::GetField { a, .. }
        | Op::NewTable { a, .. }
        | Op::Add { a, .. }
        | Op::Sub { a, .. }
        | Op::Mul { a, .. }
        | Op::Mod { a, .. }
        | Op::Pow { a, .. }
        | Op::Div { a, .. }
        | Op::IDiv { a, .. }
        | Op::BAnd { a, .. }
        | Op::BOr { a, .. }
        | Op::BXor { a, .. }
        | Op::Shl { a, .. }
        | Op::Shr { a, .. }
        | Op::AddK { a, .. }
        | Op::SubK { a, .. }
        | Op::MulK { a, .. }
        | Op::ModK { a, .. }
        | Op::PowK { a, .. }
        | Op::DivK { a, .. }
        | Op::IDivK { a, .. }
        | Op::BAndK { a, .. }
        | Op::BOrK { a, .. }
        | Op::BXorK { a, .. }
        | Op::AddI { a, .. }
        | Op::ShrI { a, .. }
        | Op::ShlI { a, .. }
        | Op::Unm { a, .. }
        | Op::BNot { a, .. }
        | Op::Not { a, .. }
        | Op::Len { a, .. }
        | Op::Closure { a, .. }
        | Op::VarArg { a, .. } => *a = reg,
        other => unreachable!("instruction {other:?} is not relocatable"),
    }
}

fn k_fits_u16(k: u32) -> Option<u16> {
    u16::try_from(k).ok()
}

impl FuncState {
    // ------------------------------------------------------------ emitting

    pub fn pc(&self) -> usize {
        self.code.len()
    }

    /// Append an instruction at the current line; returns its pc.
    pub fn code(&mut self, op: Op) -> usize {
        self.code.push(op);
        self.lines.push(self.line);
        self.code.len() - 1
    }

    /// Give the last instruction line `line` (PUC's `luaK_fixline`).
    pub fn fix_line(&mut self, line: u32) {
        if let Some(l) = self.lines.last_mut() {
            *l = line;
        }
    }

    /// The previous instruction, if no jump targets the current position.
    fn previous(&mut self) -> Option<&mut Op> {
        if self.pc() > self.last_target {
            self.code.last_mut()
        } else {
            None
        }
    }

    // ------------------------------------------------------------ jumps

    pub fn jump(&mut self) -> usize {
        self.code(Op::Jmp { to: NO_JUMP_OP })
    }

    fn get_jump(&self, pc: usize) -> usize {
        match self.code[pc] {
            Op::Jmp { to } if to != NO_JUMP_OP => to as usize,
            _ => NO_JUMP,
        }
    }

    fn fix_jump(&mut self, pc: usize, dest: usize) {
        match &mut self.code[pc] {
            Op::Jmp { to } => *to = dest as u32,
            other => unreachable!("fixing non-jump {other:?}"),
        }
    }

    /// Append jump list `l2` to jump list `l1`.
    pub fn concat(&mut self, l1: &mut usize, l2: usize) {
        if l2 == NO_JUMP {
            return;
        }
        if *l1 == NO_JUMP {
            *l1 = l2;
            return;
        }
        let mut list = *l1;
        loop {
            let next = self.get_jump(list);
            if next == NO_JUMP {
                break;
            }
            list = next;
        }
        self.fix_jump(list, l2);
    }

    /// Mark the current pc as a jump target and return it.
    pub fn get_label(&mut self) -> usize {
        self.last_target = self.pc();
        self.pc()
    }

    fn jump_control(&self, pc: usize) -> usize {
        if pc >= 1 && is_test(&self.code[pc - 1]) {
            pc - 1
        } else {
            pc
        }
    }

    /// Make the `TestSet` controlling jump `node` store into `reg` (or become a
    /// plain `Test` when no value is needed). False if the jump is not a TestSet's.
    fn patch_test_reg(&mut self, node: usize, reg: Option<u8>) -> bool {
        let i = self.jump_control(node);
        let Op::TestSet { a: _, b, k } = self.code[i] else { return false };
        self.code[i] = match reg {
            Some(r) if r != b => Op::TestSet { a: r, b, k },
            _ => Op::Test { a: b, k },
        };
        true
    }

    fn remove_values(&mut self, mut list: usize) {
        while list != NO_JUMP {
            self.patch_test_reg(list, None);
            list = self.get_jump(list);
        }
    }

    fn patch_list_aux(&mut self, mut list: usize, vtarget: usize, reg: Option<u8>, dtarget: usize) {
        while list != NO_JUMP {
            let next = self.get_jump(list);
            if self.patch_test_reg(list, reg) {
                self.fix_jump(list, vtarget);
            } else {
                self.fix_jump(list, dtarget);
            }
            list = next;
        }
    }

    pub fn patch_list(&mut self, list: usize, target: usize) {
        self.patch_list_aux(list, target, None, target);
    }

    pub fn patch_to_here(&mut self, list: usize) {
        let here = self.get_label();
        self.patch_list(list, here);
    }

    /// A jump back (or forward) to a known pc.
    pub fn jump_to(&mut self, target: usize) {
        let j = self.jump();
        self.patch_list(j, target);
    }

    fn cond_jump(&mut self, op: Op) -> usize {
        self.code(op);
        self.jump()
    }

    // ------------------------------------------------------------ registers

    /// Registers used by the active local variables.
    pub fn nvarstack(&self) -> usize {
        self.reg_level(self.nactvar)
    }

    /// Registers used by the first `nvar` active variables.
    pub fn reg_level(&self, nvar: usize) -> usize {
        self.actvar[..nvar].iter().rev().find(|v| v.ctc.is_none()).map_or(0, |v| v.ridx as usize + 1)
    }

    pub fn check_stack(&mut self, n: usize) -> CResult<()> {
        let new = self.freereg + n;
        if new > self.max_stack {
            if new >= MAX_REGS {
                return Err(self.error("function or expression needs too many registers"));
            }
            self.max_stack = new;
        }
        Ok(())
    }

    pub fn reserve_regs(&mut self, n: usize) -> CResult<()> {
        self.check_stack(n)?;
        self.freereg += n;
        Ok(())
    }

    fn free_reg(&mut self, reg: u8) {
        if reg as usize >= self.nvarstack() {
            self.freereg -= 1;
            debug_assert_eq!(reg as usize, self.freereg, "registers freed out of order");
        }
    }

    fn free_regs(&mut self, r1: u8, r2: u8) {
        if r1 > r2 {
            self.free_reg(r1);
            self.free_reg(r2);
        } else {
            self.free_reg(r2);
            self.free_reg(r1);
        }
    }

    pub fn free_exp(&mut self, e: &ExpDesc) {
        if let EK::NonReloc(r) = e.k {
            self.free_reg(r);
        }
    }

    fn free_exps(&mut self, e1: &ExpDesc, e2: &ExpDesc) {
        match (&e1.k, &e2.k) {
            (EK::NonReloc(r1), EK::NonReloc(r2)) => self.free_regs(*r1, *r2),
            (EK::NonReloc(r1), _) => self.free_reg(*r1),
            (_, EK::NonReloc(r2)) => self.free_reg(*r2),
            _ => {}
        }
    }

    // ------------------------------------------------------------ constants

    /// Index of constant `v`, reusing an equal one.
    pub fn add_k(&mut self, v: KVal) -> u32 {
        let key = v.key();
        if let Some(&i) = self.kcache.get(&key) {
            return i;
        }
        let i = self.consts.len() as u32;
        self.consts.push(v);
        self.kcache.insert(key, i);
        i
    }

    pub fn string_k(&mut self, s: &Rc<[u8]>) -> u32 {
        self.add_k(KVal::Str(s.clone()))
    }

    /// Load constant `k` into `reg`.
    fn code_k(&mut self, reg: u8, k: u32) -> usize {
        self.code(Op::LoadK { a: reg, k })
    }

    pub fn load_int(&mut self, reg: u8, i: i64) {
        match i32::try_from(i).ok().filter(|v| (-65535..=65536).contains(v)).ok_or(()) {
            Ok(i) => self.code(Op::LoadI { a: reg, i }),
            Err(_) => {
                let k = self.add_k(KVal::Int(i));
                self.code_k(reg, k)
            }
        };
    }

    fn load_float(&mut self, reg: u8, f: f64) {
        let fits = crate::number::float_to_int_exact(f)
            .and_then(|i| i32::try_from(i).ok().filter(|v| (-65535..=65536).contains(v)))
            .filter(|_| !(f == 0.0 && f.is_sign_negative()));
        match fits {
            Some(i) => self.code(Op::LoadF { a: reg, i }),
            None => {
                let k = self.add_k(KVal::Flt(f));
                self.code_k(reg, k)
            }
        };
    }

    /// Set registers `from .. from+n` to nil, merging with a previous LoadNil.
    pub fn load_nil(&mut self, from: u8, n: usize) {
        let mut from = from as usize;
        let mut last = from + n - 1;
        if let Some(Op::LoadNil { a, n: pn }) = self.previous() {
            let pfrom = *a as usize;
            let plast = pfrom + *pn as usize;
            if (pfrom <= from && from <= plast + 1) || (from <= pfrom && pfrom <= last + 1) {
                from = from.min(pfrom);
                last = last.max(plast);
                *a = from as u8;
                *pn = (last - from) as u8;
                return;
            }
        }
        self.code(Op::LoadNil { a: from as u8, n: (n - 1) as u8 });
    }

    // ------------------------------------------------------------ discharging

    /// Fix the number of results of an open call or vararg (`nresults` may be
    /// `None` for "all").
    pub fn set_returns(&mut self, e: &ExpDesc, nresults: Option<usize>) -> CResult<()> {
        let c = nresults.map_or(MULTI, |n| (n + 1) as u8);
        match e.k {
            EK::Call(pc) => {
                if let Op::Call { c: cc, .. } = &mut self.code[pc] {
                    *cc = c;
                }
            }
            EK::VarArg(pc) => {
                let reg = self.freereg as u8;
                if let Op::VarArg { a, c: cc } = &mut self.code[pc] {
                    *a = reg;
                    *cc = c;
                }
                self.reserve_regs(1)?;
            }
            _ => unreachable!("set_returns on a single-valued expression"),
        }
        Ok(())
    }

    pub fn set_multret(&mut self, e: &ExpDesc) -> CResult<()> {
        self.set_returns(e, None)
    }

    /// Make an open call or vararg produce exactly one value.
    pub fn set_one_ret(&mut self, e: &mut ExpDesc) {
        match e.k {
            EK::Call(pc) => {
                let Op::Call { a, .. } = self.code[pc] else { unreachable!() };
                e.k = EK::NonReloc(a);
            }
            EK::VarArg(pc) => {
                if let Op::VarArg { c, .. } = &mut self.code[pc] {
                    *c = 2;
                }
                e.k = EK::Reloc(pc);
            }
            _ => {}
        }
    }

    /// Turn variables into values (emitting the loads) — PUC's `luaK_dischargevars`.
    pub fn discharge_vars(&mut self, e: &mut ExpDesc) {
        match e.k.clone() {
            EK::Local { reg, .. } => e.k = EK::NonReloc(reg),
            EK::Upval(b) => e.k = EK::Reloc(self.code(Op::GetUpval { a: 0, b })),
            EK::IndexUp { up, k } => e.k = EK::Reloc(self.code(Op::GetTabUp { a: 0, up, k })),
            EK::IndexI { t, i } => {
                self.free_reg(t);
                e.k = EK::Reloc(self.code(Op::GetI { a: 0, b: t, i: i as u16 }));
            }
            EK::IndexStr { t, k } => {
                self.free_reg(t);
                e.k = EK::Reloc(self.code(Op::GetField { a: 0, b: t, k }));
            }
            EK::Indexed { t, key } => {
                self.free_regs(t, key);
                e.k = EK::Reloc(self.code(Op::GetTable { a: 0, b: t, c: key }));
            }
            EK::Call(_) | EK::VarArg(_) => self.set_one_ret(e),
            _ => {}
        }
    }

    fn discharge_to_reg(&mut self, e: &mut ExpDesc, reg: u8) {
        self.discharge_vars(e);
        match e.k.clone() {
            EK::Nil => self.load_nil(reg, 1),
            EK::False => {
                self.code(Op::LoadFalse { a: reg });
            }
            EK::True => {
                self.code(Op::LoadTrue { a: reg });
            }
            EK::KStr(s) => {
                let k = self.string_k(&s);
                self.code_k(reg, k);
            }
            EK::K(k) => {
                self.code_k(reg, k);
            }
            EK::KFlt(f) => self.load_float(reg, f),
            EK::KInt(i) => self.load_int(reg, i),
            EK::Reloc(pc) => set_dest(&mut self.code[pc], reg),
            EK::NonReloc(r) => {
                if r != reg {
                    self.code(Op::Move { a: reg, b: r });
                }
            }
            EK::Jmp(_) => return,
            other => unreachable!("discharging {other:?}"),
        }
        e.k = EK::NonReloc(reg);
    }

    fn discharge_to_any_reg(&mut self, e: &mut ExpDesc) -> CResult<()> {
        if !matches!(e.k, EK::NonReloc(_)) {
            self.reserve_regs(1)?;
            let r = (self.freereg - 1) as u8;
            self.discharge_to_reg(e, r);
        }
        Ok(())
    }

    fn code_load_bool(&mut self, op: Op) -> usize {
        self.get_label();
        self.code(op)
    }

    /// Does any jump in the list need a value (is not controlled by a TestSet)?
    fn need_value(&self, mut list: usize) -> bool {
        while list != NO_JUMP {
            if !matches!(self.code[self.jump_control(list)], Op::TestSet { .. }) {
                return true;
            }
            list = self.get_jump(list);
        }
        false
    }

    /// Put the final value of `e` (jumps included) into `reg`.
    fn exp_to_reg(&mut self, e: &mut ExpDesc, reg: u8) {
        self.discharge_to_reg(e, reg);
        if let EK::Jmp(pc) = e.k {
            let mut t = e.t;
            self.concat(&mut t, pc);
            e.t = t;
        }
        if e.has_jumps() {
            let mut p_f = NO_JUMP;
            let mut p_t = NO_JUMP;
            if self.need_value(e.t) || self.need_value(e.f) {
                let fj = if matches!(e.k, EK::Jmp(_)) { NO_JUMP } else { self.jump() };
                p_f = self.code_load_bool(Op::LFalseSkip { a: reg });
                p_t = self.code_load_bool(Op::LoadTrue { a: reg });
                self.patch_to_here(fj);
            }
            let end = self.get_label();
            self.patch_list_aux(e.f, end, Some(reg), p_f);
            self.patch_list_aux(e.t, end, Some(reg), p_t);
        }
        e.t = NO_JUMP;
        e.f = NO_JUMP;
        e.k = EK::NonReloc(reg);
    }

    pub fn exp_to_next_reg(&mut self, e: &mut ExpDesc) -> CResult<()> {
        self.discharge_vars(e);
        self.free_exp(e);
        self.reserve_regs(1)?;
        let r = (self.freereg - 1) as u8;
        self.exp_to_reg(e, r);
        Ok(())
    }

    /// Put `e` in some register (its own if it has one) and return it.
    pub fn exp_to_any_reg(&mut self, e: &mut ExpDesc) -> CResult<u8> {
        self.discharge_vars(e);
        if let EK::NonReloc(r) = e.k {
            if !e.has_jumps() {
                return Ok(r);
            }
            if r as usize >= self.nvarstack() {
                self.exp_to_reg(e, r);
                return Ok(r);
            }
        }
        self.exp_to_next_reg(e)?;
        let EK::NonReloc(r) = e.k else { unreachable!() };
        Ok(r)
    }

    /// Like `exp_to_any_reg`, but an upvalue may stay one (for `GetTabUp`).
    pub fn exp_to_any_reg_up(&mut self, e: &mut ExpDesc) -> CResult<()> {
        if !matches!(e.k, EK::Upval(_)) || e.has_jumps() {
            self.exp_to_any_reg(e)?;
        }
        Ok(())
    }

    /// Make `e` a value (register or constant), not a variable.
    pub fn exp_to_val(&mut self, e: &mut ExpDesc) -> CResult<()> {
        if e.has_jumps() {
            self.exp_to_any_reg(e)?;
        } else {
            self.discharge_vars(e);
        }
        Ok(())
    }

    /// Turn a literal into a `K` expression if its index fits an Rk operand.
    fn exp_to_k(&mut self, e: &mut ExpDesc) -> bool {
        if e.has_jumps() {
            return false;
        }
        let k = match e.k.clone() {
            EK::True => self.add_k(KVal::Bool(true)),
            EK::False => self.add_k(KVal::Bool(false)),
            EK::Nil => self.add_k(KVal::Nil),
            EK::KInt(i) => self.add_k(KVal::Int(i)),
            EK::KFlt(f) => self.add_k(KVal::Flt(f)),
            EK::KStr(s) => self.string_k(&s),
            EK::K(k) => k,
            _ => return false,
        };
        if k <= MAX_RK_CONST {
            e.k = EK::K(k);
            true
        } else {
            false
        }
    }

    /// A register or constant operand for a store.
    fn exp_to_rk(&mut self, e: &mut ExpDesc) -> CResult<Rk> {
        if self.exp_to_k(e) {
            let EK::K(k) = e.k else { unreachable!() };
            return Ok(RK_CONST + k as u16);
        }
        Ok(self.exp_to_any_reg(e)? as Rk)
    }

    /// Store `ex` into variable `var`.
    pub fn store_var(&mut self, var: &ExpDesc, ex: &mut ExpDesc) -> CResult<()> {
        match var.k {
            EK::Local { reg, .. } => {
                self.free_exp(ex);
                self.exp_to_reg(ex, reg);
                return Ok(());
            }
            EK::Upval(b) => {
                let a = self.exp_to_any_reg(ex)?;
                self.code(Op::SetUpval { a, b });
            }
            EK::IndexUp { up, k } => {
                let v = self.exp_to_rk(ex)?;
                self.code(Op::SetTabUp { up, k, v });
            }
            EK::IndexI { t, i } => {
                let v = self.exp_to_rk(ex)?;
                self.code(Op::SetI { a: t, i, v });
            }
            EK::IndexStr { t, k } => {
                let v = self.exp_to_rk(ex)?;
                self.code(Op::SetField { a: t, k, v });
            }
            EK::Indexed { t, key } => {
                let v = self.exp_to_rk(ex)?;
                self.code(Op::SetTable { a: t, b: key, v });
            }
            ref other => unreachable!("storing into {other:?}"),
        }
        self.free_exp(ex);
        Ok(())
    }

    /// `obj:name` — method lookup into two consecutive registers.
    pub fn self_op(&mut self, e: &mut ExpDesc, name: &Rc<[u8]>) -> CResult<()> {
        let obj = self.exp_to_any_reg(e)?;
        self.free_exp(e);
        let base = self.freereg as u8;
        e.k = EK::NonReloc(base);
        self.reserve_regs(2)?;
        let k = self.string_k(name);
        match k_fits_u16(k) {
            Some(k) => {
                self.code(Op::SelfOp { a: base, b: obj, k });
            }
            None => {
                // Too many constants for SelfOp's operand: do its two moves by hand.
                self.code(Op::Move { a: base + 1, b: obj });
                self.code_k(base, k);
                self.code(Op::GetTable { a: base, b: obj, c: base });
            }
        }
        Ok(())
    }

    /// Turn `t` (a table in a register or upvalue) into the indexed variable `t[k]`.
    pub fn indexed(&mut self, t: &mut ExpDesc, k: &mut ExpDesc) -> CResult<()> {
        let kstr = match &k.k {
            EK::KStr(s) if !k.has_jumps() => k_fits_u16(self.string_k(&s.clone())),
            _ => None,
        };
        if matches!(t.k, EK::Upval(_)) && kstr.is_none() {
            self.exp_to_any_reg(t)?;
        }
        if let EK::Upval(up) = t.k {
            t.k = EK::IndexUp { up, k: kstr.expect("checked above") };
            return Ok(());
        }
        let treg = match t.k {
            EK::Local { reg, .. } => reg,
            EK::NonReloc(r) => r,
            ref other => unreachable!("indexing {other:?}"),
        };
        t.k = if let Some(k) = kstr {
            EK::IndexStr { t: treg, k }
        } else if let (EK::KInt(i), false) = (&k.k, k.has_jumps()) {
            match u8::try_from(*i) {
                Ok(i) => EK::IndexI { t: treg, i },
                Err(_) => EK::Indexed { t: treg, key: self.exp_to_any_reg(k)? },
            }
        } else {
            EK::Indexed { t: treg, key: self.exp_to_any_reg(k)? }
        };
        Ok(())
    }

    // ------------------------------------------------------------ conditions

    fn negate_condition(&mut self, e: &ExpDesc) {
        let EK::Jmp(pc) = e.k else { unreachable!() };
        let i = self.jump_control(pc);
        match &mut self.code[i] {
            Op::Eq { k, .. }
            | Op::Lt { k, .. }
            | Op::Le { k, .. }
            | Op::EqK { k, .. }
            | Op::EqI { k, .. }
            | Op::LtI { k, .. }
            | Op::LeI { k, .. }
            | Op::GtI { k, .. }
            | Op::GeI { k, .. }
            | Op::Test { k, .. }
            | Op::TestSet { k, .. } => *k = !*k,
            other => unreachable!("negating {other:?}"),
        }
    }

    /// Emit a jump taken when `e` is `cond`.
    fn jump_on_cond(&mut self, e: &mut ExpDesc, cond: bool) -> CResult<usize> {
        if let EK::Reloc(pc) = e.k {
            if let Op::Not { b, .. } = self.code[pc] {
                // Drop the Not and test its operand the other way round.
                if pc + 1 == self.code.len() {
                    self.code.pop();
                    self.lines.pop();
                    return Ok(self.cond_jump(Op::Test { a: b, k: !cond }));
                }
            }
        }
        self.discharge_to_any_reg(e)?;
        self.free_exp(e);
        let EK::NonReloc(b) = e.k else { unreachable!() };
        Ok(self.cond_jump(Op::TestSet { a: u8::MAX, b, k: cond }))
    }

    /// Fall through when `e` is true, jump (via `e.f`) when false.
    pub fn go_if_true(&mut self, e: &mut ExpDesc) -> CResult<()> {
        self.discharge_vars(e);
        let pc = match e.k {
            EK::Jmp(pc) => {
                self.negate_condition(e);
                pc
            }
            EK::K(_) | EK::KFlt(_) | EK::KInt(_) | EK::KStr(_) | EK::True => NO_JUMP,
            _ => self.jump_on_cond(e, false)?,
        };
        let mut f = e.f;
        self.concat(&mut f, pc);
        e.f = f;
        self.patch_to_here(e.t);
        e.t = NO_JUMP;
        Ok(())
    }

    /// Fall through when `e` is false, jump (via `e.t`) when true.
    pub fn go_if_false(&mut self, e: &mut ExpDesc) -> CResult<()> {
        self.discharge_vars(e);
        let pc = match e.k {
            EK::Jmp(pc) => pc,
            EK::Nil | EK::False => NO_JUMP,
            _ => self.jump_on_cond(e, true)?,
        };
        let mut t = e.t;
        self.concat(&mut t, pc);
        e.t = t;
        self.patch_to_here(e.f);
        e.f = NO_JUMP;
        Ok(())
    }

    fn code_not(&mut self, e: &mut ExpDesc) -> CResult<()> {
        match e.k {
            EK::Nil | EK::False => e.k = EK::True,
            EK::K(_) | EK::KFlt(_) | EK::KInt(_) | EK::KStr(_) | EK::True => e.k = EK::False,
            EK::Jmp(_) => self.negate_condition(e),
            EK::Reloc(_) | EK::NonReloc(_) => {
                self.discharge_to_any_reg(e)?;
                self.free_exp(e);
                let EK::NonReloc(b) = e.k else { unreachable!() };
                e.k = EK::Reloc(self.code(Op::Not { a: 0, b }));
            }
            ref other => unreachable!("not of {other:?}"),
        }
        std::mem::swap(&mut e.t, &mut e.f);
        self.remove_values(e.f);
        self.remove_values(e.t);
        Ok(())
    }

    // ------------------------------------------------------------ operators

    /// Unary operator on `e` at `line`.
    pub fn prefix(&mut self, op: UnOp, e: &mut ExpDesc, line: u32) -> CResult<()> {
        self.discharge_vars(e);
        match op {
            UnOp::Neg | UnOp::BNot => {
                if let Some(v) = e.numeral().and_then(|v| fold_unary(op, v)) {
                    e.k = v.to_ek();
                    return Ok(());
                }
                let mk = if op == UnOp::Neg { |a, b| Op::Unm { a, b } } else { |a, b| Op::BNot { a, b } };
                self.code_unary(mk, e, line)
            }
            UnOp::Len => self.code_unary(|a, b| Op::Len { a, b }, e, line),
            UnOp::Not => self.code_not(e),
        }
    }

    fn code_unary(&mut self, mk: fn(u8, u8) -> Op, e: &mut ExpDesc, line: u32) -> CResult<()> {
        let r = self.exp_to_any_reg(e)?;
        self.free_exp(e);
        e.k = EK::Reloc(self.code(mk(0, r)));
        self.fix_line(line);
        Ok(())
    }

    /// Prepare the first operand of a binary operator before the second is compiled.
    pub fn infix(&mut self, op: BinOp, v: &mut ExpDesc) -> CResult<()> {
        use BinOp::*;
        self.discharge_vars(v);
        match op {
            And => self.go_if_true(v)?,
            Or => self.go_if_false(v)?,
            Concat => self.exp_to_next_reg(v)?,
            Add | Sub | Mul | Div | IDiv | Mod | Pow | BAnd | BOr | BXor | Shl | Shr => {
                if v.numeral().is_none() {
                    self.exp_to_any_reg(v)?;
                }
            }
            Eq | Ne => {
                if v.numeral().is_none() {
                    self.exp_to_rk(v)?;
                }
            }
            Lt | Le | Gt | Ge => {
                if v.sc_number().is_none() {
                    self.exp_to_any_reg(v)?;
                }
            }
        }
        Ok(())
    }

    /// Finish binary operator `op` on `e1` (prepared by `infix`) and `e2`.
    pub fn posfix(&mut self, op: BinOp, e1: &mut ExpDesc, mut e2: ExpDesc, line: u32) -> CResult<()> {
        use BinOp::*;
        self.discharge_vars(&mut e2);
        if let (Some(a), Some(b)) = (e1.numeral(), e2.numeral()) {
            if let Some(v) = fold_binary(op, a, b) {
                e1.k = v.to_ek();
                return Ok(());
            }
        }
        match op {
            And => {
                let mut f = e2.f;
                self.concat(&mut f, e1.f);
                e2.f = f;
                *e1 = e2;
            }
            Or => {
                let mut t = e2.t;
                self.concat(&mut t, e1.t);
                e2.t = t;
                *e1 = e2;
            }
            Concat => {
                self.exp_to_next_reg(&mut e2)?;
                self.code_concat(e1, &e2, line);
            }
            Add | Mul if e1.numeral().is_some() && e2.numeral().is_none() => {
                // `2.0 * x`, `1 + x`: constant on the left of a commutative
                // operator; as PUC, code it as `x op K` marked flipped.
                let mut k = e1.clone();
                if self.exp_to_k(&mut k) {
                    *e1 = e2;
                    self.code_bin_k(op, e1, &k, true, line)?;
                } else {
                    self.code_bin_regs(op, e1, e2, line)?;
                }
            }
            Add => {
                if let Some(i) = e2.sc_int() {
                    self.code_bin_imm(|a, b, i| Op::AddI { a, b, i }, e1, &e2, i, line)?;
                } else {
                    self.code_arith(op, e1, e2, line)?;
                }
            }
            Sub | Mul | Div | IDiv | Mod | Pow => self.code_arith(op, e1, e2, line)?,
            BAnd | BOr | BXor => {
                if matches!(e2.k, EK::KInt(_)) && !e2.has_jumps() && self.exp_to_k(&mut e2) {
                    self.code_bin_k(op, e1, &e2, false, line)?;
                } else {
                    self.code_bin_regs(op, e1, e2, line)?;
                }
            }
            Shl => {
                if let Some(i) = e1.sc_int() {
                    // i << R: the register operand is the second one.
                    self.code_bin_imm(|a, b, i| Op::ShlI { a, b, i }, &mut e2, &ExpDesc::new(EK::Void), i, line)?;
                    *e1 = e2;
                } else {
                    self.code_bin_regs(op, e1, e2, line)?;
                }
            }
            Shr => {
                if let Some(i) = e2.sc_int() {
                    self.code_bin_imm(|a, b, i| Op::ShrI { a, b, i }, e1, &e2, i, line)?;
                } else {
                    self.code_bin_regs(op, e1, e2, line)?;
                }
            }
            Eq | Ne => self.code_eq(op == Eq, e1, e2)?,
            Lt | Le => self.code_order(op, e1, e2)?,
            Gt | Ge => {
                // a > b is b < a; a >= b is b <= a.
                let mut e2 = e2;
                std::mem::swap(e1, &mut e2);
                self.code_order(if op == Gt { Lt } else { Le }, e1, e2)?;
            }
        }
        Ok(())
    }

    fn code_concat(&mut self, e1: &mut ExpDesc, e2: &ExpDesc, line: u32) {
        let EK::NonReloc(r1) = e1.k else { unreachable!("concat operand not in a register") };
        if let Some(Op::Concat { a, n }) = self.previous() {
            // e2 is itself a concatenation starting right after e1: extend it.
            debug_assert_eq!(*a, r1 + 1);
            *a = r1;
            *n += 1;
            self.free_exp(e2);
            return;
        }
        self.code(Op::Concat { a: r1, n: 2 });
        self.free_exp(e2);
        self.fix_line(line);
    }

    /// `R[a] = R[b] op imm`; `e2` is the immediate operand's descriptor.
    fn code_bin_imm(
        &mut self,
        mk: fn(u8, u8, i16) -> Op,
        e1: &mut ExpDesc,
        e2: &ExpDesc,
        imm: i16,
        line: u32,
    ) -> CResult<()> {
        let b = self.exp_to_any_reg(e1)?;
        let pc = self.code(mk(0, b, imm));
        self.free_exps(e1, e2);
        e1.k = EK::Reloc(pc);
        self.fix_line(line);
        Ok(())
    }

    /// `R[a] = e1 op K` (`flip`: the source's order was `K op e1`, for the
    /// commutative `+` and `*` only).
    fn code_bin_k(&mut self, op: BinOp, e1: &mut ExpDesc, e2: &ExpDesc, flip: bool, line: u32) -> CResult<()> {
        let EK::K(k) = e2.k else { unreachable!() };
        let Some(k) = k_fits_u16(k) else {
            if flip {
                // Registers in the source's order: the constant first.
                let mut first = e2.clone();
                self.code_bin_regs(op, &mut first, e1.clone(), line)?;
                *e1 = first;
                return Ok(());
            }
            return self.code_bin_regs(op, e1, e2.clone(), line);
        };
        let b = self.exp_to_any_reg(e1)?;
        let instr = match op {
            BinOp::Add => Op::AddK { a: 0, b, k, flip },
            BinOp::Sub => Op::SubK { a: 0, b, k },
            BinOp::Mul => Op::MulK { a: 0, b, k, flip },
            BinOp::Mod => Op::ModK { a: 0, b, k },
            BinOp::Pow => Op::PowK { a: 0, b, k },
            BinOp::Div => Op::DivK { a: 0, b, k },
            BinOp::IDiv => Op::IDivK { a: 0, b, k },
            BinOp::BAnd => Op::BAndK { a: 0, b, k },
            BinOp::BOr => Op::BOrK { a: 0, b, k },
            BinOp::BXor => Op::BXorK { a: 0, b, k },
            other => unreachable!("no K form for {other:?}"),
        };
        let pc = self.code(instr);
        self.free_exps(e1, e2);
        e1.k = EK::Reloc(pc);
        self.fix_line(line);
        Ok(())
    }

    fn code_arith(&mut self, op: BinOp, e1: &mut ExpDesc, mut e2: ExpDesc, line: u32) -> CResult<()> {
        if e2.numeral().is_some() && self.exp_to_k(&mut e2) {
            self.code_bin_k(op, e1, &e2, false, line)
        } else {
            self.code_bin_regs(op, e1, e2, line)
        }
    }

    /// Both operands in registers (e1 may still be a literal: loaded after e2).
    fn code_bin_regs(&mut self, op: BinOp, e1: &mut ExpDesc, mut e2: ExpDesc, line: u32) -> CResult<()> {
        let c = self.exp_to_any_reg(&mut e2)?;
        let b = self.exp_to_any_reg(e1)?;
        let instr = match op {
            BinOp::Add => Op::Add { a: 0, b, c },
            BinOp::Sub => Op::Sub { a: 0, b, c },
            BinOp::Mul => Op::Mul { a: 0, b, c },
            BinOp::Mod => Op::Mod { a: 0, b, c },
            BinOp::Pow => Op::Pow { a: 0, b, c },
            BinOp::Div => Op::Div { a: 0, b, c },
            BinOp::IDiv => Op::IDiv { a: 0, b, c },
            BinOp::BAnd => Op::BAnd { a: 0, b, c },
            BinOp::BOr => Op::BOr { a: 0, b, c },
            BinOp::BXor => Op::BXor { a: 0, b, c },
            BinOp::Shl => Op::Shl { a: 0, b, c },
            BinOp::Shr => Op::Shr { a: 0, b, c },
            other => unreachable!("not an arithmetic operator: {other:?}"),
        };
        let pc = self.code(instr);
        self.free_exps(e1, &e2);
        e1.k = EK::Reloc(pc);
        self.fix_line(line);
        Ok(())
    }

    fn code_eq(&mut self, is_eq: bool, e1: &mut ExpDesc, mut e2: ExpDesc) -> CResult<()> {
        if !matches!(e1.k, EK::NonReloc(_)) {
            // e1 is a constant or literal: compare the other way round.
            std::mem::swap(e1, &mut e2);
        }
        let a = self.exp_to_any_reg(e1)?;
        let instr = if let Some(i) = e2.sc_number() {
            Op::EqI { a, i, k: is_eq }
        } else if self.exp_to_k(&mut e2) && matches!(e2.k, EK::K(k) if k <= u16::MAX as u32) {
            let EK::K(kc) = e2.k else { unreachable!() };
            Op::EqK { a, kc: kc as u16, k: is_eq }
        } else {
            let b = self.exp_to_any_reg(&mut e2)?;
            Op::Eq { a, b, k: is_eq }
        };
        self.free_exps(e1, &e2);
        e1.k = EK::Jmp(self.cond_jump(instr));
        Ok(())
    }

    fn code_order(&mut self, op: BinOp, e1: &mut ExpDesc, mut e2: ExpDesc) -> CResult<()> {
        let lt = op == BinOp::Lt;
        // Integral floats are immediates too (as in PUC), marked `isf` so a
        // metamethod receives the float.
        let int_imm = |e: &ExpDesc| e.sc_number();
        let isf = |e: &ExpDesc| matches!(e.k, EK::KFlt(_));
        let instr = if let Some(i) = int_imm(&e2) {
            let isf = isf(&e2);
            let a = self.exp_to_any_reg(e1)?;
            if lt {
                Op::LtI { a, i, k: true, isf }
            } else {
                Op::LeI { a, i, k: true, isf }
            }
        } else if let Some(i) = int_imm(e1) {
            // i < R is R > i; i <= R is R >= i.
            let isf = isf(e1);
            let a = self.exp_to_any_reg(&mut e2)?;
            if lt {
                Op::GtI { a, i, k: true, isf }
            } else {
                Op::GeI { a, i, k: true, isf }
            }
        } else {
            let a = self.exp_to_any_reg(e1)?;
            let b = self.exp_to_any_reg(&mut e2)?;
            if lt {
                Op::Lt { a, b, k: true }
            } else {
                Op::Le { a, b, k: true }
            }
        };
        self.free_exps(e1, &e2);
        e1.k = EK::Jmp(self.cond_jump(instr));
        Ok(())
    }

    // ------------------------------------------------------------ finishing

    /// Return `nret` values starting at `first` (`None`: up to the top).
    pub fn ret(&mut self, first: u8, nret: Option<usize>) {
        match nret {
            Some(0) => self.code(Op::Return0),
            Some(1) => self.code(Op::Return1 { a: first }),
            Some(n) => self.code(Op::Return { a: first, b: (n + 1) as u8 }),
            None => self.code(Op::Return { a: first, b: MULTI }),
        };
    }

    /// Final pass: jumps to jumps go straight to the final target.
    pub fn finish(&mut self) {
        for pc in 0..self.code.len() {
            if let Op::Jmp { to } = self.code[pc] {
                let target = self.final_target(to as usize);
                self.code[pc] = Op::Jmp { to: target as u32 };
            }
        }
    }

    fn final_target(&self, mut i: usize) -> usize {
        for _ in 0..100 {
            match self.code.get(i) {
                Some(Op::Jmp { to }) if *to as usize != i => i = *to as usize,
                _ => break,
            }
        }
        i
    }
}
