-- numeric loops: nested integer for loops with arithmetic and a while loop
local sum = 0
for i = 1, 6000 do
  for j = 1, 6000 do
    sum = sum + (i * j) % 7
  end
end
local k, acc = 0, 0
while k < 20000000 do
  k = k + 1
  if k % 3 == 0 then acc = acc + k else acc = acc - 1 end
end
print(sum, acc)
