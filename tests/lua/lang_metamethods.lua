-- metamethod chains and edge cases: __index/__newindex/__call chains, __eq/__lt/__le rules, __name
-- __index chains
local a = {x = "a.x"}
local b = setmetatable({y = "b.y"}, {__index = a})
local c = setmetatable({}, {__index = b})
local d = setmetatable({}, {__index = function(t, k) return "fn:" .. tostring(k) end})
local e = setmetatable({}, {__index = d})
print(c.x, c.y, c.z, e.q, e[1])
-- __newindex chains
local store = {}
local n1 = setmetatable({}, {__newindex = store})
local n2 = setmetatable({}, {__newindex = n1})
n2.k = "v"
print(rawget(n2, "k"), rawget(n1, "k"), store.k)
local n3 = setmetatable({}, {__newindex = function(t, k, v) rawset(t, k, v .. "!") end})
local n4 = setmetatable({}, {__newindex = n3})
n4.z = "zz"
print(rawget(n4, "z"), rawget(n3, "z"))
-- __newindex on existing key not called
local n5 = setmetatable({present = 1}, {__newindex = function() error("no") end})
n5.present = 2
print(n5.present)
-- __call chains
local inner = setmetatable({}, {__call = function(self, ...) return "inner", select("#", ...), ... end})
local outer = setmetatable({}, {__call = inner})
print(select("#", pcall(outer, 1, 2)), select(3, pcall(outer, 1, 2)) == inner)
print(select(5, pcall(function() return outer(1, 2) end)))
-- __call with non-callable
print(pcall(function() local t = setmetatable({}, {__call = 1}); return t() end))
print(pcall(function() local t = {}; return t() end))
-- __concat
local C = setmetatable({}, {__concat = function(a, b)
  return (type(a) == "table" and "C" or tostring(a)) .. "|" .. (type(b) == "table" and "C" or tostring(b))
end})
print(C .. "x", "x" .. C, 1 .. C, C .. 2.5, "a" .. "b" .. C .. "c" .. "d")
print(pcall(function() return {} .. "x" end))
print(pcall(function() return "x" .. nil end))
print(pcall(function() local t = {} return "x" .. t end))
print(pcall(function() return 1 .. true end))
-- __len
print(#setmetatable({}, {__len = function() return "five" end}), #setmetatable({1, 2}, {}))
print(pcall(function() return #nil end))
print(pcall(function() return #5 end))
local s = "abc"
print(#s, pcall(function() local n = 5; return #n end))
-- __eq only same types, result converted to boolean
local eqmt = {__eq = function(a, b) print("eq called"); return 1 end}
local x1, x2 = setmetatable({}, eqmt), setmetatable({}, eqmt)
print(x1 == x2, x1 ~= x2, x1 == 1, x1 == "s", x1 == x1)
local y1 = setmetatable({}, {__eq = function() print("y eq"); return false end})
print(x1 == y1, y1 == x1, {} == x1)
-- __lt/__le
local ltmt = {__lt = function(a, b) print("lt"); return true end}
local l1, l2 = setmetatable({}, ltmt), setmetatable({}, ltmt)
print(l1 < l2, l1 > l2, pcall(function() return l1 <= l2 end))
print(pcall(function() return l1 < 1 end), pcall(function() return 1 < l1 end))
print(pcall(function() return "a" < l1 end))
local lemt = {__le = function(a, b) print("le"); return nil end}
local e1 = setmetatable({}, lemt)
print(e1 <= e1, e1 >= 1, pcall(function() return e1 < e1 end))
-- __unm, __bnot, __idiv and friends
local U = setmetatable({}, {__unm = function(a, b) return "unm", rawequal(a, b) end, __bnot = function(a, b) return "bnot", rawequal(a, b) end})
print(-U, ~U)
local I = setmetatable({}, {__idiv = function(a, b) return "idiv" end, __band = function(a, b) return "band" end,
  __shl = function() return "shl" end, __shr = function() return "shr" end, __bor = function() return "bor" end, __bxor = function() return "bxor" end})
print(I // 1, 1 // I, I & 1, 1 & I, I << 1, 1 >> I, I | 1, I ~ 1)
-- bitwise metamethods on floats with no integer representation
local F = setmetatable({}, {__band = function(a, b) return "band-mm" end})
print(1.5 & F, F & 1.5)
print(pcall(function() return 1.5 & 1 end))
print(pcall(function() return 1 & "1.5" end))
print(pcall(function() return 1 | {} end))
-- __tostring / __name
local T = setmetatable({}, {__tostring = function() return "custom" end})
print(tostring(T), T)
print(pcall(tostring, setmetatable({}, {__tostring = function() return {} end})))
print(pcall(tostring, setmetatable({}, {__tostring = function() return 42 end})))
local N = setmetatable({}, {__name = "MyName"})
print((tostring(N):gsub("0x%x+", "ADDR")))
print(pcall(function() return N + 1 end))
print(pcall(function() return #N < 1, N < 1 end))
print(pcall(function() return N.x.y end))
print(pcall(string.rep, N))
local N2 = setmetatable({}, {__name = 42})
print((tostring(N2):gsub("0x%x+", "ADDR")))
-- __metatable
local P = setmetatable({}, {__metatable = false})
print(getmetatable(P), pcall(setmetatable, P, nil))
print(getmetatable("abc").__index == string, getmetatable("abc").__name)
-- __pairs
local PP = setmetatable({}, {__pairs = function(t) return function(_, k) if not k then return 1, "one" end end, t, nil end})
for k, v in pairs(PP) do print("pairs", k, v) end
local PX = setmetatable({a = 1}, {__pairs = function(t) return next, {b = 2}, nil, "extra" end})
for k, v in pairs(PX) do print("pairs2", k, v) end
-- __index on numbers / nil errors
print(pcall(function() local n = 5; return n.x end))
print(pcall(function() return (nil).x end))
print(pcall(function() local t = {} t.x.y = 1 end))
print(pcall(function() undefinedglobal.x = 1 end))
print(pcall(function() local s = "x"; s.y = 1 end))
-- rawequal, rawlen, rawget on metatables
print(rawlen({1, 2, 3}), rawlen("abcd"), pcall(rawlen, 5))
print(rawequal(x1, x2), rawequal("a", "a"), rawequal(1, 1.0))
-- __div __mod __pow __sub __mul from either side with numbers and strings
local A = setmetatable({}, {__sub = function(a, b) return type(a) .. "-" .. type(b) end,
  __mul = function(a, b) return type(a) .. "*" .. type(b) end, __pow = function(a, b) return type(a) .. "^" .. type(b) end})
print(A - 1, 1 - A, "s" - A, A * "2", A ^ 2, 2 ^ A)
print(pcall(function() return "abc" - 1 end))
print(pcall(function() return "1" - {} end))
local mt = {__lt = function(a, b) print("lt", type(a), math.type(a), type(b), math.type(b)) return true end,
  __le = function(a, b) print("le", type(a), math.type(a), type(b), math.type(b)) return true end}
local x = setmetatable({}, mt)
print(x < 1.0, x <= 2.0, x > 3.0, x >= 4.0, 1.0 < x, 5.5 < x, x < 5.5, x < 1, 2 > x)
local y = setmetatable({}, {__lt = mt.__lt})
print(y <= 1, 1 >= y, 2.0 <= y, y >= 3.0)
print(pcall(function() return x < "a" end))
print(pcall(function() return {} < 1.0 end))
print(pcall(function() return {} >= 1.0 end))
print(pcall(function() return 1 >= {} end))
