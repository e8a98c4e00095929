-- a chunk that yields: run by yields_across_natives.lua through dofile
local x, z = coroutine.yield("first", ...)
local y = coroutine.yield("second")
return x + y * z, "done"
