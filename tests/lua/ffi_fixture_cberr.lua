-- kiln-only
-- An uncaught error inside a callback: the C call (kfix_apply) returns, then the error is raised in Lua and ends
-- the script; the traceback spans the callback's runloop and the caller's. (LuaJIT unwinds through C instead, so
-- the expected stderr is kiln's own.)
local ffi = require("ffi")
ffi.cdef [[ int kfix_apply(int (*f)(int), int x); ]]
local k = ffi.load(os.getenv("KILN_FFI_FIXTURE"))

local function check(x)
  if x > 2 then
    error("callback failed at " .. x)
  end
  return x
end

local function run()
  print("first call:", k.kfix_apply(check, 1))
  local r = k.kfix_apply(check, 5)
  print("not reached", r)
end

run()
