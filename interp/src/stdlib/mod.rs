//! The standard library, one module per Lua library.

pub mod lpattern;
