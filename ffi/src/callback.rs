//! Lua functions as C function pointers: libffi closures whose user data is a
//! registry anchor, entered through `call_nested` with a described
//! NestedRunloop record; errors and foreign threads handled at the boundary.
//!
//! Each callback has a slot: the Lua function lives in the registry-anchored
//! table `kiln.ffi.callbacks` at that index (never an object address), and
//! the closure's user data is a leaked `CallbackInfo` naming the slot.
//! Closures are never freed: `cb:free()` empties the slot and puts it on a
//! free list of its function type, so a later callback of that type reuses
//! the closure (and a stale C pointer to a freed callback returns zero).
//!
//! Invariant: no panic and no Lua error crosses the trampoline: everything
//! runs under `catch_unwind`, and a callback's error waits in its C call's
//! active-call record until that call returns.

use crate::call::{
    active_call_of, boundary, decay, describe_callback, ffi_type, pending_table, ActiveCall, Boundary, ForeignCall,
};
use crate::cdata::{push_new, with_cdata, CData, Mem};
use crate::conv::{self, classify, load_num, store_num, Cls, Ctx, Num};
use crate::ctype::{Kind, Prim, TypeId, Types};
use crate::state::Shared;
use kiln_gc::Gc;
use kiln_interp::table::Table;
use kiln_interp::{LuaResult, Value, Vm};
use libffi::low::closure_alloc;
use libffi::middle::Cif;
use libffi::raw;
use std::collections::HashMap;
use std::ffi::c_void;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread::ThreadId;

/// `CData::callback` of a freed callback cdata.
const FREED: u32 = u32::MAX;

/// What a closure needs when C calls it. Leaked: closures live forever.
struct CallbackInfo {
    slot: u32,
    /// The function type (the key of the free list).
    fty: TypeId,
    /// Parameter types (decayed) and the result type.
    params: Vec<TypeId>,
    /// Per parameter: a struct or union, converted to Lua as a copy (C's
    /// argument memory dies when the callback returns).
    by_copy: Vec<bool>,
    /// Per parameter: its class (numbers and pointers convert without the
    /// general `to_lua`).
    param_cls: Vec<Cls>,
    /// `kiln.ffi.callbacks` (mature, registry-anchored: never stale).
    funcs: Gc<Table>,
    ret: TypeId,
    /// The result type's class (number results convert without `to_c`).
    ret_cls: Cls,
    ret_void: bool,
    /// The function pointer type's name, for messages without a parameter name.
    type_name: String,
    /// The prepared interface the closure was built on (must stay put).
    cif: Cif,
    /// Code address C calls.
    code: usize,
    /// The thread running the VM, and the VM's boundary (also its identity).
    owner: ThreadId,
    boundary: Arc<Boundary>,
    freed: AtomicBool,
}

/// The callback machinery's part of the FFI state.
#[derive(Default)]
struct Callbacks {
    /// By slot - 1.
    infos: Vec<&'static CallbackInfo>,
    /// Freed slots by function type, for reuse.
    free: HashMap<TypeId, Vec<u32>>,
    /// `kiln.ffi.callbacks`: slot -> Lua function.
    funcs: Option<Gc<Table>>,
    /// `kiln.ffi.cbcache`: function -> { [type id] = slot } for implicit conversions.
    cache: Option<Gc<Table>>,
}

/// The two registry-anchored tables (mature: the handles never go stale).
fn tables(vm: &mut Vm, st: &Shared) -> (Gc<Table>, Gc<Table>) {
    {
        let mut s = st.borrow_mut();
        let cb = s.part::<Callbacks>();
        if let (Some(f), Some(c)) = (cb.funcs, cb.cache) {
            return (f, c);
        }
    }
    let funcs = vm.alloc_mature(Table::new(8, 0));
    let reg = vm.registry;
    vm.table_set_str(reg, "kiln.ffi.callbacks", Value::Table(funcs));
    let cache = vm.alloc_mature(Table::new(0, 8));
    vm.table_set_str(reg, "kiln.ffi.cbcache", Value::Table(cache));
    let mut s = st.borrow_mut();
    let cb = s.part::<Callbacks>();
    cb.funcs = Some(funcs);
    cb.cache = Some(cache);
    (funcs, cache)
}

