-- NaN, infinities and signed zeros through arithmetic, formatting and table keys
print(0/0, -(0/0), math.huge % 1, -math.huge % 1, 1 % 0.0, math.huge // 1, math.huge - math.huge)
print(string.format("%f %g %.3f", 0/0, -(0/0), 1/0), tostring(0/0), 0/0 == 0/0)
local nan = 0/0
local t = {}
print(pcall(function() t[nan] = 1 end))
print(math.max(nan, 1), math.min(1, nan), math.floor(-0.0), 1/math.floor(-0.0), math.fmod(-6, 3))
print(math.tointeger(-0.0), 3 // 0.0, -3 % math.huge, 0.0 == -0.0, tostring(-0.0))
print(string.format("%.14g", 2^63), 2^63 == math.maxinteger + 1.0, math.maxinteger // 1 | 0)
print(-7 // 0.0, 7 % -0.0, -0.0 // 1, 0.0 // -1)
