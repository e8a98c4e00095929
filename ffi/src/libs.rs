//! Library namespaces: `ffi.C` (the process's symbols) and `ffi.load(name)`,
//! resolving declared functions and variables to cdata; `ffi.errno`.
//!
//! A namespace is a userdata whose payload is a `CLib` (the `dlopen` handle)
//! and whose user value is a table caching the function cdata already
//! resolved, so that a hot `C.strlen` costs one table lookup.
//!
//! Libraries are never closed: function cdata and callbacks may still point
//! into them after the namespace is collected.

use crate::cdata::{push_new, CData, Mem};
use crate::ctype::{Kind, Symbol, TypeId};
use crate::state::{shared, Shared};
use kiln_gc::Gc;
use kiln_interp::table::Table;
use kiln_interp::{LuaResult, Value, Vm};
use std::cell::Cell;
use std::ffi::{c_void, CStr, CString};

/// The payload of a library namespace.
pub struct CLib {
    /// `dlopen` handle (`dlopen(NULL)` for `ffi.C`).
    handle: *mut c_void,
}

thread_local! {
    /// `errno` as the last C call through the FFI on this thread left it.
    static SAVED_ERRNO: Cell<i32> = const { Cell::new(0) };
}

/// Record `errno` right after a C call (see `ffi.errno`).
pub(crate) fn save_errno() {
    // SAFETY: `__errno_location` returns this thread's errno slot, always valid.
    let e = unsafe { *libc::__errno_location() };
    SAVED_ERRNO.with(|s| s.set(e));
}

/// Add `C`, `load` and `errno` to the module table `ffi`.
pub fn register(vm: &mut Vm, st: &Shared, ffi: Gc<Table>) {
    fill_clib_meta(vm, st);
    // SAFETY: a null file name gives the handle of the main program (and the
    // libraries it loaded with RTLD_GLOBAL, libc among them).
    let handle = unsafe { libc::dlopen(std::ptr::null(), libc::RTLD_LAZY) };
    let lib = new_clib(vm, st, handle);
    vm.table_set_str(ffi, "C", lib);
    let load = vm.new_native(ffi_load, "load", 0);
    vm.table_set_str(ffi, "load", load);
    let errno = vm.new_native(ffi_errno, "errno", 0);
    vm.table_set_str(ffi, "errno", errno);
}

/// The metamethods of library namespaces (in the shared `metas.clib`).
fn fill_clib_meta(vm: &mut Vm, st: &Shared) {
    let meta = st.borrow().metas.clib;
    let index = vm.new_native(clib_index, "__index", 0);
    vm.table_set_str(meta, "__index", index);
    let newindex = vm.new_native(clib_newindex, "__newindex", 0);
    vm.table_set_str(meta, "__newindex", newindex);
    let tostring = vm.new_native(clib_tostring, "__tostring", 0);
    vm.table_set_str(meta, "__tostring", tostring);
    let mt = vm.new_str_value(b"library");
    vm.table_set_str(meta, "__metatable", mt);
}

/// A namespace userdata over `handle`, with an empty resolution cache. May collect.
fn new_clib(vm: &mut Vm, st: &Shared, handle: *mut c_void) -> Value {
    let meta = st.borrow().metas.clib;
    let ud = vm.new_userdata(Box::new(CLib { handle }));
    ud.meta.set(Some(meta));
    vm.push(Value::UserData(ud));
    let cache = vm.new_table(0, 8);
    let Value::UserData(ud) = vm.pop() else { unreachable!("pushed a userdata above") };
    ud.user_value.set(Value::Table(cache));
    vm.barrier_value(ud.raw(), Value::Table(cache));
    Value::UserData(ud)
}

/// The `dlopen` handle of namespace `v`.
fn clib_handle(v: Value) -> Option<*mut c_void> {
    let Value::UserData(u) = v else { return None };
    let data = u.data.borrow();
    data.downcast_ref::<CLib>().map(|l| l.handle)
}

