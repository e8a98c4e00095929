-- Mutation driver for tests/chunk_fuzz.rs: dumps varied functions, then for
-- mutations FIRST..LAST (arg 2, 3) of seed SEED (arg 1) changes one or two
-- bytes of a dump, or truncates it, loads the result and runs it in a sandbox.
-- Before each mutation it prints its index (flushed), so the test knows which
-- one crashed or hung. Every outcome except a crash or hang is fine.
local seed, first, last = tonumber(arg[1]), tonumber(arg[2]), tonumber(arg[3])

local sources = {
  -- numeric loops, integer and float, nested, with a closure over the index
  [==[local n, s = ... ; n = n or 5; s = 0
    for i = 1, n do for j = i, 1, -1 do s = s + i * j end end
    for x = 0.5, 2.5, 0.5 do s = s + x end
    local fs = {}
    for i = 1, 3 do fs[i] = function() return i + s end end
    return s, fs[2]()]==],
  -- generic for, varargs, select, table constructors with open results
  [==[local function gen(...) return ... end
    local t = {gen(1, 2, 3, ...)}
    local acc = {}
    for k, v in pairs({a = 1, b = 2, 10, 20}) do acc[#acc + 1] = tostring(k) .. v end
    for i, v in ipairs(t) do acc[#acc + 1] = i * v end
    return select('#', gen(...)), #t, table.concat(acc, ","), gen(table.unpack(t))]==],
  -- strings, concatenation, comparisons, integer/float arithmetic
  [==[local a, b = 7, 2.5
    local s = "x" .. a .. "-" .. b .. string.format("%d", a // 2)
    local r = {a + b, a - b, a * b, a / b, a % 3, a ^ 2, a // 2, -a, a & 3, a | 8, a ~ 5, a << 2, a >> 1, ~a}
    if a < b then r[#r + 1] = "lt" elseif a <= 7 then r[#r + 1] = "le" end
    if s == "x7" or a ~= 7 or not (b > 1) then r[#r + 1] = 0 end
    return s, #s, string.sub(s, 2, 3), r[1], r[#r], string.byte(s, 1)]==],
  -- metatables, methods, upvalues shared by closures, goto, while/repeat
  [==[local mt = {__index = function(t, k) return k .. "!" end,
                __add = function(x, y) return 42 end, __call = function(self, v) return v end}
    local obj = setmetatable({v = 1}, mt)
    function obj:get(k) return self[k] end
    local count = 0
    local function inc() count = count + 1; return count end
    local function get() return count end
    local i = 0
    while i < 5 do i = i + 1; inc() end
    repeat i = i - 1 until i <= 0
    ::top:: if count < 8 then inc(); goto top end
    return obj:get("k"), obj + obj, obj(3), get(), obj.v]==],
  -- to-be-closed variables, pcall/error, coroutines, deep-ish recursion
  [==[local log = {}
    do
      local x <close> = setmetatable({}, {__close = function() log[#log + 1] = "closed" end})
      local ok, e = pcall(error, {code = 1})
      log[#log + 1] = tostring(ok)
    end
    local co = coroutine.wrap(function(a) local b = coroutine.yield(a + 1); return b * 2 end)
    local y = co(1)
    local z = co(10)
    local function fact(n) if n <= 1 then return 1 end return n * fact(n - 1) end
    local function tail(n) if n == 0 then return "done" end return tail(n - 1) end
    return #log, y, z, fact(10), tail(50), log[1]]==],
}

local sandbox = {
  print = function() end, pairs = pairs, ipairs = ipairs, next = next, type = type,
  tostring = tostring, tonumber = tonumber, select = select, setmetatable = setmetatable,
  getmetatable = getmetatable, pcall = pcall, error = error, rawget = rawget, rawset = rawset,
  string = {format = string.format, sub = string.sub, byte = string.byte, char = string.char, len = string.len},
  table = {concat = table.concat, unpack = table.unpack, insert = table.insert},
  coroutine = {wrap = coroutine.wrap, yield = coroutine.yield, create = coroutine.create,
               resume = coroutine.resume},
  collectgarbage = function() collectgarbage() end,
}
sandbox._G = sandbox

local chunks = {}
for _, src in ipairs(sources) do
  local f = assert(load(src, "=fuzz", "t", sandbox))
  chunks[#chunks + 1] = string.dump(f)
  chunks[#chunks + 1] = string.dump(f, true)
end

-- xorshift64*: reproducible per (seed, index)
local state
local function rand(n)
  state = state ~ (state << 13); state = state ~ (state >> 7); state = state ~ (state << 17)
  return (state >> 1) % n + 1
end

-- PUC's header plus kiln's body marker; mutating it gives only header errors.
local HEADER = 36

local function mutate(s)
  local kind = rand(10)
  if kind == 1 then
    return s:sub(1, rand(#s - 1))
  end
  local bytes = {s:byte(1, -1)}
  for _ = 1, (kind <= 5) and 1 or 2 do
    local pos = HEADER + rand(#s - HEADER)
    local how = rand(4)
    if how == 1 then bytes[pos] = (bytes[pos] + 1) % 256
    elseif how == 2 then bytes[pos] = (bytes[pos] - 1) % 256
    elseif how == 3 then bytes[pos] = (rand(2) == 1) and 0 or 255
    else bytes[pos] = rand(256) - 1 end
  end
  local parts = {}
  for i = 1, #bytes, 4096 do parts[#parts + 1] = string.char(table.unpack(bytes, i, math.min(i + 4095, #bytes))) end
  return table.concat(parts)
end

local function run(f)
  local ok, a, b = pcall(f, 3, "x")
  for _, v in ipairs({a, b}) do
    if type(v) == "function" then pcall(v, 1) end
  end
end

for i = first, last do
  io.stdout:write(i, "\n")
  io.stdout:flush()
  state = seed * 1000003 + i * 7919 + 1
  for _ = 1, 3 do rand(2) end
  local s = mutate(chunks[i % #chunks + 1])
  local f = load(s, "=mutant", "b", sandbox)
  if f then run(f) end
end
io.stdout:write("end\n")
