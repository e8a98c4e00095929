-- luajit
-- zlib through ffi.load("z"): compress2/uncompress round trip of a 100 KB string, crc32, and error codes.
local ffi = require("ffi")
ffi.cdef [[
unsigned long compressBound(unsigned long sourceLen);
int compress2(uint8_t *dest, unsigned long *destLen, const uint8_t *source, unsigned long sourceLen, int level);
int uncompress(uint8_t *dest, unsigned long *destLen, const uint8_t *source, unsigned long sourceLen);
unsigned long crc32(unsigned long crc, const uint8_t *buf, unsigned int len);
const char *zlibVersion(void);
]]
local zlib = ffi.load("z")
local Z_OK, Z_BUF_ERROR, Z_DATA_ERROR = 0, -5, -3

-- 100 KB of text made of words picked by a deterministic sequence: compressible, not trivial.
local words = { "kiln", "lua", "ffi", "callback", "nursery", "runloop", "cdata", "struct", "pointer", "zlib" }
local seed = 11
local parts, size = {}, 0
while size < 100 * 1024 do
  seed = (seed * 75 + 74) % 65537
  local w = words[seed % #words + 1]
  parts[#parts + 1] = w
  size = size + #w + 1
end
local text = table.concat(parts, " "):sub(1, 100 * 1024)
print("input bytes:", #text)

local function compress(s, level)
  local bound = zlib.compressBound(#s)
  local buf = ffi.new("uint8_t[?]", bound)
  local len = ffi.new("unsigned long[1]", bound)
  local rc = zlib.compress2(buf, len, s, #s, level)
  assert(rc == Z_OK, "compress2 failed: " .. rc)
  return ffi.string(buf, len[0])
end

local function uncompress(z, size_hint)
  local buf = ffi.new("uint8_t[?]", size_hint)
  local len = ffi.new("unsigned long[1]", size_hint)
  local rc = zlib.uncompress(buf, len, z, #z)
  if rc ~= Z_OK then return nil, rc end
  return ffi.string(buf, len[0])
end

local z = compress(text, 9)
print("compressed to less than half:", #z < #text / 2, "and more than 100 bytes:", #z > 100)
local back = uncompress(z, #text)
print("round trip equal:", back == text, #back)

-- Level 1 still round-trips.
local z1 = compress(text, 1)
print("level 1 round trip equal:", uncompress(z1, #text) == text)

-- A destination too small: Z_BUF_ERROR.
print("small buffer:", select(2, uncompress(z, 1000)) == Z_BUF_ERROR)
-- Corrupted input: Z_DATA_ERROR.
local broken = z:sub(1, 10) .. string.rep("x", 50) .. z:sub(61)
print("corrupted input:", select(2, uncompress(broken, #text)) == Z_DATA_ERROR)

print(string.format("crc32 of text %08x", tonumber(zlib.crc32(0, text, #text))))
print(string.format("crc32 of 'hello' %08x", tonumber(zlib.crc32(0, "hello", 5))))
print("version string present:", #ffi.string(zlib.zlibVersion()) > 0)
