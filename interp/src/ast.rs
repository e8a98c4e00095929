//! The syntax tree the parser builds and the compiler walks.
//!
//! Only expressions and simple statements are trees, and only until the
//! statement holding them is compiled. Names carry their resolution (done by
//! the compiler as the parser reads them). Nodes carry the source lines the
//! compiler needs for line info and for PUC Lua's error messages, which report
//! the line the scanner was on when PUC detected them.

use crate::compile::KVal;
use std::rc::Rc;

pub type Name = Rc<str>;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Mod,
    Pow,
    Div,
    IDiv,
    BAnd,
    BOr,
    BXor,
    Shl,
    Shr,
    Concat,
    Eq,
    Lt,
    Le,
    Ne,
    Gt,
    Ge,
    And,
    Or,
}

impl BinOp {
    /// (left, right) priorities, as in `lparser.c`.
    pub fn priority(self) -> (u8, u8) {
        use BinOp::*;
        match self {
            Add | Sub => (10, 10),
            Mul | Mod | Div | IDiv => (11, 11),
            Pow => (14, 13),
            BAnd => (6, 6),
            BOr => (4, 4),
            BXor => (5, 5),
            Shl | Shr => (7, 7),
            Concat => (9, 8),
            Eq | Lt | Le | Ne | Gt | Ge => (3, 3),
            And => (2, 2),
            Or => (1, 1),
        }
    }
}

/// Priority of unary operators.
pub const UNARY_PRIORITY: u8 = 12;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnOp {
    Neg,
    Not,
    Len,
    BNot,
}

#[derive(Debug)]
pub struct Expr {
    pub kind: ExprKind,
    /// Line the compiler gives the instructions of this node (operator line for
    /// operators, start of the call expression for calls).
    pub line: u32,
    /// In a list (arguments, a constructor's items, the values of an
    /// assignment), the line of the token after it (`,`, `;`, or a call's `)`):
    /// PUC has read that token when it moves the value to its register, so
    /// that instruction gets its line. 0 elsewhere.
    pub list_line: u32,
}

#[derive(Debug)]
pub enum ExprKind {
    Nil,
    True,
    False,
    VarArg,
    Int(i64),
    Flt(f64),
    Str(Rc<[u8]>),
    Name(Name, VarRef),
    Index(Box<Expr>, Box<Expr>),
    Call(Box<Expr>, Vec<Expr>),
    /// `obj:name(args)`, with the line of `name`.
    Method(Box<Expr>, Name, u32, Vec<Expr>),
    /// A function already compiled: `proto` indexes the enclosing function's
    /// prototypes; `last_line` is the line of its `end`.
    Function {
        proto: u32,
        last_line: u32,
    },
    /// A constructor; `close_line` is the line of its `}`, which its last
    /// item's store gets (PUC's `lastlistfield` runs after reading it).
    Table {
        fields: Vec<Field>,
        close_line: u32,
    },
    Bin(BinOp, Box<Expr>, Box<Expr>),
    Un(UnOp, Box<Expr>),
    /// A parenthesized expression (truncates multiple results to one).
    Paren(Box<Expr>),
}

impl Expr {
    pub fn new(kind: ExprKind, line: u32) -> Expr {
        Expr { kind, line, list_line: 0 }
    }

    /// Calls and `...` produce multiple results.
    pub fn is_multi(&self) -> bool {
        matches!(self.kind, ExprKind::Call(..) | ExprKind::Method(..) | ExprKind::VarArg)
    }

    /// The left child along which long chains grow (`a.b.c`, `f()()`, `1+2+3`).
    fn left_child(&mut self) -> Option<&mut Expr> {
        match &mut self.kind {
            ExprKind::Index(l, _) | ExprKind::Call(l, _) | ExprKind::Method(l, ..) | ExprKind::Bin(_, l, _) => Some(l),
            _ => None,
        }
    }
}

impl Drop for Expr {
    /// Take long left spines apart iteratively: the parser accepts arbitrarily
    /// long chains, and a recursive drop could overflow the native stack.
    fn drop(&mut self) {
        // Short spines (the usual case) drop recursively at no extra cost.
        let mut depth = 0;
        let mut node: &mut Expr = self;
        while let Some(l) = node.left_child() {
            depth += 1;
            if depth > 64 {
                break;
            }
            node = l;
        }
        if depth <= 64 {
            return;
        }
        let mut pending: Vec<Expr> = Vec::new();
        let mut cur = self.left_child().map(|l| std::mem::replace(l, Expr::new(ExprKind::Nil, 0)));
        while let Some(mut e) = cur {
            cur = e.left_child().map(|l| std::mem::replace(l, Expr::new(ExprKind::Nil, 0)));
            pending.push(e);
        }
    }
}

#[derive(Debug)]
pub enum Field {
    /// A positional item (its `list_line` is its separator's).
    List(Expr),
    /// `[key] = value` or `name = value`.
    Rec(Expr, Expr),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Attrib {
    None,
    Const,
    Close,
}

/// A name as the compiler resolved it when the parser read it. Resolving in
/// reading order (as PUC's one pass does) gives upvalues their PUC numbering
/// even though expressions are compiled after their statement is read, and
/// lets a function body be compiled, and its tree freed, as soon as it ends.
#[derive(Clone, Debug)]
pub enum VarRef {
    Local {
        reg: u8,
        vidx: u32,
        read_only: bool,
    },
    Upval {
        idx: u8,
        read_only: bool,
    },
    /// A compile-time constant (`local x <const> = literal`).
    Const(KVal),
    /// `_ENV.name`, with what `_ENV` resolved to.
    Global(EnvRef),
}

/// What `_ENV` resolved to for a global name.
#[derive(Clone, Debug)]
pub enum EnvRef {
    Local { reg: u8, vidx: u32 },
    Upval(u8),
    Const(KVal),
}

/// A simple statement. Blocks and function bodies never become trees: the
/// parser hands each statement to the compiler as soon as it is read, and
/// opens and closes compound statements around their bodies.
#[derive(Debug)]
pub enum Stat {
    /// A function call used as a statement.
    Call(Expr),
    Local {
        names: Vec<(Name, Attrib)>,
        exprs: Vec<Expr>,
        line: u32,
    },
    /// `targets = exprs`; each target has the line of the token after it, where
    /// PUC checks that it is not a const variable.
    Assign {
        targets: Vec<(Expr, u32)>,
        exprs: Vec<Expr>,
        line: u32,
    },
    Goto {
        label: Name,
        line: u32,
    },
    /// `::name::`; `last` when only void statements follow it in its block;
    /// `check_line` is the scanner's line when PUC creates the label.
    Label {
        name: Name,
        line: u32,
        last: bool,
        check_line: u32,
    },
    Break {
        line: u32,
    },
    Return {
        exprs: Vec<Expr>,
        line: u32,
    },
}
