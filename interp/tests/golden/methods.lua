local obj = {}
function obj.new(x) return setmetatable({x = x}, obj) end
function obj:get() return self.x end
function obj.a.b.c:m(y) self.x = y end
local o = obj.new(1)
o:get()
print(o:get(), o.x)
string.format("%d", 1):rep(3)
return ("x"):rep(2)
