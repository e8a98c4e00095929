-- fields of a table held in an upvalue (GetTabUp/SetTabUp on something other than _ENV): the upvalue
-- open in the running thread, open in another thread (a coroutine reading its creator's local), closed,
-- holding a non-table, and replaced while a loop runs
local conf = {scale = 3, count = 0}
local function bump(x)
  conf.count = conf.count + 1   -- conf is an open upvalue while the main chunk runs
  return x * conf.scale
end
local s = 0
for i = 1, 200 do s = s + bump(i) end
print(s, conf.count)

-- the table replaced by another, then by a non-table
conf = {scale = 5, count = 100}
print(bump(2), conf.count)
conf = "not a table"
print(pcall(bump, 1))
conf = setmetatable({}, {__index = function(_, k) return k == "scale" and 7 or 0 end,
                         __newindex = function(t, k, v) rawset(t, k, v * 10) end})
print(bump(1), rawget(conf, "count"))

-- the same access from a coroutine: the upvalue is open in the main thread's stack
local acc = {n = 0}
local co = coroutine.wrap(function()
  for i = 1, 50 do
    acc.n = acc.n + i
    coroutine.yield(acc.n)
  end
end)
local last
for _ = 1, 50 do last = co() end
print(last, acc.n)

-- closed upvalues
local function make()
  local t = {v = 0}
  return function(k) t.v = t.v + k; return t.v end
end
local f = make()
for i = 1, 100 do f(i) end
print(f(0))
