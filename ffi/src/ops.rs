//! The metamethods of cdata and ctype objects: indexing, stores, arithmetic,
//! comparison, calls, `tostring`, `#`, and `ffi.metatype` dispatch.
//!
//! Semantics are LuaJIT's. `==` reaches `__eq` with a cdata and any other
//! value (`ptr == nil`) because the FFI registers `Vm::eq_any_userdata`.
//! Arithmetic on numeric cdata is C's 64-bit arithmetic giving boxed
//! `int64_t`/`uint64_t` cdata (`int64_arith`, `conv::box_int64`).

use crate::cdata::{as_cdata, as_ctype, push_new, push_ref, with_cdata, CData, Mem};
use crate::conv::{self, classify, Cls, Ctx, Num};
use crate::ctype::{qual, Kind, TypeId};
use crate::state::{of_native, Shared};
use kiln_gc::Gc;
use kiln_interp::meta::ArithOp;
use kiln_interp::object::NativeFn;
use kiln_interp::state::Tm;
use kiln_interp::table::Table;
use kiln_interp::{LuaResult, Value, Vm};

/// Mature tables and natives the metamethods need without allocating (all
/// anchored in the registry).
#[derive(Default)]
struct OpsState {
    metatypes: Option<Gc<Table>>,
    cb_free: Value,
    cb_set: Value,
}

fn set_fn(vm: &mut Vm, st: &Shared, t: Gc<Table>, name: &'static str, f: NativeFn) {
    let nf = crate::state::native(vm, st, f, name);
    // A metamethod name is keyed by the VM's own string for it, which
    // metamethod lookups pass: the key then matches by address.
    let key = match vm.tm_names.iter().find(|k| k.as_bytes() == name.as_bytes()) {
        Some(&k) => k,
        None => vm.shared_str(name.as_bytes()),
    };
    t.set(Value::Str(key), nf).expect("string keys are valid");
}

/// Fill the cdata, cdata_gc and ctype metatables (once per VM).
pub fn fill_metatables(vm: &mut Vm, st: &Shared) {
    if st.borrow_mut().part::<OpsState>().metatypes.is_some() {
        return;
    }
    let metatypes = crate::api::registry_table(vm, crate::api::METATYPES_KEY, None);
    // Each is anchored before the next allocation: a major collection frees
    // mature objects nothing reaches.
    let reg = vm.registry;
    let cb_free = crate::state::native(vm, st, crate::callback::cb_free, "free");
    vm.table_set_str(reg, "kiln.ffi.cb_free", cb_free);
    let cb_set = crate::state::native(vm, st, crate::callback::cb_set, "set");
    vm.table_set_str(reg, "kiln.ffi.cb_set", cb_set);
    *st.borrow_mut().part::<OpsState>() = OpsState { metatypes: Some(metatypes), cb_free, cb_set };
    let metas = st.borrow().metas;
    let common: &[(&'static str, NativeFn)] = &[
        ("__index", cd_index),
        ("__newindex", cd_newindex),
        ("__add", cd_add),
        ("__sub", cd_sub),
        ("__mul", cd_mul),
        ("__div", cd_div),
        ("__mod", cd_mod),
        ("__pow", cd_pow),
        ("__unm", cd_unm),
        ("__idiv", cd_idiv),
        ("__band", cd_band),
        ("__bor", cd_bor),
        ("__bxor", cd_bxor),
        ("__shl", cd_shl),
        ("__shr", cd_shr),
        ("__bnot", cd_bnot),
        ("__eq", cd_eq),
        ("__lt", cd_lt),
        ("__le", cd_le),
        ("__tostring", cd_tostring),
        ("__call", cd_call),
        ("__len", cd_len),
        ("__concat", cd_concat),
        ("__tonumber", cd_tonumber),
        ("__tointeger", cd_tointeger),
    ];
    for t in [metas.cdata, metas.cdata_gc] {
        for &(name, f) in common {
            set_fn(vm, st, t, name, f);
        }
    }
    set_fn(vm, st, metas.cdata_gc, "__gc", cd_gc);
    vm.eq_any_userdata = Some(is_cdata_userdata);
    let ct: &[(&'static str, NativeFn)] =
        &[("__tostring", ct_tostring), ("__call", ct_call), ("__eq", ct_eq), ("__index", ct_index)];
    for &(name, f) in ct {
        set_fn(vm, st, metas.ctype, name, f);
    }
}

/// The `ffi.metatype` table of `ty` (a record, or a pointer to one).
pub fn metatype_of(vm: &Vm, st: &Shared, ty: TypeId) -> Option<Gc<Table>> {
    let _ = vm;
    let mut s = st.borrow_mut();
    let rec = match s.types.kind(ty) {
        Kind::Struct { .. } => ty,
        Kind::Ptr(to) if matches!(s.types.kind(*to), Kind::Struct { .. }) => *to,
        _ => return None,
    };
    let tbl = s.part::<OpsState>().metatypes?;
    let key = s.types.unqualified(rec);
    match tbl.get_int(key.0 as i64) {
        Value::Table(t) => Some(t),
        _ => None,
    }
}

/// Metamethod `tm` of the metatype of cdata `v`, or nil.
fn metatype_mm(vm: &Vm, st: &Shared, v: Value, tm: Tm) -> Value {
    let Some((ty, _)) = as_cdata(v) else { return Value::Nil };
    match metatype_of(vm, st, ty) {
        Some(mt) => mt.get_str(vm.tm_names[tm as usize]),
        None => Value::Nil,
    }
}

/// Call `f` with the running native's arguments and return all its results.
fn delegate(vm: &mut Vm, f: Value) -> LuaResult<usize> {
    let n = vm.nargs();
    vm.ensure_stack(n + 1)?;
    let base = vm.frame().base;
    vm.push(f);
    for i in 0..n {
        vm.push(vm.stack[base + i]);
    }
    vm.call_nested(n, -1)
}

/// The name of `v` in operator messages: a cdata's ctype, else its Lua type.
fn op_name(st: &Shared, v: Value) -> String {
    conv::value_type_name(st, v)
}

/// What `key` addresses in a cdata of type `ty` at `addr`.
enum Place {
    /// A record member (`bits` for bit-fields), with the cdata's const-ness.
    Field { f: crate::ctype::Field, base: *mut u8, konst: bool },
    /// An element of an array or a pointer's target.
    Elem { ty: TypeId, p: *mut u8, konst: bool },
    /// A `static const` member of the record: its value.
    Const(i64),
    /// Not a member: the message ("'struct P' has no member named 'b'").
    Missing(String),
}

/// Member lookups by (record, name): the member without its name (no
/// allocation to copy) and whether it is const. Records never change once
/// complete, so entries stay valid.
#[derive(Default)]
struct FieldCache(FastMap<TypeId, FastMap<Box<[u8]>, CachedField>>);

/// A member (name left empty) and whether it is const.
type CachedField = (crate::ctype::Field, bool);

/// FNV-1a: member names are short and trusted (SipHash dominated lookups).
#[derive(Default)]
pub(crate) struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            h = (h ^ b as u64).wrapping_mul(0x100_0000_01b3);
        }
        self.0 = h;
    }
}

