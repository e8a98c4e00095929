-- kiln-only: what kiln's C parser does not support fails with a clear error (LuaJIT accepts some of these).
local ffi = require("ffi")
for _, decl in ipairs({
  "long double ld_value;",
  "typedef int v4 __attribute__((vector_size(16)));",
  "_Complex double z_value;",
  "typedef struct { int a; } \\ x_bad;",
}) do
  local ok, err = pcall(ffi.cdef, decl)
  print(ok, (tostring(err):gsub("^[^:]*:%d+: ", "")))
end
-- A continuation inside a directive is still one directive.
ffi.cdef "#define LONG_MACRO 1 + \\\n 2\ntypedef int after_macro;"
print(ffi.sizeof("after_macro"))
