//! The `string` library (natives and registration) and the string metatable.
//!
//! GC rule here: subject and pattern bytes are either copied into Rust vectors
//! (gsub, which calls Lua) or borrowed only while nothing allocates (find,
//! match, gmatch match first, then copy each capture out before pushing it).

use super::auxlib::{self, upvalue};
use super::lpattern::{find_plain, no_specials, Cap, MatchState};
use crate::meta::{to_number, ArithOp};
use crate::object::{LuaStr, NativeClosure, NativeFn};
use crate::state::{LuaResult, Vm};
use crate::table::Table;
use crate::value::{layout, Value};
use kiln_gc::Gc;

/// Largest string the library builds (Lua's MAXSIZE for string results: INT_MAX).
pub const MAX_SIZE: usize = i32::MAX as usize;

/// Register `string`, and make it the `__index` of the string metatable.
pub fn open_string(vm: &mut Vm) {
    let lib = super::register_qualified(
        vm,
        "string",
        &[
            ("string.byte", str_byte),
            ("string.char", str_char),
            ("string.dump", str_dump),
            ("string.find", str_find),
            ("string.format", super::strformat::str_format),
            ("string.gmatch", str_gmatch),
            ("string.gsub", str_gsub),
            ("string.len", str_len),
            ("string.lower", str_lower),
            ("string.match", str_match),
            ("string.rep", str_rep),
            ("string.reverse", str_reverse),
            ("string.sub", str_sub),
            ("string.upper", str_upper),
            ("string.pack", super::strpack::str_pack),
            ("string.packsize", super::strpack::str_packsize),
            ("string.unpack", super::strpack::str_unpack),
        ],
    );
    // All these objects are mature: nothing moves and no barrier is needed.
    let meta = vm.alloc_mature(Table::new(0, 1 + STRING_ARITH.len()));
    // The shared key strings (`Vm::shared_str`): the metamethod names themselves, so identity finds them
    // (compiled code's probes compare key objects).
    let key = vm.shared_str(b"__index");
    meta.set(Value::Str(key), Value::Table(lib)).expect("string keys are valid");
    for &(name, f) in STRING_ARITH {
        let func = vm.alloc_mature(NativeClosure::new(f, name, Box::new([])));
        let key = vm.shared_str(name.as_bytes());
        meta.set(Value::Str(key), Value::NativeFn(func)).expect("string keys are valid");
    }
    vm.type_meta[layout::TAG_STR as usize] = Some(meta);
}

// ---------------------------------------------------------------- arithmetic metamethods

/// The string metatable's arithmetic metamethods (Lua 5.4's `stringmetamethods`):
/// numeric strings take part in arithmetic through them, so errors and
/// tracebacks show them as C functions ("[C]: in metamethod 'add'").
const STRING_ARITH: &[(&str, NativeFn)] = &[
    ("__add", |vm| str_arith(vm, ArithOp::Add)),
    ("__sub", |vm| str_arith(vm, ArithOp::Sub)),
    ("__mul", |vm| str_arith(vm, ArithOp::Mul)),
    ("__mod", |vm| str_arith(vm, ArithOp::Mod)),
    ("__pow", |vm| str_arith(vm, ArithOp::Pow)),
    ("__div", |vm| str_arith(vm, ArithOp::Div)),
    ("__idiv", |vm| str_arith(vm, ArithOp::IDiv)),
    ("__unm", |vm| str_arith(vm, ArithOp::Unm)),
];

/// `x op y` with both operands converted from strings, else the second
/// operand's metamethod (PUC's `arith` and `trymt`).
fn str_arith(vm: &mut Vm, op: ArithOp) -> LuaResult<usize> {
    let (x, y) = (vm.arg(1), vm.arg(2));
    if let (Some(a), Some(b)) = (to_number(x), to_number(y)) {
        let r = vm.arith(op, a, b)?;
        vm.push(r);
        return Ok(1);
    }
    let mm = if matches!(y, Value::Str(_)) { Value::Nil } else { vm.metamethod(y, op.tm()) };
    if mm.is_nil() {
        let msg = format!("attempt to {} a '{}' with a '{}'", op.event_name(), x.type_name(), y.type_name());
        return Err(vm.rt_error(msg));
    }
    let r = vm.call_value(mm, &[x, y])?;
    vm.push(r);
    Ok(1)
}

// ---------------------------------------------------------------- helpers

/// The string in argument `i`, after `check_str` made it one.
pub(crate) fn arg_str(vm: &Vm, i: usize) -> Gc<LuaStr> {
    match vm.arg(i) {
        Value::Str(s) => s,
        _ => unreachable!("argument {i} was checked to be a string"),
    }
}

/// A start position (Lua's `posrelatI`): negative counts from the end, and
/// anything before the start clips to 1. Result is 1-based.
pub(crate) fn start_pos(pos: i64, len: usize) -> usize {
    if pos > 0 {
        pos as usize
    } else if pos == 0 || pos < -(len as i64) {
        1
    } else {
        (len as i64 + pos + 1) as usize
    }
}

/// An end position (Lua's `getendpos`), clipped to `0..=len`.
pub(crate) fn end_pos(pos: i64, len: usize) -> usize {
    if pos > len as i64 {
        len
    } else if pos >= 0 {
        pos as usize
    } else if pos < -(len as i64) {
        0
    } else {
        (len as i64 + pos + 1) as usize
    }
}

