-- bitwise operators
print(5 & 3, 5 | 3, 5 ~ 3, ~5, ~0, -1 & 0xff)
print(1 << 4, 256 >> 4, 1 << 63, (1 << 63) >> 63, -1 >> 1, -1 << 1)
print(1 << 64, 1 >> 64, 1 << -1, 2 >> -1, -1 >> 63, 1 << 62)
print(0xff & 0x0f, 0xf0 | 0x0f, 0xaa ~ 0xff)
print(3.0 & 1, 2^10 | 0, "3" .. "" == "3")
print(pcall(function() return 1.5 & 1 end))
print(pcall(function() return "3" & 1 end))
print(pcall(function() return {} | 1 end))
print(pcall(function() return 2^64 | 0 end))
print(pcall(function() local f = 1.25; return ~f end))
print(0xffffffffffffffff, 0x7fffffffffffffff, 0x8000000000000000, 0x10000000000000000)
-- precedence: comparison < bitor < bxor < band < shift < concat < additive
print(1 | 2 ~ 3 & 4 << 1, (1 | 2) ~ 3, 1 + 1 << 2, "2" .. 1 + 1)
print(1 | 2 == 3)
local x = 0
for i = 0, 62, 3 do x = x | (1 << i) end
print(x, x & (x - 1), string.format("%x", x))
local function popcount(n)
  local c = 0
  while n ~= 0 do n = n & (n - 1); c = c + 1 end
  return c
end
print(popcount(x), popcount(-1), popcount(0))
print(math.ult(0x7fffffffffffffff, 0x8000000000000000))
print(string.format("%016x", 0x0123456789abcdef ~ -1))
