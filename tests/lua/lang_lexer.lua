-- long strings, escapes, numerals and the syntax errors the lexer and parser report
print([==[
a]]b]=]c]==], [[]], [=[
]=], #[[

x]])
--[==[ comment ]] still
]==] print("after")
--[[ x ]] print("inline")
print("\z
      abc\z   def", "a\
b", 'x\'y', "\"")
print("\x00\x7f\xff" == "\0\127\255", #"\x00\x7f\xff", "\x41\x4a\x4A")
print("\u{0}", #"\u{7F}", #"\u{80}", #"\u{7FF}", #"\u{800}", #"\u{FFFF}", #"\u{10000}", #"\u{10FFFF}", #"\u{110000}", #"\u{1FFFFF}", #"\u{200000}", #"\u{3FFFFFF}", #"\u{4000000}", #"\u{7FFFFFFF}")
print(("\u{7FFFFFFF}"):byte(1, -1))
print(("\u{10FFFF}"):byte(1, -1))
print("\65\066\0671\255", "\9x", "\1000")
print("a\tb\\n\a\b\f\v\r" == "a\9b\\n\7\8\12\11\13")
for _, src in ipairs({
  [["\q"]], [["\x"]], [["\xg0"]], [["\x1"]], [["\256"]], [["\999"]], [["\u{}"]], [["\u{80000000}"]], [["\u123"]],
  [["\u{12"]], [["\u{zz}"]], [["abc]], "'abc\ndef'", [["\]], "[[abc", "[==[abc]=]", "[=x", "--[[ unfinished",
  "'\\300'", "'\\u{110000000000}'", [["\x]], "x = 0x", "x = 1e", "x = 1.2.3", "x = 3..2", "x = 0xg", "x = 08",
  "x = 1e5x", "x = .e1", "x = 0x.p1", "x = 'a\\zb'", "x = ~= 1", "x = @", "x = $", "x = `", "a.b:c = 1",
  "x = 1 = 2", "local 1 = 2", "return return", "f() = 1", "(a) = 1", "a, b() = 1, 2", "local function a.b() end",
  "x = }", "for i = 1 do end", "for a, b = 1, 2 do end", "for in x do end", "if x then else elseif y then end",
  "function f(a, ..., b) end", "function f(...,) end", "x = {1, 2,, 3}", "return 1,", "local x <const>", "x = a.1",
  "goto 1", "::a", "while true", "repeat until", "x = function", "local t = {[1] 2}", "x = 1 .. 2 ..",
}) do
  local f, err = load("return " .. src)
  local f2, err2 = load(src)
  print(src:gsub("\n", "\\n"), err, err2)
end
print(0x.1, 0x1p-1, 0xA.8P0, 0x1P+4, 0Xa, 1E2, 1e+2, .5e1, 5.e-1, 0x10, 3., 0x.8p1)
print(math.type(0x7fffffffffffffff), 0x8000000000000000, 0xffffffffffffffffff, 9223372036854775807, 9223372036854775808, 1e309)
print(0x1p1023 * 2, 0x1.fffffffffffffp1023, 0x1p-1074)
print(("x"):rep(3), ("%d"):format(5), #("abc"):upper(), ("a,b"):find(","), ([[x]]):len(), ("\65"):byte())
print(#"abc" + 1, -#"ab", not #"")
