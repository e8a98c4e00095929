-- kiln-only
-- Chunks kiln refuses or survives where PUC Lua may crash: a header that is
-- PUC's but a body that is not kiln's, trailing bytes, and a numeric loop
-- whose hidden state `debug.setlocal` overwrote (PUC loops on; kiln ends it).
local c = string.dump(function() return 1 end)
print(load(c:sub(1, 31) .. "puc!" .. c:sub(36)))
print(load(c .. "x", "=extra"))

local t = {}
local runs = 0
for i = 1, 3 do
  runs = runs + 1
  assert(debug.setlocal(1, 4, t) == "(for state)")   -- the loop's index
  assert(debug.setlocal(1, 5, t) == "(for state)")   -- and its count
end
collectgarbage()
print(runs, type(t))
