//! The memory layouts generated code relies on, in one place: every field
//! machine code reads or writes, as a byte offset checked against the Rust
//! definition at compile time.
//!
//! Invariant: a field read by generated code belongs to a `repr(C)` type (or a
//! `repr(C, u8)` enum) and its offset is published here, next to a `const`
//! assertion on `core::mem::offset_of!`. Changing such a type is a compile
//! error until these constants agree with it. Nothing here relies on the
//! layout Rust picks for `Vec`, `Box<[T]>`, `Rc` or enums with data: those
//! fields use `RawVec`/`FixedArray` (rawvec.rs) or explicit representations.
//!
//! Offsets in `table`, `upval`, `closure` and `proto` are from the start of the
//! object's value; a `Gc` pointer (a value's payload) points at the object's
//! `GcHeader`, `gc::VALUE` bytes before it.

use crate::callstack::{Frame, FrameKind};
use crate::object::{LuaClosure, Proto, UpVal};
use crate::rawvec::{FixedArray, RawVec};
use crate::state::Vm;
use crate::table::{Node, Parts, Table};
use crate::value::Value;
use core::mem::{offset_of, size_of};

/// `Value`: a 16-byte tagged union, `repr(C, u8)`.
pub mod value {
    pub const SIZE: usize = 16;
    pub const TAG_OFFSET: usize = 0;
    pub const PAYLOAD_OFFSET: usize = 8;
    pub const TAG_NIL: u8 = 0;
    pub const TAG_BOOL: u8 = 1;
    pub const TAG_INT: u8 = 2;
    pub const TAG_FLOAT: u8 = 3;
    pub const TAG_STR: u8 = 4;
    pub const TAG_TABLE: u8 = 5;
    pub const TAG_LUAFN: u8 = 6;
    pub const TAG_NATIVEFN: u8 = 7;
    pub const TAG_USERDATA: u8 = 8;
    pub const TAG_THREAD: u8 = 9;
    pub const TAG_LIGHTUSERDATA: u8 = 10;
}

/// `RawVec<T>` (value stack, callstack, table parts): pointer, length, capacity.
pub mod rawvec {
    pub const PTR: usize = 0;
    pub const LEN: usize = 8;
    pub const CAP: usize = 16;
    pub const SIZE: usize = 24;
}

/// `FixedArray<T>` (closure upvalues, proto constants): pointer, length.
pub mod fixed_array {
    pub const PTR: usize = 0;
    pub const LEN: usize = 8;
}

/// `Vm`: the running thread's stack and callstack, at the start of the VM.
/// The stack's first slot is `*(vm + STACK_PTR)`; slot `i` is `i * value::SIZE`
/// bytes further. Any helper call may move the stack: reload it after each.
pub mod vm {
    use super::rawvec;
    /// The value stack (`RawVec<Value>`).
    pub const STACK: usize = 0;
    pub const STACK_PTR: usize = STACK + rawvec::PTR;
    pub const STACK_LEN: usize = STACK + rawvec::LEN;
    /// First free stack slot (`usize`).
    pub const TOP: usize = 24;
    /// Growth checks pass below this slot (`usize`; 0 under `KILN_STACK_STRESS`).
    pub const STACK_ROOM: usize = 32;
    /// The callstack (`RawVec<Frame>`): push a record by writing slot `len`
    /// when `len < cap`, then storing `len + 1`.
    pub const FRAMES: usize = 40;
    pub const FRAMES_PTR: usize = FRAMES + rawvec::PTR;
    pub const FRAMES_LEN: usize = FRAMES + rawvec::LEN;
    pub const FRAMES_CAP: usize = FRAMES + rawvec::CAP;
    /// The running thread object (`Gc<Thread>`): an open upvalue of this
    /// thread lives in the stack above.
    pub const THREAD: usize = 64;
    /// The trap byte (`u8`; nonzero: leave to the interpreter at a safe point).
    pub const TRAP: usize = 72;
    /// Metatables of the other types by value tag (`[Option<Gc<Table>>; 11]`: null when none).
    pub const TYPE_META: usize = core::mem::offset_of!(crate::state::Vm, type_meta);
}

