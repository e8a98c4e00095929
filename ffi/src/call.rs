//! Calling C functions through libffi: a prepared call interface cached per
//! function type (and per argument-type list for varargs), argument
//! conversion into an argument buffer, result conversion, `errno` capture, and
//! the "active call" record that lets C call back into Lua.
//!
//! Invariant: while C runs, the `&mut Vm` of `call_function` is not used; a
//! callback reaches the VM only through the raw pointer in the thread's
//! innermost `ActiveCall` record for that VM (see `call_c`).
//!
//! Invariant: an error raised by a callback is kept rooted in the registry
//! (`kiln.ffi.pending`, one slot per nesting depth) until the C call that
//! the callback ran under returns and raises it.

use crate::cdata::as_cdata;
use crate::conv::{self, classify, load_num, store_num, Cls, Ctx, Num};
use crate::ctype::{Kind, Prim, TypeId, Types};
use crate::state::{shared, Shared};
use kiln_gc::Gc;
use kiln_interp::table::Table;
use kiln_interp::{LuaError, LuaResult, Value, Vm};
use libffi::middle::{Cif, Type};
use libffi::raw;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::ffi::c_void;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

/// Argument words kept on the Rust stack (larger calls use a heap buffer).
const SMALL_WORDS: usize = 16;

/// A prepared call: the libffi interface and where each argument goes.
pub(crate) struct Iface {
    cif: Cif,
    /// The type each argument is converted to (arrays and functions decayed
    /// to pointers; varargs promoted).
    args: Vec<TypeId>,
    /// Byte offset of each argument in the argument buffer.
    offsets: Vec<usize>,
    /// Size of the argument buffer in 8-byte words.
    buf_words: usize,
    ret: TypeId,
    ret_void: bool,
    /// Size of the result buffer in 8-byte words (at least one `ffi_arg`).
    ret_words: usize,
    /// Declared fixed parameters (the rest are varargs).
    nfixed: usize,
    variadic: bool,
    /// The argument indices of function-pointer parameters: a callback
    /// passed there is described by the parameter's declared name, when the
    /// called function's declaration gives one ("callback 'compar'").
    fn_params: Vec<usize>,
    /// The class of each argument's type (for the number fast path).
    arg_cls: Vec<Cls>,
    /// The class of the result type.
    ret_cls: Cls,
    /// How to call without libffi, when the signature allows (see `Direct`).
    direct: Option<Direct>,
}

/// A call made through a plain function pointer instead of `ffi_call`:
/// non-variadic, at most six integer/pointer and eight float/double
/// arguments, an integer, pointer, float, double or void result.
///
/// The x86-64 SysV ABI passes the first six integer-class arguments in
/// rdi, rsi, rdx, rcx, r8, r9 and the first eight float-class ones in
/// xmm0..xmm7, each class counted separately in argument order, and returns
/// integers in rax and floats in xmm0. A callee reads only the registers its
/// own parameters occupy. So calling any such function through
/// `fn(u64 x6, f64 x8)` with each integer argument placed in its class slot
/// (sign- or zero-extended to 64 bits, as clang expects of narrow
/// arguments) and each float argument in its slot (a `float` as the f64 whose
/// low 32 bits are its bits) passes exactly what a correctly typed call
/// would. The result register is read whole; narrow integer results are
/// then read from its low bytes with the type's own extension (the ABI
/// leaves the upper bits undefined), a `float` from the low 32 bits of xmm0.
/// The function pointer type is not variadic, so `al` is not needed.
pub(crate) struct Direct {
    /// Per argument: where it goes.
    slots: Vec<Slot>,
    ret: DirectRet,
}

#[derive(Clone, Copy)]
enum Slot {
    /// Integer register `n`, read as class `Cls` (an integer, bool or pointer).
    Int(u8, Cls),
    /// Float register `n` holding a `float`.
    F32(u8),
    /// Float register `n` holding a `double`.
    F64(u8),
}

#[derive(Clone, Copy)]
enum DirectRet {
    /// Void or an integer, bool or pointer result (in rax).
    Int,
    F32,
    F64,
}

type IntRetFn = unsafe extern "C" fn(u64, u64, u64, u64, u64, u64, f64, f64, f64, f64, f64, f64, f64, f64) -> u64;
type FloatRetFn = unsafe extern "C" fn(u64, u64, u64, u64, u64, u64, f64, f64, f64, f64, f64, f64, f64, f64) -> f64;

