-- luajit
-- LuaJIT's rule for variadic arguments: every Lua number, integer or float, is passed as a C double; an
-- integer C must read as an integer is passed as a cdata of its type.
local ffi = require("ffi")
ffi.cdef [[
double kfix_sumf(int n, ...);
long kfix_sum(int n, ...);
int snprintf(char *str, size_t size, const char *format, ...);
]]
local k = ffi.load(os.getenv("KILN_FFI_FIXTURE"))
local buf = ffi.new("char[128]")
local function fmt(f, ...)
  local n = ffi.C.snprintf(buf, 128, f, ...)
  return ffi.string(buf, n)
end

-- Integers are doubles: %g and %f read them, and a double-reading function sums them.
print(fmt("%g %g %.2f %g", 42, -7, 3, 2 ^ 40))
print(fmt("%g|%g", 1.5, 100))
print(string.format("%.2f", k.kfix_sumf(3, 1, 2, 3)))
print(string.format("%.2f", k.kfix_sumf(4, 1, 2.5, -3, 10)))
-- Integers for %d, %ld, %x, %c pass as cdata of the C type.
print(fmt("%d %ld %x %c %lld", ffi.new("int", -42), ffi.new("long", 1234567890123), ffi.new("unsigned int", 255),
  ffi.new("char", 65), ffi.new("int64_t", -1)))
print(tonumber(k.kfix_sum(3, ffi.new("int", 1), ffi.new("int", 20), ffi.new("int", 300))))
-- Small integer and float cdata are promoted as C promotes them (to int and double).
print(fmt("%d %d %g", ffi.new("short", -5), ffi.new("uint8_t", 200), ffi.new("float", 0.5)))
-- Booleans, strings and nil.
print(fmt("%d %d %s %p", true, false, "str", nil))
