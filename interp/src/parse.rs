//! The Lua 5.4 parser: it reads tokens and drives the compiler as it goes.
//!
//! It follows `lparser.c` production by production so that syntax errors carry
//! PUC Lua's exact text, line and "near" token. Besides syntax it checks what
//! PUC checks while reading: local-variable limits, `...` outside a vararg
//! function, attributes, and nesting depth. Each simple statement is read into
//! a tree (`ast.rs`) and handed to the compiler at once; compound statements
//! are opened and closed in the compiler around their bodies; names are
//! resolved as they are read and function bodies compiled when they end.
//! Invariant: no tree outlives its statement, whatever the size of the chunk.
//! The remaining semantic checks (const assignment, gotos) happen in the
//! compiler.

use crate::ast::*;
use crate::compile::{Compiler, ForLoop, IfStat};
use crate::lex::{Lexer, Tok};
use crate::object::Proto;
use kiln_gc::Gc;
use std::rc::Rc;

type PResult<T> = Result<T, String>;

/// PUC's MAXVARS: active local variables per function.
pub const MAX_VARS: usize = 200;
/// Nesting levels of statements and expressions (PUC's C-stack limit as seen
/// by a chunk run from the command line).
const MAX_LEVELS: u32 = 198;

/// Per-function parsing state.
struct FnScope {
    is_vararg: bool,
    line: u32,
    /// Declared locals of the function that are still in scope (PUC's actvar).
    nvars: usize,
}

pub(crate) struct Parser<'a, 'h> {
    lx: Lexer<'a>,
    funcs: Vec<FnScope>,
    level: u32,
    c: Compiler<'h>,
}

/// Parse and compile a whole chunk into its main function.
pub(crate) fn parse_chunk(src: &[u8], chunkname: &str, skip_shebang: bool, c: Compiler<'_>) -> PResult<Gc<Proto>> {
    let mut lx = Lexer::new(src, chunkname);
    if skip_shebang {
        lx.skip_shebang();
    }
    let mut p = Parser { lx, funcs: Vec::new(), level: 0, c };
    p.main_func()
}

/// Lines where a statement list ended.
struct ListEnd {
    /// Line of its last token (PUC's line for code closing the block).
    last_line: u32,
    /// Line of the token that ends it (`end`, `else`, `until`, ...).
    end_line: u32,
}

fn block_follow(t: &Tok, with_until: bool) -> bool {
    match t {
        Tok::Else | Tok::Elseif | Tok::End | Tok::Eof => true,
        Tok::Until => with_until,
        _ => false,
    }
}

impl<'a, 'h> Parser<'a, 'h> {
    // ------------------------------------------------------------ helpers

    fn next(&mut self) -> PResult<()> {
        self.lx.next()
    }

    fn tok(&self) -> &Tok {
        &self.lx.tok
    }

    fn is_char(&self, c: u8) -> bool {
        self.lx.tok == Tok::Char(c)
    }

    fn test_next(&mut self, t: &Tok) -> PResult<bool> {
        if self.tok() == t {
            self.next()?;
            Ok(true)
        } else {
            Ok(false)
        }
    }

    fn error_expected(&self, t: &Tok) -> String {
        self.lx.syntax_error(&format!("{} expected", t.describe()))
    }

    fn check(&self, t: &Tok) -> PResult<()> {
        if self.tok() != t {
            return Err(self.error_expected(t));
        }
        Ok(())
    }

    fn check_next(&mut self, t: &Tok) -> PResult<()> {
        self.check(t)?;
        self.next()
    }

    /// Expect `what` closing `who` opened at line `where_`.
    fn check_match(&mut self, what: &Tok, who: &Tok, where_: u32) -> PResult<()> {
        if self.test_next(what)? {
            return Ok(());
        }
        if where_ == self.lx.line {
            Err(self.error_expected(what))
        } else {
            Err(self.lx.syntax_error(&format!(
                "{} expected (to close {} at line {})",
                what.describe(),
                who.describe(),
                where_
            )))
        }
    }

    fn check_name(&mut self) -> PResult<Name> {
        match self.tok() {
            Tok::Name(n) => {
                let n = n.clone();
                self.next()?;
                Ok(n)
            }
            _ => Err(self.error_expected(&Tok::Name("".into()))),
        }
    }

