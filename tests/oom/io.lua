-- Out of memory under `ulimit -v 1500000` (tests/cli.rs): reads of program-sized counts and of
-- endless input are caught, a big write is not copied, then the VM goes on.
local zero = assert(io.open("/dev/zero"))
print(pcall(zero.read, zero, 1500 * 1024 * 1024))
print(pcall(zero.read, zero, "a"))
print(pcall(zero.read, zero, "l"))
print(pcall(zero.read, zero, "L"))
print(pcall(function() for chunk in io.lines("/dev/zero", 2^31) do return #chunk end end))
print(pcall(function() for line in zero:lines() do return #line end end))
local s = string.rep("x", 2^29)
local t = s .. "y"
local null = assert(io.open("/dev/null", "w"))
print(io.type((null:write(s, t))))
s, t = nil, nil collectgarbage()
print("still usable", #zero:read(10), null:close(), zero:close())
