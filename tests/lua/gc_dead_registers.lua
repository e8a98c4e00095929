-- Garbage dies when PUC Lua's does: registers above an allocating instruction's result are dead, so an object
-- left in a finished call's argument slot does not stay alive (gc.lua's GC1 waited forever for this finalizer).
local function wait_for_finalizer(make_garbage)
  local u
  local b          -- above 'u' in the stack: must survive
  local finish = false
  u = setmetatable({}, {__gc = function() finish = true end})
  b = {34}
  local n = 0
  repeat u = make_garbage(n); n = n + 1 until finish or n > 2000000
  return finish, b[1]
end
print("tables", wait_for_finalizer(function() return {} end))
print("strings", wait_for_finalizer(function(i) return tostring(i) .. tostring(i) end))
print("closures", wait_for_finalizer(function() local i; return function() return i end end))

-- In an all-weak table an entry whose value dies takes its string key along in the same collection; in a
-- weak-value table the key (marked by the table) waits for the next one.
collectgarbage(); collectgarbage()
local m = collectgarbage("count")
local a = setmetatable({}, {__mode = "kv"})
a[string.rep("a", 2^20)] = 25
a[string.rep("b", 2^20)] = {}
a[{}] = 14
collectgarbage()
local kept = collectgarbage("count") - m
print("all-weak: one string key left", kept >= 2^10 and kept < 2^11)
local k, v = next(a)
print(#k, v, next(a, k))
a = nil
collectgarbage()
local w = setmetatable({}, {__mode = "v"})
w[string.rep("c", 2^20)] = {}
collectgarbage()
print("weak values: key kept one cycle", collectgarbage("count") - m >= 2^10, next(w))
collectgarbage()
print("then freed", collectgarbage("count") - m < 2^10)
