-- requires C module: lpeg
-- Debian's lua-lpeg (a C module with userdata patterns, __gc, luaL_Buffer) and its pure-Lua `re` on kiln's C API.
local lpeg = require("lpeg")
local P, R, S, C, Ct, Cs, Cc, Cf, Cg, V = lpeg.P, lpeg.R, lpeg.S, lpeg.C, lpeg.Ct, lpeg.Cs, lpeg.Cc, lpeg.Cf, lpeg.Cg, lpeg.V
print(type(lpeg.version), lpeg.type(P(1)), lpeg.type(1), type(P(1)))

local digit = R("09")
local number = C(digit ^ 1) / tonumber
local space = S(" \t") ^ 0
local list = Ct(number * (space * "," * space * number) ^ 0)
local t = list:match("1, 22 ,333,4")
print(#t, t[1], t[2], t[3], t[4])

-- A grammar: arithmetic with folding captures.
local function fold(acc, op, v)
  if op == "+" then return acc + v elseif op == "-" then return acc - v
  elseif op == "*" then return acc * v else return acc // v end
end
local expr = P({
  "Exp",
  Exp = Cf(V("Term") * Cg(C(S("+-")) * space * V("Term")) ^ 0, fold),
  Term = Cf(V("Factor") * Cg(C(S("*/")) * space * V("Factor")) ^ 0, fold),
  Factor = number * space + "(" * space * V("Exp") * ")" * space,
})
print(expr:match("2 + 3 * (4 - 1) / 2"), expr:match("10-2-3"))

-- Substitution and positions.
print(Cs((P("cat") / "dog" + 1) ^ 0):match("a cat and another cat"))
print((P("b") ^ 1):match("aaabbb"), lpeg.match((1 - P("b")) ^ 0 * lpeg.Cp(), "aaabbb"))
print(lpeg.match(Cc("x", "y") * C(1), "z"))

-- Many patterns and matches: userdata allocated and collected across collections.
local words = {}
for i = 1, 300 do
  local w = "w" .. i
  local p = C(P(w)) * -1
  words[#words + 1] = p:match(w)
end
print(#words, words[1], words[300])

-- Errors from C: bad arguments and bad grammars.
print(pcall(lpeg.match, 1, "x"))
print(pcall(lpeg.P, {}))
print(pcall(lpeg.R, "abc"))
print(pcall(lpeg.P, { "A", A = V("B") }))
print(select("#", pcall(lpeg.match, P(1), "")))

-- A Lua function called from C (match-time capture), and an error raised inside it.
local seen = {}
local mt = lpeg.Cmt(C(R("az") ^ 1), function(s, pos, word) seen[#seen + 1] = word; return true end)
print((mt * " " * mt):match("hello world"), table.concat(seen, ","))
print(pcall(lpeg.match, lpeg.Cmt(1, function() error("inside Cmt") end), "x"))
local ok, e = pcall(lpeg.match, lpeg.Cmt(1, function() error({ code = 7 }) end), "x")
print(ok, type(e), e.code)

local re = require("re")
print(re.match("the number 423 is odd", "({%a+} / .)*"))
print(re.find("the number 423 is odd", "[0-9]+"))
print(re.gsub("hello world", "'o'", "0"))
local g = re.compile([[
  list <- {| item (',' item)* |}
  item <- { [a-z]+ }
]])
print(table.concat(g:match("ab,cd,ef"), "|"))
print(pcall(re.compile, "a <- ("))