/// The function type behind function-pointer type `fptr` (or `fptr` itself
/// when it is a function type).
fn func_type(types: &Types, fptr: TypeId) -> Option<TypeId> {
    match types.kind(fptr) {
        Kind::Func { .. } => Some(fptr),
        Kind::Ptr(to) if matches!(types.kind(*to), Kind::Func { .. }) => Some(*to),
        _ => None,
    }
}

/// A slot for a new callback of function type `fty` (reusing a freed one),
/// holding the function in `handles[h]`. Returns the slot and code address.
fn new_slot(vm: &mut Vm, st: &Shared, fty: TypeId, h: usize) -> Result<(u32, usize), String> {
    let (funcs, _) = tables(vm, st);
    let reused = st.borrow_mut().part::<Callbacks>().free.get_mut(&fty).and_then(|l| l.pop());
    let (slot, code) = match reused {
        Some(slot) => {
            let info = st.borrow_mut().part::<Callbacks>().infos[slot as usize - 1];
            info.freed.store(false, Ordering::SeqCst);
            (slot, info.code)
        }
        None => {
            let info = make_closure(st, fty, funcs)?;
            (info.slot, info.code)
        }
    };
    let f = vm.handles[h];
    vm.table_set_int(funcs, slot as i64, f);
    Ok((slot, code))
}

/// Allocate a closure for function type `fty` in a new slot.
fn make_closure(st: &Shared, fty: TypeId, funcs: Gc<Table>) -> Result<&'static CallbackInfo, String> {
    let boundary = boundary(st);
    let mut s = st.borrow_mut();
    let Kind::Func { ret, params, variadic, .. } = s.types.kind(fty).clone() else {
        return Err("not a function type".to_string());
    };
    if variadic {
        return Err(format!("cannot create a callback for vararg function type '{}'", s.types.name(fty)));
    }
    let params: Vec<TypeId> = params.iter().map(|&p| decay(&mut s.types, p)).collect();
    let by_copy = params.iter().map(|&p| matches!(s.types.kind(p), Kind::Struct { .. })).collect();
    let param_cls = params.iter().map(|&p| classify(&s.types, p)).collect();
    let ret_void = matches!(s.types.kind(ret), Kind::Void);
    let ret = if ret_void { ret } else { decay(&mut s.types, ret) };
    let ret_cls = classify(&s.types, ret);
    let mut ffi_params = Vec::with_capacity(params.len());
    for &p in &params {
        ffi_params.push(ffi_type(&s.types, p)?);
    }
    let cif =
        Cif::try_new(ffi_params, ffi_type(&s.types, ret)?).map_err(|e| format!("cannot prepare callback: {e:?}"))?;
    let fptr = s.types.ptr(fty, 0);
    let type_name = s.types.name(fptr);
    let slot = s.part::<Callbacks>().infos.len() as u32 + 1;
    let (closure, code) = closure_alloc();
    let info: &'static CallbackInfo = Box::leak(Box::new(CallbackInfo {
        slot,
        fty,
        params,
        by_copy,
        param_cls,
        funcs,
        ret,
        ret_cls,
        ret_void,
        type_name,
        cif,
        code: code.as_ptr() as usize,
        owner: std::thread::current().id(),
        boundary,
        freed: AtomicBool::new(false),
    }));
    // SAFETY: `closure` and `code` come from one `closure_alloc`; the cif and
    // the user data are leaked (they outlive the closure, which is never freed).
    let status = unsafe {
        raw::ffi_prep_closure_loc(
            closure,
            info.cif.as_raw_ptr(),
            Some(trampoline),
            info as *const CallbackInfo as *mut c_void,
            code.as_mut_ptr(),
        )
    };
    if status != raw::ffi_status_FFI_OK {
        return Err("cannot create a callback (ffi_prep_closure_loc failed)".to_string());
    }
    s.part::<Callbacks>().infos.push(info);
    Ok(info)
}

/// Make Lua function `f` callable from C as a value of function-pointer type
/// `fptr` (an implicit conversion: permanent, like LuaJIT's). Returns the code
/// address to store. May allocate. One callback per (function, type) is kept.
pub fn create(vm: &mut Vm, st: &Shared, fptr: TypeId, f: Value) -> Result<*const std::ffi::c_void, String> {
    let Some(fty) = func_type(&st.borrow().types, fptr) else {
        return Err(format!("cannot convert 'function' to '{}'", st.borrow().types.name(fptr)));
    };
    if !f.is_function() {
        return Err(format!("cannot convert '{}' to '{}'", f.type_name(), st.borrow().types.name(fptr)));
    }
    let h = vm.hold(f);
    let r = create_held(vm, st, fty, h);
    vm.release();
    r.map(|code| code as *const c_void)
}

