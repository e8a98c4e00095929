-- integer arrays: fannkuch-redux (prefix reversals over all permutations, max flips and alternating checksum)
local function fannkuch(n)
  local perm, current, count = {}, {}, {}
  for i = 0, n - 1 do current[i] = i end
  local max_flips, checksum, index = 0, 0, 0
  local r = n
  while true do
    while r ~= 1 do
      count[r - 1] = r
      r = r - 1
    end
    for i = 0, n - 1 do perm[i] = current[i] end
    local flips = 0
    local first = perm[0]
    while first ~= 0 do
      local lo, hi = 0, first
      while lo < hi do
        perm[lo], perm[hi] = perm[hi], perm[lo]
        lo = lo + 1
        hi = hi - 1
      end
      flips = flips + 1
      first = perm[0]
    end
    if flips > max_flips then max_flips = flips end
    if index % 2 == 0 then checksum = checksum + flips else checksum = checksum - flips end
    -- Next permutation: rotate the first r+1 elements left until a counter does not run out.
    while true do
      if r == n then return checksum, max_flips end
      local head = current[0]
      for i = 0, r - 1 do current[i] = current[i + 1] end
      current[r] = head
      count[r] = count[r] - 1
      if count[r] > 0 then break end
      r = r + 1
    end
    index = index + 1
  end
end

-- n = 10 takes ten times as long as 9: three rounds of 9 (each checked equal) keep the run near a second.
local n = 9
local checksum, flips = fannkuch(n)
for _ = 2, 3 do
  local c, f = fannkuch(n)
  if c ~= checksum or f ~= flips then error("fannkuch is not deterministic") end
end
print(string.format("%d\nPfannkuchen(%d) = %d", checksum, n, flips))
