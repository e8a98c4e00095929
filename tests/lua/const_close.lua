-- <const> and <close> locals
local limit <const> = 10
local name <const> = "kiln"
print(limit * 2, name .. "!")
print(load("local x <const> = 1; x = 2"))
print(load("local x <foo> = 1"))
print(load("local x <close>, y <close> = nil, nil"))

local log = {}
local function closer(tag)
  return setmetatable({}, {__close = function(self, err)
    log[#log + 1] = tag .. (err and (":" .. tostring(err)) or "")
  end})
end

do
  local a <close> = closer("a")
  local b <close> = closer("b")
  local c <close> = nil -- nil and false are allowed
  log[#log + 1] = "body"
end
print(table.concat(log, " "))

-- closing on return, with values returned intact
log = {}
local function f()
  local x <close> = closer("x")
  return "r1", "r2"
end
print(f())
print(table.concat(log, " "))

-- closing on break and goto
log = {}
for i = 1, 3 do
  local c <close> = closer("i" .. i)
  if i == 2 then break end
end
print(table.concat(log, " "))

-- closing on error: the error is passed to __close and propagates
log = {}
local ok, err = pcall(function()
  local e <close> = closer("e")
  error("oops", 0)
end)
print(ok, err, table.concat(log, " "))

-- an error in __close replaces the original error
log = {}
ok, err = pcall(function()
  local bad <close> = setmetatable({}, {__close = function() error("in close", 0) end})
  local good <close> = closer("good")
  error("first", 0)
end)
print(ok, err, table.concat(log, " "))

-- a value without __close is an error at declaration
ok, err = pcall(function() local z <close> = {} end)
print(ok, err)
ok, err = pcall(function() local z <close> = 42 end)
print(ok, err)

-- closing order inside coroutines that finish normally
log = {}
local co = coroutine.wrap(function()
  local a <close> = closer("co-a")
  coroutine.yield(1)
  local b <close> = closer("co-b")
  return 2
end)
print(co(), table.concat(log, " "))
print(co(), table.concat(log, " "))

-- coroutine.close runs pending closes
log = {}
local co2 = coroutine.create(function()
  local a <close> = closer("pending")
  coroutine.yield()
end)
coroutine.resume(co2)
print(coroutine.close(co2), table.concat(log, " "), coroutine.status(co2))

-- tbc in nested functions and tail position
log = {}
local function inner() local i <close> = closer("inner"); return "v" end
local function outer() local o <close> = closer("outer"); return inner() end
print(outer(), table.concat(log, " "))
