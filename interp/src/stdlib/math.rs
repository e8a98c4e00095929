//! The math library, including Lua 5.4's xoshiro256** generator for
//! `math.random`, bit-for-bit like PUC Lua (same seeds give the same numbers).

use crate::number::float_to_int_exact;
use crate::state::{LuaResult, Vm};
use crate::value::Value;

pub fn open_math(vm: &mut Vm) {
    let t = super::register_qualified(
        vm,
        "math",
        &[
            ("math.abs", abs),
            ("math.acos", acos),
            ("math.asin", asin),
            ("math.atan", atan),
            ("math.ceil", ceil),
            ("math.cos", cos),
            ("math.exp", exp),
            ("math.floor", floor),
            ("math.fmod", fmod),
            ("math.log", log),
            ("math.max", max),
            ("math.min", min),
            ("math.modf", modf),
            ("math.random", random),
            ("math.randomseed", randomseed),
            ("math.sin", sin),
            ("math.sqrt", sqrt),
            ("math.tan", tan),
            ("math.tointeger", tointeger),
            ("math.type", type_),
            ("math.ult", ult),
            ("math.deg", deg),
            ("math.rad", rad),
            // LUA_COMPAT_MATHLIB, on in the lua5.4 builds this project matches.
            ("math.atan2", atan),
            ("math.cosh", cosh),
            ("math.sinh", sinh),
            ("math.tanh", tanh),
            ("math.pow", pow),
            ("math.frexp", frexp),
            ("math.ldexp", ldexp),
            ("math.log10", log10),
        ],
    );
    vm.table_set_str(t, "pi", Value::Float(std::f64::consts::PI));
    vm.table_set_str(t, "huge", Value::Float(f64::INFINITY));
    vm.table_set_str(t, "maxinteger", Value::Int(i64::MAX));
    vm.table_set_str(t, "mininteger", Value::Int(i64::MIN));
    let seed = random_seed_material();
    super::extension::<Xoshiro>(vm).seed(seed.0, seed.1);
}

/// A float that is integral and fits becomes an integer (PUC's `pushnumint`).
fn num_or_int(f: f64) -> Value {
    match float_to_int_exact(f) {
        Some(i) => Value::Int(i),
        None => Value::Float(f),
    }
}

fn push(vm: &mut Vm, v: Value) -> LuaResult<usize> {
    vm.push(v);
    Ok(1)
}

/// `math.abs` of a number (`None` for anything else). Only a true integer
/// stays one: a numeric string gives a float, as in PUC.
fn abs_of(v: Value) -> Option<Value> {
    match v {
        Value::Int(i) => Some(Value::Int(i.wrapping_abs())),
        Value::Float(f) => Some(Value::Float(f.abs())),
        _ => None,
    }
}

pub(crate) fn abs(vm: &mut Vm) -> LuaResult<usize> {
    let r = match abs_of(vm.arg(1)) {
        Some(r) => r,
        None => Value::Float(vm.check_num(1)?.abs()),
    };
    push(vm, r)
}

pub(crate) fn abs_fast(vm: &mut Vm, func: usize, nargs: usize) -> Option<Value> {
    abs_of(crate::fast::arg(vm, func, nargs, 1))
}

/// `math.floor` of a number (`None` for anything else).
fn floor_of(v: Value) -> Option<Value> {
    match v {
        Value::Int(_) => Some(v),
        Value::Float(f) => Some(num_or_int(f.floor())),
        _ => None,
    }
}

pub(crate) fn floor(vm: &mut Vm) -> LuaResult<usize> {
    let r = match floor_of(vm.arg(1)) {
        Some(r) => r,
        None => num_or_int(vm.check_num(1)?.floor()),
    };
    push(vm, r)
}

pub(crate) fn floor_fast(vm: &mut Vm, func: usize, nargs: usize) -> Option<Value> {
    floor_of(crate::fast::arg(vm, func, nargs, 1))
}

fn ceil(vm: &mut Vm) -> LuaResult<usize> {
    let r = match vm.arg(1) {
        v @ Value::Int(_) => v,
        _ => num_or_int(vm.check_num(1)?.ceil()),
    };
    push(vm, r)
}

