local i = 0
while i < 10 do i = i + 1 end
repeat local j = i; i = i - 1 until j < 5
repeat
  local k = i
  local f = function() return k end
  i = i + 1
until k > 20
while true do
  if i > 30 then break end
  i = i + 1
end
return i
