-- luajit
-- LuaJIT compatibility of types and cdata: anonymous record types are distinct per ffi.typeof, enums compare
-- with their constants' names, ffi.istype takes ctype objects, a function-pointer ctype's constructor makes a
-- callback with free/set, variable-length members initialise from tables and strings, function pointers
-- order, and writes to const locations fail.
local ffi = require("ffi")
local function try(name, f)
  local ok, e = pcall(f)
  print(name, ok, ok and "" or (tostring(e):gsub("^[^:]*:%d+: ", "")))
end

try("anonymous records", function()
  local a = ffi.typeof("struct { int x; }")
  local b = ffi.typeof("struct { int x; }")
  ffi.metatype(a, { __index = { f = function(s) return "a" .. s.x end } })
  ffi.metatype(b, { __index = { f = function(s) return "b" .. s.x end } })
  print(a == b, a(1):f(), b(2):f(), ffi.istype(a, b(1)))
end)

ffi.cdef "typedef enum { RED, GREEN, BLUE = 10 } color;"
try("enum names", function()
  local e = ffi.new("color", "GREEN")
  print(e == "GREEN", "GREEN" == e, e == "RED", e == 1, e ~= "BLUE", e == "NOPE")
  print(e < "BLUE", ffi.new("color", "BLUE") <= "BLUE", tonumber(ffi.new("color", "BLUE")))
end)

try("istype", function()
  local ct = ffi.typeof("int *")
  print(ffi.istype(ct, ffi.new("int *")), ffi.istype("int", ffi.typeof("int")), ffi.istype(ct, ct),
    ffi.istype("double", ffi.typeof("int")))
end)

try("constructor callbacks", function()
  local ct = ffi.typeof("int (*)(int)")
  local cb = ct(function(x) return x + 1 end)
  print(cb(1))
  cb:set(function(x) return x * 10 end)
  print(cb(2))
  cb:free()
  local cb2 = ffi.new("int (*)(int)", function(x) return -x end)
  print(cb2(5))
  cb2:free()
end)

ffi.cdef "typedef struct { int n; int v[?]; } ints; typedef struct { int n; char s[?]; } text;"
try("variable-length members", function()
  local v = ffi.new("ints", 3, { 3, { 1, 2, 3 } })
  print(v.n, v.v[0], v.v[1], v.v[2])
  local s = ffi.new("text", 8, { 7, "abc" })
  print(s.n, ffi.string(s.s), ffi.sizeof(s))
end)

try("function pointer order", function()
  local a, b = ffi.cast("void (*)()", 16), ffi.cast("void (*)()", 32)
  print(a < b, a <= b, b < a, a == ffi.cast("void (*)()", 16))
end)

ffi.cdef "typedef struct { int x; } cs; typedef struct { const int x; int y; } cf;"
try("const array", function() ffi.new("const int[2]", 1, 2)[0] = 5 end)
try("const struct", function() ffi.new("const cs", 1).x = 5 end)
try("const field", function()
  local s = ffi.new("cf", 1, 2)
  s.y = 3
  print(s.y)
  s.x = 5
end)
try("const pointer", function() ffi.cast("const int *", ffi.new("int[1]"))[0] = 1 end)