/// `Thread` (offsets from the thread's value).
pub mod thread {
    use super::rawvec;
    use crate::object::{Thread, ThreadState};
    /// The element pointer of the value stack a thread keeps while it is not running
    /// (`ThreadState::stack`): an open upvalue of a thread other than `vm::THREAD` lives there.
    pub const SAVED_STACK_PTR: usize =
        core::mem::offset_of!(Thread, saved) + core::mem::offset_of!(ThreadState, stack) + rawvec::PTR;
}

/// `Frame`: one 64-byte callstack record.
pub mod frame {
    pub const SIZE: usize = 64;
    /// `FrameKind` (`u8`).
    pub const KIND: usize = 0;
    /// `callstack::flags` bits (`u8`).
    pub const FLAGS: usize = 1;
    /// Tail call (`bool`).
    pub const TAIL_CALL: usize = 2;
    /// Results wanted (`i32`, -1 for all).
    pub const NRESULTS: usize = 4;
    /// Stack slots (`usize`): the function, the first register, the register window's end.
    pub const FUNC: usize = 8;
    pub const BASE: usize = 16;
    pub const TOP: usize = 24;
    /// Index of the next instruction (`usize`).
    pub const PC: usize = 32;
    /// Extra arguments below `base` (`usize`).
    pub const NVARARGS: usize = 40;
    /// `*const Proto` of a Lua frame.
    pub const PROTO: usize = 48;
    /// Kind-specific word (`usize`; for a Lua frame, zero or a compiled caller's resume address).
    pub const AUX: usize = 56;
    pub const KIND_LUA: u8 = 0;
    pub const KIND_NATIVE: u8 = 1;
    pub const KIND_PCALL: u8 = 2;
    pub const KIND_NESTED_RUNLOOP: u8 = 3;
    pub const KIND_COROUTINE_BASE: u8 = 4;
    /// `flags::PENDING_RETURN`.
    pub const FLAG_PENDING_RETURN: u8 = crate::callstack::flags::PENDING_RETURN;
    /// `flags::ORPHAN`.
    pub const FLAG_ORPHAN: u8 = crate::callstack::flags::ORPHAN;
}

/// The heap header in front of every object (`kiln_gc::GcHeader`).
pub mod gc {
    /// Bytes from the object pointer (`Gc`, a value's payload) to its value.
    pub const VALUE: usize = 24;
    /// The flags byte.
    pub const FLAGS: usize = 16;
    /// Write-barrier rule: storing a collectable value into an object whose
    /// flags have `MATURE` set and `REMEMBERED` clear needs the barrier
    /// (`Heap::barrier`, which remembers the owner when the value is young);
    /// any other store needs none.
    pub const MATURE: u8 = kiln_gc::flags::MATURE;
    pub const REMEMBERED: u8 = kiln_gc::flags::REMEMBERED;
}

