-- ipairs and pairs (next) stepped inline by compiled code: arrays with holes, __index (which ipairs
-- respects), integer keys in the hash part, one to three loop variables, pairs over every kind of key,
-- fields cleared during a traversal, __pairs, and the error for a key next does not know
local function sorted_keys(t)
  local ks = {}
  for k in pairs(t) do ks[#ks + 1] = tostring(k) end
  table.sort(ks)
  return table.concat(ks, ",")
end

-- ipairs: stops at the first nil, with one, two and three variables
local arr = {10, 20, 30, nil, 50}
local n, s = 0, 0
for i in ipairs(arr) do n = n + i end
for _, v in ipairs(arr) do s = s + v end
local three = 0
for i, v, extra in ipairs(arr) do three = three + i + v + (extra == nil and 1 or 100) end
print(n, s, three)

-- ipairs follows __index, and integer keys living in the hash part
local proxy = setmetatable({1, 2}, {__index = function(_, k) if k <= 5 then return k * 100 end end})
local got = {}
for i, v in ipairs(proxy) do got[#got + 1] = i .. "=" .. v end
print(table.concat(got, " "))
local sparse = {}
sparse[1] = "a"; sparse[3] = "c"; sparse[2] = "b"; sparse[4] = "d"
local cnt = 0
for _ in ipairs(sparse) do cnt = cnt + 1 end
local hashed = {[1] = "x", [2] = "y", [3] = "z"}
local hs = {}
for i, v in ipairs(hashed) do hs[#hs + 1] = v .. i end
print(cnt, table.concat(hs))

-- many rounds over a long array (the loop gets compiled)
local big = {}
for i = 1, 1000 do big[i] = i end
local total = 0
for _ = 1, 200 do for _, v in ipairs(big) do total = total + v end end
print(total)

-- pairs over array, string, integer, float, boolean and table keys
local key_t = {}
local mixed = {1, 2, 3, x = "x", y = "y", [100] = "h", [-5] = "neg", [0] = "zero", [2.5] = "f", [true] = "t"}
mixed[key_t] = "tbl"
local count, isum = 0, 0
for k, v in pairs(mixed) do
  count = count + 1
  if type(k) == "number" and math.type(k) == "integer" then isum = isum + k end
  if v == nil then error("nil value") end
end
print(count, isum, mixed[key_t])
print(sorted_keys({a = 1, b = 2, c = 3, 7, 8, [10] = 1}))

-- pairs many times over a table with a hash part (compiled), with values summed
local h = {}
for i = 1, 50 do h["k" .. i] = i; h[i * 3] = i end
local hsum = 0
for _ = 1, 100 do for _, v in pairs(h) do hsum = hsum + v end end
print(hsum)

-- clearing fields during a traversal is allowed
local clear = {}
for i = 1, 20 do clear["f" .. i] = i; clear[i] = i end
local seen = 0
for k in pairs(clear) do clear[k] = nil; seen = seen + 1 end
print(seen, next(clear))

-- removed fields ahead of the traversal (dead keys) are skipped
local holes = {}
for i = 1, 40 do holes["h" .. i] = i; holes[i * 7] = i end
for i = 1, 40, 2 do holes["h" .. i] = nil; holes[i * 7] = nil end
local hc, hsum2 = 0, 0
for _ = 1, 3 do for _, v in pairs(holes) do hc = hc + 1; hsum2 = hsum2 + v end end
print(hc, hsum2)

-- __pairs, and next called directly
local custom = setmetatable({}, {__pairs = function(t) return function(_, k) if not k then return 1, "one" end end, t, nil end})
for k, v in pairs(custom) do print("custom", k, v) end
print(next({}), next({5}), select("#", next({})))
print(pcall(next, {a = 1}, "nope"))

-- with a call hook set, every iterator call is seen (the inline steps stand aside)
local calls = 0
local hooked = {1, 2, 3, a = 1, b = 2}
debug.sethook(function() calls = calls + 1 end, "c")
for _ in ipairs(hooked) do end
for _ in pairs(hooked) do end
debug.sethook()
print(calls)