pub(crate) type FastMap<K, V> = std::collections::HashMap<K, V, std::hash::BuildHasherDefault<Fnv>>;

fn find_field_cached(st: &Shared, rec: TypeId, name: &[u8]) -> Option<(crate::ctype::Field, bool)> {
    let mut s = st.borrow_mut();
    if let Some(hit) = s.part::<FieldCache>().0.get(&rec).and_then(|m| m.get(name)) {
        return Some(hit.clone());
    }
    let text = std::str::from_utf8(name).ok()?;
    let mut f = s.types.find_field(rec, text)?;
    // Only complete records are cached (a member lookup on an incomplete one fails above).
    f.name = String::new();
    let konst = s.types.get(f.ty).qual & qual::CONST != 0;
    s.part::<FieldCache>().0.entry(rec).or_default().insert(name.into(), (f.clone(), konst));
    Some((f, konst))
}

/// The integer value of an index key, when it is one.
fn key_index(st: &Shared, key: Value) -> Option<i64> {
    match key {
        Value::Int(i) => Some(i),
        Value::Float(f) => Some(conv::float_to_i64(f)),
        _ => match as_cdata(key) {
            Some((kt, kp)) => {
                let c = classify(&st.borrow().types, kt);
                // SAFETY: an arithmetic cdata holds a value of its class.
                matches!(c, Cls::Int { .. } | Cls::Bool).then(|| unsafe { conv::load_num(c, kp) }.to_i64())
            }
            None => None,
        },
    }
}

