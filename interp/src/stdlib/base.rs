//! The base library (print, type, tostring, tonumber, pairs, metatables,
//! collectgarbage, loadfile, warn, ...), finalizer execution and VM shutdown.
//! pcall, error, load, select and the coroutine library live with the runloop.

use super::auxlib::{self, raw_error, tolstring};
use crate::object::NativeClosure;
use crate::state::{LuaResult, Tm, Vm};
use crate::table::{WEAK_KEYS, WEAK_VALUES};
use crate::value::Value;
use kiln_gc::flags;

pub fn open_base(vm: &mut Vm) {
    vm.register_lib(
        "_G",
        &[
            ("assert", assert),
            ("collectgarbage", collectgarbage),
            ("dofile", dofile),
            ("getmetatable", getmetatable),
            ("loadfile", loadfile),
            ("next", next),
            ("print", print),
            ("rawequal", rawequal),
            ("rawget", rawget),
            ("rawlen", rawlen),
            ("rawset", rawset),
            ("setmetatable", setmetatable),
            ("tonumber", tonumber),
            ("tostring", tostring),
            ("type", type_),
            ("warn", warn),
        ],
    );
    let version = vm.new_str_value(b"Lua 5.4");
    vm.set_global_value("_VERSION", version);
    // ipairs and pairs return iterator functions that must not depend on
    // globals a script may replace: they keep them as upvalues.
    let aux = mature_native(vm, ipairs_aux, "?");
    vm.push(aux);
    let ipairs = vm.new_native(ipairs, "ipairs", 1);
    vm.set_global_value("ipairs", ipairs);
    let next = vm.get_global("next");
    vm.push(next);
    let pairs = vm.new_native(pairs, "pairs", 1);
    vm.set_global_value("pairs", pairs);
}

fn mature_native(vm: &mut Vm, f: crate::object::NativeFn, name: &'static str) -> Value {
    Value::NativeFn(vm.alloc_mature(NativeClosure::new(f, name, Box::new([]))))
}

/// Base-library state kept per VM: warnings and the collector's nominal settings.
struct BaseState {
    warn: WarnState,
    /// `setpause`/`setstepmul` values (the step multiplier also scales incremental steps).
    pause: Option<i64>,
    stepmul: Option<i64>,
    /// Set by `close_state`: objects no longer get registered for finalization.
    closing: bool,
}

impl Default for BaseState {
    fn default() -> Self {
        BaseState { warn: WarnState::Off, pause: None, stepmul: None, closing: false }
    }
}

/// lua.c's warning function states: off, on, or in the middle of a multi-part warning.
#[derive(Default, Clone, Copy, PartialEq, Eq)]
enum WarnState {
    #[default]
    Off,
    On,
    Continuing,
}

// ------------------------------------------------------------------ output

/// Longest string `print` copies into its line buffer; longer ones are
/// written in place.
const PRINT_COPY_LIMIT: usize = 4096;

fn print(vm: &mut Vm) -> LuaResult<usize> {
    let n = vm.nargs();
    let mut out = Vec::new();
    for i in 1..=n {
        if i > 1 {
            out.push(b'\t');
        }
        let v = vm.arg(i);
        let long = matches!(v, Value::Str(s) if s.len() > PRINT_COPY_LIMIT);
        if long || !vm.metamethod(v, Tm::ToString).is_nil() || !append_plain(&mut out, v) {
            // `__tostring` may fail: what was printed before it stays printed.
            // The text is written from where it lives: a long string is not
            // copied (it may be most of the memory there is).
            super::io::write_stdout(vm, &out)?;
            out.clear();
            let s = tolstring(vm, vm.arg(i))?;
            super::io::write_stdout(vm, s.as_bytes())?;
        }
    }
    out.push(b'\n');
    super::io::write_stdout(vm, &out)?;
    // As PUC's `lua_writeline`: each printed line is flushed, so a reader at the other end of a pipe sees it at
    // once (progress output, a parent waiting for a line); `io.write` stays buffered.
    super::io::flush_stdout(vm);
    Ok(0)
}

/// Append the text of a string, number, boolean or nil (no allocation); false
/// for other values, which need `tolstring`.
fn append_plain(out: &mut Vec<u8>, v: Value) -> bool {
    match v {
        Value::Str(s) => out.extend_from_slice(s.as_bytes()),
        Value::Int(i) => {
            use std::io::Write as _;
            let _ = write!(out, "{i}");
        }
        Value::Float(_) => out.extend_from_slice(crate::number::number_to_string(v).as_bytes()),
        Value::Bool(b) => out.extend_from_slice(if b { b"true" } else { b"false" }),
        Value::Nil => out.extend_from_slice(b"nil"),
        _ => return false,
    }
    true
}

