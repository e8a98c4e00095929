//! kiln-interp: the Lua 5.4 language — lexer, parser, compiler, bytecode,
//! VM state and callstack, runloop, errors and the standard library.

pub mod ast;
pub mod bytecode;
pub mod call;
pub mod callstack;
pub mod compile;
pub mod coroutine;
pub mod debuginfo;
pub mod dump;
pub mod error;
pub mod fast;
pub mod finish;
pub mod gc_glue;
pub mod hook;
pub mod layout;
pub mod lex;
pub mod listing;
pub mod meta;
pub mod number;
pub mod object;
pub mod parse;
pub mod rawvec;
pub mod rt;
pub mod runloop;
pub mod runtime_lib;
pub mod state;
pub mod stdlib;
pub mod table;
pub mod traceback;
pub mod value;
pub mod verify;

pub use error::LuaError;
pub use state::{LuaResult, Vm};
pub use value::Value;