/// Find what `key` addresses in cdata `(ty, addr)`.
fn place(st: &Shared, ty: TypeId, addr: *mut u8, key: Value) -> Place {
    let s = st.borrow();
    let t = s.types.get(ty);
    let tconst = t.qual & qual::CONST != 0;
    let (rec, base, rconst) = match &t.kind {
        Kind::Struct { .. } => (Some(ty), addr, tconst),
        Kind::Ptr(to) if matches!(s.types.kind(*to), Kind::Struct { .. }) => {
            // SAFETY: a pointer cdata holds an address.
            let p = unsafe { (addr as *const u64).read_unaligned() } as *mut u8;
            (Some(*to), p, s.types.get(*to).qual & qual::CONST != 0)
        }
        _ => (None, addr, false),
    };
    if let (Some(rec), Value::Str(name)) = (rec, key) {
        drop(s);
        return match find_field_cached(st, rec, name.as_bytes()) {
            Some((f, fconst)) => Place::Field { f, base, konst: rconst || fconst },
            None => {
                let mut s = st.borrow_mut();
                let unq = s.types.unqualified(rec);
                let consts = s.types.record_consts.get(&unq);
                if let Some(&(_, v)) = consts.and_then(|c| c.iter().find(|(n, _)| n.as_bytes() == name.as_bytes())) {
                    return Place::Const(v);
                }
                Place::Missing(format!("'{}' has no member named '{}'", s.types.name(rec), name.to_str_lossy()))
            }
        };
    }
    let (elem, p) = match &t.kind {
        // SAFETY: a pointer cdata holds an address.
        Kind::Ptr(to) => (*to, unsafe { (addr as *const u64).read_unaligned() } as *mut u8),
        Kind::Array { elem, .. } => (*elem, addr),
        _ => {
            let what = match key {
                Value::Str(k) => format!("'{}' has no member named '{}'", s.types.name(ty), k.to_str_lossy()),
                _ => format!("'{}' cannot be indexed with '{}'", s.types.name(ty), key_type(&s, key)),
            };
            return Place::Missing(what);
        }
    };
    drop(s);
    let Some(i) = key_index(st, key) else {
        let s = st.borrow();
        let what = match key {
            Value::Str(k) => format!("'{}' has no member named '{}'", s.types.name(ty), k.to_str_lossy()),
            _ => format!("'{}' cannot be indexed with '{}'", s.types.name(ty), key_type(&s, key)),
        };
        return Place::Missing(what);
    };
    let s = st.borrow();
    let Some(esize) = s.types.size_of(elem) else {
        return Place::Missing("size of C type is unknown or too large".to_string());
    };
    let konst = s.types.get(elem).qual & qual::CONST != 0;
    Place::Elem { ty: elem, p: p.wrapping_offset((i as isize).wrapping_mul(esize as isize)), konst }
}

fn key_type(s: &crate::state::FfiState, key: Value) -> String {
    match as_cdata(key) {
        Some((t, _)) => s.types.name(t),
        None => key.type_name().to_string(),
    }
}

/// Read the value at `p` of type `ty` for `__index`: aggregates are
/// references kept alive by the indexed cdata (argument 1).
fn load_value(vm: &mut Vm, st: &Shared, ty: TypeId, p: *mut u8) -> Value {
    let aggregate = matches!(classify(&st.borrow().types, ty), Cls::Array { .. } | Cls::Record { .. });
    if aggregate {
        let h = vm.hold(vm.arg(1));
        let v = push_ref(vm, st, ty, p, h);
        vm.release();
        return v;
    }
    // SAFETY: `p` addresses a value of `ty` inside (or pointed to by) the cdata, as C semantics promise.
    unsafe { conv::to_lua(vm, st, ty, p, false) }
}

/// `p[i]` or `a[i]` for a number or bool element and an integer key, as
/// `place` and `load_value` would read it, without their general cases.
fn index_number_elem(st: &Shared, ty: TypeId, addr: *mut u8, key: Value) -> Option<Value> {
    let Value::Int(i) = key else { return None };
    let s = st.borrow();
    let (elem, base) = match s.types.kind(ty) {
        // SAFETY: a pointer cdata holds an address.
        Kind::Ptr(to) => (*to, unsafe { (addr as *const u64).read_unaligned() } as *mut u8),
        Kind::Array { elem, .. } => (*elem, addr),
        _ => return None,
    };
    let cls = classify(&s.types, elem);
    let size = match cls {
        // 64-bit integers are boxed (`conv::num_to_lua`): the general path.
        Cls::Int { size: 8, .. } => return None,
        Cls::Int { size, .. } | Cls::Float { size } => size as isize,
        Cls::Bool => 1,
        _ => return None,
    };
    let p = base.wrapping_offset((i as isize).wrapping_mul(size));
    // SAFETY: as in C (and `place`): indexing reads the element the program
    // addresses, a value of class `cls`.
    Some(unsafe {
        match cls {
            Cls::Bool => Value::Bool(p.read() != 0),
            _ => conv::load_num(cls, p).to_value(),
        }
    })
}

