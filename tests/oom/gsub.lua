-- Out of memory under `ulimit -v 1500000` (tests/cli.rs): caught, then the VM goes on.
local big = string.rep("x", 2^24)
print(pcall(string.gsub, big, "x", string.rep("y", 200)))
big = nil collectgarbage()
print("still usable", (string.gsub("hello", "l", "L")))
