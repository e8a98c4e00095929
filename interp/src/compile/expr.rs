//! Expressions: literals, names, indexing, calls, operators, constructors.
//!
//! Long left-leaning chains (`a.b.c.d`, `f()()`, `1 + 2 + 3 + ...`) are walked
//! iteratively, like PUC's loops, so their length never deepens native recursion.

use super::code::{ExpDesc, EK};
use super::stat::FIELDS_PER_FLUSH;
use super::{CResult, Compiler};
use crate::ast::{BinOp, Expr, ExprKind, Field};
use crate::bytecode::{Op, MULTI};
use std::rc::Rc;

impl<'h> Compiler<'h> {
    pub(super) fn expr(&mut self, e: &Expr) -> CResult<ExpDesc> {
        self.f().line = e.line;
        let k = match &e.kind {
            ExprKind::Nil => EK::Nil,
            ExprKind::True => EK::True,
            ExprKind::False => EK::False,
            ExprKind::Int(i) => EK::KInt(*i),
            ExprKind::Flt(x) => EK::KFlt(*x),
            ExprKind::Str(s) => EK::KStr(s.clone()),
            ExprKind::VarArg => EK::VarArg(self.f().code(Op::VarArg { a: 0, c: 1 })),
            ExprKind::Table { fields, close_line } => return self.constructor(fields, e.line, *close_line),
            ExprKind::Function { proto, last_line } => return self.closure(*proto, *last_line),
            ExprKind::Un(op, x) => {
                let mut v = self.expr(x)?;
                self.f().prefix(*op, &mut v, e.line)?;
                return Ok(v);
            }
            ExprKind::Bin(..) => return self.binary(e),
            ExprKind::Name(..)
            | ExprKind::Paren(_)
            | ExprKind::Index(..)
            | ExprKind::Call(..)
            | ExprKind::Method(..) => return self.suffixed(e),
        };
        Ok(ExpDesc::new(k))
    }

    fn binary(&mut self, e: &Expr) -> CResult<ExpDesc> {
        let mut spine: Vec<(BinOp, &Expr, u32)> = Vec::new();
        let mut cur = e;
        while let ExprKind::Bin(op, l, r) = &cur.kind {
            spine.push((*op, r, cur.line));
            cur = l;
        }
        let mut v = self.expr(cur)?;
        for (op, r, line) in spine.into_iter().rev() {
            // PUC prepares the left operand after reading the operator.
            let f = self.f();
            f.line = line;
            f.infix(op, &mut v)?;
            let v2 = self.expr(r)?;
            self.f().posfix(op, &mut v, v2, line)?;
        }
        Ok(v)
    }

    fn suffixed(&mut self, e: &Expr) -> CResult<ExpDesc> {
        let mut spine: Vec<&Expr> = Vec::new();
        let mut cur = e;
        while let ExprKind::Index(l, _) | ExprKind::Call(l, _) | ExprKind::Method(l, ..) = &cur.kind {
            spine.push(cur);
            cur = l;
        }
        let mut v = match &cur.kind {
            ExprKind::Name(name, var) => {
                self.f().line = cur.line;
                self.var_exp(var, name)?
            }
            ExprKind::Paren(inner) => {
                let mut v = self.expr(inner)?;
                self.f().discharge_vars(&mut v);
                v
            }
            _ => unreachable!("the parser only builds suffixes on names and parentheses"),
        };
        for node in spine.into_iter().rev() {
            match &node.kind {
                ExprKind::Index(_, key) => {
                    self.f().exp_to_any_reg_up(&mut v)?;
                    let mut k = self.expr(key)?;
                    let f = self.f();
                    f.exp_to_val(&mut k)?;
                    f.line = node.line;
                    f.indexed(&mut v, &mut k)?;
                }
                ExprKind::Call(_, args) => {
                    self.f().exp_to_next_reg(&mut v)?;
                    self.func_args(&mut v, args, node.line)?;
                }
                ExprKind::Method(_, name, name_line, args) => {
                    let f = self.f();
                    f.line = *name_line;
                    f.self_op(&mut v, &Rc::from(name.clone()))?;
                    self.func_args(&mut v, args, node.line)?;
                }
                _ => unreachable!(),
            }
        }
        Ok(v)
    }

