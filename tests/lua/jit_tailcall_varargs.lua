-- Tail calls and varargs in compiled code: deep tail recursion in constant stack, mutual tail recursion, tail
-- calls to C functions, to __call objects and to vararg functions, the traceback's "(...tail calls...)"; varargs
-- with nils, select, table.pack/unpack, `...` passed through and returned, many arguments and results.
local function count_down(n, acc)
  if n == 0 then return acc end
  return count_down(n - 1, acc + n)
end
print("tail recursion:", count_down(1000000, 0))

local is_odd
local function is_even(n) if n == 0 then return true end return is_odd(n - 1) end
function is_odd(n) if n == 0 then return false end return is_even(n - 1) end
print("mutual:", is_even(300001), is_odd(300001))

local function to_c(s) return string.upper(s) end
local function to_select(...) return select("#", ...) end
local callable = setmetatable({}, { __call = function(self, a, b) return "called", a, b end })
local function to_call(a) return callable(a, a * 2) end
local function to_vararg(...) return ... end
local function tail_vararg(a, b, c) return to_vararg(c, b, a) end
print("tail to C:", to_c("abc"), to_select(nil, nil, nil))
print("tail to __call:", to_call(21))
print("tail to vararg:", tail_vararg(1, nil, 3))

-- A traceback taken at the end of a chain of tail calls.
local function deepest() return debug.traceback("here", 1) end
local function via1() return deepest() end
local function via2() return via1() end
print((via2():gsub("\t", "  ")))

-- Varargs.
local function pass(...) return ... end
local function count(...) return select("#", ...), ... end
local function pack_unpack(...)
  local t = table.pack(...)
  return t.n, table.unpack(t, 1, t.n)
end
local function vsum(...)
  local s = 0
  for i = 1, select("#", ...) do s = s + (select(i, ...) or 0) end
  return s
end
local function middle(...)
  local a, b = ...
  return b, a, select(-1, ...)
end
local function varargs_in_table(...)
  local t = { ..., "end" }
  local u = { "start", ... }
  return #t, #u, t[1], u[2]
end

local total = 0
for i = 1, 2000 do total = total + vsum(i, nil, i, pass(1, 2)) end
print("hot vararg sum:", total)
print("pass:", pass(1, nil, 3, nil))
print("count:", count(nil, nil))
print("count none:", count())
print("pack:", pack_unpack("a", nil, "c", nil))
print("middle:", middle(1, 2, 3, 4, 5))
print("in tables:", varargs_in_table(7, 8, 9))
print("adjusted:", (pass(1, 2, 3)), pass(pass(4, 5), 6))

-- Many arguments and results.
local big = {}
for i = 1, 240 do big[i] = i end
local n = count(table.unpack(big))
local results = { pass(table.unpack(big)) }
print("240 values:", n, #results, results[1], results[240], vsum(table.unpack(big)))

-- A vararg function called through a tail call in a loop, returning different counts each time.
local function some(k, ...) if k == 0 then return ... end return some(k - 1, k, ...) end
local lens = {}
for k = 0, 6 do lens[#lens + 1] = select("#", some(k)) end
print("varying counts:", table.concat(lens, " "), some(4))
