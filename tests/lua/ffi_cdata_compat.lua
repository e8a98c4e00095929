-- kiln-only
-- Common LuaJIT ffi idioms: buffers, casts, unions, nested arrays, struct copies,
-- pointer arrays, variable-length structs; output checked against luajit.
local ffi = require("ffi")
local function try(f, ...) local ok, e = pcall(f, ...) if ok then print("ok", e) else print("error: " .. tostring(e):gsub("^[^:]*:%d+: ", "")) end end
local buf = ffi.new("uint8_t[?]", 8)
for i = 0, 7 do buf[i] = 65 + i end
print(ffi.string(buf, 8), ffi.sizeof(buf))
local p = ffi.cast("const uint8_t *", "hello")
print(p[0], p[4], p[5])
local u = ffi.new("union { float f; uint32_t u; }")
u.f = 1.0
print(string.format("%x", u.u))
local m = ffi.new("int[2][3]")
m[1][2] = 7
print(m[1][2], m[0][0], ffi.sizeof(m))
local mm = ffi.new("int[2][3]", {{1,2,3},{4,5,6}})
print(mm[0][2], mm[1][0])
ffi.cdef"struct S { int a; char b; double c; };"
local arr = ffi.new("struct S[2]")
arr[0].a = 5 arr[0].c = 2.5
arr[1] = arr[0]
print(arr[1].a, arr[1].c)
local argv = ffi.new("const char *[3]")
argv[0] = "prog"
argv[1] = "arg"
print(ffi.string(argv[0]), ffi.string(argv[1]), tostring(argv[2]))
local pp = ffi.new("int *[1]")
local iv = ffi.new("int[1]", 42)
pp[0] = iv
print(pp[0][0])
local ppp = ffi.new("int **", pp)
print(ppp[0][0])
print(tonumber(ffi.cast("intptr_t", ffi.cast("void *", 4096))))
local b = ffi.new("bool[2]", {true, false})
print(b[0], b[1])
print(ffi.new("uint64_t", -1) == ffi.new("uint64_t", -1))
local s = ffi.new("struct S", {a = 1, b = 66, c = 3})
print(s.a, s.b, string.format("%g", s.c))
local s2 = ffi.new("struct S", s)
s2.a = 9
print(s.a, s2.a)
print(ffi.sizeof("struct S"), ffi.offsetof("struct S", "c"))
try(function() return ffi.new("struct S", {a = "x"}) end)
local vp = ffi.cast("void *", buf)
try(function() return vp[0] end)
try(function() return vp + 1 end)
local cp = ffi.cast("char *", vp)
print(cp[1], ffi.string(cp + 2, 2))
print(tonumber(ffi.cast("uint8_t", 257)), tonumber(ffi.cast("int8_t", 200)))
local z = ffi.new("double[3]", 1.5)
print(z[0], z[2])
print(ffi.new("float", 0.1) == ffi.new("float", 0.1), tonumber(ffi.new("float", 0.5)))
ffi.cdef"typedef struct { int len; int data[?]; } vls_t;"
local v = ffi.new("vls_t", 4)
v.len = 4
for i = 0, 3 do v.data[i] = i * i end
print(v.len, v.data[3], ffi.sizeof(v))
print(ffi.typeof("int[3]"))
local e = ffi.new("struct S[?]", 2, {{1}, {2}})
print(e[0].a, e[1].a)
try(function() local x = ffi.new("int") x = x + ffi.new("int *") end)


