-- Values crossing between a coroutine's stack and its resumer's: counts from 0 to past a stack's first
-- size, in both directions, on first resumes, yields, returns and errors, with garbage made in between.
local function pack(...) return { n = select("#", ...), ... } end
local function range(n)
  local t = {}
  for i = 1, n do t[i] = (i % 3 == 0) and { i } or (i % 3 == 1) and ("s" .. i) or i end
  return t
end
local function digest(t, from)
  local parts = { t.n - from + 1 }
  for i = from, t.n do
    local v = t[i]
    parts[#parts + 1] = type(v) == "table" and ("t" .. v[1]) or tostring(v)
  end
  return table.concat(parts, ",")
end

for _, n in ipairs({ 0, 1, 2, 3, 17, 40, 41, 200, 999 }) do
  local args = range(n)
  -- First resume's arguments become the body's parameters; yields echo the resume values back.
  local co = coroutine.create(function(...)
    local got = pack(...)
    local again = pack(coroutine.yield(table.unpack(got, 1, got.n)))
    collectgarbage()
    local third = pack(coroutine.yield(table.unpack(again, 1, again.n)))
    return table.unpack(third, 1, third.n)
  end)
  local r1 = pack(coroutine.resume(co, table.unpack(args, 1, n)))
  local r2 = pack(coroutine.resume(co, table.unpack(args, 1, n)))
  local r3 = pack(coroutine.resume(co, table.unpack(args, 1, n)))
  print(n, r1[1], digest(r1, 2) == digest(pack(table.unpack(args, 1, n)), 1), r2[1], r2.n - 1, r3[1], r3.n - 1,
    coroutine.status(co))
  print(digest(r3, 2):sub(1, 60))

  -- The same through wrap, whose results are the values themselves.
  local w = coroutine.wrap(function(...)
    local x = pack(...)
    while true do x = pack(coroutine.yield(#{ ... }, x.n, table.unpack(x, 1, x.n))) end
  end)
  local w1 = pack(w(table.unpack(args, 1, n)))
  local w2 = pack(w(table.unpack(args, 1, n // 2)))
  print(w1.n, w1[1], w1[2], w2.n, w2[2], digest(w2, 3):sub(1, 40))
end

-- An error value and a dead coroutine's last values.
local co = coroutine.create(function(a, b)
  local t = {}
  for i = 1, 300 do t[i] = i end
  coroutine.yield(table.unpack(t))
  error({ code = a + b })
end)
local r = pack(coroutine.resume(co, 20, 22))
print(r.n, r[1], r[2], r[301])
local ok, e = coroutine.resume(co)
print(ok, type(e), e.code, coroutine.status(co))
print(coroutine.resume(co))
print(pcall(coroutine.wrap(function(...) error(select("#", ...) .. " args") end), 1, 2, 3))

-- Nested resumes: values pass through several stacks in a chain.
local function relay(inner)
  return coroutine.wrap(function(...)
    local args = pack(...)
    while true do
      args = pack(coroutine.yield(inner(table.unpack(args, 1, args.n))))
    end
  end)
end
local chain = function(...) return select("#", ...), ... end
for _ = 1, 5 do chain = relay(chain) end
print(chain(1, nil, "three", nil))
print(chain())
print(select("#", chain(table.unpack(range(100)))))
