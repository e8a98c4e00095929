-- luajit
-- Found by fuzz/run --ffi: a uint64_t (or unsigned long) cdata above 2^63 - 1 converted to a float or double
-- keeps its unsigned value (kiln reads it as a wrapped Lua integer elsewhere).
local ffi = require("ffi")
local function g(x) return string.format("%.14g", tonumber(x)) end
local u = ffi.new("unsigned long", ffi.new("int64_t", -3))
print(g(ffi.new("float", u)), g(ffi.new("double", u)), g(ffi.cast("double", ffi.new("uint64_t", 2 ^ 63))))
local s = ffi.new("struct { double d; float f; }", u, ffi.new("uint64_t", 2 ^ 63))
print(g(s.d), g(s.f))
s.d = ffi.new("size_t", ffi.new("int64_t", -1))
print(g(s.d))
print(g(ffi.new("double", ffi.new("uint64_t", 12345))), g(ffi.new("double", ffi.new("int64_t", -3))))
local arr = ffi.new("double[2]", { u, ffi.new("uint32_t", 4294967295) })
print(g(arr[0]), g(arr[1]))
