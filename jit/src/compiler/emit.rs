//! The emitter: the assembler, one label per instruction, out-of-line slow paths, and the small pieces every
//! instruction uses (register addresses, saving the pc, calling a helper, reloading the base, back-edges).

use super::hints::{float_hints, RegSet};
use super::{Assembled, CompileError, ProtoImage};
use dynasmrt::x64::X64Relocation;
use dynasmrt::{dynasm, DynamicLabel, DynasmApi, DynasmLabelApi, VecAssembler};
use kiln_interp::bytecode::{Flow, Op, Role};
use kiln_interp::layout::{closure, frame, gc, proto, vm};
use kiln_interp::rt::{self, Status};

pub type Asm = VecAssembler<X64Relocation>;

/// A slow path emitted after the function body, so the fast paths fall through.
type Stub<'a> = Box<dyn FnOnce(&mut Emitter<'a>) + 'a>;

/// Bytes of the native frame below the saved registers: an outgoing stack argument at `[rsp]` and two
/// scratch values (`SCRATCH0`, `SCRATCH1`) for operands passed to helpers by address. With the return
/// address and six pushes the total is a multiple of 16, as calls need.
pub const FRAME_BYTES: i32 = 40;

/// Offsets in every compiled function (checked when it is assembled): the body entry (native frame set up,
/// `rbx` the VM, `esi` the pc) and instruction 0 with every register pinned.
pub const BODY_OFFSET: usize = 0x14;
pub const READY_OFFSET: usize = 0x110;
pub const SCRATCH0: i32 = 8;
pub const SCRATCH1: i32 = 24;

pub const ST_TRUE: i32 = Status::True as i32;
pub const ST_FALSE: i32 = Status::False as i32;
pub const ST_NEWFRAME: i32 = Status::NewFrame as i32;
pub const ST_EXIT: i32 = Status::Exit as i32;
pub const ST_INTERPRET: i32 = Status::Interpret as i32;

/// `R[x]`'s byte offset from `r12`.
pub fn reg(x: impl Into<u32>) -> i32 {
    (x.into() * 16) as i32
}

/// `K[x]`'s byte offset from `r13`.
/// Which instructions are reached other than by falling through from the one before: jump targets, and
/// the instruction after the one a test or `LoadFalseSkip` skips.
fn joins(code: &[Op]) -> Vec<bool> {
    let mut joins = vec![false; code.len() + 2];
    for (pc, op) in code.iter().enumerate() {
        if let Some(t) = op.operand(Role::Target) {
            joins[t as usize] = true;
        }
        if matches!(op.code().flow(), Flow::Test | Flow::Skip) {
            joins[pc + 2] = true;
        }
    }
    joins
}

pub fn konst(x: impl Into<u32>) -> i32 {
    (x.into() * 16) as i32
}

pub struct Emitter<'a> {
    pub ops: Asm,
    pub img: &'a ProtoImage,
    /// The address of the proto's field caches: one `u32` per instruction (a hash-node index).
    caches: usize,
    /// The start of each instruction's code.
    pub pcs: Vec<DynamicLabel>,
    /// The registers that probably hold a float at the start of each instruction (`hints.rs`).
    pub float_hints: Vec<RegSet>,
    stubs: Vec<Stub<'a>>,
    /// Instructions reached other than from the one before them (jump targets, skipped-to instructions).
    joins: Vec<bool>,
    /// Where the jump table enters each instruction: its start, or a stub that sets up `float_cached`.
    entries: Vec<DynamicLabel>,
    /// While an instruction's main line is emitted: the register whose payload `xmm7` holds whenever that
    /// register's tag is float (see `produce_float`).
    pub float_cached: Option<u32>,
    /// What the instruction being emitted leaves in `xmm7` for the next one (`produce_float`).
    float_produced: Option<u32>,
}