/// Push the captures of a match; `subject` re-reads the subject string after
/// every allocation (it may move).
fn push_caps(vm: &mut Vm, subject: fn(&Vm) -> Gc<LuaStr>, caps: &[Cap]) -> LuaResult<usize> {
    vm.ensure_stack(caps.len())?;
    for &c in caps {
        match c {
            Cap::Str(a, b) => {
                vm.try_push_substr(subject(vm), a..b)?;
            }
            Cap::Pos(p) => vm.push(Value::Int(p as i64)),
        }
    }
    Ok(caps.len())
}

/// Split a leading '^' anchor off a pattern.
fn split_anchor(pat: &[u8]) -> (bool, &[u8]) {
    match pat.first() {
        Some(b'^') => (true, &pat[1..]),
        _ => (false, pat),
    }
}

// ---------------------------------------------------------------- simple functions

fn str_len(vm: &mut Vm) -> LuaResult<usize> {
    let n = vm.check_str(1)?.len();
    vm.push(Value::Int(n as i64));
    Ok(1)
}

pub(crate) fn str_sub(vm: &mut Vm) -> LuaResult<usize> {
    vm.check_str(1)?;
    let (i, j) = (vm.check_int(2)?, vm.opt_int(3, -1)?);
    let base = vm.frame().base;
    let s = substring(vm, base, i, j)?;
    vm.push(s);
    Ok(1)
}

/// `string.sub` of the string in stack slot `slot` (re-read after allocating) from `i` to `j`.
fn substring(vm: &mut Vm, slot: usize, i: i64, j: i64) -> LuaResult<Value> {
    let Value::Str(s) = vm.stack[slot] else { unreachable!("the caller checked a string") };
    let len = s.len();
    let (i, j) = (start_pos(i, len), end_pos(j, len));
    if i > j {
        Ok(Value::Str(vm.new_str(b"")))
    } else if i == 1 && j == len {
        Ok(Value::Str(s))
    } else {
        let result = vm.try_new_str_zeroed(j - i + 1)?;
        // Read after the allocation: a short source may have moved.
        let Value::Str(s) = vm.stack[slot] else { unreachable!("a stack slot holds its string") };
        // SAFETY: `result` was just allocated and nothing else refers to it.
        unsafe { result.fresh_bytes_mut() }.copy_from_slice(&s.as_bytes()[i - 1..j]);
        Ok(Value::Str(result))
    }
}

/// `string.sub`'s fast path (fast.rs): a string and integer bounds. Out of memory falls back to the
/// builtin, which raises the error.
pub(crate) fn sub_fast(vm: &mut Vm, func: usize, nargs: usize) -> Option<Value> {
    use crate::fast::arg;
    let (Value::Str(_), Value::Int(i)) = (arg(vm, func, nargs, 1), arg(vm, func, nargs, 2)) else { return None };
    let j = match arg(vm, func, nargs, 3) {
        Value::Nil => -1,
        Value::Int(j) => j,
        _ => return None,
    };
    substring(vm, func + 1, i, j).ok()
}

/// A result as long as string argument 1, written in place by
/// `fill(source, result)`: no second copy of a big string in a Rust buffer.
fn map_bytes(vm: &mut Vm, fill: impl Fn(&[u8], &mut [u8])) -> LuaResult<usize> {
    let len = vm.check_str(1)?.len();
    let result = vm.try_new_str_zeroed(len)?;
    // Read after the allocation: a short source may have moved.
    let s = arg_str(vm, 1);
    // SAFETY: `result` was just allocated and nothing else refers to it.
    fill(s.as_bytes(), unsafe { result.fresh_bytes_mut() });
    vm.push(Value::Str(result));
    Ok(1)
}

fn str_upper(vm: &mut Vm) -> LuaResult<usize> {
    map_bytes(vm, |s, out| {
        out.copy_from_slice(s);
        out.make_ascii_uppercase();
    })
}

fn str_lower(vm: &mut Vm) -> LuaResult<usize> {
    map_bytes(vm, |s, out| {
        out.copy_from_slice(s);
        out.make_ascii_lowercase();
    })
}

fn str_reverse(vm: &mut Vm) -> LuaResult<usize> {
    map_bytes(vm, |s, out| {
        for (o, &c) in out.iter_mut().zip(s.iter().rev()) {
            *o = c;
        }
    })
}

fn str_rep(vm: &mut Vm) -> LuaResult<usize> {
    let l = vm.check_str(1)?.len();
    let n = vm.check_int(2)?;
    let lsep = match vm.opt_str(3)? {
        Some(s) => s.len(),
        None => 0,
    };
    if n <= 0 || (l == 0 && lsep == 0) {
        vm.push_str(b"");
        return Ok(1);
    }
    let n = n as u64;
    if (l + lsep) as u64 > MAX_SIZE as u64 / n {
        return Err(vm.rt_error("resulting string too large"));
    }
    // Written in place into the result (its allocation may collect: the
    // pieces are read from the arguments afterwards).
    let result = vm.try_new_str_zeroed(n as usize * l + (n as usize - 1) * lsep)?;
    let s = arg_str(vm, 1);
    let sep = vm.arg(3).as_str();
    let sep = sep.as_ref().map_or(&[][..], |sep| sep.as_bytes());
    // SAFETY: `result` was just allocated and nothing else refers to it.
    let out = unsafe { result.fresh_bytes_mut() };
    let mut at = 0;
    for k in 0..n {
        out[at..at + l].copy_from_slice(s.as_bytes());
        at += l;
        if k + 1 < n {
            out[at..at + lsep].copy_from_slice(sep);
            at += lsep;
        }
    }
    vm.push(Value::Str(result));
    Ok(1)
}

