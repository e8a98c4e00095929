//! How the VM drives its heap: the root set, minor and major collections,
//! weak tables and the finalization queue.
//!
//! Invariant: this is the only place that knows the full root set; a new kind of
//! root (a VM field holding GC references) must be added to `with_roots`.

use crate::callstack::trace_state;
use crate::error::LuaError;
use crate::object::LuaStr;
use crate::state::{LuaResult, Vm};
use crate::table::{is_weak_ref, Table, WEAK_KEYS, WEAK_VALUES};
use crate::value::{as_cells, trace_opt, trace_value, Value};
use kiln_gc::{Gc, Heap, Tracer};
use std::cell::Cell;

impl Vm {
    /// Run `f` with the heap, a visitor of every root, and the `late` visitor
    /// of minor collections (`Heap::minor_with`), which finds the young objects
    /// with finalizers that nothing reached: they are resurrected and queued
    /// (newest first) like PUC Lua's young collections do. Objects with
    /// finalizers are not roots: a minor collection decides about the young
    /// ones, a major collection about the mature ones (`collect_major`).
    fn with_roots<R>(
        &mut self,
        f: impl FnOnce(&mut Heap, &mut dyn FnMut(&mut Tracer), &mut dyn FnMut(&mut Tracer)) -> R,
    ) -> R {
        let Vm {
            heap,
            stack,
            top,
            live_limit,
            frames,
            open_upvals,
            thread,
            main_thread,
            globals,
            registry,
            type_meta,
            tm_names,
            type_names,
            shared_strings,
            handles,
            error,
            finalizable,
            young_finalizable,
            to_finalize,
            young_c_twins,
            mature_c_twins,
            ..
        } = self;
        let mut visit = |t: &mut Tracer| {
            trace_state(&mut stack[..], &mut frames[..], *top, *live_limit, &mut open_upvals[..], t);
            t.edge_gc(Cell::from_mut(thread));
            t.edge_gc(Cell::from_mut(main_thread));
            t.edge_gc(Cell::from_mut(globals));
            t.edge_gc(Cell::from_mut(registry));
            for m in Cell::from_mut(&mut type_meta[..]).as_slice_of_cells() {
                trace_opt(m, t);
            }
            for n in Cell::from_mut(&mut tm_names[..]).as_slice_of_cells() {
                t.edge_gc(n);
            }
            for n in Cell::from_mut(&mut type_names[..]).as_slice_of_cells() {
                t.edge_gc(n);
            }
            for s in shared_strings.values_mut() {
                t.edge_gc(Cell::from_mut(s));
            }
            for v in as_cells(handles) {
                trace_value(v, t);
            }
            trace_value(Cell::from_mut(error), t);
            let (front, back) = to_finalize.as_mut_slices();
            for v in as_cells(front).iter().chain(as_cells(back)) {
                trace_value(v, t);
            }
        };
        let mut newly_dead = Vec::new();
        // A stopped collector frees nothing: dead young objects are kept (and
        // promoted in time) instead of being finalized.
        let keep_all = heap.is_stopped();
        // In incremental mode a finalizer runs only when a cycle (a major collection here) ends, as in PUC:
        // programs wait for a finalizer to know that a cycle has cleared what it had to (official gc.lua's
        // `GC1`). Dead young finalizable objects are kept until then.
        let keep_finalizable = keep_all || heap.is_incremental();
        let mut late = |t: &mut Tracer| {
            // C twins of young strings: weak references to their originals.
            // A surviving original moves (re-key it) or was promoted.
            for (_, (mut orig, twin)) in std::mem::take(young_c_twins) {
                let h = orig.gc_header().expect("twinned values are strings");
                if keep_all || t.survives_minor(h) {
                    trace_value(Cell::from_mut(&mut orig), t);
                    let h = orig.gc_header().expect("twinned values are strings");
                    if t.is_young(h) {
                        young_c_twins.insert(h.as_ptr() as usize, (orig, twin));
                    } else {
                        mature_c_twins.push((orig, twin));
                    }
                }
            }
            // Weak tables: weak values nothing else reached go first (a
            // resurrected object is already gone from weak values when its
            // finalizer runs), then, after resurrection, weak keys.
            t.finish_copying();
            // SAFETY: weak objects registered by `Table::trace` are live tables.
            let weak: Vec<Gc<Table>> = t.take_weak().into_iter().map(|w| unsafe { Gc::from_raw(w) }).collect();
            for w in &weak {
                w.settle_minor_weak(t, false);
            }
            for mut v in std::mem::take(young_finalizable) {
                let h = v.gc_header().expect("finalizable values are objects");
                let reached = keep_finalizable || t.survives_minor(h);
                // Copies the object out: it survives, or is resurrected.
                trace_value(Cell::from_mut(&mut v), t);
                let h = v.gc_header().expect("finalizable values are objects");
                if !reached {
                    newly_dead.push(v);
                } else if t.is_young(h) {
                    young_finalizable.push(v);
                } else {
                    finalizable.push(v);
                }
            }
            t.finish_copying();
            // SAFETY: as above; these were reached from resurrected objects.
            let late_weak = t.take_weak().into_iter().map(|w| unsafe { Gc::<Table>::from_raw(w) });
            for w in weak.into_iter().chain(late_weak) {
                w.settle_minor_weak(t, true);
            }
        };
        let r = f(heap, &mut visit, &mut late);
        if !newly_dead.is_empty() {
            to_finalize.extend(newly_dead.into_iter().rev());
            self.set_finalizers_due(!self.running_finalizers);
        }
        r
    }

