-- a runtime error deep in a numeric loop inside nested calls, reported with upvalue names
local total
local function add(v) total = total + v end
local function loop(n)
  for i = 1, n do add(i) end
end
loop(3)
