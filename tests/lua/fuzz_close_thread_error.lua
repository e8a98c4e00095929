-- Found by fuzz/: coroutine.close kept the error value in flight in a Rust local while the coroutine's __close
-- handlers ran and allocated; a collection moved it and the stale copy put back afterwards crashed a later
-- collection (seen at exit, under KILN_NURSERY=4096).
local function churn(n)
  local t = {}
  for i = 1, n do t[i] = {i, tostring(i) .. "-" .. i} end
  return #t
end
for round = 1, 20 do
  local ok, e = pcall(error, "boom " .. string.rep("x", round))
  local co = coroutine.create(function()
    local x <close> = setmetatable({}, {__close = function() churn(300) end})
    coroutine.yield(round)
  end)
  coroutine.resume(co)
  local closed = coroutine.close(co)
  churn(500)
  if round % 5 == 0 then print(round, closed, e, coroutine.status(co)) end
end
print(collectgarbage("count") > 0, churn(1000))
