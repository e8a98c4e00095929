-- integer loops over a boolean array: the sieve of Eratosthenes, repeated, with a count and sum of the primes found
local function sieve(limit)
  local composite = {}
  for i = 1, limit do composite[i] = false end
  local count, sum = 0, 0
  for i = 2, limit do
    if not composite[i] then
      count = count + 1
      sum = sum + i
      for multiple = i * i, limit, i do composite[multiple] = true end
    end
  end
  return count, sum
end

local total_count, total_sum = 0, 0
for round = 1, 24 do
  local count, sum = sieve(1000000 + round * 1000)
  total_count = total_count + count
  total_sum = (total_sum + sum) % 1000000007
end
print(string.format("%d %d", total_count, total_sum))
