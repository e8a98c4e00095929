-- math.deg/rad and the LUA_COMPAT_MATHLIB functions (frexp, ldexp, pow, ...) of the lua5.4 build.
print(math.atan2(1,2), math.atan(1,2), math.pow(2,3), math.pow("2", 0.5), math.log10(1000), math.deg(math.pi), math.rad(180))
print(math.cosh(0), math.sinh(1), math.tanh(1), math.deg(1), math.deg("2"), math.rad(1))
for _, x in ipairs{8, 0, -0.0, -3.5, 1/0, -1/0, 0/0, 1e-310, 5e-324, 1.7976931348623157e308, 0.1, 2^-1022} do print(x, math.frexp(x)) end
for _, c in ipairs{{1, 3}, {1.5, "2"}, {1, 1024}, {1, -1074}, {1, -1075}, {3, -1075}, {0.75, -1073}, {1, 2^40}, {1, -2^40}, {2^-1000, -74}, {1, 4294967297}} do print(c[1], c[2], math.ldexp(c[1], c[2])) end
print(pcall(math.ldexp, 1, 1.5))
print(pcall(math.frexp))
print(pcall(math.pow, 1))
