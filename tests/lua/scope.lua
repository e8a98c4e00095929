-- scoping: blocks, shadowing, globals vs locals, upvalues of shadowed names
x = "global"
local x = "local"
print(x, _G.x)
do
  local x = "block"
  print(x)
  do
    local x = x .. "+inner"
    print(x)
  end
  print(x)
end
print(x)

local function f()
  local x = "function"
  local function g() return x end
  x = "function changed"
  return g()
end
print(f(), x)

-- a local is visible only after its declaration statement
local y = 1
do
  local y = y + 1 -- right-hand y is the outer one
  print(y)
end
local function rec() return type(rec) end -- local function sees itself
print(rec())
local notrec = function() return type(notrec) end -- plain local does not
print(notrec())

-- loop variables are scoped to the loop body
for i = 1, 2 do local inner = i end
print(i, inner)

-- many locals in one function
local l1, l2, l3, l4, l5, l6, l7, l8, l9, l10 = 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
local l11, l12, l13, l14, l15, l16, l17, l18, l19, l20 = 11, 12, 13, 14, 15, 16, 17, 18, 19, 20
print(l1 + l2 + l3 + l4 + l5 + l6 + l7 + l8 + l9 + l10 + l11 + l12 + l13 + l14 + l15 + l16 + l17 + l18 + l19 + l20)

-- globals are fields of _ENV
print(rawget(_G, "x"), rawget(_G, "y"))
newglobal = 42
print(_G.newglobal, _ENV.newglobal)
_G.newglobal = nil
print(newglobal)

-- shadowing a function parameter
local function shadow(a)
  local a = a or "default"
  return a
end
print(shadow(), shadow("given"))

-- nested functions capturing variables from different levels
local function level1()
  local a = 1
  return function()
    local b = 2
    return function()
      local c = 3
      return function() return a + b + c end
    end
  end
end
print(level1()()()())
