-- yields across natives that call Lua with a continuation in PUC 5.4
-- (dofile, pairs with __pairs, pcall/xpcall) and the natives that do not
-- allow them (table.sort, gsub, load's reader, require, tostring)

local function show(...)
  local t = table.pack(...)
  for i = 1, t.n do t[i] = tostring(t[i]) end
  print(table.concat(t, " ", 1, t.n))
end

-- dofile as the coroutine's body (files.lua)
local f = coroutine.wrap(dofile)
show(f("modules/yielding_chunk.lua"))
show(f(100, 101))
show(f(200))

-- dofile called from Lua inside a coroutine; results adjusted by the caller
local co = coroutine.create(function(name)
  local a = dofile(name)
  local b, c = dofile(name)
  return a, b, c
end)
show(coroutine.resume(co, "modules/yielding_chunk.lua"))
show(coroutine.resume(co, 1, 2))
show(coroutine.resume(co, 3))
show(coroutine.resume(co, 4, 5))
show(coroutine.resume(co, 6))
show(coroutine.status(co))

-- nested dofiles, each yielding
co = coroutine.wrap(function() return "body", dofile("modules/yielding_nested.lua") end)
show(co())
show(co("B"))
show(co(10, 20))
show(co(30))
show(co("A"))

-- dofile in a tail position and inside pcall
co = coroutine.wrap(function(name) return dofile(name) end)
show(co("modules/yielding_chunk.lua"))
show(co(1, 1))
show(co(1))
co = coroutine.wrap(function(name) return pcall(dofile, name) end)
show(co("modules/yielding_chunk.lua"))
show(co(2, 2))
show(co(2))

-- an error after a yield inside dofile is caught by pcall
co = coroutine.wrap(function() return pcall(dofile, "modules/erroring_chunk.lua") end)
show(co())
show(co())
-- and ends a coroutine that did not catch it
co = coroutine.create(dofile)
show(coroutine.resume(co, "modules/erroring_chunk.lua"))
show(coroutine.resume(co))
show(coroutine.status(co))

-- dofile still works outside coroutines, and with many results
local fn = os.tmpname()
local fh = assert(io.open(fn, "w"))
fh:write("return 1, 2, 3, ...")
fh:close()
show(dofile(fn))
show(select("#", dofile(fn)))
local one = dofile(fn)
show(one)
-- a yield outside a coroutine is still an error
fh = assert(io.open(fn, "w"))
fh:write("coroutine.yield(1)")
fh:close()
show(pcall(dofile, fn))
os.remove(fn)
-- dofile of a missing file
show(pcall(dofile, "modules/no_such_file.lua"))

-- __pairs itself yields (nextvar.lua)
local t = setmetatable({10, 20, 30}, {__pairs = function(t)
  local inc = coroutine.yield("in __pairs")
  return function(t, i)
    if i > 1 then return i - inc, t[i - inc] end
  end, t, #t + 1
end})
co = coroutine.wrap(function()
  local res = {}
  for i, v in pairs(t) do res[#res + 1] = i .. "=" .. v end
  return table.concat(res, ",")
end)
show(co())
show(co(1))

-- the iterator __pairs returns yields inside the generic for
t = setmetatable({}, {__pairs = function(t)
  local i = 0
  return function()
    i = i + 1
    if i <= 3 then return i, coroutine.yield(i) end
  end, t, nil
end})
co = coroutine.wrap(function()
  local s = 0
  for k, v in pairs(t) do s = s + k * v end
  return "sum", s
end)
show(co())
show(co(10))
show(co(20))
show(co(30))

-- pairs returns exactly three values of __pairs
local mt = {__pairs = function() return 1, 2, 3, 4, 5 end}
show(pairs(setmetatable({}, mt)))
mt.__pairs = function() return "only" end
show(pairs(setmetatable({}, mt)))
show(select("#", pairs(setmetatable({}, mt))))
-- a __pairs that is not a function: called through __call, or an error
mt.__pairs = setmetatable({}, {__call = function(self, t) return "called", t == nil end})
show(pairs(setmetatable({}, mt)))
mt.__pairs = 42
show(pcall(pairs, setmetatable({}, mt)))
-- errors in __pairs propagate
mt.__pairs = function() error("pairs failed") end
show(pcall(pairs, setmetatable({}, mt)))

-- pcall and xpcall stay yieldable
co = coroutine.wrap(function()
  return pcall(function() return coroutine.yield("in pcall") end),
         xpcall(function() return coroutine.yield("in xpcall") end, print)
end)
show(co())
show(co("p"))
show(co("x"))

-- yields where PUC does not allow them stay errors
local function try(name, fn)
  local c = coroutine.wrap(function() return pcall(fn) end)
  show(name, c())
end
try("sort", function()
  local l = {3, 1, 2}
  table.sort(l, function(a, b) coroutine.yield() return a < b end)
end)
try("gsub", function()
  return string.gsub("abc", "%w", function(c) coroutine.yield() return c end)
end)
try("load reader", function()
  local done
  return load(function()
    if not done then done = true; coroutine.yield(); return "return 1" end
  end)
end)
try("tostring", function()
  return tostring(setmetatable({}, {__tostring = function() coroutine.yield() return "x" end}))
end)
package.path = "./modules/?.lua"
try("require", function() return require("yielding_chunk") end)
