-- load, environments (_ENV), chunks and their upvalues
local f = load("return 1 + 2")
print(f())
print(load("syntax error here"))
print(load("return ...", "=chunk")(7, 8))
local parts = {"return ", "'pie", "ces'"}
local i = 0
print(load(function() i = i + 1; return parts[i] end)())
print(pcall(load, "return 1", "name", "b"))
print(load("return 1", "=(mode)", "t")())

-- custom environment
local env = {x = 5}
local g = load("y = x * 2; return y", "=env", "t", env)
print(g(), env.y, y)
print(load("return print", "=noenv", "t", {})())

-- _ENV as a local
do
  local _ENV = {print = print, value = "from custom _ENV"}
  print(value)
  newglobal = 1
  print(newglobal)
end
print(newglobal)

local function with_env()
  local _ENV = setmetatable({}, {__index = _G})
  z_in_env = "local-only"
  return z_in_env, _G.z_in_env
end
print(with_env())

-- _G and _ENV in the main chunk are the same table
print(_G == _ENV, _G._G == _G)
_G.via_G = "set through _G"
print(via_G)

-- functions defined in loaded chunks keep their environment
local chunk = load("function getx() return x end", "=def", "t", env)
chunk()
print(env.getx())

-- dofile-like reuse: loading the same source twice gives distinct functions
local s = "local n = 0; return function() n = n + 1; return n end"
local c1, c2 = load(s)(), load(s)()
c1(); c1()
print(c1(), c2())

-- chunk names in error messages
print(pcall(load("error('e')", "=custom")))
print(pcall(load("error('e')", "@file.lua")))
print(pcall(load("error('e')", "a string chunk")))
print(pcall(load("\n\nerror('e')", "line three")))
print(load("x=", "=eofname"))
local long = string.rep("x", 80)
print(load("x=", long))
print(load("x=\n", "first line\nsecond line"))

-- a reader function returning a non-string
print(pcall(load, function() return {} end))
print(pcall(load, {}))

-- string.dump exists and loading binary chunks is rejected in text mode
print(type(string.dump), pcall(load, "\27Lua", "bin", "t"))
