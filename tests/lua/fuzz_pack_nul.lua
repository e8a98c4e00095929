-- Found by fuzz/: string.pack, string.unpack and string.packsize read the format as a C string, so it ends at
-- the first zero byte.
print(string.pack("\0x"), #string.pack("i4\0i8", 1, 2), string.packsize("i2\0d"))
print(string.unpack("b\0zzz", "\5\6"))
print(pcall(string.pack, "y\0"))
print(pcall(string.unpack, "\0", "abc"))
-- An unknown option byte is quoted raw, not re-encoded as UTF-8.
local ok, e = pcall(string.pack, "\xc3\xa9")
print(ok, #e, e:byte(-2), e:byte(-1))
print(pcall(string.packsize, "\xff"))
