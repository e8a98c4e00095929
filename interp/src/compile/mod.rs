//! The compiler: syntax tree to `Proto` (register bytecode), following PUC
//! Lua 5.4's code generator so that register use, instruction choice and
//! semantic error messages match it.
//!
//! The parser (`parse.rs`) drives it, as PUC's one pass does: each statement
//! is compiled as soon as it is read, compound statements are opened and
//! closed around their bodies, names are resolved when read and function
//! bodies compiled when their `end` is read. Only the expressions of the
//! statement being read exist as trees, so memory follows the largest
//! statement, not the chunk.
//!
//! `code.rs` holds the expression machinery (`lcode.c`), `stat.rs` and
//! `expr.rs` the code-generating half of `lparser.c`, this file holds
//! per-function state, scoping, upvalues, gotos and prototype assembly.
//! Every prototype and constant string goes to the mature space without
//! collecting: compilation never triggers a collection.

mod code;
mod expr;
mod fold;
mod stat;

use crate::ast::{EnvRef, Name, VarRef};
use crate::bytecode::Op;
use crate::object::{LocVar, LuaStr, Proto, UpvalDesc};
use crate::value::Value;
use code::{ExpDesc, EK};
use kiln_gc::{Gc, Heap};
pub(crate) use stat::{ForLoop, IfStat};
use std::cell::Cell;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::rc::Rc;

pub(crate) type CResult<T> = Result<T, String>;

/// PUC's MAXUPVAL.
const MAX_UPVALS: usize = 255;

/// Compile a chunk. `chunkname` is Lua's chunk name ("@file.lua", "=stdin" or
/// the source itself); it becomes `Proto::source`. A first line starting with
/// '#' is skipped for file chunks ("@..."), as `luaL_loadfile` does.
pub fn compile(heap: &mut Heap, src: &[u8], chunkname: &str) -> Result<Gc<Proto>, String> {
    compile_with(heap, src, chunkname, chunkname.starts_with('@'))
}

/// `compile`, choosing whether a first line starting with '#' is skipped
/// (true for files and standard input, false for strings given to `load`).
pub fn compile_with(heap: &mut Heap, src: &[u8], chunkname: &str, skip_shebang: bool) -> Result<Gc<Proto>, String> {
    compile_shared(heap, src, chunkname, skip_shebang, &mut SharedStrings::default())
}

/// The VM's shared strings: one mature object per content for short strings
/// the VM and its chunks use as table keys (metamethod names, library and
/// function names, string constants of every chunk compiled), so a key
/// stored by one chunk or by the standard library and looked up by another
/// chunk is the same object, and lookups (the interpreter's and compiled
/// code's field caches) match by pointer. Owned by the `Vm`, which keeps
/// them alive.
pub type SharedStrings = HashMap<Rc<[u8]>, Gc<LuaStr>, BuildHasherDefault<ShortKeyHasher>>;

/// The hasher of `SharedStrings`, looked up at run time too (`type()`, library keys): FNV-1a over the
/// key's bytes (at most `SHARED_MAX_LEN`), from a start that differs per process (an address, moved by
/// ASLR), in place of the standard SipHash, which cost more than the rest of a `type()` call.
#[derive(Clone, Copy)]
pub struct ShortKeyHasher(u64);

impl Default for ShortKeyHasher {
    #[inline]
    fn default() -> ShortKeyHasher {
        static SEED: u8 = 0;
        ShortKeyHasher(0xcbf2_9ce4_8422_2325 ^ (&raw const SEED as u64))
    }
}

impl Hasher for ShortKeyHasher {
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ b as u64).wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
}

/// Strings longer than this are not shared (they are rarely keys).
pub const SHARED_MAX_LEN: usize = 40;
/// The shared strings stop growing at this size (a program that loads
/// endless generated chunks must not keep all their constants).
pub const SHARED_MAX_COUNT: usize = 1 << 16;

/// `compile_with`, where short string constants come from (and join) the
/// VM's `shared` strings. Equal string constants of one chunk are one object
/// too.
pub fn compile_shared(
    heap: &mut Heap,
    src: &[u8],
    chunkname: &str,
    skip_shebang: bool,
    shared: &mut SharedStrings,
) -> Result<Gc<Proto>, String> {
    crate::parse::parse_chunk(src, chunkname, skip_shebang, Compiler::new(heap, chunkname, shared))
}

