-- string.format: every conversion, flags, width, precision, %q, and errors;
-- tostring of numbers.

local function try(f, ...)
  local r = table.pack(pcall(f, ...))
  if r[1] then
    return table.unpack(r, 2, r.n)
  end
  return "error: " .. tostring(r[2]):gsub("^[^:]*:%d+: ", "")
end
local function f(...) print(try(string.format, ...)) end
local function q(...) print((try(string.format, ...)):gsub("\n", "\\n")) end

f("%d", 3.0) f("%d", 3.5) f("%d", "10") f("%5d|%-5d|%05d|%+d|% d", 42, 42, 42, 42, 42)
f("%i", 7) f("%x %X %#x %#o %o", 255, 255, 255, 8, 8) f("%x", -1) f("%d", math.mininteger)
f("%c%c%c", 76, 117, 97) f("%5c|%-5c", 65, 66) print(#string.format("%c", 0))
f("%e %E %.3e %10.2e", 12345.678, 12345.678, 0.001, -5)
f("%f %.0f %#.0f %10.3f %-10.1f| %+.2f", 3.14159, 2.5, 2.5, 1/3, 1.25, 1)
f("%g %G %.3g %#g %g %g %g", 100000, 1e-5, 3.14159, 1, 1e20, 0.0001, 1e15)
f("%a %A %.3a %a %a %a", 1, 255.5, 1/3, 0, -0.0, 2^-1074)
f("%f %e %g %a %5.1f", 1/0, -1/0, 1/0, -1/0, 1/0)
f("%5.1f|%-8.3s|%.2s|%5s", 3.14159, "abcdef", "xyz", "ab")
f("%s %s %s %s %s", nil, true, false, 12, 1.5)
q("%q", "a\nb\0c\"d\\e\r\1272\0011")
f("%q", 1/0) f("%q", -1/0) f("%q", 0.1) f("%q", math.mininteger) f("%q", 42) f("%q", 1.0)
f("%q", -2.5) f("%q", nil) f("%q", true) f("%q", math.maxinteger) f("%q", 2^63)
f("%q", {}) f("%10q", "x") f("%y", 1) f("%", 1) f("%d") f("%d %d", 1) f("%100d", 1) f("%.100f", 1) f("%1$d", 1)
f("%99d|", 1) f("%.99f", 1)
f("%0-5d|", 3) f("%-05d|", 3) f("%#d", 3) f("% x", 3) f("%+s", "a") f("%.3c", 65) f("%#c", 65) f("%05s", "a")
f("%5.2%") f("%%") f("abc%") f("%ld", 1) f("%hd", 1) f("%--------------------2d", 1) f("%-------------------2d|", 1)
f("%d", 2^63) f("%d", "x") f("%f", "1e2") f("%x", 3.0) f("%5s", "a\0b") f("%.1s", "a\0b") print(#string.format("%s", "a\0b"))
f("%.0s|", "abc") print(#string.format("%s", ("x"):rep(200)), #string.format("%5s", ("x"):rep(120)), #string.format("%.99s", ("x"):rep(200)))
f("%.20f", 0.1) f("%.30e", 1/3) f("%g", 2^63) f("%.17g", 0.1) f("%#x", 0) f("%#o", 0) f("%.0d|", 0) f("%.3d", 5) f("%.3x", 5) f("%+.3d", -5) f("% 05d", 5)
f("%-+8.3f|", 3.14159) f("%08.3f|", -3.14159) f("%08.3e|", 3.14159) f("%+08g|", 3.0) f("% g", 1.0) f("%#.3g", 1.0) f("%#.0e", 1.0) f("%#.0a", 1.0)
f("%.0a", 1.5) f("%.1a", 1.96875) f("%.13a", 1.0) f("%20a|", 1.0) f("%-20a|", 1.0) f("%020a|", 1.0) f("%+a", 1.0)
f("%a", 2^-1022) f("%a", 2^-1023) f("%.2a", 2^-1074) f("%a", 1.7976931348623157e308) f("%.0a", 1.9999)
f("%p", 1) f("%p", nil) f("%10p|", true) f("%5.2q", "a")
f("%s|%10s|%-10s|", "x", "right", "left")
f("%5.1s|", "abc") f("%.3f %.3f %.3f", 2.0005, 2.0015, -2.0005) f("%.2e", 9.995) f("%.1f", 0.05) f("%.0f %.0f %.0f", 0.5, 1.5, -0.5)
f("%10.4f|%-10.4e|%+10.4g|", math.pi, math.pi, math.pi)
f("%5d items at %-8.2f each: %s", 3, 9.5, "ok")
f("%x %X", math.mininteger, math.maxinteger) f("%o", -1) f("%i", -0)
local t = setmetatable({}, {__tostring = function() return "<obj>" end})
f("%s|%8s|%-8s|", t, t, t)
local named = setmetatable({}, {__name = "MyType"})
print((string.format("%s", named):gsub("0x%x+", "ADDR")))
print(try(string.format, "%s", setmetatable({}, {__tostring = function() return 1 end})))

-- tostring of numbers
print(1e15, 1e100, -0.0, 3.14, 1e-5, 2^63, 1e14, 123456789012345.0, 100.0, 0.1, 1/3, -1.5e-10)
print(1/0, -1/0, math.pi, -math.pi, 2^53, 2^53 + 1, 1e300 * 1e10, 5e-324, 0.1 + 0.2)
print(math.maxinteger, math.mininteger, 7 // 2, 7 / 2, 3 % -2, -3 % 2, 5.5 % 2, -5.5 % 2, 2^2, 10 // 0.0)
print(tostring(1e15), tostring(12.0), tostring(-12.5), 255 // 1, 1e15 // 1)

-- tonumber
for _, s in ipairs{"10", "  10  ", "10a", "0x", "0x10", "-0x10", "1e", "1e5", ".5", "5.", ".", "-.5",
                   "+-1", "0x1p4", "0x.8", "0xA.8p1", "inf", "nan", "  0x1P-2 ", "9223372036854775807",
                   "9223372036854775808", "-9223372036854775808", "0xffffffffffffffff", "1 0", "\t5\n", "",
                   "0x1p", "1e+", "+5", "0x-5", "1e400", "00012", "1.0", "0x1.8", "7\0"} do
  local v = tonumber(s)
  print(string.format("%q", s), v, math.type(v))
end
print(tonumber("ff", 16), tonumber("  FF  ", 16), tonumber("zz", 36), tonumber("-10", 2), tonumber("8", 8),
      tonumber("", 10), tonumber("1.0", 10), tonumber("7fffffffffffffff", 16), tonumber("ffffffffffffffffff", 16))
print(tonumber(10), tonumber(1.5), tonumber(nil), tonumber({}), tonumber(true))
