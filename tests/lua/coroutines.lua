-- coroutines: resume/yield, status, wrap, yields from nested calls, errors
local co = coroutine.create(function(a, b)
  print("start", a, b)
  local c = coroutine.yield(a + b)
  print("got", c)
  local d, e = coroutine.yield(c * 2)
  print("got", d, e)
  return "fin", d + e
end)
print(coroutine.status(co))
print(coroutine.resume(co, 1, 2))
print(coroutine.status(co))
print(coroutine.resume(co, 10))
print(coroutine.resume(co, 3, 4))
print(coroutine.status(co))
print(coroutine.resume(co))

-- yield from nested Lua calls
local function deep(n)
  if n == 0 then coroutine.yield("bottom") return "up" end
  local r = deep(n - 1)
  return r
end
local nested = coroutine.wrap(function() local r = deep(50); coroutine.yield(r); return "end" end)
print(nested(), nested(), nested())

-- generators
local function gen(n)
  return coroutine.wrap(function() for i = 1, n do coroutine.yield(i) end end)
end
local sum = 0
for i in gen(100) do sum = sum + i end
print("sum", sum)

-- producer/consumer
local producer = coroutine.create(function()
  for _, w in ipairs({"a", "b", "c"}) do coroutine.yield(w) end
  return nil
end)
local words = {}
while true do
  local ok, w = coroutine.resume(producer)
  if not w then break end
  words[#words + 1] = w
end
print(table.concat(words), coroutine.status(producer))

-- running and isyieldable
local main, ismain = coroutine.running()
print(type(main), ismain, coroutine.isyieldable())
coroutine.wrap(function()
  local c, m = coroutine.running()
  print(type(c), m, coroutine.isyieldable(), coroutine.status(c))
end)()

-- status of a normal coroutine (one that resumed another)
local outer
outer = coroutine.create(function()
  local inner = coroutine.create(function() return coroutine.status(outer) end)
  return coroutine.resume(inner)
end)
print(coroutine.resume(outer))

-- errors inside coroutines
local bad = coroutine.create(function() local x = nil; return x.field end)
print(coroutine.resume(bad))
print(coroutine.status(bad))
print(coroutine.resume(bad))
print(select("#", coroutine.resume(coroutine.create(function() error({code = 7}) end))))
local ok, e = coroutine.resume(coroutine.create(function() error({code = 7}) end))
print(ok, type(e), e.code)
print(pcall(coroutine.wrap(function() error("wrapped", 0) end)))
print(pcall(coroutine.wrap(function() error("wrapped with position") end)))

-- resuming itself / dead wrap
print(coroutine.resume(coroutine.running()))
local once = coroutine.wrap(function() return 1 end)
once()
print(pcall(once))
print(pcall(coroutine.yield))

-- yield across pcall inside a coroutine
local cp = coroutine.create(function()
  local ok2, v = pcall(function()
    local got = coroutine.yield("inside pcall")
    error("after yield: " .. got, 0)
  end)
  coroutine.yield(tostring(ok2) .. " " .. v)
  return "done"
end)
print(coroutine.resume(cp))
print(coroutine.resume(cp, "resumed"))
print(coroutine.resume(cp))

-- yield through metamethods and iterators
local mt = {__index = function(t, k) return coroutine.yield("index " .. k) end}
local ym = coroutine.wrap(function() local t = setmetatable({}, mt); return "result " .. t.key end)
print(ym())
print(ym("value"))
local yi = coroutine.wrap(function()
  for k in function(_, c) c = (c or 0) + 1; if c <= 2 then coroutine.yield("iter " .. c) return c end end do end
  return "iter done"
end)
print(yi(), yi(), yi())

-- yield across table.sort comparator is not allowed (C boundary)
local cs = coroutine.create(function()
  table.sort({3, 2, 1}, function(x, y) coroutine.yield() return x < y end)
end)
print(coroutine.resume(cs))

-- many coroutines alive at once
local cos = {}
for i = 1, 200 do
  cos[i] = coroutine.create(function(x) local y = coroutine.yield(x * 2); return x + y end)
end
local total = 0
for i = 1, 200 do local _, v = coroutine.resume(cos[i], i); total = total + v end
for i = 1, 200 do local _, v = coroutine.resume(cos[i], 1); total = total + v end
print("total", total)

-- coroutine.close on suspended coroutine with error value and on dead
local cc = coroutine.create(function() coroutine.yield() end)
coroutine.resume(cc)
print(coroutine.close(cc), coroutine.status(cc))
local ce = coroutine.create(function() error("x", 0) end)
coroutine.resume(ce)
print(coroutine.close(ce))

-- wrap passes multiple values both ways
local echo = coroutine.wrap(function(...)
  local args = {...}
  while true do args = {coroutine.yield(table.unpack(args))} end
end)
print(echo(1, 2, 3))
print(echo())
print(echo(nil, "x"))
