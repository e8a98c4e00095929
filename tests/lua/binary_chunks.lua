-- Binary chunks: PUC's header, header errors, truncation, load modes, and
-- binary chunks through loadfile, dofile and require.
local function outer(a, b)
  local up = a
  local function inner(x) return up + x + b end
  return inner(10), debug.getinfo(inner, "S").source
end
local c = string.dump(outer)

-- the header, as calls.lua checks it
local header = string.pack("c4BBc6BBB", "\27Lua", 0x54, 0, "\x19\x93\r\n\x1a\n", 4,
  string.packsize("j"), string.packsize("n"))
print(c:sub(1, #header) == header, string.unpack("jn", c, #header + 1))

-- nested functions inherit the source; stripped chunks have none
local f = load(c)
print(f(1, 2))
print(select(2, load(string.dump(outer, true))(1, 2)))
print(debug.getinfo(load(string.dump(outer, true)), "S").source)

-- upvalue names survive a dump, not a stripped one
local n1, n2 = 5, 6
local g = function() return n1 + n2 end
print(debug.getupvalue(load(string.dump(g)), 1), debug.getupvalue(load(string.dump(g)), 2))
print((debug.getupvalue(load(string.dump(g, true)), 1)))

-- header errors, with lundump.c's messages and chunk names
local function corrupt(i, byte)
  return c:sub(1, i - 1) .. string.char(byte) .. c:sub(i + 1)
end
print(load(corrupt(2, 0)))
print(load(corrupt(5, 0x53), "=mine"))
print(load(corrupt(6, 1), "@file.luac"))
print(load(corrupt(8, 0), "plain name"))
print(load(corrupt(13, 8)))
print(load(corrupt(14, 4)))
print(load(corrupt(15, 4)))
print(load(corrupt(16, 0)))
print(load(corrupt(31, 0)))
for i = 1, 30 do
  local ok, msg = load(c:sub(1, i))
  assert(not ok and msg == "binary string: bad binary format (truncated chunk)", msg)
end
for i = 31, #c - 1 do
  local ok, msg = load(c:sub(1, i))
  assert(not ok and string.find(msg, "truncated"), msg)
end
print("truncations fail")

-- modes
print(load(c, "x", "t"))
print(load("return 1", "x", "b"))
print(load(c, "x", "b") ~= nil, load(c, "x", "bt") ~= nil)

-- loadfile, dofile and require read binary chunks
local dir = os.tmpname()
os.remove(dir)
local name = dir .. "_mod"
local file = assert(io.open(name .. ".lua", "wb"))
file:write(string.dump(function(...) return "module", select("#", ...) end))
file:close()
print(loadfile(name .. ".lua")(1, 2, 3))
print(loadfile(name .. ".lua", "t"))
print(dofile(name .. ".lua"))
package.path = dir .. "_?.lua"
print((require("mod")))
os.remove(name .. ".lua")

-- a '#' first line before the binary chunk is skipped
file = assert(io.open(name .. ".lua", "wb"))
file:write("# comment\n", string.dump(function() return "after comment" end))
file:close()
print(dofile(name .. ".lua"))
os.remove(name .. ".lua")
