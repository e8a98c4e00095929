-- the debug library: getinfo, getlocal, upvalues, metatables of any type, traceback.
local function f(a, b, ...) local c = 3; print(debug.getlocal(1, 1), debug.getlocal(1, 3), debug.getlocal(1, -1), debug.getlocal(1, 10)) end
f(1, 2, "va")
print(debug.getlocal(f, 1), debug.getlocal(f, 2), debug.getlocal(f, 3), debug.getlocal(print, 1))
local up1, up2 = 10, 20
local function g() return up1 + up2 end
print(debug.getupvalue(g, 1), debug.getupvalue(g, 2), debug.getupvalue(g, 3))
print(debug.setupvalue(g, 1, 100), g())
local function info(...)
  local t = debug.getinfo(...)
  if not t then print(nil) return end
  local keys = {}
  for k in pairs(t) do keys[#keys + 1] = k end
  table.sort(keys)
  local out = {}
  for _, k in ipairs(keys) do
    local v = t[k]
    if type(v) == "function" or type(v) == "table" then v = type(v) end
    out[#out + 1] = k .. "=" .. tostring(v)
  end
  print(table.concat(out, " "))
end
info(1)
info(print)
info(f)
info(1, "nSl")
local function named() info(2, "n") info(1, "n") end
named()
local t = {m = function() info(1, "n") end}
t.m() t:m()
info(100)
print(pcall(debug.getinfo, 1, "x"))
print(pcall(debug.getinfo, 1, ">"))
print(pcall(debug.getinfo, "x"))
print(pcall(debug.getinfo))
local co = coroutine.create(function(x) coroutine.yield(x) end)
coroutine.resume(co, 1)
info(co, 1, "Sl")
info(co, 0, "Sl")
print(debug.traceback(co, nil, 1))
print(debug.getmetatable("").__index == string, debug.getmetatable(1))
debug.setmetatable(1, {__index = function(n, k) return k end})
print((5).foo, (5.5).bar)
debug.setmetatable(1, nil)
print(type(debug.getregistry()))
for i = 0, 3 do info(i, "Sn") end
print(select('#', debug.getupvalue(print, 1)))
local function f(a, ...)
  local b = 2
  print(debug.setlocal(1, 1, 10), debug.setlocal(1, 2, 20), debug.setlocal(1, -1, "V"), debug.setlocal(1, 9, 0), debug.setlocal(1, -5, 0))
  print(a, b, ...)
end
f(1, "v1", "v2")
print(pcall(debug.setlocal, 50, 1, 1))
print(pcall(debug.getlocal, 50, 1))
local x, y = 1, 2
local function g() return x end
local function h() return y end
local function k() return x, y end
print(debug.upvalueid(g, 1) == debug.upvalueid(k, 1), debug.upvalueid(g, 1) == debug.upvalueid(h, 1), debug.upvalueid(g, 5))
print(type(debug.upvalueid(g, 1)))
debug.upvaluejoin(g, 1, h, 1)
print(g(), debug.upvalueid(g, 1) == debug.upvalueid(h, 1))
print(pcall(debug.upvaluejoin, g, 1, print, 1))
print(pcall(debug.upvaluejoin, g, 3, h, 1))
print(pcall(debug.upvaluejoin, print, 1, h, 1))
print(pcall(debug.upvalueid, 1, 1))
print(debug.setcstacklimit(100))
local co = coroutine.create(function(p) local q = p * 2 coroutine.yield() print("co sees", q) end)
coroutine.resume(co, 5)
print(debug.getlocal(co, 1, 1), debug.getlocal(co, 1, 2))
print(debug.setlocal(co, 1, 2, 99))
coroutine.resume(co)
