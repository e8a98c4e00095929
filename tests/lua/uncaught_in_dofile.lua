-- an uncaught error inside a dofile'd chunk: the traceback shows dofile
local function run(name)
  local r = dofile(name)
  return r
end
print("before")
run("modules/failing_chunk.lua")
