-- An error raised by a C function (the test module at KILN_CAPI_FIXTURE) inside a Lua callback called from C,
-- uncaught: lua5.4's message and traceback, with the C levels in it.
local k = package.loadlib(os.getenv("KILN_CAPI_FIXTURE"), "luaopen_kcapi")()
print("before")
local function inner() return k.call(function() k.raise_fmt(3, "deep") end) end
inner()
print("not reached")
