-- a chunk whose error is uncaught: for uncaught_in_dofile.lua
local function fail(x)
  return x.field + 1
end
local v = fail(nil)
return v
