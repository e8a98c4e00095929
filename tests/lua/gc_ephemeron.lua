-- ephemerons, weak tables around finalization, strings in weak tables
local function count(t) local n = 0 for _ in pairs(t) do n = n + 1 end return n end

-- a chain of ephemerons: each value refers to the next key; only the first key is anchored
local eph = setmetatable({}, {__mode = "k"})
local keys = {}
for i = 1, 20 do keys[i] = {id = i} end
for i = 1, 19 do eph[keys[i]] = {next = keys[i + 1]} end
eph[keys[20]] = "last"
local first = keys[1]
keys = nil
collectgarbage()
local n, k = 0, first
while eph[k] ~= nil and type(eph[k]) == "table" do n = n + 1; k = eph[k].next end
print("chain", n, eph[k], count(eph))
first = nil
collectgarbage()
print("chain after", count(eph))

-- ephemeron across two tables: value in one anchors the key of the other
local e1 = setmetatable({}, {__mode = "k"})
local e2 = setmetatable({}, {__mode = "k"})
do
  local a, b = {}, {}
  e1[a] = b
  e2[b] = "via a"
  _G.anchor_a = a
end
collectgarbage()
print("cross", count(e1), count(e2))
_G.anchor_a = nil
collectgarbage()
print("cross after", count(e1), count(e2))

-- strings stay in weak tables and keep their content
local ws = setmetatable({}, {__mode = "kv"})
for i = 1, 50 do ws[i] = string.rep("s", i) .. i; ws[("k" .. i):upper()] = ("v" .. i):rep(2) end
collectgarbage()
collectgarbage()
print("strings", count(ws), ws[50], ws.K7)

-- a finalized object is removed from weak values before its finalizer runs,
-- but stays as a weak key until the next collection
local wv = setmetatable({}, {__mode = "v"})
local wk = setmetatable({}, {__mode = "k"})
local seen
do
  local o = setmetatable({}, {__gc = function(o) seen = {wv[1] == nil, wk[o]} end})
  wv[1] = o
  wk[o] = "key kept"
end
collectgarbage()
print("during finalizer", seen[1], seen[2])
print("after", wv[1], count(wk))
collectgarbage()
print("next cycle", count(wk))

-- finalizers of one collection run newest first, after those pending from before
local order = {}
local function mk(name) setmetatable({}, {__gc = function() order[#order + 1] = name end}) end
for i = 1, 5 do mk("o" .. i) end
collectgarbage()
print(table.concat(order, " "))

-- weak table with a table as both key and value
local kv = setmetatable({}, {__mode = "kv"})
local live = {}
kv[live] = live
kv[{}] = live
kv[2] = {}
collectgarbage()
print("kv", count(kv), kv[live] == live)

-- an object referenced only from a weak table by a dead-key placeholder does not confuse false keys
local wf = setmetatable({}, {__mode = "k"})
wf[false] = "false key"
for i = 1, 10 do wf[{}] = i end
collectgarbage()
wf.x = 1
print("false key", wf[false], count(wf))
