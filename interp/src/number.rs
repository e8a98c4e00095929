//! Number semantics of Lua 5.4: integer/float conversions and comparisons,
//! `tostring`/`tonumber` rules, and the integer/float arithmetic helpers the
//! runloop and the libraries share.

use crate::value::Value;

/// 2^63 as a float: the first float above every i64.
const TWO_POW_63: f64 = 9223372036854775808.0;

/// The integer with exactly the value of `f`, if there is one.
#[inline]
pub fn float_to_int_exact(f: f64) -> Option<i64> {
    // -2^63 is representable; 2^63 is not an i64.
    if (-TWO_POW_63..TWO_POW_63).contains(&f) {
        let i = f as i64;
        if i as f64 == f {
            return Some(i);
        }
    }
    None
}

/// `floor(f)` as an integer, if it fits (numeric `for` limits, `math.floor`).
#[inline]
pub fn float_to_int_floor(f: f64) -> Option<i64> {
    float_to_int_exact(f.floor())
}

/// `ceil(f)` as an integer, if it fits.
#[inline]
pub fn float_to_int_ceil(f: f64) -> Option<i64> {
    float_to_int_exact(f.ceil())
}

/// `i == f` with exact mathematical comparison.
#[inline]
pub fn int_eq_float(i: i64, f: f64) -> bool {
    float_to_int_exact(f) == Some(i)
}

/// Integers in [-2^53, 2^53] convert to floats exactly.
#[inline]
fn int_fits_float(i: i64) -> bool {
    const LIM: i64 = 1 << 53;
    (-LIM..=LIM).contains(&i)
}

/// `i < f`, exact (no rounding of `i`); false when `f` is NaN.
pub fn lt_int_float(i: i64, f: f64) -> bool {
    if int_fits_float(i) {
        return (i as f64) < f;
    }
    // i < f  <=>  i < ceil(f)
    match float_to_int_ceil(f) {
        Some(fi) => i < fi,
        None => f > 0.0,
    }
}

/// `i <= f`, exact; false when `f` is NaN.
pub fn le_int_float(i: i64, f: f64) -> bool {
    if int_fits_float(i) {
        return (i as f64) <= f;
    }
    // i <= f  <=>  i <= floor(f)
    match float_to_int_floor(f) {
        Some(fi) => i <= fi,
        None => f > 0.0,
    }
}

/// `f < i`, exact; false when `f` is NaN.
pub fn lt_float_int(f: f64, i: i64) -> bool {
    if int_fits_float(i) {
        return f < i as f64;
    }
    // f < i  <=>  floor(f) < i
    match float_to_int_floor(f) {
        Some(fi) => fi < i,
        None => f < 0.0,
    }
}

/// `f <= i`, exact; false when `f` is NaN.
pub fn le_float_int(f: f64, i: i64) -> bool {
    if int_fits_float(i) {
        return f <= i as f64;
    }
    // f <= i  <=>  ceil(f) <= i
    match float_to_int_ceil(f) {
        Some(fi) => fi <= i,
        None => f < 0.0,
    }
}

// ---------------------------------------------------------------- arithmetic

/// Integer floor division `a // b`. The caller raises "attempt to perform
/// 'n//0'" for `b == 0`; here `b == 0` gives 0 so nothing panics.
#[inline]
pub fn int_floor_div(a: i64, b: i64) -> i64 {
    if b == 0 {
        return 0;
    }
    if b == -1 {
        // Avoids the overflow trap of i64::MIN / -1: Lua wraps.
        return a.wrapping_neg();
    }
    let q = a / b;
    if (a % b != 0) && ((a ^ b) < 0) {
        q - 1
    } else {
        q
    }
}

/// Integer modulo `a % b` with the sign of `b`. The caller raises "attempt to
/// perform 'n%%0'" for `b == 0`; here `b == 0` gives 0.
#[inline]
pub fn int_mod(a: i64, b: i64) -> i64 {
    if b == 0 || b == -1 {
        return 0;
    }
    let r = a % b;
    if r != 0 && (r ^ b) < 0 {
        r + b
    } else {
        r
    }
}

