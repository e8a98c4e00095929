//! Tables, globals, metatables and full userdata through the C API.
//!
//! Invariant: a userdata payload C can see never moves. It is a `CBlock` allocated outside the GC heap and
//! owned by the userdata's Rust payload: the userdata object moves in the nursery, its block does not, and the
//! block is freed when the userdata is (after its `__gc`, which may still use it).

use crate::stack::{c_bytes, type_code, LUA_TNONE};
use crate::state::{absolute, api, get, push, CFunction, CState};
use kiln_gc::Gc;
use kiln_interp::object::UserData;
use kiln_interp::stdlib::debug::set_any_metatable;
use kiln_interp::table::Table;
use kiln_interp::{LuaResult, Value, Vm};
use std::ffi::{c_char, c_int, c_void};

/// The memory of a userdata made by `lua_newuserdatauv`, aligned as `LUAI_MAXALIGN` wants (16 bytes).
pub struct CBlock {
    words: Box<[u128]>,
    len: usize,
}

/// The payload address of `u` if C made it, else null.
pub fn c_block_ptr(u: Gc<UserData>) -> *mut c_void {
    match u.data.try_borrow_mut() {
        Ok(mut d) => d.downcast_mut::<CBlock>().map_or(std::ptr::null_mut(), |b| b.words.as_mut_ptr() as *mut c_void),
        Err(_) => std::ptr::null_mut(),
    }
}

/// The payload size of `u` if C made it, else 0.
pub fn c_block_len(u: Gc<UserData>) -> usize {
    u.data.try_borrow().ok().and_then(|d| d.downcast_ref::<CBlock>().map(|b| b.len)).unwrap_or(0)
}

/// `luaL_Stream` (lauxlib.h): what C modules find in a "FILE*" userdata (`luaL_checkudata(L, i, LUA_FILEHANDLE)`).
#[repr(C)]
pub struct LuaLStream {
    f: *mut libc::FILE,
    closef: Option<CFunction>,
}

/// A `luaL_Stream` for the io file `v` (null for other values): a C stream on the file's descriptor, unbuffered
/// (kiln's own buffer stays the file's), made once per descriptor and kept while the VM lives. C modules use
/// it for `fileno` (`isatty`, locking); closing it from C is refused.
pub fn io_stream_ptr(vm: &mut Vm, v: Value) -> *mut c_void {
    let Some(fd) = kiln_interp::stdlib::io::file_descriptor(v) else { return std::ptr::null_mut() };
    // SAFETY: `fcntl(F_GETFL)` on a descriptor only reads its flags.
    let access = unsafe { libc::fcntl(fd, libc::F_GETFL) } & libc::O_ACCMODE;
    let mode = match access {
        libc::O_RDONLY => c"r",
        libc::O_WRONLY => c"w",
        _ => c"r+",
    };
    let streams = &mut kiln_interp::stdlib::extension::<crate::state::CapiExt>(vm).streams;
    if let Some(s) = streams.get_mut(&fd) {
        return &mut **s as *mut LuaLStream as *mut c_void;
    }
    // SAFETY: `fd` is open (the file is) and `mode` agrees with its access mode; the stream is never closed,
    // so the descriptor stays the io file's.
    let f = unsafe { libc::fdopen(fd, mode.as_ptr()) };
    if f.is_null() {
        return std::ptr::null_mut();
    }
    // SAFETY: `f` is the stream just opened, not yet used.
    unsafe { libc::setvbuf(f, std::ptr::null_mut(), libc::_IONBF, 0) };
    let stream = streams.entry(fd).or_insert(Box::new(LuaLStream { f, closef: Some(refuse_close) }));
    &mut **stream as *mut LuaLStream as *mut c_void
}

/// The `closef` of the streams kiln gives C: io files are closed by Lua (`file:close()`), not through C.
unsafe extern "C" fn refuse_close(l: *mut CState) -> c_int {
    // SAFETY: called by C with the state kiln gave it.
    unsafe {
        api(l, |vm| {
            push(vm, Value::Nil)?;
            crate::stack::push_string(vm, b"cannot close a kiln file through its C stream").map(|_| 2)
        })
    }
}