    fn enter_level(&mut self) -> PResult<()> {
        self.level += 1;
        if self.level > MAX_LEVELS {
            return Err("C stack overflow".into());
        }
        Ok(())
    }

    fn leave_level(&mut self) {
        self.level -= 1;
    }

    fn fs(&mut self) -> &mut FnScope {
        self.funcs.last_mut().expect("inside a function")
    }

    /// Declare a local variable (PUC's `new_localvar` limit check).
    fn new_local(&mut self) -> PResult<()> {
        let fs = self.funcs.last().expect("inside a function");
        if fs.nvars + 1 > MAX_VARS {
            let where_ =
                if fs.line == 0 { "main function".to_string() } else { format!("function at line {}", fs.line) };
            return Err(self.lx.syntax_error(&format!("too many local variables (limit is {MAX_VARS}) in {where_}")));
        }
        self.fs().nvars += 1;
        Ok(())
    }

    // ------------------------------------------------------------ functions and blocks

    fn main_func(&mut self) -> PResult<Gc<Proto>> {
        self.funcs.push(FnScope { is_vararg: true, line: 0, nvars: 0 });
        self.c.open_main();
        self.next()?;
        self.stat_list()?;
        self.check(&Tok::Eof)?;
        self.funcs.pop();
        // The last token's line, not the end of file.
        self.c.close_main(self.lx.lastline, self.lx.line)
    }

    /// `block`: statements in a scope of their own.
    fn block(&mut self) -> PResult<ListEnd> {
        self.c.open_block();
        let end = self.scoped_stat_list()?;
        self.c.close_block(end.last_line)?;
        Ok(end)
    }

    /// A statement list whose locals go out of scope at its end.
    fn scoped_stat_list(&mut self) -> PResult<ListEnd> {
        let saved = self.fs().nvars;
        let end = self.stat_list()?;
        self.fs().nvars = saved;
        Ok(end)
    }

    fn stat_list(&mut self) -> PResult<ListEnd> {
        while !block_follow(self.tok(), true) {
            if *self.tok() == Tok::Return {
                self.statement()?;
                break; // 'return' must be the last statement
            }
            self.statement()?;
        }
        Ok(ListEnd { last_line: self.lx.lastline, end_line: self.lx.line })
    }

    /// `body`: parameters and block of a function; the current token is '('.
    /// Compiles it; returns the prototype's index in the enclosing function
    /// and the line of its `end`.
    fn body(&mut self, is_method: bool, line: u32) -> PResult<(u32, u32)> {
        self.funcs.push(FnScope { is_vararg: false, line, nvars: 0 });
        self.check_next(&Tok::Char(b'('))?;
        let mut params = Vec::new();
        if is_method {
            self.new_local()?;
            params.push(Rc::from("self"));
        }
        let is_vararg = self.par_list(&mut params)?;
        self.fs().is_vararg = is_vararg;
        self.check_next(&Tok::Char(b')'))?;
        self.c.open_function(&params, is_vararg, line)?;
        drop(params);
        self.stat_list()?;
        let last_line = self.lx.line;
        self.check_match(&Tok::End, &Tok::Function, line)?;
        self.funcs.pop();
        let proto = self.c.close_function(last_line, self.lx.line)?;
        Ok((proto, last_line))
    }

    fn par_list(&mut self, params: &mut Vec<Name>) -> PResult<bool> {
        if self.is_char(b')') {
            return Ok(false);
        }
        loop {
            match self.tok() {
                Tok::Name(_) => {
                    let n = self.check_name()?;
                    self.new_local()?;
                    params.push(n);
                }
                Tok::Dots => {
                    self.next()?;
                    return Ok(true);
                }
                _ => return Err(self.lx.syntax_error("<name> or '...' expected")),
            }
            if !self.test_next(&Tok::Char(b','))? {
                return Ok(false);
            }
        }
    }

    // ------------------------------------------------------------ statements

