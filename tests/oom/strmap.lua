-- Out of memory under `ulimit -v 1500000` (tests/cli.rs): string results as long as their
-- argument (upper, lower, reverse, sub, captures, format "%s", tostring, debug.traceback,
-- os.date) are caught, then the VM goes on.
local s = string.rep("x", 2^29)
local t = s .. "y"
print(pcall(string.upper, s))
print(pcall(string.lower, t))
print(pcall(string.reverse, s))
print(pcall(string.sub, t, 2))
print(pcall(string.match, s, "^(x*)$"))
print(pcall(string.format, "%s", t))
print(pcall(string.format, "%s%s", s, s))
print(pcall(function() return tostring(s) .. t end))
print(pcall(debug.traceback, t))
print(pcall(function() return os.date(string.rep("%c", 2^26)) end))
s, t = nil, nil collectgarbage()
print("still usable", ("Hello"):upper(), ("Hello"):reverse(), ("Hello"):sub(2, 3))
