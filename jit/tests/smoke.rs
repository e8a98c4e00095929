//! dynasm smoke test: a function using the JIT's conventions (pinned callee-saved registers, a helper call through an absolute address, a labelled loop), published through code memory, run, and its disassembly compared with a golden file.

use dynasmrt::x64::X64Relocation;
use dynasmrt::{dynasm, DynasmApi, DynasmLabelApi, VecAssembler};
use kiln_jit::code::CodeMemory;
use kiln_jit::disasm::{disassemble, Marker};
use std::path::Path;

/// Stands in for the VM state compiled code gets in its first argument.
#[repr(C)]
struct Ctx {
    helper_calls: i64,
    bias: i64,
}

/// Stands in for a runtime helper (rt.rs): reads and writes the context, returns a value.
extern "sysv64" fn smoke_helper(ctx: *mut Ctx, i: i64) -> i64 {
    // SAFETY: the smoke function passes on the `&mut Ctx` its caller gave it, unaliased for the call.
    let ctx = unsafe { &mut *ctx };
    ctx.helper_calls += 1;
    i * i + ctx.bias
}

type SmokeFn = extern "sysv64" fn(*mut Ctx, i64) -> i64;

/// `fn(ctx, n) -> sum of smoke_helper(ctx, i) * 3 for i in 0..n`, keeping ctx, n, i, the sum and the factor 3
/// in rbx, r12, r13, r14, r15 across the helper calls (callee-saved: saved and restored here).
/// Returns the code and the offsets of its parts (for the listing's markers).
fn assemble_smoke() -> (Vec<u8>, Vec<Marker>) {
    // Base address 0: the code is position-independent apart from the helper's absolute address.
    let mut ops: VecAssembler<X64Relocation> = VecAssembler::new(0);
    let helper = smoke_helper as SmokeFn as usize as i64;
    let mut markers = vec![Marker::new(ops.offset().0, "prologue: save callee-saved registers, pin ctx and n")];
    dynasm!(ops
        ; .arch x64
        ; push rbx
        ; push r12
        ; push r13
        ; push r14
        ; push r15            // 5 pushes + return address: rsp is 16-byte aligned for calls
        ; mov rbx, rdi        // ctx
        ; mov r12, rsi        // n
        ; xor r13d, r13d      // i
        ; xor r14d, r14d      // sum
        ; mov r15d, 3
    );
    markers.push(Marker::new(ops.offset().0, "loop head"));
    dynasm!(ops
        ; ->loop_head:
        ; cmp r13, r12
        ; jge ->done
        ; mov rdi, rbx
        ; mov rsi, r13
        ; mov rax, QWORD helper
        ; call rax
        ; imul rax, r15
        ; add r14, rax
        ; inc r13
        ; jmp ->loop_head
    );
    markers.push(Marker::new(ops.offset().0, "epilogue"));
    dynasm!(ops
        ; ->done:
        ; mov rax, r14
        ; pop r15
        ; pop r14
        ; pop r13
        ; pop r12
        ; pop rbx
        ; ret
    );
    (ops.finalize().expect("labels resolve"), markers)
}

fn expected_sum(n: i64, bias: i64) -> i64 {
    (0..n).map(|i| (i * i + bias) * 3).sum()
}

#[test]
fn smoke_function_runs_from_code_memory() {
    let (code, _) = assemble_smoke();
    let mem = CodeMemory::new(1 << 20).unwrap();
    // Publish something first so the function does not land at the region's start: its labels must work
    // wherever it goes.
    mem.publish(&[0xc3]).unwrap();
    let published = mem.publish(&code).unwrap();
    assert_eq!(published.len, code.len());
    // SAFETY: the bytes at `published.start` are `assemble_smoke`'s code, a sysv64 fn(*mut Ctx, i64) -> i64,
    // and `mem` outlives every call below.
    let smoke: SmokeFn = unsafe { std::mem::transmute(published.start) };
    for (n, bias) in [(0, 0), (1, 5), (10, -2), (1000, 7)] {
        let mut ctx = Ctx { helper_calls: 0, bias };
        assert_eq!(smoke(&mut ctx, n), expected_sum(n, bias), "n = {n}");
        assert_eq!(ctx.helper_calls, n);
    }
}

#[test]
fn smoke_function_preserves_callee_saved_registers() {
    let (code, _) = assemble_smoke();
    let mem = CodeMemory::new(1 << 20).unwrap();
    let published = mem.publish(&code).unwrap();
    let mut ctx = Ctx { helper_calls: 0, bias: 1 };
    let (result, rbx, r12, r13, r14, r15): (i64, u64, u64, u64, u64, u64);
    // SAFETY: calls the published smoke function (a sysv64 fn(*mut Ctx, i64) -> i64; `mem` and `ctx` outlive
    // the call) with rsp aligned as SysV requires, and rbx and rbp (which Rust reserves) saved and restored
    // around it; every other register it may change is an output or clobbered.
    unsafe {
        std::arch::asm!(
            "push rbx",
            "push rbp",
            "mov rbp, rsp",
            "and rsp, -16",
            "mov rbx, 0x1b1b",
            "mov r12, 0x1212",
            "mov r13, 0x1313",
            "mov r14, 0x1414",
            "mov r15, 0x1515",
            "call {f}",
            "mov rdx, rbx",
            "mov rsp, rbp",
            "pop rbp",
            "pop rbx",
            f = in(reg) published.start,
            in("rdi") &mut ctx as *mut Ctx,
            in("rsi") 10i64,
            lateout("rax") result,
            out("rdx") rbx,
            out("r12") r12,
            out("r13") r13,
            out("r14") r14,
            out("r15") r15,
            clobber_abi("sysv64"),
        );
    }
    assert_eq!(result, expected_sum(10, 1));
    assert_eq!([rbx, r12, r13, r14, r15], [0x1b1b, 0x1212, 0x1313, 0x1414, 0x1515]);
}

#[test]
fn smoke_function_disassembly_matches_golden() {
    let (code, markers) = assemble_smoke();
    let helper = smoke_helper as SmokeFn as usize as u64;
    let listing = disassemble(&code, &markers, &[(helper, "smoke_helper")]);
    check_golden("smoke.asm", &listing);
}

/// Compares `actual` with jit/tests/golden/NAME; `KILN_BLESS=1` rewrites the file instead.
fn check_golden(name: &str, actual: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden").join(name);
    if std::env::var("KILN_BLESS").is_ok_and(|v| v == "1") {
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (KILN_BLESS=1 cargo test -p kiln-jit writes it)", path.display()));
    assert!(
        expected == actual,
        "{} differs (KILN_BLESS=1 to accept the new listing):\n--- expected\n{expected}\n--- actual\n{actual}",
        path.display()
    );
}