pub(crate) fn str_byte(vm: &mut Vm) -> LuaResult<usize> {
    let len = vm.check_str(1)?.len();
    // The end defaults to the start as given, before it is adjusted (`s:byte(0)` is empty).
    let raw_start = vm.opt_int(2, 1)?;
    let pe = end_pos(vm.opt_int(3, raw_start)?, len);
    let pi = start_pos(raw_start, len);
    if pi > pe {
        return Ok(0);
    }
    let n = pe - pi + 1;
    if n >= i32::MAX as usize {
        return Err(vm.rt_error("string slice too long"));
    }
    if !vm.check_stack(n) {
        return Err(vm.rt_error("stack overflow (string slice too long)"));
    }
    let s = arg_str(vm, 1);
    for &c in &s.as_bytes()[pi - 1..pe] {
        vm.push(Value::Int(c as i64));
    }
    Ok(n)
}

/// `string.byte`'s fast path (fast.rs): a string and at most a start, so at most one byte.
pub(crate) fn byte_fast(vm: &mut Vm, func: usize, nargs: usize) -> Option<Value> {
    use crate::fast::arg;
    let Value::Str(s) = arg(vm, func, nargs, 1) else { return None };
    let i = match arg(vm, func, nargs, 2) {
        _ if nargs > 2 => return None,
        Value::Nil => 1,
        Value::Int(i) => i,
        _ => return None,
    };
    // The end defaults to the start, as in `str_byte`: the range holds one byte or none.
    let (pi, pe) = (start_pos(i, s.len()), end_pos(i, s.len()));
    Some(if pi > pe { Value::Nil } else { Value::Int(s.as_bytes()[pi - 1] as i64) })
}

fn str_char(vm: &mut Vm) -> LuaResult<usize> {
    let n = vm.nargs();
    let mut out = Vec::with_capacity(n);
    for i in 1..=n {
        let c = vm.check_int(i)?;
        if c as u64 > u8::MAX as u64 {
            return Err(vm.arg_error(i, "value out of range"));
        }
        out.push(c as u8);
    }
    vm.try_push_str(&out)?;
    Ok(1)
}

fn str_dump(vm: &mut Vm) -> LuaResult<usize> {
    let strip = vm.arg(2).truthy();
    match vm.arg(1) {
        Value::LuaFn(cl) => {
            // Protos never move: the bytes are built before anything is allocated.
            let bytes = crate::dump::dump(&cl.proto(), strip);
            vm.push_str(&bytes);
            Ok(1)
        }
        v if v.is_function() => Err(vm.rt_error("unable to dump given function")),
        _ => Err(vm.type_error(1, "function")),
    }
}

// ---------------------------------------------------------------- find / match

pub(crate) fn str_find(vm: &mut Vm) -> LuaResult<usize> {
    find_aux(vm, true)
}

/// `string.find`'s fast path (fast.rs): its first result, the start of the match (or nil), for a string,
/// a pattern and an integer start. A malformed pattern falls back to the builtin, which raises the error.
pub(crate) fn find_fast(vm: &mut Vm, func: usize, nargs: usize) -> Option<Value> {
    use crate::fast::arg;
    let (Value::Str(s), Value::Str(p)) = (arg(vm, func, nargs, 1), arg(vm, func, nargs, 2)) else { return None };
    let init = match arg(vm, func, nargs, 3) {
        Value::Nil => 1,
        Value::Int(i) => i,
        _ => return None,
    };
    let plain = arg(vm, func, nargs, 4).truthy();
    let found = find_in(s.as_bytes(), p.as_bytes(), init, true, plain).ok()?;
    Some(found.map_or(Value::Nil, |m| Value::Int(m.start as i64 + 1)))
}

fn str_match(vm: &mut Vm) -> LuaResult<usize> {
    find_aux(vm, false)
}

/// A successful match found by `find_aux`: its span and its captures.
struct Found {
    start: usize,
    end: usize,
    caps: Vec<Cap>,
}

fn find_aux(vm: &mut Vm, find: bool) -> LuaResult<usize> {
    vm.check_str(1)?;
    vm.check_str(2)?;
    let init = vm.opt_int(3, 1)?;
    let plain = vm.arg(4).truthy();
    // Nothing allocates from here until the match is done: borrowing is safe.
    let (s, p) = (arg_str(vm, 1), arg_str(vm, 2));
    let found = match find_in(s.as_bytes(), p.as_bytes(), init, find, plain) {
        Ok(f) => f,
        Err(msg) => return Err(vm.rt_error(msg)),
    };
    let Some(m) = found else {
        vm.push(Value::Nil);
        return Ok(1);
    };
    if find {
        vm.push(Value::Int(m.start as i64 + 1));
        vm.push(Value::Int(m.end as i64));
        Ok(2 + push_caps(vm, |vm| arg_str(vm, 1), &m.caps)?)
    } else {
        push_caps(vm, |vm| arg_str(vm, 1), &m.caps)
    }
}

