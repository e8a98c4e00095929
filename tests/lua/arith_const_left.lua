-- constants on the left of + and * (coded with swapped operands): metamethod operand order, coercions, messages, dumped chunks, constant pools past 65535
local mt = {__add=function(a,b) return "add("..tostring(type(a))..","..tostring(type(b))..")" end,
            __mul=function(a,b) return "mul("..type(a)..","..type(b)..")" end}
local t = setmetatable({}, mt)
print(1 + t, t + 1, 2.5 * t, t * 2.5, 100000 + t, 1e300 * t)
print(2 * "3", "3" * 2, 1 + "0x10", 3 * 4, 3.0 * 4, 7 + 2^53, 2 * -0.0, -0.0 + 0.0)
local x = 5
print(2 * x, 1 + x, 2.0 * x, 0.5 + x, 2^63 * x, math.mininteger + x)
print(pcall(function() local y; return 2 * y end))
print(pcall(function() return 1 + undefinedglobal end))
print(pcall(function() local s = {} return 3 + s.f end))
print(pcall(function() return 1 + {} end))
print(pcall(function() return 1.5 * "abc" end))
local f = load(string.dump(function(z) return 2 * z + 1, 3 + z end))
print(f(10))
local src = "local z = ... return " .. table.concat((function() local r={} for i=1,300 do r[i]= (i+0.5) .. " * z" end return r end)(), " + ")
print(load(src)(2))
local parts = {"local t = ... local a = {"}
for i = 1, 70000 do parts[#parts+1] = (i + 0.25) .. "," end
parts[#parts+1] = "} return 99.5 * t, 99.5 + t, t * 99.5, 3 * #a"
local f = assert(load(table.concat(parts)))
local t = setmetatable({}, {__mul=function(a,b) return type(a)..type(b) end, __add=function(a,b) return type(a).."+"..type(b) end})
print(f(t))
