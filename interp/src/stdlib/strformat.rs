//! `string.format`: C `printf` conversions reimplemented to match glibc's
//! output byte for byte, with Lua 5.4's checks of each conversion
//! specification and its `%q` quoting.

use crate::number::{fmt_g, non_finite};
use crate::state::{LuaResult, Vm};
use crate::value::Value;

/// Flags C accepts for each conversion (Lua's L_FMTFLAGS*).
const FLAGS_FLOAT: &[u8] = b"-+ #0";
const FLAGS_HEX: &[u8] = b"-#0";
const FLAGS_INT: &[u8] = b"-+ 0";
const FLAGS_UNSIGNED: &[u8] = b"-0";
const FLAGS_CHAR: &[u8] = b"-";
/// A conversion specification longer than this is refused (MAX_FORMAT - 10).
const MAX_SPEC: usize = 22;
/// The longest text one conversion other than `%s`/`%q` of a long string can
/// produce (PUC's MAX_ITEM: `%99.99f` of the largest double).
const MAX_ITEM: usize = 120 + 308;

/// A parsed conversion specification (after Lua validated it).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Spec {
    pub minus: bool,
    pub plus: bool,
    pub space: bool,
    pub hash: bool,
    pub zero: bool,
    pub width: usize,
    pub precision: Option<usize>,
}

impl Spec {
    /// Parse flags, width and precision of `form` (the text after '%' up to,
    /// not including, the conversion letter).
    pub fn parse(form: &[u8]) -> Spec {
        let mut sp = Spec::default();
        let mut i = 0;
        while let Some(&c) = form.get(i) {
            match c {
                b'-' => sp.minus = true,
                b'+' => sp.plus = true,
                b' ' => sp.space = true,
                b'#' => sp.hash = true,
                b'0' => sp.zero = true,
                _ => break,
            }
            i += 1;
        }
        let digits = |i: &mut usize| {
            let mut n = 0usize;
            while let Some(d) = form.get(*i).filter(|c| c.is_ascii_digit()) {
                n = n.saturating_mul(10).saturating_add((d - b'0') as usize);
                *i += 1;
            }
            n
        };
        sp.width = digits(&mut i);
        if form.get(i) == Some(&b'.') {
            i += 1;
            sp.precision = Some(digits(&mut i));
        }
        sp
    }

    /// Sign prefix of a number.
    fn sign(&self, negative: bool) -> &'static str {
        if negative {
            "-"
        } else if self.plus {
            "+"
        } else if self.space {
            " "
        } else {
            ""
        }
    }
}

/// Lua's `checkformat`: flags from `allowed`, then at most two width digits
/// (a width cannot start with '0'), then '.' and at most two precision digits
/// if `precision` is allowed, then the conversion letter.
fn check_spec(form: &[u8], allowed: &[u8], precision: bool) -> bool {
    let mut i = form.iter().take_while(|c| allowed.contains(c)).count();
    let two_digits = |i: &mut usize| {
        for _ in 0..2 {
            if form.get(*i).is_some_and(u8::is_ascii_digit) {
                *i += 1;
            }
        }
    };
    if form.get(i) != Some(&b'0') {
        two_digits(&mut i);
        if form.get(i) == Some(&b'.') && precision {
            i += 1;
            two_digits(&mut i);
        }
    }
    form.get(i).is_some_and(u8::is_ascii_alphabetic)
}

/// Pad `body` (sign/prefix first, then digits) to the width: spaces on the
/// left or right, or zeros between the prefix and the digits.
fn pad(sp: &Spec, prefix: &str, digits: &str, zero_ok: bool) -> String {
    let len = prefix.len() + digits.len();
    if len >= sp.width {
        return format!("{prefix}{digits}");
    }
    let fill = sp.width - len;
    if sp.minus {
        format!("{prefix}{digits}{}", " ".repeat(fill))
    } else if sp.zero && zero_ok {
        format!("{prefix}{}{digits}", "0".repeat(fill))
    } else {
        format!("{}{prefix}{digits}", " ".repeat(fill))
    }
}

