//! "stack traceback:" in Lua 5.4's format (`luaL_traceback`), from the records of
//! the running thread or of a suspended coroutine, and the global names of
//! functions ("function 'string.format'") that tracebacks prefer.

use crate::callstack::{Frame, FrameKind};
use crate::debuginfo::call_name;
use crate::object::Thread;
use crate::state::Vm;
use crate::table::Table;
use crate::value::Value;
use kiln_gc::Gc;
use std::fmt::Write;

/// Levels shown before and after the "..." of a long traceback.
const LEVELS1: isize = 10;
const LEVELS2: isize = 11;

/// Library tables searched for function names when no `package.loaded` exists.
const STD_LIBS: [&str; 9] = ["package", "coroutine", "table", "io", "os", "string", "math", "utf8", "debug"];

/// One line of a traceback.
enum Entry {
    /// A function activation: index of its record.
    Func(usize),
    /// The host's entry record at the bottom of the main thread: "[C]: in ?".
    Host,
    /// A described nested runloop ("callback 'cmp' from C qsort").
    Desc(String),
}

/// Raw lookup of a string key by its bytes (no allocation).
fn field_by_name(t: Gc<Table>, name: &[u8]) -> Value {
    let mut found = Value::Nil;
    t.for_each(&mut |k, v| {
        if let Value::Str(s) = k {
            if found.is_nil() && s.as_bytes() == name {
                found = v;
            }
        }
    });
    found
}

impl Vm {
    /// The traceback of the running thread, skipping `level` function levels
    /// (0 = the innermost record, e.g. the native asking for it).
    pub fn traceback(&mut self, msg: Option<&str>, level: usize) -> String {
        traceback_in(self, &self.frames, &self.stack, msg, level)
    }

    /// The traceback of coroutine `co` (the running thread or a suspended one).
    pub fn traceback_thread(&mut self, co: Gc<Thread>, msg: Option<&str>, level: usize) -> String {
        if Gc::ptr_eq(co, self.thread) {
            return self.traceback(msg, level);
        }
        // SAFETY: a thread that is not running keeps its state in `saved`; this
        // shared use does not allocate and nothing else borrows it meanwhile.
        let st = unsafe { co.saved_mut() };
        traceback_in(self, &st.frames, &st.stack, msg, level)
    }

    /// Name under which `f` is reachable from the loaded modules ("print",
    /// "string.format"), as `pushglobalfuncname` finds it.
    pub fn global_func_name(&self, f: Value) -> Option<String> {
        if !f.is_function() {
            return None;
        }
        let mut mods: Vec<(String, Value)> = Vec::new();
        let loaded = match field_by_name(self.registry, b"_LOADED") {
            Value::Table(t) => Some(t),
            _ => match field_by_name(self.globals, b"package") {
                Value::Table(p) => field_by_name(p, b"loaded").as_table(),
                _ => None,
            },
        };
        match loaded {
            Some(l) => l.for_each(&mut |k, v| {
                if let Value::Str(s) = k {
                    mods.push((s.to_str_lossy().into_owned(), v));
                }
            }),
            None => {
                mods.push(("_G".into(), Value::Table(self.globals)));
                for lib in STD_LIBS {
                    let v = field_by_name(self.globals, lib.as_bytes());
                    if v.as_table().is_some() {
                        mods.push((lib.into(), v));
                    }
                }
            }
        }
        // `_G` first, then the others in a stable order.
        mods.sort_by(|a, b| (a.0 != "_G", &a.0).cmp(&(b.0 != "_G", &b.0)));
        for (m, v) in mods {
            if v.raw_eq(&f) {
                return Some(m);
            }
            let Value::Table(t) = v else { continue };
            let mut found = None;
            t.for_each(&mut |k, v| {
                if let Value::Str(s) = k {
                    if found.is_none() && v.raw_eq(&f) {
                        found = Some(s.to_str_lossy().into_owned());
                    }
                }
            });
            if let Some(k) = found {
                return Some(if m == "_G" { k } else { format!("{m}.{k}") });
            }
        }
        None
    }
}

/// The traceback lines of `frames` (top last) over `stack`.
fn traceback_in(vm: &Vm, frames: &[Frame], stack: &[Value], msg: Option<&str>, level: usize) -> String {
    let mut entries = Vec::new();
    for (i, f) in frames.iter().enumerate().rev().filter(|(i, f)| f.is_level(*i)) {
        entries.push(match f.kind {
            FrameKind::NestedRunloop if i == 0 => Entry::Host,
            FrameKind::NestedRunloop => {
                let desc = f.desc_index().and_then(|d| vm.nested_descs.get(d));
                Entry::Desc(desc.map_or_else(|| "?".to_string(), |d| d.to_string()))
            }
            _ => Entry::Func(i),
        });
    }
    let mut out = String::new();
    if let Some(m) = msg {
        out.push_str(m);
        out.push('\n');
    }
    out.push_str("stack traceback:");
    let last = entries.len() as isize - 1;
    let mut level = level as isize;
    let mut limit2show = if last - level > LEVELS1 + LEVELS2 { LEVELS1 } else { -1 };
    while level <= last {
        let cur = level as usize;
        level += 1;
        let show = limit2show;
        limit2show -= 1;
        if show == 0 {
            let n = last - level - LEVELS2 + 1;
            let _ = write!(out, "\n\t...\t(skipping {n} levels)");
            level += n;
            continue;
        }
        match &entries[cur] {
            Entry::Host => out.push_str("\n\t[C]: in ?"),
            Entry::Desc(d) => {
                let _ = write!(out, "\n\t[C]: in {d}");
            }
            Entry::Func(i) => write_frame(vm, frames, stack, *i, &mut out),
        }
    }
    out
}

/// One "\n\tsrc:line: in name" line for record `i`.
fn write_frame(vm: &Vm, frames: &[Frame], stack: &[Value], i: usize, out: &mut String) {
    let fr = &frames[i];
    let f = stack.get(fr.func).copied().unwrap_or(Value::Nil);
    let proto = match f {
        Value::LuaFn(cl) if fr.is_lua() => Some(cl.proto()),
        _ => None,
    };
    match &proto {
        Some(p) => {
            let src = p.short_source();
            match p.lines.get(fr.current_pc()).copied() {
                Some(line) if line > 0 => {
                    let _ = write!(out, "\n\t{src}:{line}: in ");
                }
                _ => {
                    let _ = write!(out, "\n\t{src}: in ");
                }
            }
        }
        None => out.push_str("\n\t[C]: in "),
    }
    if let Some(g) = vm.global_func_name(f) {
        let _ = write!(out, "function '{g}'");
    } else if let Some((kind, name)) = call_name(frames, stack, i) {
        let _ = write!(out, "{kind} '{name}'");
    } else if let Some(p) = &proto {
        if p.line_defined == 0 {
            out.push_str("main chunk");
        } else {
            let _ = write!(out, "function <{}:{}>", p.short_source(), p.line_defined);
        }
    } else {
        out.push('?');
    }
    if fr.tail_call {
        out.push_str("\n\t(...tail calls...)");
    }
}
