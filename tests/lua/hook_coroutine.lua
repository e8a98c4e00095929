-- hooks are per thread: sethook(co, ...), gethook(co), inheritance by new coroutines
local log = {}
local function rec(tag)
  return function(ev, line)
    log[#log + 1] = tag .. " " .. ev .. " " .. tostring(line)
  end
end

local co = coroutine.create(function(a)
  local x = a + 1
  coroutine.yield(x)
  return x * 2
end)
debug.sethook(co, rec("co"), "l")
print("main hook", debug.gethook())
local f, m, c = debug.gethook(co)
print("co hook", type(f), m, c)
print(coroutine.resume(co, 1))
print(coroutine.resume(co))
print(table.concat(log, "\n"))

print("-- the main thread's hook does not see the coroutine's code")
log = {}
local co2 = coroutine.create(function()
  local y = 1
  return y
end)
debug.sethook(rec("main"), "l")
coroutine.resume(co2)
debug.sethook()
print(#log > 0, log[#log])
for _, l in ipairs(log) do assert(not l:find("main line 2[45]")) end

print("-- a new coroutine inherits the mask and count, not the function")
debug.sethook(rec("x"), "cr", 5)
local co3 = coroutine.create(function() return 1 end)
debug.sethook()
print(debug.gethook(co3))
log = {}
coroutine.resume(co3)
print("events in co3", #log)

print("-- call and return hooks across resume and yield")
log = {}
local gen = coroutine.wrap(function()
  for i = 1, 2 do coroutine.yield(i) end
end)
local names = {}
debug.sethook(function(ev)
  local info = debug.getinfo(2, "n")
  names[#names + 1] = ev .. " " .. tostring(info.name)
end, "cr")
gen(); gen()
debug.sethook()
print(table.concat(names, ", "))

print("-- yielding from a hook")
local co4 = coroutine.create(function()
  local z = 1
  return z
end)
debug.sethook(co4, function() coroutine.yield() end, "l")
print(coroutine.resume(co4))
debug.sethook(function(ev) if ev == "line" then debug.sethook(); print(pcall(coroutine.yield)) end end, "l")
local _ = 1
