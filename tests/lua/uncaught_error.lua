-- an uncaught runtime error prints the message and a traceback to stderr and exits with status 1
print("before the error")
local function inner(t)
  return t.missing.field
end
local obj = {}
function obj.method(self) return inner(self) end
local function run() return (obj:method()) end
run()
print("never printed")