/// Float modulo: C's `fmod`, adjusted so a non-zero result has the sign of `b`.
#[inline]
pub fn float_mod(a: f64, b: f64) -> f64 {
    let m = a % b; // Rust's `%` on floats is C's fmod.
    if (m > 0.0 && b < 0.0) || (m < 0.0 && b > 0.0) {
        m + b
    } else {
        m
    }
}

/// Float floor division `a // b`.
#[inline]
pub fn float_floor_div(a: f64, b: f64) -> f64 {
    (a / b).floor()
}

/// `a ^ b` (always a float in Lua).
#[inline]
pub fn pow(a: f64, b: f64) -> f64 {
    if b == 2.0 {
        a * a
    } else {
        a.powf(b)
    }
}

/// Logical shift `a << n`; a negative `n` shifts right, and shifts of 64 or
/// more bits in either direction give 0.
#[inline]
pub fn shift_left(a: i64, n: i64) -> i64 {
    if n <= -64 || n >= 64 {
        0
    } else if n >= 0 {
        ((a as u64) << n) as i64
    } else {
        ((a as u64) >> (-n)) as i64
    }
}

/// Logical shift `a >> n` (`shift_left(a, -n)`).
#[inline]
pub fn shift_right(a: i64, n: i64) -> i64 {
    if n == i64::MIN {
        return 0;
    }
    shift_left(a, -n)
}

// ---------------------------------------------------------------- tostring

/// Lua's `tostring` for numbers: integers in decimal, floats as "%.14g" with ".0"
/// added when the result would read as an integer.
pub fn number_to_string(v: Value) -> String {
    match v {
        Value::Int(i) => i.to_string(),
        Value::Float(f) => float_to_string(f),
        _ => String::new(),
    }
}

/// "%.14g" plus Lua's ".0" rule ("1e+15", "-0.0", "inf", "-nan").
pub fn float_to_string(f: f64) -> String {
    let s = fmt_g(f, 14, false);
    if s.bytes().all(|c| c.is_ascii_digit() || c == b'-') {
        s + ".0"
    } else {
        s
    }
}

/// C's `%.{prec}g` (with the `#` flag when `alt`). NaN prints with its sign
/// bit as glibc does ("-nan" for 0/0 on x86).
pub fn fmt_g(f: f64, prec: usize, alt: bool) -> String {
    if let Some(s) = non_finite(f) {
        return s.to_string();
    }
    let p = prec.max(1);
    let e = format!("{:.*e}", p - 1, f);
    let (mant, exp) = e.split_once('e').expect("exponent");
    let x: i32 = exp.parse().expect("exponent digits");
    if x < -4 || x >= p as i32 {
        let m = if alt { with_point(mant.to_string()) } else { strip_zeros(mant) };
        format!("{m}e{}{:02}", if x < 0 { '-' } else { '+' }, x.abs())
    } else {
        let s = format!("{:.*}", (p as i32 - 1 - x).max(0) as usize, f);
        if alt {
            with_point(s)
        } else {
            strip_zeros(&s)
        }
    }
}

/// "inf", "-inf", "nan", "-nan", or None for finite numbers.
pub fn non_finite(f: f64) -> Option<&'static str> {
    if f.is_nan() {
        Some(if f.is_sign_negative() { "-nan" } else { "nan" })
    } else if f.is_infinite() {
        Some(if f < 0.0 { "-inf" } else { "inf" })
    } else {
        None
    }
}

