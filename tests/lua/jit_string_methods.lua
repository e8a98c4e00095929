-- method calls on strings in compiled code: the string metatable's __index table, replaced by another
-- table (with its own __index chain), by a function, or removed; a missing method's error
local function run(s)
  return s:upper(), s:sub(2, 3), s:len(), ("%d-%s"):format(7, s), s:rep(2, ",")
end
for _ = 1, 3 do print(run("hello")) end

local mt = getmetatable("")
local original = mt.__index

-- a table whose own metatable supplies the rest
local extra = setmetatable({shout = function(s) return s:upper() .. "!" end}, {__index = original})
mt.__index = extra
local function shout(s) return s:shout(), s:len() end
for _ = 1, 3 do print(shout("hey")) end

-- a function as __index
mt.__index = function(s, k) return function(self, ...) return k .. "(" .. self .. ")" end end
for _ = 1, 3 do print(shout("fn")) end

-- neither a table nor a function
mt.__index = true
print(pcall(shout, "bool"))
mt.__index = 0
print(pcall(shout, "zero"))

-- no __index at all
mt.__index = nil
print(pcall(shout, "none"))
mt.__index = original

-- a method that does not exist
local function missing(s) return s:nosuch() end
for _ = 1, 2 do print(pcall(missing, "x")) end

-- numbers are not strings here
local function num(n) return n:upper() end
print(pcall(num, 12))
print(run("back"))
