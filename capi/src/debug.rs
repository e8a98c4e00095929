//! The debug interface of the C API (`lua_getstack`, `lua_getinfo`, locals, upvalues), through the debug
//! library's own functions (kept at `open`), so that levels, names and lines follow one implementation.
//!
//! Called from a C function through `call_nested`, `debug.getinfo(1)` is that C function (NestedRunloop records
//! are not levels), so C's level `n` is the debug library's `n + 1`; `lua_getstack` stores that in `i_ci`.
//! Strings C gets (`source`, names) are kept alive in the registry's anchor table (`state::ANCHORS`).

use crate::stack::c_bytes;
use crate::state::{api, get, push, registry_get, CState, RegistryKey};
use crate::state::{ANCHORS, GETINFO, GETLOCAL, GETUPVALUE, SETLOCAL, SETUPVALUE};
use kiln_interp::call::MULTI_RESULTS;
use kiln_interp::{LuaResult, Value, Vm};
use std::ffi::{c_char, c_int, c_void};

/// `LUA_IDSIZE`.
const ID_SIZE: usize = 60;

/// `lua_Debug` (lua.h), field for field.
#[repr(C)]
pub struct LuaDebug {
    event: c_int,
    name: *const c_char,
    namewhat: *const c_char,
    what: *const c_char,
    source: *const c_char,
    srclen: usize,
    currentline: c_int,
    linedefined: c_int,
    lastlinedefined: c_int,
    nups: u8,
    nparams: u8,
    isvararg: c_char,
    istailcall: c_char,
    ftransfer: u16,
    ntransfer: u16,
    short_src: [c_char; ID_SIZE],
    /// Here: the debug library's level of the activation `lua_getstack` found (0: none).
    i_ci: *mut c_void,
}

/// Calls the debug function kept under `key` with `args`; leaves its results on the stack from the returned
/// slot up to the top.
fn call_debug(vm: &mut Vm, key: &'static RegistryKey, args: &[Value]) -> LuaResult<usize> {
    vm.ensure_stack(args.len() + 1)?;
    let func = vm.top;
    vm.push(registry_get(vm, key));
    for &a in args {
        vm.push(a);
    }
    vm.call_nested(args.len(), MULTI_RESULTS)?;
    Ok(func)
}

/// A pointer to `v`'s bytes that stays valid while the VM lives (null for a non-string): the string becomes a
/// key of the anchor table.
fn anchored(vm: &mut Vm, v: Value) -> *const c_char {
    if !matches!(v, Value::Str(_)) {
        return std::ptr::null();
    }
    vm.hold(v);
    if registry_get(vm, &ANCHORS).is_nil() {
        let t = vm.new_table(0, 0);
        let registry = vm.registry;
        let _ = vm.table_set(registry, ANCHORS.key(), Value::Table(t));
    }
    if let Value::Table(t) = registry_get(vm, &ANCHORS) {
        let v = vm.handles[vm.handles.len() - 1];
        if t.get(v).is_nil() {
            // Without memory the string is still held by whoever gave it (the debug table on the stack).
            let _ = vm.table_set(t, v, Value::Bool(true));
        }
    }
    match vm.release() {
        Value::Str(s) => vm.c_string_ptr(s) as *const c_char,
        _ => std::ptr::null(),
    }
}

/// `t[key]` for the table at stack slot `slot`.
fn field(vm: &mut Vm, slot: usize, key: &str) -> Value {
    let k = vm.new_str_value(key.as_bytes());
    match vm.stack[slot] {
        Value::Table(t) => t.get(k),
        _ => Value::Nil,
    }
}

fn int_field(vm: &mut Vm, slot: usize, key: &str) -> i64 {
    match field(vm, slot, key) {
        Value::Int(n) => n,
        Value::Bool(b) => b as i64,
        _ => 0,
    }
}

