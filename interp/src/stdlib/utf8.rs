//! The `utf8` library of Lua 5.4 (as 5.4.4 behaves): char, charpattern,
//! codepoint, len, offset, codes; strict mode rejects surrogates and code
//! points above 10FFFF, lax mode accepts the old 6-byte forms up to 7FFFFFFF.

use super::string::arg_str;
use crate::state::{LuaResult, Vm};
use crate::value::Value;

/// Largest value the 6-byte encoding can hold.
const MAX_UTF: u64 = 0x7FFF_FFFF;
/// Largest Unicode code point.
const MAX_UNICODE: u32 = 0x10FFFF;
/// A pattern matching exactly one UTF-8 byte sequence.
const CHARPATTERN: &[u8] = b"[\x00-\x7F\xC2-\xFD][\x80-\xBF]*";
const MSG_INVALID: &str = "invalid UTF-8 code";

pub fn open_utf8(vm: &mut Vm) {
    let lib = super::register_qualified(
        vm,
        "utf8",
        &[
            ("utf8.offset", byte_offset),
            ("utf8.codepoint", codepoint),
            ("utf8.char", utf8_char),
            ("utf8.len", utf8_len),
            ("utf8.codes", codes),
        ],
    );
    // The library table is mature, and so are the key (shared, as every
    // library key) and the pattern string.
    let key = vm.shared_str(b"charpattern");
    let pat = crate::object::LuaStr::alloc(&mut vm.heap, CHARPATTERN, true);
    lib.set(Value::Str(key), Value::Str(pat)).expect("string keys are valid");
}

/// Append the (extended) UTF-8 encoding of `x` (at most 0x7FFFFFFF).
pub fn encode(x: u32, out: &mut Vec<u8>) {
    if x < 0x80 {
        out.push(x as u8);
        return;
    }
    let mut buf = [0u8; 8];
    let mut n = 0;
    let mut x = x;
    let mut max_first = 0x3fu32;
    loop {
        buf[7 - n] = 0x80 | (x & 0x3f) as u8;
        n += 1;
        x >>= 6;
        max_first >>= 1;
        if x <= max_first {
            break;
        }
    }
    buf[7 - n] = ((!max_first << 1) | x) as u8;
    out.extend_from_slice(&buf[7 - n..]);
}

/// Decode one sequence at `i`; the code point and the index after it, or
/// None if invalid. Bytes past the end read as 0 (C's terminating NUL).
pub fn decode(s: &[u8], i: usize, strict: bool) -> Option<(u32, usize)> {
    const LIMITS: [u32; 6] = [!0, 0x80, 0x800, 0x1_0000, 0x20_0000, 0x400_0000];
    let at = |k: usize| s.get(k).copied().unwrap_or(0) as u32;
    let mut c = at(i);
    let mut res: u32;
    let mut count = 0;
    if c < 0x80 {
        res = c;
    } else {
        res = 0;
        while c & 0x40 != 0 {
            count += 1;
            let cc = at(i + count);
            if cc & 0xC0 != 0x80 {
                return None;
            }
            res = (res << 6) | (cc & 0x3F);
            c <<= 1;
        }
        if count > 5 {
            return None;
        }
        res |= (c & 0x7F) << (count * 5);
        if res as u64 > MAX_UTF || res < LIMITS[count] {
            return None;
        }
    }
    if strict && (res > MAX_UNICODE || (0xD800..=0xDFFF).contains(&res)) {
        return None;
    }
    Some((res, i + count + 1))
}

/// Is byte `i` a continuation byte? (Past the end: no.)
fn is_cont(s: &[u8], i: usize) -> bool {
    s.get(i).is_some_and(|&c| c & 0xC0 == 0x80)
}

/// Relative position for utf8 functions (`u_posrelat`): negative counts from
/// the end, too negative gives 0.
fn u_posrelat(pos: i64, len: usize) -> i64 {
    if pos >= 0 {
        pos
    } else if pos.unsigned_abs() > len as u64 {
        0
    } else {
        len as i64 + pos + 1
    }
}

