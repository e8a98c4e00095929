-- an error inside a metamethod: the traceback shows the metamethod frame
local strict = setmetatable({}, {__index = function(t, k)
  error("undefined field '" .. tostring(k) .. "'", 2)
end})
local mt = {__add = function(a, b) return a.value + b end}
local obj = setmetatable({value = 1}, mt)
print(obj + 1)
print(strict.known)
