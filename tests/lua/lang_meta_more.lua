-- __gc order, weak tables, __metatable, metamethods on other types, operands metamethods receive
-- __gc order and resurrection, __mode
local order = {}
-- (kept alive until the full collection: a small nursery would otherwise collect the first ones early)
local keep = {}
for i = 1, 5 do keep[i] = setmetatable({}, {__gc = function() order[#order + 1] = i end}) end
keep = nil
collectgarbage(); collectgarbage()
print(table.concat(order, " "))
local log = {}
do
  local x = setmetatable({name = "x"}, {__gc = function(o) log[#log + 1] = "gc " .. o.name end})
end
collectgarbage()
print(table.concat(log, ","))
-- __gc set after setmetatable does not count
local late = {}
local mt = {}
setmetatable(late, mt)
mt.__gc = function() print("never") end
late = nil
collectgarbage()
-- weak tables
local wk = setmetatable({}, {__mode = "k"})
local wv = setmetatable({}, {__mode = "v"})
local key = {}
wk[key] = "kept"; wk[{}] = "dropped"
wv[1] = key; wv[2] = {}
wv.s = "string stays"; wv.n = 42
collectgarbage()
local c = 0 for _ in pairs(wk) do c = c + 1 end
print(c, wk[key], wv[1] == key, wv[2], wv.s, wv.n)
-- __metatable
local p = setmetatable({}, {__metatable = "locked", __index = {a = 1}})
print(getmetatable(p), p.a, pcall(setmetatable, p, {}))
print(getmetatable("").__metatable, pcall(setmetatable, "x", {}))
print(pcall(setmetatable, {}, 1), pcall(setmetatable, 1, {}))
print(select("#", setmetatable({}, nil)))
-- __index on functions/numbers via debug.setmetatable
debug.setmetatable(10, {__index = function(n, k) return k .. n end})
print((5).x, (2.5).y)
debug.setmetatable(10, nil)
print(pcall(function() return (5).x end))
-- __call on a table used as iterator in generic for
local iter = setmetatable({}, {__call = function(self, s, c) if c < 3 then return c + 1 end end})
for i in iter, nil, 0 do io.write(i, " ") end print()
-- __index with rawget inside, __newindex with table then function
local base = setmetatable({}, {__newindex = function(t, k, v) rawset(t, k, v * 10) end})
local derived = setmetatable({}, {__newindex = base, __index = base})
derived.q = 4
print(rawget(derived, "q"), derived.q, base.q)
-- __eq not called for rawequal objects or different types
local eqc = 0
local E = {__eq = function() eqc = eqc + 1 return true end}
local e1, e2 = setmetatable({}, E), setmetatable({}, E)
print(e1 == e1, e1 == e2, e1 ~= e2, e1 == "x", eqc)
-- __lt on mixed: number and table
local L = setmetatable({}, {__lt = function(a, b) return type(a) == "number" end})
print(1 < L, L < 1, pcall(function() return "a" < L end))
-- __concat receiving numbers
local C = setmetatable({}, {__concat = function(a, b) return math.type(a) or math.type(b) or "none" end})
print(C .. 1, 1.5 .. C, C .. C)
-- __unm and __len receive the operand twice? (second arg)
local U = setmetatable({}, {__unm = function(a, b) return rawequal(a, b) end, __len = function(a, b) return rawequal(a, b) end})
print(-U, #U)
-- __idiv/__mod/__div on strings convert
print("7" // "2", "7" % "2", "7" / "2", "2" ^ "3", -"3", "0x10" * 1)
print(pcall(function() return "a" // 1 end))
print(pcall(function() return {} // 1 end))
