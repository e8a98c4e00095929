-- os.exit(code, true) closes the state as lua_close does: the main chunk's
-- pending to-be-closed variables (newest first, error argument nil), then the
-- finalizers of every object still alive (newest first), where collectgarbage
-- answers fail, and where objects given a __gc then get no finalizer.
keep = {}
for i = 1, 3 do
  keep[i] = setmetatable({}, {__gc = function ()
    print("gc", i, collectgarbage(), collectgarbage("count"), collectgarbage("step", 1))
    keep[#keep + 1] = setmetatable({}, {__gc = function () print("never") end})
  end})
end
print(pcall(collectgarbage, "bogus"))

local x <close> = setmetatable({}, {__close = function (_, e) print("close x", e) end})
do
  local y <close> = setmetatable({}, {__close = function (_, e) print("close y (block end)", e) end})
end
local z <close> = setmetatable({}, {__close = function (_, e)
  print("close z", e, collectgarbage("isrunning"))
end})
print("exiting")
io.write("buffered output is flushed")
os.exit(true, true)
print("not reached")
