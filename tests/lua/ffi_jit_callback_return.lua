-- luajit
-- Lua callbacks called from C (qsort, the kfix fixture) return through the record of their nested runloop. Under
-- the JIT modes every callback is compiled, its `return` included: that return ends the callback's frame and
-- must leave the nested runloop (back to C), not go on running the Lua frame under it that made the C call. Covers
-- returns after inner Lua calls and tail calls, nesting two and three callbacks deep, errors raised in callbacks
-- (caught by pcall outside), allocation inside callbacks and thousands of invocations per C call.
local ffi = require("ffi")
ffi.cdef [[
typedef int (*cmp_fn)(const void *, const void *);
void qsort(void *base, size_t nmemb, size_t size, cmp_fn compar);
int kfix_apply(int (*f)(int), int x);
int kfix_recurse(int (*f)(int), int depth);
int kfix_many(int (*f)(int), int n);
]]
local C = ffi.C
local k = ffi.load(os.getenv("KILN_FFI_FIXTURE"))

-- A pseudo-random permutation of 0..n-1 (no math.random: its sequence differs between implementations).
local function permuted(n)
  local arr = ffi.new("int[?]", n)
  for i = 0, n - 1 do arr[i] = (i * 7919 + 13) % n end
  return arr
end

local function check_sorted(arr, n, descending)
  for i = 1, n - 1 do
    if descending then
      if arr[i - 1] < arr[i] then return "unsorted at " .. i end
    elseif arr[i - 1] > arr[i] then
      return "unsorted at " .. i
    end
  end
  return "sorted"
end

-- 1. qsort with a Lua comparator: thousands of compiled returns into C, each ending a nested runloop.
local calls = 0
local function ascending(a, b)
  calls = calls + 1
  local x, y = ffi.cast("const int *", a)[0], ffi.cast("const int *", b)[0]
  if x < y then return -1 elseif x > y then return 1 end
  return 0
end
local n = 3000
local arr = permuted(n)
C.qsort(arr, n, ffi.sizeof("int"), ascending)
print("qsort 3000:", check_sorted(arr, n), arr[0], arr[n - 1], calls > n)

-- The comparator returns the result of an inner Lua call, and of a tail call: the frame that returns into C
-- is then not the one C called, and the inner return continues in the callback's frame first.
local function compare_ints(x, y) return (x < y and 1) or (x > y and -1) or 0 end
local function via_call(a, b)
  local r = compare_ints(ffi.cast("const int *", a)[0], ffi.cast("const int *", b)[0])
  return r
end
local function via_tail(a, b)
  return compare_ints(ffi.cast("const int *", a)[0], ffi.cast("const int *", b)[0])
end
arr = permuted(n)
C.qsort(arr, n, ffi.sizeof("int"), via_call)
print("qsort via call:", check_sorted(arr, n, true), arr[0], arr[n - 1])
arr = permuted(n)
C.qsort(arr, n, ffi.sizeof("int"), via_tail)
print("qsort via tail call:", check_sorted(arr, n, true), arr[0], arr[n - 1])

-- A comparator with varargs and one returning extra values (C takes the first).
arr = permuted(500)
C.qsort(arr, 500, ffi.sizeof("int"), function(...)
  local a, b = ...
  local x, y = ffi.cast("const int *", a)[0], ffi.cast("const int *", b)[0]
  return (x < y and -1) or (x > y and 1) or 0, "extra", select("#", ...)
end)
print("qsort varargs:", check_sorted(arr, 500), arr[0], arr[499])

-- 2. Many invocations from one C call, the caller's locals live across it.
local before, after = "before", "after"
local total = k.kfix_many(function(i) return i % 7 end, 5000)
print("kfix_many 5000:", total, before, after)