/// A constant before it is turned into a `Value` (also the value of a
/// compile-time constant variable).
#[derive(Clone, Debug, PartialEq)]
pub enum KVal {
    Nil,
    Bool(bool),
    Int(i64),
    Flt(f64),
    Str(Rc<[u8]>),
}

/// Constant identity for deduplication: floats by bit pattern, so 1 and 1.0
/// (and 0.0 and -0.0) stay distinct constants.
#[derive(Hash, PartialEq, Eq)]
enum KKey {
    Nil,
    Bool(bool),
    Int(i64),
    Flt(u64),
    Str(Rc<[u8]>),
}

impl KVal {
    fn key(&self) -> KKey {
        match self {
            KVal::Nil => KKey::Nil,
            KVal::Bool(b) => KKey::Bool(*b),
            KVal::Int(i) => KKey::Int(*i),
            KVal::Flt(f) => KKey::Flt(f.to_bits()),
            KVal::Str(s) => KKey::Str(s.clone()),
        }
    }
    pub fn to_ek(&self) -> EK {
        match self {
            KVal::Nil => EK::Nil,
            KVal::Bool(true) => EK::True,
            KVal::Bool(false) => EK::False,
            KVal::Int(i) => EK::KInt(*i),
            KVal::Flt(f) => EK::KFlt(*f),
            KVal::Str(s) => EK::KStr(s.clone()),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum VarKind {
    Regular,
    Const,
    Close,
}

/// A declared local variable (PUC's `Vardesc`).
struct VarDesc {
    name: Name,
    kind: VarKind,
    /// Register, unless the variable is a compile-time constant.
    ridx: u8,
    /// Index in `locvars` (none for compile-time constants).
    pidx: Option<usize>,
    /// Value of a compile-time constant (`local x <const> = literal`).
    ctc: Option<KVal>,
}

#[derive(Clone)]
struct BlockCnt {
    first_label: usize,
    first_goto: usize,
    /// Active variables outside the block.
    nactvar: usize,
    /// Some variable of the block is captured (or to-be-closed).
    upval: bool,
    is_loop: bool,
    inside_tbc: bool,
}

/// A label or a pending goto (PUC's `Labeldesc`).
#[derive(Clone)]
struct LabelDesc {
    name: Name,
    pc: usize,
    line: u32,
    nactvar: usize,
    /// Registers in use by the `nactvar` variables (kept because the variables
    /// themselves may be gone when a goto moves out of their block).
    reg_level: usize,
    close: bool,
}

struct UpvalInfo {
    name: Name,
    in_stack: bool,
    index: u8,
    read_only: bool,
}

/// State of one function being compiled.
pub(crate) struct FuncState {
    code: Vec<Op>,
    lines: Vec<u32>,
    consts: Vec<KVal>,
    kcache: HashMap<KKey, u32>,
    protos: Vec<Gc<Proto>>,
    upvals: Vec<UpvalInfo>,
    locvars: Vec<LocVar>,
    /// Declared variables: the first `nactvar` are active, the rest pending.
    actvar: Vec<VarDesc>,
    nactvar: usize,
    blocks: Vec<BlockCnt>,
    labels: Vec<LabelDesc>,
    gotos: Vec<LabelDesc>,
    freereg: usize,
    max_stack: usize,
    /// Last pc that is a jump target (no peephole merging across it).
    last_target: usize,
    is_vararg: bool,
    num_params: u8,
    line_defined: u32,
    last_line: u32,
    /// Line where PUC reports undefined gotos of this function.
    close_line: u32,
    /// Line given to new instructions.
    line: u32,
    chunk: Rc<str>,
}

impl FuncState {
    /// A function defined at `line` (0 for the main chunk); its last lines
    /// are set when it closes.
    fn new(chunk: Rc<str>, line: u32, is_vararg: bool) -> FuncState {
        FuncState {
            code: Vec::new(),
            lines: Vec::new(),
            consts: Vec::new(),
            kcache: HashMap::new(),
            protos: Vec::new(),
            upvals: Vec::new(),
            locvars: Vec::new(),
            actvar: Vec::new(),
            nactvar: 0,
            blocks: Vec::new(),
            labels: Vec::new(),
            gotos: Vec::new(),
            freereg: 0,
            max_stack: 0,
            last_target: 0,
            is_vararg,
            num_params: 0,
            line_defined: line,
            last_line: 0,
            close_line: 0,
            line: line.max(1),
            chunk,
        }
    }

    /// "chunk:line: msg" at the current line.
    fn error(&self, msg: &str) -> String {
        self.error_at(self.line, msg)
    }

    fn error_at(&self, line: u32, msg: &str) -> String {
        format!("{}:{}: {}", self.chunk, line, msg)
    }

    fn where_(&self) -> String {
        if self.line_defined == 0 {
            "main function".into()
        } else {
            format!("function at line {}", self.line_defined)
        }
    }

    // ------------------------------------------------------------ variables

    /// Declare a (not yet active) local variable; returns its index.
    fn new_localvar(&mut self, name: Name, kind: VarKind) -> usize {
        self.actvar.push(VarDesc { name, kind, ridx: 0, pidx: None, ctc: None });
        self.actvar.len() - 1
    }

    /// Activate the next `n` declared variables, giving them registers.
    fn adjust_localvars(&mut self, n: usize) {
        let first = self.nvarstack();
        for reg in first..first + n {
            let vidx = self.nactvar;
            self.nactvar += 1;
            self.locvars.push(LocVar {
                name: Box::from(&*self.actvar[vidx].name),
                start_pc: self.pc() as u32,
                end_pc: 0,
            });
            let v = &mut self.actvar[vidx];
            v.ridx = reg as u8;
            v.pidx = Some(self.locvars.len() - 1);
        }
    }

    /// Deactivate variables down to `level`, closing their live ranges.
    fn remove_vars(&mut self, level: usize) {
        while self.nactvar > level {
            self.nactvar -= 1;
            if let Some(p) = self.actvar[self.nactvar].pidx {
                self.locvars[p].end_pc = self.pc() as u32;
            }
        }
        self.actvar.truncate(level);
    }

    /// An active variable named `name` (innermost first).
    fn search_var(&self, name: &str) -> Option<(usize, &VarDesc)> {
        self.actvar[..self.nactvar].iter().enumerate().rev().find(|(_, v)| &*v.name == name)
    }

    fn search_upvalue(&self, name: &str) -> Option<u8> {
        self.upvals.iter().position(|u| &*u.name == name).map(|i| i as u8)
    }

    /// Mark the block declaring variable `vidx` as having a captured variable.
    fn mark_upval(&mut self, vidx: usize) {
        if let Some(bl) = self.blocks.iter_mut().rev().find(|b| b.nactvar <= vidx) {
            bl.upval = true;
        }
    }

    /// The current block has a to-be-closed variable.
    fn mark_to_be_closed(&mut self) {
        let bl = self.blocks.last_mut().expect("inside a block");
        bl.upval = true;
        bl.inside_tbc = true;
    }

    fn new_upvalue(&mut self, info: UpvalInfo) -> CResult<u8> {
        if self.upvals.len() + 1 > MAX_UPVALS {
            return Err(self.error(&format!("too many upvalues (limit is {MAX_UPVALS}) in {}", self.where_())));
        }
        self.upvals.push(info);
        Ok((self.upvals.len() - 1) as u8)
    }

    // ------------------------------------------------------------ blocks, labels, gotos

    fn enter_block(&mut self, is_loop: bool) {
        let inside_tbc = self.blocks.last().is_some_and(|b| b.inside_tbc);
        self.blocks.push(BlockCnt {
            first_label: self.labels.len(),
            first_goto: self.gotos.len(),
            nactvar: self.nactvar,
            upval: false,
            is_loop,
            inside_tbc,
        });
        debug_assert_eq!(self.freereg, self.nvarstack());
    }

    fn leave_block(&mut self) -> CResult<()> {
        let bl = self.blocks.last().expect("inside a block").clone();
        let has_previous = self.blocks.len() > 1;
        let stk_level = self.reg_level(bl.nactvar);
        self.remove_vars(bl.nactvar);
        let mut has_close = false;
        if bl.is_loop {
            has_close = self.create_label(Rc::from("break"), 0, false, 0)?;
        }
        if !has_close && has_previous && bl.upval {
            self.code(Op::Close { a: stk_level as u8 });
        }
        self.freereg = stk_level;
        self.labels.truncate(bl.first_label);
        self.blocks.pop();
        if has_previous {
            self.move_gotos_out(&bl);
        } else if let Some(gt) = self.gotos.get(bl.first_goto) {
            let msg = if &*gt.name == "break" {
                format!("break outside loop at line {}", gt.line)
            } else {
                format!("no visible label '{}' for <goto> at line {}", gt.name, gt.line)
            };
            return Err(self.error_at(self.close_line, &msg));
        }
        Ok(())
    }

    /// Pending gotos of a closed block now belong to the enclosing one.
    fn move_gotos_out(&mut self, bl: &BlockCnt) {
        let bl_level = self.reg_level(bl.nactvar);
        for gt in &mut self.gotos[bl.first_goto..] {
            if gt.reg_level > bl_level {
                gt.close |= bl.upval;
            }
            gt.nactvar = bl.nactvar;
            gt.reg_level = bl_level;
        }
    }

    fn find_label(&self, name: &str) -> Option<&LabelDesc> {
        self.labels.iter().find(|l| &*l.name == name)
    }

    fn new_goto(&mut self, name: Name, line: u32, pc: usize) {
        let reg_level = self.nvarstack();
        self.gotos.push(LabelDesc { name, pc, line, nactvar: self.nactvar, reg_level, close: false });
    }

    /// Create a label here; resolve pending gotos to it. `last`: only void
    /// statements follow it in its block (its locals are out of scope).
    /// Returns whether a `Close` was emitted. `err_line` is used for errors.
    fn create_label(&mut self, name: Name, line: u32, last: bool, err_line: u32) -> CResult<bool> {
        let pc = self.get_label();
        let nactvar = if last { self.blocks.last().expect("inside a block").nactvar } else { self.nactvar };
        let label = LabelDesc { name, pc, line, nactvar, reg_level: self.reg_level(nactvar), close: false };
        self.labels.push(label.clone());
        if self.solve_gotos(&label, err_line)? {
            let level = self.nvarstack() as u8;
            self.code(Op::Close { a: level });
            return Ok(true);
        }
        Ok(false)
    }

    /// Resolve the current block's pending gotos to `label`; true if any needs a close.
    fn solve_gotos(&mut self, label: &LabelDesc, err_line: u32) -> CResult<bool> {
        let mut i = self.blocks.last().expect("inside a block").first_goto;
        let mut needs_close = false;
        while i < self.gotos.len() {
            if self.gotos[i].name == label.name {
                let gt = self.gotos.remove(i);
                needs_close |= gt.close;
                if gt.nactvar < label.nactvar {
                    let var = &self.actvar[gt.nactvar].name;
                    let msg = format!("<goto {}> at line {} jumps into the scope of local '{}'", gt.name, gt.line, var);
                    return Err(self.error_at(err_line, &msg));
                }
                self.patch_list(gt.pc, label.pc);
            } else {
                i += 1;
            }
        }
        Ok(needs_close)
    }
}

/// The compiler: a stack of functions being compiled (innermost last).
pub(crate) struct Compiler<'h> {
    heap: &'h mut Heap,
    source: Rc<str>,
    chunk: Rc<str>,
    fs: Vec<FuncState>,
    /// The name `_ENV`.
    env: Name,
    /// String constants allocated so far (mature, so they never move while the
    /// chunk compiles), shared by every prototype of the chunk.
    strings: HashMap<Rc<[u8]>, Gc<LuaStr>>,
    shared: &'h mut SharedStrings,
}

/// How a name resolved.
enum Resolved {
    Local {
        vidx: usize,
        reg: u8,
    },
    Upval(u8),
    /// A compile-time constant: its value.
    Const(KVal),
    Global,
}

impl<'h> Compiler<'h> {
    /// A compiler for a chunk named `chunkname`, using and extending the `shared` strings.
    pub(crate) fn new(heap: &'h mut Heap, chunkname: &str, shared: &'h mut SharedStrings) -> Compiler<'h> {
        Compiler {
            heap,
            source: Rc::from(chunkname),
            chunk: Rc::from(crate::error::short_source(chunkname).as_str()),
            fs: Vec::new(),
            env: Rc::from("_ENV"),
            strings: HashMap::new(),
            shared,
        }
    }

    fn f(&mut self) -> &mut FuncState {
        self.fs.last_mut().expect("inside a function")
    }

    /// Start the main function of the chunk.
    pub(crate) fn open_main(&mut self) {
        let mut fs = FuncState::new(self.chunk.clone(), 0, true);
        fs.upvals.push(UpvalInfo { name: self.env.clone(), in_stack: true, index: 0, read_only: false });
        self.fs.push(fs);
        self.f().enter_block(false);
        self.f().code(Op::VarArgPrep { nparams: 0 });
    }

    /// Finish the main function: `end_line` is the line of its last token,
    /// `close_line` the scanner's line at the end (undefined gotos).
    pub(crate) fn close_main(&mut self, end_line: u32, close_line: u32) -> CResult<Gc<Proto>> {
        let f = self.f();
        f.line = end_line;
        f.close_line = close_line;
        self.close_func()
    }

    /// Start a nested function defined at `line`; its parameters become its
    /// first locals.
    pub(crate) fn open_function(&mut self, params: &[Name], is_vararg: bool, line: u32) -> CResult<()> {
        self.fs.push(FuncState::new(self.chunk.clone(), line, is_vararg));
        let f = self.f();
        f.enter_block(false);
        for p in params {
            f.new_localvar(p.clone(), VarKind::Regular);
        }
        f.adjust_localvars(params.len());
        f.num_params = params.len() as u8;
        if is_vararg {
            let nparams = f.num_params;
            f.code(Op::VarArgPrep { nparams });
        }
        let n = f.nactvar;
        f.reserve_regs(n)
    }

    /// Finish the innermost nested function (`last_line`: its `end`;
    /// `close_line`: the scanner's line after it) and add its prototype to
    /// the enclosing function; returns the prototype's index there.
    pub(crate) fn close_function(&mut self, last_line: u32, close_line: u32) -> CResult<u32> {
        let f = self.f();
        f.last_line = last_line;
        f.close_line = close_line;
        let proto = self.close_func()?;
        let f = self.f();
        f.protos.push(proto);
        Ok((f.protos.len() - 1) as u32)
    }

    /// The closure of the enclosing function's prototype `p` (ending at
    /// `last_line`), in the next register.
    pub(crate) fn closure(&mut self, p: u32, last_line: u32) -> CResult<ExpDesc> {
        let f = self.f();
        f.line = last_line;
        let mut e = ExpDesc::new(EK::Reloc(f.code(Op::Closure { a: 0, p })));
        f.exp_to_next_reg(&mut e)?;
        Ok(e)
    }

    /// Finish the innermost function and build its prototype.
    fn close_func(&mut self) -> CResult<Gc<Proto>> {
        let f = self.f();
        let first = f.nvarstack() as u8;
        f.line = f.last_line.max(f.line);
        f.ret(first, Some(0));
        f.leave_block()?;
        f.finish();
        let fs = self.fs.pop().expect("closing a function");
        let heap = &mut *self.heap;
        let strings = &mut self.strings;
        let shared = &mut *self.shared;
        let consts = fs
            .consts
            .iter()
            .map(|k| {
                Cell::new(match k {
                    KVal::Nil => Value::Nil,
                    KVal::Bool(b) => Value::Bool(*b),
                    KVal::Int(i) => Value::Int(*i),
                    KVal::Flt(x) => Value::Float(*x),
                    KVal::Str(s) => Value::Str(if let Some(&g) = shared.get(s) {
                        g
                    } else if s.len() <= SHARED_MAX_LEN && shared.len() < SHARED_MAX_COUNT {
                        *shared.entry(s.clone()).or_insert_with(|| LuaStr::alloc(heap, s, true))
                    } else {
                        *strings.entry(s.clone()).or_insert_with(|| LuaStr::alloc(heap, s, true))
                    }),
                })
            })
            .collect();
        let proto = Proto {
            feedback: crate::object::no_feedback(fs.code.len()),
            code: fs.code.into_boxed_slice(),
            lines: fs.lines.into_boxed_slice(),
            consts,
            protos: fs.protos.into_iter().map(Cell::new).collect(),
            upvals: fs
                .upvals
                .into_iter()
                .map(|u| UpvalDesc { in_stack: u.in_stack, index: u.index, name: Some(Box::from(&*u.name)) })
                .collect(),
            locvars: fs.locvars.into_boxed_slice(),
            num_params: fs.num_params,
            is_vararg: fs.is_vararg,
            max_stack: fs.max_stack.max(2) as u8,
            source: self.source.clone(),
            line_defined: fs.line_defined,
            last_line_defined: fs.last_line,
            tier: Default::default(),
        };
        Ok(self.heap.alloc(proto, true))
    }

    // ------------------------------------------------------------ names

    /// Resolve `name` in function `level` (PUC's `singlevaraux`); `base` is
    /// false when the lookup comes from an inner function (captures locals).
    fn resolve(&mut self, level: usize, name: &Name, base: bool) -> CResult<Resolved> {
        let fs = &mut self.fs[level];
        if let Some((vidx, v)) = fs.search_var(name) {
            if let Some(c) = &v.ctc {
                return Ok(Resolved::Const(c.clone()));
            }
            let reg = v.ridx;
            if !base {
                fs.mark_upval(vidx);
            }
            return Ok(Resolved::Local { vidx, reg });
        }
        if let Some(idx) = fs.search_upvalue(name) {
            return Ok(Resolved::Upval(idx));
        }
        if level == 0 {
            return Ok(Resolved::Global);
        }
        let info = match self.resolve(level - 1, name, false)? {
            Resolved::Local { vidx, reg } => {
                let read_only = self.fs[level - 1].actvar[vidx].kind != VarKind::Regular;
                UpvalInfo { name: name.clone(), in_stack: true, index: reg, read_only }
            }
            Resolved::Upval(idx) => {
                let read_only = self.fs[level - 1].upvals[idx as usize].read_only;
                UpvalInfo { name: name.clone(), in_stack: false, index: idx, read_only }
            }
            other => return Ok(other),
        };
        Ok(Resolved::Upval(self.fs[level].new_upvalue(info)?))
    }

    /// Resolve a name read at `line` in the current function: local, upvalue,
    /// constant or `_ENV.name`. Called when the parser reads the name, so
    /// upvalues are created in reading order.
    pub(crate) fn resolve_name(&mut self, name: &Name, line: u32) -> CResult<VarRef> {
        let level = self.fs.len() - 1;
        self.f().line = line;
        Ok(match self.resolve(level, name, true)? {
            Resolved::Local { vidx, reg } => {
                let read_only = self.fs[level].actvar[vidx].kind != VarKind::Regular;
                VarRef::Local { reg, vidx: vidx as u32, read_only }
            }
            Resolved::Upval(idx) => VarRef::Upval { idx, read_only: self.fs[level].upvals[idx as usize].read_only },
            Resolved::Const(k) => VarRef::Const(k),
            Resolved::Global => VarRef::Global(match self.resolve(level, &self.env.clone(), true)? {
                Resolved::Local { vidx, reg } => EnvRef::Local { reg, vidx: vidx as u32 },
                Resolved::Upval(i) => EnvRef::Upval(i),
                Resolved::Const(k) => EnvRef::Const(k),
                Resolved::Global => unreachable!("_ENV is always visible"),
            }),
        })
    }

    /// A resolved name as an expression (for a global, the `_ENV` lookup).
    fn var_exp(&mut self, var: &VarRef, name: &Name) -> CResult<ExpDesc> {
        Ok(match var {
            VarRef::Local { reg, vidx, .. } => ExpDesc::new(EK::Local { reg: *reg, vidx: *vidx as usize }),
            VarRef::Upval { idx, .. } => ExpDesc::new(EK::Upval(*idx)),
            VarRef::Const(k) => ExpDesc::new(k.to_ek()),
            VarRef::Global(env) => {
                let mut var = match env {
                    EnvRef::Local { reg, vidx } => ExpDesc::new(EK::Local { reg: *reg, vidx: *vidx as usize }),
                    EnvRef::Upval(i) => ExpDesc::new(EK::Upval(*i)),
                    EnvRef::Const(k) => ExpDesc::new(k.to_ek()),
                };
                let f = self.f();
                f.exp_to_any_reg_up(&mut var)?;
                let mut key = ExpDesc::new(EK::KStr(Rc::from(name.clone())));
                f.indexed(&mut var, &mut key)?;
                var
            }
        })
    }
}

impl VarRef {
    /// A const or to-be-closed variable (assigning to it is an error).
    pub fn is_read_only(&self) -> bool {
        match self {
            VarRef::Local { read_only, .. } | VarRef::Upval { read_only, .. } => *read_only,
            VarRef::Const(_) => true,
            VarRef::Global(_) => false,
        }
    }
}

#[cfg(test)]
mod tests;
