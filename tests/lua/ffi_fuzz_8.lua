-- luajit
-- Found by fuzz/run --ffi: ffi.istype takes integer types of the same size and signedness as one type (long,
-- long long and int64_t; char and signed char), and pointer differences accept pointees that differ only in
-- integer signedness.
local ffi = require("ffi")
local ts = { "char", "signed char", "unsigned char", "int8_t", "uint8_t", "short", "int", "unsigned int", "long",
  "unsigned long", "long long", "int64_t", "uint64_t", "size_t", "ssize_t", "intptr_t", "bool", "float", "double" }
for _, a in ipairs(ts) do
  local row = {}
  for _, b in ipairs(ts) do row[#row + 1] = ffi.istype(a, ffi.new(b)) and "1" or "0" end
  print(a, table.concat(row))
end

local c, uc = ffi.new("char[16]"), ffi.new("unsigned char[5]")
local i, u = ffi.new("int[2]"), ffi.new("unsigned int[2]")
local pairs_ = {
  { "char[16] - unsigned char[5]", c, uc }, { "int[2] - unsigned int[2]", i, u },
  { "int[2] - const int *", i, ffi.cast("const int *", i) }, { "void * - void *", ffi.cast("void *", 0), ffi.cast("void *", 8) },
  { "int[2] - char[16]", i, c }, { "int * - int *", i + 2, i },
}
for _, p in ipairs(pairs_) do
  local ok, d = pcall(function() return p[2] - p[3] end)
  print(p[1], ok, ok and type(d) or "error", ok and p[2] == i + 2 and tonumber(d) or "")
end