impl Direct {
    /// The direct plan for arguments of classes `args` and a result of class
    /// `ret`, or `None` when libffi must make the call.
    fn plan(args: &[Cls], ret: Cls) -> Option<Direct> {
        let (mut ints, mut floats) = (0u8, 0u8);
        let mut slots = Vec::with_capacity(args.len());
        for &c in args {
            let slot = match c {
                Cls::Bool | Cls::Int { .. } | Cls::Ptr(_) => {
                    ints += 1;
                    Slot::Int(ints - 1, c)
                }
                Cls::Float { size: 4 } => {
                    floats += 1;
                    Slot::F32(floats - 1)
                }
                Cls::Float { .. } => {
                    floats += 1;
                    Slot::F64(floats - 1)
                }
                _ => return None,
            };
            slots.push(slot);
        }
        if ints > 6 || floats > 8 {
            return None;
        }
        let ret = match ret {
            Cls::Void | Cls::Bool | Cls::Int { .. } | Cls::Ptr(_) => DirectRet::Int,
            Cls::Float { size: 4 } => DirectRet::F32,
            Cls::Float { .. } => DirectRet::F64,
            _ => return None,
        };
        Some(Direct { slots, ret })
    }

    /// Call `code` with the arguments converted at `args` (at `offsets`),
    /// writing the result register to `ret` (8 bytes).
    ///
    /// # Safety
    /// `code` must be a non-variadic C function whose parameters have the
    /// classes this plan was made from, `args + offsets[i]` must hold
    /// argument i converted to its type, `ret` must have room for 8 bytes.
    unsafe fn call(&self, code: usize, args: *const u8, offsets: &[usize], ret: *mut u8) {
        let mut i = [0u64; 6];
        let mut f = [0f64; 8];
        for (slot, &off) in self.slots.iter().zip(offsets) {
            // SAFETY: argument slots hold a value of their type (contract).
            unsafe {
                let p = args.add(off);
                match *slot {
                    Slot::Int(n, Cls::Ptr(_)) => i[n as usize] = (p as *const u64).read_unaligned(),
                    Slot::Int(n, c) => i[n as usize] = load_num(c, p).to_i64() as u64,
                    Slot::F32(n) => f[n as usize] = f64::from_bits((p as *const u32).read_unaligned() as u64),
                    Slot::F64(n) => f[n as usize] = (p as *const f64).read_unaligned(),
                }
            }
        }
        // SAFETY: see `Direct`: under the SysV ABI this call passes each
        // argument in the register the callee reads it from, and the
        // result register is read as a whole word (or xmm0 as a double), of
        // which only the bytes of the declared result type are used later.
        unsafe {
            match self.ret {
                DirectRet::Int => {
                    let fp: IntRetFn = std::mem::transmute(code);
                    let r = fp(i[0], i[1], i[2], i[3], i[4], i[5], f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7]);
                    (ret as *mut u64).write_unaligned(r);
                }
                DirectRet::F32 => {
                    let fp: FloatRetFn = std::mem::transmute(code);
                    let r = fp(i[0], i[1], i[2], i[3], i[4], i[5], f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7]);
                    (ret as *mut u32).write_unaligned(r.to_bits() as u32);
                }
                DirectRet::F64 => {
                    let fp: FloatRetFn = std::mem::transmute(code);
                    let r = fp(i[0], i[1], i[2], i[3], i[4], i[5], f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7]);
                    (ret as *mut f64).write_unaligned(r);
                }
            }
        }
    }
}

/// The call machinery's part of the FFI state.
#[derive(Default)]
pub(crate) struct CallCache {
    fixed: HashMap<TypeId, Rc<Iface>, IdBuild>,
    varargs: HashMap<(TypeId, Vec<TypeId>), Rc<Iface>>,
    /// Non-variadic functions already called, by (type, code address): the
    /// whole per-call lookup in one probe.
    prepared: HashMap<(TypeId, usize), Prepared, IdBuild>,
    /// Symbol names and declared parameter names of resolved functions by
    /// code address, for messages.
    names: HashMap<usize, Named, IdBuild>,
    boundary: Arc<Boundary>,
    pending: Option<Gc<Table>>,
}

/// A cached call target: its interface and its names (when known).
#[derive(Clone)]
struct Prepared {
    iface: Rc<Iface>,
    name: Option<Named>,
}

/// A declared function's symbol name and parameter names (see `Symbol::Extern`).
#[derive(Clone)]
pub(crate) struct Named {
    name: Rc<str>,
    param_names: Rc<[Rc<str>]>,
}

/// A multiplicative hasher for small integer keys (type ids, addresses):
/// the default SipHash is a visible part of a C call's cost.
#[derive(Default)]
pub(crate) struct IdHasher(u64);

impl std::hash::Hasher for IdHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(b as u64);
        }
    }
    fn write_u32(&mut self, n: u32) {
        self.write_u64(n as u64);
    }
    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64);
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

pub(crate) type IdBuild = std::hash::BuildHasherDefault<IdHasher>;

