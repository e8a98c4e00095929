//! Statements: assignments, locals, control structures, gotos, returns.

use super::code::{ExpDesc, EK, NO_JUMP};
use super::{CResult, Compiler, VarKind};
use crate::ast::{Attrib, Expr, ExprKind, Name, Stat};
use crate::bytecode::Op;
use std::rc::Rc;

/// Items of a table constructor flushed per SetList (LFIELDS_PER_FLUSH).
pub const FIELDS_PER_FLUSH: usize = 50;

fn stat_line(s: &Stat) -> u32 {
    match s {
        Stat::Call(e) => e.line,
        Stat::Local { line, .. }
        | Stat::Assign { line, .. }
        | Stat::Goto { line, .. }
        | Stat::Label { line, .. }
        | Stat::Break { line }
        | Stat::Return { line, .. } => *line,
    }
}

/// What closing a `while` loop needs: its start and its exit jumps.
pub(crate) struct WhileLoop {
    init: usize,
    exit: usize,
}

/// What closing a `for` loop needs.
pub(crate) struct ForLoop {
    base: u8,
    prep: usize,
    line: u32,
    nvars: usize,
    generic: bool,
}

/// A `function name.field:method() ... end` statement whose body is being read.
pub(crate) struct FuncTarget {
    var: ExpDesc,
    /// The target is a const variable (reported after the body, as PUC does).
    read_only: Option<Name>,
}

/// The pending jumps of an `if` statement.
pub(crate) struct IfStat {
    escape: usize,
    /// Jump to the next arm when the current condition is false.
    jf: usize,
}

impl<'h> Compiler<'h> {
    /// A simple statement, read in full.
    pub(crate) fn statement(&mut self, s: &Stat) -> CResult<()> {
        let line = stat_line(s);
        self.f().line = line;
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
        self.end_statement();
        Ok(())
    }

    /// After every statement, simple or compound: free its temporaries.
    pub(crate) fn end_statement(&mut self) {
        let f = self.f();
        debug_assert!(f.max_stack >= f.freereg && f.freereg >= f.nvarstack());
        f.freereg = f.nvarstack();
    }

    /// Give the instructions of a compound statement's head the line it starts on.
    pub(crate) fn begin_statement(&mut self, line: u32) {
        self.f().line = line;
    }

    /// `do` and every block: a scope of its own.
    pub(crate) fn open_block(&mut self) {
        self.f().enter_block(false);
    }

    /// Close the innermost block; `last_line` is the line of its last token.
    pub(crate) fn close_block(&mut self, last_line: u32) -> CResult<()> {
        let f = self.f();
        f.line = last_line;
        f.leave_block()
    }

    // ------------------------------------------------------------ assignment

