//! Lua tables: an array part for keys 1..n and an open-addressing hash part.
//!
//! Invariant: a float key with an integral value is stored as an integer key
//! (`normalize_key`), so `t[1]` and `t[1.0]` are the same entry.
//! Invariant: removing a key (storing nil) keeps the key in its hash node with a
//! nil value ("dead key"), so `next` can continue a traversal from it; dead keys
//! are dropped only when the hash part is rebuilt, which happens only when a new
//! key is inserted (which Lua forbids during traversal).
//! Invariant: `Table` methods never allocate on the GC heap and never run Lua
//! code; the caller applies the write barrier (`Vm::table_set`).
//! Invariant: every store into the array part or a hash node goes with
//! `Parts::note_array_store` / `note_node_store` (the minor-collection summary:
//! a remembered table is rescanned only where it was written). A store that
//! skips them leaves a young object unvisited: `KILN_GC_STRESS=1
//! KILN_GC_VERIFY=1` reports it.

use crate::object::kind;
use crate::rawvec::RawVec;
use crate::value::{trace_opt, trace_value, Value};
use kiln_gc::{Gc, Trace, Tracer};
use std::cell::{Cell, UnsafeCell};

/// A hash-part slot: key at offset 0 (its hash at 4), value at 16 (`layout::table`).
#[derive(Clone, Copy)]
#[repr(C)]
pub struct Node {
    /// `Nil` marks a never-used slot.
    pub(crate) key: NodeKey,
    pub(crate) val: Value,
}

const EMPTY: Node = Node { key: NodeKey { words: [0; 4] }, val: Value::Nil };

/// A node's key with the key's hash (`key_hash`) in bytes 4..8, which a
/// `Value` leaves unused (tag at byte 0, payload from byte 8): a probe skips a
/// node whose hash differs without loading a string key's object, which in a
/// big table is a cache miss per probed node.
///
/// Invariant: every `NodeKey` holds a valid `Value` written as one, and its
/// hash written after it (`new`); a write of the `Value` alone (`update`)
/// writes the hash again. A union, not a struct: copying a union keeps all
/// its bytes, where copying a `Value` may not keep its unused ones.
#[derive(Clone, Copy)]
#[repr(C)]
pub union NodeKey {
    value: Value,
    words: [u32; 4],
}

const _: () = assert!(std::mem::size_of::<NodeKey>() == crate::layout::value::SIZE);

impl NodeKey {
    #[inline(always)]
    fn new(k: Value, hash: u32) -> NodeKey {
        let mut key = NodeKey { value: k };
        key.set_hash(hash);
        key
    }

    /// The key.
    #[inline(always)]
    pub(crate) fn get(&self) -> Value {
        // SAFETY: the type invariant: `value` was written as a valid `Value`,
        // and later writes touched only bytes 4..8, which a `Value` does not read.
        unsafe { self.value }
    }

    /// `key_hash` of the key.
    #[inline(always)]
    fn hash(&self) -> u32 {
        // SAFETY: bytes 4..8 were written (as `words[1]`) after the key.
        unsafe { self.words[1] }
    }

    #[inline(always)]
    fn set_hash(&mut self, hash: u32) {
        // SAFETY: a write of bytes 4..8 only; it reads nothing and leaves the
        // `Value`'s tag (byte 0) and payload (bytes 8..16) as they are.
        unsafe { self.words[1] = hash }
    }

    #[inline(always)]
    fn is_nil(&self) -> bool {
        self.get().is_nil()
    }

    /// Let `f` rewrite the key in place (a collection updating a moved
    /// object's address: the hash stays the same), keeping the hash.
    #[inline]
    fn update<R>(&mut self, f: impl FnOnce(&mut Value) -> R) -> R {
        let hash = self.hash();
        // SAFETY: as `get`; `f` may write only a valid `Value`.
        let r = f(unsafe { &mut self.value });
        self.set_hash(hash);
        r
    }

    /// The placeholder of a weak key whose object died (`dead_key`).
    fn dead() -> NodeKey {
        let k = dead_key();
        NodeKey::new(k, key_hash(&k))
    }
}

/// The array and hash parts, `repr(C)` with `RawVec` buffers so generated code
/// finds their pointers and lengths at published offsets (`layout::table`).
#[repr(C)]
pub struct Parts {
    pub(crate) arr: RawVec<Value>,
    /// Length is zero or a power of two (the probe mask is `len - 1`).
    pub(crate) nodes: RawVec<Node>,
    /// Slots whose key is not Nil (live or dead).
    pub(crate) used: usize,
    /// Minor-collection summary, meaningful while the table is mature: array
    /// slots below `clean_below` hold no reference to a young object, and no
    /// node outside `dirty_lo..=dirty_hi` does. A store of a collectable value
    /// widens them; a minor collection recomputes them. A remembered table
    /// then costs a minor collection only the slots written since the last
    /// one (or still young), not a walk over the whole table.
    pub(crate) clean_below: usize,
    pub(crate) dirty_lo: u32,
    pub(crate) dirty_hi: u32,
}

/// `dirty_lo..=dirty_hi` covering no node.
const CLEAN_NODES: (u32, u32) = (u32::MAX, 0);
/// `dirty_lo..=dirty_hi` covering every node.
const ALL_NODES: (u32, u32) = (0, u32::MAX);

impl Parts {
    /// Note a store of `v` into array slot `idx` (0-based).
    #[inline]
    fn note_array_store(&mut self, idx: usize, v: &Value) {
        if idx < self.clean_below && v.is_collectable() {
            self.clean_below = idx;
        }
    }
    /// Note a store of `k`/`v` into hash node `idx`.
    #[inline]
    fn note_node_store(&mut self, idx: usize, k: &Value, v: &Value) {
        if k.is_collectable() || v.is_collectable() {
            self.note_node_written(idx);
        }
    }
    /// Note that hash node `idx` may have been given any value.
    #[inline]
    fn note_node_written(&mut self, idx: usize) {
        let i = u32::try_from(idx).unwrap_or(u32::MAX);
        self.dirty_lo = self.dirty_lo.min(i);
        self.dirty_hi = self.dirty_hi.max(i);
    }
}