/// `%d %i %u %o %x %X` of a Lua integer.
pub fn format_int(sp: &Spec, n: i64, conv: u8) -> String {
    let u = n as u64;
    let (mut prefix, mut digits) = match conv {
        b'd' | b'i' => (sp.sign(n < 0).to_string(), n.unsigned_abs().to_string()),
        b'u' => (String::new(), u.to_string()),
        b'o' => (String::new(), format!("{u:o}")),
        b'x' => (if sp.hash && u != 0 { "0x" } else { "" }.to_string(), format!("{u:x}")),
        _ => (if sp.hash && u != 0 { "0X" } else { "" }.to_string(), format!("{u:X}")),
    };
    if let Some(p) = sp.precision {
        if p == 0 && n == 0 {
            digits.clear();
        }
        if digits.len() < p {
            digits = format!("{}{digits}", "0".repeat(p - digits.len()));
        }
    }
    if conv == b'o' && sp.hash && !digits.starts_with('0') {
        prefix = "0".into();
    }
    pad(sp, &prefix, &digits, sp.precision.is_none())
}

/// `%e %E %f %g %G %a %A` of a float.
pub fn format_float(sp: &Spec, f: f64, conv: u8) -> String {
    let sign = sp.sign(f.is_sign_negative());
    let a = f.abs();
    let upper = conv.is_ascii_uppercase();
    let body = match non_finite(a) {
        Some(word) => word.to_string(),
        None => match conv.to_ascii_lowercase() {
            b'f' => fixed(a, sp.precision.unwrap_or(6), sp.hash),
            b'e' => exponent(a, sp.precision.unwrap_or(6), sp.hash),
            b'g' => fmt_g(a, sp.precision.unwrap_or(6), sp.hash),
            _ => hex_float(a, sp.precision, sp.hash),
        },
    };
    let body = if upper { body.to_ascii_uppercase() } else { body };
    if !a.is_finite() {
        return pad(sp, sign, &body, false);
    }
    // Zero padding goes after "0x" for hex floats.
    match body.strip_prefix("0x").or_else(|| body.strip_prefix("0X")) {
        Some(rest) => pad(sp, &format!("{sign}{}", &body[..2]), rest, true),
        None => pad(sp, sign, &body, true),
    }
}

/// `%.{p}f` of a non-negative finite number.
fn fixed(a: f64, p: usize, hash: bool) -> String {
    let s = format!("{a:.p$}");
    if hash && p == 0 {
        s + "."
    } else {
        s
    }
}

/// `%.{p}e` of a non-negative finite number: at least two exponent digits.
fn exponent(a: f64, p: usize, hash: bool) -> String {
    let s = format!("{a:.p$e}");
    let (mant, exp) = s.split_once('e').expect("exponent");
    let x: i32 = exp.parse().expect("exponent digits");
    let dot = if hash && p == 0 { "." } else { "" };
    format!("{mant}{dot}e{}{:02}", if x < 0 { '-' } else { '+' }, x.abs())
}

/// `%a` of a non-negative finite number, as glibc prints it: "0x1.8p+1",
/// subnormals as "0x0.xxxp-1022", rounding half to even at the precision.
pub fn hex_float(a: f64, precision: Option<usize>, hash: bool) -> String {
    let bits = a.to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let mant = bits & ((1u64 << 52) - 1);
    let (mut lead, exp) = match (a == 0.0, exp_bits) {
        (true, _) => (0u64, 0),
        (false, 0) => (0, -1022),
        _ => (1, exp_bits - 1023),
    };
    let digits = match precision {
        None => {
            let d = format!("{mant:013x}");
            d.trim_end_matches('0').to_string()
        }
        Some(p) if p >= 13 => format!("{mant:013x}{}", "0".repeat(p - 13)),
        Some(p) => {
            let shift = (13 - p) * 4;
            let mut q = mant >> shift;
            let rem = mant & ((1u64 << shift) - 1);
            let half = 1u64 << (shift - 1);
            let last_odd = if p == 0 { lead & 1 == 1 } else { q & 1 == 1 };
            if rem > half || (rem == half && last_odd) {
                q += 1;
                if p == 0 || q >> (p * 4) != 0 {
                    lead += 1;
                    q = 0;
                }
            }
            if p == 0 {
                String::new()
            } else {
                format!("{q:0p$x}")
            }
        }
    };
    let point = if digits.is_empty() && !hash { "" } else { "." };
    format!("0x{lead}{point}{digits}p{}{}", if exp < 0 { '-' } else { '+' }, exp.abs())
}

/// `%c`: one byte, padded.
fn format_char(sp: &Spec, c: u8) -> Vec<u8> {
    pad_bytes(sp, &[c])
}

