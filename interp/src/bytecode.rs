//! The register bytecode: the instruction set shared by the compiler, the
//! interpreter's runloop and (later) the JIT, and its textual listing.
//!
//! Notation: `R[x]` is register x of the current frame (stack slot `base + x`),
//! `K[x]` constant x of the prototype, `U[x]` upvalue x of the running closure,
//! `RK(x)`: if `x < RK_CONST` then `R[x]` else `K[x - RK_CONST]`.
//! Jump targets are absolute instruction indices into the prototype's code.
//! Comparison and test instructions are always followed by a `Jmp`; "skip" means
//! the next instruction (that `Jmp`) is not executed.
//!
//! Invariant: every instruction that can run a metamethod, raise an error or call
//! a function reads `pc` from the frame afterwards (the runloop saves pc first),
//! so line numbers in messages and tracebacks are the instruction's line.
//!
//! The instruction set is one table (`op_table!` below, one row per
//! instruction: name, control flow, metamethod, operands with their types and
//! roles). It generates `enum Op`, `enum OpCode`, the names and the operand
//! formats; the binary-chunk encoding (dump.rs), the verifier's operand checks
//! (verify.rs), the listing (listing.rs), `finish_op` (finish.rs) and the
//! message names (debuginfo.rs) read the format instead of restating the list.
//! What each instruction does is not in the table: that is its runloop arm
//! (runloop.rs) and the compiler code that emits it.
//!
//! Invariant: an instruction exists in one table row; nothing else lists
//! every opcode. The runloop's `match` (exhaustive, so rustc reports a
//! missing arm) and the compiler name instructions only for their semantics.

use crate::state::Tm;

/// Operand of stores that may take a register or a constant.
pub type Rk = u16;
/// `Rk` values at or above this name constant `x - RK_CONST`.
pub const RK_CONST: u16 = 256;

/// Sentinel for "variable number" in `Call::b/c`, `Return::b`, `VarArg::c`, `SetList::n`.
pub const MULTI: u8 = 0;

/// What an operand means. The verifier's range check, the listing's comment
/// and (later) the JIT's operand decoding follow from it; the binary encoding
/// follows from the operand's type (`Ty`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// `R[x]`, read.
    Read,
    /// `R[x]`, written (and maybe read first). PUC's "sets register A".
    Write,
    /// `R[x] .. R[x+n-1]`, read (`TForPrep`'s loop state).
    ReadN(u8),
    /// `R[x] .. R[x+n-1]`, some of them written (loop state, `self`'s pair).
    WriteN(u8),
    /// First register of the window a count operand describes; nothing else
    /// (`Return`: an empty window uses no register).
    Base,
    /// `K[x]`.
    Const,
    /// `U[x]`.
    Upval,
    /// `RK(x)`: `R[x]` below `RK_CONST`, else `K[x - RK_CONST]`.
    Rk,
    /// An absolute instruction index the instruction may jump to.
    Target,
    /// Index into the prototype's nested functions (`Closure`).
    Proto,
    /// A number used as is (integer immediate, size hint, count of parameters).
    Imm,
    /// The truth a test expects (`k`): the next instruction is skipped when the
    /// condition differs.
    Sense,
    /// Another flag (`flip`, `isf`).
    Flag,
    /// The window `R[a] .. R[a+x+n-1]` (`a` is the first operand); x is never MULTI.
    Span(u8),
    /// Arguments + 1 of a call at `R[a]`: the window `R[a] .. R[a+x-1]`;
    /// MULTI: the arguments go up to `top`.
    Args,
    /// Values + 1 returned from `R[a]`: `R[a] .. R[a+x-2]`; MULTI: up to `top`.
    Rets,
    /// Results + 1 stored from `R[a]`: `R[a] .. R[a+x-2]`; MULTI: all of them,
    /// and `top` is set after the last.
    Results,
    /// Items stored from `R[a+1]` (`SetList`): `R[a] .. R[a+x]`; MULTI: up to `top`.
    Items,
}

/// Where control goes after an instruction (targets come from `Target` operands).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flow {
    /// On to the next instruction, or to its target if it has one (loops).
    Next,
    /// A test: the next instruction is a `Jmp`, taken or skipped.
    Test,
    /// Always skips the next instruction (`LFalseSkip`).
    Skip,
    /// Always goes to its target.
    Jump,
    /// Leaves the function.
    Return,
}

