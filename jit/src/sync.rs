//! The concurrency primitives of the compile-thread hand-off: parking_lot and std normally, loom's under `cfg(loom)`.
//!
//! queue.rs uses only what this module exports, so the model test (`jit/src/loom_model.rs`, run with
//! `--cfg loom`) checks the same code that runs. The wrappers give both backends one API: `Mutex::lock`
//! returns the guard (loom's poisoning is ignored, as parking_lot has none), `Condvar::wait` takes and
//! returns the guard, `UnsafeCell` has loom's `with_mut` (loom checks every access for races).

#[cfg(not(loom))]
mod imp {
    pub use parking_lot::{Mutex, MutexGuard};
    pub use std::sync::atomic;
    pub use std::sync::Arc;
    pub use std::thread;

    /// A condition variable whose `wait` hands the guard back (loom's shape).
    #[derive(Default)]
    pub struct Condvar(parking_lot::Condvar);

    impl Condvar {
        pub fn new() -> Condvar {
            Condvar(parking_lot::Condvar::new())
        }

        /// Unlocks, waits for a notification (or a spurious wake-up), locks again.
        pub fn wait<'a, T>(&self, mut guard: MutexGuard<'a, T>) -> MutexGuard<'a, T> {
            self.0.wait(&mut guard);
            guard
        }

        pub fn notify_all(&self) {
            self.0.notify_all();
        }

        pub fn notify_one(&self) {
            self.0.notify_one();
        }
    }

    /// `std::cell::UnsafeCell` with loom's access API (the part queue.rs uses): the pointer is only valid inside the closure.
    pub struct UnsafeCell<T>(std::cell::UnsafeCell<T>);

    impl<T> UnsafeCell<T> {
        pub fn new(value: T) -> UnsafeCell<T> {
            UnsafeCell(std::cell::UnsafeCell::new(value))
        }

        pub fn with_mut<R>(&self, f: impl FnOnce(*mut T) -> R) -> R {
            f(self.0.get())
        }
    }
}

#[cfg(loom)]
mod imp {
    pub use loom::cell::UnsafeCell;
    pub use loom::sync::atomic;
    pub use loom::sync::{Arc, MutexGuard};
    pub use loom::thread;

    /// loom's mutex with parking_lot's `lock` (no poisoning: a panicking model fails anyway).
    pub struct Mutex<T>(loom::sync::Mutex<T>);

    impl<T> Mutex<T> {
        pub fn new(value: T) -> Mutex<T> {
            Mutex(loom::sync::Mutex::new(value))
        }

        pub fn lock(&self) -> MutexGuard<'_, T> {
            self.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
        }
    }

    /// loom's condition variable without the poisoning result.
    #[derive(Default)]
    pub struct Condvar(loom::sync::Condvar);

    impl Condvar {
        pub fn new() -> Condvar {
            Condvar(loom::sync::Condvar::new())
        }

        pub fn wait<'a, T>(&self, guard: MutexGuard<'a, T>) -> MutexGuard<'a, T> {
            self.0.wait(guard).unwrap_or_else(|poisoned| poisoned.into_inner())
        }

        pub fn notify_all(&self) {
            self.0.notify_all();
        }

        pub fn notify_one(&self) {
            self.0.notify_one();
        }
    }
}

pub use imp::*;
