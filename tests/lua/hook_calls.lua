-- debug.sethook call/return events: order, tail calls, natives, pcall, names, transfer info
local events = {}
local function record(ev)
  local info = debug.getinfo(2, "nSr")
  local name = info.name or (info.what == "main" and "main") or "?"
  events[#events + 1] = string.format("%s %s %s %d %d", ev, name, info.what, info.ftransfer, info.ntransfer)
end

local function leaf(a, b) return a + b, a * b end
local function tail(x) return leaf(x, 2) end
local function middle(x)
  local s = leaf(x, 1)
  return tail(s)
end

debug.sethook(record, "cr")
middle(3)
debug.sethook()
for _, e in ipairs(events) do print(e) end

print("-- natives and pcall")
events = {}
debug.sethook(record, "cr")
local ok = pcall(math.max, 4, 9)
local s = select(2, "a", "b", "c")
debug.sethook()
for _, e in ipairs(events) do print(e) end

print("-- vararg and multiple results")
events = {}
local function va(...) return select("#", ...), ... end
debug.sethook(record, "cr")
va(10, 20, 30)
debug.sethook()
for _, e in ipairs(events) do print(e) end

print("-- only returns")
events = {}
debug.sethook(record, "r")
middle(1)
debug.sethook()
for _, e in ipairs(events) do print(e) end

print("-- tail call chain")
local n = 0
local function down(k) if k == 0 then return "done" end return down(k - 1) end
debug.sethook(function(ev)
  if ev == "tail call" then
    n = n + 1
    assert(debug.getinfo(2, "t").istailcall)
  end
end, "c")
print(down(5), n)
debug.sethook()

print("-- values seen through getlocal in call and return hooks")
local seen = {}
debug.sethook(function(ev)
  local info = debug.getinfo(2, "nr")
  if info.name ~= "leaf" then return end
  local vals = {}
  for i = info.ftransfer, info.ftransfer + info.ntransfer - 1 do
    local _, v = debug.getlocal(2, i)
    vals[#vals + 1] = tostring(v)
  end
  seen[#seen + 1] = ev .. " " .. table.concat(vals, ",")
end, "cr")
leaf(6, 7)
debug.sethook()
for _, e in ipairs(seen) do print(e) end

print("-- __close runs before the return hook")
local trace = {}
local function closer(tag)
  return setmetatable({}, { __close = function() trace[#trace + 1] = "close " .. tag end })
end
local function withclose()
  local a <close> = closer("a")
  local b <close> = closer("b")
  return 1
end
debug.sethook(function(ev)
  local name = debug.getinfo(2, "n").name
  if name == "withclose" then trace[#trace + 1] = ev .. " " .. name end
end, "cr")
withclose()
debug.sethook()
print(table.concat(trace, "; "))
