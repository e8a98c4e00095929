//! Conversions between Lua values and C values of a given ctype, as LuaJIT's
//! ffi semantics define them (arguments, field stores, `ffi.new` initialisers,
//! `ffi.cast`, results and field loads).
//!
//! GC: conversions may allocate (anchored string copies, cdata results,
//! callbacks). Values that must survive an allocation are kept on the VM's
//! handle stack and re-read after it; no `RefCell` borrow of the FFI state is
//! held across an allocation or a Lua call.

use crate::cdata::{as_cdata, push_new, CData, Mem};
use crate::ctype::{qual, Field, Kind, Prim, Symbol, TypeId, Types};
use crate::state::Shared;
use kiln_gc::Gc;
use kiln_interp::object::{LuaStr, UserData};
use kiln_interp::{Value, Vm};

/// What a conversion is for; the rules differ a little.
pub enum Ctx {
    /// Storing into cdata memory (`ffi.new` initialisers, field and index stores).
    /// `anchor` is the cdata being written: strings and other objects whose
    /// address is stored are kept alive through it.
    Assign { anchor: Value },
    /// `ffi.cast`: also integer <-> pointer, and any pointer to any pointer.
    /// (A string cast to a pointer is handled by `ffi.cast` itself, which
    /// anchors it in the result.)
    Cast,
    /// An argument of a C call. (A string is passed in place or as its C
    /// twin, see `string_arg_ptr`, so nothing needs freeing after the call.)
    Arg,
}

/// The shape of a C type as conversions see it (cheap to copy out of a borrow
/// of the type table).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cls {
    Void,
    Bool,
    /// Integers and enums.
    Int {
        size: u8,
        signed: bool,
    },
    Float {
        size: u8,
    },
    Ptr(TypeId),
    Array {
        elem: TypeId,
        len: Option<usize>,
    },
    Record {
        union: bool,
    },
    Func,
}

impl Cls {
    pub fn is_arith(self) -> bool {
        matches!(self, Cls::Bool | Cls::Int { .. } | Cls::Float { .. })
    }
}

/// The shape of `ty`.
pub fn classify(types: &Types, ty: TypeId) -> Cls {
    match types.kind(ty) {
        Kind::Void => Cls::Void,
        Kind::Prim(Prim::Bool) => Cls::Bool,
        Kind::Prim(p) if p.is_float() => Cls::Float { size: p.size() as u8 },
        Kind::Prim(p) => Cls::Int { size: p.size() as u8, signed: p.is_signed() },
        Kind::Enum { unsigned, .. } => Cls::Int { size: 4, signed: !unsigned },
        Kind::Ptr(to) => Cls::Ptr(*to),
        Kind::Array { elem, len } => Cls::Array { elem: *elem, len: *len },
        Kind::Struct { union, .. } => Cls::Record { union: *union },
        Kind::Func { .. } => Cls::Func,
    }
}

/// A Lua number on its way to or from C.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Num {
    Int(i64),
    Float(f64),
}

impl Num {
    pub fn to_value(self) -> Value {
        match self {
            Num::Int(i) => Value::Int(i),
            Num::Float(f) => Value::Float(f),
        }
    }
    /// As an integer the way C (x86-64) truncates a double.
    pub fn to_i64(self) -> i64 {
        match self {
            Num::Int(i) => i,
            Num::Float(f) => float_to_i64(f),
        }
    }
    pub fn to_f64(self) -> f64 {
        match self {
            Num::Int(i) => i as f64,
            Num::Float(f) => f,
        }
    }
    pub fn is_zero(self) -> bool {
        match self {
            Num::Int(i) => i == 0,
            Num::Float(f) => f == 0.0,
        }
    }
}

/// `cvttsd2si` with a 64-bit destination: truncation toward zero, and the
/// "integer indefinite" value for NaN and out-of-range inputs. Values in
/// [2^63, 2^64) convert as unsigned (what C's double -> uint64_t does).
pub fn float_to_i64(f: f64) -> i64 {
    const TWO63: f64 = 9_223_372_036_854_775_808.0; // 2^63, exact
    if (TWO63..2.0 * TWO63).contains(&f) {
        return (f as u64) as i64;
    }
    if !(-TWO63..TWO63).contains(&f) {
        return i64::MIN; // NaN included
    }
    f as i64
}

/// `cvttsd2si` with a 32-bit destination (LuaJIT converts to `int` and
/// narrower types this way: out-of-range values give INT_MIN).
fn float_to_i32(f: f64) -> i32 {
    if !(-2_147_483_649.0..2_147_483_648.0).contains(&f) || f == -2_147_483_649.0 {
        return i32::MIN; // NaN included
    }
    f as i32
}

/// Store number `n` as a C value of arithmetic class `cls` at `dst`.
///
/// # Safety
/// `dst` must be valid for writes of the class's size (unaligned is fine).
pub unsafe fn store_num(cls: Cls, dst: *mut u8, n: Num) {
    // SAFETY (whole function): the caller guarantees `dst` is writable for the
    // size written; unaligned writes are used throughout.
    match cls {
        Cls::Bool => dst.write(!n.is_zero() as u8),
        Cls::Float { size: 4 } => (dst as *mut f32).write_unaligned(n.to_f64() as f32),
        Cls::Float { .. } => (dst as *mut f64).write_unaligned(n.to_f64()),
        Cls::Int { size, signed } => {
            let i = match n {
                Num::Int(i) => i,
                Num::Float(f) if size < 4 || (size == 4 && signed) => float_to_i32(f) as i64,
                Num::Float(f) => float_to_i64(f),
            };
            match size {
                1 => dst.write(i as u8),
                2 => (dst as *mut u16).write_unaligned(i as u16),
                4 => (dst as *mut u32).write_unaligned(i as u32),
                _ => (dst as *mut u64).write_unaligned(i as u64),
            }
        }
        _ => {}
    }
}

