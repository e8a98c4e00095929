-- hello.lua: the first script to run with kiln
print("hello from " .. _VERSION)

local function greet(name, ...)
  local extra = select("#", ...)
  return string.format("hello, %s (%d more argument%s)", name, extra, extra == 1 and "" or "s")
end
print(greet(arg and arg[1] or "world", select(2, ...)))