/// Drop trailing fraction zeros and a trailing point (`%g` without `#`).
fn strip_zeros(s: &str) -> String {
    if !s.contains('.') {
        return s.to_string();
    }
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// `#` keeps a decimal point even with no fraction digits.
fn with_point(s: String) -> String {
    if s.contains('.') {
        s
    } else {
        s + "."
    }
}

// ---------------------------------------------------------------- tonumber

/// C's `isspace` in the C locale.
#[inline]
pub fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// Convert a string to a number following Lua's rules (`tonumber`, string
/// coercion): decimal integers (a float when they overflow), hex integers
/// (wrapping), decimal and hex floats, surrounding whitespace. `None` if invalid.
pub fn str_to_number(s: &[u8]) -> Option<Value> {
    let t = trim_space(s);
    if let Some(i) = str_to_int(t) {
        return Some(Value::Int(i));
    }
    str_to_float(t).map(Value::Float)
}

/// Lua's `l_str2int` on a trimmed numeral: None if not an integer numeral or if
/// a decimal one overflows (it is then read as a float).
fn str_to_int(t: &[u8]) -> Option<i64> {
    let (neg, body) = split_sign(t);
    if let Some(hex) = strip_hex_prefix(body) {
        if hex.is_empty() || !hex.iter().all(u8::is_ascii_hexdigit) {
            return None;
        }
        let n = hex.iter().fold(0u64, |n, &c| n.wrapping_mul(16).wrapping_add(hex_digit(c) as u64));
        return Some(apply_sign(neg, n));
    }
    if body.is_empty() || !body.iter().all(u8::is_ascii_digit) {
        return None;
    }
    // Up to 2^63 - 1, or 2^63 when negative.
    let limit = i64::MAX as u64 + neg as u64;
    let mut n: u64 = 0;
    for &c in body {
        n = n.checked_mul(10)?.checked_add((c - b'0') as u64)?;
        if n > limit {
            return None;
        }
    }
    Some(apply_sign(neg, n))
}

/// Float numeral (decimal or hex) on a trimmed string.
fn str_to_float(t: &[u8]) -> Option<f64> {
    let (neg, body) = split_sign(t);
    let f = match strip_hex_prefix(body) {
        Some(hex) => parse_hex_float(hex)?,
        None => parse_dec_float(body)?,
    };
    Some(if neg { -f } else { f })
}

fn split_sign(t: &[u8]) -> (bool, &[u8]) {
    match t.first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    }
}

fn strip_hex_prefix(b: &[u8]) -> Option<&[u8]> {
    if b.len() >= 2 && b[0] == b'0' && (b[1] | 0x20) == b'x' {
        Some(&b[2..])
    } else {
        None
    }
}

#[inline]
fn apply_sign(neg: bool, n: u64) -> i64 {
    if neg {
        0u64.wrapping_sub(n) as i64
    } else {
        n as i64
    }
}

#[inline]
fn hex_digit(c: u8) -> u32 {
    (c as char).to_digit(16).unwrap_or(0)
}

fn trim_space(s: &[u8]) -> &[u8] {
    let start = s.iter().position(|&c| !is_space(c)).unwrap_or(s.len());
    let end = s.iter().rposition(|&c| !is_space(c)).map_or(start, |e| e + 1);
    &s[start..end]
}

/// Strict decimal float grammar: digits [. digits] [(e|E) [+-] digits], with at
/// least one mantissa digit; then a correctly rounded conversion.
fn parse_dec_float(b: &[u8]) -> Option<f64> {
    let mut i = 0;
    let digits = |i: &mut usize| {
        let s = *i;
        while *i < b.len() && b[*i].is_ascii_digit() {
            *i += 1;
        }
        *i - s
    };
    let mut mant_digits = digits(&mut i);
    if i < b.len() && b[i] == b'.' {
        i += 1;
        mant_digits += digits(&mut i);
    }
    if mant_digits == 0 {
        return None;
    }
    if i < b.len() && (b[i] | 0x20) == b'e' {
        i += 1;
        if i < b.len() && matches!(b[i], b'+' | b'-') {
            i += 1;
        }
        if digits(&mut i) == 0 {
            return None;
        }
    }
    if i != b.len() {
        return None;
    }
    std::str::from_utf8(b).ok()?.parse().ok()
}

/// Hex float body after "0x": hex digits with an optional '.', then an optional
/// binary exponent 'p' [+-] decimal digits. Correctly rounded (sticky bit) for
/// normal results.
fn parse_hex_float(h: &[u8]) -> Option<f64> {
    let mut i = 0;
    let mut mant: u64 = 0;
    let mut exp: i64 = 0;
    let mut any_digit = false;
    let mut sticky = false;
    let mut seen_dot = false;
    while i < h.len() {
        let c = h[i];
        if c == b'.' && !seen_dot {
            seen_dot = true;
        } else if c.is_ascii_hexdigit() {
            any_digit = true;
            let d = hex_digit(c) as u64;
            if mant >> 60 == 0 {
                mant = mant * 16 + d;
                if seen_dot {
                    exp -= 4;
                }
            } else {
                // Mantissa full: later digits only count as "non-zero below".
                sticky |= d != 0;
                if !seen_dot {
                    exp += 4;
                }
            }
        } else {
            break;
        }
        i += 1;
    }
    if !any_digit {
        return None;
    }
    if i < h.len() {
        if h[i] | 0x20 != b'p' {
            return None;
        }
        i += 1;
        let (neg, rest) = split_sign(&h[i..]);
        if rest.is_empty() || !rest.iter().all(u8::is_ascii_digit) {
            return None;
        }
        let e = rest.iter().fold(0i64, |e, &c| (e * 10 + (c - b'0') as i64).min(1 << 40));
        exp += if neg { -e } else { e };
    }
    let m = if sticky { mant | 1 } else { mant };
    Some(ldexp(m as f64, exp))
}