fn utf8_char(vm: &mut Vm) -> LuaResult<usize> {
    let n = vm.nargs();
    let mut out = Vec::with_capacity(n);
    for i in 1..=n {
        let code = vm.check_int(i)? as u64;
        if code > MAX_UTF {
            return Err(vm.arg_error(i, "value out of range"));
        }
        encode(code as u32, &mut out);
    }
    vm.try_push_str(&out)?;
    Ok(1)
}

fn codepoint(vm: &mut Vm) -> LuaResult<usize> {
    let len = vm.check_str(1)?.len();
    let posi = u_posrelat(vm.opt_int(2, 1)?, len);
    let pose = u_posrelat(vm.opt_int(3, posi)?, len);
    let lax = vm.arg(4).truthy();
    if posi < 1 {
        return Err(vm.arg_error(2, "out of bounds"));
    }
    if pose > len as i64 {
        return Err(vm.arg_error(3, "out of bounds"));
    }
    if posi > pose {
        return Ok(0);
    }
    if pose - posi >= i32::MAX as i64 {
        return Err(vm.rt_error("string slice too long"));
    }
    let codes = decode_range(arg_str(vm, 1).as_bytes(), posi as usize - 1, pose as usize, !lax);
    let Some(codes) = codes else { return Err(vm.rt_error(MSG_INVALID)) };
    if !vm.check_stack(codes.len()) {
        return Err(vm.rt_error("stack overflow (string slice too long)"));
    }
    for &c in &codes {
        vm.push(Value::Int(c as i64));
    }
    Ok(codes.len())
}

/// The code points of the sequences starting in `from..to` (the last one may
/// extend past `to`); None if one is invalid.
fn decode_range(bytes: &[u8], from: usize, to: usize, strict: bool) -> Option<Vec<u32>> {
    let mut codes = Vec::new();
    let mut i = from;
    while i < to {
        let (c, next) = decode(bytes, i, strict)?;
        codes.push(c);
        i = next;
    }
    Some(codes)
}

fn utf8_len(vm: &mut Vm) -> LuaResult<usize> {
    let len = vm.check_str(1)?.len() as i64;
    let mut posi = u_posrelat(vm.opt_int(2, 1)?, len as usize);
    let mut posj = u_posrelat(vm.opt_int(3, -1)?, len as usize);
    let lax = vm.arg(4).truthy();
    posi -= 1;
    if !(0..=len).contains(&posi) {
        return Err(vm.arg_error(2, "initial position out of bounds"));
    }
    posj -= 1;
    if posj >= len {
        return Err(vm.arg_error(3, "final position out of bounds"));
    }
    let s = arg_str(vm, 1);
    let bytes = s.as_bytes();
    let mut n = 0i64;
    while posi <= posj {
        match decode(bytes, posi as usize, !lax) {
            Some((_, next)) => posi = next as i64,
            None => {
                vm.push(Value::Nil);
                vm.push(Value::Int(posi + 1));
                return Ok(2);
            }
        }
        n += 1;
    }
    vm.push(Value::Int(n));
    Ok(1)
}

fn byte_offset(vm: &mut Vm) -> LuaResult<usize> {
    let len = vm.check_str(1)?.len();
    let mut n = vm.check_int(2)?;
    let default = if n >= 0 { 1 } else { len as i64 + 1 };
    let mut posi = u_posrelat(vm.opt_int(3, default)?, len) - 1;
    if !(0..=len as i64).contains(&posi) {
        return Err(vm.arg_error(3, "position out of bounds"));
    }
    let s = arg_str(vm, 1);
    let b = s.as_bytes();
    let cont = |p: i64| is_cont(b, p as usize);
    if n == 0 {
        while posi > 0 && cont(posi) {
            posi -= 1;
        }
    } else {
        if cont(posi) {
            return Err(vm.rt_error("initial position is a continuation byte"));
        }
        if n < 0 {
            while n < 0 && posi > 0 {
                posi -= 1;
                while posi > 0 && cont(posi) {
                    posi -= 1;
                }
                n += 1;
            }
        } else {
            n -= 1;
            while n > 0 && posi < len as i64 {
                posi += 1;
                while cont(posi) {
                    posi += 1;
                }
                n -= 1;
            }
        }
    }
    vm.push(if n == 0 { Value::Int(posi + 1) } else { Value::Nil });
    Ok(1)
}

