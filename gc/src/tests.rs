//! Heap unit tests: allocation, minor copying with forwarding, barrier, major sweep.

use super::*;

struct Node {
    next: Cell<Option<Gc<Node>>>,
    val: u64,
}

unsafe impl Trace for Node {
    const KIND: u8 = 1;
    const NAME: &'static str = "node";
    fn trace(&self, t: &mut Tracer) {
        trace_opt(&self.next, t)
    }
}

fn trace_opt(c: &Cell<Option<Gc<Node>>>, t: &mut Tracer) {
    if let Some(g) = c.get() {
        let cell = Cell::new(g);
        t.edge_gc(&cell);
        c.set(Some(cell.get()));
    }
}

fn heap(n: usize) -> Heap {
    Heap::new(HeapConfig { nursery_bytes: n, verify: true, ..HeapConfig::default() })
}

#[test]
fn minor_moves_and_updates_roots() {
    let mut h = heap(4096);
    let a = h.alloc(Node { next: Cell::new(None), val: 1 }, false);
    let b = h.alloc(Node { next: Cell::new(Some(a)), val: 2 }, false);
    assert!(h.is_young(b.raw()));
    let root = Cell::new(b);
    let id = b.identity();
    h.minor(&mut |t| t.edge_gc(&root));
    let b2 = root.get();
    assert!(b2 != b, "the survivor was copied");
    assert!(h.is_young(b2.raw()), "one survival: still young, in a survivor space");
    assert_eq!(b2.val, 2);
    assert_eq!(b2.identity(), id, "identity hash survives the move");
    assert_eq!(h.verify(&mut |t| t.edge_gc(&root)), 0);
    h.minor(&mut |t| t.edge_gc(&root));
    let b3 = root.get();
    assert!(!h.is_young(b3.raw()), "second survival: promoted");
    assert_eq!(b3.next.get().unwrap().val, 1);
    assert_eq!(b3.identity(), id);
    assert_eq!(h.verify(&mut |t| t.edge_gc(&root)), 0);
}

#[test]
fn promoted_owner_of_a_survivor_stays_remembered() {
    let mut h = heap(4096);
    let old = h.alloc(Node { next: Cell::new(None), val: 7 }, true);
    let root = Cell::new(old);
    for round in 0..5u64 {
        let young = h.alloc(Node { next: Cell::new(None), val: round }, false);
        old.next.set(Some(young));
        h.barrier(old.raw(), young.raw());
        h.minor(&mut |t| t.edge_gc(&root));
        assert_eq!(h.verify(&mut |t| t.edge_gc(&root)), 0, "round {round}");
        assert_eq!(root.get().next.get().unwrap().val, round);
    }
}

#[test]
fn minor_full_leaves_no_young_object() {
    let mut h = heap(4096);
    let a = h.alloc(Node { next: Cell::new(None), val: 3 }, false);
    let root = Cell::new(a);
    h.minor_full(&mut |t| t.edge_gc(&root));
    assert!(!h.is_young(root.get().raw()));
    assert_eq!(h.nursery.used(), 0);
}

#[test]
fn barrier_keeps_young_object_reachable_from_mature() {
    let mut h = heap(4096);
    let old = h.alloc(Node { next: Cell::new(None), val: 7 }, true);
    let young = h.alloc(Node { next: Cell::new(None), val: 8 }, false);
    old.next.set(Some(young));
    h.barrier(old.raw(), young.raw());
    let root = Cell::new(old);
    h.minor(&mut |t| t.edge_gc(&root));
    assert_eq!(root.get().next.get().unwrap().val, 8);
    assert_eq!(h.verify(&mut |t| t.edge_gc(&root)), 0);
}

#[test]
fn verify_reports_missing_barrier() {
    let mut h = heap(4096);
    let old = h.alloc(Node { next: Cell::new(None), val: 7 }, true);
    let young = h.alloc(Node { next: Cell::new(None), val: 8 }, false);
    old.next.set(Some(young)); // no barrier: a bug the verifier must see
    let root = Cell::new(old);
    // Before collecting, the young object is still in the nursery: one bad edge.
    assert_eq!(h.verify(&mut |t| t.edge_gc(&root)), 1);
}

