//! The `ffi` module table: `ffi.cdef`, `ffi.new`, `ffi.cast`, `ffi.typeof`,
//! `ffi.sizeof`, `ffi.alignof`, `ffi.offsetof`, `ffi.istype`, `ffi.string`,
//! `ffi.copy`, `ffi.fill`, `ffi.gc`, `ffi.metatype`, `ffi.abi`, `ffi.os`,
//! `ffi.arch` (LuaJIT's API; `C`, `load` and `errno` come from `libs`).

use crate::cdata::{as_cdata, as_ctype, push_new, CData};
use crate::conv::{self, classify, Cls, Ctx, Inits};
use crate::ctype::{Kind, TypeId};
use crate::state::Shared;
use kiln_gc::Gc;
use kiln_interp::object::{LuaStr, NativeFn};
use kiln_interp::table::Table;
use kiln_interp::{LuaResult, Value, Vm};

/// Registry keys of the module's tables.
pub const METATYPES_KEY: &str = "kiln.ffi.metatypes";

/// The largest cdata `ffi.new` allocates (LuaJIT's limit is 2^31 too): bigger
/// requests are errors, not allocation failures.
const MAX_CDATA_SIZE: usize = 1 << 31;

/// Parsed type strings, so a hot `ffi.new("int[?]", n)` parses once.
#[derive(Default)]
struct TypeCache(crate::ops::FastMap<Vec<u8>, (TypeId, bool)>, LastType);

/// The type string looked up last and its entry: a loop casting to one type
/// compares its bytes instead of hashing them.
#[derive(Default)]
struct LastType(Vec<u8>, Option<(TypeId, bool)>);

