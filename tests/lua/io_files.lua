-- io library: open modes, reading formats, writing, seek, lines, errors.

local name = os.tmpname()
local function try(f, ...)
  print(pcall(f, ...))
end

-- writing and reading back
local f = assert(io.open(name, "w"))
print(io.type(f), io.type(io.stdout), io.type(42))
print(f:write("hello\n", 42, " ", 3.5, " ", 1.0, "\n", "0x1F -3.5e2 .5 abc\n", "last line") == f)
print(f:seek("cur"), f:seek("set", 2), f:seek("end"))
print(f:setvbuf("full", 1024), f:flush(), f:close())
print(io.type(f), tostring(f))
try(f.read, f)
try(f.write, f, "x")

f = assert(io.open(name))
print(f:read())
print(f:read("n", "n", "n"))
print(f:read("L"))
print(f:read("n", "n", "n", "n"))
print(f:read("l"))
print(f:read("a"))
print(f:read("a"), f:read("l"), f:read(0), f:read(1))
f:seek("set", 0)
print(f:read(3), f:read(0), f:read("*l"), f:read("*n"))
try(function() return f:read("x") end)
try(function() return f:read({}) end)
try(function() return f:seek("foo") end)
f:close()

-- lines
for l in io.lines(name) do io.write("[", l, "]") end
print()
for a, b in io.lines(name, 1, "l") do io.write("[", a, "|", b, "]") end
print()
for l in io.lines(name, "L") do io.write(#l, " ") end
print()
f = assert(io.open(name))
local n = 0
for l in f:lines() do n = n + 1 end
print(n, io.type(f))
f:close()
local it = assert(io.open(name)):lines()
try(io.lines, "/nonexistent/file")
f = assert(io.open(name))
it = f:lines()
f:close()
try(it)

-- update modes
f = assert(io.open(name, "w+"))
f:write("abc\ndef\n")
f:seek("set", 0)
print(f:read("l"))
f:write("XY")
f:seek("set", 0)
print(f:read("a"))
f:close()
f = assert(io.open(name, "a"))
f:write("appended\n")
f:close()
f = assert(io.open(name, "r+"))
f:write("Z")
f:seek("set")
print(f:read("a"))
f:close()

-- open failures
print(io.open("/nonexistent/dir/file"))
print(io.open("/nonexistent/dir/file", "w"))
try(io.open, name, "rw")
try(io.open, name, "+")

-- default files
print(io.output() == io.stdout, io.input() == io.stdin)
io.output(name)
io.write("to file\n", 12, "\n")
print(io.output() ~= io.stdout)
io.close()
try(io.write, "x")
io.output(io.stdout)
io.input(name)
print(io.read("L"))
print(io.read("n"))
print(io.read())
io.input():close()
try(io.read)
try(io.lines)
try(io.input, "/nonexistent/file")
io.input(io.stdin)
print(io.stdout:close())
print(io.close(io.stderr))

-- tmpfile and popen
f = io.tmpfile()
f:write("temporary")
f:seek("set")
print(f:read("a"))
f:close()
local p = io.popen("echo from a pipe; exit 3")
print(p:read("a"))
print(p:close())
p = io.popen("cat > /dev/null", "w")
print(p:write("data") == p, p:close())
try(io.popen, "ls", "rw")

print(os.remove(name))
