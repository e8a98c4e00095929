-- The stack limit holds the same before and after an overflow: a stack
-- overflow inside the message handler of an overflow is "error in error
-- handling" (no position), once the handler is done everything is as before,
-- and natives asking for room (table.unpack, coroutine results) get the limit.
local function loop (x, y, z) return 1 + loop(x, y, z) end

print(pcall(table.unpack, {}, 1, 1e6))
for round = 1, 2 do
  local res, msg = xpcall(loop, function (m)
    local ok, inner = pcall(loop)
    assert(math.sin(0) == 0)
    return m .. " / " .. inner
  end)
  print(round, res, msg)
  print(pcall(loop))
  print(xpcall(error, function (m) return "handled " .. tostring(m) end, "plain"))
  print(select("#", table.unpack({}, 1, 999000)), pcall(table.unpack, {}, 1, 1000000))
end

-- as the official suite's loop (there from 999900): fails before the end
print(pcall(function ()
  for i = 999990, 1000000, 1 do table.unpack({}, 1, i) end
end))

-- a handler that fails is called again for its own error, until it gives up
print(xpcall(loop, loop))
print(xpcall(error, error))
print(pcall(loop))

-- results of a coroutine that do not fit the resumer's stack are dropped
local co = coroutine.create(function () return table.unpack({}, 1, 600000) end)
local function resume_with_busy_stack (...)
  print(coroutine.resume(co))
  print(coroutine.status(co))
end
resume_with_busy_stack(table.unpack({}, 1, 500000))
local wrapped = coroutine.wrap(function () return table.unpack({}, 1, 600000) end)
local function call_with_busy_stack (...) print(pcall(wrapped)) end
call_with_busy_stack(table.unpack({}, 1, 500000))
