-- operator precedence, constant folding edge cases, string/number conversions, float keys
-- precedence and associativity
print(2 ^ -2, -2 ^ -2, 2 ^ 3 ^ 2, (2 ^ 3) ^ 2, -3 ^ 2, not 1 == 2, not (1 == 2))
print(1 .. 2 .. 3, "a" .. "b" == "ab", 1 + 2 .. "", 2 * 3 ^ 2, -2 ^ 2 * 3)
print(5 - 3 - 1, 64 / 4 / 2, 2 ^ 2 ^ 3, 7 // 2 // 2, 100 % 7 % 3)
print(1 < 2 == true, "x" < "y" == not false, 1 | 2 & 3, 1 << 2 + 1, ~0 >> 60, 3 ~ 5 & 6)
print(#"abc" + 1, -#"ab", - - 2, not not nil, ~~5, - -2 ^ 2)
print(1 and 2 or 3, nil and 2 or 3, false or nil and 1, 1 or 2 and 3, nil == false or "x")
print("10" + 0 == 10, "abc" < "abd" and 1 or 0, 2 .. 3 + 1)
-- constant folding must not change semantics
print(1 // 0.0, -1 // 0.0, 0.0 / 0.0 ~= 0.0 / 0.0, 1 % -0.0 ~= 1 % -0.0, 3 % -2, -3 % 2, 3.0 % -2, -0.0)
print(math.mininteger // -1, math.mininteger % -1, 2^63 // 1, math.maxinteger // -1)
print(pcall(load("return 1 // 0")))
print(pcall(load("return 1 % 0")))
print(pcall(load("local a = 1; return a // 0")))
print(1e308 * 10, -1e308 * 10, 5 // -0.0, -5 % math.huge)
print(0x7fffffffffffffff + 1 == math.mininteger, 1 << 63 == math.mininteger, -(-9223372036854775807 - 1))
print(- 9223372036854775808, math.type(-9223372036854775808), -9223372036854775807 - 1)
-- string to number conversions
print(tonumber("0x7fffffffffffffff"), tonumber("0xffffffffffffffff"), tonumber("9223372036854775808"), tonumber("-9223372036854775809"))
print(tonumber("1e"), tonumber("0x1p"), tonumber(".5"), tonumber("5."), tonumber("."), tonumber("0x.p1"), tonumber("1 "), tonumber("\t1\n"))
print(tonumber("inf"), tonumber("-nan"), tonumber("1e500"), tonumber("-1e500"), tonumber("0x1P+3"), tonumber("1E+2"))
print(tonumber("10", 16), tonumber("FF", 16), tonumber("-ff", 16), tonumber("777", 8), tonumber("z", 36), tonumber("8", 8), tonumber("", 10))
print(pcall(tonumber, "10", 1), pcall(tonumber, "10", 37), pcall(tonumber, 10, 16))
print(tonumber(nil), pcall(tonumber))
print(math.tointeger("8"), math.tointeger(8.0), math.tointeger("x"), math.tointeger(2^63))
print(string.format("%d", 3.0), pcall(string.format, "%d", 3.5), string.format("%.3f", 2), string.format("%5.1s|", "abc"))
print(10 == "10", 0 == -0, 1/0 > math.maxinteger, -1/0 < math.mininteger, 0/0 ~= 0/0)
-- integer keys normalization
local t = {}
t[1.0] = "a"; t[2] = "b"; t[3.5] = "c"; t[-0.0] = "z"
print(t[1], t[2.0], t[3.5], t[0], #t, math.type(next({[3.0] = 1})))
t[2^63] = "big"; print(t[2^63], t[math.mininteger])
print(pcall(function() t[0/0] = 1 end))
print(pcall(function() t[nil] = 1 end))
print(t[nil], t[0/0])
print(rawequal(0, -0), rawequal(0, 0.0), 0 == 0.0)