impl<'a> Emitter<'a> {
    pub fn new(img: &'a ProtoImage, caches: usize) -> Emitter<'a> {
        let mut ops = Asm::new(0);
        let pcs: Vec<DynamicLabel> = (0..=img.code.len()).map(|_| ops.new_dynamic_label()).collect();
        Emitter {
            ops,
            img,
            caches,
            entries: pcs.clone(),
            pcs,
            float_hints: float_hints(img),
            stubs: Vec::new(),
            joins: joins(&img.code),
            float_cached: None,
            float_produced: None,
        }
    }

    /// The instruction being emitted leaves register `r`'s payload in `xmm7` when it leaves `r` holding a
    /// float, on every path to the next instruction (its inline float path copies its result there; its
    /// other paths leave `r` holding an integer, or reload `xmm7` from `r`). The next instruction may then
    /// take a float operand `r` from `xmm7` once it has checked the tag (`float_payload`), which saves a
    /// reload of a value just stored: about five cycles of store forwarding on a chain of float arithmetic.
    /// Unless the next instruction is reached other ways too (a jump target); the jump table enters it
    /// through a stub that loads `xmm7`.
    pub fn produce_float(&mut self, r: u32) {
        self.float_produced = Some(r);
    }

    /// `xmm<to>` = the payload of register `x`, whose tag the caller has checked to be float: from `xmm7`
    /// when `cached` (the instruction's `float_cached`, or `None` on paths that may have clobbered `xmm7`)
    /// names `x`, else from the stack.
    pub fn float_payload(&mut self, to: u8, x: u32, cached: Option<u32>) {
        if cached == Some(x) {
            if to != 7 {
                dynasm!(self.ops ; movapd Rx(to), xmm7);
            }
        } else {
            dynasm!(self.ops ; movsd Rx(to), [r12 + reg(x) + 8]);
        }
    }

    /// The field cache of instruction `pc`.
    pub fn cache_addr(&self, pc: usize) -> usize {
        self.caches + pc * std::mem::size_of::<u32>()
    }

    /// The function's fixed head, the same for every function so that other compiled code can enter it at
    /// known offsets: the entry `fn(vm, pc) -> Status` (save the callee-saved registers, reserve the
    /// scratch space, pin the VM), then at `BODY_OFFSET` the body entry (pin the frame's registers from the
    /// callstack record on top, dispatch on `pc` in `esi`), then the shared exits; instruction 0 starts at
    /// `READY_OFFSET`, entered with every register pinned (a compiled caller's inline call).
    pub fn prologue(&mut self) {
        dynasm!(self.ops
            ; .arch x64
            ; push rbx
            ; push rbp
            ; push r12
            ; push r13
            ; push r14
            ; push r15
            ; sub rsp, FRAME_BYTES
            ; mov rbx, rdi
            ; ->body:
        );
        self.pin_frame_registers();
        let n = self.img.code.len() as i32;
        dynasm!(self.ops
            ; mov esi, esi
            ; cmp rsi, n
            ; jae ->interpret
            ; lea rcx, [->jump_table]
            ; movsxd rax, DWORD [rcx + rsi * 4]
            ; add rax, rcx
            ; jmp rax
            ; ->interpret:
            ; mov eax, ST_INTERPRET
            ; jmp ->exit
            // `NewFrame`: a call pushed a frame or a return popped one. Continue with the frame now on top
            // without the runloop when it is a Lua frame with compiled code and the trap is clear: that
            // code's body entry, in this native frame (every compiled function has the same native frame,
            // so the native stack never grows). Otherwise the runloop takes it.
            ; ->continue_top:
            ; cmp BYTE [rbx + vm::TRAP as i32], 0
            ; jne ->exit_newframe
            ; mov rax, [rbx + vm::FRAMES_PTR as i32]
            ; mov rcx, [rbx + vm::FRAMES_LEN as i32]
            ; shl rcx, 6
            ; lea rax, [rax + rcx - frame::SIZE as i32]
            ; cmp BYTE [rax + frame::KIND as i32], frame::KIND_LUA as i8
            ; jne ->exit_newframe
            ; mov rcx, [rax + frame::PROTO as i32]
            ; mov r11, [rcx + proto::TIER_ENTRY as i32]
            ; test r11, r11
            ; jz ->exit_newframe
            ; mov rsi, [rax + frame::PC as i32]
            ; add r11, BODY_OFFSET as i32
            ; jmp r11
            ; ->exit_newframe:
            ; mov eax, ST_NEWFRAME
            ; ->exit:
            ; add rsp, FRAME_BYTES
            ; pop r15
            ; pop r14
            ; pop r13
            ; pop r12
            ; pop rbp
            ; pop rbx
            ; ret
            ; .align 16
            ; ->ready:
        );
    }

    /// `rbp`, `r15`, `r12`, `r13`, `r14` for the Lua frame on top of the callstack (see the module comment).
    pub fn pin_frame_registers(&mut self) {
        dynasm!(self.ops
            ; mov rbp, [rbx + vm::FRAMES_LEN as i32]
            ; dec rbp
            ; shl rbp, 6
            ; mov rax, [rbx + vm::FRAMES_PTR as i32]
            ; add rax, rbp
        );
        self.pin_registers_of_record_in_rax();
    }

    /// `pin_frame_registers` where an inline return comes back (`rax` = the record just popped, `rbp` its
    /// offset): the caller's record is the one below, so the chain of loads that re-pins the caller's
    /// registers starts one step shorter.
    pub fn pin_caller_registers(&mut self) {
        dynasm!(self.ops
            ; sub rbp, frame::SIZE as i32
            ; sub rax, frame::SIZE as i32
        );
        self.pin_registers_of_record_in_rax();
    }

    /// `r15`, `r12`, `r13`, `r14` for the Lua frame whose record is at `rax` (`rbp` already its offset).
    fn pin_registers_of_record_in_rax(&mut self) {
        dynasm!(self.ops
            ; mov r15, [rax + frame::BASE as i32]
            ; shl r15, 4
            ; mov r12, [rbx + vm::STACK_PTR as i32]
            ; add r12, r15
            ; mov rcx, [rax + frame::PROTO as i32]
            ; mov r13, [rcx + proto::CONSTS_PTR as i32]
            // The closure in the frame's function slot: its upvalue array.
            ; mov rcx, [rax + frame::FUNC as i32]
            ; shl rcx, 4
            ; add rcx, [rbx + vm::STACK_PTR as i32]
            ; mov rcx, [rcx + 8]
            ; mov r14, [rcx + (gc::VALUE + closure::UPVALS_PTR) as i32]
        );
    }

    pub fn begin_instruction(&mut self, pc: usize) {
        let l = self.pcs[pc];
        dynasm!(self.ops ; =>l);
        self.float_cached = self.float_produced.take().filter(|_| !self.joins[pc]);
        if let Some(r) = self.float_cached {
            // Entered from outside (the interpreter, a continued frame): `xmm7` as the previous
            // instruction would leave it.
            self.entries[pc] = self.stub(move |e| dynasm!(e.ops ; movsd xmm7, [r12 + reg(r) + 8] ; jmp =>l));
        }
    }

    /// Queue a slow path; returns its label, for the fast path to jump to.
    pub fn stub(&mut self, f: impl FnOnce(&mut Emitter<'a>) + 'a) -> DynamicLabel {
        let l = self.ops.new_dynamic_label();
        self.stubs.push(Box::new(move |e: &mut Emitter<'a>| {
            dynasm!(e.ops ; =>l);
            f(e)
        }));
        l
    }

    /// Emit the slow paths and the jump table; resolve labels.
    pub fn finish(mut self) -> Result<Assembled, CompileError> {
        let end = self.pcs[self.img.code.len()];
        dynasm!(self.ops ; =>end ; jmp ->interpret);
        while !self.stubs.is_empty() {
            for s in std::mem::take(&mut self.stubs) {
                s(&mut self);
            }
        }
        for (name, want) in [("body", BODY_OFFSET), ("ready", READY_OFFSET)] {
            let at = self
                .ops
                .labels()
                .resolve_static(&dynasmrt::components::StaticLabel::global(name))
                .map_err(|e| CompileError::Assembler(e.to_string()))?;
            if at.0 != want {
                return Err(CompileError::Assembler(format!("'{name}' at {:#x}, not {want:#x}", at.0)));
            }
        }
        dynasm!(self.ops ; .align 4 ; ->jump_table:);
        let table = self.ops.offset().0;
        let mut pc_offsets = Vec::with_capacity(self.pcs.len());
        let resolve = |l: &DynamicLabel| {
            let off = self.ops.labels().resolve_dynamic(*l).map_err(|e| CompileError::Assembler(e.to_string()));
            off.map(|o| o.0)
        };
        let entry_offsets = self.entries[..self.img.code.len()].iter().map(resolve).collect::<Result<Vec<_>, _>>()?;
        for l in &self.pcs[..self.img.code.len()] {
            pc_offsets.push(resolve(l)?);
        }
        let mut bytes = self.ops.finalize().map_err(|e| CompileError::Assembler(format!("{e:?}")))?;
        debug_assert_eq!(bytes.len(), table);
        for off in &entry_offsets {
            let rel = i32::try_from(*off as isize - table as isize).map_err(|_| CompileError::TooLarge)?;
            bytes.extend_from_slice(&rel.to_le_bytes());
        }
        Ok(Assembled { bytes, pc_offsets })
    }

    // ------------------------------------------------------------ pieces

    /// The start of instruction `pc`; `pc == code.len()` (past the end, which verified code never
    /// reaches) is a label that hands the frame to the interpreter.
    pub fn label(&self, pc: usize) -> DynamicLabel {
        self.pcs[pc]
    }

    /// Store `next` as the running frame's pc (the interpreter's `savepc!`).
    pub fn savepc(&mut self, next: usize) {
        dynasm!(self.ops
            ; mov rax, [rbx + vm::FRAMES_PTR as i32]
            ; mov QWORD [rax + rbp + frame::PC as i32], next as i32
        );
    }

    /// Re-derive `r12` after anything that may have moved the stack.
    pub fn reload_base(&mut self) {
        dynasm!(self.ops
            ; mov r12, [rbx + vm::STACK_PTR as i32]
            ; add r12, r15
        );
    }

    /// Call the `extern "sysv64"` function at `addr` (arguments already in place; `rdi` is set to the VM).
    pub fn call_vm(&mut self, addr: usize) {
        dynasm!(self.ops
            ; mov rdi, rbx
            ; mov rax, QWORD addr as i64
            ; call rax
        );
    }

    /// Call a pure function (no VM, no safepoint) at `addr`.
    pub fn call_pure(&mut self, addr: usize) {
        dynasm!(self.ops
            ; mov rax, QWORD addr as i64
            ; call rax
        );
    }

    /// A slow path calling the shim at `addr` for instruction `pc`: save the pc, set the arguments (`args`;
    /// `rdi` is the VM), leave unless `Continue`, then go on at the next instruction. Returns its label.
    pub fn shim_stub(&mut self, pc: usize, addr: usize, args: impl FnOnce(&mut Emitter<'a>) + 'a) -> DynamicLabel {
        let next = self.label(pc + 1);
        self.stub(move |e| {
            e.savepc(pc + 1);
            args(e);
            e.call_vm(addr);
            e.check_continue();
            dynasm!(e.ops ; jmp =>next);
        })
    }

    /// After a shim that may change the frame on top (calls, returns): `NewFrame` continues with the frame
    /// on top (`->continue_top`); any other status leaves compiled code with it.
    pub fn after_frame_change(&mut self) {
        dynasm!(self.ops
            ; cmp eax, ST_NEWFRAME
            ; je ->continue_top
            ; jmp ->exit
        );
    }

    /// After a helper: any status but `Continue` leaves compiled code with that status; then reload the base.
    pub fn check_continue(&mut self) {
        dynasm!(self.ops
            ; test eax, eax
            ; jnz ->exit
        );
        self.reload_base();
    }

    /// Go on at instruction `target` from the instruction at `from`: a backward jump is a loop back-edge and
    /// looks at the trap byte first (interrupts, hooks set while compiled code runs, due finalizers).
    pub fn goto(&mut self, from: usize, target: usize) {
        let l = self.label(target);
        if target > from {
            dynasm!(self.ops ; jmp =>l);
            return;
        }
        let slow = self.stub(move |e| {
            e.savepc(target);
            dynasm!(e.ops ; mov esi, target as i32);
            e.call_vm(rt::kiln_rt_backedge as *const () as usize);
            e.check_continue();
            dynasm!(e.ops ; jmp =>l);
        });
        dynasm!(self.ops
            ; cmp BYTE [rbx + vm::TRAP as i32], 0
            ; jne =>slow
            ; jmp =>l
        );
    }

    /// A label that continues at `target` as the jump at `from` does (through the back-edge check when it
    /// goes backward), for conditional branches.
    pub fn jump_label(&mut self, from: usize, target: usize) -> DynamicLabel {
        if target > from {
            return self.label(target);
        }
        self.stub(move |e| e.goto(from, target))
    }
}
