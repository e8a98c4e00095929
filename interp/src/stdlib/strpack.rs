//! `string.pack`, `string.unpack` and `string.packsize`: Lua 5.4's binary
//! serialization formats, on a little-endian 64-bit host.

use super::string::{arg_str, start_pos, MAX_SIZE};
use crate::state::{LuaResult, Vm};
use crate::value::Value;

/// Largest integer size an `i`/`I`/`s` option may ask for.
const MAX_INT_SIZE: usize = 16;
/// Bytes of a Lua integer.
const SZINT: usize = 8;
/// Default maximum alignment for '!' (the C ABI's largest alignment).
const MAX_ALIGN: usize = 8;

/// What one format option does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Int,
    Uint,
    Float,
    Number,
    Double,
    /// Fixed-size string `cN`.
    Char,
    /// Length-prefixed string `sN`.
    Str,
    /// Zero-terminated string `z`.
    Zstr,
    /// One byte of padding `x`.
    Padding,
    /// Align to the next option's size `X`.
    PadAlign,
    /// Spaces and settings (`<`, `>`, `=`, `!`).
    Nop,
}

/// An error of the format: raised plainly, or as a "bad argument" error.
enum FmtError {
    Plain(String),
    /// An unknown option byte, quoted raw in the message as PUC's `'%c'` (it need not be UTF-8).
    BadOption(u8),
    Arg(usize, &'static str),
}

/// Parsing state: the format text, the cursor, endianness and maximum alignment.
struct Header<'a> {
    fmt: &'a [u8],
    pos: usize,
    little: bool,
    max_align: usize,
}

/// One parsed option: its kind, its size and the padding that precedes it.
struct Item {
    kind: Kind,
    size: usize,
    align_pad: usize,
}

