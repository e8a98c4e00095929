-- table.sort and other natives calling Lua functions and reading/writing tables: plain tables, tables whose
-- reads and writes go through __index/__newindex, comparators that error, yield, return odd values or
-- capture upvalues, and natives called back from a comparator.

local function show(t, n)
  local parts = {}
  for i = 1, n or #t do parts[#parts + 1] = tostring(t[i]) end
  return table.concat(parts, " ")
end

-- A plain table, with and without a comparator, including a comparator returning non-booleans.
local t = {5, 3, 9, 1, 7, 2, 8, 6, 4, 0}
table.sort(t)
print("plain", show(t))
table.sort(t, function(a, b) return a > b end)
print("desc", show(t))
table.sort(t, function(a, b) if a < b then return 1 else return nil end end)
print("truthy", show(t))

-- A proxy: the elements live in another table, reached only through __index/__newindex (the table itself
-- stays empty, so every read and write of the sort is a metamethod call), with a logged count.
local store = {}
for i = 1, 50 do store[i] = (i * 37) % 101 end
local reads, writes = 0, 0
local proxy = setmetatable({}, {
  __index = function(_, k) reads = reads + 1; return store[k] end,
  __newindex = function(_, k, v) writes = writes + 1; store[k] = v end,
  __len = function() return #store end,
})
table.sort(proxy, function(a, b) return a < b end)
local sorted = true
for i = 2, #store do if store[i - 1] > store[i] then sorted = false end end
print("proxy sorted", sorted, rawlen(proxy), reads > 0, writes > 0)

-- A table with a metatable whose __index is a table: present elements read raw, missing ones inherited.
local base = {[3] = "c", [5] = "e"}
local holes = setmetatable({"d", "a", nil, "b", nil}, {__index = base})
table.sort(holes, nil)
print("inherited", show(holes, 5))

-- __newindex on a table whose elements are all present: stores replace values, no metamethod runs.
local seen = 0
local present = setmetatable({4, 2, 3, 1}, {__newindex = function() seen = seen + 1 end})
table.sort(present)
print("present", show(present), seen)

-- Records sorted by several keys through a comparator capturing an upvalue.
local calls = 0
local recs = {}
for i = 1, 40 do recs[i] = {id = i, k = (i * 7) % 5} end
table.sort(recs, function(a, b)
  calls = calls + 1
  if a.k ~= b.k then return a.k < b.k end
  return a.id > b.id
end)
local ids = {}
for i = 1, 10 do ids[i] = recs[i].id end
print("records", table.concat(ids, ","), calls > 0)

-- Errors in comparators keep their message and position; errors from compare without a comparator.
print(pcall(table.sort, {3, 2, 1}, function(a, b) error("cmp failed") end))
print(select(2, pcall(table.sort, {3, 2, 1}, function(a, b) error({code = 7}) end)).code)
print(select(2, pcall(table.sort, {3, {}, 1})))
print(pcall(table.sort, {1, 2, 3}, function(a, b) return a.x < b end))

-- An order function that is not one.
local r = {}
for i = 1, 200 do r[i] = i % 13 end
print(pcall(table.sort, r, function(a, b) return true end))

-- A comparator that yields: not across table.sort.
local co = coroutine.wrap(function()
  table.sort({3, 1, 2}, function(a, b) coroutine.yield("inside") return a < b end)
  return "done"
end)
print(pcall(co))

-- A comparator that calls natives which call Lua again (gsub with a function, a nested sort).
local words = {"pear", "fig", "apple", "kiwi"}
table.sort(words, function(a, b)
  local x = a:gsub(".", function(c) return c end)
  local inner = {#a, #b}
  table.sort(inner, function(p, q) return p > q end)
  return x < b
end)
print("nested", table.concat(words, " "))

-- A comparator given as a callable table (__call) and as a native function.
local callable = setmetatable({}, {__call = function(_, a, b) return a > b end})
local c = {1, 4, 2, 3}
print(pcall(table.sort, c, callable))
print(pcall(table.sort, {1, 4, 2, 3}, math.max))
local d = {"b", "a", "c"}
table.sort(d, rawequal)
print("native cmp", #d)

-- Other natives reading and writing through metamethods: insert, remove, concat, unpack, move.
local log = {}
local backing = {"a", "b", "c"}
local view = setmetatable({}, {
  __index = function(_, k) log[#log + 1] = "r" .. k; return backing[k] end,
  __newindex = function(_, k, v) log[#log + 1] = "w" .. k; backing[k] = v end,
  __len = function() return #backing end,
})
table.insert(view, 2, "x")
print(table.concat(backing, ","), table.remove(view, 1), table.concat(backing, ","))
print(table.concat(view, "-"), table.unpack(view))
table.move(view, 1, 2, 3)
print(table.concat(backing, ","))
print(table.concat(log, " "))

-- gsub with a function replacement and string.rep in a loop: many nested calls.
local n = 0
local s = string.rep("ab", 500):gsub("a", function() n = n + 1; return "" end)
print(#s, n)
