x = 1
local y = x + z
do
  local _ENV = {print = print}
  print(y)
  w = 2
end
local function g()
  local _ENV <const> = {}
  return q
end
return g
