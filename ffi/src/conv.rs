//! Conversions between Lua values and C values of a given ctype, as LuaJIT's
//! ffi semantics define them (arguments, field stores, `ffi.new` initialisers,
//! `ffi.cast`, results and field loads).

use crate::ctype::TypeId;
use crate::state::Shared;
use kiln_interp::{Value, Vm};

/// Temporary C memory that must outlive one C call: NUL-terminated copies of
/// young strings passed as `const char *` (mature strings are passed in place).
#[derive(Default)]
pub struct Scratch {
    pub bufs: Vec<Box<[u8]>>,
}

/// What a conversion is for; the rules differ a little.
pub enum Ctx<'a> {
    /// Storing into cdata memory (`ffi.new` initialisers, field and index stores).
    /// `anchor` is the cdata being written: strings and other objects whose
    /// address is stored are kept alive through it.
    Assign { anchor: Value },
    /// `ffi.cast`: also integer <-> pointer.
    Cast,
    /// An argument of a C call: young strings are copied into `scratch`.
    Arg { scratch: &'a mut Scratch },
}

/// Convert `v` to C type `ty` and store it at `dst`. The error is the message
/// without position ("cannot convert 'table' to 'int'").
///
/// # Safety
/// `dst` must be valid for writes of the size of `ty`. May allocate (and so
/// move young objects): the caller holds no stale `Gc` across it.
pub unsafe fn to_c(
    vm: &mut Vm,
    st: &Shared,
    ty: TypeId,
    v: Value,
    dst: *mut u8,
    ctx: &mut Ctx<'_>,
) -> Result<(), String> {
    let _ = (vm, st, ty, v, dst, ctx);
    Err("conversion to C is not available yet".to_string())
}

/// Read the C value of type `ty` at `src` as a Lua value: numbers for
/// arithmetic types (integers of up to 64 bits become Lua integers), booleans
/// for `bool`, cdata for pointers; a struct, union or array becomes a reference
/// cdata to `src` (`copy: false`) or a new cdata holding a copy (`copy: true`).
///
/// # Safety
/// `src` must be valid for reads of the size of `ty`; with `copy: false` the
/// memory must outlive the returned cdata. May allocate.
pub unsafe fn to_lua(vm: &mut Vm, st: &Shared, ty: TypeId, src: *const u8, copy: bool) -> Value {
    let _ = (vm, st, ty, src, copy);
    Value::Nil
}
