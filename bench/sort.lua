-- sorting with a Lua comparator: table.sort of records by several keys, and of numbers in descending order
local MOD = 1000000007
local seed = 42
local function random(n)
  seed = (seed * 16807) % 2147483647
  return seed % n
end

local names = {"ada", "bob", "cyd", "dee", "eve", "fay", "gus", "hal", "ivy", "jon"}

-- Records compare by score (descending), then name, then id: ids are unique, so the order is total and every
-- sort algorithm gives the same result.
local function by_score_name_id(a, b)
  if a.score ~= b.score then return a.score > b.score end
  if a.name ~= b.name then return a.name < b.name end
  return a.id < b.id
end

local function descending(a, b) return a > b end

local checksum = 0
for round = 1, 15 do
  local records = {}
  for i = 1, 20000 do
    records[i] = {id = i, score = random(500), name = names[random(#names) + 1]}
  end
  table.sort(records, by_score_name_id)
  for i = 1, #records, 97 do
    checksum = (checksum * 31 + records[i].id) % MOD
  end

  local numbers = {}
  for i = 1, 30000 do numbers[i] = random(1000000) end
  table.sort(numbers, descending)
  for i = 2, #numbers do
    if numbers[i - 1] < numbers[i] then error("not sorted at " .. i) end
  end
  checksum = (checksum * 31 + numbers[1] + numbers[#numbers]) % MOD
end
print(string.format("%d", checksum))
