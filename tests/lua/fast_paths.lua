-- Builtins with fast paths (string.byte/sub/find, type, math.sqrt/floor/abs) called the way their fast
-- paths take them (one result wanted, fixed arguments) and every way they decline, in loops long enough
-- to be compiled: results, errors and hook events must be the builtins' own.
local byte, sub, find = string.byte, string.sub, string.find
local sqrt, floor, abs = math.sqrt, math.floor, math.abs

local function show(...)
  local t = table.pack(...)
  for i = 1, t.n do t[i] = tostring(t[i]) .. ":" .. tostring(math.type(t[i])) end
  return table.concat(t, " ")
end

local s = "hello, world"
for round = 1, 3 do
  local out = {}
  for i = -14, 14 do
    local b, f1, f2, f3 = byte(s, i), find(s, "o", i), find(s, "[lw]+", i), find(s, ".", i, true)
    out[#out + 1] = tostring(b)
    out[#out + 1] = sub(s, i)
    out[#out + 1] = sub(s, i, -i)
    out[#out + 1] = sub(s, 3, i)
    out[#out + 1] = tostring(f1) .. tostring(f2) .. tostring(f3)
  end
  print(round, table.concat(out, "|"))
end

-- Arguments the fast paths leave to the builtins: floats, numeric strings, extra arguments, no arguments.
for _ = 1, 2 do
  print(byte(s, 2.0), byte(s, "3"), byte(s), byte(s, 2, 4), byte(s, nil, 2), byte(s, 100))
  print(sub(s, 2.0), sub(s, "3", "5"), sub(12345, 2, 3), sub(s, 5, nil), sub(s, 0), sub(s, 8, 100))
  print(find(s, "l", 1.0), find(s, "(o)(r)"), find(s, "", 20), find(s, "", 13), find(s, "wor", -5, false))
  print(find(12345, 3), find(s, ",", nil, true), find(s, "%a+", 4, nil))
  print(type(nil), type(1), type(1.5), type("x"), type({}), type(print), type(show), type(true),
    type(coroutine.create(show)), type(io.stdout))
  print(show(sqrt(16), sqrt(2), sqrt(-1) ~= sqrt(-1), sqrt("9"), sqrt(0), sqrt(-0.0), sqrt(1 / 0)))
  print(show(floor(3), floor(3.7), floor(-3.2), floor(-0.0), floor(2 ^ 63), floor(-2 ^ 63), floor("4.5"), floor(1e300)))
  print(show(abs(-3), abs(3.5), abs(-0.0), abs(math.mininteger), abs("-2"), abs(-1 / 0)))
end

-- Errors come from the builtins, with their messages and positions.
local function try(f, ...)
  local ok, err = pcall(f, ...)
  print(ok, err)
end
for _ = 1, 2 do
  try(function() local r = byte(nil, 1); return r end)
  try(function() local r = byte(s, 1.5); return r end)
  try(function() local r = sub(s); return r end)
  try(function() local r = sub(s, {}); return r end)
  try(function() local r = find(s, "[a"); return r end)
  try(function() local r = find(s, "(()"); return r end)
  try(function() local r = find(s, "%"); return r end)
  try(function() local r = type(); return r end)
  try(function() local r = sqrt(); return r end)
  try(function() local r = sqrt({}); return r end)
  try(function() local r = floor("x"); return r end)
  try(function() local r = abs(nil); return r end)
end

-- A hook set by a metamethod, in the middle of a function, sees the builtin call right after it.
local hooked = 0
local lazy = setmetatable({}, {__index = function()
  debug.sethook(function() hooked = hooked + 1 end, "c")
  return 2
end})
local function probe(t)
  local i = t.missing
  local b = byte("abc", i)
  debug.sethook()
  return b
end
for _ = 1, 3 do print("hook set by __index", probe(lazy), hooked) end

-- A call hook sees every call, fast path or not.
local calls = 0
debug.sethook(function() calls = calls + 1 end, "c")
local acc = 0
for i = 1, 50 do acc = acc + byte(s, i % 12 + 1) + #sub(s, i % 5) + floor(i / 3) end
debug.sethook()
print("hooked calls", calls, acc)

-- Strings made by sub in a long loop under collection: the results stay intact.
local keep = {}
for i = 1, 20000 do
  local piece = sub(s, i % 12 + 1, (i * 7) % 12 + 1)
  if i % 1000 == 0 then keep[#keep + 1] = piece end
  if #piece > 12 then error("bad piece") end
end
print(table.concat(keep, "/"))

-- A fast path called through a different name, and a replaced builtin at the same call site.
local f = byte
for i = 1, 3 do
  print(f("abc", i))
  if i == 2 then f = function(x, j) return "replaced " .. j end end
end