/// `create` with the function in `handles[h]`.
fn create_held(vm: &mut Vm, st: &Shared, fty: TypeId, h: usize) -> Result<usize, String> {
    let (_, cache) = tables(vm, st);
    let key = Value::Int(fty.0 as i64);
    if let Value::Table(per_type) = cache.get(vm.handles[h]) {
        if let Value::Int(slot) = per_type.get(key) {
            let code = st.borrow_mut().part::<Callbacks>().infos[slot as usize - 1].code;
            return Ok(code);
        }
    }
    let (slot, code) = new_slot(vm, st, fty, h)?;
    let per_type = match cache.get(vm.handles[h]) {
        Value::Table(t) => t,
        _ => {
            let t = vm.new_table(0, 1);
            let f = vm.handles[h];
            vm.table_set(cache, f, Value::Table(t)).map_err(|_| "cannot cache the callback".to_string())?;
            t
        }
    };
    let _ = vm.table_set(per_type, key, Value::Int(slot as i64));
    Ok(code)
}

/// `ffi.cast(fptr, f)` for a Lua function: a new callback cdata (freed with
/// `cb:free()`, retargeted with `cb:set(g)`). May allocate.
pub fn new_cdata(vm: &mut Vm, st: &Shared, fptr: TypeId, f: Value) -> LuaResult<Value> {
    let fty = func_type(&st.borrow().types, fptr);
    let Some(fty) = fty.filter(|_| f.is_function()) else {
        let n = st.borrow().types.name(fptr);
        return Err(vm.rt_error(format!("cannot convert '{}' to '{n}'", f.type_name())));
    };
    let h = vm.hold(f);
    let r = new_slot(vm, st, fty, h);
    vm.release();
    let (slot, code) = r.map_err(|m| vm.rt_error(m))?;
    let ty = st.borrow_mut().types.ptr(fty, 0);
    let ty = if matches!(st.borrow().types.kind(fptr), Kind::Ptr(_)) { fptr } else { ty };
    Ok(push_new(vm, st, CData { ty, mem: Mem::Inline([code as u64, 0]), callback: Some(slot) }))
}

/// The slot of the callback cdata in argument 1 ("bad callback" when freed).
fn callback_slot(vm: &mut Vm) -> LuaResult<u32> {
    let slot = match vm.arg(1) {
        Value::UserData(u) => with_cdata(u, |c| c.callback).flatten(),
        _ => None,
    };
    match slot {
        Some(s) if s != FREED => Ok(s),
        Some(_) => Err(vm.rt_error("bad callback: it was freed")),
        None => Err(vm.rt_error("bad callback: not a callback cdata")),
    }
}

/// `cb:free()` (self is a callback cdata).
pub fn cb_free(vm: &mut Vm) -> LuaResult<usize> {
    let slot = callback_slot(vm)?;
    let st = crate::state::of_native(vm);
    let (funcs, _) = tables(vm, &st);
    vm.table_set_int(funcs, slot as i64, Value::Nil);
    let info = st.borrow_mut().part::<Callbacks>().infos[slot as usize - 1];
    info.freed.store(true, Ordering::SeqCst);
    st.borrow_mut().part::<Callbacks>().free.entry(info.fty).or_default().push(slot);
    if let Value::UserData(u) = vm.arg(1) {
        with_cdata(u, |c| c.callback = Some(FREED));
    }
    Ok(0)
}

/// `cb:set(f)` (self is a callback cdata).
pub fn cb_set(vm: &mut Vm) -> LuaResult<usize> {
    let slot = callback_slot(vm)?;
    let f = vm.arg(2);
    if !f.is_function() {
        return Err(vm.type_error(2, "function"));
    }
    let st = crate::state::of_native(vm);
    let (funcs, _) = tables(vm, &st);
    let f = vm.arg(2);
    vm.table_set_int(funcs, slot as i64, f);
    Ok(0)
}

// ------------------------------------------------------------ invocation

