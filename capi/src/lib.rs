//! kiln-capi: Lua 5.4's C API as an ABI, so that C modules built for lua5.4 load in kiln unchanged.
//!
//! `package.loadlib` and the C searchers (src/package.rs) call `load_c_function`, which `dlopen`s the library
//! (`RTLD_NOW`: a module calling an API function kiln does not export fails to load, naming the symbol) and
//! wraps the symbol as a C function value. The module's undefined `lua_*`/`luaL_*` symbols resolve to the ones
//! the kiln executable exports (the dynamic list capi/exports.list): the C wrappers in csrc/capi.c, which call the Rust
//! implementations here (`kiln_*`: state.rs for the `lua_State` and indices, stack.rs, tables.rs, calls.rs,
//! buffer.rs).
//!
//! Every `kiln_*` function is `unsafe extern "C"` with one contract, stated here once: it is called by the C
//! wrapper of the same API function with the `lua_State *` kiln gave C (`state::state_of`), while a C
//! function kiln called runs on that VM, with pointers that follow the documented Lua 5.4 C API rules (C
//! strings NUL-terminated, out-parameters null or writable, buffers as long as the length given).
#![allow(clippy::missing_safety_doc)] // one contract for every exported function, stated above

pub mod buffer;
pub mod calls;
pub mod debug;
pub mod stack;
pub mod state;
pub mod tables;

use kiln_interp::Value;
use kiln_interp::Vm;
use std::ffi::{CStr, CString};
use std::os::unix::ffi::OsStrExt;

/// Sets up the C API for `vm`: the registry slots C modules rely on (`LUA_RIDX_MAINTHREAD` = 1, the main
/// thread; `LUA_RIDX_GLOBALS` = 2, the globals) and the base and debug functions the API calls, kept before
/// scripts can replace them. Call after the standard library is open. Allocates nothing on the GC heap, so a
/// program that loads no C module runs as if the API were not there.
pub fn open(vm: &mut Vm) {
    let registry = vm.registry;
    vm.table_set_int(registry, 1, Value::Thread(vm.main_thread));
    vm.table_set_int(registry, 2, Value::Table(vm.globals));
    let globals = Value::Table(vm.globals);
    let debug_lib = field_by_name(globals, b"debug");
    let kept: [(&'static state::RegistryKey, Value, &[u8]); 7] = [
        (&state::XPCALL, globals, b"xpcall"),
        (&state::COLLECTGARBAGE, globals, b"collectgarbage"),
        (&state::GETINFO, debug_lib, b"getinfo"),
        (&state::GETLOCAL, debug_lib, b"getlocal"),
        (&state::SETLOCAL, debug_lib, b"setlocal"),
        (&state::GETUPVALUE, debug_lib, b"getupvalue"),
        (&state::SETUPVALUE, debug_lib, b"setupvalue"),
    ];
    for (key, table, name) in kept {
        let f = field_by_name(table, name);
        let _ = vm.table_set(registry, key.key(), f);
    }
    state::install_continuations(vm);
    state::state_of(vm);
}

/// `t[name]` for a string key, found without allocating the key.
fn field_by_name(t: Value, name: &[u8]) -> Value {
    let Value::Table(t) = t else { return Value::Nil };
    let mut found = Value::Nil;
    t.for_each(&mut |k, v| {
        if k.as_str().is_some_and(|s| s.as_bytes() == name) {
            found = v;
        }
    });
    found
}

/// Why a C function could not be loaded, as loadlib.c tells them apart: the library, or the symbol in it.
pub enum LoadError {
    Library(Vec<u8>),
    Symbol(Vec<u8>),
}

/// Opens the C library `path` (once per path) and returns its function `symbol` as a Lua value; `symbol` "*"
/// only opens the library, with its symbols global, and returns true (as loadlib.c's `lookforfunc`).
pub fn load_c_function(vm: &mut Vm, path: &[u8], symbol: &[u8]) -> Result<Value, LoadError> {
    let global = symbol == b"*";
    let handle = open_library(vm, path, global)?;
    if global {
        return Ok(Value::Bool(true));
    }
    let name = CString::new(symbol).map_err(|_| LoadError::Symbol(b"symbol name contains a zero byte".to_vec()))?;
    // SAFETY: `handle` is a live handle from `dlopen` (libraries are never closed) and `name` a C string.
    let address = unsafe { libc::dlsym(handle as *mut libc::c_void, name.as_ptr()) };
    if address.is_null() {
        return Err(LoadError::Symbol(last_dl_error()));
    }
    // SAFETY: a symbol a C searcher or `package.loadlib` asks for is a `lua_CFunction` by Lua's rules (as
    // lua5.4 also assumes).
    let f = unsafe { std::mem::transmute::<*mut libc::c_void, state::CFunction>(address) };
    vm.ensure_stack(1).map_err(|_| LoadError::Library(b"stack overflow".to_vec()))?;
    state::new_c_closure(vm, f, 0).map_err(|_| LoadError::Library(b"not enough memory".to_vec()))
}

/// The `dlopen` handle of `path`, opening it on first use.
fn open_library(vm: &mut Vm, path: &[u8], global: bool) -> Result<usize, LoadError> {
    let ext = kiln_interp::stdlib::extension::<state::CapiExt>(vm);
    if let Some(&h) = ext.libs.get(path) {
        return Ok(h);
    }
    let c_path = CString::new(std::ffi::OsStr::from_bytes(path).as_bytes())
        .map_err(|_| LoadError::Library(b"library path contains a zero byte".to_vec()))?;
    let flags = libc::RTLD_NOW | if global { libc::RTLD_GLOBAL } else { libc::RTLD_LOCAL };
    // SAFETY: `c_path` is a C string. Running the library's initialisers is what loading a C module means.
    let handle = unsafe { libc::dlopen(c_path.as_ptr(), flags) };
    if handle.is_null() {
        return Err(LoadError::Library(last_dl_error()));
    }
    ext.libs.insert(path.to_vec(), handle as usize);
    Ok(handle as usize)
}

/// `dlerror()`'s message.
fn last_dl_error() -> Vec<u8> {
    // SAFETY: `dlerror` returns null or a C string valid until the next dl* call on this thread.
    let msg = unsafe { libc::dlerror() };
    if msg.is_null() {
        return b"unknown dynamic loader error".to_vec();
    }
    // SAFETY: non-null, so a C string (see above), copied at once.
    unsafe { CStr::from_ptr(msg) }.to_bytes().to_vec()
}
