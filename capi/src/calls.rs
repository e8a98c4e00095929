//! Calls, errors, operators, chunks, the collector and warnings through the C API.
//!
//! C calls Lua through `call_nested` (a NestedRunloop record): the Rust level of the C function stays on the
//! stack, so a yield inside is "attempt to yield across a C-call boundary", as `lua_call` without a
//! continuation is in PUC Lua.

use crate::stack::{c_bytes, push_string};
use crate::state::{absolute, api, api_st, get, push, registry_get, CState, COLLECTGARBAGE, XPCALL};
use kiln_interp::call::MULTI_RESULTS;
use kiln_interp::meta::ArithOp;
use kiln_interp::stdlib::auxlib;
use kiln_interp::{LuaResult, Value, Vm};
use std::ffi::{c_char, c_int, c_void};

/// `LUA_ERRRUN`, the status of a caught error.
const LUA_ERRRUN: c_int = 2;
/// `LUA_ERRSYNTAX`, the status of a chunk that does not compile.
const LUA_ERRSYNTAX: c_int = 3;
/// `LUA_ERRFILE`, the status of a file that cannot be read.
const LUA_ERRFILE: c_int = 6;

/// The function below the `nargs` values on top, which must exist.
fn check_call_window(vm: &mut Vm, nargs: c_int) -> LuaResult<usize> {
    let nargs = usize::try_from(nargs).unwrap_or(usize::MAX);
    if nargs >= vm.top - crate::state::base(vm) {
        return Err(vm.rt_error("not enough values on the stack for a call in a C API call"));
    }
    Ok(nargs)
}

#[no_mangle]
pub unsafe extern "C" fn kiln_lua_callk(l: *mut CState, nargs: c_int, nresults: c_int, _ctx: isize, _k: *const c_void) {
    // SAFETY: `l` comes from C, given to it by kiln (every kiln_* function's contract).
    unsafe {
        api(l, |vm| {
            let nargs = check_call_window(vm, nargs)?;
            vm.call_nested(nargs, nresults.max(MULTI_RESULTS)).map(|_| ())
        })
    }
}

#[no_mangle]
pub unsafe extern "C" fn kiln_lua_pcallk(
    l: *mut CState,
    nargs: c_int,
    nresults: c_int,
    msgh: c_int,
    _ctx: isize,
    _k: *const c_void,
) -> c_int {
    // SAFETY: as in `kiln_lua_callk`.
    unsafe {
        api(l, |vm| {
            let nargs = check_call_window(vm, nargs)?;
            let nresults = nresults.max(MULTI_RESULTS);
            if msgh == 0 {
                protected_call(vm, nargs, nresults)
            } else {
                let msgh = absolute(vm, msgh)?;
                protected_call_with_handler(vm, nargs, nresults, msgh)
            }
        })
    }
}

/// `lua_pcall` without a message handler: the error value replaces the function and its arguments.
fn protected_call(vm: &mut Vm, nargs: usize, nresults: i32) -> LuaResult<c_int> {
    let func = vm.top - nargs - 1;
    match vm.call_nested_catch(nargs, nresults) {
        Ok(_) => Ok(0),
        Err(kiln_interp::LuaError::Runtime) => {
            vm.top = func;
            let e = vm.error;
            push(vm, e)?;
            Ok(LUA_ERRRUN)
        }
        Err(yield_) => Err(yield_),
    }
}

/// `lua_pcall` with a message handler: the call runs as `xpcall(f, handler, args...)`, so the handler runs
/// where the error is raised, as the base library's does.
fn protected_call_with_handler(vm: &mut Vm, nargs: usize, nresults: i32, msgh: c_int) -> LuaResult<c_int> {
    vm.ensure_stack(2)?;
    let xpcall = registry_get(vm, &XPCALL);
    let handler = get(vm, msgh)?;
    let func = vm.top - nargs - 1;
    // [f][args] -> [xpcall][f][handler][args]
    vm.stack.copy_within(func + 1..vm.top, func + 3);
    vm.stack[func + 1] = vm.stack[func];
    vm.stack[func + 2] = handler;
    vm.stack[func] = xpcall;
    vm.top += 2;
    vm.call_nested(nargs + 2, MULTI_RESULTS)?;
    let ok = vm.stack[func].truthy();
    vm.stack.copy_within(func + 1..vm.top, func);
    vm.top -= 1;
    if !ok {
        vm.top = func + 1;
        return Ok(LUA_ERRRUN);
    }
    if nresults >= 0 {
        let want = func + nresults as usize;
        if want > vm.top {
            vm.ensure_stack(want - vm.top)?;
            vm.stack[vm.top..want].fill(Value::Nil);
        }
        vm.top = want;
    }
    Ok(0)
}

