-- Base library: types, conversions, raw access, iteration, metatables, assert.

local function try(f, ...)
  local ok, err = pcall(f, ...)
  print(ok, err)
end

-- type and tostring
print(type(nil), type(true), type(1), type(1.5), type("s"), type({}), type(print), type(coroutine.create(print)))
print(tostring(nil), tostring(false), tostring(12), tostring(-0.0), tostring(1e100), tostring(2^63), tostring("x"))
try(type)
try(tostring)
print(tostring(setmetatable({}, {__tostring = function() return "custom" end})))
print(tostring(setmetatable({}, {__tostring = function() return 42 end})))
try(tostring, setmetatable({}, {__tostring = function() return {} end}))
print((tostring(setmetatable({}, {__name = "MyType"})):gsub("0x%x+", "ADDR")))

-- tonumber
print(tonumber("0x10"), tonumber("  10  "), tonumber("1e1"), tonumber(""), tonumber("0x"), tonumber("1 2"))
print(tonumber("10", 16), tonumber("ff", 16), tonumber("zz", 36), tonumber(" -7 ", 8), tonumber("8", 8))
print(tonumber("7fffffffffffffff", 16), tonumber("ffffffffffffffff", 16), tonumber("1.0", 10))
print(tonumber(nil), tonumber({}), tonumber(42), tonumber(4.5))
try(tonumber)
try(tonumber, 10, 16)
try(tonumber, "10", 99)
try(tonumber, "10", 1.5)

-- raw access
local t = setmetatable({}, {__index = function() return "meta" end, __newindex = function() error("no") end})
print(t.x, rawget(t, "x"))
rawset(t, "x", 1)
print(t.x, rawget(t, "x"), rawlen({1, 2, 3}), rawlen("abcd"))
print(rawequal("a", "a"), rawequal({}, {}), rawequal(1, 1.0))
try(rawlen, 5)
try(rawget, 1, 1)
try(rawget, {})
try(rawset, {}, nil, 1)
try(rawset, {}, 0/0, 1)
try(rawequal, 1)

-- next, pairs, ipairs
print(next({}))
try(next, {}, "nokey")
local keys = {}
for k, v in pairs({10, 20, 30}) do keys[#keys + 1] = k .. "=" .. v end
print(table.concat(keys, " "))
for i, v in ipairs({1, 2, nil, 4}) do io.write(i, ":", v, " ") end
print()
local proxy = setmetatable({}, {__index = function(_, i) if i <= 3 then return i * 10 end end})
for i, v in ipairs(proxy) do io.write(i, ":", v, " ") end
print()
local custom = setmetatable({}, {__pairs = function(self)
  return function(_, k) if not k then return 1, "one" elseif k < 3 then return k + 1, "more" end end, self, nil
end})
for k, v in pairs(custom) do io.write(k, "=", v, " ") end
print()
try(ipairs)
try(pairs)

-- metatables
local mt = {}
local obj = setmetatable({}, mt)
print(getmetatable(obj) == mt, getmetatable("abc").__index == string, getmetatable(1))
mt.__metatable = "locked"
print(getmetatable(obj))
try(setmetatable, obj, {})
try(setmetatable, 1, {})
try(setmetatable, {}, 1)
try(setmetatable, {})
try(getmetatable)
print(setmetatable(obj == obj and {} or nil, nil) ~= nil)

-- assert
print(assert(1, 2, 3))
print(select("#", assert(true, nil, nil)))
try(assert, false)
try(assert, nil, "custom message")
try(assert, false, 42)
try(assert)
print(_VERSION)
