-- A file's __gc and __close check their argument as PUC's f_gc does
-- (luaL_checkudata): calling them with anything but a file is an error.
local mt = getmetatable(io.stdin)
for _, name in ipairs { "__gc", "__close" } do
  local ok, msg = pcall(mt[name])
  print(name, ok, string.match(msg, "%(.*%)"))
  ok, msg = pcall(mt[name], 1)
  print(name, ok, string.match(msg, "%(.*%)"))
  print(name, pcall(mt[name], io.stdout))
end
print(pcall(load("getmetatable(io.stdin).__gc()")))
local f = io.tmpfile()
mt.__gc(f)
print(io.type(f))