    /// PUC's LUA_ERRMEM: the plain message "not enough memory", without a
    /// position. Allocating it cannot fail for want of memory in practice:
    /// it is tiny and goes to the nursery, which is preallocated.
    pub fn memory_error(&mut self) -> LuaError {
        let s = self.new_str(b"not enough memory");
        self.throw(Value::Str(s))
    }

    /// An allocation a program asked for failed: run a full collection so
    /// that one retry may succeed. The values in `keep` are held across it
    /// and updated (young ones move); every other GC reference in Rust locals
    /// is stale afterwards.
    ///
    /// Invariant: an allocation whose size a program controls (a string's
    /// bytes, a table's parts, a native's buffer) never aborts the process:
    /// on failure it collects here, retries once, and then raises
    /// `memory_error`.
    pub fn collect_for_retry(&mut self, keep: &mut [Value]) {
        let mark = self.handles.len();
        self.handles.extend_from_slice(keep);
        self.collect_major();
        keep.copy_from_slice(&self.handles[mark..]);
        self.handles.truncate(mark);
    }

    /// `new_str` for strings whose size a program controls: "not enough
    /// memory" (after a full collection and a retry) instead of an abort.
    /// `bytes` must not borrow from a heap string: making room may run a
    /// minor collection, which moves young strings (see `try_push_substr`).
    pub fn try_new_str(&mut self, bytes: &[u8]) -> LuaResult<Gc<LuaStr>> {
        self.reserve::<LuaStr>(bytes.len());
        if let Ok(s) = LuaStr::try_alloc(&mut self.heap, bytes, false) {
            return Ok(s);
        }
        self.collect_for_retry(&mut []);
        LuaStr::try_alloc(&mut self.heap, bytes, false).map_err(|_| self.memory_error())
    }

    /// A string of `len` zero bytes for the caller to fill in place
    /// (`LuaStr::fresh_bytes_mut`) before anything else allocates, so a big
    /// result needs no second copy in a Rust buffer. May collect, with a
    /// retry, as `try_new_str`; then "not enough memory".
    pub fn try_new_str_zeroed(&mut self, len: usize) -> LuaResult<Gc<LuaStr>> {
        self.reserve::<LuaStr>(len);
        if let Ok(s) = LuaStr::try_alloc_zeroed(&mut self.heap, len, false) {
            return Ok(s);
        }
        self.collect_for_retry(&mut []);
        LuaStr::try_alloc_zeroed(&mut self.heap, len, false).map_err(|_| self.memory_error())
    }

    /// `try_new_str` as a value.
    pub fn try_new_str_value(&mut self, bytes: &[u8]) -> LuaResult<Value> {
        self.try_new_str(bytes).map(Value::Str)
    }

    /// `push_str` for strings whose size a program controls: "not enough
    /// memory" instead of an abort. `bytes` must not borrow from the heap
    /// (see `try_push_substr`).
    pub fn try_push_str(&mut self, bytes: &[u8]) -> LuaResult<()> {
        let s = self.try_new_str(bytes)?;
        self.push(Value::Str(s));
        Ok(())
    }

    /// Push a new string of the bytes `range` of `src`, whose length a
    /// program controls, with no copy in a Rust buffer: allocated first (a
    /// collection may move `src`, held meanwhile), then filled from where
    /// `src` is. "not enough memory" as `try_new_str_zeroed`.
    pub fn try_push_substr(&mut self, src: Gc<LuaStr>, range: std::ops::Range<usize>) -> LuaResult<()> {
        self.hold(Value::Str(src));
        let result = self.try_new_str_zeroed(range.len());
        let Value::Str(src) = self.release() else { unreachable!("held a string") };
        let result = result?;
        // SAFETY: `result` was just allocated and nothing else refers to it.
        unsafe { result.fresh_bytes_mut() }.copy_from_slice(&src.as_bytes()[range]);
        self.push(Value::Str(result));
        Ok(())
    }

