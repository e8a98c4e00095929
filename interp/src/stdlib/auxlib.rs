//! Helpers the libraries share (PUC's lauxlib role): calls into Lua,
//! metamethod-aware indexing, comparison and length, `tostring` conversion,
//! upvalues of the running native, and errors without a position prefix.

use crate::callstack::{Frame, FrameKind};
use crate::error::LuaError;
use crate::object::LuaStr;
use crate::state::{LuaResult, Tm, Vm, MIN_STACK};
use crate::value::Value;
use kiln_gc::Gc;

/// Upvalue `i` (0-based) of the running native closure.
pub fn upvalue(vm: &Vm, i: usize) -> Value {
    match vm.stack[vm.frame().func] {
        Value::NativeFn(f) => f.upvals.get(i).map_or(Value::Nil, |c| c.get()),
        _ => Value::Nil,
    }
}

/// Raise `msg` as a string error without the "chunk:line:" prefix (PUC's
/// `luaG_runerror` from a C function, e.g. "invalid key to 'next'").
pub fn raw_error(vm: &mut Vm, msg: &str) -> LuaError {
    let s = vm.new_str_value(msg.as_bytes());
    vm.throw(s)
}

/// Call the function below the top `nargs` values with those arguments, leaving
/// exactly `nresults` results in their place (`lua_call`).
pub fn call(vm: &mut Vm, nargs: usize, nresults: usize) -> LuaResult<()> {
    let func = vm.top - nargs - 1;
    let Value::NativeFn(f) = vm.stack[func] else {
        return Err(vm.rt_error("calling Lua functions from the standard library is not implemented"));
    };
    let f = f.f;
    vm.frames.push(Frame::new(FrameKind::Native, func, func + 1, vm.top, nresults as i32));
    let r = vm.ensure_stack(MIN_STACK).and_then(|_| f(vm));
    vm.frames.pop();
    let n = r?;
    let first = vm.top - n;
    for i in 0..nresults {
        vm.stack[func + i] = if i < n { vm.stack[first + i] } else { Value::Nil };
    }
    vm.top = func + nresults;
    Ok(())
}

/// `v[k]` with `__index` (`lua_gettable`).
pub fn index(vm: &mut Vm, v: Value, k: Value) -> LuaResult<Value> {
    if let Value::Table(t) = v {
        let raw = t.get(k);
        if !raw.is_nil() || vm.metamethod(v, Tm::Index).is_nil() {
            return Ok(raw);
        }
    }
    Err(vm.rt_error("indexing through __index from the standard library is not implemented"))
}

/// `v[k] = x` with `__newindex` (`lua_settable`).
pub fn set_index(vm: &mut Vm, v: Value, k: Value, x: Value) -> LuaResult<()> {
    if let Value::Table(t) = v {
        if vm.metamethod(v, Tm::NewIndex).is_nil() || !t.get(k).is_nil() {
            return vm.table_set(t, k, x);
        }
    }
    Err(vm.rt_error("assignment through __newindex from the standard library is not implemented"))
}

/// `a < b` with `__lt` (`lua_compare(LUA_OPLT)`).
pub fn less_than(vm: &mut Vm, a: Value, b: Value) -> LuaResult<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Ok(x < y),
        (Value::Float(x), Value::Float(y)) => Ok(x < y),
        (Value::Int(x), Value::Float(y)) => Ok(crate::number::lt_int_float(x, y)),
        (Value::Float(x), Value::Int(y)) => Ok(crate::number::lt_float_int(x, y)),
        (Value::Str(x), Value::Str(y)) => Ok(x.as_bytes() < y.as_bytes()),
        _ => {
            if vm.metamethod(a, Tm::Lt).is_nil() && vm.metamethod(b, Tm::Lt).is_nil() {
                Err(compare_error(vm, a, b))
            } else {
                Err(vm.rt_error("__lt from the standard library is not implemented"))
            }
        }
    }
}

