-- Found by fuzz/: string.pack, string.unpack and string.packsize read the format as a C string, so it ends at
-- the first zero byte.
print(string.pack("\0x"), #string.pack("i4\0i8", 1, 2), string.packsize("i2\0d"))
print(string.unpack("b\0zzz", "\5\6"))
print(pcall(string.pack, "y\0"))
print(pcall(string.unpack, "\0", "abc"))
