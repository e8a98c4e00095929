//! cdata objects: a C value of some ctype, held by a full userdata whose Rust
//! payload owns (or points to) the C memory. Creating, recognising and reading
//! them; the metamethods are in `ops.rs`.
//!
//! Invariant: the C memory of a cdata never moves and is never in the GC heap.
//! The userdata object itself lives in the nursery and moves like any object;
//! its payload (`CData`, boxed) does not, so `CData::addr` is stable for the
//! cdata's life and may be given to C.
//!
//! Invariant: a reference cdata (`Mem::Ref`) into another cdata's memory keeps
//! that cdata alive through its userdata's user value.

use crate::ctype::TypeId;
use crate::state::Shared;
use kiln_gc::Gc;
use kiln_interp::object::UserData;
use kiln_interp::{Value, Vm};
use std::ptr::NonNull;

/// Bytes of C memory owned by live cdata (all VMs of the process): the GC
/// does not see them, so `ffi.new` collects when they grow (see
/// `api::relieve_pressure`).
pub static OWNED_BYTES: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// Where a cdata's C value lives.
pub enum Mem {
    /// Values of at most 16 bytes (scalars, pointers, small structs), inside
    /// the boxed payload itself.
    Inline([u64; 2]),
    /// A larger block from the C allocator, freed when the cdata dies.
    Owned { ptr: NonNull<u8>, layout: std::alloc::Layout },
    /// Memory owned by someone else: C, or another cdata (kept alive through
    /// the user value; see the module invariant).
    Ref(*mut u8),
}

/// The payload of a cdata userdata.
pub struct CData {
    pub ty: TypeId,
    pub mem: Mem,
    /// Set for a callback's function pointer: the callback's slot, so that
    /// `cb:free()` and `cb:set(f)` find it (see `callback.rs`).
    pub callback: Option<u32>,
}

impl CData {
    /// Zero-filled storage for a value of `size` bytes aligned to `align`.
    pub fn zeroed(ty: TypeId, size: usize, align: usize) -> CData {
        let mem = if size <= 16 && align <= 8 {
            Mem::Inline([0; 2])
        } else {
            let layout = std::alloc::Layout::from_size_align(size.max(1), align.max(1)).expect("cdata layout");
            // SAFETY: the layout has a non-zero size.
            let p = unsafe { std::alloc::alloc_zeroed(layout) };
            let ptr = NonNull::new(p).unwrap_or_else(|| std::alloc::handle_alloc_error(layout));
            OWNED_BYTES.fetch_add(layout.size(), std::sync::atomic::Ordering::Relaxed);
            Mem::Owned { ptr, layout }
        };
        CData { ty, mem, callback: None }
    }

    /// Zero-filled storage from the C allocator whatever the size: for values
    /// whose size the type does not tell (variable-length structs), so that
    /// `owned_size` can.
    pub fn zeroed_owned(ty: TypeId, size: usize, align: usize) -> CData {
        let layout = std::alloc::Layout::from_size_align(size.max(1), align.max(1)).expect("cdata layout");
        // SAFETY: the layout has a non-zero size.
        let p = unsafe { std::alloc::alloc_zeroed(layout) };
        let ptr = NonNull::new(p).unwrap_or_else(|| std::alloc::handle_alloc_error(layout));
        OWNED_BYTES.fetch_add(layout.size(), std::sync::atomic::Ordering::Relaxed);
        CData { ty, mem: Mem::Owned { ptr, layout }, callback: None }
    }

    /// Size of the block an owning cdata allocated (None for inline and
    /// reference storage).
    pub fn owned_size(&self) -> Option<usize> {
        match &self.mem {
            Mem::Owned { layout, .. } => Some(layout.size()),
            _ => None,
        }
    }

    /// A cdata whose value lives at `p`, owned elsewhere.
    pub fn reference(ty: TypeId, p: *mut u8) -> CData {
        CData { ty, mem: Mem::Ref(p), callback: None }
    }

    /// Address of the C value. Stable for the payload's life once boxed
    /// (`push_new`): inline storage moves with an unboxed `CData`.
    pub fn addr(&self) -> *mut u8 {
        match &self.mem {
            Mem::Inline(words) => words.as_ptr() as *mut u8,
            Mem::Owned { ptr, .. } => ptr.as_ptr(),
            Mem::Ref(p) => *p,
        }
    }
}

impl Drop for CData {
    fn drop(&mut self) {
        if let Mem::Owned { ptr, layout } = self.mem {
            // SAFETY: `ptr` came from `alloc_zeroed(layout)` in `zeroed` and is freed once, here.
            unsafe { std::alloc::dealloc(ptr.as_ptr(), layout) };
            OWNED_BYTES.fetch_sub(layout.size(), std::sync::atomic::Ordering::Relaxed);
        }
    }
}

/// The payload of a ctype object (`ffi.typeof`).
pub struct CTypeObj(pub TypeId);

/// Wrap `data` in a cdata userdata with the cdata metatable.
/// May collect: Gc references held by the caller are stale afterwards.
pub fn push_new(vm: &mut Vm, st: &Shared, data: CData) -> Value {
    let meta = st.borrow().metas.cdata;
    let ud = vm.new_userdata(Box::new(data));
    ud.type_name.set("cdata");
    ud.meta.set(Some(meta));
    Value::UserData(ud)
}

/// A reference cdata of type `ty` to `p`, memory owned by the object held at
/// handle `owner` (a cdata, kept alive through the new cdata's user value).
/// May collect.
pub fn push_ref(vm: &mut Vm, st: &Shared, ty: TypeId, p: *mut u8, owner: usize) -> Value {
    let v = push_new(vm, st, CData::reference(ty, p));
    if let Value::UserData(u) = v {
        let o = vm.handles[owner];
        u.user_value.set(o);
        vm.barrier_value(u.raw(), o);
    }
    v
}

/// Wrap `ty` in a ctype object. May collect.
pub fn new_ctype(vm: &mut Vm, st: &Shared, ty: TypeId) -> Value {
    let meta = st.borrow().metas.ctype;
    let ud = vm.new_userdata(Box::new(CTypeObj(ty)));
    // As LuaJIT: a ctype object is a cdata too, as `type()` sees it.
    ud.type_name.set("cdata");
    ud.meta.set(Some(meta));
    Value::UserData(ud)
}

/// The ctype and address of a cdata value; `None` for anything else.
pub fn as_cdata(v: Value) -> Option<(TypeId, *mut u8)> {
    let Value::UserData(u) = v else { return None };
    let data = u.data.borrow();
    data.downcast_ref::<CData>().map(|c| (c.ty, c.addr()))
}

/// The type of a ctype object; `None` for anything else.
pub fn as_ctype(v: Value) -> Option<TypeId> {
    let Value::UserData(u) = v else { return None };
    let data = u.data.borrow();
    data.downcast_ref::<CTypeObj>().map(|c| c.0)
}

/// Run `f` on the payload of a cdata userdata.
pub fn with_cdata<R>(u: Gc<UserData>, f: impl FnOnce(&mut CData) -> R) -> Option<R> {
    let mut data = u.data.borrow_mut();
    data.downcast_mut::<CData>().map(f)
}
