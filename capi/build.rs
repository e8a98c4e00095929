//! Build script: compiles the C half of the API (csrc/capi.c: the exported symbols, the setjmp trampoline,
//! varargs and the C-side callback loops) into a static library linked into kiln.

fn main() {
    println!("cargo:rerun-if-changed=csrc/capi.c");
    cc::Build::new().file("csrc/capi.c").flag_if_supported("-std=c11").warnings(true).compile("kilncapi");
}
