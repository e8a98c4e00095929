local a, b, c = 1, 2
a, b = b, a
local t = {}
t[a], a = 1, 2
a, t[a] = 3, 4
x, y, z = f()
x, y = 1, 2, 3
local u
u, x = function() return u end, u
local function g() t.x, t = 1, nil end
return a, b, c
