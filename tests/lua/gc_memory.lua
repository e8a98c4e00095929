-- a long allocation-heavy run stays in bounded memory; collectgarbage options as in 5.4
local function kib() return collectgarbage("count") end
collectgarbage()
local base = kib()

-- many short-lived tables and strings: the heap does not grow with the count
local maxk, sum = 0, 0
for i = 1, 200000 do
  local t = {i, tostring(i)}
  local s = "s" .. i
  sum = sum + #t + #s
  if i % 10000 == 0 then maxk = math.max(maxk, kib()) end
end
print("short-lived", sum, maxk - base < 8192)

-- a table that grows, then shrinks: its memory comes back after a collection
local big = {}
for i = 1, 20000 do big[i] = {i, i, i, i, i, i} end
local grown = kib()
print("grown", #big, grown - base > 1000)
for i = #big, 1, -1 do big[i] = nil end
big = nil
collectgarbage()
collectgarbage()
print("shrunk", kib() - base < 500)

-- count is in KiB as a float; it grows while the collector is stopped
print(math.type(kib()), kib() > 0)
collectgarbage("stop")
print("isrunning", collectgarbage("isrunning"))
local hold = {}
local before = kib()
for i = 1, 2000 do hold[i] = {} end
print("grows while stopped", kib() > before)
local fin = 0
for i = 1, 1000 do setmetatable({}, {__gc = function() fin = fin + 1 end}) end
for i = 1, 20000 do local t = {} end
print("no finalizers while stopped", fin)
print("restart", collectgarbage("restart"), collectgarbage("isrunning"))
collectgarbage()
print("finalized after restart and collect", fin)
hold = nil

-- step: generational (lua.c's default) never reports the end of a cycle,
-- incremental reports it when a step completes one
print("step gen", collectgarbage("step"), collectgarbage("step", 0))
print("to incremental", collectgarbage("incremental"))
local done = false
for i = 1, 1000 do if collectgarbage("step", 100) then done = true break end end
print("step inc finishes a cycle", done)
print("to generational", collectgarbage("generational"))
print(pcall(collectgarbage, "step", "x"))
print(pcall(collectgarbage, "incremental", "x"))
print(collectgarbage("setpause", 150), collectgarbage("setpause", 200))
print(collectgarbage("setstepmul", 300), collectgarbage("setstepmul", 100))
print(collectgarbage("collect"), collectgarbage())
