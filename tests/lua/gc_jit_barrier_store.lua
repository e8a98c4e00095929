-- Young objects stored into a mature table by the JIT's inline stores (array-part slots with integer keys,
-- present string-keyed fields, globals), in hot loops, then kept alive only through that table while minor
-- collections run: each store needs its write barrier, or the young object is reclaimed or moved without the
-- old table seeing it (caught as wrong values here, or by KILN_GC_VERIFY in the 4 KiB nursery modes).
local N = 200

-- A table made and filled before full collections: mature (old) when the stores below run.
local old = {}
for i = 1, N do old[i] = false end
old.a, old.b, old.c = 0, 0, 0
field_global = 0
collectgarbage()
collectgarbage()

-- Allocation that keeps nothing: moves the collector through many minor collections.
local function churn(rounds)
  local sink
  for i = 1, rounds do sink = { i, tostring(i) .. "x" } end
  return sink
end

local function check_array(tag)
  local bad = 0
  for i = 1, N do
    local v = old[i]
    if type(v) ~= "table" or v[1] ~= i or v.name ~= "item" .. i then bad = bad + 1 end
  end
  print(tag, "array slots wrong:", bad)
end

-- Integer keys in a register and as constants, overwriting present slots of the array part.
local function fill_array(round)
  for i = 1, N do
    old[i] = { i, name = "item" .. i, round = round }
  end
  old[1] = { 1, name = "item1", round = round }
  old[2] = { 2, name = "item2", round = round }
end

-- String-keyed fields present in the table, overwritten through the field cache; a global the same way.
local function fill_fields(round)
  for _ = 1, 50 do
    old.a = { "a", round }
    old.b = { "b" .. round }
    old.c = setmetatable({ round }, { __index = { kind = "c" } })
    field_global = { "g", round }
  end
end

for round = 1, 6 do
  fill_array(round)
  fill_fields(round)
  churn(3000)
  collectgarbage("step", 0)
  churn(3000)
  check_array("round " .. round)
  print("fields:", old.a[1], old.a[2], old.b[1], old.c[1], old.c.kind, field_global[1], field_global[2])
  print("round marks:", old[1].round, old[N].round)
end

-- The young values survive a full collection too, still reachable only from the old table.
collectgarbage()
check_array("after full collection")
print("fields after full collection:", old.a[2], old.b[1], old.c.kind, field_global[2])