/// `lua_yieldk`: the C function ends, yielding the `nresults` values on top. When the coroutine is resumed,
/// the values it is resumed with are the C function's results (`lua_yield`), or, with a continuation `k`,
/// replace the yielded values on its stack and `k(L, LUA_YIELD, ctx)` runs in its place.
#[no_mangle]
pub unsafe extern "C" fn kiln_lua_yieldk(l: *mut CState, nresults: c_int, ctx: isize, k: *const c_void) -> c_int {
    // SAFETY: as in `kiln_lua_callk`.
    unsafe {
        api(l, |vm| {
            if kiln_gc::Gc::ptr_eq(vm.thread, vm.main_thread) {
                return Err(vm.plain_error("attempt to yield from outside a coroutine"));
            }
            if !vm.can_yield() {
                return Err(vm.plain_error("attempt to yield across a C-call boundary"));
            }
            let base = crate::state::base(vm);
            let n = usize::try_from(nresults).unwrap_or(usize::MAX);
            if n > vm.top - base {
                return Err(vm.rt_error("not enough values to yield in lua_yield"));
            }
            if k.is_null() {
                // The yielded values are the record's: from its base to the top; the rest is dropped.
                vm.stack.copy_within(vm.top - n..vm.top, base);
                vm.top = base + n;
            } else {
                // SAFETY: a non-null `k` is the module's `lua_KFunction`.
                let k = std::mem::transmute::<*const c_void, crate::state::KFunction>(k);
                crate::state::suspend_with_continuation(vm, n, k, ctx);
            }
            Err(kiln_interp::LuaError::Yield)
        })
    }
}

#[no_mangle]
pub unsafe extern "C" fn kiln_lua_isyieldable(l: *mut CState) -> c_int {
    // SAFETY: as in `kiln_lua_callk`.
    unsafe { api(l, |vm| Ok((!kiln_gc::Gc::ptr_eq(vm.thread, vm.main_thread) && vm.can_yield()) as c_int)) }
}

/// Raises the value on top: the C wrapper (`lua_error`) then unwinds to the C function's jump point.
#[no_mangle]
pub unsafe extern "C" fn kiln_lua_error(l: *mut CState) {
    // SAFETY: as in `kiln_lua_callk`.
    unsafe {
        api(l, |vm| {
            let v = get(vm, -1)?;
            vm.top -= 1;
            Err(vm.throw(v))
        })
    }
}

/// `lua_status` of the running thread, the only one C sees: running, so `LUA_OK`.
#[no_mangle]
pub unsafe extern "C" fn kiln_lua_status(l: *mut CState) -> c_int {
    // SAFETY: as in `kiln_lua_callk`.
    unsafe { api(l, |_| Ok(0)) }
}

#[no_mangle]
pub unsafe extern "C" fn kiln_lua_concat(l: *mut CState, n: c_int) {
    // SAFETY: as in `kiln_lua_callk`.
    unsafe {
        api(l, |vm| {
            let n = usize::try_from(n).unwrap_or(usize::MAX);
            if n > vm.top - crate::state::base(vm) {
                return Err(vm.rt_error("not enough values to concatenate in lua_concat"));
            }
            vm.ensure_stack(1)?;
            vm.concat_top(n)
        })
    }
}

#[no_mangle]
pub unsafe extern "C" fn kiln_lua_len(l: *mut CState, idx: c_int) {
    // SAFETY: as in `kiln_lua_callk`.
    unsafe {
        api(l, |vm| {
            let v = get(vm, idx)?;
            let n = vm.len(v)?;
            push(vm, n)
        })
    }
}

