//! The `ffi` module table: `ffi.cdef`, `ffi.new`, `ffi.cast`, `ffi.typeof`, ...

use kiln_interp::{LuaResult, Vm};

/// `require("ffi")`: builds the module table.
pub fn luaopen_ffi(vm: &mut Vm) -> LuaResult<usize> {
    let _st = crate::state::shared(vm);
    let t = vm.new_table(0, 32);
    vm.push(kiln_interp::Value::Table(t));
    Ok(1)
}
