-- Found by fuzz/: PUC compiles `x - k` for a small integer constant k as `x + (-k)`, so a float minus the
-- integer constant 0 loses the sign of -0.0; a float constant or a variable keeps it.
local z = -0.0
print(z - 0, z - 0.0, z + 0, z - 1 + 1)
local zero, fzero = 0, 0.0
print(z - zero, z - fzero)
print(-0.0 - 0, math.type(z - 0), 1 / (z - 0), 1 / (z - 0.0))
local t = setmetatable({}, {__sub = function(a, b) return "sub " .. tostring(b) end,
                            __add = function() return "add" end})
print(t - 0, t - 1, t - 0.0)
print(pcall(function() local n = nil return n - 0 end))