/// "attempt to compare two table values" / "attempt to compare number with nil".
fn compare_error(vm: &mut Vm, a: Value, b: Value) -> LuaError {
    let (ta, tb) = (vm.type_name_of(a), vm.type_name_of(b));
    if ta == tb {
        vm.rt_error(format!("attempt to compare two {ta} values"))
    } else {
        vm.rt_error(format!("attempt to compare {ta} with {tb}"))
    }
}

/// `#v` with `__len`, which must give an integer (`luaL_len`).
pub fn length(vm: &mut Vm, v: Value) -> LuaResult<i64> {
    match v {
        Value::Str(s) => Ok(s.len() as i64),
        Value::Table(t) if vm.metamethod(v, Tm::Len).is_nil() => Ok(t.len()),
        _ if vm.metamethod(v, Tm::Len).is_nil() => {
            let tn = vm.type_name_of(v);
            Err(vm.rt_error(format!("attempt to get length of a {tn} value")))
        }
        _ => Err(vm.rt_error("__len from the standard library is not implemented")),
    }
}

/// A printable identity for an object ("0x..."), stable while it lives even
/// though nursery objects move: it is the object's identity hash.
pub fn address_of(v: Value) -> String {
    match v.gc_header() {
        // SAFETY: a collectable value's header is live while the value is.
        Some(h) => format!("0x{:08x}", unsafe { h.as_ref() }.identity()),
        None => match v {
            Value::LightUserData(p) => format!("{p:#x}"),
            _ => "0x0".into(),
        },
    }
}

/// `luaL_tolstring`: `__tostring`, then `__name`, then the default form.
pub fn tolstring(vm: &mut Vm, v: Value) -> LuaResult<Gc<LuaStr>> {
    let tm = vm.metamethod(v, Tm::ToString);
    if !tm.is_nil() {
        vm.push(tm);
        vm.push(v);
        call(vm, 1, 1)?;
        return match vm.pop() {
            Value::Str(s) => Ok(s),
            v @ (Value::Int(_) | Value::Float(_)) => Ok(vm.new_str(crate::number::number_to_string(v).as_bytes())),
            _ => Err(vm.rt_error("'__tostring' must return a string")),
        };
    }
    let text = match v {
        Value::Str(s) => return Ok(s),
        Value::Nil => "nil".to_string(),
        Value::Bool(b) => b.to_string(),
        Value::Int(_) | Value::Float(_) => crate::number::number_to_string(v),
        _ => {
            let kind = match vm.metatable_of(v).map(|mt| mt.get_str(vm.tm_names[Tm::Name as usize])) {
                Some(Value::Str(name)) => name.to_str_lossy().into_owned(),
                _ => v.type_name().to_string(),
            };
            format!("{kind}: {}", address_of(v))
        }
    };
    Ok(vm.new_str(text.as_bytes()))
}

/// Compile `src` as a chunk named `chunkname` (`lua_load`); `mode` is "b",
/// "t" or "bt". Pushes the function and returns true, or pushes the error
/// message and returns false.
pub fn load(vm: &mut Vm, src: &[u8], chunkname: &[u8], mode: &[u8]) -> LuaResult<bool> {
    let binary = src.first() == Some(&0x1b);
    let (kind, allowed) = if binary { ("binary", b'b') } else { ("text", b't') };
    if !mode.contains(&allowed) {
        let msg = format!("attempt to load a {kind} chunk (mode is '{}')", String::from_utf8_lossy(mode));
        vm.push_str(msg.as_bytes());
        return Ok(false);
    }
    let _ = chunkname;
    Err(vm.rt_error("loading chunks from the standard library is not implemented"))
}

/// Call the function below the top `nargs` values, keeping all its results
/// in its place; returns how many there are (`lua_call` with LUA_MULTRET).
pub fn call_all(vm: &mut Vm, nargs: usize) -> LuaResult<usize> {
    let func = vm.top - nargs - 1;
    let _ = func;
    Err(vm.rt_error("calling Lua functions from the standard library is not implemented"))
}