impl<'a> Header<'a> {
    fn new(fmt: &'a [u8]) -> Header<'a> {
        // PUC walks the format as a C string: it ends at the first zero byte.
        let fmt = fmt.split(|&b| b == 0).next().unwrap_or_default();
        Header { fmt, pos: 0, little: cfg!(target_endian = "little"), max_align: 1 }
    }

    fn at_end(&self) -> bool {
        self.pos >= self.fmt.len()
    }

    /// An optional decimal count (Lua's `getnum`: stops before it could overflow).
    fn number(&mut self, default: Option<usize>) -> Option<usize> {
        if !self.fmt.get(self.pos).is_some_and(u8::is_ascii_digit) {
            return default;
        }
        let mut a = 0usize;
        loop {
            a = a * 10 + (self.fmt[self.pos] - b'0') as usize;
            self.pos += 1;
            if !(self.fmt.get(self.pos).is_some_and(u8::is_ascii_digit) && a <= (MAX_SIZE - 9) / 10) {
                return Some(a);
            }
        }
    }

    /// A size in `1..=16` for `i`, `I`, `s` and `!`.
    fn int_size(&mut self, default: usize) -> Result<usize, FmtError> {
        let sz = self.number(Some(default)).unwrap_or(default);
        if sz > MAX_INT_SIZE || sz == 0 {
            return Err(FmtError::Plain(format!("integral size ({sz}) out of limits [1,{MAX_INT_SIZE}]")));
        }
        Ok(sz)
    }

    /// Read one option letter and its size (Lua's `getoption`).
    fn option(&mut self) -> Result<(Kind, usize), FmtError> {
        let opt = self.fmt[self.pos];
        self.pos += 1;
        Ok(match opt {
            b'b' => (Kind::Int, 1),
            b'B' => (Kind::Uint, 1),
            b'h' => (Kind::Int, 2),
            b'H' => (Kind::Uint, 2),
            b'l' | b'j' => (Kind::Int, 8),
            b'L' | b'J' | b'T' => (Kind::Uint, 8),
            b'f' => (Kind::Float, 4),
            b'n' => (Kind::Number, 8),
            b'd' => (Kind::Double, 8),
            b'i' => (Kind::Int, self.int_size(4)?),
            b'I' => (Kind::Uint, self.int_size(4)?),
            b's' => (Kind::Str, self.int_size(8)?),
            b'c' => match self.number(None) {
                Some(n) => (Kind::Char, n),
                None => return Err(FmtError::Plain("missing size for format option 'c'".into())),
            },
            b'z' => (Kind::Zstr, 0),
            b'x' => (Kind::Padding, 1),
            b'X' => (Kind::PadAlign, 0),
            b' ' => (Kind::Nop, 0),
            b'<' => {
                self.little = true;
                (Kind::Nop, 0)
            }
            b'>' => {
                self.little = false;
                (Kind::Nop, 0)
            }
            b'=' => {
                self.little = cfg!(target_endian = "little");
                (Kind::Nop, 0)
            }
            b'!' => {
                self.max_align = self.int_size(MAX_ALIGN)?;
                (Kind::Nop, 0)
            }
            c => return Err(FmtError::BadOption(c)),
        })
    }

    /// The next option with the padding that aligns it at offset `total`
    /// (Lua's `getdetails`).
    fn item(&mut self, total: usize) -> Result<Item, FmtError> {
        let (kind, size) = self.option()?;
        let mut align = size;
        if kind == Kind::PadAlign {
            let next = if self.at_end() { None } else { Some(self.option()?) };
            match next {
                Some((k, a)) if k != Kind::Char && a != 0 => align = a,
                _ => return Err(FmtError::Arg(1, "invalid next option for option 'X'")),
            }
        }
        let align_pad = if align <= 1 || kind == Kind::Char {
            0
        } else {
            let align = align.min(self.max_align);
            if !align.is_power_of_two() {
                return Err(FmtError::Arg(1, "format asks for alignment not power of 2"));
            }
            (align - (total & (align - 1))) & (align - 1)
        };
        Ok(Item { kind, size, align_pad })
    }
}

fn raise(vm: &mut Vm, e: FmtError) -> crate::LuaError {
    match e {
        FmtError::Plain(m) => vm.rt_error(m),
        FmtError::BadOption(c) => {
            let mut text = format!("{}invalid format option '", vm.where_prefix(1)).into_bytes();
            text.extend_from_slice(&[c, b'\'']);
            let s = vm.new_str(&text);
            vm.throw(Value::Str(s))
        }
        FmtError::Arg(i, m) => vm.arg_error(i, m),
    }
}

/// Append `n` as a `size`-byte integer; `neg` sign-extends beyond 8 bytes.
fn pack_int(out: &mut Vec<u8>, n: u64, little: bool, size: usize, neg: bool) {
    let mut bytes = vec![0u8; size];
    for (i, b) in bytes.iter_mut().enumerate() {
        *b = if i < SZINT {
            (n >> (8 * i)) as u8
        } else if neg {
            0xff
        } else {
            0
        };
    }
    if !little {
        bytes.reverse();
    }
    out.extend_from_slice(&bytes);
}

/// Read a `size`-byte integer; errors if it does not fit in a Lua integer.
fn unpack_int(data: &[u8], little: bool, size: usize, signed: bool) -> Result<i64, String> {
    let byte = |i: usize| if little { data[i] } else { data[size - 1 - i] };
    let limit = size.min(SZINT);
    let mut res: u64 = 0;
    for i in (0..limit).rev() {
        res = (res << 8) | byte(i) as u64;
    }
    if size < SZINT {
        if signed {
            let mask = 1u64 << (size * 8 - 1);
            res = (res ^ mask).wrapping_sub(mask);
        }
    } else if size > SZINT {
        let fill = if !signed || (res as i64) >= 0 { 0 } else { 0xff };
        if (limit..size).any(|i| byte(i) != fill) {
            return Err(format!("{size}-byte integer does not fit into Lua Integer"));
        }
    }
    Ok(res as i64)
}

/// Append the bytes of a float in the requested byte order.
fn pack_bytes_endian(out: &mut Vec<u8>, le_bytes: &[u8], little: bool) {
    if little {
        out.extend_from_slice(le_bytes);
    } else {
        out.extend(le_bytes.iter().rev());
    }
}

fn read_endian<const N: usize>(data: &[u8], little: bool) -> [u8; N] {
    let mut b = [0u8; N];
    b.copy_from_slice(&data[..N]);
    if !little {
        b.reverse();
    }
    b
}

pub fn str_pack(vm: &mut Vm) -> LuaResult<usize> {
    let fmt = vm.check_bytes(1)?;
    // PUC pushes a nil to separate the arguments from its buffer, so the first
    // missing argument is reported as "got nil", not "got no value".
    vm.push(Value::Nil);
    let mut h = Header::new(&fmt);
    let mut out = Vec::new();
    let mut arg = 1;
    let mut total = 0usize;
    while !h.at_end() {
        let it = h.item(total).map_err(|e| raise(vm, e))?;
        total += it.align_pad + it.size;
        // A "c" item's size, like a string's length below, is the program's.
        vm.reserve_buffer(&mut out, it.align_pad + it.size, &mut [])?;
        out.resize(out.len() + it.align_pad, 0);
        arg += 1;
        match it.kind {
            Kind::Int => {
                let n = vm.check_int(arg)?;
                if it.size < SZINT {
                    let lim = 1i64 << (it.size * 8 - 1);
                    if !(-lim..lim).contains(&n) {
                        return Err(vm.arg_error(arg, "integer overflow"));
                    }
                }
                pack_int(&mut out, n as u64, h.little, it.size, n < 0);
            }
            Kind::Uint => {
                let n = vm.check_int(arg)?;
                if it.size < SZINT && (n as u64) >= (1u64 << (it.size * 8)) {
                    return Err(vm.arg_error(arg, "unsigned overflow"));
                }
                pack_int(&mut out, n as u64, h.little, it.size, false);
            }
            Kind::Float => {
                let f = vm.check_num(arg)? as f32;
                pack_bytes_endian(&mut out, &f.to_le_bytes(), h.little);
            }
            Kind::Number | Kind::Double => {
                let f = vm.check_num(arg)?;
                pack_bytes_endian(&mut out, &f.to_le_bytes(), h.little);
            }
            Kind::Char => {
                let len = vm.check_str(arg)?.len();
                if len > it.size {
                    return Err(vm.arg_error(arg, "string longer than given size"));
                }
                out.extend_from_slice(arg_str(vm, arg).as_bytes());
                out.resize(out.len() + (it.size - len), 0);
            }
            Kind::Str => {
                let len = vm.check_str(arg)?.len();
                if it.size < 8 && (len as u64) >= (1u64 << (it.size * 8)) {
                    return Err(vm.arg_error(arg, "string length does not fit in given size"));
                }
                pack_int(&mut out, len as u64, h.little, it.size, false);
                vm.reserve_buffer(&mut out, len, &mut [])?;
                out.extend_from_slice(arg_str(vm, arg).as_bytes());
                total += len;
            }
            Kind::Zstr => {
                let len = vm.check_str(arg)?.len();
                vm.reserve_buffer(&mut out, len + 1, &mut [])?;
                let s = arg_str(vm, arg);
                if s.as_bytes().contains(&0) {
                    return Err(vm.arg_error(arg, "string contains zeros"));
                }
                out.extend_from_slice(s.as_bytes());
                out.push(0);
                total += s.len() + 1;
            }
            Kind::Padding => {
                out.push(0);
                arg -= 1;
            }
            Kind::PadAlign | Kind::Nop => arg -= 1,
        }
    }
    vm.try_push_str(&out)?;
    Ok(1)
}

pub fn str_packsize(vm: &mut Vm) -> LuaResult<usize> {
    let fmt = vm.check_bytes(1)?;
    let mut h = Header::new(&fmt);
    let mut total = 0usize;
    while !h.at_end() {
        let it = h.item(total).map_err(|e| raise(vm, e))?;
        if matches!(it.kind, Kind::Str | Kind::Zstr) {
            return Err(vm.arg_error(1, "variable-length format"));
        }
        let size = it.size + it.align_pad;
        if total > MAX_SIZE.saturating_sub(size) {
            return Err(vm.arg_error(1, "format result too large"));
        }
        total += size;
    }
    vm.push(Value::Int(total as i64));
    Ok(1)
}

pub fn str_unpack(vm: &mut Vm) -> LuaResult<usize> {
    let fmt = vm.check_bytes(1)?;
    let ld = vm.check_str(2)?.len();
    let mut pos = start_pos(vm.opt_int(3, 1)?, ld) - 1;
    if pos > ld {
        return Err(vm.arg_error(3, "initial position out of string"));
    }
    let mut h = Header::new(&fmt);
    let mut n = 0;
    while !h.at_end() {
        let it = h.item(pos).map_err(|e| raise(vm, e))?;
        if it.align_pad + it.size > ld - pos {
            return Err(vm.arg_error(2, "data string too short"));
        }
        pos += it.align_pad;
        if !vm.check_stack(2) {
            return Err(vm.rt_error("stack overflow (too many results)"));
        }
        n += 1;
        // The data string is re-read after every allocation (pushing a string).
        let data = arg_str(vm, 2);
        let item = &data.as_bytes()[pos..];
        match it.kind {
            Kind::Int | Kind::Uint => {
                let v = unpack_int(item, h.little, it.size, it.kind == Kind::Int).map_err(|m| vm.rt_error(m))?;
                vm.push(Value::Int(v));
            }
            Kind::Float => {
                let f = f32::from_le_bytes(read_endian::<4>(item, h.little));
                vm.push(Value::Float(f as f64));
            }
            Kind::Number | Kind::Double => {
                let f = f64::from_le_bytes(read_endian::<8>(item, h.little));
                vm.push(Value::Float(f));
            }
            Kind::Char => {
                vm.try_push_substr(data, pos..pos + it.size)?;
            }
            Kind::Str => {
                let len = unpack_int(item, h.little, it.size, false).map_err(|m| vm.rt_error(m))? as u64;
                if len > (ld - pos - it.size) as u64 {
                    return Err(vm.arg_error(2, "data string too short"));
                }
                vm.try_push_substr(data, pos + it.size..pos + it.size + len as usize)?;
                pos += len as usize;
            }
            Kind::Zstr => {
                let Some(len) = item.iter().position(|&c| c == 0) else {
                    return Err(vm.arg_error(2, "unfinished string for format 'z'"));
                };
                vm.try_push_substr(data, pos..pos + len)?;
                pos += len + 1;
            }
            Kind::PadAlign | Kind::Padding | Kind::Nop => n -= 1,
        }
        pos += it.size;
    }
    vm.push(Value::Int(pos as i64 + 1));
    Ok(n + 1)
}

#[cfg(test)]
mod tests {
    use crate::stdlib::string::test_support::{call, stress_vm, A, R};

