-- luajit
-- Variadic C functions (kfix fixture and libc): the fixed part is converted to the declared types, variadic
-- arguments by LuaJIT's rules (Lua numbers as double, integer cdata as their own C type, strings as const char *).
local ffi = require("ffi")
ffi.cdef [[
long kfix_sum(int n, ...);
double kfix_sumf(int n, ...);
int snprintf(char *str, size_t size, const char *format, ...);
]]
local k = ffi.load(os.getenv("KILN_FFI_FIXTURE"))

local int = ffi.typeof("int")
print("sum of no ints:", tonumber(k.kfix_sum(0)))
print("sum of 3 ints:", tonumber(k.kfix_sum(3, int(1), int(2), int(3))))
print("sum of negative ints:", tonumber(k.kfix_sum(2, int(-10), int(4))))
local many = {}
for i = 1, 20 do many[i] = int(i * i) end
local unpack = table.unpack or unpack
print("sum of 20 ints (some passed on the stack):", tonumber(k.kfix_sum(20, unpack(many))))

print(string.format("sum of doubles: %.3f", k.kfix_sumf(3, 1.5, 2.25, -0.125)))
print(string.format("sum of 12 doubles (more than the 8 SSE registers): %.3f",
  k.kfix_sumf(12, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 8.5, 9.5, 10.5, 11.5, 12.5)))

local buf = ffi.new("char[128]")
local n = ffi.C.snprintf(buf, 128, "[%s|%5.2f|%d|%c|%ld|%s]", "str", 3.14159, int(-42), int(65),
  ffi.new("long", 1234567890123), "end")
print(string.format("snprintf %d %s", n, ffi.string(buf)))