/// Read the C value of arithmetic class `cls` at `src` as a number (bool as 0/1).
///
/// # Safety
/// `src` must be valid for reads of the class's size (unaligned is fine).
pub unsafe fn load_num(cls: Cls, src: *const u8) -> Num {
    // SAFETY (whole function): the caller guarantees `src` is readable for the
    // size read; unaligned reads are used throughout.
    match cls {
        Cls::Bool => Num::Int((src.read() != 0) as i64),
        Cls::Float { size: 4 } => Num::Float((src as *const f32).read_unaligned() as f64),
        Cls::Float { .. } => Num::Float((src as *const f64).read_unaligned()),
        Cls::Int { size, signed } => Num::Int(match (size, signed) {
            (1, true) => src.read() as i8 as i64,
            (1, false) => src.read() as i64,
            (2, true) => (src as *const i16).read_unaligned() as i64,
            (2, false) => (src as *const u16).read_unaligned() as i64,
            (4, true) => (src as *const i32).read_unaligned() as i64,
            (4, false) => (src as *const u32).read_unaligned() as i64,
            _ => (src as *const i64).read_unaligned(),
        }),
        _ => Num::Int(0),
    }
}

/// Read bit-field `(pos, width)` at `src`: bits `pos..pos + width` of the
/// little-endian storage unit there (`pos + width <= 64`, see `Field::bits`).
/// Only the bytes holding those bits are read: in a packed record the unit
/// may stick out of the record.
///
/// # Safety
/// `src` must be valid for reads of bytes `pos / 8 ..= (pos + width - 1) / 8`.
pub unsafe fn load_bits(cls: Cls, src: *const u8, pos: u32, width: u32) -> Num {
    if width == 0 {
        return Num::Int(0);
    }
    // SAFETY: forwarded contract.
    let word = unsafe { read_bit_bytes(src, pos, width) };
    let raw = (word >> (pos % 8)) & mask(width);
    match cls {
        Cls::Bool => Num::Int((raw != 0) as i64),
        Cls::Int { signed: true, .. } if width < 64 && raw >> (width - 1) & 1 == 1 => {
            Num::Int((raw | !mask(width)) as i64)
        }
        _ => Num::Int(raw as i64),
    }
}

/// Write `n` into bit-field `(pos, width)` at `dst` (see `load_bits`),
/// touching only the bytes that hold its bits.
///
/// # Safety
/// `dst` must be valid for reads and writes of bytes `pos / 8 ..= (pos + width - 1) / 8`.
pub unsafe fn store_bits(cls: Cls, dst: *mut u8, pos: u32, width: u32, n: Num) {
    if width == 0 {
        return;
    }
    let v = match cls {
        Cls::Bool => (!n.is_zero()) as u64,
        _ => n.to_i64() as u64,
    };
    let shift = pos % 8;
    let m = mask(width) << shift;
    // SAFETY: forwarded contract.
    let word = unsafe { read_bit_bytes(dst, pos, width) };
    let new = (word & !m) | ((v << shift) & m);
    for i in pos / 8..=(pos + width - 1) / 8 {
        // SAFETY: byte `i` holds bits of the field (forwarded contract).
        unsafe { *dst.add(i as usize) = (new >> (8 * (i - pos / 8))) as u8 };
    }
}

/// The bytes holding bits `pos..pos + width` of `p` as a little-endian word
/// (its bit 0 is bit `pos / 8 * 8` of `p`).
///
/// # Safety
/// `p` must be valid for reads of bytes `pos / 8 ..= (pos + width - 1) / 8`,
/// at most 8 of them (`pos % 8 + width <= 64`), and `width > 0`.
unsafe fn read_bit_bytes(p: *const u8, pos: u32, width: u32) -> u64 {
    let mut word = 0u64;
    for i in pos / 8..=(pos + width - 1) / 8 {
        // SAFETY: byte `i` holds bits of the field (caller's contract).
        word |= (unsafe { *p.add(i as usize) } as u64) << (8 * (i - pos / 8));
    }
    word
}

fn mask(width: u32) -> u64 {
    if width >= 64 {
        u64::MAX
    } else {
        (1u64 << width) - 1
    }
}

/// The name LuaJIT uses for `v` in "cannot convert" messages: the Lua type,
/// or the ctype of a cdata.
pub fn value_type_name(st: &Shared, v: Value) -> String {
    if let Some((ty, _)) = as_cdata(v) {
        return st.borrow().types.name(ty);
    }
    if crate::cdata::as_ctype(v).is_some() {
        return "ctype".to_string();
    }
    match v {
        Value::LightUserData(_) => "userdata".to_string(),
        _ => v.type_name().to_string(),
    }
}

/// "cannot convert 'X' to 'Y'".
pub fn cannot_convert(st: &Shared, v: Value, ty: TypeId) -> String {
    let from = value_type_name(st, v);
    format!("cannot convert '{from}' to '{}'", st.borrow().types.name(ty))
}

/// "cannot convert 'X' to 'name'" for a target named in words.
pub fn cannot_convert_named(st: &Shared, v: Value, to: &str) -> String {
    format!("cannot convert '{}' to '{to}'", value_type_name(st, v))
}

fn cannot_convert_types(st: &Shared, from: TypeId, to: TypeId) -> String {
    let s = st.borrow();
    format!("cannot convert '{}' to '{}'", s.types.name(from), s.types.name(to))
}

