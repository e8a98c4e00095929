-- numeric for, generic for, while, repeat, break
for i = 1, 3 do io.write(i, " ") end print()
for i = 3, 1, -1 do io.write(i, " ") end print()
for i = 1, 0 do io.write("never") end print("empty loop ok")
for i = 1, 2, 0.5 do io.write(i, " ") end print()
for i = 1.0, 3 do io.write(i, " ") end print()
for i = 10, 1, -3 do io.write(i, " ") end print()
for i = 0.1, 0.5, 0.1 do io.write(string.format("%.1f", i), " ") end print()

-- loop variable is a fresh local; changing it does not affect iteration
for i = 1, 3 do
  local j = i
  i = i * 10
  io.write(j, ":", i, " ")
end
print()

-- integer loops near the limits do not overflow
local count = 0
for i = math.maxinteger - 2, math.maxinteger do count = count + 1 end
print("near maxinteger", count)
count = 0
for i = math.mininteger + 2, math.mininteger, -1 do count = count + 1 end
print("near mininteger", count)
count = 0
for i = 1, math.maxinteger, math.maxinteger // 2 do count = count + 1 end
print("huge step", count)
for i = math.maxinteger, math.maxinteger - 1 do print("never") end

-- float limit with integer start: loop runs over integers
for i = 1, 2.5 do io.write(math.type(i), " ") end print()

-- errors in for
print(pcall(function() for i = 1, 10, 0 do end end))
print(pcall(function() for i = "a", 10 do end end))
print(pcall(function() for i = 1, {} do end end))
print(pcall(function() for i = 1, 2, nil do end end))

-- while and repeat
local n = 0
while n < 5 do n = n + 1 end
print("while", n)
repeat n = n - 1 until n <= 2
print("repeat", n)
-- the until condition sees locals of the body
local k = 0
repeat local done = k >= 3; k = k + 1 until done
print("repeat scope", k)

-- break out of nested loops
for i = 1, 3 do
  for j = 1, 3 do
    if j == 2 then break end
    io.write(i, ",", j, " ")
  end
end
print()
local w = 0
while true do w = w + 1; if w == 7 then break end end
print("break while", w)

-- generic for over ipairs, pairs (sorted), custom iterators
local t = {"a", "b", "c", nil, "e"}
for i, v in ipairs(t) do io.write(i, "=", v, " ") end print()
local keys = {}
for k in pairs({x = 1, y = 2, z = 3, 1, 2}) do keys[#keys + 1] = tostring(k) end
table.sort(keys)
print(table.concat(keys, " "))

local function range(n)
  local i = 0
  return function() i = i + 1; if i <= n then return i end end
end
for v in range(4) do io.write(v, " ") end print()

-- stateless iterator with state and control
local function iter(s, c) if c < s then return c + 1, c * c end end
for a, b in iter, 4, 0 do io.write(a, ":", b, " ") end print()

-- next directly
local single = {only = true}
print(next(single))
print(next({}))

-- the 4th value of generic for is a closing value (5.4)
do
  local log = {}
  local closer = setmetatable({}, {__close = function() log[#log + 1] = "closed" end})
  for i in function(_, c) c = (c or 0) + 1; if c <= 2 then return c end end, nil, nil, closer do
    log[#log + 1] = i
  end
  print(table.concat(log, " "))
end

-- closures capture per-iteration variables
local fs = {}
for i = 1, 3 do fs[i] = function() return i end end
print(fs[1](), fs[2](), fs[3]())
local gs = {}
for _, v in ipairs({"x", "y"}) do gs[#gs + 1] = function() return v end end
print(gs[1](), gs[2]())
local hs = {}
local j = 0
while j < 3 do j = j + 1; local c = j; hs[j] = function() return c end end
print(hs[1](), hs[2](), hs[3]())
