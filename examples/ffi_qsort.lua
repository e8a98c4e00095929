-- Sorting a C array with libc's qsort and a Lua comparator (a callback from C into Lua).
local ffi = require("ffi")
ffi.cdef [[
void qsort(void *base, size_t nmemb, size_t size, int (*compar)(const void *, const void *));
]]

local values = { 42, -7, 19, 3, 88, 0, -15, 61 }
local n = #values
local arr = ffi.new("int[?]", n, values)

-- The Lua function is converted to a C function pointer; qsort calls it for each comparison.
ffi.C.qsort(arr, n, ffi.sizeof("int"), function(a, b)
  local x = ffi.cast("const int *", a)[0]
  local y = ffi.cast("const int *", b)[0]
  return x < y and -1 or (x > y and 1 or 0)
end)

local sorted = {}
for i = 0, n - 1 do sorted[#sorted + 1] = tostring(arr[i]) end
print(table.concat(sorted, " "))
