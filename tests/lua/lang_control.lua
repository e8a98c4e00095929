-- numeric for with int/float steps and limits, generic for closing value, repeat scope, goto idioms
-- assignment evaluation order
local a = {}
local i = 1
i, a[i] = i+1, 20
print(i, a[1], a[2])
local x, y = 1, 2
x, y = y, x
print(x, y)
local t = setmetatable({}, {__newindex = function(t,k,v) print("set", k, v) rawset(t,k,v) end})
t.a, t.b, t.c = 1, 2, 3
local function f() print("f") return 1 end
local function g() print("g") return 2 end
local u = {}
u[f()], u[g()] = g(), f()
print(u[1], u[2])
-- numeric for
for i = 1, 3, 0.5 do io.write(i, " ") end print()
for i = 3, 1, -0.5 do io.write(i, " ") end print()
for i = 1, 3.7 do io.write(i, " ") end print()
for i = 1.0, 3 do io.write(i, " ") end print()
for i = math.maxinteger - 2, math.maxinteger do io.write(i, " ") end print()
for i = math.mininteger, math.mininteger + 2 do io.write(i, " ") end print()
for i = math.mininteger + 2, math.mininteger, -1 do io.write(i, " ") end print()
for i = 1, math.huge do if i > 3 then break end io.write(i, " ") end print()
for i = 1, -math.huge do io.write(i, " ") end print("none")
for i = 0, 0.3, 0.1 do io.write(i, " ") end print()
for i = 3, 2.5 do print("no") end
for i = 1, 3, math.maxinteger do io.write(i, " ") end print()
for i = -1, -3, math.mininteger do io.write(i, " ") end print()
for i = 1, 0.5 do print("no") end
for i = 0, 2^53 + 10, 2^52 do io.write(string.format("%.0f ", i)) end print()
for i = math.maxinteger - 1, 1e100 do io.write(i, " ") end print()
print(pcall(function() for i = 1, 10, 0.0 do end end))
print(pcall(function() for i = 1.0, 10, 0 do end end))
print(pcall(function() for i = 1, "x" do end end))
print(pcall(function() for i = 1, 2, {} do end end))
for i = "1", 2 do print("str", i) end
-- generic for 4th value
local function mk(tag) return setmetatable({}, {__close=function(_, e) print("close", tag, e) end}) end
for i in function(s, c) if c < 3 then return c + 1 end end, nil, 0, mk("a") do io.write(i, " ") end print()
for i in function(s, c) if c < 3 then return c + 1 end end, nil, 0, mk("b") do if i == 2 then break end end
local function ff() for i in function(s, c) if c < 3 then return c + 1 end end, nil, 0, mk("c") do if i == 2 then return "ret" end end end
print(ff())
print(pcall(function() for i in function(s, c) if c < 3 then return c + 1 end end, nil, 0, mk("d") do if i == 2 then error("boom") end end end))
print(pcall(function() for i in next, {}, nil, 42 do end end))
for i in next, {}, nil, nil do end
for i in next, {}, nil, false do end
-- repeat with locals in condition
local n = 0
repeat local m = n * 2; n = n + 1 until m >= 6
print(n)
local fs = {}
local k = 0
repeat local j = k; fs[#fs+1] = function() return j end; k = k + 1 until j >= 2
print(fs[1](), fs[2](), fs[3]())
-- repeat with continue-like goto
local i = 0
repeat
  i = i + 1
  if i % 2 == 0 then goto cont end
  io.write(i, " ")
  ::cont::
until i >= 7
print()
-- nested loops with goto continue
for a = 1, 3 do
  for b = 1, 3 do
    if b == 2 then goto next_b end
    io.write(a, b, " ")
    ::next_b::
  end
  if a == 2 then goto next_a end
  io.write("| ")
  ::next_a::
end
print()
print(load("goto l; local x = 1; ::l:: print(x)"))
print(load("do goto l; local x = 1; ::l:: print(x) end"))
print(load("repeat goto l; local x ::l:: until x"))
print(load("local x <const> = 1; x = 2"))
print(load("local x <const> = 1; local function f() x = 2 end"))
print(load("local x <close> = 1; x = 2"))
print(load("local x <closed> = 1"))
print(load("break"))
print(load("for i=1,2 do end break"))
print(load("::a:: do ::a:: end"))
print(load("goto continue"))
print(load("local function f() goto l end ::l::"))
while true do goto out end ::out:: print("out")
do goto l1 end ::l1:: print("l1")
