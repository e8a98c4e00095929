-- kiln-only
-- Lifetimes kiln guarantees beyond LuaJIT (whose references and stored strings
-- dangle once their owner is collected): a field reference keeps its owner
-- alive, and a Lua string stored in a pointer field lives as long as the cdata
-- written. Not LuaJIT-compatible: the expected output follows from those rules.
local ffi = require("ffi")
local function show(...)
  local t = {...}
  for i = 1, select("#", ...) do t[i] = tostring(t[i]) end
  print(table.concat(t, " "))
end
ffi.cdef[[ struct holder { int n; int items[4]; }; ]]

-- a field reference keeps its owner alive
local items
do
  local h = ffi.new("struct holder", {7, {1, 2, 3, 4}})
  items = h.items
end
for i = 1, 200 do local _ = ffi.new("char[64]") end
collectgarbage()
show(items[0], items[3])

-- strings stored in pointer fields survive collections
ffi.cdef[[ struct named { const char *name; int id; }; ]]
local list = {}
for i = 1, 20 do
  list[i] = ffi.new("struct named", {"name" .. i, i})
end
for i = 1, 300 do local _ = {} end
collectgarbage()
local names = {}
for i = 1, 20, 5 do names[#names + 1] = ffi.string(list[i].name) end
show(table.concat(names, ","))
local one = ffi.new("struct named")
for i = 1, 50 do one.name = "n" .. i end
collectgarbage()
show(ffi.string(one.name))

-- a reference through a pointer keeps the pointer cdata, which anchors strings
ffi.cdef[[ struct pair { const char *a; const char *b; }; ]]
local pairs_ = ffi.new("struct pair[2]")
local pp = ffi.cast("struct pair *", pairs_)
pp[1].a = "first" .. 1
pp[1].b = string.rep("x", 3)
for i = 1, 300 do local _ = {i} end
collectgarbage()
show(ffi.string(pairs_[1].a), ffi.string(pairs_[1].b))