/// `%s` with width and precision (the text has no zeros).
fn format_str(sp: &Spec, s: &[u8]) -> Vec<u8> {
    let s = match sp.precision {
        Some(p) if p < s.len() => &s[..p],
        _ => s,
    };
    pad_bytes(sp, s)
}

fn pad_bytes(sp: &Spec, s: &[u8]) -> Vec<u8> {
    let fill = sp.width.saturating_sub(s.len());
    let mut out = Vec::with_capacity(s.len() + fill);
    if !sp.minus {
        out.resize(fill, b' ');
    }
    out.extend_from_slice(s);
    if sp.minus {
        out.resize(out.len() + fill, b' ');
    }
    out
}

/// `%q` of a string: a Lua string literal that reads back as the same bytes.
pub fn quote_string(s: &[u8], out: &mut Vec<u8>) {
    out.push(b'"');
    for (i, &c) in s.iter().enumerate() {
        match c {
            b'"' | b'\\' | b'\n' => {
                out.push(b'\\');
                out.push(c);
            }
            0..=31 | 127 => {
                // Three digits when a digit follows, so it reads back the same.
                let next_is_digit = s.get(i + 1).is_some_and(u8::is_ascii_digit);
                let esc = if next_is_digit { format!("\\{c:03}") } else { format!("\\{c}") };
                out.extend_from_slice(esc.as_bytes());
            }
            _ => out.push(c),
        }
    }
    out.push(b'"');
}

/// `%q` of a float: hex float, or an expression for inf and NaN.
pub fn quote_float(f: f64) -> String {
    if f == f64::INFINITY {
        "1e9999".into()
    } else if f == f64::NEG_INFINITY {
        "-1e9999".into()
    } else if f.is_nan() {
        "(0/0)".into()
    } else {
        let sign = if f.is_sign_negative() { "-" } else { "" };
        format!("{sign}{}", hex_float(f.abs(), None, false))
    }
}

/// `%q` of an integer (math.mininteger in hex, so it reads back as an integer).
pub fn quote_int(n: i64) -> String {
    if n == i64::MIN {
        format!("0x{:x}", n as u64)
    } else {
        n.to_string()
    }
}

/// The native `string.format`.
pub fn str_format(vm: &mut Vm) -> LuaResult<usize> {
    let fmt = vm.check_bytes(1)?;
    let top = vm.nargs();
    let mut arg = 1;
    // Room for one conversion from the start: most formats need no growth.
    let mut out: Vec<u8> = Vec::with_capacity(fmt.len() + MAX_ITEM);
    let mut i = 0;
    while i < fmt.len() {
        let c = fmt[i];
        i += 1;
        if c != b'%' {
            // Literal text: at most the format's own length in all.
            out.push(c);
            continue;
        }
        // Room for one conversion first (the format and the texts are
        // Rust-owned: a collection moves nothing this function holds); a
        // `%s` or `%q` of a long string reserves its own room.
        if out.capacity() - out.len() < MAX_ITEM {
            vm.reserve_buffer(&mut out, MAX_ITEM, &mut [])?;
        }
        if fmt.get(i) == Some(&b'%') {
            out.push(b'%');
            i += 1;
            continue;
        }
        arg += 1;
        if arg > top {
            return Err(vm.arg_error(arg, "no value"));
        }
        let span = fmt[i..].iter().take_while(|c| b"-+ #0123456789.".contains(c)).count();
        if span + 1 >= MAX_SPEC {
            return Err(vm.rt_error("invalid format (too long)"));
        }
        let conv = fmt.get(i + span).copied();
        let form = &fmt[i..(i + span + 1).min(fmt.len())];
        i += span + 1;
        format_one(vm, arg, form, conv, &mut out)?;
    }
    let result = vm.try_new_str_value(&out)?;
    vm.push(result);
    Ok(1)
}

/// The integer a userdata argument stands for through its `__tointeger`
/// metafield (the FFI's 64-bit integer cdata, which `%d` and `%x` accept as
/// in LuaJIT); None for any other value.
fn userdata_integer(vm: &mut Vm, arg: usize) -> LuaResult<Option<i64>> {
    if !matches!(vm.arg(arg), Value::UserData(_)) {
        return Ok(None);
    }
    // The key first: its allocation may move the userdata and its metatable.
    let k = vm.new_str(b"__tointeger");
    let f = vm.metatable_of(vm.arg(arg)).map_or(Value::Nil, |mt| mt.get_str(k));
    if f.is_nil() {
        return Ok(None);
    }
    let v = vm.arg(arg);
    match vm.call_value(f, &[v])? {
        Value::Int(n) => Ok(Some(n)),
        _ => Ok(None),
    }
}

