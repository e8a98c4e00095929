-- goto/label rules, break and return placement, method calls and call syntax
-- goto details
for i = 1, 3 do
  local j = 0
  ::redo::
  j = j + 1
  if j < i then goto redo end
  io.write(i, ":", j, " ")
end
print()
-- goto continue in while and repeat with locals
local i = 0
while i < 5 do
  i = i + 1
  local odd = i % 2 == 1
  if odd then goto continue end
  io.write(i, " ")
  ::continue::
end
print()
i = 0
repeat
  i = i + 1
  if i == 2 then goto skip end
  io.write(i, " ")
  ::skip::
  local stop = i >= 4
until stop
print()
-- closures created in a goto loop capture fresh locals
local fns = {}
do
  local k = 1
  ::top::
  local v = k
  fns[#fns + 1] = function() return v end
  k = k + 1
  if k <= 3 then goto top end
end
print(fns[1](), fns[2](), fns[3]())
-- labels: visible in nested blocks, not in nested functions
print(load("::l:: do goto l end") ~= nil)
print(select(2, load("::l:: local function f() goto l end")) or "compiles")
print(select(2, load("do ::l:: end goto l")) or "compiles")
print(select(2, load("goto l; do ::l:: end")) or "compiles")
print(select(2, load("local x; goto l; x = 1; ::l::")) or "compiles")
print(select(2, load("goto l; local x; ::l:: ; ;")) or "compiles")
print(select(2, load("goto l; local x; ::l:: x = 1")) or "compiles")
print(select(2, load("repeat local x; goto l; ::l:: until x")) or "compiles")
print(select(2, load("repeat goto l; local x; ::l:: until x")) or "compiles")
print(select(2, load("::l:: ::m:: goto l")) or "compiles")
print(load("for i = 1, 2 do ::l:: end ::l::") ~= nil)
print(select(2, load("::l:: do ::l:: end")) or "compiles")
print(load("while true do goto l end ::l::") ~= nil)
print(load("local a <close> = nil; goto l; ::l::") ~= nil)
print(select(2, load("goto l; local a <close> = nil; ::l:: print(1)")) or "compiles")
-- break as last statement and in nested functions
print(load("while true do break; end") ~= nil, load("while true do break print(1) end") ~= nil)
print(select(2, load("while true do local function f() break end end")) or "compiles")
print(select(2, load("if true then break end")) or "compiles")
-- numeric for variable is a copy
for k = 1, 2 do k = k * 10; io.write(k, " ") end print()
-- nested break only exits the inner loop
for a = 1, 2 do for b = 1, 3 do if b == 2 then break end io.write(a, b, " ") end end print()
-- return must be last
print(select(2, load("return 1 print(2)")) or "compiles")
print(load("do return end print(2)") ~= nil)
print(select(2, load("return; return")) or "compiles")
print(load("return 1;") ~= nil)
-- method definitions and calls
local obj = {n = 1}
function obj.get(self) return self.n end
function obj:inc(d) self.n = self.n + (d or 1) return self end
print(obj:inc():inc(5):get(), obj.get(obj))
local s = "abc"
print(s:upper(), ("x"):rep(3, "-"), #s:rep(2), s:sub(2):upper())
print(("%d-%d"):format(1, 2), ([[a]]):byte(), ("abc"):find("b", 1, true))
-- call with string/table literal arguments and chained calls
local function id(...) return ... end
print(id"x", id{1}[1], id[[y]], type(id{}))
local f = function() return function() return "chained" end end
print(f()())
print(load("f\n()") ~= nil)
print(load("local a = f\n(g)(h)") ~= nil)
-- semicolons and empty statements
;;;
do ; end
print("ok")
