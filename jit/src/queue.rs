//! The compile-thread hand-off: jobs go to a background thread, each result comes back through a slot the VM polls without locking.
//!
//! The VM submits an owned, immutable input (later: a copy of a proto's bytecode and constants, so the
//! compiler never reads the GC heap) and keeps the job's [`Slot`]. The compile thread runs the compile
//! function and publishes its result (later: the entry of code already copied into code memory) with a
//! release store; the VM's poll is one acquire load, so everything the compile thread wrote before
//! publishing (the code bytes, the page protections) is visible to the VM once it sees the result.
//! `Mode::Blocking` (`KILN_JIT_BLOCKING=1`) compiles inside `submit`, on the caller's thread, so runs are
//! deterministic. Dropping the queue stops the thread: jobs not started are dropped, the one running is
//! finished and published, and the drop waits for the thread to end.
//!
//! Invariant: a published result is taken at most once ([`Slot::take`]), and the slot goes from pending to
//! ready or failed exactly once. `jit/src/loom_model.rs` model-checks both and the shutdown under `--cfg loom`.

use crate::sync::atomic::{AtomicU8, Ordering};
use crate::sync::{thread, Arc, Condvar, Mutex, UnsafeCell};
use std::collections::VecDeque;
use std::panic::{catch_unwind, AssertUnwindSafe};

/// Where compiling happens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// On a background thread; the VM polls the job's slot.
    Background,
    /// On the submitting thread, inside `submit` (deterministic: for tests and bisecting).
    Blocking,
}

/// What a job's slot holds now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JobState {
    /// Not compiled yet (queued, compiling, or dropped unstarted at shutdown).
    Pending,
    /// Compiled; the result waits for [`Slot::take`].
    Ready,
    /// The result was taken.
    Taken,
    /// The compile function panicked; the function stays interpreted.
    Failed,
}

const PENDING: u8 = 0;
const READY: u8 = 1;
const TAKEN: u8 = 2;
const FAILED: u8 = 3;

/// One job's result, written once by whoever compiles it and taken once by the VM.
pub struct Slot<R> {
    state: AtomicU8,
    /// Written only while `state` is PENDING, by the one producer; read only after winning READY -> TAKEN.
    value: UnsafeCell<Option<R>>,
}

// SAFETY: `value` is accessed by two parties only: the producer (the one compile of this job) writes it
// before its release store of READY and never touches it again, and the consumer that wins the
// READY -> TAKEN exchange (acquire) reads it; no other thread can win that exchange, so the accesses never
// overlap. R moves between threads, hence `R: Send`.
unsafe impl<R: Send> Sync for Slot<R> {}

impl<R> Slot<R> {
    fn new() -> Slot<R> {
        Slot { state: AtomicU8::new(PENDING), value: UnsafeCell::new(None) }
    }

    /// Stores the result and makes it visible. Called once per job, by the queue only.
    fn publish(&self, result: R) {
        debug_assert_eq!(self.state.load(Ordering::Relaxed), PENDING);
        // SAFETY: the state is PENDING, so no consumer reads `value` (take needs READY), and only this job's
        // single compile calls publish; the release store below orders this write before any acquire that
        // sees READY.
        self.value.with_mut(|value| unsafe { *value = Some(result) });
        self.state.store(READY, Ordering::Release);
    }

    fn fail(&self) {
        self.state.store(FAILED, Ordering::Release);
    }

    /// The result, once: `Some` the first time it is ready, `None` before and after.
    /// Lock-free (one load when nothing is ready), for the VM's polls.
    pub fn take(&self) -> Option<R> {
        if self.state.load(Ordering::Relaxed) != READY {
            return None;
        }
        if self.state.compare_exchange(READY, TAKEN, Ordering::Acquire, Ordering::Relaxed).is_err() {
            return None;
        }
        // SAFETY: this thread won READY -> TAKEN, so it is the only reader ever, and its acquire pairs with
        // publish's release store, which came after the write.
        self.value.with_mut(|value| unsafe { (*value).take() })
    }

    pub fn state(&self) -> JobState {
        match self.state.load(Ordering::Acquire) {
            PENDING => JobState::Pending,
            READY => JobState::Ready,
            TAKEN => JobState::Taken,
            _ => JobState::Failed,
        }
    }
}

/// Jobs waiting for the compile thread, and the stop flag, under one lock.
struct Jobs<T, R> {
    waiting: VecDeque<(T, Arc<Slot<R>>)>,
    shutdown: bool,
}

struct Shared<T, R> {
    jobs: Mutex<Jobs<T, R>>,
    /// Signalled when a job is queued or shutdown is asked.
    wake: Condvar,
}

/// A compile queue: `submit` inputs of type `T`, get results of type `R` through slots.
pub struct CompileQueue<T: Send + 'static, R: Send + 'static, F: Fn(T) -> R + Send + Sync + 'static> {
    shared: Arc<Shared<T, R>>,
    compile: Arc<F>,
    worker: Option<thread::JoinHandle<()>>,
}

