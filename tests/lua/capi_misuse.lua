-- kiln-only: lua5.4 does not check these uses of its C API (undefined behaviour there)
-- C API misuse by a module (the test module at KILN_CAPI_FIXTURE) is a Lua error naming the problem, never a
-- crash.
local k = package.loadlib(os.getenv("KILN_CAPI_FIXTURE"), "luaopen_kcapi")()
print(pcall(k.bad_count))
print(pcall(k.bad_settop))
print(pcall(k.bad_rawget, 42))
print(pcall(k.bad_index))
print(pcall(k.bad_upvalues))
print(pcall(k.call, k.bad_settop))
print("still running")
