//! The table library: insert, remove, move, concat, pack, unpack and sort.
//! Element access goes through `__index`/`__newindex` (PUC's `lua_geti` and
//! `lua_seti`); sort is PUC Lua 5.4's quicksort, step for step, so the same
//! comparator sees the same calls and invalid orders raise at the same point.
//!
//! GC rule here: the table is always re-read from argument 1 and the values
//! being compared live on the VM stack, as in PUC's implementation, because
//! every element access or comparison may call Lua and move objects.

use super::auxlib::{self, length};
use crate::rt::store_in_array;
use crate::state::{LuaResult, Tm, Vm};
use crate::table::Table;
use crate::value::layout::TAG_TABLE;
use crate::value::{slot, Value};
use kiln_gc::Gc;

pub fn open_table(vm: &mut Vm) {
    super::register_qualified(
        vm,
        "table",
        &[
            ("table.concat", concat),
            ("table.insert", insert),
            ("table.move", move_),
            ("table.pack", pack),
            ("table.remove", remove),
            ("table.sort", sort),
            ("table.unpack", unpack),
        ],
    );
}

/// What a table-like argument must support (PUC's TAB_R, TAB_W, TAB_L).
const READ: u8 = 1;
const WRITE: u8 = 2;
const LEN: u8 = 4;

/// `checktab`: a table, or a value whose metatable has the needed metamethods.
fn check_tab(vm: &mut Vm, i: usize, what: u8) -> LuaResult<()> {
    let v = vm.arg(i);
    if matches!(v, Value::Table(_)) {
        return Ok(());
    }
    let has = |vm: &Vm, tm: Tm| !vm.metamethod(v, tm).is_nil();
    let ok = vm.metatable_of(v).is_some()
        && (what & READ == 0 || has(vm, Tm::Index))
        && (what & WRITE == 0 || has(vm, Tm::NewIndex))
        && (what & LEN == 0 || has(vm, Tm::Len));
    if ok {
        Ok(())
    } else {
        Err(vm.type_error(i, "table"))
    }
}

/// `aux_getn`: check argument `i` and return its length (`luaL_len`).
fn get_n(vm: &mut Vm, i: usize, what: u8) -> LuaResult<i64> {
    check_tab(vm, i, what | LEN)?;
    length(vm, vm.arg(i))
}

/// `lua_geti(L, arg, n)`: push `arg[n]`. An array slot that needs no
/// metamethod is copied by parts (`Vm::array_read_slot`, the interpreter's
/// `GetI` rule); everything else goes through `auxlib::geti`.
#[inline(always)]
fn geti(vm: &mut Vm, arg: usize, n: i64) -> LuaResult<()> {
    if let Some(tb) = arg_table(vm, arg) {
        let p = Vm::array_read_slot(tb, n);
        if !p.is_null() {
            // SAFETY: a live slot of the table's array part, which growing
            // the stack neither moves nor frees.
            unsafe { vm.push_copy(p) };
            return Ok(());
        }
    }
    let v = auxlib::geti(vm, vm.arg(arg), n)?;
    vm.push(v);
    Ok(())
}

/// Argument `i` when it is a table, read by parts (`value::slot`): the
/// element loops of `geti`/`seti` look at it for every element.
#[inline(always)]
fn arg_table(vm: &Vm, i: usize) -> Option<Gc<Table>> {
    let idx = vm.frame().base + i - 1;
    if idx >= vm.top {
        return None;
    }
    let p: *const Value = &vm.stack[idx];
    // SAFETY: `p` points to a live stack slot; its payload is read as a
    // table only under the table tag.
    unsafe { (slot::tag(p) == TAG_TABLE).then(|| slot::gc::<Table>(p)) }
}

/// `lua_seti(L, arg, n)`: pop a value into `arg[n]`. A store into an array
/// slot that needs no metamethod copies it by parts (`store_in_array`, the
/// interpreter's `SetI` rule); everything else goes through `auxlib::seti`.
#[inline(always)]
fn seti(vm: &mut Vm, arg: usize, n: i64) -> LuaResult<()> {
    let top = vm.top - 1;
    if let Some(tb) = arg_table(vm, arg) {
        let src: *const Value = &vm.stack[top];
        // SAFETY: `src` points to the pushed value, a live stack slot;
        // neither the store nor the barrier moves the stack.
        if unsafe { store_in_array(tb, n, src) } {
            // SAFETY: `src` still points to the pushed value (nothing moved the stack).
            unsafe { vm.barrier_slot(tb.raw(), src) };
            vm.top = top;
            return Ok(());
        }
    }
    let v = vm.stack[top];
    auxlib::seti(vm, vm.arg(arg), n, v)?;
    vm.top = top;
    Ok(())
}

