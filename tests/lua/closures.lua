-- closures and shared upvalues
local function counter()
  local n = 0
  return function() n = n + 1; return n end, function() return n end
end
local inc, get = counter()
inc(); inc(); inc()
print(get())
local inc2, get2 = counter()
inc2()
print(get(), get2())

-- two closures share one upvalue; the upvalue survives the frame
local function pair()
  local v = "init"
  local function set(x) v = x end
  local function read() return v end
  return set, read
end
local set, read = pair()
set("changed")
print(read())

-- upvalue of an upvalue (three levels)
local function outer()
  local x = 1
  return function()
    local y = 10
    return function()
      x = x + 1; y = y + 1
      return x + y
    end
  end
end
local mid = outer()
local f1, f2 = mid(), mid()
print(f1(), f1(), f2())

-- closing upvalues in loops: each iteration gets its own variable
local fns = {}
for i = 1, 5 do
  local sq = i * i
  fns[i] = function() sq = sq + 1; return i, sq end
end
print(fns[2]())
print(fns[2]())
print(fns[5]())

-- while loop locals are fresh per iteration
local acc = {}
local k = 0
while k < 3 do
  k = k + 1
  local captured = k
  acc[k] = function() return captured end
end
print(acc[1](), acc[2](), acc[3]())

-- a closure captures a parameter
local function adder(n) return function(x) return x + n end end
local add5 = adder(5)
print(add5(10), adder(-1)(1))

-- recursive local function via upvalue
local function fact(n) if n <= 1 then return 1 end return n * fact(n - 1) end
print(fact(20))
local fib
fib = function(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end
print(fib(20))

-- closures modifying a shared upvalue after the creating function returned
local function make()
  local shared = {}
  local n = 0
  local function add(v) n = n + 1; shared[n] = v end
  local function dump() return table.concat(shared, ","), n end
  return add, dump
end
local add, dump = make()
add("a"); add("b"); add("c")
print(dump())

-- upvalues captured while the variable is still on the stack, then modified in place
local function live()
  local x = 1
  local function getx() return x end
  x = 2
  local before = getx()
  x = 3
  return before, getx()
end
print(live())

-- many upvalues
local u1, u2, u3, u4, u5, u6, u7, u8 = 1, 2, 3, 4, 5, 6, 7, 8
local function sumall() return u1 + u2 + u3 + u4 + u5 + u6 + u7 + u8 end
u8 = 80
print(sumall())

-- function identity: each evaluation of a function expression makes a new closure
local list = {}
for i = 1, 2 do list[i] = function() end end
print(list[1] == list[2], list[1] == list[1])

-- memoization with closures
local function memoize(f)
  local cache = {}
  return function(x)
    local v = cache[x]
    if v == nil then v = f(x); cache[x] = v end
    return v
  end
end
local calls = 0
local slow = memoize(function(x) calls = calls + 1; return x * 2 end)
print(slow(3), slow(3), slow(4), calls)
