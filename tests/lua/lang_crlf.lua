-- CR/LF line endings in strings, long strings and line counting
local s = "a\
b"
print(#s, s:byte(1, -1))
local l = [[
x
y
z]]
print(#l, l:byte(1, -1))
print(debug.getinfo(1, "l").currentline)
--[[ comment

]]
print(debug.getinfo(1, "l").currentline)
print(debug.getinfo(1, "l").currentline)print(debug.getinfo(1, "l").currentline)

print("end")