/// Convert `v` to C type `ty` and store it at `dst`. The error is the message
/// without position ("cannot convert 'table' to 'int'").
///
/// # Safety
/// `dst` must be valid for writes of the size of `ty`. May allocate (and so
/// move young objects): the caller holds no stale `Gc` across it.
pub unsafe fn to_c(vm: &mut Vm, st: &Shared, ty: TypeId, v: Value, dst: *mut u8, ctx: &mut Ctx) -> Result<(), String> {
    let cls = classify(&st.borrow().types, ty);
    // SAFETY (all arms): `dst` is writable for the size of `ty` (caller's contract).
    unsafe {
        match cls {
            Cls::Bool | Cls::Int { .. } | Cls::Float { .. } => scalar_to_c(st, ty, cls, v, dst, ctx),
            Cls::Ptr(to) => ptr_to_c(vm, st, ty, to, v, dst, ctx),
            Cls::Array { elem, len } => array_to_c(vm, st, ty, elem, len, v, dst, ctx),
            Cls::Record { .. } => record_to_c(vm, st, ty, v, dst, ctx),
            Cls::Void | Cls::Func => Err(cannot_convert(st, v, ty)),
        }
    }
}

/// A number, boolean, enum name or arithmetic cdata into an arithmetic type.
///
/// # Safety
/// `dst` must be valid for writes of the size of `ty`.
unsafe fn scalar_to_c(st: &Shared, ty: TypeId, cls: Cls, v: Value, dst: *mut u8, ctx: &Ctx) -> Result<(), String> {
    let n = match v {
        Value::Int(i) => Num::Int(i),
        Value::Float(f) => Num::Float(f),
        Value::Bool(b) => Num::Int(b as i64),
        // As LuaJIT, a cast takes nil, an address or an array only into an integer (not a bool or a float).
        Value::Nil if matches!(ctx, Ctx::Cast) && matches!(cls, Cls::Int { .. }) => Num::Int(0),
        Value::Str(s) => match enum_constant(st, ty, s.as_bytes()) {
            Some(i) => Num::Int(i),
            None => return Err(cannot_convert(st, v, ty)),
        },
        _ => match as_cdata(v) {
            Some((sty, sp)) => {
                let scls = classify(&st.borrow().types, sty);
                match scls {
                    // A uint64_t above 2^63 - 1 keeps its unsigned value in a float
                    // (`load_num` gives it as a wrapped Lua integer).
                    // SAFETY: a cdata's memory holds a value of its type.
                    Cls::Int { size: 8, signed: false } if matches!(cls, Cls::Float { .. }) => {
                        Num::Float(unsafe { (sp as *const u64).read_unaligned() } as f64)
                    }
                    // SAFETY: a cdata's memory holds a value of its type.
                    c if c.is_arith() => unsafe { load_num(c, sp) },
                    Cls::Ptr(_) | Cls::Func if matches!(ctx, Ctx::Cast) && matches!(cls, Cls::Int { .. }) => {
                        // SAFETY: pointer and function cdata hold an address.
                        Num::Int(unsafe { (sp as *const u64).read_unaligned() } as i64)
                    }
                    Cls::Array { .. } if matches!(ctx, Ctx::Cast) && matches!(cls, Cls::Int { .. }) => {
                        Num::Int(sp as i64)
                    }
                    _ => return Err(cannot_convert(st, v, ty)),
                }
            }
            None => return Err(cannot_convert(st, v, ty)),
        },
    };
    // SAFETY: caller's contract on `dst`.
    unsafe { store_num(cls, dst, n) };
    Ok(())
}

/// The value of enum constant `name` when `ty` is an enum that declares it.
pub(crate) fn enum_constant(st: &Shared, ty: TypeId, name: &[u8]) -> Option<i64> {
    let s = st.borrow();
    if !matches!(s.types.kind(ty), Kind::Enum { .. }) {
        return None;
    }
    let name = std::str::from_utf8(name).ok()?;
    match s.types.symbols.get(name) {
        // The constant's own type may be recorded as `int`: any constant name is accepted.
        Some(Symbol::Constant { value, .. }) => Some(*value),
        _ => None,
    }
}

/// Do pointers to `a` and `b` point to the same type for `ffi.istype` and
/// ordering comparisons? As LuaJIT: the same type, qualifiers and integer
/// signedness aside; `void` matches only `void`.
pub fn same_pointee(types: &Types, a: TypeId, b: TypeId) -> bool {
    let (x, y) = (&types.get(a).kind, &types.get(b).kind);
    x == y
        || matches!((x, y), (Kind::Prim(p), Kind::Prim(q))
            if p.is_integer() && q.is_integer() && p.size() == q.size())
}

/// Can a pointer to `from` be stored in a pointer to `to` without a cast?
/// As LuaJIT: same pointee (integers of the same size match whatever their
/// sign), `void *` to and from any object pointer, and qualifiers may be
/// added but not dropped.
pub fn ptr_compatible(types: &Types, to: TypeId, from: TypeId) -> bool {
    let (t, f) = (types.get(to), types.get(from));
    if f.qual & !t.qual != 0 {
        return false;
    }
    if matches!(t.kind, Kind::Void) || matches!(f.kind, Kind::Void) {
        return true;
    }
    if t.kind == f.kind {
        return true;
    }
    match (&t.kind, &f.kind) {
        (Kind::Prim(a), Kind::Prim(b)) => a.is_integer() && b.is_integer() && a.size() == b.size(),
        (Kind::Enum { .. }, Kind::Prim(p)) | (Kind::Prim(p), Kind::Enum { .. }) => p.is_integer() && p.size() == 4,
        _ => false,
    }
}

