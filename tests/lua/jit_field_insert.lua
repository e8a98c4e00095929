-- new string keys stored by SetField, inserted inline into a table's hash part: fresh tables from
-- constructors, growth past 3/4 full (rehash), nil values, dead keys, metatables (__newindex), old
-- tables (which take the barrier's path), and the keys and values surviving collections
local function count(t) local n = 0 for _ in pairs(t) do n = n + 1 end return n end

-- constructors: every field inserted into a fresh hash part of the right size
local sum = 0
for i = 1, 3000 do
  local p = {x = i, y = i + 1, tag = "p"}
  sum = sum + p.x + p.y + #p.tag
end
print(sum)

-- one field at a time into an empty table: the hash part grows (rehash) on the way
local g = {}
g.a = 1; g.b = 2; g.c = 3; g.d = 4; g.e = 5; g.f = 6; g.g = 7; g.h = 8; g.i = 9
print(count(g), g.a, g.e, g.i, g.j)

-- nil stores insert nothing
local z = {}
z.a = nil; z.b = nil
print(count(z), next(z))
z.a = 1; z.b = nil; z.c = 3
print(count(z), z.a, z.b, z.c)

-- a dead key (removed field) is reused, and other keys stay reachable
local d = {a = 1, b = 2, c = 3}
d.b = nil
d.b = 20; d.e = 5
print(count(d), d.a, d.b, d.c, d.e)

-- __newindex sees absent fields; a metatable without it still gets rawset semantics
local log = {}
local m = setmetatable({}, {__newindex = function(t, k, v) log[#log + 1] = k; rawset(t, k, v .. "!") end})
m.one = "1"; m.two = "2"; m.one = "again"
print(#log, log[1], log[2], m.one, m.two)
local plain = setmetatable({}, {__index = function(_, k) return "dflt-" .. k end})
plain.x = "set"
print(plain.x, plain.y)

-- strings with the same bytes made at run time are the same key
local s = {}
s.key = 1
s[("ke" .. "y")] = 2
s.other = 3
print(count(s), s.key, s[("oth" .. "er")])

-- old tables get new fields holding young objects while garbage is made (the barrier)
local olds = {}
for i = 1, 8 do olds[i] = {} end
collectgarbage(); collectgarbage()
for round = 1, 40 do
  for i = 1, 8 do
    local o = olds[i]
    o.a = {round}; o.b = {round + 1}; o.c = "s" .. round
    for _ = 1, 5 do local _ = {i, i} end
  end
end
collectgarbage()
-- and fields inserted for the first time into just-matured tables, checked after minor collections
local fresh_ok = 0
for round = 1, 6 do
  local o = {}
  collectgarbage(); collectgarbage()
  o.a = {round}; o.b = {tag = "b" .. round}
  for _ = 1, 3000 do local _ = {false, "garbage"} end
  if o.a[1] == round and o.b.tag == "b" .. round then fresh_ok = fresh_ok + 1 end
end
print(fresh_ok)
local ok = 0
for i = 1, 8 do
  local o = olds[i]
  if o.a[1] == 40 and o.b[1] == 41 and o.c == "s40" then ok = ok + 1 end
end
print(ok)

-- young tables holding fields survive minor collections
local keep = {}
for i = 1, 2000 do
  local t = {}
  t.name = "n" .. i; t.child = {v = i}; t.flag = i % 2 == 0
  if i % 100 == 0 then keep[#keep + 1] = t end
end
collectgarbage()
local total = 0
for _, t in ipairs(keep) do total = total + t.child.v + #t.name + (t.flag and 1 or 0) end
print(#keep, total)
