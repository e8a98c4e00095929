-- string.pack / unpack / packsize: all options, alignment, endianness, errors.

local function try(f, ...)
  local r = table.pack(pcall(f, ...))
  if r[1] then
    return table.unpack(r, 2, r.n)
  end
  return "error: " .. tostring(r[2]):gsub("^[^:]*:%d+: ", "")
end
local function hex(s) return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end)) end
local function p(...)
  local r = table.pack(pcall(string.pack, ...))
  print(r[1] and hex(r[2]) or (r[2]:gsub("^[^:]*:%d+: ", "")))
end
local function u(...) print(try(string.unpack, ...)) end
local function z(...) print(try(string.packsize, ...)) end

p("i4", 100) p(">i4", 100) p("<i2 >i2 =i2", 1, 2, 3) p("b B h H", -1, 255, -2, 65535) p("i3", -2) p("i16", -3)
p(">I16", 5) p("j J", -1, -1) p("T", 7) p("l L", 1, 2) p("f", 1.5) p("d", 1.5) p("n", -0.5) p(">d", 1)
p("i1", 128) p("i1", -129) p("B", 256) p("B", -1) p("I3", 1 << 24) p("i8", math.mininteger)
p("z", "abc") p("z", "a\0b") p("s1", "hi") p("s1", ("x"):rep(256)) p("s", "hi") p(">s2", "hi") p("c5", "abc")
p("c2", "abc") p("c0", "") p("!4 i1 i4", 1, 2) p("! i1 i8", 1, 2) p("!2 i1 i8", 1, 2) p("i1 x i1", 1, 2)
p("i1 Xi4 i1", 1, 2) p("!8 i1 Xi8", 1) p("i1 X", 1) p("i1 Xc1", 1) p("!3 i1 i4", 1, 2) p("i17", 1) p("i0", 1)
p("y", 1) p("c", "a") p("i4") p("i4", "x") p("i4", 1.5) p("!16 i1 i16", 1, 2) p("!17", 1) p("d", "1.5")
p("i4 i4", 1) p(" < i2 ", 1) p("s0", "") p("c3 s1 z j d f", "ab", "cd", "ef", 42, 2.5, 0.25) p("I4", 0xffffffff)
p("I4", 1 << 32) p("i4", 0x7fffffff) p("i4", 0x80000000) p("!4 h Xi8 b", 1, 2) p("Xi2") p("=!<>")
p(">i3 <i3 >I5", 0x123456, 0x123456, 0x123456789a) p("f", 1/0) p(">f", -0.0) p("d", 2^-1074) p("i2", "12")
u("i4", string.pack("i4", 100)) u("<i2 >i2", "\1\0\0\1") u("b B", "\255\255") u("i3", "\254\255\255")
u("I3", "\254\255\255") u("i16", string.pack("i16", -3)) u("i16", ("\0"):rep(8) .. "\1" .. ("\0"):rep(7))
u("I9", ("\255"):rep(9)) u("i9", ("\255"):rep(9)) u("j", ("\255"):rep(8))
u("f d n", string.pack("f d n", 1.5, 2.25, -1)) u("z z", "ab\0cd\0") u("z", "abc") u("s1", "\3abc")
u("s1", "\4abc") u("c2 c1", "abc") u("c4", "abc") u("i4", "abc") u("i4", "abcdabcd", 5) u("i4", "abcdabcd", -4)
u("i4", "abcd", 6) u("i4", "abcd", 5) u("i4", "abcd", -10) u("!4 i1 i4", string.pack("!4 i1 i4", 1, 2))
u("i1 x i1", "\1\0\2") u("", "abc") u("", "abc", 4) u("Xi4 i1", "\1") u("<i8 >i8", string.pack("<i8 >i8", 1, 2))
u(">i3 <i3 >I5", string.pack(">i3 <i3 >I5", -5, -6, 0x123456789a)) u("f", string.pack("f", 0.1))
u("s", string.pack("s", "hello") .. "rest") u("z B", "hi\0\7")
z("i4 i8") z("!8 i1 i8") z("s") z("z") z("c10 d") z("c2147483647") z("c2147483646 i1") z("!4 i3") z("!4 i3 i4")
z("") z("j n") z("i1 Xi8") z(("c214748364"):rep(10, " ") .. " c7") z(("c214748364"):rep(10, " ") .. " c8")
z("!2 b h i j") z("<>=! x") z("i3 !4 i4")

-- round trips
local fmt = "<!8 b B h H i4 I8 j J f d s2 z c3"
local packed = string.pack(fmt, -7, 200, -300, 60000, -70000, 1 << 39, math.mininteger, -1, 0.5, -1e300, "str", "zs", "ab")
print(#packed, string.packsize("<!8 b B h H i4 I8 j J f d"), hex(packed))
print(string.unpack(fmt, packed))
for _, n in ipairs{0, 1, -1, 127, -128, 255, 32767, -32768, 1 << 31, -(1 << 31), math.maxinteger, math.mininteger} do
  local ok = true
  for _, size in ipairs{8, 9, 12, 16} do
    for _, e in ipairs{"<", ">"} do
      local f = e .. "i" .. size
      ok = ok and string.unpack(f, string.pack(f, n)) == n
    end
  end
  io.write(tostring(ok), " ")
end
print()
