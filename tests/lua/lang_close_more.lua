-- to-be-closed variables with errors and coroutines, <const> folding, attribute errors, float for loops
print(pcall(function() for i in next, {}, nil, {} do end end))
print(pcall(function() for i in next, {}, nil, 1 do end end))
print(pcall(function() local x <close> = setmetatable({}, {}) end))
-- error in __close during normal exit
print(pcall(function()
  local a <close> = setmetatable({}, {__close = function(_, e) print("a got", e) end})
  local b <close> = setmetatable({}, {__close = function(_, e) error("b failed", 0) end})
  return "unreached?"
end))
-- __close receives nil on normal exit, the error object otherwise
print(pcall(function()
  local a <close> = setmetatable({}, {__close = function(_, e) print("a got", type(e), e and e.code) end})
  error(setmetatable({code = 42}, {__tostring = function() return "E42" end}))
end))
-- tbc in a coroutine killed by error: close runs with the error when coroutine.close is called? (no: on error the coroutine closes them)
local co = coroutine.create(function()
  local a <close> = setmetatable({}, {__close = function(_, e) print("co close", e) end})
  error("co err", 0)
end)
print(coroutine.resume(co))
print(coroutine.close(co))
-- wrap closes on error
local w = coroutine.wrap(function()
  local a <close> = setmetatable({}, {__close = function(_, e) print("wrap close", e) end})
  error("wrap err", 0)
end)
print(pcall(w))
-- status inside __close
local co2
co2 = coroutine.create(function()
  local a <close> = setmetatable({}, {__close = function() print("status in close", coroutine.status(co2)) end})
  coroutine.yield()
end)
coroutine.resume(co2)
print(coroutine.close(co2))
-- close order with upvalues captured
local fs = {}
do
  local v = 1
  local c <close> = setmetatable({}, {__close = function() v = v + 100 end})
  fs[1] = function() return v end
end
print(fs[1]())
-- const folding of <const> variables
local K <const> = 2 ^ 10
local S <const> = "k" .. "v"
local B <const> = K > 1000
print(K, S, B, math.type(K))
local N <const> = nil
print(N)
-- attribs errors
print(select(2, load("local x <const>")) or "compiles")
print(select(2, load("local x <close> = 1, 2")) or "compiles")
print(select(2, load("local a <close>, b <close> = nil")))
print(select(2, load("local x < const > = 1")) or "compiles")
print(select(2, load("local function f <const> () end")))
-- integer overflow corner in for loop with float step
for i = 1, 3, 1.0 do io.write(math.type(i), " ") end print()
for i = 1.0, 3, 1 do io.write(math.type(i), " ") end print()
for i = math.maxinteger, math.maxinteger + 1.0 do io.write(i, " ") break end print()
for i = -3, -1 do io.write(i, " ") end print()
for i = 3, 1 do print("never") end
for i = 0.5, -0.5, -0.25 do io.write(i, " ") end print()
print(pcall(function() for i = 1, 10, 0 do end end))
print(pcall(function() for i = 1.0, 10, 0.0 do end end))
