//! The C declaration parser of `ffi.cdef` and of type strings (`ffi.new("int[?]")`).

use crate::ctype::{TypeId, Types};

/// Parse a chunk of C declarations into `types`. The error names the line
/// and the token: "line 3: unexpected '}' near 'int'" style, without position
/// of the Lua caller (added by `ffi.cdef`).
pub fn parse_cdef(types: &mut Types, src: &str) -> Result<(), String> {
    let _ = (types, src);
    Err("ffi.cdef is not available yet".to_string())
}

/// Parse an abstract type name ("int", "struct foo *", "int[?]", "int(*)(int)").
/// Returns the type and whether it had a `[?]` (variable length) or `$`
/// parameters are not supported.
pub fn parse_type(types: &mut Types, src: &str) -> Result<ParsedType, String> {
    let _ = (types, src);
    Err("type parsing is not available yet".to_string())
}

/// A parsed abstract type name.
pub struct ParsedType {
    pub ty: TypeId,
    /// The outermost array was written `[?]`: its length comes from `ffi.new`'s
    /// next argument.
    pub vla: bool,
}
