//! Statements: assignments, locals, control structures, gotos, returns.

use super::code::{ExpDesc, EK, NO_JUMP};
use super::{CResult, Compiler, VarKind};
use crate::ast::{Attrib, Block, Expr, ExprKind, FuncBody, Name, Stat};
use crate::bytecode::Op;
use std::rc::Rc;

/// Items of a table constructor flushed per SetList (LFIELDS_PER_FLUSH).
pub const FIELDS_PER_FLUSH: usize = 50;

fn stat_line(s: &Stat) -> u32 {
    match s {
        Stat::Call(e) => e.line,
        Stat::Local { line, .. }
        | Stat::Assign { line, .. }
        | Stat::Function { line, .. }
        | Stat::While { line, .. }
        | Stat::Repeat { line, .. }
        | Stat::If { line, .. }
        | Stat::NumFor { line, .. }
        | Stat::GenFor { line, .. }
        | Stat::Goto { line, .. }
        | Stat::Label { line, .. }
        | Stat::Break { line }
        | Stat::Return { line, .. } => *line,
        Stat::LocalFunction { func, .. } => func.line,
        Stat::Do(_) => 0,
    }
}

impl<'h> Compiler<'h> {
    pub(super) fn stat_list(&mut self, stats: &[Stat]) -> CResult<()> {
        for s in stats {
            self.statement(s)?;
        }
        Ok(())
    }

    fn block(&mut self, b: &Block) -> CResult<()> {
        self.f().enter_block(false);
        self.stat_list(&b.stats)?;
        let f = self.f();
        f.line = b.last_line;
        f.leave_block()
    }

    fn statement(&mut self, s: &Stat) -> CResult<()> {
        let line = stat_line(s);
        if line != 0 {
            self.f().line = line;
        }
        match s {
            Stat::Call(e) => {
                let v = self.expr(e)?;
                if let EK::Call(pc) = v.k {
                    if let Op::Call { c, .. } = &mut self.f().code[pc] {
                        *c = 1; // no results
                    }
                }
            }
            Stat::Local { names, exprs, .. } => self.local_stat(names, exprs)?,
            Stat::Assign { targets, exprs, .. } => self.assign_stat(targets, exprs)?,
            Stat::LocalFunction { name, func } => self.local_func(name, func)?,
            Stat::Function { target, func, line, check_line } => self.func_stat(target, func, *line, *check_line)?,
            Stat::Do(b) => self.block(b)?,
            Stat::While { cond, body, .. } => self.while_stat(cond, body)?,
            Stat::Repeat { body, cond, .. } => self.repeat_stat(body, cond)?,
            Stat::If { arms, orelse, .. } => self.if_stat(arms, orelse.as_ref())?,
            Stat::NumFor { var, start, limit, step, body, line } => {
                self.num_for(var, start, limit, step.as_ref(), body, *line)?
            }
            Stat::GenFor { vars, exprs, body, exprs_line, .. } => self.gen_for(vars, exprs, body, *exprs_line)?,
            Stat::Goto { label, line } => self.goto_stat(label, *line),
            Stat::Label { name, line, last, check_line } => {
                let f = self.f();
                if let Some(l) = f.find_label(name) {
                    let msg = format!("label '{}' already defined on line {}", name, l.line);
                    return Err(f.error_at(*check_line, &msg));
                }
                f.create_label(name.clone(), *line, *last, *check_line)?;
            }
            Stat::Break { line } => {
                let f = self.f();
                let j = f.jump();
                f.new_goto(Rc::from("break"), *line, j);
            }
            Stat::Return { exprs, .. } => self.ret_stat(exprs)?,
        }
        let f = self.f();
        debug_assert!(f.max_stack >= f.freereg && f.freereg >= f.nvarstack());
        f.freereg = f.nvarstack();
        Ok(())
    }

    // ------------------------------------------------------------ assignment

    /// Compile an expression list: all but the last go to consecutive registers;
    /// returns the count and the last expression, still open.
    pub(super) fn expr_list(&mut self, exprs: &[Expr]) -> CResult<(usize, ExpDesc)> {
        let (last, init) = exprs.split_last().expect("non-empty expression list");
        for e in init {
            let mut v = self.expr(e)?;
            self.f().exp_to_next_reg(&mut v)?;
        }
        Ok((exprs.len(), self.expr(last)?))
    }