fn fmod(vm: &mut Vm) -> LuaResult<usize> {
    let r = match (vm.arg(1), vm.arg(2)) {
        (Value::Int(a), Value::Int(d)) => {
            if d == 0 {
                return Err(vm.arg_error(2, "zero"));
            }
            // `wrapping_rem` gives 0 for MIN % -1, as PUC special-cases it.
            Value::Int(a.wrapping_rem(d))
        }
        _ => {
            // PUC evaluates `fmod(luaL_checknumber(L, 1), luaL_checknumber(L, 2))`, whose arguments the
            // x86-64 build checks right to left: with two bad arguments, the error names #2.
            let b = vm.check_num(2)?;
            let a = vm.check_num(1)?;
            Value::Float(c_fmod(a, b))
        }
    };
    push(vm, r)
}

/// C's `fmod`; its NaN for a zero divisor or infinite dividend has the sign
/// bit set on x86-64, which Lua prints as "-nan".
fn c_fmod(a: f64, b: f64) -> f64 {
    if b == 0.0 || a.is_infinite() {
        return -f64::NAN;
    }
    a % b
}

fn modf(vm: &mut Vm) -> LuaResult<usize> {
    if let v @ Value::Int(_) = vm.arg(1) {
        vm.push(v);
        vm.push(Value::Float(0.0));
        return Ok(2);
    }
    let n = vm.check_num(1)?;
    let ip = if n < 0.0 { n.ceil() } else { n.floor() };
    vm.push(num_or_int(ip));
    vm.push(Value::Float(if n == ip { 0.0 } else { n - ip }));
    Ok(2)
}

fn float_fn(vm: &mut Vm, f: fn(f64) -> f64) -> LuaResult<usize> {
    let x = vm.check_num(1)?;
    push(vm, Value::Float(f(x)))
}

pub(crate) fn sqrt(vm: &mut Vm) -> LuaResult<usize> {
    float_fn(vm, f64::sqrt)
}

pub(crate) fn sqrt_fast(vm: &mut Vm, func: usize, nargs: usize) -> Option<Value> {
    match crate::fast::arg(vm, func, nargs, 1) {
        Value::Int(i) => Some(Value::Float((i as f64).sqrt())),
        Value::Float(f) => Some(Value::Float(f.sqrt())),
        _ => None,
    }
}
fn exp(vm: &mut Vm) -> LuaResult<usize> {
    float_fn(vm, f64::exp)
}
fn sin(vm: &mut Vm) -> LuaResult<usize> {
    float_fn(vm, f64::sin)
}
fn cos(vm: &mut Vm) -> LuaResult<usize> {
    float_fn(vm, f64::cos)
}
fn tan(vm: &mut Vm) -> LuaResult<usize> {
    float_fn(vm, f64::tan)
}
fn asin(vm: &mut Vm) -> LuaResult<usize> {
    float_fn(vm, f64::asin)
}
fn acos(vm: &mut Vm) -> LuaResult<usize> {
    float_fn(vm, f64::acos)
}

fn deg(vm: &mut Vm) -> LuaResult<usize> {
    let x = vm.check_num(1)?;
    push(vm, Value::Float(x * (180.0 / std::f64::consts::PI)))
}
fn rad(vm: &mut Vm) -> LuaResult<usize> {
    let x = vm.check_num(1)?;
    push(vm, Value::Float(x * (std::f64::consts::PI / 180.0)))
}
fn cosh(vm: &mut Vm) -> LuaResult<usize> {
    float_fn(vm, f64::cosh)
}
fn sinh(vm: &mut Vm) -> LuaResult<usize> {
    float_fn(vm, f64::sinh)
}
fn tanh(vm: &mut Vm) -> LuaResult<usize> {
    float_fn(vm, f64::tanh)
}
fn log10(vm: &mut Vm) -> LuaResult<usize> {
    float_fn(vm, f64::log10)
}

fn pow(vm: &mut Vm) -> LuaResult<usize> {
    let x = vm.check_num(1)?;
    let y = vm.check_num(2)?;
    push(vm, Value::Float(x.powf(y)))
}

fn frexp(vm: &mut Vm) -> LuaResult<usize> {
    let (m, e) = c_frexp(vm.check_num(1)?);
    vm.push(Value::Float(m));
    vm.push(Value::Int(e as i64));
    Ok(2)
}

