-- "C stack overflow" at PUC's depths: metamethod, pcall, xpcall, native callback and
-- coroutine recursion each count as C levels (LUAI_MAXCCALLS = 200, lua.c's own two levels included).
local d = 0
local t = setmetatable({}, {__index = function(t, k) d = d + 1 return t[k] end})
print(pcall(function() return t.x end), d)
d = 0
local function rec(n) d = d + 1 local ok, e = pcall(rec, n + 1) if not ok then error(e, 0) end return e end
print(pcall(rec, 1), d)
d = 0
local function rec3(n) d = d + 1 return select(2, xpcall(rec3, function(m) return m end, n + 1)) end
print(pcall(rec3, 1), d)
d = 0
local function g(s) d = d + 1 return (s:gsub(".", g)) end
print(pcall(g, "x"), d)
d = 0
local co
local function cr() d = d + 1 local c = coroutine.wrap(cr) return c() end
print(pcall(cr), d)
d = 0
local function mix(n) d = d + 1 if n % 2 == 0 then return pcall(mix, n + 1) else return table.unpack({pcall(string.gsub, "x", ".", function() return mix(n + 1) end)}) end end
print(select('#', mix(1)), d)
print(coroutine.wrap(function() local d2 = 0 local function r() d2 = d2 + 1 local ok, e = pcall(r) return e end local e = r() return e, d2 end)())
