//! Compiler unit tests: semantic error messages (checked against PUC Lua 5.4)
//! and structural properties of the generated code.

use super::compile;
use crate::bytecode::Op;
use kiln_gc::{Heap, HeapConfig};

fn heap() -> Heap {
    Heap::new(HeapConfig { nursery_bytes: 4096, ..HeapConfig::default() })
}

fn err(src: &str) -> String {
    match compile(&mut heap(), src.as_bytes(), "=t") {
        Ok(_) => panic!("compiled without error: {src}"),
        Err(e) => e,
    }
}

fn code(src: &str) -> Vec<Op> {
    let mut h = heap();
    let p = compile(&mut h, src.as_bytes(), "=t").unwrap_or_else(|e| panic!("{src}: {e}"));
    p.code.to_vec()
}

#[test]
fn semantic_errors_match_puc() {
    let cases = [
        ("local x <const> = 1; x = 2", "t:1: attempt to assign to const variable 'x'"),
        ("local x <close> = nil\nx = 2", "t:2: attempt to assign to const variable 'x'"),
        ("local a <const> = {}\nlocal function g()\n a = 2 end", "t:3: attempt to assign to const variable 'a'"),
        ("local a <const> = 1\nfunction a() end\nx = 1", "t:3: attempt to assign to const variable 'a'"),
        ("local y, x <const> = 1, 2\ny, x = 3, 4", "t:2: attempt to assign to const variable 'x'"),
        ("goto foo\nlocal x\n", "t:3: no visible label 'foo' for <goto> at line 1"),
        ("do break end\n\n", "t:3: break outside loop at line 1"),
        ("function f()\n break\nend\nx=1", "t:4: break outside loop at line 2"),
        ("::a:: ::a::", "t:1: label 'a' already defined on line 1"),
        ("::a::\ndo ::a:: end", "t:2: label 'a' already defined on line 1"),
        ("goto l\nlocal x\n::l:: print(x)", "t:3: <goto l> at line 1 jumps into the scope of local 'x'"),
        ("if x then break end", "t:1: break outside loop at line 1"),
        // Each statement is compiled as soon as it is read, as in PUC's one
        // pass: an error in it comes before a syntax error further on.
        ("local x <const> = 1; x = 2; y = = 3", "t:1: attempt to assign to const variable 'x'"),
    ];
    for (src, msg) in cases {
        assert_eq!(err(src), msg, "for {src:?}");
    }
}

#[test]
fn legal_gotos() {
    // A label at the end of a block is outside its locals' scope.
    code("do goto l; local x; ::l:: end");
    code("while x do goto continue; local y = 1; ::continue:: end");
    code("::top:: local x = 1; if x then goto top end");
    code("for i = 1, 3 do for j = 1, 3 do if j == 2 then goto next end end ::next:: end");
}

#[test]
fn register_limit() {
    let many = (0..300).map(|i| format!("a{i}")).collect::<Vec<_>>().join(", ");
    let e = err(&format!("local t = {{}}\nf({many})"));
    assert_eq!(e, "t:2: function or expression needs too many registers");
    // Exactly the PUC limit of locals still compiles.
    code(&(0..200).map(|i| format!("local a{i}\n")).collect::<String>());
}

#[test]
fn upvalue_limit() {
    let mut src = String::new();
    for i in 0..128 {
        src.push_str(&format!("local a{i}\n"));
    }
    src.push_str("local function f()\n");
    for i in 128..256 {
        src.push_str(&format!("local a{i}\n"));
    }
    src.push_str("return function() return ");
    src.push_str(&(0..256).map(|i| format!("a{i}")).collect::<Vec<_>>().join(" + "));
    src.push_str(" end end");
    assert!(err(&src).contains("too many upvalues (limit is 255)"), "{}", err(&src));
}

#[test]
fn long_chains_do_not_recurse() {
    let src = format!("x = 1{}", " + y".repeat(50_000));
    std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(move || {
            code(&src);
            code(&format!("x = a{}", ".b".repeat(50_000)));
            code(&format!("x = f{}", "()".repeat(50_000)));
            code(&format!("x = {}1{}", "(".repeat(196), ")".repeat(196)));
            code(&format!("x = {}1{}", "{".repeat(190), "}".repeat(190)));
            code(&format!("x = {}1", "- ".repeat(190)));
        })
        .unwrap()
        .join()
        .unwrap();
}

#[test]
fn constant_locals_take_no_register() {
    let ops = code("local a <const> = 10; local b = a + 1; return b");
    assert!(ops.contains(&Op::LoadI { a: 0, i: 11 }), "{ops:?}");
}

#[test]
fn if_then_break_only_when_break_comes_first() {
    // PUC's shortcut: the condition's own jump leaves the loop...
    assert_eq!(code("while x do if y then break end end").len(), 9);
    // ...but not when anything (even ';') comes before 'break' (as luac).
    assert_eq!(code("while x do if y then ; break end end").len(), 10);
}
