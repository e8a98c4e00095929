-- function names in tracebacks (field, method, global, local, upvalue, module, metamethods,
-- for iterator, __close) and errors raised by every kind of metamethod.
local M = {}
function M.field_fn() error("e1") end
function M:method_fn() self.field_fn() end
function global_fn() M:method_fn() end
local function local_fn() global_fn() end
local up_fn = function() local_fn() end
local t = {[1] = function() up_fn() end}
package.loaded.mymod = {modf = function() t[1]() end}
local mm = setmetatable({}, {__index = function() package.loaded.mymod.modf() end, __call = function() return mm.x end})
local co = coroutine.wrap(function() mm() end)
print(xpcall(function() co() end, debug.traceback))
print(xpcall(function() for _ in function() error("iter") end do end end, debug.traceback))
print(xpcall(function() local x <close> = setmetatable({}, {__close = function() error("cl") end}) end, debug.traceback))
print(xpcall(function() return setmetatable({}, {__concat = function() error("cc") end}) .. "x" end, debug.traceback))
print(xpcall(function() return setmetatable({}, {__eq = function() error("eq") end}) == setmetatable({}, {__eq = function() end}) end, debug.traceback))
print(xpcall(function() return setmetatable({}, {__lt = function() error("lt") end}) < 1 end, debug.traceback))
print(xpcall(function() return setmetatable({}, {__le = function() error("le") end}) >= 1 end, debug.traceback))
print(xpcall(function() return #setmetatable({}, {__len = function() error("len") end}) end, debug.traceback))
print(xpcall(function() return -setmetatable({}, {__unm = function() error("unm") end}) end, debug.traceback))
print(xpcall(function() local t = setmetatable({}, {__newindex = function() error("ni") end}) t.x = 1 end, debug.traceback))
print(xpcall(function() return tostring(setmetatable({}, {__tostring = function() error("ts") end})) end, debug.traceback))
print(xpcall(function() return pairs(setmetatable({}, {__pairs = function() error("pairs") end})) end, debug.traceback))
print(xpcall(function() return table.sort({1, 2, 3}, function() error("sortcmp") end) end, debug.traceback))
print(xpcall(function() return load(function() error("reader") end) end, debug.traceback))
print(xpcall(function() local t = setmetatable({}, {__index = function(t, k) return t[k] end}) return t.x end, function(m) return (debug.traceback(m):gsub("\n.*", "")) end))
