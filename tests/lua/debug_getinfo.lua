-- debug.getinfo details: activelines, what/linedefined, coroutine levels, tail calls; tracebacks of threads.
local function lines(f)
  local t = debug.getinfo(f, "L").activelines
  local out = {}
  for l in pairs(t) do out[#out + 1] = l end
  table.sort(out)
  return table.concat(out, ",")
end
local function a(x)
  local y = x + 1

  return y
end
local function b(...)
  local n = select("#", ...)
  return n
end
local c = function() end
print(lines(a), lines(b), lines(c))
print(lines(1))
print(debug.getinfo(print, "L").activelines)
local info = debug.getinfo(1, "S")
print(info.what, info.linedefined, info.lastlinedefined, info.source, info.short_src)
local d = debug.getinfo(a, "S")
print(d.what, d.linedefined, d.lastlinedefined)
local co = coroutine.create(function(x) local y = x coroutine.yield(y) end)
coroutine.resume(co, 1)
local i0 = debug.getinfo(co, 0, "Sln")
print(i0.what, i0.currentline, i0.name, i0.namewhat)
local i1 = debug.getinfo(co, 1, "Sln")
print(i1.what, i1.currentline, i1.name, i1.namewhat, i1.short_src)
print(debug.getinfo(co, 2))
print(debug.getinfo(co, 0, "f").func == coroutine.yield)
print(pcall(debug.getinfo, co, 0, "q"))
print(debug.getinfo(1, "t").istailcall)
local function tc() return debug.getinfo(1, "t").istailcall end
local function tcall() return tc() end
print(tcall())
local r = debug.getinfo(1, "r") print(r.ftransfer, r.ntransfer)
print(debug.getinfo(2, "S").what, debug.getinfo(2, "S").source)
print(debug.traceback(co, "co msg", 0))
print(debug.traceback(co, "co msg", 1))
print(debug.traceback("lvl0", 0))
print(debug.traceback(coroutine.running(), "self"))
