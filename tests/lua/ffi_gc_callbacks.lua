-- luajit
-- Callbacks and the garbage collector: a callback's Lua function is kept alive by the callback alone; a callback
-- called many times from one C call while Lua allocates between calls; thousands of callbacks created and freed.
local ffi = require("ffi")
ffi.cdef [[
int kfix_apply(int (*f)(int), int x);
int kfix_many(int (*f)(int), int n);
]]
local k = ffi.load(os.getenv("KILN_FFI_FIXTURE"))
local fn_type = ffi.typeof("int (*)(int)")

-- The closure and its upvalue table are reachable only through the callback.
local cb = ffi.cast(fn_type, (function()
  local state = { base = 1000, calls = 0 }
  return function(x)
    state.calls = state.calls + 1
    return state.base + x * 10 + state.calls
  end
end)())
local garbage = {}
for i = 1, 3000 do garbage[i % 100 + 1] = { i, string.rep("g", i % 50) } end
collectgarbage()
collectgarbage()
print("anchored closure:", k.kfix_apply(cb, 1), k.kfix_apply(cb, 2))

-- Allocation inside a callback invoked many times in one C call: strings, tables and closures created and
-- mostly dropped between invocations.
local log = {}
local total = k.kfix_many(function(i)
  local t = { i, tostring(i), string.format("%05d", i) }
  local f = function() return #t[3] end
  if i % 50 == 0 then log[#log + 1] = t[2] .. ":" .. f() end
  return #t[2] + f()
end, 1500)
print("many with allocation:", total, #log, log[1], log[#log])

-- Callbacks created and freed in a loop: no fixed ceiling, and each calls its own function.
local sum = 0
for i = 1, 2000 do
  local c = ffi.cast(fn_type, function(x) return x + i end)
  sum = sum + k.kfix_apply(c, 0)
  c:free()
end
print("2000 created and freed:", sum)

-- Many live at once, called after a full collection.
local live = {}
for i = 1, 300 do
  live[i] = ffi.cast(fn_type, function(x) return x * i end)
end
collectgarbage()
local check = 0
for i = 1, 300 do check = check + k.kfix_apply(live[i], 2) end
print("300 live callbacks:", check)
for i = 1, 300 do live[i]:free() end

-- The same Lua function passed to C repeatedly (implicit conversion each time).
local square = function(x) return x * x end
local s2 = 0
for i = 1, 200 do s2 = s2 + k.kfix_apply(square, i % 10) end
print("implicit conversions:", s2)
