-- kiln-only: the 5.4 functions kiln lacks raise an error naming them; loadlib answers as a PUC build without dlopen
for _, name in ipairs { "sethook", "gethook" } do
  local ok, err = pcall(debug[name])
  print(name, ok, err)
end
print(package.loadlib("libz.so", "luaopen_z"))
print(pcall(package.loadlib))