/// The closure's entry point. Never unwinds: a panic is caught and the
/// result is zero.
///
/// # Safety
/// Called only by libffi for a closure made in `make_closure`: `ud` is its
/// `CallbackInfo`, `args` and `ret` match the closure's cif.
unsafe extern "C" fn trampoline(_cif: *mut raw::ffi_cif, ret: *mut c_void, args: *mut *mut c_void, ud: *mut c_void) {
    // SAFETY: `ud` is the leaked `CallbackInfo` the closure was prepared with.
    let info = unsafe { &*(ud as *const CallbackInfo) };
    // SAFETY: libffi's result buffer holds at least the result type (and at
    // least one `ffi_arg` for integers).
    unsafe { zero_result(info, ret) };
    let outcome = catch_unwind(AssertUnwindSafe(|| {
        // SAFETY: `args` holds one pointer per parameter of the cif, `ret`
        // the result buffer, as libffi passes them.
        unsafe { enter(info, ret, args) }
    }));
    if outcome.is_err() {
        // SAFETY: as above.
        unsafe { zero_result(info, ret) };
    }
}

/// Bytes the result buffer holds for `info`'s result type.
fn result_bytes(info: &CallbackInfo) -> usize {
    // SAFETY: the cif is prepared: its rtype has its final size.
    let size = unsafe { (*(*info.cif.as_raw_ptr()).rtype).size };
    if info.ret_void {
        0
    } else {
        size.max(std::mem::size_of::<raw::ffi_arg>())
    }
}

/// # Safety
/// `ret` must be libffi's result buffer for `info`'s cif.
unsafe fn zero_result(info: &CallbackInfo, ret: *mut c_void) {
    let n = result_bytes(info);
    // SAFETY: see the contract; libffi sizes the buffer from the cif's rtype,
    // and at least an `ffi_arg` for scalars.
    unsafe { std::ptr::write_bytes(ret.cast::<u8>(), 0, n) };
}

/// Decide whether the VM can run the callback now, and run it.
///
/// # Safety
/// `args` and `ret` are libffi's arguments for `info`'s cif.
unsafe fn enter(info: &CallbackInfo, ret: *mut c_void, args: *mut *mut c_void) {
    #[cfg(test)]
    tests::STACK_MARKS.with(|m| m.borrow_mut().push(&info as *const _ as usize));
    if std::thread::current().id() != info.owner {
        foreign_call(info);
        return;
    }
    let Some(rec) = active_call_of(Arc::as_ptr(&info.boundary)) else {
        eprintln!(
            "kiln: callback of type '{}' was called while no C call of its Lua state was running \
             (the Lua function did not run and C got a zero result)",
            info.type_name
        );
        return;
    };
    if rec.pending.get() {
        return;
    }
    // SAFETY: the record is linked by `call_c`, whose `&mut Vm` is unused
    // while C runs (see there); this thread is the VM's, and this is the only
    // borrow of the VM until the callback returns to C.
    let vm = unsafe { &mut *rec.vm };
    if info.freed.load(Ordering::SeqCst) {
        let who = describe_callback(rec, info.code, Some(&info.type_name));
        let e = vm.new_str_value(format!("{who} was called after it was freed (C got a zero result)").as_bytes());
        vm.error = e;
        vm.error_handled = false;
        park_error(vm, rec);
        return;
    }
    // SAFETY: forwarded contract.
    if unsafe { run(vm, info, rec, ret, args) }.is_err() {
        park_error(vm, rec);
    }
}

/// Keep the error in `vm.error` rooted until `rec`'s C call returns.
fn park_error(vm: &mut Vm, rec: &ActiveCall) {
    let st = rec.state.clone();
    let t = pending_table(vm, &st);
    let e = vm.error;
    vm.table_set_int(t, rec.depth, e);
    rec.handled.set(vm.error_handled);
    rec.pending.set(true);
}

/// A callback on a thread that does not run its VM: touch nothing of the VM.
fn foreign_call(info: &CallbackInfo) {
    if info.boundary.active.load(Ordering::SeqCst) > 0 {
        if let Ok(mut m) = info.boundary.foreign.lock() {
            m.get_or_insert(ForeignCall { code: info.code, type_name: info.type_name.clone() });
            info.boundary.any_foreign.store(true, Ordering::SeqCst);
            return;
        }
    }
    eprintln!(
        "kiln: callback of type '{}' was called from a foreign thread while no C call of its Lua state was \
         running (the Lua function did not run and C got a zero result)",
        info.type_name
    );
}

