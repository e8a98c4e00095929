//! The `jit` library, LuaJIT's control surface where it fits kiln: `jit.on`, `jit.off`, `jit.flush` (for all
//! code or one function), `jit.status`, `jit.version`, `jit.os`, `jit.arch`.

use crate::tier::Jit;
use kiln_gc::Gc;
use kiln_interp::object::{NativeFn, Proto};
use kiln_interp::rt::TierState;
use kiln_interp::{LuaResult, Value, Vm};
use std::rc::Rc;

/// Create the global `jit` table.
pub fn open(vm: &mut Vm) {
    let funcs: &[(&'static str, NativeFn)] =
        &[("on", jit_on), ("off", jit_off), ("flush", jit_flush), ("status", jit_status)];
    let t = vm.register_lib("jit", funcs);
    let version = concat!("kiln ", env!("CARGO_PKG_VERSION"));
    for (k, v) in [("version", version), ("os", "Linux"), ("arch", "x64")] {
        let s = vm.new_str_value(v.as_bytes());
        vm.table_set_str(t, k, s);
    }
}

/// The VM's JIT, if one is installed (not with `KILN_JIT=0`).
fn jit_of(vm: &Vm) -> Option<Rc<dyn kiln_interp::rt::Tier>> {
    let tier = vm.tiering.tier.clone()?;
    tier.as_any().downcast_ref::<Jit>()?;
    Some(tier)
}

fn with_jit<R>(vm: &Vm, f: impl FnOnce(&Jit) -> R) -> Option<R> {
    let tier = jit_of(vm)?;
    let jit = tier.as_any().downcast_ref::<Jit>()?;
    Some(f(jit))
}

/// The proto of argument 1 when it is a Lua function; `None` for nil/absent (the whole JIT); an error
/// for anything else (LuaJIT's `true`, meaning the caller, is not supported).
fn target(vm: &mut Vm) -> LuaResult<Option<Gc<Proto>>> {
    match vm.arg(1) {
        Value::Nil => Ok(None),
        Value::LuaFn(cl) => Ok(Some(cl.proto())),
        Value::NativeFn(_) => Ok(None),
        _ => Err(vm.type_error(1, "function or nil")),
    }
}

/// Apply `f` to `p` and, with a true second argument, to every function nested in it.
fn for_protos(vm: &Vm, p: Gc<Proto>, f: &impl Fn(&TierState)) {
    f(&p.tier);
    if vm.arg(2).truthy() {
        let mut stack: Vec<Gc<Proto>> = p.protos.iter().map(|c| c.get()).collect();
        while let Some(q) = stack.pop() {
            f(&q.tier);
            stack.extend(q.protos.iter().map(|c| c.get()));
        }
    }
}

fn jit_on(vm: &mut Vm) -> LuaResult<usize> {
    let Some(p) = target(vm)? else {
        // Without a JIT (`KILN_JIT=0`) this does nothing: a script runs the same either way, and
        // `jit.status()` says false.
        with_jit(vm, |j| j.set_enabled(true));
        return Ok(0);
    };
    let threshold = vm.tiering.threshold;
    for_protos(vm, p, &|t| {
        t.off.set(false);
        if t.entry.load(std::sync::atomic::Ordering::Relaxed) == 0 {
            t.calls.set(threshold);
            t.loops.set(threshold);
        }
    });
    Ok(0)
}

fn jit_off(vm: &mut Vm) -> LuaResult<usize> {
    let threshold = vm.tiering.threshold;
    let Some(p) = target(vm)? else {
        with_jit(vm, |j| j.set_enabled(false));
        TierState::retire_all(threshold);
        return Ok(0);
    };
    for_protos(vm, p, &|t| {
        t.off.set(true);
        t.retire(i32::MAX);
    });
    Ok(0)
}

fn jit_flush(vm: &mut Vm) -> LuaResult<usize> {
    let threshold = vm.tiering.threshold;
    let Some(p) = target(vm)? else {
        TierState::retire_all(threshold);
        return Ok(0);
    };
    for_protos(vm, p, &|t| t.retire(threshold));
    Ok(0)
}

/// `jit.status()`: whether the JIT is on, then LuaJIT-style flags (kiln's: the threshold and what was
/// compiled).
fn jit_status(vm: &mut Vm) -> LuaResult<usize> {
    let Some((on, stats, threshold)) = with_jit(vm, |j| (j.enabled(), j.stats(), j.config().threshold)) else {
        vm.push(Value::Bool(false));
        return Ok(1);
    };
    vm.push(Value::Bool(on));
    let flags = [
        format!("threshold={threshold}"),
        format!("compiled={}", stats.compiled),
        format!("bytecodes={}", stats.bytecodes),
        format!("code={}", stats.code_bytes),
        format!("compile_us={}", stats.compile_nanos / 1000),
    ];
    for f in &flags {
        let s = vm.new_str_value(f.as_bytes());
        vm.push(s);
    }
    Ok(1 + flags.len())
}
