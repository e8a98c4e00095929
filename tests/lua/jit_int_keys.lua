-- integer keys outside the array part, read, overwritten and inserted inline through the hash part:
-- zero and negative keys, sparse and extreme keys, dead keys, rehashes that move keys into the array part,
-- __index/__newindex metatables, float keys with integer values, and old tables given young values
local function count(t) local n = 0 for _ in pairs(t) do n = n + 1 end return n end

-- zero-based arrays (key 0 lives in the hash part)
local perm = {}
for i = 0, 9 do perm[i] = i * i end
local s = 0
for _ = 1, 50 do
  for i = 0, 9 do perm[i] = perm[i] + 1; s = s + perm[i] end
end
print(s, perm[0], perm[9], perm[10], #perm)

-- negative, sparse and extreme keys
local sp = {}
for i = 1, 2000 do sp[i * 7919] = i; sp[-i] = -i end
local total = 0
for i = 1, 2000 do total = total + sp[i * 7919] + sp[-i] end
sp[math.maxinteger] = "max"; sp[math.mininteger] = "min"
print(total, count(sp), sp[math.maxinteger], sp[math.mininteger], sp[0], sp[7919 * 2001])

-- dead keys: removed, read as nil, reinserted
local d = {[100] = 1, [200] = 2, [300] = 3}
d[200] = nil
print(d[100], d[200], d[300], count(d))
d[200] = 22; d[400] = 4
print(d[100], d[200], d[300], d[400], count(d))

-- keys that become the array part after a rehash
local m = {}
for i = 10, 1, -1 do m[i] = i end
print(#m, m[1], m[10], count(m))
for i = 1, 10 do m[i] = m[i] * 2 end
print(m[1], m[5], m[10])

-- metatables: __index for absent keys, __newindex for absent keys only
local log = {}
local mt = setmetatable({[5] = "five"}, {
  __index = function(_, k) return "idx" .. k end,
  __newindex = function(t, k, v) log[#log + 1] = k; rawset(t, k, v) end,
})
print(mt[5], mt[6], mt[-1], mt[0])
mt[5] = "FIVE"; mt[7] = "seven"; mt[7] = "SEVEN"; mt[-3] = "m3"
print(mt[5], mt[7], mt[-3], #log, log[1], log[2])

-- float keys with integer values are the same keys
local f = {}
f[0] = "zero"; f[2.0^40] = "big"
print(f[0.0], f[-0.0], f[1 << 40], f[2^40])

-- nil stores into the hash part
local z = {[50] = 1}
z[50] = nil; z[60] = nil
print(z[50], z[60], next(z) == nil or count(z))

-- old tables get young values under integer keys (the barrier's path)
local olds = {}
for i = 1, 4 do olds[i] = {[0] = false, [-1] = false} end
collectgarbage(); collectgarbage()
for round = 1, 30 do
  for i = 1, 4 do
    local o = olds[i]
    o[0] = {round}; o[-1] = {round + 1}; o[1000 + round] = {round + 2}
    for _ = 1, 20 do local _ = {false, "garbage"} end
  end
end
collectgarbage()
local ok = 0
for i = 1, 4 do
  local o = olds[i]
  if o[0][1] == 30 and o[-1][1] == 31 and o[1030][1] == 32 and o[1001][1] == 3 then ok = ok + 1 end
end
print(ok)
local fresh_ok = 0
for round = 1, 6 do
  local o = {[0] = 0}
  collectgarbage(); collectgarbage()
  o[-round] = {round}; o[0] = {tag = "z" .. round}
  for _ = 1, 3000 do local _ = {false, "garbage"} end
  if o[-round][1] == round and o[0].tag == "z" .. round then fresh_ok = fresh_ok + 1 end
end
print(fresh_ok)
