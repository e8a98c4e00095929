//! Library namespaces: `ffi.C` (the process's symbols) and `ffi.load(name)`,
//! resolving declared functions and variables to cdata.

use crate::state::Shared;
use kiln_gc::Gc;
use kiln_interp::table::Table;
use kiln_interp::Vm;

/// Add `C`, `load` and `errno` to the module table `ffi`.
pub fn register(vm: &mut Vm, st: &Shared, ffi: Gc<Table>) {
    let _ = (vm, st, ffi);
}
