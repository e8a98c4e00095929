-- integer % and // by constants, compiled with a mask, a shift or a high multiply instead of a division:
-- Lua's floor rules for every sign, the extremes, powers of two, and -1, 0 and 1 (which keep the plain
-- path: 0 raises the error, -1 wraps). Each divisor is a literal in the source, so ModK/IDivK see it.
local xs = {0, 1, -1, 2, -2, 5, -5, 6, -6, 7, -7, 13, -13, 999, -999, 1000003, -1000003,
  math.maxinteger, math.mininteger, math.maxinteger - 1, math.mininteger + 1, 1 << 40, -(1 << 40),
  123456789012345, -123456789012345, 2147483647, -2147483648, 4611686018427387905}
local seed = 42
for _ = 1, 40 do
  seed = (seed * 6364136223846793005 + 1442695040888963407)
  xs[#xs + 1] = seed
  xs[#xs + 1] = seed >> 20
  xs[#xs + 1] = -(seed >> 30)
end
local function digest(f)
  local h = 0
  for _, x in ipairs(xs) do
    local ok, q, r = pcall(f, x)
    if ok then h = (h * 31 + q * 7 + r) & 0xffffffffffff else h = h + #tostring(q) end
  end
  return h
end
print("2", digest(function(x) return x // (2), x % (2) end))
print("3", digest(function(x) return x // (3), x % (3) end))
print("5", digest(function(x) return x // (5), x % (5) end))
print("7", digest(function(x) return x // (7), x % (7) end))
print("10", digest(function(x) return x // (10), x % (10) end))
print("13", digest(function(x) return x // (13), x % (13) end))
print("26", digest(function(x) return x // (26), x % (26) end))
print("1000", digest(function(x) return x // (1000), x % (1000) end))
print("1000003", digest(function(x) return x // (1000003), x % (1000003) end))
print("65537", digest(function(x) return x // (65537), x % (65537) end))
print("2147483647", digest(function(x) return x // (2147483647), x % (2147483647) end))
print("1000000007", digest(function(x) return x // (1000000007), x % (1000000007) end))
print("1<<40", digest(function(x) return x // (1<<40), x % (1<<40) end))
print("(1<<62)+1", digest(function(x) return x // ((1<<62)+1), x % ((1<<62)+1) end))
print("math.maxinteger", digest(function(x) return x // (math.maxinteger), x % (math.maxinteger) end))
print("math.mininteger", digest(function(x) return x // (math.mininteger), x % (math.mininteger) end))
print("-2", digest(function(x) return x // (-2), x % (-2) end))
print("-3", digest(function(x) return x // (-3), x % (-3) end))
print("-7", digest(function(x) return x // (-7), x % (-7) end))
print("-1000003", digest(function(x) return x // (-1000003), x % (-1000003) end))
print("-8589934592", digest(function(x) return x // (-8589934592), x % (-8589934592) end))
print("-math.maxinteger", digest(function(x) return x // (-math.maxinteger), x % (-math.maxinteger) end))
print("4", digest(function(x) return x // (4), x % (4) end))
print("64", digest(function(x) return x // (64), x % (64) end))
print("1024", digest(function(x) return x // (1024), x % (1024) end))
print("1<<62", digest(function(x) return x // (1<<62), x % (1<<62) end))
print("1", digest(function(x) return x // (1), x % (1) end))
print("-1", digest(function(x) return x // (-1), x % (-1) end))
print("0", digest(function(x) return x // (0), x % (0) end))
print(pcall(function() local x = 7 return x % 0 end))
print(7.5 % 2, -7.5 // 2, 3 % -2, -3 // 2, (2^53) % 3)
local acc = 0 for i = -3000, 3000 do acc = acc + i % 7 + i // 7 + i % -5 + i // -5 + i % 8 + i // 8 end print(acc)
