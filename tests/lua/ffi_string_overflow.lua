-- luajit: ffi.string with an absurd length is an error, never an attempt to copy that much
local ffi = require("ffi")
local buf = ffi.new("char[4]", "abc")
for _, n in ipairs { 2^40, 2^31, 2^31 - 1, 0x7fffff01, -1 } do
  print(string.format("%.0f", n), pcall(ffi.string, buf, n))
end
print(ffi.string(buf, 3), ffi.string(buf, 0) == "")
