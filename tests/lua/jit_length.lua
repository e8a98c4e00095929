-- '#' of tables in compiled code: array parts ending in a value or in nil, holes, hash parts, __len,
-- strings, errors; appending with t[#t + 1] in a loop
local function len(t) return #t end
local cases = {
  {}, {1, 2, 3}, {1, 2, nil}, {nil, nil, 3}, {1, nil, 3}, {n = 1}, {1, 2, x = 3},
  setmetatable({1, 2}, {__len = function() return 42 end}),
  setmetatable({1, 2, 3}, {__index = function() return 0 end}),
}
for i = 1, #cases do io.write(len(cases[i]), " ") end
print()
print(len("hello"), len(""))
print(pcall(len, 5))
print(pcall(len, nil))

-- grow with t[#t + 1], shrink from the end, then read the border again
local t = {}
for i = 1, 1000 do t[#t + 1] = i end
print(#t, t[#t])
for _ = 1, 10 do t[#t] = nil end
print(#t, t[#t])
t[#t] = nil
t[#t + 2] = "gap"
print(#t == 989 or #t == 991, t[991])
local h = {}
for i = 1, 20 do h[i] = i end
h.extra = true
for i = 21, 40 do h[#h + 1] = i end
print(#h, h[40])