#[no_mangle]
pub unsafe extern "C" fn kiln_lua_getstack(l: *mut CState, level: c_int, ar: *mut LuaDebug) -> c_int {
    // SAFETY: `l` comes from C, given to it by kiln; `ar` points to a `lua_Debug` (every kiln_* function's
    // contract).
    unsafe {
        api(l, |vm| {
            if level < 0 {
                return Ok(0);
            }
            let dlevel = level as i64 + 1;
            let options = vm.new_str_value(b"l");
            let at = call_debug(vm, &GETINFO, &[Value::Int(dlevel), options])?;
            let found = vm.top > at && !vm.stack[at].is_nil();
            vm.top = at;
            if found {
                (*ar).i_ci = dlevel as usize as *mut c_void;
            }
            Ok(found as c_int)
        })
    }
}

#[no_mangle]
pub unsafe extern "C" fn kiln_lua_getinfo(l: *mut CState, what: *const c_char, ar: *mut LuaDebug) -> c_int {
    // SAFETY: as in `kiln_lua_getstack`; `what` is a C string.
    unsafe {
        api(l, |vm| {
            let what = c_bytes(what).to_vec();
            let (target, options) = match what.strip_prefix(b">") {
                Some(rest) => {
                    let f = get(vm, -1)?;
                    vm.top -= 1;
                    (f, rest.to_vec())
                }
                None => (Value::Int((*ar).i_ci as usize as i64), what.clone()),
            };
            vm.hold(target);
            let opts = vm.new_str_value(&options);
            let target = vm.release();
            let at = call_debug(vm, &GETINFO, &[target, opts])?;
            if vm.top == at || vm.stack[at].is_nil() {
                vm.top = at;
                return Ok(0);
            }
            vm.top = at + 1;
            fill(vm, at, &options, &mut *ar);
            // 'f' pushes the function, then 'L' the table of lines, in place of the debug table.
            for (letter, key) in [(b'f', "func"), (b'L', "activelines")] {
                if options.contains(&letter) {
                    let v = field(vm, at, key);
                    push(vm, v)?;
                }
            }
            vm.stack.copy_within(at + 1..vm.top, at);
            vm.top -= 1;
            Ok(1)
        })
    }
}

/// Copies the fields `options` asked for from the `debug.getinfo` table at slot `at` into `ar`.
fn fill(vm: &mut Vm, at: usize, options: &[u8], ar: &mut LuaDebug) {
    for &o in options {
        match o {
            b'S' => {
                let source = field(vm, at, "source");
                ar.srclen = source.as_str().map_or(0, |s| s.len());
                ar.source = anchored(vm, source);
                let what = field(vm, at, "what");
                ar.what = anchored(vm, what);
                ar.linedefined = int_field(vm, at, "linedefined") as c_int;
                ar.lastlinedefined = int_field(vm, at, "lastlinedefined") as c_int;
                ar.short_src = [0; ID_SIZE];
                if let Value::Str(s) = field(vm, at, "short_src") {
                    for (dst, &b) in ar.short_src.iter_mut().zip(s.as_bytes().iter().take(ID_SIZE - 1)) {
                        *dst = b as c_char;
                    }
                }
            }
            b'l' => ar.currentline = int_field(vm, at, "currentline") as c_int,
            b'u' => {
                ar.nups = int_field(vm, at, "nups") as u8;
                ar.nparams = int_field(vm, at, "nparams") as u8;
                ar.isvararg = int_field(vm, at, "isvararg") as c_char;
            }
            b'n' => {
                let name = field(vm, at, "name");
                ar.name = anchored(vm, name);
                let namewhat = field(vm, at, "namewhat");
                ar.namewhat = anchored(vm, namewhat);
            }
            b't' => ar.istailcall = int_field(vm, at, "istailcall") as c_char,
            b'r' => {
                ar.ftransfer = int_field(vm, at, "ftransfer") as u16;
                ar.ntransfer = int_field(vm, at, "ntransfer") as u16;
            }
            _ => {}
        }
    }
}

