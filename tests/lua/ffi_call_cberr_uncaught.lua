-- kiln-only
-- An uncaught error inside a callback ends the script after the C call (qsort) returns; the traceback, built
-- where the error was raised, spans the callback's runloop, its boundary record and the caller's frames.
local ffi = require("ffi")
ffi.cdef [[
void qsort(void *base, size_t nmemb, size_t size, int (*compar)(const void *, const void *));
]]

local function compare(a, b)
  local x = ffi.cast("const int *", a)[0]
  if x == 3 then
    error("cannot compare " .. x)
  end
  return 0
end

local function sort(arr, n)
  ffi.C.qsort(arr, n, 4, compare)
  print("not reached")
end

print("sorting")
sort(ffi.new("int[2]", { 3, 3 }), 2)
