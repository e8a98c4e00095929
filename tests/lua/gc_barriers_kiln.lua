-- kiln-only: write barriers of stores PUC Lua has no equivalent for (see gc_barriers.lua for the method)
local function churn() for i = 1, 300 do local _ = {i, tostring(i)} end end

-- debug.setupvalue on a native function with an upvalue (kiln's pairs keeps 'next' there)
local name, saved = debug.getupvalue(pairs, 1)
collectgarbage()
debug.setupvalue(pairs, 1, function(t, k) return next(t, k) end)
churn()
local n = 0
for _ in pairs({1, 2, 3}) do n = n + 1 end
print(name, n)
debug.setupvalue(pairs, 1, saved)
