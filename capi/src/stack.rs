//! The stack API: moving values, asking their types, converting them to C values, pushing C values.

use crate::state::{absolute, api, base, c_function_of, get, new_c_closure, push, set, slot, stack_slot, CFunction};
use crate::state::{CState, Slot};
use kiln_interp::meta::address_of;
use kiln_interp::number::{float_to_int_exact, str_to_number};
use kiln_interp::{LuaResult, Value, Vm};
use std::ffi::{c_char, c_int, c_void, CStr};

pub const LUA_TNONE: c_int = -1;

/// The `LUA_T*` code of a value.
pub fn type_code(v: Value) -> c_int {
    match v {
        Value::Nil => 0,
        Value::Bool(_) => 1,
        Value::LightUserData(_) => 2,
        Value::Int(_) | Value::Float(_) => 3,
        Value::Str(_) => 4,
        Value::Table(_) => 5,
        Value::LuaFn(_) | Value::NativeFn(_) => 6,
        Value::UserData(_) => 7,
        Value::Thread(_) => 8,
    }
}

/// The number a value converts to (`lua_tonumberx`'s rule: numbers, and strings that read as numbers).
pub fn to_number(v: Value) -> Option<Value> {
    match v {
        Value::Int(_) | Value::Float(_) => Some(v),
        Value::Str(s) => str_to_number(s.as_bytes()),
        _ => None,
    }
}

/// Writes `flag` through C's optional `int *`.
///
/// # Safety
/// `out` is null or valid for a write.
unsafe fn write_flag(out: *mut c_int, flag: bool) {
    if !out.is_null() {
        // SAFETY: non-null, valid per the contract.
        unsafe { *out = flag as c_int };
    }
}

/// The bytes of C's NUL-terminated `s`.
///
/// # Safety
/// `s` is a valid NUL-terminated string.
pub unsafe fn c_bytes<'a>(s: *const c_char) -> &'a [u8] {
    // SAFETY: per the contract.
    unsafe { CStr::from_ptr(s) }.to_bytes()
}

/// Pushes a new string with `bytes` and returns a pointer to its bytes that stays valid while the string lives.
pub fn push_string(vm: &mut Vm, bytes: &[u8]) -> LuaResult<*const c_char> {
    let s = vm.try_new_str(bytes)?;
    push(vm, Value::Str(s))?;
    let Value::Str(s) = vm.stack[vm.top - 1] else { unreachable!("just pushed a string") };
    Ok(vm.c_string_ptr(s) as *const c_char)
}

/// The userdata payload address C sees: the memory of userdata C made, a `luaL_Stream` for io files, a light
/// userdata's pointer; null for anything else.
pub fn userdata_ptr(vm: &mut Vm, v: Value) -> *mut c_void {
    match v {
        Value::LightUserData(p) => p as *mut c_void,
        Value::UserData(u) => match crate::tables::c_block_ptr(u) {
            p if p.is_null() => crate::tables::io_stream_ptr(vm, v),
            p => p,
        },
        _ => std::ptr::null_mut(),
    }
}

// ------------------------------------------------------------------ stack

#[no_mangle]
pub unsafe extern "C" fn kiln_lua_absindex(l: *mut CState, idx: c_int) -> c_int {
    // SAFETY: `l` comes from C, given to it by kiln (every kiln_* function has this contract).
    unsafe { api(l, |vm| absolute(vm, idx)) }
}

#[no_mangle]
pub unsafe extern "C" fn kiln_lua_gettop(l: *mut CState) -> c_int {
    // SAFETY: as in `kiln_lua_absindex`.
    unsafe { api(l, |vm| Ok((vm.top - base(vm)) as c_int)) }
}

#[no_mangle]
pub unsafe extern "C" fn kiln_lua_settop(l: *mut CState, idx: c_int) {
    // SAFETY: as in `kiln_lua_absindex`.
    unsafe {
        api(l, |vm| {
            let new_top = if idx >= 0 {
                let t = base(vm) + idx as usize;
                if t > vm.top {
                    vm.ensure_stack(t - vm.top)?;
                    vm.stack[vm.top..t].fill(Value::Nil);
                }
                t
            } else {
                let back = idx.unsigned_abs() as usize - 1;
                if back > vm.top - base(vm) {
                    return Err(vm.rt_error(format!("invalid index {idx} in a C API call")));
                }
                vm.top - back
            };
            vm.top = new_top;
            Ok(())
        })
    }
}

