-- appends to the array part and reads beyond it, compiled inline: fresh tables, tables with a hash part
-- holding the next keys, __newindex/__index metatables, nil stores, growth, and old tables storing new
-- objects (the barrier)
local function fill(t, n, v)
  for i = 1, n do t[i] = v or {i} end
  return t
end
local function count(t) local n = 0 for _ in pairs(t) do n = n + 1 end return n end

-- fresh table: every append takes the array part
local a = fill({}, 100)
print(#a, a[1][1], a[100][1], a[101], a[0], a[-1])

-- keys 3..5 already in the hash part: appending 1, 2 migrates them
local h = {[3] = "c", [4] = "d", [5] = "e", x = 1}
h[1] = "a"; h[2] = "b"
print(#h, h[3], h[5], h[6], count(h))
for i = 6, 10 do h[i] = i end
print(#h, h[10], count(h))

-- __newindex sees every absent key, __index every absent read
local log = {}
local m = setmetatable({}, {
  __newindex = function(t, k, v) log[#log + 1] = k; rawset(t, k, v) end,
  __index = function(t, k) return "idx" .. k end,
})
for i = 1, 5 do m[i] = i * 10 end
print(#log, log[1], log[5], m[3], m[6], m[100])

-- nil appends store nothing; a nil in the middle and past the end
local z = {}
for i = 1, 5 do z[i] = nil end
print(#z, next(z))
z[1] = 1; z[2] = nil; z[3] = 3
print(z[1], z[2], z[3], z[4])

-- growth far beyond the first capacity, with reads beyond the end on the way
local g, misses = {}, 0
for i = 1, 5000 do
  if g[i] ~= nil then misses = misses + 1 end
  g[i] = i
end
print(#g, g[5000], g[5001], misses)

-- an old table gets new objects appended while garbage is made (the write barrier)
local old = {}
collectgarbage()
collectgarbage()
for round = 1, 50 do
  for i = 1, 20 do local _ = {i, i, i} end
  old[#old + 1] = {round, tostring(round)}
end
collectgarbage()
local sum = 0
for i = 1, #old do sum = sum + old[i][1] + #old[i][2] end
print(#old, sum)

-- an array part with room and the next keys in the hash part: the append must migrate them
local r = {}
r[1] = 1; r[2] = 2; r[3] = 3
r[5] = 5; r[6] = 6
r[4] = 4
local keys = {}
for k in pairs(r) do keys[#keys + 1] = k end
table.sort(keys)
print(#r, r[5], r[6], table.concat(keys, " "), select("#", table.unpack(r)))
-- the key appended next was in the hash part: no stale copy may survive there
r[7] = 70
r[7] = nil
r[6] = nil
print(#r, r[6], r[7], rawget(r, 6), rawget(r, 7))
local s = {x = 1, y = 2, z = 3}
for i = 1, 5 do s[i] = i end
s[7] = 7
s[6] = 6
s[7] = 70
s[7] = nil
print(#s, s[7], rawget(s, 7))
