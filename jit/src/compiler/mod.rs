//! The baseline compiler: one pass from a proto's bytecode to x86-64, every instruction an inline fast path
//! plus a call to the interpreter's own slow-path helper (`kiln_interp::rt`).
//!
//! Conventions of generated code (ARCHITECTURE.md, "The JIT", has the full map):
//! - pinned callee-saved registers: `rbx` the `Vm`, `rbp` the byte offset of the running frame's record in
//!   the callstack (`(depth - 1) * 64`), `r12` the address of register 0 (`R[0]`), `r13` the proto's
//!   constants, `r14` the closure's upvalue array, `r15` the frame's base slot times 16;
//! - after every helper call `r12` is reloaded from the VM's stack pointer and `r15` (the stack may have
//!   moved); `r13` and `r14` point into a proto and an upvalue array, which never move;
//! - every instruction is a resume point: the entry `fn(vm, pc) -> Status` dispatches on `pc` through a
//!   table appended to the code, so the frame can leave to the interpreter and come back at any pc;
//! - before each helper call the index of the next instruction is stored in the frame's `pc` (the
//!   interpreter's `savepc!`), so errors, hooks and resumed calls see the same pc as in the interpreter.
//!
//! Invariant: the compiler reads only its `ProtoImage` (a copy taken on the VM thread), never the GC heap.

mod divide;
mod emit;
mod hints;
mod ops;

use crate::compiler::emit::Emitter;
use kiln_interp::bytecode::{Op, OpCode};
use std::fmt;

/// What the compiler knows of a constant (its value only when it is a number or a boolean: strings and
/// other objects are read from the constant array at run time).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ConstKind {
    Nil,
    Bool(bool),
    Int(i64),
    Float(f64),
    /// A string, with its content hash (`LuaStr::hash`).
    Str(u32),
    Other,
}

/// An immutable copy of what the compiler needs from a proto, taken on the VM thread.
#[derive(Clone, Debug)]
pub struct ProtoImage {
    pub code: Vec<Op>,
    pub consts: Vec<ConstKind>,
    /// Source line of each instruction (for `KILN_JIT_DUMP`).
    pub lines: Vec<u32>,
    /// `chunk:line` as tracebacks name the function.
    pub name: String,
    /// The `Gc` pointer of the VM's `"__index"` string (mature and permanent: it never moves), for the
    /// method caches of `Self`.
    pub tm_index: usize,
    /// Its content hash.
    pub tm_index_hash: u32,
    /// The function may leave something to close when it returns: it has a `Tbc` or a `TForPrep` (the
    /// generic `for`'s closing value), or makes a closure that captures one of its registers (the only ways
    /// an open upvalue or a pending to-be-closed variable can point into its registers, `Vm::mark_tbc` and
    /// `Vm::find_upval`). When false, its returns and tail calls take the inline fast paths.
    pub may_close: bool,
    /// Per instruction: the interpreter saw it make a float (`Proto::feedback`, `FEEDBACK_FLOAT`) before
    /// the function was compiled. Empty when none was recorded (a proto compiled before it ran).
    pub float_seen: Vec<bool>,
}

/// Assembled code for one proto: position-independent bytes (absolute addresses only for helpers), with
/// the entry at offset 0 and the offset where each instruction's code starts (for the listing).
pub struct Assembled {
    pub bytes: Vec<u8>,
    pub pc_offsets: Vec<usize>,
}

#[derive(Debug)]
pub enum CompileError {
    /// The assembler rejected the code (a label without a definition: a compiler bug).
    Assembler(String),
    /// The proto is too large for 32-bit jump-table offsets.
    TooLarge,
}

impl fmt::Display for CompileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CompileError::Assembler(e) => write!(f, "assembler: {e}"),
            CompileError::TooLarge => write!(f, "function too large to compile"),
        }
    }
}

/// Compile `img` to machine code whose field caches (one `u32` per instruction, see `FieldCaches`) are at
/// `caches`.
pub fn compile(img: &ProtoImage, caches: &FieldCaches) -> Result<Assembled, CompileError> {
    debug_assert!(caches.len() >= img.code.len());
    let mut e = Emitter::new(img, caches.addr());
    e.prologue();
    for pc in 0..img.code.len() {
        e.begin_instruction(pc);
        ops::instruction(&mut e, pc);
    }
    e.finish()
}

/// The field caches of one compiled function: per instruction, a hash-node index (`u32::MAX`: none): where
/// its constant string key was last found in the table indexed. Generated code reads them and the miss
/// helpers (`kiln_rt_get_field` ..) write them; a stale entry is checked against the node's key, so it only
/// costs a miss (then the key is looked up by its hash, inline). They live as long as the code that reads
/// them (code is never freed).
pub struct FieldCaches {
    cells: Box<[std::cell::UnsafeCell<u32>]>,
}

// SAFETY: the cells are written only by the thread running the VM that owns the code (helpers called from
// it); the compile thread only takes their address.
unsafe impl Send for FieldCaches {}
// SAFETY: as for Send.
unsafe impl Sync for FieldCaches {}

impl FieldCaches {
    pub fn new(n: usize) -> FieldCaches {
        FieldCaches { cells: (0..n.max(1)).map(|_| std::cell::UnsafeCell::new(u32::MAX)).collect() }
    }
    /// Instructions covered.
    pub fn len(&self) -> usize {
        self.cells.len()
    }
    pub fn is_empty(&self) -> bool {
        self.cells.is_empty()
    }
    fn addr(&self) -> usize {
        self.cells.as_ptr() as usize
    }
}

/// Opcodes the instruction list uses (for `KILN_JIT_DISABLE_OPS`).
pub fn uses_opcode(img: &ProtoImage, code: OpCode) -> bool {
    img.code.iter().any(|op| op.code() == code)
}
