-- Coroutines suspended inside compiled code and resumed many times: yields from nested Lua calls, from
-- metamethods (__index, __newindex, __add, __lt, __le, __eq, __concat, __len, __call, __unm), from inside loops
-- and pcall, and from iterators of generic for loops; every resume continues the compiled frames where they were.
local yield = coroutine.yield

-- A yield three Lua calls deep, inside a loop: resumed thousands of times.
local function deep3(x) return yield(x) + 1 end
local function deep2(x) return deep3(x * 2) end
local function deep1(n)
  local sum = 0
  for i = 1, n do sum = sum + deep2(i) end
  return sum
end
local co = coroutine.create(deep1)
local ok, v = coroutine.resume(co, 5000)
local resumes, last = 1, nil
while coroutine.status(co) == "suspended" do
  ok, v = coroutine.resume(co, v)
  resumes = resumes + 1
  last = v
end
print("nested yields:", ok, resumes, last)

-- Yields from inside metamethods called by compiled instructions.
local log = {}
local mt = {}
mt.__index = function(t, k) return yield("index " .. tostring(k)) end
mt.__newindex = function(t, k, val) rawset(t, k, yield("newindex " .. tostring(k)) .. val) end
mt.__add = function(a, b) return yield("add") + (type(b) == "number" and b or 0) end
mt.__lt = function(a, b) return yield("lt") end
mt.__le = function(a, b) return yield("le") end
mt.__eq = function(a, b) return yield("eq") end
mt.__concat = function(a, b) return yield("concat") end
mt.__len = function(a) return yield("len") end
mt.__call = function(self, x) return yield("call") * x end
mt.__unm = function(a) return yield("unm") end
local function user(round)
  local a, b = setmetatable({}, mt), setmetatable({}, mt)
  local r = {}
  r[#r + 1] = a.missing
  a.field = round
  r[#r + 1] = a.field
  r[#r + 1] = a + round
  r[#r + 1] = tostring(a < b)
  r[#r + 1] = tostring(a <= b)
  r[#r + 1] = tostring(a == b)
  r[#r + 1] = a .. "x"
  r[#r + 1] = #a
  r[#r + 1] = a(round)
  r[#r + 1] = -a
  return table.concat(r, ",")
end
local answers = {
  ["index missing"] = "got", ["newindex field"] = "v", add = 100, lt = true, le = false, eq = true,
  concat = "cat", len = 42, call = 3, unm = "neg",
}
local results = {}
for round = 1, 200 do
  local c = coroutine.create(user)
  local okr, what = coroutine.resume(c, round)
  local steps = 0
  while coroutine.status(c) == "suspended" do
    steps = steps + 1
    okr, what = coroutine.resume(c, answers[what])
  end
  if round == 1 or round == 200 then results[#results + 1] = steps .. ":" .. tostring(what) end
end
print("metamethod yields:", table.concat(results, " "))

-- A yield inside pcall inside a loop, with an error after some resumes; the coroutine goes on after it.
local function guarded(n)
  local caught = 0
  for i = 1, n do
    local okp, err = pcall(function()
      local got = yield(i)
      if got % 100 == 0 then error("bad " .. got) end
      return got
    end)
    if not okp then caught = caught + 1 end
  end
  return caught
end
local g = coroutine.wrap(guarded)
local x = g(1000)
local count = 0
while type(x) == "number" and count < 1000 do
  count = count + 1
  x = g(x)
end
print("pcall yields:", count, x)

-- A generic for over a wrapped coroutine that yields from a recursive walk.
local function walk(t)
  if type(t) == "table" then
    for i = 1, #t do walk(t[i]) end
  else
    yield(t)
  end
end
local tree = {}
for i = 1, 30 do tree[i] = { i, { i * 10, { i * 100 } } } end
local total, items = 0, 0
for leaf in coroutine.wrap(function() walk(tree) end) do
  total = total + leaf
  items = items + 1
end
print("tree walk:", items, total)

-- Many coroutines suspended at once in the same compiled function, resumed round robin.
local function counter(id)
  local n = 0
  while true do
    n = n + id
    yield(n)
  end
end
local cos = {}
for i = 1, 50 do cos[i] = coroutine.wrap(counter) end
local sum = 0
for round = 1, 100 do
  for i = 1, 50 do sum = sum + cos[i](i) end
end
print("round robin:", sum)
