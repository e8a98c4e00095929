//! The metamethods of cdata and ctype objects: indexing, stores, arithmetic,
//! comparison, calls, `tostring`, `#`, and `ffi.metatype` dispatch.