    fn statement(&mut self) -> PResult<()> {
        let line = self.lx.line;
        self.enter_level()?;
        match self.tok() {
            Tok::Char(b';') => self.next()?,
            Tok::If => self.if_stat(line)?,
            Tok::While => self.while_stat(line)?,
            Tok::Do => {
                self.next()?;
                self.block()?;
                self.check_match(&Tok::End, &Tok::Do, line)?;
            }
            Tok::For => self.for_stat(line)?,
            Tok::Repeat => self.repeat_stat(line)?,
            Tok::Function => self.func_stat(line)?,
            Tok::Local => {
                self.next()?;
                if self.test_next(&Tok::Function)? {
                    self.local_func()?;
                } else {
                    let s = self.local_stat()?;
                    self.c.statement(&s)?;
                }
            }
            Tok::DbColon => {
                self.next()?;
                let name = self.check_name()?;
                self.label_stat(name, line)?;
            }
            Tok::Return => {
                self.next()?;
                let s = self.ret_stat(line)?;
                self.c.statement(&s)?;
            }
            Tok::Break => {
                self.next()?;
                self.c.statement(&Stat::Break { line })?;
            }
            Tok::Goto => {
                self.next()?;
                let line = self.lx.line;
                let label = self.check_name()?;
                self.c.statement(&Stat::Goto { label, line })?;
            }
            _ => {
                let s = self.expr_stat()?;
                self.c.statement(&s)?;
            }
        }
        self.c.end_statement();
        self.leave_level();
        Ok(())
    }

    fn if_stat(&mut self, line: u32) -> PResult<()> {
        self.c.begin_statement(line);
        let mut s = self.c.open_if();
        self.test_then_block(&mut s)?;
        while *self.tok() == Tok::Elseif {
            self.test_then_block(&mut s)?;
        }
        if self.test_next(&Tok::Else)? {
            self.block()?;
        }
        self.check_match(&Tok::End, &Tok::If, line)?;
        self.c.close_if(s);
        Ok(())
    }

    /// `[if | elseif] cond then block`.
    fn test_then_block(&mut self, s: &mut IfStat) -> PResult<()> {
        self.next()?; // skip IF or ELSEIF
        let cond = self.expr()?;
        self.check_next(&Tok::Then)?;
        let then_line = self.lx.lastline;
        let saved = self.fs().nvars;
        if *self.tok() == Tok::Break {
            // 'if x then break': the jump out is the condition's own.
            let line = self.lx.line;
            self.next()?;
            while self.test_next(&Tok::Char(b';'))? {}
            let alone = block_follow(self.tok(), false);
            self.c.open_then_break(s, &cond, then_line, line, alone)?;
            if alone {
                return Ok(());
            }
        } else {
            self.c.open_then(s, &cond, then_line)?;
        }
        drop(cond);
        let end = self.stat_list()?;
        self.fs().nvars = saved;
        self.c.close_block(end.last_line)?;
        let more = matches!(self.tok(), Tok::Else | Tok::Elseif);
        self.c.close_then(s, more);
        Ok(())
    }

    fn while_stat(&mut self, line: u32) -> PResult<()> {
        self.c.begin_statement(line);
        self.next()?;
        let cond = self.expr()?;
        self.check_next(&Tok::Do)?;
        let w = self.c.open_while(&cond)?;
        drop(cond);
        let end = self.scoped_stat_list()?;
        self.c.close_block(end.last_line)?;
        self.c.close_while(w, end.end_line)?;
        self.check_match(&Tok::End, &Tok::While, line)
    }

    fn repeat_stat(&mut self, line: u32) -> PResult<()> {
        self.c.begin_statement(line);
        self.next()?;
        let init = self.c.open_repeat();
        let saved = self.fs().nvars;
        self.stat_list()?;
        self.check_match(&Tok::Until, &Tok::Repeat, line)?;
        let cond = self.expr()?; // sees the body's locals
        self.fs().nvars = saved;
        self.c.close_repeat(init, &cond)
    }

