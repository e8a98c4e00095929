-- debug.traceback keeps its message's bytes as they are (invalid UTF-8 too) and numbers as text.
local tb = debug.traceback("a\255b\0c")
print(#tb > 6, tb:sub(1, 6) == "a\255b\0c\n", tb:find("stack traceback:", 1, true) == 7)
print(debug.traceback(12):sub(1, 3) == "12\n", debug.traceback(1.5):sub(1, 4) == "1.5\n")
print(debug.traceback({}) ~= nil, type(debug.traceback(nil)), debug.traceback(nil):sub(1, 16))
local co = coroutine.create(function() coroutine.yield() end)
coroutine.resume(co)
print(debug.traceback(co, "m\255"):sub(1, 3) == "m\255\n")
