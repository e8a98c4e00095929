-- kiln-only
-- kiln's rules for errors in callbacks (DESIGN.md, FFI): the error is caught at the callback boundary, the
-- callback returns zero to C, later invocations within the same outer C call return zero at once without running
-- Lua, and the error is raised when the outer FFI call returns. Yield inside a callback is an error.
local ffi = require("ffi")
ffi.cdef [[
int kfix_apply(int (*f)(int), int x);
int kfix_recurse(int (*f)(int), int depth);
int kfix_many(int (*f)(int), int n);
]]
local k = ffi.load(os.getenv("KILN_FFI_FIXTURE"))

-- After the error at i == 3, the Lua function is not run again during this kfix_many call.
local runs = 0
local ok, err = pcall(k.kfix_many, function(i)
  runs = runs + 1
  if i == 3 then error("stop at " .. i) end
  return 1
end, 100)
print("many:", ok, err, "runs:", runs)

-- An error 10 levels of callback -> C -> callback down unwinds every level.
local levels = 0
local deep
deep = ffi.cast("int (*)(int)", function(depth)
  levels = levels + 1
  if depth == 0 then error("bottom reached") end
  return k.kfix_recurse(deep, depth - 1) + 1
end)
ok, err = pcall(k.kfix_recurse, deep, 10)
print("deep:", ok, err, "levels:", levels)
print("deep callback works afterwards:", pcall(k.kfix_recurse, ffi.cast("int (*)(int)", function(d) return d end), 4))

-- Yield inside a callback.
local co = coroutine.create(function()
  return pcall(k.kfix_apply, function(x) coroutine.yield(x) return x end, 9)
end)
print("yield:", coroutine.resume(co))
print("coroutine status:", coroutine.status(co))

-- An error value that is not a string passes through unchanged.
local tag = {}
ok, err = pcall(k.kfix_apply, function() error(tag) end, 1)
print("error object identity:", ok, err == tag)
-- error with level 2 inside the callback.
ok, err = pcall(k.kfix_apply, function() error("level two", 2) end, 1)
print("level 2:", ok, err)
deep:free()