    fn hex(b: &[u8]) -> String {
        b.iter().map(|c| format!("{c:02x}")).collect()
    }

    fn unhex(s: &str) -> Vec<u8> {
        (0..s.len()).step_by(2).map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap()).collect()
    }

    /// `string.pack(fmt, args...)` as hex, or the error message.
    fn pack(fmt: &str, args: &[A]) -> String {
        let mut vm = stress_vm();
        let mut all = vec![A::S(fmt.as_bytes())];
        all.extend_from_slice(args);
        match call(&mut vm, "string", "pack", &all) {
            Ok(r) => match r.as_slice() {
                [R::S(b)] => hex(b),
                other => panic!("{other:?}"),
            },
            Err(e) => e,
        }
    }

    fn unpack(fmt: &str, data: &[u8], init: Option<i64>) -> Result<Vec<R>, String> {
        let mut vm = stress_vm();
        let mut all = vec![A::S(fmt.as_bytes()), A::S(data)];
        if let Some(i) = init {
            all.push(A::I(i));
        }
        call(&mut vm, "string", "unpack", &all)
    }

    fn packsize(fmt: &str) -> Result<Vec<R>, String> {
        let mut vm = stress_vm();
        call(&mut vm, "string", "packsize", &[A::S(fmt.as_bytes())])
    }

