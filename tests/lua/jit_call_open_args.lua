-- calls and tail calls whose arguments end at `top` (`f(g())`, `f(...)`, `return f(g())`), compiled inline:
-- no, fewer, as many and more values than the callee's parameters, deep tail recursion in constant
-- stack, many values, and errors raised inside with their tracebacks
local function three(a, b, c) return a, b, c end
local function none() end
local function one() return 1 end
local function many(n) local t = {} for i = 1, n do t[i] = i end return table.unpack(t) end
local function show(...) return select("#", ...), ... end

for _, g in ipairs({none, one, function() return 1, 2 end, function() return 1, 2, 3, 4, 5 end}) do
  print(three(g()))
  print((function() return three(g()) end)())
end

-- the values are exactly those made by the inner call, even when the callee has more registers
local function sum2(a, b) local x, y, z = 10, 20, 30 return (a or 0) + (b or 0) + x + y + z end
local acc = 0
for i = 1, 300 do acc = acc + sum2(many(i % 4)) end
print(acc)

-- tail calls with open arguments do not grow the stack
local function count_down(n, ...)
  if n == 0 then return select("#", ...) end
  return count_down(n - 1, ...)
end
print(count_down(100000, 1, 2, 3))
local function loop(n, extra)
  if n == 0 then return extra end
  return loop(one() - 1 + n - 1, extra)
end
print(loop(200000, "done"))
local function pass(a, b) return a, b end
local function down(n, x)
  if n == 0 then return x end
  return down(pass(n - 1, x .. ""))
end
print(down(100000, "bottom"))
local function tail_many(k)
  if k == 0 then return "end" end
  return (function(a, ...) return select("#", ...) + a end)(k, many(k % 50))
end
local t = 0
for k = 1, 500 do t = t + tail_many(k) end
print(t)

-- many values through an open call (the copy loop)
print(show(many(40)))
print((function() return show(many(200)) end)())

-- errors inside the callee keep their messages and tracebacks
local function boom(a, b) error("boom " .. tostring(a) .. " " .. tostring(b)) end
local function via_call() local r = boom(one()) return r end
local function via_tail() return boom(many(2)) end
print(pcall(via_call))
print(pcall(via_tail))
print(select(2, xpcall(via_tail, debug.traceback)):gsub("0x%x+", "ADDR"))
