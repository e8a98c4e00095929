-- luajit: FFI benchmark (kiln and luajit only; lua5.4 has no ffi)
-- Call overhead: 10^7 calls of a cheap C function (abs) through ffi.C, results summed in Lua.
local ffi = require("ffi")
ffi.cdef [[ int abs(int x); ]]
local C = ffi.C
local abs = C.abs

local sum = 0
for i = 1, 10000000 do
  sum = sum + abs(500 - i % 1000)
end
print(string.format("sum %d", sum))