/// `repr(C)`: generated code reads the parts and the metatable (`layout::table`).
#[repr(C)]
pub struct Table {
    pub(crate) parts: UnsafeCell<Parts>,
    pub meta: Cell<Option<Gc<Table>>>,
    /// Cache of metamethods known absent, owned by the runloop (bit per event).
    pub absent_meta: Cell<u32>,
    /// Set while the table is weak (its metatable has `__mode`): "k", "v" or both.
    pub weak: Cell<u8>,
}

pub const WEAK_KEYS: u8 = 1;
pub const WEAK_VALUES: u8 = 2;

/// Why a key cannot be stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyError {
    Nil,
    NaN,
    /// Growing the array or hash part failed for want of memory; the table
    /// is unchanged (the caller collects and retries, or raises the error).
    NoMemory,
}

unsafe impl Trace for Table {
    const KIND: u8 = kind::TABLE;
    const NAME: &'static str = "table";
    fn extra_bytes(&self) -> usize {
        self.external_bytes()
    }
    fn trace(&self, t: &mut Tracer) {
        trace_opt(&self.meta, t);
        // SAFETY: tracing runs when no borrow of the parts is live (table methods
        // do not allocate, so no collection starts inside them).
        let p = unsafe { &mut *self.parts.get() };
        if t.is_minor() {
            if trace_minor(p, t, self.weak.get()) {
                t.register_weak(Gc::<Table>::raw_of(self));
            }
            return;
        }
        let weak = if t.is_major() { self.weak.get() } else { 0 };
        if weak == 0 {
            for v in crate::value::as_cells(&mut p.arr) {
                trace_value(v, t)
            }
            for n in p.nodes.iter_mut() {
                // A dead key (nil value) must stay a valid reference for `next`,
                // so it is traced too; it disappears at the next rebuild.
                if !n.key.is_nil() {
                    n.key.update(|k| trace_value(Cell::from_mut(k), t));
                    trace_value(Cell::from_mut(&mut n.val), t);
                }
            }
            return;
        }
        // A weak table in a major collection: the VM clears its dead entries
        // after marking (gc_glue.rs). Strings are values, never weak.
        t.register_weak(Gc::<Table>::raw_of(self));
        let (weak_keys, weak_values) = (weak & WEAK_KEYS != 0, weak & WEAK_VALUES != 0);
        for v in crate::value::as_cells(&mut p.arr) {
            if !weak_values || !is_weak_ref(&v.get()) {
                trace_value(v, t)
            }
        }
        for n in p.nodes.iter_mut() {
            if n.key.is_nil() {
                continue;
            }
            // In an all-weak table even string keys wait: an entry whose value
            // dies goes with its key in this cycle (PUC does not traverse
            // all-weak tables); `Table::mark_string_keys` marks the rest.
            let key_strong = !weak_keys || (!weak_values && !is_weak_ref(&n.key.get()));
            if key_strong {
                n.key.update(|k| trace_value(Cell::from_mut(k), t));
            }
            // Ephemeron (weak keys only): the value is live only if its key is;
            // values of keys not yet marked are revisited by `ephemeron_values`.
            let value_strong = if weak_values {
                !is_weak_ref(&n.val)
            } else {
                key_strong || n.key.get().gc_header().is_some_and(|h| t.is_marked(h))
            };
            if value_strong {
                trace_value(Cell::from_mut(&mut n.val), t);
            }
        }
    }
}

/// A minor collection's visit. A remembered table (`Tracer::is_rescan`)
/// visits only its array slots from `clean_below` on and its nodes in
/// `dirty_lo..=dirty_hi`; every visit recomputes both. A weak table leaves its
/// weak references to young objects unvisited (and returns true): once
/// copying is done, `settle_minor_weak` clears those whose object died and
/// updates the others, so young garbage leaves weak tables at a minor
/// collection as in PUC's generational mode. Weak keys' values are visited
/// (an ephemeron is settled only by a major collection).
fn trace_minor(p: &mut Parts, t: &mut Tracer, weak: u8) -> bool {
    let young = |v: Value, t: &Tracer| v.gc_header().is_some_and(|h| t.is_young(h));
    let (weak_keys, weak_values) = (weak & WEAK_KEYS != 0, weak & WEAK_VALUES != 0);
    let mut skipped = false;
    let mut visit = |v: &Cell<Value>, weak: bool, t: &mut Tracer| {
        if weak && is_weak_ref(&v.get()) && young(v.get(), t) {
            skipped = true;
        } else {
            trace_value(v, t);
        }
    };
    let from = if t.is_rescan() { p.clean_below.min(p.arr.len()) } else { 0 };
    let len = p.arr.len();
    let mut clean_below = len;
    for (i, v) in crate::value::as_cells(&mut p.arr[from..]).iter().enumerate() {
        visit(v, weak_values, t);
        if clean_below == len && young(v.get(), t) {
            clean_below = from + i;
        }
    }
    p.clean_below = clean_below;
    let (lo, hi) = if t.is_rescan() { (p.dirty_lo as usize, p.dirty_hi as usize) } else { (0, usize::MAX) };
    let hi = hi.min(p.nodes.len().saturating_sub(1));
    (p.dirty_lo, p.dirty_hi) = CLEAN_NODES;
    if lo > hi || p.nodes.is_empty() {
        return skipped;
    }
    for i in lo..=hi {
        let n = &mut p.nodes[i];
        // Dead keys (nil value) are traced too: `next` may still meet them.
        if !n.key.is_nil() {
            let k = n.key.update(|k| {
                visit(Cell::from_mut(k), weak_keys, t);
                *k
            });
            let v = Cell::from_mut(&mut n.val);
            visit(v, weak_values, t);
            if young(k, t) || young(v.get(), t) {
                let i = u32::try_from(i).unwrap_or(u32::MAX);
                p.dirty_lo = p.dirty_lo.min(i);
                p.dirty_hi = p.dirty_hi.max(i);
            }
        }
    }
    skipped
}

/// Does a weak table hold this value weakly? Collectable values other than
/// strings (strings are values in Lua and are never removed from weak tables).
#[inline]
pub fn is_weak_ref(v: &Value) -> bool {
    v.is_collectable() && !matches!(v, Value::Str(_))
}