/// Push the function and the converted arguments, run it in a nested
/// runloop, convert its result into `ret`.
///
/// # Safety
/// `args` and `ret` are libffi's arguments for `info`'s cif.
unsafe fn run(
    vm: &mut Vm,
    info: &CallbackInfo,
    rec: &ActiveCall,
    ret: *mut c_void,
    args: *mut *mut c_void,
) -> LuaResult<()> {
    let st = rec.state.clone();
    vm.ensure_stack(info.params.len() + 2)?;
    let f = info.funcs.get_int(info.slot as i64);
    vm.push(f);
    for (i, &p) in info.params.iter().enumerate() {
        // SAFETY: libffi passes one pointer per parameter, to a value of its
        // type, of class `param_cls[i]`.
        let v = unsafe {
            let src = (*args.add(i)).cast::<u8>();
            match info.param_cls[i] {
                Cls::Bool => Value::Bool(src.read() != 0),
                c @ (Cls::Int { .. } | Cls::Float { .. }) => conv::num_to_lua(vm, &st, c, load_num(c, src)),
                Cls::Ptr(_) => {
                    let addr = (src as *const u64).read_unaligned();
                    push_new(vm, &st, CData { ty: p, mem: Mem::Inline([addr, 0]), callback: None })
                }
                _ => conv::to_lua(vm, &st, p, src, info.by_copy[i]),
            }
        };
        vm.push(v);
    }
    let nres = if info.ret_void { 0 } else { 1 };
    let desc = description(info, rec);
    vm.call_nested_desc(info.params.len(), nres, desc)?;
    if info.ret_void {
        return Ok(());
    }
    // The result stays on the stack (rooted) while it is converted.
    let v = vm.stack[vm.top - 1];
    // SAFETY: forwarded contract.
    let r = unsafe { store_result(vm, &st, info, v, ret) };
    vm.top -= 1;
    r
}

/// "callback 'compar' from C qsort", or without a parameter name
/// "callback from C qsort".
/// Kept per C call for the callback described last: a comparator runs many
/// times in one `qsort`.
fn description(info: &CallbackInfo, rec: &ActiveCall) -> Rc<str> {
    let mut last = rec.last_desc.borrow_mut();
    match &*last {
        Some((code, d)) if *code == info.code => d.clone(),
        _ => {
            let d: Rc<str> = Rc::from(describe_callback(rec, info.code, None));
            *last = Some((info.code, d.clone()));
            d
        }
    }
}

/// Convert the callback's result `v` to the C result type into `ret`,
/// widening integers to a full `ffi_arg` as libffi expects.
///
/// # Safety
/// `ret` is libffi's result buffer for `info`'s cif.
unsafe fn store_result(vm: &mut Vm, st: &Shared, info: &CallbackInfo, v: Value, ret: *mut c_void) -> LuaResult<()> {
    if let (c @ (Cls::Int { .. } | Cls::Float { .. }), Value::Int(_) | Value::Float(_)) = (info.ret_cls, v) {
        let num = match v {
            Value::Int(k) => Num::Int(k),
            Value::Float(f) => Num::Float(f),
            _ => unreachable!("matched above"),
        };
        let mut word = 0u64;
        let w = (&mut word as *mut u64).cast::<u8>();
        // SAFETY: `word` has room for any number class; reading back an
        // integer extends it to the full `ffi_arg` libffi expects.
        unsafe {
            store_num(c, w, num);
            if let Cls::Int { .. } = c {
                word = load_num(c, w).to_i64() as u64;
            }
            // A number result's buffer is one `ffi_arg` (see `result_bytes`).
            ret.cast::<u64>().write_unaligned(word);
        }
        return Ok(());
    }
    let n = result_bytes(info);
    let words = n.div_ceil(8).max(1);
    let mut small = [0u64; 4];
    let mut big = Vec::new();
    let tmp: &mut [u64] = if words <= small.len() {
        &mut small[..words]
    } else {
        big.resize(words, 0u64);
        &mut big[..]
    };
    let is_ptr = matches!(st.borrow().types.kind(info.ret), Kind::Ptr(_));
    let r = if let (Value::Str(_), true) = (v, is_ptr) {
        // As LuaJIT, a string result is a pointer to its bytes. They must not
        // move or die when the callback returns: a mature copy, anchored per
        // callback (the next result replaces it).
        tmp[0] = conv::anchor_string(vm, Value::Nil, v, info.code) as u64;
        Ok(())
    } else {
        // An assignment's rules (not a cast's): nil is no number, as LuaJIT.
        let mut ctx = Ctx::Assign { anchor: Value::Nil };
        // SAFETY: `tmp` has room for the result type (at least `n` bytes).
        unsafe { conv::to_c(vm, st, info.ret, v, tmp.as_mut_ptr().cast(), &mut ctx) }
    };
    if let Err(m) = r {
        return Err(vm.rt_error(format!("bad result of callback ({m})")));
    }
    let prim = match st.borrow().types.kind(info.ret) {
        Kind::Prim(p) => Some(*p),
        Kind::Enum { unsigned: false, .. } => Some(Prim::Int),
        Kind::Enum { unsigned: true, .. } => Some(Prim::UInt),
        _ => None,
    };
    if let Some(p) = prim.filter(|p| !p.is_float() && p.size() < 8) {
        let bytes = tmp[0].to_le_bytes();
        let wide: u64 = match (p.size(), p.is_signed()) {
            (1, true) => bytes[0] as i8 as i64 as u64,
            (1, false) => bytes[0] as u64,
            (2, true) => i16::from_le_bytes([bytes[0], bytes[1]]) as i64 as u64,
            (2, false) => u16::from_le_bytes([bytes[0], bytes[1]]) as u64,
            (_, true) => i32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]) as i64 as u64,
            (_, false) => u32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]) as u64,
        };
        tmp[0] = wide;
    }
    // SAFETY: `ret` holds `n` bytes (see `result_bytes`), `tmp` at least `n`.
    unsafe { std::ptr::copy_nonoverlapping(tmp.as_ptr().cast::<u8>(), ret.cast::<u8>(), n) };
    Ok(())
}

