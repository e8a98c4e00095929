-- os.exit(code, true) inside a coroutine closes the main thread's pending
-- to-be-closed variables (not the coroutine's), then exits with the code.
local a <close> = setmetatable({}, {__close = function (_, e) print("main a", e) end})
local b <close> = setmetatable({}, {__close = function (_, e) print("main b", e) end})
local co = coroutine.wrap(function ()
  local x <close> = setmetatable({}, {__close = function () print("coroutine x") end})
  coroutine.yield(1)
  os.exit(true, true)
end)
print(co())
co()