/// C's `frexp`: `x = m * 2^e` with `0.5 <= |m| < 1`; zero, infinities and NaN
/// come back unchanged with exponent 0.
fn c_frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    if biased == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = c_frexp(x * f64::from_bits(0x4350_0000_0000_0000)); // 2^54
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, biased - 1022)
}

fn ldexp(vm: &mut Vm) -> LuaResult<usize> {
    let x = vm.check_num(1)?;
    // PUC casts the exponent to a C int.
    let e = vm.check_int(2)? as i32;
    push(vm, Value::Float(c_ldexp(x, e)))
}

/// C's `ldexp` (musl's `scalbn`): `x * 2^n` rounded once, also for results in
/// the subnormal range.
fn c_ldexp(x: f64, n: i32) -> f64 {
    let (mut y, mut n) = (x, n);
    let p1023 = f64::from_bits(0x7fe0_0000_0000_0000);
    // 2^-1022 * 2^53: keeps the final step above the subnormal range.
    let pm969 = f64::from_bits(0x0010_0000_0000_0000) * f64::from_bits(0x4340_0000_0000_0000);
    if n > 1023 {
        y *= p1023;
        n -= 1023;
        if n > 1023 {
            y *= p1023;
            n -= 1023;
            n = n.min(1023);
        }
    } else if n < -1022 {
        y *= pm969;
        n += 1022 - 53;
        if n < -1022 {
            y *= pm969;
            n += 1022 - 53;
            n = n.max(-1022);
        }
    }
    y * f64::from_bits(((0x3ff + n) as u64) << 52)
}

fn atan(vm: &mut Vm) -> LuaResult<usize> {
    let y = vm.check_num(1)?;
    let x = vm.opt_num(2, 1.0)?;
    push(vm, Value::Float(y.atan2(x)))
}

fn log(vm: &mut Vm) -> LuaResult<usize> {
    let x = vm.check_num(1)?;
    let r = if vm.arg(2).is_nil() {
        x.ln()
    } else {
        match vm.check_num(2)? {
            2.0 => x.log2(),
            10.0 => x.log10(),
            b => x.ln() / b.ln(),
        }
    };
    push(vm, Value::Float(r))
}

fn tointeger(vm: &mut Vm) -> LuaResult<usize> {
    let r = match vm.arg(1) {
        v @ Value::Int(_) => v,
        Value::Float(f) => float_to_int_exact(f).map_or(Value::Nil, Value::Int),
        Value::Str(s) => match crate::number::str_to_number(s.as_bytes()) {
            Some(v @ Value::Int(_)) => v,
            Some(Value::Float(f)) => float_to_int_exact(f).map_or(Value::Nil, Value::Int),
            _ => Value::Nil,
        },
        _ => {
            vm.check_any(1)?;
            Value::Nil
        }
    };
    push(vm, r)
}

fn type_(vm: &mut Vm) -> LuaResult<usize> {
    match vm.arg(1) {
        Value::Int(_) => vm.push_str(b"integer"),
        Value::Float(_) => vm.push_str(b"float"),
        _ => {
            vm.check_any(1)?;
            vm.push(Value::Nil)
        }
    }
    Ok(1)
}

fn ult(vm: &mut Vm) -> LuaResult<usize> {
    let a = vm.check_int(1)?;
    let b = vm.check_int(2)?;
    push(vm, Value::Bool((a as u64) < (b as u64)))
}

/// math.min / math.max: the first argument that no later one beats, compared
/// with `<` (so strings compare as strings and mixed types raise).
fn extreme(vm: &mut Vm, want_max: bool) -> LuaResult<usize> {
    let n = vm.nargs();
    if n < 1 {
        return Err(vm.arg_error(1, "value expected"));
    }
    let mut best = 1;
    for i in 2..=n {
        let (a, b) = if want_max { (vm.arg(best), vm.arg(i)) } else { (vm.arg(i), vm.arg(best)) };
        if super::auxlib::less_than(vm, a, b)? {
            best = i;
        }
    }
    push(vm, vm.arg(best))
}

fn max(vm: &mut Vm) -> LuaResult<usize> {
    extreme(vm, true)
}

fn min(vm: &mut Vm) -> LuaResult<usize> {
    extreme(vm, false)
}

// ------------------------------------------------------------------ random numbers

