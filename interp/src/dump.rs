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

use crate::bytecode::{Op, OpCode, Ty, MAX_OPERANDS};
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
        feedback: crate::object::no_feedback(code.len()),
        code,
        lines,
        consts: consts.into(),
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

/// Append the encoding of `op`: its opcode number, then its operands in table
/// order, each as its type (`Ty`) says.
fn encode_op(op: &Op, out: &mut Vec<u8>) {
    out.push(op.code() as u8);
    for (operand, v) in op.operands() {
        match operand.ty {
            Ty::U8 | Ty::Bool => out.push(v as u8),
            Ty::U16 => out.extend_from_slice(&(v as u16).to_le_bytes()),
            Ty::I16 => out.extend_from_slice(&(v as i16).to_le_bytes()),
            Ty::U32 => out.extend_from_slice(&(v as u32).to_le_bytes()),
            Ty::I32 => out.extend_from_slice(&(v as i32).to_le_bytes()),
        }
    }
}

/// Read one instruction written by `encode_op`.
fn decode_op(r: &mut Reader) -> Result<Op, String> {
    let n = r.u8()?;
    let code = OpCode::from_u8(n).ok_or_else(|| format!("unknown instruction {n}"))?;
    let mut values = [0i64; MAX_OPERANDS];
    let format = code.operands();
    for (v, operand) in values.iter_mut().zip(format) {
        *v = match operand.ty {
            Ty::U8 => r.u8()?.into(),
            Ty::Bool => r.flag()?.into(),
            Ty::U16 => r.u16()?.into(),
            Ty::I16 => r.i16()?.into(),
            Ty::U32 => r.u32()?.into(),
            Ty::I32 => r.i32()?.into(),
        };
    }
    Ok(Op::from_operands(code, &values[..format.len()]).expect("as many values as the format has"))
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
    fn every_opcode_encodes_and_decodes() {
        use super::{decode_op, encode_op, Reader};
        use crate::bytecode::Ty;
        for op in crate::bytecode::samples::distinct() {
            let mut bytes = Vec::new();
            encode_op(&op, &mut bytes);
            let size = |ty| match ty {
                Ty::U8 | Ty::Bool => 1,
                Ty::U16 | Ty::I16 => 2,
                Ty::U32 | Ty::I32 => 4,
            };
            let want: usize = 1 + op.code().operands().iter().map(|o| size(o.ty)).sum::<usize>();
            assert_eq!(bytes.len(), want, "{op:?}");
            assert_eq!(bytes[0], op.code() as u8);
            let mut r = Reader { b: &bytes, pos: 0 };
            assert_eq!(decode_op(&mut r), Ok(op));
            assert_eq!(r.pos, bytes.len());
        }
    }

    #[test]
    fn every_truncation_is_an_error() {
        let mut h = heap();
        let p = crate::compile::compile(&mut h, SRC.as_bytes(), "=t").expect("compiles");
        let bytes = dump(&p, true);
        for n in 0..bytes.len() {
            let e = undump(&mut h, &bytes[..n], "=t").expect_err("a truncated chunk fails");
            assert!(e.starts_with("t: bad binary format"), "{e}");
        }
        let mut longer = bytes.clone();
        longer.push(0);
        assert!(undump(&mut h, &longer, "=t").is_err());
    }
}
