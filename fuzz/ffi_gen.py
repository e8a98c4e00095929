#!/usr/bin/env python3
"""Generates a random, deterministic Lua program exercising the ffi module from a seed (python3 ffi_gen.py SEED).

The program runs under kiln and under LuaJIT (it uses only the syntax and library both share). It is a list of
operations, each run under pcall and reported on one line `@ID FLAG ok VALUES` or `@ID FLAG err MESSAGE`, with
values normalised (numbers by value, no addresses, 64-bit cdata as plain decimals, anonymous struct ids hidden).
FLAG tells fuzz/run how to compare the line with LuaJIT's: `C` the whole line, `S` the ok/err status only (the
messages or values legitimately differ), `N` not at all (kiln's documented differences from LuaJIT). Programs never
read or write memory out of bounds on purpose, never pass NULL or a non-terminated buffer where C reads a string,
and create a bounded number of callbacks, so any crash is a bug and not undefined behaviour of the program.
"""

import random
import re
import sys

# Pool slots an operation writes: `V[3] = `, `A[1][2] = `, `V[2]["a"] = `, and the buffers ffi.fill, ffi.copy and
# memset write into.
WRITES = re.compile(r"\b([VAB]\[\d+\])(?:\[[^\]]*\])?\s*=[^=]|(?:ffi\.fill|ffi\.copy|ffi\.C\.memset)\(([VAB]\[\d+\])")
REFS = re.compile(r"\b[VAB]\[\d+\]")

PRELUDE = r'''local ffi = require("ffi")
local IS_JIT = rawget(_G, "jit") ~= nil
if IS_JIT then io.stdout:setvbuf("no") end  -- a LuaJIT crash then shows the operation it died in
local NULL = ffi.cast("void *", 0)
local unpack = table.unpack or unpack
ffi.cdef[[
typedef struct { int a; double b; char c[8]; } fz_s1;
struct fz_node { int v; struct fz_node *next; };
typedef union { int i; float f; unsigned char b[4]; } fz_u1;
struct fz_bits { unsigned a:3; int b:5; unsigned c:1; };
enum fz_e { FZ_A, FZ_B = 5, FZ_C };
struct fz_var { int n; int data[?]; };
size_t strlen(const char *s);
int abs(int x);
void *memset(void *s, int c, size_t n);
void *memcpy(void *dst, const void *src, size_t n);
int strcmp(const char *a, const char *b);
int toupper(int c);
long strtol(const char *s, char **end, int base);
int snprintf(char *buf, size_t n, const char *fmt, ...);
void qsort(void *base, size_t nmemb, size_t size, int (*compar)(const void *, const void *));
typedef struct { int quot; int rem; } fz_div_t;
typedef struct { long quot; long rem; } fz_ldiv_t;
fz_div_t div(int, int);
fz_ldiv_t ldiv(long, long);
double ldexp(double, int);
float ldexpf(float, int);
double fabs(double);
float fabsf(float);
double pow(double, double);
double fmod(double, double);
long labs(long);
long long llabs(long long);
int atoi(const char *);
double strtod(const char *, char **);
]]
local function num(v)
  if v ~= v then return "nan" end
  if v == 1/0 then return "inf" elseif v == -1/0 then return "-inf" end
  if v == math.floor(v) and v > -2^63 and v < 2^63 then return string.format("%d", v) end
  return string.format("%.14g", v)
end
local function clean(s)
  s = s:gsub("0x%x+", "ADDR"):gsub("struct %d+", "struct #"):gsub("union %d+", "union #"):gsub("enum %d+", "enum #")
  -- LuaJIT spells signed char "char", shows references ("int &", "char (&)[8]") and drops parameter lists
  -- from function pointer types; kiln does none of these.
  s = s:gsub("signed char", "char"):gsub("unsigned char", "uchar"):gsub("%(&%)", ""):gsub(" &", "")
  s = s:gsub("unsigned long long", "uint64_t"):gsub("unsigned long", "uint64_t"):gsub("long long", "int64_t")
  s = s:gsub("long", "int64_t")
  s = s:gsub("(%(%*+%))%b()", "%1()"):gsub("(<[%w_ ]+) %([^*&)][^)]*%)>", "%1 ()>")
  s = s:gsub("%[%?%]", "[]")  -- kiln does not tell int[?] from int[]
  return s
end
local function cd(v)
  local name = clean(tostring(ffi.typeof(v)))
  if name == "ctype<int64_t>" or name == "ctype<uint64_t>" then
    -- boxed 64-bit integers, as both print them ("5LL", "5ULL")
    return tostring(v)
  end
  if name:find("%*") then return name .. "=" .. (v == NULL and "NULL" or "ptr") end
  if name:find("[%[%(&]") or name:find("struct") or name:find("union") then return name end
  local n = tonumber(v)
  if n then return name .. "=" .. num(n) end
  return name
end
local function S(v)
  local t = type(v)
  if t == "number" then return num(v)
  elseif t == "string" then return string.format("%q", clean(v))
  elseif t == "cdata" then return cd(v)
  elseif t == "table" then return "table"
  elseif t == "boolean" or t == "nil" then return tostring(v)
  else return t end
end
local function report(id, flag, ok, ...)
  local n = select("#", ...)
  if ok then
    local parts = {}
    for i = 1, n do parts[i] = S((select(i, ...))) end
    print("@" .. id .. " " .. flag .. " ok " .. table.concat(parts, " "))
  else
    local e = ...
    print("@" .. id .. " " .. flag .. " err " .. (type(e) == "string" and clean(e) or S(e)))
  end
end
local function T(id, flag, f) report(id, flag, pcall(f)) end
local V, B, A, CB = {}, {}, {}, {}
local finalized = 0
local function churn(n)
  local t = {}
  for i = 1, n do t[i] = { i, tostring(i) .. "x" } end
  return #t
end
local CMP = {
  function(a, b)
    local x, y = ffi.cast("const int *", a)[0], ffi.cast("const int *", b)[0]
    return x < y and -1 or (x > y and 1 or 0)
  end,
  function(a, b) error("cmp failed") end,
  function(a, b) error({ code = 1 }) end,
  function(a, b) coroutine.yield(1) return 0 end,
  function(a, b)
    churn(50)
    local x, y = ffi.cast("const int *", a)[0], ffi.cast("const int *", b)[0]
    local s = ffi.new("char[16]", tostring(x))
    return (x < y and -1 or (x > y and 1 or 0)) + 0 * #ffi.string(s)
  end,
  function(a, b) return nil end,
  function(a, b) return "1" end,
  function(a, b)
    local x, y = ffi.cast("const int *", a)[0], ffi.cast("const int *", b)[0]
    return y - x
  end,
  function(a, b) return ffi.new("int", 0) end,
  function(a, b) return 1.5 end,
}
local function icmp(a, b)
  local x, y = ffi.cast("const int *", a)[0], ffi.cast("const int *", b)[0]
  return x < y and -1 or (x > y and 1 or 0)
end
-- Comparators that re-enter C and the ffi module while qsort runs.
local XCMP = {
  function(a, b)  -- a nested qsort from inside the callback
    local inner = ffi.new("int[4]", { 4, 3, 2, 1 })
    ffi.C.qsort(inner, 4, 4, CMP[1])
    return icmp(a, b) + 0 * inner[0]
  end,
  function(a, b)  -- young strings through C while the comparator allocates
    local x, y = tostring(ffi.cast("const int *", a)[0]) .. "k", tostring(ffi.cast("const int *", b)[0]) .. "k"
    churn(10)
    return icmp(a, b) + 0 * ffi.C.strcmp(x, y) + 0 * tonumber(ffi.C.strlen(x))
  end,
  function(a, b)  -- a callback created, called and freed inside a callback
    local cb = ffi.cast("int (*)(const void *, const void *)", CMP[1])
    local r = cb(a, b)
    cb:free()
    return r
  end,
  function(a, b)  -- large and many allocations
    local big = ffi.new("char[?]", 100000)
    ffi.fill(big, 100000, 7)
    local t = {}
    for i = 1, 20 do t[i] = ffi.new("fz_s1", { i, i / 2, "s" .. i }) end
    return icmp(a, b) + 0 * big[99999] + 0 * t[20].a
  end,
  function(a, b)  -- an error raised with a cdata value
    error(ffi.new("int", 5))
  end,
  function(a, b)  -- ffi.gc objects collected during the sort
    for i = 1, 5 do ffi.gc(ffi.new("int[4]"), function() churn(3) end) end
    collectgarbage("step")
    return icmp(a, b)
  end,
}
local function ints(arr, n)
  local t = {}
  for i = 0, n - 1 do t[#t + 1] = num(tonumber(arr[i])) end
  return table.concat(t, ",")
end
'''

