-- lexical elements: long strings and comments, escapes, numerals
--[[ a long
comment ]] print("after long comment")
--[==[ with ]] inside ]==] print("after level-2 comment")
---[[ not a long comment
print("line comment trick")
--]]

local s1 = [[
first newline is skipped]]
print(s1, #s1)
local s2 = [==[a]]b]=]c]==]
print(s2)
local s3 = [[
line1
line2
]]
io.write(s3)
print(#[[]], #[[

]])

-- escapes
print("tab:\t|", "nl-escape:\\n", "quote:\"'", 'single:\'"')
print(#"\a\b\f\n\r\t\v\\\"\'", string.byte("\a\b\f\n\r\t\v", 1, -1))
print("\x41\x62\x7A", "\65\066\0677", "\u{48}\u{49}", "\u{7FF}" == "\xDF\xBF", #"\u{10FFFF}", #"\u{7FFFFFFF}")
print("a\z
       b", "c\
d")
print("\0" == "\x00", #"a\0b", ("a\0b"):byte(2))
print(string.byte("\255\127\001", 1, 3))

-- bad escapes are syntax errors
print(load([[return "\q"]]))
print(load([[return "\x4"]]))
print(load([[return "\300"]]))
print(load([[return "\u{110000000}"]]))
print(load('return "unfinished'))
print(load("return [[unfinished"))

-- numerals
print(0x10, 0xA, 0Xff, 1e2, 1E-2, .5, 5., 3e0, 0x.8, 0x1p4, 0x1P-1, 0xA.8p1)
print(0x7fffffffffffffff, 0xffffffffffffffff, 9223372036854775807, 9223372036854775808)
print(math.type(9223372036854775807), math.type(9223372036854775808), math.type(0x10), math.type(1e2))
print(1e308, 1e309, -1e309, 2e-308 > 0)
print(tonumber("0x1p-2"), tonumber("  0x10  "), tonumber("1e"), tonumber("0x"), tonumber(""), tonumber(" "))
print(tonumber("10", 2), tonumber("ff", 16), tonumber("zz", 36), tonumber("8", 8), tonumber(" 11 ", 2))
print(tonumber("1.5"), tonumber("-0x10"), tonumber("- 1"), tonumber("1 2"), tonumber("inf"), tonumber("nan"))
print(load("return 3x"))
print(load("return 0x"))
print(load("return 1e+"))

-- names and keywords
local _under, CamelCase, x1 = 1, 2, 3
print(_under + CamelCase + x1)
local t = {["end"] = "kw", _ = "underscore"}
print(t["end"], t._)
print(load("local and = 1"))
print(load("x = = 1"))
print(load("x = 1 +"))
print(load("f("))
print(load("return 'a' 'b'"))

-- semicolons and empty statements
;;; local y = 1; ; print(y);

-- comment at end of file without newline
-- done
-- last