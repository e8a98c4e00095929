-- luajit
-- 64-bit integers follow LuaJIT's model: int64_t/uint64_t values read from C are boxed cdata printed with
-- LL/ULL; arithmetic on numeric cdata is C's 64-bit arithmetic (unsigned when either side is uint64_t);
-- comparisons likewise; tonumber and string.format("%d") read them.
local ffi = require("ffi")
ffi.cdef [[
size_t strlen(const char *s);
long labs(long x);
unsigned long long strtoull(const char *s, char **end, int base);
long long strtoll(const char *s, char **end, int base);
typedef struct { int64_t a; uint64_t b; size_t c; long d; int e; double f; } rec;
]]
local C = ffi.C
local i64, u64 = ffi.typeof("int64_t"), ffi.typeof("uint64_t")

-- Results and fields of 64-bit types are boxed; narrower ones are Lua numbers.
print("strlen", C.strlen("hello"), type(C.strlen("hello")), C.labs(-42))
local r = ffi.new("rec", 1, 2, 3, 4, 5, 6.5)
print("fields", r.a, r.b, r.c, r.d, r.e, r.f, type(r.e))
local arr = ffi.new("int64_t[3]", 10, 20, 30)
print("elements", arr[0], arr[2], arr[0] + arr[1], arr[arr[0] - 9])

-- uint64_t values of 2^63 and above stay positive.
local big = C.strtoull("18446744073709551615", nil, 10)
print("big", big, C.strtoull("9223372036854775808", nil, 10), big == u64(2^63) * 2 + u64(2^63) * 2 - 1)
print("tostring", tostring(big), tostring(i64(-5)), tostring(u64(7)))

-- C arithmetic: truncating division and modulo, wrapping, integer powers.
print("div", i64(7) / 2, i64(-7) / 2, u64(7) / 2, i64(7) % 3, i64(-7) % 3, i64(7) % -3)
print("by zero", i64(7) / 0, i64(7) % 0)
print("mixed", i64(5) + 1, 1 + i64(5), i64(5) * 2.5, i64(1) + 0.5, ffi.new("int", 5) + 1, ffi.new("double", 1.5) + 1)
print("unsigned", u64(0) - 1, -u64(1), u64(3) * 2, ffi.new("uint32_t", 0) - 1)
print("wrap", C.strtoll("9223372036854775807", nil, 10) + 1)
print("pow", i64(3) ^ 3, i64(-2) ^ 3, i64(2) ^ 62, i64(7) ^ -1, i64(1) ^ -5, i64(-1) ^ -3, u64(2) ^ 64)
print("unm", -i64(5), -(-i64(5)))

-- Comparisons convert to uint64_t when either side is unsigned.
print("compare", ffi.new("int", -1) > u64(100), i64(-1) < i64(100), i64(-1) < 100, u64(5) <= 5, big > u64(1))
print("eq", i64(5) == 5, u64(5) == i64(5), big == big + 0, i64(3) ~= 3)

-- tonumber gives the value; string.format reads 64-bit integer cdata with %d, %x, %u, %o.
print("tonumber", tonumber(i64(-123)), tonumber(u64(42)) + 1, tonumber(big))
print(string.format("format %d %x %5d|%-4x|%o %s", i64(-7), u64(255), i64(42), u64(10), i64(8), i64(3)))
print(string.format("%d %u %x", u64(big), u64(big), u64(big)))
-- Narrower integer cdata are not numbers to string.format.
print((pcall(string.format, "%d", ffi.new("int", 5))))

-- Idioms with 64-bit lengths.
local s = "some text"
local n = C.strlen(s)
print("idioms", ffi.string(s, n), ffi.sizeof(ffi.new("char[?]", n + 1)), tonumber(n) * 2, ("x"):rep(tonumber(n)))
