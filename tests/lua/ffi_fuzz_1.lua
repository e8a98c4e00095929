-- luajit
-- Found by fuzz/run --ffi: which casts LuaJIT refuses, how length/count/fill arguments convert, and explicit nil
-- initialisers. Prints statuses and values only (the messages' wording differs between kiln and LuaJIT).
local ffi = require("ffi")
ffi.cdef [[typedef struct { int a; double b; } fz1_s; typedef struct { int *p; int a; } fz1_p;]]

local function show(label, ok, v)
  if ok and type(v) == "cdata" then
    -- LuaJIT leaves the parameters out of a function pointer's name
    v = tostring(ffi.typeof(v)):gsub("struct %d+", "struct #"):gsub("%(%*%)%b()", "(*)()")
  end
  print(label, ok and "ok" or "err", ok and tostring(v) or "")
end

-- Casts: nil, addresses and arrays only into integers; structs into no scalar; bools into no pointer.
local values = {
  { "nil", nil }, { "struct", ffi.new("fz1_s") }, { "array", ffi.new("char[4]") },
  { "bool cdata", ffi.new("bool", true) }, { "pointer", ffi.cast("void *", 8) }, { "true", true },
}
for _, t in ipairs({ "int", "uint8_t", "double", "float", "bool", "void *", "int (*)(int)" }) do
  for i = 1, #values do
    show(t .. " <- " .. values[i][1], pcall(ffi.cast, t, values[i][2]))
  end
end
print(tonumber(ffi.cast("int", nil)), tonumber(ffi.cast("uint8_t", ffi.cast("void *", 258))))

-- Lengths, counts and fill bytes convert as C ints: floats truncate, booleans and number cdata are accepted,
-- strings and tables are not.
local buf = ffi.new("char[8]")
ffi.copy(buf, "abcdef")
local args = { "2", 2.7, true, false, ffi.new("int", 3), ffi.new("double", 2.5), ffi.new("uint8_t", 1), {} }
for i = 1, #args do
  local n = args[i]
  local label = type(n) == "cdata" and tostring(ffi.typeof(n)) or type(n) .. " " .. tostring(n)
  if type(n) == "table" then label = "table" end
  show(label .. " string", pcall(ffi.string, buf, n))
  show(label .. " copy", pcall(ffi.copy, buf, "xyz", n))
  show(label .. " fill len", pcall(ffi.fill, buf, n, 65))
  show(label .. " fill byte", pcall(ffi.fill, buf, 2, n))
  local bytes = {}
  for j = 0, 7 do bytes[#bytes + 1] = buf[j] == 0 and "." or string.char(buf[j]) end
  print(table.concat(bytes))
  show(label .. " vla", pcall(function() return ffi.sizeof(ffi.new("int[?]", n)) end))
  show(label .. " sizeof", pcall(ffi.sizeof, "int[?]", n))
  show(label .. " ctype call", pcall(function() return ffi.sizeof(ffi.typeof("double[?]")(n)) end))
end

-- An explicit nil argument initialises its member: an error for a number, NULL for a pointer.
show("struct nil", pcall(ffi.new, "fz1_s", nil, 2))
show("struct nil nan", pcall(ffi.new, "fz1_s", nil, 0 / 0))
show("ctor nil", pcall(ffi.typeof("fz1_s"), nil, 3))
show("struct lone nil", pcall(ffi.new, "fz1_s", nil))
show("pointer nil", pcall(ffi.new, "fz1_p", nil, 2))
show("array nil", pcall(ffi.new, "int[3]", 1, nil))
show("vla nil", pcall(ffi.new, "int[?]", 2, 1, nil))
local s = ffi.new("fz1_s", { 5 })
print(s.a, string.format("%g", s.b))
