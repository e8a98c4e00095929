//! Helpers the libraries share (PUC's lauxlib role): calls into Lua,
//! metamethod-aware indexing, comparison and length, `tostring` conversion,
//! upvalues of the running native, and errors without a position prefix.

use crate::error::LuaError;
use crate::object::LuaStr;
use crate::state::{LuaResult, Tm, Vm};
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
    vm.call_nested(nargs, nresults as i32).map(|_| ())
}

/// `v[i]` with `__index` (`lua_geti`): a read no metamethod can change is
/// inlined into the caller (`Vm::get_plain`, the runloop's rule), so the
/// value never goes through memory as a `LuaResult` (natives walking plain
/// tables, `table.sort` first).
#[inline(always)]
pub fn geti(vm: &mut Vm, v: Value, i: i64) -> LuaResult<Value> {
    let key = Value::Int(i);
    if let Value::Table(tb) = v {
        // SAFETY: `key` is a local value.
        if let Some(x) = unsafe { Vm::get_plain(tb, &key) } {
            return Ok(x);
        }
    }
    vm.index(v, key)
}

/// `v[i] = x` with `__newindex` (`lua_seti`), a store into a table without a
/// metatable inlined into the caller (`Vm::set_plain`).
#[inline(always)]
pub fn seti(vm: &mut Vm, v: Value, i: i64, x: Value) -> LuaResult<()> {
    if let Value::Table(tb) = v {
        if vm.set_plain(tb, Value::Int(i), x) {
            return Ok(());
        }
    }
    vm.set_index(v, Value::Int(i), x)
}

/// `v[k]` with `__index` (`lua_gettable`).
#[inline]
pub fn index(vm: &mut Vm, v: Value, k: Value) -> LuaResult<Value> {
    vm.index(v, k)
}

/// `v[k] = x` with `__newindex` (`lua_settable`).
#[inline]
pub fn set_index(vm: &mut Vm, v: Value, k: Value, x: Value) -> LuaResult<()> {
    vm.set_index(v, k, x)
}

/// `a < b` with `__lt` (`lua_compare(LUA_OPLT)`).
pub fn less_than(vm: &mut Vm, a: Value, b: Value) -> LuaResult<bool> {
    vm.less_than(a, b)
}

/// `#v` with `__len`, which must give an integer (`luaL_len`).
pub fn length(vm: &mut Vm, v: Value) -> LuaResult<i64> {
    match vm.len(v)? {
        Value::Int(n) => Ok(n),
        Value::Float(f) => match crate::number::float_to_int_exact(f) {
            Some(n) => Ok(n),
            None => Err(vm.rt_error("object length is not an integer")),
        },
        _ => Err(vm.rt_error("object length is not an integer")),
    }
}

pub use crate::meta::address_of;

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

/// Load `src`, source text or a binary chunk, as a chunk named `chunkname` (`lua_load`); `mode` is "b",
/// "t" or "bt". Pushes the function and returns true, or pushes the error
/// message and returns false.
pub fn load(vm: &mut Vm, src: &[u8], chunkname: &[u8], mode: &[u8]) -> LuaResult<bool> {
    let binary = src.first() == crate::dump::SIGNATURE.first();
    let (kind, allowed) = if binary { ("binary", b'b') } else { ("text", b't') };
    if !mode.contains(&allowed) {
        let msg = format!("attempt to load a {kind} chunk (mode is '{}')", String::from_utf8_lossy(mode));
        vm.push_str(msg.as_bytes());
        return Ok(false);
    }
    let name = String::from_utf8_lossy(chunkname).into_owned();
    let loaded = if binary { crate::dump::load_binary(vm, src, &name) } else { vm.load(src, &name) };
    match loaded {
        Ok(()) => Ok(true),
        Err(_) => {
            let e = vm.error;
            vm.push(e);
            Ok(false)
        }
    }
}
