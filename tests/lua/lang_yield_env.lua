-- yields from _ENV metamethods, tracebacks of coroutines suspended in metamethods, __eq yields in loop conditions
local env = setmetatable({}, {__index = function(t, k) return coroutine.yield("get " .. k) end,
  __newindex = function(t, k, v) coroutine.yield("set " .. k) rawset(t, k, v) end})
local f = load("x = y + 1; return x", "=envchunk", "t", env)
local co = coroutine.wrap(f)
print(co()); print(co(41)); print(co())
-- traceback of a coroutine suspended inside a metamethod
local co2 = coroutine.create(function()
  local t = setmetatable({}, {__index = function(t, k) coroutine.yield() end})
  local v = t.field
end)
coroutine.resume(co2)
print((debug.traceback(co2):gsub("0x%x+", "ADDR")))
-- error after resume inside metamethod: traceback through the metamethod
local co3 = coroutine.create(function()
  local t = setmetatable({}, {__add = function(a, b) coroutine.yield() error("in add") end})
  return t + 1
end)
coroutine.resume(co3)
local ok, err = coroutine.resume(co3)
print(ok, err)
print((debug.traceback(co3):gsub("0x%x+", "ADDR")))
-- __eq inside if and while with yields
local E = {__eq = function(a, b) return coroutine.yield("eq?") end}
local co4 = coroutine.wrap(function()
  local a, b = setmetatable({}, E), setmetatable({}, E)
  local n = 0
  while a == b do n = n + 1 end
  if a ~= b then return "stopped after " .. n end
end)
print(co4(), co4(true), co4(true), co4(false), co4(false))
