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

/// Operand of stores that may take a register or a constant.
pub type Rk = u16;
/// `Rk` values at or above this name constant `x - RK_CONST`.
pub const RK_CONST: u16 = 256;

/// Sentinel for "variable number" in `Call::b/c`, `Return::b`, `VarArg::c`, `SetList::n`.
pub const MULTI: u8 = 0;

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Op {
    /// R[a] = R[b]
    Move {
        a: u8,
        b: u8,
    },
    /// R[a] = integer i
    LoadI {
        a: u8,
        i: i32,
    },
    /// R[a] = float i (a float with an integral value)
    LoadF {
        a: u8,
        i: i32,
    },
    /// R[a] = K[k]
    LoadK {
        a: u8,
        k: u32,
    },
    /// R[a] = false
    LoadFalse {
        a: u8,
    },
    /// R[a] = false; skip the next instruction
    LFalseSkip {
        a: u8,
    },
    /// R[a] = true
    LoadTrue {
        a: u8,
    },
    /// R[a], R[a+1], ..., R[a+n] = nil  (n+1 registers)
    LoadNil {
        a: u8,
        n: u8,
    },
    /// R[a] = U[b]
    GetUpval {
        a: u8,
        b: u8,
    },
    /// U[b] = R[a]
    SetUpval {
        a: u8,
        b: u8,
    },
    /// R[a] = U[up][K[k]]  (K[k] is a string)
    GetTabUp {
        a: u8,
        up: u8,
        k: u16,
    },
    /// R[a] = R[b][R[c]]
    GetTable {
        a: u8,
        b: u8,
        c: u8,
    },
    /// R[a] = R[b][i]  (integer key)
    GetI {
        a: u8,
        b: u8,
        i: u16,
    },
    /// R[a] = R[b][K[k]]  (K[k] is a string)
    GetField {
        a: u8,
        b: u8,
        k: u16,
    },
    /// U[up][K[k]] = RK(v)  (K[k] is a string)
    SetTabUp {
        up: u8,
        k: u16,
        v: Rk,
    },
    /// R[a][R[b]] = RK(v)
    SetTable {
        a: u8,
        b: u8,
        v: Rk,
    },
    /// R[a][i] = RK(v)  (integer key)
    SetI {
        a: u8,
        i: u8,
        v: Rk,
    },
    /// R[a][K[k]] = RK(v)  (K[k] is a string)
    SetField {
        a: u8,
        k: u16,
        v: Rk,
    },
    /// R[a] = {} with room for `narr` array items and `nhash` hash items
    NewTable {
        a: u8,
        narr: u16,
        nhash: u16,
    },
    /// R[a+1] = R[b]; R[a] = R[b][K[k]]  (method lookup for `obj:name(...)`)
    SelfOp {
        a: u8,
        b: u8,
        k: u16,
    },

    /// R[a] = R[b] op R[c]  (arithmetic and bitwise; metamethods on failure)
    Add {
        a: u8,
        b: u8,
        c: u8,
    },
    Sub {
        a: u8,
        b: u8,
        c: u8,
    },
    Mul {
        a: u8,
        b: u8,
        c: u8,
    },
    Mod {
        a: u8,
        b: u8,
        c: u8,
    },
    Pow {
        a: u8,
        b: u8,
        c: u8,
    },
    Div {
        a: u8,
        b: u8,
        c: u8,
    },
    IDiv {
        a: u8,
        b: u8,
        c: u8,
    },
    BAnd {
        a: u8,
        b: u8,
        c: u8,
    },
    BOr {
        a: u8,
        b: u8,
        c: u8,
    },
    BXor {
        a: u8,
        b: u8,
        c: u8,
    },
    Shl {
        a: u8,
        b: u8,
        c: u8,
    },
    Shr {
        a: u8,
        b: u8,
        c: u8,
    },
    /// R[a] = R[b] op K[k]  (K[k] is a number). `AddK`/`MulK` with `flip`:
    /// the source said `K[k] op R[b]` (the compiler swaps the operands of
    /// these commutative operators so a constant on the left needs no load);
    /// metamethods and error messages see the source's order.
    AddK {
        a: u8,
        b: u8,
        k: u16,
        flip: bool,
    },
    SubK {
        a: u8,
        b: u8,
        k: u16,
    },
    MulK {
        a: u8,
        b: u8,
        k: u16,
        flip: bool,
    },
    ModK {
        a: u8,
        b: u8,
        k: u16,
    },
    PowK {
        a: u8,
        b: u8,
        k: u16,
    },
    DivK {
        a: u8,
        b: u8,
        k: u16,
    },
    IDivK {
        a: u8,
        b: u8,
        k: u16,
    },
    BAndK {
        a: u8,
        b: u8,
        k: u16,
    },
    BOrK {
        a: u8,
        b: u8,
        k: u16,
    },
    BXorK {
        a: u8,
        b: u8,
        k: u16,
    },
    /// R[a] = R[b] + i
    AddI {
        a: u8,
        b: u8,
        i: i16,
    },
    /// R[a] = R[b] >> i
    ShrI {
        a: u8,
        b: u8,
        i: i16,
    },
    /// R[a] = i << R[b]
    ShlI {
        a: u8,
        b: u8,
        i: i16,
    },
    /// R[a] = -R[b]
    Unm {
        a: u8,
        b: u8,
    },
    /// R[a] = ~R[b]
    BNot {
        a: u8,
        b: u8,
    },
    /// R[a] = not R[b]
    Not {
        a: u8,
        b: u8,
    },
    /// R[a] = #R[b]
    Len {
        a: u8,
        b: u8,
    },
    /// R[a] = R[a] .. R[a+1] .. ... .. R[a+n-1]
    Concat {
        a: u8,
        n: u8,
    },

    /// Close upvalues and to-be-closed variables of registers >= a.
    Close {
        a: u8,
    },
    /// Mark R[a] as a to-be-closed variable.
    Tbc {
        a: u8,
    },
    /// pc = to
    Jmp {
        to: u32,
    },
    /// if (R[a] == R[b]) ~= k then skip the next instruction
    Eq {
        a: u8,
        b: u8,
        k: bool,
    },
    /// if (R[a] < R[b]) ~= k then skip
    Lt {
        a: u8,
        b: u8,
        k: bool,
    },
    /// if (R[a] <= R[b]) ~= k then skip
    Le {
        a: u8,
        b: u8,
        k: bool,
    },
    /// if (R[a] == K[kc]) ~= k then skip
    EqK {
        a: u8,
        kc: u16,
        k: bool,
    },
    /// if (R[a] == i) ~= k then skip
    EqI {
        a: u8,
        i: i16,
        k: bool,
    },
    /// if (R[a] < i) ~= k then skip; `isf`: the literal was a float (what a metamethod receives)
    LtI {
        a: u8,
        i: i16,
        k: bool,
        isf: bool,
    },
    /// if (R[a] <= i) ~= k then skip; `isf`: the literal was a float (what a metamethod receives)
    LeI {
        a: u8,
        i: i16,
        k: bool,
        isf: bool,
    },
    /// if (R[a] > i) ~= k then skip; `isf`: the literal was a float (what a metamethod receives)
    GtI {
        a: u8,
        i: i16,
        k: bool,
        isf: bool,
    },
    /// if (R[a] >= i) ~= k then skip; `isf`: the literal was a float (what a metamethod receives)
    GeI {
        a: u8,
        i: i16,
        k: bool,
        isf: bool,
    },
    /// if truthy(R[a]) ~= k then skip
    Test {
        a: u8,
        k: bool,
    },
    /// if truthy(R[b]) ~= k then skip else R[a] = R[b]
    TestSet {
        a: u8,
        b: u8,
        k: bool,
    },

    /// R[a], ..., R[a+c-2] = R[a](R[a+1], ..., R[a+b-1]).
    /// b = MULTI: arguments up to the stack top; c = MULTI: keep all results (sets top).
    Call {
        a: u8,
        b: u8,
        c: u8,
    },
    /// return R[a](R[a+1], ..., R[a+b-1])  (b = MULTI: up to top)
    TailCall {
        a: u8,
        b: u8,
    },
    /// return R[a], ..., R[a+b-2]  (b = MULTI: up to top)
    Return {
        a: u8,
        b: u8,
    },
    /// return
    Return0,
    /// return R[a]
    Return1 {
        a: u8,
    },

    /// Numeric for, Lua 5.4 rules. R[a]=init, R[a+1]=limit, R[a+2]=step, R[a+3]=control.
    /// Prepare the loop (errors for non-numbers, zero step); if it runs no
    /// iteration, pc = exit (the instruction after the matching ForLoop).
    ForPrep {
        a: u8,
        exit: u32,
    },
    /// Advance the loop; if it continues, update R[a+3] and pc = body.
    ForLoop {
        a: u8,
        body: u32,
    },
    /// Generic for: R[a]=iterator, R[a+1]=state, R[a+2]=control, R[a+3]=closing value.
    /// Mark R[a+3] to-be-closed; pc = call (the TForCall).
    TForPrep {
        a: u8,
        call: u32,
    },
    /// R[a+4], ..., R[a+3+c] = R[a](R[a+1], R[a+2])
    TForCall {
        a: u8,
        c: u8,
    },
    /// if R[a+4] ~= nil then { R[a+2] = R[a+4]; pc = body }
    TForLoop {
        a: u8,
        body: u32,
    },

    /// R[a][start+i] = R[a+i] for 1 <= i <= n  (n = MULTI: up to top)
    SetList {
        a: u8,
        n: u8,
        start: u32,
    },
    /// R[a] = closure of prototype `protos[p]`
    Closure {
        a: u8,
        p: u32,
    },
    /// R[a], ..., R[a+c-2] = vararg  (c = MULTI: all of them, sets top)
    VarArg {
        a: u8,
        c: u8,
    },
    /// Function entry of a vararg function with `nparams` fixed parameters.
    VarArgPrep {
        nparams: u8,
    },
}

const _: () = assert!(std::mem::size_of::<Op>() == 8);