/// What `string.find` (`find`) or `string.match` finds of `pat` in `src` from the 1-based position `init`
/// (nothing when it is past the end): a plain search when `find` asks for one (`plain`) or the pattern
/// has no special characters, else a pattern match with its captures.
fn find_in(src: &[u8], pat: &[u8], init: i64, find: bool, plain: bool) -> Result<Option<Found>, String> {
    let init = start_pos(init, src.len()) - 1;
    if init > src.len() {
        return Ok(None);
    }
    if find && (plain || no_specials(pat)) {
        return Ok(find_plain(src, pat, init).map(|i| Found { start: i, end: i + pat.len(), caps: Vec::new() }));
    }
    search(src, pat, init, !find)
}

/// The first match of `pat` (which may start with '^') in `src` at or after `init`.
fn search(src: &[u8], pat: &[u8], init: usize, whole: bool) -> Result<Option<Found>, String> {
    let (anchor, pat) = split_anchor(pat);
    let mut ms = MatchState::new(src, pat);
    let mut s1 = init;
    loop {
        if let Some(e) = ms.match_at(s1)? {
            let caps = ms.captures(s1, e, whole)?;
            return Ok(Some(Found { start: s1, end: e, caps }));
        }
        s1 += 1;
        if anchor || s1 > src.len() {
            return Ok(None);
        }
    }
}

// ---------------------------------------------------------------- gmatch

/// Upvalues of the gmatch iterator.
const GM_SUBJECT: usize = 0;
const GM_PATTERN: usize = 1;
/// Where the next search starts (0-based).
const GM_POS: usize = 2;
/// End of the last match, or -1: an empty match there is skipped.
const GM_LAST: usize = 3;

fn str_gmatch(vm: &mut Vm) -> LuaResult<usize> {
    let ls = vm.check_str(1)?.len();
    vm.check_str(2)?;
    let mut init = start_pos(vm.opt_int(3, 1)?, ls) - 1;
    if init > ls {
        init = ls + 1;
    }
    vm.ensure_stack(4)?;
    vm.push(vm.arg(1));
    vm.push(vm.arg(2));
    vm.push(Value::Int(init as i64));
    vm.push(Value::Int(-1));
    let f = vm.new_native(gmatch_iter, "?", 4);
    vm.push(f);
    Ok(1)
}

/// Store a non-collectable value (no write barrier needed) in upvalue `i`.
pub(crate) fn set_upvalue_int(vm: &Vm, i: usize, n: i64) {
    if let Value::NativeFn(f) = vm.stack[vm.frame().func] {
        f.upvals[i].set(Value::Int(n));
    }
}

fn upvalue_str(vm: &Vm, i: usize) -> Gc<LuaStr> {
    match upvalue(vm, i) {
        Value::Str(s) => s,
        _ => unreachable!("gmatch keeps strings in its upvalues"),
    }
}

fn upvalue_int(vm: &Vm, i: usize) -> i64 {
    match upvalue(vm, i) {
        Value::Int(n) => n,
        _ => unreachable!("gmatch keeps integers in its upvalues"),
    }
}

fn gmatch_iter(vm: &mut Vm) -> LuaResult<usize> {
    let (s, p) = (upvalue_str(vm, GM_SUBJECT), upvalue_str(vm, GM_PATTERN));
    let pos = upvalue_int(vm, GM_POS) as usize;
    let last = upvalue_int(vm, GM_LAST);
    // Nothing allocates while matching.
    let src = s.as_bytes();
    let mut ms = MatchState::new(src, p.as_bytes());
    let mut found = None;
    for start in pos..=src.len() {
        match ms.match_at(start) {
            Ok(Some(e)) if e as i64 != last => {
                found = Some((start, e, ms.captures(start, e, true)));
                break;
            }
            Ok(_) => {}
            Err(msg) => return Err(vm.rt_error(msg)),
        }
    }
    let Some((start, e, caps)) = found else { return Ok(0) };
    let caps = caps.map_err(|msg| vm.rt_error(msg))?;
    let _ = start;
    set_upvalue_int(vm, GM_POS, e as i64);
    set_upvalue_int(vm, GM_LAST, e as i64);
    push_caps(vm, |vm| upvalue_str(vm, GM_SUBJECT), &caps)
}

// ---------------------------------------------------------------- gsub

/// What gsub substitutes for each match.
enum Repl {
    /// A template with %0-%9 and %%.
    Template(Vec<u8>),
    /// A table (argument 3) indexed by the first capture.
    Table,
    /// A function (argument 3) called with the captures.
    Function,
}