#[cfg(test)]
mod tests {
    //! Calls and callbacks with hand-built declarations (no parser needed):
    //! libc's qsort calls Lua comparators which call C again.
    use crate::ctype::{qual, Prim, Symbol, TypeId};
    use kiln_gc::HeapConfig;
    use kiln_interp::{Value, Vm};
    use std::cell::RefCell;

    thread_local! {
        /// An address on the native stack at each callback entry (for measuring).
        pub(super) static STACK_MARKS: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
    }

    fn new_vm(stress: bool) -> Vm {
        let mut vm = Vm::new(HeapConfig { nursery_bytes: 4096, stress, verify: false, ..HeapConfig::default() });
        kiln_interp::stdlib::open_all(&mut vm);
        let open = vm.new_native(crate::api::luaopen_ffi, "luaopen_ffi", 0);
        vm.push(open);
        vm.call_nested(0, 1).expect("ffi opens");
        let ffi = vm.pop();
        vm.set_global_value("ffi", ffi);
        run(&mut vm, "C = ffi.C").expect("ffi.C exists");
        declare(&mut vm);
        vm
    }

    /// name, result, parameters, parameter names, variadic.
    type Decl<'a> = (&'a str, TypeId, Vec<TypeId>, Vec<&'a str>, bool);

    /// Declare some libc functions by building their types.
    fn declare(vm: &mut Vm) {
        let st = crate::state::shared(vm);
        let mut s = st.borrow_mut();
        let t = &mut s.types;
        let int = t.prim(Prim::Int, 0);
        let ulong = t.prim(Prim::ULong, 0);
        let void = t.void(0);
        let cvoid = t.void(qual::CONST);
        let vp = t.ptr(void, 0);
        let cvp = t.ptr(cvoid, 0);
        let cc = t.prim(Prim::Char, qual::CONST);
        let ccp = t.ptr(cc, 0);
        let ch = t.prim(Prim::Char, 0);
        let cp = t.ptr(ch, 0);
        let cmp = t.func(int, vec![cvp, cvp], false);
        let cmpp = t.ptr(cmp, 0);
        let decls: Vec<Decl> = vec![
            ("strlen", ulong, vec![ccp], vec![], false),
            ("memcmp", int, vec![cvp, cvp, ulong], vec![], false),
            ("malloc", vp, vec![ulong], vec![], false),
            ("strcpy", cp, vec![cp, ccp], vec![], false),
            ("strcmp", int, vec![ccp, ccp], vec![], false),
            ("qsort", void, vec![vp, ulong, ulong, cmpp], vec!["base", "nmemb", "size", "compar"], false),
            ("snprintf", int, vec![cp, ulong, ccp], vec![], true),
            ("abs", int, vec![int], vec![], false),
        ];
        for (name, ret, params, names, variadic) in decls {
            let param_names = (0..params.len()).map(|i| std::rc::Rc::from(*names.get(i).unwrap_or(&""))).collect();
            let ty = t.func(ret, params, variadic);
            t.symbols.insert(name.to_string(), Symbol::Extern { ty, symbol: name.to_string(), param_names });
        }
        let metas = s.metas;
        drop(s);
        if metas.cdata.get_str(vm.tm_names[kiln_interp::state::Tm::Call as usize]).is_nil() {
            let call = vm.new_native(crate::call::call_function, "__call", 0);
            vm.table_set_str(metas.cdata, "__call", call);
        }
    }

