//! Calling C functions through libffi: a prepared call interface cached per
//! function type, argument conversion into a scratch area, result conversion,
//! `errno` capture.

use kiln_interp::{LuaResult, Vm};

/// `__call` of a function cdata (type `Func`, or pointer to `Func`): argument
/// 1 is the cdata, the C arguments follow. Returns the number of results.
pub fn call_function(vm: &mut Vm) -> LuaResult<usize> {
    Err(vm.rt_error("calling C functions is not available yet"))
}
