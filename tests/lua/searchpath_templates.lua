-- package.searchpath splits the path as PUC's loadlib.c: every piece between
-- ';' is a template, empty ones included; the message lists each file tried.
local function show(...)
  local s, err = package.searchpath(...)
  print(s, (string.gsub(err or "", "\n", "|")))
end

show("xuxu", "?;;??")
show("xuxu", ";")
show("xuxu", "")
show("xuxu", ";;;")
show("a.b", "?;x?y;;", "", "Z")
show("a.b.c", "?", ".", "")
show("a.b.c", "?", "b", "<>")
show("a.b.c", "?", ".b", "<>")
show("a;b", "?.x")

-- the official suite's case: many templates and an empty one at the end
local t = {}
for i = 1, 100 do t[i] = string.rep("?", i % 10 + 1) end
t[#t + 1] = ";"
local s, err = package.searchpath("xuxu", table.concat(t, ";"))
print(s, #string.gsub(err, "[^\n]", ""), string.find(err, string.rep("xuxu", 10)) ~= nil)

-- a found file is returned as its template made it
local name = os.tmpname()
print(package.searchpath("zz", "/no/such/?;" .. name) == name)
print(package.searchpath("zz", ";" .. name .. ";") == name)
os.remove(name)

-- require reports the same list (the Lua-file searcher only: kiln loads no C modules)
package.searchers[3], package.searchers[4] = nil, nil
package.path = "./?.none;;/no/?.none"
local ok, msg = pcall(require, "no_such_mod")
print(ok, (string.gsub(msg, "\n", "|")))
