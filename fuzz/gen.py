#!/usr/bin/env python3
"""Generates a random, deterministic, terminating Lua 5.4 program from a seed (python3 gen.py SEED).

The program is a sequence of independent blocks, each run under pcall so one error does not hide the
rest; every block prints what it computed through `P`, which never prints an address or a hash-order
dependent sequence. All loops are bounded, recursion is bounded, and coroutines are driven a bounded
number of times, so the program terminates under any correct Lua 5.4.
"""

import random
import sys

PRELUDE = r'''local function S(v)
  local t = type(v)
  if v ~= v then return "float:nan"  -- the sign of a NaN from two NaN operands is the C compiler's choice
  elseif t == "number" then return math.type(v) .. ":" .. tostring(v)
  elseif t == "string" then
    v = v:gsub("%-nan", "nan"):gsub("(%a+): 0x%x+", "%1: ADDR")  -- tostring of an object shows an address
    return string.format("%q", v)
  elseif t == "table" then
    local mt = getmetatable(v)
    if mt and mt.__name then return "obj:" .. tostring(mt.__name) end
    local n = 0
    for _ in pairs(v) do n = n + 1 end
    return "table#" .. n
  elseif t == "function" or t == "thread" or t == "userdata" then return t
  else return tostring(v) end
end
-- A value computed by f, or 1 after printing f's error. Callers pass a one-line function: lua5.4.4 reports an
-- integer division by zero at the last line where the function saved its pc, not at the division itself.
local function SAFE(f)
  local ok, v = pcall(f)
  if ok then return v end
  print("SAFE", v)
  return 1
end
local function P(...)
  local n = select("#", ...)
  local parts = {}
  for i = 1, n do parts[i] = S((select(i, ...))) end
  print(n, table.concat(parts, " "))
end
local function sortedkeys(t)
  local ks = {}
  for k in pairs(t) do ks[#ks + 1] = k end
  table.sort(ks, function(a, b)
    local ta, tb = type(a), type(b)
    if ta ~= tb then return ta < tb end
    if ta == "number" or ta == "string" then return a < b end
    return false
  end)
  return ks
end
local function dump(t)
  local out = {}
  for _, k in ipairs(sortedkeys(t)) do out[#out + 1] = S(k) .. "=" .. S(t[k]) end
  return "{" .. table.concat(out, ",") .. "}"
end
'''

INT_LITS = ["0", "1", "-1", "2", "3", "7", "10", "-13", "255", "1000", "0x7fffffffffffffff",
            "math.maxinteger", "math.mininteger", "(math.mininteger + 1)", "(math.maxinteger - 1)",
            "0xff", "0x10", "(1 << 62)", "(1 << 63)", "-0x8000000000000000", "9007199254740993"]
FLOAT_LITS = ["0.0", "-0.0", "1.5", "-2.5", "0.1", "3.0", "1e308", "-1e308", "2^53", "2^63", "-2^63",
              "1e15", "1e16", "123456.789", "(1/0)", "(-1/0)", "0.5", "7.0", "-7.25", "1e-300"]
STR_NUM_LITS = ['"10"', '"0x10"', '" 5 "', '"3.5"', '"1e2"', '"-7"', '"abc"', '""', '"9223372036854775807"',
                '"9223372036854775808"', '"0x7fffffffffffffff"', '"  0x1p4  "', '"inf"', '"1 2"']
ARITH_OPS = ["+", "-", "*", "/", "//", "%", "^"]
BIT_OPS = ["&", "|", "~", "<<", ">>"]
CMP_OPS = ["==", "~=", "<", "<=", ">", ">="]
WORDS = ["alpha", "beta", "x", "hello world", "a,b,,c", "  pad  ", "%d", "a.b", "ÿ", "\\0z", "abcabc", "(x)"]


