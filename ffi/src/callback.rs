//! Lua functions as C function pointers: libffi closures whose user data is a
//! registry anchor, entered through `call_nested` with a described
//! NestedRunloop record; errors and foreign threads handled at the boundary.
