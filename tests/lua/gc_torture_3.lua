-- setpause(100) (and values below it) on a heap past the 1 MiB floor: a major collection left the next one due
-- at once (threshold at or below the live size), so every allocation ran a full collection and a few thousand
-- allocations took minutes (found by fuzz/gc_gen.py).
local keep = {}
local l = nil
for i = 1, 30000 do l = {next = l, v = i} end
keep[1] = l
print(collectgarbage("setpause", 100))
collectgarbage("step", 1)
local m = nil
for i = 1, 20000 do m = {next = m, v = i} end
keep[2] = m
local s, n = 0, 0
while m do s = s + m.v n = n + 1 m = m.next end
print(n, s)
print(collectgarbage("setpause", 80))
collectgarbage()
local t = {}
for i = 1, 20000 do t[i] = {i} end
print(#t, t[#t][1])
print(collectgarbage("setpause", 200))
