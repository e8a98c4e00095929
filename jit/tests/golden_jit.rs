//! Golden disassembly of compiled Lua functions (Cranelift filetest style): each case compiles one small
//! function and compares its listing, bytecode interleaved, with jit/tests/golden/NAME.asm, so a change in
//! code generation shows up as a readable diff. `KILN_BLESS=1 cargo test --release -p kiln-jit` rewrites them.

use kiln_gc::HeapConfig;
use kiln_interp::{Value, Vm};
use kiln_jit::compiler::{compile, FieldCaches};
use kiln_jit::tier::{image, listing};
use std::path::Path;

/// The listing of the first function nested in chunk `src`, with run-specific addresses (field caches, the
/// `"__index"` string) replaced by `<addr>`.
fn compiled_listing(src: &str) -> String {
    let mut vm = Vm::new(HeapConfig::default());
    vm.load(src.as_bytes(), "=golden").expect("compiles");
    let Value::LuaFn(main) = vm.stack[vm.top - 1] else { panic!("a Lua function") };
    let proto = main.proto().protos[0].get();
    let img = image(&vm, &proto);
    let caches = FieldCaches::new(img.code.len());
    let asm = compile(&img, &caches).expect("assembles");
    normalize(&listing(&img, &asm))
}

/// Replace 64-bit immediates that are addresses (they differ from run to run) by `<addr>`.
fn normalize(s: &str) -> String {
    s.split_inclusive('\n')
        .map(|line| {
            let mut out = String::new();
            for (i, word) in line.split(' ').enumerate() {
                if i > 0 {
                    out.push(' ');
                }
                let w = word.trim_end_matches([',', '\n']);
                let hex = w.strip_prefix("0x").filter(|h| h.len() >= 9 && h.chars().all(|c| c.is_ascii_hexdigit()));
                if hex.is_some() {
                    out.push_str(&word.replacen(w, "<addr>", 1));
                } else {
                    out.push_str(word);
                }
            }
            out
        })
        .collect()
}

fn check(name: &str, src: &str) {
    let actual = compiled_listing(src);
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden").join(format!("{name}.asm"));
    if std::env::var("KILN_BLESS").is_ok_and(|v| v == "1") {
        std::fs::write(&path, &actual).unwrap();
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

#[test]
fn integer_loop() {
    check("sum_loop", "local function sum(n) local s = 0 for i = 1, n do s = s + i end return s end");
}

#[test]
fn float_arithmetic_and_compare() {
    check("float_max", "local function fmax(a, b) if a < b then return b * 0.5 end return a / 2 end");
}

#[test]
fn field_access_and_method_call() {
    check("method", "local function m(o) o.n = o.n + 1 return o:get() end");
}

#[test]
fn array_access() {
    check("array", "local function swap(t, i, j) t[i], t[j] = t[j], t[i] end");
}

#[test]
fn upvalue_and_call() {
    check("upvalue_call", "local k = 2 local function f(x) return g(x) * k end");
}

#[test]
fn normalize_hides_addresses_only() {
    assert_eq!(normalize("mov r8, 0x7f2e5c0142e8\n"), "mov r8, <addr>\n");
    assert_eq!(normalize("cmp rsi, 0xc\n"), "cmp rsi, 0xc\n");
}
