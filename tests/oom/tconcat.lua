-- Out of memory under `ulimit -v 1500000` (tests/cli.rs): caught, then the VM goes on.
local big = string.rep("x", 2^27)
local t = {} for i = 1, 64 do t[i] = big end
print(pcall(table.concat, t))
print(pcall(table.concat, t, ","))
t = nil big = nil collectgarbage()
print("still usable", table.concat({1, 2, 3}, ","))