fn warn(vm: &mut Vm) -> LuaResult<usize> {
    let n = vm.nargs();
    let mut parts = Vec::with_capacity(n);
    for i in 1..=n.max(1) {
        parts.push(vm.check_bytes(i)?);
    }
    for (i, p) in parts.iter().enumerate() {
        emit_warning(vm, p, i + 1 < parts.len());
    }
    Ok(0)
}

/// Turn warnings on or off (the CLI's `-W`).
pub fn set_warnings(vm: &mut Vm, on: bool) {
    super::extension::<BaseState>(vm).warn = if on { WarnState::On } else { WarnState::Off };
}

/// One piece of a warning, as lua.c's warning functions handle it: "@on" and
/// "@off" are control messages; `to_continue` says more pieces follow.
pub fn emit_warning(vm: &mut Vm, msg: &[u8], to_continue: bool) {
    let st = super::extension::<BaseState>(vm);
    if st.warn != WarnState::Continuing && !to_continue && msg.first() == Some(&b'@') {
        match &msg[1..] {
            b"on" => st.warn = WarnState::On,
            b"off" => st.warn = WarnState::Off,
            _ => {}
        }
        return;
    }
    let mut out = Vec::new();
    match st.warn {
        WarnState::Off => return,
        WarnState::On => out.extend_from_slice(b"Lua warning: "),
        WarnState::Continuing => {}
    }
    out.extend_from_slice(msg);
    if to_continue {
        st.warn = WarnState::Continuing;
    } else {
        out.push(b'\n');
        st.warn = WarnState::On;
    }
    super::io::write_stderr(&out);
}

/// Warn about an error raised where nobody can catch it (a finalizer):
/// "error in __gc (msg)".
fn warn_error(vm: &mut Vm, place: &str) {
    let msg = match vm.error {
        Value::Str(s) => s.as_bytes().to_vec(),
        _ => b"error object is not a string".to_vec(),
    };
    emit_warning(vm, b"error in ", true);
    emit_warning(vm, place.as_bytes(), true);
    emit_warning(vm, b" (", true);
    emit_warning(vm, &msg, true);
    emit_warning(vm, b")", false);
}

// ------------------------------------------------------------------ types and conversions

pub(crate) fn type_(vm: &mut Vm) -> LuaResult<usize> {
    let v = vm.check_any(1)?;
    // The shared string: no allocation, and `type(x) == "table"` compares one object with itself.
    let name = vm.type_name_str(v);
    vm.push(Value::Str(name));
    Ok(1)
}

/// `type`'s fast path (fast.rs).
pub(crate) fn type_fast(vm: &mut Vm, func: usize, nargs: usize) -> Option<Value> {
    (nargs >= 1).then(|| Value::Str(vm.type_name_str(crate::fast::arg(vm, func, nargs, 1))))
}

fn tostring(vm: &mut Vm) -> LuaResult<usize> {
    let v = vm.check_any(1)?;
    let s = tolstring(vm, v)?;
    vm.push(Value::Str(s));
    Ok(1)
}

fn tonumber(vm: &mut Vm) -> LuaResult<usize> {
    if vm.arg(2).is_nil() {
        let v = vm.arg(1);
        let r = match v {
            Value::Int(_) | Value::Float(_) => v,
            Value::Str(s) => crate::number::str_to_number(s.as_bytes()).unwrap_or(Value::Nil),
            // The one extension: a userdata may convert itself through a
            // `__tonumber` metafield (the ffi's cdata do, as in LuaJIT).
            Value::UserData(_) => {
                // The key first: its allocation may move the userdata and its metatable.
                let k = vm.new_str(b"__tonumber");
                let f = vm.metatable_of(vm.arg(1)).map_or(Value::Nil, |mt| mt.get_str(k));
                if f.is_nil() {
                    Value::Nil
                } else {
                    let v = vm.arg(1);
                    match vm.call_value(f, &[v])? {
                        r @ (Value::Int(_) | Value::Float(_)) => r,
                        _ => Value::Nil,
                    }
                }
            }
            _ => {
                vm.check_any(1)?;
                Value::Nil
            }
        };
        vm.push(r);
        return Ok(1);
    }
    let base = vm.check_int(2)?;
    let Value::Str(s) = vm.arg(1) else {
        return Err(vm.type_error(1, "string"));
    };
    if !(2..=36).contains(&base) {
        return Err(vm.arg_error(2, "base out of range"));
    }
    let r = crate::number::str_to_int_base(s.as_bytes(), base as u32).map_or(Value::Nil, Value::Int);
    vm.push(r);
    Ok(1)
}

