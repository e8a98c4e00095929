-- multiple assignment: evaluation before assignment, right-to-left stores, adjustment of call results
local t = {}
t[1], t[1] = "a", "b"
print(t[1])
local a, a = 1, 2
print(a)
local x = 1
local y
x, y = 2, x
print(x, y)
local u = {}
local i = 1
i, u[i], u[i + 1] = i + 10, "first", "second"
print(i, u[1], u[2], u[11])
g1, g1 = "ga", "gb"
print(g1)
local function f() return 1, 2 end
local p, q, r = f(), f()
print(p, q, r)
local m = {f()}
local n = {f(), f()}
local o = {(f())}
print(#m, #n, #o)
local up
local function set() up = "set" return "val" end
up, t.k = "direct", set()
print(up, t.k)