/// Placeholder for a weak key whose object died: keeps its hash node occupied
/// (probe chains) without referring to anything, and equals no key a script can
/// make (a light userdata whose address is this static's).
static DEAD_KEY_ANCHOR: u8 = 0;

fn dead_key() -> Value {
    Value::LightUserData(&DEAD_KEY_ANCHOR as *const u8 as usize)
}

trait RawOf {
    fn raw_of(t: &Table) -> std::ptr::NonNull<kiln_gc::GcHeader>;
}
impl RawOf for Gc<Table> {
    fn raw_of(t: &Table) -> std::ptr::NonNull<kiln_gc::GcHeader> {
        // SAFETY: every `Table` lives in a `GcBox<Table>`, whose header sits
        // `VALUE_OFFSET` bytes before the value.
        unsafe {
            std::ptr::NonNull::new_unchecked(
                (t as *const Table as *mut u8).sub(kiln_gc::VALUE_OFFSET) as *mut kiln_gc::GcHeader
            )
        }
    }
}

#[inline]
fn mix64(x: u64) -> u32 {
    crate::layout::table::int_key_hash(x)
}

/// Hash of a (normalized, non-nil) key.
#[inline]
fn key_hash(k: &Value) -> u32 {
    match *k {
        Value::Str(s) => s.hash(),
        Value::Int(i) => mix64(i as u64),
        Value::Float(f) => mix64(f.to_bits()),
        Value::Bool(b) => b as u32 + 1,
        Value::LightUserData(p) => mix64(p as u64),
        ref v => v
            .gc_header()
            .map(|h| {
                // SAFETY: a collectable value's header is live while the value is.
                unsafe { h.as_ref() }.identity()
            })
            .unwrap_or(0),
    }
}

/// Key equality for normalized keys: like raw equality, but an integer key never
/// equals a float key (normalization already turned integral floats into integers).
#[inline]
fn key_eq(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Str(x), Value::Str(y)) => x.content_eq(y),
        (Value::Int(x), Value::Int(y)) => x == y,
        (Value::Float(x), Value::Float(y)) => x == y,
        _ => a.tag() == b.tag() && a.raw_eq(b),
    }
}

/// Turn an integral float key into an integer key; reject nil and NaN.
#[inline]
pub fn normalize_key(k: Value) -> Result<Value, KeyError> {
    match k {
        Value::Nil => Err(KeyError::Nil),
        Value::Float(f) if f.is_nan() => Err(KeyError::NaN),
        Value::Float(f) => Ok(match crate::number::float_to_int_exact(f) {
            Some(i) => Value::Int(i),
            None => k,
        }),
        _ => Ok(k),
    }
}

impl Table {
    // Inlined: built in place in the object it becomes (`Vm::new_table`); a
    // returned copy is stored and reloaded in pieces of different sizes.
    #[inline(always)]
    pub fn new(narr: usize, nhash: usize) -> Table {
        let cap = if nhash == 0 { 0 } else { (nhash * 4 / 3 + 1).next_power_of_two() };
        Table {
            parts: UnsafeCell::new(Parts {
                arr: RawVec::with_capacity(narr),
                nodes: RawVec::filled(EMPTY, cap),
                used: 0,
                clean_below: 0,
                dirty_lo: ALL_NODES.0,
                dirty_hi: ALL_NODES.1,
            }),
            meta: Cell::new(None),
            absent_meta: Cell::new(0),
            weak: Cell::new(0),
        }
    }

    #[inline]
    fn parts(&self) -> &Parts {
        // SAFETY: the VM is single-threaded and no method hands out a borrow of the
        // parts that outlives the call; `parts_mut` borrows never overlap this one.
        unsafe { &*self.parts.get() }
    }

    #[allow(clippy::mut_from_ref)]
    #[inline]
    fn parts_mut(&self) -> &mut Parts {
        // SAFETY: as in `parts`: each method takes at most one borrow at a time,
        // releases it before returning, and never calls out to code that could
        // reach this table.
        unsafe { &mut *self.parts.get() }
    }

    pub fn metatable(&self) -> Option<Gc<Table>> {
        self.meta.get()
    }

    /// Length of the array part (for `SetList` sizing, `#` fast path, JIT).
    #[inline]
    pub fn array_len(&self) -> usize {
        self.parts().arr.len()
    }

    /// Bytes this table owns outside the GC heap.
    pub fn external_bytes(&self) -> usize {
        Self::external_of(self.parts())
    }

    fn external_of(p: &Parts) -> usize {
        p.arr.capacity() * 16 + p.nodes.capacity() * 32
    }

    fn find_slot(p: &Parts, k: &Value) -> Option<usize> {
        if p.nodes.is_empty() {
            return None;
        }
        let mask = p.nodes.len() - 1;
        let hash = key_hash(k);
        let mut i = hash as usize & mask;
        loop {
            let n = &p.nodes[i];
            if n.key.is_nil() {
                return None;
            }
            if n.key.hash() == hash && key_eq(&n.key.get(), k) {
                return Some(i);
            }
            i = (i + 1) & mask;
        }
    }

    /// Raw get with an already-normalized key.
    #[inline]
    fn get_norm(&self, k: &Value) -> Value {
        let p = self.parts();
        if let Value::Int(i) = *k {
            if (i as u64).wrapping_sub(1) < p.arr.len() as u64 {
                return p.arr[i as usize - 1];
            }
        }
        match Self::find_slot(p, k) {
            Some(s) => p.nodes[s].val,
            None => Value::Nil,
        }
    }

    /// `rawget(t, k)`.
    #[inline]
    pub fn get(&self, k: Value) -> Value {
        match normalize_key(k) {
            Ok(k) => self.get_norm(&k),
            Err(_) => Value::Nil,
        }
    }

    /// `rawget(t, i)` for an integer key.
    #[inline]
    pub fn get_int(&self, i: i64) -> Value {
        let p = self.parts();
        if (i as u64).wrapping_sub(1) < p.arr.len() as u64 {
            return p.arr[i as usize - 1];
        }
        self.get_norm(&Value::Int(i))
    }

