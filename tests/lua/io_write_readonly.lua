-- A write to a file not opened for writing fails at once with C's EBADF
-- triple, as fwrite does; nothing is left buffered for close to fail on.
local name = os.tmpname()
local f = assert(io.open(name, "w"))
f:write("first line\n")
f:close()

f = assert(io.open(name, "r"))
print(f:write("whatever"))
print(f:write(1, 2.5))
print(f:read("l"))
print(f:close())

f = assert(io.open(name, "rb"))
io.input(f)
print(io.input():write("xuxu"))
print(io.read("a"))
io.input(io.stdin)
print(f:close())

f = assert(io.open(name, "r+"))
print(io.type(f:write("FIRST")))
print(f:close())
for l in io.lines(name) do print(l) end

print(io.stdin:write("x"))

local p = io.popen("echo piped", "r")
print(p:write("x"))
print(p:read("l"))
print(p:close())

-- reading a write-only file fails the same way
f = assert(io.open(name, "w"))
print(f:read("l"))
print(f:close())
os.remove(name)
