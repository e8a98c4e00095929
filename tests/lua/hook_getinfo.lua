-- inside a hook: level 1 is the hook ("hook '?'"), level 2 the hooked function; locals; traceback
local out = {}
local function add(s) out[#out + 1] = s end

local function target(p, q)
  local sum = p + q
  return sum
end

local done = false
debug.sethook(function(ev, line)
  if done then return end
  local me = debug.getinfo(1, "nS")
  local hooked = debug.getinfo(2, "nSl")
  if hooked.name ~= "target" then return end
  done = true
  add(string.format("me: %s %s %s", me.namewhat, me.name, me.what))
  add(string.format("hooked: %s %s line %d event line %d", hooked.name, hooked.what, hooked.currentline, line))
  for i = 1, 2 do
    local n, v = debug.getlocal(2, i)
    add(string.format("local %d: %s %s", i, tostring(n), type(v) == "number" and tostring(v) or type(v)))
  end
  add(debug.traceback("tb", 1))
end, "l")
target(3, 4)
debug.sethook()
print(table.concat(out, "\n"))

print("-- setlocal from a line hook changes the hooked function's variable")
local function watched()
  local v = 1
  v = v + 0
  return v
end
debug.sethook(function(ev, line)
  local info = debug.getinfo(2, "nl")
  if info.name == "watched" and line == info.currentline and debug.getlocal(2, 1) == "v" then
    debug.setlocal(2, 1, 100)
  end
end, "l")
print(watched())
debug.sethook()

print("-- no hooks while a hook runs")
local calls = 0
local function inner() return 1 end
debug.sethook(function(ev)
  calls = calls + 1
  inner(); inner()
end, "c")
inner()
debug.sethook()
print("hook calls", calls)

print("-- a hook may replace itself")
local seen = {}
debug.sethook(function(ev)
  seen[#seen + 1] = ev
  debug.sethook(function(ev2, line) seen[#seen + 1] = ev2 .. " " .. line; debug.sethook() end, "l")
end, "c")
local function once()
  local z = 1
  return z
end
once()
print(table.concat(seen, ", "))
print(debug.gethook())

print("-- hook presence shown in traceback")
local tbline
debug.sethook(function()
  tbline = string.match(debug.traceback(), "\n(.-)\n")
  debug.sethook()
end, "l")
local _ = 1
print((string.gsub(tbline, "^%s+", "")))