/// `require("ffi")`: builds the module table.
pub fn luaopen_ffi(vm: &mut Vm) -> LuaResult<usize> {
    let st = crate::state::shared(vm);
    // Mature: the handle stays valid while the parts below allocate.
    let t = vm.alloc_mature(Table::new(0, 32));
    vm.push(Value::Table(t));
    let funcs: &[(&'static str, NativeFn)] = &[
        ("cdef", ffi_cdef),
        ("new", ffi_new),
        ("cast", ffi_cast),
        ("typeof", ffi_typeof),
        ("sizeof", ffi_sizeof),
        ("alignof", ffi_alignof),
        ("offsetof", ffi_offsetof),
        ("istype", ffi_istype),
        ("string", ffi_string),
        ("copy", ffi_copy),
        ("fill", ffi_fill),
        ("gc", ffi_gc),
        ("metatype", ffi_metatype),
        ("abi", ffi_abi),
    ];
    for &(name, f) in funcs {
        let nf = crate::state::native(vm, &st, f, name);
        let key = vm.shared_str(name.as_bytes());
        t.set(Value::Str(key), nf).expect("string keys are valid");
    }
    for (k, v) in [("os", "Linux"), ("arch", "x64")] {
        let s = LuaStr::alloc(&mut vm.heap, v.as_bytes(), true);
        vm.table_set_str(t, k, Value::Str(s));
    }
    registry_table(vm, METATYPES_KEY, None);
    crate::ops::fill_metatables(vm, &st);
    crate::libs::register(vm, &st, t);
    Ok(1)
}

/// The mature registry table under `key` (created on first use, with weak
/// mode `mode`).
pub fn registry_table(vm: &mut Vm, key: &str, mode: Option<&str>) -> Gc<Table> {
    let reg = vm.registry;
    let k = vm.new_str(key.as_bytes());
    if let Value::Table(t) = reg.get_str(k) {
        return t;
    }
    let t = vm.alloc_mature(Table::new(0, 4));
    vm.table_set_str(reg, key, Value::Table(t));
    if let Some(mode) = mode {
        let mt = vm.alloc_mature(Table::new(0, 1));
        vm.table_set_str(reg, &format!("{key}.mt"), Value::Table(mt));
        let m = LuaStr::alloc(&mut vm.heap, mode.as_bytes(), true);
        vm.table_set_str(mt, "__mode", Value::Str(m));
        kiln_interp::stdlib::base::set_table_metatable(vm, Value::Table(t), Some(mt));
    }
    t
}

/// A Lua error from a conversion message (LuaJIT words these without
/// "bad argument").
fn conv_err<T>(vm: &mut Vm, r: Result<T, String>) -> LuaResult<T> {
    r.map_err(|m| vm.rt_error(m))
}

/// The C type argument `i`: a type string, a ctype or a cdata (its type).
/// Returns the type and whether it was written with `[?]` (its length comes
/// from the next argument).
pub fn check_ct(vm: &mut Vm, st: &Shared, i: usize) -> LuaResult<(TypeId, bool)> {
    let v = vm.arg(i);
    if let Value::Str(s) = v {
        // Hits need no copy of the name (nothing allocates during the lookup).
        let mut state = st.borrow_mut();
        let cache = state.part::<TypeCache>();
        if let (true, Some(hit)) = (cache.1 .0 == s.as_bytes(), cache.1 .1) {
            return Ok(hit);
        }
        if let Some(&hit) = cache.0.get(s.as_bytes()) {
            // The buffer is reused: alternating types do not allocate.
            cache.1 .0.clear();
            cache.1 .0.extend_from_slice(s.as_bytes());
            cache.1 .1 = Some(hit);
            return Ok(hit);
        }
        drop(state);
        let bytes = s.as_bytes().to_vec();
        return parse_type_cached(vm, st, &bytes);
    }
    if let Some(ty) = as_ctype(v) {
        let vla = matches!(st.borrow().types.kind(ty), Kind::Array { len: None, .. });
        return Ok((ty, vla));
    }
    if let Some((ty, _)) = as_cdata(v) {
        return Ok((ty, false));
    }
    Err(vm.type_error(i, "C type"))
}

fn parse_type_cached(vm: &mut Vm, st: &Shared, src: &[u8]) -> LuaResult<(TypeId, bool)> {
    if let Some(&hit) = st.borrow_mut().part::<TypeCache>().0.get(src) {
        return Ok(hit);
    }
    let text = String::from_utf8_lossy(src).into_owned();
    let parsed = {
        let mut s = st.borrow_mut();
        crate::cdecl::parse_type(&mut s.types, &text)
    };
    match parsed {
        Ok(p) => {
            // A record body makes a new type at each parse (as LuaJIT: two
            // `ffi.typeof("struct { int x; }")` are distinct types).
            if !src.contains(&b'{') {
                st.borrow_mut().part::<TypeCache>().0.insert(src.to_vec(), (p.ty, p.vla));
            }
            Ok((p.ty, p.vla))
        }
        Err(m) => Err(vm.rt_error(m)),
    }
}

/// `ffi.cdef(decls)`.
fn ffi_cdef(vm: &mut Vm) -> LuaResult<usize> {
    let src = vm.check_bytes(1)?;
    let st = crate::state::of_native(vm);
    let text = String::from_utf8_lossy(&src).into_owned();
    let params = type_params(vm, &st, 2)?;
    let r = {
        let mut s = st.borrow_mut();
        crate::cdecl::parse_cdef_with(&mut s.types, &text, &params)
    };
    // New declarations may give cached names new meanings (a typedef).
    *st.borrow_mut().part::<TypeCache>() = TypeCache::default();
    conv_err(vm, r)?;
    Ok(0)
}

/// The complete type for a `[?]` type (or the type itself), with the number
/// of elements of a variable-length struct's last member; `nelem_arg` is the
/// argument holding the count. Returns (type, size, align, first init arg).
/// Argument `i` converted as LuaJIT converts a length or count to a C `int`:
/// a number truncates, a boolean is 0 or 1, an arithmetic cdata gives its
/// value; a string, table or other value is an error.
fn c_int_arg(vm: &mut Vm, st: &Shared, i: usize) -> LuaResult<i64> {
    let v = vm.arg(i);
    let n = match v {
        Value::Int(n) => Some(n),
        Value::Float(f) => Some(conv::float_to_i64(f)),
        Value::Bool(b) => Some(b as i64),
        _ => as_cdata(v).and_then(|(t, p)| {
            let cls = classify(&st.borrow().types, t);
            // SAFETY: a cdata's memory holds a value of its own type.
            cls.is_arith().then(|| unsafe { conv::load_num(cls, p) }.to_i64())
        }),
    };
    n.ok_or_else(|| {
        let m = conv::cannot_convert_named(st, v, "int");
        vm.arg_error(i, &m)
    })
}

fn sized_type(
    vm: &mut Vm,
    st: &Shared,
    ty: TypeId,
    vla: bool,
    nelem_arg: usize,
) -> LuaResult<(TypeId, usize, usize, usize)> {
    if vla {
        if vm.nargs() < nelem_arg {
            return Err(vm.arg_error(nelem_arg, "value expected"));
        }
        let n = c_int_arg(vm, st, nelem_arg)?;
        let (elem, q) = {
            let s = st.borrow();
            let Kind::Array { elem, .. } = *s.types.kind(ty) else { unreachable!("vla types are arrays") };
            (elem, s.types.get(ty).qual)
        };
        let el = st.borrow().types.layout(elem);
        let size = el.and_then(|l| usize::try_from(n).ok().and_then(|n| n.checked_mul(l.size)));
        let (Some(el), Some(size)) = (el, size.filter(|&s| s < MAX_CDATA_SIZE)) else {
            return Err(vm.arg_error(1, "size of C type is unknown or too large"));
        };
        let cty = st.borrow_mut().types.array(elem, Some(n as usize), q);
        return Ok((cty, size, el.align, nelem_arg + 1));
    }
    let (layout, flex) = {
        let s = st.borrow();
        (s.types.layout(ty), flexible_elem(&s.types, ty))
    };
    let Some(l) = layout.filter(|l| l.size < MAX_CDATA_SIZE) else {
        return Err(vm.arg_error(1, "size of C type is unknown or too large"));
    };
    // A struct ending in a flexible array takes its length from the next
    // argument when that is a number (LuaJIT's variable-length structs).
    if let Some(esize) = flex {
        if let Value::Int(_) | Value::Float(_) = vm.arg(nelem_arg) {
            let n = c_int_arg(vm, st, nelem_arg)?;
            let extra = usize::try_from(n).ok().and_then(|n| n.checked_mul(esize)).filter(|&s| s < MAX_CDATA_SIZE);
            let Some(extra) = extra else {
                return Err(vm.arg_error(1, "size of C type is unknown or too large"));
            };
            return Ok((ty, l.size + extra, l.align, nelem_arg + 1));
        }
    }
    Ok((ty, l.size, l.align, nelem_arg))
}

/// The element size of the flexible last member of record `ty`, if any.
pub fn flexible_elem(types: &crate::ctype::Types, ty: TypeId) -> Option<usize> {
    let Kind::Struct { body: Some(body), .. } = types.kind(ty) else { return None };
    if !body.flexible {
        return None;
    }
    let last = body.fields.last()?;
    let Kind::Array { elem, len: None } = types.kind(last.ty) else { return None };
    types.size_of(*elem)
}

/// When live cdata own this much more C memory than after the last
/// collection `ffi.new` made, it collects first.
const PRESSURE_STEP: usize = 64 << 20;

/// The owned-memory level that triggers the next collection.
struct Pressure(usize);

impl Default for Pressure {
    fn default() -> Self {
        Pressure(PRESSURE_STEP)
    }
}

/// cdata memory lives outside the GC heap, so the collector cannot see it
/// grow: before a big allocation, collect if owned C memory passed its
/// threshold (dead cdata free theirs), then move the threshold past what is
/// still live. Call with no `Gc` held.
fn relieve_pressure(vm: &mut Vm, st: &Shared, size: usize) {
    use std::sync::atomic::Ordering;
    let owned = crate::cdata::OWNED_BYTES.load(Ordering::Relaxed);
    if owned + size <= st.borrow_mut().part::<Pressure>().0 || vm.heap.is_stopped() {
        return;
    }
    vm.collect_major();
    let live = crate::cdata::OWNED_BYTES.load(Ordering::Relaxed);
    st.borrow_mut().part::<Pressure>().0 = live.saturating_mul(2).max(live + PRESSURE_STEP);
}

/// `ffi.new(ct [,nelem] [,init...])`; also `ct(...)` for a ctype.
pub fn ffi_new(vm: &mut Vm) -> LuaResult<usize> {
    let st = crate::state::of_native(vm);
    let (ty, vla) = check_ct(vm, &st, 1)?;
    if vm.nargs() == 2 && is_function(vm.arg(2)) {
        if let Some(cb) = callback_for(vm, &st, ty, vm.arg(2))? {
            vm.push(cb);
            return Ok(1);
        }
    }
    let (ty, size, align, first) = sized_type(vm, &st, ty, vla, 2)?;
    if size > 16 {
        relieve_pressure(vm, &st, size);
    }
    let vls = size != st.borrow().types.size_of(ty).unwrap_or(usize::MAX);
    let data = if vls { CData::zeroed_owned(ty, size, align) } else { CData::zeroed(ty, size, align) };
    let cd = push_new(vm, &st, data);
    // The address once boxed: inline storage moves with the payload until then.
    let dst = as_cdata(cd).map_or(std::ptr::null_mut(), |(_, p)| p);
    vm.push(cd);
    let slot = vm.top - 1;
    let count = (vm.top - 1).saturating_sub(vm.frame().base + first - 1);
    if count > 0 {
        let r = init_new(vm, &st, ty, dst, first, count, slot);
        conv_err(vm, r)?;
    }
    attach_metatype_gc(vm, &st, ty, slot)?;
    vm.push(vm.stack[slot]);
    Ok(1)
}

/// Initialise a new cdata (at stack `slot`, memory `dst`) from `count`
/// arguments starting at `first`, as LuaJIT's `ffi.new`.
fn init_new(
    vm: &mut Vm,
    st: &Shared,
    ty: TypeId,
    dst: *mut u8,
    first: usize,
    count: usize,
    slot: usize,
) -> Result<(), String> {
    let cls = classify(&st.borrow().types, ty);
    let v = vm.arg(first);
    let mut ctx = Ctx::Assign { anchor: vm.stack[slot] };
    let whole = count == 1
        && (matches!(v, Value::Table(_))
            || matches!(v, Value::Str(_)) && matches!(cls, Cls::Array { .. })
            || as_cdata(v).is_some_and(|(t, _)| conv::same_type(st, t, ty)));
    // SAFETY (all calls): `dst` is the new cdata's memory, the size of `ty`;
    // the cdata stays on the stack meanwhile.
    unsafe {
        match cls {
            _ if whole => conv::to_c(vm, st, ty, v, dst, &mut ctx),
            Cls::Array { elem, len } => {
                let esize = st.borrow().types.size_of(elem).unwrap_or(0);
                conv::init_array(vm, st, ty, elem, esize, len, Inits::Args { first, count }, dst, &mut ctx)
            }
            Cls::Record { .. } => conv::init_record(vm, st, ty, Inits::Args { first, count }, dst, &mut ctx),
            _ if count > 1 => Err(format!("too many initializers for '{}'", st.borrow().types.name(ty))),
            _ => conv::to_c(vm, st, ty, v, dst, &mut ctx),
        }
    }
}

/// A new cdata of a type with an `ffi.metatype` `__gc` gets it as finalizer.
fn attach_metatype_gc(vm: &mut Vm, st: &Shared, ty: TypeId, slot: usize) -> LuaResult<()> {
    let Some(mt) = crate::ops::metatype_of(vm, st, ty) else { return Ok(()) };
    let gc = mt.get_str(vm.tm_names[kiln_interp::state::Tm::Gc as usize]);
    if gc.is_nil() {
        return Ok(());
    }
    set_finalizer(vm, st, slot, gc);
    Ok(())
}

/// A Lua function (of either kind), which a function-pointer type turns into a callback.
fn is_function(v: Value) -> bool {
    matches!(v, Value::LuaFn(_) | Value::NativeFn(_))
}

/// A callback cdata (with `:free()` and `:set()`) when `ty` is a function
/// pointer type and `v` (a Lua function, see `is_function`): what
/// `ffi.cast(ct, f)`, `ffi.new(ct, f)` and `ct(f)` make. None for other types.
/// Callers test `is_function` first, inline: casts and `ffi.new` are hot.
#[inline(never)]
fn callback_for(vm: &mut Vm, st: &Shared, ty: TypeId, v: Value) -> LuaResult<Option<Value>> {
    let is_fn_ptr = {
        let s = st.borrow();
        matches!(s.types.kind(ty), Kind::Ptr(to) if matches!(s.types.kind(*to), Kind::Func { .. }))
    };
    if !is_fn_ptr {
        return Ok(None);
    }
    crate::callback::new_cdata(vm, st, ty, v).map(Some)
}

/// `ffi.cast(ct, init)`.
fn ffi_cast(vm: &mut Vm) -> LuaResult<usize> {
    let st = crate::state::of_native(vm);
    let (ty, _) = check_ct(vm, &st, 1)?;
    vm.check_any(2)?;
    let (layout, cls) = {
        let s = st.borrow();
        (s.types.layout(ty), classify(&s.types, ty))
    };
    let Some(l) = layout.filter(|_| !matches!(cls, Cls::Array { .. } | Cls::Record { .. } | Cls::Void)) else {
        return Err(vm.arg_error(1, "invalid C type"));
    };
    let v = vm.arg(2);
    if is_function(v) {
        if let Some(cb) = callback_for(vm, &st, ty, v)? {
            vm.push(cb);
            return Ok(1);
        }
    }
    if let (Cls::Ptr(_), Some((sty, sp))) = (cls, as_cdata(v)) {
        if matches!(classify(&st.borrow().types, sty), Cls::Ptr(_)) {
            // A pointer cast to another pointer type keeps its address (as
            // `to_c` would convert it, without its other cases).
            // SAFETY: a pointer cdata holds an address.
            let addr = unsafe { (sp as *const u64).read_unaligned() };
            let cd = push_new(vm, &st, CData { ty, mem: crate::cdata::Mem::Inline([addr, 0]), callback: None });
            vm.push(cd);
            return Ok(1);
        }
    }
    let data = CData::zeroed(ty, l.size, l.align);
    let cd = push_new(vm, &st, data);
    // The address once boxed: inline storage moves with the payload until then.
    let dst = as_cdata(cd).map_or(std::ptr::null_mut(), |(_, p)| p);
    vm.push(cd);
    let v = vm.arg(2);
    if let (Cls::Ptr(_), Value::Str(_)) = (cls, v) {
        // The string must outlive the pointer: anchor it in the result.
        let p = conv::anchor_string(vm, cd, v, dst as usize);
        // SAFETY: `dst` is the new pointer cdata's 8 bytes.
        unsafe { (dst as *mut u64).write_unaligned(p as u64) };
        return Ok(1);
    }
    // SAFETY: `dst` is the new cdata's memory, the size of `ty`.
    let r = unsafe { conv::to_c(vm, &st, ty, v, dst, &mut Ctx::Cast) };
    conv_err(vm, r)?;
    Ok(1)
}

/// The values for `$` in a type string or declaration, from argument `from`
/// on: a ctype or cdata stands for its type, a number for an integer constant,
/// a string for a name (as LuaJIT's parameterised types).
fn type_params(vm: &mut Vm, st: &Shared, from: usize) -> LuaResult<Vec<crate::cdecl::TypeParam>> {
    use crate::cdecl::TypeParam;
    let mut params = Vec::new();
    for i in from..=vm.nargs() {
        let v = vm.arg(i);
        let p = match v {
            Value::Str(s) => TypeParam::Name(s.to_str_lossy().into_owned()),
            Value::Int(n) => TypeParam::Int(n),
            Value::Float(f) => TypeParam::Int(conv::float_to_i64(f)),
            _ => match as_ctype(v).or_else(|| as_cdata(v).map(|(t, _)| t)) {
                Some(t) => TypeParam::Type(t),
                None => return Err(vm.type_error(i, "type parameter")),
            },
        };
        params.push(p);
    }
    let _ = st;
    Ok(params)
}

/// `ffi.typeof(ct [, params...])`.
fn ffi_typeof(vm: &mut Vm) -> LuaResult<usize> {
    let st = crate::state::of_native(vm);
    if let (true, Value::Str(s)) = (vm.nargs() > 1, vm.arg(1)) {
        // A parameterised type: each `$` takes the next argument.
        let text = s.to_str_lossy().into_owned();
        let params = type_params(vm, &st, 2)?;
        let parsed = {
            let mut s = st.borrow_mut();
            crate::cdecl::parse_type_with(&mut s.types, &text, &params)
        };
        let ty = match parsed {
            Ok(p) => p.ty,
            Err(m) => return Err(vm.rt_error(m)),
        };
        let c = crate::cdata::new_ctype(vm, &st, ty);
        vm.push(c);
        return Ok(1);
    }
    let (ty, _) = check_ct(vm, &st, 1)?;
    if as_ctype(vm.arg(1)).is_some() {
        vm.push(vm.arg(1));
        return Ok(1);
    }
    let c = crate::cdata::new_ctype(vm, &st, ty);
    vm.push(c);
    Ok(1)
}

/// The size of the value of cdata `v` (variable-length ones included).
fn cdata_size(st: &Shared, v: Value) -> Option<usize> {
    let Value::UserData(u) = v else { return None };
    let owned = crate::cdata::with_cdata(u, |c| c.owned_size()).flatten();
    let (ty, _) = as_cdata(v)?;
    let s = st.borrow();
    match (flexible_elem(&s.types, ty), owned) {
        (Some(_), Some(n)) => Some(n),
        _ => s.types.size_of(ty),
    }
}

/// `ffi.sizeof(ct [,nelem])`.
fn ffi_sizeof(vm: &mut Vm) -> LuaResult<usize> {
    let st = crate::state::of_native(vm);
    let (ty, vla) = check_ct(vm, &st, 1)?;
    if as_cdata(vm.arg(1)).is_some() {
        let n = cdata_size(&st, vm.arg(1));
        vm.push(n.map_or(Value::Nil, |n| Value::Int(n as i64)));
        return Ok(1);
    }
    let flex = flexible_elem(&st.borrow().types, ty);
    let size = if vla || (flex.is_some() && !vm.arg(2).is_nil()) {
        // As LuaJIT: no size (nil) for a negative or huge element count; a
        // missing count or one that is no number is an error.
        if vm.nargs() < 2 {
            Some(sized_type(vm, &st, ty, vla, 2)?.1)
        } else if c_int_arg(vm, &st, 2)? < 0 {
            None
        } else {
            sized_type(vm, &st, ty, vla, 2).ok().map(|(_, size, _, _)| size)
        }
    } else {
        st.borrow().types.size_of(ty)
    };
    vm.push(size.map_or(Value::Nil, |n| Value::Int(n as i64)));
    Ok(1)
}

/// `ffi.alignof(ct)`.
fn ffi_alignof(vm: &mut Vm) -> LuaResult<usize> {
    let st = crate::state::of_native(vm);
    let (ty, _) = check_ct(vm, &st, 1)?;
    let a = {
        let s = st.borrow();
        match s.types.kind(ty) {
            Kind::Array { elem, len: None } => s.types.layout(*elem).map(|l| l.align),
            // As LuaJIT (and GCC's __alignof__(void)): 1 for void, functions and
            // incomplete records.
            Kind::Void | Kind::Func { .. } | Kind::Struct { body: None, .. } => Some(1),
            _ => s.types.layout(ty).map(|l| l.align),
        }
    };
    vm.push(a.map_or(Value::Nil, |n| Value::Int(n as i64)));
    Ok(1)
}

/// `ffi.offsetof(ct, field)`: the offset, and for a bit-field its first bit
/// and width.
fn ffi_offsetof(vm: &mut Vm) -> LuaResult<usize> {
    let st = crate::state::of_native(vm);
    let (ty, _) = check_ct(vm, &st, 1)?;
    let name = vm.check_bytes(2)?;
    let f = st.borrow().types.find_field(ty, &String::from_utf8_lossy(&name));
    match f {
        None => Ok(0),
        Some(f) => {
            vm.push(Value::Int(f.offset as i64));
            match f.bits {
                Some((pos, width)) => {
                    vm.push(Value::Int(pos as i64));
                    vm.push(Value::Int(width as i64));
                    Ok(3)
                }
                None => Ok(1),
            }
        }
    }
}

/// Is `obj_ty` the type `ct_ty` as `ffi.istype` sees it? Top-level
/// qualifiers are ignored, pointers compare as LuaJIT's compatibility with
/// qualifiers ignored, and a struct type matches a pointer to it.
pub fn istype(st: &Shared, ct: TypeId, obj: TypeId) -> bool {
    let s = st.borrow();
    let (a, b) = (s.types.get(ct), s.types.get(obj));
    if a.kind == b.kind {
        return true;
    }
    match (&a.kind, &b.kind) {
        (Kind::Ptr(x), Kind::Ptr(y)) => conv::same_pointee(&s.types, *x, *y),
        // `long`, `long long` and `int64_t` (and `char`, `signed char`) are one type in LuaJIT.
        (Kind::Prim(p), Kind::Prim(q)) => {
            p.is_integer() && q.is_integer() && p.size() == q.size() && p.is_signed() == q.is_signed()
        }
        (Kind::Struct { .. }, Kind::Ptr(y)) => s.types.kind(*y) == &a.kind,
        // `int[?]` matches every `int[n]` (variable-length arrays get a concrete length).
        (Kind::Array { elem: x, len: None }, Kind::Array { elem: y, .. }) => s.types.kind(*x) == s.types.kind(*y),
        _ => false,
    }
}

/// `ffi.istype(ct, obj)`.
fn ffi_istype(vm: &mut Vm) -> LuaResult<usize> {
    let st = crate::state::of_native(vm);
    let (ct, _) = check_ct(vm, &st, 1)?;
    // As LuaJIT: a ctype object stands for the type it describes.
    let ty = as_cdata(vm.arg(2)).map(|(ty, _)| ty).or_else(|| as_ctype(vm.arg(2)));
    let r = ty.is_some_and(|ty| istype(&st, ct, ty));
    vm.push(Value::Bool(r));
    Ok(1)
}

/// The address argument `i` stands for, as a `const char *` (`text`: only
/// char pointers and arrays) or as any `const void *`.
fn address_arg(vm: &mut Vm, st: &Shared, i: usize, text: bool, target: &str) -> LuaResult<*const u8> {
    let v = vm.arg(i);
    let bad = |vm: &mut Vm, st: &Shared, v: Value| {
        let m = conv::cannot_convert_named(st, v, target);
        Err(vm.arg_error(i, &m))
    };
    match v {
        Value::Str(s) => Ok(s.as_c_ptr()),
        Value::LightUserData(p) => Ok(p as *const u8),
        Value::Nil if !text => Ok(std::ptr::null()),
        _ => {
            let Some((ty, p)) = as_cdata(v) else { return bad(vm, st, v) };
            let s = st.borrow();
            let (addr, pointee) = match classify(&s.types, ty) {
                // SAFETY: a pointer cdata holds an address.
                Cls::Ptr(to) => (unsafe { (p as *const u64).read_unaligned() } as *const u8, Some(to)),
                Cls::Array { elem, .. } => (p as *const u8, Some(elem)),
                Cls::Record { .. } if !text => (p as *const u8, None),
                _ => {
                    drop(s);
                    return bad(vm, st, v);
                }
            };
            if text {
                let ok = pointee.is_some_and(|t| matches!(classify(&s.types, t), Cls::Int { size: 1, .. }));
                if !ok {
                    drop(s);
                    return bad(vm, st, v);
                }
            }
            Ok(addr)
        }
    }
}

/// `ffi.string(ptr [,len])`.
/// The longest string `ffi.string` makes, LuaJIT's `LJ_MAX_STR`: a longer
/// length is "string length overflow", not an attempt to copy it.
const MAX_STR_LEN: i64 = 0x7fff_ff00;

fn ffi_string(vm: &mut Vm) -> LuaResult<usize> {
    let st = crate::state::of_native(vm);
    let has_len = !vm.arg(2).is_nil();
    if let (Value::Str(_), false) = (vm.arg(1), has_len) {
        vm.push(vm.arg(1));
        return Ok(1);
    }
    let p = address_arg(vm, &st, 1, !has_len, if has_len { "const void *" } else { "const char *" })?;
    let len = if has_len {
        let n = c_int_arg(vm, &st, 2)?;
        if !(0..=MAX_STR_LEN).contains(&n) {
            return Err(vm.rt_error("string length overflow"));
        }
        n as usize
    } else {
        if p.is_null() {
            return Err(vm.arg_error(1, "NULL pointer"));
        }
        // SAFETY: a non-NULL `char *` given to ffi.string is NUL-terminated C text (the caller's promise, as in LuaJIT).
        unsafe { libc::strlen(p as *const libc::c_char) }
    };
    if len > 0 && p.is_null() {
        return Err(vm.arg_error(1, "NULL pointer"));
    }
    if let Value::Str(s) = vm.arg(1) {
        // Never read past a Lua string's bytes (and its NUL).
        let n = len.min(s.len() + 1);
        let bytes = s.as_bytes().iter().copied().chain(std::iter::once(0)).take(n).collect::<Vec<u8>>();
        vm.push_str(&bytes);
        return Ok(1);
    }
    // SAFETY: `p` addresses `len` readable bytes (the caller's promise, as in LuaJIT's ffi.string).
    let bytes = unsafe { std::slice::from_raw_parts(p, len) }.to_vec();
    vm.push_str(&bytes);
    Ok(1)
}

/// The destination argument 1 of `ffi.copy`/`ffi.fill` (a `void *`).
fn dest_arg(vm: &mut Vm, st: &Shared) -> LuaResult<*mut u8> {
    if let Value::Str(_) = vm.arg(1) {
        let m = conv::cannot_convert_named(st, vm.arg(1), "void *");
        return Err(vm.arg_error(1, &m));
    }
    let p = address_arg(vm, st, 1, false, "void *")? as *mut u8;
    if p.is_null() {
        return Err(vm.arg_error(1, "NULL pointer"));
    }
    Ok(p)
}

/// `ffi.copy(dst, src, len)` / `ffi.copy(dst, str)`.
fn ffi_copy(vm: &mut Vm) -> LuaResult<usize> {
    let st = crate::state::of_native(vm);
    let dst = dest_arg(vm, &st)?;
    vm.check_any(2)?;
    let src = address_arg(vm, &st, 2, false, "const void *")?;
    let len = if vm.arg(3).is_nil() {
        match vm.arg(2) {
            Value::Str(s) => s.len() + 1,
            _ => return Err(vm.arg_error(3, "number expected, got nil")),
        }
    } else {
        let n = c_int_arg(vm, &st, 3)?;
        usize::try_from(n).unwrap_or(0)
    };
    // A Lua string source is read no further than its NUL.
    let len = match vm.arg(2) {
        Value::Str(s) => len.min(s.len() + 1),
        _ => len,
    };
    if len > 0 && src.is_null() {
        return Err(vm.arg_error(2, "NULL pointer"));
    }
    // SAFETY: both addresses are valid for `len` bytes (the caller's promise, as in LuaJIT); `copy` allows overlap.
    unsafe { std::ptr::copy(src, dst, len) };
    Ok(0)
}

/// `ffi.fill(dst, len [,c])`.
fn ffi_fill(vm: &mut Vm) -> LuaResult<usize> {
    let st = crate::state::of_native(vm);
    let dst = dest_arg(vm, &st)?;
    let len = c_int_arg(vm, &st, 2)?;
    let c = if vm.arg(3).is_nil() { 0 } else { c_int_arg(vm, &st, 3)? };
    // SAFETY: `dst` is valid for `len` bytes (the caller's promise, as in LuaJIT).
    unsafe { std::ptr::write_bytes(dst, c as u8, usize::try_from(len).unwrap_or(0)) };
    Ok(0)
}

/// Give the cdata at stack `slot` finalizer `f` (nil removes it). The
/// finalizer lives in the cdata's aux table, so it is reachable exactly as
/// long as the cdata (and while it is being finalized).
fn set_finalizer(vm: &mut Vm, st: &Shared, slot: usize, f: Value) {
    let h = vm.hold(vm.stack[slot]);
    conv::set_gc_finalizer(vm, h, f);
    let cd = vm.release();
    let metas = st.borrow().metas;
    let mt = if f.is_nil() { metas.cdata } else { metas.cdata_gc };
    kiln_interp::stdlib::base::set_table_metatable(vm, cd, Some(mt));
}

/// `ffi.gc(cdata, finalizer)`.
fn ffi_gc(vm: &mut Vm) -> LuaResult<usize> {
    let st = crate::state::of_native(vm);
    if as_cdata(vm.arg(1)).is_none() {
        return Err(vm.type_error(1, "cdata"));
    }
    let f = vm.arg(2);
    if !f.is_nil() && !f.is_function() && vm.metamethod(f, kiln_interp::state::Tm::Call).is_nil() {
        return Err(vm.type_error(2, "function"));
    }
    let slot = vm.frame().base;
    set_finalizer(vm, &st, slot, f);
    vm.push(vm.arg(1));
    Ok(1)
}

/// `ffi.metatype(ct, mt)`: for structs and unions, once per type.
fn ffi_metatype(vm: &mut Vm) -> LuaResult<usize> {
    let st = crate::state::of_native(vm);
    let (ty, _) = check_ct(vm, &st, 1)?;
    vm.check_table(2)?;
    let key = {
        let mut s = st.borrow_mut();
        if !matches!(s.types.kind(ty), Kind::Struct { .. }) {
            None
        } else {
            Some(s.types.unqualified(ty))
        }
    };
    let Some(key) = key else { return Err(vm.arg_error(1, "invalid C type")) };
    let tbl = registry_table(vm, METATYPES_KEY, None);
    if !tbl.get_int(key.0 as i64).is_nil() {
        return Err(vm.rt_error("cannot change a protected metatable"));
    }
    // Re-read: the registry lookup allocated its key, which may move `mt`.
    let mt = vm.arg(2);
    vm.table_set_int(tbl, key.0 as i64, mt);
    let c = crate::cdata::new_ctype(vm, &st, ty);
    vm.push(c);
    Ok(1)
}

/// `ffi.abi(param)`, as LuaJIT on x86-64 Linux.
fn ffi_abi(vm: &mut Vm) -> LuaResult<usize> {
    let s = vm.check_bytes(1)?;
    let yes = matches!(s.as_slice(), b"64bit" | b"le" | b"fpu" | b"hardfp" | b"gc64");
    vm.push(Value::Bool(yes));
    Ok(1)
}
