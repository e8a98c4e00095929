-- os.time and os.date fail, as PUC Lua with a C 'struct tm', when a year does
-- not fit an int counted from 1900; fields must fit an int too.
local function try(f, ...)
  local ok, msg = pcall(f, ...)
  print(ok and "ok" or msg)
end

local maxint = math.maxinteger
try(os.time, {year = -(1 << 31) + 1899, month = 1, day = 1})
try(os.time, {year = (1 << 31) + 1900, month = 1, day = 1})
try(os.time, {year = -maxint, month = 1, day = 1})
try(os.time, {year = 2^60, month = 1, day = 1})
try(os.time, {year = 0, month = 1, day = 2^32})
try(os.time, {year = 0, month = -((1 << 31) + 1), day = 1})
try(os.time, {year = 2000, month = 1, day = 1, sec = maxint})
try(os.time, {year = 2000, month = 1, day = 1, hour = -2^31 - 1})

-- the last representable year, and one second past it
try(os.time, {year = (1 << 31) + 1899, month = 12, day = 31, hour = 23, min = 59, sec = 59})
try(os.time, {year = (1 << 31) + 1899, month = 12, day = 31, hour = 23, min = 59, sec = 60})
-- normalizing below the first year
try(os.time, {year = -(1 << 31) + 1900, month = 1, day = 1, hour = -1})
try(os.time, {year = -(1 << 31) + 1900, month = 0, day = 1})

try(os.date, "%Y", 2^40)
try(os.date, "%Y", 2^60)
try(os.date, "%Y", -2^60)
try(os.date, "*t", 2^60)
try(os.date, "!*t", -2^60)
try(os.date, "!%c", maxint)
try(os.date, "!%Q", 2^60)   -- the range is checked before the format
print(os.date("!%Y-%m-%d", 2^40))