    #[test]
    fn packs_like_lua() {
        // Hex strings printed by lua5.4 on this machine.
        use A::{F, I, S};
        assert_eq!(pack("i4", &[I(100)]), "64000000");
        assert_eq!(pack(">i4", &[I(100)]), "00000064");
        assert_eq!(pack("<i2 >i2 =i2", &[I(1), I(2), I(3)]), "010000020300");
        assert_eq!(pack("b B h H", &[I(-1), I(255), I(-2), I(65535)]), "fffffeffffff");
        assert_eq!(pack("i3", &[I(-2)]), "feffff");
        assert_eq!(pack("i16", &[I(-3)]), "fdffffffffffffffffffffffffffffff");
        assert_eq!(pack(">I16", &[I(5)]), "00000000000000000000000000000005");
        assert_eq!(pack("j J", &[I(-1), I(-1)]), "ffffffffffffffffffffffffffffffff");
        assert_eq!(pack("T", &[I(7)]), "0700000000000000");
        assert_eq!(pack("f", &[F(1.5)]), "0000c03f");
        assert_eq!(pack("d", &[F(1.5)]), "000000000000f83f");
        assert_eq!(pack("n", &[F(-0.5)]), "000000000000e0bf");
        assert_eq!(pack(">d", &[I(1)]), "3ff0000000000000");
        assert_eq!(pack("i8", &[I(i64::MIN)]), "0000000000000080");
        assert_eq!(pack("z", &[S(b"abc")]), "61626300");
        assert_eq!(pack("s1", &[S(b"hi")]), "026869");
        assert_eq!(pack("s", &[S(b"hi")]), "02000000000000006869");
        assert_eq!(pack(">s2", &[S(b"hi")]), "00026869");
        assert_eq!(pack("c5", &[S(b"abc")]), "6162630000");
        assert_eq!(pack("c0", &[S(b"")]), "");
        assert_eq!(pack("!4 i1 i4", &[I(1), I(2)]), "0100000002000000");
        assert_eq!(pack("! i1 i8", &[I(1), I(2)]), "01000000000000000200000000000000");
        assert_eq!(pack("!2 i1 i8", &[I(1), I(2)]), "01000200000000000000");
        assert_eq!(pack("i1 x i1", &[I(1), I(2)]), "010002");
        assert_eq!(pack("i1 Xi4 i1", &[I(1), I(2)]), "0102");
        assert_eq!(pack("!8 i1 Xi8", &[I(1)]), "0100000000000000");
        assert_eq!(
            pack("!16 i1 i16", &[I(1), I(2)]),
            "0100000000000000000000000000000002000000000000000000000000000000"
        );
        assert_eq!(pack("d", &[S(b"1.5")]), "000000000000f83f");
        assert_eq!(pack(" < i2 ", &[I(1)]), "0100");
        assert_eq!(
            pack("c3 s1 z j d f", &[S(b"ab"), S(b"cd"), S(b"ef"), I(42), F(2.5), F(0.25)]),
            "6162000263646566002a0000000000000000000000000004400000803e"
        );
        assert_eq!(pack("I4", &[I(0xffffffff)]), "ffffffff");
        assert_eq!(pack("i4", &[I(0x7fffffff)]), "ffffff7f");
        assert_eq!(pack("!4 h Xi8 b", &[I(1), I(2)]), "0100000002");
        assert_eq!(pack("Xi2", &[]), "");
        assert_eq!(pack("=!<>", &[]), "");
    }