impl<T: Send + 'static, R: Send + 'static, F: Fn(T) -> R + Send + Sync + 'static> CompileQueue<T, R, F> {
    /// A queue compiling with `compile`; in `Mode::Background` it starts the compile thread, which can fail
    /// (the VM then runs interpreted).
    pub fn new(mode: Mode, compile: F) -> std::io::Result<CompileQueue<T, R, F>> {
        let shared = Arc::new(Shared {
            jobs: Mutex::new(Jobs { waiting: VecDeque::new(), shutdown: false }),
            wake: Condvar::new(),
        });
        let compile = Arc::new(compile);
        let worker = match mode {
            Mode::Blocking => None,
            Mode::Background => {
                let (shared, compile) = (shared.clone(), compile.clone());
                // Compiling needs little stack; a small one keeps the address space a memory limit counts low.
                let builder = thread::Builder::new().name("kiln-jit".to_string()).stack_size(1 << 20);
                Some(builder.spawn(move || compile_thread(&shared, &*compile))?)
            }
        };
        Ok(CompileQueue { shared, compile, worker })
    }

    pub fn mode(&self) -> Mode {
        if self.worker.is_some() {
            Mode::Background
        } else {
            Mode::Blocking
        }
    }

    /// Queues `input` (or, blocking, compiles it now) and returns the slot its result will appear in.
    pub fn submit(&self, input: T) -> Arc<Slot<R>> {
        let slot = Arc::new(Slot::new());
        if self.worker.is_none() {
            run_job(&*self.compile, input, &slot);
            return slot;
        }
        self.shared.jobs.lock().waiting.push_back((input, slot.clone()));
        self.shared.wake.notify_one();
        slot
    }

    /// Jobs queued and not yet started.
    pub fn waiting(&self) -> usize {
        self.shared.jobs.lock().waiting.len()
    }
}

impl<T: Send + 'static, R: Send + 'static, F: Fn(T) -> R + Send + Sync + 'static> Drop for CompileQueue<T, R, F> {
    fn drop(&mut self) {
        let Some(worker) = self.worker.take() else { return };
        {
            let mut jobs = self.shared.jobs.lock();
            jobs.shutdown = true;
            jobs.waiting.clear();
        }
        self.shared.wake.notify_all();
        // The thread catches compile panics, so joining only fails if it could not run at all; nothing to report.
        let _ = worker.join();
    }
}

/// The compile thread's loop: take the oldest job, compile it unlocked, publish; stop when asked.
fn compile_thread<T, R>(shared: &Shared<T, R>, compile: &impl Fn(T) -> R) {
    loop {
        let (input, slot) = {
            let mut jobs = shared.jobs.lock();
            loop {
                if jobs.shutdown {
                    return;
                }
                if let Some(job) = jobs.waiting.pop_front() {
                    break job;
                }
                jobs = shared.wake.wait(jobs);
            }
        };
        run_job(compile, input, &slot);
    }
}

/// Compiles one job and fills its slot; a panicking compile marks the slot failed instead of ending the thread.
fn run_job<T, R>(compile: &impl Fn(T) -> R, input: T, slot: &Slot<R>) {
    // AssertUnwindSafe: after a panic only the slot is touched (marked failed); the input was moved in and is gone.
    match catch_unwind(AssertUnwindSafe(|| compile(input))) {
        Ok(result) => slot.publish(result),
        Err(_) => slot.fail(),
    }
}

#[cfg(all(test, not(loom)))]
mod tests {
    use super::*;
    use std::sync::atomic::AtomicUsize;
    use std::time::{Duration, Instant};

    fn wait_for<R>(slot: &Slot<R>) -> R {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            if let Some(result) = slot.take() {
                return result;
            }
            assert!(Instant::now() < deadline, "compile thread never published");
            std::thread::yield_now();
        }
    }

    #[test]
    fn background_results_arrive_once_each() {
        let queue = CompileQueue::new(Mode::Background, |n: u64| n * n).unwrap();
        assert_eq!(queue.mode(), Mode::Background);
        let slots: Vec<_> = (0..100).map(|n| queue.submit(n)).collect();
        for (n, slot) in slots.iter().enumerate() {
            assert_eq!(wait_for(slot), (n * n) as u64);
            assert_eq!(slot.state(), JobState::Taken);
            assert_eq!(slot.take(), None);
        }
    }

    #[test]
    fn blocking_compiles_on_the_caller_thread() {
        let caller = std::thread::current().id();
        let queue = CompileQueue::new(Mode::Blocking, move |n: u32| (n + 1, std::thread::current().id())).unwrap();
        let slot = queue.submit(41);
        assert_eq!(slot.state(), JobState::Ready);
        assert_eq!(slot.take(), Some((42, caller)));
        assert_eq!(queue.waiting(), 0);
    }

    #[test]
    fn a_panicking_compile_fails_its_job_and_the_thread_goes_on() {
        let queue = CompileQueue::new(Mode::Background, |n: i32| if n < 0 { panic!("bad input") } else { n }).unwrap();
        let bad = queue.submit(-1);
        let good = queue.submit(7);
        assert_eq!(wait_for(&good), 7);
        assert_eq!(bad.state(), JobState::Failed);
        assert_eq!(bad.take(), None);
    }

    #[test]
    fn drop_stops_the_thread_with_jobs_waiting() {
        static STARTED: AtomicUsize = AtomicUsize::new(0);
        let queue = CompileQueue::new(Mode::Background, |n: u32| {
            STARTED.fetch_add(1, Ordering::SeqCst);
            std::thread::sleep(Duration::from_millis(20));
            n
        })
        .unwrap();
        let slots: Vec<_> = (0..50).map(|n| queue.submit(n)).collect();
        let start = Instant::now();
        drop(queue);
        assert!(start.elapsed() < Duration::from_secs(5), "shutdown waited for the whole queue");
        let compiled = slots.iter().filter(|s| s.state() == JobState::Ready).count();
        assert_eq!(compiled, STARTED.load(Ordering::SeqCst), "a started job was not published");
        assert!(compiled < 50);
        assert!(slots.iter().all(|s| matches!(s.state(), JobState::Ready | JobState::Pending)));
    }
}
