-- luajit
-- Strings stored into cdata memory (a const char * struct field, const char * array elements) stay where C sees
-- them while Lua keeps them alive: heavy allocation follows (many minor collections in kiln, whose nursery moves
-- young objects), and C reads the bytes back.
local ffi = require("ffi")
ffi.cdef [[
void kfix_hold(const char *s);
const char *kfix_held(void);
struct kfix_named { const char *name; int id; };
int kfix_named_len(const struct kfix_named *n);
size_t strlen(const char *s);
]]
local k = ffi.load(os.getenv("KILN_FFI_FIXTURE"))

-- Allocation churn: tables and strings that die young, with a few survivors.
local survivors = {}
local function churn(rounds)
  for r = 1, rounds do
    local junk = {}
    for i = 1, 400 do
      junk[i] = { i, tostring(i) .. "/" .. r }
    end
    survivors[#survivors % 50 + 1] = junk[r % 400 + 1]
  end
end

local function built(prefix, n)
  local parts = {}
  for i = 1, n do parts[i] = string.format("%s%03d", prefix, i) end
  return table.concat(parts, ",")
end

-- A const char * field of a struct, set from a young string kept alive by a local.
local n = ffi.new("struct kfix_named")
local name = built("name", 10)
n.name = name
n.id = 0
churn(30)
print("field read by C:", k.kfix_named_len(n), #name)
print("field read by Lua:", ffi.string(n.name) == name)

-- An array of pointers to strings, each kept alive in a table.
local keep = {}
local arr = ffi.new("const char *[8]")
for i = 0, 7 do
  keep[i] = built("el" .. i, i + 1)
  arr[i] = keep[i]
end
churn(30)
local same = 0
for i = 0, 7 do
  if tonumber(ffi.C.strlen(arr[i])) == #keep[i] and ffi.string(arr[i]) == keep[i] then same = same + 1 end
end
print("array elements intact:", same)

-- A C function that keeps a pointer it was given: pass a char array cdata holding a copy (its memory is outside
-- the GC heap and lives as long as the cdata).
local text = built("copy", 20)
local copy = ffi.new("char[?]", #text + 1, text)
k.kfix_hold(copy)
churn(30)
print("held cdata copy:", ffi.string(k.kfix_held()) == text, tonumber(ffi.C.strlen(k.kfix_held())) == #text)