    /// `rawget(t, s)` for a string key.
    #[inline]
    pub fn get_str(&self, s: Gc<crate::object::LuaStr>) -> Value {
        let p = self.parts();
        match Self::find_str(p, &s) {
            Some(i) => p.nodes[i].val,
            None => Value::Nil,
        }
    }

    /// Where the value under string key `s` is stored (null when the key is
    /// absent), for the runloop to read in place. Valid until the table is
    /// next modified by anything but an overwrite through `str_slot_mut`.
    #[inline(always)]
    pub fn str_slot(&self, s: &crate::object::LuaStr) -> *mut Value {
        let p = self.parts_mut();
        match Self::find_str(p, s) {
            // SAFETY: `find_str` returns an index inside `nodes`.
            Some(i) => unsafe { &mut p.nodes.get_unchecked_mut(i).val as *mut Value },
            None => std::ptr::null_mut(),
        }
    }

    /// `str_slot` for overwriting the value in place: the node counts as
    /// written for the minor-collection summary (see the module invariant).
    #[inline(always)]
    pub fn str_slot_mut(&self, s: &crate::object::LuaStr) -> *mut Value {
        let p = self.parts_mut();
        match Self::find_str(p, s) {
            Some(i) => {
                p.note_node_written(i);
                // SAFETY: `find_str` returns an index inside `nodes`.
                unsafe { &mut p.nodes.get_unchecked_mut(i).val as *mut Value }
            }
            None => std::ptr::null_mut(),
        }
    }

    /// Where the value under integer key `i` is stored in the array part (null
    /// when `i` is outside it), to read or overwrite in place; valid like
    /// `str_slot`. The slot counts as written (see the module invariant).
    #[inline(always)]
    pub fn array_slot(&self, i: i64) -> *mut Value {
        let p = self.parts_mut();
        if (i as u64).wrapping_sub(1) < p.arr.len() as u64 {
            p.clean_below = p.clean_below.min(i as usize - 1);
            // SAFETY: `1 <= i <= arr.len()` was just checked.
            unsafe { p.arr.as_mut_ptr().add(i as usize - 1) }
        } else {
            std::ptr::null_mut()
        }
    }

    /// `array_slot` for reading only: the slot does not count as written.
    #[inline(always)]
    pub fn array_slot_ref(&self, i: i64) -> *const Value {
        let p = self.parts();
        if (i as u64).wrapping_sub(1) < p.arr.len() as u64 {
            // SAFETY: `1 <= i <= arr.len()` was just checked.
            unsafe { p.arr.as_ptr().add(i as usize - 1) }
        } else {
            std::ptr::null()
        }
    }

    /// The hash node holding string key `s`, if any: what compiled code's
    /// field caches remember (an index they check against the node's key
    /// before use, so a stale one is only a miss).
    pub fn str_node_index(&self, s: &crate::object::LuaStr) -> Option<usize> {
        Self::find_str(self.parts(), s)
    }

    /// `find_slot` for a string key.
    #[inline(always)]
    fn find_str(p: &Parts, s: &crate::object::LuaStr) -> Option<usize> {
        if p.nodes.is_empty() {
            return None;
        }
        let mask = p.nodes.len() - 1;
        let hash = s.hash();
        let mut i = hash as usize & mask;
        loop {
            // SAFETY: `i <= mask < nodes.len()`.
            let n = unsafe { p.nodes.get_unchecked(i) };
            match n.key.get() {
                Value::Nil => return None,
                Value::Str(k) if n.key.hash() == hash && k.content_eq(s) => return Some(i),
                _ => {}
            }
            i = (i + 1) & mask;
        }
    }

    /// `rawset(t, k, v)` without the write barrier (see `Vm::table_set`).
    pub fn set(&self, k: Value, v: Value) -> Result<(), KeyError> {
        let k = normalize_key(k)?;
        self.set_norm(k, v)
    }

    /// `rawset(t, s, v)` for a string key, without the write barrier.
    #[inline]
    pub fn set_str(&self, s: Gc<crate::object::LuaStr>, v: Value) -> Result<(), KeyError> {
        let p = self.parts_mut();
        if let Some(i) = Self::find_str(p, &s) {
            p.nodes[i].val = v;
            p.note_node_store(i, &Value::Nil, &v);
            return Ok(());
        }
        self.set_norm(Value::Str(s), v)
    }

    /// Store `v` under the string key `s` if `s` is present with a non-nil value
    /// (so no `__newindex` applies); false, storing nothing, otherwise.
    #[inline]
    pub fn replace_str(&self, s: Gc<crate::object::LuaStr>, v: Value) -> bool {
        let p = self.parts_mut();
        match Self::find_str(p, &s) {
            Some(i) if !p.nodes[i].val.is_nil() => {
                p.nodes[i].val = v;
                p.note_node_store(i, &Value::Nil, &v);
                true
            }
            _ => false,
        }
    }

    /// `rawset(t, i, v)` for an integer key, without the write barrier.
    #[inline]
    pub fn set_int(&self, i: i64, v: Value) -> Result<(), KeyError> {
        let p = self.parts_mut();
        if (i as u64).wrapping_sub(1) < p.arr.len() as u64 {
            p.arr[i as usize - 1] = v;
            p.note_array_store(i as usize - 1, &v);
            if v.is_nil() && i as usize == p.arr.len() {
                Self::trim_array(p);
            }
            return Ok(());
        }
        self.set_norm(Value::Int(i), v)
    }

    /// Stores `vals` at keys `start+1 ..= start+vals.len()` without the write
    /// barrier (constructors, `table.pack`). As PUC's SETLIST presizes the array
    /// part, the stored range becomes array slots even where values are nil, so
    /// `#{1, nil, 3}` is 3 as in Lua 5.4.
    pub fn set_list(&self, start: i64, vals: &[Value]) -> Result<(), KeyError> {
        let before = self.external_bytes();
        let result = self.set_list_unaccounted(start, vals);
        self.note_growth(before, self.external_bytes());
        result
    }