/// What callbacks running on other threads share with the VM's thread.
#[derive(Default)]
pub(crate) struct Boundary {
    /// C calls in progress on the VM's thread.
    pub active: AtomicUsize,
    /// A callback was invoked on a foreign thread during a C call: which one
    /// the call raises when it returns.
    pub foreign: Mutex<Option<ForeignCall>>,
    /// Set with `foreign` (so a call returning checks one flag, not the lock).
    pub any_foreign: AtomicBool,
}

/// A callback invoked on a thread that does not run its VM.
pub(crate) struct ForeignCall {
    /// The closure's code address (to find its parameter name).
    pub code: usize,
    /// Its function pointer type.
    pub type_name: String,
}

/// How messages name the callback at `code` invoked during C call `rec`:
/// "callback 'compar' from C qsort" (the parameter it was passed as), else
/// "callback from C qsort", or with `type_name` "callback of type '...' from C qsort".
pub(crate) fn describe_callback(rec: &ActiveCall, code: usize, type_name: Option<&str>) -> String {
    match (rec.cb_names.iter().find(|(c, _)| *c == code), type_name) {
        (Some((_, name)), _) => format!("callback '{name}' from C {}", rec.cfunc),
        (None, Some(t)) => format!("callback of type '{t}' from C {}", rec.cfunc),
        (None, None) => format!("callback from C {}", rec.cfunc),
    }
}

/// One C call in progress on this thread (a stack of them through `prev`).
pub(crate) struct ActiveCall {
    /// The VM that made the call. See `call_c` for why this may be used.
    pub vm: *mut Vm,
    /// The VM's boundary: identifies the VM (its address is stable even if
    /// the `Vm` value moves between calls).
    pub owner: *const Boundary,
    /// The FFI state of that VM (callbacks need it at once).
    pub state: Shared,
    /// The C function's name ("?" when unknown), for callback descriptions.
    pub cfunc: Rc<str>,
    /// Callbacks passed as named parameters: (code address, parameter name).
    pub cb_names: Vec<(usize, Rc<str>)>,
    /// The description of the callback run last (code address, text).
    pub last_desc: RefCell<Option<(usize, Rc<str>)>>,
    /// A callback failed: its error waits in `kiln.ffi.pending[depth]`.
    pub pending: Cell<bool>,
    /// `vm.error_handled` as the failed callback left it.
    pub handled: Cell<bool>,
    /// Nesting depth of C calls of this VM (1 = outermost).
    pub depth: i64,
    pub prev: *const ActiveCall,
}

thread_local! {
    /// The innermost C call running on this thread (null when none).
    static ACTIVE: Cell<*const ActiveCall> = const { Cell::new(std::ptr::null()) };
}

/// The innermost active C call on this thread of the VM whose boundary is `owner`.
pub(crate) fn active_call_of(owner: *const Boundary) -> Option<&'static ActiveCall> {
    let mut p = ACTIVE.with(|a| a.get());
    while !p.is_null() {
        // SAFETY: records are linked while their `call_c` frame is live and
        // unlinked before it returns, so every pointer in the chain is valid;
        // they are only read through shared references (Cell fields).
        let rec = unsafe { &*p };
        if std::ptr::eq(rec.owner, owner) {
            return Some(rec);
        }
        p = rec.prev;
    }
    None
}

/// The shared foreign-thread state of the VM owning `st`.
pub(crate) fn boundary(st: &Shared) -> Arc<Boundary> {
    st.borrow_mut().calls.boundary.clone()
}

/// Record the symbol name and parameter names of the function at `addr`
/// (for messages).
pub(crate) fn remember_name(st: &Shared, addr: usize, name: &str, param_names: &Rc<[Rc<str>]>) {
    let mut s = st.borrow_mut();
    let names = &mut s.calls.names;
    names.entry(addr).or_insert_with(|| Named { name: Rc::from(name), param_names: param_names.clone() });
}

/// The registry-anchored table holding errors of failed callbacks by depth.
pub(crate) fn pending_table(vm: &mut Vm, st: &Shared) -> Gc<Table> {
    if let Some(t) = st.borrow_mut().calls.pending {
        return t;
    }
    let t = vm.alloc_mature(Table::new(4, 0));
    let reg = vm.registry;
    vm.table_set_str(reg, "kiln.ffi.pending", Value::Table(t));
    st.borrow_mut().calls.pending = Some(t);
    t
}

// ------------------------------------------------------------ libffi types

/// The type an argument or parameter of type `ty` is passed as: arrays decay
/// to pointers to their element, functions to function pointers.
pub(crate) fn decay(types: &mut Types, ty: TypeId) -> TypeId {
    match types.kind(ty).clone() {
        Kind::Array { elem, .. } => types.ptr(elem, 0),
        Kind::Func { .. } => types.ptr(ty, 0),
        _ => ty,
    }
}