    /// Arguments and the call itself; `f` holds the function (and `self`) in
    /// consecutive registers from its base.
    fn func_args(&mut self, f: &mut ExpDesc, args: &[Expr], line: u32) -> CResult<()> {
        let EK::NonReloc(base) = f.k else { unreachable!("callee not in a register") };
        let b = if args.is_empty() {
            let fs = self.f();
            (fs.freereg - base as usize) as u8
        } else {
            let (_, mut last) = self.expr_list(args)?;
            let fs = self.f();
            if last.is_multi() {
                fs.set_multret(&last)?;
                MULTI
            } else {
                fs.set_list_line(args.last().map_or(0, |e| e.list_line));
                fs.exp_to_next_reg(&mut last)?;
                (fs.freereg - base as usize) as u8
            }
        };
        let fs = self.f();
        f.k = EK::Call(fs.code(Op::Call { a: base, b, c: 2 }));
        fs.fix_line(line);
        fs.freereg = base as usize + 1;
        Ok(())
    }

    /// A table constructor at `line` whose `}` is on `close_line`.
    fn constructor(&mut self, fields: &[Field], line: u32, close_line: u32) -> CResult<ExpDesc> {
        let f = self.f();
        f.line = line;
        let pc = f.code(Op::NewTable { a: 0, narr: 0, nhash: 0 });
        let t = f.freereg as u8;
        f.reserve_regs(1)?;
        let mut na = 0usize; // array items already stored
        let mut nh = 0usize;
        // Room the array part is made with: the items, and one for what an open last item (a call or
        // `...`) usually gives, so `{f(), f()}` is not reallocated by its SetList.
        let mut room = 0usize;
        let mut to_store = 0usize; // array items pending in registers
                                   // The last positional item read, still open, and its separator's line.
        let mut pending: Option<(ExpDesc, u32)> = None;
        for field in fields {
            if let Some((mut v, sep_line)) = pending.take() {
                let f = self.f();
                f.set_list_line(sep_line);
                f.exp_to_next_reg(&mut v)?;
                if to_store == FIELDS_PER_FLUSH {
                    f.set_list(t, na, to_store);
                    na += to_store;
                    to_store = 0;
                }
            }
            match field {
                Field::List(e) => {
                    pending = Some((self.expr(e)?, e.list_line));
                    to_store += 1;
                }
                Field::Rec(k, v) => {
                    nh += 1;
                    let reg = self.f().freereg;
                    let mut key = self.expr(k)?;
                    let f = self.f();
                    f.exp_to_val(&mut key)?;
                    let mut tab = ExpDesc::new(EK::NonReloc(t));
                    f.indexed(&mut tab, &mut key)?;
                    let mut val = self.expr(v)?;
                    let f = self.f();
                    f.store_var(&tab, &mut val)?;
                    f.freereg = reg;
                }
            }
        }
        let f = self.f();
        f.line = close_line;
        if to_store > 0 {
            match pending.map(|(v, _)| v) {
                Some(v) if v.is_multi() => {
                    f.set_multret(&v)?;
                    f.set_list(t, na, MULTI as usize);
                    to_store -= 1; // the open item's count is unknown
                    room = 1;
                }
                Some(mut v) => {
                    f.exp_to_next_reg(&mut v)?;
                    f.set_list(t, na, to_store);
                }
                None => f.set_list(t, na, to_store),
            }
            na += to_store;
        }
        let f = self.f();
        let narr = (na + room).min(u16::MAX as usize) as u16;
        f.code[pc] = Op::NewTable { a: t, narr, nhash: nh.min(u16::MAX as usize) as u16 };
        Ok(ExpDesc::new(EK::NonReloc(t)))
    }
}

impl super::FuncState {
    /// Before moving a list item to its register: the line of the token
    /// after it, when known (`Expr::list_line`).
    pub(super) fn set_list_line(&mut self, list_line: u32) {
        if list_line != 0 {
            self.line = list_line;
        }
    }

    /// Store `n` pending items (`MULTI`: up to the top) after the `stored` ones.
    fn set_list(&mut self, t: u8, stored: usize, n: usize) {
        self.code(Op::SetList { a: t, n: n as u8, start: stored as u32 });
        self.freereg = t as usize + 1;
    }
}