# Type strings: (text, valid). Invalid ones must be rejected with an error by both engines.
SCALARS = ["int", "unsigned int", "char", "unsigned char", "signed char", "short", "unsigned short", "long",
           "unsigned long", "int8_t", "uint8_t", "int16_t", "uint16_t", "int32_t", "uint32_t", "int64_t",
           "uint64_t", "float", "double", "bool", "size_t", "ssize_t", "intptr_t", "enum fz_e", "long long"]
INT32ISH = ["int", "unsigned int", "char", "unsigned char", "signed char", "short", "unsigned short", "int8_t",
            "uint8_t", "int16_t", "uint16_t", "int32_t", "uint32_t", "bool", "float", "double", "enum fz_e"]
AGGREGATES = ["fz_s1", "struct fz_node", "fz_u1", "struct fz_bits", "int[4]", "double[3]", "char[8]",
              "struct fz_node[2]", "fz_s1[2]", "uint8_t[5]", "int[2][3]"]
POINTERS = ["void *", "const char *", "int *", "char *", "fz_s1 *", "struct fz_node *", "const void *",
            "int (*)(int)", "int (*)(const void *, const void *)", "double *", "uint8_t *"]
VLA = ["int[?]", "char[?]", "double[?]", "struct fz_var", "uint8_t[?]", "fz_s1[?]"]
BAD_TYPES = ["", "int int", "struct", "foo", "int[", "*", "int[-1]", "struct nosuch *x",
             "void", "int(", "int[2][?]", "char]", "struct fz_node.v", "int x", "3", "const",
             "int (*)(", "enum", "union { int; }", "int[?][?]", "typedef int", "fz_s1 fz_s1", "int **[",
             "struct nosuch", "int[4294967296]", "double[9999999999]", "int:3", "int, int", "__attribute__"]
FIELDS = {"fz_s1": ["a", "b", "c"], "struct fz_node": ["v", "next"], "fz_u1": ["i", "f", "b"],
          "struct fz_bits": ["a", "b", "c"], "struct fz_var": ["n", "data"]}
BAD_FIELDS = ["z", "", "a.b", "1", "next.v", "__index"]

# Lua values: (expression, risky). Risky values make conversions implementation-defined (out-of-range floats
# to integers), so operations using them compare only the ok/err status with LuaJIT.
LUA_VALUES = [("nil", False), ("true", False), ("false", False), ("0", False), ("1", False), ("-1", False),
              ("7", False), ("255", False), ("65", False), ("-128", False), ("3.5", False), ("-2.75", False),
              ("-0.0", False), ("0.1", False), ("2^31", True), ("2^32 + 5", True), ("-2^31", True),
              ("2^53", True), ("1e20", True), ("1/0", True), ("-1/0", True), ("0/0", True), ('"abc"', False),
              ('""', False), ('"12"', False), ('"0x10"', False), ('" 3 "', False), ("{}", False),
              ("{1, 2, 3}", False), ("{a = 1, b = 2.5}", False), ("{v = 4}", False), ("{1, {2}}", False),
              ("function() end", False), ("coroutine.create(function() end)", False),
              ("print", False), ("NULL", False), ("ffi.new('int', 9)", False),
              ("ffi.new('double', 2.5)", False), ("ffi.new('int64_t', -3)", False), ("ffi.new('uint8_t', 200)", False),
              ("ffi.new('fz_s1')", False), ("ffi.new('int[3]', 1, 2, 3)", False), ("ffi.new('bool', true)", False),
              ("ffi.new('uint64_t', 12)", False),
              ("ffi", False)]
