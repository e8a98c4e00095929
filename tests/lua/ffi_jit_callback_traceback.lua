-- kiln-only
-- Errors raised in Lua callbacks (compiled under the JIT modes) two and three callbacks deep, caught outside the
-- C calls: the message, and the traceback taken by xpcall's handler, which spans every callback record and the
-- Lua frames between them. The same errors again after thousands of successful callback returns, to check the
-- records are popped as they end. (LuaJIT unwinds through C frames and prints other tracebacks: kiln's own.)
local ffi = require("ffi")
ffi.cdef [[
typedef int (*cmp_fn)(const void *, const void *);
void qsort(void *base, size_t nmemb, size_t size, cmp_fn compar);
int kfix_apply(int (*f)(int), int x);
int kfix_many(int (*f)(int), int n);
]]
local C = ffi.C
local k = ffi.load(os.getenv("KILN_FFI_FIXTURE"))

-- The traceback without the script's directory (the matrix runs scripts by their file name already).
local function report(ok, tb)
  print(ok, (tostring(tb):gsub("\t", "  ")))
end

local function fail(x)
  if x > 0 then error("failed with " .. x) end
  return x
end

local function level2(x)
  return k.kfix_apply(fail, x) + 1
end

local function level3(x)
  local r = k.kfix_apply(level2, x + 1)
  return r
end

local function sort_failing()
  local arr = ffi.new("int[3]", { 3, 1, 2 })
  C.qsort(arr, 3, ffi.sizeof("int"), function(a, b)
    return k.kfix_apply(fail, ffi.cast("const int *", a)[0])
  end)
end

print("-- one deep")
report(xpcall(k.kfix_apply, debug.traceback, fail, 1))
print("-- two deep")
report(xpcall(k.kfix_apply, debug.traceback, level2, 2))
print("-- three deep")
report(xpcall(function() return k.kfix_apply(level3, 3) end, debug.traceback))
print("-- qsort then kfix_apply")
report(xpcall(sort_failing, debug.traceback))
print("-- runtime error in a metamethod called from a callback")
local meta = setmetatable({}, { __add = function(a, b) return b .. nil end })
report(xpcall(k.kfix_apply, debug.traceback, function(x) return meta + x end, 4))

-- Thousands of successful returns into C, then the same failures: nothing is left over from the earlier records.
local sum = 0
for i = 1, 3 do sum = sum + k.kfix_many(function(j) return k.kfix_apply(fail, 0) + j end, 2000) end
print("-- after 6000 returns", sum)
report(xpcall(function() return k.kfix_apply(level3, 3) end, debug.traceback))
print("-- plain pcall messages")
print(pcall(k.kfix_apply, level3, 5))
print(pcall(sort_failing))
print("-- traceback at the top level")
print((debug.traceback("top"):gsub("\t", "  ")))