/// The xoshiro256** generator with Lua 5.4's seeding.
#[derive(Default, Clone, Debug, PartialEq, Eq)]
pub struct Xoshiro {
    s: [u64; 4],
}

impl Xoshiro {
    pub fn next_u64(&mut self) -> u64 {
        let s = &mut self.s;
        let result = s[1].wrapping_mul(5).rotate_left(7).wrapping_mul(9);
        let t = s[1] << 17;
        s[2] ^= s[0];
        s[3] ^= s[1];
        s[1] ^= s[2];
        s[0] ^= s[3];
        s[2] ^= t;
        s[3] = s[3].rotate_left(45);
        result
    }

    /// `setseed`: the state from two integers, then 16 discarded outputs.
    pub fn seed(&mut self, n1: u64, n2: u64) {
        self.s = [n1, 0xff, n2, 0];
        for _ in 0..16 {
            self.next_u64();
        }
    }

    /// A float in [0, 1) from the top 53 bits (`I2d`).
    pub fn to_float(r: u64) -> f64 {
        (r >> 11) as f64 * (0.5f64).powi(53)
    }

    /// A value in [0, n] from `r` (`project`): masks to the smallest
    /// 2^b - 1 >= n and draws again while the result is above `n`.
    pub fn project(&mut self, mut r: u64, n: u64) -> u64 {
        if n & n.wrapping_add(1) == 0 {
            return r & n;
        }
        let mut lim = n;
        lim |= lim >> 1;
        lim |= lim >> 2;
        lim |= lim >> 4;
        lim |= lim >> 8;
        lim |= lim >> 16;
        lim |= lim >> 32;
        loop {
            r &= lim;
            if r <= n {
                return r;
            }
            r = self.next_u64();
        }
    }
}

/// Seed material when none is given: the time and an address-like value.
fn random_seed_material() -> (u64, u64) {
    let t = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let local = 0u8;
    let addr = &local as *const u8 as u64 ^ (std::process::id() as u64) << 16;
    (t, addr)
}

fn random(vm: &mut Vm) -> LuaResult<usize> {
    let rv = super::extension::<Xoshiro>(vm).next_u64();
    let (low, up) = match vm.nargs() {
        0 => return push(vm, Value::Float(Xoshiro::to_float(rv))),
        1 => {
            let up = vm.check_int(1)?;
            if up == 0 {
                return push(vm, Value::Int(rv as i64));
            }
            (1, up)
        }
        2 => (vm.check_int(1)?, vm.check_int(2)?),
        _ => return Err(vm.rt_error("wrong number of arguments")),
    };
    if low > up {
        return Err(vm.arg_error(1, "interval is empty"));
    }
    let p = super::extension::<Xoshiro>(vm).project(rv, (up as u64).wrapping_sub(low as u64));
    push(vm, Value::Int(p.wrapping_add(low as u64) as i64))
}

fn randomseed(vm: &mut Vm) -> LuaResult<usize> {
    let (n1, n2) = if vm.nargs() == 0 {
        let (a, b) = random_seed_material();
        (a as i64, b as i64)
    } else {
        (vm.check_int(1)?, vm.opt_int(2, 0)?)
    };
    super::extension::<Xoshiro>(vm).seed(n1 as u64, n2 as u64);
    vm.push(Value::Int(n1));
    vm.push(Value::Int(n2));
    Ok(2)
}

#[cfg(test)]
mod tests {
    use super::super::testing::{call, show, vm};
    use super::*;

    /// Expected values printed by lua5.4 (5.4.4) for the same calls.
    #[test]
    fn random_matches_lua54() {
        let mut vm = vm();
        call(&mut vm, randomseed, "math.randomseed", &[Value::Int(42)]).unwrap();
        let r = |vm: &mut Vm, args: &[Value]| show(call(vm, random, "math.random", args).unwrap()[0]);
        assert_eq!(r(&mut vm, &[Value::Int(1), Value::Int(100)]), "50");
        assert_eq!(r(&mut vm, &[]), "0.54688311243421");
        assert_eq!(r(&mut vm, &[Value::Int(0)]), "-3807604385970496171");
        call(&mut vm, randomseed, "math.randomseed", &[Value::Int(7), Value::Int(3)]).unwrap();
        assert_eq!(r(&mut vm, &[Value::Int(3)]), "3");
        assert_eq!(r(&mut vm, &[Value::Int(1), Value::Int(10)]), "8");
        assert_eq!(r(&mut vm, &[Value::Int(-5), Value::Int(5)]), "-5");
        assert_eq!(r(&mut vm, &[Value::Int(i64::MIN), Value::Int(i64::MAX)]), "427744688660130600");
    }