fn insert(vm: &mut Vm) -> LuaResult<usize> {
    let e = get_n(vm, 1, READ | WRITE)?.wrapping_add(1); // first empty element
    let pos = match vm.nargs() {
        2 => e,
        3 => {
            let pos = vm.check_int(2)?;
            // pos in [1, e]
            if (pos as u64).wrapping_sub(1) >= e as u64 {
                return Err(vm.arg_error(2, "position out of bounds"));
            }
            let mut i = e;
            while i > pos {
                geti(vm, 1, i - 1)?;
                seti(vm, 1, i)?;
                i -= 1;
            }
            pos
        }
        _ => return Err(vm.rt_error("wrong number of arguments to 'insert'")),
    };
    vm.push(vm.arg(vm.nargs()));
    seti(vm, 1, pos)?;
    Ok(0)
}

fn remove(vm: &mut Vm) -> LuaResult<usize> {
    let size = get_n(vm, 1, READ | WRITE)?;
    let mut pos = vm.opt_int(2, size)?;
    // When given, pos must be in [1, size + 1].
    if pos != size && (pos as u64).wrapping_sub(1) > size as u64 {
        return Err(vm.arg_error(1, "position out of bounds"));
    }
    geti(vm, 1, pos)?; // the result
    while pos < size {
        geti(vm, 1, pos + 1)?;
        seti(vm, 1, pos)?;
        pos += 1;
    }
    vm.push(Value::Nil);
    seti(vm, 1, pos)?;
    Ok(1)
}

fn move_(vm: &mut Vm) -> LuaResult<usize> {
    let f = vm.check_int(2)?;
    let e = vm.check_int(3)?;
    let t = vm.check_int(4)?;
    let dest = if vm.arg(5).is_nil() { 1 } else { 5 };
    check_tab(vm, 1, READ)?;
    check_tab(vm, dest, WRITE)?;
    if e >= f {
        if !(f > 0 || e < i64::MAX.wrapping_add(f)) {
            return Err(vm.arg_error(3, "too many elements to move"));
        }
        let n = e - f + 1; // elements to move
        if t > i64::MAX - n + 1 {
            return Err(vm.arg_error(4, "destination wrap around"));
        }
        let same = dest == 1 || vm.arg(1).raw_eq(&vm.arg(dest));
        if t > e || t <= f || !same {
            for i in 0..n {
                geti(vm, 1, f + i)?;
                seti(vm, dest, t + i)?;
            }
        } else {
            for i in (0..n).rev() {
                geti(vm, 1, f + i)?;
                seti(vm, dest, t + i)?;
            }
        }
    }
    vm.push(vm.arg(dest));
    Ok(1)
}

fn concat(vm: &mut Vm) -> LuaResult<usize> {
    let mut last = get_n(vm, 1, READ)?;
    let sep = match vm.opt_str(2)? {
        Some(s) => s.as_bytes().to_vec(),
        None => Vec::new(),
    };
    let mut i = vm.opt_int(3, 1)?;
    last = vm.opt_int(4, last)?;
    let mut out = Vec::new();
    while i <= last {
        let mut v = [auxlib::geti(vm, vm.arg(1), i)?];
        let len = if let Value::Str(s) = v[0] { s.len() } else { 0 };
        vm.reserve_buffer(&mut out, len + sep.len(), &mut v)?;
        match v[0] {
            Value::Str(s) => out.extend_from_slice(s.as_bytes()),
            v @ (Value::Int(_) | Value::Float(_)) => {
                out.extend_from_slice(crate::number::number_to_string(v).as_bytes())
            }
            v => {
                let tn = vm.type_name_of(v);
                return Err(vm.rt_error(format!("invalid value ({tn}) at index {i} in table for 'concat'")));
            }
        }
        if i == last {
            break;
        }
        out.extend_from_slice(&sep);
        i += 1;
    }
    let result = vm.try_new_str_value(&out)?;
    vm.push(result);
    Ok(1)
}