/// The Rust type of an operand field, which is also its binary-chunk encoding
/// (little-endian, `Bool` as one byte 0 or 1).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ty {
    U8,
    U16,
    U32,
    I16,
    I32,
    Bool,
}

/// One operand of an instruction's format: its field name, type and role.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Operand {
    pub name: &'static str,
    pub ty: Ty,
    pub role: Role,
}

/// The row of the table for one opcode.
struct OpInfo {
    name: &'static str,
    flow: Flow,
    mm: Option<Tm>,
    operands: &'static [Operand],
}

/// Conversion of an operand field to and from the `i64` the generic code
/// (encoder, verifier, listing) sees.
pub trait OperandValue: Copy {
    const TY: Ty;
    fn to_i64(self) -> i64;
    /// Truncates values out of the type's range (callers read exact widths).
    fn from_i64(v: i64) -> Self;
}

macro_rules! int_operand {
    ($($t:ty => $ty:ident),*) => {$(
        impl OperandValue for $t {
            const TY: Ty = Ty::$ty;
            fn to_i64(self) -> i64 {
                self as i64
            }
            fn from_i64(v: i64) -> Self {
                v as $t
            }
        }
    )*};
}
int_operand!(u8 => U8, u16 => U16, u32 => U32, i16 => I16, i32 => I32);

impl OperandValue for bool {
    const TY: Ty = Ty::Bool;
    fn to_i64(self) -> i64 {
        self as i64
    }
    fn from_i64(v: i64) -> Self {
        v != 0
    }
}

/// Most operands an instruction has.
pub const MAX_OPERANDS: usize = 4;

