//! Lua's numeric rules as `extern "sysv64"` functions for generated code: thin wrappers around the
//! interpreter's own (`kiln_interp::rt`), so the two tiers compute the same results. They touch no VM state.

use kiln_interp::rt;

/// `x << y` (Lua: shifts of 64 or more give 0; a negative count shifts the other way).
pub extern "sysv64" fn shl(x: i64, y: i64) -> i64 {
    rt::shift_left(x, y)
}

/// `x >> y` (logical).
pub extern "sysv64" fn shr(x: i64, y: i64) -> i64 {
    rt::shift_right(x, y)
}

/// Float `x % y` with the sign of `y`.
pub extern "sysv64" fn float_mod(x: f64, y: f64) -> f64 {
    rt::float_mod(x, y)
}

/// Float `x // y`.
pub extern "sysv64" fn float_floor_div(x: f64, y: f64) -> f64 {
    rt::float_floor_div(x, y)
}

/// `x ^ y`.
pub extern "sysv64" fn pow(x: f64, y: f64) -> f64 {
    rt::pow(x, y)
}