/// A value into a pointer type `ty` (to `to`).
///
/// # Safety
/// `dst` must be valid for writes of 8 bytes. May allocate.
unsafe fn ptr_to_c(
    vm: &mut Vm,
    st: &Shared,
    ty: TypeId,
    to: TypeId,
    v: Value,
    dst: *mut u8,
    ctx: &mut Ctx,
) -> Result<(), String> {
    let cast = matches!(ctx, Ctx::Cast);
    let addr: u64 = match v {
        Value::Nil => 0,
        Value::Int(i) if cast => i as u64,
        Value::Float(f) if cast => float_to_i64(f) as u64,
        Value::LightUserData(p) => p as u64,
        Value::Str(_) => {
            if !string_target(&st.borrow().types, to) {
                return Err(cannot_convert(st, v, ty));
            }
            match ctx {
                // SAFETY: `v` is a string: `string_arg_ptr` reads it before any allocation.
                Ctx::Arg => string_arg_ptr(vm, v) as u64,
                Ctx::Assign { anchor } => {
                    let anchor = *anchor;
                    anchor_string(vm, anchor, v, dst as usize) as u64
                }
                Ctx::Cast => return Err(cannot_convert(st, v, ty)),
            }
        }
        Value::LuaFn(_) | Value::NativeFn(_) => {
            if !matches!(st.borrow().types.kind(to), Kind::Func { .. }) {
                return Err(cannot_convert(st, v, ty));
            }
            crate::callback::create(vm, st, ty, v)? as u64
        }
        _ => match as_cdata(v) {
            Some((sty, sp)) => cdata_address(st, ty, to, sty, sp, cast)?,
            None => return Err(cannot_convert(st, v, ty)),
        },
    };
    // SAFETY: `dst` holds a pointer (caller's contract).
    unsafe { (dst as *mut u64).write_unaligned(addr) };
    Ok(())
}

/// May a Lua string be stored in a pointer to `to`? (`const char *`,
/// `const unsigned char *`, `const void *` and the like, as LuaJIT.)
fn string_target(types: &Types, to: TypeId) -> bool {
    let t = types.get(to);
    t.qual & qual::CONST != 0
        && match &t.kind {
            Kind::Void => true,
            Kind::Prim(p) => p.is_integer() && p.size() == 1,
            _ => false,
        }
}

/// The address a cdata of type `sty` at `sp` gives a pointer to `to`.
fn cdata_address(st: &Shared, ty: TypeId, to: TypeId, sty: TypeId, sp: *mut u8, cast: bool) -> Result<u64, String> {
    let s = st.borrow();
    let scls = classify(&s.types, sty);
    // SAFETY (reads below): pointer and function cdata hold an address in their
    // memory, integer cdata a number of their class; `sp` is the cdata's value.
    let (addr, pointee) = match scls {
        Cls::Ptr(sto) => (unsafe { (sp as *const u64).read_unaligned() }, Some(sto)),
        Cls::Func => (unsafe { (sp as *const u64).read_unaligned() }, Some(sty)),
        Cls::Array { elem, .. } => (sp as u64, Some(elem)),
        Cls::Record { .. } => (sp as u64, Some(sty)),
        // A bool converts to no pointer, even by a cast (as LuaJIT).
        Cls::Int { .. } if cast => (unsafe { load_num(scls, sp) }.to_i64() as u64, None),
        _ => {
            drop(s);
            return Err(cannot_convert_types(st, sty, ty));
        }
    };
    if let Some(p) = pointee {
        if !cast && !ptr_compatible(&s.types, to, p) {
            drop(s);
            return Err(cannot_convert_types(st, sty, ty));
        }
    }
    Ok(addr)
}

/// The C pointer for string argument `v`: in place when mature, else the
/// string's mature twin, which lives as long as the string (so C may keep the
/// pointer as long as the Lua string is referenced, as LuaJIT promises).
fn string_arg_ptr(vm: &mut Vm, v: Value) -> *const u8 {
    let Value::Str(s) = v else { return std::ptr::null() };
    vm.c_string_ptr(s)
}

/// A cdata's user value is nil, its owner (a cdata, for a reference into
/// another cdata's memory), or its aux table: `[0]` = `ffi.gc` finalizer,
/// `[-1]` = owner, other integer keys = addresses of pointer slots -> the
/// strings stored there.
const AUX_FINALIZER: i64 = 0;
const AUX_OWNER: i64 = -1;

/// The owner recorded in cdata `v`'s user value, if any.
fn owner_of(v: Value) -> Option<Value> {
    let Value::UserData(u) = v else { return None };
    match u.user_value.get() {
        o @ Value::UserData(_) if as_cdata(o).is_some() => Some(o),
        Value::Table(t) => Some(t.get_int(AUX_OWNER)).filter(|o| as_cdata(*o).is_some()),
        _ => None,
    }
}

/// The cdata that owns the memory `anchor` refers to: the end of the chain
/// of owners.
fn root_owner(anchor: Value) -> Value {
    let mut cur = anchor;
    for _ in 0..64 {
        match owner_of(cur) {
            Some(o) => cur = o,
            None => return cur,
        }
    }
    cur
}

/// Keep string `s` alive, unmoving, for as long as cdata `anchor` lives, and
/// return its C address (a mature string is used as is; a young one is copied
/// to a mature string). The root owner's aux table keys it by `slot`, the
/// address written, so rewriting a field replaces the old anchor instead of
/// piling up. May allocate.
pub fn anchor_string(vm: &mut Vm, anchor: Value, s: Value, slot: usize) -> *const u8 {
    let root = root_owner(anchor);
    let h = vm.hold(root);
    vm.hold(s);
    let table = aux_table(vm, h);
    // The string may have moved while the table was allocated: re-read it.
    let Value::Str(s) = vm.handles[h + 1] else { unreachable!("held a string") };
    let kept: Gc<LuaStr> = if s.header().is_mature() {
        s
    } else {
        let bytes = s.as_bytes().to_vec();
        // No collection happens here (mature allocation): `table` stays valid.
        LuaStr::alloc(&mut vm.heap, &bytes, true)
    };
    vm.table_set_int(table, slot as i64, Value::Str(kept));
    vm.release();
    vm.release();
    kept.as_c_ptr()
}

