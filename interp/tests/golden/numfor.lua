local t = {}
for i = 1, 10 do t[i] = i end
for i = 10, 1, -1 do t[i] = t[i] * 2 end
for x = 0.5, 2.5, 0.5 do t[#t + 1] = x end
for i = 1, 3 do
  local f = function() return i end
  t[i] = f
end
return t
