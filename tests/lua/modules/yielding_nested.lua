-- a chunk that yields, then dofile's another chunk that yields, then yields again
local before = coroutine.yield("outer before")
local a, b = dofile("modules/yielding_chunk.lua")
local after = coroutine.yield("outer after")
return before, a, b, after
