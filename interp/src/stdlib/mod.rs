//! The standard library, one module per Lua library.

pub mod lpattern;
pub mod strformat;
pub mod string;
pub mod strpack;
pub mod utf8;