/// `cdata[key]`.
fn cd_index(vm: &mut Vm) -> LuaResult<usize> {
    let st = of_native(vm);
    let (this, key) = (vm.arg(1), vm.arg(2));
    let Some((ty, addr)) = as_cdata(this) else { return Ok(0) };
    if let Some(v) = index_number_elem(&st, ty, addr, key) {
        vm.push(v);
        return Ok(1);
    }
    if let (Value::UserData(u), Value::Str(k)) = (this, key) {
        let is_cb = with_cdata(u, |c| c.callback.is_some()).unwrap_or(false);
        if is_cb && matches!(k.as_bytes(), b"free" | b"set") {
            let o = st.borrow_mut().part::<OpsState>().clone_natives();
            vm.push(if k.as_bytes() == b"free" { o.0 } else { o.1 });
            return Ok(1);
        }
    }
    let v = match place(&st, ty, addr, key) {
        Place::Field { f, base, .. } => {
            if f.bits.is_some() {
                // SAFETY: the member lies inside the record at `base`.
                unsafe { conv::load_field(vm, &st, &f, base) }
            } else {
                // SAFETY: the member lies inside the record at `base`.
                let p = unsafe { base.add(f.offset) };
                load_value(vm, &st, f.ty, p)
            }
        }
        Place::Elem { ty, p, .. } => load_value(vm, &st, ty, p),
        Place::Const(v) => Value::Int(v),
        Place::Missing(msg) => {
            let mm = metatype_mm(vm, &st, this, Tm::Index);
            if mm.is_nil() {
                return Err(vm.rt_error(msg));
            }
            if mm.is_function() {
                vm.push(mm);
                vm.push(vm.arg(1));
                vm.push(vm.arg(2));
                vm.call_nested(2, 1)?;
                return Ok(1);
            }
            let key = vm.arg(2);
            let v = vm.index(mm, key)?;
            // LuaJIT: a member the metatype's table lacks is still an error.
            if v.is_nil() {
                return Err(vm.rt_error(msg));
            }
            v
        }
    };
    vm.push(v);
    Ok(1)
}

impl OpsState {
    fn clone_natives(&self) -> (Value, Value) {
        (self.cb_free, self.cb_set)
    }
}

/// `cdata[key] = value`.
fn cd_newindex(vm: &mut Vm) -> LuaResult<usize> {
    let st = of_native(vm);
    let (this, key) = (vm.arg(1), vm.arg(2));
    let Some((ty, addr)) = as_cdata(this) else { return Ok(0) };
    let r = match place(&st, ty, addr, key) {
        Place::Field { konst: true, .. } | Place::Elem { konst: true, .. } | Place::Const(_) => {
            return Err(vm.rt_error("attempt to write to constant location"));
        }
        Place::Field { f, base, .. } => {
            let mut ctx = Ctx::Assign { anchor: this };
            // SAFETY: the member lies inside the record at `base`.
            unsafe { conv::store_field(vm, &st, &f, vm.arg(3), base, &mut ctx) }
        }
        Place::Elem { ty, p, .. } => {
            let mut ctx = Ctx::Assign { anchor: this };
            // SAFETY: `p` addresses an element of the array or pointer target (C semantics: no bounds check).
            unsafe { conv::to_c(vm, &st, ty, vm.arg(3), p, &mut ctx) }
        }
        Place::Missing(msg) => {
            let mm = metatype_mm(vm, &st, this, Tm::NewIndex);
            if mm.is_nil() {
                return Err(vm.rt_error(msg));
            }
            if mm.is_function() {
                return delegate(vm, mm).map(|_| 0);
            }
            let (key, val) = (vm.arg(2), vm.arg(3));
            vm.set_index(mm, key, val)?;
            return Ok(0);
        }
    };
    r.map_err(|m| vm.rt_error(m))?;
    Ok(0)
}

/// An operand as arithmetic and comparisons see it (LuaJIT's `carith_checkarg`).
enum Operand {
    /// A number: a Lua number, or an arithmetic cdata (`u64`: an 8-byte
    /// unsigned one, which makes C arithmetic on the pair unsigned).
    Num(Num, bool),
    /// A pointer (or array or function decaying to one; nil is NULL):
    /// address and pointee.
    Ptr(u64, TypeId),
    Other,
}

/// Both operands of a binary operator: as `operand`, and a string beside an
/// enum cdata is the value of that enum's constant of that name (as LuaJIT:
/// `color == "GREEN"`).
fn operands(st: &Shared, a: Value, b: Value) -> (Operand, Operand) {
    let enum_name = |s: Value, other: Value| {
        let (Value::Str(name), Some((ty, _))) = (s, as_cdata(other)) else { return None };
        let value = conv::enum_constant(st, ty, name.as_bytes())?;
        Some(Operand::Num(Num::Int(value), false))
    };
    let x = enum_name(a, b).unwrap_or_else(|| operand(st, a));
    let y = enum_name(b, a).unwrap_or_else(|| operand(st, b));
    (x, y)
}

