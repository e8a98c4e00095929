-- kiln-only
-- cdata creation, conversion, indexing and pointer arithmetic; output checked against luajit.
local ffi = require("ffi")
local function show(...)
  local t = {...}
  for i = 1, select("#", ...) do t[i] = tostring(t[i]) end
  print(table.concat(t, " "))
end
local function try(f, ...)
  local ok, e = pcall(f, ...)
  if ok then print("ok") else print("error: " .. tostring(e):gsub("^[^:]*:%d+: ", "")) end
end
local function n(x) return string.format("%d", tonumber(x)) end

ffi.cdef[[
struct point { int x, y; };
struct rect { struct point tl, br; int tags[3]; double area; const char *name; };
struct flags { unsigned a:3; int b:5; unsigned c:1; };
enum color { RED, GREEN = 5, BLUE };
]]

-- numbers into C types
show(n(ffi.new("int", 2.7)), n(ffi.new("int", -2.7)), n(ffi.new("unsigned char", 300)), n(ffi.new("uint8_t", -1.5)))
show(n(ffi.new("int", 2^40)), n(ffi.new("uint32_t", 2^40 + 5)), n(ffi.new("short", 70000)))
show(n(ffi.new("bool", 0)), n(ffi.new("bool", 2)), n(ffi.new("int", true)), n(ffi.new("enum color", "BLUE")))
try(function() return ffi.new("int", "12") end)
try(function() return ffi.new("int", {}) end)
try(function() return ffi.new("int *", 5) end)
try(function() return ffi.new("int", 1, 2) end)

-- arrays
local a = ffi.new("int[4]", {1, 2, 3})
show(a[0], a[1], a[2], a[3])
a = ffi.new("int[3]", 7)
show(a[0], a[1], a[2])
a = ffi.new("int[4]", 1, 2)
show(a[0], a[1], a[2], a[3])
a = ffi.new("int[?]", 3, {[0] = 9, 1, 2})
show(a[0], a[1], a[2], ffi.sizeof(a))
a[1] = 42
a[2.9] = 43
show(a[1], a[2])
try(function() return ffi.new("int[2]", {1, 2, 3}) end)
local s = ffi.new("char[8]", "hey")
show(ffi.string(s), ffi.sizeof(s), s[3])

-- structs
local r = ffi.new("struct rect", {{1, 2}, {x = 3, y = 4}, {5, 6, 7}, 1.5, "box"})
show(r.tl.x, r.tl.y, r.br.x, r.br.y, r.tags[0], r.tags[2], r.area, ffi.string(r.name))
local tl = r.tl
tl.x = 10
show(r.tl.x)
r.br = ffi.new("struct point", 30, 40)
show(r.br.x, r.br.y)
r.tags = {8, 9}
show(r.tags[0], r.tags[1], r.tags[2])
r.name = "renamed" .. tostring(1)
collectgarbage()
show(ffi.string(r.name))
try(function() return r.nope end)
try(function() r.nope = 1 end)
local p = ffi.new("struct point", 5)
show(p.x, p.y)

-- bit-fields
local f = ffi.new("struct flags", {2, -1, 1})
show(f.a, f.b, f.c)
f.a = 9
f.b = 17
show(f.a, f.b, f.c)
show(ffi.offsetof("struct flags", "b"))

-- pointers
local arr = ffi.new("int[5]", {10, 20, 30, 40, 50})
local ptr = ffi.cast("int *", arr)
show(ptr[0], ptr[4], (ptr + 2)[0], (ptr + 4) - ptr, ptr - (ptr + 1))
ptr[1] = 21
show(arr[1])
local q = ptr + 3
show(q[-1], q < ptr, ptr < q, ptr == ptr + 0, ptr <= q)
local rp = ffi.new("struct point[2]")
local pp = ffi.cast("struct point *", rp)
pp.x = 7
pp[1].y = 8
show(rp[0].x, rp[1].y)
show(tostring(ffi.new("int *")), tostring(ffi.cast("void *", 0x1234)))
show(n(ffi.cast("uintptr_t", ffi.cast("void *", 0x1234))), tonumber(ffi.cast("void *", 1)))
try(function() return ffi.new("int *", ffi.new("double *")) end)
try(function() return ffi.new("int *", ffi.new("const int *")) end)
try(function() return ptr + ffi.new("char *") end)
try(function() return ptr < ffi.new("char *") end)
try(function() return #arr end)
try(function() return arr .. "x" end)
try(function() return arr() end)

-- const
try(function() local c = ffi.new("const int[1]") c[0] = 1 end)
try(function() local c = ffi.new("struct { const int a; }") c.a = 1 end)

-- sizes and types
show(ffi.sizeof("struct rect"), ffi.alignof("struct rect"), ffi.offsetof("struct rect", "area"))
show(ffi.sizeof("int[?]", 5), tostring(ffi.sizeof("void")))
show(tostring(ffi.typeof("struct point *")), ffi.istype("struct point", p), ffi.istype("int", p))
show(ffi.istype("const int", ffi.new("int")), ffi.istype("struct point", pp), ffi.istype("struct point *", p))
local P = ffi.typeof("struct point")
local pt = P(3, 4)
show(pt.x, pt.y, ffi.typeof("int") == ffi.typeof("int"))

-- copy and fill
local buf = ffi.new("char[16]")
ffi.copy(buf, "hello")
show(ffi.string(buf), ffi.string(buf, 3))
ffi.fill(buf, 3, 65)
show(ffi.string(buf))
ffi.copy(buf + 1, "xy", 2)
show(ffi.string(buf))
show(ffi.abi("64bit"), ffi.abi("be"), ffi.os, ffi.arch)