/// `Table` (offsets from the table's value). The array part holds keys
/// `1..=ARR_LEN`; the hash part has `NODES_LEN` nodes (zero or a power of two;
/// probe from `hash & (len - 1)` linearly, a nil key ends the probe).
pub mod table {
    use super::rawvec;
    pub const ARR: usize = 0;
    pub const ARR_PTR: usize = ARR + rawvec::PTR;
    pub const ARR_LEN: usize = ARR + rawvec::LEN;
    pub const ARR_CAP: usize = ARR + rawvec::CAP;
    pub const NODES: usize = 24;
    pub const NODES_PTR: usize = NODES + rawvec::PTR;
    pub const NODES_LEN: usize = NODES + rawvec::LEN;
    /// Nodes whose key is not nil, live or dead (`usize`): a new key is inserted
    /// without a rehash while `(USED + 1) * 4 <= NODES_LEN * 3`.
    pub const USED: usize = 48;
    /// Minor-collection summary (table.rs): a store of a collectable value into
    /// array slot `i` (0-based) lowers `CLEAN_BELOW` (`usize`) to `i`; into
    /// node `n` widens `DIRTY_LO..=DIRTY_HI` (`u32`) to cover `n`.
    pub const CLEAN_BELOW: usize = 56;
    pub const DIRTY_LO: usize = 64;
    pub const DIRTY_HI: usize = 68;
    /// The metatable (`Option<Gc<Table>>`: null when there is none).
    pub const META: usize = 72;
    /// Metamethods known absent, one bit per `Tm` (`u32`).
    pub const ABSENT_META: usize = 80;
    /// An integer key's hash (`int_key_hash`): the key times `INT_KEY_MUL`, high half xor low half.
    pub const INT_KEY_MUL: u64 = 0x9E37_79B9_7F4A_7C15;
    #[inline(always)]
    pub const fn int_key_hash(k: u64) -> u32 {
        let x = k.wrapping_mul(INT_KEY_MUL);
        (x >> 32) as u32 ^ x as u32
    }
    /// A hash node: key then value, two `Value`s.
    pub const NODE_SIZE: usize = 32;
    pub const NODE_KEY: usize = 0;
    /// The key's hash (`u32`: `int_key_hash` of an integer key, a string's
    /// content hash), in bytes the key's `Value` leaves unused (`table::NodeKey`).
    pub const NODE_KEY_HASH: usize = 4;
    pub const NODE_VAL: usize = 16;
}

/// `UpVal`: a `repr(C, u8)` state, tag byte first.
pub mod upval {
    pub const TAG: usize = 0;
    pub const TAG_OPEN: u8 = 0;
    pub const TAG_CLOSED: u8 = 1;
    /// Closed: the value itself.
    pub const CLOSED_VALUE: usize = 8;
    /// Open: the thread (`Gc<Thread>`) and the slot of its stack. When the
    /// thread is `vm::THREAD`, the value is in the VM's stack at that slot.
    pub const OPEN_THREAD: usize = 8;
    pub const OPEN_IDX: usize = 16;
}

/// `LuaClosure`: its proto and its upvalue array (`Gc<UpVal>` each).
pub mod closure {
    use super::fixed_array;
    pub const PROTO: usize = 0;
    pub const UPVALS: usize = 8;
    pub const UPVALS_PTR: usize = UPVALS + fixed_array::PTR;
    pub const UPVALS_LEN: usize = UPVALS + fixed_array::LEN;
}

/// `NativeClosure`: the Rust function it runs (`NativeFn`), which compiled code compares with the
/// iterators of `pairs` and `ipairs` (`stdlib::base::next`, `stdlib::base::ipairs_aux`).
pub mod native {
    pub const F: usize = core::mem::offset_of!(crate::object::NativeClosure, f);
    /// The fast path (`Option<fast::FastFn>`: null when there is none).
    pub const FAST: usize = core::mem::offset_of!(crate::object::NativeClosure, fast);
}

/// `Proto`: its constants (`Value` each) and its compiled entry (`usize`, 0:
/// none; `rt::TierState::entry`), which compiled code reads to continue in a
/// frame without going through the runloop.
pub mod proto {
    use super::fixed_array;
    pub const CONSTS: usize = 0;
    pub const CONSTS_PTR: usize = CONSTS + fixed_array::PTR;
    pub const CONSTS_LEN: usize = CONSTS + fixed_array::LEN;
    pub const TIER_ENTRY: usize =
        core::mem::offset_of!(crate::object::Proto, tier) + core::mem::offset_of!(crate::rt::TierState, entry);
    /// Fixed parameters (`u8`), vararg flag (`bool`), registers (`u8`).
    pub const NUM_PARAMS: usize = core::mem::offset_of!(crate::object::Proto, num_params);
    pub const IS_VARARG: usize = core::mem::offset_of!(crate::object::Proto, is_vararg);
    pub const MAX_STACK: usize = core::mem::offset_of!(crate::object::Proto, max_stack);
}

