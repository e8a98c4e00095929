-- debug.sethook line events: new lines, backward jumps, function entry, multi-line statements
local function trace(src)
  local f = assert(load(src))
  local lines = {}
  debug.sethook(function(ev, line)
    assert(ev == "line")
    lines[#lines + 1] = line
  end, "l")
  f()
  debug.sethook()
  print(table.concat(lines, " "))
end

trace([[
local a = 1
local b = 2
a = a + b
]])

trace([[
local t = {}
for i = 1, 3 do
  t[i] = i
end
]])

trace([[for i = 1, 4 do local x = i end]])

trace([[
local n = 0
while n < 3 do
  n = n + 1
end
]])

trace([[
local n = 0
repeat
  n = n + 1
until n == 3
]])

trace([[
for k, v in ipairs({"a", "b"}) do
  local s = k .. v
end
]])

trace([[
local function f(x)
  return x * 2
end
local y = f(1)
y = f(y)
]])

trace([[
local function v(...)
  local n = select("#", ...)
  return n
end
v(1, 2)
]])

trace([[
local s = string.format("%d %d",
  1,
  2)
]])

trace([[
goto skip
do local dead = 1 end
::skip::
local x = 0
::again::
x = x + 1
if x < 3 then goto again end
]])

trace([[
do
  return
end
]])

-- the hook sees the line it is told about as the current line of the hooked function
local checked, mismatch = 0, 0
debug.sethook(function(ev, line)
  checked = checked + 1
  if debug.getinfo(2, "l").currentline ~= line then mismatch = mismatch + 1 end
end, "l")
for i = 1, 3 do
  local z = i
end
debug.sethook()
print("checked", checked > 0, "mismatches", mismatch)