fn str_gsub(vm: &mut Vm) -> LuaResult<usize> {
    let len = vm.check_str(1)?.len();
    vm.check_str(2)?;
    // PUC reads the count (argument 4) before it checks the replacement's type.
    let max_n = vm.opt_int(4, len as i64 + 1)?;
    let replacement = vm.arg(3);
    if !matches!(
        replacement,
        Value::Str(_) | Value::Int(_) | Value::Float(_) | Value::Table(_) | Value::LuaFn(_) | Value::NativeFn(_)
    ) {
        return Err(vm.type_error(3, "string/function/table"));
    }
    // A subject the pattern matches nowhere comes back as it is, without being copied.
    if max_n <= 0 || !matches_somewhere(arg_str(vm, 1).as_bytes(), arg_str(vm, 2).as_bytes()) {
        vm.push(vm.arg(1));
        vm.push(Value::Int(0));
        return Ok(2);
    }
    let src = vm.check_bytes(1)?;
    let pat_all = vm.check_bytes(2)?;
    let repl = match vm.arg(3) {
        Value::Str(_) | Value::Int(_) | Value::Float(_) => Repl::Template(vm.check_bytes(3)?),
        Value::Table(_) => Repl::Table,
        _ => Repl::Function,
    };
    let (anchor, pat) = split_anchor(&pat_all);
    let mut out = Vec::new();
    vm.reserve_buffer(&mut out, src.len(), &mut [])?;
    let mut s = 0;
    let mut last: Option<usize> = None;
    let mut n: i64 = 0;
    let mut changed = false;
    let mut ms = MatchState::new(&src, pat);
    while n < max_n {
        let e = ms.match_at(s).map_err(|m| vm.rt_error(m))?;
        match e {
            Some(e) if Some(e) != last => {
                n += 1;
                if let Repl::Template(t) = &repl {
                    // A template expands to at most its length times the
                    // longest capture (a position is shorter than 20 digits).
                    // The subject is a Rust-owned copy: a collection is safe.
                    let bound = t.len().saturating_mul(e - s + 20);
                    vm.reserve_buffer(&mut out, bound, &mut [])?;
                }
                changed |= add_value(vm, &ms, &repl, &src, s, e, &mut out)?;
                s = e;
                last = Some(e);
            }
            _ if s < src.len() => {
                vm.reserve_buffer(&mut out, 1, &mut [])?;
                out.push(src[s]);
                s += 1;
            }
            _ => break,
        }
        if anchor {
            break;
        }
    }
    if changed {
        vm.reserve_buffer(&mut out, src.len() - s, &mut [])?;
        out.extend_from_slice(&src[s..]);
        let result = vm.try_new_str_value(&out)?;
        vm.push(result);
    } else {
        vm.push(vm.arg(1));
    }
    vm.push(Value::Int(n));
    Ok(2)
}

/// Whether `pattern` matches `subject` at some position (as `gsub` tries them), or is malformed where a
/// search reaches (the caller then runs the search that raises the error). Allocates nothing on the GC heap.
fn matches_somewhere(subject: &[u8], pattern: &[u8]) -> bool {
    !matches!(search(subject, pattern, 0, false), Ok(None))
}

/// Append the replacement of match `s..e` to `out`; false if the match was
/// kept as it was (a false or nil replacement value).
fn add_value(
    vm: &mut Vm,
    ms: &MatchState,
    repl: &Repl,
    src: &[u8],
    s: usize,
    e: usize,
    out: &mut Vec<u8>,
) -> LuaResult<bool> {
    let value = match repl {
        Repl::Template(t) => {
            add_template(ms, t, src, s, e, out).map_err(|m| vm.rt_error(m))?;
            return Ok(true);
        }
        Repl::Table => {
            let key = ms.capture(0, s, e).map_err(|m| vm.rt_error(m))?;
            push_cap_from(vm, src, key)?;
            let key = vm.pop();
            let t = vm.arg(3);
            index_value(vm, t, key)?
        }
        Repl::Function => {
            let caps = ms.captures(s, e, true).map_err(|m| vm.rt_error(m))?;
            vm.ensure_stack(caps.len() + 1)?;
            vm.push(vm.arg(3));
            for &c in &caps {
                push_cap_from(vm, src, c)?;
            }
            call_for_value(vm, caps.len())?
        }
    };
    match value {
        Value::Nil | Value::Bool(false) => {
            out.extend_from_slice(&src[s..e]);
            Ok(false)
        }
        Value::Str(r) => {
            let mut keep = [value];
            vm.reserve_buffer(out, r.len(), &mut keep)?;
            let Value::Str(r) = keep[0] else { unreachable!("kept a string") };
            out.extend_from_slice(r.as_bytes());
            Ok(true)
        }
        v @ (Value::Int(_) | Value::Float(_)) => {
            out.extend_from_slice(crate::number::number_to_string(v).as_bytes());
            Ok(true)
        }
        v => Err(vm.rt_error(format!("invalid replacement value (a {})", v.type_name()))),
    }
}

/// Push one capture whose text comes from a Rust-owned copy of the subject.
fn push_cap_from(vm: &mut Vm, src: &[u8], c: Cap) -> LuaResult<()> {
    match c {
        Cap::Str(a, b) => vm.try_push_str(&src[a..b])?,
        Cap::Pos(p) => vm.push(Value::Int(p as i64)),
    }
    Ok(())
}

/// Expand a replacement template: `%0`-`%9` are captures, `%%` is '%'.
fn add_template(ms: &MatchState, t: &[u8], src: &[u8], s: usize, e: usize, out: &mut Vec<u8>) -> Result<(), String> {
    let mut i = 0;
    while i < t.len() {
        let c = t[i];
        i += 1;
        if c != b'%' {
            out.push(c);
            continue;
        }
        match t.get(i) {
            Some(b'%') => out.push(b'%'),
            Some(b'0') => out.extend_from_slice(&src[s..e]),
            Some(&d) if d.is_ascii_digit() => match ms.capture((d - b'1') as usize, s, e)? {
                Cap::Str(a, b) => out.extend_from_slice(&src[a..b]),
                Cap::Pos(p) => out.extend_from_slice(p.to_string().as_bytes()),
            },
            _ => return Err("invalid use of '%' in replacement string".into()),
        }
        i += 1;
    }
    Ok(())
}