/// The table at `idx`, or an error naming what C passed instead.
fn table_at(vm: &mut Vm, idx: c_int) -> LuaResult<Gc<Table>> {
    match get(vm, idx)? {
        Value::Table(t) => Ok(t),
        v => Err(vm.rt_error(format!("table expected in a C API call, got {}", v.type_name()))),
    }
}

/// Replaces the top value by `t[top]` (metamethods included) and returns its type code.
fn index_with_top_key(vm: &mut Vm, obj_idx: c_int) -> LuaResult<c_int> {
    let obj = get(vm, obj_idx)?;
    let key = vm.stack[vm.top - 1];
    let v = vm.index(obj, key)?;
    vm.stack[vm.top - 1] = v;
    Ok(type_code(v))
}

/// `obj[k] = top` (metamethods included) for the key just below the top; pops both.
fn set_with_top_pair(vm: &mut Vm, obj_idx: c_int) -> LuaResult<()> {
    let obj = get(vm, obj_idx)?;
    let (k, v) = (vm.stack[vm.top - 2], vm.stack[vm.top - 1]);
    vm.set_index(obj, k, v)?;
    vm.top -= 2;
    Ok(())
}

/// Pushes the string `k` (C's NUL-terminated key).
///
/// # Safety
/// `k` is a valid NUL-terminated string.
unsafe fn push_key(vm: &mut Vm, k: *const c_char) -> LuaResult<()> {
    // SAFETY: per the contract.
    let s = vm.try_new_str(unsafe { c_bytes(k) })?;
    push(vm, Value::Str(s))
}

// ------------------------------------------------------------------ get

#[no_mangle]
pub unsafe extern "C" fn kiln_lua_getglobal(l: *mut CState, name: *const c_char) -> c_int {
    // SAFETY: `l` comes from C, given to it by kiln; `name` is a C string (every kiln_* function's contract).
    unsafe {
        api(l, |vm| {
            push_key(vm, name)?;
            let key = vm.stack[vm.top - 1];
            let v = vm.index(Value::Table(vm.globals), key)?;
            vm.stack[vm.top - 1] = v;
            Ok(type_code(v))
        })
    }
}

#[no_mangle]
pub unsafe extern "C" fn kiln_lua_gettable(l: *mut CState, idx: c_int) -> c_int {
    // SAFETY: as in `kiln_lua_getglobal`.
    unsafe { api(l, |vm| index_with_top_key(vm, idx)) }
}

#[no_mangle]
pub unsafe extern "C" fn kiln_lua_getfield(l: *mut CState, idx: c_int, k: *const c_char) -> c_int {
    // SAFETY: as in `kiln_lua_getglobal`.
    unsafe {
        api(l, |vm| {
            let idx = absolute(vm, idx)?;
            push_key(vm, k)?;
            index_with_top_key(vm, idx)
        })
    }
}

#[no_mangle]
pub unsafe extern "C" fn kiln_lua_geti(l: *mut CState, idx: c_int, n: i64) -> c_int {
    // SAFETY: as in `kiln_lua_getglobal`.
    unsafe {
        api(l, |vm| {
            let idx = absolute(vm, idx)?;
            push(vm, Value::Int(n))?;
            index_with_top_key(vm, idx)
        })
    }
}

#[no_mangle]
pub unsafe extern "C" fn kiln_lua_rawget(l: *mut CState, idx: c_int) -> c_int {
    // SAFETY: as in `kiln_lua_getglobal`.
    unsafe {
        api(l, |vm| {
            let v = table_at(vm, idx)?.get(vm.stack[vm.top - 1]);
            vm.stack[vm.top - 1] = v;
            Ok(type_code(v))
        })
    }
}

/// Pushes `t[key]` without metamethods.
fn raw_get_push(vm: &mut Vm, idx: c_int, key: Value) -> LuaResult<c_int> {
    let v = table_at(vm, idx)?.get(key);
    push(vm, v)?;
    Ok(type_code(v))
}

#[no_mangle]
pub unsafe extern "C" fn kiln_lua_rawgeti(l: *mut CState, idx: c_int, n: i64) -> c_int {
    // SAFETY: as in `kiln_lua_getglobal`.
    unsafe { api(l, |vm| raw_get_push(vm, idx, Value::Int(n))) }
}

#[no_mangle]
pub unsafe extern "C" fn kiln_lua_rawgetp(l: *mut CState, idx: c_int, p: *const c_void) -> c_int {
    // SAFETY: as in `kiln_lua_getglobal`.
    unsafe { api(l, |vm| raw_get_push(vm, idx, Value::LightUserData(p as usize))) }
}