    /// Room for `additional` more bytes in a native's buffer: on failure a
    /// full collection and one retry, then "not enough memory". The values in
    /// `keep` are updated if they move; the caller holds no other GC
    /// reference, nor bytes borrowed from one, across the call.
    #[inline]
    pub fn reserve_buffer(&mut self, buf: &mut Vec<u8>, additional: usize, keep: &mut [Value]) -> LuaResult<()> {
        if buf.capacity() - buf.len() >= additional {
            return Ok(());
        }
        self.grow_buffer(buf, additional, keep)
    }

    /// `reserve_buffer` when the buffer must grow.
    #[cold]
    #[inline(never)]
    fn grow_buffer(&mut self, buf: &mut Vec<u8>, additional: usize, keep: &mut [Value]) -> LuaResult<()> {
        if buf.try_reserve(additional).is_ok() {
            return Ok(());
        }
        self.collect_for_retry(keep);
        buf.try_reserve(additional).map_err(|_| self.memory_error())
    }

    /// Copy live nursery objects out and empty the nursery.
    pub fn collect_minor(&mut self) {
        self.with_roots(|heap, roots, late| heap.minor_with(roots, late));
        if self.heap.verify_due() {
            self.verify_heap("minor collection");
        }
        self.maybe_major();
    }

    /// Run a major collection if the mature space has grown past its threshold.
    #[inline]
    pub fn maybe_major(&mut self) {
        if self.heap.needs_major() {
            self.collect_major();
        }
    }

    /// A full collection, in the order of PUC Lua's atomic phase: empty the
    /// nursery; mark from the roots (ephemerons converging); clear dead weak
    /// values; queue dead finalizable objects and resurrect them with what they
    /// reach; then clear dead weak keys, and weak values again; sweep.
    pub fn collect_major(&mut self) {
        self.with_roots(|heap, roots, late| heap.minor_full_with(roots, late));
        self.with_roots(|heap, roots, _| heap.mark_roots(roots));
        let mut weak = Vec::new();
        self.propagate_weak(&mut weak);
        // Weak values are cleared before resurrection: an object being
        // finalized is already gone from weak values when its `__gc` runs.
        self.clear_weak(&weak, false);
        self.separate_unreached_finalizable();
        self.propagate_weak(&mut weak);
        // Resurrected keys stay until the collection after their finalizer ran.
        self.clear_weak(&weak, true);
        self.mark_all_weak_string_keys(&weak);
        self.keep_live_c_twins();
        self.heap.sweep();
        if self.heap.verify_due() {
            self.verify_heap("major collection");
        }
    }

    /// Major collection, after marking: a C twin lives while its original
    /// does (twins are strings: marking one reaches nothing more).
    fn keep_live_c_twins(&mut self) {
        let heap = &mut self.heap;
        self.mature_c_twins.retain(|(orig, twin)| {
            let live = orig.gc_header().is_some_and(|h| heap.is_marked(h));
            if live {
                heap.mark_object(twin.raw());
            }
            live
        });
        self.heap.propagate();
    }

