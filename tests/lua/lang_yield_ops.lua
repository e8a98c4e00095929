-- yields from __index in method calls and indexing inside expressions, bitwise and integer-division metamethods
local obj = setmetatable({name = "o"}, {__index = function(t, k) return coroutine.yield("lookup " .. k) end})
local co = coroutine.wrap(function() return obj:greet("hi") end)
print(co())
print(co(function(self, x) return self.name .. " says " .. x end))
local arr = setmetatable({}, {__index = function(t, i) return coroutine.yield(i) end})
local co2 = coroutine.wrap(function() local s = 0; for i = 1, 3 do s = s + arr[i] * 2 end return s, arr[10] // 3 end)
print(co2(), co2(1), co2(2), co2(3), co2(10))
local S = setmetatable({}, {__shl = function(a, b) return coroutine.yield("shl") end, __bnot = function() return coroutine.yield("bnot") end,
  __mod = function() return coroutine.yield("mod") end, __idiv = function() return coroutine.yield("idiv") end})
local co3 = coroutine.wrap(function() return (S << 1) + (~S) + (S % 2) + (5 // S) + (S << 2 >> 0) end)
print(co3(), co3(1), co3(2), co3(3), co3(4), co3(16))
