//! LuaJIT's companion modules that FFI code requires beside `ffi`:
//! `require("bit")` (the LuaBitOp API, 32-bit semantics), `require("table.new")`
//! and `require("table.clear")`.
//!
//! The bit operations follow LuaBitOp: every argument is first normalised to a
//! signed 32-bit integer (`tobit`: integers wrap modulo 2^32, floats round to
//! the nearest integer, ties to even, as LuaJIT's `lj_num2bit`), and every
//! result is a signed 32-bit value (a Lua integer here).

use kiln_interp::object::{NativeClosure, NativeFn};
use kiln_interp::table::Table;
use kiln_interp::{LuaResult, Value, Vm};

/// Put the companion modules' loaders in `package.preload` (next to `ffi`).
pub fn register(vm: &mut Vm, preload: &str) {
    let loaders: &[(&str, NativeFn)] =
        &[("bit", luaopen_bit), ("table.new", luaopen_table_new), ("table.clear", luaopen_table_clear)];
    for &(name, f) in loaders {
        // Looked up again each time: the allocations below may move the table.
        let Value::Table(pkg) = vm.get_global("package") else { return };
        vm.hold(Value::Table(pkg));
        let k = vm.new_str(preload.as_bytes());
        let Value::Table(pkg) = vm.release() else { unreachable!("held a table") };
        let Value::Table(pre) = pkg.get_str(k) else { return };
        vm.hold(Value::Table(pre));
        let loader = vm.new_native(f, "loader", 0);
        let Value::Table(pre) = vm.release() else { unreachable!("held a table") };
        vm.table_set_str(pre, name, loader);
    }
}

/// A mature native without upvalues (stored at once into a mature table).
fn mature_native(vm: &mut Vm, f: NativeFn, name: &'static str) -> Value {
    Value::NativeFn(vm.alloc_mature(NativeClosure::new(f, name, Box::new([]))))
}

