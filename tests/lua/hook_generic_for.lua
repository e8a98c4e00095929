-- generic for: no hook between TForPrep and TForCall or TForCall and TForLoop (count and line hooks, native and Lua iterators)
local function iter(s, i) if i < 3 then return i + 1 end end
local n = 0
debug.sethook(function() n = n + 1 end, "", 1)
for i in iter, nil, 0 do local x = i end
for k, v in pairs({1, 2}) do local y = v end
debug.sethook()
print(n)
local t = {}
debug.sethook(function(e, l) t[#t+1] = l end, "l")
for i in iter, nil, 0 do local x = i end
for k, v in
  iter, nil, 0
  do local x = k end
debug.sethook()
print(table.concat(t, " "))
