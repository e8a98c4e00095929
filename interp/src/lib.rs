//! kiln-interp: the Lua 5.4 language — lexer, parser, compiler, bytecode,
//! VM state and callstack, runloop, errors and the standard library.

pub mod ast;
pub mod bytecode;
pub mod callstack;
pub mod compile;
pub mod error;
pub mod gc_glue;
pub mod lex;
pub mod listing;
pub mod number;
pub mod object;
pub mod parse;
pub mod state;
pub mod stdlib;
pub mod table;
pub mod value;

pub use error::LuaError;
pub use state::{LuaResult, Vm};
pub use value::Value;