    /// Make `nexps` values (the last one `e`) fill exactly `nvars` registers.
    fn adjust_assign(&mut self, nvars: usize, nexps: usize, mut e: ExpDesc) -> CResult<()> {
        let f = self.f();
        let needed = nvars as isize - nexps as isize;
        if e.is_multi() {
            let extra = (needed + 1).max(0) as usize;
            f.set_returns(&e, Some(extra))?;
        } else {
            if e.k != EK::Void {
                f.exp_to_next_reg(&mut e)?;
            }
            if needed > 0 {
                let from = f.freereg as u8;
                f.load_nil(from, needed as usize);
            }
        }
        if needed > 0 {
            f.reserve_regs(needed as usize)?;
        } else {
            f.freereg = (f.freereg as isize + needed) as usize;
        }
        Ok(())
    }

    fn local_stat(&mut self, names: &[(Name, Attrib)], exprs: &[Expr]) -> CResult<()> {
        let f = self.f();
        let mut to_close = None;
        for (i, (name, attrib)) in names.iter().enumerate() {
            let kind = match attrib {
                Attrib::None => VarKind::Regular,
                Attrib::Const => VarKind::Const,
                Attrib::Close => VarKind::Close,
            };
            f.new_localvar(name.clone(), kind);
            if kind == VarKind::Close {
                to_close = Some(f.nactvar + i);
            }
        }
        let nvars = names.len();
        let (nexps, e) = if exprs.is_empty() { (0, ExpDesc::new(EK::Void)) } else { self.expr_list(exprs)? };
        let f = self.f();
        let last = f.actvar.last().expect("declared above");
        let constant = match (&e.k, e.has_jumps()) {
            (EK::Nil | EK::True | EK::False | EK::KInt(_) | EK::KFlt(_) | EK::KStr(_), false) => Some(e.k.clone()),
            _ => None,
        };
        if nvars == nexps && last.kind == VarKind::Const && constant.is_some() {
            // A compile-time constant: no register, uses become literals.
            f.actvar.last_mut().expect("declared above").ctc = constant;
            f.adjust_localvars(nvars - 1);
            f.nactvar += 1;
        } else {
            self.adjust_assign(nvars, nexps, e)?;
            self.f().adjust_localvars(nvars);
        }
        if let Some(level) = to_close {
            let f = self.f();
            f.mark_to_be_closed();
            let a = f.reg_level(level) as u8;
            f.code(Op::Tbc { a });
        }
        Ok(())
    }

    /// Compile an assignment target (a name or an indexing) as a variable.
    fn target(&mut self, t: &Expr, check_line: u32) -> CResult<ExpDesc> {
        if let ExprKind::Name(name) = &t.kind {
            self.f().line = t.line;
            let (v, read_only) = self.single_var(name)?;
            if read_only {
                let msg = format!("attempt to assign to const variable '{name}'");
                return Err(self.f().error_at(check_line, &msg));
            }
            return Ok(v);
        }
        self.expr(t)
    }

    fn assign_stat(&mut self, targets: &[(Expr, u32)], exprs: &[Expr]) -> CResult<()> {
        let mut vars: Vec<ExpDesc> = Vec::with_capacity(targets.len());
        for (t, check_line) in targets {
            let v = self.target(t, *check_line)?;
            if !vars.is_empty() && !v.is_indexed() {
                self.check_conflict(&mut vars, &v)?;
            }
            vars.push(v);
        }
        let (nexps, mut e) = self.expr_list(exprs)?;
        let nvars = vars.len();
        let rest = if nexps == nvars {
            let f = self.f();
            f.set_one_ret(&mut e);
            f.store_var(&vars[nvars - 1], &mut e)?;
            nvars - 1
        } else {
            self.adjust_assign(nvars, nexps, e)?;
            nvars
        };
        for v in vars[..rest].iter().rev() {
            let f = self.f();
            let mut e = ExpDesc::new(EK::NonReloc((f.freereg - 1) as u8));
            f.store_var(v, &mut e)?;
        }
        Ok(())
    }

    /// A local or upvalue assigned in a multiple assignment may be the table
    /// or key of an earlier target: those then use a copy made beforehand.
    fn check_conflict(&mut self, prev: &mut [ExpDesc], v: &ExpDesc) -> CResult<()> {
        let f = self.f();
        let extra = f.freereg as u8;
        let mut conflict = false;
        for lh in prev.iter_mut() {
            match (&mut lh.k, &v.k) {
                (EK::IndexUp { up, k }, EK::Upval(u)) if *up == *u => {
                    conflict = true;
                    lh.k = EK::IndexStr { t: extra, k: *k };
                }
                (EK::IndexI { t, .. } | EK::IndexStr { t, .. }, EK::Local { reg, .. }) if *t == *reg => {
                    conflict = true;
                    *t = extra;
                }
                (EK::Indexed { t, key }, EK::Local { reg, .. }) => {
                    if *t == *reg {
                        conflict = true;
                        *t = extra;
                    }
                    if *key == *reg {
                        conflict = true;
                        *key = extra;
                    }
                }
                _ => {}
            }
        }
        if conflict {
            match v.k {
                EK::Local { reg, .. } => f.code(Op::Move { a: extra, b: reg }),
                EK::Upval(b) => f.code(Op::GetUpval { a: extra, b }),
                _ => unreachable!("conflict with a non-variable"),
            };
            f.reserve_regs(1)?;
        }
        Ok(())
    }