fn pack(vm: &mut Vm) -> LuaResult<usize> {
    let n = vm.nargs();
    let t = vm.new_table(n, 1);
    // Arguments are re-read after the allocation; storing them does not
    // allocate. No barrier: `t` was just allocated in the nursery (a table
    // object is far below the large-object size) and nothing collected since.
    let args: Vec<Value> = (1..=n).map(|i| vm.arg(i)).collect();
    if t.set_list(0, &args).is_err() {
        return Err(vm.memory_error());
    }
    vm.push(Value::Table(t));
    vm.table_set_str(t, "n", Value::Int(n as i64));
    Ok(1)
}

fn unpack(vm: &mut Vm) -> LuaResult<usize> {
    let mut i = vm.opt_int(2, 1)?;
    let e = if vm.arg(3).is_nil() { length(vm, vm.arg(1))? } else { vm.check_int(3)? };
    if i > e {
        return Ok(0);
    }
    let n = (e as u64).wrapping_sub(i as u64); // elements minus 1
    if n >= i32::MAX as u64 || !vm.check_stack(n as usize + 1) {
        return Err(vm.rt_error("too many results to unpack"));
    }
    while i < e {
        geti(vm, 1, i)?;
        i += 1;
    }
    geti(vm, 1, e)?;
    Ok(n as usize + 1)
}

// ------------------------------------------------------------------ sort

/// Intervals at least this long may use a randomized pivot (PUC's RANLIMIT).
const RAN_LIMIT: u32 = 100;

fn sort(vm: &mut Vm) -> LuaResult<usize> {
    let n = get_n(vm, 1, READ | WRITE)?;
    if n > 1 {
        if n >= i32::MAX as i64 {
            return Err(vm.arg_error(1, "array too big"));
        }
        if !vm.arg(2).is_nil() && !vm.arg(2).is_function() {
            return Err(vm.type_error(2, "function"));
        }
        // Exactly two arguments: the table and the comparator (or nil).
        let base = vm.frame().base;
        vm.ensure_stack(2)?;
        while vm.top < base + 2 {
            vm.push(Value::Nil);
        }
        vm.top = base + 2;
        auxsort(vm, 1, n as u32, 0)?;
    }
    Ok(0)
}

/// Is the value at stack slot `a` less than the one at `b` in the sort's order?
fn sort_comp(vm: &mut Vm, a: usize, b: usize) -> LuaResult<bool> {
    // `sort` left exactly two arguments, the comparator second.
    let cmp = vm.frame().base + 1;
    if vm.stack[cmp].is_nil() {
        return auxlib::less_than(vm, vm.stack[a], vm.stack[b]);
    }
    vm.push_slot(cmp);
    vm.push_slot(a);
    vm.push_slot(b);
    auxlib::call(vm, 2, 1)?;
    Ok(vm.pop().truthy())
}

/// Stack slot `k` from the top (1 = top), like PUC's negative indices.
fn top(vm: &Vm, k: usize) -> usize {
    vm.top - k
}

/// `set2`: pop into t[i], then pop into t[j].
fn set2(vm: &mut Vm, i: u32, j: u32) -> LuaResult<()> {
    seti(vm, 1, i as i64)?;
    seti(vm, 1, j as i64)
}

/// Partition a[lo..up] around the pivot on top of the stack (a copy of
/// a[up - 1]); returns the pivot's final position.
fn partition(vm: &mut Vm, lo: u32, up: u32) -> LuaResult<u32> {
    let mut i = lo;
    let mut j = up - 1;
    loop {
        // Repeat ++i while a[i] < P.
        loop {
            i += 1;
            geti(vm, 1, i as i64)?;
            if !sort_comp(vm, top(vm, 1), top(vm, 2))? {
                break;
            }
            if i == up - 1 {
                return Err(vm.rt_error("invalid order function for sorting"));
            }
            vm.top -= 1;
        }
        // Repeat --j while P < a[j].
        loop {
            j = j.wrapping_sub(1);
            geti(vm, 1, j as i64)?;
            if !sort_comp(vm, top(vm, 3), top(vm, 1))? {
                break;
            }
            if j < i {
                return Err(vm.rt_error("invalid order function for sorting"));
            }
            vm.top -= 1;
        }
        if j < i {
            vm.top -= 1; // a[j]
            set2(vm, up - 1, i)?;
            return Ok(i);
        }
        set2(vm, i, j)?;
    }
}

