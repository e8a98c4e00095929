-- One case per write-barrier site: an old (mature) container gets a young object through that site, then the
-- program allocates until minor collections have run, then reads the object back. Without the barrier the young
-- object is freed (and its memory poisoned) while the old container still points to it: the nursery4k mode's
-- verification reports the unremembered reference, gcstress reads poison.
local function churn() for i = 1, 300 do local _ = {i, tostring(i)} end end
local function old(t) t = t or {}; collectgarbage(); return t end
local function check(name, ...) print(name, ...) end

-- table stores by instruction and path
do local t = old(); t.f = {"SetField new key"}; churn(); check("setfield", t.f[1]) end
do local t = old({f = 1}); t.f = {"SetField in place"}; churn(); check("setfield in place", t.f[1]) end
do local t = old({f = 1}); setmetatable(t, {}); t.f = {"SetField replace, metatable"}; churn(); check("setfield replace", t.f[1]) end
do local t = old(setmetatable({}, {})); t.g = {"SetField through the metatable path"}; churn(); check("setfield meta", t.g[1]) end
do local t = old({1, 2}); t[1] = {"SetI array"}; churn(); check("seti array", t[1][1]) end
do local t = old(); t[7] = {"SetI hash"}; churn(); check("seti hash", t[7][1]) end
do local t = old(setmetatable({}, {})); t[3] = {"SetI metatable"}; churn(); check("seti meta", t[3][1]) end
do local t, i = old({1, 2}), 2; t[i] = {"SetTable array"}; churn(); check("settable array", t[2][1]) end
do local t, i = old(), 100; t[i] = {"SetTable int hash"}; churn(); check("settable int", t[100][1]) end
do local t, k = old(), "key"; t[k] = {"SetTable string"}; churn(); check("settable string", t.key[1]) end
do local t, k = old(), 1.5; t[k] = {"SetTable float"}; churn(); check("settable float", t[1.5][1]) end
do local t = old(); t[{}] = "young key"; churn(); local k, v = next(t); check("settable key", type(k), v) end
do local t, k = old(setmetatable({}, {})), "m"; t[k] = {"SetTable metatable"}; churn(); check("settable meta", t.m[1]) end

-- globals (SetTabUp on the old global table), new and existing names
old()
newglobal = {"SetTabUp new"}; churn(); check("global new", newglobal[1])
newglobal = {"SetTabUp existing"}; churn(); check("global existing", newglobal[1])
newglobal = nil
setmetatable(_G, {})        -- an existing global of a global table with a metatable is replaced in place
replaced_global = 1
old()
replaced_global = {"SetTabUp replace, metatable"}; churn(); check("global replace", replaced_global[1])
setmetatable(_G, nil)
replaced_global = nil

-- SetList into a table that became old while its constructor ran
do
  local t = {{"a"}, (function() collectgarbage() return {"SetList after a collection"} end)(), {"c"}}
  churn(); check("setlist", t[1][1], t[2][1], t[3][1])
end

-- upvalues: a store into a closed upvalue, and an upvalue closed over a young value
do
  local function make() local up; return function(v) up = v end, function() return up end end
  local set, get = make()
  old()
  set({"SetUpval"}); churn(); check("setupval", get()[1])
  local get2
  do local x = {"closed upvalue"}; old(); get2 = function() return x end; x = {"closed upvalue"} end
  churn(); check("close upvalue", get2()[1])
end

-- metatables, rawset, table library, natives storing string keys
do local t = old(); setmetatable(t, {__index = function() return "metatable" end}); churn(); check("setmetatable", t.x) end
do local t = old(); debug.setmetatable(t, {__index = function() return "debug.setmetatable" end}); churn(); check("debug.setmetatable", t.x) end
do local t = old(); rawset(t, "r", {"rawset"}); churn(); check("rawset", t.r[1]) end
do local t = old(); rawset(t, 5, {"rawset int"}); churn(); check("rawset int", t[5][1]) end
do local t = old({1}); table.insert(t, {"table.insert"}); churn(); check("table.insert", t[2][1]) end
do local t = old({1, 2}); table.insert(t, 1, {"table.insert at"}); churn(); check("table.insert at", t[1][1]) end
do local t = old(); table.move({{"table.move"}}, 1, 1, 1, t); churn(); check("table.move", t[1][1]) end
do
  package.preload.barrier_mod = function() return {"require"} end
  old(); require("barrier_mod"); churn(); check("package.loaded", package.loaded.barrier_mod[1])
end

-- debug library stores
do
  local function make() local up; return function() return up end end
  local f = old(make())
  debug.setupvalue(f, 1, {"debug.setupvalue"}); churn(); check("debug.setupvalue", f()[1])
end

-- load's environment: a new closure's first upvalue
do local f = load("return x", "=c", "t", {x = {"load env"}}); churn(); check("load env", f()[1]) end
do
  local name = os.tmpname()
  local file = io.open(name, "w"); file:write("return x"); file:close()
  local f = loadfile(name, "t", {x = {"loadfile env"}})
  os.remove(name)
  churn(); check("loadfile env", f()[1])
end

-- coroutines: the function of a new thread, and a suspended thread's stack
do
  local co = coroutine.create(function() return {"coroutine.create"} end)
  churn(); check("coroutine.create", select(2, coroutine.resume(co))[1])
  local co2 = coroutine.wrap(function()
    local mine = {"coroutine stack"}
    coroutine.yield()
    return mine[1]
  end)
  old()
  co2()
  churn(); check("coroutine stack", co2())
  local co3 = coroutine.create(function(a) local b = coroutine.yield() return a[1], b[1] end)
  old()
  coroutine.resume(co3, {"resume argument"})
  churn()
  check("resume values", select(2, coroutine.resume(co3, {"second resume"})))
end
