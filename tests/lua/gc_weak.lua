-- weak tables, __gc finalizers and collectgarbage
collectgarbage("stop")
collectgarbage("restart")
print(collectgarbage("isrunning"))

local function count(t) local n = 0 for _ in pairs(t) do n = n + 1 end return n end

-- weak values
local wv = setmetatable({}, {__mode = "v"})
local keep = {}
for i = 1, 10 do
  local obj = {i}
  wv[i] = obj
  if i % 2 == 0 then keep[#keep + 1] = obj end
end
collectgarbage()
print("weak values", count(wv))

-- weak keys
local wk = setmetatable({}, {__mode = "k"})
local anchors = {}
for i = 1, 10 do
  local key = {}
  wk[key] = i
  if i <= 3 then anchors[i] = key end
end
collectgarbage()
print("weak keys", count(wk))

-- strings and numbers are never removed from weak tables
local ws = setmetatable({}, {__mode = "kv"})
ws["str"] = "value"; ws[1] = 2; ws[true] = false
collectgarbage()
print("weak primitives", count(ws))

-- ephemeron: value refers to its own key
local eph = setmetatable({}, {__mode = "k"})
do
  local k = {}
  eph[k] = {ref = k}
end
collectgarbage()
print("ephemeron", count(eph))

-- __gc runs for unreachable objects, and at exit for the rest
local order = {}
for i = 1, 3 do
  setmetatable({}, {__gc = function() order[#order + 1] = i end})
end
collectgarbage()
table.sort(order)
print("finalized", table.concat(order, ","))

-- resurrection: a finalizer can store the object; its fields are intact
local saved
do
  local obj = setmetatable({payload = "kept"}, {__gc = function(o) saved = o end})
end
collectgarbage()
print("resurrected", saved and saved.payload)

-- __gc must be present when setmetatable is called
local late = false
do
  local mt = {}
  local o = setmetatable({}, mt)
  mt.__gc = function() late = true end
end
collectgarbage()
print("late __gc ignored", late)

-- errors in __gc are turned into warnings and do not stop the program
do setmetatable({}, {__gc = function() error("in gc") end}) end
collectgarbage()
print("survived error in __gc")

-- finalizer that runs at state close
setmetatable({}, {__gc = function() print("closing state finalizer") end})
print("end of script")
