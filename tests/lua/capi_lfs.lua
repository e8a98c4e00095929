-- requires C module: lfs
-- Debian's lua-filesystem (luaL_Buffer, userdata iterators with __gc, luaL_fileresult) on kiln's C API.
local lfs = require("lfs")
print(type(lfs.attributes), lfs._VERSION ~= nil)

local root = os.tmpname()
os.remove(root)
print(lfs.mkdir(root))
print(select("#", lfs.mkdir(root)), (select(2, lfs.mkdir(root))):gsub(".*: ", ""))
print(lfs.attributes(root, "mode"), lfs.attributes(root).mode)

for _, name in ipairs({ "b.txt", "a.txt", "c.txt" }) do
  local f = assert(io.open(root .. "/" .. name, "w"))
  f:write(name)
  f:close()
end
assert(lfs.mkdir(root .. "/sub"))

-- Directory iteration (a userdata iterator), sorted for a stable order.
local names = {}
for entry in lfs.dir(root) do names[#names + 1] = entry end
table.sort(names)
print(table.concat(names, " "))

local attr = lfs.attributes(root .. "/a.txt")
print(attr.mode, attr.size, type(attr.modification), attr.nlink)
print(lfs.attributes(root .. "/a.txt", "size"), lfs.attributes(root .. "/sub", "mode"))

-- touch with given times.
print(lfs.touch(root .. "/a.txt", 1000000, 2000000))
print(lfs.attributes(root .. "/a.txt", "access"), lfs.attributes(root .. "/a.txt", "modification"))

-- currentdir / chdir.
local here = lfs.currentdir()
print(lfs.chdir(root))
print(lfs.currentdir() == root or lfs.currentdir():sub(-#root) == root)
assert(lfs.chdir(here))

-- Failures: nil, message, errno (luaL_fileresult).
local ok, msg, code = lfs.attributes(root .. "/missing")
print(ok, msg ~= nil, type(code))
print(pcall(lfs.attributes, root, "nosuchattr"))
print((select(2, pcall(lfs.dir, root .. "/missing")):gsub(root, "ROOT")))
print(pcall(lfs.mkdir))

-- Explicit iterator use, and closing it.
local iter, state = lfs.dir(root)
local first = iter(state)
print(type(first), state:close() == nil or true)
print(pcall(iter, state))

-- Symlinks.
print(lfs.link(root .. "/a.txt", root .. "/link", true))
print(lfs.symlinkattributes(root .. "/link", "mode"), lfs.attributes(root .. "/link", "mode"))
print(lfs.symlinkattributes(root .. "/link", "target") == root .. "/a.txt")

-- Locking an io file: lfs gets its FILE* from the file's userdata (luaL_checkudata(L, 1, "FILE*")).
local fh = assert(io.open(root .. "/a.txt", "r+"))
print(lfs.lock(fh, "w"), lfs.unlock(fh))
print(pcall(lfs.lock, {}, "w"))
fh:close()

-- Clean up.
for _, name in ipairs({ "a.txt", "b.txt", "c.txt", "link" }) do assert(os.remove(root .. "/" .. name)) end
print(lfs.rmdir(root .. "/sub"), lfs.rmdir(root))
print(lfs.attributes(root) == nil)
