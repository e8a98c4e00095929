//! Binary chunks: `string.dump` writes a function's prototype tree, `load`
//! (and `loadfile`, `dofile`, `require`, the command line) reads it back. The
//! result is checked by `verify` like any compiled chunk, so a corrupt or
//! hostile chunk is an error, not a crash.
//!
//! Layout: PUC Lua 5.4's header, byte for byte (signature "\x1bLua", version
//! 0x54, format 0, LUAC_DATA, the sizes of an instruction, a lua_Integer and a
//! lua_Number, LUAC_INT and LUAC_NUM), checked with lundump.c's messages; then
//! kiln's own body: the marker "kiln" and a body format number, then the main
//! prototype: source (written once: a nested function whose source is its
//! parent's writes none and inherits it), first and last line, parameter
//! count, vararg flag, frame size, instructions, line of each instruction,
//! constants, upvalue descriptions, nested prototypes and local variable
//! names. Integers are little-endian; lengths and counts are u32. The body is
//! not PUC's bytecode (the header's instruction size, 4, is PUC's; kiln's
//! instructions are written one variable-length record each).

use crate::bytecode::Op;
use crate::error::LuaError;
use crate::object::{LocVar, LuaStr, Proto, UpvalDesc};
use crate::state::{LuaResult, Vm};
use crate::value::Value;
use kiln_gc::{Gc, Heap};
use std::cell::Cell;
use std::rc::Rc;

/// PUC's `LUA_SIGNATURE`: a chunk starting with its first byte is binary.
pub const SIGNATURE: &[u8] = b"\x1bLua";
/// `LUAC_VERSION` (5.4) and `LUAC_FORMAT` (the official format).
const VERSION: u8 = 0x54;
const FORMAT: u8 = 0;
/// `LUAC_DATA`: catches newline and end-of-file conversions.
const LUAC_DATA: &[u8] = b"\x19\x93\r\n\x1a\n";
/// The sizes PUC records: `Instruction`, `lua_Integer`, `lua_Number`.
const SIZES: [(u8, &str); 3] = [(4, "Instruction"), (8, "lua_Integer"), (8, "lua_Number")];
/// `LUAC_INT` and `LUAC_NUM`: check byte order and float format.
const LUAC_INT: i64 = 0x5678;
const LUAC_NUM: f64 = 370.5;
/// What follows PUC's header: kiln's body, in body format 2.
const BODY_MARKER: &[u8] = b"kiln\x02";
/// The source of a stripped main function (as PUC shows a missing source).
const NO_SOURCE: &str = "=?";

/// The binary chunk of `p` and its nested prototypes. `strip` leaves out the
/// source name, line numbers and the names of locals and upvalues.
pub fn dump(p: &Proto, strip: bool) -> Vec<u8> {
    let mut out = SIGNATURE.to_vec();
    out.extend_from_slice(&[VERSION, FORMAT]);
    out.extend_from_slice(LUAC_DATA);
    out.extend(SIZES.iter().map(|&(size, _)| size));
    out.extend_from_slice(&LUAC_INT.to_le_bytes());
    out.extend_from_slice(&LUAC_NUM.to_bits().to_le_bytes());
    out.extend_from_slice(BODY_MARKER);
    dump_proto(p, None, strip, &mut out);
    out
}

fn put_u32(out: &mut Vec<u8>, v: usize) {
    out.extend_from_slice(&(v as u32).to_le_bytes());
}

fn put_bytes(out: &mut Vec<u8>, b: &[u8]) {
    put_u32(out, b.len());
    out.extend_from_slice(b);
}

/// `parent_source`: the source the enclosing function wrote or inherited
/// (`None` for the main function).
fn dump_proto(p: &Proto, parent_source: Option<&str>, strip: bool, out: &mut Vec<u8>) {
    // PUC's dumpString: 0 for no string, else length + 1.
    if strip || parent_source == Some(&*p.source) {
        put_u32(out, 0);
    } else {
        put_u32(out, p.source.len() + 1);
        out.extend_from_slice(p.source.as_bytes());
    }
    put_u32(out, p.line_defined as usize);
    put_u32(out, p.last_line_defined as usize);
    out.extend_from_slice(&[p.num_params, p.is_vararg as u8, p.max_stack]);
    put_u32(out, p.code.len());
    for op in p.code.iter() {
        encode_op(op, out);
    }
    let lines: &[u32] = if strip { &[] } else { &p.lines };
    put_u32(out, lines.len());
    for &l in lines {
        put_u32(out, l as usize);
    }
    put_u32(out, p.consts.len());
    for c in p.consts.iter() {
        match c.get() {
            Value::Nil => out.push(0),
            Value::Bool(b) => out.push(1 + b as u8),
            Value::Int(i) => {
                out.push(3);
                out.extend_from_slice(&i.to_le_bytes());
            }
            Value::Float(f) => {
                out.push(4);
                out.extend_from_slice(&f.to_bits().to_le_bytes());
            }
            Value::Str(s) => {
                out.push(5);
                put_bytes(out, s.as_bytes());
            }
            // The compiler makes no other constants.
            _ => out.push(0),
        }
    }
    put_u32(out, p.upvals.len());
    for u in p.upvals.iter() {
        out.extend_from_slice(&[u.in_stack as u8, u.index]);
        match (&u.name, strip) {
            (Some(n), false) => {
                out.push(1);
                put_bytes(out, n.as_bytes());
            }
            _ => out.push(0),
        }
    }
    put_u32(out, p.protos.len());
    for c in p.protos.iter() {
        dump_proto(&c.get(), Some(&p.source), strip, out);
    }
    let locvars: &[LocVar] = if strip { &[] } else { &p.locvars };
    put_u32(out, locvars.len());
    for l in locvars {
        put_bytes(out, l.name.as_bytes());
        put_u32(out, l.start_pc as usize);
        put_u32(out, l.end_pc as usize);
    }
}

