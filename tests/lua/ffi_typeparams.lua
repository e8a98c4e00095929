-- luajit
-- Parameterised types: each '$' in ffi.typeof's or ffi.cdef's string takes the next argument
-- (a ctype or cdata for a type, a number for a constant, a string for a name).
local ffi = require("ffi")

local vec = ffi.typeof("struct { $ x, y; }", ffi.typeof("double"))
local v = vec(1.5, 2.5)
print(ffi.sizeof(vec), v.x, v.y)

print(ffi.sizeof(ffi.typeof("int[$]", 7)), ffi.sizeof(ffi.typeof("uint8_t[$][$]", 3, 5)))

ffi.cdef("typedef struct { $ a; int b; } $;", ffi.typeof("char"), "pair_t")
print(ffi.sizeof("pair_t"), ffi.offsetof("pair_t", "b"))

local vptr = ffi.typeof("$ *", vec)
print(ffi.istype(vptr, ffi.cast(vptr, v)), ffi.cast(vptr, v).y)

-- A cdata stands for its type.
print(ffi.sizeof(ffi.typeof("$[4]", ffi.new("short"))))

print(pcall(ffi.typeof, "int[$]"))
print(pcall(ffi.typeof, "int[$]", 3, 4))
print(pcall(ffi.cdef, "typedef int $;"))
print((pcall(ffi.typeof, "int[$]", {})))
