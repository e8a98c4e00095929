-- luajit
-- Structs shared with C (kfix fixture): by pointer and by value, bit-fields and a nested union laid out and filled
-- by C, a struct with a const char * field, and a global variable read and written from both sides.
local ffi = require("ffi")
ffi.cdef [[
struct kfix_point { int x, y; };
double kfix_norm(struct kfix_point *p);
struct kfix_point kfix_swap(struct kfix_point p);
struct kfix_point kfix_point_add(struct kfix_point a, struct kfix_point b);

struct kfix_flags {
  unsigned int a : 3;
  unsigned int b : 5;
  int c : 4;
  unsigned int d : 1;
  union { int i; float f; unsigned char bytes[4]; } u;
  struct { short lo, hi; } pair;
  char tag;
};
void kfix_fill_flags(struct kfix_flags *f);
unsigned kfix_flags_pack(const struct kfix_flags *f);

struct kfix_named { const char *name; int id; };
int kfix_named_len(const struct kfix_named *n);
void kfix_named_fill(struct kfix_named *n, int id);

int kfix_counter;
int kfix_bump(void);
]]
local k = ffi.load(os.getenv("KILN_FFI_FIXTURE"))

-- By pointer: a struct cdata passed where a pointer is expected passes its address.
local p = ffi.new("struct kfix_point", 3, 4)
print(string.format("norm %.6f", k.kfix_norm(p)))
local pp = ffi.new("struct kfix_point[1]", { { 6, 8 } })
print(string.format("norm via array %.6f", k.kfix_norm(pp)))
print(string.format("norm via table initialiser %.6f", k.kfix_norm(ffi.new("struct kfix_point", { x = 5, y = 12 }))))

-- By value, in and out: the result is a new struct cdata.
local s = k.kfix_swap(p)
print("swap:", s.x, s.y, "original unchanged:", p.x, p.y)
local sum = k.kfix_point_add(p, s)
print("add:", sum.x, sum.y)
-- The result is a copy: changing it does not change the argument.
s.x = 99
print("copy:", s.x, p.y)
print("sizeof point:", ffi.sizeof("struct kfix_point"), "offsetof y:", ffi.offsetof("struct kfix_point", "y"))

-- Bit-fields and the union, as C's compiler laid them out.
local f = ffi.new("struct kfix_flags")
k.kfix_fill_flags(f)
print("bit-fields:", f.a, f.b, f.c, f.d)
print(string.format("union float %.3f, same bits as int 0x%08x", f.u.f, f.u.i))
print("union bytes:", f.u.bytes[0], f.u.bytes[1], f.u.bytes[2], f.u.bytes[3])
print("nested struct:", f.pair.lo, f.pair.hi, "tag:", string.char(f.tag))
print("sizeof flags:", ffi.sizeof(f), "offsetof u:", ffi.offsetof("struct kfix_flags", "u"),
  "offsetof pair:", ffi.offsetof("struct kfix_flags", "pair"), "offsetof tag:", ffi.offsetof("struct kfix_flags", "tag"))
-- Lua writes bit-fields (values are truncated to the field width), C reads them.
f.a, f.b, f.c, f.d = 2, 31, -8, 0
print(string.format("packed by C 0x%x", k.kfix_flags_pack(f)))
f.a = 9 -- 9 does not fit in 3 bits: 9 & 7 = 1
f.c = 7
print("after overflowing store:", f.a, f.c, string.format("0x%x", k.kfix_flags_pack(f)))
-- The neighbours of a bit-field are not disturbed by stores into it.
print("neighbours:", f.b, f.d, f.pair.hi)

-- A const char * field: C fills it, Lua reads it; Lua fills it, C reads it.
local n = ffi.new("struct kfix_named")
print("NULL name:", n.name == nil, k.kfix_named_len(n))
k.kfix_named_fill(n, 7)
print("filled by C:", ffi.string(n.name), n.id)
local name = "a name from Lua"
n.name = name
n.id = 1
print("read by C:", k.kfix_named_len(n), #name + 1)

-- A global variable: reads and writes from Lua and C see each other.
print("counter:", k.kfix_counter)
print("bump:", k.kfix_bump(), k.kfix_bump(), "now", k.kfix_counter)
k.kfix_counter = 41
print("after Lua store, bump:", k.kfix_bump())
