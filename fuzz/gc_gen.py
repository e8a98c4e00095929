#!/usr/bin/env python3
"""Generates a random, deterministic GC torture program for Lua 5.4 from a seed (python3 gc_gen.py SEED).

The program is a sequence of steps, each run under pcall, that interleave huge strings, thousands of
coroutines, explicit collections and mode switches, finalizers, weak tables, shared upvalues, deep tables,
table churn and string.dump/load over shared pools, so objects made by one step live across the collections
of later ones. What it prints does not depend on when collections happen:
- finalizers never print; they count (FIN) and the count is printed only by CHECK, after several full
  collections, when every unreachable finalizable object has been finalized (chains are at most two deep);
- weak tables are printed only by CHECK, after full collections, as sorted lists of object ids;
- objects whose collection is observed are made in helper frames that have returned before CHECK runs
  (a dead register of a running function may keep its value alive), and CHECK runs in a step of its own;
- objects with finalizers, and anything they reach, never enter weak tables (Lua clears resurrected objects
  from weak values before finalizing and from weak keys one collection later);
- nothing prints addresses, hash order, collectgarbage("count") or "step" results.
All loops are bounded, so programs terminate under any correct Lua 5.4.
"""

import random
import sys

PRELUDE = r'''local FIN, FINERR = 0, 0        -- finalizer runs (printed only after full collections)
local KEEP = {}                    -- objects resurrected by finalizers, and what finalizers made
local FPOOL = {}                   -- strong slots for finalizable objects
local POOL = {}                    -- strong slots for everything else (weak-table entries may live here)
local COS = {}                     -- the coroutine pool: threads and wrapped functions
local WT = {}                      -- weak tables under observation, in creation order
local IDS = setmetatable({}, {__mode = "k"})   -- object -> id, for printing weak-table contents
local NEXTID = 0
local NEST = 0                     -- coroutines resuming pool coroutines, nested (kept far below C-stack limits)
local function S(v)
  local t = type(v)
  if t == "number" then return math.type(v) .. ":" .. tostring(v)
  elseif t == "string" then
    if #v > 60 then return "str#" .. #v end
    return string.format("%q", v)
  elseif t == "table" or t == "function" or t == "thread" then return t
  else return tostring(v) end
end
local function P(...)
  local n = select("#", ...)
  local parts = {}
  for i = 1, n do parts[i] = S((select(i, ...))) end
  print(n, table.concat(parts, " "))
end
-- A checksum of a string from about 64 sampled bytes (cheap on megabyte strings).
local function CK(s)
  local h = #s
  for i = 1, #s, #s // 61 + 1 do h = (h * 31 + s:byte(i)) % 1000000007 end
  if #s > 0 then h = (h * 31 + s:byte(#s)) % 1000000007 end
  return h
end
local function ID(o) NEXTID = NEXTID + 1 IDS[o] = NEXTID return o end
local function TAG(v)
  local t = type(v)
  if t == "string" then return "s" .. #v .. ":" .. CK(v)
  elseif t == "number" or t == "boolean" then return tostring(v)
  elseif t == "thread" then return "c" .. tostring(IDS[v]) .. coroutine.status(v)
  else return t:sub(1, 1) .. tostring(IDS[v]) end
end
local function full() collectgarbage() collectgarbage() collectgarbage() collectgarbage() end
local function CHECK(label)
  full()
  print("CHECK", label, "fin", FIN, "finerr", FINERR)
  for i, w in ipairs(WT) do
    local items = {}
    for k, v in pairs(w.t) do items[#items + 1] = TAG(k) .. "=" .. TAG(v) end
    table.sort(items)
    local shown = {}
    for j = 1, math.min(#items, 30) do shown[j] = items[j] end
    print("  weak", i, w.mode, #items, table.concat(shown, " "))
  end
end
-- Objects of several kinds for weak tables and pools; each gets an id.
local function MK(kind, i)
  if kind == 1 then return ID({i, tostring(i)})
  elseif kind == 2 then local up = {i} return ID(function() up[1] = up[1] + 1 return up[1] end)
  elseif kind == 3 then return ID(coroutine.create(function(a) local x = coroutine.yield(a + i) return x end))
  elseif kind == 4 then return ID(coroutine.wrap(function() for j = 1, 3 do coroutine.yield(i + j) end end))
  elseif kind == 5 then return ("w"):rep(i % 50 + 1) .. i
  elseif kind == 6 then return ID(setmetatable({i}, {__index = function(t, k) return k end}))
  else return ID({next = {i}, s = ("z"):rep(i % 7)}) end
end
-- Metatables for finalizable objects: what the finalizer does.
local GCMT = {}
GCMT[1] = {__gc = function(o) FIN = FIN + 1 end}
GCMT[2] = {__gc = function(o) FIN = FIN + 1 local t = {} for i = 1, 20 do t[i] = ("g"):rep(i) .. i end o.junk = t end}
GCMT[3] = {__gc = function(o) FIN = FIN + 1 KEEP[#KEEP + 1] = o end}
GCMT[4] = {__gc = function(o) FIN = FIN + 1 FINERR = FINERR + 1 error("finalizer " .. tostring(o.n)) end}
GCMT[5] = {__gc = function(o)
  FIN = FIN + 1
  local co = coroutine.create(function(a) local b = coroutine.yield(a * 2) return a + b end)
  coroutine.resume(co, 3)
  KEEP[#KEEP + 1] = co
  local w = coroutine.wrap(function() coroutine.yield(1) error("in fin co") end) w() pcall(w)
end}
GCMT[6] = {__gc = function(o)
  FIN = FIN + 1
  if (o.depth or 0) < 1 then setmetatable({depth = (o.depth or 0) + 1, n = o.n}, getmetatable(o)) end
end}
GCMT[7] = {__gc = function(o)
  FIN = FIN + 1
  o.again = (o.again or 0) + 1
  if o.again < 2 then setmetatable(o, getmetatable(o)) end   -- finalized once more
end}
GCMT[8] = {__gc = function(o) FIN = FIN + 1 collectgarbage("step", 0) local s = ("q"):rep(1000) .. o.n KEEP[#KEEP + 1] = #s end}
GCMT[9] = {__gc = function(o) FIN = FIN + 1 local x = o.s .. o.s KEEP[#KEEP + 1] = x:sub(1, 3) end}
local function FINOBJ(kind, n)
  local o = {n = n, s = ("f"):rep(n % 100)}
  return setmetatable(o, GCMT[kind])
end
-- Coroutine bodies.
local function MKCO(kind, i)
  if kind == 1 then
    return ID(coroutine.create(function(a) local s = 0 for j = 1, i % 5 + 1 do s = s + (coroutine.yield(j + a) or 0) end return s end))
  elseif kind == 2 then
    return ID(coroutine.create(function()
      local ok, e = pcall(function() for j = 1, i % 3 + 1 do coroutine.yield(j) end error("e" .. i % 10) end)
      coroutine.yield(e) return "done" end))
  elseif kind == 3 then
    return ID(coroutine.create(function() coroutine.yield(i) error({code = i % 7}) end))
  elseif kind == 4 then
    return ID(coroutine.create(function()
      for j = 1, 3 do
        local other = COS[(i * 7 + j) % (#COS + 1) + 1]
        if type(other) == "thread" and NEST < 20 then
          NEST = NEST + 1
          local r = table.pack(coroutine.resume(other, j))
          NEST = NEST - 1
          coroutine.yield(r.n, r[1] and 1 or 0)
        else coroutine.yield(0) end
      end end))
  elseif kind == 5 then
    return ID(coroutine.create(function()
      local c <close> = setmetatable({}, {__close = function() KEEP.closed = (KEEP.closed or 0) + 1 local t = {("c"):rep(100)} end})
      coroutine.yield(1) coroutine.yield(2) end))
  elseif kind == 6 then
    local shared = {n = 0}
    local a = coroutine.wrap(function() while true do shared.n = shared.n + 1 coroutine.yield(shared.n) end end)
    local b = ID(coroutine.create(function() for j = 1, 4 do coroutine.yield(shared.n + a()) end end))
    return b
  elseif kind == 7 then
    return ID(coroutine.wrap(function() for j = 1, i % 4 + 1 do coroutine.yield(("y"):rep(j * 100)) end return "end" end))
  elseif kind == 8 then
    return ID(coroutine.create(function()
      local inner = coroutine.create(function() for j = 1, 3 do coroutine.yield(j * i) end end)
      for j = 1, 4 do coroutine.yield(select(2, coroutine.resume(inner))) end end))
  elseif kind == 9 then
    return ID(coroutine.create(function(n) for j = 1, 3 do local s = ("b"):rep(n % 50 * 1000 + j) coroutine.yield(#s) end end))
  else
    return ID(coroutine.create(function()
      local f = FINOBJ(1, i)
      coroutine.yield(f.n) f = nil coroutine.yield(1) end))
  end
end
-- Summary of a resume or call result: status and a value free of addresses.
local function RS(ok, ...)
  local n = select("#", ...)
  local v = (...)
  local t = type(v)
  if t == "string" then v = #v elseif t == "table" then v = "T" .. tostring(v.code) elseif t ~= "number" and t ~= "nil" and t ~= "boolean" then v = t end
  return tostring(ok) .. ":" .. n .. ":" .. tostring(v)
end
-- Resumes (or calls) pool entries lo..hi with step st; returns a summary independent of object identity.
local function DRIVE(lo, hi, st, arg)
  local tally, sum = {}, 0
  for i = lo, math.min(hi, #COS), st do
    local c = COS[i]
    local r
    if type(c) == "thread" then r = RS(coroutine.resume(c, arg + i))
    else r = RS(pcall(c, arg + i)) end
    tally[r] = (tally[r] or 0) + 1
  end
  local ks = {}
  for k, n in pairs(tally) do ks[#ks + 1] = k .. "x" .. n end
  table.sort(ks)
  return table.concat(ks, " ")
end
local function STATUSES()
  local t = {}
  for i = 1, #COS do local c = COS[i] local s = type(c) == "thread" and coroutine.status(c) or "fn" t[s] = (t[s] or 0) + 1 end
  local ks = {}
  for k, n in pairs(t) do ks[#ks + 1] = k .. "=" .. n end
  table.sort(ks)
  return table.concat(ks, " ")
end
'''

