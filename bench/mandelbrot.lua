-- float math: Mandelbrot set membership on a grid
local N = 1000
local maxiter = 100
local inside = 0
for y = 0, N - 1 do
  local ci = 2.0 * y / N - 1.0
  for x = 0, N - 1 do
    local cr = 2.5 * x / N - 2.0
    local zr, zi = 0.0, 0.0
    local escaped = false
    for _ = 1, maxiter do
      local zr2, zi2 = zr * zr, zi * zi
      if zr2 + zi2 > 4.0 then escaped = true break end
      zi = 2.0 * zr * zi + ci
      zr = zr2 - zi2 + cr
    end
    if not escaped then inside = inside + 1 end
  end
end
print(inside)
