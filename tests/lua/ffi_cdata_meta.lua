-- kiln-only
-- ffi.metatype dispatch, ffi.gc finalizers, callbacks' free/set, pointer chains;
-- output checked against luajit.
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

ffi.cdef[[
typedef struct vec2 { double x, y; } vec2;
struct node { int value; struct node *next; };
struct holder { int n; int items[4]; };
]]

local vec2
local mt = {
  __add = function(a, b) return vec2(a.x + b.x, a.y + b.y) end,
  __eq = function(a, b) return a.x == b.x and a.y == b.y end,
  __tostring = function(v) return string.format("vec2(%g, %g)", v.x, v.y) end,
  __len = function(v) return math.sqrt(v.x * v.x + v.y * v.y) end,
  __call = function(v, k) return v.x * k end,
  __concat = function(a, b) return tostring(a) .. "|" .. tostring(b) end,
  __index = {
    dot = function(a, b) return a.x * b.x + a.y * b.y end,
    kind = "vector",
  },
}
vec2 = ffi.metatype("vec2", mt)
local a, b = vec2(1, 2), vec2(3, 4)
show(tostring(a + b), a == vec2(1, 2), a == b, string.format("%g %g %g", #b, a(10), a:dot(b)), a.kind)
show(a .. b)
local pa = ffi.new("vec2 *", a)
show(string.format("%g %g", pa.x, pa:dot(b)), tostring(pa[0]))
try(function() ffi.metatype("vec2", {}) end)
try(function() return a.nope end)
try(function() ffi.metatype("int", {}) end)

-- __index and __newindex as functions
ffi.cdef[[ struct bag { int n; }; ]]
local log = {}
ffi.metatype("struct bag", {
  __index = function(self, k) return "missing " .. k end,
  __newindex = function(self, k, v) log[#log + 1] = k .. "=" .. tostring(v) end,
})
local bag = ffi.new("struct bag", 3)
bag.n = 4
bag.extra = 5
show(bag.n, bag.other, table.concat(log, ","))

-- finalizers
local collected = {}
do
  for i = 1, 5 do
    ffi.gc(ffi.new("int[4]", i), function(cd) collected[#collected + 1] = cd[0] end)
  end
  local kept = ffi.gc(ffi.new("int[1]", 99), function() collected[#collected + 1] = -1 end)
  ffi.gc(kept, nil)
  kept = nil
end
collectgarbage()
collectgarbage()
table.sort(collected)
show(#collected, table.concat(collected, ","))

-- metatype __gc runs for ffi.new'd objects
ffi.cdef[[ struct res { int id; }; ]]
local freed = 0
local Res = ffi.metatype("struct res", { __gc = function(r) freed = freed + r.id end })
do
  for i = 1, 4 do Res(i) end
end
collectgarbage()
collectgarbage()
show(freed)

-- linked structures through pointers
local nodes = ffi.new("struct node[3]")
for i = 0, 2 do
  nodes[i].value = (i + 1) * 10
  nodes[i].next = i < 2 and nodes + (i + 1) or nil
end
local sum, p = 0, ffi.cast("struct node *", nodes)
while p ~= ffi.cast("struct node *", nil) and p ~= nil do
  sum = sum + p.value
  if p.next == ffi.cast("struct node *", nil) then break end
  p = p.next
end
show(sum)

-- callbacks made by ffi.cast
local cb = ffi.cast("int (*)(int)", function(x) return x * 2 end)
show(cb(21))
cb:set(function(x) return x + 1 end)
show(cb(21))
cb:free()
print((pcall(cb, 1)))

-- __new: the constructor ct(...) calls it; ffi.new does not
ffi.cdef[[ struct ctor { int x; }; ]]
local Ctor
Ctor = ffi.metatype("struct ctor", {
  __new = function(ct, x) return ffi.new(ct, x * 2) end,
  __index = { get = function(s) return s.x end },
})
show(Ctor(5).x, ffi.new(Ctor, 5).x, ffi.new("struct ctor", 5):get(), type(Ctor.get))