    fn for_stat(&mut self, line: u32) -> PResult<()> {
        self.c.begin_statement(line);
        let saved = self.fs().nvars;
        self.next()?;
        let var = self.check_name()?;
        let l = match self.tok() {
            Tok::Char(b'=') => self.for_num(var, line)?,
            Tok::Char(b',') | Tok::In => self.for_list(var)?,
            _ => return Err(self.lx.syntax_error("'=' or 'in' expected")),
        };
        let end = self.scoped_stat_list()?;
        self.c.close_block(end.last_line)?;
        self.c.close_for(l, end.end_line)?;
        self.check_match(&Tok::End, &Tok::For, line)?;
        self.fs().nvars = saved;
        Ok(())
    }

    /// `for var = start, limit [, step] do`; the body follows.
    fn for_num(&mut self, var: Name, line: u32) -> PResult<ForLoop> {
        for _ in 0..4 {
            self.new_local()?; // three control slots and the variable
        }
        self.check_next(&Tok::Char(b'='))?;
        let start = self.expr()?;
        self.check_next(&Tok::Char(b','))?;
        let limit = self.expr()?;
        let step = if self.test_next(&Tok::Char(b','))? { Some(self.expr()?) } else { None };
        self.check_next(&Tok::Do)?;
        self.c.open_num_for(&var, &start, &limit, step.as_ref(), line, self.lx.lastline)
    }

    /// `for vars in exprs do`; the body follows.
    fn for_list(&mut self, first: Name) -> PResult<ForLoop> {
        for _ in 0..5 {
            self.new_local()?; // four control slots and the first variable
        }
        let mut vars = vec![first];
        while self.test_next(&Tok::Char(b','))? {
            vars.push(self.check_name()?);
            self.new_local()?;
        }
        self.check_next(&Tok::In)?;
        let exprs_line = self.lx.line;
        let exprs = self.expr_list()?;
        self.check_next(&Tok::Do)?;
        self.c.open_gen_for(&vars, &exprs, exprs_line, self.lx.lastline)
    }

    fn func_stat(&mut self, line: u32) -> PResult<()> {
        self.next()?;
        // funcname: NAME {'.' NAME} [':' NAME]
        let mut target = self.name_expr()?;
        let mut is_method = false;
        while self.is_char(b'.') || self.is_char(b':') {
            is_method = self.is_char(b':');
            self.next()?;
            let kline = self.lx.line;
            let key = self.check_name()?;
            let k = Expr::new(ExprKind::Str(Rc::from(key)), kline);
            target = Expr::new(ExprKind::Index(Box::new(target), Box::new(k)), kline);
            if is_method {
                break;
            }
        }
        let t = self.c.open_func_stat(&target, line)?;
        drop(target);
        let (proto, last_line) = self.body(is_method, line)?;
        self.c.close_func_stat(t, proto, last_line, line, self.lx.line)
    }

    fn local_func(&mut self) -> PResult<()> {
        let name = self.check_name()?;
        self.new_local()?;
        let line = self.lx.line;
        let fvar = self.c.open_local_func(&name, line);
        let (proto, last_line) = self.body(false, line)?;
        self.c.close_local_func(fvar, proto, last_line)
    }

    fn local_stat(&mut self) -> PResult<Stat> {
        let line = self.lx.line;
        let mut names = Vec::new();
        let mut has_close = false;
        loop {
            let name = self.check_name()?;
            self.new_local()?;
            let attrib = self.attrib()?;
            if attrib == Attrib::Close {
                if has_close {
                    return Err(self.lx.sem_error("multiple to-be-closed variables in local list"));
                }
                has_close = true;
            }
            names.push((name, attrib));
            if !self.test_next(&Tok::Char(b','))? {
                break;
            }
        }
        let exprs = if self.test_next(&Tok::Char(b'='))? { self.expr_list()? } else { Vec::new() };
        Ok(Stat::Local { names, exprs, line })
    }

    fn attrib(&mut self) -> PResult<Attrib> {
        if !self.test_next(&Tok::Char(b'<'))? {
            return Ok(Attrib::None);
        }
        let a = self.check_name()?;
        self.check_next(&Tok::Char(b'>'))?;
        match &*a {
            "const" => Ok(Attrib::Const),
            "close" => Ok(Attrib::Close),
            _ => Err(self.lx.sem_error(&format!("unknown attribute '{a}'"))),
        }
    }