/// Runs a debug function whose first result is a name and whose second (if `with_value`) is pushed: returns
/// the anchored name, or null (pushing nothing) when the first result is nil.
fn name_and_value(
    vm: &mut Vm,
    key: &'static RegistryKey,
    args: &[Value],
    with_value: bool,
) -> LuaResult<*const c_char> {
    let at = call_debug(vm, key, args)?;
    let name = if vm.top > at { vm.stack[at] } else { Value::Nil };
    let value = if vm.top > at + 1 { vm.stack[at + 1] } else { Value::Nil };
    vm.top = at;
    if name.is_nil() {
        return Ok(std::ptr::null());
    }
    vm.hold(name);
    if with_value {
        push(vm, value)?;
    }
    let name = vm.release();
    Ok(anchored(vm, name))
}

#[no_mangle]
pub unsafe extern "C" fn kiln_lua_getlocal(l: *mut CState, ar: *const LuaDebug, n: c_int) -> *const c_char {
    // SAFETY: as in `kiln_lua_getstack`; `ar` null or a `lua_Debug` filled by `lua_getstack`.
    unsafe {
        api(l, |vm| {
            if ar.is_null() {
                // A parameter name of the function on top, which stays there.
                let f = get(vm, -1)?;
                return name_and_value(vm, &GETLOCAL, &[f, Value::Int(n as i64)], false);
            }
            let level = Value::Int((*ar).i_ci as usize as i64);
            name_and_value(vm, &GETLOCAL, &[level, Value::Int(n as i64)], true)
        })
    }
}

#[no_mangle]
pub unsafe extern "C" fn kiln_lua_setlocal(l: *mut CState, ar: *const LuaDebug, n: c_int) -> *const c_char {
    // SAFETY: as in `kiln_lua_getlocal`.
    unsafe {
        api(l, |vm| {
            let v = get(vm, -1)?;
            vm.top -= 1;
            let level = Value::Int((*ar).i_ci as usize as i64);
            name_and_value(vm, &SETLOCAL, &[level, Value::Int(n as i64), v], false)
        })
    }
}

/// Upvalue `n` of a C function: name "" and the value (its upvalue 0 is the C function's address).
fn c_upvalue(f: Value, n: c_int) -> Option<(kiln_gc::Gc<kiln_interp::object::NativeClosure>, usize)> {
    let Value::NativeFn(c) = f else { return None };
    crate::state::c_function_of(f)?;
    let i = usize::try_from(n).ok().filter(|&i| i >= 1 && i < c.upvals.len())?;
    Some((c, i))
}

#[no_mangle]
pub unsafe extern "C" fn kiln_lua_getupvalue(l: *mut CState, funcindex: c_int, n: c_int) -> *const c_char {
    // SAFETY: as in `kiln_lua_getstack`.
    unsafe {
        api(l, |vm| {
            let f = get(vm, funcindex)?;
            if crate::state::c_function_of(f).is_some() {
                let Some((c, i)) = c_upvalue(f, n) else { return Ok(std::ptr::null()) };
                push(vm, c.upvals[i].get())?;
                return Ok(c"".as_ptr());
            }
            name_and_value(vm, &GETUPVALUE, &[f, Value::Int(n as i64)], true)
        })
    }
}

#[no_mangle]
pub unsafe extern "C" fn kiln_lua_setupvalue(l: *mut CState, funcindex: c_int, n: c_int) -> *const c_char {
    // SAFETY: as in `kiln_lua_getstack`.
    unsafe {
        api(l, |vm| {
            let f = get(vm, funcindex)?;
            let v = get(vm, -1)?;
            vm.top -= 1;
            if crate::state::c_function_of(f).is_some() {
                let Some((c, i)) = c_upvalue(f, n) else { return Ok(std::ptr::null()) };
                c.upvals[i].set(v);
                let owner = f.gc_header().expect("closures are collectable");
                vm.barrier_value(owner, v);
                return Ok(c"".as_ptr());
            }
            name_and_value(vm, &SETUPVALUE, &[f, Value::Int(n as i64), v], false)
        })
    }
}