fn operand(st: &Shared, v: Value) -> Operand {
    match v {
        Value::Int(i) => Operand::Num(Num::Int(i), false),
        Value::Float(f) => Operand::Num(Num::Float(f), false),
        Value::Nil => Operand::Ptr(0, st.borrow_mut().types.void(0)),
        _ => match as_cdata(v) {
            Some((ty, p)) => {
                let s = st.borrow();
                match classify(&s.types, ty) {
                    // SAFETY: arithmetic and pointer cdata hold a value of their class.
                    c if c.is_arith() => {
                        Operand::Num(unsafe { conv::load_num(c, p) }, matches!(c, Cls::Int { size: 8, signed: false }))
                    }
                    // SAFETY: pointer and function cdata hold an address.
                    Cls::Ptr(to) => Operand::Ptr(unsafe { (p as *const u64).read_unaligned() }, to),
                    Cls::Func => Operand::Ptr(unsafe { (p as *const u64).read_unaligned() }, ty),
                    Cls::Array { elem, .. } => Operand::Ptr(p as u64, elem),
                    _ => Operand::Other,
                }
            }
            None => Operand::Other,
        },
    }
}

fn arith_error(vm: &mut Vm, st: &Shared) -> kiln_interp::LuaError {
    let (a, b) = (vm.arg(1), vm.arg(2));
    let msg = format!("attempt to perform arithmetic on '{}' and '{}'", op_name(st, a), op_name(st, b));
    vm.rt_error(msg)
}

/// A pointer cdata to `pointee` holding `addr`.
fn new_pointer(vm: &mut Vm, st: &Shared, pointee: TypeId, addr: u64) -> Value {
    let ty = st.borrow_mut().types.ptr(pointee, 0);
    push_new(vm, st, CData { ty, mem: Mem::Inline([addr, 0]), callback: None })
}

fn pointee_size(st: &Shared, t: TypeId) -> Option<i64> {
    st.borrow().types.size_of(t).map(|s| s as i64)
}

/// The shared body of the arithmetic metamethods.
fn arith(vm: &mut Vm, op: ArithOp) -> LuaResult<usize> {
    let st = of_native(vm);
    let tm = op.tm();
    for i in [1, 2] {
        let mm = metatype_mm(vm, &st, vm.arg(i), tm);
        if !mm.is_nil() {
            return delegate(vm, mm);
        }
    }
    let (a, b) = operands(&st, vm.arg(1), vm.arg(2));
    let r = match (op, a, b) {
        // LuaJIT's model: both converted to int64_t, or to uint64_t when
        // either is an unsigned 64-bit value, and C's 64-bit arithmetic.
        (_, Operand::Num(x, ux), Operand::Num(y, uy)) => {
            let unsigned = ux || uy;
            let bits = int64_arith(op, x.to_i64(), y.to_i64(), unsigned);
            conv::box_int64(vm, &st, bits, unsigned)
        }
        (ArithOp::Add, Operand::Ptr(p, t), Operand::Num(n, _))
        | (ArithOp::Add, Operand::Num(n, _), Operand::Ptr(p, t)) => {
            let Some(es) = pointee_size(&st, t) else { return Err(arith_error(vm, &st)) };
            new_pointer(vm, &st, t, p.wrapping_add(n.to_i64().wrapping_mul(es) as u64))
        }
        (ArithOp::Sub, Operand::Ptr(p, t), Operand::Num(n, _)) => {
            let Some(es) = pointee_size(&st, t) else { return Err(arith_error(vm, &st)) };
            new_pointer(vm, &st, t, p.wrapping_sub(n.to_i64().wrapping_mul(es) as u64))
        }
        (ArithOp::Sub, Operand::Ptr(p, t), Operand::Ptr(q, u)) => {
            // As LuaJIT: the same pointee, qualifiers and integer signedness aside.
            let same = conv::same_pointee(&st.borrow().types, t, u);
            match pointee_size(&st, t) {
                Some(es) if same && es > 0 => Value::Int((p.wrapping_sub(q) as i64) / es),
                _ => return Err(arith_error(vm, &st)),
            }
        }
        _ => return Err(arith_error(vm, &st)),
    };
    vm.push(r);
    Ok(1)
}

/// The smallest `int64_t`: LuaJIT's result of a division or modulo by zero
/// (and of `INT64_MIN / -1`).
const INT64_MIN_BITS: i64 = i64::MIN;

