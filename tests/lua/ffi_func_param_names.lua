-- luajit
-- Parameter names are not part of a C function type: a callback cast to an
-- unnamed function-pointer type passes to a function declared with named
-- parameters, and types that differ only in names are the same type.
local ffi = require("ffi")
ffi.cdef [[
void qsort(void *base, size_t nmemb, size_t size, int (*compar)(const void *a, const void *b));
typedef int (*cmp_named)(const void *left, const void *right);
typedef int (*cmp_plain)(const void *, const void *);
]]

local arr = ffi.new("int[5]", { 5, 3, 9, 1, 7 })
local cb = ffi.cast("int (*)(const void *, const void *)", function(a, b)
  local x, y = ffi.cast("const int *", a)[0], ffi.cast("const int *", b)[0]
  return x < y and -1 or (x > y and 1 or 0)
end)
ffi.C.qsort(arr, 5, 4, cb)
print("sorted", arr[0], arr[1], arr[2], arr[3], arr[4])

-- A callback made from the named typedef passes too (descending this time).
local cb2 = ffi.cast("cmp_named", function(a, b)
  local x, y = ffi.cast("const int *", a)[0], ffi.cast("const int *", b)[0]
  return x > y and -1 or (x < y and 1 or 0)
end)
ffi.C.qsort(arr, 5, 4, cb2)
print("sorted desc", arr[0], arr[1], arr[2], arr[3], arr[4])
cb:free()
cb2:free()

-- Values of types that differ only in names are of one type.
print("istype", ffi.istype("cmp_plain", ffi.cast("cmp_named", nil)),
  ffi.istype("int (*)(int x)", ffi.cast("int (*)(int y)", nil)))
-- A callback's error names the parameter it was passed as.
local ok, err = pcall(ffi.C.qsort, arr, 5, 4, function() error("boom") end)
print("error", ok, (err:match("boom")))

-- Redeclaring a function with other parameter names is allowed.
ffi.cdef "void qsort(void *b, size_t n, size_t s, int (*c)(const void *, const void *));"
print("redeclared", type(ffi.C.qsort))
