-- require with package.path, package.loaded, package.preload
package.path = "./modules/?.lua;./?.lua"
package.cpath = ""
-- keep only the preload and Lua-file searchers, so the "not found" message is the same everywhere
package.searchers[4] = nil
package.searchers[3] = nil
local m = require("greeter")
print(m.greet("world"))
print(require("greeter") == m, package.loaded.greeter == m)
print(select("#", require("greeter")))
local m2, where = require("counter")
print(m2.next(), m2.next(), where)
print(require("counter").next())

package.preload.virtual = function(name, arg) return {name = name, arg = arg} end
local v = require("virtual")
print(v.name, v.arg)

-- a module returning nothing is stored as true
print(require("noreturn"), package.loaded.noreturn)

-- a module that errors
print(pcall(require, "broken"))
print(package.loaded.broken)

-- missing modules list every place searched
local ok, err = pcall(require, "does.not.exist")
print(ok)
print(err)

print(type(package.searchers), type(package.searchpath), type(package.config))
print(package.searchpath("greeter", "./modules/?.lua"))
print(package.searchpath("nothere", "./modules/?.lua;./?.x"))
