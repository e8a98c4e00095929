-- luajit
-- libm functions through ffi.C (double and float signatures, int arguments converted to double).
local ffi = require("ffi")
ffi.cdef [[
double sin(double x);
double cos(double x);
double pow(double x, double y);
double sqrt(double x);
double floor(double x);
double ldexp(double x, int exp);
double frexp(double x, int *exp);
float sqrtf(float x);
int abs(int x);
long labs(long x);
]]
local C = ffi.C

print(string.format("sin(0.5) %.15g, math.sin %.15g", C.sin(0.5), math.sin(0.5)))
print(string.format("sin(pi/2) %.15g cos(0) %.15g", C.sin(math.pi / 2), C.cos(0)))
print(string.format("pow(2, 10) %.15g pow(2, 0.5) %.15g pow(10, -2) %.15g", C.pow(2, 10), C.pow(2, 0.5), C.pow(10, -2)))
print(string.format("sqrt(2) %.15g floor(-2.5) %.15g", C.sqrt(2), C.floor(-2.5)))
print(string.format("ldexp(0.75, 4) %.15g", C.ldexp(0.75, 4)))
local e = ffi.new("int[1]")
local m = C.frexp(48, e)
print(string.format("frexp(48) %.15g * 2^%d", m, e[0]))
-- float results are rounded to single precision.
print(string.format("sqrtf(2) %.10g", C.sqrtf(2)))
print(string.format("abs(-7) %d labs(-70000) %d", C.abs(-7), tonumber(C.labs(-70000))))
-- Results are plain Lua numbers: arithmetic and comparisons work directly.
print(type(C.sin(1)), C.pow(3, 2) == 9, C.abs(-3) + 1 == 4)
local acc = 0
for i = 1, 1000 do acc = acc + C.sin(i) * C.sin(i) + C.cos(i) * C.cos(i) end
print(string.format("sum of sin^2 + cos^2 over 1000 points: %.9f", acc))