/// Format argument `arg` by the specification `form` (flags .. conversion).
fn format_one(vm: &mut Vm, arg: usize, form: &[u8], conv: Option<u8>, out: &mut Vec<u8>) -> LuaResult<()> {
    let sp = Spec::parse(form);
    let bad_spec = |vm: &mut Vm| {
        let text = format!("invalid conversion specification: '%{}'", String::from_utf8_lossy(form));
        Err(vm.rt_error(text))
    };
    match conv {
        Some(b'c') => {
            if !check_spec(form, FLAGS_CHAR, false) {
                return bad_spec(vm);
            }
            let c = vm.check_int(arg)?;
            out.extend_from_slice(&format_char(&sp, c as u8));
        }
        Some(conv @ (b'd' | b'i' | b'u' | b'o' | b'x' | b'X')) => {
            let n = match userdata_integer(vm, arg)? {
                Some(n) => n,
                None => vm.check_int(arg)?,
            };
            let flags = match conv {
                b'd' | b'i' => FLAGS_INT,
                b'u' => FLAGS_UNSIGNED,
                _ => FLAGS_HEX,
            };
            if !check_spec(form, flags, true) {
                return bad_spec(vm);
            }
            out.extend_from_slice(format_int(&sp, n, conv).as_bytes());
        }
        Some(conv @ (b'a' | b'A')) => {
            if !check_spec(form, FLAGS_FLOAT, true) {
                return bad_spec(vm);
            }
            let f = vm.check_num(arg)?;
            out.extend_from_slice(format_float(&sp, f, conv).as_bytes());
        }
        Some(conv @ (b'e' | b'E' | b'f' | b'g' | b'G')) => {
            let f = vm.check_num(arg)?;
            if !check_spec(form, FLAGS_FLOAT, true) {
                return bad_spec(vm);
            }
            out.extend_from_slice(format_float(&sp, f, conv).as_bytes());
        }
        Some(b'p') => {
            if !check_spec(form, FLAGS_CHAR, false) {
                return bad_spec(vm);
            }
            let v = vm.arg(arg);
            let text = if is_pointer(v) { super::auxlib::address_of(v) } else { "(null)".to_string() };
            out.extend_from_slice(&format_str(&Spec { precision: None, ..sp }, text.as_bytes()));
        }
        Some(b'q') => {
            if form.len() > 1 {
                return Err(vm.rt_error("specifier '%q' cannot have modifiers"));
            }
            if let Value::Str(s) = vm.arg(arg) {
                // Each byte quotes to at most 4 ("\ddd"), plus the quotes.
                let bound = s.len().saturating_mul(4).saturating_add(2);
                vm.reserve_buffer(out, bound, &mut [])?;
            }
            add_literal(vm, arg, out)?;
        }
        Some(b's') => {
            // Read in place, not copied: the string is kept across the
            // reservation (a `__tostring` result is on no stack).
            let mut keep = [Value::Str(super::auxlib::tolstring(vm, vm.arg(arg))?)];
            let len = keep[0].as_str().map_or(0, |s| s.len());
            vm.reserve_buffer(out, len, &mut keep)?;
            let Value::Str(s) = keep[0] else { unreachable!("kept a string") };
            let s = s.as_bytes();
            if form.len() == 1 {
                out.extend_from_slice(s);
            } else {
                if s.contains(&0) {
                    return Err(vm.arg_error(arg, "string contains zeros"));
                }
                if !check_spec(form, FLAGS_CHAR, true) {
                    return bad_spec(vm);
                }
                if sp.precision.is_none() && s.len() >= 100 {
                    // Too long for C's buffer: Lua keeps it whole, unpadded.
                    out.extend_from_slice(s);
                } else {
                    out.extend_from_slice(&format_str(&sp, s));
                }
            }
        }
        _ => {
            let shown = String::from_utf8_lossy(form);
            return Err(vm.rt_error(format!("invalid conversion '%{shown}' to 'format'")));
        }
    }
    Ok(())
}