/// The opcode table's generator (in the style of LuaJIT's `BCDEF`): one row
/// per instruction, `Name Flow Mm { field: type = Role, ... }`, where `Mm` is
/// the metamethod event whose result the instruction consumes (`None`: it
/// calls none, or only through a call). From the rows: `enum Op` (the
/// instruction, operands inline), `enum OpCode` (its number), and the
/// per-opcode name, flow, metamethod and operand format.
macro_rules! op_table {
    (@mm None) => { None };
    (@mm $mm:ident) => { Some(Tm::$mm) };
    ($(
        $(#[$doc:meta])*
        $name:ident $flow:ident $mm:ident
            $({ $($field:ident : $ty:ty = $role:ident $(($arg:literal))?),* $(,)? })?
    ),* $(,)?) => {
        /// An instruction: its opcode and operand values (see the table).
        #[derive(Clone, Copy, Debug, PartialEq)]
        pub enum Op {
            $($(#[$doc])* $name $({ $($field: $ty),* })?,)*
        }

        /// An instruction's number: its row in the table. Binary chunks store it.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum OpCode {
            $($(#[$doc])* $name,)*
        }

        /// Number of opcodes.
        pub const OP_COUNT: usize = [$(OpCode::$name),*].len();

        impl OpCode {
            /// Every opcode, in table order (`ALL[c as usize] == c`).
            pub const ALL: [OpCode; OP_COUNT] = [$(OpCode::$name),*];

            const INFO: [OpInfo; OP_COUNT] = [$(OpInfo {
                name: stringify!($name),
                flow: Flow::$flow,
                mm: op_table!(@mm $mm),
                operands: &[$($(Operand {
                    name: stringify!($field),
                    ty: <$ty as OperandValue>::TY,
                    role: Role::$role $(($arg))?,
                }),*)?],
            }),*];
        }

        #[allow(clippy::unneeded_struct_pattern)]
        impl Op {
            /// The opcode of this instruction.
            pub fn code(&self) -> OpCode {
                match self {
                    $(Op::$name { .. } => OpCode::$name,)*
                }
            }

            /// The operand values in table order (bools as 0/1), padded with 0.
            pub fn operand_values(&self) -> [i64; MAX_OPERANDS] {
                let mut out = [0; MAX_OPERANDS];
                match *self {
                    $(Op::$name { $($($field),*)? } => {
                        let v = [$($(OperandValue::to_i64($field)),*)?];
                        out[..v.len()].copy_from_slice(&v);
                    })*
                }
                out
            }

            /// The instruction `code` with operand `values` in table order
            /// (each cast to its field's type); `None` if their number is not
            /// the opcode's.
            pub fn from_operands(code: OpCode, values: &[i64]) -> Option<Op> {
                if values.len() != code.operands().len() {
                    return None;
                }
                let mut v = values.iter().copied();
                Some(match code {
                    $(OpCode::$name => Op::$name { $($($field: OperandValue::from_i64(v.next()?)),*)? },)*
                })
            }
        }
    };
}

op_table! {
    /// R[a] = R[b]
    Move        Next   None     { a: u8 = Write, b: u8 = Read },
    /// R[a] = integer i
    LoadI       Next   None     { a: u8 = Write, i: i32 = Imm },
    /// R[a] = float i (a float with an integral value)
    LoadF       Next   None     { a: u8 = Write, i: i32 = Imm },
    /// R[a] = K[k]
    LoadK       Next   None     { a: u8 = Write, k: u32 = Const },
    /// R[a] = false
    LoadFalse   Next   None     { a: u8 = Write },
    /// R[a] = false; skip the next instruction
    LFalseSkip  Skip   None     { a: u8 = Write },
    /// R[a] = true
    LoadTrue    Next   None     { a: u8 = Write },
    /// R[a], R[a+1], ..., R[a+n] = nil  (n+1 registers)
    LoadNil     Next   None     { a: u8 = Write, n: u8 = Span(1) },
    /// R[a] = U[b]
    GetUpval    Next   None     { a: u8 = Write, b: u8 = Upval },
    /// U[b] = R[a]
    SetUpval    Next   None     { a: u8 = Read, b: u8 = Upval },
    /// R[a] = U[up][K[k]]  (K[k] is a string)
    GetTabUp    Next   Index    { a: u8 = Write, up: u8 = Upval, k: u16 = Const },
    /// R[a] = R[b][R[c]]
    GetTable    Next   Index    { a: u8 = Write, b: u8 = Read, c: u8 = Read },
    /// R[a] = R[b][i]  (integer key)
    GetI        Next   Index    { a: u8 = Write, b: u8 = Read, i: u16 = Imm },
    /// R[a] = R[b][K[k]]  (K[k] is a string)
    GetField    Next   Index    { a: u8 = Write, b: u8 = Read, k: u16 = Const },
    /// U[up][K[k]] = RK(v)  (K[k] is a string)
    SetTabUp    Next   NewIndex { up: u8 = Upval, k: u16 = Const, v: Rk = Rk },
    /// R[a][R[b]] = RK(v)
    SetTable    Next   NewIndex { a: u8 = Read, b: u8 = Read, v: Rk = Rk },
    /// R[a][i] = RK(v)  (integer key)
    SetI        Next   NewIndex { a: u8 = Read, i: u8 = Imm, v: Rk = Rk },
    /// R[a][K[k]] = RK(v)  (K[k] is a string)
    SetField    Next   NewIndex { a: u8 = Read, k: u16 = Const, v: Rk = Rk },
    /// R[a] = {} with room for `narr` array items and `nhash` hash items
    NewTable    Next   None     { a: u8 = Write, narr: u16 = Imm, nhash: u16 = Imm },
    /// R[a+1] = R[b]; R[a] = R[b][K[k]]  (method lookup for `obj:name(...)`)
    SelfOp      Next   Index    { a: u8 = WriteN(2), b: u8 = Read, k: u16 = Const },

    /// R[a] = R[b] + R[c]  (arithmetic and bitwise: metamethods on failure)
    Add         Next   Add      { a: u8 = Write, b: u8 = Read, c: u8 = Read },
    /// R[a] = R[b] - R[c]
    Sub         Next   Sub      { a: u8 = Write, b: u8 = Read, c: u8 = Read },
    /// R[a] = R[b] * R[c]
    Mul         Next   Mul      { a: u8 = Write, b: u8 = Read, c: u8 = Read },
    /// R[a] = R[b] % R[c]
    Mod         Next   Mod      { a: u8 = Write, b: u8 = Read, c: u8 = Read },
    /// R[a] = R[b] ^ R[c]
    Pow         Next   Pow      { a: u8 = Write, b: u8 = Read, c: u8 = Read },
    /// R[a] = R[b] / R[c]
    Div         Next   Div      { a: u8 = Write, b: u8 = Read, c: u8 = Read },
    /// R[a] = R[b] // R[c]
    IDiv        Next   IDiv     { a: u8 = Write, b: u8 = Read, c: u8 = Read },
    /// R[a] = R[b] & R[c]
    BAnd        Next   BAnd     { a: u8 = Write, b: u8 = Read, c: u8 = Read },
    /// R[a] = R[b] | R[c]
    BOr         Next   BOr      { a: u8 = Write, b: u8 = Read, c: u8 = Read },
    /// R[a] = R[b] ~ R[c]
    BXor        Next   BXor     { a: u8 = Write, b: u8 = Read, c: u8 = Read },
    /// R[a] = R[b] << R[c]
    Shl         Next   Shl      { a: u8 = Write, b: u8 = Read, c: u8 = Read },
    /// R[a] = R[b] >> R[c]
    Shr         Next   Shr      { a: u8 = Write, b: u8 = Read, c: u8 = Read },
    /// R[a] = R[b] + K[k]  (K[k] is a number, as for all `...K` arithmetic).
    /// `AddK`/`MulK` with `flip`: the source said `K[k] op R[b]` (the compiler
    /// swaps the operands of these commutative operators so a constant on the
    /// left needs no load); metamethods and error messages see the source's order.
    AddK        Next   Add      { a: u8 = Write, b: u8 = Read, k: u16 = Const, flip: bool = Flag },
    /// R[a] = R[b] - K[k]
    SubK        Next   Sub      { a: u8 = Write, b: u8 = Read, k: u16 = Const },
    /// R[a] = R[b] * K[k]  (`flip`: as `AddK`)
    MulK        Next   Mul      { a: u8 = Write, b: u8 = Read, k: u16 = Const, flip: bool = Flag },
    /// R[a] = R[b] % K[k]
    ModK        Next   Mod      { a: u8 = Write, b: u8 = Read, k: u16 = Const },
    /// R[a] = R[b] ^ K[k]
    PowK        Next   Pow      { a: u8 = Write, b: u8 = Read, k: u16 = Const },
    /// R[a] = R[b] / K[k]
    DivK        Next   Div      { a: u8 = Write, b: u8 = Read, k: u16 = Const },
    /// R[a] = R[b] // K[k]
    IDivK       Next   IDiv     { a: u8 = Write, b: u8 = Read, k: u16 = Const },
    /// R[a] = R[b] & K[k]
    BAndK       Next   BAnd     { a: u8 = Write, b: u8 = Read, k: u16 = Const },
    /// R[a] = R[b] | K[k]
    BOrK        Next   BOr      { a: u8 = Write, b: u8 = Read, k: u16 = Const },
    /// R[a] = R[b] ~ K[k]
    BXorK       Next   BXor     { a: u8 = Write, b: u8 = Read, k: u16 = Const },
    /// R[a] = R[b] + i
    AddI        Next   Add      { a: u8 = Write, b: u8 = Read, i: i16 = Imm },
    /// R[a] = R[b] >> i
    ShrI        Next   Shr      { a: u8 = Write, b: u8 = Read, i: i16 = Imm },
    /// R[a] = i << R[b]
    ShlI        Next   Shl      { a: u8 = Write, b: u8 = Read, i: i16 = Imm },
    /// R[a] = -R[b]
    Unm         Next   Unm      { a: u8 = Write, b: u8 = Read },
    /// R[a] = ~R[b]
    BNot        Next   BNot     { a: u8 = Write, b: u8 = Read },
    /// R[a] = not R[b]
    Not         Next   None     { a: u8 = Write, b: u8 = Read },
    /// R[a] = #R[b]
    Len         Next   Len      { a: u8 = Write, b: u8 = Read },
    /// R[a] = R[a] .. R[a+1] .. ... .. R[a+n-1]
    Concat      Next   Concat   { a: u8 = Write, n: u8 = Span(0) },

    /// Close upvalues and to-be-closed variables of registers >= a.
    Close       Next   Close    { a: u8 = Read },
    /// Mark R[a] as a to-be-closed variable.
    Tbc         Next   None     { a: u8 = Read },
    /// pc = to
    Jmp         Jump   None     { to: u32 = Target },
    /// if (R[a] == R[b]) ~= k then skip the next instruction
    Eq          Test   Eq       { a: u8 = Read, b: u8 = Read, k: bool = Sense },
    /// if (R[a] < R[b]) ~= k then skip
    Lt          Test   Lt       { a: u8 = Read, b: u8 = Read, k: bool = Sense },
    /// if (R[a] <= R[b]) ~= k then skip
    Le          Test   Le       { a: u8 = Read, b: u8 = Read, k: bool = Sense },
    /// if (R[a] == K[kc]) ~= k then skip
    EqK         Test   None     { a: u8 = Read, kc: u16 = Const, k: bool = Sense },
    /// if (R[a] == i) ~= k then skip
    EqI         Test   None     { a: u8 = Read, i: i16 = Imm, k: bool = Sense },
    /// if (R[a] < i) ~= k then skip; `isf`: the literal was a float (what a metamethod receives)
    LtI         Test   Lt       { a: u8 = Read, i: i16 = Imm, k: bool = Sense, isf: bool = Flag },
    /// if (R[a] <= i) ~= k then skip; `isf`: the literal was a float (what a metamethod receives)
    LeI         Test   Le       { a: u8 = Read, i: i16 = Imm, k: bool = Sense, isf: bool = Flag },
    /// if (R[a] > i) ~= k then skip; `isf`: the literal was a float (what a metamethod receives)
    GtI         Test   Lt       { a: u8 = Read, i: i16 = Imm, k: bool = Sense, isf: bool = Flag },
    /// if (R[a] >= i) ~= k then skip; `isf`: the literal was a float (what a metamethod receives)
    GeI         Test   Le       { a: u8 = Read, i: i16 = Imm, k: bool = Sense, isf: bool = Flag },
    /// if truthy(R[a]) ~= k then skip
    Test        Test   None     { a: u8 = Read, k: bool = Sense },
    /// if truthy(R[b]) ~= k then skip else R[a] = R[b]
    TestSet     Test   None     { a: u8 = Write, b: u8 = Read, k: bool = Sense },

    /// R[a], ..., R[a+c-2] = R[a](R[a+1], ..., R[a+b-1]).
    /// b = MULTI: arguments up to the stack top; c = MULTI: keep all results (sets top).
    Call        Next   None     { a: u8 = Read, b: u8 = Args, c: u8 = Results },
    /// return R[a](R[a+1], ..., R[a+b-1])  (b = MULTI: up to top)
    TailCall    Next   None     { a: u8 = Read, b: u8 = Args },
    /// return R[a], ..., R[a+b-2]  (b = MULTI: up to top)
    Return      Return Close    { a: u8 = Base, b: u8 = Rets },
    /// return
    Return0     Return Close,
    /// return R[a]
    Return1     Return Close    { a: u8 = Read },

    /// Numeric for, Lua 5.4 rules. R[a]=init, R[a+1]=limit, R[a+2]=step, R[a+3]=control.
    /// Prepare the loop (errors for non-numbers, zero step); if it runs no
    /// iteration, pc = exit (the instruction after the matching ForLoop).
    ForPrep     Next   None     { a: u8 = WriteN(4), exit: u32 = Target },
    /// Advance the loop; if it continues, update R[a+3] and pc = body.
    ForLoop     Next   None     { a: u8 = WriteN(4), body: u32 = Target },
    /// Generic for: R[a]=iterator, R[a+1]=state, R[a+2]=control, R[a+3]=closing value.
    /// Mark R[a+3] to-be-closed; pc = call (the TForCall).
    TForPrep    Jump   None     { a: u8 = ReadN(4), call: u32 = Target },
    /// R[a+4], ..., R[a+3+c] = R[a](R[a+1], R[a+2])
    TForCall    Next   None     { a: u8 = Read, c: u8 = Span(4) },
    /// if R[a+4] ~= nil then { R[a+2] = R[a+4]; pc = body }
    TForLoop    Next   None     { a: u8 = WriteN(5), body: u32 = Target },

    /// R[a][start+i] = R[a+i] for 1 <= i <= n  (n = MULTI: up to top)
    SetList     Next   None     { a: u8 = Read, n: u8 = Items, start: u32 = Imm },
    /// R[a] = closure of prototype `protos[p]`
    Closure     Next   None     { a: u8 = Write, p: u32 = Proto },
    /// R[a], ..., R[a+c-2] = vararg  (c = MULTI: all of them, sets top)
    VarArg      Next   None     { a: u8 = Write, c: u8 = Results },
    /// Function entry of a vararg function with `nparams` fixed parameters.
    VarArgPrep  Next   None     { nparams: u8 = Imm },
}

const _: () = assert!(std::mem::size_of::<Op>() == 8);
// Binary chunks store an opcode in a byte.
const _: () = assert!(OP_COUNT <= 256);
const _: () = {
    let mut i = 0;
    while i < OP_COUNT {
        assert!(OpCode::INFO[i].operands.len() <= MAX_OPERANDS);
        i += 1;
    }
};

impl OpCode {
    /// The opcode numbered `n`, if there is one.
    pub fn from_u8(n: u8) -> Option<OpCode> {
        OpCode::ALL.get(n as usize).copied()
    }

    /// The opcode named `name` (as `name` spells it, ASCII case ignored:
    /// "GetTabUp", "gettabup"); for `KILN_JIT_DISABLE_OPS` and the like.
    pub fn from_name(name: &str) -> Option<OpCode> {
        OpCode::ALL.iter().copied().find(|c| c.name().eq_ignore_ascii_case(name))
    }

    fn info(self) -> &'static OpInfo {
        &OpCode::INFO[self as usize]
    }

    /// The instruction's name as listings print it ("Move", "GetTabUp").
    pub fn name(self) -> &'static str {
        self.info().name
    }

    /// Where control goes after the instruction.
    pub fn flow(self) -> Flow {
        self.info().flow
    }

    /// The metamethod event whose result the instruction uses, if any (for
    /// `finish_op` and "metamethod 'add'" in messages).
    pub fn mm(self) -> Option<Tm> {
        self.info().mm
    }

    /// The operand format, in field order.
    pub fn operands(self) -> &'static [Operand] {
        self.info().operands
    }
}

impl Op {
    /// The instruction's name ("Move").
    pub fn name(&self) -> &'static str {
        self.code().name()
    }

    /// Each operand's format with its value, in field order.
    pub fn operands(&self) -> impl Iterator<Item = (&'static Operand, i64)> {
        self.code().operands().iter().zip(self.operand_values())
    }

    /// The value of the first operand with role `role`.
    pub fn operand(&self, role: Role) -> Option<i64> {
        self.operands().find(|(o, _)| o.role == role).map(|(_, v)| v)
    }

    /// The register the instruction sets as its first operand, if it does
    /// (PUC's `testAMode`): a `Write` or `WriteN` first operand.
    pub fn dest(&self) -> Option<u8> {
        match self.operands().next() {
            Some((o, v)) if matches!(o.role, Role::Write | Role::WriteN(_)) => Some(v as u8),
            _ => None,
        }
    }
}

