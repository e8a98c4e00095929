//! The per-VM FFI state: the type table, the metatables of cdata, ctypes and
//! libraries, and the caches the call and callback machinery keep.
//!
//! Invariant: no `RefCell` borrow of the state is held across anything that can
//! run Lua (a call into C, which may call back; a metamethod; `call_nested`).
//! Copy what you need out, drop the borrow, then call.

use crate::ctype::Types;
use kiln_gc::Gc;
use kiln_interp::table::Table;
use kiln_interp::{Value, Vm};
use std::cell::RefCell;
use std::rc::Rc;

/// The FFI state of one VM.
pub struct FfiState {
    pub types: Types,
    /// Metatables, allocated mature and anchored in the registry: the handles
    /// stay valid for the VM's life.
    pub metas: Metas,
    /// Per-module data (call interfaces, callbacks, libraries) keyed by type.
    pub parts: Vec<Box<dyn std::any::Any>>,
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
    let s = Rc::new(RefCell::new(FfiState { types: Types::new(), metas, parts: Vec::new() }));
    kiln_interp::stdlib::extension::<FfiExt>(vm).0 = Some(s.clone());
    s
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
    pub fn part<T: Default + 'static>(&mut self) -> &mut T {
        let pos = match self.parts.iter().position(|p| p.is::<T>()) {
            Some(p) => p,
            None => {
                self.parts.push(Box::<T>::default());
                self.parts.len() - 1
            }
        };
        self.parts[pos].downcast_mut::<T>().expect("position found by type")
    }
}
