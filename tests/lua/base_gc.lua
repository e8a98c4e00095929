-- collectgarbage options, finalizers, weak tables, finalizers at exit.

print(collectgarbage("collect"), collectgarbage())
print(math.type(collectgarbage("count")), collectgarbage("count") > 0)
print(type(collectgarbage("step")))
print(collectgarbage("isrunning"))
print(collectgarbage("stop"), collectgarbage("isrunning"), collectgarbage("restart"), collectgarbage("isrunning"))
print(collectgarbage("incremental"), collectgarbage("generational"), collectgarbage("incremental"))
print(collectgarbage("setpause", 100), collectgarbage("setpause"), collectgarbage("setstepmul"))
print(pcall(collectgarbage, "foo"))
print(pcall(collectgarbage, {}))

-- finalizers run newest first, once, after the object is unreachable
local log = {}
local function make(name)
  setmetatable({}, {__gc = function(o) log[#log + 1] = name end})
end
make("a")
make("b")
make("c")
collectgarbage()
print(table.concat(log, " "))
collectgarbage()
print(#log)

-- __gc must be present when the metatable is set
local function late()
  local mt = {}
  setmetatable({}, mt)
  mt.__gc = function() log[#log + 1] = "late" end
end
late()
collectgarbage()
print(#log)

-- a finalizer sees its object and can resurrect it
local saved
local function resurrect()
  setmetatable({name = "phoenix"}, {__gc = function(o) saved = o end})
end
resurrect()
collectgarbage()
print(saved and saved.name)
saved = nil
collectgarbage()
print(saved)

-- errors in finalizers do not propagate
local function failing()
  setmetatable({}, {__gc = function() error("boom") end})
end
failing()
collectgarbage()
print("still running")

-- weak tables
local wk = setmetatable({}, {__mode = "k"})
local wv = setmetatable({}, {__mode = "v"})
local keep = {}
local function fill()
  for i = 1, 3 do wk[{}] = i end
  wk[keep] = "kept"
  wv[1] = {}
  wv[2] = "a string"
  wv[3] = keep
end
fill()
collectgarbage()
local n = 0
for k, v in pairs(wk) do n = n + 1 end
print(n, wk[keep], wv[1], wv[2], wv[3] == keep)

-- finalizers of live objects run when the state closes
_G.at_exit = setmetatable({}, {__gc = function() print("closing 1") end})
_G.at_exit2 = setmetatable({}, {__gc = function() print("closing 2") end})
print("end of script")
