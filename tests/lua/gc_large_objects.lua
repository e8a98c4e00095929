-- Large strings (allocated straight into the old generation) made in a loop
-- that allocates little else are still collected: reading a whole file and
-- closing it, or making big strings, keeps memory bounded.

local LIMIT_KB = 64 * 1024

local name = os.tmpname()
local out = assert(io.open(name, "w"))
local line = string.rep("0123456789abcdef", 4) .. "\n"
for _ = 1, 16384 do out:write(line) end -- about 1 MiB
out:close()

local peak = 0
for _ = 1, 300 do
  local f = assert(io.open(name))
  local s = f:read("a")
  f:close()
  assert(#s == 16384 * #line)
  peak = math.max(peak, collectgarbage("count"))
end
print("read('a') loop bounded", peak < LIMIT_KB)

peak = 0
for i = 1, 300 do
  local s = string.rep(tostring(i % 10), 1 << 20)
  peak = math.max(peak, collectgarbage("count"))
end
print("string.rep loop bounded", peak < LIMIT_KB)

-- A closed file is unusable but its handle stays a valid value.
local f = assert(io.open(name))
f:close()
print(io.type(f), tostring(f), pcall(f.read, f))
os.remove(name)
