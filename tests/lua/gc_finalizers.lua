-- __gc finalizers run while the program runs (not only at collectgarbage or exit)
local ran = 0
local mt = {__gc = function() ran = ran + 1 end}

-- garbage made inside calls
for i = 1, 200000 do
  setmetatable({}, mt)
  if ran > 0 then break end
end
print("during a loop with calls", ran > 0)

-- garbage that died young, then a loop that only allocates tables
ran = 0
local objs = {}
for i = 1, 1000 do objs[i] = setmetatable({}, mt) end
objs = nil
local i = 0
while ran == 0 and i < 5000000 do local t = {i}; i = i + 1 end
print("during a call-free loop", ran > 0)

-- finalizers never nest: garbage made by a finalizer is finalized after it
local depth, maxdepth, inner = 0, 0, 0
local innermt = {__gc = function() inner = inner + 1 end}
local outermt = {__gc = function()
  depth = depth + 1
  if depth > maxdepth then maxdepth = depth end
  for j = 1, 2000 do setmetatable({}, innermt) end
  depth = depth - 1
end}
for j = 1, 3 do setmetatable({}, outermt) end
collectgarbage()
collectgarbage()
print("max depth", maxdepth, "inner finalized", inner > 0)

-- a finalizer running while an error unwinds through __close does not replace the error
local ok, err = pcall(function()
  local c <close> = setmetatable({}, {__close = function()
    for j = 1, 1000 do setmetatable({}, mt) end
    collectgarbage()
  end})
  error("the real error", 0)
end)
print(ok, err)

-- an error in a finalizer is a warning, and the others still run
local after = false
setmetatable({}, {__gc = function() after = true end})
setmetatable({}, {__gc = function() error("in finalizer") end})
collectgarbage()
print("after failing finalizer", after)

-- a finalizer can allocate, call functions and resurrect into a global
setmetatable({name = "obj"}, {__gc = function(o)
  local parts = {}
  for j = 1, 100 do parts[j] = tostring(j) end
  _G.resurrected = o.name .. #table.concat(parts)
end})
collectgarbage()
print(_G.resurrected)

-- objects given a finalizer late are finalized at exit, newest first
_G.keep1 = setmetatable({}, {__gc = function() print("exit 1") end})
_G.keep2 = setmetatable({}, {__gc = function() print("exit 2") end})
print("end")
