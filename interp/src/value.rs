//! The Lua value: a 16-byte tagged union with a fixed layout that generated code reads.
//!
//! Invariant: `Value` is `repr(C, u8)`: the tag byte is at offset 0 and the payload
//! (i64, f64, bool or object pointer) at offset 8. `crate::layout::value` is
//! the only place other crates (the JIT) learn that.

use crate::object::{LuaClosure, LuaStr, NativeClosure, Thread, UserData};
use crate::table::Table;
use kiln_gc::{Gc, GcHeader, Tracer};
use std::cell::Cell;
use std::ptr::NonNull;

#[derive(Clone, Copy, Debug, Default)]
#[repr(C, u8)]
pub enum Value {
    #[default]
    Nil = 0,
    Bool(bool) = 1,
    Int(i64) = 2,
    Float(f64) = 3,
    Str(Gc<LuaStr>) = 4,
    Table(Gc<Table>) = 5,
    LuaFn(Gc<LuaClosure>) = 6,
    NativeFn(Gc<NativeClosure>) = 7,
    UserData(Gc<UserData>) = 8,
    Thread(Gc<Thread>) = 9,
    LightUserData(usize) = 10,
}

/// Layout facts generated code relies on (published with the others in `crate::layout`).
pub use crate::layout::value as layout;

const _: () = assert!(std::mem::size_of::<Value>() == layout::SIZE);
const _: () = assert!(std::mem::align_of::<Value>() == 8);

impl Value {
    #[inline]
    pub fn tag(&self) -> u8 {
        // SAFETY: `repr(C, u8)` puts the discriminant byte at offset 0.
        unsafe { *(self as *const Value as *const u8) }
    }
    #[inline]
    pub fn is_nil(&self) -> bool {
        matches!(self, Value::Nil)
    }
    /// Lua truthiness: everything but nil and false.
    #[inline]
    pub fn truthy(&self) -> bool {
        !matches!(self, Value::Nil | Value::Bool(false))
    }
    #[inline]
    pub fn is_collectable(&self) -> bool {
        self.gc_header().is_some()
    }
    /// The object this value refers to, if it is collectable.
    #[inline]
    pub fn gc_header(&self) -> Option<NonNull<GcHeader>> {
        Some(match *self {
            Value::Str(g) => g.raw(),
            Value::Table(g) => g.raw(),
            Value::LuaFn(g) => g.raw(),
            Value::NativeFn(g) => g.raw(),
            Value::UserData(g) => g.raw(),
            Value::Thread(g) => g.raw(),
            _ => return None,
        })
    }
    /// The Lua type name (`type(v)`).
    pub fn type_name(&self) -> &'static str {
        match self {
            Value::Nil => "nil",
            Value::Bool(_) => "boolean",
            Value::Int(_) | Value::Float(_) => "number",
            Value::Str(_) => "string",
            Value::Table(_) => "table",
            Value::LuaFn(_) | Value::NativeFn(_) => "function",
            Value::UserData(u) => u.type_name.get(),
            Value::LightUserData(_) => "userdata",
            Value::Thread(_) => "thread",
        }
    }
    #[inline]
    pub fn is_function(&self) -> bool {
        matches!(self, Value::LuaFn(_) | Value::NativeFn(_))
    }
    #[inline]
    pub fn as_table(&self) -> Option<Gc<Table>> {
        match *self {
            Value::Table(t) => Some(t),
            _ => None,
        }
    }
    #[inline]
    pub fn as_str(&self) -> Option<Gc<LuaStr>> {
        match *self {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }
    /// Raw equality (no metamethods): `rawequal`.
    #[inline]
    pub fn raw_eq(&self, o: &Value) -> bool {
        match (*self, *o) {
            (Value::Nil, Value::Nil) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a == b,
            (Value::Int(a), Value::Float(b)) | (Value::Float(b), Value::Int(a)) => crate::number::int_eq_float(a, b),
            (Value::Str(a), Value::Str(b)) => Gc::ptr_eq(a, b) || a.as_bytes() == b.as_bytes(),
            (Value::LightUserData(a), Value::LightUserData(b)) => a == b,
            (a, b) => match (a.gc_header(), b.gc_header()) {
                (Some(x), Some(y)) => x == y,
                _ => false,
            },
        }
    }
}

/// Visit the reference held in the value stored at `slot`, if any.
#[inline]
pub fn trace_value(slot: &Cell<Value>, t: &mut Tracer) {
    if slot.get().is_collectable() {
        // SAFETY: for collectable variants the payload at PAYLOAD_OFFSET is a
        // `NonNull<GcHeader>`-sized pointer (`Gc<T>` is a transparent NonNull);
        // the cell gives shared mutable access to it for the duration of the call.
        let p = unsafe {
            &*((slot as *const Cell<Value> as *const u8).add(layout::PAYLOAD_OFFSET) as *const Cell<NonNull<GcHeader>>)
        };
        t.edge(p)
    }
}

/// Visit every value of a slice of cells.
#[inline]
pub fn trace_values(slots: &[Cell<Value>], t: &mut Tracer) {
    for s in slots {
        trace_value(s, t)
    }
}

/// View a mutable slice of values as cells (for tracing in place).
#[inline]
pub fn as_cells(v: &mut [Value]) -> &[Cell<Value>] {
    Cell::from_mut(v).as_slice_of_cells()
}