#[no_mangle]
pub unsafe extern "C" fn kiln_lua_createtable(l: *mut CState, narr: c_int, nrec: c_int) {
    // SAFETY: as in `kiln_lua_getglobal`.
    unsafe {
        api(l, |vm| {
            // Sizes are hints; a huge one must not abort the process.
            let hint = |n: c_int| (n.max(0) as usize).min(1 << 16);
            let t = vm.new_table(hint(narr), hint(nrec));
            push(vm, Value::Table(t))
        })
    }
}

#[no_mangle]
pub unsafe extern "C" fn kiln_lua_newuserdatauv(l: *mut CState, size: usize, nuvalue: c_int) -> *mut c_void {
    // SAFETY: as in `kiln_lua_getglobal`.
    unsafe {
        api(l, |vm| {
            let nuv = usize::try_from(nuvalue).unwrap_or(0).min(u16::MAX as usize);
            let words = size.div_ceil(16).max(1);
            let mut mem = Vec::new();
            if mem.try_reserve_exact(words).is_err() {
                return Err(vm.memory_error());
            }
            mem.resize(words, 0u128);
            let block = CBlock { words: mem.into_boxed_slice(), len: size };
            vm.ensure_stack(1)?;
            let u = vm.new_userdata_uv(Box::new(block), nuv);
            u.owned_bytes.set(words * 16);
            vm.heap.note_young_external(words * 16);
            vm.push(Value::UserData(u));
            Ok(c_block_ptr(u))
        })
    }
}

#[no_mangle]
pub unsafe extern "C" fn kiln_lua_getmetatable(l: *mut CState, idx: c_int) -> c_int {
    // SAFETY: as in `kiln_lua_getglobal`.
    unsafe {
        api(l, |vm| {
            let v = get(vm, idx)?;
            match vm.metatable_of(v) {
                Some(mt) => push(vm, Value::Table(mt)).map(|()| 1),
                None => Ok(0),
            }
        })
    }
}

#[no_mangle]
pub unsafe extern "C" fn kiln_lua_getiuservalue(l: *mut CState, idx: c_int, n: c_int) -> c_int {
    // SAFETY: as in `kiln_lua_getglobal`.
    unsafe {
        api(l, |vm| {
            let uv = match get(vm, idx)? {
                Value::UserData(u) => usize::try_from(n)
                    .ok()
                    .and_then(|n| n.checked_sub(1))
                    .and_then(|i| u.user_values.get(i).map(|c| c.get())),
                _ => None,
            };
            push(vm, uv.unwrap_or(Value::Nil))?;
            Ok(uv.map_or(LUA_TNONE, type_code))
        })
    }
}

// ------------------------------------------------------------------ set

#[no_mangle]
pub unsafe extern "C" fn kiln_lua_setglobal(l: *mut CState, name: *const c_char) {
    // SAFETY: as in `kiln_lua_getglobal`.
    unsafe {
        api(l, |vm| {
            push_key(vm, name)?;
            let (v, k) = (vm.stack[vm.top - 2], vm.stack[vm.top - 1]);
            vm.set_index(Value::Table(vm.globals), k, v)?;
            vm.top -= 2;
            Ok(())
        })
    }
}

#[no_mangle]
pub unsafe extern "C" fn kiln_lua_settable(l: *mut CState, idx: c_int) {
    // SAFETY: as in `kiln_lua_getglobal`.
    unsafe { api(l, |vm| set_with_top_pair(vm, idx)) }
}

/// Puts `key` below the value on top, making the pair `set_with_top_pair` and `raw_set_top_pair` take.
fn insert_key_below_top(vm: &mut Vm, key: Value) -> LuaResult<()> {
    push(vm, key)?;
    vm.stack.swap(vm.top - 1, vm.top - 2);
    Ok(())
}

#[no_mangle]
pub unsafe extern "C" fn kiln_lua_setfield(l: *mut CState, idx: c_int, k: *const c_char) {
    // SAFETY: as in `kiln_lua_getglobal`.
    unsafe {
        api(l, |vm| {
            let idx = absolute(vm, idx)?;
            push_key(vm, k)?;
            vm.stack.swap(vm.top - 1, vm.top - 2);
            set_with_top_pair(vm, idx)
        })
    }
}

