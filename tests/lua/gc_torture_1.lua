-- Clearing every field during a pairs traversal is allowed; clearing the last array entry must not make
-- the traversal's current key invalid (found by fuzz/gc_gen.py: a finalizer-filled table cleared in a loop).
local function clear(t)
  local n = 0
  for k in pairs(t) do t[k] = nil n = n + 1 end
  return n, next(t)
end
local small = {}
for i = 1, 5 do small[#small + 1] = i end
print(clear(small))
local mixed = {10, 20, 30, x = 1, y = 2}
mixed[100] = 3
print(clear(mixed))
-- Filled by finalizers, cleared during traversal after collections.
local KEEP = {}
local mt = {__gc = function(o) KEEP[#KEEP + 1] = o end}
for i = 1, 200 do setmetatable({}, mt) end
collectgarbage() collectgarbage()
print(#KEEP, clear(KEEP))
-- A key that was never there is still an error.
print(pcall(next, {1, 2, 3}, 1000))
print(pcall(next, {}, 1))
