//! Library namespaces: `ffi.C` (the process's symbols) and `ffi.load(name)`,
//! resolving declared functions and variables to cdata.