#[no_mangle]
pub unsafe extern "C" fn kiln_lua_seti(l: *mut CState, idx: c_int, n: i64) {
    // SAFETY: as in `kiln_lua_getglobal`.
    unsafe {
        api(l, |vm| {
            let idx = absolute(vm, idx)?;
            insert_key_below_top(vm, Value::Int(n))?;
            set_with_top_pair(vm, idx)
        })
    }
}

/// `t[k] = v` without metamethods for the pair on top; pops both.
fn raw_set_top_pair(vm: &mut Vm, idx: c_int) -> LuaResult<()> {
    let t = table_at(vm, idx)?;
    let (k, v) = (vm.stack[vm.top - 2], vm.stack[vm.top - 1]);
    vm.table_set(t, k, v)?;
    vm.top -= 2;
    Ok(())
}

#[no_mangle]
pub unsafe extern "C" fn kiln_lua_rawset(l: *mut CState, idx: c_int) {
    // SAFETY: as in `kiln_lua_getglobal`.
    unsafe { api(l, |vm| raw_set_top_pair(vm, idx)) }
}

#[no_mangle]
pub unsafe extern "C" fn kiln_lua_rawseti(l: *mut CState, idx: c_int, n: i64) {
    // SAFETY: as in `kiln_lua_getglobal`.
    unsafe {
        api(l, |vm| {
            let idx = absolute(vm, idx)?;
            insert_key_below_top(vm, Value::Int(n))?;
            raw_set_top_pair(vm, idx)
        })
    }
}

#[no_mangle]
pub unsafe extern "C" fn kiln_lua_rawsetp(l: *mut CState, idx: c_int, p: *const c_void) {
    // SAFETY: as in `kiln_lua_getglobal`.
    unsafe {
        api(l, |vm| {
            let idx = absolute(vm, idx)?;
            insert_key_below_top(vm, Value::LightUserData(p as usize))?;
            raw_set_top_pair(vm, idx)
        })
    }
}

#[no_mangle]
pub unsafe extern "C" fn kiln_lua_setmetatable(l: *mut CState, idx: c_int) -> c_int {
    // SAFETY: as in `kiln_lua_getglobal`.
    unsafe {
        api(l, |vm| {
            let obj_slot = absolute(vm, idx)?; // independent of the top, which the pop below moves
            let mt = match vm.stack[vm.top - 1] {
                Value::Table(t) => Some(t),
                Value::Nil => None,
                _ => return Err(vm.rt_error("table expected in lua_setmetatable")),
            };
            let obj = get(vm, obj_slot)?;
            set_any_metatable(vm, obj, mt);
            vm.top -= 1;
            Ok(1)
        })
    }
}

#[no_mangle]
pub unsafe extern "C" fn kiln_lua_setiuservalue(l: *mut CState, idx: c_int, n: c_int) -> c_int {
    // SAFETY: as in `kiln_lua_getglobal`.
    unsafe {
        api(l, |vm| {
            let v = vm.stack[vm.top - 1];
            let target = match get(vm, idx)? {
                Value::UserData(u) => usize::try_from(n)
                    .ok()
                    .and_then(|n| n.checked_sub(1))
                    .filter(|&i| i < u.user_values.len())
                    .map(|i| (u, i)),
                _ => None,
            };
            vm.top -= 1;
            let Some((u, i)) = target else { return Ok(0) };
            u.user_values[i].set(v);
            let owner = Value::UserData(u).gc_header().expect("userdata is collectable");
            vm.barrier_value(owner, v);
            Ok(1)
        })
    }
}

#[no_mangle]
pub unsafe extern "C" fn kiln_lua_next(l: *mut CState, idx: c_int) -> c_int {
    // SAFETY: as in `kiln_lua_getglobal`.
    unsafe {
        api(l, |vm| {
            let t = table_at(vm, idx)?;
            match t.next(vm.stack[vm.top - 1]) {
                Ok(Some((k, v))) => {
                    vm.stack[vm.top - 1] = k;
                    push(vm, v)?;
                    Ok(1)
                }
                Ok(None) => {
                    vm.top -= 1;
                    Ok(0)
                }
                Err(()) => Err(vm.rt_error("invalid key to 'next'")),
            }
        })
    }
}