/// `%q`: a literal of a string, number, nil or boolean.
fn add_literal(vm: &mut Vm, arg: usize, out: &mut Vec<u8>) -> LuaResult<()> {
    match vm.arg(arg) {
        Value::Str(s) => quote_string(s.as_bytes(), out),
        Value::Int(n) => out.extend_from_slice(quote_int(n).as_bytes()),
        Value::Float(f) => out.extend_from_slice(quote_float(f).as_bytes()),
        Value::Nil => out.extend_from_slice(b"nil"),
        Value::Bool(b) => out.extend_from_slice(if b { b"true" } else { b"false" }),
        _ => return Err(vm.arg_error(arg, "value has no literal form")),
    }
    Ok(())
}

/// Does `%p` show an address for `v`? Values that are not objects print "(null)".
fn is_pointer(v: Value) -> bool {
    match v {
        Value::LightUserData(p) => p != 0,
        v => v.is_collectable(),
    }
}

#[cfg(test)]
#[allow(clippy::approx_constant)] // 3.14159 is test data with many digits, not meant as π
mod tests {
    use crate::stdlib::string::test_support::{call, stress_vm, A, R};

    fn fmt(args: &[A]) -> Result<String, String> {
        let mut vm = stress_vm();
        let mut all = vec![];
        all.extend_from_slice(args);
        match call(&mut vm, "string", "format", &all)?.as_slice() {
            [R::S(b)] => Ok(String::from_utf8_lossy(b).into_owned()),
            other => panic!("unexpected results {other:?}"),
        }
    }

    fn f1(form: &str, a: A) -> String {
        fmt(&[A::S(form.as_bytes()), a]).unwrap_or_else(|e| panic!("{form}: {e}"))
    }

    fn e1(form: &str, a: A) -> String {
        fmt(&[A::S(form.as_bytes()), a]).expect_err(form)
    }

    #[test]
    fn integers() {
        // Expected outputs printed by lua5.4 on this machine.
        assert_eq!(f1("%d", A::F(3.0)), "3");
        assert_eq!(f1("%d", A::S(b"10")), "10");
        assert_eq!(
            fmt(&[A::S(b"%5d|%-5d|%05d|%+d|% d"), A::I(42), A::I(42), A::I(42), A::I(42), A::I(42)]).unwrap(),
            "   42|42   |00042|+42| 42"
        );
        assert_eq!(f1("%i", A::I(7)), "7");
        assert_eq!(f1("%u", A::I(7)), "7");
        assert_eq!(
            fmt(&[A::S(b"%x %X %#x %#o %o"), A::I(255), A::I(255), A::I(255), A::I(8), A::I(8)]).unwrap(),
            "ff FF 0xff 010 10"
        );
        assert_eq!(f1("%x", A::I(-1)), "ffffffffffffffff");
        assert_eq!(f1("%x", A::F(3.0)), "3");
        assert_eq!(f1("%#x", A::I(0)), "0");
        assert_eq!(f1("%#o", A::I(0)), "0");
        assert_eq!(f1("%.0d", A::I(0)), "");
        assert_eq!(f1("%.3d", A::I(5)), "005");
        assert_eq!(f1("%.3x", A::I(5)), "005");
        assert_eq!(f1("%+.3d", A::I(-5)), "-005");
        assert_eq!(f1("% 05d", A::I(5)), " 0005");
        assert_eq!(f1("%0-5d|", A::I(3)), "3    |");
        assert_eq!(f1("%-05d|", A::I(3)), "3    |");
        assert_eq!(f1("%99d|", A::I(1)), format!("{}1|", " ".repeat(98)));
        assert_eq!(f1("%d", A::I(i64::MIN)), "-9223372036854775808");
    }

    #[test]
    fn chars_and_strings() {
        assert_eq!(fmt(&[A::S(b"%c%c"), A::I(65), A::I(0)]).unwrap(), "A\0");
        assert_eq!(fmt(&[A::S(b"%5c|%-5c"), A::I(65), A::I(66)]).unwrap(), "    A|B    ");
        assert_eq!(
            fmt(&[A::S(b"%5.1f|%-8.3s|%.2s|%5s"), A::F(3.14159), A::S(b"abcdef"), A::S(b"xyz"), A::S(b"ab")]).unwrap(),
            "  3.1|abc     |xy|   ab"
        );
        assert_eq!(fmt(&[A::S(b"%s %s %s %s"), A::Nil, A::B(true), A::I(12), A::F(1.5)]).unwrap(), "nil true 12 1.5");
        assert_eq!(f1("%s", A::S(b"a\0b")), "a\0b");
        assert_eq!(f1("%.0s", A::S(b"abc")), "");
        let long = "x".repeat(120);
        assert_eq!(f1("%5s", A::S(long.as_bytes())), long);
        assert_eq!(f1("%p", A::I(1)), "(null)");
        assert_eq!(f1("%10p|", A::Nil), "    (null)|");
    }

