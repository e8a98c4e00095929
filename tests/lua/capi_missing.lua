-- kiln-only: lua5.4 exports every API function, so the module loads there
-- A C module calling an API function kiln does not export fails to load with a message naming the symbol,
-- through package.loadlib and through require; it never crashes.
local dir = os.getenv("KILN_CAPI_FIXTURE"):match("^(.*/)")
local f, msg, kind = package.loadlib(dir .. "libkmissing.so", "luaopen_kmissing")
print(f, msg:match("undefined symbol: [%w_]+"), kind)
package.cpath = dir .. "lib?.so"
local ok, err = pcall(require, "kmissing")
print(ok, err:match("^error loading module 'kmissing' from file '.-libkmissing.so':\n\t") ~= nil,
  err:match("undefined symbol: [%w_]+"))
-- The fixture itself loads; a missing symbol in a library that exists is "init", a missing library "open".
print(select(3, package.loadlib(dir .. "libkcapi.so", "luaopen_nothing")))
print(select(3, package.loadlib(dir .. "libnothing.so", "luaopen_nothing")))
print(package.loadlib(dir .. "libkcapi.so", "*"))