    /// After `::name`: PUC first parses the void statements that follow (other
    /// labels included), then creates this label, so they are compiled first.
    fn label_stat(&mut self, name: Name, line: u32) -> PResult<()> {
        self.check_next(&Tok::DbColon)?;
        while self.is_char(b';') || *self.tok() == Tok::DbColon {
            self.statement()?;
        }
        let last = block_follow(self.tok(), false);
        self.c.statement(&Stat::Label { name, line, last, check_line: self.lx.line })
    }

    fn ret_stat(&mut self, line: u32) -> PResult<Stat> {
        let exprs = if block_follow(self.tok(), true) || self.is_char(b';') { Vec::new() } else { self.expr_list()? };
        self.test_next(&Tok::Char(b';'))?;
        Ok(Stat::Return { exprs, line })
    }

    fn expr_stat(&mut self) -> PResult<Stat> {
        let line = self.lx.line;
        let first = self.suffixed_expr()?;
        if self.is_char(b'=') || self.is_char(b',') {
            let mut targets = Vec::new();
            let mut e = first;
            loop {
                if !matches!(e.kind, ExprKind::Name(..) | ExprKind::Index(..)) {
                    return Err(self.lx.syntax_error("syntax error"));
                }
                targets.push((e, self.lx.line));
                if !self.test_next(&Tok::Char(b','))? {
                    break;
                }
                self.enter_level()?; // PUC recurses once per target
                e = self.suffixed_expr()?;
            }
            for _ in 1..targets.len() {
                self.leave_level();
            }
            self.check_next(&Tok::Char(b'='))?;
            let exprs = self.expr_list()?;
            return Ok(Stat::Assign { targets, exprs, line });
        }
        if !matches!(first.kind, ExprKind::Call(..) | ExprKind::Method(..)) {
            return Err(self.lx.syntax_error("syntax error"));
        }
        Ok(Stat::Call(first))
    }

    // ------------------------------------------------------------ expressions

    fn expr_list(&mut self) -> PResult<Vec<Expr>> {
        let mut v = vec![self.expr()?];
        while self.test_next(&Tok::Char(b','))? {
            v.last_mut().expect("one expression read").list_line = self.lx.lastline;
            v.push(self.expr()?);
        }
        Ok(v)
    }

    pub fn expr(&mut self) -> PResult<Expr> {
        self.sub_expr(0)
    }

    fn unary_op(t: &Tok) -> Option<UnOp> {
        Some(match t {
            Tok::Not => UnOp::Not,
            Tok::Char(b'-') => UnOp::Neg,
            Tok::Char(b'~') => UnOp::BNot,
            Tok::Char(b'#') => UnOp::Len,
            _ => return None,
        })
    }

    fn binary_op(t: &Tok) -> Option<BinOp> {
        use BinOp::*;
        Some(match t {
            Tok::Char(b'+') => Add,
            Tok::Char(b'-') => Sub,
            Tok::Char(b'*') => Mul,
            Tok::Char(b'%') => Mod,
            Tok::Char(b'^') => Pow,
            Tok::Char(b'/') => Div,
            Tok::IDiv => IDiv,
            Tok::Char(b'&') => BAnd,
            Tok::Char(b'|') => BOr,
            Tok::Char(b'~') => BXor,
            Tok::Shl => Shl,
            Tok::Shr => Shr,
            Tok::Concat => Concat,
            Tok::Ne => Ne,
            Tok::Eq => Eq,
            Tok::Char(b'<') => Lt,
            Tok::Le => Le,
            Tok::Char(b'>') => Gt,
            Tok::Ge => Ge,
            Tok::And => And,
            Tok::Or => Or,
            _ => return None,
        })
    }

    /// `subexpr -> (simpleexp | unop subexpr) { binop subexpr }` where binop
    /// has a left priority above `limit`.
    fn sub_expr(&mut self, limit: u8) -> PResult<Expr> {
        self.enter_level()?;
        let mut e = if let Some(op) = Self::unary_op(self.tok()) {
            let line = self.lx.line;
            self.next()?;
            let operand = self.sub_expr(UNARY_PRIORITY)?;
            Expr::new(ExprKind::Un(op, Box::new(operand)), line)
        } else {
            self.simple_expr()?
        };
        while let Some(op) = Self::binary_op(self.tok()) {
            let (left, right) = op.priority();
            if left <= limit {
                break;
            }
            let line = self.lx.line;
            self.next()?;
            let rhs = self.sub_expr(right)?;
            e = Expr::new(ExprKind::Bin(op, Box::new(e), Box::new(rhs)), line);
        }
        self.leave_level();
        Ok(e)
    }