/// `require("bit")`: the LuaBitOp table.
fn luaopen_bit(vm: &mut Vm) -> LuaResult<usize> {
    // Mature: it stays where it is while the functions below are allocated.
    let t = vm.alloc_mature(Table::new(0, 16));
    vm.push(Value::Table(t));
    let funcs: &[(&'static str, NativeFn)] = &[
        ("tobit", bit_tobit),
        ("tohex", bit_tohex),
        ("bnot", bit_bnot),
        ("band", bit_band),
        ("bor", bit_bor),
        ("bxor", bit_bxor),
        ("lshift", bit_lshift),
        ("rshift", bit_rshift),
        ("arshift", bit_arshift),
        ("rol", bit_rol),
        ("ror", bit_ror),
        ("bswap", bit_bswap),
    ];
    for &(name, f) in funcs {
        let nf = mature_native(vm, f, name);
        let key = vm.shared_str(name.as_bytes());
        t.set(Value::Str(key), nf).expect("string keys are valid");
    }
    Ok(1)
}

/// Argument `i` as LuaBitOp's `tobit` sees it.
fn bit_arg(vm: &mut Vm, i: usize) -> LuaResult<i32> {
    Ok(match vm.check_number(i)? {
        Value::Int(n) => n as i32,
        Value::Float(f) => float_to_bit(f),
        _ => unreachable!("check_number gives numbers"),
    })
}

/// LuaJIT's `lj_num2bit`: the low 32 bits of `f` rounded to an integer
/// (adding 2^52 + 2^51 puts the integer part in the mantissa's low bits).
fn float_to_bit(f: f64) -> i32 {
    (f + 6_755_399_441_055_744.0).to_bits() as u32 as i32
}

fn push_bit(vm: &mut Vm, n: i32) -> LuaResult<usize> {
    vm.push(Value::Int(n as i64));
    Ok(1)
}

fn bit_tobit(vm: &mut Vm) -> LuaResult<usize> {
    let n = bit_arg(vm, 1)?;
    push_bit(vm, n)
}

fn bit_bnot(vm: &mut Vm) -> LuaResult<usize> {
    let n = bit_arg(vm, 1)?;
    push_bit(vm, !n)
}

/// `band`, `bor`, `bxor`: one argument or more, folded with `op`.
fn fold(vm: &mut Vm, op: fn(i32, i32) -> i32) -> LuaResult<usize> {
    let mut acc = bit_arg(vm, 1)?;
    for i in 2..=vm.nargs() {
        acc = op(acc, bit_arg(vm, i)?);
    }
    push_bit(vm, acc)
}

fn bit_band(vm: &mut Vm) -> LuaResult<usize> {
    fold(vm, |a, b| a & b)
}

fn bit_bor(vm: &mut Vm) -> LuaResult<usize> {
    fold(vm, |a, b| a | b)
}

fn bit_bxor(vm: &mut Vm) -> LuaResult<usize> {
    fold(vm, |a, b| a ^ b)
}

/// The shifts and rotations: `x` and a count taken modulo 32.
fn shift(vm: &mut Vm, op: fn(i32, u32) -> i32) -> LuaResult<usize> {
    let x = bit_arg(vm, 1)?;
    let n = bit_arg(vm, 2)? as u32 & 31;
    push_bit(vm, op(x, n))
}

fn bit_lshift(vm: &mut Vm) -> LuaResult<usize> {
    shift(vm, |x, n| ((x as u32) << n) as i32)
}

fn bit_rshift(vm: &mut Vm) -> LuaResult<usize> {
    shift(vm, |x, n| ((x as u32) >> n) as i32)
}

fn bit_arshift(vm: &mut Vm) -> LuaResult<usize> {
    shift(vm, |x, n| x >> n)
}

fn bit_rol(vm: &mut Vm) -> LuaResult<usize> {
    shift(vm, |x, n| x.rotate_left(n))
}

fn bit_ror(vm: &mut Vm) -> LuaResult<usize> {
    shift(vm, |x, n| x.rotate_right(n))
}

fn bit_bswap(vm: &mut Vm) -> LuaResult<usize> {
    let n = bit_arg(vm, 1)?;
    push_bit(vm, n.swap_bytes())
}

/// `tohex(x [, n])`: the low `|n|` hex digits of the 32 bits of `x` (default
/// 8; more are zeros), upper case when `n` is negative.
fn bit_tohex(vm: &mut Vm) -> LuaResult<usize> {
    let x = bit_arg(vm, 1)? as u32;
    let n = if vm.arg(2).is_nil() { 8 } else { bit_arg(vm, 2)? };
    // Bounded as LuaJIT's buffer is: no absurd allocations.
    let digits = n.unsigned_abs().min(64) as usize;
    let text = if n < 0 { format!("{x:0digits$X}") } else { format!("{x:0digits$x}") };
    vm.push_str(&text.as_bytes()[text.len() - digits..]);
    Ok(1)
}

/// `require("table.new")`: the function `table.new(narray, nhash)`, also
/// stored in the `table` library as LuaJIT does.
fn luaopen_table_new(vm: &mut Vm) -> LuaResult<usize> {
    open_table_function(vm, "new", table_new)
}

/// Push native `f` and store it as `table[name]` (when `table` is a table).
fn open_table_function(vm: &mut Vm, name: &'static str, f: NativeFn) -> LuaResult<usize> {
    let f = vm.new_native(f, name, 0);
    vm.push(f);
    if let Value::Table(lib) = vm.get_global("table") {
        let f = vm.stack[vm.top - 1];
        vm.table_set_str(lib, name, f);
    }
    Ok(1)
}

/// `table.new(narray, nhash)`: an empty table with room for `narray` array
/// elements and `nhash` other keys.
fn table_new(vm: &mut Vm) -> LuaResult<usize> {
    // Clamped: a size hint, not a promise (LuaJIT caps it too).
    let size = |n: i64| n.clamp(0, 1 << 26) as usize;
    let (narr, nhash) = (size(vm.check_int(1)?), size(vm.check_int(2)?));
    let t = vm.new_table(narr, nhash);
    vm.push(Value::Table(t));
    Ok(1)
}

/// `require("table.clear")`: the function `table.clear(t)` (also `table.clear`).
fn luaopen_table_clear(vm: &mut Vm) -> LuaResult<usize> {
    open_table_function(vm, "clear", table_clear)
}

/// `table.clear(t)`: remove every entry of `t`, keeping its allocated parts.
fn table_clear(vm: &mut Vm) -> LuaResult<usize> {
    let t = vm.check_table(1)?;
    t.clear_dead_values(&|_| true);
    Ok(0)
}
