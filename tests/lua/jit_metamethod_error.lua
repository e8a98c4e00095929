-- Errors raised inside metamethods called from compiled code (arithmetic, comparison, concatenation, index,
-- newindex, call, len, close), caught by pcall and by xpcall with debug.traceback: the message, its position and
-- the traceback through the metamethod's frame must be the interpreter's. Each function runs hot first.
local function tb(ok, msg)
  if type(msg) == "table" then return tostring(ok) .. " table code " .. msg.code end
  return tostring(ok) .. " " .. (tostring(msg):gsub("\t", "  "))
end

local mt = {
  __add = function(a, b) error("add failed") end,
  __lt = function(a, b) return a.v < b end,          -- compares a number with nil below
  __concat = function(a, b) return a.v.field end,
  __index = function(t, k) if k == "bad" then error({ code = 42 }) end return k end,
  __newindex = function(t, k, v) error("cannot set " .. k, 2) end,
  __call = function(self, x) return x .. {} end,
  __len = function(a) return #nil end,
}

local function use(obj, which, i)
  if which == 1 then return obj + i
  elseif which == 2 then return obj < nil
  elseif which == 3 then return obj .. "s"
  elseif which == 4 then return obj.bad
  elseif which == 5 then obj.key = i
  elseif which == 6 then return obj(i)
  elseif which == 7 then return #obj
  end
  return obj.fine
end

local obj = setmetatable({ v = 1 }, mt)
-- Hot: the non-failing path many times, so `use` is compiled with the default threshold too.
local s = 0
for i = 1, 1500 do s = s + #use(obj, 0, i) end
print("warm:", s)
for which = 1, 7 do
  local ok, err = pcall(use, obj, which, which)
  if type(err) == "table" then err = "table code " .. err.code end
  print("pcall " .. which .. ":", ok, err)
end
for which = 1, 7 do
  print("xpcall " .. which .. ":", tb(xpcall(use, debug.traceback, obj, which, which)))
end

-- An error in a metamethod called in a loop after many successful calls, two Lua calls below the pcall.
local counter = setmetatable({}, { __add = function(a, b)
  if b == 900 then error("at " .. b) end
  return b
end })
local function accumulate(n)
  local total = 0
  for i = 1, n do total = total + (counter + i) end
  return total
end
local function outer(n) return accumulate(n) + 0 end
print("loop:", tb(xpcall(outer, debug.traceback, 1000)))
print("loop ok:", pcall(outer, 899))

-- An error in a __close handler of a compiled function, and in a __gc-free __eq.
local function closing()
  local c <close> = setmetatable({}, { __close = function() error("close failed") end })
  return "body done"
end
print("close:", tb(xpcall(closing, debug.traceback)))
local eqmt = { __eq = function(a, b) return a.x.y == b end }
local function compare(a, b) return a == b end
print("eq:", pcall(compare, setmetatable({}, eqmt), setmetatable({}, eqmt)))
