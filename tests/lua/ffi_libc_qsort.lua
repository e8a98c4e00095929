-- luajit
-- libc's qsort and bsearch with Lua comparators (callbacks from C), on an int array and a struct array.
local ffi = require("ffi")
ffi.cdef [[
void qsort(void *base, size_t nmemb, size_t size, int (*compar)(const void *, const void *));
void *bsearch(const void *key, const void *base, size_t nmemb, size_t size,
              int (*compar)(const void *, const void *));
]]
local C = ffi.C

-- A deterministic sequence whose products stay exact in doubles (LuaJIT) and integers (Lua 5.4).
local seed = 7
local function next_value()
  seed = (seed * 75 + 74) % 65537
  return seed
end

local n = 1000
local a = ffi.new("int[?]", n)
for i = 0, n - 1 do
  a[i] = next_value() - 32768
end

local calls = 0
local function ascending(p, q)
  calls = calls + 1
  local x = ffi.cast("const int *", p)[0]
  local y = ffi.cast("const int *", q)[0]
  if x < y then return -1 elseif x > y then return 1 else return 0 end
end

C.qsort(a, n, ffi.sizeof("int"), ascending)
local sorted = true
for i = 1, n - 1 do
  if a[i - 1] > a[i] then sorted = false end
end
print("sorted ascending", sorted, calls > n)
print(string.format("min %d max %d", a[0], a[n - 1]))

-- The same array, descending, through an explicit callback cdata that is freed afterwards.
local descending = ffi.cast("int (*)(const void *, const void *)", function(p, q)
  local x = ffi.cast("const int *", p)[0]
  local y = ffi.cast("const int *", q)[0]
  return y - x
end)
C.qsort(a, n, 4, descending)
sorted = true
for i = 1, n - 1 do
  if a[i - 1] < a[i] then sorted = false end
end
print("sorted descending", sorted)
descending:free()

-- Sort back ascending, then look values up with bsearch.
C.qsort(a, n, 4, ascending)
local key = ffi.new("int[1]")
local function find(v)
  key[0] = v
  local hit = C.bsearch(key, a, n, 4, ascending)
  if hit == nil then return "absent" end
  local index = (ffi.cast("int *", hit) - a)
  return string.format("found at %d", tonumber(index))
end
print(find(a[0]), find(a[n - 1]), find(a[500]) ~= "absent")
print(find(40000))
local hit = C.bsearch(key, a, n, 4, ascending)
print("a missed search returns NULL:", hit == NULL)

-- Structs sorted by a field, then by another (stable order for equal keys is not required: keys are unique).
ffi.cdef [[ typedef struct { int key; double weight; } item_t; ]]
local items = ffi.new("item_t[?]", 50)
for i = 0, 49 do
  items[i].key = (i * 37) % 50
  items[i].weight = i / 4
end
C.qsort(items, 50, ffi.sizeof("item_t"), function(p, q)
  local x = ffi.cast("const item_t *", p)
  local y = ffi.cast("const item_t *", q)
  return x.key - y.key
end)
local parts = {}
for i = 0, 9 do
  parts[#parts + 1] = string.format("%d:%.2f", items[i].key, items[i].weight)
end
print(table.concat(parts, " "))