    /// Mark everything reachable, including the values of ephemeron entries
    /// (weak keys, strong values) whose key turns out live, until nothing
    /// changes. Collects the weak tables met on the way into `weak`.
    ///
    /// Linear in the entries: each ephemeron table is scanned once per call;
    /// an entry whose key is unmarked then waits in `pending` under its key,
    /// and is released when the key is found marked: at once when the key is
    /// itself a released value (a chain of entries, each value the next key,
    /// converges in one round), otherwise by the check of the pending keys
    /// after each propagation round.
    fn propagate_weak(&mut self, weak: &mut Vec<Gc<Table>>) {
        /// An object as a map key during marking: equal by address (nothing
        /// moves while a major collection marks), hashed by its identity hash.
        #[derive(PartialEq, Eq)]
        struct KeyRef(std::ptr::NonNull<kiln_gc::GcHeader>);
        impl std::hash::Hash for KeyRef {
            fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
                // SAFETY: the key is a live object of the collection in progress.
                state.write_u32(unsafe { self.0.as_ref() }.identity());
            }
        }
        let mut pending: std::collections::HashMap<KeyRef, Vec<Value>> = Default::default();
        let mut released: Vec<Value> = Vec::new();
        let mut scanned = 0; // tables of `weak` already sorted in this call
        loop {
            self.heap.propagate();
            // SAFETY: weak objects registered by `Table::trace` are live tables.
            weak.extend(self.heap.take_weak().into_iter().map(|w| unsafe { Gc::<Table>::from_raw(w) }));
            let heap = &self.heap;
            for t in weak[scanned..].iter().filter(|t| t.weak.get() == WEAK_KEYS) {
                t.ephemeron_entries(&mut |k, v| {
                    let (Some(kh), Some(vh)) = (k.gc_header(), v.gc_header()) else { return };
                    if heap.is_marked(vh) {
                        return;
                    }
                    if heap.is_marked(kh) {
                        released.push(v);
                    } else {
                        pending.entry(KeyRef(kh)).or_default().push(v);
                    }
                });
            }
            scanned = weak.len();
            pending.retain(|k, values| {
                let live = heap.is_marked(k.0);
                if live {
                    released.append(values);
                }
                !live
            });
            if released.is_empty() {
                return;
            }
            while let Some(v) = released.pop() {
                let h = v.gc_header().expect("pending values are objects");
                self.heap.mark_object(h);
                if let Some(values) = pending.remove(&KeyRef(h)) {
                    released.extend(values);
                }
            }
        }
    }

    /// Mark the string keys left in all-weak tables (marking skipped them so
    /// that an entry with a dead value takes its key along).
    fn mark_all_weak_string_keys(&mut self, weak: &[Gc<Table>]) {
        for t in weak.iter().filter(|t| t.weak.get() == WEAK_KEYS | WEAK_VALUES) {
            for k in t.string_keys() {
                if let Some(h) = k.gc_header() {
                    self.heap.mark_object(h);
                }
            }
        }
        self.heap.propagate();
    }

    /// Remove entries with dead weak references from the weak tables: the
    /// values, and with `keys` the keys too.
    fn clear_weak(&mut self, weak: &[Gc<Table>], keys: bool) {
        let heap = &self.heap;
        let dead = |v: &Value| is_weak_ref(v) && v.gc_header().is_some_and(|h| !heap.is_marked(h));
        for t in weak {
            let mode = t.weak.get();
            if mode & WEAK_VALUES != 0 {
                t.clear_dead_values(&dead);
            }
            if keys && mode & WEAK_KEYS != 0 {
                t.clear_dead_keys(&dead);
            }
        }
    }

    /// Move the finalizable objects marking did not reach to the finalization
    /// queue (newest first, after those already queued) and mark them: they
    /// and what they reach live until their `__gc` has run.
    fn separate_unreached_finalizable(&mut self) {
        let fin = std::mem::take(&mut self.finalizable);
        let mut dead = Vec::new();
        for v in fin {
            let h = v.gc_header().expect("finalizable values are objects");
            if self.heap.is_marked(h) {
                self.finalizable.push(v);
            } else {
                dead.push(v);
            }
        }
        for v in dead.into_iter().rev() {
            self.heap.mark_object(v.gc_header().expect("finalizable values are objects"));
            self.to_finalize.push_back(v);
        }
        self.set_finalizers_due(!self.to_finalize.is_empty() && !self.running_finalizers);
    }

    /// Run the finalizers collections have queued. Called by the runloop at a
    /// safe point (`finalizers_due()`, the innermost record a Lua frame at
    /// an instruction boundary with its pc saved): like PUC Lua, which runs
    /// them from the allocation path, finalizers run while the program runs,
    /// not only at `collectgarbage` or exit. The finalizer calls go above the
    /// frame's registers, and `top` is restored afterwards.
    #[cold]
    #[inline(never)]
    pub(crate) fn run_due_finalizers(&mut self) {
        let saved_top = self.top;
        if let Some(f) = self.frames.last().filter(|f| f.is_lua()) {
            self.top = self.top.max(f.top);
        }
        crate::stdlib::base::run_finalizers(self);
        self.top = saved_top;
    }

    /// Check that no reachable object points into the emptied nursery or to a
    /// freed mature object, and that every mature object pointing to a young
    /// one is remembered; abort loudly if not.
    pub fn verify_heap(&mut self, after: &str) {
        let bad = self.with_roots(|heap, roots, _| heap.verify(roots));
        if bad != 0 {
            eprintln!("kiln: KILN_GC_VERIFY: {bad} reference(s) into the nursery after {after}");
            std::process::abort();
        }
    }
}