/// `a op b` on 64-bit integers as LuaJIT computes it (`carith_int64`):
/// wrapping `+ - *` and negation, C's truncating `/` and `%`, integer powers
/// (`lj_carith_powi64`), signed or unsigned by `unsigned`. Lua 5.4's
/// operators LuaJIT lacks keep their Lua meaning on the 64 bits: `//` floors,
/// shifts are logical, bitwise operators act on the bits.
fn int64_arith(op: ArithOp, a: i64, b: i64, unsigned: bool) -> i64 {
    let (ua, ub) = (a as u64, b as u64);
    match op {
        ArithOp::Add => a.wrapping_add(b),
        ArithOp::Sub => a.wrapping_sub(b),
        ArithOp::Mul => a.wrapping_mul(b),
        ArithOp::Unm => a.wrapping_neg(),
        ArithOp::Div | ArithOp::Mod | ArithOp::IDiv if b == 0 => INT64_MIN_BITS,
        ArithOp::Div | ArithOp::IDiv if unsigned => (ua / ub) as i64,
        ArithOp::Mod if unsigned => (ua % ub) as i64,
        ArithOp::Div => a.checked_div(b).unwrap_or(INT64_MIN_BITS),
        ArithOp::Mod => a.checked_rem(b).unwrap_or(0),
        ArithOp::IDiv => kiln_interp::rt::int_floor_div(a, b),
        ArithOp::Pow if unsigned => pow_u64(ua, ub) as i64,
        ArithOp::Pow => pow_i64(a, b),
        ArithOp::BAnd => a & b,
        ArithOp::BOr => a | b,
        ArithOp::BXor => a ^ b,
        ArithOp::BNot => !a,
        ArithOp::Shl => kiln_interp::rt::shift_left(a, b),
        ArithOp::Shr => kiln_interp::rt::shift_right(a, b),
    }
}

/// `x^k` on unsigned 64 bits, wrapping (`lj_carith_powu64`).
fn pow_u64(mut x: u64, mut k: u64) -> u64 {
    let mut y: u64 = 1;
    while k != 0 {
        if k & 1 != 0 {
            y = y.wrapping_mul(x);
        }
        x = x.wrapping_mul(x);
        k >>= 1;
    }
    y
}

/// `x^k` on signed 64 bits (`lj_carith_powi64`): a negative exponent gives
/// the truncated reciprocal, and `0^-k` the largest `int64_t`.
fn pow_i64(x: i64, k: i64) -> i64 {
    if k >= 0 {
        return pow_u64(x as u64, k as u64) as i64;
    }
    match x {
        0 => i64::MAX,
        1 => 1,
        -1 if k & 1 != 0 => -1,
        -1 => 1,
        _ => 0,
    }
}

macro_rules! arith_fns {
    ($($name:ident => $op:ident),* $(,)?) => {
        $(fn $name(vm: &mut Vm) -> LuaResult<usize> { arith(vm, ArithOp::$op) })*
    };
}
arith_fns!(cd_add => Add, cd_sub => Sub, cd_mul => Mul, cd_div => Div, cd_mod => Mod, cd_pow => Pow,
    cd_unm => Unm, cd_idiv => IDiv, cd_band => BAnd, cd_bor => BOr, cd_bxor => BXor, cd_shl => Shl,
    cd_shr => Shr, cd_bnot => BNot);

/// The address a cdata compares by (pointers: their value; aggregates and
/// others: where they are).
fn address(st: &Shared, v: Value) -> Option<u64> {
    let (ty, p) = as_cdata(v)?;
    match classify(&st.borrow().types, ty) {
        // SAFETY: pointer and function cdata hold an address.
        Cls::Ptr(_) | Cls::Func => Some(unsafe { (p as *const u64).read_unaligned() }),
        _ => Some(p as u64),
    }
}

/// `a == b` where one of them is a cdata and the other anything
/// (`Vm::equals` runs `__eq` for such pairs: see `is_cdata_userdata`), as
/// LuaJIT compares: numbers (cdata or Lua, bools cdata included) as C's
/// 64-bit integers, pointers by address with nil as NULL; anything else
/// through the metatype's `__eq`, else by the address of the C value.
/// Never an error.
fn cd_eq(vm: &mut Vm) -> LuaResult<usize> {
    let st = of_native(vm);
    let r = match operands(&st, vm.arg(1), vm.arg(2)) {
        // Signedness does not change the 64 bits both convert to.
        (Operand::Num(x, _), Operand::Num(y, _)) => x.to_i64() == y.to_i64(),
        (Operand::Ptr(p, _), Operand::Ptr(q, _)) => p == q,
        _ => {
            for i in [1, 2] {
                let mm = metatype_mm(vm, &st, vm.arg(i), Tm::Eq);
                if !mm.is_nil() {
                    return delegate(vm, mm);
                }
            }
            match (address(&st, vm.arg(1)), address(&st, vm.arg(2))) {
                (Some(a), Some(b)) => a == b,
                _ => false,
            }
        }
    };
    vm.push(Value::Bool(r));
    Ok(1)
}

/// Whether `u` is a cdata: `Vm::equals` then runs its `__eq` against any
/// value, not only another userdata (registered as `Vm::eq_any_userdata`).
fn is_cdata_userdata(u: &kiln_interp::object::UserData) -> bool {
    u.data.borrow().is::<CData>()
}