    #[test]
    fn pack_errors() {
        use A::{F, I, S};
        assert_eq!(pack("i1", &[I(128)]), "bad argument #2 to 'string.pack' (integer overflow)");
        assert_eq!(pack("i1", &[I(-129)]), "bad argument #2 to 'string.pack' (integer overflow)");
        assert_eq!(pack("B", &[I(256)]), "bad argument #2 to 'string.pack' (unsigned overflow)");
        assert_eq!(pack("B", &[I(-1)]), "bad argument #2 to 'string.pack' (unsigned overflow)");
        assert_eq!(pack("I3", &[I(1 << 24)]), "bad argument #2 to 'string.pack' (unsigned overflow)");
        assert_eq!(pack("I4", &[I(1 << 32)]), "bad argument #2 to 'string.pack' (unsigned overflow)");
        assert_eq!(pack("i4", &[I(0x80000000)]), "bad argument #2 to 'string.pack' (integer overflow)");
        assert_eq!(pack("z", &[S(b"a\0b")]), "bad argument #2 to 'string.pack' (string contains zeros)");
        let long = vec![b'x'; 256];
        assert_eq!(
            pack("s1", &[S(&long)]),
            "bad argument #2 to 'string.pack' (string length does not fit in given size)"
        );
        assert_eq!(pack("c2", &[S(b"abc")]), "bad argument #2 to 'string.pack' (string longer than given size)");
        assert_eq!(pack("i1 X", &[I(1)]), "bad argument #1 to 'string.pack' (invalid next option for option 'X')");
        assert_eq!(pack("i1 Xc1", &[I(1)]), "bad argument #1 to 'string.pack' (invalid next option for option 'X')");
        assert_eq!(
            pack("!3 i1 i4", &[I(1), I(2)]),
            "bad argument #1 to 'string.pack' (format asks for alignment not power of 2)"
        );
        assert_eq!(pack("i17", &[I(1)]), "integral size (17) out of limits [1,16]");
        assert_eq!(pack("i0", &[I(1)]), "integral size (0) out of limits [1,16]");
        assert_eq!(pack("s0", &[S(b"")]), "integral size (0) out of limits [1,16]");
        assert_eq!(pack("!17", &[]), "integral size (17) out of limits [1,16]");
        assert_eq!(pack("y", &[I(1)]), "invalid format option 'y'");
        assert_eq!(pack("c", &[S(b"a")]), "missing size for format option 'c'");
        // "got nil", not "got no value": PUC's quirk (a nil pushed below its buffer).
        assert_eq!(pack("i4", &[]), "bad argument #2 to 'string.pack' (number expected, got nil)");
        assert_eq!(pack("i4", &[S(b"x")]), "bad argument #2 to 'string.pack' (number expected, got string)");
        assert_eq!(pack("i4", &[F(1.5)]), "bad argument #2 to 'string.pack' (number has no integer representation)");
        assert_eq!(pack("i4 i4", &[I(1)]), "bad argument #3 to 'string.pack' (number expected, got nil)");
    }

