-- os.exit(0, true) inside a finalizer run while the state closes: the nested
-- close runs the finalizers still pending, and an object given a __gc while
-- the state closes is never finalized. collectgarbage() inside __gc is fail.
print("creating 1")
one = setmetatable({}, {__gc = function () print(1) end})

print("creating 2")
two = setmetatable({}, {__gc = function ()
  print("2")
  print("creating 3")
  three = setmetatable({}, {__gc = function () print(3) end})
  print(collectgarbage())
  os.exit(0, true)
end})
