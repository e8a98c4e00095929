-- kiln-only
-- A callback invoked from a thread that does not own the VM (kfix_call_on_thread: pthread_create + join):
-- nothing of the VM is touched on that thread, the Lua function does not run, and the FFI call raises an error
-- naming the callback once it returns on the VM's thread. (LuaJIT has no such check: it would crash.)
local ffi = require("ffi")
ffi.cdef [[
int kfix_call_on_thread(void (*f)(int), int x);
int kfix_apply(int (*f)(int), int x);
]]
local k = ffi.load(os.getenv("KILN_FFI_FIXTURE"))

local ran = false
local ok, err = pcall(k.kfix_call_on_thread, function(x) ran = true end, 5)
print("implicit callback:", ok, err, "ran:", ran)

local cb = ffi.cast("void (*)(int)", function(x) ran = true end)
ok, err = pcall(k.kfix_call_on_thread, cb, 6)
print("callback cdata:", ok, err, "ran:", ran)
-- The same callback works when called on the VM's own thread afterwards.
local applied = ffi.cast("int (*)(int)", function(x) ran = true return x * 3 end)
print("on the VM thread:", k.kfix_apply(applied, 7), "ran:", ran)
cb:free()
applied:free()
