-- count hooks, gethook, and sethook's argument rules
local a = 0
debug.sethook(function(ev, line) a = a + 1; assert(ev == "count" and line == nil) end, "", 1)
a = 0; for i = 1, 1000 do end
debug.sethook()
print("count 1", a > 1000 and a < 1012)

debug.sethook(function() a = a + 1 end, "", 4)
a = 0; for i = 1, 1000 do end
local f, m, c = debug.gethook()
debug.sethook()
print("count 4", a > 250 and a < 255, type(f), m, c)

debug.sethook(function() a = a + 1 end, "", 4000)
a = 0; for i = 1, 1000 do end
debug.sethook()
print("count 4000", a)

-- count and line together: both kinds of events
local kinds = {}
debug.sethook(function(ev) kinds[ev] = (kinds[ev] or 0) + 1 end, "l", 3)
for i = 1, 10 do
  local x = i
end
debug.sethook()
print("line and count", kinds.line > 0, kinds.count > 0)

-- gethook: mask letters in the order c, r, l; a count with no hook letters
local function h() end
debug.sethook(h, "lrc", 7)
f, m, c = debug.gethook()
debug.sethook()
print("gethook", f == h, m, c)
debug.sethook(h, "cccrl", 0)
print("repeated letters", select(2, debug.gethook()))
debug.sethook(h, "xyz")
print("no events", debug.gethook())
debug.sethook(h, "l", -5)
print("negative count", select(2, debug.gethook()))
debug.sethook()
print("off", debug.gethook())
debug.sethook(h, 12)
print("number as mask", debug.gethook())
debug.sethook(h, "c", 2 ^ 24 - 1)
print("large count", select(3, debug.gethook()))
debug.sethook(nil)
print("nil turns off", debug.gethook())

-- bad arguments
print(pcall(debug.sethook, h))
print(pcall(debug.sethook, 42, "l"))
print(pcall(debug.sethook, h, {}))
print(pcall(debug.sethook, h, "l", "x"))
print(pcall(debug.gethook, 1))

-- the hook table has weak keys, as in PUC
debug.sethook(h, "l"); debug.sethook()
print("weak keys", getmetatable(debug.getregistry()._HOOKKEY).__mode)
