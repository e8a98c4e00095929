-- tracebacks of coroutines suspended inside dofile and __pairs
local co = coroutine.create(function(name)
  local r = dofile(name)
  return r
end)
print(coroutine.resume(co, "modules/yielding_chunk.lua"))
print(debug.traceback(co))
print(debug.traceback(co, "msg", 1))
print(debug.getinfo(co, 1, "Sln").what, debug.getinfo(co, 2, "Sn").what, debug.getinfo(co, 2, "n").name)

local t = setmetatable({}, {__pairs = function(t)
  coroutine.yield()
  return next, t, nil
end})
co = coroutine.create(function()
  for k in pairs(t) do end
end)
coroutine.resume(co)
print(debug.traceback(co))
print(coroutine.resume(co))

-- hooks see dofile's call and return around the chunk's
local fn = os.tmpname()
local fh = assert(io.open(fn, "w"))
fh:write("local x = coroutine.yield(1)\nreturn x")
fh:close()
local events = {}
co = coroutine.create(function()
  debug.sethook(function(ev)
    local info = debug.getinfo(2, "Sn")
    events[#events + 1] = ev .. ":" .. info.what .. ":" .. tostring(info.name)
  end, "cr")
  local v = dofile(fn)
  debug.sethook()
  return v
end)
print(coroutine.resume(co))
print(coroutine.resume(co, "resumed"))
os.remove(fn)
for _, e in ipairs(events) do
  if not e:find("sethook") then print(e) end
end
