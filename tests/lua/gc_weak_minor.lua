-- Young objects held only by weak tables leave them at a minor collection (collectgarbage("step") in
-- generational mode), as in PUC's generational mode; strong parts stay, and survivors keep their entries.
collectgarbage("generational")
local t = setmetatable({}, {__mode = "kv"})
collectgarbage()            -- 't' is old now
t[1] = {10}
local keep = {20}
t[2] = keep
t.s = "strings are values"
collectgarbage("step", 0)   -- minor collection
print(t[1], t[2] == keep, t.s)
t[1] = {10}                 -- no barrier needed for the test to hold: the table is old again
collectgarbage("step", 0)
collectgarbage("step", 0)
print(t[1], t[2] == keep)

-- weak keys (ephemerons) and weak values, young tables
local wk = setmetatable({}, {__mode = "k"})
local wv = setmetatable({}, {__mode = "v"})
local k = {}
wk[k] = "kept"; wk[{}] = "dropped"
wv.a = keep; wv.b = {}
collectgarbage("step", 0)
collectgarbage("step", 0)
local n = 0
for _ in pairs(wk) do n = n + 1 end
print(n, wk[k], wv.a == keep, wv.b)
