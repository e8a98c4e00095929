-- luajit
-- C declarations real headers contain: anonymous enums inside structs, static const members, backslash-newline
-- continuations.
local ffi = require("ffi")

ffi.cdef [[
typedef struct {
  enum { SHAPE_CIRCLE, SHAPE_SQUARE = 5, SHAPE_TRIANGLE } kind;
  int size;
} shape;
]]
local s = ffi.new("shape", { kind = "SHAPE_TRIANGLE", size = 3 })
print("anonymous enum", ffi.sizeof("shape"), tonumber(s.kind), s.size, ffi.C.SHAPE_SQUARE)

ffi.cdef [[
struct limits {
  static const int MAX = 10, MIN = -2;
  int value;
  static const unsigned char FLAGS = 0x1ff;
};
]]
local l = ffi.new("struct limits", 7)
print("static const", ffi.sizeof("struct limits"), l.MAX, l.MIN, l.FLAGS, l.value)
print("const write", pcall(function() l.MAX = 1 end))
local lp = ffi.new("struct limits[1]")
print("through a pointer", ffi.cast("struct limits *", lp).MAX)

ffi.cdef "typedef struct { int a; \\\n int b; } joined; \\\nint abs(int x);"
print("continuation", ffi.sizeof("joined"), ffi.C.abs(-4))
