-- float hints order checks only: registers hinted as floats (loaded from float constants, results of '/',
-- float loops) that hold integers, strings, tables with metamethods, NaN, or get changed by debug.setlocal,
-- must give exactly the interpreter's results
local function mix(n)
  local x = 0.5            -- hinted float
  local acc = 1.0
  for i = 1, n do
    if i % 3 == 0 then x = i end            -- now an integer
    if i % 5 == 0 then x = tostring(i) end  -- now a string (coerced by arithmetic)
    acc = acc + x * 2 - x // 1 + x % 4
    if tonumber(x) < acc then acc = acc - 1 end
  end
  return acc, math.type(acc)
end
print(mix(30))

-- integer arithmetic through registers the pass thinks are floats
local function ints()
  local a = 1.5
  a = 7                      -- hint lost only after the write
  local b = a * 3            -- integer
  local c = b // 2
  local d = b % 4
  return b, c, d, math.type(b), math.type(c), 7 // 0.0, -7 % math.huge
end
print(ints())

-- a metamethod where a float was expected
local V = setmetatable({}, {__add = function(a, b) return "added" end, __lt = function() return true end,
                             __mul = function() return 42 end})
local function meta(v)
  local f = 2.5
  if v then f = V end
  return f + 1.0, f * 2.0, f < 3.0
end
print(meta(false))
print(meta(true))

-- NaN and infinities in hinted float comparisons
local function cmp(x)
  local y = x / 1
  local r = {}
  r[#r + 1] = tostring(y < 1.0)
  r[#r + 1] = tostring(y <= y)
  r[#r + 1] = tostring(1.0 < y)
  r[#r + 1] = tostring(y > 0)
  return table.concat(r, " ")
end
print(cmp(0/0), cmp(math.huge), cmp(-math.huge), cmp(0.5), cmp(2))

-- float and integer numeric for loops side by side
local s1, s2 = 0, 0
for i = 1.0, 3.0, 0.5 do s1 = s1 + i end
for i = 1, 10 do s2 = s2 + i / 2 end
print(s1, s2, math.type(s1), math.type(s2))

-- debug.setlocal turns a hinted float local into an integer while the loop runs
local function victim()
  local z = 0.25
  local total = 0.0
  for i = 1, 6 do
    if i == 3 then
      local name = debug.getlocal(1, 1)
      debug.setlocal(1, 1, 10)   -- z := 10 (an integer)
    end
    total = total + z * 2
  end
  return total, math.type(z), z * 3
end
print(victim())
