-- utf8 library: char, charpattern, codepoint, len, offset, codes (strict and lax).

local function try(f, ...)
  local r = table.pack(pcall(f, ...))
  if r[1] then
    return table.unpack(r, 2, r.n)
  end
  return "error: " .. tostring(r[2]):gsub("^[^:]*:%d+: ", "")
end
local function hex(s) return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end)) end

print(hex(utf8.char(72, 0x20AC, 0x10FFFF, 0x7FFFFFFF, 0)), utf8.char() == "", utf8.char(0x48, 0x69))
print(try(utf8.char, 0x80000000)) print(try(utf8.char, -1)) print(try(utf8.char, "x"))
print(hex(utf8.charpattern))
for _, c in ipairs{0x7f, 0x80, 0x7ff, 0x800, 0xffff, 0x10000, 0x10ffff, 0x110000, 0x1fffff, 0x200000, 0x3ffffff, 0x4000000} do
  io.write(hex(utf8.char(c)), " ")
end
print()

local s = "h\u{E9}llo\u{20AC}"
print(try(utf8.codepoint, s)) print(try(utf8.codepoint, s, 1, -1)) print(try(utf8.codepoint, s, 2))
print(try(utf8.codepoint, s, 3)) print(try(utf8.codepoint, s, 0)) print(try(utf8.codepoint, s, 1, 100))
print(select("#", utf8.codepoint(s, 10, 9)))
print(try(utf8.codepoint, "\xF4\x90\x80\x80")) print(try(utf8.codepoint, "\xF4\x90\x80\x80", 1, 1, true))
print(try(utf8.codepoint, "\xED\xA0\x80")) print(try(utf8.codepoint, "\xED\xA0\x80", 1, 1, true))
print(try(utf8.codepoint, "\xC0\x80")) print(try(utf8.codepoint, "\xFD\xBF\xBF\xBF\xBF\xBF", 1, 1, true))
print(try(utf8.codepoint, "\xFE")) print(try(utf8.codepoint, "")) print(try(utf8.codepoint, "abc", -1))

print(utf8.len(s), utf8.len(s, 3), utf8.len(s, -3), utf8.len("\xffabc"), utf8.len("ab\x80"), utf8.len(""))
print(try(utf8.len, "abc", 5)) print(try(utf8.len, "abc", 4)) print(try(utf8.len, "abc", 0))
print(try(utf8.len, "abc", 1, 4)) print(try(utf8.len, "abc", 3, 1)) print(try(utf8.len, "abc", -5))
print(utf8.len("\xF4\x90\x80\x80"), utf8.len("\xF4\x90\x80\x80", 1, -1, true))

for _, a in ipairs{{1}, {3}, {-1}, {0, 3}, {0, 2}, {10}, {7}, {8}, {2, 3}, {1, 20}, {-1, 1}, {-10}} do
  print(table.concat(a, ","), try(utf8.offset, s, table.unpack(a)))
end
print(utf8.offset("abc", 0), utf8.offset("abc", 0, 4), utf8.offset("abc", -1, 4), utf8.offset("", 1),
      utf8.offset("", 0), utf8.offset("", -1))
print(try(utf8.offset, "\x80", 1))

local function codes(str, lax)
  local out = {}
  local ok, err = pcall(function()
    for p, c in utf8.codes(str, lax) do out[#out + 1] = p .. ":" .. c end
  end)
  return table.concat(out, " ") .. (ok and "" or (" | " .. err:gsub("^[^:]*:%d+: ", "")))
end
print(codes(s)) print(codes("")) print(codes("ab\xffcd")) print(codes("ab\x80")) print(codes("\x80ab"))
print(codes("a\xC3")) print(codes("\xF4\x90\x80\x80")) print(codes("\xF4\x90\x80\x80", true)) print(codes("\xC3\xA9\x80"))

-- charpattern splits a string into characters
local parts = {}
for ch in s:gmatch(utf8.charpattern) do parts[#parts + 1] = hex(ch) end
print(table.concat(parts, " "))
print(("\u{48}\u{7FF}\u{FFFF}\u{10FFFF}\u{7FFFFFFF}"):len())
