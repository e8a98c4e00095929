local function f(a, ...)
  local x, y = ...
  local t = {...}
  local n = select('#', ...)
  print(...)
  return a, ...
end
local function g(...) return (...) end
local function h(...) local a, b, c = 1, ... return a, b, c end
return f, g, h