// ------------------------------------------------------------------ raw access

fn rawequal(vm: &mut Vm) -> LuaResult<usize> {
    let a = vm.check_any(1)?;
    let b = vm.check_any(2)?;
    vm.push(Value::Bool(a.raw_eq(&b)));
    Ok(1)
}

fn rawlen(vm: &mut Vm) -> LuaResult<usize> {
    let n = match vm.arg(1) {
        Value::Table(t) => t.len(),
        Value::Str(s) => s.len() as i64,
        _ => return Err(vm.type_error(1, "table or string")),
    };
    vm.push(Value::Int(n));
    Ok(1)
}

fn rawget(vm: &mut Vm) -> LuaResult<usize> {
    let t = vm.check_table(1)?;
    let k = vm.check_any(2)?;
    vm.push(t.get(k));
    Ok(1)
}

fn rawset(vm: &mut Vm) -> LuaResult<usize> {
    let t = vm.check_table(1)?;
    let k = vm.check_any(2)?;
    let v = vm.check_any(3)?;
    match k {
        Value::Nil => return Err(raw_error(vm, "table index is nil")),
        Value::Float(f) if f.is_nan() => return Err(raw_error(vm, "table index is NaN")),
        _ => vm.table_set(t, k, v)?,
    }
    // Re-read: a store that ran out of memory collected (and may have moved `t`).
    let t = vm.arg(1);
    vm.push(t);
    Ok(1)
}

/// `next`, the iterator of `pairs` (compiled code runs its steps inline where `Table::next` needs no
/// key comparison but by identity: jit's `TForCall`).
pub fn next(vm: &mut Vm) -> LuaResult<usize> {
    let t = vm.check_table(1)?;
    match t.next(vm.arg(2)) {
        Ok(Some((k, v))) => {
            vm.push(k);
            vm.push(v);
            Ok(2)
        }
        Ok(None) => {
            vm.push(Value::Nil);
            Ok(1)
        }
        Err(()) => Err(raw_error(vm, "invalid key to 'next'")),
    }
}

fn pairs(vm: &mut Vm) -> LuaResult<usize> {
    let v = vm.check_any(1)?;
    let mm = vm.metamethod(v, Tm::Pairs);
    if mm.is_nil() {
        vm.push(auxlib::upvalue(vm, 0));
        vm.push(v);
        vm.push(Value::Nil);
    } else {
        // As PUC's `lua_callk`: `__pairs` runs in pairs' place (it may yield)
        // and pairs returns its first three results.
        vm.push(mm);
        vm.push(v);
        return vm.call_in_place(1, 3);
    }
    Ok(3)
}

fn ipairs(vm: &mut Vm) -> LuaResult<usize> {
    let v = vm.check_any(1)?;
    vm.push(auxlib::upvalue(vm, 0));
    vm.push(v);
    vm.push(Value::Int(0));
    Ok(3)
}

/// The iterator `ipairs` returns (compiled code runs its array-part steps inline: jit's `TForCall`).
pub fn ipairs_aux(vm: &mut Vm) -> LuaResult<usize> {
    let i = vm.check_int(2)?.wrapping_add(1);
    vm.push(Value::Int(i));
    let v = auxlib::index(vm, vm.arg(1), Value::Int(i))?;
    vm.push(v);
    Ok(if v.is_nil() { 1 } else { 2 })
}

// ------------------------------------------------------------------ metatables

fn getmetatable(vm: &mut Vm) -> LuaResult<usize> {
    let v = vm.check_any(1)?;
    let r = match vm.metatable_of(v) {
        None => Value::Nil,
        Some(mt) => match mt.get_str(vm.tm_names[Tm::Metatable as usize]) {
            Value::Nil => Value::Table(mt),
            protected => protected,
        },
    };
    vm.push(r);
    Ok(1)
}

fn setmetatable(vm: &mut Vm) -> LuaResult<usize> {
    let t = vm.check_table(1)?;
    let mt = match vm.arg(2) {
        Value::Nil => None,
        Value::Table(mt) => Some(mt),
        _ => return Err(vm.type_error(2, "nil or table")),
    };
    if vm.nargs() < 2 {
        return Err(vm.type_error(2, "nil or table"));
    }
    if !vm.metamethod(Value::Table(t), Tm::Metatable).is_nil() {
        return Err(vm.rt_error("cannot change a protected metatable"));
    }
    set_table_metatable(vm, vm.arg(1), mt);
    vm.push(vm.arg(1));
    Ok(1)
}

