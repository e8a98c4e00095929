-- os library: dates at fixed times, time normalization, files, processes.

local function try(f, ...)
  print(pcall(f, ...))
end

print(os.date("!%c", 0))
print(os.date("!%Y-%m-%d %H:%M:%S %Z %z %j %U %W %V %G %g %u %w", 86400 * 45 + 3600 * 15))
print(os.date("!%a %A %b %B %p %I %e|%D|%F|%T|%R|%r|%x|%X|%y|%C|%h|%%|%n|%t|", 86400 * 45 + 3600 * 15))
print(os.date("!%Ec|%EC|%Ex|%EX|%Ey|%EY|%Od|%Oe|%OH|%OI|%Om|%OM|%OS|%Ou|%OU|%OV|%Ow|%OW|%Oy", 1e9))
print(os.date("!%G-W%V-%u", 1609459200), os.date("!%G-W%V-%u", 1735516800), os.date("!%j", 951782400))
try(os.date, "%Q")
try(os.date, "%Ez")
try(os.date, "%")
try(os.date, "%c", 1.5)
local d = os.date("!*t", 1e9)
print(d.year, d.month, d.day, d.hour, d.min, d.sec, d.yday, d.wday, d.isdst)
d = os.date("*t", 0)
print(d.year, d.month, d.day, d.hour)

print(os.time({year = 2020, month = 1, day = 1, hour = 0}))
print(os.time({year = 2000, month = 2, day = 29}))
local t = {year = 2020, month = 14, day = 35, hour = 25, min = 61, sec = -1}
print(os.time(t), t.year, t.month, t.day, t.hour, t.min, t.sec, t.yday, t.wday, t.isdst)
try(os.time, {year = 2020})
try(os.time, {year = 2020, month = "x", day = 1})
try(os.time, {year = 2020, month = 1.5, day = 1})
try(os.time, {year = 2^40, month = 1, day = 1})
try(os.time, 5)
print(math.type(os.time()), os.time() > 1600000000)
print(os.difftime(10, 5), os.difftime(5, 10))
try(os.difftime, 10)
print(math.type(os.clock()), os.clock() >= 0)

print(os.getenv("KILN_SURELY_UNSET_VARIABLE"), type(os.getenv("PATH")))
try(os.getenv)

local name = os.tmpname()
print(type(name), io.open(name) ~= nil)
print(os.rename(name, name .. ".moved"))
print(select("#", os.remove(name)), select(3, os.remove(name)))
print(os.remove(name .. ".moved"))
print(os.rename("/nonexistent/a", "/nonexistent/b"))

print(os.execute())
print(os.execute("exit 0"))
print(os.execute("exit 3"))
print(os.execute("kill -9 $$"))

print(os.setlocale(), os.setlocale("C"), os.setlocale("POSIX"), os.setlocale("xx_YY"), os.setlocale(nil, "numeric"))
try(os.setlocale, nil, "bad")
