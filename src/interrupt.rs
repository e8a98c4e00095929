//! Signals, as lua.c handles them. SIGINT while a chunk runs (`laction`): the
//! handler asks the VM to raise "interrupted!" at its next safe point (a
//! catchable error, with a traceback when uncaught) and puts the default
//! action back, so a second Ctrl-C before that kills the process. SIGPIPE
//! keeps the action kiln was started with, the default one as a rule (see
//! main.rs): writing to a closed pipe ends kiln at once, as it ends lua5.4.

use kiln_interp::Vm;
use std::sync::atomic::{AtomicPtr, AtomicU8, AtomicUsize, Ordering::SeqCst};

/// The trap byte of the VM a SIGINT interrupts (null: none).
static TARGET: AtomicPtr<AtomicU8> = AtomicPtr::new(std::ptr::null_mut());
/// Handlers running now: disarming waits for them, so none can touch a VM
/// that is gone.
static IN_HANDLER: AtomicUsize = AtomicUsize::new(0);

/// Give `sig` the disposition `action` (a handler address, `SIG_DFL`, `SIG_IGN`).
fn set_action(sig: libc::c_int, action: libc::sighandler_t) {
    // SAFETY: a zeroed `sigaction` is a valid value (no flags, empty mask)
    // that is filled in before use; sigaction(2) is async-signal-safe, so
    // this may run inside the handler too.
    unsafe {
        let mut sa: libc::sigaction = std::mem::zeroed();
        sa.sa_sigaction = action;
        sa.sa_flags = libc::SA_RESTART;
        libc::sigemptyset(&mut sa.sa_mask);
        libc::sigaction(sig, &sa, std::ptr::null_mut());
    }
}

extern "C" fn on_sigint(_: libc::c_int) {
    set_action(libc::SIGINT, libc::SIG_DFL);
    IN_HANDLER.fetch_add(1, SeqCst);
    let trap = TARGET.load(SeqCst);
    if !trap.is_null() {
        // SAFETY: a non-null TARGET is the trap byte of a live VM: `Armed`
        // clears it, then waits until no handler runs, before the VM can go.
        Vm::request_interrupt(unsafe { &*trap });
    }
    IN_HANDLER.fetch_sub(1, SeqCst);
}

/// SIGINT interrupts `vm` while this guard lives (lua.c's `docall`).
pub struct Armed;

pub fn arm(vm: &Vm) -> Armed {
    TARGET.store(std::ptr::from_ref(&vm.trap).cast_mut(), SeqCst);
    set_action(libc::SIGINT, on_sigint as extern "C" fn(libc::c_int) as libc::sighandler_t);
    Armed
}

impl Drop for Armed {
    fn drop(&mut self) {
        set_action(libc::SIGINT, libc::SIG_DFL);
        TARGET.store(std::ptr::null_mut(), SeqCst);
        while IN_HANDLER.load(SeqCst) != 0 {
            std::hint::spin_loop();
        }
    }
}
