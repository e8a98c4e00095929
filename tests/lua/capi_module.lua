-- The C API test module (capi/tests/fixture/kcapi.c, built against lua5.4's headers; KILN_CAPI_FIXTURE is its
-- path): every API function kiln exports, errors raised from C, Lua callbacks that error, userdata with __gc.
local open = assert(package.loadlib(os.getenv("KILN_CAPI_FIXTURE"), "luaopen_kcapi"))
local k = open()

print("stack", k.stack_ops("arg"))

-- Values and conversions (a number is converted to a string in place by lua_tolstring).
for _, v in ipairs({ 42, 3.5, 2.0, "17", "0x10", "1e2", "abc", true, false, print, k.inspect, {} }) do
  local desc, str = k.inspect(v)
  print(desc, str)
end
print(k.inspect(nil))
print(k.inspect(math.mininteger))
local pushed = table.pack(k.pushes())
pushed[10] = type(pushed[10]) -- the thread (its address varies)
print(pushed.n, table.unpack(pushed, 1, pushed.n))
print(k.tostr(12), k.tostr(1.5), k.tostr(nil), k.tostr(setmetatable({}, { __tostring = function() return "custom" end })))
print(k.tostr(setmetatable({}, { __name = "MyType" })):match("^MyType: "))
print(pcall(k.fmt_bad))

-- Tables, metatables, globals.
local proxy = setmetatable({ 1, 2, 3 }, { __index = function(_, key) return "idx:" .. key end, __len = function() return 99 end })
print(k.tables(proxy))
print(kcapi_global)
local mt = { __name = "Named", __tostring = function() return "via __tostring" end }
local mt_t, name, str, has = k.metatables(setmetatable({}, mt))
print(mt_t == mt, name, str, has)
print(k.metatables({}))
print(k.set_meta({}, mt) ~= nil, getmetatable(k.set_meta({}, nil)))
local n = k.set_meta(7, { __index = function(num, key) return key .. num end })
print(n, (5).x)
k.set_meta(7, nil)
print(pcall(function() return (5).x end))

-- Userdata: payload, methods, user values, __gc, __tostring, luaL_checkudata's messages.
local b = k.box(10, "first uservalue")
print(b, b:get(4), b:sum(), type(b))
b:set(4, 1000)
print(b:get(4), b:sum())
print(b:uservalue(1), b:uservalue(2), b:uservalue(3))
print(b:uservalue(2, { "stored" }), b:uservalue(3, "x"))
print(b:uservalue(2)[1])
print(pcall(b.get, b, 11))
print(pcall(b.get, {}, 1))
print(pcall(b.get))
print(pcall(k.box, 0))
print(k.box_same(b, b), k.box_same(b, k.box(1)))
print(k.box_same(b, {}))
local light, same = k.light()
print(type(light), same)
collectgarbage()
collectgarbage() -- earlier garbage boxes are finalized now, whenever their collection comes
local before = k.gc_count()
do
  local boxes = {}
  for i = 1, 200 do boxes[i] = k.box(i % 7 + 1) end
  local total = 0
  for i = 1, 200 do total = total + boxes[i]:sum() end
  print("boxes", total)
end
collectgarbage()
collectgarbage()
print("finalized", k.gc_count() - before)

-- Calls from C into Lua, errors from C, errors from Lua through C.
print(k.call(function(...) return select("#", ...), ... end, "a", nil, "c"))
print(k.call_one(function() return 1, 2, 3 end))
print(pcall(k.call, function() error("lua error inside a C call") end))
print(select(2, pcall(k.call, function() error({ code = 1 }) end)).code)
print(k.pcall(function(x) return x * 2, "ok" end, 21))
print(k.pcall(function() error("caught by lua_pcall") end))
print(k.pcall(function() error() end))
print(k.pcall(error, setmetatable({}, { __tostring = function() return "obj" end })) ~= nil)
print(k.pcall_handler(function() error("with handler", 0) end))
print(k.pcall_handler(function() return "fine", "two", "three" end))
print(pcall(k.raise, "raised value"))
print(pcall(k.raise, 42))
print(select(2, pcall(k.raise, { "table" }))[1])
print(pcall(k.raise_fmt, 5, "text"))
print(pcall(k.raise_fmt, 6))
print(pcall(k.raise_fmt, "x"))
print(k.nested(7))
print(k.call(k.call, k.call, function(a) return a .. "!" end, "deep"))
print(pcall(k.call, k.call, k.raise_fmt, 9))
print(pcall(k.call))
-- A coroutine yielding through a C call is an error (no continuation given).
local co = coroutine.wrap(function() return k.call(coroutine.yield, 1) end)
print(pcall(co))
print(k.call(coroutine.wrap(function(a) return a + 1 end), 1))

