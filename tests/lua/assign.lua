-- multiple assignment, evaluation order, swaps, adjustment of value lists
local a, b, c = 1, 2
print(a, b, c)
a, b = b, a
print(a, b)
local x, y = 1, 2, 3
print(x, y)

local function three() return 1, 2, 3 end
local p, q, r, s = three()
print(p, q, r, s)
p, q, r, s = 0, three()
print(p, q, r, s)
p, q, r, s = three(), 10
print(p, q, r, s)
p, q = (three())
print(p, q)

local t = {}
t.x, t.y, t[1] = "a", "b", "c"
print(t.x, t.y, t[1])

-- all expressions are evaluated before any assignment
local i = 1
local arr = {10, 20, 30}
i, arr[i] = i + 1, 99
print(i, arr[1], arr[2])

-- swapping table slots
arr[1], arr[3] = arr[3], arr[1]
print(arr[1], arr[2], arr[3])

-- globals
g1, g2 = "one", "two"
print(g1, g2)
g1, g2 = g2, g1
print(g1, g2)

-- nested tables and chained indexing
local n = {a = {b = {c = 1}}}
n.a.b.c, n.a.d = n.a.b.c + 1, "d"
print(n.a.b.c, n.a.d)

-- local redeclaration shadows
local v = 1
local v = v + 1
print(v)
do
  local v = "inner"
  print(v)
end
print(v)

-- many values
local m1, m2, m3, m4, m5, m6, m7, m8 = 1, 2, 3, 4, 5, 6, 7, 8
print(m1 + m2 + m3 + m4 + m5 + m6 + m7 + m8)

-- assignment to upvalue inside closure
local counter = 0
local function bump() counter = counter + 1; return counter end
bump(); bump()
print(counter)
