-- table-heavy (array part): fill, sum, reverse and sieve
local N = 2000000
local t = {}
for i = 1, N do t[i] = i end
local sum = 0
for round = 1, 30 do
  for i = 1, N do sum = sum + t[i] end
end
for i = 1, N / 2 do t[i], t[N - i + 1] = t[N - i + 1], t[i] end
local sieve, primes = {}, 0
for i = 2, N do sieve[i] = true end
for i = 2, N do
  if sieve[i] then
    primes = primes + 1
    for j = i * i, N, i do sieve[j] = false end
  end
end
print(string.format("%d %d %d", sum, t[1], primes))
