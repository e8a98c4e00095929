-- Out of memory under `ulimit -v 1500000` (tests/cli.rs): caught, then the VM goes on.
local s = "x"
local ok, e = pcall(function() while true do s = s .. s end end)
print(ok, e, #s)
s = nil collectgarbage()
print("still usable", #(("a"):rep(10) .. "b"))
