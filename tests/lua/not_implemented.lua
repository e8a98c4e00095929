-- kiln-only: package.loadlib answers as a PUC build without dlopen
print(package.loadlib("libz.so", "luaopen_z"))
print(pcall(package.loadlib))
