-- setpause(100) (or less) on a heap past the 1 MiB floor: a major collection left the next one due at once (its
-- threshold was at or below the live size), so every allocation ran a full collection; the 3000 allocations
-- below took minutes (found by fuzz/gc_gen.py).
local keep = {}
local l = nil
for i = 1, 30000 do l = {next = l, v = i} end
keep[1] = l
print(collectgarbage("setpause", 100))
collectgarbage("step", 1)
local m = nil
for i = 1, 3000 do m = {next = m, v = i} end
keep[2] = m
print(collectgarbage("setpause", 80))
collectgarbage()
local t = {}
for i = 1, 3000 do t[i] = {i} end
print(collectgarbage("setpause", 200))
local s, n = 0, 0
while m do s = s + m.v n = n + 1 m = m.next end
print(n, s, #t, t[#t][1])
