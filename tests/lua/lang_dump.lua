-- string.dump and loading binary chunks (mode 'b'), stripped chunks, fresh upvalues, rejected corrupt chunks
local function mk(a, b)
  local t = {x = a}
  for i = 1, 3 do t[i] = i * b end
  local s = ("%d-%s"):format(a, "q")
  return t.x + t[3], s, 1.5, 2^63, nil, true, "long string constant " .. a
end
local d = string.dump(mk)
print(type(d), d:sub(1, 4) == "\27Lua")
local f = load(d, "dumped", "b")
print(f(2, 10))
print(load(d, "dumped", "t"))
print(load(string.dump(mk, true))(1, 1))
-- upvalues are fresh: the first is _ENV, the others nil
local up = 7
local function useup() return up end
local g = load(string.dump(useup))
print(pcall(g) and type(g()))
local function useenv() return type(print) end
print(load(string.dump(useenv))())
-- nested functions and varargs survive
local function outer(...)
  local n = select("#", ...)
  local function inner(k) return k * n end
  return inner(10), ...
end
print(load(string.dump(outer))(1, 2, 3))
-- errors: natives cannot be dumped, corrupted chunks are rejected
print(pcall(string.dump, print))
print(pcall(string.dump, 1))
local bad = d:sub(1, #d // 2)
print(load(bad, "=cut") == nil)
print(load("\27Lua garbage", "=junk") == nil)
-- line information is kept
local function fails() error("line?") end
print(pcall(load(string.dump(fails), "=dumped")))
local function fails(x) local y = x.field return y end
local f = load(string.dump(fails, true))
print(pcall(f, nil))
print(pcall(f, {field = 1}))
local g = load(string.dump(function() error("msg") end, true))
print(pcall(g))
local f = load(string.dump(function(x) return debug.traceback("tb", 1) end, true))
print(f())
local g = load(string.dump(function() local t = nil; return t.x end, true))
print(pcall(g))
print(debug.getinfo(g, "S").short_src, debug.getinfo(g, "S").source, debug.getinfo(g, "l").currentline)
local h = load(string.dump(function() assert(false, "assert msg") end, true))
print(pcall(h))
local w = coroutine.wrap(load(string.dump(function() error("in co") end, true)))
print(pcall(w))
