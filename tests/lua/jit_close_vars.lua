-- `<close>` variables in compiled functions: closed in reverse order on normal exit, return (with values),
-- break, goto out of the block, an error (which the handlers see), loop iterations and coroutine.close; a
-- handler that raises replaces the error; handlers that yield inside a coroutine. Each function runs hot first.
local log = {}
local function closer(name)
  return setmetatable({}, { __close = function(_, err)
    log[#log + 1] = name .. (err ~= nil and ("!" .. tostring(err):gsub("^.-:%d+: ", "")) or "")
  end })
end
local function flush(tag)
  print(tag, table.concat(log, " "))
  log = {}
end

local function normal()
  local a <close> = closer("a")
  local b <close> = closer("b")
  return "r1", "r2"
end

local function in_loop(n)
  local s = 0
  for i = 1, n do
    local c <close> = closer("i" .. i)
    if i == 3 then break end
    s = s + i
  end
  return s
end

local function with_goto()
  local i = 0
  ::again::
  do
    local g <close> = closer("g" .. i)
    i = i + 1
    if i < 3 then goto again end
  end
  return i
end

local function failing(msg)
  local x <close> = closer("x")
  local y <close> = closer("y")
  error(msg)
end

local function handler_fails()
  local p <close> = setmetatable({}, { __close = function() error("from handler") end })
  local q <close> = closer("q")
  error("original")
end

local function returns_call()
  local z <close> = closer("z")
  return normal()   -- not a tail call: z closes after normal returns
end

-- Warm up: hot with the default threshold as well.
for _ = 1, 1100 do normal(); in_loop(5); with_goto(); pcall(failing, "w"); returns_call() end
log = {}
print("normal:", normal()); flush("  closed:")
print("loop:", in_loop(10)); flush("  closed:")
print("goto:", with_goto()); flush("  closed:")
print("error:", pcall(failing, "boom")); flush("  closed:")
print("handler error:", pcall(handler_fails)); flush("  closed:")
print("returns a call:", returns_call()); flush("  closed:")

-- Handlers that yield, in a coroutine; and coroutine.close on a coroutine suspended with pending closes.
local co = coroutine.wrap(function()
  local h <close> = setmetatable({}, { __close = function() log[#log + 1] = "h:" .. tostring(coroutine.yield("in close")) end })
  local k <close> = closer("k")
  coroutine.yield("body")
  return "end"
end)
print("yielding close:", co(), co(), co("resumed")); flush("  closed:")
local suspended = coroutine.create(function()
  local s1 <close> = closer("s1")
  local s2 <close> = closer("s2")
  coroutine.yield(1)
end)
coroutine.resume(suspended)
print("coroutine.close:", coroutine.close(suspended), coroutine.status(suspended)); flush("  closed:")

-- Many closes in a hot loop: every iteration's variable closed exactly once.
local count = 0
local cmt = { __close = function() count = count + 1 end }
local function many(n)
  for i = 1, n do
    local v <close> = setmetatable({}, cmt)
    if i % 2 == 0 then goto skip end
    ::skip::
  end
end
many(20000)
print("many:", count)
