-- fib.lua: recursive Fibonacci numbers and a memoized version
local function fib(n)
  if n < 2 then return n end
  return fib(n - 1) + fib(n - 2)
end

local memo = {}
local function fast_fib(n)
  if n < 2 then return n end
  local v = memo[n]
  if not v then
    v = fast_fib(n - 1) + fast_fib(n - 2)
    memo[n] = v
  end
  return v
end

local n = tonumber(arg and arg[1]) or 25
print(string.format("fib(%d) = %d", n, fib(n)))
print(string.format("fib(90) = %d", fast_fib(90)))