/// A pivot in the middle half of [lo, up], "randomized" by `rnd`.
fn choose_pivot(lo: u32, up: u32, rnd: u32) -> u32 {
    let r4 = (up - lo) / 4;
    rnd % (r4 * 2) + (lo + r4)
}

/// A fresh randomization for pivots after an unbalanced partition (PUC mixes
/// `clock()` and `time()`).
fn randomize_pivot() -> u32 {
    let d = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
    (d.as_secs() as u32).wrapping_add(d.subsec_nanos())
}

fn auxsort(vm: &mut Vm, mut lo: u32, mut up: u32, mut rnd: u32) -> LuaResult<()> {
    while lo < up {
        // Sort a[lo], a[p], a[up].
        geti(vm, 1, lo as i64)?;
        geti(vm, 1, up as i64)?;
        if sort_comp(vm, top(vm, 1), top(vm, 2))? {
            set2(vm, lo, up)?; // a[up] < a[lo]: swap
        } else {
            vm.top -= 2;
        }
        if up - lo == 1 {
            return Ok(());
        }
        let mut p = if up - lo < RAN_LIMIT || rnd == 0 { lo + (up - lo) / 2 } else { choose_pivot(lo, up, rnd) };
        geti(vm, 1, p as i64)?;
        geti(vm, 1, lo as i64)?;
        if sort_comp(vm, top(vm, 2), top(vm, 1))? {
            set2(vm, p, lo)?; // a[p] < a[lo]: swap
        } else {
            vm.top -= 1;
            geti(vm, 1, up as i64)?;
            if sort_comp(vm, top(vm, 1), top(vm, 2))? {
                set2(vm, p, up)?; // a[up] < a[p]: swap
            } else {
                vm.top -= 2;
            }
        }
        if up - lo == 2 {
            return Ok(());
        }
        geti(vm, 1, p as i64)?; // the pivot
        vm.push(vm.stack[vm.top - 1]);
        geti(vm, 1, (up - 1) as i64)?;
        set2(vm, p, up - 1)?; // a[p] <-> a[up - 1]
        p = partition(vm, lo, up)?;
        let n;
        if p - lo < up - p {
            auxsort(vm, lo, p - 1, rnd)?;
            n = p - lo;
            lo = p + 1;
        } else {
            auxsort(vm, p + 1, up, rnd)?;
            n = up - p;
            up = p - 1;
        }
        if (up.wrapping_sub(lo)) / 128 > n {
            rnd = randomize_pivot();
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::testing::{call, show, vm};
    use super::*;

    fn int_table(vm: &mut Vm, items: &[i64]) -> usize {
        let t = vm.new_table(items.len(), 0);
        for (i, &x) in items.iter().enumerate() {
            vm.table_set_int(t, i as i64 + 1, Value::Int(x));
        }
        vm.hold(Value::Table(t))
    }

    fn contents(vm: &Vm, h: usize) -> Vec<i64> {
        let t = vm.handles[h].as_table().unwrap();
        (1..=t.len())
            .map(|i| match t.get_int(i) {
                Value::Int(x) => x,
                _ => panic!("not an integer"),
            })
            .collect()
    }

    #[test]
    fn sort_orders_integers() {
        let mut vm = vm();
        let mut x: u64 = 12345;
        let items: Vec<i64> = (0..500)
            .map(|_| {
                x = x.wrapping_mul(6364136223846793005).wrapping_add(1);
                (x >> 40) as i64 % 100
            })
            .collect();
        let h = int_table(&mut vm, &items);
        let args = [vm.handles[h]];
        call(&mut vm, sort, "table.sort", &args).unwrap();
        let mut expect = items.clone();
        expect.sort();
        assert_eq!(contents(&vm, h), expect);
    }

    #[test]
    fn sort_errors() {
        let mut vm = vm();
        let h = int_table(&mut vm, &[2, 1]);
        let args = [vm.handles[h], Value::Int(3)];
        assert_eq!(
            call(&mut vm, sort, "table.sort", &args).unwrap_err(),
            "bad argument #2 to 'table.sort' (function expected, got number)"
        );
    }

    #[test]
    fn insert_and_remove_positions() {
        let mut vm = vm();
        let h = int_table(&mut vm, &[1, 2, 3]);
        let args = [vm.handles[h], Value::Int(1), Value::Int(0)];
        call(&mut vm, insert, "table.insert", &args).unwrap();
        assert_eq!(contents(&vm, h), [0, 1, 2, 3]);
        let args = [vm.handles[h], Value::Int(9)];
        call(&mut vm, insert, "table.insert", &args).unwrap();
        assert_eq!(contents(&vm, h), [0, 1, 2, 3, 9]);
        let args = [vm.handles[h], Value::Int(7), Value::Int(0)];
        assert_eq!(
            call(&mut vm, insert, "table.insert", &args).unwrap_err(),
            "bad argument #2 to 'table.insert' (position out of bounds)"
        );
        let args = [vm.handles[h], Value::Int(1), Value::Int(0), Value::Int(0)];
        assert_eq!(call(&mut vm, insert, "table.insert", &args).unwrap_err(), "wrong number of arguments to 'insert'");
        let args = [vm.handles[h], Value::Int(2)];
        let r = call(&mut vm, remove, "table.remove", &args).unwrap();
        assert_eq!(show(r[0]), "1");
        assert_eq!(contents(&vm, h), [0, 2, 3, 9]);
        let args = [vm.handles[h], Value::Int(7)];
        assert_eq!(
            call(&mut vm, remove, "table.remove", &args).unwrap_err(),
            "bad argument #1 to 'table.remove' (position out of bounds)"
        );
    }

    #[test]
    fn move_overlapping_ranges() {
        let mut vm = vm();
        let h = int_table(&mut vm, &[1, 2, 3]);
        let args = [vm.handles[h], Value::Int(1), Value::Int(3), Value::Int(2)];
        call(&mut vm, move_, "table.move", &args).unwrap();
        assert_eq!(contents(&vm, h), [1, 1, 2, 3]);
        let args = [vm.handles[h], Value::Int(2), Value::Int(4), Value::Int(1)];
        call(&mut vm, move_, "table.move", &args).unwrap();
        assert_eq!(contents(&vm, h), [1, 2, 3, 3]);
        let args = [vm.handles[h], Value::Int(1), Value::Int(i64::MAX), Value::Int(2)];
        assert_eq!(
            call(&mut vm, move_, "table.move", &args).unwrap_err(),
            "bad argument #4 to 'table.move' (destination wrap around)"
        );
        let args = [vm.handles[h], Value::Int(-1), Value::Int(i64::MAX), Value::Int(2)];
        assert_eq!(
            call(&mut vm, move_, "table.move", &args).unwrap_err(),
            "bad argument #3 to 'table.move' (too many elements to move)"
        );
    }

    #[test]
    fn concat_pack_unpack() {
        let mut vm = vm();
        let h = int_table(&mut vm, &[1, 2, 3]);
        let sep = vm.new_str_value(b", ");
        let sep_h = vm.hold(sep);
        let args = [vm.handles[h], vm.handles[sep_h]];
        assert_eq!(show(call(&mut vm, concat, "table.concat", &args).unwrap()[0]), "1, 2, 3");
        let args = [vm.handles[h], vm.handles[sep_h], Value::Int(1), Value::Int(5)];
        assert_eq!(
            call(&mut vm, concat, "table.concat", &args).unwrap_err(),
            "invalid value (nil) at index 4 in table for 'concat'"
        );
        let args = [vm.handles[h], Value::Int(2)];
        let r = call(&mut vm, unpack, "table.unpack", &args).unwrap();
        assert_eq!(r.iter().map(|v| show(*v)).collect::<Vec<_>>(), ["2", "3"]);
        let args = [vm.handles[h], Value::Int(1), Value::Int(100_000_000)];
        assert_eq!(call(&mut vm, unpack, "table.unpack", &args).unwrap_err(), "too many results to unpack");
        let r = call(&mut vm, pack, "table.pack", &[Value::Int(1), Value::Nil, Value::Int(3)]).unwrap();
        let t = r[0].as_table().unwrap();
        assert_eq!(show(t.get_int(3)), "3");
        // A mature key: allocating it does not collect (so `t` stays valid).
        let n = crate::object::LuaStr::alloc(&mut vm.heap, b"n", true);
        assert_eq!(show(t.get_str(n)), "3");
    }
}
