-- tracebacks through xpcall, metamethods, natives calling Lua, coroutines and tail
-- calls; stack overflow and C stack overflow messages.
local function lvl3() error("deep") end
local function lvl2() lvl3() end
local function lvl1() lvl2() end
print(xpcall(lvl1, debug.traceback))
print(xpcall(lvl1, function(m) return debug.traceback(m, 2) end))
local t = setmetatable({}, {__index = function(t, k) error("idx " .. k) end})
print(xpcall(function() return t.foo end, debug.traceback))
local mt = {__add = function(a, b) return a.v + b end}
local o = setmetatable({}, mt)
print(xpcall(function() return o + 1 end, debug.traceback))
print(xpcall(function() table.sort({3, 2, 1}, function(a, b) error("cmp") end) end, debug.traceback))
print(xpcall(function() local s = ("x"):gsub(".", function() error("in gsub") end) end, debug.traceback))
local co = coroutine.create(function() local x = nil; return x.y end)
print(coroutine.resume(co))
print(debug.traceback(co))
print(debug.traceback(co, "msg"))
print(debug.traceback("hello", 1))
print(debug.traceback(42))
print(type(debug.traceback({})))
print(debug.traceback(nil))
local co2 = coroutine.wrap(function() error("in wrap") end)
print(xpcall(co2, debug.traceback))
print(xpcall(function() string.rep() end, debug.traceback))
print(xpcall(function() local a = {} ; return a.b.c end, debug.traceback))
local function rec(n) return rec(n + 1) + 1 end
local ok, e = pcall(rec, 1) print(ok, e)
local t2 = setmetatable({}, {__index = function(t, k) return t[k + 1] end})
print(pcall(function() return t2[1] end))
local function tail(n) if n == 0 then error("tail end") end return tail(n - 1) end
print(xpcall(tail, debug.traceback, 3))
print(xpcall(string.rep, debug.traceback))
print(pcall(error))
print(pcall(error, nil, 2))
print(select('#', pcall(error)))