    fn set_list_unaccounted(&self, start: i64, vals: &[Value]) -> Result<(), KeyError> {
        let p = self.parts_mut();
        let end = start as u64 + vals.len() as u64;
        if start >= 0 && start as u64 <= p.arr.len() as u64 && end > p.arr.len() as u64 && end <= 1 << 26 {
            let old = p.arr.len();
            p.arr.try_reserve_exact(end as usize - old).map_err(|_| KeyError::NoMemory)?;
            if p.used > 0 {
                for i in old as i64 + 1..=end as i64 {
                    if let Some(s) = Self::find_slot(p, &Value::Int(i)) {
                        p.nodes[s].val = Value::Nil;
                    }
                }
            }
            p.arr.resize(end as usize, Value::Nil);
            p.arr[start as usize..end as usize].copy_from_slice(vals);
            p.clean_below = p.clean_below.min(start as usize);
            Self::trim_array(p);
            if p.arr.len() == end as usize {
                Self::migrate_from_hash(p)?;
            }
            return Ok(());
        }
        for (i, &v) in vals.iter().enumerate() {
            self.set_int(start.wrapping_add(i as i64 + 1), v)?;
        }
        Ok(())
    }

    fn trim_array(p: &mut Parts) {
        while matches!(p.arr.last(), Some(Value::Nil)) {
            p.arr.pop();
        }
    }

    /// Tells the heap that this table's buffers went from `before` to `after` bytes (see
    /// `GcHeader::note_external_change`); every path that can reallocate them calls it.
    #[inline]
    fn note_growth(&self, before: usize, after: usize) {
        if after != before {
            let header = Gc::<Table>::raw_of(self);
            // SAFETY: `raw_of` points at this live table's header, which outlives the borrow of `self`.
            unsafe { header.as_ref() }.note_external_change(after as isize - before as isize);
        }
    }

    fn set_norm(&self, k: Value, v: Value) -> Result<(), KeyError> {
        let p = self.parts_mut();
        if let Value::Int(i) = k {
            let len = p.arr.len();
            if (i as u64).wrapping_sub(1) < len as u64 {
                p.arr[i as usize - 1] = v;
                p.note_array_store(i as usize - 1, &v);
                if v.is_nil() && i as usize == len {
                    Self::trim_array(p);
                }
                return Ok(());
            }
            if i as u64 == len as u64 + 1 && !v.is_nil() {
                // Appending: remove a possible hash entry for this key, then
                // migrate the keys that follow it from the hash part. Only a
                // full array part or keys to migrate can reallocate it.
                let before = (len == p.arr.capacity() || p.used > 0).then(|| Self::external_of(p));
                Self::reserve_array_slot(p)?;
                if let Some(s) = Self::find_slot(p, &k) {
                    p.nodes[s].val = Value::Nil;
                }
                p.arr.push(v);
                p.note_array_store(len, &v);
                let migrated = Self::migrate_from_hash(p);
                if let Some(before) = before {
                    self.note_growth(before, Self::external_of(p));
                }
                return migrated;
            }
        }
        if let Some(s) = Self::find_slot(p, &k) {
            p.nodes[s].val = v;
            p.note_node_store(s, &k, &v);
            return Ok(());
        }
        if v.is_nil() {
            return Ok(());
        }
        if (p.used + 1) * 4 > p.nodes.len() * 3 {
            let before = Self::external_of(p);
            Self::rehash(p, &k)?;
            self.note_growth(before, Self::external_of(p));
            // The rebuild may have given the key an array slot.
            if let Value::Int(i) = k {
                if (i as u64).wrapping_sub(1) < p.arr.len() as u64 {
                    p.arr[i as usize - 1] = v;
                    p.note_array_store(i as usize - 1, &v);
                    return Ok(());
                }
            }
        }
        Self::insert_new(p, k, v);
        Ok(())
    }

    /// Room for one more array slot (amortized growth), or `NoMemory`.
    fn reserve_array_slot(p: &mut Parts) -> Result<(), KeyError> {
        if p.arr.len() == p.arr.capacity() {
            p.arr.try_reserve(1).map_err(|_| KeyError::NoMemory)?;
        }
        Ok(())
    }

    fn insert_new(p: &mut Parts, k: Value, v: Value) {
        Self::insert_hashed(p, k, key_hash(&k), v)
    }

    /// `insert_new` of a key whose `key_hash` is `hash`.
    fn insert_hashed(p: &mut Parts, k: Value, hash: u32, v: Value) {
        let mask = p.nodes.len() - 1;
        let mut i = hash as usize & mask;
        while !p.nodes[i].key.is_nil() {
            i = (i + 1) & mask;
        }
        p.nodes[i] = Node { key: NodeKey::new(k, hash), val: v };
        p.note_node_store(i, &k, &v);
        p.used += 1;
    }

    /// Move the keys that continue the array part out of the hash part. On
    /// `NoMemory` the keys not moved yet stay in the hash part (still valid).
    fn migrate_from_hash(p: &mut Parts) -> Result<(), KeyError> {
        if p.used == 0 {
            return Ok(());
        }
        loop {
            let next = Value::Int(p.arr.len() as i64 + 1);
            match Self::find_slot(p, &next) {
                Some(s) if !p.nodes[s].val.is_nil() => {
                    Self::reserve_array_slot(p)?;
                    let v = p.nodes[s].val;
                    p.nodes[s].val = Value::Nil;
                    p.arr.push(v);
                    let idx = p.arr.len() - 1;
                    p.note_array_store(idx, &v);
                }
                _ => return Ok(()),
            }
        }
    }