/// The name lundump.c gives a chunk in its messages: without its '@' or '='
/// prefix, "binary string" for a name that is the chunk itself (`load`'s
/// default), else the name as given.
fn undump_name(chunkname: &str) -> &str {
    match chunkname.as_bytes().first() {
        Some(b'@' | b'=') => &chunkname[1..],
        Some(0x1b) => "binary string",
        _ => chunkname,
    }
}

/// Read the binary chunk `src`, allocating the
/// prototypes and string constants mature without collecting, as the compiler
/// does. Errors are messages in PUC's form ("name: bad binary format (...)").
/// The prototypes are not yet verified (`Vm::push_main_closure` does that).
pub fn undump(heap: &mut Heap, src: &[u8], chunkname: &str) -> Result<Gc<Proto>, String> {
    let fail = |why: &str| format!("{}: bad binary format ({why})", undump_name(chunkname));
    let mut r = Reader { b: src, pos: 0 };
    check_header(&mut r).map_err(|e| fail(&e))?;
    let p = load_proto(heap, &mut r, None, 0).map_err(|e| fail(&e))?;
    if r.pos != src.len() {
        return Err(fail("extra bytes after the chunk"));
    }
    Ok(p)
}

/// Read the binary chunk `src` and push its main function, as `Vm::load` does
/// for source text: on failure nothing is pushed and the message is in
/// `vm.error`.
pub fn load_binary(vm: &mut Vm, src: &[u8], chunkname: &str) -> LuaResult<()> {
    match undump(&mut vm.heap, src, chunkname) {
        Ok(p) => vm.push_main_closure(p),
        Err(msg) => {
            vm.error = vm.new_str_value(msg.as_bytes());
            Err(LuaError::Runtime)
        }
    }
}

/// lundump.c's `checkHeader`, with its messages, then kiln's body marker.
fn check_header(r: &mut Reader) -> Result<(), String> {
    if r.take(SIGNATURE.len())? != SIGNATURE {
        return Err("not a binary chunk".into());
    }
    if r.u8()? != VERSION {
        return Err("version mismatch".into());
    }
    if r.u8()? != FORMAT {
        return Err("format mismatch".into());
    }
    if r.take(LUAC_DATA.len())? != LUAC_DATA {
        return Err("corrupted chunk".into());
    }
    for (size, name) in SIZES {
        if r.u8()? != size {
            return Err(format!("{name} size mismatch"));
        }
    }
    if i64::from_le_bytes(r.array()?) != LUAC_INT {
        return Err("integer format mismatch".into());
    }
    if f64::from_bits(u64::from_le_bytes(r.array()?)) != LUAC_NUM {
        return Err("float format mismatch".into());
    }
    if r.take(BODY_MARKER.len())? != BODY_MARKER {
        return Err("not a kiln chunk".into());
    }
    Ok(())
}

/// Nested functions deeper than this are rejected (the parser's limit is lower).
const MAX_DEPTH: usize = 250;

