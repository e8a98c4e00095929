-- Long loops in the main chunk and in functions called once: with the default threshold they run interpreted
-- first and get compiled while running (entered mid-loop at a back-edge); with the JIT-eager modes they are
-- compiled from the start. Every kind of loop, with locals, upvalues and tables live across the switch.
local isum, fsum = 0, 0.0
for i = 1, 300000 do
  isum = isum + i % 7
  fsum = fsum + i / 8
end
print("numeric for:", isum, fsum)

-- A float loop, a negative step and a loop whose bounds come from locals.
local acc = 0.0
for x = 0.5, 2000.5, 0.25 do acc = acc + x end
local down = 0
local hi, lo = 100000, -100000
for i = hi, lo, -3 do down = down + i end
print("float and negative steps:", acc, down)

-- A while loop with a table and a string builder live across the switch.
local t, parts, n = {}, {}, 0
while n < 120000 do
  n = n + 1
  t[n % 100 + 1] = (t[n % 100 + 1] or 0) + n
  if n % 10000 == 0 then parts[#parts + 1] = tostring(n) end
end
print("while:", t[1], t[100], table.concat(parts, ","))

-- repeat-until with an upvalue captured by a closure made in the loop.
local closures = {}
local k = 0
repeat
  k = k + 1
  local captured = k * 2
  if k % 25000 == 0 then closures[#closures + 1] = function() return captured + k end end
until k >= 100000
local vals = {}
for i, f in ipairs(closures) do vals[i] = f() end
print("repeat:", k, table.concat(vals, ","))

-- Generic for over ipairs, pairs (summed, so the order does not matter) and a stateful iterator.
local arr = {}
for i = 1, 50000 do arr[i] = i * 3 end
local s1 = 0
for _, v in ipairs(arr) do s1 = s1 + v end
local s2 = 0
for key, v in pairs(arr) do s2 = s2 + key + v end
local function range(m)
  local i = 0
  return function() i = i + 1; if i <= m then return i end end
end
local s3 = 0
for i in range(80000) do s3 = s3 + i end
print("generic for:", s1, s2, s3)

-- Nested loops: the inner loop gets hot first, then the outer one.
local grid = 0
for i = 1, 400 do
  for j = 1, 400 do
    if (i + j) % 3 == 0 then grid = grid + i * j else grid = grid - 1 end
  end
end
print("nested:", grid)

-- A loop in a function called once, with a goto continue and a break.
local function once(limit)
  local count, total = 0, 0
  for i = 1, limit do
    if i % 5 == 0 then goto continue end
    if i > limit - 3 then break end
    count = count + 1
    total = total + i
    ::continue::
  end
  return count, total
end
print("function called once:", once(200000))

-- Integer overflow wraps the same way before and after the switch.
local w = math.maxinteger - 100000
for _ = 1, 200000 do w = w + 1 end
print("wraparound:", w, math.type(w))