// ---------------------------------------------------------------- calls into the VM

/// `t[key]` with metamethods (`lua_gettable`).
fn index_value(vm: &mut Vm, t: Value, key: Value) -> LuaResult<Value> {
    auxlib::index(vm, t, key)
}

/// Call the function below the `nargs` values on the stack top with one
/// result, which is popped and returned.
fn call_for_value(vm: &mut Vm, nargs: usize) -> LuaResult<Value> {
    auxlib::call(vm, nargs, 1)?;
    Ok(vm.pop())
}

#[cfg(test)]
pub(crate) mod test_support {
    //! Calling natives from unit tests, without the runloop.
    use crate::callstack::{Frame, FrameKind};
    use crate::object::NativeFn;
    use crate::state::Vm;
    use crate::value::Value;
    use kiln_gc::HeapConfig;

    /// A VM with a tiny nursery that collects at every allocation, so a value
    /// held across an allocation shows up as garbage in the results.
    pub fn stress_vm() -> Vm {
        let mut vm = Vm::new(HeapConfig { nursery_bytes: 4096, stress: true, ..HeapConfig::default() });
        super::open_string(&mut vm);
        super::super::utf8::open_utf8(&mut vm);
        vm
    }

    /// An argument, as a test writes it.
    #[derive(Clone)]
    pub enum A<'a> {
        S(&'a [u8]),
        I(i64),
        F(f64),
        B(bool),
        Nil,
    }

    /// A result, readable in assertions: strings as (lossy) text, error
    /// messages as `Err`.
    #[derive(Debug, Clone, PartialEq)]
    pub enum R {
        S(Vec<u8>),
        I(i64),
        F(f64),
        B(bool),
        Nil,
        Other(&'static str),
    }

    pub fn s(x: &str) -> R {
        R::S(x.as_bytes().to_vec())
    }

    fn to_r(v: Value) -> R {
        match v {
            Value::Str(s) => R::S(s.as_bytes().to_vec()),
            Value::Int(i) => R::I(i),
            Value::Float(f) => R::F(f),
            Value::Bool(b) => R::B(b),
            Value::Nil => R::Nil,
            other => R::Other(other.type_name()),
        }
    }

    /// Call native `f` (a value already on the stack at `func`) as the runloop
    /// would: a native record over its arguments.
    pub fn call_value(vm: &mut Vm, func: usize) -> Result<Vec<R>, String> {
        let Value::NativeFn(nf) = vm.stack[func] else { panic!("not a native function") };
        let f: NativeFn = nf.f;
        vm.frames.push(Frame::new(FrameKind::Native, func, func + 1, vm.top, -1));
        let r = f(vm);
        vm.frames.pop();
        let out = match r {
            Ok(n) => {
                // Move the results down to `func`, as a return does.
                let first = vm.top - n;
                vm.stack.copy_within(first..vm.top, func);
                Ok(vm.stack[func..func + n].iter().map(|v| to_r(*v)).collect())
            }
            Err(_) => Err(match vm.error {
                Value::Str(s) => s.to_str_lossy().into_owned(),
                _ => "non-string error".into(),
            }),
        };
        vm.top = func;
        out
    }

    /// Call library function `lib.name` with `args`.
    pub fn call(vm: &mut Vm, lib: &str, name: &str, args: &[A]) -> Result<Vec<R>, String> {
        // Library tables and their functions are mature: they do not move.
        let Value::Table(t) = vm.get_global(lib) else { panic!("no library {lib}") };
        let key = vm.new_str(name.as_bytes());
        let f = t.get(Value::Str(key));
        let func = vm.top;
        vm.push(f);
        push_args(vm, args);
        call_value(vm, func)
    }

