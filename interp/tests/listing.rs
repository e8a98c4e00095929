//! Golden bytecode listings: every `golden/NAME.lua` compiles to exactly the
//! listing in `golden/NAME.list`. Run with `KILN_BLESS=1` to rewrite the
//! listings after an intended change (and review the diff).

use kiln_gc::{Heap, HeapConfig};
use kiln_interp::{compile::compile, listing::listing};
use std::path::Path;

fn list(source: &str, chunkname: &str) -> String {
    let mut heap = Heap::new(HeapConfig { nursery_bytes: 4096, ..HeapConfig::default() });
    match compile(&mut heap, source.as_bytes(), chunkname) {
        Ok(p) => listing(&p),
        Err(e) => format!("error: {e}\n"),
    }
}

/// The listing of `source` (compiled as "@golden.lua") must equal `expected`.
fn check(source: &str, expected: &str) {
    let got = list(source, "@golden.lua");
    if got != expected {
        panic!("listing differs\n--- expected\n{expected}\n--- got\n{got}");
    }
}

#[test]
fn golden_listings() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let bless = std::env::var("KILN_BLESS").is_ok_and(|v| v == "1");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .expect("golden directory")
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "lua"))
        .collect();
    names.sort();
    assert!(names.len() >= 15, "expected the golden programs in {}", dir.display());
    let mut failed = Vec::new();
    for lua in names {
        let source = std::fs::read_to_string(&lua).expect("read golden source");
        let expected_path = lua.with_extension("list");
        if bless {
            std::fs::write(&expected_path, list(&source, "@golden.lua")).expect("write listing");
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if std::panic::catch_unwind(|| check(&source, &expected)).is_err() {
            failed.push(lua.file_name().unwrap().to_string_lossy().into_owned());
        }
    }
    assert!(failed.is_empty(), "golden listings differ: {failed:?}");
}

/// `KILN_LIST_FILE=x.lua cargo test --test listing show -- --ignored --nocapture`
/// prints the listing of a file.
#[test]
#[ignore]
fn show() {
    let path = std::env::var("KILN_LIST_FILE").expect("KILN_LIST_FILE");
    let source = std::fs::read_to_string(&path).expect("read source");
    print!("{}", list(&source, &format!("@{path}")));
}

/// `KILN_LOAD_CASES=cases.txt cargo test --test listing load_cases -- --ignored --nocapture`
/// compiles each case (cases separated by lines holding only `----`, chunk
/// name "=t") and prints "ok" or the error, one line per case: compare with
/// the same loop run by lua5.4's `load`.
#[test]
#[ignore]
fn load_cases() {
    let path = std::env::var("KILN_LOAD_CASES").expect("KILN_LOAD_CASES");
    let text = std::fs::read(&path).expect("read cases");
    let text = String::from_utf8_lossy(&text).into_owned();
    for case in text.split("\n----\n") {
        let mut heap = Heap::new(HeapConfig { nursery_bytes: 4096, ..HeapConfig::default() });
        match compile(&mut heap, case.as_bytes(), "=t") {
            Ok(_) => println!("ok"),
            Err(e) => println!("{}", e.replace('\n', "\\n")),
        }
    }
}
