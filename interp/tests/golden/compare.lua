local a, b = ...
local r1 = a < b
local r2 = a > b
local r3 = a <= 10
local r4 = 10 < a
local r5 = a >= 2.5
local r6 = a == "s"
local r7 = a ~= nil
local r8 = a == 1
local r9 = "k" == a
if a > 0 then return 1 elseif b ~= a then return 2 end
return r1, r2, r3, r4, r5, r6, r7, r8, r9