WORDS = ["ab", "x", "hello ", "\\0\\1\\2", "abc%d", "Zz", "-=", "\\255\\128"]


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.lines = []

    def pick(self, xs):
        return self.r.choice(xs)

    def chance(self, p):
        return self.r.random() < p

    def small(self, lo, hi):
        return self.r.randint(lo, hi)

    def word(self):
        return '"' + self.pick(WORDS) + '"'

    def slot(self):
        return self.small(1, 12)

    def emit(self, body):
        idx = len(self.lines)
        self.lines.append(f"print('-- step {idx}', pcall(function()\n{body}\nend))")

    # ---- huge strings ------------------------------------------------------------------------------
    def big_string(self):
        w = self.word()
        sep = self.pick(['nil', '""', '","', w])
        csep = self.pick(['""', '"|"', w])
        pat = self.pick(['"%w"', '"a"', '"."', '"(%d+)"', '"%z"', '"x+"'])
        repl = self.pick(['"%0%0"', '""', '{a = "AAAA", x = false}', 'function(c) return c .. "!" end', '"<%0>"'])
        # A function or table replacement allocates per match: with KILN_GC_VERIFY=1 and a 4 KiB nursery every
        # few dozen matches verify the whole heap, so those sources stay short.
        cap = 20000 if repl.startswith(("function", "{")) else 300000
        return self.pick([
            f"local s = {w} for i = 1, {self.small(10, 20)} do s = s .. s end",
            f"local s = string.rep({w}, {self.small(1000, 1500000)}, {sep})",
            f"local t = {{}} for i = 1, {self.small(100, 20000)} do t[i] = tostring(i) .. {w} end "
            f"local s = table.concat(t, {csep})",
            f"local src = POOL[{self.slot()}] if type(src) ~= 'string' then src = ({w}):rep({self.small(100, 200000)}) end src = src:sub(1, {cap}) "
            f"local s = src:gsub({pat}, {repl})",
            f"local t = {{}} for i = 1, {self.small(10, 1000)} do t[i] = string.format('%99s|%-99d|%5.1f|%q', {w}, i, i / 3, {w} .. i) end "
            f"local s = table.concat(t)",
            f"local a = POOL[{self.slot()}] local b = POOL[{self.slot()}] a = type(a) == 'string' and a or {w} "
            f"b = type(b) == 'string' and b or {w} local s = (a .. b):sub({self.small(1, 100)}, -{self.small(1, 100)}):upper():reverse()",
            f"local s = string.format('%s%s', ({w}):rep({self.small(1, 500000)}), ({w}):rep({self.small(1, 500000)}))",
            f"local s = string.format('%q', ({w}):rep({self.small(1, 100000)}))",
        ])

    def st_bigstr(self):
        out = []
        for _ in range(self.small(1, 3)):
            slot = self.slot()
            out.append(f"do {self.big_string()} if #s > 8000000 then s = s:sub(1, 8000000) end "
                       f"P(#s, CK(s), s:sub(1, 10)) POOL[{slot}] = s end")
            if self.chance(0.3):
                out.append(f"do local k = POOL[{slot}] if k then local t = {{[k] = 1}} t[k .. ''] = 2 P(t[k], t[k:sub(1)]) end end")
        return "\n".join(out)

    # ---- coroutines ----------------------------------------------------------------------------------
    def st_cospawn(self):
        n = self.pick([10, 100, 500, 1000, 2000])
        kinds = self.r.sample(range(1, 11), self.small(1, 4))
        return (f"if #COS > 4000 then local t = {{}} for i = 1, #COS, 3 do t[#t + 1] = COS[i] end COS = t end\n"
                f"local kinds = {{{', '.join(map(str, kinds))}}}\n"
                f"for i = 1, {n} do COS[#COS + 1] = MKCO(kinds[i % #kinds + 1], i) end\nP(#COS, STATUSES())")

    def st_codrive(self):
        out = []
        for _ in range(self.small(1, 3)):
            lo = self.small(1, 3000)
            out.append(f"P(DRIVE({lo}, {lo + self.small(10, 3000)}, {self.small(1, 5)}, {self.small(0, 9)}))")
        out.append("P(STATUSES())")
        return "\n".join(out)

    def st_coclose(self):
        lo = self.small(1, 3000)
        return (f"local t = {{}} for i = {lo}, math.min(#COS, {lo + self.small(10, 2000)}), {self.small(1, 4)} do "
                f"local c = COS[i] if type(c) == 'thread' and coroutine.status(c) ~= 'running' and coroutine.status(c) ~= 'normal' then "
                f"local r = RS(coroutine.close(c)) t[r] = (t[r] or 0) + 1 end end\n"
                f"local ks = {{}} for k, n in pairs(t) do ks[#ks + 1] = k .. 'x' .. n end table.sort(ks) P(table.concat(ks, ' '), STATUSES())")

    def st_codrop(self):
        return self.pick([
            f"local t = {{}} for i = 1, #COS do if i % {self.small(2, 5)} ~= 0 then t[#t + 1] = COS[i] end end COS = t P(#COS)",
            f"for i = #COS, math.max(1, #COS - {self.small(10, 3000)}) + 1, -1 do COS[i] = nil end P(#COS)",
            "local t = {} for i = 1, #COS do local c = COS[i] if type(c) ~= 'thread' or coroutine.status(c) ~= 'dead' then t[#t + 1] = c end end COS = t P(#COS)",
            "COS = {} P(#COS)",
        ])

    def st_conest(self):
        depth = self.small(2, 40)
        return (f"local function chain(d) if d == 0 then coroutine.yield('bottom') collectgarbage('step', {self.small(0, 50)}) return ('r'):rep(50) end "
                f"local co = coroutine.wrap(chain) local a = co(d - 1) coroutine.yield(a .. d) local b = co() return b .. ('n'):rep(d) end\n"
                f"local top = coroutine.create(chain) P(coroutine.resume(top, {depth})) P(coroutine.resume(top)) P(coroutine.status(top))\n"
                f"local ups = {{}} for i = 1, {self.small(10, 500)} do local prev = ups[i - 1] ups[i] = coroutine.wrap(function() "
                f"local v = i if prev and i % 8 ~= 0 then v = v + (prev() or 0) end coroutine.yield(v) return v * 2 end) end\n"
                f"local s = 0 for i = #ups, 1, -{self.small(7, 50)} do local ok, v = pcall(ups[i]) s = s + (ok and v or 1000) end P(s)")

    # ---- collections ----------------------------------------------------------------------------------
    # Pauses stay at 120 or more: at 100 or less lua5.4 collects back to back, and a 30000-node list then takes
    # it seconds (pauses of 100 and below are covered by tests/lua/gc_torture_3.lua).
    def st_gc(self):
        out = []
        for _ in range(self.small(1, 4)):
            out.append(self.pick([
                "collectgarbage()",
                f"collectgarbage('step', {self.pick([0, 1, 10, 100, 1000, 100000])})",
                "P(collectgarbage('generational'))",
                "P(collectgarbage('incremental'))",
                f"collectgarbage('incremental', {4 * self.small(30, 50)}, {4 * self.small(25, 100)}, {self.small(8, 14)})",
                f"collectgarbage('generational', {self.small(5, 40)}, {self.small(50, 100)})",
                f"collectgarbage('stop') P(collectgarbage('isrunning')) local t = {{}} for i = 1, {self.small(10, 5000)} do t[i] = {{i}} end "
                f"collectgarbage() collectgarbage('restart') P(collectgarbage('isrunning'), #t)",
                f"P(collectgarbage('setpause', {4 * self.small(30, 62)}), collectgarbage('setstepmul', {4 * self.small(25, 100)}))",
            ]))
        return "\n".join(out)

    # ---- finalizers ------------------------------------------------------------------------------------
    def st_fin(self):
        n = self.pick([1, 10, 100, 500])
        kinds = self.r.sample(range(1, 10), self.small(1, 4))
        keep = self.pick([0, 0, 2, 5])
        out = [f"local kinds = {{{', '.join(map(str, kinds))}}}",
               f";(function() for i = 1, {n} do local o = FINOBJ(kinds[i % #kinds + 1], i) "
               + (f"if i % {keep} == 0 then FPOOL[i % 16 + 1] = o end " if keep else "") + "end end)()"]
        if self.chance(0.3):
            # A __gc field added after setmetatable does not mark the object for finalization.
            out.append(f";(function() local mt = {{}} for i = 1, {self.small(1, 50)} do setmetatable({{}}, mt) end "
                       "mt.__gc = function() FIN = FIN + 1000 end end)()")
        if self.chance(0.2):
            out.append(";(function() setmetatable({}, {__gc = true}) setmetatable({}, {__gc = 'nope'}) end)()")
        return "\n".join(out)

    def st_finclear(self):
        return self.pick([
            "for k in pairs(KEEP) do KEEP[k] = nil end",
            f"for i = 1, 16, {self.small(1, 3)} do FPOOL[i] = nil end",
            "KEEP = {}",
        ])

    # ---- weak tables -------------------------------------------------------------------------------------
    def st_weak(self):
        mode = self.pick(["k", "v", "kv"])
        n = self.small(3, 40)
        kinds = self.r.sample(range(1, 8), self.small(1, 4))
        strong = self.pick([0, 2, 3, 5])
        keys = self.pick(["obj", "int", "str"])
        key = {"obj": "MK(kinds[(i + 1) % #kinds + 1], i + 100)", "int": "i", "str": "'k' .. i"}[keys]
        body = [f"local w = setmetatable({{}}, {{__mode = '{mode}'}})",
                f"local kinds = {{{', '.join(map(str, kinds))}}}",
                f";(function() for i = 1, {n} do local k, v = {key}, MK(kinds[i % #kinds + 1], i) w[k] = v "
                + (f"if i % {strong} == 0 then POOL[12 + i % 8] = {self.pick(['k', 'v'])} end " if strong else "")
                + "end end)()"]
        if self.chance(0.4):
            # An ephemeron chain: each key's value is the next key; only the head may be held strongly.
            body.append(f";(function() local keys = {{}} for i = 1, {self.small(2, 30)} do keys[i] = MK(1, i + 500) end "
                        f"local e = setmetatable({{}}, {{__mode = 'k'}}) for i = 1, #keys - 1 do e[keys[i]] = keys[i + 1] end "
                        f"e[keys[#keys]] = {{keys[1]}} "
                        + ("POOL[20] = keys[1] " if self.chance(0.5) else "")
                        + "WT[#WT + 1] = {mode = 'eph', t = e} end)()")
        if self.chance(0.3):
            body.append(f";(function() for i = 1, {self.small(1, 10)} do w[MK(1, i + 900)] = COS[i * 13] end end)()")
        body.append(f"WT[#WT + 1] = {{mode = '{mode}', t = w}}")
        body.append("if #WT > 6 then table.remove(WT, 1) end")
        return "\n".join(body)

    def st_weakdrop(self):
        return self.pick([
            f"for i = 12, 20, {self.small(1, 3)} do POOL[i] = nil end",
            f"POOL[{self.small(12, 20)}] = nil",
            "table.remove(WT, 1)",
        ])

    def st_check(self):
        return "CHECK(" + str(len(self.lines)) + ")"

    # ---- closures, deep tables, churn, dump ----------------------------------------------------------------
    def st_closures(self):
        n = self.small(10, 1000)
        slot = self.slot()
        return (f"local fs = {{}} for i = 1, {n} do local shared = {{i}} local function inc() shared[1] = shared[1] + 1 return shared[1] end "
                f"local function get() return shared[1] end fs[#fs + 1] = inc fs[#fs + 1] = get end\n"
                f"local s = 0 for i = 1, #fs, {self.small(1, 5)} do s = s + fs[i]() end P(s)\n"
                f"POOL[{slot}] = fs\n"
                f"local acc = 0 local mk = function(x) return function(y) acc = acc + x * y return acc end end "
                f"for i = 1, {self.small(10, 1000)} do local f = mk(i) f(2) end P(acc)")

    def st_deep(self):
        slot = self.slot()
        return self.pick([
            f"local l = nil for i = 1, {self.pick([100, 3000, 30000])} do l = {{next = l, v = i}} end POOL[{slot}] = l "
            f"local s, n = 0, 0 while l do s = s + l.v n = n + 1 l = l.next end P(n, s)",
            f"local t = {{}} local cur = t for i = 1, {self.small(100, 5000)} do cur[1] = {{}} cur.s = ('d'):rep(i % 30) cur = cur[1] end POOL[{slot}] = t "
            f"local d = 0 cur = t while cur[1] do d = d + 1 cur = cur[1] end P(d)",
            f"local base = {{x = 1}} local o = base for i = 1, {self.small(10, 90)} do o = setmetatable({{}}, {{__index = o}}) end "
            f"POOL[{slot}] = o P(o.x, rawget(o, 'x'))",
            f"local t = {{}} for i = 1, {self.small(10, 300)} do t = {{t, t, [t] = i}} end POOL[{slot}] = t P(type(t[1][2]))",
        ])

    def st_churn(self):
        n = self.small(100, 5000)
        return self.pick([
            f"local t = {{}} for i = 1, {n} do t[i] = {{i}} t['k' .. i] = i end for i = 1, {n}, 2 do t[i] = nil t['k' .. i] = nil end "
            f"local c, s = 0, 0 for k, v in pairs(t) do c = c + 1 if type(v) == 'number' then s = s + v end end P(c, s)",
            f"local t = {{}} for i = 1, {n} do t[#t + 1] = ('e'):rep(i % 13) if i % 3 == 0 then table.remove(t, 1) end end P(#t, #table.concat(t))",
            f"local t = {{}} for i = 1, {n} do t[{{}}] = i end local s = 0 for k, v in pairs(t) do s = s + v t[k] = nil end P(s, next(t))",
            f"local mt = {{__index = function(t, k) local v = {{k}} rawset(t, k, v) return v end}} local o = setmetatable({{}}, mt) "
            f"local s = 0 for i = 1, {n} do s = s + o[i % 500][1] end P(s)",
            f"local t = {{}} for i = 1, {n} do t[i * 1.5] = tostring(i) end local s = 0 for i = 1, {n} do s = s + #t[i * 1.5] end P(s)",
            f"local t = {{}} for r = 1, {self.small(1, 30)} do for i = 1, {min(n, 3000)} do t[i] = {{r, i}} end for i = 1, {min(n, 3000)} do t[i] = nil end end P(next(t))",
        ])

    def st_dump(self):
        n = self.small(1, 300)
        slot = self.slot()
        return self.pick([
            f"local code = {{}} for i = 1, {n} do code[i] = 'local v' .. i .. ' = ' .. i .. ' .. \"s\"' end code[#code + 1] = 'return v1 .. v{n}' "
            f"local f = load(table.concat(code, '\\n')) local g = load(string.dump(f, {self.pick(['true', 'false'])})) POOL[{slot}] = g P(g(), f())",
            f"local function f(a, b) local t = {{}} for i = 1, a do t[i] = ('x'):rep(i) end return #table.concat(t, b) end "
            f"local d = string.dump(f) local g = load(d, 'dumped', 'b') P(g({n}, ','), #d > 0, load(d, 'x', 't') == nil)",
            f"local up = {{1}} local function f() up[1] = up[1] + 1 return up[1] end local g = load(string.dump(f)) P((pcall(g))) POOL[{slot}] = g",
            f"local parts = {{'return function(x) return x', ' + 1 end'}} local i = 0 local f = load(function() i = i + 1 collectgarbage('step') return parts[i] end) "
            f"local g = f() P(g({n}), load(string.dump(g))({n}))",
        ])

    def st_mix(self):
        """One loop interleaving small operations of every family, iteration by iteration."""
        n = self.small(20, 400)
        ops = [
            "local c = COS[i % (#COS + 1) + 1] if type(c) == 'thread' then acc[#acc + 1] = RS(coroutine.resume(c, i)) end",
            "local old = POOL[i % 12 + 1] POOL[i % 12 + 1] = (type(old) == 'string' and #old < 100000 and old or 'm') .. i",
            "if i % 17 == 0 then collectgarbage('step', i % 50) end",
            "if i % 53 == 0 then collectgarbage() end",
            ";(function() FINOBJ(i % 9 + 1, i) end)()",
            "COS[#COS + 1] = MKCO(i % 10 + 1, i)",
            "local t = setmetatable({}, {__index = function(_, k) return k * 2 end}) acc[#acc + 1] = tostring(t[i])",
            "acc[#acc + 1] = tostring(#(('r'):rep(i * 100)))",
            "if WT[1] then ;(function() WT[1].t[MK(i % 7 + 1, i)] = MK(1, i) end)() end",
            "local co = coroutine.wrap(function(a) local b = coroutine.yield(a + 1) return a + b end) co(i) acc[#acc + 1] = tostring(co(1))",
            "local s = string.format('%-50s%50d', 'i', i) acc[#acc + 1] = tostring(#s)",
        ]
        chosen = self.r.sample(ops, self.small(2, 6))
        return (f"local acc = {{}} for i = 1, {n} do\n  " + "\n  ".join(chosen) + "\nend\n"
                "local h = 0 for _, v in ipairs(acc) do h = (h * 31 + CK(v)) % 1000000007 end P(#acc, h)")

    STEPS = ["st_bigstr", "st_bigstr", "st_cospawn", "st_cospawn", "st_codrive", "st_codrive", "st_codrive",
             "st_coclose", "st_codrop", "st_conest", "st_gc", "st_gc", "st_gc", "st_fin", "st_fin", "st_finclear",
             "st_weak", "st_weak", "st_weakdrop", "st_check", "st_closures", "st_deep", "st_churn", "st_dump",
             "st_mix", "st_mix"]

    def program(self):
        for _ in range(self.small(10, 26)):
            self.emit(getattr(self, self.pick(self.STEPS))())
        self.emit(self.st_check())
        return PRELUDE + "\n".join(self.lines) + "\nprint('-- end')\n"


def main():
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else 0
    sys.stdout.write(Gen(seed).program())


if __name__ == "__main__":
    main()