/// The aux table of the cdata held at handle `h` (created on first use; an
/// owner in the user value moves into it); for a non-cdata, the registry's
/// permanent one.
pub fn aux_table(vm: &mut Vm, h: usize) -> Gc<kiln_interp::table::Table> {
    let Value::UserData(u) = vm.handles[h] else { return registry_anchors(vm) };
    if as_cdata(vm.handles[h]).is_none() {
        // Another kind of userdata (a library namespace): its user value is not ours.
        return registry_anchors(vm);
    }
    if let Value::Table(t) = u.user_value.get() {
        return t;
    }
    let t = vm.new_table(0, 2);
    let Value::UserData(u) = vm.handles[h] else { unreachable!("held a userdata") };
    let old = u.user_value.get();
    if !old.is_nil() {
        vm.table_set_int(t, AUX_OWNER, old);
    }
    set_user_value(vm, u, Value::Table(t));
    t
}

/// Set (or with nil, clear) the `ffi.gc` finalizer of the cdata held at
/// handle `h`. May allocate.
pub fn set_gc_finalizer(vm: &mut Vm, h: usize, f: Value) {
    let fh = vm.hold(f);
    let t = aux_table(vm, h);
    let f = vm.handles[fh];
    vm.table_set_int(t, AUX_FINALIZER, f);
    vm.release();
}

/// The `ffi.gc` finalizer of cdata `v` (nil if none).
pub fn gc_finalizer(v: Value) -> Value {
    match v {
        Value::UserData(u) => match u.user_value.get() {
            Value::Table(t) => t.get_int(AUX_FINALIZER),
            _ => Value::Nil,
        },
        _ => Value::Nil,
    }
}

/// `u.user_value = v` with the write barrier.
pub fn set_user_value(vm: &mut Vm, u: Gc<UserData>, v: Value) {
    u.user_value.set(v);
    vm.barrier_value(u.raw(), v);
}

/// A registry table for strings stored where no cdata can own them.
fn registry_anchors(vm: &mut Vm) -> Gc<kiln_interp::table::Table> {
    let reg = vm.registry;
    let key = vm.new_str(b"kiln.ffi.anchors");
    if let Value::Table(t) = vm.registry.get_str(key) {
        return t;
    }
    let t = vm.alloc_mature(kiln_interp::table::Table::new(0, 4));
    vm.table_set_str(reg, "kiln.ffi.anchors", Value::Table(t));
    t
}

/// Initialiser values for an aggregate: a table (held on the handle stack at
/// index `h`) or a run of native arguments.
#[derive(Clone, Copy)]
pub enum Inits {
    Table { h: usize, base: i64 },
    Args { first: usize, count: usize },
}

impl Inits {
    /// A table initialiser held at handle `h`: elements start at [0] when the
    /// table has one, else at [1] (as LuaJIT).
    pub fn table(vm: &Vm, h: usize) -> Inits {
        let base = match vm.handles[h] {
            Value::Table(t) if !t.get_int(0).is_nil() => 0,
            _ => 1,
        };
        Inits::Table { h, base }
    }

    /// Positional element `i` (0-based); nil past the end.
    fn get(self, vm: &Vm, i: usize) -> Value {
        match self {
            Inits::Table { h, base } => match vm.handles[h] {
                Value::Table(t) => t.get_int(base + i as i64),
                _ => Value::Nil,
            },
            Inits::Args { first, count } if i < count => vm.arg(first + i),
            Inits::Args { .. } => Value::Nil,
        }
    }

    /// Number of positional elements (a table's ends at its first nil).
    fn count(self, vm: &Vm) -> usize {
        match self {
            Inits::Table { .. } => {
                let mut n = 0;
                while !self.get(vm, n).is_nil() {
                    n += 1;
                }
                n
            }
            Inits::Args { count, .. } => count,
        }
    }

    /// Element named `name` (tables only), found without allocating a key.
    fn named(self, vm: &Vm, name: &str) -> Value {
        let Inits::Table { h, .. } = self else { return Value::Nil };
        let Value::Table(t) = vm.handles[h] else { return Value::Nil };
        let mut k = Value::Nil;
        while let Ok(Some((key, val))) = t.next(k) {
            if let Value::Str(s) = key {
                if s.as_bytes() == name.as_bytes() {
                    return val;
                }
            }
            k = key;
        }
        Value::Nil
    }
}

/// Refresh the anchor of an Assign context from the handle stack.
fn refresh_anchor(vm: &Vm, ctx: &mut Ctx, anchor_h: Option<usize>) {
    if let (Ctx::Assign { anchor }, Some(h)) = (ctx, anchor_h) {
        *anchor = vm.handles[h];
    }
}

/// Hold the Assign anchor on the handle stack (released by the caller).
fn hold_anchor(vm: &mut Vm, ctx: &Ctx) -> Option<usize> {
    match ctx {
        Ctx::Assign { anchor } => Some(vm.hold(*anchor)),
        _ => None,
    }
}

fn release_anchor(vm: &mut Vm, h: Option<usize>) {
    if h.is_some() {
        vm.release();
    }
}

/// A value into an array type.
///
/// # Safety
/// `dst` must be valid for writes of the size of `ty` (of as many elements
/// as the initialisers give when its length is unknown). May allocate.
#[allow(clippy::too_many_arguments)]
unsafe fn array_to_c(
    vm: &mut Vm,
    st: &Shared,
    ty: TypeId,
    elem: TypeId,
    len: Option<usize>,
    v: Value,
    dst: *mut u8,
    ctx: &mut Ctx,
) -> Result<(), String> {
    let (esize, ecls, size) = {
        let s = st.borrow();
        (s.types.size_of(elem).unwrap_or(0), classify(&s.types, elem), s.types.size_of(ty))
    };
    if len.is_none() {
        // A flexible array member: how much memory follows is not known here.
        return Err(cannot_convert(st, v, ty));
    }
    match v {
        Value::Str(s) if matches!(ecls, Cls::Int { size: 1, .. }) => {
            let b = s.as_bytes();
            let cap = len.unwrap_or(b.len() + 1);
            let n = b.len().min(cap);
            // SAFETY: `dst` holds `cap` bytes; at most `cap` are written.
            unsafe {
                std::ptr::copy_nonoverlapping(b.as_ptr(), dst, n);
                if n < cap {
                    dst.add(n).write(0);
                }
            }
            Ok(())
        }
        Value::Table(_) => {
            // Elements the table leaves out are zero, as LuaJIT.
            // SAFETY: `dst` holds `size` bytes (caller's contract).
            unsafe { std::ptr::write_bytes(dst, 0, size.unwrap_or(0)) };
            let th = vm.hold(v);
            let inits = Inits::table(vm, th);
            // SAFETY: forwarded contract on `dst`.
            let r = unsafe { init_array(vm, st, ty, elem, esize, len, inits, dst, ctx) };
            vm.release();
            r
        }
        _ => match as_cdata(v) {
            Some((sty, sp)) if same_array(st, sty, ty) && size.is_some() => {
                // SAFETY: both hold a value of the array type, `size` bytes.
                unsafe { std::ptr::copy(sp, dst, size.unwrap_or(0)) };
                Ok(())
            }
            _ => Err(cannot_convert(st, v, ty)),
        },
    }
}

