-- luajit
-- Found by fuzz/run --ffi: ordering comparisons of pointers (and arrays) need the same pointed-to type,
-- qualifiers and integer signedness aside; a void pointer orders only with void pointers.
local ffi = require("ffi")
local buf = ffi.new("int[4]")
local vals = {
  { "void *", ffi.cast("void *", buf) }, { "int *", ffi.cast("int *", buf) + 1 },
  { "const int *", ffi.cast("const int *", buf) + 2 }, { "unsigned int *", ffi.cast("unsigned int *", buf) + 3 },
  { "char *", ffi.cast("char *", buf) }, { "int [4]", buf }, { "void * 2", ffi.cast("void *", buf + 1) },
}
for i = 1, #vals do
  for j = 1, #vals do
    local a, b = vals[i][2], vals[j][2]
    local ok1, lt = pcall(function() return a < b end)
    local ok2, le = pcall(function() return a <= b end)
    print(vals[i][1], vals[j][1], ok1 and tostring(lt) or "error", ok2 and tostring(le) or "error")
  end
end
