-- %p of strings: equal short strings (up to 40 bytes) are one object in
-- PUC Lua, so they print at one address; long strings are separate objects.
local function p(s) return string.format("%p", s) end

local s1 = string.rep("a", 10)
local s2 = string.rep("aa", 5)
print("short equal", p(s1) == p(s2))
print("short vs literal", p(s1) == p("aaaaaaaaaa"))
print("short differ", p(s1) ~= p(string.rep("a", 11)))
print("empty", p("") == p(string.sub("abc", 1, 0)))
print("40 bytes", p(string.rep("x", 40)) == p(string.rep("xx", 20)))
print("41 bytes", p(string.rep("x", 41)) ~= p(string.rep("x", 41)))
local long1, long2 = string.rep("a", 300), string.rep("a", 300)
print("long differ", p(long1) ~= p(long2))
print("long same object", p(long1) == p(long1))

-- stable while the strings live, across collections that move young objects
local before = p(s1)
local junk = {}
for i = 1, 2000 do junk[i] = {i} end
collectgarbage()
print("stable", before == p(s1), before == p(string.rep("a", 10)))

-- a string's address never equals another kind of object's
local t = {}
print("not a table", p(t) ~= p(s1))
print("width", #string.format("%-40p|", s1) == 41)
