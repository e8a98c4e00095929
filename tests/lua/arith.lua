-- integer and float arithmetic, //, %, ^, division, overflow wrap, number formatting
print(1 + 2, 1 + 2.0, 7 - 10, 3 * 4, 3 * 4.0)
print(7 / 2, 8 / 2, 1 / 3, -7 / 2)
print(7 // 2, -7 // 2, 7 // -2, -7 // -2, 7.0 // 2, -7.5 // 2)
print(7 % 3, -7 % 3, 7 % -3, -7 % -3, 7.5 % 2, -7.5 % 2, 5 % -2.5)
print(2 ^ 10, 2 ^ 0.5, (-8) ^ (1 / 3) ~= (-8) ^ (1 / 3), 10 ^ -1)
print(-2 ^ 2, 2 ^ 3 ^ 2)
print(math.type(1), math.type(1.0), math.type(2 ^ 2), math.type(10 // 3), math.type(10.0 // 3))

-- overflow wraps around
print(math.maxinteger + 1 == math.mininteger, math.mininteger - 1 == math.maxinteger)
print(math.maxinteger * 2, -math.mininteger, math.mininteger // -1, math.mininteger % -1)
print(math.maxinteger + 0.0, math.mininteger + 0.0)
print(9007199254740993, 2 ^ 53, 2 ^ 63, -2 ^ 63)

-- division by zero
print(pcall(function() return 1 // 0 end))
print(pcall(function() return 1 % 0 end))
print(1 // 0.0, -1 // 0.0, 1 / 0, -1 / 0, 0.0 / 1, -0.0)
print(1 % math.huge, -1 % math.huge, 1 % -math.huge)
print(math.huge, -math.huge, math.huge // 1)
local nan = 0 / 0
print(nan ~= nan, nan == nan, nan < 1, nan > 1)

-- float formatting (%.14g, ".0" for integral floats)
print(1.0, -1.0, 100.0, 1e15, 1e16, 1e100, 123456789012345.0, 0.1, 1 / 3, 2 ^ 63)
print(3.14159265358979, 1e-5, 1.5e-7, 255 / 5, 5e-324, 1.7976931348623157e308)
print(-0.0 == 0.0, 1 / -0.0)
print(tostring(1e300 * 1e10), tostring(-1e300 * 1e10))

-- integer vs float comparisons are exact
print(1 == 1.0, 2 ^ 53 == 2 ^ 53 + 1, math.maxinteger < 2 ^ 63, math.maxinteger + 0.0 == 2 ^ 63)
print(9007199254740993 < 9007199254740992.0, 9007199254740993 > 9007199254740992.0)
print(math.mininteger == -2 ^ 63, math.mininteger < -2 ^ 63, -1 < -0.5, 1 <= 1.0)
print(1 < math.huge, math.mininteger > -math.huge, 3 == 3.0000000000000001)

-- string coercion in arithmetic
print("10" + 1, "10" + 1.5, "3" * "4", "0x10" + 0, " 5 " * 2, "1e2" + 0, 10 .. "")
print(math.type("10" + 1), math.type("10.0" + 1), "7" // 2, "7.0" // 2, -"2", "2" ^ 2)
print(pcall(function() return "abc" + 1 end))
print(pcall(function() return {} + 1 end))
print(pcall(function() local s = "x"; return s * 2 end))

-- concatenation of numbers
print(1 .. 2, 1.0 .. "", -0.0 .. "", 2^63 .. "", math.mininteger .. "")

-- float -> integer conversions where required
local t = {}
t[1.0] = "one"; t[2] = "two"
print(t[1], t[2.0], #t)
print(3.0 == 3, math.tointeger(3.0), math.tointeger(3.5), math.tointeger(2^63))
print(string.rep("x", 3.0), pcall(string.rep, "x", 3.5))

-- unary minus and precedence
local x = 5
print(-x, - -x, -x ^ 2, not nil == true, 2 + 3 * 4 ^ 2 / 8 % 5)
print(1 .. 2 == "12", "a" .. "b" .. "c" == "abc", 2 * 3 .. "")

-- integer division and modulo identities
for _, a in ipairs({7, -7, 0, 13, -13}) do
  for _, b in ipairs({3, -3, 5}) do
    assert(a == (a // b) * b + a % b, a .. " " .. b)
    assert(a % b == 0 or (a % b < 0) == (b < 0))
  end
end
print("identities ok")

-- math functions on integers keep integers
print(math.abs(-3), math.abs(-3.5), math.max(1, 2.5, 2), math.min(3, 1, 2), math.floor(3.7), math.ceil(3.2))
print(math.floor(-3.5), math.ceil(-3.5), math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3.0))
print(math.ult(1, -1), math.abs(math.mininteger), math.floor(2^62) == 2^62)