/// Instructions and prototypes built from the table, for the tests of the
/// modules it drives.
#[cfg(test)]
pub(crate) mod samples {
    use super::{Op, OpCode, Role, Ty};
    use crate::object::{Proto, UpvalDesc};
    use crate::value::Value;
    use std::cell::Cell;

    /// One instruction of every opcode, with operand values that differ from
    /// each other and do not fit a byte where the type is wider.
    pub fn distinct() -> Vec<Op> {
        build(|i, ty, _| match ty {
            Ty::Bool => (i % 2 == 0) as i64,
            Ty::I16 | Ty::I32 => -(i as i64) - 2,
            Ty::U8 => i as i64 + 2,
            Ty::U16 | Ty::U32 => i as i64 + 300,
        })
    }

    /// One instruction of every opcode that passes the verifier's operand
    /// checks in `proto(vec![op, Jmp { to: 2 }, Return0])` with one child.
    pub fn valid() -> Vec<Op> {
        build(|_, _, role| match role {
            Role::Const | Role::Upval | Role::Target | Role::Proto => 0,
            Role::Args | Role::Rets | Role::Results | Role::Items => 2,
            Role::Imm => 5,
            _ => 1,
        })
    }

    fn build(value: impl Fn(usize, Ty, Role) -> i64) -> Vec<Op> {
        OpCode::ALL
            .iter()
            .map(|&c| {
                let v: Vec<i64> = c.operands().iter().enumerate().map(|(i, o)| value(i, o.ty, o.role)).collect();
                Op::from_operands(c, &v).expect("one value per operand")
            })
            .collect()
    }

