-- Field and method lookups whose answer changes while the same instruction runs again: a cached node that
-- goes stale (a rehash, a removed key, a shadowing key), a class whose method is replaced, an object whose
-- metatable changes, __index turning into a function, long-string keys equal in content but not identity.
local Base = {}
Base.__index = Base
function Base:name() return "base" end
local Other = {}
Other.__index = Other
function Other:name() return "other" end

local function call_name(o) return o:name() end
local function get_x(o) return o.x end

local out = {}
local o = setmetatable({x = 1}, Base)
for i = 1, 40 do
  if i == 10 then o.name = function() return "own" end end      -- shadows the class method
  if i == 15 then o.name = nil end                                -- back to the class
  if i == 20 then Base.name = function() return "base2" end end  -- the class method replaced
  if i == 25 then setmetatable(o, Other) end                      -- another class
  if i == 30 then Other.__index = function(t, k) return function() return "fn:" .. k end end end
  if i == 35 then setmetatable(o, nil) o.name = function() return "plain" end end
  out[#out + 1] = call_name(o)
end
print(table.concat(out, " "))

-- A cached hash node moved by a rehash, and keys deleted and re-added.
local t = {x = 0}
local seen = {}
for i = 1, 60 do
  if i % 7 == 0 then t["k" .. i] = i end         -- grows the table: nodes move
  if i == 30 then t.x = nil end
  if i == 31 then t.x = 31 end
  seen[#seen + 1] = tostring(get_x(t))
end
print(table.concat(seen, ","))

-- Long strings: equal content, different objects (strings are compared by content).
local long1 = string.rep("k", 60)
local long2 = string.rep("k", 59) .. "k"
local lt = {[long1] = "found"}
local function get_long(tab) return tab[string.rep("k", 60)] end
for _ = 1, 3 do io.write(tostring(get_long(lt)), " ", tostring(lt[long2]), " ") end
print()

-- Globals replaced and removed while a function reads them in a loop.
G1 = 1
local function read_global() return G1 end
local g = {}
for i = 1, 12 do
  if i == 4 then G1 = "two" end
  if i == 8 then G1 = nil end
  if i == 10 then _G.G1 = 3.5 end
  g[#g + 1] = tostring(read_global())
end
print(table.concat(g, " "))

-- Stores through a cached node: into a field that exists, then after it was removed (__newindex sees it).
local log = {}
local proxy = setmetatable({v = 0}, {__newindex = function(tab, k, v) log[#log + 1] = k .. "=" .. tostring(v) rawset(tab, k, v) end})
local function set_v(p, v) p.v = v end
for i = 1, 6 do
  if i == 3 then proxy.v = nil end
  set_v(proxy, i)
end
print(proxy.v, table.concat(log, " "))

-- Two-level class chains (the inline path handles one level; the helper the rest).
local A = {}
A.__index = A
function A:who() return "A" end
local B = setmetatable({}, {__index = A})
B.__index = B
local b = setmetatable({}, B)
local w = {}
for i = 1, 5 do
  if i == 3 then function B:who() return "B" end end
  w[#w + 1] = b:who()
end
print(table.concat(w, " "))
