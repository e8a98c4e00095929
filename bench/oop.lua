-- method calls and inheritance through metatables
local Vec = {}
Vec.__index = Vec
function Vec.new(x, y) return setmetatable({x = x, y = y}, Vec) end
function Vec:add(o) self.x = self.x + o.x; self.y = self.y + o.y; return self end
function Vec:dot(o) return self.x * o.x + self.y * o.y end

local Shape = {}
Shape.__index = Shape
function Shape.new(w, h) return setmetatable({w = w, h = h}, Shape) end
function Shape:area() return self.w * self.h end
function Shape:scale(k) self.w = self.w * k; self.h = self.h * k; return self end

local Square = setmetatable({}, {__index = Shape})
Square.__index = Square
function Square.new(s) return setmetatable(Shape.new(s, s), Square) end
function Square:side() return self.w end

local acc = Vec.new(0, 0)
local step = Vec.new(1, 2)
local dots = 0
for i = 1, 4000000 do
  acc:add(step)
  dots = dots + acc:dot(step) % 13
end
local area = 0
local sq = Square.new(1)
for i = 1, 4000000 do
  area = area + sq:area() + sq:side()
  if i % 1000 == 0 then sq = Square.new(i % 7 + 1) end
end
print(acc.x, acc.y, dots, area)
