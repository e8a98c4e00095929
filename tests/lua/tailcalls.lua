-- proper tail calls: a million tail calls must not grow the stack
local function loop(n, acc)
  if n == 0 then return acc end
  return loop(n - 1, acc + 1)
end
print(loop(1000000, 0))

-- mutual recursion in tail position
local is_even, is_odd
function is_even(n) if n == 0 then return true end return is_odd(n - 1) end
function is_odd(n) if n == 0 then return false end return is_even(n - 1) end
print(is_even(1000000), is_odd(777777))

-- tail call through a method and a varargs function
local obj = {n = 0}
function obj:count(k) if k == 0 then return self.n end self.n = self.n + 1; return self:count(k - 1) end
print(obj:count(300000))
local function va(n, ...) if n == 0 then return select("#", ...), ... end return va(n - 1, ...) end
print(va(200000, "a", "b", "c"))

-- tail call to a native function returns its results
local function tn(s) return string.upper(s) end
print(tn("tail"))
local function tsel(...) return select("#", ...) end
print(tsel(1, 2, 3))

-- tail call through __call
local callable = setmetatable({}, {__call = function(self, n, acc)
  if n == 0 then return acc end
  return self(n - 1, acc + 2)
end})
print(callable(100000, 0))

-- non-tail recursion still works to a reasonable depth
local function depth(n) if n == 0 then return 0 end return 1 + depth(n - 1) end
print(depth(10000))

-- a return of a parenthesized call is not a tail call but still works
local function paren(n) if n == 0 then return "done", "extra" end return (paren(n - 1)) end
print(paren(100))

-- stack overflow in non-tail recursion is a catchable error
local function inf(n) return 1 + inf(n + 1) end
local ok, err = pcall(inf, 1)
print(ok, string.find(err, "stack overflow") ~= nil)