    fn simple_expr(&mut self) -> PResult<Expr> {
        let line = self.lx.line;
        let kind = match self.tok() {
            Tok::Flt(f) => ExprKind::Flt(*f),
            Tok::Int(i) => ExprKind::Int(*i),
            Tok::Str(s) => ExprKind::Str(s.clone()),
            Tok::Nil => ExprKind::Nil,
            Tok::True => ExprKind::True,
            Tok::False => ExprKind::False,
            Tok::Dots => {
                if !self.funcs.last().expect("inside a function").is_vararg {
                    return Err(self.lx.syntax_error("cannot use '...' outside a vararg function"));
                }
                // PUC emits its instruction before reading `...`: at the line
                // of the token before it.
                let before = self.lx.lastline;
                self.next()?;
                return Ok(Expr::new(ExprKind::VarArg, before));
            }
            Tok::Char(b'{') => return self.constructor(),
            Tok::Function => {
                self.next()?;
                let line = self.lx.line;
                let (proto, last_line) = self.body(false, line)?;
                return Ok(Expr::new(ExprKind::Function { proto, last_line }, line));
            }
            _ => return self.suffixed_expr(),
        };
        self.next()?;
        Ok(Expr::new(kind, line))
    }

    fn primary_expr(&mut self) -> PResult<Expr> {
        let line = self.lx.line;
        match self.tok() {
            Tok::Name(_) => self.name_expr(),
            Tok::Char(b'(') => {
                self.next()?;
                let e = self.expr()?;
                self.check_match(&Tok::Char(b')'), &Tok::Char(b'('), line)?;
                Ok(Expr::new(ExprKind::Paren(Box::new(e)), line))
            }
            _ => Err(self.lx.syntax_error("unexpected symbol")),
        }
    }

    /// A name, resolved as it is read.
    fn name_expr(&mut self) -> PResult<Expr> {
        let line = self.lx.line;
        let name = self.check_name()?;
        let var = self.c.resolve_name(&name, line)?;
        Ok(Expr::new(ExprKind::Name(name, var), line))
    }

    fn suffixed_expr(&mut self) -> PResult<Expr> {
        let line = self.lx.line;
        let mut e = self.primary_expr()?;
        loop {
            match self.tok() {
                Tok::Char(b'.') => {
                    self.next()?;
                    let kline = self.lx.line;
                    let key = self.check_name()?;
                    let k = Expr::new(ExprKind::Str(Rc::from(key)), kline);
                    e = Expr::new(ExprKind::Index(Box::new(e), Box::new(k)), kline);
                }
                Tok::Char(b'[') => {
                    self.next()?;
                    let k = self.expr()?;
                    self.check_next(&Tok::Char(b']'))?;
                    let kline = self.lx.lastline;
                    e = Expr::new(ExprKind::Index(Box::new(e), Box::new(k)), kline);
                }
                Tok::Char(b':') => {
                    self.next()?;
                    let name_line = self.lx.line;
                    let name = self.check_name()?;
                    let args = self.func_args(line)?;
                    e = Expr::new(ExprKind::Method(Box::new(e), name, name_line, args), line);
                }
                Tok::Char(b'(') | Tok::Str(_) | Tok::Char(b'{') => {
                    let args = self.func_args(line)?;
                    e = Expr::new(ExprKind::Call(Box::new(e), args), line);
                }
                _ => return Ok(e),
            }
        }
    }

