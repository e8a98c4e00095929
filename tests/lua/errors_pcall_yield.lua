-- protected calls that yield, are closed, or recurse to the C-level limit (pcall depth bookkeeping).
local co = coroutine.create(function()
  for i = 1, 3 do
    print(pcall(function() coroutine.yield(i) if i == 2 then error("e" .. i) end return i end))
  end
  return "done"
end)
for i = 1, 5 do print(coroutine.resume(co)) end
local co2 = coroutine.create(function() pcall(function() pcall(coroutine.yield, 1) end) end)
coroutine.resume(co2)
print(coroutine.close(co2))
local co3 = coroutine.wrap(function() local ok = pcall(function() coroutine.yield(1) end) error("after") end)
co3()
print(pcall(co3))
local function rec(n) local ok, e = pcall(rec, n + 1) if not ok then error(e, 0) end return e end
print(pcall(rec, 1))
print(coroutine.wrap(function() return pcall(rec, 1) end)())
