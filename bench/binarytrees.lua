-- allocation and recursion: binary-trees (build complete trees of many depths, count their nodes, keep one alive)
local function build(depth)
  if depth == 0 then return {} end
  depth = depth - 1
  return {build(depth), build(depth)}
end

local function count(tree)
  local left = tree[1]
  if left == nil then return 1 end
  return 1 + count(left) + count(tree[2])
end

local min_depth, max_depth = 4, 15
local lines = {}
lines[#lines + 1] = string.format("stretch tree of depth %d\t check: %d", max_depth + 1, count(build(max_depth + 1)))
local long_lived = build(max_depth)
for depth = min_depth, max_depth, 2 do
  local iterations = 2 ^ (max_depth - depth + min_depth)
  local check = 0
  for _ = 1, iterations do check = check + count(build(depth)) end
  lines[#lines + 1] = string.format("%d\t trees of depth %d\t check: %d", iterations, depth, check)
end
lines[#lines + 1] = string.format("long lived tree of depth %d\t check: %d", max_depth, count(long_lived))
print(table.concat(lines, "\n"))