#[no_mangle]
pub unsafe extern "C" fn kiln_lua_arith(l: *mut CState, op: c_int) {
    use ArithOp::*;
    const OPS: [ArithOp; 14] = [Add, Sub, Mul, Mod, Pow, Div, IDiv, BAnd, BOr, BXor, Shl, Shr, Unm, BNot];
    // SAFETY: as in `kiln_lua_callk`.
    unsafe {
        api(l, |vm| {
            let Some(&op) = usize::try_from(op).ok().and_then(|i| OPS.get(i)) else {
                return Err(vm.rt_error(format!("invalid operator {op} in lua_arith")));
            };
            let unary = matches!(op, Unm | BNot);
            let operands = if unary { 1 } else { 2 };
            if vm.top - crate::state::base(vm) < operands {
                return Err(vm.rt_error("not enough operands in lua_arith"));
            }
            let y = vm.stack[vm.top - 1];
            let x = if unary { y } else { vm.stack[vm.top - 2] };
            let r = vm.arith(op, x, y)?;
            vm.top -= operands;
            push(vm, r)
        })
    }
}

#[no_mangle]
pub unsafe extern "C" fn kiln_lua_rawequal(l: *mut CState, a: c_int, b: c_int) -> c_int {
    // SAFETY: as in `kiln_lua_callk`.
    unsafe {
        api(l, |vm| {
            let (sa, sb) = (crate::state::slot(vm, a)?, crate::state::slot(vm, b)?);
            if matches!(sa, crate::state::Slot::Absent) || matches!(sb, crate::state::Slot::Absent) {
                return Ok(0);
            }
            Ok(crate::state::read(vm, sa).raw_eq(&crate::state::read(vm, sb)) as c_int)
        })
    }
}

#[no_mangle]
pub unsafe extern "C" fn kiln_lua_compare(l: *mut CState, a: c_int, b: c_int, op: c_int) -> c_int {
    // SAFETY: as in `kiln_lua_callk`.
    unsafe {
        api(l, |vm| {
            let (sa, sb) = (crate::state::slot(vm, a)?, crate::state::slot(vm, b)?);
            if matches!(sa, crate::state::Slot::Absent) || matches!(sb, crate::state::Slot::Absent) {
                return Ok(0);
            }
            let (x, y) = (crate::state::read(vm, sa), crate::state::read(vm, sb));
            let r = match op {
                0 => vm.equals(x, y)?,
                1 => vm.less_than(x, y)?,
                2 => vm.less_equal(x, y)?,
                _ => return Err(vm.rt_error(format!("invalid operator {op} in lua_compare"))),
            };
            Ok(r as c_int)
        })
    }
}

#[no_mangle]
pub unsafe extern "C" fn kiln_lua_stringtonumber(l: *mut CState, s: *const c_char) -> usize {
    // SAFETY: as in `kiln_lua_callk`; `s` is a C string.
    unsafe {
        api(l, |vm| {
            let bytes = c_bytes(s);
            match kiln_interp::number::str_to_number(bytes) {
                Some(n) => push(vm, n).map(|()| bytes.len() + 1),
                None => Ok(0),
            }
        })
    }
}

#[no_mangle]
pub unsafe extern "C" fn kiln_lua_warning(l: *mut CState, msg: *const c_char, tocont: c_int) {
    // SAFETY: as in `kiln_lua_callk`; `msg` is a C string.
    unsafe {
        api(l, |vm| {
            kiln_interp::stdlib::base::emit_warning(vm, c_bytes(msg), tocont != 0);
            Ok(())
        })
    }
}

