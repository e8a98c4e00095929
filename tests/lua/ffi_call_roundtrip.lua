-- luajit
-- Callbacks called straight from Lua (Lua -> libffi call -> closure -> Lua): every argument and result type
-- crosses the boundary twice, so widening of small integers, floats, booleans, pointers and structs by value
-- are checked both ways. (Expected output made with luajit.)
local ffi = require("ffi")
ffi.cdef [[
typedef struct { int quot; int rem; } pair_t;
typedef struct { double x, y, z; } vec3;
typedef struct { float a; int b; } mixed;
]]

local function cb(ty, f)
  return ffi.cast(ty, f)
end

print("int8", cb("int8_t (*)(int)", function(x) return x end)(-5))
print("uint8", cb("uint8_t (*)(int)", function(x) return x end)(200))
print("int16", cb("int16_t (*)(int16_t)", function(x) return x * 2 end)(-1000))
print("uint16", cb("uint16_t (*)(uint16_t)", function(x) return x + 1 end)(65534))
print("int", cb("int (*)(int, int)", function(a, b) return a - b end)(3, 10))
print("unsigned", cb("unsigned (*)(unsigned)", function(x) return x end)(4000000000))
print("bool", cb("bool (*)(int)", function(x) return x > 0 end)(1), cb("bool (*)(int)", function(x) return x > 0 end)(-1))
print("double", cb("double (*)(double, float)", function(a, b) return a * b end)(1.5, 2.25))
print("float", cb("float (*)(float)", function(x) return x / 4 end)(3))
print("many args", cb("double (*)(int, double, int, double, int, double, int, double, int, double)",
  function(a, b, c, d, e, f, g, h, i, j) return a + b + c + d + e + f + g + h + i + j end)(1, 2.5, 3, 4.5, 5, 6.5, 7, 8.5, 9, 10.5))
local buf = ffi.new("char[8]", "kiln")
print("pointer", ffi.string(cb("char *(*)(char *)", function(p) return p + 1 end)(buf)))
print("void", cb("void (*)(int)", function(x) end)(1))
local greet = cb("const char *(*)(int)", function(n) return ("hi"):rep(n) .. "!" end)
print("string result", ffi.string(greet(3)), ffi.string(greet(1)))
print("bool to double", cb("double (*)(void)", function() return true end)() == 1)
-- A callback whose result is a function pointer made from a Lua function (a callback made inside a callback).
local maker = cb("int (*(*)(int))(int)", function(k) return function(x) return x * k end end)
print("function result", maker(3)(14), maker(5)(5))
