-- large constructors, long concatenation chains, many arguments and results, deep nesting
-- big constructors and long concatenation chains
local parts = {}
for i = 1, 1000 do parts[i] = tostring(i) end
local src = "return {" .. table.concat(parts, ", ") .. "}"
local t = load(src)()
print(#t, t[1], t[500], t[1000])
src = "return {" .. table.concat(parts, ", ") .. ", ...}"
t = load(src)(1, 2, 3)
print(#t, t[1001], t[1003])
local keys = {}
for i = 1, 300 do keys[i] = "k" .. i .. " = " .. i end
t = load("return {" .. table.concat(keys, ", ") .. "}")()
print(t.k1, t.k300)
local cat = {}
for i = 1, 150 do cat[i] = "'" .. (i % 10) .. "'" end
local s = load("return " .. table.concat(cat, " .. "))()
print(#s, s:sub(1, 20))
local mixed = {}
for i = 1, 150 do mixed[i] = (i % 2 == 0) and tostring(i) or ("x" .. i) end
print(pcall(load("local x1 = 1; " .. "return " .. table.concat(mixed, " .. "):gsub("x%d+", "x1"))))
-- many arguments and results
local function count(...) return select("#", ...) end
local args = {}
for i = 1, 250 do args[i] = i end
print(count(table.unpack(args)), load("return select('#', " .. table.concat(args, ", ") .. ")")())
local big = {}
for i = 1, 100000 do big[i] = i end
print(count(table.unpack(big)))
print(pcall(table.unpack, big, 1, 1e7))
print(select(-1, table.unpack(big)))
local function ret(...) return ... end
print(select("#", ret(table.unpack(big))))
-- deep nesting of expressions and calls
local deep = string.rep("(", 100) .. "1" .. string.rep(")", 100)
print(load("return " .. deep)())
local calls = string.rep("f(", 100) .. "1" .. string.rep(")", 100)
print(load("local function f(x) return x + 1 end return " .. calls)())
local nest = "return " .. string.rep("{", 150) .. string.rep("}", 150)
print(type(load(nest)()))
-- string building
local acc = ""
for i = 1, 1000 do acc = acc .. "ab" end
print(#acc)
local r = string.rep("abc", 100000, ",")
print(#r)
