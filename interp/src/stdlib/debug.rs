//! The debug library: `traceback`, `getinfo`, `getlocal`/`setlocal`, upvalue access,
//! ids and joining, metatables of any value, the registry, user values, the
//! interactive `debug.debug`, and hooks (`sethook`/`gethook`; the hook
//! machinery is in hook.rs).

use crate::callstack::{Frame, FrameKind};
use crate::debuginfo::call_name;
use crate::hook::{trap, HOOK_KEY};
use crate::object::Thread;
use crate::state::{LuaResult, Vm};
use crate::table::Table;
use crate::value::{layout, Value};
use kiln_gc::Gc;

pub fn open_debug(vm: &mut Vm) {
    super::register_qualified(
        vm,
        "debug",
        &[
            ("debug.traceback", traceback),
            ("debug.getinfo", getinfo),
            ("debug.getlocal", getlocal),
            ("debug.getupvalue", getupvalue),
            ("debug.setupvalue", setupvalue),
            ("debug.getmetatable", getmetatable),
            ("debug.setmetatable", setmetatable),
            ("debug.getregistry", getregistry),
            ("debug.setlocal", setlocal),
            ("debug.upvalueid", upvalueid),
            ("debug.upvaluejoin", upvaluejoin),
            ("debug.setcstacklimit", setcstacklimit),
            ("debug.sethook", sethook),
            ("debug.gethook", gethook),
            ("debug.getuservalue", getuservalue),
            ("debug.setuservalue", setuservalue),
            ("debug.debug", debug_loop),
        ],
    );
}

/// The optional thread first argument (`getthread`): the thread and the index
/// of the first argument after it.
fn thread_arg(vm: &Vm) -> (Option<Gc<Thread>>, usize) {
    match vm.arg(1) {
        Value::Thread(t) if !Gc::ptr_eq(t, vm.thread) => (Some(t), 1),
        Value::Thread(_) => (None, 1),
        _ => (None, 0),
    }
}

/// `debug.traceback([thread,] [msg [, level]])`: a message that is neither a
/// string nor a number nor nil is returned untouched.
fn traceback(vm: &mut Vm) -> LuaResult<usize> {
    let (co, arg) = thread_arg(vm);
    let msg_slot = arg + 1;
    let number_text = match vm.arg(msg_slot) {
        Value::Str(_) | Value::Nil => None,
        v @ (Value::Int(_) | Value::Float(_)) => Some(crate::number::number_to_string(v)),
        v => {
            vm.push(v);
            return Ok(1);
        }
    };
    let level = vm.opt_int(arg + 2, if co.is_some() { 0 } else { 1 })?;
    let level = usize::try_from(level).unwrap_or(0);
    let text = match co {
        Some(co) => vm.traceback_thread(co, None, level),
        None => vm.traceback(None, level),
    };
    let msg_len = match (&number_text, vm.arg(msg_slot)) {
        (Some(t), _) => t.len(),
        // C reads the message up to its first zero byte (`luaL_addstring`).
        (None, Value::Str(s)) => s.as_bytes().iter().position(|&c| c == 0).unwrap_or(s.len()),
        _ => {
            vm.push_str(text.as_bytes());
            return Ok(1);
        }
    };
    // The message may be a program's longest string: copied once, straight
    // into the result, read after the allocation (which may move it).
    let result = vm.try_new_str_zeroed(msg_len + 1 + text.len())?;
    let s = vm.arg(msg_slot).as_str();
    let msg = match (&number_text, &s) {
        (Some(t), _) => t.as_bytes(),
        (None, Some(s)) => &s.as_bytes()[..msg_len],
        (None, None) => unreachable!("the message is a string or a number"),
    };
    // SAFETY: `result` was just allocated and nothing else refers to it.
    let out = unsafe { result.fresh_bytes_mut() };
    out[..msg_len].copy_from_slice(msg);
    out[msg_len] = b'\n';
    out[msg_len + 1..].copy_from_slice(text.as_bytes());
    vm.push(Value::Str(result));
    Ok(1)
}

/// Indices of the levels of `frames`, innermost first (level 0 first): the records a
/// traceback shows (`Frame::is_level`).
fn activations(frames: &[Frame]) -> Vec<usize> {
    (0..frames.len()).rev().filter(|&i| frames[i].is_level(i)).collect()
}

