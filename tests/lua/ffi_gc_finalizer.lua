-- luajit
-- ffi.gc finalizers: run once when a cdata becomes garbage, removed by ffi.gc(cdata, nil), a C function as the
-- finalizer; ffi.new memory stays intact across collections while referenced.
local ffi = require("ffi")
ffi.cdef [[
void *malloc(size_t size);
void free(void *p);
]]
local C = ffi.C

local finalized = 0
local function release(p)
  finalized = finalized + 1
  C.free(p)
end

-- Allocations happen in functions that return, so no stack slot of the main chunk still holds the last cdata.
local function allocate_dropped(n)
  for i = 1, n do
    local p = ffi.gc(C.malloc(64), release)
    ffi.fill(p, 64, i)
  end
end
allocate_dropped(100)
collectgarbage()
collectgarbage()
print("finalized after dropping 100:", finalized)

-- Still referenced: not finalized.
local function allocate_kept(n)
  local t = {}
  for i = 1, n do t[i] = ffi.gc(C.malloc(16), release) end
  return t
end
local kept = allocate_kept(10)
finalized = 0
collectgarbage()
collectgarbage()
print("finalized while referenced:", finalized)
kept = nil
collectgarbage()
collectgarbage()
print("finalized after release:", finalized)

-- ffi.gc(p, nil) removes the finalizer (and returns p); the memory is freed by hand.
finalized = 0
local function remove_finalizer()
  local q = ffi.gc(C.malloc(16), release)
  local same = ffi.gc(q, nil)
  C.free(q)
  return same == q
end
print("ffi.gc returns its argument:", remove_finalizer())
collectgarbage()
collectgarbage()
print("finalizer removed:", finalized)

-- A C function as the finalizer.
local function allocate_c_finalized(n)
  for i = 1, n do ffi.gc(C.malloc(32), C.free) end
end
allocate_c_finalized(50)
collectgarbage()
collectgarbage()
print("C finalizers ran without error")

-- ffi.new memory: contents survive churn and collections while the cdata is referenced.
local arr = ffi.new("int[256]")
for i = 0, 255 do arr[i] = i * 3 end
local junk
for r = 1, 40 do
  junk = {}
  for i = 1, 300 do junk[i] = { i, tostring(i) } end
end
collectgarbage()
local ok = true
for i = 0, 255 do if arr[i] ~= i * 3 then ok = false end end
print("ffi.new contents intact:", ok)
