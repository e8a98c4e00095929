//! How the VM drives its heap: the root set, minor and major collections,
//! weak tables and the finalization queue.
//!
//! Invariant: this is the only place that knows the full root set; a new kind of
//! root (a VM field holding GC references) must be added to `with_roots`.

use crate::callstack::trace_state;
use crate::state::Vm;
use crate::table::Table;
use crate::value::{as_cells, trace_opt, trace_value, Value};
use kiln_gc::{Gc, Heap, Tracer};
use std::cell::Cell;

impl Vm {
    /// Run `f` with the heap and a visitor of every root.
    fn with_roots<R>(&mut self, f: impl FnOnce(&mut Heap, &mut dyn FnMut(&mut Tracer)) -> R) -> R {
        let Vm {
            heap,
            stack,
            top,
            frames,
            open_upvals,
            thread,
            main_thread,
            globals,
            registry,
            type_meta,
            tm_names,
            handles,
            error,
            finalizable,
            to_finalize,
            ..
        } = self;
        let mut visit = |t: &mut Tracer| {
            trace_state(&mut stack[..], &mut frames[..], *top, &mut open_upvals[..], t);
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
            for v in as_cells(handles) {
                trace_value(v, t);
            }
            trace_value(Cell::from_mut(error), t);
            for v in as_cells(to_finalize) {
                trace_value(v, t);
            }
            // Finalizable objects are strong roots for minor collections only; a
            // major collection decides whether they are dead (see `collect_major`).
            if !t.is_major() {
                for v in as_cells(finalizable) {
                    trace_value(v, t);
                }
            }
        };
        f(heap, &mut visit)
    }

    /// Copy live nursery objects out and empty the nursery.
    pub fn collect_minor(&mut self) {
        self.with_roots(|heap, roots| heap.minor(roots));
        if self.heap.config().verify {
            self.verify_heap("minor collection");
        }
        self.maybe_major();
    }

    /// Run a major collection if the mature space has grown past its threshold.
    #[inline]
    pub fn maybe_major(&mut self) {
        if !self.gc_stopped && self.heap.needs_major() {
            self.collect_major();
        }
    }

    /// A full collection: empty the nursery, mark from the roots, queue dead
    /// finalizable objects (resurrecting them), clear weak tables, sweep.
    pub fn collect_major(&mut self) {
        self.with_roots(|heap, roots| heap.minor_full(roots));
        self.with_roots(|heap, roots| heap.mark_roots(roots));
        self.heap.propagate();
        // Dead objects with __gc: resurrect them for their finalizer, once.
        let fin = std::mem::take(&mut self.finalizable);
        for v in fin {
            let h = v.gc_header().expect("finalizable values are objects");
            if self.heap.is_marked(h) {
                self.finalizable.push(v);
            } else {
                self.heap.mark_object(h);
                self.to_finalize.push(v);
            }
        }
        self.heap.propagate();
        for w in self.heap.take_weak() {
            // SAFETY: weak objects registered by `Table::trace` are live tables.
            let t: Gc<Table> = unsafe { Gc::from_raw(w) };
            let heap = &self.heap;
            t.clear_weak(&|v: &Value| match v {
                // Strings are values, never removed from weak tables.
                Value::Str(_) => false,
                v => v.gc_header().is_some_and(|h| !heap.is_marked(h)),
            });
        }
        self.heap.sweep();
    }

    /// Check that no reachable object points into the nursery; abort loudly if one does.
    pub fn verify_heap(&mut self, after: &str) {
        let bad = self.with_roots(|heap, roots| heap.verify(roots));
        if bad != 0 {
            eprintln!("kiln: KILN_GC_VERIFY: {bad} reference(s) into the nursery after {after}");
            std::process::abort();
        }
    }
}