    #[test]
    fn floats() {
        assert_eq!(
            fmt(&[A::S(b"%e %E %.3e %10.2e"), A::F(12345.678), A::F(12345.678), A::F(0.001), A::I(-5)]).unwrap(),
            "1.234568e+04 1.234568E+04 1.000e-03  -5.00e+00"
        );
        assert_eq!(
            fmt(&[
                A::S(b"%f %.0f %#.0f %10.3f %-10.1f| %+.2f"),
                A::F(3.14159),
                A::F(2.5),
                A::F(2.5),
                A::F(1.0 / 3.0),
                A::F(1.25),
                A::I(1)
            ])
            .unwrap(),
            "3.141590 2 2.      0.333 1.2       | +1.00"
        );
        assert_eq!(
            fmt(&[
                A::S(b"%g %G %.3g %#g %g %g %g"),
                A::I(100000),
                A::F(1e-5),
                A::F(3.14159),
                A::I(1),
                A::F(1e20),
                A::F(0.0001),
                A::F(1e15)
            ])
            .unwrap(),
            "100000 1E-05 3.14 1.00000 1e+20 0.0001 1e+15"
        );
        let nan = -(f64::NAN.copysign(1.0));
        assert_eq!(
            fmt(&[A::S(b"%f %e %g %a"), A::F(f64::INFINITY), A::F(f64::NEG_INFINITY), A::F(nan), A::F(f64::INFINITY)])
                .unwrap(),
            "inf -inf -nan inf"
        );
        assert_eq!(f1("%f", A::S(b"1e2")), "100.000000");
        assert_eq!(f1("%.20f", A::F(0.1)), "0.10000000000000000555");
        assert_eq!(f1("%.30e", A::F(1.0 / 3.0)), "3.333333333333333148296162562474e-01");
        assert_eq!(f1("%g", A::F(2f64.powi(63))), "9.22337e+18");
        assert_eq!(f1("%.17g", A::F(0.1)), "0.10000000000000001");
        assert_eq!(f1("%-+8.3f|", A::F(3.14159)), "+3.142  |");
        assert_eq!(f1("%08.3f|", A::F(-3.14159)), "-003.142|");
        assert_eq!(f1("%08.3e|", A::F(3.14159)), "3.142e+00|");
        assert_eq!(f1("%+08g|", A::F(3.0)), "+0000003|");
        assert_eq!(f1("% g", A::F(1.0)), " 1");
        assert_eq!(f1("%#.3g", A::F(1.0)), "1.00");
        assert_eq!(f1("%#.0e", A::F(1.0)), "1.e+00");
        assert_eq!(f1("%.99f", A::I(1)), format!("1.{}", "0".repeat(99)));
        assert_eq!(f1("%5.1f", A::F(-0.0)), " -0.0");
    }

    #[test]
    fn hex_floats() {
        assert_eq!(
            fmt(&[
                A::S(b"%a %A %.3a %a %a %a"),
                A::I(1),
                A::F(255.5),
                A::F(1.0 / 3.0),
                A::I(0),
                A::F(-0.0),
                A::F(2f64.powi(-1074))
            ])
            .unwrap(),
            "0x1p+0 0X1.FFP+7 0x1.555p-2 0x0p+0 -0x0p+0 0x0.0000000000001p-1022"
        );
        assert_eq!(f1("%#.0a", A::F(1.0)), "0x1.p+0");
        assert_eq!(f1("%.0a", A::F(1.5)), "0x2p+0");
        assert_eq!(f1("%.1a", A::F(1.96875)), "0x2.0p+0");
        assert_eq!(f1("%.13a", A::F(1.0)), "0x1.0000000000000p+0");
        assert_eq!(f1("%20a|", A::F(1.0)), "              0x1p+0|");
        assert_eq!(f1("%-20a|", A::F(1.0)), "0x1p+0              |");
        assert_eq!(f1("%020a|", A::F(1.0)), "0x000000000000001p+0|");
        assert_eq!(f1("%+a", A::F(1.0)), "+0x1p+0");
        assert_eq!(f1("%a", A::F(2f64.powi(-1022))), "0x1p-1022");
        assert_eq!(f1("%a", A::F(2f64.powi(-1023))), "0x0.8p-1022");
        assert_eq!(f1("%.2a", A::F(2f64.powi(-1074))), "0x0.00p-1022");
        assert_eq!(f1("%a", A::F(f64::MAX)), "0x1.fffffffffffffp+1023");
        assert_eq!(f1("%.0a", A::F(1.9999)), "0x2p+0");
    }