/// `lua_setmetatable` for a table or full userdata: the write barrier, weak
/// modes from `__mode`, and registration for finalization if `__gc` is present.
pub fn set_table_metatable(vm: &mut Vm, obj: Value, mt: Option<kiln_gc::Gc<crate::table::Table>>) {
    match obj {
        Value::Table(t) => {
            t.meta.set(mt);
            t.absent_meta.set(0);
            t.weak.set(mt.map_or(0, |m| weak_mode(vm, m)));
        }
        Value::UserData(u) => u.meta.set(mt),
        _ => return,
    }
    if let (Some(owner), Some(m)) = (obj.gc_header(), mt) {
        vm.barrier_value(owner, Value::Table(m));
        if !m.get_str(vm.tm_names[Tm::Gc as usize]).is_nil() {
            register_finalizer(vm, obj);
        }
    }
}

fn weak_mode(vm: &Vm, mt: kiln_gc::Gc<crate::table::Table>) -> u8 {
    match mt.get_str(vm.tm_names[Tm::Mode as usize]) {
        Value::Str(s) => {
            let b = s.as_bytes();
            (if b.contains(&b'k') { WEAK_KEYS } else { 0 }) | (if b.contains(&b'v') { WEAK_VALUES } else { 0 })
        }
        _ => 0,
    }
}

/// Mark `obj` for finalization (once), like `luaC_checkfinalizer`.
fn register_finalizer(vm: &mut Vm, obj: Value) {
    let Some(h) = obj.gc_header() else { return };
    // SAFETY: a collectable value's header is live while the value is.
    let header = unsafe { h.as_ref() };
    if header.flags() & flags::FINALIZE == 0 && !super::extension::<BaseState>(vm).closing {
        header.set_flag(flags::FINALIZE);
        if vm.heap.is_young(h) {
            vm.young_finalizable.push(obj);
        } else {
            vm.finalizable.push(obj);
        }
    }
}

// ------------------------------------------------------------------ errors

fn assert(vm: &mut Vm) -> LuaResult<usize> {
    if vm.arg(1).truthy() {
        return Ok(vm.nargs());
    }
    vm.check_any(1)?;
    // As PUC, the message is raised through `error` at level 1: a string gets
    // the caller's position.
    let msg = if vm.nargs() >= 2 { vm.arg(2) } else { vm.new_str_value(b"assertion failed!") };
    match msg {
        Value::Str(s) => {
            let mut text = vm.lua_where(1).into_bytes();
            text.extend_from_slice(s.as_bytes());
            let v = vm.new_str_value(&text);
            Err(vm.throw(v))
        }
        v => Err(vm.throw(v)),
    }
}

// ------------------------------------------------------------------ garbage collection

fn collectgarbage(vm: &mut Vm) -> LuaResult<usize> {
    const OPTIONS: [&str; 10] = [
        "stop",
        "restart",
        "collect",
        "count",
        "step",
        "setpause",
        "setstepmul",
        "isrunning",
        "generational",
        "incremental",
    ];
    let opt = match vm.opt_str(1)? {
        None => "collect".to_string(),
        Some(s) => s.to_str_lossy().into_owned(),
    };
    if !OPTIONS.contains(&opt.as_str()) {
        return Err(vm.arg_error(1, &format!("invalid option '{opt}'")));
    }
    if vm.running_finalizers {
        // PUC's collector refuses every request while a finalizer runs (`lua_gc`
        // returns -1): fail, once the arguments are checked.
        let nargs = match opt.as_str() {
            "step" | "setpause" | "setstepmul" => 1,
            "generational" | "incremental" => 3,
            _ => 0,
        };
        for i in 2..2 + nargs {
            vm.opt_int(i, 0)?;
        }
        vm.push(Value::Nil);
        return Ok(1);
    }
    let r = match opt.as_str() {
        "stop" => {
            vm.heap.set_stopped(true);
            Value::Int(0)
        }
        "restart" => {
            vm.heap.set_stopped(false);
            Value::Int(0)
        }
        "collect" => {
            full_collect(vm);
            Value::Int(0)
        }
        "count" => Value::Float(vm.heap.live_bytes() as f64 / 1024.0),
        "step" => {
            let kbytes = vm.opt_int(2, 0)?;
            Value::Bool(gc_step(vm, kbytes))
        }
        "isrunning" => Value::Bool(!vm.heap.is_stopped()),
        "setpause" | "setstepmul" => {
            let new = vm.opt_int(2, 0)?;
            Value::Int(set_gc_param(vm, opt == "setpause", new))
        }
        mode => {
            // As in PUC, nonzero tuning arguments of "incremental" set the pause and the step
            // multiplier (what setpause/setstepmul report); the others are checked, and ignored.
            let (pause, stepmul) = (vm.opt_int(2, 0)?, vm.opt_int(3, 0)?);
            vm.opt_int(4, 0)?;
            if mode == "incremental" {
                for (is_pause, value) in [(true, pause), (false, stepmul)] {
                    if value != 0 {
                        set_gc_param(vm, is_pause, value);
                    }
                }
            }
            // The mode lives in the heap, which paces collections by it; the
            // standalone lua5.4 starts in generational mode, as the heap does.
            let old = if vm.heap.is_incremental() { "incremental" } else { "generational" };
            vm.heap.set_incremental(mode != "generational");
            vm.push_str(old.as_bytes());
            return Ok(1);
        }
    };
    vm.push(r);
    Ok(1)
}

