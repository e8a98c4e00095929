-- requires C module: cjson
-- Debian's lua-cjson (a C module built for lua5.4) loaded through kiln's C API.
local cjson = require("cjson")
print(type(cjson), type(cjson.encode), cjson._NAME, type(cjson.null))

-- Encoding: arrays, objects with sorted output (one key each keeps the order fixed), nesting, escapes.
print(cjson.encode({ 1, 2, 3, "four", true, false }))
print(cjson.encode({ a = { b = { c = "deep" } } }))
print(cjson.encode("quote \" backslash \\ newline \n tab \t slash /"))
print(cjson.encode(cjson.null), cjson.encode(42), cjson.encode(-0.5), cjson.encode(1e300))
print(cjson.encode({}), cjson.encode({ [1] = "x", [2] = "y" }))

-- Decoding gives Lua values; null is a light userdata sentinel.
local t = cjson.decode('{"list":[10,20.5,"s",null,true],"obj":{"k":"v"},"e":1e3,"u":"\\u00e9\\u4e2d"}')
print(#t.list, t.list[1], t.list[2], t.list[3], t.list[4] == cjson.null, t.list[5])
print(t.obj.k, t.e, math.type(t.list[1]), t.u)
print(cjson.decode("[]")[1], cjson.decode('"str"'), cjson.decode("123"), cjson.decode("true"))

-- Round trips of many values (under a small nursery this allocates across collections).
local big = {}
for i = 1, 200 do big[i] = { id = i, name = "item" .. i } end
local back = cjson.decode(cjson.encode(big))
local sum = 0
for i = 1, #back do sum = sum + back[i].id end
print(#back, sum, back[200].name)

-- Errors raised from C (luaL_error / lua_error), caught by pcall: Lua's messages.
print(pcall(cjson.decode, "{"))
print(pcall(cjson.decode, "[1,2"))
print(pcall(cjson.decode, "nul"))
print(pcall(cjson.encode, { f = print }))
print(pcall(cjson.encode, function() end))
local cyclic = {}
cyclic[1] = cyclic
print(pcall(cjson.encode, cyclic))
print(pcall(cjson.decode))
print(pcall(cjson.decode, {}))

-- Options (configuration kept in the module's upvalue userdata).
print(cjson.encode_sparse_array())
print(pcall(cjson.encode, { [1] = 1, [20] = 2 }))
cjson.encode_sparse_array(true)
print(cjson.encode({ [1] = 1, [20] = 2 }))
print(cjson.encode_number_precision(3), cjson.encode(math.pi))
print(pcall(cjson.encode_number_precision, 99))
print(cjson.encode_invalid_numbers(), pcall(cjson.encode, 0 / 0))

-- cjson.safe returns nil and a message instead of raising.
local safe = require("cjson.safe")
print(safe.decode("{oops"))
print(safe.encode({ 1, 2 }))
local new = cjson.new()
print(new.encode({ x = 1 }), new ~= cjson)
