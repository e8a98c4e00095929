-- an error raised through coroutine.wrap propagates with the coroutine's position
local gen = coroutine.wrap(function()
  coroutine.yield(1)
  local n = nil
  return n + 1
end)
print(gen())
print(gen())
