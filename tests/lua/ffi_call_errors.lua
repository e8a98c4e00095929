-- kiln-only
-- Errors at the C boundary (kiln's own messages and behaviour; LuaJIT unwinds through C or crashes instead):
-- argument conversion errors naming the C function, errors inside callbacks (caught at the boundary, raised
-- when the C call returns, later invocations skipped), nesting, yields, "C stack overflow", freed callbacks.
local ffi = require("ffi")
ffi.cdef [[
typedef int (*cmp_fn)(const void *, const void *);
void qsort(void *base, size_t nmemb, size_t size, cmp_fn compar);
size_t strlen(const char *s);
int abs(int x);
int no_such_function_in_libc(int);
]]
local C = ffi.C

print(pcall(C.strlen, {}))
print(pcall(C.abs, "x"))
print(pcall(C.strlen, 1, 2))
print(pcall(function() return C.no_such_function_in_libc end))
print(pcall(ffi.load, "kiln_no_such_library"))

local function ints(...)
  local n = select("#", ...)
  return ffi.new("int[?]", n, { ... }), n
end

-- An error in a callback: C gets 0, the later comparisons are skipped, the error comes out of qsort.
local arr, n = ints(4, 3, 2, 1)
local calls = 0
local ok, err = pcall(C.qsort, arr, n, 4, function(a, b)
  calls = calls + 1
  error("comparator failed")
end)
print("caught", ok, err, "calls", calls)
-- Error values keep their identity.
local token = {}
ok, err = pcall(C.qsort, arr, n, 4, function() error(token) end)
print("table error", ok, err == token)
-- The VM is usable afterwards, and so is C.
print("after", C.strlen("still fine"), C.abs(-3))

-- Nesting: a callback calls qsort whose callback fails; the error crosses both C calls.
local inner_calls, outer_calls = 0, 0
ok, err = pcall(C.qsort, arr, 2, 4, function(a, b)
  outer_calls = outer_calls + 1
  local arr2 = ints(2, 1)
  C.qsort(arr2, 2, 4, function()
    inner_calls = inner_calls + 1
    error("inner failure")
  end)
  return 0
end)
print("nested", ok, err, outer_calls, inner_calls)

-- A callback that catches the error of a nested C call itself.
ok, err = pcall(C.qsort, arr, 2, 4, function(a, b)
  local ok2, e2 = pcall(C.qsort, ints(2, 1), 2, 4, function() error("handled inside") end)
  print("  inside the callback:", ok2, e2)
  return 0
end)
print("handled", ok, err)

-- xpcall's handler runs where the callback failed: its traceback shows the boundary record.
ok, err = xpcall(C.qsort, debug.traceback, arr, 2, 4, function() error("traced") end)
print("xpcall", ok, err:match("^[^\n]*"), err:find("[C]: in callback 'compar' from C qsort", 1, true) ~= nil)

-- Yield across the C boundary.
local co = coroutine.wrap(function()
  C.qsort(arr, 2, 4, function() coroutine.yield("nope") return 0 end)
  return "done"
end)
print("yield", pcall(co))

-- Unbounded recursion through C ends with "C stack overflow", not a crash.
local depth = 0
local function recurse(a, b)
  depth = depth + 1
  C.qsort(ints(2, 1), 2, 4, recurse)
  return 0
end
ok, err = pcall(C.qsort, ints(2, 1), 2, 4, recurse)
print("recursion", ok, err, depth > 100)
print("after recursion", C.strlen("ok"))

-- Freed callbacks.
local cb = ffi.cast("cmp_fn", function() return 0 end)
cb:free()
print(pcall(cb.free, cb))
print(pcall(cb.set, cb, print))
print(pcall(C.qsort, ints(2, 1), 2, 4, cb))
local cb2 = ffi.cast("cmp_fn", function(a, b) return ffi.cast("const int *", a)[0] - ffi.cast("const int *", b)[0] end)
local sorted = ints(3, 1, 2)
C.qsort(sorted, 3, 4, cb2)
print("reused slot", sorted[0], sorted[1], sorted[2])
print(pcall(cb2.set, cb2, 42))
print(pcall(ffi.cast, "int (*)(int, ...)", function() end))

-- Results that do not convert to the callback's result type.
print(pcall(ffi.cast("int (*)(void)", function() return "12" end)))
print(pcall(ffi.cast("int (*)(void)", function() return nil end)))
print(pcall(ffi.cast("int (*)(void)", function() return {} end)))