#[no_mangle]
pub unsafe extern "C" fn kiln_lua_pushvalue(l: *mut CState, idx: c_int) {
    // SAFETY: as in `kiln_lua_absindex`.
    unsafe { api(l, |vm| get(vm, idx).and_then(|v| push(vm, v))) }
}

#[no_mangle]
pub unsafe extern "C" fn kiln_lua_rotate(l: *mut CState, idx: c_int, n: c_int) {
    // SAFETY: as in `kiln_lua_absindex`.
    unsafe {
        api(l, |vm| {
            let from = stack_slot(vm, idx)?;
            let top = vm.top;
            let span = &mut vm.stack[from..top];
            let k = n.unsigned_abs() as usize;
            if k > span.len() {
                return Err(vm.rt_error("invalid rotation in a C API call"));
            }
            if n >= 0 {
                span.rotate_right(k);
            } else {
                span.rotate_left(k);
            }
            Ok(())
        })
    }
}

#[no_mangle]
pub unsafe extern "C" fn kiln_lua_copy(l: *mut CState, from: c_int, to: c_int) {
    // SAFETY: as in `kiln_lua_absindex`.
    unsafe { api(l, |vm| get(vm, from).and_then(|v| set(vm, to, v))) }
}

#[no_mangle]
pub unsafe extern "C" fn kiln_lua_checkstack(l: *mut CState, n: c_int) -> c_int {
    // SAFETY: as in `kiln_lua_absindex`.
    unsafe { api(l, |vm| Ok((n >= 0 && vm.check_stack(n as usize)) as c_int)) }
}

/// Moves `n` values between threads; kiln gives C one `lua_State` per VM, so both are the same and nothing moves.
#[no_mangle]
pub unsafe extern "C" fn kiln_lua_xmove(l: *mut CState, to: *mut CState, n: c_int) {
    // SAFETY: as in `kiln_lua_absindex`.
    unsafe {
        api(l, |vm| {
            if l != to || n < 0 {
                return Err(vm.rt_error("lua_xmove between different states"));
            }
            Ok(())
        })
    }
}

// ------------------------------------------------------------------ access

/// The type code at `idx`, `LUA_TNONE` for an absent index.
pub fn type_at(vm: &mut Vm, idx: c_int) -> LuaResult<c_int> {
    Ok(match slot(vm, idx)? {
        Slot::Absent => LUA_TNONE,
        s => type_code(crate::state::read(vm, s)),
    })
}

#[no_mangle]
pub unsafe extern "C" fn kiln_lua_type(l: *mut CState, idx: c_int) -> c_int {
    // SAFETY: as in `kiln_lua_absindex`.
    unsafe { api(l, |vm| type_at(vm, idx)) }
}

#[no_mangle]
pub unsafe extern "C" fn kiln_lua_isnumber(l: *mut CState, idx: c_int) -> c_int {
    // SAFETY: as in `kiln_lua_absindex`.
    unsafe { api(l, |vm| Ok(to_number(get(vm, idx)?).is_some() as c_int)) }
}

#[no_mangle]
pub unsafe extern "C" fn kiln_lua_isstring(l: *mut CState, idx: c_int) -> c_int {
    // SAFETY: as in `kiln_lua_absindex`.
    unsafe { api(l, |vm| Ok(matches!(get(vm, idx)?, Value::Str(_) | Value::Int(_) | Value::Float(_)) as c_int)) }
}

#[no_mangle]
pub unsafe extern "C" fn kiln_lua_iscfunction(l: *mut CState, idx: c_int) -> c_int {
    // SAFETY: as in `kiln_lua_absindex`.
    unsafe { api(l, |vm| Ok(matches!(get(vm, idx)?, Value::NativeFn(_)) as c_int)) }
}

#[no_mangle]
pub unsafe extern "C" fn kiln_lua_isinteger(l: *mut CState, idx: c_int) -> c_int {
    // SAFETY: as in `kiln_lua_absindex`.
    unsafe { api(l, |vm| Ok(matches!(get(vm, idx)?, Value::Int(_)) as c_int)) }
}

#[no_mangle]
pub unsafe extern "C" fn kiln_lua_isuserdata(l: *mut CState, idx: c_int) -> c_int {
    // SAFETY: as in `kiln_lua_absindex`.
    unsafe { api(l, |vm| Ok(matches!(get(vm, idx)?, Value::UserData(_) | Value::LightUserData(_)) as c_int)) }
}