/// `x * 2^e` without intermediate overflow or underflow of the scale factor.
fn ldexp(mut x: f64, mut e: i64) -> f64 {
    if x == 0.0 {
        return x;
    }
    e = e.clamp(-3000, 3000);
    while e > 1000 {
        x *= 2f64.powi(1000);
        e -= 1000;
    }
    while e < -1000 {
        x *= 2f64.powi(-1000);
        e += 1000;
    }
    x * 2f64.powi(e as i32)
}

/// `tonumber(s, base)`: an integer numeral in `base` (2..=36), with optional
/// sign and surrounding whitespace; wraps on overflow like Lua.
pub fn str_to_int_base(s: &[u8], base: u32) -> Option<i64> {
    let t = trim_space(s);
    let (neg, body) = split_sign(t);
    if body.is_empty() {
        return None;
    }
    let mut n: u64 = 0;
    for &c in body {
        let d = (c as char).to_digit(36)?;
        if d >= base {
            return None;
        }
        n = n.wrapping_mul(base as u64).wrapping_add(d as u64);
    }
    Some(apply_sign(neg, n))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn num(s: &str) -> Option<String> {
        str_to_number(s.as_bytes()).map(|v| match v {
            Value::Int(i) => format!("{i} integer"),
            Value::Float(f) => format!("{} float", float_to_string(f)),
            _ => unreachable!(),
        })
    }

    #[test]
    fn tostring_floats_as_lua() {
        // Expected strings printed by lua5.4 on this machine.
        let cases = [
            (1e15, "1e+15"),
            (1e100, "1e+100"),
            (-0.0, "-0.0"),
            (3.25, "3.25"),
            (1e-5, "1e-05"),
            (2f64.powi(63), "9.2233720368548e+18"),
            (1e14, "1e+14"),
            (123456789012345.0, "1.2345678901234e+14"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (100.0, "100.0"),
            (0.1, "0.1"),
            (1.0 / 3.0, "0.33333333333333"),
            (-1.5e-10, "-1.5e-10"),
        ];
        for (f, s) in cases {
            assert_eq!(float_to_string(f), s, "{f:e}");
        }
        let nan = f64::NAN;
        assert_eq!(float_to_string(-nan.copysign(1.0)), "-nan");
        assert_eq!(float_to_string(nan.copysign(1.0)), "nan");
    }

    #[test]
    fn fmt_g_flags() {
        assert_eq!(fmt_g(1.0, 6, true), "1.00000");
        assert_eq!(fmt_g(1e20, 3, true), "1.00e+20");
        assert_eq!(fmt_g(0.0001, 6, false), "0.0001");
        assert_eq!(fmt_g(0.00001, 6, false), "1e-05");
        assert_eq!(fmt_g(123456.0, 0, false), "1e+05");
    }

    #[test]
    fn tonumber_rules() {
        // Expected results printed by lua5.4 on this machine.
        let cases: &[(&str, Option<&str>)] = &[
            ("10", Some("10 integer")),
            ("  10  ", Some("10 integer")),
            ("10a", None),
            ("0x", None),
            ("0x10", Some("16 integer")),
            ("-0x10", Some("-16 integer")),
            ("1e", None),
            ("1e5", Some("100000.0 float")),
            (".5", Some("0.5 float")),
            ("5.", Some("5.0 float")),
            (".", None),
            ("-.5", Some("-0.5 float")),
            ("+-1", None),
            ("--1", None),
            ("0x1p4", Some("16.0 float")),
            ("0x.8", Some("0.5 float")),
            ("0x1.", Some("1.0 float")),
            ("0xA.8p1", Some("21.0 float")),
            ("1E-2", Some("0.01 float")),
            ("inf", None),
            ("nan", None),
            ("  0x1P-2 ", Some("0.25 float")),
            ("9223372036854775807", Some("9223372036854775807 integer")),
            ("9223372036854775808", Some("9.2233720368548e+18 float")),
            ("-9223372036854775808", Some("-9223372036854775808 integer")),
            ("-9223372036854775809", Some("-9.2233720368548e+18 float")),
            ("0xffffffffffffffff", Some("-1 integer")),
            ("0x1ffffffffffffffff", Some("-1 integer")),
            ("1 0", None),
            ("\t5\n", Some("5 integer")),
            ("", None),
            (" ", None),
            ("0x1p", None),
            ("0x1p+", None),
            ("1e+", None),
            ("- 1", None),
            ("+0x5", Some("5 integer")),
            ("0x-5", None),
            ("1.5e3.2", None),
            ("0x1e", Some("30 integer")),
            ("1ee2", None),
            ("00012", Some("12 integer")),
            ("0x.p1", None),
            ("1e400", Some("inf float")),
            ("-1e400", Some("-inf float")),
            ("0x123456789abcdef0123", Some("5001117282205630755 integer")),
            ("123456789012345678901234567890", Some("1.2345678901235e+29 float")),
            ("\x0b7\x0c", Some("7 integer")),
            ("7\0", None),
        ];
        for &(s, want) in cases {
            assert_eq!(num(s).as_deref(), want, "{s:?}");
        }
    }

    #[test]
    fn hex_float_rounding() {
        let f = |s: &str| match str_to_number(s.as_bytes()) {
            Some(Value::Float(f)) => f,
            other => panic!("{s}: {other:?}"),
        };
        assert_eq!(f("0x1.fffffffffffff8p0"), 2.0); // tie rounds to even
        assert_eq!(f("0x1.fffffffffffff80001p0"), 2.0);
        assert_eq!(f("0x1.fffffffffffff7p0"), 1.9999999999999998);
        assert_eq!(f("0x1p-1074"), 5e-324);
        assert_eq!(f("0x1p1024"), f64::INFINITY);
        assert_eq!(f("0x123456789abcdef0123.0"), 5.373_003_642_731_685e21);
    }

    #[test]
    fn tonumber_with_base() {
        assert_eq!(str_to_int_base(b"ff", 16), Some(255));
        assert_eq!(str_to_int_base(b"  FF  ", 16), Some(255));
        assert_eq!(str_to_int_base(b"zz", 36), Some(1295));
        assert_eq!(str_to_int_base(b"-10", 2), Some(-2));
        assert_eq!(str_to_int_base(b"8", 8), None);
        assert_eq!(str_to_int_base(b"", 10), None);
        assert_eq!(str_to_int_base(b"1.0", 10), None);
        assert_eq!(str_to_int_base(b"+ 1", 10), None);
        assert_eq!(str_to_int_base(b"7fffffffffffffff", 16), Some(i64::MAX));
        assert_eq!(str_to_int_base(b"ffffffffffffffffff", 16), Some(-1));
    }

    #[test]
    fn integer_division_and_modulo() {
        // lua5.4: 7//2 3, -7//2 -4, 7//-2 -4, -7//-2 3, minint//-1 minint
        assert_eq!(int_floor_div(7, 2), 3);
        assert_eq!(int_floor_div(-7, 2), -4);
        assert_eq!(int_floor_div(7, -2), -4);
        assert_eq!(int_floor_div(-7, -2), 3);
        assert_eq!(int_floor_div(i64::MIN, -1), i64::MIN);
        assert_eq!(int_floor_div(6, 3), 2);
        assert_eq!(int_floor_div(-6, 3), -2);
        // lua5.4: 7%3 1, -7%3 2, 7%-3 -2, -7%-3 -1, minint%-1 0
        assert_eq!(int_mod(7, 3), 1);
        assert_eq!(int_mod(-7, 3), 2);
        assert_eq!(int_mod(7, -3), -2);
        assert_eq!(int_mod(-7, -3), -1);
        assert_eq!(int_mod(i64::MIN, -1), 0);
        assert_eq!(int_mod(-6, 3), 0);
        // A zero divisor never panics (the caller raises 'n%%0' / "divide by
        // zero"; compiled code may call these with any operands).
        assert_eq!(int_mod(7, 0), 0);
        assert_eq!(int_floor_div(7, 0), 0);
    }

    #[test]
    fn float_division_and_modulo() {
        // lua5.4: 5.5%2 1.5, -5.5%2 0.5, 5.5%-2 -0.5, 1%math.huge 1.0, -1%math.huge inf
        assert_eq!(float_mod(5.5, 2.0), 1.5);
        assert_eq!(float_mod(-5.5, 2.0), 0.5);
        assert_eq!(float_mod(5.5, -2.0), -0.5);
        assert_eq!(float_mod(1.0, f64::INFINITY), 1.0);
        assert_eq!(float_mod(-1.0, f64::INFINITY), f64::INFINITY);
        assert!(float_mod(1.0, 0.0).is_nan());
        assert_eq!(float_floor_div(7.0, 2.0), 3.0);
        assert_eq!(float_floor_div(-7.0, 2.0), -4.0);
        assert_eq!(float_floor_div(1.0, 0.0), f64::INFINITY);
        assert_eq!(pow(2.0, 10.0), 1024.0);
        assert_eq!(pow(-3.0, 2.0), 9.0);
    }

    #[test]
    fn shifts() {
        assert_eq!(shift_left(1, 63), i64::MIN);
        assert_eq!(shift_left(1, 64), 0);
        assert_eq!(shift_left(-1, -1), i64::MAX);
        assert_eq!(shift_left(-1, -64), 0);
        assert_eq!(shift_right(-1, 1), i64::MAX);
        assert_eq!(shift_right(-1, 63), 1);
        assert_eq!(shift_right(8, -2), 32);
        assert_eq!(shift_right(1, i64::MIN), 0);
        assert_eq!(shift_left(1, i64::MIN), 0);
    }

    #[test]
    fn float_to_int_conversions() {
        assert_eq!(float_to_int_exact(3.0), Some(3));
        assert_eq!(float_to_int_exact(3.5), None);
        assert_eq!(float_to_int_exact(-TWO_POW_63), Some(i64::MIN));
        assert_eq!(float_to_int_exact(TWO_POW_63), None);
        assert_eq!(float_to_int_exact(f64::NAN), None);
        assert_eq!(float_to_int_floor(3.7), Some(3));
        assert_eq!(float_to_int_floor(-3.2), Some(-4));
        assert_eq!(float_to_int_ceil(3.2), Some(4));
        assert_eq!(float_to_int_ceil(-3.7), Some(-3));
        assert_eq!(float_to_int_ceil(1e300), None);
    }

    #[test]
    fn mixed_comparisons_are_exact() {
        let big = i64::MAX; // 2^63-1 rounds to 2^63 as a float
        assert!(lt_int_float(big, TWO_POW_63));
        assert!(le_int_float(big, TWO_POW_63));
        assert!(!lt_float_int(TWO_POW_63, big));
        assert!(!le_float_int(TWO_POW_63, big));
        assert!(lt_float_int(-TWO_POW_63, i64::MIN + 1));
        assert!(le_float_int(-TWO_POW_63, i64::MIN));
        assert!(!lt_float_int(-TWO_POW_63, i64::MIN));
        let odd = (1i64 << 53) + 1;
        assert!(!lt_int_float(odd, (1u64 << 53) as f64));
        assert!(lt_float_int((1u64 << 53) as f64, odd));
        assert!(le_int_float(odd, odd as f64 + 2.0));
        let nan = f64::NAN;
        assert!(!lt_int_float(big, nan) && !le_int_float(big, nan));
        assert!(!lt_float_int(nan, big) && !le_float_int(nan, big));
        assert!(!lt_int_float(1, nan) && !le_float_int(nan, 1));
        assert!(lt_int_float(big, f64::INFINITY));
        assert!(lt_float_int(f64::NEG_INFINITY, i64::MIN));
        assert!(lt_int_float(1, 1.5) && !lt_int_float(2, 1.5));
        assert!(le_float_int(2.0, 2) && !lt_float_int(2.0, 2));
    }
}
