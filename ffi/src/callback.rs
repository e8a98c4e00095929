//! Lua functions as C function pointers: libffi closures whose user data is a
//! registry anchor, entered through `call_nested` with a described
//! NestedRunloop record; errors and foreign threads handled at the boundary.

use crate::ctype::TypeId;
use crate::state::Shared;
use kiln_interp::{LuaResult, Value, Vm};

/// Make Lua function `f` callable from C as a value of function-pointer type
/// `fptr` (an implicit conversion: permanent, like LuaJIT's). Returns the code
/// address to store. May allocate.
pub fn create(vm: &mut Vm, st: &Shared, fptr: TypeId, f: Value) -> Result<*const std::ffi::c_void, String> {
    let _ = (vm, st, fptr, f);
    Err("callbacks are not available yet".to_string())
}

/// `cb:free()` (self is a callback cdata).
pub fn cb_free(vm: &mut Vm) -> LuaResult<usize> {
    Err(vm.rt_error("callbacks are not available yet"))
}

/// `cb:set(f)` (self is a callback cdata).
pub fn cb_set(vm: &mut Vm) -> LuaResult<usize> {
    Err(vm.rt_error("callbacks are not available yet"))
}
