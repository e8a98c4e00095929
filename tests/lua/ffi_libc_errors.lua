-- luajit
-- Bad input to the FFI is a Lua error with LuaJIT's message, never a crash: argument conversions, argument
-- counts, undeclared symbols, unknown struct members, field stores of the wrong type.
local ffi = require("ffi")
ffi.cdef [[
size_t strlen(const char *s);
int abs(int x);
struct errpt { int x, y; };
]]
local C = ffi.C

local function try(label, f)
  local ok, err = pcall(f)
  print(label, ok, err)
end

-- No tail calls below: the messages name the called function from the caller's frame.
try("table to const char *:", function() local r = C.strlen({}) return r end)
try("number to const char *:", function() local r = C.strlen(12) return r end)
try("string to int:", function() local r = C.abs("x") return r end)
try("too few arguments:", function() local r = C.abs() return r end)
try("too many arguments:", function() local r = C.abs(1, 2) return r end)
try("undeclared symbol:", function() local r = C.kiln_no_such_function return r end)
try("unknown member:", function() local p = ffi.new("struct errpt") local r = p.z return r end)
try("wrong field type:", function() local p = ffi.new("struct errpt") p.x = "a" end)
-- The FFI keeps working after errors.
print("afterwards:", tonumber(C.strlen("ok")), C.abs(-5))
