-- Integer modulo and floor division by zero raise (the one number.rs rule:
-- int_mod/int_floor_div never decide the error, arith_num does), in every
-- instruction form: registers, constants, string coercion, folding left alone.
local z, one = 0, 1
local function try(f) print(pcall(f)) end
try(function() return one % z end)
try(function() return one // z end)
try(function() return one % 0 end)
try(function() return one // 0 end)
try(function() return 1 % 0 end)
try(function() return 1 // 0 end)
try(function() return "7" % z end)
try(function() return 7 % "0" end)
try(function() return "7" // "0" end)
-- floats divide by zero without error
print(one % 0.0 ~= one % 0.0, one // 0.0, -one // 0.0)
print(math.mininteger % -1, math.mininteger // -1)
local m = -1
print(math.mininteger % m, math.mininteger // m, 7 % m, -7 // m)
for _, p in ipairs({{7, 3}, {-7, 3}, {7, -3}, {-7, -3}, {6, -3}, {0, 5}}) do
  print(p[1] % p[2], p[1] // p[2], p[1] % (p[2] + 0.0), p[1] // (p[2] + 0.0))
end
-- the error raised is catchable and leaves the state usable
local ok, e = pcall(function() local t = {} ; t.x = one % z ; return t end)
print(ok, e, 10 % 4)
