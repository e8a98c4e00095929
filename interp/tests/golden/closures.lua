local counter = 0
local function inc(n)
  counter = counter + n
  return counter
end
local function outer()
  local a = 1
  return function()
    local b = a + counter
    return function() a = a + b; return inc(a) end
  end
end
local function fact(n) if n <= 1 then return 1 end return n * fact(n - 1) end
return outer, fact