/// `parent_source`: what a function that writes no source inherits (`None`
/// for the main function, which then has none).
fn load_proto(
    heap: &mut Heap,
    r: &mut Reader,
    parent_source: Option<&Rc<str>>,
    depth: usize,
) -> Result<Gc<Proto>, String> {
    if depth > MAX_DEPTH {
        return Err("functions nested too deeply".into());
    }
    let source: Rc<str> = match r.u32()? as usize {
        0 => parent_source.cloned().unwrap_or_else(|| Rc::from(NO_SOURCE)),
        n => Rc::from(String::from_utf8_lossy(r.take(n - 1)?).as_ref()),
    };
    let line_defined = r.u32()?;
    let last_line_defined = r.u32()?;
    let (num_params, is_vararg, max_stack) = (r.u8()?, r.flag()?, r.u8()?);
    if max_stack < 2 || num_params > max_stack {
        return Err("bad frame size".into());
    }
    let n = r.count()?;
    let code = (0..n).map(|_| decode_op(r)).collect::<Result<Box<[Op]>, _>>()?;
    // Either a line for every instruction or none (stripped).
    let nlines = r.count()?;
    if nlines != n && nlines != 0 {
        return Err("line information does not match the code".into());
    }
    let lines = (0..nlines).map(|_| r.u32()).collect::<Result<Box<[u32]>, _>>()?;
    let nk = r.count()?;
    let mut consts = Vec::with_capacity(nk);
    for _ in 0..nk {
        let v = match r.u8()? {
            0 => Value::Nil,
            1 => Value::Bool(false),
            2 => Value::Bool(true),
            3 => Value::Int(i64::from_le_bytes(r.array()?)),
            4 => Value::Float(f64::from_bits(u64::from_le_bytes(r.array()?))),
            5 => Value::Str(LuaStr::alloc(heap, r.bytes()?, true)),
            t => return Err(format!("unknown constant type {t}")),
        };
        consts.push(Cell::new(v));
    }
    let nu = r.count()?;
    let mut upvals = Vec::with_capacity(nu);
    for _ in 0..nu {
        let (in_stack, index) = (r.flag()?, r.u8()?);
        let name = if r.flag()? { Some(Box::from(String::from_utf8_lossy(r.bytes()?).as_ref())) } else { None };
        upvals.push(UpvalDesc { in_stack, index, name });
    }
    let np = r.count()?;
    let mut protos = Vec::with_capacity(np);
    for _ in 0..np {
        protos.push(Cell::new(load_proto(heap, r, Some(&source), depth + 1)?));
    }
    let nl = r.count()?;
    let mut locvars = Vec::with_capacity(nl);
    for _ in 0..nl {
        let name = Box::from(String::from_utf8_lossy(r.bytes()?).as_ref());
        locvars.push(LocVar { name, start_pc: r.u32()?, end_pc: r.u32()? });
    }
    let proto = Proto {
        code,
        lines,
        consts: consts.into_boxed_slice(),
        protos: protos.into_boxed_slice(),
        upvals: upvals.into_boxed_slice(),
        locvars: locvars.into_boxed_slice(),
        num_params,
        is_vararg,
        max_stack,
        source,
        line_defined,
        last_line_defined,
        tier: Default::default(),
    };
    Ok(heap.alloc(proto, true))
}

/// A cursor over the chunk; every read checks the remaining length.
struct Reader<'a> {
    b: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    fn take(&mut self, n: usize) -> Result<&[u8], String> {
        if self.b.len() - self.pos < n {
            return Err("truncated chunk".into());
        }
        let s = &self.b[self.pos..self.pos + n];
        self.pos += n;
        Ok(s)
    }
    fn array<const N: usize>(&mut self) -> Result<[u8; N], String> {
        let mut a = [0; N];
        a.copy_from_slice(self.take(N)?);
        Ok(a)
    }
    fn u8(&mut self) -> Result<u8, String> {
        Ok(self.take(1)?[0])
    }
    fn flag(&mut self) -> Result<bool, String> {
        match self.u8()? {
            0 => Ok(false),
            1 => Ok(true),
            _ => Err("bad flag".into()),
        }
    }
    fn u16(&mut self) -> Result<u16, String> {
        Ok(u16::from_le_bytes(self.array()?))
    }
    fn i16(&mut self) -> Result<i16, String> {
        Ok(i16::from_le_bytes(self.array()?))
    }
    fn u32(&mut self) -> Result<u32, String> {
        Ok(u32::from_le_bytes(self.array()?))
    }
    fn i32(&mut self) -> Result<i32, String> {
        Ok(i32::from_le_bytes(self.array()?))
    }
    /// A count of items that each take at least one byte: bounded by what is left.
    fn count(&mut self) -> Result<usize, String> {
        let n = self.u32()? as usize;
        if n > self.b.len() - self.pos {
            return Err("truncated chunk".into());
        }
        Ok(n)
    }
    fn bytes(&mut self) -> Result<&[u8], String> {
        let n = self.u32()? as usize;
        self.take(n)
    }
}