-- Argument checks and their messages.
print(k.checks(1, 2.5, "str", nil, nil, nil, nil, true))
print(k.checks("3", "4", 5, 6, 7, "eight", "alpha", false))
print(pcall(k.checks, 1.5))
print(pcall(k.checks, "x"))
print(pcall(k.checks, 1, {}))
print(pcall(k.checks, 1, 2, {}))
print(pcall(k.checks, 1, 2, "s", "x"))
print(pcall(k.checks, 1, 2, "s", 1, 2, 3, "gamma"))
print(pcall(k.checks, 1, 2, "s", 1, 2, 3, "alpha"))
print(pcall(k.checks, 1, 2, "s", 1, 2, 3, "alpha", 1))
print(pcall(k.argerr, 3))
print(pcall(k.typeerr, 1, io.stdout))
print(pcall(k.typeerr, 1))
print(pcall(k.typeerr, 1, setmetatable({}, { __name = "Thing" })))
print(pcall(k.need_stack))

-- Buffers (growing past the buffer's own array), chunks, dumps.
local text, qlen, gsubbed, blen = k.buffers(3)
print(text, qlen, gsubbed, blen)
local long, _, _, longlen = k.buffers(2000)
print(#long, longlen, long:sub(1, 12), long:sub(-20))
print(k.loads())

-- Operators.
local function show(t)
  local keys = {}
  for key in pairs(t) do keys[#keys + 1] = key end
  table.sort(keys)
  local out = {}
  for _, key in ipairs(keys) do out[#out + 1] = key .. "=" .. tostring(t[key]) end
  return table.concat(out, " ")
end
local ops, eq, lt, le, raw, none, cat, empty = k.arith(7, 2)
print(show(ops))
print(eq, lt, le, raw, none, cat, #empty)
print(show((k.arith(6.0, 4.0))))
print(pcall(k.arith, 2.5, 0.5))
print(pcall(k.arith, {}, 1))
local vmeta = { __eq = function() return true end, __lt = function() return true end,
  __le = function() return false end, __concat = function() return "cat" end }
for _, e in ipairs({ "add", "sub", "mul", "mod", "pow", "div", "idiv", "band", "bor", "bxor", "shl", "shr", "unm", "bnot" }) do
  vmeta["__" .. e] = function() return e .. "!" end
end
local vec = setmetatable({}, vmeta)
local vops, veq, vlt, vle = k.arith(vec, setmetatable({}, vmeta))
print(vops.add, vops.unm, veq, vlt, vle)
print(k.tonum("0x1F"), k.tonum("  12.5  "), k.tonum("nope"))

-- References, registry slots, upvalues, luaL_setfuncs, luaL_requiref.
print(k.refs())
local count, is_c, cfun = k.make_counter(5)
print(is_c, cfun, count(), count(), count())
local lib = k.funcs_with_upvalue()
print(lib.count(), lib.count(), lib.absent)
local req, existed, again = k.subtables()
print(req.name, existed, again, _G["kcapi.req"] == req, package.loaded["kcapi.req"] == req)

-- Collector, warnings, allocator, panic function, file and exec results.
print(k.misc())
print(k.where())
print(k.traceback())

-- The debug interface: the caller's activation, locals (read and set), a function's definition, upvalues.
local shared = "upvalue value"
local function target(x, y, ...)
  return shared, x, y
end
local function probe(first, second)
  local third = "three"
  local results = table.pack(k.debuginfo(target))
  return first, results
end
local first, results = probe("one", 2)
for i = 1, results.n do print(results[i]) end
print(first, shared, (target()))
local c2 = k.make_counter(1)
print(k.cupvalues(c2))
print(select(2, c2()))

-- Yields from C (lua_yield, no continuation): the C function's results are the values it is resumed with.
local co = coroutine.create(function(a)
  local x, y = k.yielder(a, "b")
  local z = k.yield_last("ignored", "last")
  return "back", x, y, z, k.isyieldable()
end)
print(coroutine.resume(co, "a"))
print(coroutine.resume(co, 10, 20))
print(coroutine.resume(co, 30))
print(coroutine.status(co), k.isyieldable())
print(pcall(k.yielder, 1))
print(coroutine.wrap(function() return pcall(k.call, k.yielder, 1) end)())
local gen = coroutine.wrap(function() for i = 1, 3 do k.yielder(i * i) end return "done" end)
print(gen(), gen(), gen(), gen())

-- A userdata's memory counts for the collector: garbage boxes of 800 KB each do not pile up.
local peak = 0
for _ = 1, 300 do
  local box = k.box(100000)
  peak = math.max(peak, collectgarbage("count") + box:get(1))
end
print("bounded", peak < 100 * 1024)

-- lua_yieldk with a continuation: the C function's own values stay; the continuation gets them and the resume
-- values, and may yield again.
local ck = coroutine.create(function(...) return "returned", k.yield_k(...) end)
print(coroutine.resume(ck, "arg"))
print(coroutine.resume(ck, "r1", "r2"))
print(coroutine.status(ck))
local ck2 = coroutine.wrap(function() return k.yield_k("x") end)
print(ck2())
print(ck2("again"))
print(ck2("done"))
