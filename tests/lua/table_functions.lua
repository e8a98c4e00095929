-- table library: positions, errors, metamethods, sort.

local function try(f, ...)
  print(pcall(f, ...))
end

local function show(t, n)
  local parts = {}
  for i = 1, n or #t do parts[#parts + 1] = tostring(t[i]) end
  return "{" .. table.concat(parts, ",") .. "}"
end

-- insert
local t = {}
table.insert(t, "a")
table.insert(t, 1, "b")
table.insert(t, #t + 1, "c")
table.insert(t, 2, "d")
print(show(t))
try(table.insert, {}, 5, 1)
try(table.insert, {1, 2}, 0, 1)
try(table.insert, {1, 2}, 4, 1)
try(table.insert, {}, 1, 1, 1)
try(table.insert, {})
try(table.insert, nil, 1)
try(table.insert, {}, 1.5, 1)

-- remove
local t = {1, 2, 3, 4}
print(table.remove(t), show(t), table.remove(t, 1), show(t), table.remove(t, #t + 1), show(t))
print(table.remove({}), table.remove({}, 0), #t)
try(table.remove, {}, 5)
try(table.remove, {1, 2, 3}, 7)
try(table.remove, {1, 2, 3}, -1)

-- concat
print(table.concat({1, 2.5, "x"}, "-"), table.concat({}, "x"), table.concat({1, 2, 3}, "", 3, 2))
print(table.concat({"a", "b", "c"}, ", ", 2), table.concat({"a", "b", "c"}, nil, 1, 2))
try(table.concat, {1, {}, 3})
try(table.concat, {1, 2, 3}, ", ", 1, 5)
try(table.concat, {}, {})

-- pack / unpack
local p = table.pack(1, nil, 3)
print(p.n, p[1], p[2], p[3])
print(table.pack().n)
print(table.unpack({1, 2, 3}))
print(table.unpack({1, 2, 3}, 2))
print(table.unpack({1, 2, 3}, 2, 5))
print(table.unpack({1, 2, 3}, 3, 2))
print(table.unpack({1, nil, 3}, 1, 3))
try(table.unpack, {}, 1, 1e8)
try(table.unpack, {}, math.mininteger, math.maxinteger)

-- move
print(show(table.move({1, 2, 3}, 1, 3, 2)))
print(show(table.move({1, 2, 3}, 2, 3, 1)))
print(show(table.move({1, 2, 3}, 1, 3, 1, {}), 3))
print(show(table.move({1, 2, 3}, 1, 0, 5)))
try(table.move, {}, 1, math.maxinteger, 2)
try(table.move, {}, -1, math.maxinteger, 2)
try(table.move, {1}, 1, 2, math.maxinteger)

-- metamethod-aware access
local log = {}
local proxy = setmetatable({}, {
  __index = function(_, i) if i <= 3 then return i * 10 end end,
  __len = function() return 3 end,
})
print(table.concat(proxy, ","), table.unpack(proxy))
local sink = setmetatable({}, {__newindex = function(t, k, v) log[#log + 1] = k .. "=" .. tostring(v); rawset(t, k, v) end})
table.insert(sink, "x")
table.move({7, 8}, 1, 2, 5, sink)
print(table.concat(log, " "))

-- sort
local t = {5, 2, 8, 1, 9, 3}
table.sort(t)
print(show(t))
table.sort(t, function(a, b) return a > b end)
print(show(t))
local words = {"pear", "apple", "fig", "banana"}
table.sort(words)
print(show(words))
table.sort(words, function(a, b) return #a < #b end)
print(words[1], words[4])
local big = {}
for i = 1, 200 do big[i] = (i * 7919) % 211 end
table.sort(big)
local ok = true
for i = 2, #big do if big[i - 1] > big[i] then ok = false end end
print(ok, big[1], big[200])
local calls = 0
table.sort({3, 1, 2}, function(a, b) calls = calls + 1; return a < b end)
print(calls)
try(table.sort, {1, "x"})
try(table.sort, {1, 2}, 3)
try(table.sort, {3, 2, 1}, function() return true end)
local bad = {}
for i = 1, 50 do bad[i] = i % 7 end
try(table.sort, bad, function() return true end)
local objs = {}
local mt = {__lt = function(a, b) return a.v < b.v end}
for i, v in ipairs({3, 1, 2}) do objs[i] = setmetatable({v = v}, mt) end
table.sort(objs)
print(objs[1].v, objs[2].v, objs[3].v)
