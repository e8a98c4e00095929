//! kiln-jit: the parts of the method JIT that do not depend on the interpreter's internals: code memory,
//! disassembly, the perf map, the compile thread and the switches.
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
//! Invariant: this crate knows nothing of the interpreter's internals (no dependency on kiln-interp yet);
//! the compiler that will depend on it comes later.

pub mod code;
pub mod config;
pub mod disasm;
pub mod perfmap;
pub mod queue;
mod sync;

#[cfg(all(test, loom))]
mod loom_model;
