-- A finalizer is named as PUC names it: metamethod '__gc', in debug.getinfo
-- and in tracebacks, whether a collection or the end of the state runs it.
local function report(where)
  local i = debug.getinfo(2, "n")
  print(where, i.name, i.namewhat)
  local tb = debug.traceback("", 2)
  print((string.match(tb, "\n\t[^\n]*in ([^\n]*)")))
end

local t = setmetatable({}, {__gc = function (o) report("collect") end})
t = nil
collectgarbage()

-- the called function itself, not a Lua function it calls, gets the name
local function helper() local i = debug.getinfo(1, "n"); print("helper", i.name, i.namewhat) end
t = setmetatable({}, {__gc = function (o) helper() end})
t = nil
collectgarbage()

-- metamethods other than __gc keep their own names
local u = setmetatable({}, {__close = function () report("close") end})
do local x <close> = u end

keep = setmetatable({}, {__gc = function () report("at exit") end})
