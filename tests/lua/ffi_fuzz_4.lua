-- luajit
-- Found by fuzz/run --ffi: ffi.istype on pointers compares the pointed-to types (qualifiers aside); a void
-- pointer is no pointer of another type and no other pointer is a void pointer.
local ffi = require("ffi")
local NULL = ffi.cast("void *", 0)
local ip = ffi.cast("int *", 0)
local cip = ffi.cast("const int *", 0)
local checks = {
  { "int (*)(const void *, const void *)", NULL }, { "int *", NULL }, { "void *", ip }, { "void *", NULL },
  { "const void *", NULL }, { "void *", ffi.cast("const void *", 0) }, { "int *", cip }, { "const int *", ip },
  { "int *", ip }, { "char *", ip }, { "unsigned int *", ip }, { "void *", ffi.new("int[2]") },
  { "int *", ffi.new("int[2]") }, { "int **", ffi.new("int *[1]") }, { "void **", ffi.new("int *[1]") },
}
for i, c in ipairs(checks) do
  print(i, c[1], ffi.istype(c[1], c[2]))
end
