-- array-heavy comparisons in Lua: heap sort written in Lua over pseudo-random floats, then checked sorted
local seed = 42
local function random(max)
  seed = (seed * 3877 + 29573) % 139968
  return max * seed / 139968
end

local function sift_down(a, root, last)
  local value = a[root]
  while true do
    local child = root * 2
    if child > last then break end
    if child < last and a[child] < a[child + 1] then child = child + 1 end
    if a[child] <= value then break end
    a[root] = a[child]
    root = child
  end
  a[root] = value
end

local function heapsort(a, n)
  for root = math.floor(n / 2), 1, -1 do sift_down(a, root, n) end
  for last = n, 2, -1 do
    a[1], a[last] = a[last], a[1]
    sift_down(a, 1, last - 1)
  end
end

local n = 200000
local checksum = 0.0
for round = 1, 5 do
  local a = {}
  for i = 1, n do a[i] = random(1.0) end
  heapsort(a, n)
  for i = 2, n do
    if a[i - 1] > a[i] then error("not sorted at " .. i) end
  end
  checksum = checksum + a[1] + a[n] + a[math.floor(n / 2)]
end
print(string.format("%.10f", checksum))
