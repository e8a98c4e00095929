-- coroutines.lua: a generator pipeline built from coroutines
local function numbers(limit)
  return coroutine.wrap(function()
    for i = 1, limit do coroutine.yield(i) end
  end)
end

local function filter(pred, source)
  return coroutine.wrap(function()
    for v in source do
      if pred(v) then coroutine.yield(v) end
    end
  end)
end

local function is_prime(n)
  if n < 2 then return false end
  for d = 2, math.floor(math.sqrt(n)) do
    if n % d == 0 then return false end
  end
  return true
end

local primes = {}
for p in filter(is_prime, numbers(100)) do primes[#primes + 1] = p end
print("primes below 100: " .. table.concat(primes, " "))
