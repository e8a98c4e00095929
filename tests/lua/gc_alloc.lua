-- a long allocation-heavy loop: many short-lived tables, strings and closures
local live = {}
local checksum = 0
for i = 1, 200000 do
  local t = {i, i * 2, name = "item" .. i, nested = {i}}
  local f = function() return t[1] + t.nested[1] end
  checksum = checksum + f()
  if i % 1000 == 0 then live[#live + 1] = t end
end
print("checksum", checksum)
print("kept", #live, live[1].name, live[200].nested[1])

-- a long linked list that survives many collections
local list = nil
for i = 1, 50000 do list = {value = i, next = list} end
local sum, n = 0, 0
while list do sum = sum + list.value; n = n + 1; list = list.next end
print("list", n, sum)

-- string building under pressure
local parts = {}
for i = 1, 20000 do parts[#parts + 1] = tostring(i) end
local joined = table.concat(parts, ",")
print("joined", #joined, joined:sub(1, 20), joined:sub(-11))

-- tables that grow while old entries are collected
local ring = {}
for i = 1, 100000 do ring[i % 100] = {i} end
local s = 0
for i = 0, 99 do s = s + ring[i][1] end
print("ring", s)

-- closures referencing closures
local chain = function() return 0 end
for i = 1, 1000 do
  local prev = chain
  chain = function() return prev() + 1 end
end
print("chain", chain())
collectgarbage()
print("after full collection", chain(), live[100].name)
