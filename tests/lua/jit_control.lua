-- kiln-only
-- The jit library: on/off/flush for everything or one function, with compiled frames on the stack; results
-- never depend on whether code runs compiled (this script prints the same in every mode, KILN_JIT=0 too).
print(type(jit.version), jit.os, jit.arch, type((jit.status())), require("jit") == jit)

local function sum(n) local s = 0 for i = 1, n do s = s + i end return s end
for _ = 1, 50 do sum(10) end
print(sum(100))

-- Flush everything while compiled frames of the flushing function are on the stack: the frames finish.
local function deep(n)
  if n == 0 then jit.flush() return 0 end
  return 1 + deep(n - 1)
end
print(deep(60), deep(60))

-- One function off (and its nested functions with `true`), then on again.
local function outer(n)
  local function inner(k) return k * 2 end
  local t = 0
  for i = 1, n do t = t + inner(i) end
  return t
end
jit.off(outer, true)
print(outer(100))
jit.on(outer, true)
for _ = 1, 20 do outer(10) end
print(outer(100))
jit.flush(outer)
print(outer(100))

-- The whole JIT off and on, with a coroutine suspended inside a compiled loop.
local co = coroutine.wrap(function()
  for i = 1, 6 do coroutine.yield(sum(i)) end
  return "done"
end)
print(co(), co())
jit.off()
print((jit.status()), co(), co())
jit.on()
print(co(), co(), co())

-- Bad arguments.
print(pcall(jit.off, 42))
print(pcall(jit.flush, "x"))