#[no_mangle]
pub unsafe extern "C" fn kiln_lua_tonumberx(l: *mut CState, idx: c_int, isnum: *mut c_int) -> f64 {
    // SAFETY: as in `kiln_lua_absindex`; `isnum` is C's optional out-parameter.
    unsafe {
        api(l, |vm| {
            let n = match to_number(get(vm, idx)?) {
                Some(Value::Int(i)) => Some(i as f64),
                Some(Value::Float(f)) => Some(f),
                _ => None,
            };
            write_flag(isnum, n.is_some());
            Ok(n.unwrap_or(0.0))
        })
    }
}

#[no_mangle]
pub unsafe extern "C" fn kiln_lua_tointegerx(l: *mut CState, idx: c_int, isnum: *mut c_int) -> i64 {
    // SAFETY: as in `kiln_lua_tonumberx`.
    unsafe {
        api(l, |vm| {
            let n = match to_number(get(vm, idx)?) {
                Some(Value::Int(i)) => Some(i),
                Some(Value::Float(f)) => float_to_int_exact(f),
                _ => None,
            };
            write_flag(isnum, n.is_some());
            Ok(n.unwrap_or(0))
        })
    }
}

#[no_mangle]
pub unsafe extern "C" fn kiln_lua_toboolean(l: *mut CState, idx: c_int) -> c_int {
    // SAFETY: as in `kiln_lua_absindex`.
    unsafe { api(l, |vm| Ok(get(vm, idx)?.truthy() as c_int)) }
}

/// The string at `idx` (a number there is converted in place first), or `None` for other values.
pub fn to_str_in_place(vm: &mut Vm, idx: c_int) -> LuaResult<Option<kiln_gc::Gc<kiln_interp::object::LuaStr>>> {
    let idx = absolute(vm, idx)?;
    match get(vm, idx)? {
        Value::Str(s) => Ok(Some(s)),
        v @ (Value::Int(_) | Value::Float(_)) => {
            let s = vm.try_new_str(kiln_interp::number::number_to_string(v).as_bytes())?;
            set(vm, idx, Value::Str(s))?;
            Ok(Some(s))
        }
        _ => Ok(None),
    }
}

#[no_mangle]
pub unsafe extern "C" fn kiln_lua_tolstring(l: *mut CState, idx: c_int, len: *mut usize) -> *const c_char {
    // SAFETY: as in `kiln_lua_absindex`; `len` is C's optional out-parameter.
    unsafe {
        api(l, |vm| {
            let Some(s) = to_str_in_place(vm, idx)? else {
                if !len.is_null() {
                    *len = 0;
                }
                return Ok(std::ptr::null());
            };
            if !len.is_null() {
                *len = s.len();
            }
            // The string stays where it is (on the stack, or in the slot C read it from) while C uses it.
            Ok(vm.c_string_ptr(s) as *const c_char)
        })
    }
}

#[no_mangle]
pub unsafe extern "C" fn kiln_lua_rawlen(l: *mut CState, idx: c_int) -> usize {
    // SAFETY: as in `kiln_lua_absindex`.
    unsafe {
        api(l, |vm| {
            Ok(match get(vm, idx)? {
                Value::Str(s) => s.len(),
                Value::Table(t) => t.len() as usize,
                Value::UserData(u) => crate::tables::c_block_len(u),
                _ => 0,
            })
        })
    }
}

#[no_mangle]
pub unsafe extern "C" fn kiln_lua_tocfunction(l: *mut CState, idx: c_int) -> Option<CFunction> {
    // SAFETY: as in `kiln_lua_absindex`.
    unsafe { api(l, |vm| Ok(c_function_of(get(vm, idx)?))) }
}

#[no_mangle]
pub unsafe extern "C" fn kiln_lua_touserdata(l: *mut CState, idx: c_int) -> *mut c_void {
    // SAFETY: as in `kiln_lua_absindex`.
    unsafe {
        api(l, |vm| {
            let v = get(vm, idx)?;
            Ok(userdata_ptr(vm, v))
        })
    }
}

/// The `lua_State` of a thread value: kiln gives C one state, the running thread's.
#[no_mangle]
pub unsafe extern "C" fn kiln_lua_tothread(l: *mut CState, idx: c_int) -> *mut CState {
    // SAFETY: as in `kiln_lua_absindex`.
    unsafe {
        api(l, |vm| {
            Ok(match get(vm, idx)? {
                Value::Thread(t) if kiln_gc::Gc::ptr_eq(t, vm.thread) => l,
                _ => std::ptr::null_mut(),
            })
        })
    }
}

