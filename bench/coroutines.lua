-- coroutines: a generator pipeline (produce, filter, map), a resume/yield accumulator passing values both ways, many short-lived coroutines
local yield, wrap = coroutine.yield, coroutine.wrap
local MOD = 1000003

local function numbers(n)
  return wrap(function()
    for i = 1, n do yield(i) end
  end)
end

local function keep(source, pred)
  return wrap(function()
    for v in source do
      if pred(v) then yield(v) end
    end
  end)
end

local function transform(source, f)
  return wrap(function()
    for v in source do yield(f(v)) end
  end)
end

local function not_multiple_of_3(v) return v % 3 ~= 0 end
local function odd_image(v) return v * 2 + 1 end

local pipeline_sum = 0
for round = 1, 80 do
  for v in transform(keep(numbers(20000), not_multiple_of_3), odd_image) do
    pipeline_sum = (pipeline_sum * 7 + v) % MOD
  end
end

-- The accumulator receives a number on each resume and answers with its running total.
local accumulator = coroutine.create(function(x)
  local total = 0
  while true do
    total = (total + x * x) % MOD
    x = yield(total)
  end
end)
local last_total = 0
for i = 1, 1200000 do
  local ok, total = coroutine.resume(accumulator, i)
  if not ok then error(total) end
  last_total = total
end

-- Short-lived coroutines: each yields three values and finishes.
local function triple(a)
  yield(a)
  yield(a + 1)
  return a + 2
end
local short_sum = 0
for i = 1, 160000 do
  local co = coroutine.create(triple)
  local _, x = coroutine.resume(co, i)
  local _, y = coroutine.resume(co)
  local _, z = coroutine.resume(co)
  short_sum = (short_sum + x + y * 2 + z * 3) % MOD
  if coroutine.status(co) ~= "dead" then error("coroutine should be dead") end
end

print(string.format("%d %d %d", pipeline_sum, last_total, short_sum))
