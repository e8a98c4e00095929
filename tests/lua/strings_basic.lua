-- string library basics: sub, byte, char, rep, len, case, reverse, the string
-- metatable, coercions, and their error messages.

local function try(f, ...)
  local r = table.pack(pcall(f, ...))
  if r[1] then
    return table.unpack(r, 2, r.n)
  end
  return "error: " .. tostring(r[2]):gsub("^[^:]*:%d+: ", "")
end

local s = "hello"
print(s:sub(2), s:sub(-3), s:sub(2, -2), s:sub(0), s:sub(10), s:sub(-10, 2), s:sub(3, 2))
print(s:sub(math.mininteger, math.maxinteger), s:sub(5, 5), s:sub(-1), ("")
  :sub(1, 1) == "")
print(s:byte(), s:byte(-1), s:byte(1, -1))
print(select("#", s:byte(10)), select("#", s:byte(0)), select("#", s:byte(3, 2)))
print(string.char(72, 105), string.char() == "", #string.char(0, 255))
print(try(function() return string.char(256) end))
print(try(function() return string.char(-1) end))
print(try(function() return string.char("a") end))
print(("x"):rep(3, ","), ("ab"):rep(3), ("x"):rep(0) == "", ("x"):rep(-1, ",") == "", ("x"):rep(1, ","))
print(try(function() return ("ab"):rep(1 << 30) end))
print(try(function() return ("x"):rep(1e10) end))
print(#(""):rep(1e9))
print(("Hello World 123"):upper(), ("Hello World 123"):lower(), ("abc"):reverse(), ("abc"):len(), #"")
print(("\xe9\xc9"):upper() == "\xe9\xc9", ("a\0b"):upper() == "A\0B", ("a\0b"):len())
print(string.len(123), string.upper(1.5), string.sub(12345, 2, 3), string.rep(1, 3))
print(try(function() return string.len() end))
print(try(function() return string.sub("x") end))
print(try(function() return string.sub("x", 1.5) end))
print(try(function() return string.sub("x", "a") end))
print(string.sub("hello", "2"), string.sub("hello", 2.0, "3"), string.rep("x", 2.0))
print(try(function() return string.dump(print) end))
print(try(function() return string.dump() end))
print(try(function() return string.upper({}) end))
print(try(function() return ("x"):bad() end))

-- the string metatable
print(getmetatable("").__index == string, ("%d"):format(7), ("abc"):find("b"))
local n = 10
print(("x"):rep(n):len(), #("x"):rep(n))

-- string coercion of numbers
print("10" + 1, "3" * "4", "0x10" + 0, 10 .. 20, 1.5 .. "", -0.0 .. "")
print(math.type("10" + 1), math.type("10" + 1.0), math.type("1e1" + 1))
print(("5"):rep(2) + 1)
