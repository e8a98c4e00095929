-- method calls and simple object orientation
local Point = {}
Point.__index = Point

function Point.new(x, y)
  return setmetatable({x = x, y = y}, Point)
end

function Point:add(o)
  return Point.new(self.x + o.x, self.y + o.y)
end

function Point:__tostring()
  return "(" .. self.x .. ", " .. self.y .. ")"
end
Point.__add = Point.add
Point.__eq = function(a, b) return a.x == b.x and a.y == b.y end

local p = Point.new(1, 2)
local q = Point.new(3, 4)
print(tostring(p:add(q)))
print(tostring(p + q))
print(p == Point.new(1, 2), p ~= q, rawequal(p, Point.new(1, 2)))

-- inheritance
local Animal = {}
Animal.__index = Animal
function Animal.new(name, sound)
  local self = setmetatable({}, Animal)
  self.name, self.sound = name, sound
  return self
end
function Animal:speak() return self.name .. " says " .. self.sound end
function Animal:kind() return "animal" end

local Dog = setmetatable({}, {__index = Animal})
Dog.__index = Dog
function Dog.new(name)
  local self = Animal.new(name, "woof")
  return setmetatable(self, Dog)
end
function Dog:kind() return "dog, an " .. Animal.kind(self) end
function Dog:fetch(n) return self.name .. " fetches " .. n .. " sticks" end

local d = Dog.new("rex")
print(d:speak())
print(d:kind())
print(d:fetch(3))
print(getmetatable(d) == Dog, rawget(d, "speak"))

-- method call on expressions and strings
local s = "hello"
print(s:upper(), ("abc"):rep(2), #s:sub(2))
print(("%d items"):format(5))
local obj = {items = {n = 0}}
function obj.items:push(v) self.n = self.n + 1; self[self.n] = v; return self end
obj.items:push("a"):push("b")
print(obj.items.n, obj.items[1], obj.items[2])

-- method on a table field chain with self passed explicitly
local acc = {total = 0}
function acc.add(self, v) self.total = self.total + v end
acc:add(5)
acc.add(acc, 10)
print(acc.total)

-- method call evaluates the object once
local calls = 0
local function get() calls = calls + 1; return acc end
get():add(1)
print(calls, acc.total)

-- varargs through methods
function acc:many(...) return select("#", ...), ... end
print(acc:many(1, nil, 3))

-- class with a class-level counter via closure
local function Counter()
  local count = 0
  local c = {}
  function c:inc() count = count + 1; return self end
  function c:get() return count end
  return c
end
local c1, c2 = Counter(), Counter()
c1:inc():inc()
c2:inc()
print(c1:get(), c2:get())
