-- kiln-only
-- Tracebacks name each nested callback record by its own description ("callback 'compar' from C qsort"), two and
-- three callbacks deep, and again after inner callbacks have returned or failed (the descriptions live beside
-- the callstack, pushed and popped with their records).
local ffi = require("ffi")
ffi.cdef [[
typedef int (*cmp_fn)(const void *, const void *);
void qsort(void *base, size_t nmemb, size_t size, cmp_fn compar);
void *bsearch(const void *key, const void *base, size_t nmemb, size_t size, cmp_fn compar);
]]
local C = ffi.C

local function callback_lines(tb)
  local out = {}
  for line in tb:gmatch("[^\n]+") do
    if line:find("[C]: in callback", 1, true) then out[#out + 1] = line:gsub("^%s+%[C%]: in ", "") end
  end
  return table.concat(out, " | ")
end

local function sort_with(f)
  local arr = ffi.new("int[2]", { 2, 1 })
  C.qsort(arr, 2, ffi.sizeof("int"), f)
end

local function search_with(f)
  local arr, key = ffi.new("int[1]", { 1 }), ffi.new("int[1]", { 1 })
  C.bsearch(key, arr, 1, ffi.sizeof("int"), f)
end

local seen = {}
sort_with(function(a, b)
  seen[#seen + 1] = "outer: " .. callback_lines(debug.traceback())
  search_with(function(c, d)
    seen[#seen + 1] = "inner: " .. callback_lines(debug.traceback())
    sort_with(function()
      seen[#seen + 1] = "third: " .. callback_lines(debug.traceback())
      return 0
    end)
    return 0
  end)
  -- An inner callback that fails: its record and description go, ours stays.
  local ok = pcall(sort_with, function() error("inner failure") end)
  seen[#seen + 1] = "after error " .. tostring(ok) .. ": " .. callback_lines(debug.traceback())
  return 0
end)
for _, s in ipairs(seen) do print(s) end
print("top: [" .. callback_lines(debug.traceback()) .. "]")
