-- deep and numerous calls: Ackermann's function and Takeuchi's tak
local function ack(m, n)
  if m == 0 then return n + 1 end
  if n == 0 then return ack(m - 1, 1) end
  return ack(m - 1, ack(m, n - 1))
end

local function tak(x, y, z)
  if y >= x then return z end
  return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))
end

local results = {}
for n = 1, 9 do results[#results + 1] = string.format("ack(3,%d)=%d", n, ack(3, n)) end
results[#results + 1] = string.format("ack(2,500)=%d", ack(2, 500))
results[#results + 1] = string.format("tak(24,16,8)=%d", tak(24, 16, 8))
results[#results + 1] = string.format("tak(26,18,9)=%d", tak(26, 18, 9))
print(table.concat(results, " "))
