-- Threads created while a major collection is due: a new coroutine must be reachable before anything collects
-- (a collection between its allocation and its first store freed it; the next collection traced freed memory, or
-- two coroutines shared one recycled thread object).

-- Large strings go straight to the mature space, so the mature space passes its threshold with no minor
-- collection in between; the next allocation (the thread) starts the major collection.
local s = "def"
for _ = 1, 20 do s = s .. s end
local co = coroutine.create(print)
collectgarbage()
print(#s, coroutine.status(co))

-- Coroutine churn: thousands of short-lived threads, each created and finished.
local n = 0
for _ = 1, 20000 do coroutine.wrap(function() n = n + 1 end)() end
print("wrapped", n)

-- Many suspended coroutines kept in a table, resumed twice: each must return its own value.
local cos = {}
for i = 1, 6000 do
  cos[i] = coroutine.create(function() coroutine.yield() return i end)
end
for i = 1, #cos do coroutine.resume(cos[i]) end
local wrong = 0
for i = 1, #cos do
  local ok, v = coroutine.resume(cos[i])
  if not ok or v ~= i then wrong = wrong + 1 end
end
print("wrong results", wrong)

-- The same mixed with big strings and table churn, no explicit collection.
local big = {}
for i = 1, 300 do
  big[i % 7] = string.rep("x", 100000 + i)
  cos[i] = coroutine.create(function(a) coroutine.yield(a) return a * 2 end)
  local t = {} for j = 1, 20 do t[j] = {j} end
end
local sum = 0
for i = 1, 300 do
  local _, a = coroutine.resume(cos[i], i)
  local _, b = coroutine.resume(cos[i])
  sum = sum + a + b
end
print("sum", sum)
