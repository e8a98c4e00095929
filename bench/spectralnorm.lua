-- float numeric: spectral norm of an infinite matrix by power iteration (A*u and A^T*u with a computed A)
local function a(i, j)
  local ij = i + j
  return 1.0 / (ij * (ij + 1) / 2 + i + 1)
end

local function times(n, u, out)
  for i = 0, n - 1 do
    local s = 0.0
    for j = 0, n - 1 do s = s + a(i, j) * u[j] end
    out[i] = s
  end
end

local function times_transposed(n, u, out)
  for i = 0, n - 1 do
    local s = 0.0
    for j = 0, n - 1 do s = s + a(j, i) * u[j] end
    out[i] = s
  end
end

local function ata_times(n, u, out, tmp)
  times(n, u, tmp)
  times_transposed(n, tmp, out)
end

local n = 600
local u, v, tmp = {}, {}, {}
for i = 0, n - 1 do u[i] = 1.0 end
for _ = 1, 10 do
  ata_times(n, u, v, tmp)
  ata_times(n, v, u, tmp)
end
local vbv, vv = 0.0, 0.0
for i = 0, n - 1 do
  vbv = vbv + u[i] * v[i]
  vv = vv + v[i] * v[i]
end
print(string.format("%.9f", math.sqrt(vbv / vv)))