/// The libffi type of a C value of type `ty` (decayed already).
pub(crate) fn ffi_type(types: &Types, ty: TypeId) -> Result<Type, String> {
    Ok(match types.kind(ty) {
        Kind::Void => Type::void(),
        Kind::Prim(p) => prim_type(*p),
        Kind::Ptr(_) | Kind::Func { .. } | Kind::Array { .. } => Type::pointer(),
        Kind::Enum { unsigned, .. } => {
            if *unsigned {
                Type::u32()
            } else {
                Type::i32()
            }
        }
        Kind::Struct { body: None, .. } => {
            return Err(format!("cannot pass incomplete type '{}' by value", types.name(ty)))
        }
        Kind::Struct { union, body: Some(body), .. } => {
            let layout = types.layout(ty).ok_or_else(|| format!("incomplete type '{}'", types.name(ty)))?;
            if layout.size == 0 {
                return Err(format!("cannot pass empty '{}' by value", types.name(ty)));
            }
            if *union || body.flexible || body.fields.iter().any(|f| f.bits.is_some()) {
                eightbyte_type(types, ty, layout.size, layout.align)
            } else {
                let mut elems = Vec::with_capacity(body.fields.len());
                for f in &body.fields {
                    if let Some(t) = member_type(types, f.ty)? {
                        elems.push(t);
                    }
                }
                Type::structure(elems)
            }
        }
    })
}

fn prim_type(p: Prim) -> Type {
    match p {
        Prim::Bool | Prim::UChar => Type::u8(),
        Prim::Char | Prim::SChar => Type::i8(),
        Prim::Short => Type::i16(),
        Prim::UShort => Type::u16(),
        Prim::Int => Type::i32(),
        Prim::UInt => Type::u32(),
        Prim::Long | Prim::LongLong => Type::i64(),
        Prim::ULong | Prim::ULongLong => Type::u64(),
        Prim::Float => Type::f32(),
        Prim::Double => Type::f64(),
    }
}

/// A struct member's libffi type; an array member is a struct of its
/// elements (same size, alignment and classification); `None` for a
/// zero-length array.
fn member_type(types: &Types, ty: TypeId) -> Result<Option<Type>, String> {
    match types.kind(ty) {
        Kind::Array { elem, len } => {
            let n = len.unwrap_or(0);
            if n == 0 {
                return Ok(None);
            }
            let Some(e) = member_type(types, *elem)? else { return Ok(None) };
            Ok(Some(Type::structure(std::iter::repeat_n(e, n))))
        }
        _ => ffi_type(types, ty).map(Some),
    }
}

/// A record libffi cannot describe member by member (unions, bit-fields):
/// one element per eightbyte with the SysV class of what overlaps it, so it
/// travels in the same registers; above 16 bytes (memory class) any
/// elements of the right size do.
fn eightbyte_type(types: &Types, ty: TypeId, size: usize, align: usize) -> Type {
    if size > 16 {
        let unit = match align {
            8.. => Type::u64(),
            4 => Type::u32(),
            2 => Type::u16(),
            _ => Type::u8(),
        };
        return Type::structure(std::iter::repeat_n(unit, size / align.clamp(1, 8)));
    }
    let mut leaves = Vec::new();
    scalar_leaves(types, ty, 0, &mut leaves);
    let mut elems = Vec::new();
    let mut start = 0;
    while start < size {
        let len = (size - start).min(8);
        let overlapping = leaves.iter().filter(|(off, sz, _)| *off < start + len && off + sz > start);
        let mut any = false;
        let mut all_float = true;
        for (_, _, is_float) in overlapping {
            any = true;
            all_float &= *is_float;
        }
        if any && all_float {
            elems.push(if len > 4 { Type::f64() } else { Type::f32() });
        } else {
            match len {
                8 => elems.push(Type::u64()),
                4 => elems.push(Type::u32()),
                2 => elems.push(Type::u16()),
                _ => elems.extend(std::iter::repeat_n(Type::u8(), len).collect::<Vec<_>>()),
            }
        }
        start += len;
    }
    Type::structure(elems)
}

/// The scalar pieces of a value of type `ty` at `base`: (offset, size, float).
fn scalar_leaves(types: &Types, ty: TypeId, base: usize, out: &mut Vec<(usize, usize, bool)>) {
    match types.kind(ty) {
        Kind::Prim(p) => out.push((base, p.size(), p.is_float())),
        Kind::Array { elem, len: Some(n) } => {
            let es = types.size_of(*elem).unwrap_or(0);
            for i in 0..(*n).min(16) {
                scalar_leaves(types, *elem, base + i * es, out);
            }
        }
        Kind::Struct { body: Some(body), .. } => {
            for f in &body.fields {
                match f.bits {
                    Some(_) => out.push((base + f.offset, types.size_of(f.ty).unwrap_or(4), false)),
                    None => scalar_leaves(types, f.ty, base + f.offset, out),
                }
            }
        }
        _ => out.push((base, types.size_of(ty).unwrap_or(8), false)),
    }
}