/// Can array `from` be copied into array `to`? As LuaJIT: the same length and
/// the same element type, qualifiers and integer signedness aside.
fn same_array(st: &Shared, from: TypeId, to: TypeId) -> bool {
    if same_type(st, from, to) {
        return true;
    }
    let s = st.borrow();
    let (Kind::Array { elem: a, len: Some(m) }, Kind::Array { elem: b, len: Some(n) }) =
        (s.types.kind(from), s.types.kind(to))
    else {
        return false;
    };
    m == n
        && match (s.types.kind(*a), s.types.kind(*b)) {
            (Kind::Prim(p), Kind::Prim(q)) => p == q || p.is_integer() && q.is_integer() && p.size() == q.size(),
            (x, y) => x == y,
        }
}

/// Are `a` and `b` the same type, qualifiers aside?
pub fn same_type(st: &Shared, a: TypeId, b: TypeId) -> bool {
    let s = st.borrow();
    a == b || s.types.kind(a) == s.types.kind(b)
}

/// Initialise array `ty` (of `elem`, `len` elements) at `dst` from `inits`: a
/// single initialiser fills every element, more fill the first ones (the rest
/// stays zero), too many is an error.
///
/// # Safety
/// `dst` must be valid for writes of `len` elements (`len` may be `None` only
/// when the initialisers are not more than the memory holds).
#[allow(clippy::too_many_arguments)]
pub unsafe fn init_array(
    vm: &mut Vm,
    st: &Shared,
    ty: TypeId,
    elem: TypeId,
    esize: usize,
    len: Option<usize>,
    inits: Inits,
    dst: *mut u8,
    ctx: &mut Ctx,
) -> Result<(), String> {
    let n = inits.count(vm);
    if let Some(len) = len {
        if n > len {
            return Err(format!("too many initializers for '{}'", st.borrow().types.name(ty)));
        }
    }
    let total = len.unwrap_or(n);
    let ah = hold_anchor(vm, ctx);
    let mut r = Ok(());
    let count = if n == 1 { total } else { n.min(total) };
    for i in 0..count {
        let v = inits.get(vm, if n == 1 { 0 } else { i });
        refresh_anchor(vm, ctx, ah);
        // SAFETY: element `i` is inside the array (caller's contract).
        r = unsafe { to_c(vm, st, elem, v, dst.add(i * esize), ctx) };
        if r.is_err() {
            break;
        }
    }
    release_anchor(vm, ah);
    r
}

/// A value into a struct or union type.
///
/// # Safety
/// `dst` must be valid for writes of the size of `ty`. May allocate.
unsafe fn record_to_c(
    vm: &mut Vm,
    st: &Shared,
    ty: TypeId,
    v: Value,
    dst: *mut u8,
    ctx: &mut Ctx,
) -> Result<(), String> {
    match v {
        Value::Table(_) => {
            // Members the table leaves out are zero, as LuaJIT.
            let size = st.borrow().types.size_of(ty).unwrap_or(0);
            // SAFETY: `dst` holds the record's `size` bytes (caller's contract).
            unsafe { std::ptr::write_bytes(dst, 0, size) };
            let th = vm.hold(v);
            let inits = Inits::table(vm, th);
            // SAFETY: forwarded contract on `dst`.
            let r = unsafe { init_record(vm, st, ty, inits, dst, ctx) };
            vm.release();
            r
        }
        _ => match as_cdata(v) {
            Some((sty, sp)) if same_type(st, sty, ty) => {
                let size = st.borrow().types.size_of(ty).unwrap_or(0);
                // SAFETY: both hold a value of the record type.
                unsafe { std::ptr::copy(sp, dst, size) };
                Ok(())
            }
            _ => Err(cannot_convert(st, v, ty)),
        },
    }
}

/// The members of record `ty` in initialisation order, anonymous nested
/// records flattened (offsets made absolute). Unions give their members too;
/// `init_record` stops after the first one initialised.
pub fn record_fields(types: &Types, ty: TypeId) -> Vec<Field> {
    let mut out = Vec::new();
    collect_fields(types, ty, 0, &mut out);
    out
}

fn collect_fields(types: &Types, ty: TypeId, base: usize, out: &mut Vec<Field>) {
    let Kind::Struct { body: Some(body), .. } = types.kind(ty) else { return };
    for f in &body.fields {
        if f.name.is_empty() {
            if f.bits.is_none() {
                collect_fields(types, f.ty, base + f.offset, out);
            }
            continue;
        }
        let mut f = f.clone();
        f.offset += base;
        out.push(f);
    }
}

