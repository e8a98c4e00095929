-- <close> ordering on scope exit, break, goto, return and error; <const> locals
local function mk(tag) return setmetatable({}, {__close=function(o, e) print("close", tag, e, o == nil) end}) end
do
  local a <close> = mk("a")
  local b <close> = false
  local c <close> = nil
  local d <close> = mk("d")
end
print(pcall(function() local x <close> = {} end))
print(pcall(function() local x <close> = "str" end))
print(pcall(function() local a <close> = mk("a1"); local x <close> = 1 end))
local function f()
  local a <close> = mk("fa")
  do local b <close> = mk("fb") end
  return 1, 2, 3
end
print(f())
print(pcall(function()
  local a <close> = setmetatable({}, {__close=function(_, e) print("a sees", e); error("err-a", 0) end})
  local b <close> = setmetatable({}, {__close=function(_, e) print("b sees", e); error("err-b", 0) end})
  error("orig", 0)
end))
print(pcall(function()
  local a <close> = setmetatable({}, {__close=function(_, e) print("a sees", e); error("err-a", 0) end})
  return "normal"
end))
-- __close changes after declaration: uses metamethod at closing time
local mt = {__close=function() print("first") end}
do
  local x <close> = setmetatable({}, mt)
  mt.__close = function() print("second") end
end
-- removed close metamethod
print(pcall(function()
  local mt2 = {__close=function() print("never") end}
  local x <close> = setmetatable({}, mt2)
  mt2.__close = nil
end))
-- goto out of block closes
do
  local i = 0
  ::top::
  do
    local c <close> = mk("g" .. i)
    i = i + 1
    if i < 3 then goto top end
  end
end
-- while loop break closes
local j = 0
while true do
  local c <close> = mk("w" .. j)
  j = j + 1
  if j == 2 then break end
end
-- close with tail call: not a tail call
local function tc()
  local c <close> = mk("tc")
  return select("#", 1, 2)
end
print(tc())
-- coroutine.close with error in __close
local co = coroutine.create(function()
  local c <close> = setmetatable({}, {__close=function(_, e) error("closeerr", 0) end})
  coroutine.yield(1)
end)
print(coroutine.resume(co))
print(coroutine.close(co))
print(coroutine.status(co))
-- const
local K <const> = 10
local S <const> = "s"
local function useK() return K * 2, S end
print(useK())
local a <const>, b = 1, 2
b = 3
print(a, b)
