-- function calls: argument and result adjustment, recursion, many arguments and results
local function none() end
local function one() return 1 end
local function many() return 1, 2, 3 end
local function args(a, b, c) return a, b, c end

print(none())
print((none()))
print(one(), many())
print(many(), one())
print(args(many()))
print(args(1))
print(args(1, 2, 3, 4, 5))
print(#{many()}, #{many(), many()}, #{(many())})
print(select("#", none()), select("#", (none())))

-- results adjusted in assignments and returns
local a, b, c, d = many()
print(a, b, c, d)
local function ret_many() return many() end
local function ret_paren() return (many()) end
local function ret_mid() return many(), 10 end
print(ret_many())
print(ret_paren())
print(ret_mid())

-- many arguments and results
local function sum(...)
  local s = 0
  for i = 1, select("#", ...) do s = s + select(i, ...) end
  return s
end
local big = {}
for i = 1, 200 do big[i] = i end
print(sum(table.unpack(big)))
local function ident(...) return ... end
print(select("#", ident(table.unpack(big))))

-- recursion
local function ack(m, n)
  if m == 0 then return n + 1 end
  if n == 0 then return ack(m - 1, 1) end
  return ack(m - 1, ack(m, n - 1))
end
print(ack(2, 3), ack(3, 3))
local function hanoi(n, from, to, via, moves)
  if n == 0 then return moves end
  moves = hanoi(n - 1, from, via, to, moves)
  moves = moves + 1
  return hanoi(n - 1, via, to, from, moves)
end
print(hanoi(12, 1, 3, 2, 0))

-- functions as values, higher order
local function map(f, t) local r = {} for i, v in ipairs(t) do r[i] = f(v) end return r end
local function reduce(f, acc, t) for _, v in ipairs(t) do acc = f(acc, v) end return acc end
print(table.concat(map(function(x) return x * x end, {1, 2, 3, 4}), " "))
print(reduce(function(x, y) return x + y end, 0, {1, 2, 3, 4, 5}))

-- calling through tables and strings
local lib = {f = function(...) return "lib.f", select("#", ...) end}
print(lib.f(), lib["f"](1, 2))
print(string.format("%s-%s", "a", "b"), ("x"):rep(3, ","))

-- call with a string or table literal argument
local function show(x) return type(x) == "table" and #x or x end
print(show"literal", show{1, 2, 3}, show[[long]])

-- global function definitions, including nested fields and methods
obj = {inner = {}}
function obj.inner.f() return "nested field function" end
function obj.inner:m() return self == obj.inner end
print(obj.inner.f(), obj.inner:m())

-- arguments are evaluated left to right
local order = {}
local function mark(x) order[#order + 1] = x; return x end
local function three(p, q, r) return p + q + r end
print(three(mark(1), mark(2), mark(3)), table.concat(order, ","))

-- a function's parameters are locals that can be reassigned
local function reassign(x) x = x * 2; return x end
local v = 5
print(reassign(v), v)