    fn func_args(&mut self, line: u32) -> PResult<Vec<Expr>> {
        match self.tok() {
            Tok::Char(b'(') => {
                self.next()?;
                let mut args = if self.is_char(b')') { Vec::new() } else { self.expr_list()? };
                self.check_match(&Tok::Char(b')'), &Tok::Char(b'('), line)?;
                if let Some(last) = args.last_mut() {
                    last.list_line = self.lx.lastline;
                }
                Ok(args)
            }
            Tok::Char(b'{') => Ok(vec![self.constructor()?]),
            Tok::Str(s) => {
                let e = Expr::new(ExprKind::Str(s.clone()), self.lx.line);
                self.next()?;
                Ok(vec![e])
            }
            _ => Err(self.lx.syntax_error("function arguments expected")),
        }
    }

    fn constructor(&mut self) -> PResult<Expr> {
        let line = self.lx.line;
        self.check_next(&Tok::Char(b'{'))?;
        let mut fields = Vec::new();
        loop {
            if self.is_char(b'}') {
                break;
            }
            let mut field = self.field()?;
            let more = self.test_next(&Tok::Char(b','))? || self.test_next(&Tok::Char(b';'))?;
            if let Field::List(e) = &mut field {
                e.list_line = self.lx.lastline;
            }
            fields.push(field);
            if !more {
                break;
            }
        }
        self.check_match(&Tok::Char(b'}'), &Tok::Char(b'{'), line)?;
        let close_line = self.lx.lastline;
        Ok(Expr::new(ExprKind::Table { fields, close_line }, line))
    }