    /// Run a chunk; its first result as a string, or the error message.
    fn run(vm: &mut Vm, src: &str) -> Result<String, String> {
        let text = |v: Value| match v {
            Value::Str(s) => s.to_str_lossy().into_owned(),
            v => format!("<{}>", v.type_name()),
        };
        if vm.load(src.as_bytes(), "=test").is_err() {
            return Err(text(vm.error));
        }
        match vm.call_nested(0, 1) {
            Ok(_) => Ok(text(vm.pop())),
            Err(_) => Err(text(vm.error)),
        }
    }

    const SORT: &str = r#"
        local buf = C.malloc(16)
        C.strcpy(buf, "dcba")
        local calls = 0
        C.qsort(buf, 4, 1, function(a, b) calls = calls + 1 return C.memcmp(a, b, 1) end)
        return tostring(C.strcmp(buf, "abcd")) .. " " .. tostring(calls > 0)
    "#;

    #[test]
    fn scalar_and_string_calls() {
        let mut vm = new_vm(false);
        assert_eq!(run(&mut vm, "return tostring(C.strlen('hello'))"), Ok("5ULL".into()));
        assert_eq!(run(&mut vm, "return tostring(C.abs(-7))"), Ok("7".into()));
        let e = run(&mut vm, "return C.strlen({})").unwrap_err();
        assert!(e.contains("bad argument #1 to 'strlen' (cannot convert 'table' to 'const char *')"), "{e}");
        let e = run(&mut vm, "return C.strlen()").unwrap_err();
        assert!(e.contains("wrong number of arguments for function call"), "{e}");
        let e = run(&mut vm, "return C.nosuch").unwrap_err();
        assert!(e.contains("missing declaration for symbol 'nosuch'"), "{e}");
    }

    #[test]
    fn varargs_are_promoted() {
        let mut vm = new_vm(false);
        let src = r#"
            local buf = C.malloc(64)
            C.snprintf(buf, 64, "%d %s %.1f %d %g", ffi.new("int", 42), "hi", 1.5, true, 7)
            return tostring(C.strcmp(buf, "42 hi 1.5 1 7"))
        "#;
        assert_eq!(run(&mut vm, src), Ok("0".into()));
    }

    #[test]
    fn callbacks_sort_through_qsort() {
        let mut vm = new_vm(false);
        assert_eq!(run(&mut vm, SORT), Ok("0 true".into()));
    }

    #[test]
    fn callbacks_survive_gc_stress() {
        let mut vm = new_vm(true);
        let src = SORT
            .replace("calls = calls + 1", "calls = calls + 1 local t = {} for i = 1, 20 do t[i] = ('x'):rep(i) end");
        assert_eq!(run(&mut vm, &src), Ok("0 true".into()));
    }

    #[test]
    fn callback_error_is_raised_after_the_c_call() {
        let mut vm = new_vm(false);
        let src = r#"
            local buf = C.malloc(16)
            C.strcpy(buf, "dcba")
            local calls = 0
            local ok, e = pcall(C.qsort, buf, 4, 1, function(a, b) calls = calls + 1 error("boom") end)
            return tostring(ok) .. " " .. tostring(e) .. " " .. calls .. " " .. tostring(C.strlen("ok"))
        "#;
        assert_eq!(run(&mut vm, src), Ok("false test:5: boom 1 2ULL".into()));
    }

