-- closures: creating and calling closures with shared upvalues
local function make_counter()
  local n = 0
  return function(k) n = n + k; return n end
end
local total = 0
for i = 1, 600000 do
  local c = make_counter()
  c(i); c(1)
  total = total + c(0)
end
local function compose(f, g) return function(x) return f(g(x)) end end
local inc = function(x) return x + 1 end
local dbl = function(x) return x * 2 end
local h = compose(inc, compose(dbl, inc))
local acc = 0
for i = 1, 6000000 do acc = acc + h(i) % 10 end
local fns = {}
for i = 1, 100 do fns[i] = function(x) return x + i end end
local s = 0
for r = 1, 60000 do
  for i = 1, 100 do s = fns[i](s) % 1000003 end
end
print(total, acc, s)