/// Sets the pause (`is_pause`) or the step multiplier to `value`; returns the old value.
/// PUC stores these divided by 4 and reports them multiplied back.
fn set_gc_param(vm: &mut Vm, is_pause: bool, value: i64) -> i64 {
    let new = value.clamp(0, 1023) / 4 * 4;
    if is_pause {
        // The pause sets the mature-space growth that triggers a major
        // collection (percent of the live size after the last one).
        vm.heap.pause = (new as usize).max(100);
    }
    let st = super::extension::<BaseState>(vm);
    let (slot, default) = if is_pause { (&mut st.pause, 200) } else { (&mut st.stepmul, 100) };
    slot.replace(new).unwrap_or(default)
}

/// `collectgarbage("step", kbytes)`, which runs even while the collector is stopped.
/// In generational mode (the default, as in lua.c): a minor collection, and a
/// major one if the mature space is due; like PUC's generational mode it never
/// reports the end of a cycle. In incremental mode the heap paces steps as PUC
/// does (`Heap::incremental_step`); the step that ends the cycle runs the
/// collection and reports it.
fn gc_step(vm: &mut Vm, kbytes: i64) -> bool {
    if vm.heap.is_incremental() {
        let stepmul = super::extension::<BaseState>(vm).stepmul.unwrap_or(100).max(1) as usize;
        if !vm.heap.incremental_step(usize::try_from(kbytes).unwrap_or(0), stepmul) {
            return false;
        }
        full_collect(vm);
        return true;
    }
    vm.collect_minor();
    if vm.heap.needs_major() {
        vm.collect_major();
    }
    run_finalizers(vm);
    false
}

/// A full collection followed by the finalizers it made pending.
fn full_collect(vm: &mut Vm) {
    vm.collect_major();
    run_finalizers(vm);
}

/// Run the `__gc` metamethods of objects collections found dead (each
/// collection's newest first), including those queued while they run. Errors
/// become warnings ("error in __gc (...)"), as in Lua 5.4. Never nested: a
/// collection inside a finalizer only queues. The error value in flight (a
/// finalizer may run while `__close` handlers unwind an error) is kept.
pub fn run_finalizers(vm: &mut Vm) {
    if vm.running_finalizers || vm.to_finalize.is_empty() {
        return;
    }
    vm.running_finalizers = true;
    vm.set_finalizers_due(false);
    let top = vm.top;
    let saved_error = vm.error;
    let saved_handled = vm.error_handled;
    vm.hold(saved_error);
    // As PUC's GCTM: no hooks inside finalizers.
    vm.without_hooks(|vm| {
        while let Some(obj) = vm.to_finalize.pop_front() {
            vm.push(obj);
            call_finalizer(vm);
            vm.top = top;
        }
    });
    vm.error = vm.release();
    vm.error_handled = saved_handled;
    vm.running_finalizers = false;
}

/// Call `__gc` of the object on top of the stack.
fn call_finalizer(vm: &mut Vm) {
    let obj = vm.stack[vm.top - 1];
    if let Some(h) = obj.gc_header() {
        // SAFETY: a collectable value's header is live while the value is.
        unsafe { h.as_ref() }.clear_flag(flags::FINALIZE);
    }
    let gc = vm.metamethod(obj, Tm::Gc);
    if gc.is_nil() {
        return;
    }
    vm.push(gc);
    vm.push(obj);
    if vm.call_finalizer_nested(1).is_err() {
        warn_error(vm, "__gc");
    }
}

/// What `lua_close` does before the state goes away: close the main thread's
/// pending to-be-closed variables, run the finalizers of every object still
/// registered for finalization (newest first; objects created from then on get
/// none), then flush standard output and open files. Called from a finalizer
/// (`os.exit(c, true)` inside `__gc`), it runs the rest of the queue itself:
/// the process ends without returning to the loop that called the finalizer,
/// as PUC's nested `lua_close` does.
pub fn close_state(vm: &mut Vm) {
    vm.close_main_thread_tbc();
    vm.running_finalizers = false;
    run_finalizers(vm);
    super::extension::<BaseState>(vm).closing = true;
    // Mature ones first: registration order as far as promotion by age keeps
    // it (an old object given a `__gc` metatable late is the exception).
    let mut all = std::mem::take(&mut vm.finalizable);
    all.append(&mut vm.young_finalizable);
    vm.to_finalize.extend(all.into_iter().rev());
    run_finalizers(vm);
    super::io::flush_all(vm);
}

