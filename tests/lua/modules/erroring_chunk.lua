-- a chunk that yields once, then raises an error
coroutine.yield("about to fail")
local t = nil
return t.field
