-- kiln-only
-- Structs by value through callbacks called straight from Lua (LuaJIT cannot make such callbacks: "cannot
-- convert 'function' to ..."): small integer pairs (registers), a 24-byte struct (memory), float+int mixes.
local ffi = require("ffi")
ffi.cdef [[
typedef struct { int quot; int rem; } pair_t;
typedef struct { double x, y, z; } vec3;
typedef struct { float a; int b; } mixed;
typedef union { int i; float f; } either;
typedef struct { unsigned lo : 4, hi : 4; char tag; } bits;
]]

local function cb(ty, f)
  return ffi.cast(ty, f)
end

local mk = cb("pair_t (*)(int, int)", function(q, r) return ffi.new("pair_t", q, r) end)
local p = mk(7, 3)
print("struct result", p.quot, p.rem)
local sum = cb("int (*)(pair_t)", function(s) return s.quot * 10 + s.rem end)
print("struct arg", sum(p))
local scale = cb("vec3 (*)(vec3, double)", function(v, k) return ffi.new("vec3", v.x * k, v.y * k, v.z * k) end)
local v = scale(ffi.new("vec3", 1, 2, 3), 2)
print("big struct", v.x, v.y, v.z)
local mix = cb("mixed (*)(mixed)", function(m) return ffi.new("mixed", m.b, m.a) end)
local m = mix(ffi.new("mixed", 1.5, 7))
print("mixed struct", m.a, m.b)
local flip = cb("either (*)(either, int)", function(u, as_float)
  local r = ffi.new("either")
  if as_float ~= 0 then r.f = u.i else r.i = u.f end
  return r
end)
local u = ffi.new("either")
u.i = 12
print("union", flip(u, 1).f)
u.f = 2.5
print("union", flip(u, 0).i)
local swap = cb("bits (*)(bits)", function(b) return ffi.new("bits", b.hi, b.lo, b.tag + 1) end)
local b = swap(ffi.new("bits", 3, 9, 64))
print("bit-fields", b.lo, b.hi, string.char(b.tag))
-- Under allocation pressure: many struct results in a row.
local total = 0
for i = 1, 200 do
  local r = mk(i, i % 7)
  total = total + sum(r)
end
print("repeated", total)
