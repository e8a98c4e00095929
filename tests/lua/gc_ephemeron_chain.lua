-- Ephemeron convergence: long chains of weak-key entries, each value leading
-- to the next key, must survive exactly while their first key is reachable.
-- The chains are long enough that re-scanning every entry per step would be
-- slow (a quadratic fixed point), and short enough for GC stress mode.

local function count(t)
  local n = 0
  for _ in pairs(t) do n = n + 1 end
  return n
end

-- Each value is the next key.
local N = 20000
local direct = setmetatable({}, {__mode = "k"})
local first = {}
local prev = first
for _ = 1, N do
  local k = {}
  direct[prev] = k
  prev = k
end
prev = nil
collectgarbage()
print("direct chain, first alive", count(direct))
first = nil
collectgarbage()
print("direct chain, first dropped", count(direct))

-- Each value is a table holding the next key (reached only by marking it).
local M = 3000
local indirect = setmetatable({}, {__mode = "k"})
first = {}
prev = first
for _ = 1, M do
  local k = {}
  indirect[prev] = {next = k}
  prev = k
end
prev = nil
collectgarbage()
print("indirect chain, first alive", count(indirect))
first = nil
collectgarbage()
print("indirect chain, first dropped", count(indirect))

-- A chain alternating between two ephemeron tables, built last key first.
local a = setmetatable({}, {__mode = "k"})
local b = setmetatable({}, {__mode = "k"})
local keys = {}
for i = 1, 2 * M do keys[i] = {} end
for i = 2 * M - 1, 1, -1 do
  local t = (i % 2 == 1) and a or b
  t[keys[i]] = keys[i + 1]
end
first = keys[1]
keys = nil
collectgarbage()
print("two tables, first alive", count(a), count(b))
first = nil
collectgarbage()
print("two tables, first dropped", count(a), count(b))

-- Strings and other values under weak keys; a key reachable only from its own
-- value is garbage; a key reachable from another table's value is not.
local mixed = setmetatable({}, {__mode = "k"})
local holder = {}
for i = 1, 100 do
  local k = {}
  mixed[k] = "value " .. i
  if i % 2 == 0 then holder[i] = k end
  local self_ref = {}
  mixed[self_ref] = {self_ref}
end
collectgarbage()
print("mixed", count(mixed))
local ok = true
for i = 2, 100, 2 do
  if mixed[holder[i]] ~= "value " .. i then ok = false end
end
print("mixed values kept", ok)