    fn field(&mut self) -> PResult<Field> {
        match self.tok() {
            Tok::Name(_) => {
                if *self.lx.lookahead()? != Tok::Char(b'=') {
                    return Ok(Field::List(self.expr()?));
                }
                let kline = self.lx.line;
                let name = self.check_name()?;
                let key = Expr::new(ExprKind::Str(Rc::from(name)), kline);
                self.check_next(&Tok::Char(b'='))?;
                Ok(Field::Rec(key, self.expr()?))
            }
            Tok::Char(b'[') => {
                self.next()?;
                let key = self.expr()?;
                self.check_next(&Tok::Char(b']'))?;
                self.check_next(&Tok::Char(b'='))?;
                Ok(Field::Rec(key, self.expr()?))
            }
            _ => Ok(Field::List(self.expr()?)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use kiln_gc::{Heap, HeapConfig};

    fn heap() -> Heap {
        Heap::new(HeapConfig { nursery_bytes: 4096, ..HeapConfig::default() })
    }

    fn err(src: &str) -> String {
        crate::compile::compile(&mut heap(), src.as_bytes(), "=t").map(|_| ()).unwrap_err()
    }

    fn ok(src: &str) {
        if let Err(e) = crate::compile::compile(&mut heap(), src.as_bytes(), "=t") {
            panic!("{src}: {e}");
        }
    }

    /// The tree of the expression `src`, read in a main function.
    fn expr_tree(src: &str) -> Expr {
        let mut h = heap();
        let mut shared = crate::compile::SharedStrings::default();
        let mut c = Compiler::new(&mut h, "=t", &mut shared);
        c.open_main();
        let mut p = Parser { lx: Lexer::new(src.as_bytes(), "=t"), funcs: Vec::new(), level: 0, c };
        p.funcs.push(FnScope { is_vararg: true, line: 0, nvars: 0 });
        p.next().unwrap();
        p.expr().unwrap_or_else(|e| panic!("{src}: {e}"))
    }

    #[test]
    fn syntax_errors_match_puc() {
        let cases = [
            ("x=1 end", "t:1: <eof> expected near 'end'"),
            ("local function 1", "t:1: <name> expected near '1'"),
            ("x = }", "t:1: unexpected symbol near '}'"),
            ("f(", "t:1: unexpected symbol near <eof>"),
            ("for i do end", "t:1: '=' or 'in' expected near 'do'"),
            ("local x <foo> = 1", "t:1: unknown attribute 'foo'"),
            ("local x <close>, y <close> = 1", "t:1: multiple to-be-closed variables in local list"),
            ("function f(a, 1) end", "t:1: <name> or '...' expected near '1'"),
            ("function f() return ... end", "t:1: cannot use '...' outside a vararg function near '...'"),
            ("a.b = 1 c", "t:1: syntax error near <eof>"),
            ("a:b = 1", "t:1: function arguments expected near '='"),
            ("(a) = 1", "t:1: syntax error near '='"),
            ("a() = 1", "t:1: syntax error near '='"),
            ("x = {1,2", "t:1: '}' expected near <eof>"),
            ("if x then", "t:1: 'end' expected near <eof>"),
            ("goto 1", "t:1: <name> expected near '1'"),
            ("::a", "t:1: '::' expected near <eof>"),
            ("return 1 x = 2", "t:1: <eof> expected near 'x'"),
            ("x = 1 + ", "t:1: unexpected symbol near <eof>"),
            ("local a, b.c = 1", "t:1: unexpected symbol near '.'"),
            ("x = = 1", "t:1: unexpected symbol near '='"),
            ("local t = {\n1,\n2\n", "t:4: '}' expected (to close '{' at line 1) near <eof>"),
            ("function f()\n\n", "t:3: 'end' expected (to close 'function' at line 1) near <eof>"),
            ("f(1,\n2", "t:2: ')' expected (to close '(' at line 1) near <eof>"),
            ("x = 'a' .. \"b", "t:1: unfinished string near <eof>"),
        ];
        for (src, msg) in cases {
            assert_eq!(err(src), msg, "for {src:?}");
        }
    }

    #[test]
    fn too_many_locals() {
        let mut src = String::new();
        for i in 0..201 {
            src.push_str(&format!("local a{i} = {i}\n"));
        }
        assert_eq!(err(&src), "t:201: too many local variables (limit is 200) in main function near '='");
        let src = format!("local function f()\n{}end", "local a, b, c, d\n".repeat(51));
        assert_eq!(err(&src), "t:52: too many local variables (limit is 200) in function at line 1 near ','");
        // Locals of closed blocks do not count.
        ok(&"do local a, b, c, d end\n".repeat(100));
    }

    #[test]
    fn nesting_limit() {
        let deep = |n: usize| format!("x = {}1{}", "(".repeat(n), ")".repeat(n));
        ok(&deep(196));
        assert_eq!(err(&deep(197)), "C stack overflow");
        // Long left-associative chains are not nesting.
        ok(&format!("x = 1{}", " + 1".repeat(100_000)));
        ok(&format!("x = a{}", ".b".repeat(100_000)));
    }

    #[test]
    fn precedence_and_associativity() {
        let e = expr_tree("1 + 2 * 3 ^ 4 ^ 5 .. 'a' .. 'b' == -x or not y and z");
        // (((1 + (2 * (3 ^ (4 ^ 5)))) .. ('a' .. 'b')) == -x) or ((not y) and z)
        let ExprKind::Bin(BinOp::Or, l, r) = &e.kind else { panic!() };
        assert!(matches!(r.kind, ExprKind::Bin(BinOp::And, ..)));
        let ExprKind::Bin(BinOp::Eq, cat, _) = &l.kind else { panic!() };
        let ExprKind::Bin(BinOp::Concat, sum, tail) = &cat.kind else { panic!() };
        assert!(matches!(tail.kind, ExprKind::Bin(BinOp::Concat, ..)));
        let ExprKind::Bin(BinOp::Add, _, prod) = &sum.kind else { panic!() };
        let ExprKind::Bin(BinOp::Mul, _, pow) = &prod.kind else { panic!() };
        let ExprKind::Bin(BinOp::Pow, _, pow2) = &pow.kind else { panic!() };
        assert!(matches!(pow2.kind, ExprKind::Bin(BinOp::Pow, ..)));
        // Unary minus binds tighter than '^' only on the right: -2^2 is -(2^2).
        assert!(matches!(expr_tree("-2 ^ 2").kind, ExprKind::Un(UnOp::Neg, _)));
    }

    #[test]
    fn labels_after_void_statements() {
        // The void statements after a label are read before it is created, so
        // 'a' is at the end of its block, out of the scope of 'x'.
        ok("do goto a; local x; ::a:: ; ::b:: end");
        assert_eq!(
            err("do goto a; local x; ::a:: ; ::b:: y = 1 end"),
            "t:1: <goto a> at line 1 jumps into the scope of local 'x'"
        );
    }
}
