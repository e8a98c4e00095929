//! Calling C functions through libffi: a prepared call interface cached per
//! function type, argument conversion into a scratch area, result conversion,
//! `errno` capture.
