-- A hook set while compiled code is on the stack: a function's loop calls a function that sets a line, call or
-- count hook, so the caller must leave compiled code at its pc and report every event from there on, exactly as
-- the interpreter does; the hook is removed the same way and compiled code resumes. Line events are recorded as
-- line numbers, call events as names, count events as the number of hook calls.
local events = {}

local function line_hook(event, line)
  events[#events + 1] = line
end

local function set_line_hook() debug.sethook(line_hook, "l") end
local function clear_hook() debug.sethook() end

local function helper(x)
  local y = x * 2
  return y + 1
end

local function work(n)
  local sum = 0
  for i = 1, n do
    if i == 40 then set_line_hook() end
    sum = sum + helper(i)
    if i == 42 then clear_hook() end
  end
  return sum
end

-- Warm up (compiled after 1000 calls or loop iterations with the default threshold; from the start in the JIT-eager modes).
for _ = 1, 1100 do work(10) end
print("sum:", work(100))
print("line events:", #events, table.concat(events, " "))

-- The hook set two calls below the loop, inside a metamethod.
events = {}
local mt = { __add = function(a, b)
  if b == 7 then set_line_hook() end
  return a.v + b
end }
local obj = setmetatable({ v = 1 }, mt)
local function meta_loop()
  local total = 0
  for i = 1, 9 do
    total = total + (obj + i)
  end
  clear_hook()
  return total
end
for _ = 1, 1100 do meta_loop() end
events = {}
print("metamethod:", meta_loop(), #events, table.concat(events, " "))

-- Call and return events, set from inside the loop.
local calls = {}
local function call_hook(event)
  local info = debug.getinfo(2, "n")
  calls[#calls + 1] = event .. ":" .. tostring(info and info.name)
end
local function set_call_hook() debug.sethook(call_hook, "cr") end
local function leaf(x) return x + 1 end
local function call_loop()
  local s = 0
  for i = 1, 4 do
    if i == 2 then set_call_hook() end
    s = s + leaf(i)
  end
  debug.sethook()
  return s
end
for _ = 1, 1100 do call_loop() end
calls = {}
print("call events:", call_loop(), table.concat(calls, " "))

-- A line hook that removes itself after some events, from inside the hook.
events = {}
local function self_removing(event, line)
  events[#events + 1] = line
  if #events == 5 then debug.sethook() end
end
local function loop_after()
  local s = 0
  for i = 1, 50 do
    if i == 3 then debug.sethook(self_removing, "l") end
    s = s + i
  end
  return s
end
for _ = 1, 1100 do events = {}; loop_after() end
events = {}
print("self-removing:", loop_after(), table.concat(events, " "))

-- A count hook set from inside the loop: the number of hook calls for a fixed stretch of code.
local counted = 0
local function count_hook() counted = counted + 1 end
local function count_loop(n)
  local s = 0
  for i = 1, n do
    if i == 10 then debug.sethook(count_hook, "", 7) end
    s = s + i * i
  end
  debug.sethook()
  return s
end
for _ = 1, 1100 do count_loop(20) end
counted = 0
print("count hook:", count_loop(1000), counted)