/// `lua_gc`, through the base library's `collectgarbage` (one implementation of the collector's options).
#[no_mangle]
pub unsafe extern "C" fn kiln_lua_gc(l: *mut CState, what: c_int, a: c_int, b: c_int, c: c_int) -> c_int {
    const NAMES: [&str; 12] = [
        "stop",
        "restart",
        "collect",
        "count",
        "count",
        "step",
        "setpause",
        "setstepmul",
        "",
        "isrunning",
        "generational",
        "incremental",
    ];
    // SAFETY: as in `kiln_lua_callk`.
    unsafe {
        api(l, |vm| {
            let Some(name) = usize::try_from(what).ok().and_then(|i| NAMES.get(i)).filter(|n| !n.is_empty()) else {
                return Ok(-1);
            };
            let args: &[c_int] = match what {
                5..=7 => &[a],
                10 => &[a, b],
                11 => &[a, b, c],
                _ => &[],
            };
            vm.ensure_stack(5)?;
            let f = registry_get(vm, &COLLECTGARBAGE);
            vm.push(f);
            vm.push_str(name.as_bytes());
            for &x in args {
                vm.push(Value::Int(x as i64));
            }
            let func = vm.top - args.len() - 2;
            vm.call_nested(args.len() + 1, 1)?;
            let r = vm.stack[func];
            vm.top = func;
            Ok(match (what, r) {
                (3, Value::Float(kb)) => kb as c_int,
                (4, Value::Float(kb)) => ((kb * 1024.0) as i64 % 1024) as c_int,
                (_, Value::Int(n)) => n as c_int,
                (_, Value::Bool(b)) => b as c_int,
                (_, Value::Str(s)) => match s.as_bytes() {
                    b"generational" => 10,
                    b"incremental" => 11,
                    _ => 0,
                },
                _ => 0,
            })
        })
    }
}

// ------------------------------------------------------------------ chunks

#[no_mangle]
pub unsafe extern "C" fn kiln_chunk_reset(l: *mut CState) {
    // SAFETY: as in `kiln_lua_callk`.
    unsafe {
        api_st(l, |_, st| {
            (*st).chunk.clear();
            Ok(())
        })
    }
}

#[no_mangle]
pub unsafe extern "C" fn kiln_chunk_bytes(l: *mut CState, p: *const c_char, n: usize) {
    // SAFETY: as in `kiln_lua_callk`; C passes `n` readable bytes at `p`.
    unsafe {
        api_st(l, |vm, st| {
            let chunk = &mut (*st).chunk;
            if chunk.try_reserve(n).is_err() {
                return Err(vm.memory_error());
            }
            chunk.extend_from_slice(std::slice::from_raw_parts(p as *const u8, n));
            Ok(())
        })
    }
}

/// Compiles the gathered chunk: pushes the function (its first upvalue the globals, as `load` gives) and
/// answers 0, or pushes the message and answers `LUA_ERRSYNTAX`.
#[no_mangle]
pub unsafe extern "C" fn kiln_chunk_load(l: *mut CState, chunkname: *const c_char, mode: *const c_char) -> c_int {
    // SAFETY: as in `kiln_lua_callk`; `chunkname` is a C string, `mode` null or one.
    unsafe {
        api_st(l, |vm, st| {
            let src = std::mem::take(&mut (*st).chunk);
            let mode = if mode.is_null() { b"bt".as_slice() } else { c_bytes(mode) };
            vm.ensure_stack(1)?;
            let ok = auxlib::load(vm, &src, c_bytes(chunkname), mode)?;
            (*st).chunk = src;
            Ok(if ok { 0 } else { LUA_ERRSYNTAX })
        })
    }
}

/// Dumps the Lua function on top into the state's chunk buffer (1 when it is not a Lua function).
#[no_mangle]
pub unsafe extern "C" fn kiln_chunk_dump(l: *mut CState, strip: c_int) -> c_int {
    // SAFETY: as in `kiln_lua_callk`.
    unsafe {
        api_st(l, |vm, st| {
            let Value::LuaFn(f) = get(vm, -1)? else { return Ok(1) };
            (*st).chunk = kiln_interp::dump::dump(&f.proto(), strip != 0);
            Ok(0)
        })
    }
}

#[no_mangle]
pub unsafe extern "C" fn kiln_chunk_data(l: *mut CState, len: *mut usize) -> *const c_char {
    // SAFETY: as in `kiln_lua_callk`; `len` is valid for a write.
    unsafe {
        api_st(l, |_, st| {
            *len = (*st).chunk.len();
            Ok((*st).chunk.as_ptr() as *const c_char)
        })
    }
}