    /// Rebuild the hash part (dropping dead keys) with room for `extra` too, and
    /// grow the array part when enough integer keys would fill it more than half.
    /// All memory is obtained before anything moves: on `NoMemory` the table
    /// is unchanged.
    fn rehash(p: &mut Parts, extra: &Value) -> Result<(), KeyError> {
        let is_live = |n: &Node| !n.key.is_nil() && !n.val.is_nil();
        // Count integer keys per power-of-two bin: bins[b] = keys in (2^(b-1), 2^b].
        let mut bins = [0usize; 64];
        let count_int = |i: i64, bins: &mut [usize; 64]| {
            if i >= 1 {
                let b = 64 - ((i - 1) as u64).leading_zeros() as usize;
                bins[b.min(63)] += 1;
            }
        };
        for (idx, v) in p.arr.iter().enumerate() {
            if !v.is_nil() {
                count_int(idx as i64 + 1, &mut bins);
            }
        }
        for n in p.nodes.iter().filter(|n| is_live(n)) {
            if let Value::Int(i) = n.key.get() {
                count_int(i, &mut bins);
            }
        }
        if let Value::Int(i) = *extra {
            count_int(i, &mut bins);
        }
        let mut total = 0;
        let mut best = p.arr.len();
        for (b, &c) in bins.iter().enumerate() {
            total += c;
            let size = 1usize << b;
            if total > size / 2 && size > best {
                best = size;
            }
            if size > 1 << 26 {
                break;
            }
        }
        let grows = best > p.arr.len();
        let to_array = |n: &Node| grows && matches!(n.key.get(), Value::Int(i) if i >= 1 && (i as usize) <= best);
        let staying = p.nodes.iter().filter(|n| is_live(n) && !to_array(n)).count();
        let need = staying + 1;
        let cap = (need * 4 / 3 + 1).next_power_of_two().max(4);
        let mut nodes = RawVec::new();
        nodes.try_reserve_exact(cap).map_err(|_| KeyError::NoMemory)?;
        nodes.resize(cap, EMPTY);
        p.arr.try_reserve_exact(best - p.arr.len()).map_err(|_| KeyError::NoMemory)?;
        if grows {
            // Hash entries move into the new array slots.
            p.clean_below = 0;
            p.arr.resize(best, Value::Nil);
        }
        let old = std::mem::replace(&mut p.nodes, nodes);
        p.used = 0;
        for n in old.iter().copied().filter(is_live) {
            match n.key.get() {
                Value::Int(i) if to_array(&n) => p.arr[i as usize - 1] = n.val,
                k => Self::insert_hashed(p, k, n.key.hash(), n.val),
            }
        }
        Ok(())
    }

    /// The border `#t` (raw).
    #[allow(clippy::len_without_is_empty)] // the border `#t`, not a count: emptiness is `next(nil)`
    pub fn len(&self) -> i64 {
        let p = self.parts();
        let n = p.arr.len();
        if n > 0 && p.arr[n - 1].is_nil() {
            // Binary search a border inside the array part.
            let (mut lo, mut hi) = (0usize, n); // arr[lo-1] non-nil (or lo = 0), arr[hi-1] nil
            while hi - lo > 1 {
                let m = (lo + hi) / 2;
                if p.arr[m - 1].is_nil() {
                    hi = m
                } else {
                    lo = m
                }
            }
            return lo as i64;
        }
        if p.used == 0 {
            return n as i64;
        }
        // Unbounded search in the hash part.
        let mut j = n as i64 + 1;
        if self.get_norm(&Value::Int(j)).is_nil() {
            return n as i64;
        }
        let mut i;
        loop {
            if j > i64::MAX / 2 {
                // Pathological: linear search.
                let mut k = 1;
                while !self.get_int(k).is_nil() {
                    k += 1;
                }
                return k - 1;
            }
            i = j;
            j *= 2;
            if self.get_norm(&Value::Int(j)).is_nil() {
                break;
            }
        }
        while j - i > 1 {
            let m = (i + j) / 2;
            if self.get_norm(&Value::Int(m)).is_nil() {
                j = m
            } else {
                i = m
            }
        }
        i
    }

    /// `next(t, k)`: the entry after key `k` (`Nil` starts), `Ok(None)` at the end,
    /// `Err(())` when `k` is not a key of the table.
    #[allow(clippy::result_unit_err)] // the caller raises "invalid key to 'next'" with its own context
    pub fn next(&self, k: Value) -> Result<Option<(Value, Value)>, ()> {
        let p = self.parts();
        let k = normalize_key(k);
        let mut ai = match k {
            Err(KeyError::Nil) => 0,
            Err(KeyError::NaN | KeyError::NoMemory) => return Err(()),
            Ok(Value::Int(i)) if (i as u64).wrapping_sub(1) < p.arr.len() as u64 => i as usize,
            Ok(ref key) => match Self::find_slot(p, key) {
                Some(s) => return Ok(Self::next_node(p, s + 1)),
                // A key of the array's trimmed nil tail (clearing fields during a traversal
                // pops them; the capacity stays): what follows it is the hash part.
                None if matches!(key, Value::Int(i) if (*i as u64).wrapping_sub(1) < p.arr.capacity() as u64) => {
                    p.arr.len()
                }
                None => return Err(()),
            },
        };
        while ai < p.arr.len() {
            if !p.arr[ai].is_nil() {
                return Ok(Some((Value::Int(ai as i64 + 1), p.arr[ai])));
            }
            ai += 1;
        }
        Ok(Self::next_node(p, 0))
    }

    fn next_node(p: &Parts, from: usize) -> Option<(Value, Value)> {
        p.nodes[from.min(p.nodes.len())..]
            .iter()
            .find(|n| !n.key.is_nil() && !n.val.is_nil())
            .map(|n| (n.key.get(), n.val))
    }

    /// Remove the entries whose value `dead` says is dead (weak values, after a
    /// major collection's marking). Their keys stay as dead keys; in an
    /// all-weak table, whose keys marking did not visit, they become
    /// placeholders that refer to nothing.
    pub fn clear_dead_values(&self, dead: &dyn Fn(&Value) -> bool) {
        let all_weak = self.weak.get() == WEAK_KEYS | WEAK_VALUES;
        let p = self.parts_mut();
        for v in p.arr.iter_mut() {
            if dead(v) {
                *v = Value::Nil;
            }
        }
        for n in p.nodes.iter_mut() {
            if n.key.is_nil() {
                continue;
            }
            if dead(&n.val) {
                n.val = Value::Nil;
            }
            // Also the keys of entries removed earlier (nil value): unmarked
            // too, they would dangle after the sweep.
            if all_weak && n.val.is_nil() && n.key.get().gc_header().is_some() {
                n.key = NodeKey::dead();
            }
        }
        Self::trim_array(p);
    }