// ------------------------------------------------------------------ loading chunks

/// `luaL_loadfilex`: read a file (stdin if `None`), skip a UTF-8 BOM and a
/// first line starting with '#', and compile it as "@name" (or "=stdin").
/// Pushes the function and returns true, or pushes the message and returns false.
pub fn load_file(vm: &mut Vm, name: Option<&[u8]>, mode: &[u8]) -> LuaResult<bool> {
    let (chunkname, read) = match name {
        None => {
            super::io::flush_stdout(vm);
            let r = super::io::read_stdin_all(vm);
            (b"=stdin".to_vec(), r.map_err(|e| ("read", e)))
        }
        Some(n) => {
            use std::os::unix::ffi::OsStrExt;
            let path = std::path::Path::new(std::ffi::OsStr::from_bytes(n));
            let r = match std::fs::File::open(path) {
                Err(e) => Err(("open", e)),
                Ok(mut f) => {
                    let mut buf = Vec::new();
                    std::io::Read::read_to_end(&mut f, &mut buf).map(|_| buf).map_err(|e| ("read", e))
                }
            };
            ([b"@", n].concat(), r)
        }
    };
    let src = match read {
        Ok(src) => src,
        Err((what, e)) => {
            let msg =
                format!("cannot {what} {}: {}", String::from_utf8_lossy(&chunkname[1..]), super::io::error_text(&e));
            vm.push_str(msg.as_bytes());
            return Ok(false);
        }
    };
    auxlib::load(vm, skip_prefix(&src), &chunkname, mode)
}

/// The chunk without a UTF-8 byte order mark, and with a first line that starts
/// with '#' reduced to its newline (so line numbers stay right), or removed
/// when a binary chunk follows it (as `luaL_loadfilex`).
fn skip_prefix(src: &[u8]) -> &[u8] {
    let src = src.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(src);
    if src.first() != Some(&b'#') {
        return src;
    }
    let Some(nl) = src.iter().position(|&c| c == b'\n') else { return &[] };
    let rest = &src[nl + 1..];
    if rest.first() == crate::dump::SIGNATURE.first() {
        rest
    } else {
        &src[nl..]
    }
}

fn loadfile(vm: &mut Vm) -> LuaResult<usize> {
    let name = vm.opt_str(1)?.map(|s| s.as_bytes().to_vec());
    let mode = vm.opt_str(2)?.map_or(b"bt".to_vec(), |s| s.as_bytes().to_vec());
    let env = (vm.nargs() >= 3).then(|| vm.arg(3));
    if !load_file(vm, name.as_deref(), &mode)? {
        let msg = vm.pop();
        vm.push(Value::Nil);
        vm.push(msg);
        return Ok(2);
    }
    if let Some(env) = env {
        set_first_upvalue(vm, env);
    }
    Ok(1)
}

/// `lua_setupvalue(f, 1)` for the function on top of the stack: a loaded
/// chunk's first upvalue is its `_ENV`.
fn set_first_upvalue(vm: &mut Vm, v: Value) {
    let Value::LuaFn(f) = vm.stack[vm.top - 1] else { return };
    let Some(cell) = f.upvals.first() else { return };
    let up = cell.get();
    up.state.set(crate::object::UpState::Closed(v));
    vm.barrier_value(up.raw(), v);
}

fn dofile(vm: &mut Vm) -> LuaResult<usize> {
    let name = vm.opt_str(1)?.map(|s| s.as_bytes().to_vec());
    let base = vm.frame().base;
    vm.top = base + 1.min(vm.nargs());
    if !load_file(vm, name.as_deref(), b"bt")? {
        let msg = vm.pop();
        return Err(vm.throw(msg));
    }
    // As PUC's `lua_callk`: the chunk runs in dofile's place (it may yield)
    // and dofile returns all its results.
    vm.call_in_place(0, -1)
}

#[cfg(test)]
mod tests {
    use super::super::testing::{call, show, vm};
    use super::*;

