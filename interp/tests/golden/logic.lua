local a, b, c = ...
local x = a and b
local y = a or b or c
local z = not a
local w = a and b or c
local v = not (a == b)
local u = (a or b) and c
if not a then x = 1 end
if a and not b then y = 2 end
while a or b do a = nil end
return x, y, z, w, v, u