-- 3. Nesting: a callback calls C, which calls another Lua callback (two deep), and three deep.
local function add_ten(x) return x + 10 end
local function two_deep(x) return k.kfix_apply(add_ten, x) * 2 end
print("two deep:", k.kfix_apply(two_deep, 1))
local function three_deep(x) return k.kfix_apply(two_deep, x + 1) + 1 end
print("three deep:", k.kfix_apply(three_deep, 1))
-- qsort inside qsort inside kfix_many, each comparator returning into its own C caller.
local inner_sorted = 0
local function sort_small(seed)
  local a = ffi.new("int[5]", { seed % 5, (seed + 3) % 5, (seed + 1) % 5, (seed + 4) % 5, (seed + 2) % 5 })
  C.qsort(a, 5, ffi.sizeof("int"), ascending)
  inner_sorted = inner_sorted + 1
  return a[0] * 10 + a[4]
end
local outer_arr = permuted(40)
C.qsort(outer_arr, 40, ffi.sizeof("int"), function(a, b)
  sort_small(ffi.cast("const int *", a)[0])
  return ascending(a, b)
end)
print("qsort in qsort:", check_sorted(outer_arr, 40), inner_sorted > 40)
print("three deep with qsort:", k.kfix_many(function(i)
  return k.kfix_apply(sort_small, i)
end, 30))
-- Deep recursion through C: each level's return ends one nested runloop.
local trail = {}
local function step(depth)
  trail[#trail + 1] = depth
  if depth == 0 then return 0 end
  local below = k.kfix_recurse(step, depth - 1)
  return below + depth
end
print("recurse 60:", k.kfix_recurse(step, 60), #trail, trail[1], trail[#trail])

-- 4. Errors inside callbacks, caught by pcall outside the C call, at each nesting depth.
local function fail_at(limit)
  return function(x)
    if x >= limit then error("callback failed at " .. x) end
    return x
  end
end
local ok, err = pcall(k.kfix_many, fail_at(1500), 3000)
print("error after 1500 calls:", ok, err)
ok, err = pcall(k.kfix_apply, function(x) return k.kfix_apply(fail_at(0), x) end, 4)
print("error two deep:", ok, err)
ok, err = pcall(k.kfix_apply, function(x)
  return k.kfix_apply(function(y) return k.kfix_apply(fail_at(0), y + 1) end, x + 1)
end, 5)
print("error three deep:", ok, err)
ok, err = pcall(C.qsort, permuted(100), 100, ffi.sizeof("int"), function(a, b)
  local x = ffi.cast("const int *", a)[0]
  if x == 50 then error({ value = x }) end
  return ascending(a, b)
end)
print("error object from qsort:", ok, type(err), err.value)
-- An error caught by pcall inside the callback: the callback still returns normally into C.
local caught = 0
print("pcall inside callback:", k.kfix_many(function(i)
  local good, msg = pcall(error, "inner " .. i)
  if not good and msg == "inner " .. i then caught = caught + 1 end
  return i
end, 200), caught)
-- Everything still works after the failed callbacks.
arr = permuted(n)
calls = 0
C.qsort(arr, n, ffi.sizeof("int"), ascending)
print("after errors:", check_sorted(arr, n), calls > n, k.kfix_apply(three_deep, 2))

-- 5. Allocation inside callbacks: tables and strings made on every invocation, some kept, so collections run
-- (and objects move) while C holds the callback and the Lua frames under it wait.
local keep = {}
local function churn(i)
  local t = { i, tostring(i), { i * 2 }, name = "n" .. i }
  local s = string.rep("x", i % 50) .. t[2]
  if i % 100 == 0 then keep[#keep + 1] = t end
  return #s + t[3][1] - t[1] * 2
end
print("churn 4000:", k.kfix_many(churn, 4000), #keep, keep[10].name, keep[10][3][1])
local strings = {}
arr = permuted(1000)
C.qsort(arr, 1000, ffi.sizeof("int"), function(a, b)
  local x, y = ffi.cast("const int *", a)[0], ffi.cast("const int *", b)[0]
  strings[(x * 31 + y) % 97 + 1] = { tostring(x) .. ":" .. tostring(y) }
  return (x < y and -1) or (x > y and 1) or 0
end)
local filled = 0
for i = 1, 97 do if strings[i] then filled = filled + 1 end end
print("qsort with churn:", check_sorted(arr, 1000), arr[0], arr[999], filled > 50)
print("nested churn:", k.kfix_many(function(i)
  return k.kfix_apply(churn, i) + k.kfix_apply(churn, i + 1)
end, 300))