/// Argument 1 as a namespace handle and argument 2 as a symbol name.
fn lib_and_name(vm: &mut Vm) -> LuaResult<(*mut c_void, String)> {
    let Some(handle) = clib_handle(vm.arg(1)) else {
        return Err(vm.type_error(1, "library"));
    };
    match vm.arg(2) {
        Value::Str(s) => Ok((handle, s.to_str_lossy().into_owned())),
        v => Err(vm.rt_error(format!("bad symbol name (string expected, got {})", v.type_name()))),
    }
}

/// Address of `symbol` in `handle`, or the error "undefined symbol: name".
fn lookup(vm: &mut Vm, handle: *mut c_void, symbol: &str) -> LuaResult<*mut c_void> {
    let Ok(c) = CString::new(symbol) else {
        return Err(vm.rt_error(format!("undefined symbol: {symbol}")));
    };
    // SAFETY: `handle` came from `dlopen` and is never closed; `c` is NUL-terminated.
    let p = unsafe { libc::dlsym(handle, c.as_ptr()) };
    if p.is_null() {
        return Err(vm.rt_error(format!("undefined symbol: {symbol}")));
    }
    Ok(p)
}

/// The declaration of `name`, or "missing declaration for symbol 'name'".
fn declaration(vm: &mut Vm, st: &Shared, name: &str) -> LuaResult<Symbol> {
    let sym = st.borrow().types.symbols.get(name).cloned();
    match sym {
        Some(s) => Ok(s),
        None => Err(vm.rt_error(format!("missing declaration for symbol '{name}'"))),
    }
}

/// `lib.name`: a function cdata (cached), a variable's value or a constant.
fn clib_index(vm: &mut Vm) -> LuaResult<usize> {
    if let Value::UserData(u) = vm.arg(1) {
        if let (Value::Table(cache), Value::Str(_)) = (u.user_value.get(), vm.arg(2)) {
            let hit = cache.get(vm.arg(2));
            if !hit.is_nil() {
                vm.push(hit);
                return Ok(1);
            }
        }
    }
    let (handle, name) = lib_and_name(vm)?;
    let st = shared(vm);
    match declaration(vm, &st, &name)? {
        Symbol::Constant { value, .. } => {
            vm.push(Value::Int(value));
            Ok(1)
        }
        Symbol::Extern { ty, symbol, param_names } => {
            let addr = lookup(vm, handle, &symbol)?;
            let is_func = matches!(st.borrow().types.kind(ty), Kind::Func { .. });
            if is_func {
                crate::call::remember_name(&st, addr as usize, &symbol, &param_names);
                let f = push_new(vm, &st, CData { ty, mem: Mem::Inline([addr as u64, 0]), callback: None });
                vm.push(f);
                cache_result(vm, f);
            } else {
                // SAFETY: `addr` is the address of a variable of type `ty` in a
                // library that is never unloaded, so it outlives the value.
                let v = unsafe { crate::conv::to_lua(vm, &st, ty, addr as *const u8, false) };
                vm.push(v);
            }
            Ok(1)
        }
    }
}

/// Store the value on top of the stack in the cache of namespace arg 1 under arg 2.
fn cache_result(vm: &mut Vm, v: Value) {
    let (Value::UserData(u), key) = (vm.arg(1), vm.arg(2)) else { return };
    if let Value::Table(cache) = u.user_value.get() {
        // Both are reachable from the stack; the set itself does not allocate
        // a new key object (the key string exists) but may grow the table.
        let _ = vm.table_set(cache, key, v);
    }
}

/// `lib.name = v`: store into an extern variable.
fn clib_newindex(vm: &mut Vm) -> LuaResult<usize> {
    let (handle, name) = lib_and_name(vm)?;
    let st = shared(vm);
    match declaration(vm, &st, &name)? {
        Symbol::Constant { .. } => Err(vm.rt_error("attempt to write to constant location")),
        Symbol::Extern { ty, symbol, .. } => {
            let (is_func, is_const) = {
                let s = st.borrow();
                (matches!(s.types.kind(ty), Kind::Func { .. }), s.types.get(ty).qual & crate::ctype::qual::CONST != 0)
            };
            if is_func || is_const {
                return Err(vm.rt_error("attempt to write to constant location"));
            }
            let addr = lookup(vm, handle, &symbol)?;
            store_variable(vm, &st, ty, addr as *mut u8)?;
            Ok(0)
        }
    }
}