/// Append the encoding of `op`: its variant number, then its fields in
/// declaration order, little-endian (bools as 0 or 1).
fn encode_op(op: &Op, out: &mut Vec<u8>) {
    match *op {
        Op::Move { a, b } => {
            out.push(0);
            out.extend_from_slice(&a.to_le_bytes());
            out.extend_from_slice(&b.to_le_bytes());
        }
        Op::LoadI { a, i } => {
            out.push(1);
            out.extend_from_slice(&a.to_le_bytes());
            out.extend_from_slice(&i.to_le_bytes());
        }
        Op::LoadF { a, i } => {
            out.push(2);
            out.extend_from_slice(&a.to_le_bytes());
            out.extend_from_slice(&i.to_le_bytes());
        }
        Op::LoadK { a, k } => {
            out.push(3);
            out.extend_from_slice(&a.to_le_bytes());
            out.extend_from_slice(&k.to_le_bytes());
        }
        Op::LoadFalse { a } => {
            out.push(4);
            out.extend_from_slice(&a.to_le_bytes());
        }
        Op::LFalseSkip { a } => {
            out.push(5);
            out.extend_from_slice(&a.to_le_bytes());
        }
        Op::LoadTrue { a } => {
            out.push(6);
            out.extend_from_slice(&a.to_le_bytes());
        }
        Op::LoadNil { a, n } => {
            out.push(7);
            out.extend_from_slice(&a.to_le_bytes());
            out.extend_from_slice(&n.to_le_bytes());
        }
        Op::GetUpval { a, b } => {
            out.push(8);
            out.extend_from_slice(&a.to_le_bytes());
            out.extend_from_slice(&b.to_le_bytes());
        }
        Op::SetUpval { a, b } => {
            out.push(9);
            out.extend_from_slice(&a.to_le_bytes());
            out.extend_from_slice(&b.to_le_bytes());
        }
        Op::GetTabUp { a, up, k } => {
            out.push(10);
            out.extend_from_slice(&a.to_le_bytes());
            out.extend_from_slice(&up.to_le_bytes());
            out.extend_from_slice(&k.to_le_bytes());
        }
        Op::GetTable { a, b, c } => {
            out.push(11);
            out.extend_from_slice(&a.to_le_bytes());
            out.extend_from_slice(&b.to_le_bytes());
            out.extend_from_slice(&c.to_le_bytes());
        }
        Op::GetI { a, b, i } => {
            out.push(12);
            out.extend_from_slice(&a.to_le_bytes());
            out.extend_from_slice(&b.to_le_bytes());
            out.extend_from_slice(&i.to_le_bytes());
        }
        Op::GetField { a, b, k } => {
            out.push(13);
            out.extend_from_slice(&a.to_le_bytes());
            out.extend_from_slice(&b.to_le_bytes());
            out.extend_from_slice(&k.to_le_bytes());
        }
        Op::SetTabUp { up, k, v } => {
            out.push(14);
            out.extend_from_slice(&up.to_le_bytes());
            out.extend_from_slice(&k.to_le_bytes());
            out.extend_from_slice(&v.to_le_bytes());
        }
        Op::SetTable { a, b, v } => {
            out.push(15);
            out.extend_from_slice(&a.to_le_bytes());
            out.extend_from_slice(&b.to_le_bytes());
            out.extend_from_slice(&v.to_le_bytes());
        }
        Op::SetI { a, i, v } => {
            out.push(16);
            out.extend_from_slice(&a.to_le_bytes());
            out.extend_from_slice(&i.to_le_bytes());
            out.extend_from_slice(&v.to_le_bytes());
        }
        Op::SetField { a, k, v } => {
            out.push(17);
            out.extend_from_slice(&a.to_le_bytes());
            out.extend_from_slice(&k.to_le_bytes());
            out.extend_from_slice(&v.to_le_bytes());
        }
        Op::NewTable { a, narr, nhash } => {
            out.push(18);
            out.extend_from_slice(&a.to_le_bytes());
            out.extend_from_slice(&narr.to_le_bytes());
            out.extend_from_slice(&nhash.to_le_bytes());
        }
        Op::SelfOp { a, b, k } => {
            out.push(19);
            out.extend_from_slice(&a.to_le_bytes());
            out.extend_from_slice(&b.to_le_bytes());
            out.extend_from_slice(&k.to_le_bytes());
        }
        Op::Add { a, b, c } => {
            out.push(20);
            out.extend_from_slice(&a.to_le_bytes());
            out.extend_from_slice(&b.to_le_bytes());
            out.extend_from_slice(&c.to_le_bytes());
        }
        Op::Sub { a, b, c } => {
            out.push(21);
            out.extend_from_slice(&a.to_le_bytes());
            out.extend_from_slice(&b.to_le_bytes());
            out.extend_from_slice(&c.to_le_bytes());
        }
        Op::Mul { a, b, c } => {
            out.push(22);
            out.extend_from_slice(&a.to_le_bytes());
            out.extend_from_slice(&b.to_le_bytes());
            out.extend_from_slice(&c.to_le_bytes());
        }
        Op::Mod { a, b, c } => {
            out.push(23);
            out.extend_from_slice(&a.to_le_bytes());
            out.extend_from_slice(&b.to_le_bytes());
            out.extend_from_slice(&c.to_le_bytes());
        }
        Op::Pow { a, b, c } => {
            out.push(24);
            out.extend_from_slice(&a.to_le_bytes());
            out.extend_from_slice(&b.to_le_bytes());
            out.extend_from_slice(&c.to_le_bytes());
        }
        Op::Div { a, b, c } => {
            out.push(25);
            out.extend_from_slice(&a.to_le_bytes());
            out.extend_from_slice(&b.to_le_bytes());
            out.extend_from_slice(&c.to_le_bytes());
        }
        Op::IDiv { a, b, c } => {
            out.push(26);
            out.extend_from_slice(&a.to_le_bytes());
            out.extend_from_slice(&b.to_le_bytes());
            out.extend_from_slice(&c.to_le_bytes());
        }
        Op::BAnd { a, b, c } => {
            out.push(27);
            out.extend_from_slice(&a.to_le_bytes());
            out.extend_from_slice(&b.to_le_bytes());
            out.extend_from_slice(&c.to_le_bytes());
        }
        Op::BOr { a, b, c } => {
            out.push(28);
            out.extend_from_slice(&a.to_le_bytes());
            out.extend_from_slice(&b.to_le_bytes());
            out.extend_from_slice(&c.to_le_bytes());
        }
        Op::BXor { a, b, c } => {
            out.push(29);
            out.extend_from_slice(&a.to_le_bytes());
            out.extend_from_slice(&b.to_le_bytes());
            out.extend_from_slice(&c.to_le_bytes());
        }
        Op::Shl { a, b, c } => {
            out.push(30);
            out.extend_from_slice(&a.to_le_bytes());
            out.extend_from_slice(&b.to_le_bytes());
            out.extend_from_slice(&c.to_le_bytes());
        }
        Op::Shr { a, b, c } => {
            out.push(31);
            out.extend_from_slice(&a.to_le_bytes());
            out.extend_from_slice(&b.to_le_bytes());
            out.extend_from_slice(&c.to_le_bytes());
        }
        Op::AddK { a, b, k, flip } => {
            out.push(32);
            out.extend_from_slice(&a.to_le_bytes());
            out.extend_from_slice(&b.to_le_bytes());
            out.extend_from_slice(&k.to_le_bytes());
            out.push(flip as u8);
        }
        Op::SubK { a, b, k } => {
            out.push(33);
            out.extend_from_slice(&a.to_le_bytes());
            out.extend_from_slice(&b.to_le_bytes());
            out.extend_from_slice(&k.to_le_bytes());
        }
        Op::MulK { a, b, k, flip } => {
            out.push(34);
            out.extend_from_slice(&a.to_le_bytes());
            out.extend_from_slice(&b.to_le_bytes());
            out.extend_from_slice(&k.to_le_bytes());
            out.push(flip as u8);
        }
        Op::ModK { a, b, k } => {
            out.push(35);
            out.extend_from_slice(&a.to_le_bytes());
            out.extend_from_slice(&b.to_le_bytes());
            out.extend_from_slice(&k.to_le_bytes());
        }
        Op::PowK { a, b, k } => {
            out.push(36);
            out.extend_from_slice(&a.to_le_bytes());
            out.extend_from_slice(&b.to_le_bytes());
            out.extend_from_slice(&k.to_le_bytes());
        }
        Op::DivK { a, b, k } => {
            out.push(37);
            out.extend_from_slice(&a.to_le_bytes());
            out.extend_from_slice(&b.to_le_bytes());
            out.extend_from_slice(&k.to_le_bytes());
        }
        Op::IDivK { a, b, k } => {
            out.push(38);
            out.extend_from_slice(&a.to_le_bytes());
            out.extend_from_slice(&b.to_le_bytes());
            out.extend_from_slice(&k.to_le_bytes());
        }
        Op::BAndK { a, b, k } => {
            out.push(39);
            out.extend_from_slice(&a.to_le_bytes());
            out.extend_from_slice(&b.to_le_bytes());
            out.extend_from_slice(&k.to_le_bytes());
        }
        Op::BOrK { a, b, k } => {
            out.push(40);
            out.extend_from_slice(&a.to_le_bytes());
            out.extend_from_slice(&b.to_le_bytes());
            out.extend_from_slice(&k.to_le_bytes());
        }
        Op::BXorK { a, b, k } => {
            out.push(41);
            out.extend_from_slice(&a.to_le_bytes());
            out.extend_from_slice(&b.to_le_bytes());
            out.extend_from_slice(&k.to_le_bytes());
        }
        Op::AddI { a, b, i } => {
            out.push(42);
            out.extend_from_slice(&a.to_le_bytes());
            out.extend_from_slice(&b.to_le_bytes());
            out.extend_from_slice(&i.to_le_bytes());
        }
        Op::ShrI { a, b, i } => {
            out.push(43);
            out.extend_from_slice(&a.to_le_bytes());
            out.extend_from_slice(&b.to_le_bytes());
            out.extend_from_slice(&i.to_le_bytes());
        }
        Op::ShlI { a, b, i } => {
            out.push(44);
            out.extend_from_slice(&a.to_le_bytes());
            out.extend_from_slice(&b.to_le_bytes());
            out.extend_from_slice(&i.to_le_bytes());
        }
        Op::Unm { a, b } => {
            out.push(45);
            out.extend_from_slice(&a.to_le_bytes());
            out.extend_from_slice(&b.to_le_bytes());
        }
        Op::BNot { a, b } => {
            out.push(46);
            out.extend_from_slice(&a.to_le_bytes());
            out.extend_from_slice(&b.to_le_bytes());
        }
        Op::Not { a, b } => {
            out.push(47);
            out.extend_from_slice(&a.to_le_bytes());
            out.extend_from_slice(&b.to_le_bytes());
        }
        Op::Len { a, b } => {
            out.push(48);
            out.extend_from_slice(&a.to_le_bytes());
            out.extend_from_slice(&b.to_le_bytes());
        }
        Op::Concat { a, n } => {
            out.push(49);
            out.extend_from_slice(&a.to_le_bytes());
            out.extend_from_slice(&n.to_le_bytes());
        }
        Op::Close { a } => {
            out.push(50);
            out.extend_from_slice(&a.to_le_bytes());
        }
        Op::Tbc { a } => {
            out.push(51);
            out.extend_from_slice(&a.to_le_bytes());
        }
        Op::Jmp { to } => {
            out.push(52);
            out.extend_from_slice(&to.to_le_bytes());
        }
        Op::Eq { a, b, k } => {
            out.push(53);
            out.extend_from_slice(&a.to_le_bytes());
            out.extend_from_slice(&b.to_le_bytes());
            out.push(k as u8);
        }
        Op::Lt { a, b, k } => {
            out.push(54);
            out.extend_from_slice(&a.to_le_bytes());
            out.extend_from_slice(&b.to_le_bytes());
            out.push(k as u8);
        }
        Op::Le { a, b, k } => {
            out.push(55);
            out.extend_from_slice(&a.to_le_bytes());
            out.extend_from_slice(&b.to_le_bytes());
            out.push(k as u8);
        }
        Op::EqK { a, kc, k } => {
            out.push(56);
            out.extend_from_slice(&a.to_le_bytes());
            out.extend_from_slice(&kc.to_le_bytes());
            out.push(k as u8);
        }
        Op::EqI { a, i, k } => {
            out.push(57);
            out.extend_from_slice(&a.to_le_bytes());
            out.extend_from_slice(&i.to_le_bytes());
            out.push(k as u8);
        }
        Op::LtI { a, i, k, isf } => {
            out.push(58);
            out.extend_from_slice(&a.to_le_bytes());
            out.extend_from_slice(&i.to_le_bytes());
            out.push(k as u8);
            out.push(isf as u8);
        }
        Op::LeI { a, i, k, isf } => {
            out.push(59);
            out.extend_from_slice(&a.to_le_bytes());
            out.extend_from_slice(&i.to_le_bytes());
            out.push(k as u8);
            out.push(isf as u8);
        }
        Op::GtI { a, i, k, isf } => {
            out.push(60);
            out.extend_from_slice(&a.to_le_bytes());
            out.extend_from_slice(&i.to_le_bytes());
            out.push(k as u8);
            out.push(isf as u8);
        }
        Op::GeI { a, i, k, isf } => {
            out.push(61);
            out.extend_from_slice(&a.to_le_bytes());
            out.extend_from_slice(&i.to_le_bytes());
            out.push(k as u8);
            out.push(isf as u8);
        }
        Op::Test { a, k } => {
            out.push(62);
            out.extend_from_slice(&a.to_le_bytes());
            out.push(k as u8);
        }
        Op::TestSet { a, b, k } => {
            out.push(63);
            out.extend_from_slice(&a.to_le_bytes());
            out.extend_from_slice(&b.to_le_bytes());
            out.push(k as u8);
        }
        Op::Call { a, b, c } => {
            out.push(64);
            out.extend_from_slice(&a.to_le_bytes());
            out.extend_from_slice(&b.to_le_bytes());
            out.extend_from_slice(&c.to_le_bytes());
        }
        Op::TailCall { a, b } => {
            out.push(65);
            out.extend_from_slice(&a.to_le_bytes());
            out.extend_from_slice(&b.to_le_bytes());
        }
        Op::Return { a, b } => {
            out.push(66);
            out.extend_from_slice(&a.to_le_bytes());
            out.extend_from_slice(&b.to_le_bytes());
        }
        Op::Return0 => {
            out.push(67);
        }
        Op::Return1 { a } => {
            out.push(68);
            out.extend_from_slice(&a.to_le_bytes());
        }
        Op::ForPrep { a, exit } => {
            out.push(69);
            out.extend_from_slice(&a.to_le_bytes());
            out.extend_from_slice(&exit.to_le_bytes());
        }
        Op::ForLoop { a, body } => {
            out.push(70);
            out.extend_from_slice(&a.to_le_bytes());
            out.extend_from_slice(&body.to_le_bytes());
        }
        Op::TForPrep { a, call } => {
            out.push(71);
            out.extend_from_slice(&a.to_le_bytes());
            out.extend_from_slice(&call.to_le_bytes());
        }
        Op::TForCall { a, c } => {
            out.push(72);
            out.extend_from_slice(&a.to_le_bytes());
            out.extend_from_slice(&c.to_le_bytes());
        }
        Op::TForLoop { a, body } => {
            out.push(73);
            out.extend_from_slice(&a.to_le_bytes());
            out.extend_from_slice(&body.to_le_bytes());
        }
        Op::SetList { a, n, start } => {
            out.push(74);
            out.extend_from_slice(&a.to_le_bytes());
            out.extend_from_slice(&n.to_le_bytes());
            out.extend_from_slice(&start.to_le_bytes());
        }
        Op::Closure { a, p } => {
            out.push(75);
            out.extend_from_slice(&a.to_le_bytes());
            out.extend_from_slice(&p.to_le_bytes());
        }
        Op::VarArg { a, c } => {
            out.push(76);
            out.extend_from_slice(&a.to_le_bytes());
            out.extend_from_slice(&c.to_le_bytes());
        }
        Op::VarArgPrep { nparams } => {
            out.push(77);
            out.extend_from_slice(&nparams.to_le_bytes());
        }
    }
}

