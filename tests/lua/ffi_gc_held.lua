-- luajit
-- Strings handed to C must stay where C saw them while Lua keeps them alive: kfix_hold remembers a pointer,
-- heavy allocation follows (many minor collections in kiln, whose nursery moves young objects), and C reads
-- the bytes back. (Strings stored into cdata fields: ffi_gc_anchored.lua.)
local ffi = require("ffi")
ffi.cdef [[
void kfix_hold(const char *s);
const char *kfix_held(void);
size_t kfix_held_len(void);
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

-- A string built at run time (young when passed), kept alive by a local.
local s = built("held", 40)
k.kfix_hold(s)
churn(30)
print("held length:", tonumber(k.kfix_held_len()), #s)
print("held bytes equal:", ffi.string(k.kfix_held()) == s)

-- Held again after more garbage, and a second string replacing the first.
churn(30)
print("still equal:", ffi.string(k.kfix_held()) == s)
local t = built("second", 25)
k.kfix_hold(t)
churn(30)
print("second held:", tonumber(k.kfix_held_len()) == #t, ffi.string(k.kfix_held()) == t)

-- A constant string of the chunk.
k.kfix_hold("a constant string")
churn(10)
print("constant:", ffi.string(k.kfix_held()))

