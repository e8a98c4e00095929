-- luajit
-- Callbacks into Lua from the kfix fixture library: single calls, closures, callback -> C -> callback nesting,
-- errors raised inside callbacks (caught by pcall around the C call), callbacks inside coroutines, cb:set.
local ffi = require("ffi")
ffi.cdef [[
int kfix_apply(int (*f)(int), int x);
int kfix_recurse(int (*f)(int), int depth);
int kfix_many(int (*f)(int), int n);
size_t strlen(const char *s);
]]
local k = ffi.load(os.getenv("KILN_FFI_FIXTURE"))

print("apply:", k.kfix_apply(function(x) return x * 2 end, 21))
local offset = 100
print("closure:", k.kfix_apply(function(x) return x + offset end, 5))
print("negative result:", k.kfix_apply(function(x) return -x end, 7))

-- A callback that itself calls C (strlen) and another callback through C.
local inner = ffi.cast("int (*)(int)", function(x) return x * 10 end)
print("callback calling C:", k.kfix_apply(function(x) return x + tonumber(ffi.C.strlen("four")) end, 1))
print("callback calling a callback:", k.kfix_apply(function(x) return k.kfix_apply(inner, x) + 1 end, 4))

-- Nesting: each level is Lua -> C (kfix_recurse) -> Lua, 40 levels deep; the depths are recorded on the way in
-- and the sums on the way out, so an unwinding in the wrong order shows.
local trail = {}
local step
step = ffi.cast("int (*)(int)", function(depth)
  trail[#trail + 1] = "in" .. depth
  if depth == 0 then return 0 end
  local below = k.kfix_recurse(step, depth - 1)
  trail[#trail + 1] = "out" .. depth
  return below + depth
end)
print("recurse 40:", k.kfix_recurse(step, 40))
print("trail:", table.concat(trail, " ", 1, 4), "...", table.concat(trail, " ", #trail - 2, #trail), #trail)

-- Many invocations in one C call.
print("many:", k.kfix_many(function(i) return i * i end, 300))

-- An error inside a callback: pcall around the C call gets the error value, with the callback's position.
local ok, err = pcall(k.kfix_apply, function(x) error("boom " .. x) end, 3)
print("error in callback:", ok, err)
ok, err = pcall(function() return k.kfix_apply(function() error({ code = 7 }) end, 1) end)
print("error object:", ok, type(err), err.code)
ok, err = pcall(function() return k.kfix_apply(function(x) return x + nil end, 1) end)
print("runtime error:", ok, err)
print("callbacks work after errors:", k.kfix_recurse(step, 3), k.kfix_apply(inner, 2))

-- Callbacks called while a coroutine runs; the coroutine yields between C calls (not inside a callback).
local co = coroutine.wrap(function(a)
  local r1 = k.kfix_apply(function(x) return x + 1 end, a)
  local b = coroutine.yield(r1)
  local r2 = k.kfix_many(function(i) return i + b end, 10)
  return r2
end)
print("coroutine:", co(10), co(5))

-- A yield inside a callback is an error (it would cross the C frame); the coroutine sees it through pcall.
local co2 = coroutine.create(function()
  local okay, msg = pcall(k.kfix_apply, function(x) coroutine.yield(x) return x end, 9)
  return okay, msg:find("attempt to yield across", 1, true) ~= nil
end)
print("yield inside callback:", coroutine.resume(co2))

-- cb:set replaces the Lua function behind a callback; the C address stays the same.
local cb = ffi.cast("int (*)(int)", function(x) return x + 1 end)
local before = k.kfix_apply(cb, 1)
cb:set(function(x) return x * 100 end)
print("set:", before, k.kfix_apply(cb, 1))
cb:free()
inner:free()
