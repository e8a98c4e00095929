//! The box behind a `luaL_Buffer` that outgrew its own array (csrc/capi.c holds the rest of the buffer code).
//!
//! The bytes live in a Rust vector owned by a userdata in the buffer's stack slot: outside the GC heap, so they
//! never move while C writes them (only growing the box moves them, and C then takes the new address), and
//! freed with the userdata if an error abandons the buffer.

use crate::state::{api, set, stack_slot, CState};
use kiln_interp::{LuaResult, Value, Vm};
use std::ffi::{c_char, c_int};

/// A growing buffer's bytes.
struct BufferBox(Vec<u8>);

/// The box in the slot `idx`, made there (replacing the buffer's placeholder) on first use, resized to `size`
/// bytes keeping its contents; returns the bytes' address.
fn boxed_bytes(vm: &mut Vm, idx: c_int, size: usize) -> LuaResult<*mut c_char> {
    let slot = stack_slot(vm, idx)?;
    match vm.stack[slot] {
        Value::LightUserData(_) => {
            let mut bytes = Vec::new();
            if bytes.try_reserve_exact(size).is_err() {
                return Err(vm.memory_error());
            }
            bytes.resize(size, 0);
            let u = vm.new_userdata(Box::new(BufferBox(bytes)));
            // `idx` still names the slot: making the userdata moved no stack value.
            set(vm, idx, Value::UserData(u))?;
            with_box(u, |b| Ok(b.0.as_mut_ptr() as *mut c_char)).map_err(|()| vm.memory_error())
        }
        Value::UserData(u) => with_box(u, |b| {
            if size > b.0.len() {
                b.0.try_reserve_exact(size - b.0.len()).map_err(|_| ())?;
            }
            b.0.resize(size, 0);
            Ok(b.0.as_mut_ptr() as *mut c_char)
        })
        .map_err(|()| vm.memory_error()),
        _ => Err(vm.rt_error("luaL_Buffer used with its stack slot changed")),
    }
}

/// Runs `f` on the box of userdata `u`, or fails if `u` is not one.
fn with_box<R>(
    u: kiln_gc::Gc<kiln_interp::object::UserData>,
    f: impl FnOnce(&mut BufferBox) -> Result<R, ()>,
) -> Result<R, ()> {
    let mut data = u.data.try_borrow_mut().map_err(|_| ())?;
    let b = data.downcast_mut::<BufferBox>().ok_or(())?;
    f(b)
}

#[no_mangle]
pub unsafe extern "C" fn kiln_kiln_buffer_box(l: *mut CState, idx: c_int, size: usize) -> *mut c_char {
    // SAFETY: `l` comes from C, given to it by kiln (every kiln_* function's contract).
    unsafe { api(l, |vm| boxed_bytes(vm, idx, size)) }
}

/// Frees the box's bytes once the buffer's result is pushed (the userdata itself goes with the next collection).
#[no_mangle]
pub unsafe extern "C" fn kiln_kiln_buffer_free(l: *mut CState, idx: c_int) {
    // SAFETY: as in `kiln_kiln_buffer_box`.
    unsafe {
        api(l, |vm| {
            let slot = stack_slot(vm, idx)?;
            if let Value::UserData(u) = vm.stack[slot] {
                let _ = with_box(u, |b| {
                    b.0 = Vec::new();
                    Ok(())
                });
            }
            Ok(())
        })
    }
}
