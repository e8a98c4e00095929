//! Fast paths of builtins: a call that wants one result, made without a call record when the arguments are
//! of the common kinds.
//!
//! A builtin may have a fast path (`FastFn`, found by `fast_path_of` when its closure is made). Given the
//! stack slot of the call's function and the argument count, it returns the call's one result, computed by
//! the builtin's own code (a helper the builtin calls too), or `None`, having changed nothing a program can
//! see, and the caller makes the full call. A fast path never raises an error, never calls Lua code and
//! never yields; it may allocate (a collection then sees the registers above the arguments as dead, as it
//! would during the call: `Vm::call_fast`). Callers: the runloop's `Call` and compiled code's
//! (`rt::kiln_rt_call_fast`), only where the call wants exactly one result, its arguments end at a fixed
//! register, and no hook is set (a call hook must see the call).
//!
//! Invariant: a fast path's result is the builtin's result for those arguments (its first one, nil for
//! none); every fast path leaves anything it does not handle to the builtin.

use crate::object::NativeFn;
use crate::state::Vm;
use crate::stdlib::{base, math, string};
use crate::value::Value;

/// A builtin's fast path: `(vm, func, nargs)`, the arguments at `func + 1 ..= func + nargs`.
pub type FastFn = fn(&mut Vm, usize, usize) -> Option<Value>;

/// The builtins with a fast path. Ordered by nothing: looked up once per closure made.
const FAST_PATHS: &[(NativeFn, FastFn)] = &[
    (base::type_, base::type_fast),
    (math::sqrt, math::sqrt_fast),
    (math::floor, math::floor_fast),
    (math::abs, math::abs_fast),
    (string::str_byte, string::byte_fast),
    (string::str_sub, string::sub_fast),
    (string::str_find, string::find_fast),
];

/// The fast path of builtin `f`, if it has one.
pub fn fast_path_of(f: NativeFn) -> Option<FastFn> {
    FAST_PATHS.iter().find(|&&(g, _)| std::ptr::fn_addr_eq(f, g)).map(|&(_, fast)| fast)
}

/// Argument `i` (1-based) of a fast path's call; nil when absent.
#[inline(always)]
pub fn arg(vm: &Vm, func: usize, nargs: usize, i: usize) -> Value {
    if i <= nargs {
        vm.stack[func + i]
    } else {
        Value::Nil
    }
}

impl Vm {
    /// Run the fast path `fast` of the builtin at `func`, with `nargs` arguments above it, from the
    /// frame on top (a Lua frame): true when it stored the call's result in `func`'s slot. While it runs,
    /// registers above the arguments are dead to the collector, as they are during a call.
    #[inline]
    pub fn call_fast(&mut self, fast: FastFn, func: usize, nargs: usize) -> bool {
        match self.allocating(func + 1 + nargs, |vm| fast(vm, func, nargs)) {
            Some(v) => {
                self.stack[func] = v;
                true
            }
            None => false,
        }
    }
}
