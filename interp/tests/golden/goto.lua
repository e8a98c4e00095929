for i = 1, 3 do
  for j = 1, 3 do
    if j == 2 then goto continue end
    print(i, j)
    ::continue::
  end
end
do
  local x = 1
  ::top::
  local y = function() return x end
  x = x + 1
  if x < 5 then goto top end
end
goto done
print("skipped")
::done::