#[no_mangle]
pub unsafe extern "C" fn kiln_luaL_loadbufferx(
    l: *mut CState,
    buff: *const c_char,
    size: usize,
    name: *const c_char,
    mode: *const c_char,
) -> c_int {
    // SAFETY: as in `kiln_lua_callk`; `size` readable bytes at `buff`, `name` and `mode` null or C strings.
    unsafe {
        api(l, |vm| {
            let src = if size == 0 { &[][..] } else { std::slice::from_raw_parts(buff as *const u8, size) };
            let name = if name.is_null() { src } else { c_bytes(name) };
            let mode = if mode.is_null() { b"bt".as_slice() } else { c_bytes(mode) };
            vm.ensure_stack(1)?;
            Ok(if auxlib::load(vm, src, name, mode)? { 0 } else { LUA_ERRSYNTAX })
        })
    }
}

#[no_mangle]
pub unsafe extern "C" fn kiln_luaL_loadfilex(l: *mut CState, filename: *const c_char, mode: *const c_char) -> c_int {
    // SAFETY: as in `kiln_lua_callk`; `filename` and `mode` null or C strings.
    unsafe {
        api(l, |vm| {
            let name = if filename.is_null() { None } else { Some(c_bytes(filename)) };
            let mode = if mode.is_null() { b"bt".as_slice() } else { c_bytes(mode) };
            vm.ensure_stack(1)?;
            if kiln_interp::stdlib::base::load_file(vm, name, mode)? {
                return Ok(0);
            }
            // The message says which: a file that cannot be opened or read, or one that does not compile.
            let unreadable = match vm.stack[vm.top - 1] {
                Value::Str(s) => s.as_bytes().starts_with(b"cannot open") || s.as_bytes().starts_with(b"cannot read"),
                _ => false,
            };
            Ok(if unreadable { LUA_ERRFILE } else { LUA_ERRSYNTAX })
        })
    }
}

/// `luaL_tolstring`: pushes the value's string form (`__tostring`, `__name`) and returns its bytes.
#[no_mangle]
pub unsafe extern "C" fn kiln_luaL_tolstring(l: *mut CState, idx: c_int, len: *mut usize) -> *const c_char {
    // SAFETY: as in `kiln_lua_callk`; `len` null or valid for a write.
    unsafe {
        api(l, |vm| {
            let v = get(vm, idx)?;
            let s = auxlib::tolstring(vm, v)?;
            if !len.is_null() {
                *len = s.len();
            }
            push(vm, Value::Str(s))?;
            let Value::Str(s) = vm.stack[vm.top - 1] else { unreachable!("just pushed a string") };
            Ok(vm.c_string_ptr(s) as *const c_char)
        })
    }
}

#[no_mangle]
pub unsafe extern "C" fn kiln_luaL_traceback(l: *mut CState, l1: *mut CState, msg: *const c_char, level: c_int) {
    // SAFETY: as in `kiln_lua_callk`; `msg` null or a C string.
    unsafe {
        api(l, |vm| {
            if l1 != l {
                return Err(vm.rt_error("luaL_traceback of another state"));
            }
            let msg = if msg.is_null() { None } else { Some(String::from_utf8_lossy(c_bytes(msg)).into_owned()) };
            let text = vm.traceback(msg.as_deref(), level.max(0) as usize);
            push_string(vm, text.as_bytes()).map(|_| ())
        })
    }
}

#[no_mangle]
pub unsafe extern "C" fn kiln_luaL_where(l: *mut CState, level: c_int) {
    // SAFETY: as in `kiln_lua_callk`.
    unsafe {
        api(l, |vm| {
            let text = vm.lua_where(level.max(0) as usize);
            push_string(vm, text.as_bytes()).map(|_| ())
        })
    }
}

/// "bad argument #arg to 'f' (extramsg)", as `luaL_argerror`.
#[no_mangle]
pub unsafe extern "C" fn kiln_luaL_argerror(l: *mut CState, arg: c_int, extramsg: *const c_char) -> c_int {
    // SAFETY: as in `kiln_lua_callk`; `extramsg` is a C string.
    unsafe {
        api(l, |vm| {
            let msg = String::from_utf8_lossy(c_bytes(extramsg)).into_owned();
            Err(arg_error(vm, arg, &msg))
        })
    }
}