    /// A prototype running `code`: 20 registers, one constant, one upvalue,
    /// no nested functions, no line information.
    pub fn proto(code: Vec<Op>) -> Proto {
        Proto {
            feedback: crate::object::no_feedback(code.len()),
            code: code.into_boxed_slice(),
            lines: Box::new([]),
            consts: vec![Cell::new(Value::Int(42))].into(),
            protos: Box::new([]),
            upvals: Box::new([UpvalDesc { in_stack: true, index: 0, name: Some("up".into()) }]),
            locvars: Box::new([]),
            num_params: 0,
            is_vararg: false,
            max_stack: 20,
            source: "=t".into(),
            line_defined: 0,
            last_line_defined: 0,
            tier: Default::default(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn codes_and_names_round_trip() {
        let mut seen = HashSet::new();
        for (i, &c) in OpCode::ALL.iter().enumerate() {
            assert_eq!(c as usize, i);
            assert_eq!(OpCode::from_u8(i as u8), Some(c));
            assert!(seen.insert(c.name().to_ascii_lowercase()), "{} is not unique", c.name());
            assert_eq!(OpCode::from_name(c.name()), Some(c));
            assert_eq!(OpCode::from_name(&c.name().to_ascii_uppercase()), Some(c));
        }
        assert_eq!(OpCode::from_u8(OP_COUNT as u8), None);
        assert_eq!(OpCode::from_name("NoSuchOp"), None);
    }

    #[test]
    fn every_instruction_round_trips_through_its_operands() {
        for op in samples::distinct() {
            let c = op.code();
            assert_eq!(op.name(), c.name());
            let n = c.operands().len();
            let values = op.operand_values();
            assert_eq!(Op::from_operands(c, &values[..n]), Some(op));
            assert!(values[n..].iter().all(|&v| v == 0));
            assert_eq!(Op::from_operands(c, &[0; MAX_OPERANDS + 1]), None);
            // The listing prints exactly what `Debug` shows of the fields.
            let dbg = format!("{op:?}");
            for (o, v) in op.operands() {
                let shown = match o.ty {
                    Ty::Bool => (v != 0).to_string(),
                    _ => v.to_string(),
                };
                assert!(dbg.contains(&format!("{}: {shown}", o.name)), "{dbg} lacks {}", o.name);
            }
        }
    }

    /// The roles fit the types, and the rules the verifier, listing,
    /// `finish_op` and `debuginfo` derive from the table have what they need.
    #[test]
    fn roles_are_consistent() {
        let is_count = |r: Role| matches!(r, Role::Span(_) | Role::Args | Role::Rets | Role::Results | Role::Items);
        for c in OpCode::ALL {
            let ops = c.operands();
            let name = c.name();
            for (i, o) in ops.iter().enumerate() {
                let ty_ok = match o.role {
                    Role::Read | Role::Write | Role::ReadN(_) | Role::WriteN(_) | Role::Base | Role::Upval => {
                        o.ty == Ty::U8
                    }
                    Role::Span(_) | Role::Args | Role::Rets | Role::Results | Role::Items => o.ty == Ty::U8,
                    Role::Const | Role::Target | Role::Proto => matches!(o.ty, Ty::U16 | Ty::U32),
                    Role::Rk => o.ty == Ty::U16,
                    Role::Sense | Role::Flag => o.ty == Ty::Bool,
                    Role::Imm => o.ty != Ty::Bool,
                };
                assert!(ty_ok, "{name}.{}: type {:?} does not fit role {:?}", o.name, o.ty, o.role);
                if is_count(o.role) {
                    assert!(
                        matches!(ops[0].role, Role::Read | Role::Write | Role::Base),
                        "{name}: a count needs a register first"
                    );
                }
                assert!(o.role != Role::Base || i == 0, "{name}: Base must be the first operand");
            }
            if ops.first().is_some_and(|o| o.role == Role::Base) {
                assert!(ops.iter().any(|o| is_count(o.role)), "{name}: Base without a count");
            }
            assert!(ops.iter().filter(|o| o.role == Role::Target).count() <= 1, "{name}: two targets");
            let has_sense = ops.iter().any(|o| o.role == Role::Sense);
            assert_eq!(c.flow() == Flow::Test, has_sense, "{name}: tests and only tests have a Sense");
            if c.flow() == Flow::Jump {
                assert!(ops.iter().any(|o| o.role == Role::Target), "{name}: a jump without a target");
            }
            match c.mm() {
                None | Some(Tm::NewIndex | Tm::Close) => {}
                Some(Tm::Eq | Tm::Lt | Tm::Le) => assert_eq!(c.flow(), Flow::Test, "{name}"),
                // `finish_op` stores the result in the first operand's register.
                Some(_) => {
                    assert!(matches!(ops[0].role, Role::Write | Role::WriteN(_)), "{name}: result has no register")
                }
            }
        }
    }
}
