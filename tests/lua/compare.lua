-- comparisons and logical operators
print(1 < 2, 2 < 1, 1 <= 1, "a" < "b", "a" < "B", "abc" < "abd", "" < "a", "a" < "aa")
print("Z" < "a", "10" < "9", "a\0b" < "a\0c", "a\0" > "a")
print(1 == 1.0, "1" == 1, nil == false, {} == {}, "abc" == "abc")
print(1 ~= 2, nil ~= false, 0 == -0, 0.0 == -0.0)
print(math.huge > math.maxinteger, -math.huge < math.mininteger)

-- and / or return operands, not booleans
print(nil and 1, false and 1, 0 and 1, "" and "empty string is true")
print(nil or "default", false or nil, 1 or error("not evaluated"))
print(not nil, not 0, not "", not not nil)
local function pick(c) return c and "yes" or "no" end
print(pick(true), pick(false), pick(nil), pick(0))
-- short circuit
local calls = 0
local function touch(v) calls = calls + 1; return v end
local _ = touch(false) and touch(true)
local _ = touch(true) or touch(false)
print("calls", calls)

-- comparison chains in conditions
local n = 5
if n > 3 and n < 10 then print("in range") end
if not (n == 4) then print("not four") end
while n > 0 and n % 2 == 1 do n = n - 2 end
print(n)

-- comparing different types errors, except == and ~=
print(pcall(function() return 1 < "1" end))
print(pcall(function() return {} <= {} end))
print(1 == "1", "1" ~= 1)

-- sorting strings uses byte order (C locale)
local words = {"b", "B", "a", "A", "_", "1", "ab", "aB"}
table.sort(words)
print(table.concat(words, " "))
