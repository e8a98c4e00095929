-- debug.getuservalue/setuservalue: full userdata have a fixed number of user
-- values (io files none, as in PUC); other values answer fail; a light
-- userdata is not a full userdata for setuservalue.
local f = io.tmpfile()
print(select("#", debug.getuservalue(f)), debug.getuservalue(f))
print(debug.getuservalue(f, 1), debug.getuservalue(f, 0), debug.getuservalue(f, -1))
print(debug.getuservalue(io.stdout, 2))
print(debug.setuservalue(f, {}), debug.setuservalue(f, 10, 1), debug.setuservalue(f, 10, 0))
print(select("#", debug.setuservalue(f, nil, 2)))
for _, v in ipairs { {}, "s", 1, true, print, coroutine.create(print) } do
  print(type(v), select("#", debug.getuservalue(v)), debug.getuservalue(v, 1))
end
print(debug.getuservalue())

local light = debug.upvalueid(function () return f end, 1)
print(type(light), debug.getuservalue(light))
print(pcall(debug.setuservalue, light, {}))
print(pcall(debug.setuservalue, {}, 1))
print(pcall(debug.setuservalue, f))
print(pcall(debug.setuservalue))
print(pcall(debug.getuservalue, f, "x"))
print(pcall(debug.setuservalue, f, 1, 1.5))
print(debug.getuservalue(f, "1"))
f:close()