    #[test]
    fn unpacks_like_lua() {
        use R::{F, I};
        let s = |x: &str| R::S(x.as_bytes().to_vec());
        assert_eq!(unpack("i4", &unhex("64000000"), None), Ok(vec![I(100), I(5)]));
        assert_eq!(unpack("<i2 >i2", b"\x01\0\0\x01", None), Ok(vec![I(1), I(1), I(5)]));
        assert_eq!(unpack("b B", b"\xff\xff", None), Ok(vec![I(-1), I(255), I(3)]));
        assert_eq!(unpack("i3", b"\xfe\xff\xff", None), Ok(vec![I(-2), I(4)]));
        assert_eq!(unpack("I3", b"\xfe\xff\xff", None), Ok(vec![I(16777214), I(4)]));
        assert_eq!(unpack("i16", &unhex("fdffffffffffffffffffffffffffffff"), None), Ok(vec![I(-3), I(17)]));
        assert_eq!(
            unpack("i16", &unhex("00000000000000000100000000000000"), None),
            Err("16-byte integer does not fit into Lua Integer".into())
        );
        assert_eq!(unpack("I9", &[0xff; 9], None), Err("9-byte integer does not fit into Lua Integer".into()));
        assert_eq!(unpack("i9", &[0xff; 9], None), Ok(vec![I(-1), I(10)]));
        assert_eq!(unpack("j", &[0xff; 8], None), Ok(vec![I(-1), I(9)]));
        assert_eq!(
            unpack("f d n", &unhex("0000c03f0000000000000240000000000000f0bf"), None),
            Ok(vec![F(1.5), F(2.25), F(-1.0), I(21)])
        );
        assert_eq!(unpack("z z", b"ab\0cd\0", None), Ok(vec![s("ab"), s("cd"), I(7)]));
        assert_eq!(
            unpack("z", b"abc", None),
            Err("bad argument #2 to 'string.unpack' (unfinished string for format 'z')".into())
        );
        assert_eq!(unpack("s1", b"\x03abc", None), Ok(vec![s("abc"), I(5)]));
        assert_eq!(
            unpack("s1", b"\x04abc", None),
            Err("bad argument #2 to 'string.unpack' (data string too short)".into())
        );
        assert_eq!(unpack("c2 c1", b"abc", None), Ok(vec![s("ab"), s("c"), I(4)]));
        assert_eq!(
            unpack("c4", b"abc", None),
            Err("bad argument #2 to 'string.unpack' (data string too short)".into())
        );
        assert_eq!(unpack("i4", b"abcdabcd", Some(5)), Ok(vec![I(1684234849), I(9)]));
        assert_eq!(unpack("i4", b"abcdabcd", Some(-4)), Ok(vec![I(1684234849), I(9)]));
        assert_eq!(
            unpack("i4", b"abcd", Some(6)),
            Err("bad argument #3 to 'string.unpack' (initial position out of string)".into())
        );
        assert_eq!(
            unpack("i4", b"abcd", Some(5)),
            Err("bad argument #2 to 'string.unpack' (data string too short)".into())
        );
        assert_eq!(unpack("i4", b"abcd", Some(-10)), Ok(vec![I(1684234849), I(5)]));
        assert_eq!(unpack("!4 i1 i4", &unhex("0100000002000000"), None), Ok(vec![I(1), I(2), I(9)]));
        assert_eq!(unpack("i1 x i1", b"\x01\0\x02", None), Ok(vec![I(1), I(2), I(4)]));
        assert_eq!(unpack("", b"abc", None), Ok(vec![I(1)]));
        assert_eq!(unpack("", b"abc", Some(4)), Ok(vec![I(4)]));
        assert_eq!(unpack("Xi4 i1", b"\x01", None), Ok(vec![I(1), I(2)]));
    }