fn arg_error(vm: &mut Vm, arg: c_int, msg: &str) -> kiln_interp::LuaError {
    match usize::try_from(arg) {
        Ok(i) if i > 0 => vm.arg_error(i, msg),
        _ => vm.rt_error(format!("bad argument #{arg} to '{}' ({msg})", vm.native_name())),
    }
}

/// "bad argument #arg to 'f' (tname expected, got T)", T as `luaL_typeerror` names it (`__name`, "light
/// userdata", "no value").
#[no_mangle]
pub unsafe extern "C" fn kiln_luaL_typeerror(l: *mut CState, arg: c_int, tname: *const c_char) -> c_int {
    // SAFETY: as in `kiln_lua_callk`; `tname` is a C string.
    unsafe {
        api(l, |vm| {
            let expected = String::from_utf8_lossy(c_bytes(tname)).into_owned();
            let got = match crate::state::slot(vm, arg)? {
                crate::state::Slot::Absent => "no value".to_string(),
                s => {
                    let v = crate::state::read(vm, s);
                    vm.type_name_of(v)
                }
            };
            Err(arg_error(vm, arg, &format!("{expected} expected, got {got}")))
        })
    }
}

// ------------------------------------------------------------------ lua_pushfstring's pieces

/// Appends `bytes` to the pieces of `lua_pushfstring` (after emptying them when `reset`).
///
/// # Safety
/// `st` is the live state of `api_st`.
unsafe fn fmt_append(st: *mut CState, bytes: &[u8], reset: bool) -> LuaResult<()> {
    // SAFETY: per the contract; no other reference to the buffer is live.
    let fmt = unsafe { &mut (*st).fmt };
    if reset {
        fmt.clear();
    }
    fmt.extend_from_slice(bytes);
    Ok(())
}

#[no_mangle]
pub unsafe extern "C" fn kiln_fmt_reset(l: *mut CState) {
    // SAFETY: as in `kiln_lua_callk`.
    unsafe { api_st(l, |_, st| fmt_append(st, b"", true)) }
}

#[no_mangle]
pub unsafe extern "C" fn kiln_fmt_bytes(l: *mut CState, p: *const c_char, n: usize) {
    // SAFETY: as in `kiln_lua_callk`; `n` readable bytes at `p`.
    unsafe {
        api_st(l, |vm, st| {
            let fmt = &mut (*st).fmt;
            if fmt.try_reserve(n).is_err() {
                return Err(vm.memory_error());
            }
            fmt.extend_from_slice(std::slice::from_raw_parts(p as *const u8, n));
            Ok(())
        })
    }
}

#[no_mangle]
pub unsafe extern "C" fn kiln_fmt_integer(l: *mut CState, i: i64) {
    // SAFETY: as in `kiln_lua_callk`.
    unsafe { api_st(l, |_, st| fmt_append(st, i.to_string().as_bytes(), false)) }
}

#[no_mangle]
pub unsafe extern "C" fn kiln_fmt_number(l: *mut CState, n: f64) {
    // SAFETY: as in `kiln_lua_callk`.
    unsafe { api_st(l, |_, st| fmt_append(st, kiln_interp::number::float_to_string(n).as_bytes(), false)) }
}

#[no_mangle]
pub unsafe extern "C" fn kiln_fmt_invalid(l: *mut CState, conversion: c_int) {
    // SAFETY: as in `kiln_lua_callk`.
    unsafe {
        api(l, |vm| {
            let c = char::from(conversion as u8);
            Err(vm.rt_error(format!("invalid option '%{c}' to 'lua_pushfstring'")))
        })
    }
}

#[no_mangle]
pub unsafe extern "C" fn kiln_fmt_push(l: *mut CState) -> *const c_char {
    // SAFETY: as in `kiln_lua_callk`.
    unsafe {
        api_st(l, |vm, st| {
            let text = std::mem::take(&mut (*st).fmt);
            let r = push_string(vm, &text);
            (*st).fmt = text;
            r
        })
    }
}
