-- Found by fuzz/: string.gsub checks its count (argument 4) before the replacement's type (argument 3).
print(pcall(string.gsub, "abc", "b", nil, "x"))
print(pcall(string.gsub, "abc", "b", true, {}))
print(pcall(string.gsub, "abc", "b", nil))
print(pcall(string.gsub, "abc", "b", "[%0]", 1.5))
print(string.gsub("abcb", "b", "[%0]", "1"))