/// Visit an optional typed reference.
#[inline]
pub fn trace_opt<T>(slot: &Cell<Option<Gc<T>>>, t: &mut Tracer) {
    if let Some(g) = slot.get() {
        let c = Cell::new(g);
        t.edge_gc(&c);
        slot.set(Some(c.get()));
    }
}

/// Raw access to a `Value` in memory by its parts, for the runloop's fast paths.
///
/// The runloop reads a register's tag byte and its 8-byte payload separately and
/// writes them separately. Copying whole 16-byte values instead makes the CPU
/// load 16 bytes that were just stored as two parts, which cannot be forwarded
/// from the store buffer and stalls every dependent instruction.
pub mod slot {
    use super::{layout, Value};
    use std::mem::MaybeUninit;

    /// The tag byte of the value at `p`.
    ///
    /// # Safety
    /// `p` points to a valid `Value`.
    #[inline(always)]
    pub unsafe fn tag(p: *const Value) -> u8 {
        // SAFETY: the tag byte is at offset 0 of a valid value (`layout`).
        unsafe { *(p as *const u8) }
    }

    /// The integer payload of the value at `p`.
    ///
    /// # Safety
    /// `p` points to a valid `Value::Int`.
    #[inline(always)]
    pub unsafe fn int(p: *const Value) -> i64 {
        // SAFETY: an `Int` keeps its i64 at PAYLOAD_OFFSET.
        unsafe { *((p as *const u8).add(layout::PAYLOAD_OFFSET) as *const i64) }
    }

    /// The float payload of the value at `p`.
    ///
    /// # Safety
    /// `p` points to a valid `Value::Float`.
    #[inline(always)]
    pub unsafe fn float(p: *const Value) -> f64 {
        // SAFETY: a `Float` keeps its f64 at PAYLOAD_OFFSET.
        unsafe { *((p as *const u8).add(layout::PAYLOAD_OFFSET) as *const f64) }
    }

    /// The object pointer payload of the collectable value at `p`, typed as the
    /// caller knows it from the tag.
    ///
    /// # Safety
    /// `p` points to a valid value whose variant holds a `Gc<T>`.
    #[inline(always)]
    pub unsafe fn gc<T>(p: *const Value) -> kiln_gc::Gc<T> {
        // SAFETY: collectable variants keep their `Gc` (a non-null pointer) at PAYLOAD_OFFSET.
        unsafe { *((p as *const u8).add(layout::PAYLOAD_OFFSET) as *const kiln_gc::Gc<T>) }
    }

    /// The value at `p` as a float if it is a number.
    ///
    /// # Safety
    /// `p` points to a valid `Value`.
    #[inline(always)]
    pub unsafe fn num(p: *const Value) -> Option<f64> {
        // SAFETY: the payload is read only for the variant the tag names.
        unsafe {
            match tag(p) {
                layout::TAG_FLOAT => Some(float(p)),
                layout::TAG_INT => Some(int(p) as f64),
                _ => None,
            }
        }
    }

    /// Store `Value::Int(i)` at `p`.
    ///
    /// # Safety
    /// `p` is valid for writes of a `Value`.
    #[inline(always)]
    pub unsafe fn set_int(p: *mut Value, i: i64) {
        // SAFETY: tag byte then payload, the layout of `Value::Int`.
        unsafe {
            *(p as *mut u8) = layout::TAG_INT;
            *((p as *mut u8).add(layout::PAYLOAD_OFFSET) as *mut i64) = i;
        }
    }

    /// Store `Value::Float(f)` at `p`.
    ///
    /// # Safety
    /// `p` is valid for writes of a `Value`.
    #[inline(always)]
    pub unsafe fn set_float(p: *mut Value, f: f64) {
        // SAFETY: tag byte then payload, the layout of `Value::Float`.
        unsafe {
            *(p as *mut u8) = layout::TAG_FLOAT;
            *((p as *mut u8).add(layout::PAYLOAD_OFFSET) as *mut f64) = f;
        }
    }

    /// Replace the payload of the `Int` at `p`, keeping its tag.
    ///
    /// # Safety
    /// `p` points to a valid `Value::Int`.
    #[inline(always)]
    pub unsafe fn set_int_payload(p: *mut Value, i: i64) {
        // SAFETY: the value stays an `Int`; only its payload changes.
        unsafe { *((p as *mut u8).add(layout::PAYLOAD_OFFSET) as *mut i64) = i }
    }

    /// Copy the value at `src` to `dst` part by part.
    ///
    /// # Safety
    /// `src` points to a valid `Value`, `dst` is valid for writes of one.
    #[inline(always)]
    pub unsafe fn copy(dst: *mut Value, src: *const Value) {
        // SAFETY: tag and payload are copied as they are (the payload as possibly
        // uninitialized bytes, e.g. for `Nil`), which reproduces the same value.
        unsafe {
            let t = *(src as *const u8);
            let pl = *((src as *const u8).add(layout::PAYLOAD_OFFSET) as *const MaybeUninit<u64>);
            *(dst as *mut u8) = t;
            *((dst as *mut u8).add(layout::PAYLOAD_OFFSET) as *mut MaybeUninit<u64>) = pl;
        }
    }
}
