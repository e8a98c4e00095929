-- a coroutine reads and writes locals of the thread that resumed it (open upvalues of a suspended
-- thread): plain reads, table fields through the upvalue, young values stored while collections run
-- (the suspended thread's write barrier), and debug.setlocal into a suspended coroutine
local x, t, count = nil, {}, 0
local conf = {scale = 3}
local co = coroutine.wrap(function()
  local bad = 0
  for i = 1, 200 do
    for _ = 1, 300 do local _ = {false, "garbage"} end
    x = {i}
    t = {v = "s" .. i}
    count = count + conf.scale
    for _ = 1, 300 do local _ = {false, "garbage"} end
    if x[1] ~= i or t.v ~= "s" .. i then bad = bad + 1 end
  end
  conf.scale = 0
  return bad
end)
print(co(), x[1], t.v, count, conf.scale)

-- nested: a coroutine inside a coroutine writes locals of both suspended threads
local outer_local = 0
local outer = coroutine.wrap(function()
  local mine = {}
  local inner = coroutine.wrap(function()
    for i = 1, 100 do
      mine[#mine + 1] = {i}
      outer_local = {i * 2}
      for _ = 1, 100 do local _ = {false} end
      coroutine.yield()
    end
  end)
  for _ = 1, 100 do inner() end
  collectgarbage()
  local sum = 0
  for _, v in ipairs(mine) do sum = sum + v[1] end
  return sum
end)
print(outer(), outer_local[1])

-- debug.setlocal into a suspended coroutine, then collections, then the coroutine reads it
local target = coroutine.create(function()
  local slot = false
  coroutine.yield()
  for _ = 1, 2000 do local _ = {false, "garbage"} end
  return slot[1], slot.name
end)
coroutine.resume(target)
collectgarbage(); collectgarbage()
print(debug.setlocal(target, 1, 1, {42, name = "young"}))
for _ = 1, 2000 do local _ = {false, "garbage"} end
print(coroutine.resume(target))