    #[test]
    fn random_argument_errors() {
        let mut vm = vm();
        assert_eq!(
            call(&mut vm, random, "math.random", &[Value::Int(2), Value::Int(1)]).unwrap_err(),
            "bad argument #1 to 'math.random' (interval is empty)"
        );
        assert_eq!(
            call(&mut vm, random, "math.random", &[Value::Int(1), Value::Int(2), Value::Int(3)]).unwrap_err(),
            "wrong number of arguments"
        );
        assert_eq!(
            call(&mut vm, random, "math.random", &[Value::Float(1.5)]).unwrap_err(),
            "bad argument #1 to 'math.random' (number has no integer representation)"
        );
    }

    #[test]
    fn project_stays_in_range() {
        let mut g = Xoshiro::default();
        g.seed(1, 2);
        for n in [1u64, 2, 5, 6, 7, 100, u64::MAX / 3, u64::MAX] {
            for _ in 0..100 {
                let r = g.next_u64();
                assert!(g.project(r, n) <= n);
            }
        }
    }

    #[test]
    fn rounding_and_integer_results() {
        let mut vm = vm();
        let one = |vm: &mut Vm, f: crate::object::NativeFn, v: Value| show(call(vm, f, "f", &[v]).unwrap()[0]);
        assert_eq!(one(&mut vm, floor, Value::Float(-3.5)), "-4");
        assert_eq!(one(&mut vm, ceil, Value::Float(-0.0)), "0");
        assert_eq!(one(&mut vm, floor, Value::Float(2f64.powi(63))), "9.2233720368548e+18");
        assert_eq!(one(&mut vm, abs, Value::Int(i64::MIN)), "-9223372036854775808");
        assert_eq!(one(&mut vm, tointeger, Value::Float(3.0)), "3");
        assert_eq!(one(&mut vm, tointeger, Value::Float(3.5)), "nil");
        let m = call(&mut vm, modf, "math.modf", &[Value::Float(-3.5)]).unwrap();
        assert_eq!((show(m[0]), show(m[1])), ("-3".into(), "-0.5".into()));
        let m = call(&mut vm, modf, "math.modf", &[Value::Int(5)]).unwrap();
        assert_eq!((show(m[0]), show(m[1])), ("5".into(), "0.0".into()));
    }

    #[test]
    fn fmod_and_log() {
        let mut vm = vm();
        let two = |vm: &mut Vm, f: crate::object::NativeFn, a: Value, b: Value| call(vm, f, "math.fmod", &[a, b]);
        assert_eq!(show(two(&mut vm, fmod, Value::Int(-7), Value::Int(3)).unwrap()[0]), "-1");
        assert_eq!(show(two(&mut vm, fmod, Value::Int(i64::MIN), Value::Int(-1)).unwrap()[0]), "0");
        assert_eq!(
            two(&mut vm, fmod, Value::Int(1), Value::Int(0)).unwrap_err(),
            "bad argument #2 to 'math.fmod' (zero)"
        );
        assert_eq!(show(two(&mut vm, fmod, Value::Int(1), Value::Float(0.0)).unwrap()[0]), "-nan");
        assert_eq!(show(two(&mut vm, log, Value::Int(8), Value::Int(2)).unwrap()[0]), "3.0");
        assert_eq!(show(two(&mut vm, log, Value::Int(100), Value::Int(10)).unwrap()[0]), "2.0");
    }

    #[test]
    fn max_keeps_the_first_of_equals() {
        let mut vm = vm();
        let r = call(&mut vm, max, "math.max", &[Value::Int(1), Value::Float(1.0)]).unwrap();
        assert!(matches!(r[0], Value::Int(1)));
        let r = call(&mut vm, min, "math.min", &[Value::Float(2.0), Value::Int(1), Value::Int(3)]).unwrap();
        assert!(matches!(r[0], Value::Int(1)));
        assert_eq!(call(&mut vm, max, "math.max", &[]).unwrap_err(), "bad argument #1 to 'math.max' (value expected)");
    }
}
