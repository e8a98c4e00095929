-- error levels: in coroutines, tail calls, metamethods, native callbacks, out-of-range levels.
print(coroutine.resume(coroutine.create(function() error("lvl2", 2) end)))
print(coroutine.resume(coroutine.create(function() error("lvl1", 1) end)))
local function f() error("tail", 2) end
local function g() return f() end
print(pcall(g))
local function h() f() end
print(pcall(h))
print(pcall(f))
local t = setmetatable({}, {__index = function() error("from idx", 2) end})
print(pcall(function() return t.x end))
local t3 = setmetatable({}, {__index = function() error("from idx3", 3) end})
local function caller() return t3.x end
print(pcall(function() local v = caller() return v end))
print(pcall(error, "direct", 2))
print(pcall(function() error("big level", 50) end))
print(pcall(function() error("neg level", -1) end))
print(pcall(function() table.sort({1, 2}, function() error("in cmp", 2) end) end))
print(pcall(function() table.sort({1, 2}, function() error("in cmp3", 3) end) end))
print(pcall(function() string.gsub("a", "a", function() error("gs", 2) end) end))
local function lvl(n) error("at level " .. n, n) end
for i = 1, 4 do print(pcall(function() lvl(i) end)) end
print(pcall(string.rep, "x", 1e10))
print(pcall(function() return ("x"):rep(1e10) end))
print(pcall(function() return ("x"):rep(2^31, "yy") end))