#[test]
fn major_frees_unreachable_mature_objects() {
    let mut h = heap(4096);
    let keep = h.alloc(Node { next: Cell::new(None), val: 1 }, true);
    for i in 0..100 {
        h.alloc(Node { next: Cell::new(None), val: i }, true);
    }
    let root = Cell::new(keep);
    h.minor_full(&mut |t| t.edge_gc(&root));
    h.mark_roots(&mut |t| t.edge_gc(&root));
    h.propagate();
    h.sweep();
    assert_eq!(h.mature.len(), 1);
    assert_eq!(root.get().val, 1);
}

#[test]
fn nursery_objects_with_destructors_are_dropped() {
    use std::rc::Rc;
    struct D(#[allow(dead_code)] Rc<()>);
    unsafe impl Trace for D {
        const KIND: u8 = 2;
        const NAME: &'static str = "d";
        fn trace(&self, _: &mut Tracer) {}
    }
    let rc = Rc::new(());
    let mut h = heap(4096);
    for _ in 0..10 {
        h.alloc(D(rc.clone()), false);
    }
    assert_eq!(Rc::strong_count(&rc), 11);
    h.minor(&mut |_| {});
    assert_eq!(Rc::strong_count(&rc), 1);
}

#[test]
fn late_visitor_sees_unreached_objects_and_can_keep_them() {
    let mut h = heap(4096);
    let kept = h.alloc(Node { next: Cell::new(None), val: 1 }, false);
    let dropped = h.alloc(Node { next: Cell::new(None), val: 2 }, false);
    let root = Cell::new(kept);
    let late_slot = Cell::new(dropped);
    let mut reached = Vec::new();
    h.minor_with(&mut |t| t.edge_gc(&root), &mut |t| {
        reached.push(t.survives_minor(root.get().raw()));
        reached.push(t.survives_minor(late_slot.get().raw()));
        t.edge_gc(&late_slot);
    });
    assert_eq!(reached, [true, false], "the root's object was copied, the other one not yet");
    assert_eq!(late_slot.get().val, 2, "the late visitor kept it alive (and updated its slot)");
    assert_eq!(
        h.verify(&mut |t| {
            t.edge_gc(&root);
            t.edge_gc(&late_slot)
        }),
        0
    );
}

/// An object that records whether minor collections visit it as a rescan.
struct Probe {
    child: Cell<Option<Gc<Node>>>,
    rescans: Cell<u32>,
    full: Cell<u32>,
}

unsafe impl Trace for Probe {
    const KIND: u8 = 2;
    const NAME: &'static str = "probe";
    fn trace(&self, t: &mut Tracer) {
        if t.is_minor() {
            let c = if t.is_rescan() { &self.rescans } else { &self.full };
            c.set(c.get() + 1);
        }
        trace_opt(&self.child, t)
    }
}

#[test]
fn remembered_objects_are_visited_as_rescans_promoted_ones_in_full() {
    let mut h = heap(4096);
    let young = h.alloc(Probe { child: Cell::new(None), rescans: Cell::new(0), full: Cell::new(0) }, false);
    let root = Cell::new(young);
    h.minor(&mut |t| t.edge_gc(&root));
    h.minor(&mut |t| t.edge_gc(&root));
    let p = root.get();
    assert!(!h.is_young(p.raw()), "promoted");
    assert_eq!((p.full.get(), p.rescans.get()), (2, 0), "copied twice: visited in full");
    let child = h.alloc(Node { next: Cell::new(None), val: 9 }, false);
    p.child.set(Some(child));
    h.barrier(p.raw(), child.raw());
    h.minor(&mut |t| t.edge_gc(&root));
    assert_eq!((p.full.get(), p.rescans.get()), (2, 1), "remembered: one rescan");
    assert_eq!(p.child.get().unwrap().val, 9);
}

#[test]
fn young_external_memory_closes_eden_until_the_next_minor() {
    let mut h = heap(64 * 1024);
    assert!(!h.needs_collection::<Node>(0));
    h.note_young_external(16 * 1024);
    assert!(!h.needs_collection::<Node>(0), "a little external memory does not collect");
    h.note_young_external(64 * 1024);
    assert!(h.needs_collection::<Node>(0), "a nursery's worth of it asks for a minor collection");
    h.minor(&mut |_| {});
    assert!(!h.needs_collection::<Node>(0), "the minor collection reopens eden");
}
