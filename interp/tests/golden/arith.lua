local a, b = ...
local x = a + 1
local y = a - 1
local z = a * 2.5 / b // 3 % 4 ^ 0.5
local w = 1 + a
local v = 2 - a
local folded = (2 + 3) * 4 - 10 // 3 + 2 ^ 3
local nofold = 1 // 0 + 1 % 0 + (1.5 | 1)
local bits = a & 0xff | b ~ 3
local shifts = a << 2, a >> 3, 1 << a
local big = a + 100000
local neg = -a, ~a, -3, -(0.0), ~5
return x, y, z, w, v, folded, nofold, bits, shifts, big, neg
