-- varargs: select, table.pack/unpack with nils, ... adjustment, border of constructors with nils
print(select('#'), select('#', nil), select('#', nil, nil))
print(select(2, 1, 2, 3))
print(pcall(select, 'x'))
print(pcall(select, 1.5, 'a'))
print(select(2.0, 'a', 'b'))
print(select('#', table.unpack({1, nil, 3})))
print(select('#', table.unpack({n=3, 1, nil, nil}, 1, 3)))
local t = table.pack()
print(t.n, #t)
t = table.pack(nil, nil)
print(t.n)
print(table.unpack({1,2,3}, -1, 1))
print(pcall(table.unpack, {}, 1, 1e8))
print(pcall(table.unpack, {}, math.mininteger, math.maxinteger))
print(..., select('#', ...))
local function v(...)
  local a, b = ...
  local t = {..., "x"}
  local u = {"x", ...}
  return a, b, #t, #u, (...)
end
print(v(1, 2, 3))
print(v())
local function vv(...) return select('#', ...), ... end
print(vv(nil, nil, nil))
print(pcall(load, "function f() return ... end"))
print(load("local function f() return ... end"))
print(load("return function(...) return function() return ... end end"))
-- ... in main chunk of loaded function
print(load("return select('#', ...), ...")(1, nil, 3))
local f = load("local a, b = ...; return b, a")
print(f("x", "y"))
-- adjusting in the middle
print((vv(1, 2)))
local x, y, z = vv(5)
print(x, y, z)
print(string.format("%s %s", vv(7)))
print(#{vv(1,2,3)}, #{vv(1,2,3), nil})
print(math.max(vv(3, 4)))
