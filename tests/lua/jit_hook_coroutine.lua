-- Hooks and coroutines suspended in compiled code: a line hook set on a coroutine while it is suspended inside a
-- compiled loop (the resumed frame must report its lines from the yield on, and stop when the hook is removed), a
-- count hook that belongs to another thread, a hook raising an error into a compiled loop, a Lua hook that
-- tries to yield.
local lines = {}
local function body(n)
  local s = 0
  for i = 1, n do
    s = s + i
    coroutine.yield(s)
  end
  return s
end
local co = coroutine.create(body)
for i = 1, 3 do coroutine.resume(co, 10) end
debug.sethook(co, function(e, l) lines[#lines + 1] = e .. l end, "l")
for i = 1, 3 do coroutine.resume(co) end
debug.sethook(co)
for i = 1, 10 do coroutine.resume(co) end
print(table.concat(lines, " "), coroutine.status(co))
-- count hook on a coroutine, main unhooked
local cnt = 0
local co2 = coroutine.wrap(function() local s = 0 for i = 1, 10000 do s = s + i end coroutine.yield(s) for i = 1, 10000 do s = s + i end return s end)
debug.sethook(function() cnt = cnt + 1 end, "", 1000)
print(co2(), cnt)
debug.sethook()
print(co2(), cnt)
-- hook that errors
local function looping() local s = 0 for i = 1, 100 do s = s + i end return s end
local ok, err = pcall(function() debug.sethook(function(e, l) if l then debug.sethook() error("hook err at " .. l) end end, "l") return looping() end)
debug.sethook()
print(ok, err)
-- hook that yields (allowed for line/count hooks in coroutines: yield with no values)
local co3 = coroutine.create(function() local s = 0 for i = 1, 5 do s = s + i end return s end)
debug.sethook(co3, function() coroutine.yield() end, "l")
local n = 0
while coroutine.status(co3) == "suspended" do local ok2, v = coroutine.resume(co3); n = n + 1; if v then print("co3 result", v) end end
print("co3 resumes", n)