# Not among the values: a ctype (LuaJIT converts it to its type id), a userdata such as io.stdout or ffi.C
# (LuaJIT converts it to its payload's address): kiln refuses both, and a write that succeeds only in LuaJIT
# would make the two runs' states differ from then on.

# Values whose operators kiln and LuaJIT agree on, results and messages: plain numbers, strings, nil and
# booleans, and scalar cdata (no value out of a C integer's range, no negative value into an unsigned 64-bit one).
SIMPLE_VALUES = {"nil", "true", "false", "0", "1", "-1", "7", "255", "65", "-128", "3.5", "-2.75", "0.1", '"abc"',
                 '"12"', "NULL", "ffi.new('int', 9)", "ffi.new('double', 2.5)", "ffi.new('int64_t', -3)",
                 "ffi.new('uint8_t', 200)", "ffi.new('bool', true)", "ffi.new('uint64_t', 12)"}
NUMERIC_VALUES = {e for e, _ in LUA_VALUES if e[:1] in "-0123456789" or e in
                  ("nil", "true", "false", "NULL", "2^31", "2^53", "1/0", "-1/0", "0/0", "2^32 + 5", "-2^31", "1e20")
                  or e in ("ffi.new('int', 9)", "ffi.new('double', 2.5)", "ffi.new('int64_t', -3)",
                           "ffi.new('uint8_t', 200)", "ffi.new('bool', true)")}

CDEF_TEMPLATES = [
    "typedef struct {{ int x; double y; }} {n};",
    "struct {n} {{ int a; struct {n} *self; char tag[4]; }};",
    "union {n} {{ int i; double d; }};",
    "enum {n} {{ {n}_A = 1, {n}_B, {n}_C = -3 }};",
    "typedef int {n}[4];",
    "typedef int (*{n})(int, int);",
    "struct {n} {{ unsigned f1 : 4; int f2 : 12; unsigned : 0; char f3; }};",
    "struct {n} {{ int n; double v[?]; }};",
    "typedef struct {n} {{ struct {{ int p, q; }}; union {{ int r; float s; }}; }} {n}_t;",
    "static const int {n} = 42;",
    "int {n}(int a, ...);",
    "struct {n} {{ char c; double d; }} __attribute__((packed));",
    "struct {n} {{ int a[0]; }};",
    "typedef enum {{ {n}_X = 0x10, {n}_Y = {n}_X * 2 }} {n}_e;",
    "struct {n} {{ long long big; unsigned short s; }};",
    "typedef const char * {n};",
    "struct {n};",
    "struct {n} {{ struct {n} inner; }};",
    "struct {n} {{ int a; }}; struct {n} {{ int b; }};",
    "typedef struct {n} {n}; struct {n} {{ {n} *p; }};",
    "int {n}[3];",
    "void {n}(void) __asm__(\"abs\");",
    "typedef double {n} __attribute__((aligned(16)));",
    "struct {n} {{ int x:33; }};",
    "typedef int {n}(int);",
    "struct {n} {{ int (*fn)(struct {n} *); }};",
]
CDEF_GARBAGE = ["{", "}", ";", "*", "(", ")", "[", "]", ",", "int", "struct", "typedef", "::", "@", "#", "42",
                "\\", "'", "\"", "...", "=", ":", "unsigned", "const", "volatile", "__attribute__", "\n", "//"]

EXPR_STRS = ["abc", "hello world", "", "x", "0123456789", "Zz"]


