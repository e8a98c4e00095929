-- kiln-only: collectgarbage("count") and friends are sane (exact numbers differ between implementations)
local before = collectgarbage("count")
print(type(before), before > 0)
local hold = {}
for i = 1, 100000 do hold[i] = {i} end
local during = collectgarbage("count")
print("grew", during > before)
hold = nil
collectgarbage()
collectgarbage()
local after = collectgarbage("count")
print("shrank", after < during)
print("step", type(collectgarbage("step")))
print("collect returns", collectgarbage("collect"))
collectgarbage("incremental")
print("generational", collectgarbage("generational"))
print("incremental", collectgarbage("incremental"))
print(pcall(collectgarbage, "bogus"))
