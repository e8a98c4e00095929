-- Out of memory under `ulimit -v 1500000` (tests/cli.rs): caught, then the VM goes on.
local big = string.rep("x", 2^27)
print(pcall(string.format, string.rep("%s", 64), table.unpack((function() local t = {} for i = 1, 64 do t[i] = big end return t end)())))
print(pcall(string.format, "%99d", 1))
big = nil collectgarbage()
print("still usable", string.format("%5d|%s", 42, "ok"))