def lua_str(s):
    return '"' + "".join(c if c.isalnum() or c == " " else "\\%03d" % ord(c) for c in s) + '"'


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.seed = seed
        self.lines = []
        self.next_id = 0
        self.cdef_names = []
        self.tainted = set()
        # Pool slots written by an operation whose result is not compared with LuaJIT's: their contents may
        # legitimately differ from then on, so later uses are not compared.
        self.risky_refs = set()
        self.callbacks = 0
        # Generator-side knowledge of the pools: V[k] = (kind, info) for values that exist when ffi.new succeeds.
        self.v = []      # (kind, type text, extra)
        self.bufs = []   # char buffer sizes: B[i] is a char[size] whose last byte is always 0
        self.arrs = []   # int arrays: A[i] is an int[len]

    def choice(self, xs):
        return self.r.choice(xs)

    def emit(self, flag, body):
        if any(lua_str(n)[1:-1] in body for n in self.tainted):
            flag = "N"
        # Values LuaJIT converts in ways kiln does not (a ctype's id, a userdata's payload address): no comparison.
        if any(x in body for x in ("io.stdout", "ffi.C)", "ffi.C,")):
            flag = "N"
        # kiln does not tell a `[?]` last member (a variable-length struct, whose count LuaJIT requires) from a
        # C99 flexible `[]` one (no count): sizes and statuses of fz_var without a numeric count differ.
        if "fz\\095var" in body and ("ffi.new" in body or "sizeof" in body):
            flag = "N"
        refs = set(REFS.findall(body))
        if flag != "N" and refs & self.risky_refs:
            flag = "N"
        if flag != "C":
            for m in WRITES.finditer(body):
                self.risky_refs.add(m.group(1) or m.group(2))
        self.next_id += 1
        self.lines.append(f"T({self.next_id}, \"{flag}\", function() {body} end)")

    def any_type(self):
        roll = self.r.random()
        if roll < 0.35:
            return lua_str(self.choice(SCALARS)), False
        if roll < 0.55:
            return lua_str(self.choice(AGGREGATES)), False
        if roll < 0.7:
            return lua_str(self.choice(POINTERS)), False
        if roll < 0.78:
            return lua_str(self.choice(VLA)), False
        if roll < 0.85 and self.cdef_names:
            n = self.choice(self.cdef_names)
            return lua_str(self.choice([n, "struct " + n, n + "_t", "union " + n, n + " *", "enum " + n])), True
        if roll < 0.92:
            return lua_str(self.choice(BAD_TYPES)), True
        return self.choice(["ffi.typeof('int')", "ffi.typeof('fz_s1')", "V[1]", "42", "nil", "{}", "true"]), True

    def value(self):
        """A Lua expression of any type, and whether it is risky."""
        roll = self.r.random()
        if roll < 0.7:
            return self.choice(LUA_VALUES)
        if roll < 0.85 and self.v:
            return f"V[{self.r.randrange(len(self.v)) + 1}]", False
        if roll < 0.93 and self.arrs:
            return f"A[{self.r.randrange(len(self.arrs)) + 1}]", False
        if self.bufs:
            return f"B[{self.r.randrange(len(self.bufs)) + 1}]", False
        return "nil", False

    def values(self, lo, hi):
        vs = [self.value() for _ in range(self.r.randint(lo, hi))]
        return ", ".join(e for e, _ in vs), any(r for _, r in vs)

    # ---- pools -----------------------------------------------------------------------------------------
    def setup(self):
        for _ in range(self.r.randint(1, 3)):
            size = self.r.choice([4, 8, 16, 32])
            init = self.choice(EXPR_STRS)[: size - 1]
            self.bufs.append(size)
            # LuaJIT leaves the rest of a char array initialised from a string unset: copy into a zeroed one
            self.lines.append(f"B[{len(self.bufs)}] = ffi.new(\"char[{size}]\") ffi.copy(B[{len(self.bufs)}], {lua_str(init)})")
        for _ in range(self.r.randint(1, 3)):
            n = self.r.randint(1, 8)
            vals = ", ".join(str(self.r.randint(-50, 50)) for _ in range(n))
            self.arrs.append(n)
            self.lines.append(f"A[{len(self.arrs)}] = ffi.new(\"int[{n}]\", {{{vals}}})")
        for t in ["fz_s1", "struct fz_node", "fz_u1", "struct fz_bits"]:
            self.v.append(("struct", t, None))
            self.lines.append(f"V[{len(self.v)}] = ffi.new(\"{t}\")")

    # ---- operations ------------------------------------------------------------------------------------
    def op_cdef(self):
        name = f"fzd{self.seed % 1000}_{self.next_id}"
        reuse = self.r.random() < 0.3 and bool(self.cdef_names)
        if reuse:
            # Redefinitions: LuaJIT lets a typedef or extern be declared again differently where kiln refuses;
            # only crashes and agreement between kiln's modes are checked.
            name = self.choice(self.cdef_names)
        text = self.choice(CDEF_TEMPLATES).format(n=name)
        # What a malformed declaration leaves defined before its error differs: later uses of the name are
        # not compared with LuaJIT.
        # A template that defines its tag twice leaves LuaJIT without the tag, kiln with the first definition.
        mutate = self.r.random() < 0.5
        taint = mutate or text.count(f"struct {name} {{") > 1
        if mutate:
            toks = text.split(" ")
            for _ in range(self.r.randint(1, 3)):
                i = self.r.randrange(len(toks) + 1)
                m = self.r.random()
                if m < 0.4 and toks:
                    del toks[min(i, len(toks) - 1)]
                elif m < 0.7:
                    toks.insert(i, self.choice(CDEF_GARBAGE))
                elif toks:
                    toks.insert(i, toks[min(i, len(toks) - 1)])
            text = " ".join(toks)
        self.cdef_names.append(name)
        # LuaJIT's parser is lenient where kiln's is not (a missing final ';', '#' lines, unfinished comments):
        # a malformed declaration is only checked for crashes and agreement between kiln's modes.
        self.emit("N" if taint or reuse else "S", f"ffi.cdef({lua_str(text)})")
        if taint:
            self.tainted.add(name)

    def op_new(self):
        roll = self.r.random()
        if roll < 0.4:
            t = self.choice(SCALARS)
            v, risky = self.value()
            # a negative double into an unsigned 64-bit integer is undefined in C (LuaJIT gives 2^63)
            risky = risky or (v[:1] == "-" and t in ("uint64_t", "size_t", "unsigned long"))
            self.v.append(("scalar", t, None))
            self.emit("S" if risky else "C", f"V[{len(self.v)}] = ffi.new({lua_str(t)}, {v}) return V[{len(self.v)}]")
        elif roll < 0.6:
            t = self.choice(AGGREGATES + ["fz_s1", "struct fz_node", "fz_u1", "struct fz_bits"])
            kind = "struct" if t in FIELDS else "agg"
            init = self.choice(["", ", {}", ", {1, 2, 3}", ", {a = 5, b = 1.25, c = \"hi\"}", ", {v = 3}",
                                ", 1, 2", ", {i = 7}", ", {a = 9, b = -3, c = 1}", ", \"str\"", ", {{1, 2}, {3}}"])
            if self.r.random() < 0.3:
                v, _ = self.value()
                init = ", " + v
            self.v.append((kind, t, None))
            self.emit("C", f"V[{len(self.v)}] = ffi.new({lua_str(t)}{init}) return V[{len(self.v)}]")
        elif roll < 0.75:
            t = self.choice(VLA)
            n = self.choice(["0", "1", "3", "-1", "2.5", "\"4\"", "nil", "{}", "2^40", "1e10", "0/0"])
            # LuaJIT writes initialisers past the end of a short variable-length array: only where they fit
            extra = self.choice(["", ", 7", ", {1, 2}", ", \"xy\""]) if n in ("3", "\"4\"") else ""
            flag = "S" if n in ("2^40", "1e10", "0/0", "2.5") else "C"
            self.emit(flag, f"local x = ffi.new({lua_str(t)}, {n}{extra}) return ffi.sizeof(x), type(x)")
        else:
            t, _ = self.any_type()
            vs, risky = self.values(0, 1 if "\\063" in t else 3)  # \063 is "?"
            self.emit("S", f"local x = ffi.new({t}{', ' + vs if vs else ''}) return x")

    def op_cast(self):
        t, bad = self.any_type() if self.r.random() < 0.4 else (lua_str(self.choice(INT32ISH + POINTERS)), False)
        v, risky = self.value()
        ptr_target = any(c in t for c in ("\\042", "\\040")) if t.startswith('"') else "*" in t
        # Casting a number to a pointer is fine; printing tonumber of a pointer is not done (addresses).
        flag = "S" if (risky or bad or ptr_target) else "C"
        if v[:1] == "-" and any(u in t for u in ("uint64", "size", "unsigned long", "uintptr")):
            flag = "S"  # a negative double into an unsigned 64-bit integer is undefined in C
        if v[:1] == '"' and not ptr_target:
            flag = "N"  # LuaJIT casts a string to an integer through its address; kiln refuses
        if v in NUMERIC_VALUES:
            self.emit(flag, f"return ffi.cast({t}, {v})")
        else:  # the value of a pointer-like source converted to an integer is an address: print its type only
            self.emit(flag, f"local x = ffi.cast({t}, {v}) return tostring(ffi.typeof(x))")

    def op_query(self):
        t, bad = self.any_type()
        which = self.r.random()
        if which < 0.25:
            self.emit("C", f"return tostring(ffi.typeof({t}))")
        elif which < 0.45:
            n = self.choice(["", ", 3", ", 0", ", -1", ", \"2\"", ", {}"])
            self.emit("C", f"return ffi.sizeof({t}{n})")
        elif which < 0.55:
            self.emit("C", f"return ffi.alignof({t})")
        elif which < 0.75:
            st = self.choice(list(FIELDS))
            f = self.choice(FIELDS[st] + BAD_FIELDS) if self.r.random() < 0.8 else "nil"
            tt = lua_str(st) if self.r.random() < 0.8 else t
            fexpr = lua_str(f) if f != "nil" else "nil"
            self.emit("C", f"return ffi.offsetof({tt}, {fexpr})")
        else:
            v, _ = self.value()
            # kiln gives VLA instances a concrete type (int [3]) and lets int[?] match any int array
            self.emit("N" if "\\063" in t else "C", f"return ffi.istype({t}, {v})")

    def op_string(self):
        if self.bufs and self.r.random() < 0.7:
            i = self.r.randrange(len(self.bufs))
            size = self.bufs[i]
            ln = self.choice(["", f", {self.r.randint(0, size)}", ", \"2\"", ", {}", ", nil", ", 1.5",
                              f", ffi.new('int', {self.r.randint(0, size)})"])
            self.emit("C", f"return ffi.string(B[{i + 1}]{ln})")
        else:
            v = self.choice(["123", "true", "{}", "\"str\"", "print", "V[1]", "V[1].c", "ffi.new('int', 3)",
                             "ffi.typeof('char *')", "io.stdout"])
            self.emit("S", f"return ffi.string({v})")

    def op_copy_fill(self):
        if not self.bufs:
            return
        i = self.r.randrange(len(self.bufs))
        size = self.bufs[i]
        roll = self.r.random()
        if roll < 0.3:
            s = self.choice(EXPR_STRS)[: size - 1]
            self.emit("C", f"ffi.copy(B[{i + 1}], {lua_str(s)}) return ffi.string(B[{i + 1}])")
        elif roll < 0.5:
            j = self.r.randrange(len(self.bufs))
            if j == i:
                return
            n = self.r.randint(0, min(size, self.bufs[j]) - 1)
            self.emit("C", f"ffi.copy(B[{i + 1}], B[{j + 1}], {n}) return ffi.string(B[{i + 1}], {size})")
        elif roll < 0.75:
            n = self.r.randint(0, size - 1)
            c = self.choice(["", ", 65", ", 0", ", 300", ", -1", ", \"x\"", ", {}", ", 66.7", ", true", ", nil"])
            self.emit("C", f"ffi.fill(B[{i + 1}], {n}{c}) return ffi.string(B[{i + 1}], {size})")
        else:
            a, _ = self.value()
            b = self.choice(["\"ab\"", "nil", "3", "{}", "B[1]", ""])
            n = self.choice(["", ", 0", ", \"1\"", ", {}"])
            # Only safe destinations: a non-buffer destination must be rejected before any write.
            if a.startswith("B[") or a.startswith("A[") or a.startswith("V[") or a in ("NULL", "nil"):
                return
            self.emit("S", f"ffi.copy({a}{', ' + b if b else ''}{n}) return true")

    def op_field(self):
        structs = [k for k, (kind, _, _) in enumerate(self.v) if kind == "struct"]
        if not structs:
            return
        k = self.choice(structs)
        t = self.v[k][1]
        f = self.choice(FIELDS[t] + BAD_FIELDS[:3])
        ref = f"V[{k + 1}]"
        if self.r.random() < 0.5:
            # a float read from an int's bits may be a NaN with a payload, which LuaJIT's NaN-tagged values misread
            self.emit("S" if f == "f" else "C", f"return {ref}[{lua_str(f)}]")
            return
        if f == "next":
            v = self.choice([ref, "NULL", "nil", "3", "{}", "V[1]", "ffi.new('struct fz_node')", "A[1]"])
            risky = False
        elif f in ("c", "b") and t in ("fz_s1", "fz_u1"):
            v = self.choice(['"hi"', '"1234567"', "{1, 2}", "3", "nil", "{}", "B[1]"])
            risky = False
        else:
            v, risky = self.value()
        self.emit("S" if risky else "C", f"{ref}[{lua_str(f)}] = {v} return {ref}[{lua_str(f)}]")

    def op_index(self):
        if not self.arrs:
            return
        i = self.r.randrange(len(self.arrs))
        n = self.arrs[i]
        idx = self.r.randrange(n)
        a = f"A[{i + 1}]"
        roll = self.r.random()
        if roll < 0.3:
            self.emit("C", f"return {a}[{idx}]")
        elif roll < 0.55:
            v, risky = self.value()
            self.emit("S" if risky else "C", f"{a}[{idx}] = {v} return {a}[{idx}]")
        elif roll < 0.65:
            k = self.choice(['"x"', "true", "{}", "1.5", "nil", "NULL"])
            self.emit("S", f"return {a}[{k}]")
        elif roll < 0.85:
            # Pointer arithmetic within the array (one past the end allowed, never dereferenced).
            p, q = self.r.randint(0, n), self.r.randint(0, n)
            op = self.choice(["p - q", "p == q", "p < q", "p <= q", "(p + 0) == p", "q - p",
                              "p[0 - p0]", "(p - p0) == ffi.cast('int *', " + a + ")", "tostring(p - q)",
                              "tonumber(p - q)", "p + 1.5 == p", "p - 1.5", "p + {}", "p - \"1\"", "p * 2",
                              "ffi.cast('char *', p) - ffi.cast('char *', q)", "p - ffi.cast('char *', q)"])
            flag = "S" if op in ("p + 1.5 == p", "p - 1.5", "p - \"1\"", "p - ffi.cast('char *', q)") else "C"
            self.emit(flag, f"local p0 = {p} local p, q = {a} + {p}, {a} + {q} return {op}")
        else:
            self.emit("C", f"local t = {{}} for i = 0, {n - 1} do t[#t + 1] = {a}[i] end return unpack(t)")

    def op_arith(self):
        v, r1 = self.value()
        w, r2 = self.value()
        op = self.choice(["+", "-", "*", "/", "%", "^", "<", "<=", "..", "=="])
        cdata = "ffi" in v + w or v[:1] in "ABV" or w[:1] in "ABV" or "NULL" in v + w
        flag = "S" if (r1 or r2 or op == ".." or cdata) else "C"
        # a negative double converted to uint64_t is undefined in C (LuaJIT's result depends on its build)
        negative_to_u64 = "uint64" in v + w and (v.startswith("-") or w.startswith("-"))
        if cdata and v in SIMPLE_VALUES and w in SIMPLE_VALUES and op != ".." and not negative_to_u64:
            # numeric and pointer cdata against numbers, nil, booleans and strings: LuaJIT's 64-bit
            # arithmetic and comparisons, `==` with any value (kiln follows them)
            flag = "C"
        elif op == "%" and not cdata:
            flag = "N"  # Lua 5.4 raises an error for an integer modulo by zero where LuaJIT gives nan
        addr = ("A[", "B[", "V[", "NULL", "ffi.new('int[3]'", "ffi.new('fz_s1')")
        if v.startswith(addr) and w.startswith(addr):
            # differences and orderings of two objects' addresses depend on where they were allocated
            self.emit(flag, f"return type(({v}) {op} ({w}))")
        else:
            self.emit(flag, f"return ({v}) {op} ({w})")

    def op_cdata_ops(self):
        """Equality, ordering and 64-bit arithmetic of scalar cdata against numbers, nil, booleans, strings
        and each other, compared with LuaJIT."""
        cdata = sorted(e for e in SIMPLE_VALUES if e.startswith(("ffi.new", "NULL")))
        v = self.choice(cdata)
        w = self.choice(sorted(SIMPLE_VALUES) + cdata)
        if self.r.random() < 0.5:
            v, w = w, v
        op = self.choice(["==", "~=", "==", "<", "<=", "+", "-", "*", "/", "%", "^"])
        negative_to_u64 = "uint64" in v + w and (v.startswith("-") or w.startswith("-"))
        self.emit("S" if negative_to_u64 else "C", f"return ({v}) {op} ({w})")

    def op_misc(self):
        v, risky = self.value()
        roll = self.r.random()
        if roll < 0.25:
            # numbers: Lua 5.4 prints floats with ".0"
            flag = "C" if (v.startswith("ffi.new") or v[:1] in '"{' or v in ("nil", "true", "false", "NULL")) else "N"
            self.emit(flag, f"return tostring({v})")
        elif roll < 0.45:
            v, risky = self.choice([x for x in LUA_VALUES if x[0] in NUMERIC_VALUES or x[0][:1] in '"{'])
            self.emit("S" if risky else "C", f"return tonumber({v})")
        elif roll < 0.6:
            self.emit("C", f"return type({v})")
        elif roll < 0.7:
            self.emit("C", f"return #({v})")
        else:
            self.emit("S", f"return ({v})()")

    def op_call(self):
        roll = self.r.random()
        if roll < 0.2:
            arg = self.choice([f"B[{self.r.randrange(len(self.bufs)) + 1}]" if self.bufs else '"x"', '"hello"',
                               '""', "3", "{}", "true", "V[1]", "ffi.new('int', 1)", "print", '"a", "b"', "",
                               "ffi.new('char[3]', 'ab')", "V[1].c"])
            self.emit("C" if arg not in ("A[1]", "3") else "S", f"return ffi.C.strlen({arg})")
        elif roll < 0.4:
            args, risky = self.values(0, 2)
            self.emit("S" if risky else "C", f"return ffi.C.abs({args})")
        elif roll < 0.5 and self.bufs:
            i = self.r.randrange(len(self.bufs))
            size = self.bufs[i]
            c, risky = self.value()
            n = self.r.randint(0, size - 1)
            self.emit("S" if risky else "C",
                      f"ffi.C.memset(B[{i + 1}], {c}, {n}) return ffi.string(B[{i + 1}], {size})")
        elif roll < 0.6:
            a = self.choice(['"abc"', '"abd"', '""', "B[1]", "{}", "1", "V[1].c"])
            b = self.choice(['"abc"', '"ab"', "B[1]", "true", "ffi.new('char[4]', 'abc')"])
            self.emit("C", f"local r = ffi.C.strcmp({a}, {b}) return r < 0 and -1 or (r > 0 and 1 or 0)")
        elif roll < 0.7:
            args, risky = self.values(0, 2)
            self.emit("S" if risky else "C", f"return ffi.C.toupper({args})")
        elif roll < 0.8 and self.bufs:
            i = self.r.randrange(len(self.bufs))
            size = self.bufs[i]
            fmt, args = self.choice([('"%s-%s"', '"ab", "cd"'), ('"%d"', "ffi.new('int', -42)"),
                                     ('"%g"', "1.5"), ('"%g|%g"', "42, -3"), ('"%s"', "B[1]"), ('"%d|%s"', "ffi.new('int', 7), 'q'"),
                                     ('"x"', ""), ('"%s"', "{}"), ('"%s"', "nil")])
            flag = "S" if args in ("{}", "nil") else "C"
            if args == "nil":
                return  # NULL for %s is undefined behaviour in C
            self.emit(flag, f"local n = ffi.C.snprintf(B[{i + 1}], {size}{', ' + fmt}{', ' + args if args else ''}) "
                            f"return n, ffi.string(B[{i + 1}])")
        elif roll < 0.9:
            s = self.choice(['"123"', '"0x1f"', '"  -7z"', '"abc"', "{}", "nil"])
            if s == "nil":
                return  # strtol(NULL) is undefined behaviour
            end = self.choice(["nil", "NULL", "ffi.new('char *[1]')", "{}", "3"])
            base = self.choice(["10", "16", "0", "\"8\"", "nil", "{}"])
            self.emit("S" if end in ("{}", "3") or base in ("nil", "{}") else "C",
                      f"return ffi.C.strtol({s}, {end}, {base})")
        else:
            name = self.choice(["nosuchfn_xyz", "strlen", "qsort", "fz_s1", "FZ_B", "FZ_C"])
            self.emit("S", f"return ffi.C.{name}")

    def op_qsort(self):
        if self.callbacks >= 12:
            return
        self.callbacks += 1
        n = self.r.randint(0, 12)
        vals = "{" + ", ".join(str(self.r.randint(-20, 20)) for _ in range(n)) + "}"
        c = self.r.randrange(10) + 1
        good = c in (1, 5, 8)
        how = self.r.random()
        if how < 0.5:
            call = f"ffi.C.qsort(arr, {n}, 4, CMP[{c}])"
        elif how < 0.8:
            call = (f"local cb = ffi.cast('int (*)(const void *, const void *)', CMP[{c}]) "
                    f"local ok, e = pcall(ffi.C.qsort, arr, {n}, 4, cb) cb:free() if not ok then error(e, 0) end")
        else:
            call = f"coroutine.wrap(function() ffi.C.qsort(arr, {n}, 4, CMP[{c}]) end)()"
        # An erroring comparator stops LuaJIT at once and lets kiln's qsort finish with zeros: compare statuses.
        flag = "C" if good and n > 1 else "S"
        ret = "return ints(arr, " + str(n) + ")" if good else "return true"
        self.emit(flag, f"local arr = ffi.new('int[?]', {max(n, 1)}, {vals}) {call} {ret}")

    def op_math(self):
        """libc/libm calls mixing integer and floating arguments and results, structs returned by value."""
        roll = self.r.random()
        if roll < 0.3:
            fn = self.choice(["div", "ldiv"])
            a, risky = self.value()
            # the divisor is never zero: an integer division by zero traps in C
            b = self.choice(["3", "-7", "ffi.new('int', 5)", "2.9", "true", "{}", '"2"'])
            self.emit("S" if risky else "C", f"local d = ffi.C.{fn}({a}, {b}) return d.quot, d.rem")
        elif roll < 0.85:
            fn, nargs = self.choice([("ldexp", 2), ("ldexpf", 2), ("fabs", 1), ("fabsf", 1), ("pow", 2),
                                     ("fmod", 2), ("labs", 1), ("llabs", 1)])
            n = nargs if self.r.random() < 0.85 else self.r.randint(0, 3)
            vs = [self.value() for _ in range(n)]
            risky = any(r for _, r in vs)
            if fn in ("labs", "llabs"):
                # labs(LONG_MIN) overflows; a float beyond 2^63 is undefined in C
                risky = risky or any(e in ("-2^31", "2^53") for e, _ in vs)
            args = ", ".join(e for e, _ in vs)
            self.emit("S" if risky else "C", f"return ffi.C.{fn}({args})")
        else:
            arg = self.choice(['"42"', '"  -7x"', '"2.5e3"', '"nan"', "B[1]" if self.bufs else '"1"', "{}", "12"])
            self.emit("C", f"return ffi.C.atoi({arg}), ffi.C.strtod({arg}, nil)")

    def op_stress(self):
        """Callbacks that re-enter C and the ffi module, metamethods that yield, finalizers that allocate."""
        if self.callbacks >= 12:
            return
        self.callbacks += 1
        n = self.r.randint(2, 10)
        vals = "{" + ", ".join(str(self.r.randint(-20, 20)) for _ in range(n)) + "}"
        c = self.r.randrange(6) + 1
        roll = self.r.random()
        arr = f"local arr = ffi.new('int[?]', {n}, {vals})"
        if roll < 0.5:
            flag = "S" if c == 5 else "C"
            ret = "return true" if c == 5 else f"return ints(arr, {n})"
            self.emit(flag, f"{arr} ffi.C.qsort(arr, {n}, 4, XCMP[{c}]) {ret}")
        elif roll < 0.6:
            # cb:set swaps the Lua function behind a callback
            self.emit("C", f"{arr} local cb = ffi.cast('int (*)(const void *, const void *)', CMP[8]) "
                           f"cb:set(XCMP[{self.choice([1, 2, 3, 4, 6])}]) ffi.C.qsort(arr, {n}, 4, cb) cb:free() "
                           f"return ints(arr, {n})")
        elif roll < 0.7:
            # a freed callback, called from Lua and from C: only kiln runs it (LuaJIT jumps into a freed slot)
            self.emit("N", f"if IS_JIT then return end {arr} "
                           f"local cb = ffi.cast('int (*)(const void *, const void *)', CMP[1]) cb:free() "
                           f"local ok1 = pcall(cb, arr, arr + 1) local ok2 = pcall(ffi.C.qsort, arr, {n}, 4, cb) "
                           f"local ok3 = pcall(cb.free, cb) return ok1, ok2, ok3")
        elif roll < 0.8:
            # comparators nested deeply through C: kiln must stop with an error, not overflow its stack
            depth = self.choice([3, 10, 250])
            self.emit("N" if depth > 10 else "C",
                      f"if IS_JIT and {depth} > 10 then return end local d = 0 local f f = function(a, b) d = d + 1 "
                      f"if d < {depth} then local t = ffi.new('int[2]', 2, 1) ffi.C.qsort(t, 2, 4, f) end "
                      f"return icmp(a, b) end {arr} local ok = pcall(ffi.C.qsort, arr, {n}, 4, f) "
                      f"return ok, d >= {min(depth, 3)}")
        elif roll < 0.9:
            # a cdata metamethod that yields: LuaJIT resumes it, kiln raises "attempt to yield across a C-call
            # boundary" (its cdata metamethods run in a nested runloop)
            name = f"fzy{self.next_id}"
            self.emit("N", f"ffi.cdef('struct {name} {{ int x; }};') local ct = ffi.metatype('struct {name}', "
                           f"{{__index = function(o, k) coroutine.yield(k) return 1 end, "
                           f"__add = function(a, b) coroutine.yield('add') return 2 end}}) local o = ct(1) "
                           f"local co = coroutine.wrap(function() return o.y, o + 1 end) return co()")
        else:
            # finalizers that call into ffi and C, run by collections at any allocation
            self.emit("C", f"for i = 1, 30 do ffi.gc(ffi.new('char[8]', 'abc'), function(p) "
                           f"finalized = finalized + tonumber(ffi.C.strlen(p)) + #ffi.string(p) end) end "
                           f"collectgarbage() return finalized >= 0")

    def op_gc_meta(self):
        roll = self.r.random()
        if roll < 0.4:
            v, _ = self.value()
            # No erroring or non-function finalizers: LuaJIT raises their errors from whatever allocates next.
            fin = self.choice(["function(x) finalized = finalized + 1 end", "nil", "ffi.C.abs",
                               "function(x) churn(20) end"])
            if fin == "ffi.C.abs" and not v.startswith("ffi.new('int'"):
                fin = "nil"
            # LuaJIT refuses ffi.gc on some scalar cdata (invalid C type): statuses not compared
            self.emit("N", f"local x = ffi.gc({v}, {fin}) return x ~= nil")
        else:
            name = f"fzm{self.next_id}"
            mt = self.choice(["{__index = {get = function(s) return s.x * 2 end}}",
                              "{__index = function(s, k) return k end}",
                              "{__tostring = function(s) return 'M' .. s.x end}",
                              "{__add = function(a, b) return 99 end, __len = function() return 5 end}",
                              "{__call = function(s, y) return s.x + y end}",
                              "{__new = function(ct, x) return ffi.new(ct, x + 1) end}",
                              "{__newindex = function(s, k, v) error('ro ' .. k) end}",
                              "{__index = {}, __eq = function() return true end}",
                              "42", "nil", "{__gc = function() finalized = finalized + 1 end}"])
            use = self.choice(["local o = ct(5) return o.x, o:get()", "local o = ct(5) return o.zz",
                               "local o = ct(3) return tostring(o)", "local o = ct(3) return o + 1, #o",
                               "local o = ct(2) return o(40)", "local o = ct(2) return o.x",
                               "local o = ffi.new(ct, 2) return o.x", "local o = ct(1) o.y = 3 return o.x",
                               "local o = ct(1) return o == ct(1)",
                               "ffi.metatype(ct, {}) return 1"])
            target = lua_str(f"struct {name}") if self.r.random() < 0.9 else self.choice(['"int"', '"int *"'])
            self.emit("C", f"ffi.cdef(\"struct {name} {{ int x; int y; }};\") "
                            f"local ct = ffi.metatype({target}, {mt}) {use}")

    def op_ctype_call(self):
        t = self.choice(['"int"', '"fz_s1"', '"int[?]"', '"struct fz_node *"', '"double[2]"', '"void"'])
        args, risky = self.values(0, 1 if "?" in t else 2)
        # kiln gives a variable-length array instance its concrete type (int [3]), LuaJIT keeps int [?]
        ret = f"local x = ct({args}) return ffi.sizeof(x), type(x)" if "?" in t else f"return ct({args})"
        self.emit("S" if risky else "C", f"local ct = ffi.typeof({t}) {ret}")

    def op_churn(self):
        self.emit("C", f"local t = {{}} for i = 1, {self.r.randint(10, 300)} do "
                       f"t[i] = ffi.new('char[?]', i % 40 + 5, tostring(i)) end "
                       f"collectgarbage() return ffi.string(t[#t])")

    def program(self):
        self.setup()
        ops = [(self.op_cdef, 3), (self.op_new, 5), (self.op_cast, 3), (self.op_query, 5), (self.op_string, 2),
               (self.op_copy_fill, 3), (self.op_field, 4), (self.op_index, 4), (self.op_arith, 2), (self.op_cdata_ops, 2),
               (self.op_misc, 3), (self.op_call, 5), (self.op_qsort, 2), (self.op_gc_meta, 2),
               (self.op_ctype_call, 2), (self.op_churn, 1), (self.op_stress, 3), (self.op_math, 3)]
        fns = [f for f, w in ops for _ in range(w)]
        for _ in range(self.r.randint(20, 60)):
            self.choice(fns)()
        self.lines.append("pcall(collectgarbage) pcall(collectgarbage)")
        self.lines.append('print("-- end")')
        return PRELUDE + "\n".join(self.lines) + "\n"


if __name__ == "__main__":
    sys.stdout.write(Gen(int(sys.argv[1]) if len(sys.argv) > 1 else 0).program())
