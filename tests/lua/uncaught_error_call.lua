-- error() called with a string: traceback includes the native 'error' frame
local function check(v)
  if v > 2 then error("value too large: " .. v) end
  return v
end
for i = 1, 5 do print(check(i)) end
