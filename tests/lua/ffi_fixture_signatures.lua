-- luajit
-- C signatures of every argument and result class (kfix fixture and libm): narrow integer results whose upper
-- register bits C leaves as garbage, narrow and boolean arguments, integer and float arguments interleaved, all
-- six integer and eight float registers used, one argument past them (the libffi path), float results.
local ffi = require("ffi")
ffi.cdef [[
unsigned char kfix_uc_add(unsigned a, unsigned b);
short kfix_s_add(int a, int b);
unsigned short kfix_us_add(unsigned a, unsigned b);
signed char kfix_sc_add(int a, int b);
_Bool kfix_is_odd(long x);
unsigned kfix_u32_mul(unsigned a, unsigned b);
unsigned long long kfix_u64_mul(unsigned long long a, unsigned long long b);
int kfix_narrow_args(signed char a, unsigned char b, short c, unsigned short d, _Bool e);
double kfix_mix(char a, double b, short c, float d, long e, unsigned char f, double g, const int *p, float h);
float kfix_fmul(float a, int b, float c);
double kfix_wide(int a, long b, short c, unsigned d, signed char e, long long f, double g1, double g2, double g3,
                 double g4, double g5, double g6, double g7, double g8);
long kfix_seven(long a, long b, long c, long d, long e, long f, long g);
double kfix_nine(double a, double b, double c, double d, double e, double f, double g, double h, double i);
const int *kfix_ptr_at(const int *p, int i);
double ldexp(double x, int e);
float ldexpf(float x, int e);
float fmaf(float a, float b, float c);
double fma(double a, double b, double c);
long labs(long x);
size_t strlen(const char *s);
]]
local K = ffi.load(os.getenv("KILN_FFI_FIXTURE"))
local C = ffi.C

local function show(label, v)
  print(label, string.format("%.17g", tonumber(v)))
end

-- Narrow results: 200 + 100 = 300 leaves 0x12c in eax; the byte is 44.
show("uc_add", K.kfix_uc_add(200, 100))
show("uc_add wrap", K.kfix_uc_add(0xffffff00, 0x1ff))
show("s_add", K.kfix_s_add(30000, 30000))
show("s_add neg", K.kfix_s_add(-40000, 5))
show("us_add", K.kfix_us_add(60000, 10000))
show("sc_add", K.kfix_sc_add(100, 100))
show("sc_add neg", K.kfix_sc_add(-100, -100))
print("is_odd", K.kfix_is_odd(7), K.kfix_is_odd(8), K.kfix_is_odd(-3))
show("u32_mul", K.kfix_u32_mul(0x10000, 0xffff))
show("u32_mul wrap", K.kfix_u32_mul(0xffffffff, 3))
show("u64_mul", K.kfix_u64_mul(0x100000000, 0x7fffffff))

-- Narrow arguments (converted as C converts them: truncated, then extended by the callee's type).
show("narrow", K.kfix_narrow_args(-5, 7, -300, 65535, true))
show("narrow trunc", K.kfix_narrow_args(255, 256 + 3, 65535, 65536 + 2, false))

-- Integer and float registers interleaved; a pointer among them.
local one = ffi.new("int[1]", 11)
show("mix", K.kfix_mix(3, 1.5, -2, 0.25, 100000, 250, -0.125, one, 2.5))
show("mix floats as ints", K.kfix_mix(65, 2, 3, 4, 5, 6, 7, one, 8))
show("fmul", K.kfix_fmul(1.5, 3, 0.5))
show("fmul precision", K.kfix_fmul(0.1, 3, 1))

-- Every register: six integer, eight double arguments.
show("wide", K.kfix_wide(1, -2, 3, 4000000000, -5, 2 ^ 40, 1, 2, 3, 4, 5, 6, 7, 8))
-- One more than the registers hold (passed on the stack: libffi's path).
show("seven", K.kfix_seven(1, 2, 3, 4, 5, 6, 7))
show("nine", K.kfix_nine(1, 2, 3, 4, 5, 6, 7, 8, 9))

-- Pointer arguments and results.
local arr = ffi.new("int[4]", { 10, 20, 30, 40 })
print("ptr_at", K.kfix_ptr_at(arr, 2)[0], K.kfix_ptr_at(arr, 3) - arr)

-- libm and libc.
show("ldexp", C.ldexp(0.75, 4))
show("ldexpf", C.ldexpf(0.75, -2))
show("fmaf", C.fmaf(1.5, 2, 0.25))
show("fma", C.fma(0.1, 10, -1))
show("labs", C.labs(-1234567890123))
show("strlen", C.strlen("signatures"))

-- Many calls in a row with varying values keep giving the right answers.
local ok = true
for i = -300, 300 do
  if tonumber(K.kfix_sc_add(i, 0)) ~= ((i + 128) % 256) - 128 then ok = false end
  if tonumber(K.kfix_us_add(i, 65536)) ~= i % 65536 then ok = false end
  if K.kfix_fmul(i, 2, 0.5) ~= i then ok = false end
end
print("loop", ok)
