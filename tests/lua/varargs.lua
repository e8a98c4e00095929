-- varargs, select, table.pack/unpack
local function count(...) return select("#", ...) end
print(count(), count(nil), count(nil, nil), count(1, nil, 3, nil))

local function pass(...) return ... end
print(pass(1, 2, 3))
print((pass(1, 2, 3)))
print(pass(1, 2, 3), "end")
print("start", pass(1, 2, 3))

local function second(...) local _, b = ...; return b end
print(second("a", "b", "c"))

print(select(2, "a", "b", "c"))
print(select(-1, "a", "b", "c"))
print(select(-3, "a", "b", "c"))
print(pcall(select, 0, "a"))
print(pcall(select, -4, "a", "b", "c"))

local packed = table.pack(1, nil, 3)
print(packed.n, packed[1], packed[2], packed[3])
print(table.unpack({1, 2, 3}))
print(table.unpack({1, 2, 3}, 2))
print(table.unpack({1, 2, 3}, 2, 5))
print(table.unpack({}, 1, 0))

-- varargs in table constructors
local function tbl(...) return {...} end
print(#tbl(1, 2, 3), #tbl())
local t = {pass(1, 2), pass(3, 4)}
print(#t, t[1], t[2], t[3])

-- varargs in the main chunk are the script arguments
print("main chunk args", select("#", ...))

-- vararg functions with fixed parameters
local function fixed(a, b, ...)
  return a, b, select("#", ...), ...
end
print(fixed(1))
print(fixed(1, 2, 3, 4))

-- forwarding many values
local many = {}
for i = 1, 250 do many[i] = i end
local function sum(...)
  local s = 0
  for i = 1, select("#", ...) do s = s + (select(i, ...)) end
  return s
end
print(sum(table.unpack(many)))
print(select("#", table.unpack(many)))

-- varargs captured through a closure via a table
local function collect(...)
  local args = table.pack(...)
  return function() return table.unpack(args, 1, args.n) end
end
print(collect("x", nil, "z")())

-- string.format with varargs
print(string.format("%d-%s-%q", 7, "seven", "7"))