// ------------------------------------------------------------ interfaces

/// Build the call interface of function type `fty` called with varargs of
/// types `extra` (already promoted).
fn build_iface(types: &mut Types, fty: TypeId, extra: &[TypeId]) -> Result<Iface, String> {
    let Kind::Func { ret, params, variadic } = types.kind(fty).clone() else {
        return Err(format!("'{}' is not a function type", types.name(fty)));
    };
    let mut args: Vec<TypeId> = params.iter().map(|&p| decay(types, p)).collect();
    let nfixed = args.len();
    if variadic {
        args.extend_from_slice(extra);
    }
    let mut ffi_args = Vec::with_capacity(args.len());
    let mut offsets = Vec::with_capacity(args.len());
    let mut pos = 0usize;
    for &a in &args {
        let t = ffi_type(types, a)?;
        // SAFETY: `t` is a valid ffi_type; libffi fills in a struct's size when
        // the cif is prepared, so take the larger of that and the C layout below.
        let ffi_size = unsafe { (*t.as_raw_ptr()).size };
        let size = types.size_of(a).unwrap_or(8).max(ffi_size).max(8);
        offsets.push(pos);
        pos += size.div_ceil(16) * 16;
        ffi_args.push(t);
    }
    let ret_void = matches!(types.kind(ret), Kind::Void);
    let ret = if ret_void { ret } else { decay(types, ret) };
    let rtype = ffi_type(types, ret)?;
    let cif = if variadic { Cif::try_new_variadic(ffi_args, nfixed, rtype) } else { Cif::try_new(ffi_args, rtype) }
        .map_err(|e| format!("cannot prepare a call to '{}': {e:?}", types.name(fty)))?;
    // SAFETY: the cif is prepared: its rtype has its final size.
    let rsize = unsafe { (*(*cif.as_raw_ptr()).rtype).size };
    let ret_words = types.size_of(ret).unwrap_or(0).max(rsize).max(8).div_ceil(8) + 1;
    let fn_params = (0..nfixed)
        .filter(|&i| matches!(types.kind(args[i]), Kind::Ptr(to) if matches!(types.kind(*to), Kind::Func { .. })))
        .collect();
    let arg_cls: Vec<Cls> = args.iter().map(|&a| classify(types, a)).collect();
    let ret_cls = classify(types, ret);
    let direct = if variadic { None } else { Direct::plan(&arg_cls, ret_cls) };
    Ok(Iface {
        cif,
        args,
        offsets,
        buf_words: pos / 8,
        ret,
        ret_void,
        ret_words,
        nfixed,
        variadic,
        fn_params,
        arg_cls,
        ret_cls,
        direct,
    })
}

/// The cached interface for calling `fty` with the arguments on the stack
/// from position `first` (varargs promoted from their values).
fn iface_for(vm: &mut Vm, st: &Shared, fty: TypeId, first: usize, nargs: usize) -> Result<Rc<Iface>, String> {
    let mut s = st.borrow_mut();
    let (nparams, variadic) = match s.types.kind(fty) {
        Kind::Func { params, variadic, .. } => (params.len(), *variadic),
        _ => return Err(format!("'{}' is not a function type", s.types.name(fty))),
    };
    if nargs < nparams || (nargs > nparams && !variadic) {
        return Err("wrong number of arguments for function call".to_string());
    }
    if !variadic {
        if let Some(i) = s.calls.fixed.get(&fty) {
            return Ok(i.clone());
        }
        let i = Rc::new(build_iface(&mut s.types, fty, &[])?);
        s.calls.fixed.insert(fty, i.clone());
        return Ok(i);
    }
    let mut extra = Vec::with_capacity(nargs - nparams);
    for k in nparams..nargs {
        let v = vm.arg(first + k);
        extra.push(promote(&mut s.types, v).map_err(|m| format!("bad argument #{} ({m})", k + 1))?);
    }
    let key = (fty, extra);
    if let Some(i) = s.calls.varargs.get(&key) {
        return Ok(i.clone());
    }
    let i = Rc::new(build_iface(&mut s.types, fty, &key.1)?);
    s.calls.varargs.insert(key, i.clone());
    Ok(i)
}

