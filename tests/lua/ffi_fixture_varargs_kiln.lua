-- kiln-only: kiln passes a Lua integer as a variadic argument as a C long and a float as a double (LuaJIT passes
-- every number as a double; see ffi_fixture_varargs.lua for what both do alike).
local ffi = require("ffi")
ffi.cdef [[
long kfix_sum(int n, ...);
double kfix_sumf(int n, ...);
int snprintf(char *str, size_t size, const char *format, ...);
]]
local k = ffi.load(os.getenv("KILN_FFI_FIXTURE"))

print("ints read as int:", k.kfix_sum(4, 1, 2, 3, -10))
print("floats read as double:", string.format("%.2f", k.kfix_sumf(2, 1.5, 2.0)))
local buf = ffi.new("char[64]")
local n = ffi.C.snprintf(buf, 64, "%d %ld %lld %.1f %s", 42, -(1 << 40), math.maxinteger, 2.5, "end")
print(n, ffi.string(buf))
