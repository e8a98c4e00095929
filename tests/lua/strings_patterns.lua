-- Lua patterns: find, match, gmatch, gsub, and every error message.

local function try(f, ...)
  local r = table.pack(pcall(f, ...))
  if r[1] then
    return table.unpack(r, 2, r.n)
  end
  return "error: " .. tostring(r[2]):gsub("^[^:]*:%d+: ", "")
end

local finds = {
  {"hello", "l+"}, {"hello", "l-o"}, {"hello", "x*"}, {"hello", "[^hel]"},
  {"a-b", "[a%-]+"}, {"a]b", "[]]"}, {"x^y", "[x^]+"}, {"abc", "c$"}, {"a$c", "$c"},
  {"A1_b", "%W"}, {"ab\vc", "%s"}, {"aXb", "%u"}, {"abc", "[%a][%d]?"},
  {"THE END", "%f[%w]%w+$"}, {"x=1", "()=()"}, {"hello", "^l"}, {"abc", "()%1"},
  {"abc", "()b()"}, {"  key = val  ", "^%s*(%w+)%s*=%s*(%w+)%s*$"},
  {"THE (quick) fox", "%((%a+)%)"}, {"f(a(b)c)d", "%b()"}, {"2024-01-05", "(%d+)-(%d+)-(%d+)"},
  {"abcabc", "(a)(b)c%1%2"}, {"a()b", "%(%)"}, {"a.b", "."}, {"a+b", "+"}, {"[x]", "[]"},
  {"hello world", "o w"}, {"", ""}, {"abc", ""}, {"\0a\0", "%z"}, {"a\0b", "[\0]"},
  {"aaa", "a-$"}, {"aaab", "a-b"}, {"x", "[%w_]"}, {"_", "[%w_]"}, {"é", "[\xc3]"},
  {"one two", "(%a+) (%a+)"}, {"caab", "c(a*)(b?)"}, {"#!/bin", "^#!"},
  {"0x1F", "^0[xX](%x+)$"}, {"a,b,,c", ",,"}, {"%d", "%%d"}, {"f[x]", "%[(.-)%]"},
}
for _, c in ipairs(finds) do
  print(string.format("%q %q", c[1], c[2]), try(string.find, c[1], c[2]))
end

print(("a.b"):find(".", 1, true), ("abc"):find("b", nil, nil), ("abc"):find("", 10), ("abc"):find("", 4))
print(("abc"):find("b", -10), ("abc"):find("c", -1), ("a+b"):find("+", 1, true), ("abc"):find("b", 3))
print(("hello"):match("()ll()"), ("hello"):match("xyz"), ("hello"):match(".", -1), ("hello"):match("^(h)(e)"))
print(("key=val"):match("(%w+)=(%w+)"), ("  trim  "):match("^%s*(.-)%s*$") .. "|")
print(string.match("hello", "(h)(e)(l)(l)(o)"))
print(string.find("abc", "(a)(b)(c)"))

local errors = {
  {"abc", "%1"}, {"abc", "(a)%2"}, {"abc", "(a%1)"}, {"abc", "%0"}, {"abc", "a%"},
  {"abc", "[a"}, {"abc", "[a%"}, {"abc", "[]"}, {"abc", "[^]"}, {"abc", "%f"},
  {"abc", "%fa"}, {"abc", "(a"}, {"abc", "%b"}, {"abc", "%ba"}, {"abc", ("("):rep(33)},
  {"abc", ("("):rep(32)}, {("a"):rep(300), ("a?"):rep(300)}, {("a"):rep(300), (".-"):rep(250)},
  {"abc", "a)"}, {"abc", "b)"},
}
for _, c in ipairs(errors) do
  print(#c[2] < 40 and string.format("%q", c[2]) or #c[2], try(string.match, c[1], c[2]))
end

-- gmatch
local function collect(...)
  local out = {}
  for a, b in string.gmatch(...) do
    out[#out + 1] = b and (a .. "=" .. b) or a
  end
  return table.concat(out, ";")
end
print(collect("hello world from lua", "%a+"))
print(collect("hello world", "%a+", 3))
print(collect("hello world", "%a+", -5))
print(collect("hello world", "%a+", 100))
print(collect("k1=v1, k2=v2", "(%w+)=(%w+)"))
print(collect("abc", "()"))
print(collect("x^ab^a", "^a"))
print(collect("abc", "b*"))
print(collect("one;two;;three", "([^;]*)"))
print(collect("", ".*"))
print(try(function() for _ in ("abc"):gmatch("(") do end end))

-- gsub
print(string.gsub("hello world", "(o)", "[%1]", 1))
print(string.gsub("abc", "b*", "-"))
print(string.gsub("hello", "", "-", 2))
print(string.gsub(12345, 3, 9.5))
print(string.gsub("abc", "^a", "x"), string.gsub("aaa", "^a", "x"))
print(string.gsub("abc", "%w*", "-"))
print(string.gsub("abc", "", "/"))
print(string.gsub("abc", "()", "%1"))
print(string.gsub("abc", ".", "%0%0"))
print(string.gsub("a.b", "%.", "%%"))
print(string.gsub("abc", "(a", "x"))
print(string.gsub("hello world", "o", {o = "0"}))
print(string.gsub("hello", ".", {h = 1, e = 2.5}))
print(string.gsub("hello", "l+", function(x) return nil end))
print(string.gsub("hello", "l", false and 1 or function() return false end))
print(string.gsub("$name is $age", "%$(%w+)", {name = "Bob", age = 42}))
print(string.gsub("abc", "%w", function(c) return c:upper() .. "." end))
print(string.gsub("a b c", "(%w)", "<%1>", 2))
print(string.gsub("abc", ".", "x", 0))
print(string.gsub("abc", ".", "x", -1))
print(string.gsub("abc", ".", "x", 2.0))
print(string.gsub("hello world", "(%w+) (%w+)", "%2 %1"))
print(string.gsub("x = 1 + 2", "%s", ""))
local mt = setmetatable({}, {__index = function(t, k) return k:upper() end})
print(string.gsub("hello", "[lo]", mt))
local calls = 0
print(string.gsub("a1b2c3", "(%a)(%d)", function(a, d) calls = calls + 1 return d .. a end), calls)
print(string.gsub("abc", "b()", function(p) return "[" .. p .. "]" end))
print(try(string.gsub, "abc", "a", "%2"))
print(try(string.gsub, "abc", "(a)", "%2"))
print(try(string.gsub, "abc", "a", "%"))
print(try(string.gsub, "abc", "a", "%x"))
print(try(string.gsub, "abc", "a", {a = true}))
print(try(string.gsub, "abc", "a", function() return {} end))
print(try(function() return string.gsub("abc", "a") end))
print(try(function() return string.gsub("abc", "a", true) end))
print(try(function() return ("abc"):gsub("(", "") end))
-- a long subject: matching is iterative where it can be
local big = ("ab"):rep(50000)
print(#big:gsub("a", ""), select(2, big:gsub("b", "b")), big:find("ba", 99990, true))
print(#("x"):rep(100000):match(".*"), #("x"):rep(100000):match(".-$"))
