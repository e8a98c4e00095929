-- allocation-heavy: many short-lived tables and a few long-lived ones
local keep = {}
local sum = 0
for i = 1, 1500000 do
  local p = {x = i, y = i + 1, tag = "p"}
  local q = {p.x + 1, p.y + 1}
  sum = sum + q[1] + q[2]
  if i % 10000 == 0 then keep[#keep + 1] = p end
end
local trees = 0
local function tree(d)
  if d == 0 then return {} end
  return {tree(d - 1), tree(d - 1)}
end
local function count(t)
  if not t[1] then return 1 end
  return 1 + count(t[1]) + count(t[2])
end
for i = 1, 20 do trees = trees + count(tree(14)) end
print(string.format("%d %d %d", sum, #keep, trees))
