-- luajit
-- LuaJIT's companion modules: require("bit") with LuaBitOp's API and 32-bit semantics, require("table.new")
-- and require("table.clear").
local bit = require("bit")
print("same module", require("bit") == bit)

-- tobit: integers wrap modulo 2^32, fractions round to nearest (ties to even).
print("tobit", bit.tobit(0xffffffff), bit.tobit(2^32 + 5), bit.tobit(-1), bit.tobit(2^31), bit.tobit(1.5),
  bit.tobit(2.5), bit.tobit(-0.5), bit.tobit(-2.5), bit.tobit("0x10"), bit.tobit(2^52 + 3))
print("tohex", bit.tohex(255), bit.tohex(-1), bit.tohex(255, 2), bit.tohex(255, -4), bit.tohex(0xabcdef, -8),
  bit.tohex(1, 0), bit.tohex(-1, 12), bit.tohex(2^40 + 7))
print("bnot", bit.bnot(0), bit.bnot(-1), bit.bnot(0x7fffffff), bit.bnot(2^32))
print("band", bit.band(0xff, 0x0f), bit.band(-1, 0x80000000), bit.band(0xf0f0, 0xff00, 0x0ff0), bit.band(7))
print("bor", bit.bor(1, 2, 4, 8), bit.bor(0x80000000, 0), bit.bor(-2, 1))
print("bxor", bit.bxor(0xff, 0x0f), bit.bxor(1, 1, 1), bit.bxor(-1, 0x55555555))
print("lshift", bit.lshift(1, 0), bit.lshift(1, 31), bit.lshift(1, 32), bit.lshift(1, 33), bit.lshift(0xff, 28),
  bit.lshift(3, -1))
print("rshift", bit.rshift(-1, 28), bit.rshift(0x80000000, 31), bit.rshift(256, 36), bit.rshift(-1, 0))
print("arshift", bit.arshift(-256, 4), bit.arshift(0x80000000, 31), bit.arshift(256, 4), bit.arshift(-1, 40))
print("rol", bit.rol(0x12345678, 8), bit.rol(0x80000001, 1), bit.rol(1, -1), bit.rol(0xff, 32))
print("ror", bit.ror(0x12345678, 8), bit.ror(1, 1), bit.ror(2, 33))
print("bswap", bit.bswap(0x12345678), bit.bswap(-1), bit.bswap(0xff), bit.tohex(bit.bswap(0x01020304)))
-- A classic: a 32-bit hash (FNV-1a) computed with bit operations.
local h = 0x811c9dc5
for c in ("hello world"):gmatch(".") do
  h = bit.bxor(h, c:byte())
  h = bit.tobit(h * 0x01000193 % 2^32)
end
print("fnv", bit.tohex(h))
print("errors", pcall(bit.band), (pcall(bit.bor, 1, {})), (pcall(bit.tohex, nil)))

-- table.new: an empty table with preallocated room; also stored as table.new.
local new = require("table.new")
local t = new(10, 4)
print("table.new", type(new), table.new == new, next(t), #t)
for i = 1, 10 do t[i] = i end
t.x = "y"
print(#t, t[10], t.x)

-- table.clear: empties a table in place (the same table afterwards).
local clear = require("table.clear")
print("table.clear", type(clear), table.clear == clear)
local u = { 1, 2, 3, a = 1, b = 2 }
local same = u
clear(u)
print(next(u), #u, same == u)
u[1], u.k = "again", "v"
print(u[1], u.k, #u)
