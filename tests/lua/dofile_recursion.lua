-- natives calling Lua in their place (dofile, pairs with __pairs) count as
-- C levels: endless recursion through them is "C stack overflow", and the
-- levels are given back when the calls return or an error unwinds them
local function check(name, f)
  depth = 0
  local ok, msg = pcall(f)
  -- the exact depth differs a little (PUC's parser uses C levels too)
  print(name, ok, msg, depth > 150 and depth < 200)
end
check("dofile", function() return dofile("modules/recursive_dofile.lua") end)
check("dofile in coroutine", coroutine.wrap(function() return dofile("modules/recursive_dofile.lua") end))
local t
t = setmetatable({}, {__pairs = function(x) depth = depth + 1 return pairs(x) end})
check("__pairs", function() return pairs(t) end)
-- after the errors, as many levels are free as before
check("dofile again", function() return dofile("modules/recursive_dofile.lua") end)

-- many sequential dofiles and pairs calls leave no level behind
local fn = os.tmpname()
local fh = assert(io.open(fn, "w"))
fh:write("return ...")
fh:close()
local mt = {__pairs = function(x) return next, x, nil end}
for i = 1, 1000 do
  dofile(fn)
  pairs(setmetatable({}, mt))
  pcall(dofile, "modules/no_such_file.lua")
  pcall(pairs, setmetatable({}, {__pairs = error}))
end
os.remove(fn)
local function nest(n)
  if n == 0 then return 0 end
  return 1 + select(2, pcall(nest, n - 1))
end
print("nested pcalls after", nest(150))
check("dofile at the end", function() return dofile("modules/recursive_dofile.lua") end)
