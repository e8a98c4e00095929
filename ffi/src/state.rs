//! The per-VM FFI state: the type table, the metatables of cdata, ctypes and
//! libraries, and the caches the call and callback machinery keep.
//!
//! Invariant: no `RefCell` borrow of the state is held across anything that can
//! run Lua (a call into C, which may call back; a metamethod; `call_nested`).
//! Copy what you need out, drop the borrow, then call.

use crate::ctype::Types;
use kiln_gc::Gc;
use kiln_interp::object::{NativeClosure, NativeFn};
use kiln_interp::table::Table;
use kiln_interp::{Value, Vm};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// The FFI state of one VM.
pub struct FfiState {
    pub types: Types,
    /// Metatables, allocated mature and anchored in the registry: the handles
    /// stay valid for the VM's life.
    pub metas: Metas,
    /// Per-module data (call interfaces, callbacks, libraries) keyed by type.
    parts: Vec<Box<dyn std::any::Any>>,
    /// The type of each entry of `parts`: compared without a virtual call
    /// (finding a part is on every FFI operation's path).
    part_ids: Vec<std::any::TypeId>,
    /// The call machinery's caches: a field, not a part, as every C call
    /// reads it.
    pub(crate) calls: crate::call::CallCache,
}

/// The shared metatables (see `FfiState::metas`).
#[derive(Clone, Copy)]
pub struct Metas {
    /// Every cdata without an `ffi.gc` finalizer.
    pub cdata: Gc<Table>,
    /// cdata with an `ffi.gc` finalizer: `cdata` plus `__gc`.
    pub cdata_gc: Gc<Table>,
    /// ctype objects (`ffi.typeof` results).
    pub ctype: Gc<Table>,
    /// Library namespaces (`ffi.C`, `ffi.load` results).
    pub clib: Gc<Table>,
}

pub type Shared = Rc<RefCell<FfiState>>;

/// The `vm.extensions` entry holding the state.
#[derive(Default)]
struct FfiExt(Option<Shared>);

/// The FFI state of `vm`, created on first use.
pub fn shared(vm: &mut Vm) -> Shared {
    if let Some(s) = &kiln_interp::stdlib::extension::<FfiExt>(vm).0 {
        return s.clone();
    }
    let metas = Metas {
        cdata: anchored_table(vm, "kiln.ffi.cdata"),
        cdata_gc: anchored_table(vm, "kiln.ffi.cdata_gc"),
        ctype: anchored_table(vm, "kiln.ffi.ctype"),
        clib: anchored_table(vm, "kiln.ffi.clib"),
    };
    let s = Rc::new(RefCell::new(FfiState {
        types: Types::new(),
        metas,
        parts: Vec::new(),
        part_ids: Vec::new(),
        calls: Default::default(),
    }));
    kiln_interp::stdlib::extension::<FfiExt>(vm).0 = Some(s.clone());
    s
}

/// A mature native function that finds the FFI state `st` through its
/// first upvalue (see `of_native`): the route every metamethod and `ffi.*`
/// function takes, cheaper than searching the VM's extensions.
pub fn native(vm: &mut Vm, st: &Shared, f: NativeFn, name: &'static str) -> Value {
    let up = Cell::new(Value::LightUserData(Rc::as_ptr(st) as usize));
    Value::NativeFn(vm.alloc_mature(NativeClosure::new(f, name, Box::new([up]))))
}

/// The FFI state of the running native, which `native` made.
///
/// The upvalue holds the address of the state the VM's extension keeps in
/// an `Rc` for the VM's life (extensions are never removed), so the address
/// is valid whenever a native of this VM runs. A native called some other
/// way (no such upvalue) falls back on `shared`.
#[inline]
pub fn of_native(vm: &mut Vm) -> Shared {
    let base = vm.frame().base;
    if let Some(Value::NativeFn(c)) = base.checked_sub(1).map(|i| vm.stack[i]) {
        if let Some(Value::LightUserData(p)) = c.upvals.first().map(Cell::get) {
            let p = p as *const RefCell<FfiState>;
            // SAFETY: `p` came from `Rc::as_ptr` of the state, which the VM's
            // `FfiExt` keeps alive (one strong count) as long as the VM
            // exists, and natives only run while it does: taking one more
            // strong count and wrapping it is a clone of that `Rc`.
            return unsafe {
                Rc::increment_strong_count(p);
                Rc::from_raw(p)
            };
        }
    }
    shared(vm)
}

/// A mature table kept alive by the registry under `key`.
fn anchored_table(vm: &mut Vm, key: &str) -> Gc<Table> {
    let t = vm.alloc_mature(Table::new(0, 4));
    let reg = vm.registry;
    vm.table_set_str(reg, key, Value::Table(t));
    t
}

impl FfiState {
    /// The part of type `T` (created on first use): each module keeps its own
    /// data here without this file knowing its type.
    #[inline]
    pub fn part<T: Default + 'static>(&mut self) -> &mut T {
        let id = std::any::TypeId::of::<T>();
        let pos = match self.part_ids.iter().position(|&p| p == id) {
            Some(p) => p,
            None => {
                self.parts.push(Box::<T>::default());
                self.part_ids.push(id);
                self.parts.len() - 1
            }
        };
        let part: &mut dyn std::any::Any = &mut *self.parts[pos];
        // SAFETY: `part_ids[pos]` is the type id of the value boxed in
        // `parts[pos]` (they are pushed together and never change), and it
        // equals `T`'s: the box holds a `T`.
        unsafe { &mut *(part as *mut dyn std::any::Any as *mut T) }
    }
}