    #[test]
    fn packsizes() {
        use R::I;
        let e = |m: &str| Err(format!("bad argument #1 to 'string.packsize' ({m})"));
        assert_eq!(packsize("i4 i8"), Ok(vec![I(12)]));
        assert_eq!(packsize("!8 i1 i8"), Ok(vec![I(16)]));
        assert_eq!(packsize("s"), e("variable-length format"));
        assert_eq!(packsize("z"), e("variable-length format"));
        assert_eq!(packsize("c10 d"), Ok(vec![I(18)]));
        assert_eq!(packsize("c2147483647"), Err("invalid format option '7'".into()));
        assert_eq!(packsize("c2147483646 i1"), Err("invalid format option '6'".into()));
        assert_eq!(packsize("c214748364 c214748364 c214748364 c214748364 c214748364"), Ok(vec![I(1073741820)]));
        let ten = ["c214748364"; 10].join(" ");
        assert_eq!(packsize(&format!("{ten} c7")), Ok(vec![I(2147483647)]));
        assert_eq!(packsize(&format!("{ten} c8")), e("format result too large"));
        assert_eq!(packsize("!4 i3"), e("format asks for alignment not power of 2"));
        assert_eq!(packsize(""), Ok(vec![I(0)]));
        assert_eq!(packsize("j n"), Ok(vec![I(16)]));
        assert_eq!(packsize("i1 Xi8"), Ok(vec![I(1)]));
    }
}
