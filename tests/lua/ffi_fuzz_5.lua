-- luajit
-- Found by fuzz/run --ffi: an array member is assigned from an array cdata of the same length whose element type
-- differs only in integer signedness (char[4] into unsigned char[4]); other arrays are refused.
local ffi = require("ffi")
local s = ffi.new("struct { unsigned char b[4]; int i[2]; char c[3]; }")
local sources = {
  { "char[4]", ffi.new("char[4]", "abc") }, { "int8_t[4]", ffi.new("int8_t[4]", { 1, 2, 3, 4 }) },
  { "char[3]", ffi.new("char[3]", "xy") }, { "char[8]", ffi.new("char[8]", "abcdefg") },
  { "unsigned int[2]", ffi.new("unsigned int[2]", { 5, 6 }) }, { "uint8_t[4]", ffi.new("uint8_t[4]", { 9, 9, 9, 9 }) },
  { "float[2]", ffi.new("float[2]", { 1, 2 }) },
}
for _, src in ipairs(sources) do
  local v = src[2]
  print(src[1], "-> b", pcall(function() s.b = v return s.b[0], s.b[3] end))
  print(src[1], "-> i", (pcall(function() s.i = v return s.i[0], s.i[1] end)), s.i[0], s.i[1])
  print(src[1], "-> c", (pcall(function() s.c = v end)), s.c[0])
end
