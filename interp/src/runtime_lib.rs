//! The base-library functions tied to the runloop: `pcall`, `xpcall`, `error`,
//! `load`, `select`, and `open_runtime`, which registers them with the
//! `coroutine` library.
//!
//! `pcall`/`xpcall` do not call their function themselves: they turn their own
//! record into a `Pcall` boundary and return `CALL_PENDING`, and whoever called
//! them (the runloop or `call_nested`) performs the call. So a protected call
//! costs no Rust recursion and a coroutine may yield inside it.

use crate::call::CALL_PENDING;
use crate::callstack::FrameKind;
use crate::error::LuaError;
use crate::object::UpState;
use crate::state::{LuaResult, Vm};
use crate::value::Value;

fn lua_pcall(vm: &mut Vm) -> LuaResult<usize> {
    vm.check_any(1)?;
    let fr = vm.frames.last_mut().expect("pcall runs in a record");
    fr.kind = FrameKind::Pcall;
    fr.aux = 0;
    fr.base = fr.func + 1;
    enter_protected(vm)
}

/// Count the new `Pcall` record as a C call, as `lua_pcall` is in PUC Lua: too
/// many nested ones is "C stack overflow", caught by this very record.
fn enter_protected(vm: &mut Vm) -> LuaResult<usize> {
    vm.pcall_depth += 1;
    if vm.nested_level + vm.pcall_depth >= vm.c_call_limit() {
        return Err(vm.runtime_error("C stack overflow"));
    }
    Ok(CALL_PENDING)
}

fn lua_xpcall(vm: &mut Vm) -> LuaResult<usize> {
    if !vm.arg(2).is_function() {
        return Err(vm.type_error(2, "function"));
    }
    let func = vm.frame().func;
    // [xpcall][f][handler][args...] -> [xpcall][handler][f][args...]
    vm.stack.swap(func + 1, func + 2);
    let fr = vm.frames.last_mut().expect("xpcall runs in a record");
    fr.kind = FrameKind::Pcall;
    fr.aux = func + 2; // handler slot `func + 1`, plus one (`Frame::pcall_handler`)
    fr.base = func + 2;
    enter_protected(vm)
}

fn lua_error(vm: &mut Vm) -> LuaResult<usize> {
    let level = vm.opt_int(2, 1)?;
    let mut v = vm.arg(1);
    if let Value::Str(s) = v {
        if level > 0 {
            let pre = vm.lua_where(level as usize);
            if !pre.is_empty() {
                let mut b = pre.into_bytes();
                b.extend_from_slice(s.as_bytes());
                v = vm.new_str_value(&b);
            }
        }
    }
    Err(vm.throw(v))
}

fn lua_select(vm: &mut Vm) -> LuaResult<usize> {
    let n = vm.nargs();
    if let Value::Str(s) = vm.arg(1) {
        if s.as_bytes().first() == Some(&b'#') {
            vm.push(Value::Int(n as i64 - 1));
            return Ok(1);
        }
    }
    let i = vm.check_int(1)?;
    let n64 = n as i64;
    let i = if i < 0 {
        n64.wrapping_add(i)
    } else if i > n64 {
        n64
    } else {
        i
    };
    if i < 1 {
        return Err(vm.arg_error(1, "index out of range"));
    }
    // The selected values are already the last ones on the stack.
    Ok(n - i as usize)
}

/// Push `nil, msg` (load's failure result).
fn load_fail(vm: &mut Vm, msg: Value) -> usize {
    vm.push(Value::Nil);
    vm.push(msg);
    2
}

/// Collect the pieces a reader function returns, until nil or "".
fn read_chunk(vm: &mut Vm) -> Result<Vec<u8>, Value> {
    let mut src = Vec::new();
    loop {
        let f = vm.arg(1);
        vm.push(f);
        if vm.call_nested(0, 1).is_err() {
            return Err(vm.error);
        }
        match vm.pop() {
            Value::Nil => return Ok(src),
            Value::Str(s) if s.is_empty() => return Ok(src),
            Value::Str(s) => src.extend_from_slice(s.as_bytes()),
            v @ (Value::Int(_) | Value::Float(_)) => {
                src.extend_from_slice(crate::number::number_to_string(v).as_bytes())
            }
            _ => {
                let e = vm.rt_error("reader function must return a string");
                debug_assert_eq!(e, LuaError::Runtime);
                return Err(vm.error);
            }
        }
    }
}

fn lua_load(vm: &mut Vm) -> LuaResult<usize> {
    let has_env = vm.nargs() >= 4;
    let (src, default_name) = match vm.arg(1) {
        // A number is loaded as its text, as `lua_tolstring` converts it.
        Value::Str(_) | Value::Int(_) | Value::Float(_) => {
            let b = vm.check_bytes(1)?;
            let name = String::from_utf8_lossy(&b).into_owned();
            (b, name)
        }
        _ => {
            if !vm.arg(1).is_function() {
                return Err(vm.type_error(1, "function"));
            }
            match read_chunk(vm) {
                Ok(b) => (b, "=(load)".to_string()),
                Err(e) => return Ok(load_fail(vm, e)),
            }
        }
    };
    let chunkname = match vm.opt_str(2)? {
        Some(s) => s.to_str_lossy().into_owned(),
        None => default_name,
    };
    let mode = match vm.opt_str(3)? {
        Some(s) => s.to_str_lossy().into_owned(),
        None => "bt".to_string(),
    };
    if !crate::stdlib::auxlib::load(vm, &src, chunkname.as_bytes(), mode.as_bytes())? {
        let msg = vm.pop();
        return Ok(load_fail(vm, msg));
    }
    if has_env {
        let env = vm.arg(4);
        if let Value::LuaFn(cl) = vm.stack[vm.top - 1] {
            if !cl.upvals.is_empty() {
                let uv = cl.upval(0);
                uv.state.set(UpState::Closed(env));
                vm.barrier_value(uv.raw(), env);
            }
        }
    }
    Ok(1)
}

/// Register `pcall`, `xpcall`, `error`, `load`, `select` and the `coroutine` library.
pub fn open_runtime(vm: &mut Vm) {
    vm.register_lib(
        "_G",
        &[
            ("pcall", lua_pcall),
            ("xpcall", lua_xpcall),
            ("error", lua_error),
            ("load", lua_load),
            ("select", lua_select),
        ],
    );
    crate::coroutine::open_coroutine(vm);
}
