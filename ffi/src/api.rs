//! The `ffi` module table: `ffi.cdef`, `ffi.new`, `ffi.cast`, `ffi.typeof`, ...

use kiln_interp::{LuaResult, Vm};

/// `require("ffi")`: builds the module table.
pub fn luaopen_ffi(vm: &mut Vm) -> LuaResult<usize> {
    let st = crate::state::shared(vm);
    // Mature: the handle stays valid while the parts below allocate.
    let t = vm.alloc_mature(kiln_interp::table::Table::new(0, 32));
    vm.push(kiln_interp::Value::Table(t));
    crate::libs::register(vm, &st, t);
    Ok(1)
}