/// `LuaStr` (offsets from the string's value): the cached content hash
/// (`u32`, nonzero once computed; every string key of a table has it).
pub mod string {
    pub const HASH: usize = core::mem::offset_of!(crate::object::LuaStr, hash);
}

/// The limits a Lua call checks before pushing a frame (`Vm::push_lua_frame`):
/// `func + 1 + max_stack + FRAME_SLACK <= vm::STACK_ROOM`, and fewer than
/// `MAX_FRAMES` records.
pub mod call {
    pub const FRAME_SLACK: usize = crate::call::FRAME_SLACK;
    pub const MAX_FRAMES: usize = crate::call::MAX_FRAMES;
}

// ------------------------------------------------------------ the checks

const _: () = {
    assert!(size_of::<Value>() == value::SIZE);
    assert!(core::mem::align_of::<Value>() == 8);

    assert!(RawVec::<Value>::PTR_OFFSET == rawvec::PTR);
    assert!(RawVec::<Value>::LEN_OFFSET == rawvec::LEN);
    assert!(RawVec::<Value>::CAP_OFFSET == rawvec::CAP);
    assert!(RawVec::<Frame>::PTR_OFFSET == rawvec::PTR);
    assert!(RawVec::<Frame>::LEN_OFFSET == rawvec::LEN);
    assert!(RawVec::<Frame>::CAP_OFFSET == rawvec::CAP);
    assert!(RawVec::<Node>::PTR_OFFSET == rawvec::PTR);
    assert!(RawVec::<Node>::LEN_OFFSET == rawvec::LEN);
    assert!(size_of::<RawVec<Value>>() == rawvec::SIZE);
    assert!(FixedArray::<Value>::PTR_OFFSET == fixed_array::PTR);
    assert!(FixedArray::<Value>::LEN_OFFSET == fixed_array::LEN);

    assert!(offset_of!(Vm, stack) == vm::STACK);
    assert!(offset_of!(Vm, top) == vm::TOP);
    assert!(offset_of!(Vm, stack_room) == vm::STACK_ROOM);
    assert!(offset_of!(Vm, frames) == vm::FRAMES);
    assert!(offset_of!(Vm, thread) == vm::THREAD);
    assert!(offset_of!(Vm, trap) == vm::TRAP);

    assert!(size_of::<Frame>() == frame::SIZE);
    assert!(offset_of!(Frame, kind) == frame::KIND);
    assert!(offset_of!(Frame, flags) == frame::FLAGS);
    assert!(offset_of!(Frame, tail_call) == frame::TAIL_CALL);
    assert!(offset_of!(Frame, nresults) == frame::NRESULTS);
    assert!(offset_of!(Frame, func) == frame::FUNC);
    assert!(offset_of!(Frame, base) == frame::BASE);
    assert!(offset_of!(Frame, top) == frame::TOP);
    assert!(offset_of!(Frame, pc) == frame::PC);
    assert!(offset_of!(Frame, nvarargs) == frame::NVARARGS);
    assert!(offset_of!(Frame, proto) == frame::PROTO);
    assert!(offset_of!(Frame, aux) == frame::AUX);
    assert!(size_of::<FrameKind>() == 1);
    assert!(FrameKind::Lua as u8 == frame::KIND_LUA);
    assert!(FrameKind::Native as u8 == frame::KIND_NATIVE);
    assert!(FrameKind::Pcall as u8 == frame::KIND_PCALL);
    assert!(FrameKind::NestedRunloop as u8 == frame::KIND_NESTED_RUNLOOP);
    assert!(FrameKind::CoroutineBase as u8 == frame::KIND_COROUTINE_BASE);

    assert!(kiln_gc::VALUE_OFFSET == gc::VALUE);
    assert!(kiln_gc::HEADER_FLAGS_OFFSET == gc::FLAGS);

    assert!(offset_of!(Table, parts) == 0);
    assert!(offset_of!(Parts, arr) == table::ARR);
    assert!(offset_of!(Parts, nodes) == table::NODES);
    assert!(offset_of!(Parts, used) == table::USED);
    assert!(offset_of!(Parts, clean_below) == table::CLEAN_BELOW);
    assert!(offset_of!(Parts, dirty_lo) == table::DIRTY_LO);
    assert!(offset_of!(Parts, dirty_hi) == table::DIRTY_HI);
    assert!(offset_of!(Table, meta) == table::META);
    assert!(offset_of!(Table, absent_meta) == table::ABSENT_META);
    assert!(size_of::<Node>() == table::NODE_SIZE);
    assert!(offset_of!(Node, key) == table::NODE_KEY);
    // `NodeKey` keeps the hash in `words[1]`, inside the `Value`'s tag word.
    assert!(table::NODE_KEY_HASH == table::NODE_KEY + 4 && value::PAYLOAD_OFFSET == 8);
    assert!(offset_of!(Node, val) == table::NODE_VAL);
    // `None` is the null pointer (a `Gc` is a transparent `NonNull`).
    assert!(size_of::<Option<kiln_gc::Gc<Table>>>() == 8);
    // `None` is the null pointer: compiled code tests `native::FAST` against zero.
    assert!(size_of::<Option<crate::fast::FastFn>>() == 8);

    assert!(offset_of!(UpVal, state) == 0);
    assert!(size_of::<UpVal>() == 24);
    assert!(offset_of!(LuaClosure, proto) == closure::PROTO);
    assert!(offset_of!(LuaClosure, upvals) == closure::UPVALS);
    assert!(offset_of!(Proto, consts) == proto::CONSTS);
    assert!(size_of::<core::sync::atomic::AtomicUsize>() == 8);
    assert!(size_of::<core::cell::Cell<i32>>() == 4);
    assert!(size_of::<core::cell::Cell<u32>>() == 4);
    assert!(size_of::<kiln_gc::Gc<Proto>>() == 8);
};

