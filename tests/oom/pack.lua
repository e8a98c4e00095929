-- Out of memory under `ulimit -v 1500000` (tests/cli.rs): string.pack and string.unpack of
-- program-sized items are caught, then the VM goes on.
local s = string.rep("x", 2^29)
local t = s .. "y"
print(pcall(string.pack, "z", s))
print(pcall(string.pack, ">s4", t))
print(pcall(string.pack, "c" .. #s, s))
print(pcall(string.pack, "c2000000000", ""))
print(pcall(string.pack, string.rep("c200000000", 9), "", "", "", "", "", "", "", "", ""))
print(pcall(string.unpack, "c" .. #s, s))
s, t = nil, nil collectgarbage()
print("still usable", #string.pack("z s4 c3", "ab", "cd", "e"), string.unpack("z", "ab\0"))