    #[test]
    fn tonumber_errors_and_conversions() {
        let mut vm = vm();
        let s = vm.new_str_value(b" 0x10 ");
        assert_eq!(show(call(&mut vm, tonumber, "tonumber", &[s]).unwrap()[0]), "16");
        assert_eq!(
            call(&mut vm, tonumber, "tonumber", &[Value::Int(10), Value::Int(16)]).unwrap_err(),
            "bad argument #1 to 'tonumber' (string expected, got number)"
        );
        let s = vm.new_str_value(b"10");
        assert_eq!(
            call(&mut vm, tonumber, "tonumber", &[s, Value::Int(99)]).unwrap_err(),
            "bad argument #2 to 'tonumber' (base out of range)"
        );
        assert_eq!(
            call(&mut vm, tonumber, "tonumber", &[]).unwrap_err(),
            "bad argument #1 to 'tonumber' (value expected)"
        );
    }

    /// A new table held on the handle stack; returns its handle index.
    fn held_table(vm: &mut Vm) -> usize {
        let t = vm.new_table(0, 0);
        vm.hold(Value::Table(t))
    }

    fn table_at(vm: &Vm, h: usize) -> kiln_gc::Gc<crate::table::Table> {
        vm.handles[h].as_table().unwrap()
    }

    #[test]
    fn protected_metatable() {
        let mut vm = vm();
        let mt = held_table(&mut vm);
        vm.table_set_str(table_at(&vm, mt), "__metatable", Value::Bool(false));
        let t = held_table(&mut vm);
        let args = [vm.handles[t], vm.handles[mt]];
        call(&mut vm, setmetatable, "setmetatable", &args).unwrap();
        let args = [vm.handles[t]];
        let got = call(&mut vm, getmetatable, "getmetatable", &args).unwrap();
        assert_eq!(show(got[0]), "false");
        let args = [vm.handles[t], Value::Nil];
        assert_eq!(
            call(&mut vm, setmetatable, "setmetatable", &args).unwrap_err(),
            "cannot change a protected metatable"
        );
    }

    /// Objects registered for finalization, young or mature.
    fn registered(vm: &Vm) -> usize {
        vm.finalizable.len() + vm.young_finalizable.len()
    }

    /// The object registered last.
    fn last_registered(vm: &Vm) -> Value {
        *vm.young_finalizable.last().or(vm.finalizable.last()).expect("an object was registered")
    }

    #[test]
    fn weak_mode_and_finalizer_registration() {
        let mut vm = vm();
        let mt = held_table(&mut vm);
        let mode = vm.new_str_value(b"kv");
        vm.table_set_str(table_at(&vm, mt), "__mode", mode);
        vm.table_set_str(table_at(&vm, mt), "__gc", Value::Bool(true));
        let t = held_table(&mut vm);
        let before = registered(&vm);
        let args = [vm.handles[t], vm.handles[mt]];
        call(&mut vm, setmetatable, "setmetatable", &args).unwrap();
        assert_eq!(table_at(&vm, t).weak.get(), WEAK_KEYS | WEAK_VALUES);
        assert_eq!(registered(&vm), before + 1);
        let args = [vm.handles[t], vm.handles[mt]];
        call(&mut vm, setmetatable, "setmetatable", &args).unwrap();
        assert_eq!(registered(&vm), before + 1, "registered once");
    }

    #[test]
    fn next_and_raw_errors() {
        let mut vm = vm();
        let t = held_table(&mut vm);
        let args = [vm.handles[t]];
        let r = call(&mut vm, next, "next", &args).unwrap();
        assert!(r[0].is_nil());
        let args = [vm.handles[t], Value::Int(5)];
        assert_eq!(call(&mut vm, next, "next", &args).unwrap_err(), "invalid key to 'next'");
        let args = [vm.handles[t], Value::Nil, Value::Int(1)];
        assert_eq!(call(&mut vm, rawset, "rawset", &args).unwrap_err(), "table index is nil");
        assert_eq!(
            call(&mut vm, rawlen, "rawlen", &[Value::Int(1)]).unwrap_err(),
            "bad argument #1 to 'rawlen' (table or string expected, got number)"
        );
    }

    #[test]
    fn collectgarbage_options() {
        let mut vm = vm();
        let opt = |vm: &mut Vm, s: &str| {
            let v = vm.new_str_value(s.as_bytes());
            call(vm, collectgarbage, "collectgarbage", &[v]).map(|r| show(r[0]))
        };
        assert_eq!(opt(&mut vm, "collect").unwrap(), "0");
        assert_eq!(opt(&mut vm, "incremental").unwrap(), "generational");
        assert_eq!(opt(&mut vm, "generational").unwrap(), "incremental");
        assert_eq!(opt(&mut vm, "stop").unwrap(), "0");
        assert_eq!(opt(&mut vm, "isrunning").unwrap(), "false");
        assert_eq!(opt(&mut vm, "restart").unwrap(), "0");
        assert_eq!(opt(&mut vm, "isrunning").unwrap(), "true");
        assert!(opt(&mut vm, "count").unwrap().parse::<f64>().unwrap() > 0.0);
        assert_eq!(opt(&mut vm, "foo").unwrap_err(), "bad argument #1 to 'collectgarbage' (invalid option 'foo')");
    }

