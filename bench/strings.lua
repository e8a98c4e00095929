-- string-heavy: concatenation, string.format, gsub, find, sub, byte
local parts = {}
for i = 1, 500000 do parts[#parts + 1] = string.format("%d:%s", i, "x") end
local s = table.concat(parts, ",")
local replaced, n = s:gsub("(%d+):x", "%1=y")
local found = 0
local pos = 1
while true do
  local a, b = string.find(replaced, "=y", pos, true)
  if not a then break end
  found = found + 1
  pos = b + 1
end
local acc = ""
for i = 1, 20000 do acc = acc .. string.sub("abcdef", i % 6 + 1, i % 6 + 1) end
local bytes = 0
for i = 1, #acc do bytes = bytes + acc:byte(i) end
local upper = 0
for w in s:gmatch("%d+") do upper = upper + #w end
print(#s, n, found, #acc, bytes, upper, string.rep("ab", 3, "-"))
