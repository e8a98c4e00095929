-- stack overflow (Lua and C levels), error values and levels, xpcall, proper tail calls
-- deep recursion and stack overflow
local function rec(n) return 1 + rec(n + 1) end
local ok, e = pcall(rec, 1)
print(ok, (e:gsub("^.-:%d+: ", "")))
local depth = 0
local function rec2() depth = depth + 1; rec2() end
print(pcall(rec2))
print(depth > 10000)
-- stack overflow in metamethod __index chain
local t = setmetatable({}, {})
getmetatable(t).__index = t
print(pcall(function() return t.x end))
local t2 = setmetatable({}, {})
getmetatable(t2).__newindex = t2
print(pcall(function() t2.x = 1 end))
-- __index function recursion
local t3 = setmetatable({}, {__index = function(t, k) return t[k] end})
local ok3, e3 = pcall(function() return t3.x end)
print(ok3, e3)
-- overflow via string.gsub callback
local function g(s) return (s:gsub(".", g)) end
local ok4, e4 = pcall(g, "x")
print(ok4, e4)
-- overflow in coroutine
local co = coroutine.create(function() local function r() return 1 + r() end return r() end)
local ok5, e5 = coroutine.resume(co)
print(ok5, e5)
-- error objects
print(pcall(error))
print(pcall(error, nil))
print(type(select(2, pcall(error, {1}))))
print(select("#", pcall(error)))
print(pcall(error, "msg", 0))
print(pcall(error, "msg", 1))
print(pcall(error, "msg", 2))
local function lvl() error("deep", 2) end
print(pcall(function() lvl() end))
print(pcall(error, 42))
print(pcall(error, 42, 1))
-- xpcall with traceback handler and args
print(xpcall(function(a, b) return a + b end, print, 3, 4))
print(xpcall(function() error("x") end, function(m) return "H:" .. m end))
print(xpcall(function() error({}) end, function(m) return type(m) end))
print(pcall(xpcall))
print(pcall(pcall))
-- error in error handler
print(xpcall(function() error("x") end, function(m) error("y") end))
-- tostring(nil) etc
print(tostring(nil), tostring(true), tostring(12), tostring(1.5), tostring("s"))
-- tail calls: a million in constant space
local function tc(n) if n == 0 then return "done" end return tc(n - 1) end
print(tc(1000000))
local function tc2(n, ...) if n == 0 then return select("#", ...) end return tc2(n - 1, ...) end
print(tc2(100000, 1, 2, 3))
-- tail call to a C function / pcall in tail position
local function tcc(n) return tostring(n) end
print(tcc(5))
local function tpc(n) if n == 0 then return pcall(error, "e") end return tpc(n - 1) end
print(tpc(100000))