def lua_quote(text):
    """A Lua string literal for text: letters, digits and spaces as they are, every other byte as \\ddd."""
    return '"' + "".join(c if c.isalnum() or c == " " else "\\%03d" % ord(c) for c in text) + '"'


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.uid = 0
        self.lines = []

    # ---- helpers ---------------------------------------------------------------------------------
    def name(self, prefix="v"):
        self.uid += 1
        return f"{prefix}{self.uid}"

    def pick(self, xs):
        return self.r.choice(xs)

    def chance(self, p):
        return self.r.random() < p

    def small(self, lo=0, hi=5):
        return self.r.randint(lo, hi)

    def word(self):
        return '"' + self.pick(WORDS) + '"'

    # ---- expressions -------------------------------------------------------------------------------
    def num(self, env, depth):
        r = self.r.random()
        if depth <= 0 or r < 0.3:
            if env and self.chance(0.5):
                return self.pick(env)
            k = self.r.random()
            if k < 0.5:
                return self.pick(INT_LITS) if self.chance(0.4) else str(self.small(-20, 100))
            if k < 0.85:
                return self.pick(FLOAT_LITS) if self.chance(0.5) else f"{self.small(-50, 50)}.{self.small(0, 99)}"
            return self.pick(STR_NUM_LITS[:6]) if self.chance(0.9) else self.pick(STR_NUM_LITS)
        if r < 0.65:
            return f"({self.num(env, depth - 1)} {self.pick(ARITH_OPS)} {self.num(env, depth - 1)})"
        if r < 0.78:
            return f"({self.int_like(env, depth - 1)} {self.pick(BIT_OPS)} {self.int_like(env, depth - 1)})"
        if r < 0.84:
            return f"({self.pick(['-', '~', '-'])} {self.num(env, depth - 1)})"
        if r < 0.92:
            f = self.pick(["math.floor", "math.ceil", "math.abs", "math.tointeger", "math.fmod",
                           "math.max", "math.min", "tonumber", "math.ult", "math.sqrt"])
            if f in ("math.fmod", "math.max", "math.min", "math.ult"):
                return f"{f}({self.num(env, depth - 1)}, {self.num(env, depth - 1)})"
            return f"({f}({self.num(env, depth - 1)}) or 0)"
        if r < 0.96:
            return f"#{self.str_expr(env, depth - 1)}"
        return f"({self.cond(env, depth - 1)} and {self.num(env, depth - 1)} or {self.num(env, depth - 1)})"

    def safe_num(self, depth):
        return f"SAFE(function() return {self.num([], depth)} end)"

    def int_like(self, env, depth):
        if self.chance(0.7):
            return self.pick(INT_LITS) if self.chance(0.5) else str(self.small(-5, 70))
        return self.num(env, depth)

    def cond(self, env, depth):
        r = self.r.random()
        if r < 0.6:
            return f"({self.num(env, depth)} {self.pick(CMP_OPS)} {self.num(env, depth)})"
        if r < 0.8:
            return f"({self.str_expr(env, depth)} {self.pick(CMP_OPS)} {self.str_expr(env, depth)})"
        return f"(not {self.num(env, depth)})"

    def str_expr(self, env, depth):
        r = self.r.random()
        if depth <= 0 or r < 0.3:
            return self.word()
        if r < 0.5:
            return f"({self.str_expr(env, depth - 1)} .. {self.num(env, depth - 1)})"
        if r < 0.6:
            return f"({self.num(env, depth - 1)} .. {self.str_expr(env, depth - 1)})"
        if r < 0.7:
            return f"string.sub({self.str_expr(env, depth - 1)}, {self.small(-6, 6)}, {self.small(-6, 8)})"
        if r < 0.78:
            return f"string.rep({self.str_expr(env, depth - 1)}, {self.small(0, 3)}, {self.word()})"
        if r < 0.86:
            fmt = self.pick(['"%d"', '"%5.2f"', '"%g"', '"%x"', '"%s|%s"', '"%q"', '"%10.3s"', '"%-5d|"',
                             '"%.3f"', '"%i"', '"%c"', '"%a"', '"%o"', '"%X"', '"%e"', '"%5s%%"'])
            nargs = fmt.count("%") - 2 * fmt.count("%%")
            args = ", ".join(self.num(env, depth - 1) for _ in range(max(nargs, 1)))
            return f"string.format({fmt}, {args})"
        if r < 0.92:
            return f"tostring({self.num(env, depth - 1)})"
        return f"({self.str_expr(env, depth - 1)}):{self.pick(['upper', 'lower', 'reverse'])}()"

    # ---- blocks --------------------------------------------------------------------------------------
    def emit_block(self, body):
        idx = len(self.lines)
        self.lines.append(f"print('-- block {idx}', pcall(function()\n{body}\nend))")

    def blk_arith(self):
        env = []
        out = []
        for _ in range(self.small(1, 4)):
            v = self.name()
            # One line: lua5.4.4 reports an integer division by zero at the enclosing function's first line.
            out.append(f"local ok_{v}, {v} = pcall(function() return {self.num(env, 2)} end) "
                       f"if not ok_{v} then P({v}) {v} = 1 end")
            env.append(v)
        for _ in range(self.small(2, 6)):
            out.append(f"P(pcall(function() return {self.num(env, 3)} end))")
        for _ in range(self.small(0, 3)):
            out.append(f"P(pcall(function() return {self.cond(env, 2)} end))")
        return "\n".join(out)

    def blk_strings(self):
        out = []
        for _ in range(self.small(2, 6)):
            out.append(f"P(pcall(function() return {self.str_expr([], 3)} end))")
        s = self.pick(['"hello world from lua"', '"a1b22c333"', '"key=val; k2=v2"', '"  trim me  "',
                       '"one,two,,three"'])
        pat = self.pick(['"%a+"', '"%d+"', '"(%w+)=(%w+)"', '"o"', '"%s+"', '"[aeiou]"', '"(.)(.)"', '"^%s*(.-)%s*$"',
                         '"%f[%w]%w+"', '"()"', '","', '"%b()"', '"[%d]*"', '"x*"'])
        repl = self.pick(['"<%0>"', '"%1"', '"[%2%1]"', '{a="A", o=false, hello="HI"}',
                          'function(a, b) if b then return b .. a end return #a end', '"%%"', '""'])
        out.append(f"P(pcall(string.gsub, {s}, {pat}, {repl}))")
        out.append(f"P(pcall(string.gsub, {s}, {pat}, {repl}, {self.small(0, 3)}))")
        out.append(f"P(string.find({s}, {pat}))")
        out.append(f"P(string.find({s}, {pat}, {self.small(-10, 12)}, {self.pick(['true', 'false', 'nil'])}))")
        out.append(f"P(string.match({s}, {pat}))")
        out.append(f"do local r = {{}} for a, b in string.gmatch({s}, {pat}) do r[#r + 1] = tostring(a) .. '/' .. tostring(b) "
                   f"if #r > 20 then break end end P(table.concat(r, ';')) end")
        out.append(f"P(string.byte({s}, {self.small(-3, 3)}, {self.small(-3, 5)}))")
        out.append(f"P(pcall(string.char, {self.small(0, 255)}, {self.small(60, 90)}, {self.pick(['256', '-1', '65'])}))")
        return "\n".join(out)

    def blk_tables(self):
        t = self.name("t")
        out = [f"local ok_{t}, {t} = pcall(function() return {{{', '.join(self.table_items())}}} end) "
               f"if not ok_{t} then P({t}) {t} = {{}} end"]
        for _ in range(self.small(2, 8)):
            k = self.r.random()
            if k < 0.2:
                out.append(f"table.insert({t}, {self.safe_num(1)})")
            elif k < 0.3:
                out.append(f"P(pcall(table.insert, {t}, {self.small(-1, 8)}, {self.word()}))")
            elif k < 0.45:
                out.append(f"P(pcall(table.remove, {t}{', ' + str(self.small(-1, 8)) if self.chance(0.5) else ''}))")
            elif k < 0.6:
                key = self.pick(["1", "2.0", "3", '"k"', '"1"', "-1", "0", "0.5", "2^53", "#" + t + " + 1", "math.huge"])
                # No nil stores to integer keys: the border # picks in a table with holes is unspecified.
                val = self.pick([self.num([], 1), self.word(), 'true'] + (['nil'] if key.startswith('"') else []))
                out.append(f"pcall(function() {t}[{key}] = {val} end)")
            elif k < 0.75:
                key = self.pick(["1", "2.0", '"k"', '"1"', "0.5", "#" + t, "-0.0"])
                out.append(f"P({t}[{key}])")
            elif k < 0.85:
                out.append(f"P(#{t}, select('#', table.unpack({t}, 1, #{t})))")
            else:
                out.append(f"P(pcall(table.concat, {t}, {self.word()}, {self.small(1, 2)}, {self.small(0, 4)}))")
        arr = self.name("a")
        n = self.small(0, 12)
        vals = [str(self.small(-20, 20)) if self.chance(0.7) else f"{self.small(-9, 9)}.5" for _ in range(n)]
        out.append(f"local {arr} = {{{', '.join(vals)}}}")
        cmp = self.pick(["", ", function(a, b) return a > b end", ", function(a, b) return math.abs(a) < math.abs(b) end"])
        out.append(f"table.sort({arr}{cmp})")
        if cmp.endswith("math.abs(b) end"):
            out.append(f"for i = 1, #{arr} do {arr}[i] = math.abs({arr}[i]) end")
        out.append(f"P(table.concat({arr}, ','))")
        out.append(f"P(dump({t}))")
        out.append(f"P(pcall(table.sort, {{3, 'x', 1}}))")
        out.append(f"P(table.unpack({{1, 2, nil, 4}}, {self.small(1, 2)}, {self.small(2, 5)}))")
        out.append(f"P(select('#', table.unpack({{}}, 1, {self.small(0, 3)})), table.pack({arr}[1], nil).n)")
        return "\n".join(out)

    def table_items(self):
        items = []
        for _ in range(self.small(0, 7)):
            k = self.r.random()
            if k < 0.45:
                items.append(self.num([], 1) if self.chance(0.6) else self.word())
            elif k < 0.7:
                items.append(f"{self.pick(['k', 'name', 'x', 'y'])} = {self.num([], 1)}")
            else:
                key = self.pick(["1", "2", "1.0", "2.0", "0.5", "-2", '"s"', "-0.0", "true"])  # no holes: # is unspecified
                items.append(f"[{key}] = {self.num([], 1)}")
        return items

    def blk_closures(self):
        out = []
        f = self.name("mk")
        step = self.small(1, 5)
        out.append(f"local function {f}(start)\n  local n = start\n  return function(d) n = n + (d or {step}) return n end,"
                   f" function() return n end\nend")
        a, b = self.name("inc"), self.name("get")
        out.append(f"local {a}, {b} = {f}({self.safe_num(1)})")
        for _ in range(self.small(1, 4)):
            arg = self.pick(['nil', str(self.small(-3, 9)), '0.5', '"2"'])
            out.append(f"P(pcall({a}, {arg}))")
        out.append(f"P({b}())")
        fs = self.name("fs")
        n = self.small(1, 5)
        out.append(f"local {fs} = {{}}\nfor i = 1, {n} do local j = i * {self.small(1, 4)} {fs}[i] = function() j = j + i return j end end")
        out.append(f"for i = 1, #{fs} do P({fs}[i](), {fs}[i]()) end")
        w = self.name("w")
        out.append(f"local {w} = {{}}\ndo local k = 0 while k < {self.small(0, 5)} do k = k + 1 local c = k {w}[k] = function() c = c * 2 return c, k end end end")
        out.append(f"for i = 1, #{w} do P({w}[i]()) end")
        rec = self.name("rec")
        out.append(f"local function {rec}(n, acc) if n <= 0 then return acc end return {rec}(n - 1, acc .. n) end")
        out.append(f"P({rec}({self.small(0, 12)}, ''))")
        out.append(f"local function fib(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end P(fib({self.small(0, 15)}))")
        return "\n".join(out)

    def blk_varargs(self):
        out = []
        f = self.name("va")
        out.append(f"local function {f}(a, ...)\n  local n = select('#', ...)\n  local t = {{...}}\n"
                   f"  return n, a, #t, (select(n > 0 and n or 1, ...)), ...\nend")
        for _ in range(self.small(1, 4)):
            args = ", ".join(self.pick(["nil", "1", "'s'", "2.5", "true"]) for _ in range(self.small(0, 5)))
            out.append(f"P({f}({args}))")
            out.append(f"P(({f}({args})))")
            out.append(f"P({f}({args}), 'end')")
        out.append(f"P(pcall(select, {self.small(-3, 3)}, 'a', 'b'))")
        out.append(f"P(select(-1, 1, 2, 3), select(2, 'x', 'y', 'z'))")
        out.append(f"local function pass(...) return ... end P(pass(pass({f}(1, 2))))")
        out.append(f"local p = table.pack(pass(nil, nil)) P(p.n, #{{pass(1, nil, 3)}} >= 1)")
        return "\n".join(out)

    def blk_assign(self):
        out = ["local a, b, c = 1, 2", "P(a, b, c)", "a, b = b, a", "P(a, b)", "local t = {1, 2, 3}",
               "local i = 1", "i, t[i] = i + 1, 20", "P(i, t[1], t[2])",
               f"local x, y = (function() return {self.safe_num(1)}, {self.safe_num(1)}, 9 end)()", "P(x, y)",
               "local q = {} q.a, q.b, q.c = (function() return 1, 2 end)()", "P(q.a, q.b, q.c)",
               f"local m, n = {self.safe_num(1)}", "P(m, n)"]
        return "\n".join(out)

    def blk_loops(self):
        out = []
        a = self.pick(["1", "0", "-3", "1.5", "math.maxinteger - 2", "math.mininteger", "10", "0.1", "'2'"])
        b = self.pick(["5", "0", "-3", "3.5", "math.maxinteger", "math.mininteger + 2", "1", "1.0", "2^53"])
        c = self.pick(["", ", 1", ", -1", ", 2", ", 0.5", ", -0.25", ", 0", ", math.maxinteger", ", 3"])
        out.append(f"do local r, n = {{}}, 0 for i = {a}, {b}{c} do n = n + 1 r[#r + 1] = tostring(i) if n >= 12 then break end end P(n, table.concat(r, ' ')) end")
        out.append(f"do local r = {{}} for i, v in ipairs({{10, 20, nil, 40}}) do r[#r + 1] = i .. '=' .. v end P(table.concat(r, ',')) end")
        out.append("do local k = 0 local s = 0 while true do k = k + 1 if k % 2 == 0 then goto cont end s = s + k "
                   f"if k > {self.small(1, 20)} then break end ::cont:: end P(k, s) end")
        out.append(f"do local k = 0 repeat local z = k * 2 k = k + 1 until z >= {self.small(0, 15)} P(k) end")
        out.append("do local i = 1 ::top:: if i <= 3 then P('goto', i) i = i + 1 goto top end end")
        out.append(f"do local function it(s, c) if c < s then return c + 1, c * c end end local r = {{}} "
                   f"for a, b in it, {self.small(0, 6)}, 0 do r[#r + 1] = a .. ':' .. b end P(table.concat(r, ' ')) end")
        out.append("do local t = {x = 1, y = 2, [1] = 'a', [2.5] = 'f'} local r = {} for _, k in ipairs(sortedkeys(t)) do "
                   "r[#r + 1] = tostring(k) .. '=' .. tostring(t[k]) end P(table.concat(r, ' ')) end")
        return "\n".join(out)

    def blk_errors(self):
        out = []
        for _ in range(self.small(2, 5)):
            v = self.pick(["'msg'", "42", "nil", "{code = 7}", "'lvl', 2", "'zero', 0", "false", "3.5", "setmetatable({}, {__tostring = function() return 'TS' end})"])
            out.append(f"do local ok, e = pcall(error, {v}) P(ok, type(e) == 'table' and (e.code or tostring(e)) or e) end")
        out.append("do local function f() error({tag = 'deep'}) end local ok, e = pcall(function() f() end) P(ok, e.tag) end")
        out.append("do local ok, e = pcall(function() local x = nil return x.field end) P(ok, e) end")
        out.append("do local ok, e = pcall(function() local t = {} return t.a.b end) P(ok, e) end")
        bad = self.pick(['1 + {}', '"a" < 1', '{} < {}', '#5', '(nil)()', '1 // 0', '1 % 0', '"x" .. {}',
                         'math.tointeger("x") + 1', '2^53 | 0', '1.5 | 0', '"1.5" | 1', '-nil', '"10" | 1'])
        out.append(f"do local ok, e = pcall(function() return {bad} end) P(ok, e) end")
        out.append("P(select('#', pcall(error)))")
        out.append("P(xpcall(function() error('X') end, function(m) return 'handled: ' .. m end))")
        out.append("P(xpcall(function(...) return ... end, print, 1, 2))")
        out.append("do local ok, e = pcall(pcall) P(ok, e) end")
        out.append("P(select(2, pcall(error, setmetatable({}, {__index = function(t, k) return k end}))).x)")
        return "\n".join(out)

    def blk_meta(self):
        out = []
        mt = self.name("mt")
        out.append(f"local {mt} = {{__name = 'V'}}")
        out.append(f"{mt}.__index = function(t, k) return 'idx:' .. tostring(k) end")
        out.append(f"{mt}.__add = function(a, b) return (type(a) == 'table' and a.v or a) + (type(b) == 'table' and b.v or b) end")
        out.append(f"{mt}.__eq = function(a, b) return a.v == b.v end")
        out.append(f"{mt}.__lt = function(a, b) return a.v < b.v end")
        out.append(f"{mt}.__le = function(a, b) return a.v <= b.v end")
        out.append(f"{mt}.__concat = function(a, b) return 'cat(' .. (type(a) == 'table' and a.v or a) .. ',' .. (type(b) == 'table' and b.v or b) .. ')' end")
        out.append(f"{mt}.__len = function(a) return a.v * 2 end")
        out.append(f"{mt}.__call = function(self, ...) return self.v, select('#', ...), ... end")
        out.append(f"{mt}.__unm = function(a) return -a.v end")
        out.append(f"{mt}.__tostring = function(a) return 'V(' .. a.v .. ')' end")
        out.append(f"local function V(x) return setmetatable({{v = x}}, {mt}) end")
        a, b = self.name("o"), self.name("o")
        out.append(f"local {a}, {b} = V({self.small(-5, 5)}), V({self.small(-5, 5)})")
        exprs = [f"{a} + {b}", f"{a} + 1", f"2.5 + {b}", f"{a} == {b}", f"{a} ~= {b}", f"{a} < {b}", f"{a} <= {b}",
                 f"{a} > {b}", f"{a} >= {b}", f"{a} .. {b}", f"'s' .. {a}", f"{a} .. 1 .. 'x'", f"#{a}", f"{a}(1, nil)",
                 f"{a}.missing", f"{a}[1]", f"-{a}", f"tostring({a})", f"{a} == V({a}.v)", f"rawequal({a}, {a})",
                 f"{a} * 2", f"rawlen({a})", f"{a} < 1"]
        for _ in range(self.small(3, 9)):
            out.append(f"P(pcall(function() return {self.pick(exprs)} end))")
        p = self.name("prox")
        out.append(f"local log = {{}}\nlocal {p} = setmetatable({{}}, {{__newindex = function(t, k, v) log[#log + 1] = tostring(k) rawset(t, k, v) end, __index = {{dflt = 5}}}})")
        out.append(f"{p}.a = 1 {p}.a = 2 {p}[1] = 'x' {p}.dflt = {p}.dflt + 1")
        out.append(f"P(table.concat(log, ','), {p}.a, {p}.dflt, rawget({p}, 'zzz'))")
        out.append("do local chain = setmetatable({}, {__index = setmetatable({mid = 'm'}, {__index = function(_, k) return k .. '!' end})}) P(chain.mid, chain.top) end")
        out.append("do local order = {} do local x <close> = setmetatable({}, {__close = function(_, e) order[#order + 1] = 'x:' .. tostring(e) end})\n"
                   "local y <close> = setmetatable({}, {__close = function() order[#order + 1] = 'y' end}) end P(table.concat(order, ' ')) end")
        out.append("do local ok, e = pcall(function() local z <close> = setmetatable({}, {__close = function(_, err) P('closing', err) end}) error('boom', 0) end) P(ok, e) end")
        out.append("P(pcall(function() local bad <close> = 42 end))")
        out.append(f"P(getmetatable('abc').__index == string, ('x'):rep(3), #setmetatable({{}}, {{__len = function() return {self.small(0, 9)} end}}))")
        return "\n".join(out)

    def blk_coroutines(self):
        out = []
        n = self.small(0, 6)
        out.append(f"local gen = coroutine.wrap(function(a, b) local s = a for i = 1, {n} do local got = coroutine.yield(i, s) s = s + (got or 0) end return 'done', s end)")
        out.append("P(gen(1, 2))")
        for _ in range(self.small(0, n + 1)):
            out.append(f"P(gen({self.small(0, 9)}))")
        out.append("local co = coroutine.create(function(...) local x = coroutine.yield(...) error({v = x}) end)")
        out.append("P(coroutine.resume(co, 1, 2, 3))")
        out.append("P(coroutine.status(co))")
        out.append("do local ok, e = coroutine.resume(co, 'val') P(ok, type(e) == 'table' and e.v or e, coroutine.status(co)) end")
        out.append("P(coroutine.resume(co))")
        out.append("P(coroutine.isyieldable(), coroutine.resume(coroutine.create(function() return coroutine.isyieldable() end)))")
        out.append("do local co2 = coroutine.create(function() local ok, v = pcall(function() local r = coroutine.yield('in pcall') error('after ' .. r) end) coroutine.yield(ok, v) return 'end' end)\n"
                   "P(coroutine.resume(co2)) P(coroutine.resume(co2, 'R')) P(coroutine.resume(co2)) P(coroutine.resume(co2)) end")
        out.append(f"do local function producer() return coroutine.wrap(function() for i = 1, {self.small(1, 6)} do coroutine.yield(i * i) end end) end\n"
                   "local r = {} for v in producer() do r[#r + 1] = v end P(table.concat(r, ',')) end")
        out.append("do local co3 = coroutine.wrap(function() local t = setmetatable({}, {__index = function(_, k) return coroutine.yield(k) end}) return t.foo .. '!' end) P(co3()) P(co3('bar')) end")
        out.append("P(pcall(coroutine.wrap(function() error('in wrap') end)))")
        out.append("P(coroutine.running() ~= nil, select(2, coroutine.running()))")
        return "\n".join(out)

    def blk_coerce(self):
        out = []
        for _ in range(self.small(3, 8)):
            a = self.pick(STR_NUM_LITS + INT_LITS[:8] + FLOAT_LITS[:8])
            b = self.pick(STR_NUM_LITS + INT_LITS[:8] + FLOAT_LITS[:8])
            op = self.pick(ARITH_OPS + BIT_OPS + [".."] + CMP_OPS[:2])
            out.append(f"P(pcall(function() return {a} {op} {b} end))")
        for _ in range(self.small(1, 4)):
            a = self.pick(STR_NUM_LITS + FLOAT_LITS + ["'0x1P-2'", "'1e'", "'.5'", "'5.'", "' -0x10 '", "'1_000'"])
            base = self.pick(["", ", 16", ", 2", ", 36", ", 10", ", 8"])
            out.append(f"P(pcall(tonumber, {a}{base}))")
        out.append(f"P(math.tointeger({self.pick(FLOAT_LITS)}), math.type({self.pick(INT_LITS + FLOAT_LITS)}))")
        out.append(f"P(string.format('%.17g', {self.safe_num(2)}))")
        out.append(f"P({self.pick(INT_LITS)} == {self.pick(FLOAT_LITS)}, {self.pick(INT_LITS)} < {self.pick(FLOAT_LITS)})")
        return "\n".join(out)


    # ---- random control flow over numeric locals (exercises the compiler's registers, jumps, upvalues) -------
    def rc_expr(self, vs, depth):
        r = self.r.random()
        if depth <= 0 or r < 0.25:
            if vs and self.chance(0.7):
                return self.pick(vs)
            return self.pick(["0", "1", "2", "-3", "7", "0.5", "-1.25", "100", "math.maxinteger", "math.mininteger",
                              "2^31", "1e300", "3"])
        if r < 0.55:
            op = self.pick(["+", "-", "*", "+", "-", "/"])
            return f"({self.rc_expr(vs, depth - 1)} {op} {self.rc_expr(vs, depth - 1)})"
        if r < 0.65:
            op = self.pick(["//", "%"])
            return f"({self.rc_expr(vs, depth - 1)} {op} {self.pick(['3', '-2', '7', '2.5', '-0.5', '16'])})"
        if r < 0.72:
            op = self.pick(["&", "|", "~", "<<", ">>"])
            return f"((math.tointeger({self.rc_expr(vs, depth - 1)}) or 5) {op} {self.pick(['1', '3', '63', '64', '-1', '0xff', '7'])})"
        if r < 0.78:
            return f"(- {self.rc_expr(vs, depth - 1)})"
        if r < 0.85:
            return f"({self.rc_cond(vs, depth - 1)} and {self.rc_expr(vs, depth - 1)} or {self.rc_expr(vs, depth - 1)})"
        if r < 0.92:
            f = self.pick(["math.max", "math.min"])
            return f"{f}({self.rc_expr(vs, depth - 1)}, {self.rc_expr(vs, depth - 1)})"
        return f"#(tostring({self.rc_expr(vs, depth - 1)}) .. 'ab')"

    def rc_cond(self, vs, depth):
        if self.chance(0.15):
            return f"not {self.rc_cond(vs, depth - 1)}" if depth > 0 else "true"
        if depth > 0 and self.chance(0.2):
            return f"({self.rc_cond(vs, depth - 1)} {self.pick(['and', 'or'])} {self.rc_cond(vs, depth - 1)})"
        return f"({self.rc_expr(vs, depth)} {self.pick(CMP_OPS)} {self.rc_expr(vs, depth)})"

    def loop_body(self, vs, ro, depth):
        """A loop body that `goto continue` may leave: its locals live in an inner block, the label follows it."""
        return f"do\n{self.rc_stmts(vs, ro, depth, True, self.small(1, 3))}\nend ::continue::"

    def rc_stmts(self, vs, ro, depth, in_loop, n):
        out = []
        for _ in range(n):
            out.append(self.rc_stmt(vs, ro, depth, in_loop))
        return "\n".join(out)

    def rc_stmt(self, vs, ro, depth, in_loop):
        allv = vs + ro
        r = self.r.random()
        if depth <= 0 or r < 0.3:
            k = self.r.random()
            if k < 0.7 or len(vs) < 2:
                return f"{self.pick(vs)} = {self.rc_expr(allv, 2)}"
            a, b = self.r.sample(vs, 2)
            return f"{a}, {b} = {self.rc_expr(allv, 1)}, {self.rc_expr(allv, 1)}"
        if r < 0.42:
            s = f"if {self.rc_cond(allv, 1)} then\n{self.rc_stmts(vs, ro, depth - 1, in_loop, self.small(1, 3))}\n"
            if self.chance(0.4):
                s += f"elseif {self.rc_cond(allv, 1)} then\n{self.rc_stmts(vs, ro, depth - 1, in_loop, self.small(1, 2))}\n"
            if self.chance(0.5):
                s += f"else\n{self.rc_stmts(vs, ro, depth - 1, in_loop, self.small(1, 2))}\n"
            return s + "end"
        if r < 0.52:
            i = self.name("i")
            lo, hi = self.small(-2, 3), self.small(-1, 6)
            step = self.pick(["", ", 2", ", -1", ", 0.5"])
            if step == ", -1":
                lo, hi = hi, lo
            return f"for {i} = {lo}, {hi}{step} do\n{self.loop_body(vs, ro + [i], depth - 1)}\nend"
        if r < 0.58:
            c = self.name("c")
            body = self.loop_body(vs, ro + [c], depth - 1)
            if self.chance(0.5):
                return f"do local {c} = 0 while {c} < {self.small(0, 5)} do {c} = {c} + 1\n{body}\nend end"
            return f"do local {c} = 0 repeat {c} = {c} + 1\n{body}\nuntil {c} >= {self.small(1, 5)} end"
        if r < 0.64 and in_loop:
            return f"if {self.rc_cond(allv, 1)} then break end"
        if r < 0.7:
            f, p = self.name("f"), self.name("p")
            tgt = self.pick(vs)
            if self.chance(0.5):
                return (f"local {f} = function({p}) {tgt} = {tgt} + {p} return {self.rc_expr(allv + [p], 1)} end\n"
                        f"{self.pick(vs)} = {f}({self.rc_expr(allv, 1)}) + {f}(1)")
            return (f"local {f} = function({p}, ...) local n = select('#', ...) return {self.rc_expr(allv + [p], 2)} + n, ... end\n"
                    f"{self.pick(vs)}, {self.pick(vs)} = {f}({self.rc_expr(allv, 1)}, {self.rc_expr(allv, 1)})")
        if r < 0.78:
            w = self.name("w")
            return f"do local {w} = {self.rc_expr(allv, 2)}\n{self.rc_stmts(vs + [w], ro, depth - 1, in_loop, self.small(1, 3))}\nend"
        if r < 0.84:
            t = self.name("t")
            return (f"do local {t} = {{{self.rc_expr(allv, 1)}, {self.rc_expr(allv, 1)}, x = {self.rc_expr(allv, 1)}}}\n"
                    f"{t}[#{t} + 1] = {self.pick(vs)} {self.pick(vs)} = {t}[{self.small(1, 3)}] + #{t} + {t}.x end")
        if r < 0.9:
            e = self.name("e")
            return (f"do local ok, {e} = pcall(function() if {self.rc_cond(allv, 1)} then error({self.rc_expr(allv, 1)}) end return {self.rc_expr(allv, 1)} end)\n"
                    f"{self.pick(vs)} = {e} end")
        if r < 0.95 and in_loop:
            return f"if {self.rc_cond(allv, 1)} then goto continue end"
        return f"{self.pick(vs)} = {self.pick(vs)} + 1"

    def blk_random_code(self):
        vs = [self.name("x") for _ in range(self.small(2, 5))]
        inits = ", ".join(self.pick(["0", "1", "2.5", "-7", "10", "0.0", "3"]) for _ in vs)
        out = [f"local {', '.join(vs)} = {inits}"]
        body = self.rc_stmts(vs, [], 3, False, self.small(2, 6))
        out.append(body)
        out.append(f"P({', '.join(vs)})")
        return "\n".join(out)


    # ---- library calls with random arguments from a pool of awkward values ------------------------------
    LIB_FUNCS = ["string.format", "string.rep", "string.sub", "string.byte", "string.char", "string.upper",
                 "string.len", "string.reverse", "string.find", "string.match", "string.gsub", "tostring", "tonumber",
                 "math.floor", "math.ceil", "math.abs", "math.max", "math.min", "math.fmod", "math.modf",
                 "math.tointeger", "math.type", "math.ult", "math.sqrt", "math.exp", "math.log", "select",
                 "table.concat", "table.unpack", "table.insert", "table.remove", "table.move", "rawlen", "rawequal",
                 "rawget", "type", "utf8.char", "utf8.len", "utf8.codepoint", "utf8.offset", "string.pack",
                 "string.unpack", "coroutine.status", "next", "ipairs", "setmetatable", "getmetatable", "assert",
                 "error", "string.lower"]
    LIB_ARGS = ["nil", "true", "0", "1", "-1", "2", "3", "10", "-10", "255", "256", "0.0", "-0.0", "1.5", "-2.5",
                "1e100", "2^63", "-2^63", "math.maxinteger", "math.mininteger", "(0/0)", "math.huge", "-math.huge",
                '""', '"abc"', '"10"', '"0x1F"', '"1e1"', '" 7 "', '"a%db"', '"%d"', '"%5.1f"', '"%q"', '"%s"',
                '"%x"', '"%g"', '"%c"', '"%-3d|"', '"%+.3e"', '"%#x"', '"%%"', '"%a"', '"%10.4s"', '"%i"', '"%o"',
                '"%.0f"', '"%5s"', '"héllo"', '"\\0x\\0"', '"i4"', '"<i8"', '">I2"', '"z"', '"s1"', '"d"', '"b"',
                "{}", "{1, 2, 3}", "{'a', 'b'}", "{n = 1}", "{1, 'x', 2.5}", "print", "coroutine.create(print)",
                '"(%a+)"', '"%s*"', '"[a-"', '"%"', '"^a"', '"a$"', '"."', '"%w+"', '"%1"', '"()"']

    def blk_lib(self):
        out = []
        for _ in range(self.small(4, 12)):
            f = self.pick(self.LIB_FUNCS)
            pool = self.LIB_ARGS
            if f == "string.rep":  # lua5.4 loops n times even for an empty string: keep n small
                pool = [a for a in pool if a not in ("1e100", "2^63", "math.maxinteger", "math.huge", "256")]
            args = ", ".join(self.pick(pool) for _ in range(self.small(0, 4)))
            out.append(f"P(pcall({f}{', ' if args else ''}{args}))")
        return "\n".join(out)

    def blk_numfmt(self):
        out = []
        vals = ["1e15", "1e16", "-1e15", "0.1", "1/3", "2^53", "2^63", "-2^63", "2^24", "1e-5", "123.456e10",
                "math.pi", "-0.0", "1e308 * 10", "5e-324", "2^-1074", "100", "math.mininteger", "3.0", "-7.0",
                "0x7fffffffffffffff + 1", "math.mininteger // -1", "math.mininteger % -1", "7 // 0.0", "-7 % math.huge",
                "0x10p2", "0xA.8p0", "1 // -0.0", "3 % -2", "-3 % 2", "3.5 % -2", "-3.5 // 2", "5 // 0.0 * 0",
                "math.maxinteger + 0.0", "math.maxinteger * 2", "(-2)^0.5", "2^1024", "8 % 3.5", "2^53 + 1",
                "math.tointeger(2^53)", "1e15 + 0.5", "255 // 16.0"]
        fmts = ['"%.14g"', '"%.3f"', '"%g"', '"%e"', '"%a"', '"%5.1f"', '"%.20g"', '"%d"', '"%x"', '"%q"', '"%s"']
        for _ in range(self.small(3, 8)):
            v = self.pick(vals)
            k = self.r.random()
            if k < 0.4:
                out.append(f"P(pcall(function() return {v} end))")
            elif k < 0.7:
                out.append(f"P(pcall(string.format, {self.pick(fmts)}, {v}))")
            elif k < 0.85:
                out.append(f"P(pcall(function() return ({v}) .. '' end))")
            else:
                w = self.pick(vals)
                out.append(f"P(pcall(function() return {v} {self.pick(CMP_OPS)} {w}, math.type({v}), math.type({w}) end))")
        return "\n".join(out)


    # ---- load() of random token soup: lexer and parser error messages ------------------------------------
    TOKENS = ["local", "x", "y", "=", "1", "2.5", "0x1p4", "'s'", '"t"', "[[long]]", "(", ")", "{", "}", "[", "]",
              ",", ";", "..", "...", "+", "-", "*", "/", "//", "%", "^", "#", "&", "|", "~", "<<", ">>", "==", "~=",
              "<", "<=", ">", ">=", "and", "or", "not", "function", "end", "if", "then", "else", "elseif", "while",
              "do", "for", "in", "repeat", "until", "return", "break", "goto", "::", "lbl", "nil", "true", "false",
              ".", ":", "<const>", "<close>", "3e", "0x", "'unfinished", "\\\\z", "1..2", "@", "$", "--[[ c ]]",
              "x.y", "f()", "a[1]"]

    def blk_load(self):
        out = []
        for _ in range(self.small(3, 8)):
            toks = [self.pick(self.TOKENS) for _ in range(self.small(1, 9))]
            src = lua_quote(" ".join(toks).replace("\\\\", "\\"))
            out.append(f'do local f, e = load({src}, "=src") P(type(f), e) end')
        return "\n".join(out)


    # ---- allocation churn inside library calls and metamethods (moving-nursery hazards) -----------------
    CHURN = [
        "local a = {} for i = 1, {n} do a[i] = string.format('%05d', (i * 7919) % 1000) end "
        "table.sort(a, function(x, y) local _ = {x .. y} return x < y end) P(a[1], a[#a], #table.concat(a))",
        "local s = string.rep('ab1 ', {n}) local r, k = s:gsub('%w+', function(w) return {w .. '!'} and w:upper() .. #w end) P(#r, k, r:sub(1, 20))",
        "local map = setmetatable({}, {__index = function(t, k) local v = k .. k rawset(t, k, v) return v end}) "
        "local r = ('x y z x'):rep({n}):gsub('%a', map) P(#r, r:sub(1, 12))",
        "local parts = {} for i = 1, {n} do parts[#parts + 1] = tostring(i * 1.5) .. ('-'):rep(i % 5) end P(#table.concat(parts, '|'))",
        "local co = coroutine.wrap(function() for i = 1, {n} do coroutine.yield({i, tostring(i)}) end end) "
        "local sum = 0 for i = 1, {n} do local t = co() sum = sum + t[1] + #t[2] end P(sum)",
        "local fs = {} for i = 1, {n} do local t = {i, s = 'v' .. i} fs[i] = function() return t.s .. t[1] end end "
        "local acc = {} for i = 1, #fs, 7 do acc[#acc + 1] = fs[i]() end P(table.concat(acc, ','))",
        "local V = setmetatable({}, {__concat = function(a, b) local x = type(a) == 'table' and 'V' or a "
        "local y = type(b) == 'table' and 'V' or b return {x .. y} end}) local r = V for i = 1, {m} do r = ('s' .. i) .. V end P(type(r))",
        "local obj = setmetatable({}, {__tostring = function() return ('t'):rep(40) .. '!' end}) local r = {} "
        "for i = 1, {m} do r[i] = tostring(obj) .. string.format('%s%d', obj, i) end P(#table.concat(r))",
        "local t = {} for i = 1, {n} do table.insert(t, 1, {i}) if i % 3 == 0 then table.remove(t, 2) end end P(#t, t[1][1], t[#t][1])",
        "local n = 0 for i = 1, {m} do local ok, e = pcall(error, {msg = 'e' .. i}) n = n + #e.msg end P(n)",
        "local code = {} for i = 1, {m} do code[#code + 1] = 'local v' .. i .. ' = ' .. i end code[#code + 1] = 'return v1 + v{m}' "
        "local f = load(table.concat(code, '\\n')) P(f())",
        "local s = {} for i = 1, {n} do s[i] = utf8.char(200 + i, 65 + i % 26) end local str = table.concat(s) P(#str, utf8.len(str))",
        "local t = {} for i = 1, {n} do t['k' .. (i % 37)] = (t['k' .. (i % 37)] or '') .. i % 10 end "
        "local ks = sortedkeys(t) P(#ks, ks[1], t[ks[1]])",
        "local mt = {__index = function(t, k) return {k} end, __newindex = function(t, k, v) rawset(t, k, {v, k .. '?'}) end} "
        "local o = setmetatable({}, mt) for i = 1, {m} do o['f' .. i] = i * 2 local _ = o['g' .. i][1] end P(o.f1[2], o['f' .. {m}][1])",
        "local big = {} for i = 1, {n} do big[i] = i end P(select('#', table.unpack(big)), (select({m}, table.unpack(big))))",
        "local r = {} for w in (('word%d '):rep({m}):format(table.unpack((function() local t = {} for i = 1, {m} do t[i] = i end return t end)()))):gmatch('%w+') do r[#r + 1] = w:reverse() end P(#r, r[#r])",
        "local co = coroutine.create(function(...) local args = {...} for i = 1, {m} do args = {coroutine.yield(#args, table.unpack(args))} end return 'end', #args end) "
        "local last for i = 1, {m} + 1 do last = {coroutine.resume(co, i, tostring(i), {i})} end P(table.unpack(last))",
    ]

    def blk_churn(self):
        out = []
        for _ in range(self.small(2, 5)):
            n, m = self.small(50, 400), self.small(3, 40)
            out.append("do " + self.pick(self.CHURN).replace("{n}", str(n)).replace("{m}", str(m)) + " end")
        return "\n".join(out)


    # ---- runtime errors whose messages name the culprit (debug info: local, upvalue, global, field, method) --
    def culprit(self):
        return self.pick(["loc", "up", "G_nil", "G_num", "tab.nf", "tab.num", "tab.sub.nf", "tab[1]", "tab[k]",
                          "tab['a b']", "str", "num", "fn", "nilv", "tab", "(loc)", "tab.sub", "up.x", "_ENV.G_nil",
                          "select(2, 1, nil)", "tab.num.x", "math.nope", "string.nope", "ud"])

    def assignable(self):
        return self.pick(["loc", "up", "G_nil", "tab.nf", "tab[1]", "tab.sub.nf", "nilv", "num", "tab.num.x", "up.x"])

    def bad_expr(self):
        a, b = self.culprit(), self.culprit()
        return self.pick([f"{a} + {b}", f"{a} .. {b}", f"{a}.x", f"{a}.x.y", f"{a}()", f"{a}:m()", f"#{a}", f"-{a}",
                          f"{a} < {b}", f"{a} <= {b}", f"{a} & {b}", f"{a} // {b}", f"~{a}", f"{a}[{b}]",
                          f"{a}[{b}] = 1", f"{a}.x = {b}", f"{a} .. 'x' .. {b}", f"({a})(1)", f"{a}.x:y()",
                          f"for i = {a}, {b} do end", f"for i = 1, 2, {a} do end", f"local t <close> = {a}",
                          f"{self.assignable()}, {self.assignable()} = {b}.z, {a}.w", f"return {a} == {b}, {a} ~= {b}",
                          f"string.rep({a}, {b})", f"ipairs({a})", f"setmetatable({a}, {b})"])

    def blk_errnames(self):
        out = ["local loc, nilv, str, num, fn = nil, nil, 'str', 42, print",
               "local tab = {num = 3, sub = {}, [1] = false, ['a b'] = 'x'}",
               "local k = 'key'", "local ud = io.stdout", "local up = nil", "G_num = 7"]
        for _ in range(self.small(3, 9)):
            e = self.bad_expr()
            is_stmt = e.startswith(("for ", "local ", "return ")) or " = " in e
            if not is_stmt:
                e = f"local _ = {e}"
            out.append(f"P(pcall(function() local _u = up; {e} end))")
        return "\n".join(out)


    # ---- language corners: evaluation order, metamethod protocol, close, coroutine edge cases ------------
    SEM = [
        "local log = {} local t = setmetatable({}, {__newindex = function(t, k, v) log[#log + 1] = k .. '=' .. tostring(v) end}) "
        "local i = 1 i, t[i], t.x = i + {a}, 'A', i P(table.concat(log, ' '), i)",
        "local log = {} local function f(n) log[#log + 1] = n return n end local r = f(1) + f(2) * f(3) .. f({a}) P(r, table.concat(log))",
        "local mt = {__eq = function(a, b) return {a} == 1 end} local x, y = setmetatable({}, mt), setmetatable({}, mt) P(x == y, x ~= y, x == x, rawequal(x, y))",
        "local mt = {__lt = function(a, b) return true end} local x = setmetatable({}, mt) P(pcall(function() return x < 1, 1 < x, x > 1 end)) P(pcall(function() return x <= x end))",
        "local mt = {__le = function(a, b) return false end, __lt = function() return 1 end} local x = setmetatable({}, mt) P(x <= x, x >= 1, x < x, not (x > x))",
        "local c = setmetatable({}, {__call = function(self, a, b) return a, b, {a} end}) P(c({a}, 'q')) P(pcall(setmetatable({}, {__call = 5})))",
        "local order = {} local function mk(n, fail) return setmetatable({}, {__close = function(_, e) order[#order + 1] = n .. ':' .. tostring(e) if fail then error('c' .. n, 0) end end}) end "
        "P(pcall(function() local a <close> = mk(1) local b <close> = mk(2, {b}) local c <close> = mk(3, true) error('body', 0) end)) P(table.concat(order, ' '))",
        "local co = coroutine.create(function() local x <close> = setmetatable({}, {__close = function() P('closed') end}) coroutine.yield(1) end) "
        "P(coroutine.resume(co)) P(coroutine.close(co), coroutine.status(co)) P(coroutine.resume(co))",
        "local co = coroutine.wrap(function() error({a}) end) P(pcall(co))",
        "local co = coroutine.wrap(function() error('x' .. {a}) end) P(pcall(co))",
        "local co co = coroutine.create(function() P(coroutine.resume(co)) return 1 end) P(coroutine.resume(co))",
        "P(pcall(coroutine.yield, 1)) P(coroutine.resume(coroutine.create(function() return pcall(coroutine.yield, {a}) end)))",
        "local n = 0 for i = math.maxinteger - {a}, math.maxinteger do n = n + 1 end P(n) n = 0 for i = math.mininteger + {a}, math.mininteger, -1 do n = n + 1 end P(n)",
        "local n = 0 for i = 1, 0x7fffffffffffffff, 0x4000000000000000 do n = n + 1 end P(n) for i = 3.0, 1, -0.5 do n = n + i end P(n)",
        "P(pcall(function() for i = 1, 10, 0 do end end)) P(pcall(function() for i = 'a', 2 do end end)) P(pcall(function() for i = 1.5, {a}, 0.0 do end end))",
        "P('a\\0b' < 'a\\0c', 'a' < 'a\\0', '' < 'a', 'Z' < 'a', '10' < '9', pcall(function() return 1 < '2' end))",
        "local t = {} t[1.0] = 'a' t[2^53] = 'b' t[-0.0] = 'z' P(t[1], t[math.tointeger(2^53)], t[0], next({}, nil), pcall(function() t[0/0] = 1 end))",
        "P(pcall(function() local t = {} t[nil] = 1 end)) P(({})[nil], rawget({}, 0/0))",
        "local t = setmetatable({}, {__len = function() return {a} end}) P(#t) P(pcall(function() return #setmetatable({}, {__len = function() return 'x' end}) end))",
        "local s = 0 for i, v in ipairs(setmetatable({}, {__index = function(t, i) if i <= {a} then return i * 10 end end})) do s = s + v end P(s)",
        "P(select('#', (function() return end)()), select('#', nil, nil), (select('#')))",
        "local function f(...) local a, b = ..., 'last' return a, b, select('#', ...) end P(f({a}, 2, 3)) P(f())",
        "P(string.format('%q', {a}), string.format('%q', {a} + 0.5), string.format('%q', math.mininteger), string.format('%q', 1/0), string.format('%q', 'a\\n\\0b\"'))",
        "P(math.tointeger('8'), math.tointeger(8.0), math.tointeger('x'), tonumber('  0x10  '), tonumber('1e1', 10), tonumber('z', 36), tonumber('7', 8))",
        "P(#'\\u{7FF}\\u{FFFF}', '\\x41\\65\\z   B', '\\u{10FFFF}' == utf8.char(0x10FFFF))",
        "local a <const> = {a} local b <const> = a * 2 P(a, b, a // 0.0, pcall(function() return a // 0 end))",
        "goto skip do P('never') end ::skip:: do local i = 0 ::again:: i = i + 1 if i < {a} then goto again end P('looped', i) end",
        "local t = {n = 0} function t:add(x) self.n = self.n + x return self end t:add(1):add({a}) P(t.n) P(pcall(function() t:nope() end))",
        "local s = 'abc' P(s:len(), ('x'):rep({a}, ','), s:byte(-1), #s:sub(2), (s):upper():lower())",
        "P(string.rep('ab', {a}, ''), pcall(string.rep, 'x', -1), string.rep('', 1e5):len())",
        "P(table.concat({1, 2.5, 'x'}, '-'), pcall(table.concat, {1, {}, 3}), table.concat({}, 'x'), table.concat({'a', 'b', 'c'}, ', ', 2, 3))",
        "local t = {1, 2, 3, 4, 5} table.move(t, 2, 4, {a}) P(table.concat(t, ',')) P(table.concat(table.move({1, 2, 3}, 1, 3, 1, {{}}), ','))",
        "local t = {5, 3, 1, 4, 2} table.sort(t, function(a, b) return a > b end) P(table.concat(t)) P(pcall(table.sort, {1, 2, 3}, function(a, b) return true end))",
        "P(table.unpack({1, 2, 3}, -1, 1)) P(pcall(table.unpack, {}, 1, 1e8)) P(table.remove({}), table.remove({1, 2}, 1), #table.pack())",
        "P(pcall(table.insert, {1, 2}, 5, 'x')) P(pcall(table.insert, {1}, 1, 2, 3)) P(pcall(table.remove, {1, 2, 3}, 7))",
        "P(math.floor(-3.5), math.ceil(-3.5), math.floor(2^62), math.floor(1e100), math.abs(math.mininteger), math.max(1, 2.0), math.min(-0.0, 0.0), math.fmod(-6, 4), math.fmod(6, -4.0))",
        "P(7 // 2, -7 // 2, 7 // -2.0, -7 % 3, 7 % -3, -7.5 % 3, 7.5 % -3, math.mininteger // -1, math.mininteger % -1, 5 % math.huge, -5 % math.huge)",
        "P(1 << 63, 1 << 64, -1 >> 1, -1 >> 63, 1 << -1, 2^53 | 0, '3' + 4, '0x10' * 2, 10 .. 20, -2^63 // 1, pcall(function() return 1 < {a} end))",
    ]

    def blk_semantics(self):
        out = []
        for _ in range(self.small(2, 6)):
            out.append("do " + self.pick(self.SEM).replace("{a}", str(self.small(0, 5))) + " end")
        return "\n".join(out)

    BLOCKS = ["blk_arith", "blk_arith", "blk_strings", "blk_tables", "blk_closures", "blk_varargs", "blk_assign",
              "blk_loops", "blk_errors", "blk_meta", "blk_coroutines", "blk_coerce",
              "blk_random_code", "blk_random_code", "blk_random_code", "blk_lib", "blk_lib", "blk_numfmt", "blk_load",
              "blk_load", "blk_churn", "blk_churn", "blk_churn", "blk_errnames",
              "blk_errnames", "blk_errnames", "blk_semantics", "blk_semantics", "blk_semantics"]

    def program(self):
        for _ in range(self.small(6, 14)):
            self.emit_block(getattr(self, self.pick(self.BLOCKS))())
        return PRELUDE + "\n".join(self.lines) + "\nprint('-- end')\n"


def main():
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else 0
    sys.stdout.write(Gen(seed).program())


if __name__ == "__main__":
    main()
