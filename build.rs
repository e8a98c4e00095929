//! Build script: compiles the FFI test fixture (ffi/tests/fixture/kfix.c) into a shared library for the tests.
//!
//! The tests find it through the compile-time variable `KILN_FFI_FIXTURE` (its absolute path). When no C compiler
//! is available the variable is set to the empty string and a cargo warning says why: the test matrix then skips
//! the scripts that need the fixture and prints a note, instead of failing or passing silently.

use std::path::PathBuf;
use std::process::Command;

const FIXTURE_SOURCE: &str = "ffi/tests/fixture/kfix.c";

fn main() {
    // The C API's functions (kiln-capi) must be visible to the C modules kiln loads, as lua5.4 exports its own.
    println!("cargo:rustc-link-arg-bins=-rdynamic");
    println!("cargo:rerun-if-changed={FIXTURE_SOURCE}");
    println!("cargo:rerun-if-env-changed=CC");
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let library = out_dir.join("libkfix.so");
    match compile_fixture(&library) {
        Ok(()) => println!("cargo:rustc-env=KILN_FFI_FIXTURE={}", library.display()),
        Err(why) => {
            println!("cargo:warning=FFI test fixture not built ({why}); scripts that need it will be skipped");
            println!("cargo:rustc-env=KILN_FFI_FIXTURE=");
        }
    }
}

/// Runs `$CC` (default `cc`) to build the fixture as a position-independent shared library.
fn compile_fixture(library: &std::path::Path) -> Result<(), String> {
    let compiler = std::env::var("CC").ok().filter(|c| !c.is_empty()).unwrap_or_else(|| "cc".to_string());
    let output = Command::new(&compiler)
        .args(["-shared", "-fPIC", "-pthread", "-O2", "-o"])
        .arg(library)
        .arg(FIXTURE_SOURCE)
        .arg("-lm")
        .output()
        .map_err(|e| format!("cannot run '{compiler}': {e}"))?;
    if output.status.success() {
        Ok(())
    } else {
        let stderr = String::from_utf8_lossy(&output.stderr);
        Err(format!("'{compiler}' failed: {}", stderr.lines().next().unwrap_or("no message")))
    }
}
