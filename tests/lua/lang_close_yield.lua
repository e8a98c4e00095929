-- __close yielding while an error unwinds to a pcall inside a coroutine; refused when the coroutine dies
local co = coroutine.wrap(function()
  local ok, e = pcall(function()
    local x <close> = setmetatable({}, {__close = function(_, err) coroutine.yield("closing with " .. tostring(err)) end})
    error("boom", 0)
  end)
  return "after", ok, e
end)
print(co())
print(co())
local co2 = coroutine.wrap(function()
  local x <close> = setmetatable({}, {__close = function(_, err) coroutine.yield("c2 " .. tostring(err)) end})
  error("dies", 0)
end)
print(pcall(co2))
print(pcall(co2))
-- yield in __tostring via print? (C boundary)
print(coroutine.wrap(function() return pcall(tostring, setmetatable({}, {__tostring = function() coroutine.yield() end})) end)())
-- __gc finalizer that yields? (not allowed)
-- table.sort with __lt that errors
print(pcall(table.sort, {setmetatable({}, {__lt = function() error("lt err", 0) end}), setmetatable({}, {})}))
local Y = coroutine.yield
local function closer(tag, fail)
  return setmetatable({}, {__close = function(_, e)
    local r = Y(tag .. " sees " .. tostring(e))
    if fail then error(tag .. " failed", 0) end
  end})
end
local co = coroutine.wrap(function()
  local ok, e = pcall(function()
    local a <close> = closer("a")
    local b <close> = closer("b", true)
    local c <close> = closer("c")
    error("orig", 0)
  end)
  Y("pcall gave " .. tostring(ok) .. " " .. tostring(e))
  local ok2, e2 = xpcall(function()
    local d <close> = closer("d")
    error("second", 0)
  end, function(m) return "H(" .. m .. ")" end)
  return ok2, e2
end)
for i = 1, 6 do print(co()) end
-- nested pcalls each closing with yields
local co2 = coroutine.wrap(function()
  local r = {pcall(function()
    local x <close> = closer("outer")
    local ok, e = pcall(function() local y <close> = closer("inner"); error("in", 0) end)
    error("out:" .. e, 0)
  end)}
  return table.unpack(r)
end)
for i = 1, 3 do print(co2()) end
