-- luajit
-- libc string functions through ffi.C: strlen, snprintf into a buffer (varargs), getenv, memcpy/memset/strcmp,
-- and ffi.string / ffi.copy / ffi.fill on the results.
local ffi = require("ffi")
ffi.cdef [[
size_t strlen(const char *s);
int snprintf(char *str, size_t size, const char *format, ...);
char *getenv(const char *name);
void *memcpy(void *dest, const void *src, size_t n);
void *memset(void *s, int c, size_t n);
int strcmp(const char *a, const char *b);
char *strchr(const char *s, int c);
int atoi(const char *s);
]]
local C = ffi.C
-- A null pointer to compare with: in Lua 5.4 `cdata == nil` is always false (__eq runs only between two
-- userdata), so kiln cannot answer LuaJIT's `ptr == nil`; `ptr == NULL` works in both.
local NULL = ffi.cast("void *", 0)

print(string.format("strlen %d %d %d", tonumber(C.strlen("hello")), tonumber(C.strlen("")),
  tonumber(C.strlen(string.rep("ab", 500)))))
-- A string built at run time (not a constant of the chunk).
local built = {}
for i = 1, 20 do built[i] = string.char(64 + i) end
local s = table.concat(built)
print(string.format("strlen of built string %d", tonumber(C.strlen(s))))
-- strlen stops at an embedded zero, as in C.
print(string.format("strlen with embedded zero %d", tonumber(C.strlen("abc\0def"))))

local buf = ffi.new("char[64]")
local n = C.snprintf(buf, 64, "%s-%g-%d-%.3f", "kiln", 2.5, ffi.new("int", 42), 1 / 3)
print(string.format("snprintf wrote %d: %s", n, ffi.string(buf)))
-- Truncation: the return value is the length it wanted, the buffer holds size-1 bytes.
n = C.snprintf(buf, 8, "%s", "0123456789abcdef")
print(string.format("truncated %d: %s", n, ffi.string(buf)))
print(string.format("ffi.string with length: %s", ffi.string(buf, 3)))

local path = C.getenv("PATH")
print("getenv PATH matches os.getenv:", path ~= NULL and ffi.string(path) == os.getenv("PATH"))
print("getenv of an unset variable is NULL:", C.getenv("KILN_SURELY_UNSET_VARIABLE_42") == NULL)

local src = ffi.new("char[16]", "abcdefghijklmno")
local dst = ffi.new("char[16]")
C.memset(dst, 120, 15) -- 'x'
print("memset:", ffi.string(dst))
C.memcpy(dst, src, 5)
print("memcpy:", ffi.string(dst))
ffi.fill(dst, 3, 65)
print("ffi.fill:", ffi.string(dst))
ffi.copy(dst, "zz")
print("ffi.copy string:", ffi.string(dst))
ffi.copy(dst + 4, src, 2)
-- Show the copied NUL as '.' (byte by byte: LuaJIT's patterns do not match "\0").
local shown = {}
for i, b in ipairs({ ffi.string(dst, 8):byte(1, -1) }) do shown[i] = b == 0 and "." or string.char(b) end
print("ffi.copy with length:", table.concat(shown))
print(string.format("strcmp %d %d %d", C.strcmp("a", "b") < 0 and -1 or 1, C.strcmp("b", "b"),
  C.strcmp("c", "b") > 0 and 1 or -1))
local p = C.strchr("find the x here", 120)
print("strchr:", ffi.string(p))
print("strchr miss is NULL:", C.strchr("abc", 122) == NULL)
print(string.format("atoi %d", C.atoi("  -1234xyz")))