/// Read one instruction written by `encode_op`.
fn decode_op(r: &mut Reader) -> Result<Op, String> {
    Ok(match r.u8()? {
        0 => Op::Move { a: r.u8()?, b: r.u8()? },
        1 => Op::LoadI { a: r.u8()?, i: r.i32()? },
        2 => Op::LoadF { a: r.u8()?, i: r.i32()? },
        3 => Op::LoadK { a: r.u8()?, k: r.u32()? },
        4 => Op::LoadFalse { a: r.u8()? },
        5 => Op::LFalseSkip { a: r.u8()? },
        6 => Op::LoadTrue { a: r.u8()? },
        7 => Op::LoadNil { a: r.u8()?, n: r.u8()? },
        8 => Op::GetUpval { a: r.u8()?, b: r.u8()? },
        9 => Op::SetUpval { a: r.u8()?, b: r.u8()? },
        10 => Op::GetTabUp { a: r.u8()?, up: r.u8()?, k: r.u16()? },
        11 => Op::GetTable { a: r.u8()?, b: r.u8()?, c: r.u8()? },
        12 => Op::GetI { a: r.u8()?, b: r.u8()?, i: r.u16()? },
        13 => Op::GetField { a: r.u8()?, b: r.u8()?, k: r.u16()? },
        14 => Op::SetTabUp { up: r.u8()?, k: r.u16()?, v: r.u16()? },
        15 => Op::SetTable { a: r.u8()?, b: r.u8()?, v: r.u16()? },
        16 => Op::SetI { a: r.u8()?, i: r.u8()?, v: r.u16()? },
        17 => Op::SetField { a: r.u8()?, k: r.u16()?, v: r.u16()? },
        18 => Op::NewTable { a: r.u8()?, narr: r.u16()?, nhash: r.u16()? },
        19 => Op::SelfOp { a: r.u8()?, b: r.u8()?, k: r.u16()? },
        20 => Op::Add { a: r.u8()?, b: r.u8()?, c: r.u8()? },
        21 => Op::Sub { a: r.u8()?, b: r.u8()?, c: r.u8()? },
        22 => Op::Mul { a: r.u8()?, b: r.u8()?, c: r.u8()? },
        23 => Op::Mod { a: r.u8()?, b: r.u8()?, c: r.u8()? },
        24 => Op::Pow { a: r.u8()?, b: r.u8()?, c: r.u8()? },
        25 => Op::Div { a: r.u8()?, b: r.u8()?, c: r.u8()? },
        26 => Op::IDiv { a: r.u8()?, b: r.u8()?, c: r.u8()? },
        27 => Op::BAnd { a: r.u8()?, b: r.u8()?, c: r.u8()? },
        28 => Op::BOr { a: r.u8()?, b: r.u8()?, c: r.u8()? },
        29 => Op::BXor { a: r.u8()?, b: r.u8()?, c: r.u8()? },
        30 => Op::Shl { a: r.u8()?, b: r.u8()?, c: r.u8()? },
        31 => Op::Shr { a: r.u8()?, b: r.u8()?, c: r.u8()? },
        32 => Op::AddK { a: r.u8()?, b: r.u8()?, k: r.u16()?, flip: r.u8()? != 0 },
        33 => Op::SubK { a: r.u8()?, b: r.u8()?, k: r.u16()? },
        34 => Op::MulK { a: r.u8()?, b: r.u8()?, k: r.u16()?, flip: r.u8()? != 0 },
        35 => Op::ModK { a: r.u8()?, b: r.u8()?, k: r.u16()? },
        36 => Op::PowK { a: r.u8()?, b: r.u8()?, k: r.u16()? },
        37 => Op::DivK { a: r.u8()?, b: r.u8()?, k: r.u16()? },
        38 => Op::IDivK { a: r.u8()?, b: r.u8()?, k: r.u16()? },
        39 => Op::BAndK { a: r.u8()?, b: r.u8()?, k: r.u16()? },
        40 => Op::BOrK { a: r.u8()?, b: r.u8()?, k: r.u16()? },
        41 => Op::BXorK { a: r.u8()?, b: r.u8()?, k: r.u16()? },
        42 => Op::AddI { a: r.u8()?, b: r.u8()?, i: r.i16()? },
        43 => Op::ShrI { a: r.u8()?, b: r.u8()?, i: r.i16()? },
        44 => Op::ShlI { a: r.u8()?, b: r.u8()?, i: r.i16()? },
        45 => Op::Unm { a: r.u8()?, b: r.u8()? },
        46 => Op::BNot { a: r.u8()?, b: r.u8()? },
        47 => Op::Not { a: r.u8()?, b: r.u8()? },
        48 => Op::Len { a: r.u8()?, b: r.u8()? },
        49 => Op::Concat { a: r.u8()?, n: r.u8()? },
        50 => Op::Close { a: r.u8()? },
        51 => Op::Tbc { a: r.u8()? },
        52 => Op::Jmp { to: r.u32()? },
        53 => Op::Eq { a: r.u8()?, b: r.u8()?, k: r.flag()? },
        54 => Op::Lt { a: r.u8()?, b: r.u8()?, k: r.flag()? },
        55 => Op::Le { a: r.u8()?, b: r.u8()?, k: r.flag()? },
        56 => Op::EqK { a: r.u8()?, kc: r.u16()?, k: r.flag()? },
        57 => Op::EqI { a: r.u8()?, i: r.i16()?, k: r.flag()? },
        58 => Op::LtI { a: r.u8()?, i: r.i16()?, k: r.flag()?, isf: r.flag()? },
        59 => Op::LeI { a: r.u8()?, i: r.i16()?, k: r.flag()?, isf: r.flag()? },
        60 => Op::GtI { a: r.u8()?, i: r.i16()?, k: r.flag()?, isf: r.flag()? },
        61 => Op::GeI { a: r.u8()?, i: r.i16()?, k: r.flag()?, isf: r.flag()? },
        62 => Op::Test { a: r.u8()?, k: r.flag()? },
        63 => Op::TestSet { a: r.u8()?, b: r.u8()?, k: r.flag()? },
        64 => Op::Call { a: r.u8()?, b: r.u8()?, c: r.u8()? },
        65 => Op::TailCall { a: r.u8()?, b: r.u8()? },
        66 => Op::Return { a: r.u8()?, b: r.u8()? },
        67 => Op::Return0,
        68 => Op::Return1 { a: r.u8()? },
        69 => Op::ForPrep { a: r.u8()?, exit: r.u32()? },
        70 => Op::ForLoop { a: r.u8()?, body: r.u32()? },
        71 => Op::TForPrep { a: r.u8()?, call: r.u32()? },
        72 => Op::TForCall { a: r.u8()?, c: r.u8()? },
        73 => Op::TForLoop { a: r.u8()?, body: r.u32()? },
        74 => Op::SetList { a: r.u8()?, n: r.u8()?, start: r.u32()? },
        75 => Op::Closure { a: r.u8()?, p: r.u32()? },
        76 => Op::VarArg { a: r.u8()?, c: r.u8()? },
        77 => Op::VarArgPrep { nparams: r.u8()? },
        t => return Err(format!("unknown instruction {t}")),
    })
}

