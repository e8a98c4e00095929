-- upvalue-heavy code: counters, accumulators and a state machine whose hot loops read and write captured locals
local function make_counter(step)
  local count = 0
  local function bump() count = count + step end
  local function get() return count end
  return bump, get
end

-- Two levels of nesting: the inner closure reaches an upvalue of its enclosing closure's upvalue.
local function make_stats()
  local n, sum, min, max = 0, 0, math.huge, -math.huge
  local function add(x)
    n = n + 1
    sum = sum + x
    if x < min then min = x end
    if x > max then max = x end
  end
  local function report()
    return function() return n, sum, min, max end
  end
  return add, report
end

local bump, get = make_counter(3)
for _ = 1, 8000000 do bump() end

local add, report = make_stats()
local x = 1
for _ = 1, 5000000 do
  x = (x * 75 + 74) % 65537
  add(x)
end
local n, sum, min, max = report()()

-- A traffic-light state machine: each state is a closure that updates the shared counters and names the next state.
local ticks, greens, reds = 0, 0, 0
local green, yellow, red
green = function() ticks = ticks + 1; greens = greens + 1; return ticks % 5 == 0 and yellow or green end
yellow = function() ticks = ticks + 1; return red end
red = function() ticks = ticks + 1; reds = reds + 1; return ticks % 3 == 0 and green or red end
local state = green
for _ = 1, 8000000 do state = state() end

print(string.format("%d %d %d %d %d %d %d %d", get(), n, sum, min, max, ticks, greens, reds))
