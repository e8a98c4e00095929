//! kiln-jit: the baseline method JIT: the compiler from bytecode to x86-64, code memory, disassembly, the perf
//! map, the compile thread and the switches.
//!
//! Code is assembled with dynasm (`dynasmrt::VecAssembler`, x86-64 SysV) into a plain buffer and copied
//! into [`code::CodeMemory`], which never moves it again. A `VecAssembler`'s labels are relative, so they
//! survive the copy; anything outside the function (runtime helpers) is reached through an absolute
//! address in a register (`mov rax, QWORD addr; call rax`), never a rel32 computed for the buffer.
//!
//! # Calling published code
//! A published address is turned into an `extern "sysv64" fn` by the caller, in an `unsafe` block whose
//! contract is: the bytes at that address were assembled as a function of exactly that signature, and the
//! `CodeMemory` that published them outlives the call.
//!
//! Invariant: the compiler knows the interpreter only through `kiln_interp::rt` (helpers, statuses),
//! `kiln_interp::layout` (offsets) and the opcode table; code memory, disassembly, the perf map and the
//! compile queue know nothing of it.

pub mod code;
pub mod compiler;
pub mod config;
pub mod disasm;
pub mod lualib;
mod numeric;
pub mod perfmap;
pub mod queue;
mod sync;
pub mod tier;

pub use tier::{install, Jit};

#[cfg(all(test, loom))]
mod loom_model;
