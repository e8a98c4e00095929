-- yields from metamethods called by Lua code (index, arith, concat, compare, len, call, close) and where they are refused
-- yields from metamethods called by Lua code; the interrupted instruction completes on resume
local function run(name, f, ...)
  local co = coroutine.create(f)
  local out = {}
  local res = table.pack(coroutine.resume(co, ...))
  while true do
    if not res[1] then out[#out + 1] = "error: " .. tostring(res[2]) break end
    if coroutine.status(co) == "dead" then
      for i = 2, res.n do out[#out + 1] = "ret " .. tostring(res[i]) end
      break
    end
    out[#out + 1] = type(res[2]) == "table" and "a table" or tostring(res[2])
    res = table.pack(coroutine.resume(co, res[3]))
  end
  print(name, table.concat(out, " | "))
end
local Y = coroutine.yield
local mt = {}
mt.__index = function(t, k) return Y("index " .. k, k .. "!") end
mt.__newindex = function(t, k, v) Y("newindex " .. k) rawset(t, k, v) end
mt.__add = function(a, b) return Y("add", 100) end
mt.__concat = function(a, b)
  local sa = type(a) == "table" and "T" or a
  local sb = type(b) == "table" and "T" or b
  return Y("concat " .. sa .. "," .. sb, sa .. sb)
end
mt.__eq = function(a, b) return Y("eq", false) end
mt.__lt = function(a, b) return Y("lt", true) end
mt.__len = function(a) return Y("len", 42) end
mt.__unm = function(a) return Y("unm", -1) end
mt.__call = function(self, x) return Y("call", x * 2) end
mt.__close = function(self, e) Y("close") end
local function obj() return setmetatable({}, mt) end

run("index", function() local t = obj(); return t.foo, t[1] end)
run("newindex", function() local t = obj(); t.x = 1; t[2] = 2; return rawget(t, "x"), rawget(t, 2) end)
run("arith", function() local t = obj(); local a = t + 1; local b = 2 + t; return a + b end)
run("concat", function() local t = obj(); return "a" .. t .. "b" .. t .. "c" end)
run("eq", function() local a, b = obj(), obj(); if a == b then return "equal" else return "different", a ~= b end end)
run("lt", function() local a, b = obj(), obj(); return a < b, a > b, (a < b) and "yes" or "no" end)
run("le via lt", function() local a, b = obj(), obj(); return a <= b, a >= 1, 1 <= a end)
run("len unm call", function() local t = obj(); return #t, -t, t(21) end)
run("close", function() do local c <close> = obj(); local d <close> = obj() end; return "after" end)
run("close on return", function() local c <close> = obj(); local d <close> = obj(); return 1, 2, 3 end)
run("close multret", function() local c <close> = obj(); return table.unpack({1, 2, 3}) end)
run("for closing value", function()
  local n = 0
  for i in function(_, c) if c < 3 then return c + 1 end end, nil, 0, obj() do n = n + i end
  return n
end)
run("nested", function()
  local inner = setmetatable({}, {__index = function(t, k) return Y("inner " .. k, 5) end})
  local outer = setmetatable({}, {__index = function(t, k) return inner[k] + 1 end})
  return outer.z
end)
run("pcall around", function()
  local t = obj()
  local ok, e = pcall(function() local v = t.k; error("after " .. v, 0) end)
  return ok, e
end)
run("error after resume", function() local t = setmetatable({}, {__index = function() Y("wait") error("boom", 0) end}); return t.x end)
run("yield in loop", function()
  local t = setmetatable({}, {__index = function(_, k) return Y(k, k * k) end})
  local s = 0
  for i = 1, 5 do s = s + t[i] end
  return s
end)
run("isyieldable", function() local t = setmetatable({}, {__index = function() return coroutine.isyieldable() end}); return t.x end)
-- yield directly as a metamethod
run("direct", function() local t = setmetatable({}, {__index = coroutine.yield}); return t.key end)
-- not allowed: metamethods called from C functions
run("tostring", function() return tostring(setmetatable({}, {__tostring = function() return Y("ts") end})) end)
run("sort", function()
  local lt = {__lt = function(a, b) Y("cmp") return a.v < b.v end}
  local arr = {setmetatable({v = 2}, lt), setmetatable({v = 1}, lt)}
  table.sort(arr)
  return arr[1].v
end)
print(pcall(function() local t = setmetatable({}, {__index = function() return Y() end}); return t.x end))
-- a coroutine suspended in a metamethod can be closed
local co = coroutine.create(function()
  local c <close> = setmetatable({}, {__close = function() print("closed pending") end})
  local t = setmetatable({}, {__index = function() return Y("susp") end})
  return t.x
end)
print(coroutine.resume(co))
print(coroutine.close(co), coroutine.status(co))
-- wrap + metamethod yield in a generator
local gen = coroutine.wrap(function()
  local t = setmetatable({}, {__index = function(_, k) Y(k) return k end})
  local r = t.a .. t.b
  Y(r)
end)
print(gen(), gen(), gen())
