//! Model check of the compile-thread hand-off (queue.rs) under loom: run with
//! `RUSTFLAGS="--cfg loom" CARGO_TARGET_DIR=target/loom cargo test -p kiln-jit --release --lib loom_model`.
//!
//! It lives in the library (compiled only for `cfg(all(test, loom))`) rather than under tests/, where it
//! would be an empty test binary linked by every ordinary `cargo test` (about 8 s of CPU for nothing).
//!
//! loom runs each model under every interleaving of its threads (up to the preemption bound) and reports
//! data races on its `UnsafeCell`s, so: a result is taken exactly once; the "code" written by the compile
//! thread before publishing is visible to whoever takes the result (a missing release/acquire pair is
//! a reported race); dropping the queue, with jobs queued, running or done, never deadlocks.
use crate::queue::{CompileQueue, JobState, Mode, Slot};
use loom::cell::UnsafeCell;
use loom::sync::Arc;

/// Stands in for code memory: the compile thread writes the code, the VM runs it after taking the entry.
struct FakeCode(UnsafeCell<u64>);

// SAFETY: the model's accesses are checked by loom: its UnsafeCell reports any two that are not ordered.
unsafe impl Sync for FakeCode {}

fn model(f: impl Fn() + Sync + Send + 'static) {
    let mut builder = loom::model::Builder::new();
    builder.preemption_bound = Some(3);
    builder.check(f);
}

/// What the VM does each time it polls: at most one `Some`, and once taken, never again.
fn poll_until_taken<R>(slot: &Slot<R>) -> R {
    loop {
        if let Some(result) = slot.take() {
            assert!(slot.take().is_none(), "a result was taken twice");
            assert_eq!(slot.state(), JobState::Taken);
            return result;
        }
        loom::thread::yield_now();
    }
}

#[test]
fn published_entry_is_seen_once_and_after_its_code() {
    model(|| {
        let code = Arc::new(FakeCode(UnsafeCell::new(0)));
        let writer = code.clone();
        let queue = CompileQueue::new(Mode::Background, move |n: u64| {
            // SAFETY (for loom): only this compile writes the cell; loom checks the reader is ordered after it.
            writer.0.with_mut(|p| unsafe { *p = n * 10 });
            n + 1 // the "entry"
        })
        .unwrap();
        let slot = queue.submit(4);
        let entry = poll_until_taken(&slot);
        assert_eq!(entry, 5);
        // SAFETY (for loom): the VM "runs" the code after seeing its entry; a race here fails the model.
        let written = code.0.with(|p| unsafe { *p });
        assert_eq!(written, 40);
        drop(queue);
    });
}

#[test]
fn two_jobs_each_seen_once_in_any_order_of_polling() {
    model(|| {
        let queue = CompileQueue::new(Mode::Background, |n: u32| n * 2).unwrap();
        let a = queue.submit(1);
        let b = queue.submit(2);
        assert_eq!(poll_until_taken(&b), 4);
        assert_eq!(poll_until_taken(&a), 2);
    });
}

#[test]
fn shutdown_with_a_job_in_flight_never_deadlocks() {
    model(|| {
        let queue = CompileQueue::new(Mode::Background, |n: u32| n).unwrap();
        let slot = queue.submit(7);
        drop(queue);
        // Either the compile thread got to the job before shutdown (published) or it never started it.
        match slot.state() {
            JobState::Ready => assert_eq!(slot.take(), Some(7)),
            state => assert_eq!(state, JobState::Pending),
        }
    });
}

#[test]
fn shutdown_of_an_idle_queue_never_deadlocks() {
    model(|| {
        let queue = CompileQueue::new(Mode::Background, |n: u32| n).unwrap();
        drop(queue);
    });
}