fn compare(vm: &mut Vm, tm: Tm) -> LuaResult<usize> {
    let st = of_native(vm);
    for i in [1, 2] {
        let mm = metatype_mm(vm, &st, vm.arg(i), tm);
        if !mm.is_nil() {
            return delegate(vm, mm);
        }
    }
    let r = match operands(&st, vm.arg(1), vm.arg(2)) {
        // As C compares after converting both to int64_t, or to uint64_t
        // when either is an unsigned 64-bit value.
        (Operand::Num(x, ux), Operand::Num(y, uy)) => {
            let (x, y) = (x.to_i64(), y.to_i64());
            let less = if ux || uy { (x as u64) < (y as u64) } else { x < y };
            less || (tm == Tm::Le && x == y)
        }
        (Operand::Ptr(p, t), Operand::Ptr(q, u))
            if {
                let s = st.borrow();
                // As LuaJIT: `void *` orders only with `void *`.
                conv::same_pointee(&s.types, t, u)
            } =>
        {
            if tm == Tm::Lt {
                p < q
            } else {
                p <= q
            }
        }
        _ => {
            let (a, b) = (vm.arg(1), vm.arg(2));
            let msg = format!("attempt to compare '{}' with '{}'", op_name(&st, a), op_name(&st, b));
            return Err(vm.rt_error(msg));
        }
    };
    vm.push(Value::Bool(r));
    Ok(1)
}

fn cd_lt(vm: &mut Vm) -> LuaResult<usize> {
    compare(vm, Tm::Lt)
}

fn cd_le(vm: &mut Vm) -> LuaResult<usize> {
    compare(vm, Tm::Le)
}

/// `tostring(cdata)`: "cdata<int *>: 0x...", "NULL" for null pointers, and
/// 64-bit integers as LuaJIT prints them ("5LL", "5ULL").
fn cd_tostring(vm: &mut Vm) -> LuaResult<usize> {
    let st = of_native(vm);
    let mm = metatype_mm(vm, &st, vm.arg(1), Tm::ToString);
    if !mm.is_nil() {
        return delegate(vm, mm);
    }
    let Some((ty, p)) = as_cdata(vm.arg(1)) else { return Ok(0) };
    let (name, cls) = {
        let s = st.borrow();
        (s.types.name(ty), classify(&s.types, ty))
    };
    let text = match cls {
        // SAFETY: a 64-bit integer cdata holds 8 bytes.
        Cls::Int { size: 8, signed } if !matches!(st.borrow().types.kind(ty), Kind::Enum { .. }) => {
            let v = unsafe { (p as *const i64).read_unaligned() };
            if signed {
                format!("{v}LL")
            } else {
                format!("{}ULL", v as u64)
            }
        }
        _ => {
            let a = address(&st, vm.arg(1)).unwrap_or(0);
            if a == 0 && matches!(cls, Cls::Ptr(_) | Cls::Func) {
                format!("cdata<{name}>: NULL")
            } else {
                format!("cdata<{name}>: 0x{a:08x}")
            }
        }
    };
    vm.push_str(text.as_bytes());
    Ok(1)
}

/// `cdata(...)`: calls a C function, or the metatype's `__call`.
fn cd_call(vm: &mut Vm) -> LuaResult<usize> {
    let st = of_native(vm);
    let Some((ty, _)) = as_cdata(vm.arg(1)) else { return Ok(0) };
    let callable = {
        let s = st.borrow();
        match s.types.kind(ty) {
            Kind::Func { .. } => true,
            Kind::Ptr(to) => matches!(s.types.kind(*to), Kind::Func { .. }),
            _ => false,
        }
    };
    // Functions and function pointers have no metatype (only records and
    // pointers to records do): call C at once.
    if callable {
        return crate::call::call_function_with(vm, &st);
    }
    let mm = metatype_mm(vm, &st, vm.arg(1), Tm::Call);
    if !mm.is_nil() {
        return delegate(vm, mm);
    }
    let name = st.borrow().types.name(ty);
    Err(vm.rt_error(format!("'{name}' is not callable")))
}

/// `#cdata`: the metatype's `__len`, else an error.
fn cd_len(vm: &mut Vm) -> LuaResult<usize> {
    let st = of_native(vm);
    let mm = metatype_mm(vm, &st, vm.arg(1), Tm::Len);
    if !mm.is_nil() {
        return delegate(vm, mm);
    }
    let name = op_name(&st, vm.arg(1));
    Err(vm.rt_error(format!("attempt to get length of '{name}'")))
}

/// `a .. b`: the metatype's `__concat`, else an error.
fn cd_concat(vm: &mut Vm) -> LuaResult<usize> {
    let st = of_native(vm);
    for i in [1, 2] {
        let mm = metatype_mm(vm, &st, vm.arg(i), Tm::Concat);
        if !mm.is_nil() {
            return delegate(vm, mm);
        }
    }
    let (a, b) = (vm.arg(1), vm.arg(2));
    let msg = format!("attempt to concatenate '{}' and '{}'", op_name(&st, a), op_name(&st, b));
    Err(vm.rt_error(msg))
}

