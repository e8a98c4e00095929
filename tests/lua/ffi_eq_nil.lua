-- luajit
-- cdata compared with nil, numbers, strings and booleans follows LuaJIT's rules:
-- NULL pointers equal nil, numeric cdata compare as C integers, nothing else
-- changes what `==` means for other Lua values.
local ffi = require("ffi")
ffi.cdef [[
typedef struct node { int v; struct node *next; } node;
char *getenv(const char *name);
char *strchr(const char *s, int c);
void *malloc(size_t size);
void free(void *p);
]]

-- NULL checks on pointers, both orders, == and ~=.
local null = ffi.cast("void *", 0)
local p8 = ffi.cast("int *", 8)
print("null", null == nil, nil == null, null ~= nil, not (null ~= nil))
print("p8", p8 == nil, nil == p8, p8 ~= nil)
print("getenv", ffi.C.getenv("KILN_SURELY_UNSET_VARIABLE") == nil, ffi.C.getenv("PATH") ~= nil)
print("strchr", ffi.C.strchr("hello", 120) == nil, ffi.C.strchr("hello", 108) == nil)
local fp = ffi.cast("int (*)(int)", 0)
print("fnptr", fp == nil, ffi.cast("int (*)(int)", 16) == nil)
print("array", ffi.new("char[4]") == nil, ffi.new("int[?]", 2) ~= nil)

-- A linked list walked to its NULL end: `while node ~= nil`.
local nodes = ffi.new("node[5]")
for i = 0, 4 do
  nodes[i].v = i * 10
  nodes[i].next = i < 4 and nodes + i + 1 or nil
end
local node, sum, count = nodes + 0, 0, 0
while node ~= nil do
  sum, count = sum + node.v, count + 1
  node = node.next
end
print("walk", count, sum, node == nil)
node = nodes[4].next
if node == nil then print("tail next is nil") end
if not node then print("unreachable: cdata is truthy") else print("a NULL cdata is still truthy") end

-- Pointers never equal numbers, strings or booleans.
print("ptr vs other", null == 0, p8 == 8, null == false, null == "", p8 == true)

-- Numeric cdata compare with Lua numbers as C integers (floats truncate).
local i5 = ffi.new("int", 5)
print("int", i5 == 5, 5 == i5, i5 ~= 5, i5 == 6, i5 == 5.5, i5 == nil, i5 == "5", i5 == true)
print("double", ffi.new("double", 1.5) == 1, ffi.new("double", 2.5) == 3)
print("bool", ffi.new("bool", true) == true, ffi.new("bool", true) == 1, ffi.new("bool", false) == 0)
print("uint8", ffi.new("uint8_t", 255) == 255, ffi.new("uint8_t", 255) == -1)
print("int64", ffi.new("int64_t", -1) == -1, ffi.new("int64_t", 123456789) == 123456789)
print("uint64", ffi.new("uint64_t", 2^63) == 2^63, ffi.new("uint64_t", 7) == 7)
print("zero", ffi.new("int", 0) == 0, ffi.new("int", 0) == nil, ffi.new("int", 0) == false)

-- Two cdata: numbers by value whatever their types, pointers by address.
print("cdata pairs", ffi.new("int", 5) == ffi.new("int64_t", 5), ffi.new("short", 5) == ffi.new("double", 5),
  ffi.cast("char *", 8) == ffi.cast("int *", 8), ffi.cast("void *", 8) == ffi.cast("void *", 9))
local m = ffi.C.malloc(16)
print("malloc", m ~= nil, ffi.cast("char *", m) == m)
ffi.C.free(m)

-- Structs: only the same object, or the metatype's __eq (which also sees nil).
local plain = ffi.new("node")
print("struct", plain == nil, plain == 0, plain == {}, plain == "node", plain == plain)
ffi.cdef "typedef struct { int id; } pt;"
local seen = {}
ffi.metatype("pt", { __eq = function(a, b)
  seen[#seen + 1] = type(a) .. "/" .. type(b)
  if type(b) ~= "cdata" or type(a) ~= "cdata" then return false end
  return a.id == b.id
end })
local a, b = ffi.new("pt", 1), ffi.new("pt", 1)
print("metatype", a == b, a == ffi.new("pt", 2), a == nil, a ~= nil, a == 1)
print("metatype calls", table.concat(seen, " "))
-- Pointers to such structs compare as pointers, without __eq.
seen = {}
local pa = ffi.cast("pt *", a)
print("metatype ptr", pa == nil, pa == ffi.cast("pt *", a), pa == ffi.cast("pt *", b), #seen)

-- ctype objects equal nothing but their type.
print("ctype", ffi.typeof("int") == nil, ffi.typeof("int") == 1, ffi.typeof("int") == ffi.typeof("int"))

-- Other values keep Lua's rules: tables and other userdata never call __eq against nil or numbers.
local calls = 0
local t = setmetatable({}, { __eq = function() calls = calls + 1 return true end })
print("table", t == nil, t == 1, t == "x", calls)
print("file", io.stdout == nil, io.stdout ~= nil, io.stdout == 1)
