-- float numeric on nested tables: dense matrix multiplication (rows as arrays), checked by trace and element sum
local function matrix(n, f)
  local m = {}
  for i = 1, n do
    local row = {}
    for j = 1, n do row[j] = f(i, j) end
    m[i] = row
  end
  return m
end

local function multiply(a, b, n)
  local c = {}
  for i = 1, n do
    local ai, ci = a[i], {}
    for j = 1, n do ci[j] = 0.0 end
    for k = 1, n do
      local aik, bk = ai[k], b[k]
      for j = 1, n do ci[j] = ci[j] + aik * bk[j] end
    end
    c[i] = ci
  end
  return c
end

local n = 280
local a = matrix(n, function(i, j) return ((i * j) % 7 + 1) / 8 end)
local b = matrix(n, function(i, j) return ((i + 2 * j) % 5 - 1.5) / n end)
local c = multiply(a, b, n)
c = multiply(c, a, n)
local trace, sum = 0.0, 0.0
for i = 1, n do
  trace = trace + c[i][i]
  for j = 1, n do sum = sum + c[i][j] end
end
print(string.format("%.6f %.6f", trace, sum))