    #[test]
    fn recursion_through_c_ends_in_c_stack_overflow() {
        // A thread with the CLI's stack size: the native stack must outlast kiln's nesting limit.
        let h = std::thread::Builder::new()
            .stack_size(256 << 20)
            .spawn(|| {
                let mut vm = new_vm(false);
                let src = r#"
                    local buf = C.malloc(16)
                    C.strcpy(buf, "ba")
                    local depth = 0
                    local function cmp(a, b)
                        depth = depth + 1
                        C.qsort(buf, 2, 1, cmp)
                        return 0
                    end
                    local ok, e = pcall(C.qsort, buf, 2, 1, cmp)
                    return tostring(ok) .. " " .. tostring(e) .. " " .. depth
                "#;
                let r = run(&mut vm, src);
                let marks = STACK_MARKS.with(|m| m.borrow().clone());
                (r, marks)
            })
            .expect("spawn");
        let (r, marks) = h.join().expect("no panic");
        let r = r.expect("runs");
        assert!(r.starts_with("false ") && r.contains("C stack overflow"), "{r}");
        let levels = marks.len();
        let per_level = (marks[0] - marks[levels - 1]) / (levels - 1);
        eprintln!("{levels} callback levels, {per_level} bytes of native stack per level: {r}");
        assert!(levels > 150, "{levels}");
    }

    #[test]
    fn traceback_spans_both_runloops() {
        let mut vm = new_vm(false);
        let src = r#"
            local buf = C.malloc(16)
            C.strcpy(buf, "ba")
            local function compare(a, b)
                error("deep")
            end
            local function sort()
                C.qsort(buf, 2, 1, compare)
            end
            sort()
        "#;
        vm.load(src.as_bytes(), "=tb").expect("compiles");
        assert!(vm.call_with_traceback(0, 0).is_err());
        let Value::Str(s) = vm.error else { panic!("a string error") };
        let tb = s.to_str_lossy().into_owned();
        let lines: Vec<&str> = tb.lines().map(str::trim).collect();
        let at = |pat: &str| lines.iter().position(|l| l.contains(pat)).unwrap_or_else(|| panic!("{pat} in {tb}"));
        assert!(lines[0].ends_with("tb:5: deep"), "{tb}");
        let (callee, boundary, caller) =
            (at("tb:5: in function <tb:4>"), at("[C]: in callback 'compar' from C qsort"), at("in local 'sort'"));
        assert!(callee < boundary && boundary < caller, "{tb}");
        // The VM is usable afterwards.
        assert_eq!(run(&mut vm, "return tostring(C.strlen('abc'))"), Ok("3ULL".into()));
    }

    #[test]
    fn freed_callbacks_are_reused_and_there_is_no_fixed_limit() {
        let mut vm = new_vm(false);
        let st = crate::state::shared(&mut vm);
        let src = r#"
            local cbs = {}
            local sum = 0
            for i = 1, 3000 do
                cbs[i] = ffi.cast("int (*)(int)", function(x) return x + i end)
            end
            for i = 1, 3000, 299 do sum = sum + cbs[i](1) end
            for i = 1, 3000 do cbs[i]:free() end
            return tostring(sum)
        "#;
        // 1 + i for i = 1, 300, 599, ... 2991.
        let expected: i64 = (0..11).map(|k| 2 + k * 299).sum();
        for _ in 0..3 {
            assert_eq!(run(&mut vm, src), Ok(expected.to_string()));
        }
        let closures = st.borrow_mut().part::<super::Callbacks>().infos.len();
        assert_eq!(closures, 3000, "freed closures are reused");
        // Implicit conversions: one permanent callback per (function, type).
        let src = r#"
            local buf = C.malloc(16)
            C.strcpy(buf, "ba")
            local function cmp(a, b) return 0 end
            for i = 1, 100 do C.qsort(buf, 2, 1, cmp) end
            return "ok"
        "#;
        assert_eq!(run(&mut vm, src), Ok("ok".into()));
        let closures = st.borrow_mut().part::<super::Callbacks>().infos.len();
        assert!(closures <= 3001, "{closures}");
    }

    #[test]
    fn yield_inside_a_callback_is_an_error() {
        let mut vm = new_vm(false);
        let src = r#"
            local buf = C.malloc(16)
            C.strcpy(buf, "ba")
            local co = coroutine.wrap(function()
                C.qsort(buf, 2, 1, function(a, b) coroutine.yield(1) return 0 end)
            end)
            local ok, e = pcall(co)
            return tostring(ok) .. " " .. tostring(e)
        "#;
        assert_eq!(run(&mut vm, src), Ok("false attempt to yield across a C-call boundary".into()));
    }
}