    /// Finalizer calls seen by `count_gc`.
    #[derive(Default)]
    struct GcCalls(Vec<i64>);

    /// A native `__gc` recording the object's field 1.
    fn count_gc(vm: &mut Vm) -> LuaResult<usize> {
        let id = match vm.arg(1) {
            Value::Table(t) => t.get_int(1),
            _ => Value::Nil,
        };
        let Value::Int(id) = id else { return Err(vm.rt_error("bad object")) };
        super::super::extension::<GcCalls>(vm).0.push(id);
        Ok(0)
    }

    /// A table `{id}` with a metatable whose `__gc` is `count_gc`, left unreferenced.
    fn garbage_with_finalizer(vm: &mut Vm, id: i64) {
        let mt = held_table(vm);
        let f = vm.new_native(count_gc, "count_gc", 0);
        vm.table_set_str(table_at(vm, mt), "__gc", f);
        let t = held_table(vm);
        table_at(vm, t).set_int(1, Value::Int(id)).unwrap();
        let args = [vm.handles[t], vm.handles[mt]];
        call(vm, setmetatable, "setmetatable", &args).unwrap();
        vm.handles.truncate(mt);
    }

    #[test]
    fn finalizers_run_newest_first_once() {
        let mut vm = vm();
        for id in 1..=3 {
            garbage_with_finalizer(&mut vm, id);
        }
        full_collect(&mut vm);
        assert_eq!(super::super::extension::<GcCalls>(&mut vm).0, [3, 2, 1]);
        full_collect(&mut vm);
        assert_eq!(super::super::extension::<GcCalls>(&mut vm).0.len(), 3);
    }

    #[test]
    fn minor_collection_queues_dead_young_objects_with_finalizers() {
        let mut vm = vm();
        let young_before = vm.young_finalizable.len();
        garbage_with_finalizer(&mut vm, 1);
        garbage_with_finalizer(&mut vm, 2);
        vm.hold(last_registered(&vm));
        assert_eq!(vm.young_finalizable.len(), young_before + 2, "registered while young");
        vm.collect_minor();
        assert_eq!(vm.to_finalize.len(), 1, "only the unreachable one is queued");
        assert!(vm.finalizers_due());
        run_finalizers(&mut vm);
        assert_eq!(super::super::extension::<GcCalls>(&mut vm).0, [1]);
        assert!(!vm.finalizers_due());
        vm.handles.clear();
        full_collect(&mut vm);
        assert_eq!(super::super::extension::<GcCalls>(&mut vm).0, [1, 2]);
    }

    #[test]
    fn close_state_finalizes_live_objects() {
        let mut vm = vm();
        garbage_with_finalizer(&mut vm, 7);
        let live = last_registered(&vm);
        vm.hold(live);
        garbage_with_finalizer(&mut vm, 8);
        vm.hold(last_registered(&vm));
        close_state(&mut vm);
        assert_eq!(super::super::extension::<GcCalls>(&mut vm).0, [8, 7]);
    }

    #[test]
    fn chunk_prefixes() {
        assert_eq!(skip_prefix(b"#!/usr/bin/lua\nprint(1)"), b"\nprint(1)");
        assert_eq!(skip_prefix(b"\xEF\xBB\xBF# comment"), b"");
        assert_eq!(skip_prefix(b"\xEF\xBB\xBFx = 1"), b"x = 1");
        assert_eq!(skip_prefix(b"x = '#'"), b"x = '#'");
    }

    #[test]
    fn loadfile_reports_missing_files() {
        let mut vm = vm();
        let name = vm.new_str_value(b"/nonexistent/file.lua");
        let r = call(&mut vm, loadfile, "loadfile", &[name]).unwrap();
        assert_eq!(r.len(), 2);
        assert_eq!(show(r[1]), "cannot open /nonexistent/file.lua: No such file or directory");
    }

    #[test]
    fn assert_returns_arguments_or_raises() {
        let mut vm = vm();
        let r = call(&mut vm, assert, "assert", &[Value::Int(1), Value::Int(2)]).unwrap();
        assert_eq!(r.len(), 2);
        assert_eq!(call(&mut vm, assert, "assert", &[Value::Bool(false)]).unwrap_err(), "assertion failed!");
        assert_eq!(call(&mut vm, assert, "assert", &[]).unwrap_err(), "bad argument #1 to 'assert' (value expected)");
    }
}
