-- pcall/xpcall inside metamethods that yield, coroutines resumed from metamethods, closing values that yield
local Y = coroutine.yield
local t = setmetatable({}, {__index = function(_, k)
  local ok, v = pcall(Y, "in pcall " .. k)
  local ok2, e = pcall(function() Y("again") error("caught inside", 0) end)
  return tostring(v) .. "/" .. tostring(e)
end})
local co = coroutine.wrap(function() return "result: " .. t.key end)
print(co()); print(co("v1")); print(co())
-- xpcall handler runs at the error point inside a resumed metamethod
local t2 = setmetatable({}, {__len = function() Y("len") error("len failed") end})
local co2 = coroutine.wrap(function()
  return xpcall(function() return #t2 end, function(m) return "handled: " .. m end)
end)
print(co2()); print(co2())
-- a metamethod that resumes another coroutine which yields from its own metamethod
local inner = coroutine.wrap(function()
  local u = setmetatable({}, {__unm = function() return Y("inner unm") end})
  return -u
end)
local t3 = setmetatable({}, {__call = function(self, x) return inner(x) end, __index = function(_, k) return inner(k) end})
local co3 = coroutine.wrap(function()
  local a = t3.first
  local b = t3.second
  return a, b
end)
print(co3())
-- yields from comparison metamethods used by a numeric for? (for does not call metamethods)
print(pcall(function() for i = setmetatable({}, {}), 2 do end end))
-- closing value of a generic for yields at loop end and at break
local closer = setmetatable({}, {__close = function() Y("closing") end})
local co4 = coroutine.wrap(function()
  local r = {}
  for i in function(_, c) c = c + 1; if c <= 2 then return c end end, nil, 0, closer do r[#r + 1] = i end
  for i in function(_, c) c = c + 1; return c end, nil, 0, closer do if i == 3 then break end end
  return table.concat(r, ",")
end)
print(co4(), co4(), co4())