/// The C type a vararg value is passed as: LuaJIT's rule, every Lua number
/// (integer or float) a `double`, a cdata its own type after C's default
/// argument promotions. An integer C must see as an integer is passed as a
/// cdata (`ffi.new("int", 3)`), as in LuaJIT.
fn promote(types: &mut Types, v: Value) -> Result<TypeId, String> {
    Ok(match v {
        Value::Int(_) | Value::Float(_) => types.prim(Prim::Double, 0),
        Value::Bool(_) => types.prim(Prim::Int, 0),
        Value::Str(_) => {
            let c = types.prim(Prim::Char, crate::ctype::qual::CONST);
            types.ptr(c, 0)
        }
        Value::Nil => {
            let v = types.void(0);
            types.ptr(v, 0)
        }
        _ => match as_cdata(v) {
            Some((ty, _)) => match types.kind(ty).clone() {
                Kind::Prim(p) if p.is_float() => types.prim(Prim::Double, 0),
                Kind::Prim(p) if p.size() < 4 => types.prim(Prim::Int, 0),
                Kind::Enum { .. } => types.prim(Prim::Int, 0),
                _ => {
                    let d = decay(types, ty);
                    types.unqualified(d)
                }
            },
            None => return Err(format!("cannot convert '{}' to 'void *'", v.type_name())),
        },
    })
}

// ------------------------------------------------------------ calls

/// `__call` of a function cdata (type `Func`, or pointer to `Func`): argument
/// 1 is the cdata, the C arguments follow. Returns the number of results.
pub fn call_function(vm: &mut Vm) -> LuaResult<usize> {
    let st = shared(vm);
    call_function_with(vm, &st)
}

/// `call_function` for a caller that has the FFI state at hand already
/// (finding it is a visible part of a cheap call's cost).
pub fn call_function_with(vm: &mut Vm, st: &Shared) -> LuaResult<usize> {
    let st = st.clone();
    let (fty, code) = callee(vm, &st)?;
    let nargs = vm.nargs().saturating_sub(1);
    let (iface, named, boundary) = prepare(vm, &st, fty, code, nargs)?;
    let name = named.name.clone();
    let mut small = [0u64; SMALL_WORDS];
    let mut big = Vec::new();
    let buf: &mut [u64] = if iface.buf_words <= SMALL_WORDS {
        &mut small[..iface.buf_words]
    } else {
        big.resize(iface.buf_words, 0u64);
        &mut big[..]
    };
    let base = buf.as_mut_ptr().cast::<u8>();
    for i in 0..nargs {
        // SAFETY: `offsets[i]` plus the argument's size lies inside the buffer
        // (`build_iface` sized it from every argument's size).
        let dst = unsafe { base.add(iface.offsets[i]) };
        if let Err(m) = convert_arg(vm, &st, &iface, i, dst) {
            return Err(vm.rt_error(format!("bad argument #{} to '{name}' ({m})", i + 1)));
        }
    }
    let mut ret = [0u64; 4];
    let mut ret_big = Vec::new();
    let retp: *mut u64 = if iface.ret_words <= ret.len() {
        ret.as_mut_ptr()
    } else {
        ret_big.resize(iface.ret_words, 0u64);
        ret_big.as_mut_ptr()
    };
    let cb_names = if iface.fn_params.is_empty() { Vec::new() } else { callback_names(&iface, &named, base) };
    // SAFETY: the buffer holds each argument converted to the type the cif
    // declares for it, `retp` has room for the result (`ret_words`), and
    // `code` is the address of a C function of type `fty`.
    unsafe { call_c(vm, &st, &iface, code, base, retp.cast(), name, cb_names, boundary) }?;
    if iface.ret_void {
        return Ok(0);
    }
    // SAFETY: `retp` holds a value of type `ret` (libffi widened small
    // integers to a full word; on x86-64 their bytes come first).
    let v = unsafe {
        match iface.ret_cls {
            Cls::Bool => Value::Bool(retp.cast::<u8>().read() != 0),
            c @ (Cls::Int { .. } | Cls::Float { .. }) => conv::num_to_lua(vm, &st, c, load_num(c, retp.cast::<u8>())),
            _ => conv::to_lua(vm, &st, iface.ret, retp.cast::<u8>(), true),
        }
    };
    vm.push(v);
    Ok(1)
}

/// (code address, parameter name) of the function pointers passed to
/// function-pointer parameters that `named`'s declaration names, from the
/// converted arguments at `base`.
fn callback_names(iface: &Iface, named: &Named, base: *const u8) -> Vec<(usize, Rc<str>)> {
    let read = |i: usize| {
        // SAFETY: argument `i` is a pointer, written at its offset in the buffer.
        unsafe { base.add(iface.offsets[i]).cast::<usize>().read() }
    };
    let pname = |i: usize| named.param_names.get(i).filter(|n| !n.is_empty());
    iface.fn_params.iter().filter_map(|&i| pname(i).map(|n| (read(i), n.clone()))).collect()
}

