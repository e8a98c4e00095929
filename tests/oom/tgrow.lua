-- Out of memory under `ulimit -v 1500000` (tests/cli.rs): caught, then the VM goes on.
local t = {}
local ok, e = pcall(function() local i = 1 while true do t[i] = i; i = i + 1 end end)
print(ok, e)
t = nil
collectgarbage()
local s = {} for i = 1, 100 do s[i] = i end
print("still usable", #s)