fn codes(vm: &mut Vm) -> LuaResult<usize> {
    let lax = vm.arg(2).truthy();
    vm.check_str(1)?;
    vm.ensure_stack(3)?;
    let iter = vm.new_native(if lax { iter_lax } else { iter_strict }, "?", 0);
    vm.push(iter);
    vm.push(vm.arg(1));
    vm.push(Value::Int(0));
    Ok(3)
}

fn iter_strict(vm: &mut Vm) -> LuaResult<usize> {
    iter_aux(vm, true)
}

fn iter_lax(vm: &mut Vm) -> LuaResult<usize> {
    iter_aux(vm, false)
}

/// One step of `utf8.codes`: the control value is the 1-based position of
/// the previous character, which as a 0-based index is its second byte; skip
/// continuation bytes from there to reach the next character.
fn iter_aux(vm: &mut Vm, strict: bool) -> LuaResult<usize> {
    let len = vm.check_str(1)?.len();
    let mut n = match vm.arg(2) {
        Value::Int(i) => i as u64,
        Value::Float(f) => crate::number::float_to_int_exact(f).unwrap_or(0) as u64,
        _ => 0,
    };
    let s = arg_str(vm, 1);
    let b = s.as_bytes();
    if n < len as u64 {
        while is_cont(b, n as usize) {
            n += 1;
        }
    }
    if n >= len as u64 {
        return Ok(0);
    }
    match decode(b, n as usize, strict) {
        Some((code, _)) => {
            vm.push(Value::Int(n as i64 + 1));
            vm.push(Value::Int(code as i64));
            Ok(2)
        }
        None => Err(vm.rt_error(MSG_INVALID)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stdlib::string::test_support::{call, call_value, stress_vm, A, R};

    const S: &[u8] = "h\u{E9}llo\u{20AC}".as_bytes();

    fn u(name: &str, args: &[A]) -> Result<Vec<R>, String> {
        let mut vm = stress_vm();
        call(&mut vm, "utf8", name, args)
    }

    fn ints(v: &[i64]) -> Result<Vec<R>, String> {
        Ok(v.iter().map(|&i| R::I(i)).collect())
    }

    fn nil_at(p: i64) -> Result<Vec<R>, String> {
        Ok(vec![R::Nil, R::I(p)])
    }

    #[test]
    fn encoding() {
        let mut out = Vec::new();
        for c in [72, 0x20AC, 0x10FFFF, 0x7FFFFFFF, 0] {
            encode(c, &mut out);
        }
        // lua5.4: utf8.char(72, 0x20AC, 0x10FFFF, 0x7FFFFFFF, 0)
        let want = [0x48, 0xe2, 0x82, 0xac, 0xf4, 0x8f, 0xbf, 0xbf, 0xfd, 0xbf, 0xbf, 0xbf, 0xbf, 0xbf, 0x00];
        assert_eq!(out, want);
        for c in (0..0x11_0000).step_by(97).chain([0x7f, 0x80, 0x7ff, 0x800, 0xffff, 0x10000]) {
            let mut b = Vec::new();
            encode(c, &mut b);
            assert_eq!(decode(&b, 0, false), Some((c, b.len())));
            if let Some(ch) = char::from_u32(c) {
                assert_eq!(b, ch.to_string().into_bytes());
            }
        }
    }

    #[test]
    fn char_and_codepoint() {
        assert_eq!(u("char", &[A::I(72), A::I(0x20AC)]), Ok(vec![R::S("H\u{20AC}".into())]));
        assert_eq!(u("char", &[]), Ok(vec![R::S(vec![])]));
        assert_eq!(u("char", &[A::I(0x80000000)]), Err("bad argument #1 to 'utf8.char' (value out of range)".into()));
        assert_eq!(u("char", &[A::I(-1)]), Err("bad argument #1 to 'utf8.char' (value out of range)".into()));
        assert_eq!(u("codepoint", &[A::S(S)]), ints(&[104]));
        assert_eq!(u("codepoint", &[A::S(S), A::I(1), A::I(-1)]), ints(&[104, 233, 108, 108, 111, 8364]));
        assert_eq!(u("codepoint", &[A::S(S), A::I(2)]), ints(&[233]));
        assert_eq!(u("codepoint", &[A::S(S), A::I(3)]), Err(MSG_INVALID.into()));
        assert_eq!(
            u("codepoint", &[A::S(S), A::I(0)]),
            Err("bad argument #2 to 'utf8.codepoint' (out of bounds)".into())
        );
        assert_eq!(
            u("codepoint", &[A::S(S), A::I(1), A::I(100)]),
            Err("bad argument #3 to 'utf8.codepoint' (out of bounds)".into())
        );
        assert_eq!(u("codepoint", &[A::S(S), A::I(10), A::I(9)]), ints(&[]));
        let big = b"\xF4\x90\x80\x80";
        assert_eq!(u("codepoint", &[A::S(big)]), Err(MSG_INVALID.into()));
        assert_eq!(u("codepoint", &[A::S(big), A::I(1), A::I(1), A::B(true)]), ints(&[0x110000]));
        let surrogate = b"\xED\xA0\x80";
        assert_eq!(u("codepoint", &[A::S(surrogate)]), Err(MSG_INVALID.into()));
        assert_eq!(u("codepoint", &[A::S(surrogate), A::I(1), A::I(1), A::B(true)]), ints(&[0xD800]));
        assert_eq!(u("codepoint", &[A::S(b"\xC0\x80")]), Err(MSG_INVALID.into()));
        assert_eq!(
            u("codepoint", &[A::S(b"\xFD\xBF\xBF\xBF\xBF\xBF"), A::I(1), A::I(1), A::B(true)]),
            ints(&[MAX_UTF as i64])
        );
        assert_eq!(u("codepoint", &[A::S(b"\xFE")]), Err(MSG_INVALID.into()));
        assert_eq!(u("codepoint", &[A::S(b"")]), Err("bad argument #3 to 'utf8.codepoint' (out of bounds)".into()));
        assert_eq!(u("codepoint", &[A::S(b"abc"), A::I(-1)]), ints(&[99]));
    }

    #[test]
    fn lengths() {
        let abc = A::S(b"abc");
        assert_eq!(u("len", &[A::S(S)]), ints(&[6]));
        assert_eq!(u("len", &[A::S(S), A::I(3)]), nil_at(3));
        assert_eq!(u("len", &[A::S(S), A::I(-3)]), ints(&[1]));
        assert_eq!(u("len", &[A::S(b"\xffabc")]), nil_at(1));
        assert_eq!(u("len", &[A::S(b"ab\x80")]), nil_at(3));
        assert_eq!(u("len", &[A::S(b"")]), ints(&[0]));
        assert_eq!(
            u("len", &[abc.clone(), A::I(5)]),
            Err("bad argument #2 to 'utf8.len' (initial position out of bounds)".into())
        );
        assert_eq!(u("len", &[abc.clone(), A::I(4)]), ints(&[0]));
        assert_eq!(
            u("len", &[abc.clone(), A::I(0)]),
            Err("bad argument #2 to 'utf8.len' (initial position out of bounds)".into())
        );
        assert_eq!(
            u("len", &[abc.clone(), A::I(1), A::I(4)]),
            Err("bad argument #3 to 'utf8.len' (final position out of bounds)".into())
        );
        assert_eq!(u("len", &[abc.clone(), A::I(3), A::I(1)]), ints(&[0]));
        assert_eq!(u("len", &[A::S(b"\xF4\x90\x80\x80")]), nil_at(1));
        assert_eq!(u("len", &[A::S(b"\xF4\x90\x80\x80"), A::I(1), A::I(-1), A::B(true)]), ints(&[1]));
        assert_eq!(
            u("len", &[abc, A::I(-5)]),
            Err("bad argument #2 to 'utf8.len' (initial position out of bounds)".into())
        );
    }

    #[test]
    fn offsets() {
        let o = |args: &[A]| {
            let mut all = vec![A::S(S)];
            all.extend_from_slice(args);
            u("offset", &all)
        };
        assert_eq!(o(&[A::I(1)]), ints(&[1]));
        assert_eq!(o(&[A::I(3)]), ints(&[4]));
        assert_eq!(o(&[A::I(-1)]), ints(&[7]));
        assert_eq!(o(&[A::I(0), A::I(3)]), ints(&[2]));
        assert_eq!(o(&[A::I(0), A::I(2)]), ints(&[2]));
        assert_eq!(o(&[A::I(10)]), Ok(vec![R::Nil]));
        assert_eq!(o(&[A::I(7)]), ints(&[10]));
        assert_eq!(o(&[A::I(8)]), Ok(vec![R::Nil]));
        assert_eq!(o(&[A::I(2), A::I(3)]), Err("initial position is a continuation byte".into()));
        assert_eq!(o(&[A::I(1), A::I(20)]), Err("bad argument #3 to 'utf8.offset' (position out of bounds)".into()));
        assert_eq!(o(&[A::I(-1), A::I(1)]), Ok(vec![R::Nil]));
        assert_eq!(o(&[A::I(-10)]), Ok(vec![R::Nil]));
        assert_eq!(u("offset", &[A::S(b"abc"), A::I(0)]), ints(&[1]));
        assert_eq!(u("offset", &[A::S(b"abc"), A::I(0), A::I(4)]), ints(&[4]));
        assert_eq!(u("offset", &[A::S(b"abc"), A::I(-1), A::I(4)]), ints(&[3]));
        assert_eq!(u("offset", &[A::S(b""), A::I(1)]), ints(&[1]));
        assert_eq!(u("offset", &[A::S(b""), A::I(0)]), ints(&[1]));
        assert_eq!(u("offset", &[A::S(b""), A::I(-1)]), Ok(vec![R::Nil]));
        assert_eq!(u("offset", &[A::S(b"\x80"), A::I(1)]), Err("initial position is a continuation byte".into()));
    }

    /// Run `utf8.codes(s, lax)` to the end: the (position, code) pairs, and the
    /// error that stopped it, if any.
    fn all_codes(s: &[u8], lax: bool) -> (Vec<(i64, i64)>, Option<String>) {
        let mut vm = stress_vm();
        let r = call(&mut vm, "utf8", "codes", &[A::S(s), A::B(lax)]).unwrap();
        assert_eq!(r[0], R::Other("function"));
        let base = vm.top; // iterator, string, control value live at base..base+3
        vm.top += 3;
        let mut out = Vec::new();
        loop {
            let func = vm.top;
            vm.push(vm.stack[base]);
            vm.push(vm.stack[base + 1]);
            vm.push(vm.stack[base + 2]);
            match call_value(&mut vm, func) {
                Ok(r) if r.is_empty() => return (out, None),
                Ok(r) => {
                    let (R::I(p), R::I(c)) = (&r[0], &r[1]) else { panic!("{r:?}") };
                    out.push((*p, *c));
                    vm.stack[base + 2] = Value::Int(*p);
                }
                Err(e) => return (out, Some(e)),
            }
        }
    }

    #[test]
    fn code_iteration() {
        let inv = Some(MSG_INVALID.to_string());
        assert_eq!(all_codes(S, false), (vec![(1, 104), (2, 233), (4, 108), (5, 108), (6, 111), (7, 8364)], None));
        assert_eq!(all_codes(b"", false), (vec![], None));
        assert_eq!(all_codes(b"ab\xffcd", false), (vec![(1, 97), (2, 98)], inv.clone()));
        assert_eq!(all_codes(b"ab\x80", false), (vec![(1, 97), (2, 98)], None));
        assert_eq!(all_codes(b"\x80ab", false), (vec![(2, 97), (3, 98)], None));
        assert_eq!(all_codes(b"a\xC3", false), (vec![(1, 97)], inv.clone()));
        assert_eq!(all_codes(b"\xF4\x90\x80\x80", false), (vec![], inv));
        assert_eq!(all_codes(b"\xF4\x90\x80\x80", true), (vec![(1, 0x110000)], None));
        assert_eq!(all_codes(b"\xC3\xA9\x80", false), (vec![(1, 233)], None));
    }

    #[test]
    fn charpattern_is_registered() {
        let mut vm = stress_vm();
        // The library table is mature: it does not move when the key is allocated.
        let Value::Table(t) = vm.get_global("utf8") else { panic!("no utf8") };
        let key = vm.new_str(b"charpattern");
        match t.get(Value::Str(key)) {
            Value::Str(s) => assert_eq!(s.as_bytes(), CHARPATTERN),
            other => panic!("{other:?}"),
        }
    }
}
