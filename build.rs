//! Build script: compiles the FFI test fixture (ffi/tests/fixture/kfix.c) and the C API test module
//! (capi/tests/fixture/kcapi.c) into shared libraries for the tests, and exports the C API's symbols from the
//! `kiln` executable (capi/exports.list).
//!
//! The tests find them through the compile-time variables `KILN_FFI_FIXTURE` and `KILN_CAPI_FIXTURE` (absolute paths). When no C compiler
//! is available the variable is set to the empty string and a cargo warning says why: the test matrix then skips
//! the scripts that need the fixture and prints a note, instead of failing or passing silently.

use std::path::PathBuf;
use std::process::Command;

const FIXTURE_SOURCE: &str = "ffi/tests/fixture/kfix.c";
/// The C API test module, a Lua C module compiled against lua5.4's headers.
const CAPI_FIXTURE_SOURCE: &str = "capi/tests/fixture/kcapi.c";
/// A Lua C module calling an API function kiln does not export (its loading must fail, naming it); built next
/// to the test module, where the tests find it.
const CAPI_MISSING_SOURCE: &str = "capi/tests/fixture/kmissing.c";
/// Where Debian's liblua5.4-dev puts lua.h and lauxlib.h.
const LUA_INCLUDE: &str = "/usr/include/lua5.4";

fn main() {
    // The C API's functions (kiln-capi) must be visible to the C modules kiln loads, as lua5.4 exports its own;
    // only they are exported (capi/exports.list).
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    println!("cargo:rerun-if-changed=capi/exports.list");
    println!("cargo:rustc-link-arg-bins=-Wl,--dynamic-list={manifest}/capi/exports.list");
    println!("cargo:rerun-if-changed={FIXTURE_SOURCE}");
    println!("cargo:rerun-if-changed={CAPI_FIXTURE_SOURCE}");
    println!("cargo:rerun-if-changed={CAPI_MISSING_SOURCE}");
    println!("cargo:rerun-if-changed={LUA_INCLUDE}/lua.h");
    println!("cargo:rerun-if-env-changed=CC");
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let library = out_dir.join("libkfix.so");
    publish("KILN_FFI_FIXTURE", "FFI test fixture", &library, compile_fixture(&library, FIXTURE_SOURCE, &[]));
    let capi_library = out_dir.join("libkcapi.so");
    let built = if std::path::Path::new(LUA_INCLUDE).join("lua.h").exists() {
        let include = [format!("-I{LUA_INCLUDE}")];
        compile_fixture(&out_dir.join("libkmissing.so"), CAPI_MISSING_SOURCE, &include)
            .and_then(|()| compile_fixture(&capi_library, CAPI_FIXTURE_SOURCE, &include))
    } else {
        Err(format!("no {LUA_INCLUDE}/lua.h: install liblua5.4-dev"))
    };
    publish("KILN_CAPI_FIXTURE", "C API test module", &capi_library, built);
}

/// Gives the tests the library's path in `var`, or an empty `var` and a warning saying why it was not built.
fn publish(var: &str, what: &str, library: &std::path::Path, built: Result<(), String>) {
    match built {
        Ok(()) => println!("cargo:rustc-env={var}={}", library.display()),
        Err(why) => {
            println!("cargo:warning={what} not built ({why}); scripts that need it will be skipped");
            println!("cargo:rustc-env={var}=");
        }
    }
}

/// Runs `$CC` (default `cc`) to build `source` as a position-independent shared library (undefined symbols,
/// such as a Lua module's `lua_*`, are resolved when it is loaded).
fn compile_fixture(library: &std::path::Path, source: &str, extra: &[String]) -> Result<(), String> {
    let compiler = std::env::var("CC").ok().filter(|c| !c.is_empty()).unwrap_or_else(|| "cc".to_string());
    let output = Command::new(&compiler)
        .args(["-shared", "-fPIC", "-pthread", "-O2", "-o"])
        .arg(library)
        .args(extra)
        .arg(source)
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
