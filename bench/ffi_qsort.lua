-- luajit: FFI benchmark (kiln and luajit only; lua5.4 has no ffi)
-- Callback overhead: libc qsort of 10^5 ints with a Lua comparator (about 1.7 * 10^6 callbacks), then a check
-- that the array is sorted.
local ffi = require("ffi")
ffi.cdef [[
void qsort(void *base, size_t nmemb, size_t size, int (*compar)(const void *, const void *));
]]
local n = 100000
local a = ffi.new("int[?]", n)
local seed = 42
for i = 0, n - 1 do
  seed = (seed * 75 + 74) % 65537
  a[i] = seed
end

local calls = 0
local compare = ffi.cast("int (*)(const void *, const void *)", function(p, q)
  calls = calls + 1
  local x = ffi.cast("const int *", p)[0]
  local y = ffi.cast("const int *", q)[0]
  return x < y and -1 or (x > y and 1 or 0)
end)
ffi.C.qsort(a, n, ffi.sizeof("int"), compare)
compare:free()

for i = 1, n - 1 do
  assert(a[i - 1] <= a[i], "not sorted")
end
print(string.format("sorted %d ints, first %d, last %d, comparator called more than 8n times: %s", n,
  a[0], a[n - 1], tostring(calls > n * 8)))