    /// After a minor collection's copying (`trace_minor` left this table's
    /// weak references to young objects unvisited): remove the entries whose
    /// weakly held object died and point the others at their copies. With
    /// `keys` false only weak values are settled (before finalizable objects
    /// are resurrected, as a major collection clears weak values first);
    /// then again with `keys` true. A mature table still pointing to a young
    /// object is remembered again.
    pub fn settle_minor_weak(&self, t: &mut Tracer, keys: bool) {
        let (weak_keys, weak_values) = (self.weak.get() & WEAK_KEYS != 0, self.weak.get() & WEAK_VALUES != 0);
        let dead = |v: &Value, t: &Tracer| v.gc_header().is_some_and(|h| t.forwarded(h).is_none());
        let mut young_left = false;
        // A reference whose object lives is updated (a copy or a promotion
        // already made: `trace_value` only follows the forwarding address).
        let mut update = |v: &mut Value, t: &mut Tracer| {
            if !dead(v, t) {
                trace_value(Cell::from_mut(v), t);
                young_left |= v.gc_header().is_some_and(|h| t.is_young(h));
            }
        };
        let p = self.parts_mut();
        for v in p.arr.iter_mut() {
            if weak_values && is_weak_ref(v) && dead(v, t) {
                *v = Value::Nil;
            }
            update(v, t);
        }
        for n in p.nodes.iter_mut() {
            if n.key.is_nil() {
                continue;
            }
            if weak_values && is_weak_ref(&n.val) && dead(&n.val, t) {
                n.val = Value::Nil;
            }
            if keys && weak_keys && is_weak_ref(&n.key.get()) && dead(&n.key.get(), t) {
                n.val = Value::Nil;
                n.key = NodeKey::dead();
            }
            n.key.update(|k| update(k, t));
            update(&mut n.val, t);
        }
        Self::trim_array(p);
        let me = Gc::<Table>::raw_of(self);
        // SAFETY: `me` is this live table's header.
        if young_left && unsafe { me.as_ref() }.is_mature() {
            (p.dirty_lo, p.dirty_hi, p.clean_below) = (0, u32::MAX, 0);
            t.remember(me);
        }
    }

    /// The string keys of the remaining entries of an all-weak table, which
    /// marking skipped (see `trace`): once dead entries are cleared, these
    /// keys are live (strings are values, never weak).
    pub fn string_keys(&self) -> Vec<Value> {
        self.parts()
            .nodes
            .iter()
            .filter(|n| !n.val.is_nil() && matches!(n.key.get(), Value::Str(_)))
            .map(|n| n.key.get())
            .collect()
    }

    /// Remove the entries whose key `dead` says is dead (weak keys, after a
    /// major collection's marking). The key is replaced by a placeholder that
    /// refers to nothing, so no dangling reference stays in the node.
    pub fn clear_dead_keys(&self, dead: &dyn Fn(&Value) -> bool) {
        let p = self.parts_mut();
        for n in p.nodes.iter_mut() {
            if !n.key.is_nil() && dead(&n.key.get()) {
                n.val = Value::Nil;
                n.key = NodeKey::dead();
            }
        }
    }

    /// Visit every entry of the hash part whose key is a weak reference (an
    /// ephemeron table's candidates for convergence in a major collection).
    pub fn ephemeron_entries(&self, each: &mut dyn FnMut(Value, Value)) {
        for n in &self.parts().nodes {
            if is_weak_ref(&n.key.get()) {
                each(n.key.get(), n.val)
            }
        }
    }

