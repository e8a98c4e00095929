-- every metamethod
local log = {}
local function note(s) log[#log + 1] = s end
local function flush() print(table.concat(log, " ")); log = {} end

local V = {}
local function v(x) return setmetatable({x = x}, V) end
local function val(a) return type(a) == "table" and a.x or a end
for _, ev in ipairs({"add", "sub", "mul", "div", "mod", "pow", "unm", "idiv",
                     "band", "bor", "bxor", "shl", "shr", "bnot", "concat"}) do
  V["__" .. ev] = function(a, b)
    note(ev)
    return ev .. "(" .. tostring(val(a)) .. "," .. tostring(val(b)) .. ")"
  end
end
local a, b = v(1), v(2)
print(a + b, a - 1, 2 * a, a / b, a % 3, a ^ 2)
print(-a, a // b, a & 1, 1 | a, a ~ b, a << 1, 1 >> a, ~a)
print(a .. "s", "s" .. a, a .. b, 1 .. a)
flush()

-- __len, __eq, __lt, __le
V.__len = function(t) note("len"); return 42 end
V.__eq = function(x, y) note("eq"); return val(x) == val(y) end
V.__lt = function(x, y) note("lt"); return val(x) < val(y) end
V.__le = function(x, y) note("le"); return val(x) <= val(y) end
print(#a, a == v(1), a ~= v(1), a == a, a < b, a <= b, a > b, a >= b)
flush()
-- __eq is not called for different types or primitive equality
print(a == 1, a == "x", rawequal(a, v(1)))
flush()
-- results of __lt/__le are converted to booleans
V.__lt = function() return 1 end
print(a < b, not (a < b))

-- __index: table and function, chains
local base = {greet = "hello"}
local mid = setmetatable({}, {__index = base})
local obj = setmetatable({}, {__index = mid})
print(obj.greet, obj.missing)
local dyn = setmetatable({}, {__index = function(t, k) return k .. "!" end})
print(dyn.foo, dyn[1], rawget(dyn, "foo"))

-- __newindex: table and function; rawset bypasses
local store = {}
local proxy = setmetatable({}, {__newindex = store})
proxy.a = 1
print(rawget(proxy, "a"), store.a)
local tracked = setmetatable({}, {__newindex = function(t, k, v) note("set " .. k); rawset(t, k, v * 2) end})
tracked.x = 5
tracked.x = 7 -- existing key: no metamethod
print(tracked.x)
flush()

-- __call with arguments and multiple results
local callable = setmetatable({}, {__call = function(self, x, y) return x + y, self end})
local r1, r2 = callable(3, 4)
print(r1, r2 == callable)
-- __call chained on a __call value
local inner = setmetatable({}, {__call = function(_, ...) return "inner", select("#", ...) end})
print(pcall(function() return setmetatable({}, {__call = inner})(1) end))

-- __tostring and __name
local named = setmetatable({}, {__tostring = function() return "I am named" end})
print(tostring(named), named)
local withname = setmetatable({}, {__name = "MyType"})
print((tostring(withname):gsub("0x%x+", "ADDR"):gsub(": [%x]+$", ": ADDR")))
print(pcall(setmetatable({}, {__tostring = function() return 1 end}) and tostring, setmetatable({}, {__tostring = function() return 1 end})))

-- __metatable protects the metatable
local prot = setmetatable({}, {__metatable = "locked"})
print(getmetatable(prot), pcall(setmetatable, prot, {}))

-- __pairs
local pt = setmetatable({}, {__pairs = function(t)
  local i = 0
  return function() i = i + 1; if i <= 3 then return i, i * 10 end end, t, nil
end})
for k, val2 in pairs(pt) do io.write(k, "=", val2, " ") end print()

-- __close
do
  local c <close> = setmetatable({}, {__close = function(_, e) note("close " .. tostring(e)) end})
end
flush()

-- __mode (weak values/keys) and __gc
local weak = setmetatable({}, {__mode = "k"})
weak[{}] = 1
collectgarbage()
print(next(weak))
local finalized = false
do
  local g = setmetatable({}, {__gc = function() finalized = true end})
  g = nil
end
collectgarbage(); collectgarbage()
print("finalized", finalized)

-- __index on strings is the string table
print(("abc").len == string.len, ("abc"):len(), #"abc")

-- __concat with numbers on either side and chains (right associative)
local C = setmetatable({}, {__concat = function(x, y)
  local function s(z) return type(z) == "table" and "C" or tostring(z) end
  return s(x) .. "+" .. s(y)
end})
print(C .. 1, 1 .. C, "a" .. "b" .. C, C .. "a" .. "b")

-- arithmetic metamethod from the right operand
local R = setmetatable({}, {__add = function(x, y) return "R-add" end, __unm = function() return "neg" end})
print(1 + R, R + 1, -R)

-- __idiv and __mod with numbers, __div
local N = setmetatable({}, {__div = function() return "div" end, __idiv = function() return "idiv" end,
  __mod = function() return "mod" end, __pow = function() return "pow" end})
print(N / 2, 2 // N, N % 2, 2 ^ N)

-- __lt for mixed table/number; a missing __le falls back to not __lt(b, a) (LUA_COMPAT_5_3, on in the standard build)
local L = setmetatable({}, {__lt = function(x, y) return true end})
print(L < 1, 1 < L, pcall(function() return L <= 1 end))

-- __eq only between tables/userdata
local E1 = setmetatable({}, {__eq = function() return true end})
local E2 = {}
print(E1 == E2, E2 == E1, E1 == 1)

-- __len on a table used by the # operator but not rawlen
local LN = setmetatable({1, 2, 3}, {__len = function() return 99 end})
print(#LN, rawlen(LN))

-- __index with rawget/rawset and rawequal
local RI = setmetatable({}, {__index = function() return "meta" end})
print(RI.k, rawget(RI, "k"))