/// Initialise record `ty` at `dst` from `inits`: each member takes the next
/// positional initialiser, or else the one named like it; a union takes one.
///
/// # Safety
/// `dst` must be valid for writes of the record's size.
pub unsafe fn init_record(
    vm: &mut Vm,
    st: &Shared,
    ty: TypeId,
    inits: Inits,
    dst: *mut u8,
    ctx: &mut Ctx,
) -> Result<(), String> {
    let (fields, union) = {
        let s = st.borrow();
        let union = matches!(s.types.kind(ty), Kind::Struct { union: true, .. });
        (record_fields(&s.types, ty), union)
    };
    let n = inits.count(vm);
    let max = if union { 1 } else { fields.len() };
    // A table's extra elements are ignored, as LuaJIT does; extra arguments are an error.
    if n > max && matches!(inits, Inits::Args { .. }) {
        return Err(format!("too many initializers for '{}'", st.borrow().types.name(ty)));
    }
    let ah = hold_anchor(vm, ctx);
    // An explicit nil argument initialises its member (and fails as LuaJIT's
    // "cannot convert 'nil' to 'int'"); a nil in a table ends its positional part.
    let from_args = matches!(inits, Inits::Args { .. });
    let mut pos = 0;
    let mut r = Ok(());
    for f in &fields {
        let mut v = inits.get(vm, pos);
        let positional = pos < n && (from_args || !v.is_nil());
        if positional {
            pos += 1;
        } else {
            v = inits.named(vm, &f.name);
        }
        if v.is_nil() && !positional {
            continue;
        }
        refresh_anchor(vm, ctx, ah);
        let sized = flexible_member(st, f, ctx);
        // SAFETY: the member lies inside the record (caller's contract); a
        // variable-length one has the length its cdata's block leaves for it.
        r = unsafe { store_field(vm, st, sized.as_ref().unwrap_or(f), v, dst, ctx) };
        if r.is_err() || union {
            break;
        }
    }
    release_anchor(vm, ah);
    r
}

/// A variable-length array member (`int v[?]`, `int v[]`) of the cdata being
/// initialised (`ctx`'s anchor) with the length its block leaves for it, so
/// tables and strings initialise it as a sized array; None for other members.
fn flexible_member(st: &Shared, f: &Field, ctx: &Ctx) -> Option<Field> {
    let Ctx::Assign { anchor: Value::UserData(u) } = ctx else { return None };
    let mut s = st.borrow_mut();
    let &Kind::Array { elem, len: None } = s.types.kind(f.ty) else { return None };
    let esize = s.types.size_of(elem).filter(|&e| e > 0)?;
    let total = crate::cdata::with_cdata(*u, |c| c.owned_size())??;
    let len = total.checked_sub(f.offset)? / esize;
    let q = s.types.get(f.ty).qual;
    Some(Field { ty: s.types.array(elem, Some(len), q), ..f.clone() })
}

/// Store `v` into member `f` of the record at `base` (bit-fields included).
///
/// # Safety
/// `base` must be valid for writes of the record holding `f`.
pub unsafe fn store_field(
    vm: &mut Vm,
    st: &Shared,
    f: &Field,
    v: Value,
    base: *mut u8,
    ctx: &mut Ctx,
) -> Result<(), String> {
    // SAFETY: the member lies at `offset` inside the record (caller's contract).
    let p = unsafe { base.add(f.offset) };
    match f.bits {
        None => unsafe { to_c(vm, st, f.ty, v, p, ctx) },
        Some((pos, width)) => {
            let cls = classify(&st.borrow().types, f.ty);
            let mut tmp = [0u64; 1];
            // SAFETY: `tmp` holds 8 bytes, enough for any bit-field's type.
            unsafe { to_c(vm, st, f.ty, v, tmp.as_mut_ptr() as *mut u8, ctx)? };
            // SAFETY: `tmp` holds a value of the member's class; the bytes of `p`'s
            // unit that hold the bits are inside the record (see `Field::bits`).
            unsafe {
                let n = load_num(cls, tmp.as_ptr() as *const u8);
                store_bits(cls, p, pos, width, n);
            }
            Ok(())
        }
    }
}

/// Read member `f` of the record at `base` as a Lua value; aggregates come
/// back as reference cdata (the caller sets their owner).
///
/// # Safety
/// `base` must be valid for reads of the record holding `f`.
pub unsafe fn load_field(vm: &mut Vm, st: &Shared, f: &Field, base: *const u8) -> Value {
    // SAFETY: the member lies at `offset` inside the record (caller's contract).
    let p = unsafe { base.add(f.offset) };
    match f.bits {
        None => unsafe { to_lua(vm, st, f.ty, p, false) },
        Some((pos, width)) => {
            let cls = classify(&st.borrow().types, f.ty);
            // SAFETY: the bytes of `p`'s unit that hold the bits are inside the
            // record (see `Field::bits`).
            let n = unsafe { load_bits(cls, p, pos, width) };
            match cls {
                Cls::Bool => Value::Bool(!n.is_zero()),
                _ => num_to_lua(vm, st, cls, n),
            }
        }
    }
}

/// A number read from C as Lua sees it (LuaJIT's model): a 64-bit integer
/// (`int64_t`, `uint64_t`, `size_t`, `long`...) is boxed as an `int64_t` or
/// `uint64_t` cdata, narrower integers and floats are Lua numbers. May
/// allocate.
pub fn num_to_lua(vm: &mut Vm, st: &Shared, cls: Cls, n: Num) -> Value {
    match cls {
        Cls::Int { size: 8, signed } => box_int64(vm, st, n.to_i64(), !signed),
        _ => n.to_value(),
    }
}

/// A new `int64_t` cdata holding `bits`, or `uint64_t` when `unsigned`.
/// May allocate.
pub fn box_int64(vm: &mut Vm, st: &Shared, bits: i64, unsigned: bool) -> Value {
    let ty = st.borrow_mut().types.prim(if unsigned { Prim::ULong } else { Prim::Long }, 0);
    push_new(vm, st, CData { ty, mem: Mem::Inline([bits as u64, 0]), callback: None })
}

