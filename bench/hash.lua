-- table-heavy (hash part): string and integer-key insert and lookup
local N = 200000
local h = {}
for i = 1, N do h["key" .. i] = i end
local hits = 0
for round = 1, 15 do
  for i = 1, N, 3 do
    if h["key" .. i] then hits = hits + 1 end
  end
end
local sparse = {}
for i = 1, N do sparse[i * 7919] = i end
local total = 0
for i = 1, N do total = total + sparse[i * 7919] end
local count = 0
for _ in pairs(h) do count = count + 1 end
print(hits, total, count)