    /// Visit every (key, value) with a value; for the collector and debugging.
    pub fn for_each(&self, f: &mut dyn FnMut(Value, Value)) {
        let p = self.parts();
        for (i, v) in p.arr.iter().enumerate() {
            if !v.is_nil() {
                f(Value::Int(i as i64 + 1), *v)
            }
        }
        for n in &p.nodes {
            if !n.key.is_nil() && !n.val.is_nil() {
                f(n.key.get(), n.val)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::Vm;
    use kiln_gc::HeapConfig;

    fn vm() -> Vm {
        Vm::new(HeapConfig { nursery_bytes: 4096, verify: true, ..HeapConfig::default() })
    }

    fn collect(t: &Table) -> Vec<(i64, i64)> {
        let mut out = Vec::new();
        let mut k = Value::Nil;
        while let Some((nk, v)) = t.next(k).expect("valid key") {
            if let (Value::Int(a), Value::Int(b)) = (nk, v) {
                out.push((a, b));
            }
            k = nk;
        }
        out.sort();
        out
    }

    #[test]
    fn array_part_grows_by_appending_and_migrates_hash_keys() {
        let t = Table::new(0, 0);
        t.set(Value::Int(3), Value::Int(30)).unwrap();
        t.set(Value::Int(2), Value::Int(20)).unwrap();
        assert_eq!(t.array_len(), 0);
        t.set(Value::Int(1), Value::Int(10)).unwrap();
        assert_eq!(t.array_len(), 3, "keys 2 and 3 move into the array part");
        assert_eq!(t.len(), 3);
        assert_eq!(collect(&t), vec![(1, 10), (2, 20), (3, 30)]);
    }

    #[test]
    fn float_keys_with_integral_values_are_integer_keys() {
        let t = Table::new(0, 0);
        t.set(Value::Float(1.0), Value::Int(1)).unwrap();
        assert!(matches!(t.get(Value::Int(1)), Value::Int(1)));
        t.set(Value::Float(1.5), Value::Int(2)).unwrap();
        assert!(matches!(t.get(Value::Float(1.5)), Value::Int(2)));
        assert_eq!(t.set(Value::Nil, Value::Int(0)), Err(KeyError::Nil));
        assert_eq!(t.set(Value::Float(f64::NAN), Value::Int(0)), Err(KeyError::NaN));
    }

    #[test]
    fn next_continues_after_removing_the_current_key() {
        let t = Table::new(0, 0);
        for i in 0..100 {
            t.set(Value::Int(i * 7 + 1000), Value::Int(i)).unwrap();
        }
        let mut k = Value::Nil;
        let mut seen = 0;
        while let Some((nk, _)) = t.next(k).unwrap() {
            t.set(nk, Value::Nil).unwrap(); // allowed during traversal
            seen += 1;
            k = nk;
        }
        assert_eq!(seen, 100);
        assert!(t.next(Value::Nil).unwrap().is_none());
        assert!(t.next(Value::Int(5)).is_err(), "a key that was never there is invalid");
    }

    #[test]
    fn next_continues_after_clearing_the_array_tail() {
        let t = Table::new(0, 0);
        for i in 1..=5 {
            t.set_int(i, Value::Int(i)).unwrap();
        }
        t.set(Value::Int(1000), Value::Int(9)).unwrap();
        let mut k = Value::Nil;
        let mut seen = 0;
        while let Some((nk, _)) = t.next(k).unwrap() {
            t.set(nk, Value::Nil).unwrap(); // clearing the last array entry pops the nil tail
            seen += 1;
            k = nk;
        }
        assert_eq!(seen, 6);
        assert!(t.next(Value::Int(1 << 40)).is_err(), "a key that was never there is invalid");
    }

    #[test]
    fn border_with_holes_and_hash_part() {
        let t = Table::new(0, 0);
        for i in 1..=10 {
            t.set_int(i, Value::Int(i)).unwrap();
        }
        t.set_int(10, Value::Nil).unwrap();
        assert_eq!(t.len(), 9);
        t.set_int(5, Value::Nil).unwrap();
        let n = t.len();
        assert!(n == 4 || n == 9, "any border is allowed, got {n}");
        let h = Table::new(0, 0);
        h.set(Value::Int(2), Value::Int(2)).unwrap();
        assert_eq!(h.len(), 0);
    }

    #[test]
    fn rehash_moves_dense_integer_keys_to_the_array() {
        let t = Table::new(0, 0);
        for i in (1..=64).rev() {
            t.set(Value::Int(i), Value::Int(i)).unwrap();
        }
        assert_eq!(t.len(), 64);
        assert!(t.array_len() >= 32, "array part: {}", t.array_len());
        assert_eq!(collect(&t).len(), 64);
    }

    #[test]
    fn string_keys_compare_by_content_across_collections() {
        let mut vm = vm();
        let t = vm.alloc_mature(Table::new(0, 0));
        vm.hold(Value::Table(t));
        for i in 0..200 {
            let k = vm.new_str_value(format!("key{i}").as_bytes());
            vm.table_set(t, k, Value::Int(i)).unwrap();
        }
        vm.collect_minor();
        vm.collect_major();
        for i in (0..200).step_by(17) {
            let k = vm.new_str(format!("key{i}").as_bytes());
            assert!(matches!(t.get_str(k), Value::Int(v) if v == i));
        }
        vm.verify_heap("test");
    }

    #[test]
    fn weak_values_are_cleared_by_a_major_collection() {
        let mut vm = vm();
        let t = vm.alloc_mature(Table::new(0, 0));
        t.weak.set(WEAK_VALUES);
        vm.hold(Value::Table(t));
        let kept = vm.new_table(0, 0);
        vm.hold(Value::Table(kept));
        let kept = vm.handles[1];
        vm.table_set(t, Value::Int(1), kept).unwrap();
        let dropped = Value::Table(vm.new_table(0, 0));
        vm.table_set(t, Value::Int(2), dropped).unwrap();
        vm.collect_major();
        assert!(t.get_int(1).raw_eq(&vm.handles[1]));
        assert!(t.get_int(2).is_nil());
    }

    /// A young table `{marker}` stored into `t` by `store`, with the barrier.
    fn store_young(vm: &mut Vm, t: Gc<Table>, marker: i64, store: impl FnOnce(Gc<Table>, Value)) {
        let y = vm.new_table(1, 0);
        y.set_int(1, Value::Int(marker)).unwrap();
        store(t, Value::Table(y));
        vm.barrier_value(t.raw(), Value::Table(y));
    }

    /// The marker of a table stored by `store_young`.
    fn marker_at(v: Value) -> Option<i64> {
        match v {
            Value::Table(y) => match y.get_int(1) {
                Value::Int(m) => Some(m),
                _ => None,
            },
            _ => None,
        }
    }

    #[test]
    fn minor_rescans_of_a_big_mature_table_find_every_young_value() {
        let mut vm = vm();
        let t = vm.alloc_mature(Table::new(0, 0));
        vm.hold(Value::Table(t));
        for i in 1..=1000 {
            t.set_int(i, Value::Int(i)).unwrap();
            t.set(Value::Int(-i), Value::Int(i)).unwrap();
        }
        let key = vm.new_str(b"field");
        vm.table_set(t, Value::Str(key), Value::Int(0)).unwrap();
        // Promote the key and compute the table's summary.
        for _ in 0..3 {
            vm.collect_minor();
        }
        let mut key = None;
        t.for_each(&mut |k, _| {
            if let Value::Str(s) = k {
                key = Some(s)
            }
        });
        let key = key.expect("the string key is there");
        store_young(&mut vm, t, 1, |t, v| t.set_int(500, v).expect("room for one slot"));
        vm.collect_minor();
        store_young(&mut vm, t, 2, |t, v| t.set(Value::Int(-300), v).unwrap());
        vm.collect_minor();
        // SAFETY: the key is present, so the slot is a live node value of `t`.
        store_young(&mut vm, t, 3, |t, v| unsafe { *t.str_slot_mut(&key) = v });
        vm.collect_minor();
        // SAFETY: 10 is inside the array part, so the slot is a live value of `t`.
        store_young(&mut vm, t, 4, |t, v| unsafe { *t.array_slot(10) = v });
        vm.collect_minor();
        store_young(&mut vm, t, 5, |t, v| t.set_int(1001, v).expect("room for one slot"));
        vm.collect_minor();
        // Each minor collection verified the heap (`verify: true`) and poisoned
        // what it emptied: a missed reference would abort or read poison here.
        assert_eq!(marker_at(t.get_int(500)), Some(1));
        assert_eq!(marker_at(t.get_int(-300)), Some(2));
        assert_eq!(marker_at(t.get_str(key)), Some(3));
        assert_eq!(marker_at(t.get_int(10)), Some(4));
        assert_eq!(marker_at(t.get_int(1001)), Some(5));
        assert!(matches!(t.get_int(999), Value::Int(999)));
    }
}
