-- Chains of arithmetic where each instruction uses the result of the one before (compiled code passes a
-- float result to the next instruction in a register): every way the producer can end (float, integer,
-- metamethod, coercion, a yield inside a metamethod) and every way the consumer can start (falling
-- through, a jump, resuming a coroutine) must give the interpreter's results.
local function chain(x, y, c)
  local a = x * x
  local b = y * y
  local s = a + b
  if s > 4.0 then return "out", s end
  local t = 2.0 * x * y + c
  local u = a - b + c
  if t < u then return "lt", t, u end
  if t <= u then return "le", t, u end
  return "ge", t / u, u % 3, u // 2, u ^ 2, -u
end

local inputs = {0.5, -1.25, 2, 3, 0, -0.0, 1e300, -1e300, 0 / 0, 1 / 0, 7, -3, 1.5}
for _, x in ipairs(inputs) do
  for _, y in ipairs(inputs) do
    print(x, y, chain(x, y, 0.25))
  end
end

-- Integers, floats and numeric strings mixed along a chain.
local function mix(p, q)
  local r = p + q
  local s = r * 3
  local t = s - 1.5
  local u = t // 2
  return r, s, t, u, u > 10, t >= 2.5
end
for _, v in ipairs({{1, 2}, {1.5, 2}, {"3", 4}, {2, "0.5"}, {math.maxinteger, 1}, {-7, 0.0}}) do
  print(mix(v[1], v[2]))
end

-- Metamethods as producers: the value the next instruction reads comes from a call.
local mt = {}
mt.__add = function(a, b) return 10.5 end
mt.__mul = function(a, b) return 3 end
mt.__lt = function(a, b) return true end
local obj = setmetatable({}, mt)
local function meta_chain(o)
  local a = o + 1.0
  local b = a * 2.0
  local c = o * 1.5
  local d = c + 0.5
  return a, b, c, d, b > 20.0, d > 3.0
end
for _ = 1, 3 do print(meta_chain(obj)) end

-- A metamethod that yields in the middle of a chain: the coroutine is resumed in whatever tier, and the
-- next instruction reads the metamethod's result.
local ymt = {__add = function(a, b) return coroutine.yield("paused") end}
local yobj = setmetatable({}, ymt)
local function yield_chain(o)
  local a = o + 1.0
  local b = a * a
  local c = b - 0.5
  return a, b, c, c > 5.0
end
for i = 1, 3 do
  local co = coroutine.wrap(yield_chain)
  print(co(yobj))
  print(co(i + 0.5))
end

-- A result read by an instruction that is also a loop header: the back edge arrives with another value
-- just computed.
local function header(x)
  local n = 0
  local a = x * 1.5
  while true do
    local b = a + 1.0
    n = n + 1
    a = b * 0.5
    local c = b * 3.0
    if n > 5 then return a, b, c end
  end
end
for _ = 1, 3 do print(header(2.0), header(-1)) end

-- Many iterations of a float loop, so the compiled code runs hot.
local zr, zi, n = 0.0, 0.0, 0
for i = 1, 200000 do
  local zr2, zi2 = zr * zr, zi * zi
  if zr2 + zi2 > 4.0 then zr, zi, zr2, zi2 = 0.0, 0.0, 0.0, 0.0; n = n + 1 end
  zi = 2.0 * zr * zi + 0.3
  zr = zr2 - zi2 - 0.7 + (i % 7) * 1e-3
end
print(n, string.format("%.6f %.6f", zr, zi))
