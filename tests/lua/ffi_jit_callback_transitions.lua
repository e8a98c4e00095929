-- kiln-only
-- Compiled Lua callbacks called from C under other tier transitions: inside coroutines that yield between C calls,
-- with a line hook active while they run and one set from inside a callback (the hook counts must be the
-- interpreter's), an error caught in a coroutine, xpcall inside callbacks, callbacks whose body is a tail call
-- to a C function, and bad results converted by the callback's return (kiln's messages).
local ffi = require("ffi")
ffi.cdef [[
typedef int (*cmp_fn)(const void *, const void *);
void qsort(void *base, size_t nmemb, size_t size, cmp_fn compar);
int kfix_apply(int (*f)(int), int x);
int kfix_many(int (*f)(int), int n);
]]
local C = ffi.C
local k = ffi.load(os.getenv("KILN_FFI_FIXTURE"))
-- callbacks in coroutines, with yields between
local co = coroutine.wrap(function()
  local s = 0
  for i = 1, 100 do
    s = s + k.kfix_many(function(j) return j + i end, 10)
    coroutine.yield(s)
  end
  return "done"
end)
local last
for i = 1, 100 do last = co() end
print("co", last, co())
-- line hook active while callbacks run
local lines = 0
debug.sethook(function() lines = lines + 1 end, "l")
local r = k.kfix_many(function(j)
  local x = j * 2
  return x
end, 50)
debug.sethook()
print("hooked", r, lines)
-- hook set inside a callback, cleared outside
local cnt = 0
r = k.kfix_many(function(j)
  if j == 25 then debug.sethook(function() cnt = cnt + 1 end, "l") end
  return j
end, 50)
local after = 1
after = after + 1
debug.sethook()
print("set in callback", r, cnt)
-- callback raising error inside coroutine, caught in the coroutine
local co2 = coroutine.create(function()
  local ok, e = pcall(k.kfix_apply, function(x) error("in co " .. x) end, 3)
  coroutine.yield(ok, e)
  return k.kfix_apply(function(x) return x + 1 end, 41)
end)
print(coroutine.resume(co2))
print(coroutine.resume(co2))
-- callback calling a Lua function that errors with a traceback through compiled code, xpcall inside callback
r = k.kfix_many(function(j)
  local ok, tb = xpcall(function() error("x") end, debug.traceback)
  return ok and 1 or #tb > 0 and 2 or 3
end, 100)
print("xpcall in cb", r)
-- tail call as the body of a callback to a C function
r = k.kfix_many(function(j) return math.abs(-j) end, 100)
print("tail C", r)
r = k.kfix_many(function(j) return select(2, "a", j) end, 100)
print("tail select", r)
-- callback returning non-integer / nothing
print(pcall(k.kfix_apply, function() end, 1))
print(pcall(k.kfix_apply, function() return "12" end, 1))
print(pcall(k.kfix_apply, function() return 2.5 end, 1))