    #[test]
    fn quoting() {
        assert_eq!(f1("%q", A::S(b"a\nb\0c\"d\\e\r\x7f2\x80")), "\"a\\\nb\\0c\\\"d\\\\e\\13\\1272\u{fffd}\"");
        assert_eq!(f1("%q", A::F(f64::INFINITY)), "1e9999");
        assert_eq!(f1("%q", A::F(f64::NEG_INFINITY)), "-1e9999");
        assert_eq!(f1("%q", A::F(f64::NAN)), "(0/0)");
        assert_eq!(f1("%q", A::F(0.1)), "0x1.999999999999ap-4");
        assert_eq!(f1("%q", A::I(i64::MIN)), "0x8000000000000000");
        assert_eq!(f1("%q", A::I(42)), "42");
        assert_eq!(f1("%q", A::F(1.0)), "0x1p+0");
        assert_eq!(f1("%q", A::Nil), "nil");
        assert_eq!(f1("%q", A::B(true)), "true");
        assert_eq!(e1("%10q", A::S(b"x")), "specifier '%q' cannot have modifiers");
    }

    #[test]
    fn errors() {
        assert_eq!(e1("%d", A::F(3.5)), "bad argument #2 to 'string.format' (number has no integer representation)");
        assert_eq!(
            e1("%d", A::F(2f64.powi(63))),
            "bad argument #2 to 'string.format' (number has no integer representation)"
        );
        assert_eq!(e1("%d", A::S(b"x")), "bad argument #2 to 'string.format' (number expected, got string)");
        assert_eq!(e1("%y", A::I(1)), "invalid conversion '%y' to 'format'");
        assert_eq!(e1("%", A::I(1)), "invalid conversion '%' to 'format'");
        assert_eq!(e1("%100d", A::I(1)), "invalid conversion specification: '%100d'");
        assert_eq!(e1("%.100f", A::I(1)), "invalid conversion specification: '%.100f'");
        assert_eq!(e1("%1$d", A::I(1)), "invalid conversion '%1$' to 'format'");
        assert_eq!(e1("%#d", A::I(3)), "invalid conversion specification: '%#d'");
        assert_eq!(e1("% x", A::I(3)), "invalid conversion specification: '% x'");
        assert_eq!(e1("%+s", A::S(b"a")), "invalid conversion specification: '%+s'");
        assert_eq!(e1("%.3c", A::I(65)), "invalid conversion specification: '%.3c'");
        assert_eq!(e1("%#c", A::I(65)), "invalid conversion specification: '%#c'");
        assert_eq!(e1("%05s", A::S(b"a")), "invalid conversion specification: '%05s'");
        assert_eq!(e1("%ld", A::I(1)), "invalid conversion '%l' to 'format'");
        // lua5.4 has no %F.
        assert_eq!(e1("%5.1F", A::F(1.0)), "invalid conversion '%5.1F' to 'format'");
        assert_eq!(e1("%5s", A::S(b"a\0b")), "bad argument #2 to 'string.format' (string contains zeros)");
        assert_eq!(e1("%--------------------2d", A::I(1)), "invalid format (too long)");
        assert_eq!(f1("%-------------------2d", A::I(1)), "1 ");
        assert_eq!(fmt(&[A::S(b"%d")]), Err("bad argument #2 to 'string.format' (no value)".into()));
        assert_eq!(fmt(&[A::S(b"%d %d"), A::I(1)]), Err("bad argument #3 to 'string.format' (no value)".into()));
        assert_eq!(fmt(&[A::S(b"abc%")]), Err("bad argument #2 to 'string.format' (no value)".into()));
        assert_eq!(fmt(&[A::S(b"%5.2%")]), Err("bad argument #2 to 'string.format' (no value)".into()));
        assert_eq!(fmt(&[A::S(b"%%")]), Ok("%".into()));
    }
}