/// A pointer identifying the value: the payload of userdata, else the number `%p` prints for it (objects in
/// the nursery move, so their addresses cannot serve).
#[no_mangle]
pub unsafe extern "C" fn kiln_lua_topointer(l: *mut CState, idx: c_int) -> *const c_void {
    // SAFETY: as in `kiln_lua_absindex`.
    unsafe {
        api(l, |vm| {
            let v = get(vm, idx)?;
            if matches!(v, Value::UserData(_) | Value::LightUserData(_)) {
                return Ok(userdata_ptr(vm, v) as *const c_void);
            }
            if !v.is_collectable() {
                return Ok(std::ptr::null());
            }
            let text = address_of(v);
            Ok(usize::from_str_radix(text.trim_start_matches("0x"), 16).unwrap_or(0) as *const c_void)
        })
    }
}

// ------------------------------------------------------------------ push

#[no_mangle]
pub unsafe extern "C" fn kiln_lua_pushnil(l: *mut CState) {
    // SAFETY: as in `kiln_lua_absindex`.
    unsafe { api(l, |vm| push(vm, Value::Nil)) }
}

#[no_mangle]
pub unsafe extern "C" fn kiln_lua_pushnumber(l: *mut CState, n: f64) {
    // SAFETY: as in `kiln_lua_absindex`.
    unsafe { api(l, |vm| push(vm, Value::Float(n))) }
}

#[no_mangle]
pub unsafe extern "C" fn kiln_lua_pushinteger(l: *mut CState, n: i64) {
    // SAFETY: as in `kiln_lua_absindex`.
    unsafe { api(l, |vm| push(vm, Value::Int(n))) }
}

#[no_mangle]
pub unsafe extern "C" fn kiln_lua_pushboolean(l: *mut CState, b: c_int) {
    // SAFETY: as in `kiln_lua_absindex`.
    unsafe { api(l, |vm| push(vm, Value::Bool(b != 0))) }
}

#[no_mangle]
pub unsafe extern "C" fn kiln_lua_pushlightuserdata(l: *mut CState, p: *mut c_void) {
    // SAFETY: as in `kiln_lua_absindex`.
    unsafe { api(l, |vm| push(vm, Value::LightUserData(p as usize))) }
}

#[no_mangle]
pub unsafe extern "C" fn kiln_lua_pushlstring(l: *mut CState, s: *const c_char, len: usize) -> *const c_char {
    // SAFETY: as in `kiln_lua_absindex`; C passes `len` readable bytes at `s` (any pointer when `len` is 0).
    unsafe {
        api(l, |vm| {
            let bytes = if len == 0 { &[][..] } else { std::slice::from_raw_parts(s as *const u8, len) };
            push_string(vm, bytes)
        })
    }
}

#[no_mangle]
pub unsafe extern "C" fn kiln_lua_pushstring(l: *mut CState, s: *const c_char) -> *const c_char {
    // SAFETY: as in `kiln_lua_absindex`; `s` is null or a NUL-terminated string.
    unsafe {
        api(l, |vm| {
            if s.is_null() {
                push(vm, Value::Nil)?;
                return Ok(std::ptr::null());
            }
            push_string(vm, c_bytes(s))
        })
    }
}

#[no_mangle]
pub unsafe extern "C" fn kiln_lua_pushcclosure(l: *mut CState, f: CFunction, n: c_int) {
    // SAFETY: as in `kiln_lua_absindex`.
    unsafe {
        api(l, |vm| {
            let n = usize::try_from(n).unwrap_or(usize::MAX);
            if n > 255 || n > vm.top - base(vm) {
                return Err(vm.rt_error("invalid upvalue count in lua_pushcclosure"));
            }
            let f = new_c_closure(vm, f, n)?;
            push(vm, f)
        })
    }
}

#[no_mangle]
pub unsafe extern "C" fn kiln_lua_pushthread(l: *mut CState) -> c_int {
    // SAFETY: as in `kiln_lua_absindex`.
    unsafe {
        api(l, |vm| {
            push(vm, Value::Thread(vm.thread))?;
            Ok(kiln_gc::Gc::ptr_eq(vm.thread, vm.main_thread) as c_int)
        })
    }
}
