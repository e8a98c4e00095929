-- table constructors, length, keys, nesting
local t = {1, 2, 3, x = "x", ["y"] = "y", [10] = "ten", 4}
print(#t, t[4], t.x, t.y, t[10])
local function sorted_keys(tbl)
  local ks = {}
  for k in pairs(tbl) do ks[#ks + 1] = tostring(k) end
  table.sort(ks)
  return table.concat(ks, " ")
end
print(sorted_keys(t))

-- trailing separators and mixed separators
local m = {1; 2, 3;}
print(#m)

-- key normalization: float keys with integer values are integers
local k = {}
k[1] = "a"; k[2.0] = "b"; k["1"] = "string one"
print(k[1.0], k[2], k["1"], #k)
k[2^53] = "big"
print(k[2^53], k[9007199254740992])
k[1.5] = "frac"
print(k[1.5], k[3 / 2])
k[-0.0] = "zero"
print(k[0], k[0.0])

-- boolean and table keys
local tk, fk = {}, function() end
k[true] = "T"; k[false] = "F"; k[tk] = "table"; k[fk] = "fn"
print(k[true], k[false], k[tk], k[fk], k[{}])

-- length of sequences built in different ways
local seq = {}
for i = 1, 100 do seq[i] = i end
print(#seq)
for i = 100, 51, -1 do seq[i] = nil end
print(#seq)
local rev = {}
for i = 10, 1, -1 do rev[i] = i end
print(#rev)
local holes = {nil, nil, 3}
print(#holes == 3 or #holes == 0)

-- table functions
local list = {5, 2, 8, 1, 9, 3}
table.sort(list)
print(table.concat(list, " "))
table.sort(list, function(a, b) return a > b end)
print(table.concat(list, " "))
table.insert(list, 7)
table.insert(list, 1, 0)
print(table.concat(list, " "))
print(table.remove(list), table.remove(list, 1), table.concat(list, " "))
print(table.concat({1, 2, 3}, ", ", 2, 3), table.concat({}, "x"), table.concat({"a"}, "x"))
print(pcall(table.concat, {1, {}, 3}))
local moved = table.move({1, 2, 3, 4, 5}, 2, 4, 1)
print(table.concat(moved, " "))
print(table.concat(table.move({1, 2, 3}, 1, 3, 3, {}), " ", 3, 5))
local words = {"banana", "apple", "Cherry", "date"}
table.sort(words)
print(table.concat(words, " "))

-- nested tables and references
local grid = {}
for i = 1, 3 do
  grid[i] = {}
  for j = 1, 3 do grid[i][j] = i * j end
end
print(grid[2][3], grid[3][3], #grid, #grid[1])
local alias = grid[1]
alias[1] = "changed"
print(grid[1][1])

-- next/pairs traversal covers all keys exactly once, also while clearing
local big = {}
for i = 1, 1000 do big[i] = i; big["k" .. i] = i end
local seen, total = 0, 0
for key, val in pairs(big) do seen = seen + 1; total = total + val; big[key] = nil end
print(seen, total, next(big))

-- rawlen, rawequal, rawget, rawset
local r = setmetatable({}, {__index = function() return "dflt" end, __newindex = function() end})
rawset(r, "a", 1)
r.b = 2
print(rawget(r, "a"), rawget(r, "b"), r.b, rawlen({1, 2}), rawlen("abc"), rawequal(r, r))

-- large array and hash parts
local arr = {}
for i = 1, 100000 do arr[i] = i * 2 end
local hs = {}
for i = 1, 20000 do hs["key" .. i] = i end
local hsum = 0
for i = 1, 20000 do hsum = hsum + hs["key" .. i] end
print(#arr, arr[100000], hsum)

-- ipairs stops at the first nil and respects __index
local ip = setmetatable({1, 2}, {__index = function(_, i) if i <= 4 then return i * 100 end end})
local got = {}
for i, v in ipairs(ip) do got[#got + 1] = v end
print(table.concat(got, " "))

-- constructors with many items and function results
local function three() return 1, 2, 3 end
local c1 = {three(), three()}
local c2 = {three(), (three())}
local c3 = {[1] = "explicit", "positional"}
print(#c1, #c2, c3[1])
local long = {}
for i = 1, 600 do long[#long + 1] = i end
local lit = load("return {" .. table.concat(long, ",") .. "}")()
print(#lit, lit[1], lit[600])
