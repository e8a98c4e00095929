-- luajit
-- Found by fuzz/run --ffi: a member declaration without a name, struct/union/enum tags sharing one namespace,
-- ffi.sizeof of a variable-length array without a count, and the alignment of void.
local ffi = require("ffi")

local function status(ok, msg)
  return ok and "ok" or "error: " .. tostring(msg):gsub("^.-:%d+: ", "")
end

for _, decl in ipairs({
  "union fz3_u { int; };",
  "struct fz3_s { int a; int; };",
  "struct fz3_t { struct { int x; }; int y; };",
  "enum fz3_e1 { FZ3_A }; union fz3_e1 { int i; };",
  "struct fz3_e2 { int i; }; enum fz3_e2 { FZ3_B };",
  "struct fz3_e3; union fz3_e3 { int a; };",
  "union fz3_e4 { int a; }; struct fz3_e4 { int a; };",
  "struct fz3_e5 { int a; }; struct fz3_e5; struct fz3_e5 *fz3_f(void);",
  "union fz3_e6 { int a; }; struct fz3_e6;",
  "enum fz3_e7 { FZ3_C }; struct fz3_e7 *fz3_g(void);",
  "struct fz3_e8 { int a; }; union fz3_e8 *fz3_h;",
}) do
  print(decl, status(pcall(ffi.cdef, decl)))
end
print(status(pcall(ffi.typeof, "union { int; }")))
print(ffi.sizeof("struct fz3_t"))

print((pcall(ffi.sizeof, "uint8_t[?]")))
print(ffi.sizeof("uint8_t[?]", 5), ffi.sizeof("uint8_t[?]", -1))
print(ffi.alignof("void"), ffi.alignof("int[?]"), ffi.alignof("double"))

-- A failed struct definition declares no tag; a tag declared before stays declared.
for _, d in ipairs({ "struct fz3_f1 { int x:33; };", "struct fz3_f2 { struct fz3_f2 inner; };",
  "struct fz3_f3 { int a; double b[?]; int c; };" }) do
  print(d, (pcall(ffi.cdef, d)), status(pcall(ffi.typeof, d:match("^(%a+ [%w_]+)"))))
end
ffi.cdef("struct fz3_f4;")
print((pcall(ffi.cdef, "struct fz3_f4 { int x:40; };")), status(pcall(ffi.typeof, "struct fz3_f4")))

-- The alignment of an incomplete struct or union is 1, as that of void.
ffi.cdef("struct fz3_g1; union fz3_g2;")
print(ffi.alignof("struct fz3_g1"), ffi.alignof("union fz3_g2"), ffi.sizeof("struct fz3_g1"))
ffi.cdef("typedef int fz3_fn(int);")
print(ffi.alignof("fz3_fn"), ffi.sizeof("fz3_fn"), ffi.alignof("int(int)"))