    // ------------------------------------------------------------ functions

    fn local_func(&mut self, name: &Name, func: &FuncBody) -> CResult<()> {
        let f = self.f();
        let fvar = f.nactvar;
        f.new_localvar(name.clone(), VarKind::Regular);
        f.adjust_localvars(1);
        self.function_body(func)?;
        // The variable is visible to debug info only after its closure exists.
        let f = self.f();
        let pc = f.pc() as u32;
        if let Some(p) = f.actvar[fvar].pidx {
            f.locvars[p].start_pc = pc;
        }
        Ok(())
    }

    fn func_stat(&mut self, target: &Expr, func: &FuncBody, line: u32, check_line: u32) -> CResult<()> {
        let v = match &target.kind {
            ExprKind::Name(name) => {
                let (v, read_only) = self.single_var(name)?;
                if read_only {
                    self.function_body(func)?;
                    let msg = format!("attempt to assign to const variable '{name}'");
                    return Err(self.f().error_at(check_line, &msg));
                }
                v
            }
            _ => self.expr(target)?,
        };
        let mut b = self.function_body(func)?;
        let f = self.f();
        f.store_var(&v, &mut b)?;
        f.fix_line(line);
        Ok(())
    }

    // ------------------------------------------------------------ control structures

    /// Compile a condition; returns the jump list taken when it is false.
    fn cond(&mut self, e: &Expr) -> CResult<usize> {
        let mut v = self.expr(e)?;
        if v.k == EK::Nil {
            v.k = EK::False; // all falses are equal here
        }
        self.f().go_if_true(&mut v)?;
        Ok(v.f)
    }

    fn while_stat(&mut self, cond: &Expr, body: &Block) -> CResult<()> {
        let init = self.f().get_label();
        let exit = self.cond(cond)?;
        self.f().enter_block(true);
        self.block(body)?;
        let f = self.f();
        f.jump_to(init);
        f.line = body.end_line;
        f.leave_block()?;
        f.patch_to_here(exit);
        Ok(())
    }

    fn repeat_stat(&mut self, body: &Block, cond: &Expr) -> CResult<()> {
        let f = self.f();
        let init = f.get_label();
        f.enter_block(true);
        f.enter_block(false);
        self.stat_list(&body.stats)?;
        let mut exit = self.cond(cond)?;
        let f = self.f();
        let scope = f.blocks.last().expect("scope block").clone();
        f.leave_block()?;
        if scope.upval {
            // Repeating must close the body's upvalues first.
            let out = f.jump();
            f.patch_to_here(exit);
            let a = f.reg_level(scope.nactvar) as u8;
            f.code(Op::Close { a });
            exit = f.jump();
            f.patch_to_here(out);
        }
        f.patch_list(exit, init);
        f.leave_block()
    }

    fn if_stat(&mut self, arms: &[(Expr, Block)], orelse: Option<&Block>) -> CResult<()> {
        let mut escape = NO_JUMP;
        for (i, (cond, block)) in arms.iter().enumerate() {
            let more = i + 1 < arms.len() || orelse.is_some();
            self.test_then_block(cond, block, more, &mut escape)?;
        }
        if let Some(b) = orelse {
            self.block(b)?;
        }
        self.f().patch_to_here(escape);
        Ok(())
    }

    fn test_then_block(&mut self, cond: &Expr, block: &Block, more: bool, escape: &mut usize) -> CResult<()> {
        let mut v = self.expr(cond)?;
        let jf;
        if let Some(Stat::Break { line }) = block.stats.first() {
            // 'if x then break': jump straight out when the condition holds.
            let f = self.f();
            f.go_if_false(&mut v)?;
            f.enter_block(false);
            f.new_goto(Rc::from("break"), *line, v.t);
            if block.stats.len() == 1 {
                return f.leave_block();
            }
            jf = f.jump();
            self.stat_list(&block.stats[1..])?;
        } else {
            let f = self.f();
            f.go_if_true(&mut v)?;
            f.enter_block(false);
            jf = v.f;
            self.stat_list(&block.stats)?;
        }
        let f = self.f();
        f.line = block.last_line;
        f.leave_block()?;
        if more {
            let j = f.jump();
            f.concat(escape, j);
        }
        f.patch_to_here(jf);
        Ok(())
    }

