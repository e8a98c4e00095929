-- luajit
-- Lua functions as C callbacks through libc: qsort and bsearch with Lua comparators (implicit conversion and
-- ffi.cast), callbacks that call C again (nesting), cb:set and cb:free, many calls into one callback, and
-- callbacks allocating while C holds pointers to cdata and strings. (Expected output made with luajit.)
local ffi = require("ffi")
ffi.cdef [[
typedef int (*cmp_fn)(const void *, const void *);
void qsort(void *base, size_t nmemb, size_t size, cmp_fn compar);
void *bsearch(const void *key, const void *base, size_t nmemb, size_t size, cmp_fn compar);
int strcmp(const char *a, const char *b);
size_t strlen(const char *s);
int abs(int x);
]]
local C = ffi.C

local function show(arr, n)
  local t = {}
  for i = 0, n - 1 do t[#t + 1] = tostring(arr[i]) end
  return table.concat(t, " ")
end

-- Implicit conversion: a Lua function passed where a function pointer is expected.
local arr = ffi.new("int[8]", { 5, 3, 8, 1, 9, 2, 7, 4 })
local calls = 0
C.qsort(arr, 8, ffi.sizeof("int"), function(a, b)
  calls = calls + 1
  local x, y = ffi.cast("const int *", a)[0], ffi.cast("const int *", b)[0]
  return x - y
end)
print("ascending", show(arr, 8), calls > 0)

-- An explicit callback object, retargeted with cb:set.
local desc = ffi.cast("cmp_fn", function(a, b)
  return ffi.cast("const int *", b)[0] - ffi.cast("const int *", a)[0]
end)
C.qsort(arr, 8, 4, desc)
print("descending", show(arr, 8))
desc:set(function(a, b)
  -- Nested: the callback calls C (abs) while qsort is running.
  local x, y = ffi.cast("const int *", a)[0], ffi.cast("const int *", b)[0]
  return C.abs(x - 5) - C.abs(y - 5)
end)
local arr2 = ffi.new("int[7]", { 1, 9, 5, 3, 7, 6, 4 })
C.qsort(arr2, 7, 4, desc)
print("closest to 5 first", arr2[0], C.abs(arr2[1] - 5), C.abs(arr2[6] - 5))

-- bsearch over sorted strings, comparing with strcmp from inside the callback.
local words = { "apple", "banana", "cherry", "date", "elder", "fig" }
local ptrs = ffi.new("const char *[?]", #words)
for i, w in ipairs(words) do ptrs[i - 1] = w end
local bycmp = ffi.cast("cmp_fn", function(k, e)
  return C.strcmp(ffi.cast("const char * const *", k)[0], ffi.cast("const char * const *", e)[0])
end)
for _, w in ipairs({ "cherry", "fig", "grape", "apple" }) do
  local key = ffi.new("const char *[1]", { w })
  local hit = C.bsearch(key, ptrs, #words, ffi.sizeof("const char *"), bycmp)
  -- (NULL tested through a cast: Lua 5.4 never calls __eq between a cdata and nil.)
  if tonumber(ffi.cast("intptr_t", hit)) == 0 then
    print("bsearch", w, "not found")
  else
    local idx = (ffi.cast("const char **", hit) - ptrs)
    print("bsearch", w, tonumber(idx), ffi.string(ffi.cast("const char **", hit)[0]))
  end
end

-- A big sort: many callback invocations in one C call, each allocating tables and strings.
local N = 500
local big = ffi.new("int[?]", N)
local seed = 12345
for i = 0, N - 1 do
  seed = (seed * 1103515245 + 12345) % 2147483648
  big[i] = seed % 1000
end
local garbage = {}
C.qsort(big, N, 4, function(a, b)
  garbage[#garbage % 64 + 1] = { tostring(a), ("k"):rep(#garbage % 7) }
  return ffi.cast("const int *", a)[0] - ffi.cast("const int *", b)[0]
end)
local sorted = true
for i = 1, N - 1 do
  if big[i - 1] > big[i] then sorted = false end
end
print("big sort", sorted, big[0] <= big[N - 1])

-- Strings passed from Lua stay valid while the callback allocates.
local names = ffi.new("const char *[3]")
local keep = { "x" .. ("yz"):rep(10), "x" .. ("ab"):rep(5), "x" .. ("cd"):rep(7) }
for i = 1, 3 do names[i - 1] = keep[i] end
C.qsort(names, 3, ffi.sizeof("const char *"), function(a, b)
  for _ = 1, 50 do local _ = { ("junk"):rep(3) } end
  return C.strcmp(ffi.cast("const char * const *", a)[0], ffi.cast("const char * const *", b)[0])
end)
print("string sort", ffi.string(names[0]), ffi.string(names[1]), tonumber(C.strlen(names[2])))

-- Fixed-width records in one C buffer; the key is a fresh Lua string (young: kiln passes a copy).
local rec = 8
local names = { "ant", "bee", "cat", "dog", "eel", "fox", "gnu", "hen" }
local base = ffi.new("char[?]", #names * rec)
for i, n in ipairs(names) do ffi.copy(base + (i - 1) * rec, n) end
local cmp = function(k, e)
  -- Allocate a lot while C holds the key and base pointers.
  local junk = {}
  for i = 1, 30 do junk[i] = { i, tostring(i) .. "x" } end
  local a, b = ffi.string(ffi.cast("const char *", k)), ffi.string(ffi.cast("const char *", e))
  return a < b and -1 or (a > b and 1 or 0)
end
for _, want in ipairs({ "cat", "hen", "ant", "cow" }) do
  local key = want:sub(1, 2) .. want:sub(3)
  local hit = ffi.C.bsearch(key, base, #names, rec, cmp)
  if tonumber(ffi.cast("intptr_t", hit)) == 0 then
    print("key", want, "absent")
  else
    print("key", want, "at", ("%d"):format(tonumber(ffi.cast("char *", hit) - base) / rec))
  end
end

-- Coroutines inside a callback: yields that stay inside the callback are fine.
local gen_calls = 0
C.qsort(ffi.new("int[4]", { 4, 2, 3, 1 }), 4, 4, function(a, b)
  local gen = coroutine.wrap(function()
    coroutine.yield(ffi.cast("const int *", a)[0])
    coroutine.yield(ffi.cast("const int *", b)[0])
  end)
  gen_calls = gen_calls + 1
  return gen() - gen()
end)
print("coroutines in callbacks", gen_calls > 0)

desc:free()
bycmp:free()
print("freed")
