//! kiln-ffi: the `ffi` module (LuaJIT's interface): C declarations, cdata,
//! calls into C through libffi, and Lua functions handed to C as callbacks
//! that run in nested runloops of the interpreter.
//!
//! Invariant: kiln-interp knows nothing of this crate. The root crate calls
//! `open` to put the module in `package.preload`; everything else goes through
//! the interpreter's public API (natives, userdata, `call_nested`).
//!
//! Invariant: C never sees a nursery address. cdata memory lives outside the
//! GC heap (owned by the cdata's Rust payload); a string passed as a
//! `const char *` is mature, or is passed as its mature C twin, which lives as
//! long as the string (`Vm::c_string_ptr`).

pub mod api;
pub mod call;
pub mod callback;
pub mod cdata;
pub mod cdecl;
pub mod companions;
pub mod conv;
pub mod ctype;
pub mod libs;
pub mod ops;
pub mod state;

use kiln_interp::{Value, Vm};

/// Register `require("ffi")` and LuaJIT's companion modules (`bit`,
/// `table.new`, `table.clear`): adds their loaders to `package.preload`.
/// Call after the package library is open.
pub fn open(vm: &mut Vm) {
    // Look the table up before creating the loader: the key strings allocate,
    // which would move a young loader.
    let Value::Table(pkg) = vm.get_global("package") else { return };
    vm.hold(Value::Table(pkg));
    let k = vm.new_str(b"preload");
    let Value::Table(pkg) = vm.release() else { unreachable!("held a table") };
    let Value::Table(preload) = pkg.get_str(k) else { return };
    vm.hold(Value::Table(preload));
    let loader = vm.new_native(api::luaopen_ffi, "luaopen_ffi", 0);
    let Value::Table(preload) = vm.release() else { unreachable!("held a table") };
    vm.table_set_str(preload, "ffi", loader);
    companions::register(vm, "preload");
}
