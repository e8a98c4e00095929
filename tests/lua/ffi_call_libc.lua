-- luajit
-- Calls into libc through ffi.C and ffi.load: scalar and string arguments, varargs with default promotions,
-- struct results by value, variables, errno, the namespace cache and the errors of missing symbols.
-- (Expected output made with luajit.)
local ffi = require("ffi")
ffi.cdef [[
size_t strlen(const char *s);
int abs(int x);
long labs(long x);
double fabs(double x);
int snprintf(char *buf, size_t n, const char *fmt, ...);
int strcmp(const char *a, const char *b);
char *strchr(const char *s, int c);
void *memset(void *p, int c, size_t n);
int close(int fd);
typedef struct { int quot; int rem; } div_t;
div_t div(int a, int b);
typedef struct { long quot; long rem; } ldiv_t;
ldiv_t ldiv(long a, long b);
struct in_addr { uint32_t s_addr; };
char *inet_ntoa(struct in_addr in);
double sqrt(double x);
double pow(double x, double y);
int toupper(int c);
enum { KILN_ANSWER = 42 };
static const int KILN_SEVEN = 7;
int atoi(const char *s);
unsigned long strtoul(const char *s, char **end, int base);
int no_such_function_in_libc(int);
]]
local C = ffi.C

-- 64-bit results are boxed in LuaJIT and plain integers in kiln: tonumber() prints them alike.
print("strlen", tonumber(C.strlen("hello")), tonumber(C.strlen("")), tonumber(C.strlen(("x"):rep(1000))))
print("abs", C.abs(-7), tonumber(C.labs(-2 ^ 40)) == 2 ^ 40, C.fabs(-2.5))
print("toupper", string.char(C.toupper(string.byte("q"))))
print("same cdata", C.strlen == C.strlen)
print("constants", C.KILN_ANSWER, C.KILN_SEVEN)
print("atoi", C.atoi("1234"), tonumber(C.strtoul("ff", nil, 16)))

local buf = ffi.new("char[64]")
-- Lua numbers are doubles in LuaJIT: integer varargs are given their C type explicitly.
local n = C.snprintf(buf, 64, "%d|%s|%.2f|%ld", ffi.new("int", 42), "str", 3.14159, ffi.new("long", 2 ^ 40))
print("snprintf", n, ffi.string(buf))
n = C.snprintf(buf, 64, "%s %s", "a", ffi.cast("const char *", "b"))
print("snprintf", n, ffi.string(buf))
n = C.snprintf(buf, 64, "%d %g", ffi.new("short", 5), ffi.new("float", 0.5))
print("promoted", n, ffi.string(buf))
n = C.snprintf(buf, 64, "no args")
print("no varargs", n, ffi.string(buf))

local p = C.strchr("hello", string.byte("l"))
-- (A NULL result is compared through a cast: Lua 5.4 never calls __eq between a cdata and nil.)
print("pointer result", ffi.string(p), tonumber(ffi.cast("intptr_t", C.strchr("hello", string.byte("z")))) == 0)

local d = C.div(17, 5)
print("div", d.quot, d.rem)
local ld = C.ldiv(-17, 5)
print("ldiv", tonumber(ld.quot), tonumber(ld.rem))
local a = ffi.new("struct in_addr")
a.s_addr = 0x0100007f
print("struct arg", ffi.string(C.inet_ntoa(a)))
-- Doubles are printed with %g: an integral double prints as 1024.0 in Lua 5.4 and 1024 in LuaJIT.
print("math", C.sqrt(2) == math.sqrt(2), ("%g"):format(C.pow(2, 10)))

print("close", C.close(-1), ffi.errno())
print("errno set", ffi.errno(0), ffi.errno())

local m = ffi.load("m")
print("libm", ("%g %g"):format(m.sqrt(16), m.pow(3, 3)))

print(pcall(C.strlen))
print(pcall(C.strlen, "a", "b"))
print(pcall(function() return C.not_declared_anywhere end))
print((select(2, pcall(function() return C.no_such_function_in_libc end))):match("undefined symbol: no_such_function_in_libc") ~= nil)