/// What `getinfo` reports, gathered before anything is allocated.
#[derive(Default)]
struct Info {
    source: String,
    short_src: String,
    what: &'static str,
    line_defined: i64,
    last_line_defined: i64,
    current_line: i64,
    nups: i64,
    nparams: i64,
    is_vararg: bool,
    name: Option<(&'static str, String)>,
    tail_call: bool,
    active_lines: Vec<i64>,
    /// `ftransfer`, `ntransfer`: set while a call or return hook of the activation runs.
    transfer: (i64, i64),
}

/// The static part of the info of function `f`.
fn function_info(f: Value) -> Info {
    match f {
        Value::LuaFn(cl) => {
            let p = cl.proto();
            let mut lines: Vec<i64> = p.lines.iter().skip(usize::from(p.is_vararg)).map(|&l| l as i64).collect();
            lines.sort_unstable();
            lines.dedup();
            Info {
                source: p.source.to_string(),
                short_src: p.short_source(),
                what: if p.line_defined == 0 { "main" } else { "Lua" },
                line_defined: p.line_defined as i64,
                last_line_defined: p.last_line_defined as i64,
                current_line: -1,
                nups: p.upvals.len() as i64,
                nparams: p.num_params as i64,
                is_vararg: p.is_vararg,
                active_lines: lines,
                ..Info::default()
            }
        }
        Value::NativeFn(nf) => native_info(nf.upvals.len()),
        _ => Info::default(),
    }
}

/// The info of a native function with `nups` upvalues.
fn native_info(nups: usize) -> Info {
    Info {
        source: "=[C]".into(),
        short_src: "[C]".into(),
        what: "C",
        line_defined: -1,
        last_line_defined: -1,
        current_line: -1,
        nups: nups as i64,
        is_vararg: true,
        ..Info::default()
    }
}

/// The info of activation record `i` of `frames` over `stack`, and its function.
/// `transfer`: the thread's hooked record and its transfer info, if a hook runs.
fn frame_info(frames: &[Frame], stack: &[Value], i: usize, transfer: Option<(usize, usize, usize)>) -> (Info, Value) {
    let fr = &frames[i];
    if let FrameKind::NestedRunloop = fr.kind {
        return (native_info(0), Value::Nil);
    }
    let f = stack.get(fr.func).copied().unwrap_or(Value::Nil);
    let mut info = function_info(f);
    if let (Value::LuaFn(cl), true) = (f, fr.is_lua()) {
        info.current_line = cl.proto().lines.get(fr.current_pc()).map_or(-1, |&l| l as i64);
    }
    info.name = call_name(frames, stack, i);
    info.tail_call = fr.tail_call;
    if let Some((_, first, n)) = transfer.filter(|t| t.0 == i) {
        info.transfer = (first as i64, n as i64);
    }
    (info, f)
}

/// `debug.getinfo([thread,] f [, what])`.
fn getinfo(vm: &mut Vm) -> LuaResult<usize> {
    let (co, arg) = thread_arg(vm);
    let what = match vm.opt_str(arg + 2)? {
        Some(s) => s.as_bytes().to_vec(),
        None => b"flnSrtu".to_vec(),
    };
    if what.first() == Some(&b'>') {
        return Err(vm.arg_error(arg + 2, "invalid option '>'"));
    }
    if what.iter().any(|c| !b"SlnrutfL".contains(c)) {
        return Err(vm.arg_error(arg + 2, "invalid option"));
    }
    let target = vm.arg(arg + 1);
    let (info, func) = if target.is_function() {
        (function_info(target), target)
    } else {
        let level = vm.check_int(arg + 1)?;
        let found = match co {
            None => lookup_level(&vm.frames, &vm.stack, level, vm.thread.hook.get().transfer),
            Some(co) => {
                // SAFETY: a thread that is not running keeps its state in `saved`;
                // it is only read here, before anything allocates.
                let st = unsafe { co.saved_mut() };
                lookup_level(&st.frames, &st.stack, level, co.hook.get().transfer)
            }
        };
        match found {
            Some(r) => r,
            None => {
                vm.push(Value::Nil);
                return Ok(1);
            }
        }
    };
    vm.hold(func);
    let t = vm.new_table(0, 16);
    vm.push(Value::Table(t));
    let slot = vm.top - 1;
    for &c in &what {
        match c {
            b'S' => {
                set_str(vm, slot, "source", &info.source);
                set_str(vm, slot, "short_src", &info.short_src);
                set_str(vm, slot, "what", info.what);
                set(vm, slot, "linedefined", Value::Int(info.line_defined));
                set(vm, slot, "lastlinedefined", Value::Int(info.last_line_defined));
            }
            b'l' => set(vm, slot, "currentline", Value::Int(info.current_line)),
            b'u' => {
                set(vm, slot, "nups", Value::Int(info.nups));
                set(vm, slot, "nparams", Value::Int(info.nparams));
                set(vm, slot, "isvararg", Value::Bool(info.is_vararg));
            }
            b'n' => match &info.name {
                Some((kind, name)) => {
                    set_str(vm, slot, "name", name);
                    set_str(vm, slot, "namewhat", kind);
                }
                None => set_str(vm, slot, "namewhat", ""),
            },
            b't' => set(vm, slot, "istailcall", Value::Bool(info.tail_call)),
            b'r' => {
                set(vm, slot, "ftransfer", Value::Int(info.transfer.0));
                set(vm, slot, "ntransfer", Value::Int(info.transfer.1));
            }
            b'f' => {
                let f = *vm.handles.last().expect("held above");
                set(vm, slot, "func", f);
            }
            b'L' if func.is_function() => {
                if let Value::LuaFn(_) = vm.handles.last().copied().unwrap_or(Value::Nil) {
                    let lines = vm.new_table(0, info.active_lines.len());
                    vm.push(Value::Table(lines));
                    for &l in &info.active_lines {
                        let Value::Table(lines) = vm.stack[vm.top - 1] else { unreachable!("pushed above") };
                        vm.table_set(lines, Value::Int(l), Value::Bool(true))?;
                    }
                    let lines = vm.pop();
                    set(vm, slot, "activelines", lines);
                }
            }
            _ => {}
        }
    }
    vm.release();
    Ok(1)
}

/// The activation at `level` (0 = innermost) of `frames`, with its function.
fn lookup_level(
    frames: &[Frame],
    stack: &[Value],
    level: i64,
    transfer: Option<(usize, usize, usize)>,
) -> Option<(Info, Value)> {
    let level = usize::try_from(level).ok()?;
    let i = *activations(frames).get(level)?;
    Some(frame_info(frames, stack, i, transfer))
}

/// `debug.sethook([thread,] [f, mask [, count]])`, as PUC's `db_sethook`: the
/// function goes into the registry's `_HOOKKEY` table (weak keys) under the
/// thread; mask letters 'c', 'r', 'l' and a positive count choose the events.
/// No function (or an empty mask and no count) turns the thread's hook off.
fn sethook(vm: &mut Vm) -> LuaResult<usize> {
    let (co, arg) = thread_arg(vm);
    let target = co.unwrap_or(vm.thread);
    let (mask, count) = if vm.arg(arg + 1).is_nil() {
        (0, 0)
    } else {
        let letters = vm.check_bytes(arg + 2)?;
        if !vm.arg(arg + 1).is_function() {
            return Err(vm.type_error(arg + 1, "function"));
        }
        // `(int)luaL_optinteger`: C's conversion keeps the low 32 bits.
        let count = vm.opt_int(arg + 3, 0)? as i32;
        (hook_mask(&letters, count), count)
    };
    let table = hook_table(vm);
    vm.push(Value::Table(table));
    let f = vm.arg(arg + 1);
    let Value::Table(table) = vm.pop() else { unreachable!("pushed a table") };
    vm.table_set(table, Value::Thread(target), f)?;
    vm.set_hook(target, mask, count);
    Ok(0)
}

/// `makemask`: hook bits of the letters of `sethook`'s mask and its count.
fn hook_mask(letters: &[u8], count: i32) -> u8 {
    let mut mask = 0;
    for (c, bit) in [(b'c', trap::CALL), (b'r', trap::RET), (b'l', trap::LINE)] {
        if letters.contains(&c) {
            mask |= bit;
        }
    }
    if count > 0 {
        mask |= trap::COUNT;
    }
    mask
}

/// The registry's `_HOOKKEY` table, created on first use with weak keys
/// (its own metatable, `__mode = "k"`), as PUC's debug library makes it.
fn hook_table(vm: &mut Vm) -> Gc<Table> {
    let key = vm.new_str(HOOK_KEY.as_bytes());
    if let Value::Table(t) = vm.registry.get_str(key) {
        return t;
    }
    let t = vm.new_table(0, 2);
    vm.push(Value::Table(t));
    let slot = vm.top - 1;
    set_str(vm, slot, "__mode", "k");
    let t = table_at(vm, slot);
    super::base::set_table_metatable(vm, Value::Table(t), Some(t));
    let registry = vm.registry;
    vm.table_set_str(registry, HOOK_KEY, Value::Table(t));
    let t = table_at(vm, slot);
    vm.pop();
    t
}

/// `debug.gethook([thread])`: the hook function, mask and count, or fail
/// when the thread has no hook (the function is nil for a coroutine that
/// inherited its creator's mask).
fn gethook(vm: &mut Vm) -> LuaResult<usize> {
    let (co, _) = thread_arg(vm);
    let target = co.unwrap_or(vm.thread);
    let h = target.hook.get();
    if h.mask == 0 {
        vm.push(Value::Nil);
        return Ok(1);
    }
    let f = vm.hook_function(target);
    vm.push(f);
    let letters: Vec<u8> = [(b'c', trap::CALL), (b'r', trap::RET), (b'l', trap::LINE)]
        .iter()
        .filter(|&&(_, bit)| h.mask & bit != 0)
        .map(|&(c, _)| c)
        .collect();
    vm.push_str(&letters);
    vm.push(Value::Int(h.base_count as i64));
    Ok(3)
}

fn table_at(vm: &Vm, slot: usize) -> Gc<Table> {
    match vm.stack[slot] {
        Value::Table(t) => t,
        _ => unreachable!("the result table lives in this slot"),
    }
}

/// `t[k] = v` for the table in stack slot `slot` (`v` must not be young, or be held).
fn set(vm: &mut Vm, slot: usize, k: &str, v: Value) {
    let t = table_at(vm, slot);
    vm.table_set_str(t, k, v);
}

fn set_str(vm: &mut Vm, slot: usize, k: &str, s: &str) {
    let v = vm.new_str_value(s.as_bytes());
    vm.push(v);
    let t = table_at(vm, slot);
    let v = vm.stack[vm.top - 1];
    vm.table_set_str(t, k, v);
    vm.pop();
}

/// `debug.getlocal([thread,] f, n)`: name and value of local `n` of the
/// activation at level `f`, or the parameter names of function `f`.
fn getlocal(vm: &mut Vm) -> LuaResult<usize> {
    let (co, arg) = thread_arg(vm);
    let n = vm.check_int(arg + 2)?;
    if let Value::LuaFn(cl) = vm.arg(arg + 1) {
        let p = cl.proto();
        let name = (n >= 1 && n <= p.num_params as i64).then(|| p.local_name(n as usize - 1, 0)).flatten();
        match name.map(str::to_string) {
            Some(name) => vm.push_str(name.as_bytes()),
            None => vm.push(Value::Nil),
        }
        return Ok(1);
    }
    if vm.arg(arg + 1).is_function() {
        vm.push(Value::Nil);
        return Ok(1);
    }
    let level = vm.check_int(arg + 1)?;
    match find_local(vm, co, level, n, None) {
        None => Err(vm.arg_error(arg + 1, "level out of range")),
        Some(None) => {
            vm.push(Value::Nil);
            Ok(1)
        }
        Some(Some((name, v))) => {
            vm.hold(v);
            vm.push_str(name.as_bytes());
            let v = vm.release();
            vm.push(v);
            Ok(2)
        }
    }
}

/// Local `n` of the activation at `level` of thread `co` (None: the running
/// one): its name and value, after storing `new` into it if given. `None` when
/// the level does not exist, `Some(None)` when the local does not.
fn find_local(
    vm: &mut Vm,
    co: Option<Gc<Thread>>,
    level: i64,
    n: i64,
    new: Option<Value>,
) -> Option<Option<(String, Value)>> {
    let access = |frames: &[Frame], stack: &mut [Value]| {
        let i = usize::try_from(level).ok().and_then(|l| activations(frames).get(l).copied())?;
        Some(local_of(frames, stack, i, n).map(|(name, slot)| {
            if let Some(v) = new {
                stack[slot] = v;
            }
            (name, stack[slot])
        }))
    };
    match co {
        None => access(&vm.frames, &mut vm.stack),
        Some(co) => {
            // SAFETY: a thread that is not running keeps its state in `saved`;
            // nothing allocates or borrows it during this access.
            let st = unsafe { co.saved_mut() };
            let found = access(&st.frames, &mut st.stack);
            // Its stack belongs to the (mature) thread object, which a minor
            // collection scans only while it is remembered: the barrier.
            if let Some(v) = new {
                vm.barrier_value(co.raw(), v);
            }
            found
        }
    }
}

/// `debug.setlocal([thread,] level, n, v)`: the local's name, or nil.
fn setlocal(vm: &mut Vm) -> LuaResult<usize> {
    let (co, arg) = thread_arg(vm);
    let level = vm.check_int(arg + 1)?;
    let n = vm.check_int(arg + 2)?;
    let v = vm.check_any(arg + 3)?;
    match find_local(vm, co, level, n, Some(v)) {
        None => Err(vm.arg_error(arg + 1, "level out of range")),
        Some(None) => {
            vm.push(Value::Nil);
            Ok(1)
        }
        Some(Some((name, _))) => {
            vm.push_str(name.as_bytes());
            Ok(1)
        }
    }
}

/// The identity of upvalue `n` of the function in argument `f` (`lua_upvalueid`):
/// Lua upvalues never move, and a native's upvalue cells live outside the heap.
fn upvalue_id(vm: &mut Vm, f: usize, n: usize) -> LuaResult<Option<usize>> {
    let idx = vm.check_int(n)?;
    if !vm.arg(f).is_function() {
        return Err(vm.type_error(f, "function"));
    }
    let Some(i) = usize::try_from(idx).ok().and_then(|i| i.checked_sub(1)) else { return Ok(None) };
    Ok(match vm.arg(f) {
        Value::LuaFn(cl) => cl.upvals.get(i).map(|u| u.get().raw().as_ptr() as usize),
        Value::NativeFn(nf) => nf.upvals.get(i).map(|c| c as *const _ as usize),
        _ => None,
    })
}

fn upvalueid(vm: &mut Vm) -> LuaResult<usize> {
    let id = upvalue_id(vm, 1, 2)?;
    vm.push(id.map_or(Value::Nil, Value::LightUserData));
    Ok(1)
}

fn upvaluejoin(vm: &mut Vm) -> LuaResult<usize> {
    if upvalue_id(vm, 1, 2)?.is_none() {
        return Err(vm.arg_error(2, "invalid upvalue index"));
    }
    if upvalue_id(vm, 3, 4)?.is_none() {
        return Err(vm.arg_error(4, "invalid upvalue index"));
    }
    let (Value::LuaFn(c1), Value::LuaFn(c2)) = (vm.arg(1), vm.arg(3)) else {
        let bad = if matches!(vm.arg(1), Value::LuaFn(_)) { 3 } else { 1 };
        return Err(vm.arg_error(bad, "Lua function expected"));
    };
    let (n1, n2) = (vm.check_int(2)? as usize - 1, vm.check_int(4)? as usize - 1);
    // Upvalues live in the mature space: the closure's new reference needs no barrier.
    c1.upvals[n1].set(c2.upval(n2));
    Ok(0)
}

/// `debug.setcstacklimit`: deprecated in Lua 5.4.4, it changes nothing and
/// returns the fixed limit.
fn setcstacklimit(vm: &mut Vm) -> LuaResult<usize> {
    vm.check_int(1)?;
    vm.push(Value::Int(crate::state::MAX_NESTED as i64));
    Ok(1)
}

/// Local `n` of activation `i`: its name and stack slot. A named local,
/// "(vararg)" for negative `n`, "(temporary)"/"(C temporary)" for other live
/// slots (as `luaG_findlocal`).
fn local_of(frames: &[Frame], stack: &[Value], i: usize, n: i64) -> Option<(String, usize)> {
    let fr = &frames[i];
    let limit = frames.get(i + 1).map_or(fr.top, |next| next.func);
    if fr.is_lua() {
        let Some(Value::LuaFn(cl)) = stack.get(fr.func) else { return None };
        let p = cl.proto();
        if n < 0 {
            let k = n.unsigned_abs() as usize;
            if k > fr.nvarargs {
                return None;
            }
            // The extra arguments sit just below `base`.
            return Some(("(vararg)".into(), fr.base - fr.nvarargs + k - 1));
        }
        if n == 0 {
            return None;
        }
        let reg = n as usize - 1;
        if let Some(name) = p.local_name(reg, fr.current_pc()) {
            return Some((name.to_string(), fr.base + reg));
        }
        if fr.base + reg < limit {
            return Some(("(temporary)".into(), fr.base + reg));
        }
        None
    } else {
        if n < 1 || fr.base + (n as usize) > limit {
            return None;
        }
        Some(("(C temporary)".into(), fr.base + n as usize - 1))
    }
}

/// Name and value of upvalue `n` of function `f` ("" names for natives).
fn upvalue_ref(vm: &Vm, f: Value, n: i64) -> Option<(String, Value)> {
    let i = usize::try_from(n).ok()?.checked_sub(1)?;
    match f {
        Value::LuaFn(cl) => {
            let uv = cl.upvals.get(i)?.get();
            let p = cl.proto();
            let name = p.upvals.get(i).and_then(|d| d.name.as_deref()).unwrap_or("(no name)").to_string();
            Some((name, vm.upval_get(uv)))
        }
        Value::NativeFn(nf) => Some((String::new(), nf.upvals.get(i)?.get())),
        _ => None,
    }
}

fn getupvalue(vm: &mut Vm) -> LuaResult<usize> {
    let n = vm.check_int(2)?;
    if !vm.arg(1).is_function() {
        return Err(vm.type_error(1, "function"));
    }
    match upvalue_ref(vm, vm.arg(1), n) {
        None => Ok(0),
        Some((name, v)) => {
            vm.hold(v);
            vm.push_str(name.as_bytes());
            let v = vm.release();
            vm.push(v);
            Ok(2)
        }
    }
}

fn setupvalue(vm: &mut Vm) -> LuaResult<usize> {
    vm.check_any(3)?;
    let n = vm.check_int(2)?;
    if !vm.arg(1).is_function() {
        return Err(vm.type_error(1, "function"));
    }
    let Some((name, _)) = upvalue_ref(vm, vm.arg(1), n) else { return Ok(0) };
    let i = n as usize - 1;
    let v = vm.arg(3);
    match vm.arg(1) {
        Value::LuaFn(cl) => {
            let uv = cl.upval(i);
            vm.upval_set(uv, v);
        }
        Value::NativeFn(nf) => {
            nf.upvals[i].set(v);
            vm.barrier_value(nf.raw(), v);
        }
        _ => unreachable!("checked to be a function"),
    }
    vm.push_str(name.as_bytes());
    Ok(1)
}

fn getmetatable(vm: &mut Vm) -> LuaResult<usize> {
    let v = vm.check_any(1)?;
    let mt = vm.metatable_of(v).map_or(Value::Nil, Value::Table);
    vm.push(mt);
    Ok(1)
}

/// `debug.setmetatable(v, mt)`: any type; non-table types share one metatable per type.
fn setmetatable(vm: &mut Vm) -> LuaResult<usize> {
    let mt = match vm.arg(2) {
        Value::Nil => None,
        Value::Table(t) => Some(t),
        _ => return Err(vm.type_error(2, "nil or table")),
    };
    let v = vm.arg(1);
    set_any_metatable(vm, v, mt);
    vm.push(v);
    Ok(1)
}

/// `lua_setmetatable` for any value: tables and userdata have their own; other types share one metatable per
/// Lua type (both number representations, both kinds of function).
pub fn set_any_metatable(vm: &mut Vm, v: Value, mt: Option<kiln_gc::Gc<crate::table::Table>>) {
    let tags: &[u8] = match v {
        Value::Table(_) | Value::UserData(_) => {
            super::base::set_table_metatable(vm, v, mt);
            &[]
        }
        Value::Int(_) | Value::Float(_) => &[layout::TAG_INT, layout::TAG_FLOAT],
        Value::LuaFn(_) | Value::NativeFn(_) => &[layout::TAG_LUAFN, layout::TAG_NATIVEFN],
        _ => &[v.tag()],
    };
    for &tag in tags {
        vm.type_meta[tag as usize] = mt;
    }
}

fn getregistry(vm: &mut Vm) -> LuaResult<usize> {
    vm.push(Value::Table(vm.registry));
    Ok(1)
}

/// The user-value index argument `i` (default 1), cut to a C int as PUC's
/// `(int)luaL_optinteger` does.
fn user_value_index(vm: &mut Vm, i: usize) -> LuaResult<i32> {
    Ok(vm.opt_int(i, 1)? as i32)
}

/// User value `n` (1-based) of a full userdata, if it has one.
fn user_value_slot(u: &crate::object::UserData, n: i32) -> Option<&std::cell::Cell<Value>> {
    usize::try_from(n).ok().and_then(|n| n.checked_sub(1)).and_then(|i| u.user_values.get(i))
}

/// `debug.getuservalue(u [, n])`: the value and true, or fail alone when `u`
/// is not a full userdata or has no user value `n`.
fn getuservalue(vm: &mut Vm) -> LuaResult<usize> {
    let n = user_value_index(vm, 2)?;
    let Value::UserData(u) = vm.arg(1) else {
        vm.push(Value::Nil);
        return Ok(1);
    };
    match user_value_slot(&u, n) {
        Some(slot) => {
            vm.push(slot.get());
            vm.push(Value::Bool(true));
            Ok(2)
        }
        None => {
            vm.push(Value::Nil);
            Ok(1)
        }
    }
}

/// `debug.setuservalue(u, v [, n])`: `u`, or fail when it has no user value `n`.
fn setuservalue(vm: &mut Vm) -> LuaResult<usize> {
    let n = user_value_index(vm, 3)?;
    let Value::UserData(u) = vm.arg(1) else { return Err(vm.type_error(1, "userdata")) };
    let v = vm.check_any(2)?;
    match user_value_slot(&u, n) {
        Some(slot) => {
            slot.set(v);
            vm.barrier_value(u.raw(), v);
            vm.push(Value::UserData(u));
        }
        None => vm.push(Value::Nil),
    }
    Ok(1)
}

/// Longest command `debug.debug` reads at once: PUC reads with `fgets` into
/// 250 bytes, so a longer line arrives as several commands.
const DEBUG_LINE_MAX: usize = 249;

/// `debug.debug`: run each line of standard input as a chunk, printing errors
/// to standard error, until end of input or a line "cont".
fn debug_loop(vm: &mut Vm) -> LuaResult<usize> {
    let base = vm.top;
    loop {
        super::io::write_stderr(b"lua_debug> ");
        let Some(line) = super::io::read_stdin_line(vm, DEBUG_LINE_MAX) else { return Ok(0) };
        if line == b"cont\n" {
            return Ok(0);
        }
        let ran = match super::auxlib::load(vm, &line, b"=(debug command)", b"bt")? {
            true => vm.call_nested_catch(0, 0).map_err(|_| vm.error),
            false => Err(vm.pop()),
        };
        if let Err(e) = ran {
            let msg = super::auxlib::tolstring(vm, e)?;
            let mut text = msg.as_bytes().to_vec();
            text.push(b'\n');
            super::io::write_stderr(&text);
        }
        vm.top = base;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stdlib::testing::{call, show, vm};

    /// User values of a userdata made with some (no library makes one yet):
    /// each is read and replaced by index; indices outside answer fail; a
    /// value stored young survives collections through the userdata.
    #[test]
    fn user_values_by_index() {
        let mut vm = vm();
        let u = Value::UserData(vm.new_userdata_uv(Box::new(()), 2));
        vm.hold(u);
        let get = |vm: &mut Vm, n: i64| {
            let u = *vm.handles.last().unwrap();
            call(vm, getuservalue, "debug.getuservalue", &[u, Value::Int(n)])
                .unwrap()
                .into_iter()
                .map(show)
                .collect::<Vec<_>>()
        };
        assert_eq!(get(&mut vm, 1), ["nil", "true"]);
        assert_eq!(get(&mut vm, 3), ["nil"]);
        assert_eq!(get(&mut vm, 0), ["nil"]);
        let s = vm.new_str_value(b"second");
        let u = *vm.handles.last().unwrap();
        let r = call(&mut vm, setuservalue, "debug.setuservalue", &[u, s, Value::Int(2)]).unwrap();
        assert_eq!(r.iter().map(|v| show(*v)).collect::<Vec<_>>(), ["userdata"]);
        let u = *vm.handles.last().unwrap();
        let r = call(&mut vm, setuservalue, "debug.setuservalue", &[u, Value::Int(7), Value::Int(3)]).unwrap();
        assert_eq!(r.iter().map(|v| show(*v)).collect::<Vec<_>>(), ["nil"]);
        vm.collect_minor();
        vm.collect_major();
        assert_eq!(get(&mut vm, 2), ["second", "true"]);
        assert_eq!(get(&mut vm, 1), ["nil", "true"]);
        vm.release();
    }
}