    /// One expression into the next register (a for-loop control value).
    fn exp1(&mut self, e: &Expr) -> CResult<()> {
        let mut v = self.expr(e)?;
        self.f().exp_to_next_reg(&mut v)
    }

    fn num_for(
        &mut self,
        var: &Name,
        start: &Expr,
        limit: &Expr,
        step: Option<&Expr>,
        body: &Block,
        line: u32,
    ) -> CResult<()> {
        let f = self.f();
        f.enter_block(true);
        let base = f.freereg as u8;
        for _ in 0..3 {
            f.new_localvar(Rc::from("(for state)"), VarKind::Regular);
        }
        f.new_localvar(var.clone(), VarKind::Regular);
        self.exp1(start)?;
        self.exp1(limit)?;
        match step {
            Some(s) => self.exp1(s)?,
            None => {
                let f = self.f();
                let r = f.freereg as u8;
                f.load_int(r, 1);
                f.reserve_regs(1)?;
            }
        }
        self.f().adjust_localvars(3);
        self.for_body(base, line, 1, false, body)?;
        let f = self.f();
        f.line = body.end_line;
        f.leave_block()
    }

    fn gen_for(&mut self, vars: &[Name], exprs: &[Expr], body: &Block, line: u32) -> CResult<()> {
        let f = self.f();
        f.enter_block(true);
        let base = f.freereg as u8;
        for _ in 0..4 {
            f.new_localvar(Rc::from("(for state)"), VarKind::Regular);
        }
        for v in vars {
            f.new_localvar(v.clone(), VarKind::Regular);
        }
        f.line = line;
        let (n, e) = self.expr_list(exprs)?;
        self.adjust_assign(4, n, e)?;
        let f = self.f();
        f.adjust_localvars(4);
        f.mark_to_be_closed();
        f.check_stack(3)?; // room to call the iterator
        self.for_body(base, line, vars.len(), true, body)?;
        let f = self.f();
        f.line = body.end_line;
        f.leave_block()
    }

    fn for_body(&mut self, base: u8, line: u32, nvars: usize, generic: bool, body: &Block) -> CResult<()> {
        let f = self.f();
        let prep =
            if generic { f.code(Op::TForPrep { a: base, call: 0 }) } else { f.code(Op::ForPrep { a: base, exit: 0 }) };
        f.enter_block(false);
        f.adjust_localvars(nvars);
        f.reserve_regs(nvars)?;
        self.block(body)?;
        let f = self.f();
        f.leave_block()?;
        let here = f.get_label();
        f.line = line;
        let body_pc = (prep + 1) as u32;
        if generic {
            f.code[prep] = Op::TForPrep { a: base, call: here as u32 };
            f.code(Op::TForCall { a: base, c: nvars as u8 });
            f.code(Op::TForLoop { a: base, body: body_pc });
        } else {
            let end = f.code(Op::ForLoop { a: base, body: body_pc });
            f.code[prep] = Op::ForPrep { a: base, exit: (end + 1) as u32 };
        }
        Ok(())
    }

    fn goto_stat(&mut self, label: &Name, line: u32) {
        let f = self.f();
        match f.find_label(label).map(|l| (l.nactvar, l.pc)) {
            None => {
                // Forward jump: resolved when the label appears.
                let j = f.jump();
                f.new_goto(label.clone(), line, j);
            }
            Some((nactvar, pc)) => {
                // Backward jump: close variables going out of scope.
                let level = f.reg_level(nactvar);
                if f.nvarstack() > level {
                    f.code(Op::Close { a: level as u8 });
                }
                let j = f.jump();
                f.patch_list(j, pc);
            }
        }
    }

    fn ret_stat(&mut self, exprs: &[Expr]) -> CResult<()> {
        let mut first = self.f().nvarstack() as u8;
        let nret = if exprs.is_empty() {
            Some(0)
        } else {
            let (n, mut e) = self.expr_list(exprs)?;
            let f = self.f();
            if e.is_multi() {
                f.set_multret(&e)?;
                let in_tbc = f.blocks.last().is_some_and(|b| b.inside_tbc);
                if let (EK::Call(pc), 1, false) = (&e.k, n, in_tbc) {
                    if let Op::Call { a, b, .. } = f.code[*pc] {
                        f.code[*pc] = Op::TailCall { a, b };
                    }
                }
                None
            } else if n == 1 {
                first = f.exp_to_any_reg(&mut e)?;
                Some(1)
            } else {
                f.exp_to_next_reg(&mut e)?;
                first = f.nvarstack() as u8;
                Some(n)
            }
        };
        self.f().ret(first, nret);
        Ok(())
    }
}