    /// Compile an expression list: all but the last go to consecutive registers;
    /// returns the count and the last expression, still open.
    pub(super) fn expr_list(&mut self, exprs: &[Expr]) -> CResult<(usize, ExpDesc)> {
        let (last, init) = exprs.split_last().expect("non-empty expression list");
        for e in init {
            let mut v = self.expr(e)?;
            let f = self.f();
            f.set_list_line(e.list_line);
            f.exp_to_next_reg(&mut v)?;
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
        let constant = if e.has_jumps() { None } else { e.k.literal() };
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
        if let ExprKind::Name(name, var) = &t.kind {
            if var.is_read_only() {
                return Err(self.const_assign_error(name, check_line));
            }
            self.f().line = t.line;
            return self.var_exp(var, name);
        }
        self.expr(t)
    }

    fn const_assign_error(&self, name: &Name, line: u32) -> String {
        let f = self.fs.last().expect("inside a function");
        f.error_at(line, &format!("attempt to assign to const variable '{name}'"))
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

    /// `local function name`: the variable is in scope inside the body, which
    /// the parser reads next. Returns the variable's index.
    pub(crate) fn open_local_func(&mut self, name: &Name, line: u32) -> usize {
        let f = self.f();
        f.line = line;
        let fvar = f.nactvar;
        f.new_localvar(name.clone(), VarKind::Regular);
        f.adjust_localvars(1);
        fvar
    }

    /// After the body of `local function`: its closure goes to the variable.
    pub(crate) fn close_local_func(&mut self, fvar: usize, proto: u32, last_line: u32) -> CResult<()> {
        self.closure(proto, last_line)?;
        // The variable is visible to debug info only after its closure exists.
        let f = self.f();
        let pc = f.pc() as u32;
        if let Some(p) = f.actvar[fvar].pidx {
            f.locvars[p].start_pc = pc;
        }
        Ok(())
    }

    /// `function target() ... end`: the target (a resolved name or a field
    /// chain) is evaluated before the body, which the parser reads next.
    pub(crate) fn open_func_stat(&mut self, target: &Expr, line: u32) -> CResult<FuncTarget> {
        self.f().line = line;
        if let ExprKind::Name(name, var) = &target.kind {
            let read_only = var.is_read_only().then(|| name.clone());
            return Ok(FuncTarget { var: self.var_exp(var, name)?, read_only });
        }
        Ok(FuncTarget { var: self.expr(target)?, read_only: None })
    }

    /// After the body: store the closure of `proto` in the target.
    pub(crate) fn close_func_stat(
        &mut self,
        target: FuncTarget,
        proto: u32,
        last_line: u32,
        line: u32,
        check_line: u32,
    ) -> CResult<()> {
        let mut b = self.closure(proto, last_line)?;
        if let Some(name) = &target.read_only {
            return Err(self.const_assign_error(name, check_line));
        }
        let f = self.f();
        f.store_var(&target.var, &mut b)?;
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

    /// `while cond do`: the loop and its body's block are open after this.
    pub(crate) fn open_while(&mut self, cond: &Expr) -> CResult<WhileLoop> {
        let init = self.f().get_label();
        let exit = self.cond(cond)?;
        let f = self.f();
        f.enter_block(true);
        f.enter_block(false);
        Ok(WhileLoop { init, exit })
    }

    /// The body's block is closed; `end_line` is the line of `end`.
    pub(crate) fn close_while(&mut self, w: WhileLoop, end_line: u32) -> CResult<()> {
        let f = self.f();
        f.jump_to(w.init);
        f.line = end_line;
        f.leave_block()?;
        f.patch_to_here(w.exit);
        Ok(())
    }

    /// `repeat`: the loop and the body's scope (which the condition sees) are
    /// open after this. Returns the loop's start.
    pub(crate) fn open_repeat(&mut self) -> usize {
        let f = self.f();
        let init = f.get_label();
        f.enter_block(true);
        f.enter_block(false);
        init
    }

    /// `until cond`.
    pub(crate) fn close_repeat(&mut self, init: usize, cond: &Expr) -> CResult<()> {
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

    /// The start of an `if` statement.
    pub(crate) fn open_if(&mut self) -> IfStat {
        IfStat { escape: NO_JUMP, jf: NO_JUMP }
    }

    /// `[else]if cond then` where a block follows: the block is open after this.
    /// The test gets `then_line`, the line of `then` (PUC reads it first).
    pub(crate) fn open_then(&mut self, s: &mut IfStat, cond: &Expr, then_line: u32) -> CResult<()> {
        let mut v = self.expr(cond)?;
        let f = self.f();
        f.line = then_line;
        f.go_if_true(&mut v)?;
        f.enter_block(false);
        s.jf = v.f;
        Ok(())
    }

    /// `[else]if cond then break` (`then` at `then_line`, `break` at `line`): jump straight out when the
    /// condition holds. `alone`: nothing but `;` follows the `break` in the
    /// block, which is then closed; otherwise it stays open for the rest.
    pub(crate) fn open_then_break(
        &mut self,
        s: &mut IfStat,
        cond: &Expr,
        then_line: u32,
        line: u32,
        alone: bool,
    ) -> CResult<()> {
        let mut v = self.expr(cond)?;
        let f = self.f();
        f.line = then_line;
        f.go_if_false(&mut v)?;
        f.enter_block(false);
        f.new_goto(Rc::from("break"), line, v.t);
        if alone {
            s.jf = NO_JUMP;
            return f.leave_block();
        }
        s.jf = f.jump();
        Ok(())
    }

    /// After an arm's block: `more` when an `else` or `elseif` follows.
    pub(crate) fn close_then(&mut self, s: &mut IfStat, more: bool) {
        let f = self.f();
        if more {
            let j = f.jump();
            f.concat(&mut s.escape, j);
        }
        f.patch_to_here(s.jf);
    }

    /// The end of an `if` statement (after its `else` block, if any).
    pub(crate) fn close_if(&mut self, s: IfStat) {
        self.f().patch_to_here(s.escape);
    }

    /// One expression into the next register (a for-loop control value).
    fn exp1(&mut self, e: &Expr) -> CResult<()> {
        let mut v = self.expr(e)?;
        self.f().exp_to_next_reg(&mut v)
    }

    /// `for var = start, limit [, step] do` (`for` at `line`, `do` at
    /// `do_line`): the loop, its variable and its body's block are open after this.
    pub(crate) fn open_num_for(
        &mut self,
        var: &Name,
        start: &Expr,
        limit: &Expr,
        step: Option<&Expr>,
        line: u32,
        do_line: u32,
    ) -> CResult<ForLoop> {
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
        self.open_for_body(ForLoop { base, prep: 0, line, nvars: 1, generic: false }, do_line)
    }

    /// `for vars in exprs do` (`line`: the line of `exprs`, `do_line`: of
    /// `do`): the loop, its variables and its body's block are open after this.
    pub(crate) fn open_gen_for(&mut self, vars: &[Name], exprs: &[Expr], line: u32, do_line: u32) -> CResult<ForLoop> {
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
        self.open_for_body(ForLoop { base, prep: 0, line, nvars: vars.len(), generic: true }, do_line)
    }

    /// The loop's preparation, which PUC emits after reading `do` (at `do_line`).
    fn open_for_body(&mut self, mut l: ForLoop, do_line: u32) -> CResult<ForLoop> {
        let f = self.f();
        f.line = do_line;
        l.prep = if l.generic {
            f.code(Op::TForPrep { a: l.base, call: 0 })
        } else {
            f.code(Op::ForPrep { a: l.base, exit: 0 })
        };
        f.enter_block(false);
        f.adjust_localvars(l.nvars);
        f.reserve_regs(l.nvars)?;
        f.enter_block(false);
        Ok(l)
    }

    /// The body's block is closed; `end_line` is the line of `end`.
    pub(crate) fn close_for(&mut self, l: ForLoop, end_line: u32) -> CResult<()> {
        let f = self.f();
        f.leave_block()?;
        let here = f.get_label();
        f.line = l.line;
        let body_pc = (l.prep + 1) as u32;
        if l.generic {
            f.code[l.prep] = Op::TForPrep { a: l.base, call: here as u32 };
            f.code(Op::TForCall { a: l.base, c: l.nvars as u8 });
            f.code(Op::TForLoop { a: l.base, body: body_pc });
        } else {
            let end = f.code(Op::ForLoop { a: l.base, body: body_pc });
            f.code[l.prep] = Op::ForPrep { a: l.base, exit: (end + 1) as u32 };
        }
        f.line = end_line;
        f.leave_block()
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
