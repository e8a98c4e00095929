-- Out of memory under `ulimit -v 1500000` (tests/cli.rs): caught, then the VM goes on.
print(pcall(string.rep, "x", 2^31))
print(pcall(string.rep, "x", 2^40))
print(pcall(string.rep, "x", 2^62))
print(pcall(string.rep, "abc", 2^62, ","))
print("still usable", #string.rep("x", 1000))
