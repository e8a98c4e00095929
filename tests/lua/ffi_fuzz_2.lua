-- luajit
-- Found by fuzz/run --ffi: enum signedness, ffi.sizeof of variable-length types without a usable count, and
-- record initialiser tables with extra elements.
local ffi = require("ffi")
ffi.cdef [[
enum fz2_pos { FZ2_A, FZ2_B = 5, FZ2_C };
enum fz2_neg { FZ2_M = -1, FZ2_N };
struct fz2_v { int n; double d[?]; };
typedef struct { int a, b; } fz2_s;
typedef union { int i; float f; } fz2_u;
]]

-- An enum without a negative constant is unsigned (as GCC lays it out); one with a negative constant is signed.
print(tonumber(ffi.new("enum fz2_pos", -2)), tonumber(ffi.cast("enum fz2_pos", -1)))
print(tonumber(ffi.new("enum fz2_neg", -2)), tonumber(ffi.cast("enum fz2_neg", -1)))
local e = ffi.new("struct { enum fz2_pos p; enum fz2_neg q; }")
e.p, e.q = -3, -3
print(tonumber(e.p), tonumber(e.q), tonumber(ffi.new("enum fz2_pos", "FZ2_C")))

-- A negative or missing count gives no size; a count that is no number is an error.
for _, t in ipairs({ "int[?]", "struct fz2_v" }) do
  for _, n in ipairs({ -1, 0, 3, 2.5, "x" }) do
    local ok, v = pcall(ffi.sizeof, t, n)
    print(t, n, ok, ok and tostring(v) or "error")
  end
end

-- Extra elements of an initialiser table for a struct or union are ignored; extra arguments are not.
local s = ffi.new("fz2_s", { 1, 2, 3, 4 })
print(s.a, s.b)
local u = ffi.new("fz2_u", { 7, 8 })
print(u.i)
print(pcall(ffi.new, "fz2_s", 1, 2, 3) == false, pcall(ffi.new, "fz2_u", 1, 2) == false)
print(pcall(ffi.new, "int[2]", { 1, 2, 3 }) == false)
