-- line information the compiler gives: `then`, operator, separator, `)`, `}`, `do` and `...` lines, seen through line hooks and activelines
local function show(src)
  local f = assert(load(src))
  local active = {}
  for l in pairs(debug.getinfo(f, "L").activelines) do active[#active + 1] = l end
  table.sort(active)
  local lines = {}
  debug.sethook(function(_, line) lines[#lines + 1] = line end, "l")
  pcall(f)
  debug.sethook()
  lines[#lines] = nil -- the hook's own 'debug.sethook()' line
  print("active: " .. table.concat(active, " "), "trace: " .. table.concat(lines, " "))
end

-- the test of 'if' is on the line of 'then'
show("if\nmath.sin(1)\nthen\n  a=1\nelse\n  a=2\nend\n")
show("while math.sin(1) do\n  if math.sin(1)\n  then break\n  end\nend\na=1")
show("local x = 1\nif x > 0\nthen\n  x = 2\nelseif x <\n  0\nthen\n  x = 3\nend\n")

-- a binary operator split across lines: left operand and operation on the operator's line
show("local b = {10}\na = b[1] \n\n + \n\n b[1]\nb = 4\n")
show("local a, b = 1, 2\nlocal c = a\n  <\n  b\nlocal d = a and\n  b or\n  c\nlocal s = 'x' ..\n  'y' ..\n  d\n")

-- constructor items: stored at their separator's line, the last one at the '}' line
show("local a = {\n1,\n2,\n3\n}\nlocal b = {\nx=1,\ny=math.sin(1)\n}\n")
show("local t = {\n  1,\n  2;\n  3,\n}\nlocal u = {f = 1,\n  g = 2, 10\n  , 20\n}\n")
show("local t = {\n  math.sin(1),\n}\nlocal w = {\n  ...\n}\n")

-- call arguments: at the ',' line, the last one at the ')' line
show("local function f(...)\n  return ...\nend\nlocal r = f(\n  1,\n  2\n)\nf\n(\n3\n)\n")
show("local o = {m = function(self, a) return a end}\no\n:m(1)\no:m\n(2)\n")

-- multiple assignment values; loop preparation on the 'do' line
show("local a = {}\na.x, a.y =\n  1,\n  2\na\n[\n1\n]\n=\n3\n")
show("for i = 1,\n  2 do\nend\nfor k, v in\n  pairs({})\n  do\nend\nfor i = 1, 2\n do local x = i end\n")

-- a large gap between operands (as db.lua checks)
for _, gap in ipairs({1, 127, 128, 256}) do
  show("local b = {10}\na = b[1]" .. string.rep("\n", gap) .. " + " .. string.rep("\n", gap) .. "b[1]\nb = 4\n")
end
