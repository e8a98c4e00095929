-- errors raised by hooks propagate from the hooked point; hooks stay set
local function work(n)
  local s = 0
  for i = 1, n do s = s + i end
  return s
end
local function run(n) local r = work(n); return r end

debug.sethook(function(ev, line)
  if debug.getinfo(2, "n").name == "work" then error("stop at line " .. line) end
end, "l")
print(pcall(run, 3))
print("still hooked", debug.gethook() ~= nil)
debug.sethook()

local ok, e = pcall(function()
  debug.sethook(function(ev)
    if debug.getinfo(2, "n").name == "work" then error({ code = ev }) end
  end, "r")
  return run(2)
end)
debug.sethook()
print(ok, type(e), e.code)

print("-- error with traceback through xpcall")
debug.sethook(function(ev, line)
  if line == 4 then debug.sethook(); error("in hook") end
end, "l")
print(xpcall(run, function(m)
  local tb = debug.traceback(m, 2)
  return (tb:gsub("\n[^\n]*%[C%][^\n]*", ""))
end, 2))

print("-- an error in the call hook of pcall is outside that pcall")
local depth = 0
print(pcall(function()
  debug.sethook(function(ev)
    depth = depth + 1
    if depth == 2 then debug.sethook(); error("from hook") end
  end, "c")
  return pcall(print, "not printed")
end))

print("-- count hook stops a runaway loop")
local ok2, msg = pcall(function()
  debug.sethook(function() debug.sethook(); error("too long", 0) end, "", 10000)
  while true do end
end)
print(ok2, msg)
