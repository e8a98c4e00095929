-- math.random with explicit seeds gives the same numbers as PUC Lua 5.4.

print(math.randomseed(42))
print(math.random(1, 100), math.random(), math.random(0))
print(math.randomseed(7, 3))
print(math.random(3), math.random(1, 10), math.random(-5, 5), math.random(math.mininteger, math.maxinteger))
math.randomseed(123)
local t = {}
for i = 1, 20 do t[#t + 1] = math.random(6) end
print(table.concat(t, " "))
for i = 1, 5 do print(math.random()) end
for i = 1, 5 do print(math.random(1000000007)) end
for i = 1, 3 do print(math.random(0)) end
print(math.random(5, 5), math.random(math.maxinteger, math.maxinteger))
math.randomseed(-1, -2)
print(math.random(1, 2^40), math.random(100))
print(pcall(math.random, 2, 1))
print(pcall(math.random, 1, 2, 3))
print(pcall(math.random, 1.5))
print(pcall(math.randomseed, 1.5))
local a = math.random(1, 10)
print(a >= 1 and a <= 10)
-- an unseeded call still gives values in range
math.randomseed()
local f = math.random()
print(f >= 0 and f < 1)