#[cfg(test)]
mod tests {
    use super::{dump, undump};
    use kiln_gc::{Heap, HeapConfig};

    const SRC: &str = "local a, b = ...\nlocal t = {x = 1.5, 'k', true}\n\
                       local function f(...) return select('#', ...) + a, t end\n\
                       for i = 1, 3 do if i < 2 then b = b .. i end end\nreturn f(b), nil";

    fn heap() -> Heap {
        Heap::new(HeapConfig { nursery_bytes: 4096, ..HeapConfig::default() })
    }

    #[test]
    fn round_trip_keeps_the_listing() {
        let mut h = heap();
        let p = crate::compile::compile(&mut h, SRC.as_bytes(), "=t").expect("compiles");
        let bytes = dump(&p, false);
        let q = undump(&mut h, &bytes, "=t").expect("undumps");
        assert_eq!(crate::listing::listing(&p), crate::listing::listing(&q));
        assert_eq!(dump(&q, false), bytes);
    }

    #[test]
    fn every_truncation_is_an_error() {
        let mut h = heap();
        let p = crate::compile::compile(&mut h, SRC.as_bytes(), "=t").expect("compiles");
        let bytes = dump(&p, true);
        for n in 0..bytes.len() {
            let e = undump(&mut h, &bytes[..n], "=t").err().expect("a truncated chunk fails");
            assert!(e.starts_with("t: bad binary format"), "{e}");
        }
        let mut longer = bytes.clone();
        longer.push(0);
        assert!(undump(&mut h, &longer, "=t").is_err());
    }
}