/// The interface, C names and boundary for calling `code` of type `fty`
/// with `nargs` arguments: one cache probe for a function called before.
/// The boundary is the one the state's call cache keeps for the VM's life
/// (never replaced), so its address stays valid while the VM exists.
fn prepare(
    vm: &mut Vm,
    st: &Shared,
    fty: TypeId,
    code: usize,
    nargs: usize,
) -> LuaResult<(Rc<Iface>, Named, *const Boundary)> {
    let hit = {
        let mut s = st.borrow_mut();
        let cache = &mut s.calls;
        cache.prepared.get(&(fty, code)).map(|p| (p.clone(), Arc::as_ptr(&cache.boundary)))
    };
    if let Some((p, boundary)) = hit {
        if p.iface.args.len() == nargs {
            let named = p.name.unwrap_or_else(|| unnamed(call_site_name(vm)));
            return Ok((p.iface, named, boundary));
        }
    }
    let name = function_name(vm, st, code);
    let iface = match iface_for(vm, st, fty, 2, nargs) {
        Ok(i) => i,
        Err(m) if m.starts_with("bad argument") => {
            return Err(vm.rt_error(m.replacen(" (", &format!(" to '{}' (", name.name), 1)))
        }
        Err(m) => return Err(vm.rt_error(m)),
    };
    let mut s = st.borrow_mut();
    let cache = &mut s.calls;
    if !iface.variadic {
        let known = cache.names.get(&code).cloned();
        cache.prepared.insert((fty, code), Prepared { iface: iface.clone(), name: known });
    }
    Ok((iface, name, Arc::as_ptr(&cache.boundary)))
}

/// The name the calling instruction used for the function ("?" if none).
fn call_site_name(vm: &Vm) -> Rc<str> {
    match vm.native_call_name() {
        Some((_, n)) => Rc::from(n.as_str()),
        None => Rc::from("?"),
    }
}

/// Convert argument `i` (stack argument `i + 2`) into `dst`.
fn convert_arg(vm: &mut Vm, st: &Shared, iface: &Iface, i: usize, dst: *mut u8) -> Result<(), String> {
    let v = vm.arg(i + 2);
    let ty = iface.args[i];
    if let (c @ (Cls::Int { .. } | Cls::Float { .. }), Value::Int(_) | Value::Float(_)) = (iface.arg_cls[i], v) {
        let n = match v {
            Value::Int(k) => Num::Int(k),
            Value::Float(f) => Num::Float(f),
            _ => unreachable!("matched above"),
        };
        // SAFETY: `dst` has room for a value of type `ty`, of class `c`.
        unsafe { store_num(c, dst, n) };
        return Ok(());
    }
    if i >= iface.nfixed {
        // Varargs promoted from plain Lua values are written directly.
        // SAFETY: `dst` has room for 8 bytes (every argument slot does).
        let direct = unsafe {
            match v {
                Value::Int(n) => dst.cast::<f64>().write(n as f64),
                Value::Float(f) => dst.cast::<f64>().write(f),
                Value::Bool(b) => dst.cast::<i32>().write(b as i32),
                Value::Nil => dst.cast::<usize>().write(0),
                _ => (),
            }
            matches!(v, Value::Int(_) | Value::Float(_) | Value::Bool(_) | Value::Nil)
        };
        if direct {
            return Ok(());
        }
    }
    let mut ctx = Ctx::Arg;
    // SAFETY: `dst` has room for a value of type `ty` (see `build_iface`).
    unsafe { conv::to_c(vm, st, ty, v, dst, &mut ctx) }
}

/// The function type and code address of the callee (argument 1).
fn callee(vm: &mut Vm, st: &Shared) -> LuaResult<(TypeId, usize)> {
    let Some((ty, p)) = as_cdata(vm.arg(1)) else {
        return Err(vm.rt_error("attempt to call a non-cdata value"));
    };
    let fty = {
        let s = st.borrow();
        match s.types.kind(ty) {
            Kind::Func { .. } => Some(ty),
            Kind::Ptr(to) if matches!(s.types.kind(*to), Kind::Func { .. }) => Some(*to),
            _ => None,
        }
    };
    let Some(fty) = fty else {
        let n = st.borrow().types.name(ty);
        return Err(vm.rt_error(format!("'{n}' is not callable")));
    };
    // SAFETY: a function or function-pointer cdata holds the code address in
    // its first word.
    let code = unsafe { p.cast::<usize>().read() };
    if code == 0 {
        return Err(vm.rt_error("attempt to call a NULL function pointer"));
    }
    Ok((fty, code))
}

