-- Numeric for loops at the integer range edges, with negative and non-unit steps, skipped loops and errors (ForPrep has an inline integer path in compiled code).
local r = {}
local function run(a, b, c) local n, last = 0, nil for i = a, b, c do n = n + 1 last = i if n > 20 then break end end return n, last end
for _, t in ipairs({{1,10,1},{10,1,1},{1,10,3},{10,1,-3},{5,5,1},{5,5,-1},{math.mininteger, math.mininteger+2, 1},{math.maxinteger-2, math.maxinteger, 1},{math.maxinteger, math.maxinteger-3, -2},{0, -7, -7},{1, 3.5, 1},{1.0, 3, 1},{3, 1, -1}}) do
  local n, last = run(t[1], t[2], t[3]); r[#r+1] = n .. ":" .. tostring(last)
end
print(table.concat(r, " "))
print(pcall(run, 1, 10, 0))
print(pcall(run, 1, "x", 1))
