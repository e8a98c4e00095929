-- Lua functions called from Rust (sort comparators, metamethods, gsub replacements) enter their compiled
-- code directly: results, errors, yields and hooks inside them must be as when the runloop runs them.
local t = {}
for i = 1, 300 do t[i] = (i * 7919) % 1000 end
for round = 1, 3 do
  local c = {}
  for i = 1, #t do c[i] = t[i] end
  table.sort(c, function(a, b) return a > b end)
  print(round, c[1], c[2], c[150], c[300])
end

-- An error inside the comparator reaches the caller's pcall with its message and position.
for _ = 1, 3 do
  print(pcall(table.sort, {3, 1, 2}, function(a, b) if a == 2 or b == 2 then error("cmp failed") end return a < b end))
end

-- A pcall inside the comparator catches its own error.
local caught = 0
table.sort({5, 4, 3, 2, 1}, function(a, b)
  local ok = pcall(error, "inner")
  if not ok then caught = caught + 1 end
  return a < b
end)
print("caught", caught > 0)

-- A yield inside the comparator cannot cross the sort.
local co = coroutine.wrap(function()
  return pcall(table.sort, {2, 1}, function(a, b) coroutine.yield("x") return a < b end)
end)
print(co())

-- Metamethods called by instructions: __index, __add, __lt, __call, __concat.
local mt = {}
mt.__index = function(_, k) return k .. "!" end
mt.__add = function(a, b) return 40 + b end
mt.__lt = function(a, b) return true end
mt.__call = function(self, x) return x * 2 end
mt.__concat = function(a, b) return "cat" end
local o = setmetatable({}, mt)
for _ = 1, 3 do print(o.key, o + 2, o < o, o(21), o .. "x") end

-- A hook set inside a callback is honoured after it returns.
local events = 0
table.sort({3, 2, 1}, function(a, b)
  if not debug.gethook() then debug.sethook(function() events = events + 1 end, "c") end
  return a < b
end)
local x = math.abs(-1)
debug.sethook()
print("hook events after sort", events > 0, x)

-- gsub with a function replacement, many times.
local total = 0
for i = 1, 200 do
  local s = string.gsub("a1b2c3", "%d", function(d) total = total + tonumber(d) return "" end)
  if s ~= "abc" then error("bad gsub") end
end
print("gsub total", total)