/// The C names of the function at `code`: its symbol's, or the name the
/// call site used (or "?") without parameter names.
fn function_name(vm: &Vm, st: &Shared, code: usize) -> Named {
    if let Some(n) = st.borrow_mut().calls.names.get(&code) {
        return n.clone();
    }
    unnamed(call_site_name(vm))
}

/// Names for a function known only by `name`.
fn unnamed(name: Rc<str>) -> Named {
    Named { name, param_names: Rc::from([]) }
}

/// Call `code` through libffi.
///
/// # Safety
/// As `call_c`.
unsafe fn ffi_call(iface: &Iface, code: usize, args: *mut u8, ret: *mut c_void) {
    let n = iface.args.len();
    let mut small = [std::ptr::null_mut::<c_void>(); SMALL_WORDS];
    let mut big = Vec::new();
    let argv: *mut *mut c_void = if n <= SMALL_WORDS {
        small.as_mut_ptr()
    } else {
        big.resize(n, std::ptr::null_mut());
        big.as_mut_ptr()
    };
    for (i, off) in iface.offsets.iter().enumerate() {
        // SAFETY: `argv` has `n` entries; `args + off` is argument i's slot.
        unsafe { *argv.add(i) = args.add(*off).cast() };
    }
    // SAFETY: see the function's contract: the cif describes `code`, `argv`
    // points to the converted arguments, `ret` is large enough.
    unsafe {
        let f: unsafe extern "C" fn() = std::mem::transmute(code);
        raw::ffi_call(iface.cif.as_raw_ptr(), Some(f), ret, argv);
    }
}

/// Call C with the active-call record linked, then raise what callbacks left
/// behind (an error, a call from a foreign thread).
///
/// # Safety
/// `args` must hold the converted arguments at `iface`'s offsets, `ret` must
/// have room for `iface.ret_words` words, and `code` must be a C function
/// whose type matches `iface`'s cif.
#[allow(clippy::too_many_arguments)]
unsafe fn call_c(
    vm: &mut Vm,
    st: &Shared,
    iface: &Iface,
    code: usize,
    args: *mut u8,
    ret: *mut c_void,
    name: Rc<str>,
    cb_names: Vec<(usize, Rc<str>)>,
    boundary: *const Boundary,
) -> LuaResult<()> {
    // SAFETY: `boundary` is the call cache's, alive as long as the VM (see `prepare`).
    let boundary = unsafe { &*boundary };
    // SAFETY (aliasing): `vmp` is derived from the `&mut Vm` this function
    // holds, which is not used again until `ffi_call` returns. Meanwhile the
    // only users of the VM are callbacks on this thread, which find `vmp` in
    // the record linked below and re-borrow it one at a time (each callback
    // finishes with the VM before returning to C). No `RefCell` borrow of the
    // FFI state is held across the call.
    let vmp: *mut Vm = vm;
    let owner: *const Boundary = boundary;
    let depth = active_call_of(owner).map_or(1, |r| r.depth + 1);
    let rec = ActiveCall {
        vm: vmp,
        owner,
        state: st.clone(),
        cfunc: name,
        cb_names,
        last_desc: RefCell::new(None),
        pending: Cell::new(false),
        handled: Cell::new(false),
        depth,
        prev: ACTIVE.with(|a| a.get()),
    };
    ACTIVE.with(|a| a.set(&rec));
    boundary.active.fetch_add(1, Ordering::SeqCst);
    match &iface.direct {
        // SAFETY: the plan was made from `code`'s non-variadic type, the
        // arguments are converted at their offsets, `ret` has room for a word.
        Some(d) => unsafe { d.call(code, args, &iface.offsets, ret.cast()) },
        // SAFETY: the function's contract.
        None => unsafe { ffi_call(iface, code, args, ret) },
    }
    crate::libs::save_errno();
    boundary.active.fetch_sub(1, Ordering::SeqCst);
    ACTIVE.with(|a| a.set(rec.prev));
    // A plain load first: the locked swap only when a foreign call happened.
    let foreign = if boundary.any_foreign.load(Ordering::SeqCst) && boundary.any_foreign.swap(false, Ordering::SeqCst) {
        boundary.foreign.lock().map(|mut m| m.take()).unwrap_or(None)
    } else {
        None
    };
    if rec.pending.get() {
        let t = pending_table(vm, st);
        vm.error = t.get_int(depth);
        // Storing nil never grows a table, so it cannot fail.
        let _ = t.set_int(depth, Value::Nil);
        vm.error_handled = rec.handled.get();
        return Err(LuaError::Runtime);
    }
    if let Some(f) = foreign {
        let who = describe_callback(&rec, f.code, Some(&f.type_name));
        return Err(vm.rt_error(format!(
            "{who} was called from a foreign thread (only the thread running the Lua state can call into Lua; \
             the Lua function did not run and C got a zero result)"
        )));
    }
    Ok(())
}
