-- collectgarbage("step", n) in incremental mode: bigger steps finish a cycle in fewer calls,
-- a huge step finishes one at once, and garbage dies when the cycle ends.
collectgarbage("incremental")
collectgarbage("stop")

-- a live heap bigger than what each round allocates, as in the official gc.lua
local live = {}
for i = 1, 2000 do live[i] = {i} end

local function dosteps(siz)
  collectgarbage()
  local keep = {}
  for i = 1, 100 do keep[i] = {{}}; local garbage = {i} end
  local before = collectgarbage("count")
  local n = 0
  repeat n = n + 1 until collectgarbage("step", siz)
  assert(collectgarbage("count") < before)
  return n
end

print("bigger steps, fewer calls", dosteps(10) < dosteps(2))
print("one huge step", dosteps(20000) == 1)
print("again", collectgarbage("step", 20000), collectgarbage("step", 20000))

-- a big heap needs several basic steps
local big = {}
for i = 1, 300000 do big[i] = i end
print("basic steps on a big heap", dosteps(0) > 1)
big = nil
live = nil

-- a weak entry is cleared when a cycle of steps ends, not before
local weak = setmetatable({}, {__mode = "v"})
weak[1] = {}
collectgarbage("step", 20000)
print("cleared after a cycle", weak[1] == nil)
print("still stopped", collectgarbage("isrunning"))
collectgarbage("restart")
print("running", collectgarbage("isrunning"))