    pub fn push_args(vm: &mut Vm, args: &[A]) {
        for a in args {
            let v = match a {
                A::S(b) => vm.new_str_value(b),
                A::I(i) => Value::Int(*i),
                A::F(f) => Value::Float(*f),
                A::B(b) => Value::Bool(*b),
                A::Nil => Value::Nil,
            };
            vm.push(v);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::test_support::{call, call_value, push_args, s, stress_vm, A, R};

    fn st(x: &str) -> A<'_> {
        A::S(x.as_bytes())
    }

    #[test]
    fn positions() {
        use super::{end_pos, start_pos};
        assert_eq!(start_pos(0, 5), 1);
        assert_eq!(start_pos(-3, 5), 3);
        assert_eq!(start_pos(-10, 5), 1);
        assert_eq!(start_pos(i64::MIN, 5), 1);
        assert_eq!(end_pos(10, 5), 5);
        assert_eq!(end_pos(-1, 5), 5);
        assert_eq!(end_pos(-10, 5), 0);
        assert_eq!(end_pos(i64::MIN, 5), 0);
    }

    #[test]
    fn sub_byte_char_rep() {
        // Results printed by lua5.4.
        let mut vm = stress_vm();
        let sub = |vm: &mut _, i, j: Option<i64>| {
            let mut args = vec![st("hello"), A::I(i)];
            if let Some(j) = j {
                args.push(A::I(j));
            }
            call(vm, "string", "sub", &args).unwrap()
        };
        assert_eq!(sub(&mut vm, 2, None), vec![s("ello")]);
        assert_eq!(sub(&mut vm, -3, None), vec![s("llo")]);
        assert_eq!(sub(&mut vm, 2, Some(-2)), vec![s("ell")]);
        assert_eq!(sub(&mut vm, 0, None), vec![s("hello")]);
        assert_eq!(sub(&mut vm, 10, None), vec![s("")]);
        assert_eq!(sub(&mut vm, -10, Some(2)), vec![s("he")]);
        assert_eq!(sub(&mut vm, 3, Some(2)), vec![s("")]);
        assert_eq!(sub(&mut vm, i64::MIN, Some(i64::MAX)), vec![s("hello")]);
        assert_eq!(
            call(&mut vm, "string", "byte", &[st("hello"), A::I(1), A::I(-1)]).unwrap(),
            [104, 101, 108, 108, 111].map(R::I).to_vec()
        );
        assert_eq!(call(&mut vm, "string", "byte", &[st("hello"), A::I(10)]).unwrap(), vec![]);
        assert_eq!(call(&mut vm, "string", "byte", &[st("hello")]).unwrap(), vec![R::I(104)]);
        assert_eq!(call(&mut vm, "string", "char", &[A::I(72), A::I(105)]).unwrap(), vec![s("Hi")]);
        assert_eq!(
            call(&mut vm, "string", "char", &[A::I(256)]),
            Err("bad argument #1 to 'string.char' (value out of range)".into())
        );
        assert_eq!(
            call(&mut vm, "string", "char", &[A::I(-1)]),
            Err("bad argument #1 to 'string.char' (value out of range)".into())
        );
        assert_eq!(call(&mut vm, "string", "rep", &[st("x"), A::I(3), st(",")]).unwrap(), vec![s("x,x,x")]);
        assert_eq!(call(&mut vm, "string", "rep", &[st("x"), A::I(-1)]).unwrap(), vec![s("")]);
        assert_eq!(call(&mut vm, "string", "rep", &[st(""), A::I(1 << 40)]).unwrap(), vec![s("")]);
        assert_eq!(
            call(&mut vm, "string", "rep", &[st("ab"), A::I(1 << 30)]),
            Err("resulting string too large".into())
        );
        assert_eq!(call(&mut vm, "string", "rep", &[st("x"), A::F(2.0)]).unwrap(), vec![s("xx")]);
        assert_eq!(call(&mut vm, "string", "upper", &[st("Hello 1")]).unwrap(), vec![s("HELLO 1")]);
        assert_eq!(call(&mut vm, "string", "reverse", &[st("abc")]).unwrap(), vec![s("cba")]);
        assert_eq!(call(&mut vm, "string", "len", &[A::I(123)]).unwrap(), vec![R::I(3)]);
        assert_eq!(call(&mut vm, "string", "upper", &[A::F(1.5)]).unwrap(), vec![s("1.5")]);
        assert_eq!(
            call(&mut vm, "string", "sub", &[st("x"), A::F(1.5)]),
            Err("bad argument #2 to 'string.sub' (number has no integer representation)".into())
        );
        assert_eq!(
            call(&mut vm, "string", "len", &[]),
            Err("bad argument #1 to 'string.len' (string expected, got no value)".into())
        );
    }

    #[test]
    fn find_and_match() {
        let mut vm = stress_vm();
        let find = |vm: &mut _, args: &[A]| call(vm, "string", "find", args).unwrap();
        assert_eq!(find(&mut vm, &[st("a.b"), st("."), A::I(1), A::B(true)]), vec![R::I(2), R::I(2)]);
        assert_eq!(find(&mut vm, &[st("abc"), st("b"), A::Nil, A::Nil]), vec![R::I(2), R::I(2)]);
        assert_eq!(find(&mut vm, &[st(""), st("")]), vec![R::I(1), R::I(0)]);
        assert_eq!(find(&mut vm, &[st(""), st(""), A::I(2)]), vec![R::Nil]);
        assert_eq!(find(&mut vm, &[st("abc"), st(""), A::I(4)]), vec![R::I(4), R::I(3)]);
        assert_eq!(find(&mut vm, &[st("abc"), st("b"), A::I(-10)]), vec![R::I(2), R::I(2)]);
        assert_eq!(find(&mut vm, &[st("THE (quick) fox"), st("%((%a+)%)")]), vec![R::I(5), R::I(11), s("quick")]);
        let m = |vm: &mut _, a: &str, b: &str| call(vm, "string", "match", &[st(a), st(b)]).unwrap();
        assert_eq!(m(&mut vm, "hello", "()ll()"), vec![R::I(3), R::I(5)]);
        assert_eq!(m(&mut vm, "hello", "xyz"), vec![R::Nil]);
        assert_eq!(m(&mut vm, "key = val", "(%w+)%s*=%s*(%w+)"), vec![s("key"), s("val")]);
        assert_eq!(m(&mut vm, "hello", "l+"), vec![s("ll")]);
        assert_eq!(
            call(&mut vm, "string", "find", &[st("abc"), st("%")]),
            Err("malformed pattern (ends with '%')".into())
        );
    }

    #[test]
    fn gmatch_iterates() {
        let mut vm = stress_vm();
        let all = |vm: &mut crate::state::Vm, args: &[A]| {
            let it = call(vm, "string", "gmatch", args).unwrap();
            assert_eq!(it, vec![R::Other("function")]);
            // The iterator is left in the slot just above the stack top: keep
            // it there (it moves when collections run).
            let slot = vm.top;
            vm.top += 1;
            let mut out = Vec::new();
            loop {
                let func = vm.top;
                vm.push(vm.stack[slot]);
                let r = call_value(vm, func).unwrap();
                if r.is_empty() {
                    vm.top = slot;
                    return out;
                }
                out.push(r);
            }
        };
        assert_eq!(all(&mut vm, &[st("hello world"), st("%a+"), A::I(3)]), vec![vec![s("llo")], vec![s("world")]]);
        assert_eq!(
            all(&mut vm, &[st("k1=v1, k2=v2"), st("(%w+)=(%w+)")]),
            vec![vec![s("k1"), s("v1")], vec![s("k2"), s("v2")]]
        );
        assert_eq!(all(&mut vm, &[st("abc"), st("()")]), (1..=4).map(|i| vec![R::I(i)]).collect::<Vec<_>>());
        assert_eq!(all(&mut vm, &[st("x^ab^a"), st("^a")]), vec![vec![s("^a")], vec![s("^a")]]);
        assert_eq!(all(&mut vm, &[st("abc"), st("b*")]).len(), 3);
    }

    #[test]
    fn gsub_templates() {
        let mut vm = stress_vm();
        let g = |vm: &mut _, args: &[A]| call(vm, "string", "gsub", args);
        assert_eq!(
            g(&mut vm, &[st("hello world"), st("(o)"), st("[%1]"), A::I(1)]).unwrap(),
            vec![s("hell[o] world"), R::I(1)]
        );
        assert_eq!(g(&mut vm, &[st("abc"), st("b*"), st("-")]).unwrap(), vec![s("-a-c-"), R::I(3)]);
        assert_eq!(g(&mut vm, &[st("hello"), st(""), st("-"), A::I(2)]).unwrap(), vec![s("-h-ello"), R::I(2)]);
        assert_eq!(g(&mut vm, &[A::I(12345), A::I(3), A::F(9.5)]).unwrap(), vec![s("129.545"), R::I(1)]);
        assert_eq!(g(&mut vm, &[st("aaa"), st("^a"), st("x")]).unwrap(), vec![s("xaa"), R::I(1)]);
        assert_eq!(g(&mut vm, &[st("abc"), st("%w*"), st("-")]).unwrap(), vec![s("-"), R::I(1)]);
        assert_eq!(g(&mut vm, &[st("abc"), st(""), st("/")]).unwrap(), vec![s("/a/b/c/"), R::I(4)]);
        assert_eq!(g(&mut vm, &[st("abc"), st("()"), st("%1")]).unwrap(), vec![s("1a2b3c4"), R::I(4)]);
        assert_eq!(g(&mut vm, &[st("abc"), st("."), st("%0%0")]).unwrap(), vec![s("aabbcc"), R::I(3)]);
        assert_eq!(g(&mut vm, &[st("a.b"), st("%."), st("%%")]).unwrap(), vec![s("a%b"), R::I(1)]);
        assert_eq!(g(&mut vm, &[st("abc"), st("(a"), st("x")]).unwrap(), vec![s("xbc"), R::I(1)]);
        assert_eq!(g(&mut vm, &[st("abc"), st("a"), st("%2")]), Err("invalid capture index %2".into()));
        assert_eq!(g(&mut vm, &[st("abc"), st("a"), st("%")]), Err("invalid use of '%' in replacement string".into()));
        assert_eq!(g(&mut vm, &[st("abc"), st("a"), st("%x")]), Err("invalid use of '%' in replacement string".into()));
        assert_eq!(
            g(&mut vm, &[st("abc"), st("a")]),
            Err("bad argument #3 to 'string.gsub' (string/function/table expected, got no value)".into())
        );
    }

    #[test]
    fn gsub_with_table() {
        use crate::value::Value;
        let mut vm = stress_vm();
        let func = vm.top;
        let Value::Table(lib) = vm.get_global("string") else { unreachable!() };
        let key = vm.new_str_value(b"gsub");
        vm.push(lib.get(key));
        push_args(&mut vm, &[st("hello"), st(".")]);
        let t = vm.new_table(0, 4);
        vm.push(Value::Table(t));
        for (k, v) in [(b"h", Value::Int(1)), (b"e", Value::Float(2.5))] {
            let k = vm.new_str_value(k);
            let Value::Table(t) = vm.stack[vm.top - 1] else { unreachable!() };
            vm.table_set(t, k, v).unwrap();
        }
        assert_eq!(call_value(&mut vm, func).unwrap(), vec![s("12.5llo"), R::I(5)]);
    }

    #[test]
    fn gsub_with_native_function() {
        use crate::value::Value;
        let mut vm = stress_vm();
        let func = vm.top;
        // Library functions are mature: safe to hold while allocating.
        let Value::Table(lib) = vm.get_global("string") else { unreachable!() };
        let gsub_key = vm.new_str_value(b"gsub");
        vm.push(lib.get(gsub_key));
        push_args(&mut vm, &[st("hello world"), st("(o)(%s?)")]);
        let upper_key = vm.new_str_value(b"upper");
        vm.push(lib.get(upper_key));
        assert_eq!(call_value(&mut vm, func).unwrap(), vec![s("hellOwOrld"), R::I(2)]);
    }
}
