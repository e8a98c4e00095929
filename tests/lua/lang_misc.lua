-- string for bounds, long-string newlines, '#' lines in load, numeric literal edges, upvalues and varargs across coroutines
-- integer/float for loop accumulations and string for-loop bounds
for i = "10", 12 do io.write(i, math.type(i), " ") end print()
print(pcall(function() for i = 1, "x" do end end))
-- long strings with leading newline variants
print(#[[
]], #[[

]], [==[
]]]==])
-- comments at EOF without newline handled; shebang only in files
print(load("#!/bin/lua\nreturn 1"))
-- numeric edge literals
print(0x0.1p4, 0x1p-1074 > 0, 1e-324, 0xffffffffffffffff == -1, 0x8000000000000000 == math.mininteger)
print(1 // 1e-310 > 1e300, math.type(0x7fffffffffffffff * 2))
-- upvalues shared between coroutine and main
local shared = 0
local co = coroutine.wrap(function() while true do shared = shared + 1; coroutine.yield(shared) end end)
co(); co(); shared = shared + 10
print(co(), shared)
-- closures over loop variables survive coroutine switches
local fs = {}
local gen = coroutine.wrap(function() for i = 1, 3 do local j = i * 2; fs[i] = function() return i, j end; coroutine.yield() end end)
gen(); gen(); gen()
print(fs[1](), fs[2](), fs[3]())
-- varargs in coroutines
local vc = coroutine.wrap(function(...) local n = select("#", ...); local a = {coroutine.yield(n, ...)}; return #a, ... end)
print(vc(1, nil, 3))
print(vc("x", "y"))