/// Convert argument 3 to `ty` and store it at `addr`.
fn store_variable(vm: &mut Vm, st: &Shared, ty: TypeId, addr: *mut u8) -> LuaResult<()> {
    let v = vm.arg(3);
    let mut ctx = crate::conv::Ctx::Assign { anchor: vm.arg(1) };
    // SAFETY: `addr` is the address `dlsym` gave for a variable declared with
    // type `ty`: valid for writes of its size.
    let r = unsafe { crate::conv::to_c(vm, st, ty, v, addr, &mut ctx) };
    r.map_err(|msg| vm.rt_error(msg))
}

fn clib_tostring(vm: &mut Vm) -> LuaResult<usize> {
    let Some(handle) = clib_handle(vm.arg(1)) else {
        return Err(vm.type_error(1, "library"));
    };
    vm.push_str(format!("library: {handle:p}").as_bytes());
    Ok(1)
}

/// The file names `ffi.load(name)` tries, in order.
fn candidates(name: &str) -> Vec<String> {
    if name.contains('/') {
        return vec![name.to_string()];
    }
    let mut list = Vec::new();
    if name.contains(".so") {
        list.push(name.to_string());
    } else {
        list.push(format!("lib{name}.so"));
        list.push(name.to_string());
        list.push(format!("{name}.so"));
        // Distributions ship only the versioned name without the -dev package
        // (libz.so.1, libsqlite3.so.0).
        list.extend((0..=9).map(|n| format!("lib{name}.so.{n}")));
    }
    list
}

/// `ffi.load(name [, global])`.
fn ffi_load(vm: &mut Vm) -> LuaResult<usize> {
    let name = vm.check_str(1)?.to_str_lossy().into_owned();
    let mode = libc::RTLD_LAZY | if vm.arg(2).truthy() { libc::RTLD_GLOBAL } else { libc::RTLD_LOCAL };
    let mut first_error = None;
    for file in candidates(&name) {
        let Ok(c) = CString::new(file) else { break };
        // SAFETY: `c` is NUL-terminated; dlopen has no other precondition.
        let h = unsafe { libc::dlopen(c.as_ptr(), mode) };
        if !h.is_null() {
            let st = shared(vm);
            let lib = new_clib(vm, &st, h);
            vm.push(lib);
            return Ok(1);
        }
        if first_error.is_none() {
            first_error = Some(dl_error());
        }
    }
    let why = first_error.unwrap_or_else(|| "invalid library name".to_string());
    Err(vm.rt_error(format!("cannot load library '{name}': {why}")))
}

/// The text of the last dynamic-linker error.
fn dl_error() -> String {
    // SAFETY: dlerror returns null or a NUL-terminated string valid until the
    // next dl* call on this thread; it is copied at once.
    unsafe {
        let e = libc::dlerror();
        if e.is_null() {
            "unknown error".to_string()
        } else {
            CStr::from_ptr(e).to_string_lossy().into_owned()
        }
    }
}

/// `ffi.errno([new])`: the errno saved after the last C call; sets it when given.
fn ffi_errno(vm: &mut Vm) -> LuaResult<usize> {
    let old = SAVED_ERRNO.with(|s| s.get());
    if vm.nargs() >= 1 && !vm.arg(1).is_nil() {
        let new = vm.check_int(1)? as i32;
        SAVED_ERRNO.with(|s| s.set(new));
        // SAFETY: this thread's errno slot, always valid.
        unsafe { *libc::__errno_location() = new };
    }
    vm.push(Value::Int(old as i64));
    Ok(1)
}

#[cfg(test)]
mod tests {
    use super::candidates;

    #[test]
    fn load_tries_plain_then_versioned_names() {
        let c = candidates("z");
        assert_eq!(&c[..3], ["libz.so", "z", "z.so"]);
        assert!(c.contains(&"libz.so.1".to_string()));
        assert_eq!(candidates("./libx.so"), ["./libx.so"]);
        assert_eq!(candidates("libm.so.6"), ["libm.so.6"]);
    }
}
