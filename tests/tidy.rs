//! The written style rules that a program can check (README "Development", ARCHITECTURE.md "`unsafe`
//! policy"): every source file starts with a one-line purpose (`//!`); every `unsafe` block has a
//! `// SAFETY:` comment a reader can check locally (on its line or in the comment lines just above, or a
//! block comment naming the region it covers); every `unsafe fn` states its contract (`# Safety`), unless its
//! crate states one contract for all its exported functions (`#![allow(clippy::missing_safety_doc)]` next
//! to it).

use std::path::{Path, PathBuf};

/// The crates' source folders.
const SOURCES: &[&str] = &["src", "gc/src", "interp/src", "ffi/src", "jit/src", "capi/src"];
/// Lines above an `unsafe` block searched for its SAFETY comment (block comments cover a few statements).
const SAFETY_WINDOW: usize = 12;
/// Lines above an `unsafe fn` searched for its `# Safety` section (doc comments can be long).
const CONTRACT_WINDOW: usize = 30;

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.expect("directory entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Every violation in one file's text, as `line: message`.
fn check_file(text: &str, crate_contract: bool) -> Vec<String> {
    let lines: Vec<&str> = text.lines().collect();
    let mut problems = Vec::new();
    if !lines.first().is_some_and(|l| l.starts_with("//!")) {
        problems.push("1: no purpose line (`//! ...`) at the top".to_string());
    }
    let above = |i: usize, n: usize| lines[i.saturating_sub(n)..=i].join("\n");
    for (i, line) in lines.iter().enumerate() {
        let code = line.split("//").next().unwrap_or("");
        if code.contains("unsafe {") && !above(i, SAFETY_WINDOW).contains("SAFETY") {
            problems.push(format!("{}: `unsafe` block without a SAFETY comment", i + 1));
        }
        let is_fn = code.contains("unsafe fn ")
            || code.contains("unsafe extern \"sysv64\" fn ")
            || code.contains("unsafe extern \"C\" fn ");
        let is_type = code.trim_start().starts_with("type ")
            || code.contains(" type ")
            || code.contains("-> ") && code.contains("= unsafe");
        if is_fn && !is_type && !crate_contract {
            let ctx = above(i, CONTRACT_WINDOW);
            if !ctx.contains("# Safety") && !ctx.contains("SAFETY") {
                problems.push(format!("{}: `unsafe fn` without a `# Safety` contract", i + 1));
            }
        }
    }
    problems
}

#[test]
fn source_files_follow_the_written_rules() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut problems = Vec::new();
    for dir in SOURCES {
        let dir = root.join(dir);
        let lib = std::fs::read_to_string(dir.join("lib.rs")).unwrap_or_default();
        let crate_contract = lib.contains("#![allow(clippy::missing_safety_doc)]");
        let mut files = Vec::new();
        rust_files(&dir, &mut files);
        for f in files {
            let text = std::fs::read_to_string(&f).expect("source file");
            for p in check_file(&text, crate_contract) {
                problems.push(format!("{}:{p}", f.strip_prefix(root).unwrap_or(&f).display()));
            }
        }
    }
    assert!(problems.is_empty(), "{} problem(s):\n{}", problems.len(), problems.join("\n"));
}

/// The checker itself: each rule turns red on a file that breaks it.
#[test]
fn the_checker_finds_each_kind_of_violation() {
    assert!(check_file("//! Purpose.\nfn f() {}\n", false).is_empty());
    assert_eq!(check_file("fn f() {}\n", false).len(), 1);
    let block = "//! P.\nfn f(p: *const u8) -> u8 {\n    unsafe { *p }\n}\n";
    assert_eq!(check_file(block, false), vec!["3: `unsafe` block without a SAFETY comment".to_string()]);
    let commented = "//! P.\nfn f(p: *const u8) -> u8 {\n    // SAFETY: p is valid.\n    unsafe { *p }\n}\n";
    assert!(check_file(commented, false).is_empty());
    let bare_fn = "//! P.\npub unsafe fn g() {}\n";
    assert_eq!(check_file(bare_fn, false).len(), 1);
    assert!(check_file(bare_fn, true).is_empty());
    let documented = "//! P.\n/// # Safety\n/// None needed.\npub unsafe fn g() {}\n";
    assert!(check_file(documented, false).is_empty());
}