/// `__gc` of a cdata given a finalizer with `ffi.gc` (or by its metatype).
fn cd_gc(vm: &mut Vm) -> LuaResult<usize> {
    let f = conv::gc_finalizer(vm.arg(1));
    if f.is_nil() {
        return Ok(0);
    }
    vm.push(f);
    vm.push(vm.arg(1));
    vm.call_nested(1, 0)?;
    Ok(0)
}

/// `tostring(ctype)`: "ctype<int *>".
fn ct_tostring(vm: &mut Vm) -> LuaResult<usize> {
    let st = of_native(vm);
    let Some(ty) = as_ctype(vm.arg(1)) else { return Ok(0) };
    let name = st.borrow().types.name(ty);
    vm.push_str(format!("ctype<{name}>").as_bytes());
    Ok(1)
}

/// `ct(...)`: the metatype's `__new` when it has one (called with the ctype
/// and the arguments), else `ffi.new(ct, ...)`.
fn ct_call(vm: &mut Vm) -> LuaResult<usize> {
    let st = of_native(vm);
    if let Some(ty) = as_ctype(vm.arg(1)) {
        let is_record = matches!(st.borrow().types.kind(ty), Kind::Struct { .. });
        if is_record && metatype_of(vm, &st, ty).is_some() {
            // The key first: allocating it may move the (young) metatype table.
            let k = vm.new_str(b"__new");
            let f = metatype_of(vm, &st, ty).map_or(Value::Nil, |mt| mt.get_str(k));
            if !f.is_nil() {
                return delegate(vm, f);
            }
        }
    }
    crate::api::ffi_new(vm)
}

/// `ctype == ctype`: the same C type.
fn ct_eq(vm: &mut Vm) -> LuaResult<usize> {
    let r = match (as_ctype(vm.arg(1)), as_ctype(vm.arg(2))) {
        (Some(a), Some(b)) => a == b,
        _ => false,
    };
    vm.push(Value::Bool(r));
    Ok(1)
}

/// `ctype.key`: the metatype's `__index` (static members), as LuaJIT.
fn ct_index(vm: &mut Vm) -> LuaResult<usize> {
    let st = of_native(vm);
    let Some(ty) = as_ctype(vm.arg(1)) else { return Ok(0) };
    let mm = match metatype_of(vm, &st, ty) {
        Some(mt) => mt.get_str(vm.tm_names[Tm::Index as usize]),
        None => Value::Nil,
    };
    if mm.is_nil() {
        let name = st.borrow().types.name(ty);
        let key = conv::value_type_name(&st, vm.arg(2));
        let msg = match vm.arg(2) {
            Value::Str(k) => format!("'{name}' has no member named '{}'", k.to_str_lossy()),
            _ => format!("'{name}' cannot be indexed with '{key}'"),
        };
        return Err(vm.rt_error(msg));
    }
    if mm.is_function() {
        return delegate(vm, mm);
    }
    let key = vm.arg(2);
    let v = vm.index(mm, key)?;
    vm.push(v);
    Ok(1)
}

/// `__tointeger` (string.format's `%d`, `%x`...): the 64 bits of an
/// `int64_t` or `uint64_t` cdata, nil for anything else (as LuaJIT's
/// `string.format` accepts only those).
fn cd_tointeger(vm: &mut Vm) -> LuaResult<usize> {
    let st = of_native(vm);
    let r = match as_cdata(vm.arg(1)) {
        Some((ty, p)) => match classify(&st.borrow().types, ty) {
            // SAFETY: a 64-bit integer cdata holds 8 bytes.
            Cls::Int { size: 8, .. } => Value::Int(unsafe { (p as *const i64).read_unaligned() }),
            _ => Value::Nil,
        },
        None => Value::Nil,
    };
    vm.push(r);
    Ok(1)
}

/// `tonumber(cdata)` (through base's `__tonumber` hook): the value of an
/// arithmetic cdata, nil for anything else (pointers included, as LuaJIT).
/// 64-bit integers give Lua integers, except `uint64_t` values above
/// `math.maxinteger`, which give the nearest float (as LuaJIT's double).
fn cd_tonumber(vm: &mut Vm) -> LuaResult<usize> {
    let st = of_native(vm);
    let r = match operand(&st, vm.arg(1)) {
        Operand::Num(Num::Int(i), true) if i < 0 => Value::Float(i as u64 as f64),
        Operand::Num(n, _) => n.to_value(),
        _ => Value::Nil,
    };
    vm.push(r);
    Ok(1)
}
