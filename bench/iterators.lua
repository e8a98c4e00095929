-- generic for: ipairs over arrays and pairs over hash tables and mixed tables, the loops most Lua code is made of
local arr = {}
for i = 1, 1000 do arr[i] = i % 97 end
local rec = {}
for i = 1, 200 do rec["field" .. i] = i end
local mixed = {}
for i = 1, 300 do mixed[i] = i end
for i = 1, 100 do mixed["k" .. i] = i * 2 end

local a, b, c = 0, 0, 0
for _ = 1, 6000 do
  for i, v in ipairs(arr) do a = a + v + i end
end
for _ = 1, 12000 do
  for _, v in pairs(rec) do b = b + v end
end
for _ = 1, 6000 do
  for k, v in pairs(mixed) do
    if type(k) == "number" then c = c + v else c = c - v end
  end
end
print(a, b, c)