#[cfg(test)]
mod tests {
    use super::{gc, upval};
    use crate::object::{UpState, UpVal};
    use crate::value::Value;
    use std::cell::Cell;

    /// The `UpState` tags and payload offsets (an enum's variant fields have
    /// no `offset_of!`): read back from values built in Rust.
    #[test]
    fn upvalue_states_are_where_published() {
        let closed = UpVal { state: Cell::new(UpState::Closed(Value::Int(42))) };
        let p = &closed as *const UpVal as *const u8;
        // SAFETY: `UpVal` is `repr(C)` around a `repr(C, u8)` enum: the tag
        // byte at 0, a `Closed` value's 16 bytes at 8, all inside the object.
        unsafe {
            assert_eq!(*p.add(upval::TAG), upval::TAG_CLOSED);
            assert_eq!(*p.add(upval::CLOSED_VALUE), crate::layout::value::TAG_INT);
            assert_eq!(*(p.add(upval::CLOSED_VALUE + 8) as *const i64), 42);
        }
        let mut heap = kiln_gc::Heap::new(kiln_gc::HeapConfig::default());
        let thread = heap.alloc(crate::state::new_thread_object(), true);
        let open = UpVal { state: Cell::new(UpState::Open { thread, idx: 7 }) };
        let p = &open as *const UpVal as *const u8;
        // SAFETY: as above, for an `Open` state: thread pointer at 8, slot at 16.
        unsafe {
            assert_eq!(*p.add(upval::TAG), upval::TAG_OPEN);
            assert_eq!(*(p.add(upval::OPEN_THREAD) as *const usize), thread.raw().as_ptr() as usize);
            assert_eq!(*(p.add(upval::OPEN_IDX) as *const usize), 7);
        }
        assert_eq!(gc::VALUE, kiln_gc::VALUE_OFFSET);
    }
}
