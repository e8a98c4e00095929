-- error messages (with variable names), error/pcall/xpcall
local function try(f, ...) local ok, e = pcall(f, ...); print(ok, e) end

-- indexing nil values: global, local, field, upvalue, method, constant
try(function() return undefined_global.x end)
try(function() local loc; return loc.x end)
try(function() local t = {}; return t.a.b end)
local up
try(function() return up.x end)
try(function() local t = {}; t:nomethod() end)
try(function() local s = "str"; s:nomethod() end)
try(function() return ("x").y.z end)
try(function() local t = {}; t.x.y = 1 end)
try(function() undefined_global.x = 1 end)
try(function() local t = {}; t.k[2] = 3 end)

-- calling non-functions
try(function() undefined_fn() end)
try(function() local t = {}; t.field() end)
try(function() local n = 1; n() end)
try(function() local t = {x = {}}; t.x.y() end)
try(function() ("s")() end)

-- arithmetic on bad operands
try(function() local t = {}; return t.n + 1 end)
try(function() return undefined_global * 2 end)
try(function() local s = {}; return -s end)
try(function() local a, b = 1, {}; return a .. b end)
try(function() local a; return "x" .. a end)
try(function() return #nil end)
try(function() local n = 5; return #n end)
try(function() return up + 1 end)
try(function() return 2 ^ {} end)

-- comparisons
try(function() return 1 < "2" end)
try(function() return {} < {} end)
try(function() return nil <= 1 end)
try(function() return "a" < 1 end)
try(function() return true > false end)

-- table keys
try(function() local t = {}; t[nil] = 1 end)
try(function() local t = {}; t[0 / 0] = 1 end)
print(pcall(rawset, {}, nil, 1))
local tk = {}
print(tk[nil]) -- reading t[nil] is fine

-- error with levels and non-string values
try(function() error("msg") end)
try(function() error("msg", 0) end)
try(function() error("msg", 2) end)
local function lvl2() error("from lvl2", 2) end
try(function() lvl2() end)
try(function() error() end)
try(function() error(nil) end)
try(function() error(42) end)
local ok, t = pcall(error, {key = "v"})
print(ok, type(t), t.key)
print(select("#", pcall(error)))

-- pcall returns all values on success
print(pcall(function(...) return ... end, 1, 2, 3))
print(pcall(pcall, error, "x"))
print(pcall(pcall))
print(pcall(nil))
print(pcall(42))

-- xpcall with a message handler
print(xpcall(function() error("bad") end, function(m) return "handled: " .. m end))
print(xpcall(function(a, b) return a + b end, print, 3, 4))
print(xpcall(function() error({}) end, function(m) return type(m) end))
print(xpcall(function() local x = nil; return x() end, function(m) return "H(" .. m .. ")" end))
-- error in the handler
print(xpcall(function() error("first") end, function(m) error("second") end))

-- nested pcall
print(pcall(function()
  local ok1, e1 = pcall(error, "inner", 0)
  error("outer after " .. e1, 0)
end))

-- error objects with __tostring stay objects
local E = setmetatable({}, {__tostring = function() return "E!" end})
local ok2, e2 = pcall(error, E)
print(ok2, e2 == E, tostring(e2))

-- runtime errors from natives name the function and argument
try(function() return ("x"):rep() end)
try(function() return string.sub() end)
try(function() return setmetatable(1, {}) end)
try(function() return ipairs() end)
try(function() return math.floor("a") end)
try(function() return tostring() end)
try(function() local t = setmetatable({}, {__index = function(t, k) error("no field " .. k) end}); return t.zz end)

-- assert
try(function() assert(false) end)
try(function() assert(nil, "custom assert") end)
local ok3, e3 = pcall(assert, false, {1}); print(ok3, type(e3), e3[1])
print(select("#", assert(1, 2, 3)))

-- error messages for calling through fields of globals
string.undefined_fn = nil
try(function() string.undefined_fn() end)
try(function() math.nothing.x = 1 end)

-- integer conversions in errors
try(function() return 1 // 0 end)
try(function() return 1 % 0 end)
try(function() return ("x"):rep(1.5) end)
try(function() return 1.5 | 0 end)
try(function() for i = 1, 10, 0 do end end)

-- tostring(nil) error through concatenation of a field
try(function() local t = {}; return "a" .. t.missing end)
try(function() local t = {}; return t.missing .. "a" end)
