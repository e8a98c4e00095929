-- goto and labels
for i = 1, 5 do
  if i % 2 == 0 then goto continue end
  io.write(i, " ")
  ::continue::
end
print()

-- backward goto as a loop
local n = 0
::top::
n = n + 1
if n < 4 then goto top end
print("n", n)

-- goto out of nested loops
for i = 1, 3 do
  for j = 1, 3 do
    if i * j == 4 then goto done end
  end
end
::done::
print("done")

-- each iteration via goto gets a fresh local for closures
local fs = {}
do
  local i = 1
  ::again::
  local x = i * 10
  fs[i] = function() return x end
  i = i + 1
  if i <= 3 then goto again end
end
print(fs[1](), fs[2](), fs[3]())

-- labels at end of block; nested blocks may reuse label names
do
  goto e
  print("skipped")
  ::e::
end
do
  do goto e end
  ::e::
  print("inner label")
end

-- compile errors for bad gotos
print(load("goto nowhere"))
print(load("do local x ::l:: end goto l"))
print(load("::a:: ::a::"))
print(load("goto f; local x; ::f:: print(x)"))
-- jumping to a label at the end of the block past a local is allowed
print(load("do goto f; local x; ::f:: end") ~= nil)
