-- package.loadlib of a library without the requested function: nil, the loader's message, "init"
print(package.loadlib("libz.so", "luaopen_z"))
print(package.loadlib("libz.so.1", "*"))
print(package.loadlib("/no/such/lib.so", "luaopen_x"))
print(pcall(package.loadlib))