/// Read the C value of type `ty` at `src` as a Lua value: numbers for
/// arithmetic types (64-bit integers boxed, see `num_to_lua`), booleans
/// for `bool`, cdata for pointers; a struct, union or array becomes a reference
/// cdata to `src` (`copy: false`) or a new cdata holding a copy (`copy: true`).
/// For a function type, `src` is the function's code address itself and the
/// result is a function cdata holding it.
///
/// # Safety
/// `src` must be valid for reads of the size of `ty`; with `copy: false` the
/// memory must outlive the returned cdata. May allocate.
pub unsafe fn to_lua(vm: &mut Vm, st: &Shared, ty: TypeId, src: *const u8, copy: bool) -> Value {
    let (cls, layout) = {
        let s = st.borrow();
        (classify(&s.types, ty), s.types.layout(ty))
    };
    match cls {
        Cls::Void => Value::Nil,
        // SAFETY: `src` holds a value of `ty` (caller's contract).
        Cls::Bool => Value::Bool(unsafe { src.read() } != 0),
        Cls::Int { .. } | Cls::Float { .. } => num_to_lua(vm, st, cls, unsafe { load_num(cls, src) }),
        Cls::Ptr(_) => {
            // SAFETY: `src` holds a pointer.
            let addr = unsafe { (src as *const u64).read_unaligned() };
            push_new(vm, st, CData { ty, mem: Mem::Inline([addr, 0]), callback: None })
        }
        Cls::Func => push_new(vm, st, CData { ty, mem: Mem::Inline([src as u64, 0]), callback: None }),
        Cls::Array { .. } | Cls::Record { .. } => {
            if !copy {
                return push_new(vm, st, CData::reference(ty, src as *mut u8));
            }
            let l = layout.unwrap_or(crate::ctype::Layout { size: 0, align: 1 });
            let cd = push_new(vm, st, CData::zeroed(ty, l.size, l.align));
            // The address once boxed: inline storage moves with the payload until then.
            if let Some((_, dst)) = as_cdata(cd) {
                // SAFETY: the new payload holds `size` bytes; `src` holds as many.
                unsafe { std::ptr::copy_nonoverlapping(src, dst, l.size) };
            }
            cd
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_truncate_like_x86() {
        assert_eq!(float_to_i64(2.7), 2);
        assert_eq!(float_to_i64(-2.7), -2);
        assert_eq!(float_to_i64(f64::NAN), i64::MIN);
        assert_eq!(float_to_i64(1e300), i64::MIN);
        assert_eq!(float_to_i64(1.8e19) as u64, 18_000_000_000_000_000_000);
        assert_eq!(float_to_i32(2f64.powi(40)), i32::MIN);
    }

    #[test]
    fn narrow_stores_wrap_and_loads_extend() {
        let mut buf = [0u8; 8];
        let uc = Cls::Int { size: 1, signed: false };
        // SAFETY: `buf` holds 8 bytes, more than any store below writes.
        unsafe {
            store_num(uc, buf.as_mut_ptr(), Num::Float(300.0));
            assert_eq!(load_num(uc, buf.as_ptr()), Num::Int(44));
            store_num(uc, buf.as_mut_ptr(), Num::Float(-1.5));
            assert_eq!(load_num(uc, buf.as_ptr()), Num::Int(255));
            let sc = Cls::Int { size: 1, signed: true };
            assert_eq!(load_num(sc, buf.as_ptr()), Num::Int(-1));
            let b = Cls::Bool;
            store_num(b, buf.as_mut_ptr(), Num::Float(0.5));
            assert_eq!(load_num(b, buf.as_ptr()), Num::Int(1));
        }
    }

    #[test]
    fn bit_fields_round_trip_with_sign() {
        let mut unit = [0u8; 4];
        let si = Cls::Int { size: 4, signed: true };
        let ui = Cls::Int { size: 4, signed: false };
        // SAFETY: `unit` is a 4-byte storage unit.
        unsafe {
            store_bits(si, unit.as_mut_ptr(), 3, 5, Num::Int(-1));
            assert_eq!(load_bits(si, unit.as_ptr(), 3, 5), Num::Int(-1));
            assert_eq!(load_bits(ui, unit.as_ptr(), 3, 5), Num::Int(31));
            store_bits(ui, unit.as_mut_ptr(), 0, 3, Num::Int(2));
            assert_eq!(load_bits(ui, unit.as_ptr(), 0, 3), Num::Int(2));
            assert_eq!(load_bits(si, unit.as_ptr(), 3, 5), Num::Int(-1));
        }
        // A packed record's bit-field: bits 3..13 of an int unit, in a 2-byte
        // record; the bytes past the bits are never touched.
        let mut rec = [0u8, 0, 0xAA, 0xAA];
        // SAFETY: bytes 0 and 1 hold bits 3..13.
        unsafe {
            store_bits(si, rec.as_mut_ptr(), 3, 10, Num::Int(-2));
            assert_eq!(load_bits(si, rec.as_ptr(), 3, 10), Num::Int(-2));
            assert_eq!(load_bits(ui, rec.as_ptr(), 3, 10), Num::Int(1022));
        }
        assert_eq!(rec, [0xF0, 0x1F, 0xAA, 0xAA]);
    }

    #[test]
    fn pointer_compatibility_follows_luajit() {
        let mut t = Types::new();
        let i = t.prim(Prim::Int, 0);
        let u = t.prim(Prim::UInt, 0);
        let l = t.prim(Prim::Long, 0);
        let ci = t.prim(Prim::Int, qual::CONST);
        let v = t.void(0);
        assert!(ptr_compatible(&t, i, u));
        assert!(!ptr_compatible(&t, i, l));
        assert!(ptr_compatible(&t, ci, i));
        assert!(!ptr_compatible(&t, i, ci));
        assert!(!ptr_compatible(&t, v, ci));
        assert!(ptr_compatible(&t, i, v));
    }
}
