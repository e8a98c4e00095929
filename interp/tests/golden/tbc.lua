local K <const> = 42
local S <const> = "str"
local F <const> = K * 2 + 0.5
local function f()
  local h <close> = io.open("x")
  local g = K + 1
  return g, S, F
end
local function g()
  local h <close> = setmetatable({}, {__close = print})
  return f()
end
do
  local a <close> = nil
  local b <close> = false
end
return f, g
